// Offline basemaps: GeoTIFFs in EPSG:4326 and UTM 52N (EPSG:32652, paletted) and an MBTiles made
// from one, with four coloured quadrants around Seoul, drawn under a view in EPSG:5179. Pixel
// colours are checked at screen points of known lon/lat, transformed here independently with
// OGR (traditional x = lon order), so a swapped axis order would show the wrong quadrant.
#include "dosi/gis/Basemap.h"
#include "dosi/gis/MapRenderer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

using namespace dosi;
using namespace dosi::gis;

namespace {

constexpr double kLon0 = 127.0, kLat0 = 37.55;   // quadrant corner, central Seoul
const QColor kNW(230, 30, 30), kNE(30, 200, 30), kSW(30, 30, 230), kSE(240, 220, 20);

QColor quadrantColor(bool east, bool north) { return north ? (east ? kNE : kNW) : (east ? kSE : kSW); }

OGRSpatialReferenceH srs(int epsg)
{
    OGRSpatialReferenceH s = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(s, epsg);
    OSRSetAxisMappingStrategy(s, OAMS_TRADITIONAL_GIS_ORDER);
    return s;
}

// lon/lat -> EPSG `to` (x, y), with OGR.
QPointF fromLonLat(double lon, double lat, int to)
{
    OGRSpatialReferenceH a = srs(4326), b = srs(to);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(a, b);
    double x = lon, y = lat;
    const bool ok = OCTTransform(ct, 1, &x, &y, nullptr);
    OCTDestroyCoordinateTransformation(ct);
    OSRRelease(a);
    OSRRelease(b);
    if (!ok) qFatal("transform failed");
    return {x, y};
}

// A GeoTIFF in EPSG `epsg` covering [x0,x1]x[y0,y1] (that CRS's x/y), quadrants split at (cx, cy).
// Paletted (one band with a colour table) when `paletted`.
QString writeQuadrants(const QString& path, int epsg, double x0, double y0, double x1, double y1, double cx, double cy,
                       bool paletted)
{
    GDALAllRegister();
    const int w = 200, h = 200;
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(drv, path.toUtf8().constData(), w, h, paletted ? 1 : 3, GDT_Byte, nullptr);
    double gt[6] = {x0, (x1 - x0) / w, 0, y1, 0, -(y1 - y0) / h};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH s = srs(epsg);
    char* wkt = nullptr;
    OSRExportToWkt(s, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRRelease(s);
    const QColor colors[4] = {kNW, kNE, kSW, kSE};
    if (paletted) {
        GDALColorTableH ct = GDALCreateColorTable(GPI_RGB);
        for (int i = 0; i < 4; ++i) {
            GDALColorEntry e{short(colors[i].red()), short(colors[i].green()), short(colors[i].blue()), 255};
            GDALSetColorEntry(ct, i, &e);
        }
        GDALSetRasterColorTable(GDALGetRasterBand(ds, 1), ct);
        GDALDestroyColorTable(ct);
    }
    QVector<quint8> band(w * h);
    for (int b = 0; b < (paletted ? 1 : 3); ++b) {
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                const double x = x0 + (c + 0.5) * gt[1], y = y1 + (r + 0.5) * gt[5];
                const int q = (y >= cy ? 0 : 2) + (x >= cx ? 1 : 0);
                const QColor& col = colors[q];
                band[r * w + c] = quint8(paletted ? q : b == 0 ? col.red() : b == 1 ? col.green() : col.blue());
            }
        if (GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, w, h, band.data(), w, h, GDT_Byte, 0, 0) != CE_None)
            qFatal("write failed");
    }
    GDALClose(ds);
    return path;
}

bool near(const QColor& a, const QColor& b, int tol = 40)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol && std::abs(a.blue() - b.blue()) <= tol;
}

QString describe(const QColor& c) { return QStringLiteral("(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha()); }

}  // namespace

class TestBasemap : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void geographicGeoTiff();
    void utmPalettedGeoTiff();
    void mbtiles();
    void outsideIsTransparentAndCached();
    void highDpiAndThreads();
    void errorsNameTheFile();

private:
    // Checks the quadrant colours at lon/lat offsets around the corner in an image of `view`.
    void checkQuadrants(const QImage& img, const MapView& view, double dpr, double dLon, double dLat);
    QTemporaryDir m_dir;
    QString m_geo, m_utm;
    MapView m_view;
};

