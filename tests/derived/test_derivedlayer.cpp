// readMeasuresWithDerived / measureFieldAvailable / extraDerivedMeasures / deriveLayer on a small project
// whose measure layer keeps the official Korean column names (as an indicator-table import does).
// Values are chosen so every expectation below is worked out by hand in the comments.
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"

#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

// Band i (0..13) of a sex: male 10 + i, female 20 + i; the published total 600.
//   women 20-39 = female bands 3..6 = 23 + 24 + 25 + 26 = 98
//   65+         = male bands 12, 13 + female bands 12, 13 = 22 + 23 + 32 + 33 = 110
QVector<double> baseValues(double factor)
{
    QVector<double> v = {600 * factor};
    for (int i = 0; i < 14; ++i) v << (10 + i) * factor;
    for (int i = 0; i < 14; ++i) v << (20 + i) * factor;
    return v;
}

const QStringList kAll = {"total", "total_bands", "male", "female", "age_0_14", "age_15_64", "age_65_plus",
                          "extinction_risk"};

}  // namespace

class TestDerivedLayer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QStringList m_fields;   // the Korean column names, total first

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = ProjectStore::create(m_dir.filePath(QStringLiteral("d.dosi")), QStringLiteral("derived"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_store = std::move(created).value();
        const QStringList header = dosi::test::seoulDongHeader();
        m_fields = header.mid(3);   // 총생활인구수 and the 28 bands
        QCOMPARE(m_fields.size(), 29);

        MeasureTable t;
        t.fields = m_fields;
        t.columns.resize(m_fields.size());
        // Unit A, hour 0: the base values; hour 1: doubled, with female 20-24 masked.
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T00"), baseValues(1));
        QVector<double> a1 = baseValues(2);
        a1[1 + 14 + 3] = maskedValue();
        t.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T01"), a1);
        // Unit B, hour 0: male 65-69 missing; hour 1: tripled.
        QVector<double> b0 = baseValues(1);
        b0[1 + 12] = missingValue();
        t.addRow(QStringLiteral("B"), QStringLiteral("2019-03-04T00"), b0);
        t.addRow(QStringLiteral("B"), QStringLiteral("2019-03-04T01"), baseValues(3));

        LayerInfo info;
        info.name = QStringLiteral("lp");
        info.kind = LayerKind::Measure;
        info.timeKind = TimeKind::Hour;
        for (const QString& f : m_fields) info.fields << FieldInfo{f, FieldType::Real, f};
        auto added = m_store->addMeasureLayer(info, t);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));

        // A hanbyul-like layer: total/male/female and undocumented bands.
        MeasureTable h;
        h.fields = {"total", "male", "female", "age_band_1"};
        h.columns.resize(4);
        h.addRow(QStringLiteral("A"), QStringLiteral("2019-03-04T00"), {10, 4, 6, 1});
        LayerInfo hi;
        hi.name = QStringLiteral("hanbyul");
        hi.kind = LayerKind::Measure;
        hi.timeKind = TimeKind::Hour;
        for (const QString& f : h.fields) hi.fields << FieldInfo{f, FieldType::Real, {}};
        QVERIFY(m_store->addMeasureLayer(hi, h).ok());
    }

    void koreanNamesDerive()
    {
        QCOMPARE(derivableMeasures(m_fields), kAll);
        QCOMPARE(extraDerivedMeasures(m_fields), kAll);   // none is stored under its own name
        QCOMPARE(extraDerivedMeasures({"total", "male", "female", "age_band_1"}), QStringList());
        const auto lp = m_store->layer(QStringLiteral("lp"));
        QVERIFY(measureFieldAvailable(*lp, QStringLiteral("extinction_risk")));
        QVERIFY(measureFieldAvailable(*lp, QStringLiteral("총생활인구수")));
        QVERIFY(!measureFieldAvailable(*lp, QStringLiteral("age_20_39")));
        const auto hb = m_store->layer(QStringLiteral("hanbyul"));
        QVERIFY(measureFieldAvailable(*hb, QStringLiteral("male")));
        QVERIFY(!measureFieldAvailable(*hb, QStringLiteral("extinction_risk")));
        QCOMPARE(derivedMeasureLabel(QStringLiteral("extinction_risk")), QStringLiteral("Extinction risk index (소멸위험지수)"));
        QCOMPARE(derivedMeasureLabel(QStringLiteral("no_such")), QStringLiteral("no_such"));
    }

    void readWithDerived()
    {
        QStringList notes;
        auto r = readMeasuresWithDerived(*m_store, QStringLiteral("lp"),
                                         {QStringLiteral("extinction_risk"), QStringLiteral("총생활인구수"),
                                          QStringLiteral("age_65_plus"), QStringLiteral("total")},
                                         QStringLiteral("2019-03-04T00"), &notes);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r.value();
        QCOMPARE(t.fields, QStringList({"extinction_risk", "총생활인구수", "age_65_plus", "total"}));
        QCOMPARE(t.rowCount(), 2);
        const int a = int(t.units.indexOf(QStringLiteral("A"))), b = int(t.units.indexOf(QStringLiteral("B")));
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(t.times[a], QStringLiteral("2019-03-04T00"));
        QVERIFY(std::abs(t.columns[0][a] - 98.0 / 110.0) < 1e-12);
        QCOMPARE(t.columns[1][a], 600.0);
        QCOMPARE(t.columns[2][a], 110.0);
        QCOMPARE(t.columns[3][a], 600.0);   // "total" is the published 총생활인구수
        QVERIFY(isMissing(t.columns[0][b]));   // male 65-69 missing
        QVERIFY(isMissing(t.columns[2][b]));

        // Stored fields only: exactly readMeasures().
        auto plain = readMeasuresWithDerived(*m_store, QStringLiteral("lp"), {QStringLiteral("총생활인구수")});
        QVERIFY(plain.ok());
        QCOMPARE(plain->rowCount(), 4);

        auto unknown = readMeasuresWithDerived(*m_store, QStringLiteral("lp"), {QStringLiteral("age_20_39")});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorMessage().contains(QStringLiteral("has no field \"age_20_39\"")), qPrintable(unknown.errorMessage()));
        auto undocumented = readMeasuresWithDerived(*m_store, QStringLiteral("hanbyul"), {QStringLiteral("age_65_plus")});
        QVERIFY(!undocumented.ok());
        QVERIFY2(undocumented.errorMessage().contains(QStringLiteral("no documented age bands")), qPrintable(undocumented.errorMessage()));
        auto notMeasure = readMeasuresWithDerived(*m_store, QStringLiteral("nope"), {QStringLiteral("total")});
        QVERIFY(!notMeasure.ok());
    }

    void deriveRowByRow()
    {
        auto r = deriveLayer(*m_store, QStringLiteral("lp"), {QStringLiteral("extinction_risk"), QStringLiteral("female")});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const DerivedLayer& d = r.value();
        QCOMPARE(d.timeKind, TimeKind::Hour);
        QCOMPARE(d.table.fields, QStringList({"extinction_risk", "female"}));
        QCOMPARE(d.table.rowCount(), 4);
        // extinction_risk: A0 known, A1 masked (female 20-24), B0 missing (male 65-69), B1 = 3*98 / 3*110.
        QCOMPARE(d.masked, QVector<int>({1, 1}));    // female: A1 masked
        QCOMPARE(d.missing, QVector<int>({1, 0}));
        for (int row = 0; row < 4; ++row) {
            if (d.table.units[row] == QLatin1String("B") && d.table.times[row].endsWith(QLatin1String("T01"))) {
                QVERIFY(std::abs(d.table.columns[0][row] - 98.0 / 110.0) < 1e-12);
                QCOMPARE(d.table.columns[1][row], 3.0 * (20 + 33) * 14 / 2);   // 3 x (20 + ... + 33) = 3 x 371
            }
        }
    }

    void deriveByDay()
    {
        const TimeAggregate by = TimeAggregate::Day;
        auto r = deriveLayer(*m_store, QStringLiteral("lp"), {QStringLiteral("extinction_risk"), QStringLiteral("age_65_plus")},
                             &by, Stat::Sum);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const DerivedLayer& d = r.value();
        QCOMPARE(d.timeKind, TimeKind::Day);
        QCOMPARE(d.table.units, QStringList({"A", "B"}));
        QCOMPARE(d.table.times, QStringList({"2019-03-04", "2019-03-04"}));
        // The bands are summed over the day first, leaving out the masked and missing values:
        // A: women = 23 + (24 + 48) + (25 + 50) + (26 + 52) = 248, 65+ = 110 + 220 = 330.
        QVERIFY(std::abs(d.table.columns[0][0] - 248.0 / 330.0) < 1e-12);
        QCOMPARE(d.table.columns[1][0], 330.0);
        // B: women = 98 + 294 = 392, 65+ = (110 - 22) + 330 = 418.
        QVERIFY(std::abs(d.table.columns[0][1] - 392.0 / 418.0) < 1e-12);
        QCOMPARE(d.table.columns[1][1], 418.0);
        QCOMPARE(d.maskedLeftOut, qint64(1));
        QCOMPARE(d.missingLeftOut, qint64(1));
        QCOMPARE(d.masked, QVector<int>({0, 0}));
        QCOMPARE(d.missing, QVector<int>({0, 0}));

        // Hour-of-day means, per unit: A at 01 -> 220 (one day), B at 01 -> 330.
        const TimeAggregate hod = TimeAggregate::HourOfDay;
        auto m = deriveLayer(*m_store, QStringLiteral("lp"), {QStringLiteral("age_65_plus")}, &hod, Stat::Mean);
        QVERIFY(m.ok());
        QCOMPARE(m->timeKind, TimeKind::None);
        QCOMPARE(m->table.times, QStringList({"00", "01", "00", "01"}));
        QCOMPARE(m->table.columns[0][1], 220.0);
        QCOMPARE(m->table.columns[0][3], 330.0);
    }

    void deriveErrors()
    {
        auto unknown = deriveLayer(*m_store, QStringLiteral("lp"), {QStringLiteral("total"), QStringLiteral("age_20_39")});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorMessage().contains(QStringLiteral("\"age_20_39\" is not a derived measure")),
                 qPrintable(unknown.errorMessage()));
        auto bands = deriveLayer(*m_store, QStringLiteral("hanbyul"), {QStringLiteral("extinction_risk")});
        QVERIFY(!bands.ok());
        QVERIFY(bands.errorMessage().contains(QStringLiteral("no documented age bands")));
        auto none = deriveLayer(*m_store, QStringLiteral("lp"), {});
        QVERIFY(!none.ok());
    }

    void names()
    {
        TimeAggregate by = TimeAggregate::Day;
        for (TimeAggregate a : {TimeAggregate::HourOfDay, TimeAggregate::Day, TimeAggregate::Week}) {
            QVERIFY(timeAggregateFromName(timeAggregateName(a), &by));
            QCOMPARE(by, a);
        }
        QVERIFY(!timeAggregateFromName(QStringLiteral("month"), &by));
        Stat s = Stat::Sum;
        QVERIFY(statFromName(QStringLiteral("mean"), &s));
        QCOMPARE(s, Stat::Mean);
        QCOMPARE(statName(Stat::Sum), QStringLiteral("sum"));
        QVERIFY(!statFromName(QStringLiteral("median"), &s));
    }
};

QTEST_GUILESS_MAIN(TestDerivedLayer)
#include "test_derivedlayer.moc"
