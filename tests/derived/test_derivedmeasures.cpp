// deriveMeasures / derivableMeasures / aggregateTime: hand-computed golden values on an official-schema
// fixture (imported through importLivingPopulation), the real hanbyul JSON (male/female only; age groups
// refused), and day / hour-of-day / week aggregates of the real 자치구 file checked against values
// computed independently with Python's csv module.
#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"
#include "dosi/gis/MeasureImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kHanbyul2019 = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hanbyul_week20190304_dong_hourly_whole.json");
const QString kGuFile =
    QStringLiteral(DOSI_SHARED_DATA "/real/living_population/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv");

// Male band i = 10 + i, female band i = 20 + i (i = 0..13), published total 600.
QStringList baseRow(const QString& code, const QString& hour)
{
    QStringList r = {QStringLiteral("20190304"), hour, code, QStringLiteral("600")};
    for (int i = 0; i < 14; ++i) r << QString::number(10 + i);
    for (int i = 0; i < 14; ++i) r << QString::number(20 + i);
    return r;
}

QString line(const QStringList& fields)
{
    QStringList q;
    for (const QString& f : fields) q << QLatin1Char('"') + f + QLatin1Char('"');
    return q.join(QLatin1Char(','));
}

double at(const MeasureTable& t, const QString& field, int row) { return t.columns[t.fieldIndex(field)][row]; }

const QStringList kAll = {"total", "total_bands", "male", "female", "age_0_14", "age_15_64", "age_65_plus",
                          "extinction_risk"};

}  // namespace

