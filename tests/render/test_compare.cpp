// Two periods compared: periods and spans, difference values checked against sums computed here from
// the raw sample files (living population, weeks of 2019-03-04 and 2020-03-09), masked and missing
// units, diverging classes centred on zero, the legend, side by side, and the difference map compared
// with a stored reference image.
// Regenerate the reference with: DOSI_UPDATE_REFERENCE=1 ./test_compare (then look at it!).
#include "ReferenceImage.h"

#include "dosi/core/Values.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/ThematicCompare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kReference = QStringLiteral(DOSI_TEST_DATA "/render/difference_living_pop_2019w10_2020w11.png");
const QString kWeekA = QStringLiteral("2019-03-04T00/2019-03-10T23");
const QString kWeekB = QStringLiteral("2020-03-09/2020-03-15");   // TO as a day prefix: same as ...T23

// code_8 -> sum of the 168 hourly totals, read straight from a hanbyul JSON file of the sample.
QHash<QString, double> weekTotals(const QString& file)
{
    QFile f(QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/") + file);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(f.fileName()));
    QHash<QString, double> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        double sum = 0;
        for (const QJsonValue& t : o.value(QStringLiteral("t")).toArray()) sum += t.toDouble();
        out.insert(QString::number(o.value(QStringLiteral("code_8")).toInteger()), sum);
    }
    return out;
}

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void periodsAndSpans();
    void differenceIsAMinusB();
    void maskedAndMissingAreKeptApart();
    void legendIsCentredOnZero();
    void sideBySideDrawsBothPeriods();
    void matchesReferenceImage();

private:
    ThematicSpec spec(const QString& time) const
    {
        ThematicSpec s;
        s.layer = QStringLiteral("living_population");
        s.field = QStringLiteral("total");
        s.time = time;
        return s;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sample.dosi"));
    QVERIFY2(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), path), "the sample project is missing; build the `sample` target");
    auto opened = ProjectStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
}

