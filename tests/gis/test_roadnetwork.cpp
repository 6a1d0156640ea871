// RoadNetwork on hand-built networks with hand-computed travel times: a street grid, one-way
// detours (every one-way spelling), class speeds, node merging, crossings without a shared vertex,
// disconnected parts, snapping onto the middle of an edge, limits, multi-source times, isochrone
// areas against closed forms, and a GeoJSON of roads imported through the real importer.
#include "dosi/core/ProjectStore.h"
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/RoadNetwork.h"
#include "dosi/gis/VectorImport.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

constexpr double kPi = 3.14159265358979323846;
const QPointF O(950000, 1950000);   // an origin in EPSG:5179 metres

QPointF at(double x, double y)
{
    return O + QPointF(x, y);
}

Geometry line(const QVector<QPointF>& local)
{
    Geometry g;
    g.type = Geometry::Type::LineString;
    QVector<QPointF> pts;
    for (const QPointF& p : local) pts << O + p;
    g.lines = {pts};
    return g;
}

struct Roads {
    QVector<Geometry> lines;
    QVector<QVector<QVariant>> values;
    void add(const QVector<QPointF>& pts, const QVariant& speed = {}, const QVariant& cls = {},
             const QVariant& oneway = {})
    {
        lines << line(pts);
        values << QVector<QVariant>{speed, cls, oneway};
    }
    Result<RoadNetwork> build(RoadNetworkOptions o = {}) const
    {
        if (o.speedField.isEmpty()) o.speedField = QStringLiteral("speed");
        if (o.classField.isEmpty()) o.classField = QStringLiteral("class");
        if (o.onewayField.isEmpty()) o.onewayField = QStringLiteral("oneway");
        return RoadNetwork::build(QStringLiteral("test roads"), lines,
                                  {QStringLiteral("speed"), QStringLiteral("class"), QStringLiteral("oneway")}, values,
                                  o);
    }
};

// 3 x 3 nodes, 1 km apart, 60 km/h (1 min per km) except the middle east-west street at 30 km/h.
Roads gridRoads()
{
    Roads r;
    for (int y = 0; y <= 2000; y += 1000)
        r.add({{0, double(y)}, {1000, double(y)}, {2000, double(y)}}, y == 1000 ? 30 : 60);
    for (int x = 0; x <= 2000; x += 1000) r.add({{double(x), 0}, {double(x), 1000}, {double(x), 2000}}, 60);
    return r;
}

double one(const RoadNetwork& net, QPointF from, QPointF to, double limit = std::numeric_limits<double>::infinity())
{
    auto m = net.travelTimes({to}, {from}, limit);
    if (!m) return -1;
    return m->at(0, 0);
}

