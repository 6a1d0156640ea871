// dosi-cli export geotiff | gpkg | csv on the sample project, read back with GDAL/OGR and compared with
// the layer values Dosi maps:
//  - the dong layer rasterised at 100 m: every pixel whose centre lies inside exactly one dong holds that
//    dong's value; the 250 m grid layer: one pixel per cell, every cell's value exactly;
//  - a GeoPackage of three layers with their layer_styles rows (QML with the legend's class breaks);
//  - a CSV of every hour;
//  - the privacy rule: the project's threshold (dosi_meta privacy_threshold) and --suppress, counted on stderr;
//  - bad input (unknown layer, field or time, an unwritable folder): one error line and no file left.

#include "TestFiles.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Privacy.h"
#include "dosi/gis/ThematicMap.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

using namespace dosi;

namespace {

struct Run {
    int code;
    QString out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kTime = QStringLiteral("2019-03-04T14");

QVector<double> readBand(GDALDatasetH ds, int b)
{
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    QVector<double> px(qsizetype(w) * h);
    if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Read, 0, 0, w, h, px.data(), w, h, GDT_Float64, 0, 0) != CE_None)
        px.clear();
    return px;
}

}  // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void geoTiffDongsEqualTheLayer();
    void geoTiffGridOnePixelPerCell();
    void geoPackageWithStyles();
    void csvAllHours();
    void privacyRuleAndOverride();
    void badInputLeavesNothing_data();
    void badInputLeavesNothing();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ProjectStore> m_store;
    QString m_project;
};

void TestExportCli::initTestCase()
{
    GDALAllRegister();
    m_project = m_tmp.filePath(QStringLiteral("sample.dosi"));
    QVERIFY(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), m_project));
    QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = ProjectStore::openReadOnly(m_project);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
}

void TestExportCli::geoTiffDongsEqualTheLayer()
{
    const QString tif = m_tmp.filePath(QStringLiteral("dong.tif"));
    const Run r = cli({QStringLiteral("export"), m_project, QStringLiteral("geotiff"), tif, QStringLiteral("--layer"),
                       QStringLiteral("living_population"), QStringLiteral("--field"), QStringLiteral("total"),
                       QStringLiteral("--time"), kTime});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("suppressed (privacy rule)")), qPrintable(r.err));
    gis::ThematicSpec spec{QStringLiteral("living_population"), QStringLiteral("total"), kTime};
    auto layer = gis::buildThematicLayer(*m_store, spec);
    QVERIFY(layer.ok());
    const gis::FeatureLayerData& data = *layer->data;

    GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    QCOMPARE(gt[1], 100.0);
    QCOMPARE(std::fmod(gt[0], 100.0), 0.0);
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    const QVector<double> px = readBand(ds, 1);
    QCOMPARE(px.size(), qsizetype(w) * h);
    QVector<int> checked(data.geometries.size(), 0);
    int pixels = 0;
    for (int row = 0; row < h; ++row) {
        for (int col = 0; col < w; ++col) {
            const QPointF c(gt[0] + (col + 0.5) * gt[1], gt[3] + (row + 0.5) * gt[5]);
            int inside = -1, hits = 0;
            for (int i = 0; i < data.geometries.size(); ++i) {
                const Envelope e = data.geometries[i].envelope();
                if (c.x() < e.minX || c.x() > e.maxX || c.y() < e.minY || c.y() > e.maxY) continue;
                if (gis::containsPoint(data.geometries[i], c)) {
                    inside = i;
                    ++hits;
                }
            }
            if (hits != 1) continue;   // outside every dong, or on a shared edge
            double expected = layer->values[inside];
            if (expected > 0 && expected <= 3) expected = std::nan("");   // the privacy rule
            const double got = px[row * w + col];
            if (std::isnan(expected)) QCOMPARE(got, -9999.0);
            else QCOMPARE(got, expected);
            ++checked[inside];
            ++pixels;
        }
    }
    int dongs = 0;
    for (int i = 0; i < checked.size(); ++i) dongs += checked[i] > 0 && std::isfinite(layer->values[i]) ? 1 : 0;
    QVERIFY2(dongs >= 400, qPrintable(QString::number(dongs)));   // Seoul's 424 valued dongs, nearly all
    QVERIFY(pixels > 50000);
    QCOMPARE(QByteArray(GDALGetDescription(GDALGetRasterBand(ds, 1))), (QStringLiteral("total ") + kTime).toUtf8());
    GDALClose(ds);
}

