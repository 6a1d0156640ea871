#include "dosi/models/Report.h"

#include "ReportPages.h"
#include "dosi/models/ReportDefaults.h"
#include "dosi/core/Values.h"
#include "dosi/gis/MapRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace dosi::models {

namespace {

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct ReportTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::Report)
};

constexpr int kResolutionDpi = 300;   // PDF user space resolution for QPainter
constexpr int kMapDpi = 200;          // map images

struct PreparedMap {
    gis::ThematicSpec spec;
    gis::ThematicLayer layer;
    QString heading;
};

QVector<report::RankRow> rankRows(const gis::ThematicLayer& layer, bool highest, int count)
{
    QVector<int> idx;
    for (int i = 0; i < layer.values.size(); ++i)
        if (std::isfinite(layer.values[i])) idx.append(i);
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
        return highest ? layer.values[a] > layer.values[b] : layer.values[a] < layer.values[b];
    });
    int decimals = 0;
    for (int i : idx)
        if (layer.values[i] != std::round(layer.values[i])) decimals = -1;
    QVector<report::RankRow> rows;
    for (int r = 0; r < idx.size() && r < count; ++r) {
        const int i = idx[r];
        rows.append({r + 1, layer.data->labels.value(i), layer.data->codes.value(i), gis::formatNumber(layer.values[i], decimals)});
    }
    return rows;
}

QString layerSourceLine(const ProjectStore& store, const gis::ThematicLayer& layer, const QString& measureLayer)
{
    const QString sourceLine = store.metaValue(QStringLiteral("source_line")).trimmed();
    if (!sourceLine.isEmpty()) return sourceLine;
    QStringList sources;
    if (const auto m = store.layer(measureLayer); m && !m->source.isEmpty()) sources << QFileInfo(m->source).fileName();
    if (layer.data && !layer.data->info.source.isEmpty() && layer.data->info.name != measureLayer)
        sources << QFileInfo(layer.data->info.source).fileName();
    sources.removeDuplicates();
    return sources.isEmpty() ? QString() : ReportTr::tr("Source: %1").arg(sources.join(QStringLiteral("; ")));
}

QStringList attributionParagraphs(const ProjectStore& store)
{
    QStringList out;
    const QString attribution = store.metaValue(QStringLiteral("attribution")).trimmed();
    if (!attribution.isEmpty()) {
        // Blank lines separate paragraphs; line breaks inside a paragraph are kept.
        out << attribution.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    } else {
        out << ReportTr::tr("Layers and their sources:");
        for (const LayerInfo& l : store.layers()) {
            const QString title = l.title.isEmpty() ? l.name : l.title;
            out << QStringLiteral("• %1: %2").arg(title, l.source.isEmpty() ? ReportTr::tr("(no source recorded)") : QFileInfo(l.source).fileName());
        }
    }
    out << QString() << ReportTr::tr("Produced with Dosi %1.").arg(ProjectStore::appVersion());
    return out;
}

QImage renderPrintMap(const PreparedMap& m, const QSizeF& areaMm, const QString& sourceLine)
{
    const QSize px(int(areaMm.width() / 25.4 * kMapDpi), int(areaMm.height() / 25.4 * kMapDpi));
    gis::RenderRequest req;
    req.view = gis::MapView::fit(m.layer.valueExtent, px, 0.03);
    req.layers.append(m.layer);
    req.background = Qt::white;
    req.decorations = gis::defaultDecorations(m.layer);
    req.decorations.title.clear();   // the page heading carries the title as text
    req.decorations.sourceLine = sourceLine;
    return gis::renderMap(req);
}

}  // namespace