#define NEAR(actual, expected, tol)                           \
    QVERIFY2(                                                 \
        std::abs(double(actual) - double(expected)) <= (tol), \
        qPrintable(QStringLiteral("%1 = %2, expected %3").arg(#actual).arg(double(actual), 0, 'g', 10).arg(expected)))

}  // namespace

class TestRoadNetwork : public QObject {
    Q_OBJECT
private slots:
    void gridSummaryAndTimes();
    void snapOntoEdgeMiddle();
    void onewayDetour_data();
    void onewayDetour();
    void onewaySplitEdge();
    void classSpeeds();
    void nodeTolerance();
    void crossingWithoutVertex();
    void disconnectedComponents();
    void limitsAndSnapDistance();
    void progressAndCancel();
    void nearestTimesTwoSources();
    void isochroneStraightRoad();
    void isochronePartialOnewayAndUnion();
    void buildErrors();
    void importedGeoJson();
    void largeGridTiming();
};

void TestRoadNetwork::gridSummaryAndTimes()
{
    auto net = gridRoads().build();
    QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
    const RoadNetworkSummary s = net->summary();
    QCOMPARE(s.features, 6);
    QCOMPARE(s.nodes, 9);
    QCOMPARE(s.edges, 24);
    QCOMPARE(s.components, 1);
    QCOMPARE(s.largestComponentNodes, 9);
    QCOMPARE(s.oneWayFeatures, 0);
    NEAR(s.totalKm, 12, 1e-9);

    // Two candidates (corners) x four demand points, times by hand.
    const QVector<QPointF> cand = {at(0, 0), at(2000, 2000)};
    const QVector<QPointF> demand = {at(2000, 2000), at(1000, 1000), at(2000, 1000), at(0, 1000)};
    auto m = net->travelTimes(demand, cand, std::numeric_limits<double>::infinity());
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QCOMPARE(m->unit, QStringLiteral("min"));
    QVERIFY(m->isComplete());
    NEAR(m->at(0, 0), 4, 1e-5);   // 4 km at 60
    NEAR(m->at(1, 0), 2, 1e-5);   // east 1 km, north 1 km (not the slow middle street)
    NEAR(m->at(2, 0), 3, 1e-5);   // east 2 km, north 1 km
    NEAR(m->at(3, 0), 1, 1e-5);
    NEAR(m->at(0, 1), 0, 1e-5);   // the candidate's own spot
    NEAR(m->at(1, 1), 2, 1e-5);
    NEAR(m->at(3, 1), 3, 1e-5);   // west 2 km, south 1 km
    NEAR(m->at(2, 1), 1, 1e-5);
}

void TestRoadNetwork::snapOntoEdgeMiddle()
{
    auto net = gridRoads().build();
    QVERIFY(net.ok());
    // 40 m off the bottom street at x = 500: access 40 m at 15 km/h (250 m/min) = 0.16 min, then 0.5 km.
    NEAR(one(*net, at(0, 0), at(500, 40)), 0.16 + 0.5, 1e-5);
    // Both ends off the road, on different edges: 0.16 + 0.5 + 1 (north) + 0.3 (on to y = 1300) + 0.1 (25 m).
    NEAR(one(*net, at(500, 40), at(975, 1300)), 0.16 + 0.5 + 1 + 0.3 + 0.1, 1e-5);
    // Same edge, both sides: along the edge only.
    NEAR(one(*net, at(100, -10), at(900, 20)), 0.04 + 0.8 + 0.08, 1e-5);
    // Access speed is an option.
    RoadNetworkOptions o;
    o.accessSpeedKmh = 6;   // 100 m/min
    auto slow = gridRoads().build(o);
    QVERIFY(slow.ok());
    NEAR(one(*slow, at(0, 0), at(500, 40)), 0.4 + 0.5, 1e-5);
}

void TestRoadNetwork::onewayDetour_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("eastbound");   // true: only west -> east, false: only east -> west
    for (const char* v : {"1", "Y", "yes", "TRUE", "FT", "T", "y"})
        QTest::newRow(v) << QVariant(QString::fromLatin1(v)) << true;
    QTest::newRow("정방향") << QVariant(QStringLiteral("정방향")) << true;
    QTest::newRow("int 1") << QVariant(qlonglong(1)) << true;
    QTest::newRow("real 1") << QVariant(1.0) << true;
    for (const char* v : {"-1", "TF", "tf"}) QTest::newRow(v) << QVariant(QString::fromLatin1(v)) << false;
    QTest::newRow("역방향") << QVariant(QStringLiteral("역방향")) << false;
    QTest::newRow("int -1") << QVariant(qlonglong(-1)) << false;
}

void TestRoadNetwork::onewayDetour()
{
    QFETCH(QVariant, value);
    QFETCH(bool, eastbound);
    // A one-way street (0,0) -> (1000,0), digitised eastwards, and a two-way detour of 3 km round it.
    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60, {}, value);
    r.add({{1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}, 60, {}, QStringLiteral("N"));
    auto net = r.build();
    QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
    QCOMPARE(net->summary().oneWayFeatures, 1);
    QCOMPARE(net->summary().edges, 1 + 6);
    NEAR(one(*net, at(0, 0), at(1000, 0)), eastbound ? 1 : 3, 1e-5);
    NEAR(one(*net, at(1000, 0), at(0, 0)), eastbound ? 3 : 1, 1e-5);
}

void TestRoadNetwork::onewaySplitEdge()
{
    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60, {}, QStringLiteral("FT"));
    r.add({{1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}, 60);
    auto net = r.build();
    QVERIFY(net.ok());
    // From the middle of the one-way street back to x = 250: on to its end (0.5), round (3), then 0.25.
    NEAR(one(*net, at(500, 0), at(250, 0)), 3.75, 1e-5);
    NEAR(one(*net, at(500, 0), at(750, 0)), 0.25, 1e-5);
    NEAR(one(*net, at(250, 0), at(500, 0)), 0.25, 1e-5);
    // From the detour onto the middle of the one-way street: only through its start.
    NEAR(one(*net, at(1000, 500), at(500, 0)), 0.5 + 1 + 1 + 0.5, 1e-5);
}

void TestRoadNetwork::classSpeeds()
{
    // 0 -> 1500 highway (90 km/h = 1 min), -> 2000 local (20 km/h = 1.5 min), -> 2500 unknown class
    // (default 30 km/h = 1 min), -> 3500 speed field 60 overriding its class (1 min), -> 4000 a speed
    // of 0 falls back to the class (local: 1.5 min).
    Roads r;
    r.add({{0, 0}, {1500, 0}}, {}, QStringLiteral("highway"));
    r.add({{1500, 0}, {2000, 0}}, {}, QStringLiteral(" local "));
    r.add({{2000, 0}, {2500, 0}}, {}, QStringLiteral("alley"));
    r.add({{2500, 0}, {3500, 0}}, QStringLiteral("60"), QStringLiteral("local"));
    r.add({{3500, 0}, {4000, 0}}, 0, QStringLiteral("local"));
    RoadNetworkOptions o;
    o.classSpeeds = {{QStringLiteral("highway"), 90}, {QStringLiteral("local"), 20}};
    auto net = r.build(o);
    QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
    auto m = net->travelTimes({at(1500, 0), at(2000, 0), at(2500, 0), at(3500, 0), at(4000, 0)}, {at(0, 0)},
                              std::numeric_limits<double>::infinity());
    QVERIFY(m.ok());
    NEAR(m->at(0, 0), 1, 1e-5);
    NEAR(m->at(1, 0), 2.5, 1e-5);
    NEAR(m->at(2, 0), 3.5, 1e-5);
    NEAR(m->at(3, 0), 4.5, 1e-5);
    NEAR(m->at(4, 0), 6, 1e-5);
    // Integer class codes (as in 도로등급 fields) match keys written as text.
    Roads codes;
    codes.add({{0, 0}, {1000, 0}}, {}, qlonglong(101));
    RoadNetworkOptions oc;
    oc.classSpeeds = {{QStringLiteral("101"), 80}};
    auto nc = codes.build(oc);
    QVERIFY(nc.ok());
    NEAR(one(*nc, at(0, 0), at(1000, 0)), 0.75, 1e-5);
}

void TestRoadNetwork::nodeTolerance()
{
    // Two lines meeting end to end with a 0.3 m gap.
    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60);
    r.add({{1000.3, 0}, {2000, 0}}, 60);
    auto merged = r.build();   // tolerance 0.5 m
    QVERIFY(merged.ok());
    QCOMPARE(merged->summary().nodes, 3);
    QCOMPARE(merged->summary().components, 1);
    NEAR(one(*merged, at(0, 0), at(2000, 0)), 2, 1e-5);
    RoadNetworkOptions tight;
    tight.nodeTolerance = 0.1;
    auto apart = r.build(tight);
    QVERIFY(apart.ok());
    QCOMPARE(apart->summary().nodes, 4);
    QCOMPARE(apart->summary().components, 2);
    QCOMPARE(apart->summary().largestComponentNodes, 2);
    auto m = apart->travelTimes({at(2000, 0)}, {at(0, 0)}, std::numeric_limits<double>::infinity());
    QVERIFY(!m.ok());
}

