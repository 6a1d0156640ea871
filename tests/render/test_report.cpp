// The PDF report: written atomically, text extractable (title, Korean dong names), the CJK font
// embedded, page numbering, pages compared with reference images, the report language chosen
// apart from the UI's, templates kept in the project, model runs with their accuracy; checked with
// poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm).
#include "ReferenceImage.h"
#include "SeoulFixture.h"
#include "dosi/models/ReportDefaults.h"
#include "dosi/gis/OdImport.h"
#include "dosi/models/Report.h"
#include "dosi/models/ReportTemplate.h"
#include "dosi/translations/Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace dosi;

namespace {

QString runTool(const QString& tool, const QStringList& args, bool* ran)
{
    *ran = false;
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) return {};
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) return {};
    *ran = true;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& pdf)
{
    bool ran = false;
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &ran);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Page `page` of `pdf` as an image at `dpi` (pdftoppm), null when poppler is missing.
QImage pdfPage(const QString& pdf, int page, int dpi, const QString& dir)
{
    bool ran = false;
    const QString prefix = QDir(dir).filePath(QStringLiteral("page%1").arg(page));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                         QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf, prefix},
            &ran);
    return ran ? QImage(prefix + QStringLiteral(".png")) : QImage();
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesPdf();
    void failureLeavesNothingBehind();
    void cancelLeavesNothingBehind();
    void defaultMapsLeaveOutMovementLayers();
    void hiddenLayersLeftOut();
    void templatesRoundTrip();
    void timeRules();
    void koreanReportWithRuns();

private:
    models::ReportOptions options() const;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

models::ReportOptions TestReport::options() const
{
    models::ReportOptions o;
    o.content.title = QStringLiteral("Seoul living population report");
    o.content.author = QStringLiteral("Dosi test suite");
    o.content.area = QStringLiteral("서울특별시");
    o.content.latestRuns = false;   // no runs: the page count below is fixed
    o.date = QDate(2026, 3, 31);
    gis::ThematicSpec day;
    day.layer = QString::fromLatin1(test::kPopLayer);
    day.field = QStringLiteral("total");
    day.time = QStringLiteral("2019-03-04T14");
    gis::ThematicSpec night = day;
    night.time = QStringLiteral("2019-03-04T03");
    night.ramp = QStringLiteral("YlGnBu");
    night.classes = QStringLiteral("jenks:5");
    o.content.maps = {day, night};
    return o;
}

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = test::buildSeoulFixture(m_dir.filePath(QStringLiteral("report.dosi")), 15);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(store.value());
}

void TestReport::writesPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVector<int> steps;
    auto ok = models::writeReport(*m_store, options(), pdf, [&](int done, int total) {
        steps.append(done);
        return done <= total;
    });
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    QVERIFY(!steps.isEmpty());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    QVERIFY(f.size() > 50000);
    f.close();
    // Only the report itself is left in the folder (no temporary files).
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files), QStringList{QStringLiteral("report.pdf")});

    // Kept beside the build for a look (pdftoppm -png -r 60 ...).
    const QString kept = QStringLiteral(DOSI_BINARY_DIR "/test_report_output.pdf");
    QFile::remove(kept);
    QFile::copy(pdf, kept);

    bool ran = false;
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ran);
    if (!ran) QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.contains(QStringLiteral("Seoul living population report")));
    QVERIFY(text.contains(QStringLiteral("Contents")));
    QVERIFY(text.contains(QStringLiteral("Overview")));
    QVERIFY(text.contains(QStringLiteral("10 highest")));
    QVERIFY(text.contains(QStringLiteral("total of all units by")));   // the chart of the layer's totals over time
    QVERIFY(text.contains(QStringLiteral("Data and attribution")));
    QVERIFY(text.contains(QStringLiteral("Privacy")));
    QVERIFY(text.contains(QStringLiteral("March 31, 2026")) || text.contains(QStringLiteral("31 March 2026")));
    QVERIFY(text.contains(QStringLiteral("서울특별시")));
    // The busiest dong at 14:00 on a Monday is in Gangnam (역삼1동); the name must be real text.
    QVERIFY2(text.contains(QStringLiteral("역삼1동")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("통계청 SGIS")));   // the attribution text
    // Every page numbered "n / N" with N the real page count (pdftotext may drop the spaces).
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 7, qPrintable(QString::number(pages)));
    for (int n : {1, pages})
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(n).arg(pages))), qPrintable(QString::number(n)));
    // The contents point at the right pages: the data part is on the last page.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Data and attribution[ .]*%1\\b").arg(pages))), qPrintable(text.left(2500)));

    // Pages against stored references (cover and the first map page, 40 dpi; DOSI_UPDATE_REFERENCE=1 rewrites them).
    for (int page : {1, 4}) {
        const QImage image = pdfPage(pdf, page, 40, m_dir.path());
        QVERIFY(!image.isNull());
        const QString name = QStringLiteral("report_page%1").arg(page);
        const QString failure = test::checkReference(image, QStringLiteral(DOSI_SOURCE_DIR "/tests/data/render/%1.png").arg(name),
                                                     QStringLiteral(DOSI_BINARY_DIR "/%1_actual.png").arg(name), 0.02);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    // And the page of the first chart (a vector chart of the layer's totals over time, with axes,
    // ticks and the line): found by its text, compared the same way.
    int chartPage = 0;
    for (int page = 2; page <= pages && chartPage == 0; ++page) {
        const QString pageText = runTool(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                          pdf, QStringLiteral("-")}, &ran);
        if (pageText.contains(QStringLiteral("total of all units by"))) chartPage = page;
    }
    QVERIFY(chartPage > 4);
    {
        const QImage image = pdfPage(pdf, chartPage, 40, m_dir.path());
        QVERIFY(!image.isNull());
        const QString failure = test::checkReference(image, QStringLiteral(DOSI_SOURCE_DIR "/tests/data/render/report_chart.png"),
                                                     QStringLiteral(DOSI_BINARY_DIR "/report_chart_actual.png"), 0.02);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}, &ran);
    if (!ran) QSKIP("pdffonts is not installed");
    bool embeddedCjk = false;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        if (!line.contains(QStringLiteral("NotoSansCJK"))) continue;
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type [type...] encoding emb sub uni object ID: "emb" is the 5th column from the end.
        if (cols.size() >= 6 && cols.at(cols.size() - 5) == QLatin1String("yes")) embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts));
}