void TestBasemap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // EPSG:4326 raster: lon 126.8–127.2, lat 37.40–37.70, corner at (127.0, 37.55).
    m_geo = writeQuadrants(m_dir.filePath(QStringLiteral("seoul_4326.tif")), 4326, 126.8, 37.40, 127.2, 37.70, kLon0, kLat0, false);
    // UTM 52N raster 24 km square around the corner, quadrants split at the corner's UTM coordinates.
    const QPointF u = fromLonLat(kLon0, kLat0, 32652);
    m_utm = writeQuadrants(m_dir.filePath(QStringLiteral("seoul_32652.tif")), 32652, u.x() - 12000, u.y() - 12000, u.x() + 12000,
                           u.y() + 12000, u.x(), u.y(), true);
    // A view in EPSG:5179 centred on the corner: 30 m per pixel, 600x400 (18 km x 12 km).
    m_view = MapView(fromLonLat(kLon0, kLat0, 5179), 30.0, QSize(600, 400));
}

void TestBasemap::checkQuadrants(const QImage& img, const MapView& view, double dpr, double dLon, double dLat)
{
    for (int east = 0; east < 2; ++east)
        for (int north = 0; north < 2; ++north) {
            const double lon = kLon0 + (east ? dLon : -dLon), lat = kLat0 + (north ? dLat : -dLat);
            const QPointF s = view.toScreen(fromLonLat(lon, lat, 5179)) * dpr;
            QVERIFY(img.rect().contains(s.toPoint()));
            const QColor got = img.pixelColor(s.toPoint());
            QVERIFY2(near(got, quadrantColor(east, north)),
                     qPrintable(QStringLiteral("lon %1 lat %2: %3, expected %4")
                                    .arg(lon)
                                    .arg(lat)
                                    .arg(describe(got), describe(quadrantColor(east, north)))));
        }
    // Close to the corner too: 0.01° (~900 m, 30 pixels) either side.
    const QPointF ne = view.toScreen(fromLonLat(kLon0 + 0.01, kLat0 + 0.008, 5179)) * dpr;
    const QPointF sw = view.toScreen(fromLonLat(kLon0 - 0.01, kLat0 - 0.008, 5179)) * dpr;
    QVERIFY(near(img.pixelColor(ne.toPoint()), kNE));
    QVERIFY(near(img.pixelColor(sw.toPoint()), kSW));
}

void TestBasemap::geographicGeoTiff()
{
    auto b = Basemap::open(m_geo);
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QCOMPARE(b.value()->rasterSize(), QSize(200, 200));
    // Through the renderer: the basemap under (no) layers over a grey background.
    RenderRequest req;
    req.view = m_view;
    req.basemap = b.value();
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    const QImage img = renderMap(req);
    QVERIFY(!img.isNull());
    checkQuadrants(img, m_view, 1.0, 0.05, 0.04);
}

void TestBasemap::utmPalettedGeoTiff()
{
    auto b = Basemap::open(m_utm);
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QString error;
    const QImage img = b.value()->render(m_view, 1.0, nullptr, &error);
    QVERIFY2(!img.isNull(), qPrintable(error));
    QCOMPARE(img.size(), QSize(600, 400));
    // The quadrants split along UTM grid lines, which are turned ~1° against EPSG:5179's; the
    // probes stay well inside each quadrant.
    checkQuadrants(img, m_view, 1.0, 0.05, 0.04);
}

