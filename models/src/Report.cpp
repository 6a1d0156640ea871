#include "dosi/models/Report.h"

#include "ReportFlow.h"
#include "ReportPages.h"
#include "ReportSections.h"
#include "ReportText.h"
#include "dosi/models/ReportDefaults.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace dosi::models {

using report::Block;
using report::ReportTr;

namespace {

constexpr int kResolutionDpi = 300;   // PDF user space resolution for QPainter

}  // namespace

QLocale reportLocaleFor(const QString& language)
{
    return language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea) : QLocale(QLocale::English, QLocale::UnitedStates);
}

Result<void> writeReport(const ProjectStore& store, const ReportOptions& options, const QString& pdfPath,
                         const std::function<bool(int, int)>& progress)
{
    const QFileInfo target(pdfPath);
    if (pdfPath.isEmpty() || !target.absoluteDir().exists())
        return makeError(ReportTr::tr("Cannot write the report \"%1\": the folder does not exist.").arg(QDir::toNativeSeparators(pdfPath)));
    const report::ReportLanguage language(options.translator.get(), options.locale);
    const ReportTemplate& t = options.content;

    // Build every part first, so that a bad map spec or run fails before anything is written.
    QVector<report::PreparedMap> maps;
    if (t.has(QStringLiteral("maps"))) {
        auto prepared = report::prepareMaps(store, t.maps.isEmpty() ? defaultReportMaps(store) : t.maps);
        if (!prepared) return prepared.error();
        maps = std::move(prepared.value());
    }
    QList<RunInfo> runs;
    if (t.has(QStringLiteral("runs"))) {
        auto chosen = reportRuns(store, t);
        if (!chosen) return chosen.error();
        runs = chosen.value();
    }
    const gis::PrivacyRule rule = gis::privacyRule(store);
    report::PrivacyCount hidden;
    QVector<Block> body;
    if (t.has(QStringLiteral("overview"))) body += report::overviewBlocks(store, maps, runs);
    if (t.has(QStringLiteral("maps"))) body += report::mapBlocks(store, maps, t, rule, &hidden);
    if (t.has(QStringLiteral("runs"))) body += report::runBlocks(store, runs);
    if (t.has(QStringLiteral("data"))) body += report::dataBlocks(store, t, rule, hidden);

    // Progress and cancel between map images (the slow part).
    int mapCount = 0;
    for (const Block& b : body)
        if (b.kind == Block::Kind::Map) ++mapCount;
    const int total = mapCount + 2;
    int step = 0;
    bool cancelled = false;
    auto tick = [&]() {
        if (!cancelled && progress && !progress(++step, total)) cancelled = true;
        return !cancelled;
    };
    for (Block& b : body) {
        if (b.kind != Block::Kind::Map || !b.render) continue;
        auto render = b.render;
        b.render = [render, &tick](const QSizeF& mm) { return tick() ? render(mm) : QImage(); };
    }
    const Error cancelError{ReportTr::tr("The report was cancelled.")};
    if (!tick()) return cancelError;

    const QString title = t.title.isEmpty() ? store.title() : t.title;
    QSaveFile file(target.absoluteFilePath());   // writes a temporary file beside the target, renamed on commit
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ReportTr::tr("Cannot write the report \"%1\": %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kResolutionDpi);
    writer.setPageSize(QPageSize(t.pageSize));
    writer.setPageOrientation(t.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dosi %1").arg(ProjectStore::appVersion()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return makeError(ReportTr::tr("Cannot write the report \"%1\": the PDF could not be started.").arg(QDir::toNativeSeparators(pdfPath)));
    }
    auto abort = [&](const Error& e) -> Result<void> {
        painter.end();
        file.cancelWriting();
        return e;
    };
    const QRectF pagePx(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    report::PageCanvas canvas(painter, pagePx, kResolutionDpi / 25.4);

    // First pass: measure, to number the pages of the contents.
    report::Flow measure(canvas, false, {});
    const int bodyPages = body.isEmpty() ? 0 : measure.run(body);
    const int coverPages = t.has(QStringLiteral("cover")) ? 1 : 0;
    QVector<report::ContentsLine> lines;
    for (const auto& [text, page] : measure.contents()) lines.append({text, page});
    const QString contentsHeading = ReportTr::tr("Contents");
    const int contentsPages = t.has(QStringLiteral("contents")) ? canvas.contentsPageCount(contentsHeading, lines) : 0;
    for (report::ContentsLine& l : lines) l.page += coverPages + contentsPages;
    const int pages = std::max(1, coverPages + contentsPages + bodyPages);

    int page = 1;
    bool started = false;
    auto nextPage = [&]() {
        if (started) {
            canvas.footer(page, pages, title);
            writer.newPage();
            ++page;
        }
        started = true;
    };
    if (coverPages) {
        nextPage();
        const QString projectName = store.isUntitled() ? ReportTr::tr("(unsaved project)") : QFileInfo(store.filePath()).fileName();
        const QString area = t.area.isEmpty() ? store.metaValue(QStringLiteral("area")) : t.area;
        const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
        canvas.cover(title, {t.author.isEmpty() ? QString() : ReportTr::tr("Author: %1").arg(t.author),
                             ReportTr::tr("Date: %1").arg(report::formatDate(date)),
                             area.isEmpty() ? QString() : ReportTr::tr("Area: %1").arg(area),
                             ReportTr::tr("Project: %1").arg(projectName)});
    }
    for (int next = 0; contentsPages > 0 && (next < lines.size() || next == 0);) {
        nextPage();
        next = canvas.contents(contentsHeading, lines, next);
        if (lines.isEmpty()) break;
    }
    if (!body.isEmpty()) {
        nextPage();
        report::Flow draw(canvas, true, nextPage);
        draw.run(body);
        if (cancelled) return abort(cancelError);
        if (!draw.error().isEmpty()) return abort(makeError(ReportTr::tr("Cannot draw the map \"%1\" for the report.").arg(draw.error())));
    }
    if (!started) nextPage();
    canvas.footer(page, pages, title);
    if (!painter.end()) {
        file.cancelWriting();
        return makeError(ReportTr::tr("Cannot write the report \"%1\".").arg(QDir::toNativeSeparators(pdfPath)));
    }
    if (!file.commit())
        return makeError(ReportTr::tr("Cannot write the report \"%1\": %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    tick();
    return {};
}

}  // namespace dosi::models