class TestDerivedMeasures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    MeasureTable m_official;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList lines = {line(dosi::test::seoulDongHeader())};
        lines << line(baseRow(QStringLiteral("11110530"), QStringLiteral("00")));  // row 0: all known
        QStringList masked = baseRow(QStringLiteral("11110530"), QStringLiteral("01"));
        masked[4 + 14 + 5] = QStringLiteral("*");  // female_30_34 masked
        lines << line(masked);
        QStringList noOld = baseRow(QStringLiteral("11110530"), QStringLiteral("02"));
        for (int c : {4 + 12, 4 + 13, 4 + 14 + 12, 4 + 14 + 13}) noOld[c] = QStringLiteral("0");  // nobody 65+
        lines << line(noOld);
        QStringList missing = baseRow(QStringLiteral("11110530"), QStringLiteral("03"));
        missing[4] = QString();  // male_0_9 empty
        lines << line(missing);
        const QString path = m_dir.filePath(QStringLiteral("dong.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.join(QStringLiteral("\r\n")).toUtf8());
        f.close();
        auto r = importLivingPopulation({path}, QStringLiteral("living"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        m_official = r->table;
        QCOMPARE(m_official.rowCount(), 4);
        QCOMPARE(m_official.fields.size(), 29);
        QVERIFY(m_official.fields.contains(QStringLiteral("female_70_plus")));
    }

    void derivableOfficial() { QCOMPARE(derivableMeasures(m_official.fields), kAll); }

    void derivedValues()
    {
        QStringList notes;
        auto r = deriveMeasures(m_official, kAll, &notes);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r.value();
        QCOMPARE(t.fields, kAll);
        QCOMPARE(t.units, m_official.units);
        QCOMPARE(t.times, m_official.times);
        // Row 0 by hand: male 10..23 = 231, female 20..33 = 371.
        QCOMPARE(at(t, "total", 0), 600.0);
        QCOMPARE(at(t, "total_bands", 0), 602.0);
        QCOMPARE(at(t, "male", 0), 231.0);
        QCOMPARE(at(t, "female", 0), 371.0);
        QCOMPARE(at(t, "age_0_14", 0), 10.0 + 11 + 20 + 21);
        QCOMPARE(at(t, "age_65_plus", 0), 22.0 + 23 + 32 + 33);
        QCOMPARE(at(t, "age_15_64", 0), 602.0 - 62 - 110);
        QCOMPARE(at(t, "extinction_risk", 0), (23.0 + 24 + 25 + 26) / 110.0);
        // Row 1: female_30_34 masked -> female, total_bands, age_15_64, extinction_risk masked; others known.
        QVERIFY(isMasked(at(t, "female", 1)));
        QVERIFY(isMasked(at(t, "total_bands", 1)));
        QVERIFY(isMasked(at(t, "age_15_64", 1)));
        QVERIFY(isMasked(at(t, "extinction_risk", 1)));
        QCOMPARE(at(t, "male", 1), 231.0);
        QCOMPARE(at(t, "age_0_14", 1), 62.0);
        QCOMPARE(at(t, "age_65_plus", 1), 110.0);
        // Row 2: nobody 65+ -> extinction risk missing (not masked, not infinite).
        QCOMPARE(at(t, "age_65_plus", 2), 0.0);
        QVERIFY(isMissing(at(t, "extinction_risk", 2)));
        // Row 3: male_0_9 empty -> sums that need it are missing; the ratio does not need it.
        QVERIFY(isMissing(at(t, "male", 3)));
        QVERIFY(isMissing(at(t, "age_0_14", 3)));
        QVERIFY(isMissing(at(t, "total_bands", 3)));
        QCOMPARE(at(t, "female", 3), 371.0);
        QCOMPARE(at(t, "extinction_risk", 3), 98.0 / 110.0);
        // Notes: the largest discrepancy (row 2: 600 published, 602 - 110 = 492 from the bands) and the
        // zero-denominator row.
        const QString all = notes.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("up to 108.00000 (unit 1111053000 at 2019-03-04T02)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 row(s) have no people aged 65+")), qPrintable(all));
    }

    void unknownName()
    {
        auto r = deriveMeasures(m_official, {QStringLiteral("age_20_39")}, nullptr);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("age_20_39")));
    }

    void missingBand()
    {
        MeasureTable cut = m_official;
        const int f = cut.fieldIndex(QStringLiteral("female_35_39"));
        cut.fields.removeAt(f);
        cut.columns.removeAt(f);
        QVERIFY(!derivableMeasures(cut.fields).contains(QStringLiteral("extinction_risk")));
        QVERIFY(derivableMeasures(cut.fields).contains(QStringLiteral("age_65_plus")));
        auto r = deriveMeasures(cut, {QStringLiteral("extinction_risk")}, nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("female_35_39")), qPrintable(r.errorMessage()));
    }

    void hanbyul()
    {
        auto imported = importLivingPopulation({kHanbyul2019}, QStringLiteral("h"));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const MeasureTable& in = imported->table;
        QCOMPARE(derivableMeasures(in.fields), QStringList({"total", "male", "female"}));
        auto r = deriveMeasures(in, {QStringLiteral("male"), QStringLiteral("female")}, nullptr);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        // First record of the file (code_8 11110530, hour 0): m = 7065, f = 7928 (read from the JSON).
        QCOMPARE(r->units[0], QStringLiteral("1111053000"));
        QCOMPARE(at(r.value(), "male", 0), 7065.0);
        QCOMPARE(at(r.value(), "female", 0), 7928.0);
        for (const QString& age : {QStringLiteral("age_0_14"), QStringLiteral("age_65_plus"),
                                   QStringLiteral("extinction_risk")}) {
            auto bad = deriveMeasures(in, {age}, nullptr);
            QVERIFY(!bad.ok());
            QVERIFY2(bad.errorMessage().contains(QStringLiteral("the layer has no documented age bands")),
                     qPrintable(bad.errorMessage()));
        }
    }

    void aggregateGu()
    {
        auto imported = importLivingPopulation({kGuFile}, QStringLiteral("gu"));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const MeasureTable& in = imported->table;
        QCOMPARE(in.rowCount(), 93000);
        auto find = [](const MeasureTable& t, const QString& unit, const QString& time) {
            for (int r = 0; r < t.rowCount(); ++r)
                if (t.units[r] == unit && t.times[r] == time) return r;
            return -1;
        };
        // Golden values from Python (csv module, float sums) on the same file.
        TimeAggregateReport rep;
        const MeasureTable day = aggregateTime(in, TimeAggregate::Day, Stat::Sum, &rep);
        QCOMPARE(day.rowCount(), 25 * 155);
        QCOMPARE(rep.skippedRows, 0);
        QCOMPARE(rep.maskedTotal, 0);
        int r = find(day, QStringLiteral("11110"), QStringLiteral("2024-06-05"));
        QVERIFY(r >= 0);
        QVERIFY(std::abs(day.columns[0][r] - 7097333.5037) < 1e-4);
        QCOMPARE(rep.known[0][r], 24);

        const MeasureTable profile = aggregateTime(in, TimeAggregate::HourOfDay, Stat::Mean, &rep);
        QCOMPARE(profile.rowCount(), 25 * 24);
        r = find(profile, QStringLiteral("11110"), QStringLiteral("00"));
        QVERIFY(r >= 0);
        QVERIFY(std::abs(profile.columns[0][r] - 202365.34438451615) < 1e-6);
        QCOMPARE(rep.known[0][r], 155);

        const MeasureTable week = aggregateTime(in, TimeAggregate::Week, Stat::Sum, &rep);
        r = find(week, QStringLiteral("11110"), QStringLiteral("2024-W23"));
        QVERIFY(r >= 0);
        QVERIFY(std::abs(week.columns[0][r] - 21331263.8585) < 1e-4);
        QCOMPARE(rep.known[0][r], 72);  // Mon 3 .. Wed 5 June
        r = find(week, QStringLiteral("11110"), QStringLiteral("2024-W01"));
        QVERIFY(std::abs(week.columns[0][r] - 44412097.7323) < 1e-4);
    }

    void aggregateMasked()
    {
        MeasureTable t;
        t.fields = {QStringLiteral("v")};
        t.columns.resize(1);
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T00"), {10});
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T01"), {maskedValue()});
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T02"), {20});
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T03"), {missingValue()});
        t.addRow(QStringLiteral("B"), QStringLiteral("2019-03-04T00"), {maskedValue()});
        t.addRow(QStringLiteral("C"), QStringLiteral("2019-03-04T00"), {missingValue()});
        t.addRow(QStringLiteral("C"), QStringLiteral("2019"), {5});  // not an hour or a day: skipped
        TimeAggregateReport rep;
        const MeasureTable mean = aggregateTime(t, TimeAggregate::Day, Stat::Mean, &rep);
        QCOMPARE(mean.units, QStringList({"A", "B", "C"}));
        QCOMPARE(mean.columns[0][0], 15.0);  // mean over the known values only
        QCOMPARE(rep.known[0][0], 2);
        QCOMPARE(rep.masked[0][0], 1);
        QCOMPARE(rep.missing[0][0], 1);
        QVERIFY(isMasked(mean.columns[0][1]));
        QVERIFY(isMissing(mean.columns[0][2]));
        QCOMPARE(rep.maskedTotal, 2);
        QCOMPARE(rep.missingTotal, 2);
        QCOMPARE(rep.skippedRows, 1);
        const MeasureTable sum = aggregateTime(t, TimeAggregate::Day, Stat::Sum);
        QCOMPARE(sum.columns[0][0], 30.0);
    }
};

QTEST_GUILESS_MAIN(TestDerivedMeasures)
#include "test_derivedmeasures.moc"
