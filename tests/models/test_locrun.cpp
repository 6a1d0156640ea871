// Location scenarios through the project file (LocationRun.h): weights from a measure layer at an hour
// range, a study area, existing facilities, stored runs and scenarios that survive reopening, and a
// cancelled run that stores nothing.
//
// The fixture is a hand-made 4 x 1 row of 1 km square "dongs" (a, b, c, d) with point candidates at
// their centres; weights are TEST FIXTURES (made up for the test, not data).

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/Geometry.h"
#include "dosi/models/LocationRun.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace dosi;
using namespace dosi::models;

namespace {

gis::Geometry square(double x0, double y0, double size)
{
    gis::Geometry g;
    g.type = gis::Geometry::Type::Polygon;
    g.polygons = {gis::Polygon{{gis::Ring{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}}};
    return g;
}

FeatureRecord record(const gis::Geometry& g, const QVector<QVariant>& values)
{
    FeatureRecord f;
    f.wkb = g.toWkb();
    f.envelope = g.envelope();
    f.values = values;
    return f;
}

LayerInfo featureInfo(const QString& name, LayerKind kind, const QStringList& fields)
{
    LayerInfo info;
    info.name = name;
    info.kind = kind;
    info.codeField = fields.first();
    info.labelField = fields.first();
    for (const QString& f : fields) info.fields.append(FieldInfo{f, f == QLatin1String("pop") ? FieldType::Real : FieldType::Text, {}});
    return info;
}

constexpr double X0 = 950000, Y0 = 1950000;

}  // namespace

class TestLocRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    std::unique_ptr<ProjectStore> makeProject(const QString& name)
    {
        auto s = ProjectStore::create(m_tmp.filePath(name), QStringLiteral("t"));
        if (!s) qFatal("%s", qPrintable(s.errorMessage()));
        auto store = std::move(s.value());
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        QVector<FeatureRecord> dongs, sites, areas;
        for (int k = 0; k < 4; ++k) {
            dongs << record(square(X0 + 1000 * k, Y0, 1000), {ids[k], 10.0 * (k + 1)});
            sites << record(gis::Geometry::point(X0 + 1000 * k + 500, Y0 + 500), {QStringLiteral("s") + ids[k]});
        }
        // Study area: the first three dongs ("west"), the last one ("east").
        areas << record(square(X0, Y0, 1000), {QStringLiteral("west")});
        areas.last().wkb = [] {
            gis::Geometry g;
            g.type = gis::Geometry::Type::Polygon;
            g.polygons = {gis::Polygon{{gis::Ring{{X0, Y0}, {X0 + 3000, Y0}, {X0 + 3000, Y0 + 1000}, {X0, Y0 + 1000}, {X0, Y0}}}}};
            return g.toWkb();
        }();
        areas << record(square(X0 + 3000, Y0, 1000), {QStringLiteral("east")});
        if (!store->addFeatureLayer(featureInfo(QStringLiteral("dong"), LayerKind::Boundaries, {QStringLiteral("code"), QStringLiteral("pop")}), dongs))
            qFatal("dong");
        if (!store->addFeatureLayer(featureInfo(QStringLiteral("sites"), LayerKind::Points, {QStringLiteral("id")}), sites))
            qFatal("sites");
        if (!store->addFeatureLayer(featureInfo(QStringLiteral("area"), LayerKind::Boundaries, {QStringLiteral("part")}), areas))
            qFatal("area");
        QVector<FeatureRecord> existing{record(gis::Geometry::point(X0 + 3500, Y0 + 500), {QStringLiteral("station")})};
        if (!store->addFeatureLayer(featureInfo(QStringLiteral("existing"), LayerKind::Points, {QStringLiteral("id")}), existing))
            qFatal("existing");
        // Hourly living population: unit a is 100 at 03 h, 200 at 04 h, 300 at 05 h and 1000 at 14 h.
        LayerInfo lp;
        lp.name = QStringLiteral("living");
        lp.kind = LayerKind::Measure;
        lp.geometryLayer = QStringLiteral("dong");
        lp.timeKind = TimeKind::Hour;
        lp.fields = {FieldInfo{QStringLiteral("total"), FieldType::Real, {}}};
        MeasureTable t;
        t.fields = {QStringLiteral("total")};
        t.columns.resize(1);
        for (int k = 0; k < 4; ++k) {
            const double f = k + 1;
            t.addRow(ids[k], QStringLiteral("2019-03-06T03"), {100 * f});
            t.addRow(ids[k], QStringLiteral("2019-03-06T04"), {200 * f});
            t.addRow(ids[k], QStringLiteral("2019-03-06T05"), {300 * f});
            t.addRow(ids[k], QStringLiteral("2019-03-06T14"), {1000 * f});
        }
        if (!store->addMeasureLayer(lp, t)) qFatal("living");
        return store;
    }