void TestReport::failureLeavesNothingBehind()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("bad.pdf"));
    models::ReportOptions o = options();
    o.content.maps[1].time = QStringLiteral("1999-01-01T00");
    auto r = models::writeReport(*m_store, o, pdf);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("1999-01-01T00")));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    // A folder that does not exist is named in the error.
    auto missing = models::writeReport(*m_store, options(), out.filePath(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorMessage().contains(QStringLiteral("x.pdf")));
}

void TestReport::cancelLeavesNothingBehind()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("cancelled.pdf"));
    // An existing report stays untouched when a new one is cancelled half-way.
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    auto r = models::writeReport(*m_store, options(), pdf, [](int done, int) { return done < 3; });
    QVERIFY(!r.ok());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("cancelled.pdf")});
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

// The default report maps every measure layer on its zones, except movement (OD) layers, whose units
// are zone pairs: their choropleth would be all "no data".
void TestReport::defaultMapsLeaveOutMovementLayers()
{
    LayerInfo od;
    od.name = QStringLiteral("moves");
    gis::setOdZoneLayer(od, QString::fromLatin1(test::kDongLayer));
    MeasureTable t;
    t.fields = {QStringLiteral("count")};
    t.addRow(QStringLiteral("1111053000>1111054000"), QStringLiteral("2019-03-04T08"), {120.0});
    QVERIFY(m_store->addMeasureLayer(od, t).ok());
    QVERIFY(gis::isOdLayer(*m_store->layer(QStringLiteral("moves"))));
    QStringList layers;
    for (const gis::ThematicSpec& s : models::defaultReportMaps(*m_store)) layers << s.layer;
    QVERIFY2(layers.contains(QString::fromLatin1(test::kPopLayer)), qPrintable(layers.join(u',')));
    QVERIFY2(!layers.contains(QStringLiteral("moves")), qPrintable(layers.join(u',')));
    QVERIFY(m_store->removeLayer(QStringLiteral("moves")).ok());
}

// A layer hidden on the map is not in the default report.
void TestReport::hiddenLayersLeftOut()
{
    const QString pop = QString::fromLatin1(test::kPopLayer);
    auto has = [&]() {
        for (const gis::ThematicSpec& s : models::defaultReportMaps(*m_store))
            if (s.layer == pop) return true;
        return false;
    };
    QVERIFY(has());
    QVERIFY(m_store->setLayerVisible(pop, false).ok());
    QVERIFY(!has());
    QVERIFY(m_store->setLayerVisible(pop, true).ok());
    QVERIFY(has());
}

void TestReport::templatesRoundTrip()
{
    models::ReportTemplate t = options().content;
    t.name = QStringLiteral("분기 보고서");
    t.language = QStringLiteral("ko");
    t.landscape = true;
    t.pageSize = QPageSize::A3;
    t.sections = {QStringLiteral("cover"), QStringLiteral("maps"), QStringLiteral("runs"), QStringLiteral("data")};
    t.maps[0].time = QStringLiteral("latest-weekday@14");
    t.latestRuns = false;
    t.runs = {3, 5};
    QVERIFY(models::saveReportTemplate(*m_store, t).ok());
    auto back = models::reportTemplate(*m_store, t.name);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->toJson(), t.toJson());
    QCOMPARE(models::reportTemplateNames(*m_store), QStringList{t.name});
    // Unknown names and sections are named in the error.
    auto missing = models::reportTemplate(*m_store, QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorMessage().contains(QStringLiteral("nope")) && missing.errorMessage().contains(t.name));
    QJsonObject bad = t.toJson();
    bad[QStringLiteral("sections")] = QJsonArray{QStringLiteral("cover"), QStringLiteral("appendix")};
    auto badT = models::ReportTemplate::fromJson(bad);
    QVERIFY(!badT.ok());
    QVERIFY(badT.errorMessage().contains(QStringLiteral("appendix")));
    // Runs the project does not have fail before anything is written.
    models::ReportOptions o = options();
    o.content = t;
    QTemporaryDir out;
    auto r = models::writeReport(*m_store, o, out.filePath(QStringLiteral("x.pdf")));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("3")), qPrintable(r.errorMessage()));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(models::removeReportTemplate(*m_store, t.name).ok());
    QVERIFY(models::reportTemplateNames(*m_store).isEmpty());
}

