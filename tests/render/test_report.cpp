// The PDF report: written atomically, text extractable (title, Korean dong names), the CJK font
// embedded, page numbering; checked with poppler-utils when they are installed.
#include "SeoulFixture.h"
#include "dosi/models/ReportDefaults.h"
#include "dosi/gis/OdImport.h"
#include "dosi/models/Report.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesPdf();
    void failureLeavesNothingBehind();
    void cancelLeavesNothingBehind();
    void defaultMapsLeaveOutMovementLayers();

private:
    models::ReportOptions options() const;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

models::ReportOptions TestReport::options() const
{
    models::ReportOptions o;
    o.title = QStringLiteral("Seoul living population report");
    o.author = QStringLiteral("Dosi test suite");
    o.area = QStringLiteral("서울특별시");
    gis::ThematicSpec day;
    day.layer = QString::fromLatin1(test::kPopLayer);
    day.field = QStringLiteral("total");
    day.time = QStringLiteral("2019-03-04T14");
    gis::ThematicSpec night = day;
    night.time = QStringLiteral("2019-03-04T03");
    night.ramp = QStringLiteral("YlGnBu");
    night.classes = QStringLiteral("jenks:5");
    o.maps = {day, night};
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
    QVERIFY(text.contains(QStringLiteral("10 highest")));
    QVERIFY(text.contains(QStringLiteral("Data and attribution")));
    QVERIFY(text.contains(QStringLiteral("서울특별시")));
    // The busiest dong at 14:00 on a Monday is in Gangnam (역삼1동); the name must be real text.
    QVERIFY2(text.contains(QStringLiteral("역삼1동")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("통계청 SGIS")));   // the attribution text
    // Cover, contents, 2 x (map, table), attribution = 7 pages, numbered "n / N".
    // (pdftotext may drop the thin spaces around the slash.)
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?7\\b"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b7 ?/ ?7\\b"))));

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
    o.maps[1].time = QStringLiteral("1999-01-01T00");
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

QTEST_MAIN(TestReport)
#include "test_report.moc"
