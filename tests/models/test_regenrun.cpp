// Regeneration runs through the project file: inputs read from layers (field sums, scenarios,
// panels with gaps), indicator values (change, share, time prefixes), and runs that survive
// saving and reopening unchanged.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/models/RegenRun.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace dosi;
using namespace dosi::models;

namespace {

// A yearly table of three units: a = 100, 90, 80, 70, 60 (declining), b = 50 each year,
// c = 10, 12, 14, 16, 18; plus "kids" = 10 % of ALL.
MeasureTable yearly()
{
    MeasureTable t;
    t.fields = {QStringLiteral("ALL"), QStringLiteral("kids")};
    t.columns.resize(2);
    for (int y = 2017; y <= 2021; ++y) {
        const int k = y - 2017;
        t.addRow(QStringLiteral("a"), QString::number(y), {100.0 - 10 * k, (100.0 - 10 * k) / 10});
        t.addRow(QStringLiteral("b"), QString::number(y), {50.0, 5.0});
        t.addRow(QStringLiteral("c"), QString::number(y), {10.0 + 2 * k, (10.0 + 2 * k) / 10});
    }
    return t;
}

LayerInfo measureInfo(const QString& name, TimeKind kind, const QStringList& fields)
{
    LayerInfo info;
    info.name = name;
    info.kind = LayerKind::Measure;
    info.timeKind = kind;
    for (const QString& f : fields) info.fields.append(FieldInfo{f, FieldType::Real, {}});
    return info;
}

}  // namespace

class TestRegenRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    std::unique_ptr<ProjectStore> makeProject(const QString& name)
    {
        auto s = ProjectStore::create(m_tmp.filePath(name), QStringLiteral("t"));
        if (!s) qFatal("%s", qPrintable(s.errorMessage()));
        auto store = std::move(s.value());
        if (!store->addMeasureLayer(measureInfo(QStringLiteral("population"), TimeKind::Year, {QStringLiteral("ALL"), QStringLiteral("kids")}), yearly()))
            qFatal("add");
        return store;
    }