Result<void> writeReport(const ProjectStore& store, const ReportOptions& options, const QString& pdfPath,
                         const std::function<bool(int, int)>& progress)
{
    const QFileInfo target(pdfPath);
    if (pdfPath.isEmpty() || !target.absoluteDir().exists())
        return makeError(ReportTr::tr("Cannot write the report \"%1\": the folder does not exist.").arg(QDir::toNativeSeparators(pdfPath)));
    const QVector<gis::ThematicSpec> specs = options.maps.isEmpty() ? defaultReportMaps(store) : options.maps;
    const int total = int(specs.size()) + 3;
    int step = 0;
    auto tick = [&]() { return !progress || progress(++step, total); };
    const Error cancelled{ReportTr::tr("The report was cancelled.")};

    // Build every layer first so that a bad map spec fails before anything is written.
    QVector<PreparedMap> maps;
    for (const gis::ThematicSpec& spec : specs) {
        auto layer = gis::buildThematicLayer(store, spec, maps.isEmpty() ? nullptr : maps.last().layer.data);
        if (!layer) return makeError(ReportTr::tr("Cannot build the map of \"%1\" for the report: %2").arg(spec.layer, layer.errorMessage()));
        PreparedMap m{spec, std::move(layer.value()), {}};
        m.heading = m.layer.legend.title;
        if (!m.layer.time.isEmpty()) m.heading += QStringLiteral(" — ") + timeLabel(m.layer.time, guessTimeKind(m.layer.time));
        maps.append(std::move(m));
    }
    if (!tick()) return cancelled;

    const QString title = options.title.isEmpty() ? store.title() : options.title;
    const QStringList attribution = attributionParagraphs(store);

    QSaveFile file(target.absoluteFilePath());   // writes a temporary file beside the target, renamed on commit
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ReportTr::tr("Cannot write the report \"%1\": %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kResolutionDpi);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dosi %1").arg(ProjectStore::appVersion()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return makeError(ReportTr::tr("Cannot write the report \"%1\": the PDF could not be started.").arg(QDir::toNativeSeparators(pdfPath)));
    }
    const QRectF pagePx(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    report::PageCanvas canvas(painter, pagePx, kResolutionDpi / 25.4);
    const int attributionPages = canvas.textPageCount(ReportTr::tr("Data and attribution"), attribution);
    // cover, contents, (map, table) per map, attribution
    const int pages = 2 + 2 * int(maps.size()) + attributionPages;
    const QString footerLeft = title;
    int page = 1;
    auto nextPage = [&]() {
        canvas.footer(page, pages, footerLeft);
        writer.newPage();
        ++page;
    };
    auto abort = [&](const Error& e) -> Result<void> {
        painter.end();
        file.cancelWriting();
        return e;
    };

    // Cover.
    const QString projectName = store.isUntitled() ? ReportTr::tr("(unsaved project)") : QFileInfo(store.filePath()).fileName();
    canvas.cover(title, {options.author.isEmpty() ? QString() : ReportTr::tr("Author: %1").arg(options.author),
                         ReportTr::tr("Date: %1").arg(QDate::currentDate().toString(Qt::ISODate)),
                         options.area.isEmpty() ? QString() : ReportTr::tr("Area: %1").arg(options.area),
                         ReportTr::tr("Project: %1").arg(projectName)});
    nextPage();

    // Contents.
    QVector<report::ContentsLine> lines;
    for (int i = 0; i < maps.size(); ++i) {
        lines.append({ReportTr::tr("Map %1: %2").arg(i + 1).arg(maps[i].heading), 3 + 2 * i});
        lines.append({ReportTr::tr("Highest and lowest units: %1").arg(maps[i].layer.legend.title), 4 + 2 * i});
    }
    lines.append({ReportTr::tr("Data and attribution"), pages - attributionPages + 1});
    canvas.contents(ReportTr::tr("Contents"), lines);
    nextPage();
    if (!tick()) return abort(cancelled);

    const QStringList columns{ReportTr::tr("Rank"), ReportTr::tr("Unit"), ReportTr::tr("Code"), ReportTr::tr("Value")};
    for (int i = 0; i < maps.size(); ++i) {
        const PreparedMap& m = maps[i];
        const QString caption = ReportTr::tr("Classes: %1, colours: %2. Features: %3.")
                                    .arg(m.spec.classes, m.spec.ramp)
                                    .arg(m.layer.values.size());
        const QImage image = renderPrintMap(m, canvas.mapAreaMm(caption), layerSourceLine(store, m.layer, m.spec.layer));
        if (image.isNull()) return abort(makeError(ReportTr::tr("Cannot draw the map of \"%1\" for the report.").arg(m.spec.layer)));
        canvas.mapPage(ReportTr::tr("Map %1: %2").arg(i + 1).arg(m.heading), caption, image);
        nextPage();
        canvas.rankPage(ReportTr::tr("Highest and lowest units: %1").arg(m.layer.legend.title), m.heading,
                        ReportTr::tr("10 highest"), rankRows(m.layer, true, 10), ReportTr::tr("10 lowest"), rankRows(m.layer, false, 10),
                        columns);
        nextPage();
        if (!tick()) return abort(cancelled);
    }

    for (int next = 0;;) {
        next = canvas.textPage(ReportTr::tr("Data and attribution"), attribution, next);
        if (next >= attribution.size()) break;
        nextPage();
    }
    canvas.footer(page, pages, footerLeft);
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
