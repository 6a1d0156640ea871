// dosi-cli render --labels --basemap on the sample project: the labels add dark text, the basemap
// shows in the empty margins beside Seoul, and a bad basemap gives an error naming the file.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A uniformly magenta GeoTIFF over lon 126.0–128.0, lat 37.0–38.2 (EPSG:4326).
void writeMagenta(const QString& path)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 64, 64, 3, GDT_Byte, nullptr);
    double gt[6] = {126.0, 2.0 / 64, 0, 38.2, 0, -1.2 / 64};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH s = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(s, 4326);
    char* wkt = nullptr;
    OSRExportToWkt(s, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRRelease(s);
    const int values[3] = {255, 0, 255};
    for (int b = 0; b < 3; ++b) GDALFillRaster(GDALGetRasterBand(ds, b + 1), values[b], 0);
    GDALClose(ds);
}

int magentaPixels(const QImage& img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            n += qRed(c) > 200 && qGreen(c) < 90 && qBlue(c) > 200 ? 1 : 0;
        }
    return n;
}

int darkPixels(const QImage& img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            n += qRed(c) < 60 && qGreen(c) < 60 && qBlue(c) < 60 ? 1 : 0;
        }
    return n;
}

}  // namespace

class TestRenderCli : public QObject {
    Q_OBJECT
private slots:
    void labelsAndBasemap();
    void flowAndCompareMapsTakeThem();
};

void TestRenderCli::labelsAndBasemap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sample = QStringLiteral(DOSI_SAMPLE_PROJECT);
    const QStringList common{QStringLiteral("--layer"), QStringLiteral("living_population"), QStringLiteral("--time"),
                             QStringLiteral("2019-03-04T14"), QStringLiteral("--size"), QStringLiteral("960x540")};
    const QString plainPng = dir.filePath(QStringLiteral("plain.png")), labelPng = dir.filePath(QStringLiteral("labels.png")),
                  basePng = dir.filePath(QStringLiteral("base.png"));
    Run r = cli(QStringList{QStringLiteral("render"), sample, plainPng} + common);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("render"), sample, labelPng} + common + QStringList{QStringLiteral("--labels")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage plain(plainPng), labelled(labelPng);
    QVERIFY(!plain.isNull() && !labelled.isNull());
    // Dong names in dark text with a white halo: hundreds of near-black pixels more.
    QVERIFY2(darkPixels(labelled) > darkPixels(plain) + 200,
             qPrintable(QStringLiteral("%1 vs %2").arg(darkPixels(labelled)).arg(darkPixels(plain))));

    const QString tif = dir.filePath(QStringLiteral("magenta.tif"));
    writeMagenta(tif);
    r = cli(QStringList{QStringLiteral("render"), sample, basePng} + common + QStringList{QStringLiteral("--basemap"), tif});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage based(basePng);
    // Beside Seoul (middle of the left and right edges) the background map shows through.
    for (const QPoint& p : {QPoint(4, 270), QPoint(955, 270)}) {
        const QColor without = plain.pixelColor(p), with = based.pixelColor(p);
        QVERIFY2(with.green() < 80 && with.red() > 200 && with.blue() > 200, qPrintable(with.name()));
        QVERIFY(without.green() > 200);
    }

    const QString missing = dir.filePath(QStringLiteral("no_ortho_here.tif"));
    r = cli(QStringList{QStringLiteral("render"), sample, dir.filePath(QStringLiteral("x.png"))} + common
            + QStringList{QStringLiteral("--basemap"), missing});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("no_ortho_here.tif")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
}

// The flow map, the difference map and the side-by-side maps draw labels and the basemap too.
void TestRenderCli::flowAndCompareMapsTakeThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sample = QStringLiteral(DOSI_SAMPLE_PROJECT);
    const QString tif = dir.filePath(QStringLiteral("magenta.tif"));
    writeMagenta(tif);
    const QList<QStringList> maps{
        {QStringLiteral("--layer"), QStringLiteral("commuting"), QStringLiteral("--top"), QStringLiteral("50")},
        {QStringLiteral("--layer"), QStringLiteral("living_population"), QStringLiteral("--time"), QStringLiteral("2019-03-04T14"),
         QStringLiteral("--compare"), QStringLiteral("2020-03-09T14")},
        {QStringLiteral("--layer"), QStringLiteral("living_population"), QStringLiteral("--time"), QStringLiteral("2019-03-04T14"),
         QStringLiteral("--compare"), QStringLiteral("2020-03-09T14"), QStringLiteral("--side-by-side")}};
    for (const QStringList& args : maps) {
        const QStringList common = args + QStringList{QStringLiteral("--size"), QStringLiteral("960x540")};
        const QString plainPng = dir.filePath(QStringLiteral("p.png")), labelPng = dir.filePath(QStringLiteral("l.png")),
                      basePng = dir.filePath(QStringLiteral("b.png"));
        Run r = cli(QStringList{QStringLiteral("render"), sample, plainPng} + common);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("render"), sample, labelPng} + common + QStringList{QStringLiteral("--labels")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("render"), sample, basePng} + common + QStringList{QStringLiteral("--basemap"), tif});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage plain(plainPng), labelled(labelPng), based(basePng);
        const QString what = args.join(QLatin1Char(' '));
        QVERIFY2(darkPixels(labelled) > darkPixels(plain) + 200,
                 qPrintable(what + QStringLiteral(": %1 vs %2").arg(darkPixels(labelled)).arg(darkPixels(plain))));
        QVERIFY2(magentaPixels(plain) < 50, qPrintable(what));
        QVERIFY2(magentaPixels(based) > 5000, qPrintable(what + QStringLiteral(": %1").arg(magentaPixels(based))));
    }
}

QTEST_MAIN(TestRenderCli)
#include "test_render_cli.moc"