void TestRoadNetwork::crossingWithoutVertex()
{
    // An overpass: the lines cross at (500, 0) without a shared vertex, so they do not connect.
    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60);
    r.add({{500, -500}, {500, 500}}, 60);
    auto net = r.build();
    QVERIFY(net.ok());
    QCOMPARE(net->summary().components, 2);
    auto m = net->travelTimes({at(500, 500), at(1000, 0)}, {at(0, 0)}, std::numeric_limits<double>::infinity());
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QVERIFY(std::isnan(m->at(0, 0)));
    NEAR(m->at(1, 0), 1, 1e-5);
    // With a shared vertex they connect.
    Roads j;
    j.add({{0, 0}, {500, 0}, {1000, 0}}, 60);
    j.add({{500, -500}, {500, 0}, {500, 500}}, 60);
    auto joined = j.build();
    QVERIFY(joined.ok());
    NEAR(one(*joined, at(0, 0), at(500, 500)), 1, 1e-5);
}

void TestRoadNetwork::disconnectedComponents()
{
    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60);
    r.add({{10000, 0}, {11000, 0}}, 60);
    auto net = r.build();
    QVERIFY(net.ok());
    QCOMPARE(net->summary().components, 2);
    // Demand only along the other part: a clear error naming the layer.
    auto m = net->travelTimes({at(10500, 10), at(11000, 0)}, {at(0, 0), at(200, 5)}, 10);
    QVERIFY(!m.ok());
    QVERIFY2(m.errorMessage().contains(QStringLiteral("\"test roads\"")), qPrintable(m.errorMessage()));
    QVERIFY2(m.errorMessage().contains(QStringLiteral("No demand point can be reached within 10 minutes")),
             qPrintable(m.errorMessage()));
    QVERIFY2(m.errorMessage().contains(QStringLiteral("2 of 2 demand points and 2 of 2 candidates")),
             qPrintable(m.errorMessage()));
    // Demand on both parts: only the connected one gets a cost.
    auto both = net->travelTimes({at(10500, 0), at(600, 0)}, {at(0, 0)}, 10);
    QVERIFY2(both.ok(), qPrintable(both.errorMessage()));
    QCOMPARE(both->pairCount(), 1);
    NEAR(both->at(1, 0), 0.6, 1e-5);
    // No candidate near any road.
    auto off = net->travelTimes({at(0, 0)}, {at(5000, 5000)}, 10);
    QVERIFY(!off.ok());
    QVERIFY2(off.errorMessage().contains(QStringLiteral(
                 "None of the 1 candidate sites lies within 500 m of a road in the layer \"test roads\"")),
             qPrintable(off.errorMessage()));
    auto offDemand = net->travelTimes({at(5000, 5000)}, {at(0, 0)}, 10);
    QVERIFY(!offDemand.ok());
    QVERIFY2(offDemand.errorMessage().contains(QStringLiteral("None of the 1 demand points")),
             qPrintable(offDemand.errorMessage()));
}

