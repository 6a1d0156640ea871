// writeGeoTiff: two squares, two bands (one NaN), read back with GDAL; atomic failure.
#include "dosi/gis/RasterExport.h"

#include <QtTest>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {
Geometry square(double x0, double y0, double size)
{
    Geometry g;
    g.type = Geometry::Type::MultiPolygon;
    g.polygons = {Polygon{{Ring{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}}};
    return g;
}

QVector<float> readBand(GDALDatasetH ds, int b)
{
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    QVector<float> px(w * h);
    if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Read, 0, 0, w, h, px.data(), w, h, GDT_Float32, 0, 0) != CE_None)
        px.clear();
    return px;
}
}  // namespace

class TestGeoTiff : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { GDALAllRegister(); }
    void twoSquaresTwoBands_data();
    void twoSquaresTwoBands();
    void overviewsOnLargerRaster();
    void unwritablePathLeavesNothing();
    void badInput();
};

void TestGeoTiff::twoSquaresTwoBands_data()
{
    QTest::addColumn<bool>("cog");
    QTest::newRow("gtiff") << false;
    QTest::newRow("cog") << true;
}

void TestGeoTiff::twoSquaresTwoBands()
{
    QFETCH(bool, cog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.tif"));
    // Square A: 952,500..952,900 x 1,953,230..1,953,630 (snaps outward to 952,500..952,900 / 1,953,200..1,953,700)
    // Square B: 953,000..953,200 x 1,953,300..1,953,500.  Cell 100 m.
    const QVector<Geometry> geoms = {square(952500, 1953230, 400), square(953000, 1953300, 200)};
    const QVector<QVector<double>> values = {{1.5, 2.25}, {std::nan(""), 7.0}};
    GeoTiffOptions opt;
    opt.cog = cog;
    auto r = writeGeoTiff(path, geoms, values, {QStringLiteral("population"), QStringLiteral("ratio")}, opt);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.tif")});

    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRSpatialReferenceH srs = GDALGetSpatialRef(ds);
    QVERIFY(srs);
    QCOMPARE(QByteArray(OSRGetAuthorityName(srs, nullptr)), QByteArray("EPSG"));
    QCOMPARE(QByteArray(OSRGetAuthorityCode(srs, nullptr)), QByteArray("5179"));
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    QCOMPARE(gt[0], 952500.0);
    QCOMPARE(gt[1], 100.0);
    QCOMPARE(gt[2], 0.0);
    QCOMPARE(gt[3], 1953700.0);
    QCOMPARE(gt[4], 0.0);
    QCOMPARE(gt[5], -100.0);
    QCOMPARE(GDALGetRasterXSize(ds), 7);   // 952,500 .. 953,200
    QCOMPARE(GDALGetRasterYSize(ds), 5);   // 1,953,200 .. 1,953,700
    QCOMPARE(GDALGetRasterCount(ds), 2);
    QCOMPARE(QByteArray(GDALGetDescription(GDALGetRasterBand(ds, 1))), QByteArray("population"));
    QCOMPARE(QByteArray(GDALGetDescription(GDALGetRasterBand(ds, 2))), QByteArray("ratio"));
    QCOMPARE(GDALGetRasterDataType(GDALGetRasterBand(ds, 1)), GDT_Float32);
    int has = 0;
    QCOMPARE(GDALGetRasterNoDataValue(GDALGetRasterBand(ds, 1), &has), -9999.0);
    QVERIFY(has);
    char** md = GDALGetMetadata(ds, "IMAGE_STRUCTURE");
    QCOMPARE(QByteArray(CSLFetchNameValue(md, "COMPRESSION")), QByteArray("DEFLATE"));
    if (cog) QCOMPARE(QByteArray(CSLFetchNameValue(md, "LAYOUT")), QByteArray("COG"));

    // Expected per pixel by the pixel-centre rule.
    const QVector<float> b1 = readBand(ds, 1), b2 = readBand(ds, 2);
    QCOMPARE(b1.size(), 35);
    for (int row = 0; row < 5; ++row) {
        for (int col = 0; col < 7; ++col) {
            const double cx = 952500 + (col + 0.5) * 100, cy = 1953700 - (row + 0.5) * 100;
            const bool inA = cx > 952500 && cx < 952900 && cy > 1953230 && cy < 1953630;
            const bool inB = cx > 953000 && cx < 953200 && cy > 1953300 && cy < 1953500;
            const float v1 = b1[row * 7 + col], v2 = b2[row * 7 + col];
            const QByteArray where = QStringLiteral("row %1 col %2").arg(row).arg(col).toUtf8();
            QVERIFY(!(inA && inB));
            if (inA) {
                QVERIFY2(v1 == 1.5f, where);
                QVERIFY2(v2 == -9999.0f, where);   // NaN -> nodata
            } else if (inB) {
                QVERIFY2(v1 == 2.25f, where);
                QVERIFY2(v2 == 7.0f, where);
            } else {
                QVERIFY2(v1 == -9999.0f && v2 == -9999.0f, where);
            }
        }
    }
    GDALClose(ds);
}

void TestGeoTiff::overviewsOnLargerRaster()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tif"));
    GeoTiffOptions opt;
    opt.cellSize = 10;
    auto r = writeGeoTiff(path, {square(950000, 1950000, 5000)}, {{3.0}}, {QStringLiteral("v")}, opt);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    QCOMPARE(GDALGetRasterXSize(ds), 500);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    QVERIFY(GDALGetOverviewCount(band) >= 1);
    QCOMPARE(GDALGetRasterXSize(ds) / 2, GDALGetRasterBandXSize(GDALGetOverview(band, 0)));
    GDALClose(ds);
    // Internal overviews: no side-car .ovr
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".ovr")));
}

void TestGeoTiff::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/out.tif"));
    auto r = writeGeoTiff(missingDir, {square(0, 0, 100)}, {{1.0}}, {QStringLiteral("v")});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("out.tif")), qPrintable(r.errorMessage()));
    QVERIFY(!QFileInfo::exists(missingDir));

    // The target is a directory: the write fails and neither the target nor a temp file remains.
    const QString target = dir.filePath(QStringLiteral("taken.tif"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.tif")));
    auto d = writeGeoTiff(target, {square(0, 0, 100)}, {{1.0}}, {QStringLiteral("v")});
    QVERIFY(!d.ok());
    QVERIFY(QFileInfo(target).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // An existing target survives a failed write unchanged.
    const QString existing = dir.filePath(QStringLiteral("keep.tif"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    auto bad = writeGeoTiff(existing, {square(0, 0, 100)}, {{1.0, 2.0}}, {QStringLiteral("v")});
    QVERIFY(!bad.ok());
    QFile g(existing);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), QByteArray("old"));
}

void TestGeoTiff::badInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.tif"));
    QVERIFY(!writeGeoTiff(path, {square(0, 0, 100)}, {}, {}).ok());
    GeoTiffOptions opt;
    opt.cellSize = 0;
    QVERIFY(!writeGeoTiff(path, {square(0, 0, 100)}, {{1.0}}, {}, opt).ok());
    QVERIFY(!writeGeoTiff(path, {}, {{}}, {}).ok());   // nothing to rasterise
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestGeoTiff)
#include "test_geotiff.moc"
