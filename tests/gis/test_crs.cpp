// CoordinateTransform: golden values computed once with GDAL's command-line tool and round trips.
#include "dosi/gis/Crs.h"
#include "dosi/gis/GeosOps.h"

#include <QtTest>
#include <cmath>

using namespace dosi::gis;

class TestCrs : public QObject {
    Q_OBJECT
private slots:
    void knownPoint();
    void gridOrigin_data();
    void gridOrigin();
    void roundTrip();
    void bulkAndGeometry();
    void proj4String();
    void invalidCrs();
    void moveOnly();
};

void TestCrs::knownPoint()
{
    // Golden value, computed once with:
    //   echo "127.0 37.5" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:5179 -output_xy
    //   -> 955804.816341383 1944643.71578853      (GDAL 3.6.2 / PROJ 9.1)
    auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QVERIFY(t->isValid());
    const QPointF p = t->transform(QPointF(127.0, 37.5));
    QVERIFY(std::abs(p.x() - 955804.816341383) < 1e-3);
    QVERIFY(std::abs(p.y() - 1944643.71578853) < 1e-3);
}

void TestCrs::gridOrigin_data()
{
    QTest::addColumn<double>("e");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    // SOURCES.md §7.3: the 국가지점번호 base point (E 700,000, N 1,300,000) and the cell 다사52505325
    // (E 952,500, N 1,953,250). Golden lon/lat computed once with:
    //   printf "700000 1300000\n952500 1953250\n" | gdaltransform -s_srs EPSG:5179 -t_srs EPSG:4326
    //   -> 124.336637601467 31.648420634732 / 126.962055588021 37.5774060805227
    QTest::newRow("grid base point") << 700000.0 << 1300000.0 << 124.336637601467 << 31.648420634732;
    QTest::newRow("다사52505325") << 952500.0 << 1953250.0 << 126.962055588021 << 37.5774060805227;
}

void TestCrs::gridOrigin()
{
    QFETCH(double, e);
    QFETCH(double, n);
    QFETCH(double, lon);
    QFETCH(double, lat);
    auto inv = CoordinateTransform::create(QStringLiteral("EPSG:5179"), QStringLiteral("EPSG:4326"));
    QVERIFY2(inv.ok(), qPrintable(inv.errorMessage()));
    const QPointF ll = inv->transform(QPointF(e, n));
    QVERIFY(std::abs(ll.x() - lon) < 1e-9);
    QVERIFY(std::abs(ll.y() - lat) < 1e-9);
    auto fwd = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"));
    const QPointF en = fwd->transform(QPointF(lon, lat));
    QVERIFY(std::abs(en.x() - e) < 1e-3);
    QVERIFY(std::abs(en.y() - n) < 1e-3);
    if (QByteArray(QTest::currentDataTag()) == "grid base point") {
        // Published as 124°20'11"E, 31°38'51"N (on an older datum): agree within a few arc seconds.
        QVERIFY(std::abs(ll.x() - (124 + 20 / 60.0 + 11 / 3600.0)) < 5 / 3600.0);
        QVERIFY(std::abs(ll.y() - (31 + 38 / 60.0 + 51 / 3600.0)) < 5 / 3600.0);
    }
}

void TestCrs::roundTrip()
{
    auto fwd = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"));
    auto back = CoordinateTransform::create(QStringLiteral("EPSG:5179"), QStringLiteral("EPSG:4326"));
    QVERIFY(fwd.ok() && back.ok());
    const QPointF start(127.0, 37.5);
    const QPointF there = fwd->transform(start);
    const QPointF again = back->transform(there);
    QVERIFY(std::abs(again.x() - start.x()) < 1e-6);
    QVERIFY(std::abs(again.y() - start.y()) < 1e-6);
    const QPointF inv = fwd->inverse(there);
    QVERIFY(std::abs(inv.x() - start.x()) < 1e-6);
    QVERIFY(std::abs(inv.y() - start.y()) < 1e-6);

    // 5186 (Central Belt 2010) <-> 5179 through a round trip.
    auto a = CoordinateTransform::create(QStringLiteral("EPSG:5179"), QStringLiteral("EPSG:5186"));
    auto b = CoordinateTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:5179"));
    const QPointF p(952500, 1953250);
    const QPointF q = b->transform(a->transform(p));
    QVERIFY(std::abs(q.x() - p.x()) < 1e-4 && std::abs(q.y() - p.y()) < 1e-4);
}

void TestCrs::bulkAndGeometry()
{
    auto fwd = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"));
    QVector<QPointF> pts = {{127.0, 37.5}, {126.962055588021, 37.5774060805227}};
    QVERIFY(fwd->transformInPlace(pts));
    QVERIFY(std::abs(pts[0].x() - 955804.816341383) < 1e-3);
    QVERIFY(std::abs(pts[1].y() - 1953250.0) < 1e-3);

    // A 0.01° square keeps its shape: area in 5179 close to the geodesic estimate.
    Geometry sq;
    sq.type = Geometry::Type::Polygon;
    sq.polygons = {Polygon{{Ring{{127.0, 37.5}, {127.01, 37.5}, {127.01, 37.51}, {127.0, 37.51}, {127.0, 37.5}}}}};
    const Geometry m = fwd->transform(sq);
    QCOMPARE(m.type, Geometry::Type::Polygon);
    const double a = area(m);
    // ~ (0.01° * 111.32 km * cos 37.505°) * (0.01° * 110.99 km) ~ 0.980 km²
    QVERIFY2(a > 0.97e6 && a < 0.99e6, qPrintable(QString::number(a)));

    // Out-of-domain input gives NaN, not garbage.
    const QPointF bad = fwd->transform(QPointF(500.0, 100.0));
    QVERIFY(std::isnan(bad.x()) && std::isnan(bad.y()));
    QVector<QPointF> mixed = {{127.0, 37.5}, {500.0, 100.0}};
    QVERIFY(!fwd->transformInPlace(mixed));
    QVERIFY(std::isfinite(mixed[0].x()));
    QVERIFY(std::isnan(mixed[1].x()));
}

void TestCrs::proj4String()
{
    auto t = CoordinateTransform::create(QStringLiteral("+proj=longlat +datum=WGS84 +no_defs"),
                                         QStringLiteral("EPSG:5179"));
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    const QPointF p = t->transform(QPointF(127.0, 37.5));
    QVERIFY(std::abs(p.x() - 955804.816341383) < 1e-2);
    QVERIFY(std::abs(p.y() - 1944643.71578853) < 1e-2);
}

void TestCrs::invalidCrs()
{
    auto t = CoordinateTransform::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:5179"));
    QVERIFY(!t.ok());
    QVERIFY(t.errorMessage().contains(QStringLiteral("EPSG:999999")));
    auto e = CoordinateTransform::create(QString(), QStringLiteral("EPSG:5179"));
    QVERIFY(!e.ok());
    CoordinateTransform none;
    QVERIFY(!none.isValid());
    QVERIFY(std::isnan(none.transform(QPointF(1, 2)).x()));
}

void TestCrs::moveOnly()
{
    static_assert(!std::is_copy_constructible_v<CoordinateTransform>);
    static_assert(std::is_nothrow_move_constructible_v<CoordinateTransform>);
    auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"));
    CoordinateTransform moved = std::move(t).value();
    QVERIFY(moved.isValid());
    CoordinateTransform other;
    other = std::move(moved);
    QVERIFY(other.isValid());
    QVERIFY(std::isfinite(other.transform(QPointF(127, 37.5)).x()));
}

QTEST_GUILESS_MAIN(TestCrs)
#include "test_crs.moc"