void TestRoadNetwork::limitsAndSnapDistance()
{
    auto net = gridRoads().build();
    QVERIFY(net.ok());
    // Limit 2.5 min from the corner: (1000,1000) at 2 is kept, (2000,1000) at 3 is not; 2.5 exactly is kept.
    auto m = net->travelTimes({at(1000, 1000), at(2000, 1000), at(1250, 1000)}, {at(0, 0)}, 2.5);
    QVERIFY(m.ok());
    QCOMPARE(m->limit, 2.5);
    NEAR(m->at(0, 0), 2, 1e-5);
    QVERIFY(std::isnan(m->at(1, 0)));
    NEAR(m->at(2, 0), 2.5, 1e-5);   // 1 + 1 + 0.25 km at 30 km/h (0.5)
    // A point 600 m from every road is unreachable with the default 500 m; reachable with 700 m.
    const QPointF far = at(-600, 1000);
    auto u = net->travelTimes({far, at(0, 1000)}, {at(0, 0)}, std::numeric_limits<double>::infinity());
    QVERIFY(u.ok());
    QVERIFY(std::isnan(u->at(0, 0)));
    NEAR(u->at(1, 0), 1, 1e-5);
    RoadNetworkOptions wide;
    wide.maxSnapDistance = 700;
    auto w = gridRoads().build(wide);
    QVERIFY(w.ok());
    NEAR(one(*w, at(0, 0), far), 1 + 600.0 / 250.0, 1e-5);
}