void TestBasemap::mbtiles()
{
    const QString mb = m_dir.filePath(QStringLiteral("seoul.mbtiles"));
    {
        GDALDatasetH src = GDALOpen(m_geo.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(src);
        char** argv = nullptr;
        argv = CSLAddString(argv, "-of");
        argv = CSLAddString(argv, "MBTiles");
        argv = CSLAddString(argv, "-co");
        argv = CSLAddString(argv, "ZOOM_LEVEL_STRATEGY=UPPER");
        GDALTranslateOptions* opt = GDALTranslateOptionsNew(argv, nullptr);
        CSLDestroy(argv);
        GDALDatasetH out = GDALTranslate(mb.toUtf8().constData(), src, opt, nullptr);
        GDALTranslateOptionsFree(opt);
        QVERIFY(out);
        // Lower zoom levels, as a real tile set has.
        int levels[] = {2, 4};
        QCOMPARE(GDALBuildOverviews(out, "AVERAGE", 2, levels, 0, nullptr, nullptr, nullptr), CE_None);
        GDALClose(out);
        GDALClose(src);
    }
    auto b = Basemap::open(mb);
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QVERIFY(b.value()->overviewCount() >= 1);
    QString error;
    const QImage img = b.value()->render(m_view, 1.0, nullptr, &error);
    QVERIFY2(!img.isNull(), qPrintable(error));
    checkQuadrants(img, m_view, 1.0, 0.05, 0.04);
    // Zoomed out (an overview / lower zoom level is used): still the right colours.
    const MapView wide(m_view.center(), 120.0, QSize(600, 400));
    checkQuadrants(b.value()->render(wide, 1.0), wide, 1.0, 0.1, 0.08);
}

void TestBasemap::outsideIsTransparentAndCached()
{
    auto b = Basemap::open(m_geo);
    QVERIFY(b.ok());
    const Envelope e = b.value()->extent();
    const QPointF corner = fromLonLat(kLon0, kLat0, 5179);
    QVERIFY(e.minX < corner.x() && corner.x() < e.maxX && e.minY < corner.y() && corner.y() < e.maxY);
    // 80 km x 60 km: the raster (35 km x 33 km) covers the middle only.
    const MapView wide(corner, 200.0, QSize(400, 300));
    RenderRequest req;
    req.view = wide;
    req.basemap = b.value();
    req.background = QColor(10, 10, 10);
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    PathCache cache;
    const QImage img = renderMap(req, nullptr, &cache);
    const QPointF west = wide.toScreen(fromLonLat(126.6, kLat0, 5179));
    QCOMPARE(img.pixelColor(west.toPoint()), QColor(10, 10, 10));
    QVERIFY(near(img.pixelColor(wide.toScreen(fromLonLat(127.1, 37.62, 5179)).toPoint()), kNE));
    const int warps = b.value()->warpCount();
    QCOMPARE(warps, 1);
    // A recolour (same view) does not warp again; a new view does.
    QCOMPARE(renderMap(req, nullptr, &cache), img);
    QCOMPARE(b.value()->warpCount(), 1);
    req.view = wide.panned(QPointF(10, 0));
    QVERIFY(!renderMap(req, nullptr, &cache).isNull());
    QCOMPARE(b.value()->warpCount(), 2);
    // A cancelled draw returns nothing and is not cached.
    std::atomic_bool cancel{true};
    QVERIFY(b.value()->render(wide.panned(QPointF(0, 20)), 1.0, &cancel).isNull());
    QCOMPARE(b.value()->warpCount(), 2);
}

void TestBasemap::highDpiAndThreads()
{
    auto b = Basemap::open(m_geo);
    QVERIFY(b.ok());
    const QImage img = b.value()->render(m_view, 2.0);
    QCOMPARE(img.size(), QSize(1200, 800));
    checkQuadrants(img, m_view, 2.0, 0.05, 0.04);
    // Four threads draw different views of the same basemap at once.
    QVector<QFuture<QImage>> futures;
    QVector<MapView> views;
    for (int i = 0; i < 4; ++i) {
        views.append(m_view.panned(QPointF(i * 7, -i * 5)));
        futures.append(QtConcurrent::run([basemap = b.value(), v = views.last()] { return basemap->render(v, 1.0); }));
    }
    for (int i = 0; i < 4; ++i) {
        const QImage r = futures[i].result();
        QVERIFY(!r.isNull());
        checkQuadrants(r, views[i], 1.0, 0.05, 0.04);
    }
}

void TestBasemap::errorsNameTheFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("no_such_ortho.tif"));
    auto a = Basemap::open(missing);
    QVERIFY(!a.ok());
    QVERIFY2(a.errorMessage().contains(QStringLiteral("no_such_ortho.tif")), qPrintable(a.errorMessage()));

    const QString text = m_dir.filePath(QStringLiteral("notes_not_raster.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not an image\n");
    f.close();
    auto c = Basemap::open(text);
    QVERIFY(!c.ok());
    QVERIFY2(c.errorMessage().contains(QStringLiteral("notes_not_raster.txt")), qPrintable(c.errorMessage()));
    QVERIFY2(c.errorMessage().contains(QStringLiteral("not a raster")), qPrintable(c.errorMessage()));

    // A picture without georeferencing.
    const QString png = m_dir.filePath(QStringLiteral("holiday_photo.png"));
    QImage pic(20, 20, QImage::Format_RGB32);
    pic.fill(Qt::red);
    QVERIFY(pic.save(png));
    auto d = Basemap::open(png);
    QVERIFY(!d.ok());
    QVERIFY2(d.errorMessage().contains(QStringLiteral("holiday_photo.png")), qPrintable(d.errorMessage()));
    QVERIFY2(d.errorMessage().contains(QStringLiteral("georeferenced")), qPrintable(d.errorMessage()));

    // A vector file is not a raster either.
    const QString geojson = m_dir.filePath(QStringLiteral("points.geojson"));
    QFile g(geojson);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[127,37.5]}}]})");
    g.close();
    auto e = Basemap::open(geojson);
    QVERIFY(!e.ok());
    QVERIFY2(e.errorMessage().contains(QStringLiteral("points.geojson")), qPrintable(e.errorMessage()));
}

QTEST_MAIN(TestBasemap)
#include "test_basemap.moc"
