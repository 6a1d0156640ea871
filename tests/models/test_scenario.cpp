// What-if scenarios: Add from a time changes only later times of the listed units, Scale changes
// every unit, missing and masked values stay as they are, adjustments apply in order, and the
// scenario survives a JSON round trip.
#include "dosi/models/Scenario.h"

#include "dosi/core/Values.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace dosi;
using namespace dosi::models;

namespace {

// Units A, B by years 2019-2022; fields total, female. A 2022 total is masked, B 2021 total missing.
MeasureTable table()
{
    MeasureTable t;
    t.fields = {QStringLiteral("total"), QStringLiteral("female")};
    t.addRow("A", "2019", {100, 50});
    t.addRow("A", "2020", {110, 55});
    t.addRow("A", "2021", {120, 60});
    t.addRow("A", "2022", {maskedValue(), 65});
    t.addRow("B", "2019", {200, 100});
    t.addRow("B", "2020", {210, 105});
    t.addRow("B", "2021", {missingValue(), 110});
    t.addRow("B", "2022", {230, 115});
    return t;
}

Adjustment adjustment(const QString& layer, const QString& field, const QStringList& units, const QString& from,
                      Adjustment::Op op, double value)
{
    Adjustment a;
    a.layer = layer;
    a.field = field;
    a.units = units;
    a.fromTime = from;
    a.op = op;
    a.value = value;
    return a;
}

}  // namespace

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void addFromYear();
    void scaleEveryUnit();
    void orderAndOtherLayers();
    void jsonRoundTrip();
    void describe();
};

void TestScenario::addFromYear()
{
    MeasureTable t = table();
    Scenario s;
    s.name = QStringLiteral("housing project");
    s.adjustments = {adjustment("population", "total", {"A"}, "2020", Adjustment::Op::Add, 2000)};
    QVERIFY(!s.isBaseline());
    QCOMPARE(applyScenario(s, QStringLiteral("population"), t), 2);   // A 2020 and 2021; 2022 is masked
    const QVector<double>& total = t.columns[0];
    QCOMPARE(total[0], 100.0);    // A 2019: before the start
    QCOMPARE(total[1], 2110.0);
    QCOMPARE(total[2], 2120.0);
    QVERIFY(isMasked(total[3]));  // masked stays masked
    QCOMPARE(total[4], 200.0);    // B untouched
    QCOMPARE(total[5], 210.0);
    QVERIFY(isMissing(total[6]));
    QCOMPARE(total[7], 230.0);
    QCOMPARE(t.columns[1], table().columns[1]);   // the other field untouched
}

void TestScenario::scaleEveryUnit()
{
    MeasureTable t = table();
    Scenario s;
    s.adjustments = {adjustment("population", "total", {}, "", Adjustment::Op::Scale, 0.9)};
    QCOMPARE(applyScenario(s, QStringLiteral("population"), t), 6);   // 8 rows minus masked and missing
    const QVector<double> want = {90, 99, 108, 0, 180, 189, 0, 207};
    for (int r = 0; r < 8; ++r) {
        if (r == 3) {
            QVERIFY(isMasked(t.columns[0][r]));
        } else if (r == 6) {
            QVERIFY(isMissing(t.columns[0][r]));
        } else {
            QVERIFY2(std::abs(t.columns[0][r] - want[r]) < 1e-9, qPrintable(QString::number(t.columns[0][r])));
        }
    }
    // From 2021 on, for B only: 2021 is missing, so just 2022.
    MeasureTable u = table();
    s.adjustments = {adjustment("population", "total", {"B"}, "2021", Adjustment::Op::Scale, 0.5)};
    QCOMPARE(applyScenario(s, QStringLiteral("population"), u), 1);
    QCOMPARE(u.columns[0][7], 115.0);
    QCOMPARE(u.columns[0][5], 210.0);
}

void TestScenario::orderAndOtherLayers()
{
    MeasureTable t = table();
    Scenario s;
    s.adjustments = {adjustment("population", "female", {"A"}, "2022", Adjustment::Op::Add, 35),
                     adjustment("population", "female", {"A"}, "2022", Adjustment::Op::Scale, 2),
                     adjustment("sales", "female", {}, "", Adjustment::Op::Scale, 0),        // another layer
                     adjustment("population", "income", {}, "", Adjustment::Op::Scale, 0)};  // no such field
    QCOMPARE(applyScenario(s, QStringLiteral("population"), t), 1);   // one value, touched twice
    QCOMPARE(t.columns[1][3], 200.0);                                 // (65 + 35) * 2
    for (int r : {0, 1, 2, 4, 5, 7}) QCOMPARE(t.columns[0][r], table().columns[0][r]);   // total untouched
    QCOMPARE(t.columns[1][2], 60.0);
    // The baseline changes nothing.
    MeasureTable b = table();
    QVERIFY(Scenario().isBaseline());
    QCOMPARE(applyScenario(Scenario(), QStringLiteral("population"), b), 0);
    QCOMPARE(b.columns[1], table().columns[1]);
}

void TestScenario::jsonRoundTrip()
{
    Scenario s;
    s.name = QStringLiteral("주택사업 + 매출 감소");
    s.adjustments = {adjustment("population", "total", {"3020061000", "3020052000"}, "2020", Adjustment::Op::Add, 2000),
                     adjustment("sales", "amount", {}, "2024Q1", Adjustment::Op::Scale, 0.9),
                     adjustment("living_population", "total", {"11110530"}, "", Adjustment::Op::Add, -500.5)};
    const QByteArray bytes = QJsonDocument(s.toJson()).toJson();
    const Scenario back = Scenario::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(back.name, s.name);
    QCOMPARE(back.adjustments.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.adjustments[i].layer, s.adjustments[i].layer);
        QCOMPARE(back.adjustments[i].field, s.adjustments[i].field);
        QCOMPARE(back.adjustments[i].units, s.adjustments[i].units);
        QCOMPARE(back.adjustments[i].fromTime, s.adjustments[i].fromTime);
        QCOMPARE(back.adjustments[i].op, s.adjustments[i].op);
        QCOMPARE(back.adjustments[i].value, s.adjustments[i].value);
    }
    // Applying the round-tripped scenario gives the same table.
    MeasureTable a = table(), b = table();
    Scenario local;
    local.adjustments = {adjustment("population", "total", {"A", "B"}, "2020", Adjustment::Op::Add, 7)};
    applyScenario(local, QStringLiteral("population"), a);
    applyScenario(Scenario::fromJson(local.toJson()), QStringLiteral("population"), b);
    QCOMPARE(a.columns[0][1], b.columns[0][1]);
    QCOMPARE(a.columns[0][7], 237.0);
    QCOMPARE(b.columns[0][7], 237.0);
}

void TestScenario::describe()
{
    QCOMPARE(adjustment("living_population", "total", {"11110530"}, "2020", Adjustment::Op::Add, 2000).describe(),
             QStringLiteral("living_population.total +2000 in 11110530 from 2020"));
    QCOMPARE(adjustment("sales", "amount", {}, "2024Q1", Adjustment::Op::Scale, 0.9).describe(),
             QStringLiteral("sales.amount ×0.9 in every unit from 2024Q1"));
    QCOMPARE(adjustment("population", "total", {"A", "B"}, "", Adjustment::Op::Add, -500).describe(),
             QStringLiteral("population.total -500 in A, B"));
    QCOMPARE(adjustment("population", "total", {"A", "B", "C", "D", "E", "F"}, "", Adjustment::Op::Scale, 1.1).describe(),
             QStringLiteral("population.total ×1.1 in A, B, C, … (6 units)"));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