void TestCompare::periodsAndSpans()
{
    auto axis = m_store->measureTimes(QStringLiteral("living_population"));
    QVERIFY(axis.ok());
    QCOMPARE(axis->size(), 336);
    auto a = periodTimes(axis.value(), kWeekA);
    QVERIFY(a.ok());
    QCOMPARE(a->size(), 168);
    QCOMPARE(a->first(), QStringLiteral("2019-03-04T00"));
    QCOMPARE(a->last(), QStringLiteral("2019-03-10T23"));
    QCOMPARE(periodTimes(axis.value(), QStringLiteral("2019-03-04/2019-03-10")).value(), a.value());
    QCOMPARE(periodTimes(axis.value(), QStringLiteral("2020-03-11T14")).value(), QStringList{QStringLiteral("2020-03-11T14")});
    QCOMPARE(periodTimes(axis.value(), QStringLiteral("2019-03-06/2019-03-06")).value().size(), 24);
    for (const QString& bad : {QStringLiteral("2019-03-04T99"), QStringLiteral("2021-01-01/2021-12-31"), QStringLiteral("2019-03-10/2019-03-04"),
                               QStringLiteral("/2019-03-04")}) {
        auto r = periodTimes(axis.value(), bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QVERIFY2(r.errorMessage().contains(bad), qPrintable(r.errorMessage()));
    }
    QCOMPARE(periodLabel(QStringLiteral("2019-03-04T00/2019-03-10T23")),
             QStringLiteral("2019-03-04 (Mon) 00:00 – 2019-03-10 (Sun) 23:00"));
}

void TestCompare::differenceIsAMinusB()
{
    auto layer = buildDifferenceLayer(*m_store, spec(kWeekA), kWeekB);
    QVERIFY2(layer.ok(), qPrintable(layer.errorMessage()));
    const QHash<QString, double> a = weekTotals(QStringLiteral("hanbyul_week20190304_dong_hourly_whole.json"));
    const QHash<QString, double> b = weekTotals(QStringLiteral("hanbyul_week20200309_dong_hourly_whole.json"));
    // 사직동 (Jongno), 역삼1동 (Gangnam), 여의동 (Yeongdeungpo) and every 37th dong besides.
    QStringList codes{QStringLiteral("11110530"), QStringLiteral("11680640"), QStringLiteral("11560540")};
    const QStringList keys = a.keys();
    for (int i = 0; i < keys.size(); i += 37) codes << keys[i];
    int checked = 0;
    for (const QString& code8 : codes) {
        QVERIFY2(a.contains(code8) && b.contains(code8), qPrintable(code8));
        const int idx = int(layer->data->codes.indexOf(code8 + QStringLiteral("00")));
        if (idx < 0) continue;   // a code that changed before the 2021 boundaries
        QCOMPARE(layer->values[idx], a.value(code8) - b.value(code8));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // Single hours agree with the plain thematic layers.
    auto h = buildDifferenceLayer(*m_store, spec(QStringLiteral("2019-03-06T14")), QStringLiteral("2020-03-11T14"));
    auto ha = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-06T14")));
    auto hb = buildThematicLayer(*m_store, spec(QStringLiteral("2020-03-11T14")));
    QVERIFY(h.ok() && ha.ok() && hb.ok());
    for (int i = 0; i < h->values.size(); ++i) {
        if (!hasValue(ha->values[i]) || !hasValue(hb->values[i])) QVERIFY(!hasValue(h->values[i]));
        else QCOMPARE(h->values[i], ha->values[i] - hb->values[i]);
    }
    // Errors name the bad period.
    auto bad = buildDifferenceLayer(*m_store, spec(kWeekA), QStringLiteral("2030-01-01T00"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("2030-01-01T00")));
    QVERIFY(!buildDifferenceLayer(*m_store, spec(kWeekA), QString()).ok());
}

void TestCompare::maskedAndMissingAreKeptApart()
{
    auto dong = loadFeatureLayer(*m_store, QStringLiteral("dong"));
    QVERIFY(dong.ok());
    const QStringList c = dong.value()->codes.mid(0, 6);
    // Years 2019..2021; A = 2019/2020 summed, B = 2021.
    MeasureTable t;
    t.fields = {QStringLiteral("v")};
    t.columns.resize(1);
    const double M = maskedValue();
    const QList<QVector<double>> rows = {{1, 2, 3}, {M, 2, 3}, {M, M, 5}, {4, missingValue(), 6}, {M, M, M}};
    for (int u = 0; u < rows.size(); ++u)
        for (int y = 0; y < 3; ++y)
            if (!isMissing(rows[u][y])) t.addRow(c[u], QString::number(2019 + y), {rows[u][y]});
    t.addRow(c[5], QStringLiteral("2021"), {7});   // nothing in A
    LayerInfo info;
    info.name = QStringLiteral("masked_test");
    info.kind = LayerKind::Measure;
    info.timeKind = TimeKind::Year;
    info.geometryLayer = QStringLiteral("dong");
    info.fields = {FieldInfo{QStringLiteral("v"), FieldType::Real, {}}};
    QVERIFY(m_store->addMeasureLayer(info, t).ok());

    ThematicSpec s;
    s.layer = info.name;
    s.time = QStringLiteral("2019/2020");
    auto layer = buildDifferenceLayer(*m_store, s, QStringLiteral("2021"), dong.value());
    QVERIFY2(layer.ok(), qPrintable(layer.errorMessage()));
    QCOMPARE(layer->values[0], 0.0);      // 1 + 2 - 3
    QCOMPARE(layer->values[1], -1.0);     // known part 2 - 3
    QVERIFY(isMasked(layer->values[2]));  // all of A masked
    QCOMPARE(layer->values[3], -2.0);     // 4 - 6
    QVERIFY(isMasked(layer->values[4]));
    QVERIFY(isMissing(layer->values[5])); // no value in A
    int maskedEntries = 0;
    for (const LegendEntry& e : layer->legend.entries) {
        if (e.kind != LegendEntry::Kind::Masked) continue;
        ++maskedEntries;
        QCOMPARE(e.count, 2);
    }
    QCOMPARE(maskedEntries, 1);
    QCOMPARE(layer->fills[2], maskedColor());
    QCOMPARE(layer->fills[5], missingColor());
}

void TestCompare::legendIsCentredOnZero()
{
    ThematicSpec s = spec(kWeekA);
    s.classes = QStringLiteral("quantile:6");
    auto layer = buildDifferenceLayer(*m_store, s, kWeekB);
    QVERIFY(layer.ok());
    QVERIFY(layer->breaks.contains(0.0));
    QCOMPARE(layer->breaks.size(), 6);
    const QStringList title = layer->legend.title.split(QLatin1Char('\n'));
    QCOMPARE(title.size(), 3);
    QVERIFY(title[0].contains(QStringLiteral("A − B")));
    QVERIFY(title[1].contains(QStringLiteral("2019-03-04 (Mon) 00:00")) && title[1].contains(QStringLiteral("2019-03-10 (Sun) 23:00")));
    QVERIFY(title[2].contains(QStringLiteral("2020-03-09 (Mon) 00:00")) && title[2].contains(QStringLiteral("2020-03-15 (Sun) 23:00")));
    // Classes below zero are red, above zero blue; symmetric shades (RdBu, 6 classes).
    int classes = 0, counted = 0, noData = 0;
    for (const LegendEntry& e : layer->legend.entries) {
        if (e.kind == LegendEntry::Kind::Missing) noData = e.count;
        if (e.kind != LegendEntry::Kind::Class) continue;
        ++classes;
        counted += e.count;
        if (e.upper <= 0) QVERIFY(e.color.red() > e.color.blue());
        else QVERIFY(e.color.blue() > e.color.red());
    }
    QCOMPARE(classes, 6);
    QCOMPARE(counted, 418);
    QCOMPARE(noData, 7);
    QCOMPARE(layer->legend.entries[2].color, QColor(0xfd, 0xdb, 0xc7));   // lightest red next to zero
    QCOMPARE(layer->legend.entries[3].color, QColor(0xd1, 0xe5, 0xf0));   // lightest blue next to zero
    // A sequential ramp asked for is replaced by the diverging one.
    s.ramp = QStringLiteral("YlOrRd");
    QCOMPARE(buildDifferenceLayer(*m_store, s, kWeekB)->legend.entries[0].color, QColor(0xb2, 0x18, 0x2b));
}

void TestCompare::sideBySideDrawsBothPeriods()
{
    MapDecorations deco;
    deco.sourceLine = QStringLiteral("Living population: Seoul Open Data");
    auto image = renderSideBySide(*m_store, spec(QStringLiteral("2019-03-06T14")), QStringLiteral("2020-03-11T14"), QSize(1200, 500), deco);
    QVERIFY2(image.ok(), qPrintable(image.errorMessage()));
    QCOMPARE(image->size(), QSize(1200, 500));
    const QImage left = image->copy(0, 0, 599, 480), right = image->copy(601, 0, 599, 480);
    // Both halves show a map; they differ where the periods differ.
    const double diff = test::differingFraction(left, right, 40);
    QVERIFY2(diff > 0.02 && diff < 0.6, qPrintable(QString::number(diff)));
    auto bad = renderSideBySide(*m_store, spec(QStringLiteral("2019-03-06T14")), QStringLiteral("nope"), QSize(1200, 500));
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("nope")));
}

void TestCompare::matchesReferenceImage()
{
    MapDecorations deco;
    deco.sourceLine = QStringLiteral("Boundaries: SGIS via vuski/admdongkor · Living population: Seoul Open Data");
    auto image = renderDifferenceImage(*m_store, spec(kWeekA), kWeekB, QSize(960, 540), deco);
    QVERIFY2(image.ok(), qPrintable(image.errorMessage()));
    const QString failure = test::checkReference(image.value(), kReference,
                                                 QStringLiteral(DOSI_BINARY_DIR "/test_compare_actual.png"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