void TestExportCli::geoTiffGridOnePixelPerCell()
{
    const QString tif = m_tmp.filePath(QStringLiteral("grid.tif"));
    const Run r = cli({QStringLiteral("export"), m_project, QStringLiteral("geotiff"), tif, QStringLiteral("--layer"),
                       QStringLiteral("living_population_grid250"), QStringLiteral("--cog")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("estimated")), qPrintable(r.err));
    auto layer = gis::buildThematicLayer(*m_store, {QStringLiteral("living_population_grid250"), {}, {}});
    QVERIFY(layer.ok());
    const gis::FeatureLayerData& data = *layer->data;
    GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    QCOMPARE(gt[1], 250.0);   // the grid's own cells
    QCOMPARE(gt[5], -250.0);
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_ESTIMATED", nullptr)), QByteArray("yes"));
    QVERIFY(QByteArray(GDALGetDescription(GDALGetRasterBand(ds, 1))).endsWith("(estimated)"));
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    const QVector<double> px = readBand(ds, 1);
    int valued = 0;
    for (int i = 0; i < data.geometries.size(); ++i) {
        const Envelope e = data.geometries[i].envelope();
        // Aligned: every cell's corner is on a pixel corner.
        const double fc = (e.minX - gt[0]) / 250.0, fr = (gt[3] - e.maxY) / 250.0;
        const int col = int(std::lround(fc)), row = int(std::lround(fr));
        if (col < 0 || row < 0 || col >= w || row >= h) {
            QVERIFY(!std::isfinite(layer->values[i]));   // only cells without a value fall outside
            continue;
        }
        QVERIFY(std::abs(fc - col) < 1e-9 && std::abs(fr - row) < 1e-9);
        double expected = layer->values[i];
        if (expected > 0 && expected <= 3) expected = std::nan("");
        if (std::isnan(expected)) QCOMPARE(px[row * w + col], -9999.0);
        else {
            QCOMPARE(px[row * w + col], expected);   // exactly
            ++valued;
        }
    }
    QVERIFY2(valued > 9000, qPrintable(QString::number(valued)));
    GDALClose(ds);
}

void TestExportCli::geoPackageWithStyles()
{
    const QString gpkg = m_tmp.filePath(QStringLiteral("out.gpkg"));
    const Run r = cli({QStringLiteral("export"), m_project, QStringLiteral("gpkg"), gpkg, QStringLiteral("--layer"),
                       QStringLiteral("living_population,living_population_grid250,gu"), QStringLiteral("--time"), kTime,
                       QStringLiteral("--classes"), QStringLiteral("jenks:5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    struct Expect {
        const char* table;
        GIntBig features;
    };
    for (const Expect& e : {Expect{"living_population", 504}, Expect{"living_population_grid250", 19135}, Expect{"gu", 0}}) {
        OGRLayerH l = GDALDatasetGetLayerByName(ds, e.table);
        QVERIFY2(l, e.table);
        if (e.features > 0) QCOMPARE(OGR_L_GetFeatureCount(l, TRUE), e.features);
        else QVERIFY(OGR_L_GetFeatureCount(l, TRUE) > 20);   // the 자치구
    }
    // Values by code equal the layer's (the privacy rule aside).
    auto layer = gis::buildThematicLayer(*m_store, {QStringLiteral("living_population"), QStringLiteral("total"), kTime,
                                                    QStringLiteral("jenks:5")});
    QVERIFY(layer.ok());
    OGRLayerH lp = GDALDatasetGetLayerByName(ds, "living_population");
    const int col = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lp), "total_2019_03_04T14");
    QVERIFY(col >= 0);
    int compared = 0;
    OGR_L_ResetReading(lp);
    for (int i = 0; OGRFeatureH f = OGR_L_GetNextFeature(lp); ++i) {
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)), layer->data->codes[i]);
        const double v = layer->values[i];
        if (std::isfinite(v) && v > 3) {
            QCOMPARE(OGR_F_GetFieldAsDouble(f, col), v);
            ++compared;
        } else {
            QVERIFY(!OGR_F_IsFieldSetAndNotNull(f, col));
        }
        OGR_F_Destroy(f);
    }
    QVERIFY(compared > 400);
    // One default style per layer; the QML carries the legend's class breaks.
    OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
    QVERIFY(styles);
    QCOMPARE(OGR_L_GetFeatureCount(styles, TRUE), GIntBig(3));
    OGRFeatureDefnH sd = OGR_L_GetLayerDefn(styles);
    OGR_L_SetAttributeFilter(styles, "f_table_name = 'living_population'");
    OGRFeatureH sf = OGR_L_GetNextFeature(styles);
    QVERIFY(sf);
    const QString qml = QString::fromUtf8(OGR_F_GetFieldAsString(sf, OGR_FD_GetFieldIndex(sd, "styleQML")));
    OGR_F_Destroy(sf);
    QVERIFY(qml.contains(QLatin1String("graduatedSymbol")));
    for (double b : layer->breaks)
        QVERIFY2(qml.contains(QStringLiteral("upper=\"%1\"").arg(QString::number(b, 'g', 17))), qPrintable(qml.left(2000)));
    QCOMPARE(qml.count(QLatin1String("<range ")), layer->breaks.size());
    GDALClose(ds);
}