private slots:
    void fieldSumsAndScenario()
    {
        auto store = makeProject(QStringLiteral("a.dosi"));
        auto s = readYearSeries(*store, FieldRef{QStringLiteral("population"), QStringLiteral("ALL+kids")});
        QVERIFY(s.ok());
        QCOMPARE(s->value(QStringLiteral("a")).value(2019), 88.0);   // 80 + 8
        Scenario sc;
        sc.name = QStringLiteral("+20 in a from 2020");
        Adjustment adj;
        adj.layer = QStringLiteral("population");
        adj.field = QStringLiteral("ALL");
        adj.units = {QStringLiteral("a")};
        adj.fromTime = QStringLiteral("2020");
        adj.op = Adjustment::Op::Add;
        adj.value = 20;
        sc.adjustments = {adj};
        auto w = readYearSeries(*store, FieldRef{QStringLiteral("population"), QStringLiteral("ALL")}, sc);
        QCOMPARE(w->value(QStringLiteral("a")).value(2019), 80.0);
        QCOMPARE(w->value(QStringLiteral("a")).value(2020), 90.0);
        QCOMPARE(w->value(QStringLiteral("b")).value(2020), 50.0);
        // The project itself is unchanged.
        auto again = readYearSeries(*store, FieldRef{QStringLiteral("population"), QStringLiteral("ALL")});
        QCOMPARE(again->value(QStringLiteral("a")).value(2020), 70.0);
    }

    void indicatorValues()
    {
        auto store = makeProject(QStringLiteral("b.dosi"));
        IndexSpec spec;
        AreaSpec area{IndexArea::Population, {}, 0.5};
        IndicatorSpec change;
        change.id = QStringLiteral("change");
        change.layer = QStringLiteral("population");
        change.field = QStringLiteral("ALL");
        change.change = true;   // 2017 -> 2021
        IndicatorSpec share;
        share.id = QStringLiteral("share");
        share.layer = QStringLiteral("population");
        share.field = QStringLiteral("kids");
        share.denominator = QStringLiteral("ALL");
        share.time = QStringLiteral("2019");
        IndicatorSpec absent;
        absent.id = QStringLiteral("absent");
        absent.layer = QStringLiteral("crime");
        absent.field = QStringLiteral("per_1000");
        area.indicators = {change, share, absent};
        spec.areas = {area};
        const QVector<IndicatorValues> v = readIndicatorValues(*store, spec);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[0].byUnit.value(QStringLiteral("a")), -0.4);   // (60 - 100) / 100
        QCOMPARE(v[0].byUnit.value(QStringLiteral("b")), 0.0);
        QCOMPARE(v[0].byUnit.value(QStringLiteral("c")), 0.8);    // (18 - 10) / 10
        QCOMPARE(v[1].byUnit.value(QStringLiteral("a")), 0.1);
        QVERIFY(v[2].byUnit.isEmpty());
        QVERIFY(v[2].problem.contains(QLatin1String("crime")));
    }

    // Hourly keys with a gap: the panel is consecutive, the gap missing; mostly gaps -> last stretch.
    void panelsWithGaps()
    {
        auto store = makeProject(QStringLiteral("c.dosi"));
        MeasureTable t;
        t.fields = {QStringLiteral("total")};
        t.columns.resize(1);
        for (int h = 0; h < 24; ++h)
            if (h != 5) t.addRow(QStringLiteral("x"), QStringLiteral("2024-01-01T%1").arg(h, 2, 10, QLatin1Char('0')), {double(h)});
        for (int h = 0; h < 3; ++h) t.addRow(QStringLiteral("x"), QStringLiteral("2024-03-01T%1").arg(h, 2, 10, QLatin1Char('0')), {100.0 + h});
        QVERIFY(store->addMeasureLayer(measureInfo(QStringLiteral("hourly"), TimeKind::Hour, {QStringLiteral("total")}), t).ok());
        QStringList notes;
        auto p = readPanel(*store, FieldRef{QStringLiteral("hourly"), QStringLiteral("total")}, {}, {}, &notes);
        QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
        // Jan 1 to Mar 1 is 1,419 hours for 26 values: only the last stretch (3 hours) is kept.
        QCOMPARE(p->times, (QStringList{QStringLiteral("2024-03-01T00"), QStringLiteral("2024-03-01T01"), QStringLiteral("2024-03-01T02")}));
        QCOMPARE(notes.size(), 1);
        // A short gap stays in as a missing value.
        MeasureTable u;
        u.fields = {QStringLiteral("total")};
        u.columns.resize(1);
        for (int h = 0; h < 24; ++h)
            if (h != 5) u.addRow(QStringLiteral("x"), QStringLiteral("2024-01-01T%1").arg(h, 2, 10, QLatin1Char('0')), {double(h)});
        QVERIFY(store->addMeasureLayer(measureInfo(QStringLiteral("hourly2"), TimeKind::Hour, {QStringLiteral("total")}), u).ok());
        auto q = readPanel(*store, FieldRef{QStringLiteral("hourly2"), QStringLiteral("total")});
        QCOMPARE(q->times.size(), 24);
        QVERIFY(isMissing(q->units[0].values[5]));
        QCOMPARE(q->units[0].values[6], 6.0);
    }

    // Business counts ending two years before the population are assessed at their own latest year.
    void businessesEndingEarlier()
    {
        auto store = makeProject(QStringLiteral("e.dosi"));
        MeasureTable biz;
        biz.fields = {QStringLiteral("businesses")};
        biz.columns.resize(1);
        const double counts[] = {100, 99, 98, 97};   // 2016-2019: three declines
        for (int y = 2016; y <= 2019; ++y) biz.addRow(QStringLiteral("b"), QString::number(y), {counts[y - 2016]});
        QVERIFY(store->addMeasureLayer(measureInfo(QStringLiteral("businesses"), TimeKind::Year, {QStringLiteral("businesses")}), biz).ok());
        auto in = readDiagnosisInputs(*store, {});
        QVERIFY2(in.ok(), qPrintable(in.errorMessage()));
        QCOMPARE(in->request.sources.businesses.layer, QStringLiteral("businesses"));
        const DiagnosisResult r = diagnose(in.value());
        QCOMPARE(r.year, 2021);
        QCOMPARE(r.businessYear, 2019);
        for (const UnitDecline& d : r.units)
            if (d.unit == QLatin1String("b")) QCOMPARE(d.businesses.status, CriterionStatus::Met);
    }

    // Diagnosis, index and forecast runs stored, reopened and read back unchanged.
    void runsRoundTrip()
    {
        const QString path = m_tmp.filePath(QStringLiteral("d.dosi"));
        QJsonObject diagDetails, forecastMetrics;
        QVector<double> forecastValues;
        {
            auto store = makeProject(QStringLiteral("d.dosi"));
            auto in = readDiagnosisInputs(*store, {});
            QVERIFY2(in.ok(), qPrintable(in.errorMessage()));
            const DiagnosisResult r = diagnose(in.value());
            QCOMPARE(r.units.size(), 3);
            QCOMPARE(r.units[0].population.status, CriterionStatus::Met);   // a: -40 %
            QVERIFY(saveDiagnosisRun(*store, r, QStringLiteral("base")).ok());

            ForecastRequest fr;
            fr.target = FieldRef{QStringLiteral("population"), QStringLiteral("ALL")};
            fr.options.method = ForecastMethod::LinearTrend;
            fr.options.horizon = 2;
            auto fin = readForecastInputs(*store, fr);
            QVERIFY2(fin.ok(), qPrintable(fin.errorMessage()));
            auto fc = runForecast(fin.value());
            QVERIFY2(fc.ok(), qPrintable(fc.errorMessage()));
            // a falls by 10 a year exactly: the line says 50 and 40.
            QCOMPARE(fc->forecast.units[0].points[0].time, QStringLiteral("2022"));
            QVERIFY(std::abs(fc->forecast.units[0].points[0].value - 50.0) < 1e-6);
            QVERIFY(std::abs(fc->forecast.units[0].points[1].value - 40.0) < 1e-6);
            QVERIFY(saveForecastRun(*store, fc.value()).ok());
            const auto runs = store->runs();
            diagDetails = store->run(runs[0].id)->details;
            forecastMetrics = runs[1].metrics;
            auto layer = store->readMeasures(runs[1].resultLayers.first(), {QStringLiteral("value")});
            forecastValues = layer->columns[0];
            QVERIFY(store->layer(runs[1].resultLayers.first())->estimated);
            QVERIFY(store->save().ok());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.ok());
        const auto runs = opened.value()->runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].kind, QStringLiteral("regen.diagnose"));
        QCOMPARE(runs[0].title, QStringLiteral("base"));
        QCOMPARE(opened.value()->run(runs[0].id)->details, diagDetails);
        QVERIFY(diagDetails.value(QStringLiteral("a")).toObject().value(QStringLiteral("population")).toObject()
                    .value(QStringLiteral("reason")).toString().contains(QLatin1String("40")));
        QCOMPARE(runs[1].metrics, forecastMetrics);
        QCOMPARE(runs[1].model, QStringLiteral("linear"));
        QCOMPARE(opened.value()->readMeasures(runs[1].resultLayers.first(), {QStringLiteral("value")})->columns[0], forecastValues);
        // Same inputs, same fingerprint; a scenario changes it.
        auto in1 = readDiagnosisInputs(*opened.value(), {});
        QCOMPARE(in1->fingerprint, runs[0].fingerprint);
        DiagnosisRequest req;
        Adjustment adj;
        adj.layer = QStringLiteral("population");
        adj.field = QStringLiteral("ALL");
        adj.value = 1;
        req.scenario.adjustments = {adj};
        QVERIFY(readDiagnosisInputs(*opened.value(), req)->fingerprint != runs[0].fingerprint);
    }
};

QTEST_GUILESS_MAIN(TestRegenRun)
#include "test_regenrun.moc"