void TestRoadNetwork::progressAndCancel()
{
    auto net = gridRoads().build();
    QVERIFY(net.ok());
    QVector<QPair<int, int>> calls;
    auto m = net->travelTimes({at(0, 0)}, {at(0, 0), at(1000, 0), at(2000, 0)}, 5, [&](int done, int total) {
        calls << qMakePair(done, total);
        return true;
    });
    QVERIFY(m.ok());
    QCOMPARE(calls, (QVector<QPair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    NEAR(m->at(0, 2), 2, 1e-5);
    auto c = net->travelTimes({at(0, 0)}, {at(0, 0), at(1000, 0)}, 5, [](int done, int) { return done < 1; });
    QVERIFY(!c.ok());
    QVERIFY2(c.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(c.errorMessage()));
}

void TestRoadNetwork::nearestTimesTwoSources()
{
    // A straight road of 4 km at 60 km/h with fire stations at both ends.
    Roads r;
    r.add({{0, 0}, {1000, 0}, {2000, 0}, {3000, 0}, {4000, 0}}, 60);
    auto net = r.build();
    QVERIFY(net.ok());
    const QVector<double> t =
        net->nearestTimes({at(0, 0), at(4000, 0)}, {at(1000, 0), at(2500, 0), at(3900, 50), at(2000, 3000), at(0, 0)});
    QCOMPARE(t.size(), 5);
    NEAR(t[0], 1, 1e-9);
    NEAR(t[1], 1.5, 1e-9);
    NEAR(t[2], 0.1 + 0.2, 1e-9);   // 100 m on the road, 50 m access at 250 m/min
    QVERIFY(std::isinf(t[3]));     // 3 km from the road
    NEAR(t[4], 0, 1e-9);
    // A source on the target's own edge, off the road.
    const QVector<double> s = net->nearestTimes({at(2200, -25)}, {at(2600, 0), at(1000, 0)});
    NEAR(s[0], 0.1 + 0.4, 1e-9);
    NEAR(s[1], 0.1 + 1.2, 1e-9);
    // With a one-way road, a source downstream cannot serve upstream targets.
    Roads ow;
    ow.add({{0, 0}, {1000, 0}, {2000, 0}}, 60, {}, QStringLiteral("FT"));
    auto one = ow.build();
    QVERIFY(one.ok());
    const QVector<double> o = one->nearestTimes({at(1000, 0)}, {at(1500, 0), at(500, 0)});
    NEAR(o[0], 0.5, 1e-9);
    QVERIFY(std::isinf(o[1]));
    QVERIFY(std::isinf(net->nearestTimes({at(9000, 9000)}, {at(0, 0)}).value(0)));
}

void TestRoadNetwork::isochroneStraightRoad()
{
    // A 10 km road at 60 km/h, vertices every km; 1 minute from the middle reaches 1 km each way.
    Roads r;
    QVector<QPointF> pts;
    for (int x = -5000; x <= 5000; x += 1000) pts << QPointF(x, 0);
    r.add(pts, 60);
    auto net = r.build();
    QVERIFY(net.ok());
    auto iso = net->isochrone({at(0, 0)}, 1, 100);
    QVERIFY2(iso.ok(), qPrintable(iso.errorMessage()));
    QCOMPARE(iso->type, Geometry::Type::MultiPolygon);
    QCOMPARE(iso->polygons.size(), 1);
    const double expected = 2000 * 200 + kPi * 100 * 100;
    const double a = area(*iso);
    QVERIFY2(std::abs(a - expected) / expected < 0.01,
             qPrintable(QStringLiteral("area %1, expected %2").arg(a).arg(expected)));
    const Envelope e = iso->envelope();
    NEAR(e.minX - O.x(), -1100, 0.5);
    NEAR(e.maxX - O.x(), 1100, 0.5);
    NEAR(e.minY - O.y(), -100, 0.5);
    NEAR(e.maxY - O.y(), 100, 0.5);

    // 1.5 minutes: the reach ends in the middle of an edge (x = +-1500).
    auto mid = net->isochrone({at(0, 0)}, 1.5, 100);
    QVERIFY(mid.ok());
    const double expectedMid = 3000 * 200 + kPi * 100 * 100;
    QVERIFY(std::abs(area(*mid) - expectedMid) / expectedMid < 0.01);
    NEAR(mid->envelope().maxX - O.x(), 1600, 0.5);

    // A source 60 m off the road: 60 m at 250 m/min = 0.24 min of access, then 0.76 km each way;
    // the access leg is part of the area.
    auto off = net->isochrone({at(0, 60)}, 1, 100);
    QVERIFY(off.ok());
    NEAR(off->envelope().maxY - O.y(), 160, 0.5);
    NEAR(off->envelope().maxX - O.x(), 860, 0.5);

    auto bad = net->isochrone({at(0, 0)}, 0, 100);
    QVERIFY(!bad.ok());
    auto nowhere = net->isochrone({at(0, 9000)}, 1, 100);
    QVERIFY(!nowhere.ok());
    QVERIFY2(nowhere.errorMessage().contains(QStringLiteral("\"test roads\"")), qPrintable(nowhere.errorMessage()));
}

void TestRoadNetwork::isochronePartialOnewayAndUnion()
{
    // One-way eastwards: only 1 km forward from the source.
    Roads r;
    r.add({{-5000, 0}, {-1000, 0}, {0, 0}, {1000, 0}, {5000, 0}}, 60, {}, QStringLiteral("FT"));
    auto net = r.build();
    QVERIFY(net.ok());
    auto iso = net->isochrone({at(0, 0)}, 1, 100);
    QVERIFY(iso.ok());
    const double expected = 1000 * 200 + kPi * 100 * 100;
    QVERIFY2(std::abs(area(*iso) - expected) / expected < 0.01, qPrintable(QString::number(area(*iso))));
    NEAR(iso->envelope().minX - O.x(), -100, 0.5);
    NEAR(iso->envelope().maxX - O.x(), 1100, 0.5);

    // Two-way, two sources 1 km apart, 1 minute each: overlapping reaches merge into one polygon
    // from -1500 to 1500.
    Roads two;
    two.add({{-5000, 0}, {-1000, 0}, {0, 0}, {1000, 0}, {5000, 0}}, 60);
    auto net2 = two.build();
    QVERIFY(net2.ok());
    auto u = net2->isochrone({at(-500, 0), at(500, 0)}, 1, 100);
    QVERIFY(u.ok());
    QCOMPARE(u->polygons.size(), 1);
    const double expectedU = 3000 * 200 + kPi * 100 * 100;
    QVERIFY2(std::abs(area(*u) - expectedU) / expectedU < 0.01, qPrintable(QString::number(area(*u))));
    // Far apart: two polygons.
    auto apart = net2->isochrone({at(-3000, 0), at(3000, 0)}, 1, 100);
    QVERIFY(apart.ok());
    QCOMPARE(apart->polygons.size(), 2);
    NEAR(area(*apart), 2 * (2000 * 200 + kPi * 100 * 100), 0.01 * 2 * (2000 * 200 + kPi * 100 * 100));
}

void TestRoadNetwork::buildErrors()
{
    Geometry poly;
    poly.type = Geometry::Type::MultiPolygon;
    poly.polygons = {Polygon{{Ring{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}};
    auto none = RoadNetwork::build(QStringLiteral("dongs"), {poly, Geometry::point(1, 1)}, {}, {}, {});
    QVERIFY(!none.ok());
    QVERIFY2(none.errorMessage().contains(QStringLiteral("\"dongs\" has no line geometry")),
             qPrintable(none.errorMessage()));
    auto degenerate = RoadNetwork::build(QStringLiteral("dots"), {line({{0, 0}, {0.1, 0}})}, {}, {}, {});
    QVERIFY(!degenerate.ok());

    Roads r;
    r.add({{0, 0}, {1000, 0}}, 60);
    RoadNetworkOptions o;
    o.speedField = QStringLiteral("maxspeed");
    auto field = r.build(o);
    QVERIFY(!field.ok());
    QCOMPARE(field.errorMessage(),
             QStringLiteral("The road layer \"test roads\" has no field \"maxspeed\" (its fields are: "
                            "speed, class, oneway)."));
    RoadNetworkOptions zero;
    zero.defaultSpeedKmh = 0;
    QVERIFY(!r.build(zero).ok());
    RoadNetworkOptions badClass;
    badClass.classSpeeds = {{QStringLiteral("x"), -3}};
    auto bc = r.build(badClass);
    QVERIFY(!bc.ok());
    QVERIFY2(bc.errorMessage().contains(QStringLiteral("\"x\"")), qPrintable(bc.errorMessage()));
    // Field names match case-insensitively.
    RoadNetworkOptions upper;
    upper.speedField = QStringLiteral("SPEED");
    QVERIFY(r.build(upper).ok());
}

void TestRoadNetwork::importedGeoJson()
{
    const QString path = QStringLiteral(DOSI_TEST_DATA "/roads/town_roads.geojson");
    auto imported = importVector(path, QStringLiteral("roads"), {});
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->report.sourceCrs, QStringLiteral("EPSG:5179"));
    QCOMPARE(imported->features.size(), 6);
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("roads.dosi")), QStringLiteral("roads"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QVERIFY((*store)->addFeatureLayer(imported->info, imported->features).ok());

    RoadNetworkOptions o;
    o.speedField = QStringLiteral("speed");
    o.classField = QStringLiteral("class");
    o.onewayField = QStringLiteral("oneway");
    o.classSpeeds = {
        {QStringLiteral("arterial"), 50}, {QStringLiteral("local"), 30}, {QStringLiteral("collector"), 40}};
    o.defaultSpeedKmh = 20;
    auto net = RoadNetwork::fromLayer(**store, QStringLiteral("roads"), o);
    QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
    const RoadNetworkSummary s = net->summary();
    QCOMPARE(s.features, 6);
    QCOMPARE(s.nodes, 13);       // West Ave's and East Ave's ends (0.2 and 0.3 m off) merge
    QCOMPARE(s.edges, 25);       // 13 segments, One-way Ln one way
    QCOMPARE(s.components, 2);   // Far Rd stands alone
    QCOMPARE(s.largestComponentNodes, 11);
    QCOMPARE(s.oneWayFeatures, 1);
    NEAR(s.totalKm, 8, 1e-3);

    // From the south-west corner to where One-way Ln meets North St: One-way Ln runs south only, so
    // West Ave (1 km at 40 = 1.5) + North St (1 km at 30 = 2) = 3.5; back: One-way Ln (1 km at 30 =
    // 2) + Main St (1 km at 60 = 1) = 3. To the north-east corner: Main St 2 + East Ave (speed 0,
    // class unknown: default 20 km/h, 3) = 5.
    const QPointF sw(950000, 1950000), mid(951000, 1951000), ne(952000, 1951000);
    auto m = net->travelTimes({mid, ne, QPointF(960500, 1960000)}, {sw, mid}, 30);
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    NEAR(m->at(0, 0), 3.5, 1e-4);
    NEAR(m->at(1, 0), 5, 1e-4);
    QVERIFY(std::isnan(m->at(2, 0)));
    NEAR(m->at(0, 1), 0, 1e-4);
    NEAR(m->at(1, 1), 2, 1e-4);
    auto back = net->travelTimes({sw}, {mid}, 30);
    QVERIFY(back.ok());
    NEAR(back->at(0, 0), 3, 1e-4);

    auto missing = RoadNetwork::fromLayer(**store, QStringLiteral("streets"), o);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("\"streets\"")), qPrintable(missing.errorMessage()));
}

void TestRoadNetwork::largeGridTiming()
{
    // A 200 x 200 street grid, 100 m blocks (80,000 segments), 100 candidates x 20,000 demand points, 5 minutes.
    Roads r;
    const int n = 200;
    for (int k = 0; k < n; ++k) {
        QVector<QPointF> h, v;
        for (int i = 0; i < n; ++i) {
            h << QPointF(i * 100.0, k * 100.0);
            v << QPointF(k * 100.0, i * 100.0);
        }
        r.add(h, 30);
        r.add(v, 30);
    }
    QElapsedTimer t;
    t.start();
    auto net = r.build();
    QVERIFY(net.ok());
    const double buildMs = t.nsecsElapsed() / 1e6;
    QCOMPARE(net->summary().nodes, n * n);
    QVector<QPointF> demand, cand;
    for (int i = 0; i < 20000; ++i) demand << at((i * 7919) % 19900 + 10.0, (i * 104729) % 19900 + 40.0);
    for (int j = 0; j < 100; ++j) cand << at((j * 1543) % 19900 + 0.0, (j * 3571) % 19900 + 0.0);
    t.restart();
    auto m = net->travelTimes(demand, cand, 5);
    QVERIFY(m.ok());
    const double ttMs = t.nsecsElapsed() / 1e6;
    // Spot-check one pair against nearestTimes from that candidate alone.
    const int i = 0;
    double best = std::numeric_limits<double>::infinity();
    int bestJ = -1;
    for (qint64 k = m->rowStart[i]; k < m->rowStart[i + 1]; ++k)
        if (m->cost[k] < best) best = m->cost[k], bestJ = m->col[k];
    if (bestJ >= 0) NEAR(net->nearestTimes({cand[bestJ]}, {demand[i]}).value(0), best, 1e-4);
    t.restart();
    auto iso = net->isochrone({at(10000, 10000)}, 5, 50);
    QVERIFY(iso.ok());
    const double isoMs = t.nsecsElapsed() / 1e6;
    qInfo("200x200 grid: build %.0f ms, travelTimes 100 x 20000 within 5 min %.0f ms (%lld pairs), isochrone %.0f ms",
          buildMs, ttMs, m->pairCount(), isoMs);
}

QTEST_GUILESS_MAIN(TestRoadNetwork)
#include "test_roadnetwork.moc"