    LocationScenario scenario()
    {
        LocationScenario s;
        s.name = QStringLiteral("night");
        s.type = FacilityType::FireStation;
        s.model = LocationModel::Mclp;
        s.demandLayer = QStringLiteral("dong");
        s.weightLayer = QStringLiteral("living");
        s.weightField = QStringLiteral("total");
        s.weightTime = QStringLiteral("03..05");
        s.candidateLayer = QStringLiteral("sites");
        s.radius = 600;
        s.p = 1;
        return s;
    }

private slots:
    void scenarioJsonRoundTrip()
    {
        LocationScenario s = scenario();
        s.drawnCandidates = {QPointF(1, 2), QPointF(3, 4)};
        s.distance = DistanceMode::Network;
        s.roadLayer = QStringLiteral("roads");
        s.roadOptions.classSpeeds[QStringLiteral("main")] = 50;
        s.areaLayer = QStringLiteral("area");
        s.areaField = QStringLiteral("part");
        s.areaValues = {QStringLiteral("west")};
        s.timeLimitSeconds = std::numeric_limits<double>::infinity();
        const LocationScenario b = LocationScenario::fromJson(s.toJson());
        QCOMPARE(b.toJson(), s.toJson());
        QCOMPARE(b.drawnCandidates.size(), 2);
        QCOMPARE(b.roadOptions.classSpeeds.value(QStringLiteral("main")), 50.0);
        QVERIFY(std::isinf(b.timeLimitSeconds));
    }