void TestReport::timeRules()
{
    const QStringList times{QStringLiteral("2019-03-08T14"), QStringLiteral("2019-03-09T03"), QStringLiteral("2019-03-09T14"),
                            QStringLiteral("2019-03-10T03")};   // Fri 14, Sat 03, Sat 14, Sun 03
    QCOMPARE(models::resolveReportTime(QStringLiteral("latest"), times), QStringLiteral("2019-03-10T03"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("first"), times), QStringLiteral("2019-03-08T14"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("latest@14"), times), QStringLiteral("2019-03-09T14"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("latest-weekday@14"), times), QStringLiteral("2019-03-08T14"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("2019-03-09T03"), times), QStringLiteral("2019-03-09T03"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("first@3"), times), QStringLiteral("2019-03-09T03"));
    QCOMPARE(models::resolveReportTime(QStringLiteral("first-weekday@3"), times), QStringLiteral("first-weekday@3"));   // none
    QCOMPARE(models::resolveReportTime(QStringLiteral("latest"), {QStringLiteral("2020"), QStringLiteral("2021")}), QStringLiteral("2021"));
}

// A Korean report from an application whose own language is English, with a forecast run: the run's
// parameters and measured accuracy are in it, numbers and dates in the Korean locale.
void TestReport::koreanReportWithRuns()
{
    RunInfo run;
    run.kind = QStringLiteral("regen.forecast");
    run.model = QStringLiteral("boosted");
    run.version = QStringLiteral("1");
    run.created = QStringLiteral("2026-03-30T09:00:00Z");
    run.title = QStringLiteral("Baseline");
    run.params = QJsonObject{{QStringLiteral("horizon"), 3}, {QStringLiteral("layer"), QStringLiteral("population")}};
    run.metrics = QJsonObject{{QStringLiteral("method"), QStringLiteral("boosted")},
                              {QStringLiteral("estimated"), true},
                              {QStringLiteral("backtest"),
                               QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("naive")}, {QStringLiteral("mape"), 4.4306},
                                                      {QStringLiteral("mase"), 1.8558}, {QStringLiteral("rmse"), 724.48}, {QStringLiteral("origins"), 1},
                                                      {QStringLiteral("points"), 503}},
                                          QJsonObject{{QStringLiteral("method"), QStringLiteral("boosted")}, {QStringLiteral("mape"), 3.4229},
                                                      {QStringLiteral("mase"), 1.3086}, {QStringLiteral("rmse"), 506.91}, {QStringLiteral("origins"), 1},
                                                      {QStringLiteral("points"), 1503}}}}};
    auto id = m_store->addRun(run);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

    models::ReportOptions o = options();
    o.content.latestRuns = true;
    o.content.sections = {QStringLiteral("cover"), QStringLiteral("contents"), QStringLiteral("runs"), QStringLiteral("data")};
    o.content.language = QStringLiteral("ko");
    auto translator = std::make_shared<QTranslator>();
    QVERIFY(i18n::loadTranslator(*translator, QStringLiteral("ko")));
    o.translator = translator;
    o.locale = models::reportLocaleFor(QStringLiteral("ko"));
    const QString pdf = m_dir.filePath(QStringLiteral("report_ko.pdf"));
    auto ok = models::writeReport(*m_store, o, pdf);
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    QVERIFY(m_store->removeRun(id.value()).ok());
    QFile::remove(QStringLiteral(DOSI_BINARY_DIR "/test_report_ko.pdf"));
    QFile::copy(pdf, QStringLiteral(DOSI_BINARY_DIR "/test_report_ko.pdf"));

    bool ran = false;
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ran);
    if (!ran) QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(QStringLiteral("목차")), qPrintable(text.left(1500)));          // Contents
    QVERIFY(!text.contains(QStringLiteral("Contents")));
    QVERIFY(text.contains(QStringLiteral("2026년 3월 31일")));                              // the date in Korean
    QVERIFY(text.contains(QStringLiteral("3.42")) && text.contains(QStringLiteral("4.43")));   // MAPE by method
    QVERIFY(text.contains(QStringLiteral("1,503")));                                       // grouped as in ko_KR
    QVERIFY(text.contains(QStringLiteral("MAPE")));
    // The application's own language was not touched.
    QCOMPARE(QCoreApplication::translate("dosi::Report", "Contents"), QStringLiteral("Contents"));
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