void TestExportCli::csvAllHours()
{
    const QString csv = m_tmp.filePath(QStringLiteral("lp.csv"));
    const Run r = cli({QStringLiteral("export"), m_project, QStringLiteral("csv"), csv, QStringLiteral("--layer"),
                       QStringLiteral("living_population"), QStringLiteral("--time"), QStringLiteral("all")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 504);
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.size(), 2 + 336 + 1);
    QCOMPARE(header[2], QStringLiteral("total_2019_03_04T00"));
    QCOMPARE(header.last(), QStringLiteral("estimated"));
    // A row read back equals the layer at two hours.
    auto a = gis::buildThematicLayer(*m_store, {QStringLiteral("living_population"), QStringLiteral("total"), kTime});
    QVERIFY(a.ok());
    const int hourCol = int(header.indexOf(QStringLiteral("total_2019_03_04T14")));
    QVERIFY(hourCol > 2);
    int compared = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        if (cells.size() != header.size()) continue;   // a quoted label with a comma
        const int k = int(a->data->codes.indexOf(cells[0]));
        QVERIFY(k >= 0);
        const double v = a->values[k];
        if (std::isfinite(v) && v > 3) {
            QCOMPARE(cells[hourCol].toDouble(), v);
            ++compared;
        } else if (std::isnan(v) && !isMasked(v)) {
            QCOMPARE(cells[hourCol], QString());
        }
        QCOMPARE(cells.last(), QStringLiteral("no"));
    }
    QVERIFY(compared > 400);
}

void TestExportCli::privacyRuleAndOverride()
{
    // The project's rule: a high threshold suppresses every value up to it; the count goes to stderr.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.dosi"));
    QVERIFY(QFile::copy(m_project, project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    Run r = cli({QStringLiteral("meta"), project, QStringLiteral("privacy_threshold"), QStringLiteral("20000")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto layer = gis::buildThematicLayer(*m_store, {QStringLiteral("living_population"), QStringLiteral("total"), kTime});
    QVERIFY(layer.ok());
    int expected = 0;
    for (double v : layer->values) expected += (v > 0 && v <= 20000) ? 1 : 0;
    QVERIFY(expected > 10);
    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    const QStringList args{QStringLiteral("export"), project, QStringLiteral("csv"), csv, QStringLiteral("--layer"),
                           QStringLiteral("living_population"), QStringLiteral("--time"), kTime};
    r = cli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("%1 value(s) of 20,000 or fewer people suppressed").arg(expected)), qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QCOMPARE(int(text.count(QRegularExpression(QStringLiteral(",\\*,no\\r\\n")))), expected);
    f.close();
    // --suppress overrides it; 0 turns the rule off.
    r = cli(args + QStringList{QStringLiteral("--suppress"), QStringLiteral("0")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("privacy rule off")), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(f.readAll()).contains(QLatin1String(",*,")));
    f.close();
    r = cli(args + QStringList{QStringLiteral("--suppress"), QStringLiteral("lots")});
    QVERIFY(r.code != 0);
    QVERIFY(r.err.contains(QLatin1String("--suppress")));
}

void TestExportCli::badInputLeavesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("missingFolder");
    QTest::newRow("unknown layer") << QStringList{QStringLiteral("gpkg"), QStringLiteral("--layer"), QStringLiteral("dong,nope")}
                                   << "\"nope\"" << false;
    QTest::newRow("unknown field") << QStringList{QStringLiteral("csv"), QStringLiteral("--layer"), QStringLiteral("living_population"),
                                                  QStringLiteral("--field"), QStringLiteral("nofield")}
                                   << "nofield" << false;
    QTest::newRow("unknown time") << QStringList{QStringLiteral("geotiff"), QStringLiteral("--layer"), QStringLiteral("living_population"),
                                                 QStringLiteral("--time"), QStringLiteral("2031-01-01T00")}
                                  << "2031-01-01T00" << false;
    QTest::newRow("unknown format") << QStringList{QStringLiteral("shp"), QStringLiteral("--layer"), QStringLiteral("dong")} << "shp" << false;
    QTest::newRow("unwritable gpkg") << QStringList{QStringLiteral("gpkg"), QStringLiteral("--layer"), QStringLiteral("gu")} << "out" << true;
    QTest::newRow("unwritable csv") << QStringList{QStringLiteral("csv"), QStringLiteral("--layer"), QStringLiteral("gu")} << "out" << true;
    QTest::newRow("unwritable tif") << QStringList{QStringLiteral("geotiff"), QStringLiteral("--layer"), QStringLiteral("living_population")}
                                    << "out" << true;
}

void TestExportCli::badInputLeavesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(bool, missingFolder);
    QTemporaryDir dir;
    const QString out = missingFolder ? dir.filePath(QStringLiteral("gone/out.file")) : dir.filePath(QStringLiteral("out.file"));
    QStringList all{QStringLiteral("export"), m_project, args.takeFirst(), out};
    all += args;
    const QByteArray before = test::sha256File(m_project);
    const Run r = cli(all);
    QVERIFY(r.code != 0);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(QLatin1String("dosi-cli: error:")), qPrintable(r.err));
    QVERIFY2(lines[0].contains(message), qPrintable(r.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(test::sha256File(m_project), before);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "test_exportcli.moc"