    void weightsAtAnHourRange()
    {
        auto store = makeProject(QStringLiteral("w.dosi"));
        auto in = readLocationInputs(*store, scenario());
        QVERIFY2(in, qPrintable(in.errorMessage()));
        QCOMPARE(in->problem.demandIds, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        // Mean of 03, 04 and 05 h: 200 * (k + 1); 14 h is left out.
        QCOMPARE(in->problem.weights, (QVector<double>{200, 400, 600, 800}));
        QCOMPARE(in->demandPoints.at(1), QPointF(X0 + 1500, Y0 + 500));
        LocationScenario one = scenario();
        one.weightTime = QStringLiteral("2019-03-06T14");
        auto in14 = readLocationInputs(*store, one);
        QVERIFY(in14);
        QCOMPARE(in14->problem.weights, (QVector<double>{1000, 2000, 3000, 4000}));
        LocationScenario own = scenario();
        own.weightLayer.clear();
        own.weightField = QStringLiteral("pop");
        auto inOwn = readLocationInputs(*store, own);
        QVERIFY(inOwn);
        QCOMPARE(inOwn->problem.weights, (QVector<double>{10, 20, 30, 40}));
    }

    void studyAreaAndExisting()
    {
        auto store = makeProject(QStringLiteral("a.dosi"));
        LocationScenario s = scenario();
        s.areaLayer = QStringLiteral("area");
        s.areaField = QStringLiteral("part");
        s.areaValues = {QStringLiteral("west")};
        s.existingLayer = QStringLiteral("existing");
        auto in = readLocationInputs(*store, s);
        QVERIFY2(in, qPrintable(in.errorMessage()));
        QCOMPARE(in->problem.demandIds.size(), 3);          // d is east
        // The station (in d) is 1,000 m from c's point, beyond the 600 m radius of all west demand: left out.
        QCOMPARE(in->problem.candidateIds.size(), 3);       // sa, sb, sc
        QVERIFY(in->problem.required.isEmpty());
        QVERIFY(in->notes.join(QLatin1Char(' ')).contains(QStringLiteral("left out")));
        s.radius = 1200;                                    // now it reaches c
        in = readLocationInputs(*store, s);
        QVERIFY2(in, qPrintable(in.errorMessage()));
        QCOMPARE(in->problem.candidateIds.size(), 4);       // sa, sb, sc + the existing station
        QCOMPARE(in->problem.required, QVector<int>{3});
        QCOMPARE(in->problem.candidateIds.last(), QStringLiteral("existing:station"));
        s.areaValues = {QStringLiteral("north")};
        auto bad = readLocationInputs(*store, s);
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QStringLiteral("north")));
    }

    void storedRunSurvivesReopening()
    {
        const QString path = m_tmp.filePath(QStringLiteral("r.dosi"));
        qint64 id = 0;
        QJsonObject figures;
        {
            auto store = makeProject(QStringLiteral("r.dosi"));
            LocationScenario s = scenario();
            s.existingLayer = QStringLiteral("existing");
            auto in = readLocationInputs(*store, s);
            QVERIFY(in);
            auto run = runLocation(in.value(), {});
            QVERIFY2(run, qPrintable(run.errorMessage()));
            // With the station covering d (800), one new site covers the most of a, b, c: c (600).
            QCOMPARE(run->solution.coveredDemand, 1400.0);
            QCOMPARE(run->solution.newSites.size(), 1);
            QCOMPARE(run->inputs.problem.candidateIds.at(run->solution.newSites.first()), QStringLiteral("sc"));
            QCOMPARE(run->areas.size(), 2);   // a 600 m circle per open site
            QVERIFY(std::abs(run->areas.first().envelope().width() - 1200) < 1);
            figures = locationJson(run.value());
            auto saved = saveLocationRun(*store, run.value());
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
            id = saved.value();
            QVERIFY(saveScenario(*store, s));
            QVERIFY(store->save());
        }
        auto reopened = ProjectStore::open(path);
        QVERIFY(reopened);
        const auto runs = locationRuns(*reopened.value());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().run.id, id);
        QCOMPARE(runs.first().run.kind, QStringLiteral("locate.mclp"));
        QCOMPARE(runs.first().figures.value(QStringLiteral("covered_demand")).toDouble(), 1400.0);
        QCOMPARE(runs.first().figures.value(QStringLiteral("selected")), figures.value(QStringLiteral("selected")));
        QCOMPARE(runs.first().run.resultLayers.size(), 3);
        // The coverage layer over the dongs: d covered by the station at cost 0, a not covered.
        auto cov = reopened.value()->readMeasures(QStringLiteral("loc_coverage_1"));
        QVERIFY(cov);
        QCOMPARE(cov->rowCount(), 4);
        QCOMPARE(cov->columns[0], (QVector<double>{0, 0, 1, 1}));
        QCOMPARE(cov->columns[1][3], 0.0);
        auto sites = reopened.value()->readFeatures(QStringLiteral("loc_sites_1"));
        QVERIFY(sites);
        QCOMPARE(sites->size(), 2);
        const auto scenarios = savedScenarios(*reopened.value());
        QCOMPARE(scenarios.size(), 1);
        QCOMPARE(scenarios.first().toJson(), LocationScenario::fromJson(runs.first().run.params).toJson());
        QVERIFY(removeScenario(*reopened.value(), QStringLiteral("night")));
        QVERIFY(savedScenarios(*reopened.value()).isEmpty());
        QVERIFY(!removeScenario(*reopened.value(), QStringLiteral("night")));
    }

    void cancelledRunStoresNothing()
    {
        auto store = makeProject(QStringLiteral("c.dosi"));
        auto in = readLocationInputs(*store, scenario());
        QVERIFY(in);
        SolveOptions o;
        o.keepGoing = [] { return false; };
        auto run = runLocation(in.value(), o);
        QVERIFY(run);
        QVERIFY(run->solution.cancelled);
        const int layers = int(store->layers().size());
        QVERIFY(!saveLocationRun(*store, run.value()));
        QCOMPARE(int(store->layers().size()), layers);
        QVERIFY(store->runs().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocRun)
#include "test_locrun.moc"
