// Data exports (issue 7): collectExportLayer, GeoTIFF, GeoPackage (with QGIS styles) and CSV of a small
// project built here, read back with GDAL/OGR; the privacy rule and the estimated flag; failures.
#include "dosi/core/Values.h"
#include "dosi/gis/RasterExport.h"
#include "dosi/gis/VectorExport.h"

#include <QtTest>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString T14 = QStringLiteral("2019-03-04T14");
const QString T15 = QStringLiteral("2019-03-04T15");

FeatureRecord squareRecord(double x0, double y0, double size, const QVector<QVariant>& values)
{
    Geometry g;
    g.type = Geometry::Type::MultiPolygon;
    g.polygons = {Polygon{{Ring{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}}};
    FeatureRecord r;
    r.wkb = g.toWkb();
    r.envelope = g.envelope();
    r.values = values;
    return r;
}

// Four 1 km zones A..D in a row; living population at two hours; a 3 x 2 grid of 250 m cells with an
// estimated (interpolated) total that Float32 cannot hold exactly.
std::unique_ptr<ProjectStore> makeProject()
{
    auto created = ProjectStore::create({}, QStringLiteral("export test"));
    if (!created) qFatal("%s", qPrintable(created.errorMessage()));
    std::unique_ptr<ProjectStore> store = std::move(created.value());

    LayerInfo zones;
    zones.name = QStringLiteral("zones");
    zones.kind = LayerKind::Boundaries;
    zones.codeField = QStringLiteral("code");
    zones.labelField = QStringLiteral("name");
    zones.fields = {{QStringLiteral("code"), FieldType::Text, {}},
                    {QStringLiteral("name"), FieldType::Text, {}},
                    {QStringLiteral("district"), FieldType::Text, {}},
                    {QStringLiteral("area_km2"), FieldType::Real, {}}};
    QVector<FeatureRecord> feats;
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    for (int i = 0; i < 4; ++i)
        feats << squareRecord(950000 + i * 1000, 1950000, 1000,
                              {codes[i], QStringLiteral("동 %1, \"quoted\"").arg(codes[i]), QStringLiteral("구%1").arg(i / 2),
                               1.0 + i});
    if (!store->addFeatureLayer(zones, feats)) qFatal("zones");

    LayerInfo lp;
    lp.name = QStringLiteral("living_population");
    lp.kind = LayerKind::Measure;
    lp.geometryLayer = QStringLiteral("zones");
    lp.timeKind = TimeKind::Hour;
    lp.source = QStringLiteral("/data/LOCAL_PEOPLE_DONG_201903.csv");
    lp.fields = {{QStringLiteral("total"), FieldType::Real, QStringLiteral("총생활인구수")},
                 {QStringLiteral("ratio_female"), FieldType::Real, {}}};
    MeasureTable t;
    t.fields = {QStringLiteral("total"), QStringLiteral("ratio_female")};
    // 14h: A 2 (suppressed), B 0 (kept), C masked by the publisher, D 150.5
    // 15h: A 3 (suppressed), B 3.5, C 1200, D missing. ratio_female is not a count: 0.5 stays.
    t.addRow(QStringLiteral("A"), T14, {2.0, 0.5});
    t.addRow(QStringLiteral("B"), T14, {0.0, 0.5});
    t.addRow(QStringLiteral("C"), T14, {maskedValue(), 0.5});
    t.addRow(QStringLiteral("D"), T14, {150.5, 0.5});
    t.addRow(QStringLiteral("A"), T15, {3.0, 0.5});
    t.addRow(QStringLiteral("B"), T15, {3.5, 0.5});
    t.addRow(QStringLiteral("C"), T15, {1200.0, 0.5});
    if (!store->addMeasureLayer(lp, t)) qFatal("lp");

    LayerInfo grid;
    grid.name = QStringLiteral("g250");
    grid.kind = LayerKind::Grid;
    grid.codeField = QStringLiteral("cell_id");
    grid.labelField = QStringLiteral("cell_id");
    grid.fields = {{QStringLiteral("cell_id"), FieldType::Text, {}}, {QStringLiteral("coverage"), FieldType::Real, {}}};
    QVector<FeatureRecord> cells;
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            cells << squareRecord(955000 + col * 250, 1951000 + row * 250, 250,
                                  {QStringLiteral("cell%1%2").arg(row).arg(col), 1.0});
    if (!store->addFeatureLayer(grid, cells)) qFatal("grid");
    LayerInfo est;
    est.name = QStringLiteral("lp_grid");
    est.kind = LayerKind::Measure;
    est.geometryLayer = QStringLiteral("g250");
    est.estimated = true;
    est.source = QStringLiteral("interpolate:living_population.total");
    est.fields = {{QStringLiteral("total"), FieldType::Real, QStringLiteral("extensive of living_population.total")}};
    MeasureTable g;
    g.fields = {QStringLiteral("total")};
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            g.addRow(QStringLiteral("cell%1%2").arg(row).arg(col), QString(), {100.0 / 3.0 * (1 + row * 3 + col)});
    if (!store->addMeasureLayer(est, g)) qFatal("grid measure");

    // A location result as the models store it (loc_sites: points with text and numeric attributes).
    LayerInfo sites;
    sites.name = QStringLiteral("loc_sites");
    sites.title = QStringLiteral("Sites — scenario");
    sites.kind = LayerKind::Points;
    sites.codeField = QStringLiteral("id");
    sites.labelField = QStringLiteral("name");
    sites.fields = {{QStringLiteral("id"), FieldType::Text, {}},
                    {QStringLiteral("name"), FieldType::Text, {}},
                    {QStringLiteral("status"), FieldType::Text, {}},
                    {QStringLiteral("served_demand"), FieldType::Real, {}},
                    {QStringLiteral("served_units"), FieldType::Integer, {}}};
    QVector<FeatureRecord> pts;
    for (int i = 0; i < 3; ++i) {
        const Geometry p = Geometry::point(950500 + i * 1000, 1950500);
        FeatureRecord r;
        r.wkb = p.toWkb();
        r.envelope = p.envelope();
        r.values = {QStringLiteral("S%1").arg(i), QStringLiteral("Site %1").arg(i),
                    i == 0 ? QStringLiteral("existing") : QStringLiteral("new"), 1000.0 * (i + 1), 2 * (i + 1)};
        pts << r;
    }
    if (!store->addFeatureLayer(sites, pts)) qFatal("sites");
    return store;
}

double gridValue(int row, int col) { return 100.0 / 3.0 * (1 + row * 3 + col); }

QVector<double> readBand(GDALDatasetH ds, int b)
{
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    QVector<double> px(w * h);
    if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Read, 0, 0, w, h, px.data(), w, h, GDT_Float64, 0, 0) != CE_None)
        px.clear();
    return px;
}

QStringList filesIn(const QTemporaryDir& dir) { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void collectNamesAndSuppresses();
    void collectErrors();
    void geoTiffZones();
    void geoTiffGridOnePixelPerCell_data();
    void geoTiffGridOnePixelPerCell();
    void geoPackageLayersStylesAndNotes();
    void csvRoundTrip();
    void featureLayerCsvAndStyle();
    void locationResultLayer();
    void unwritableLeavesNothing();

private:
    std::unique_ptr<ProjectStore> m_store;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    GDALAllRegister();
    m_store = makeProject();
}

void TestExport::collectNamesAndSuppresses()
{
    ExportRequest req;
    req.layer = QStringLiteral("living_population");
    req.fields = {QStringLiteral("total"), QStringLiteral("ratio_female")};
    req.times = {QStringLiteral("all")};
    auto r = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const ExportLayer& l = r.value();
    QCOMPARE(l.columns.size(), 4);
    QCOMPARE(l.columns[0].name, QStringLiteral("total_2019_03_04T14"));
    QCOMPARE(l.columns[1].name, QStringLiteral("total_2019_03_04T15"));
    QCOMPARE(l.columns[2].name, QStringLiteral("ratio_female_2019_03_04T14"));
    QCOMPARE(l.columns[0].time, T14);
    QVERIFY(l.columns[0].peopleCount);
    QVERIFY(!l.columns[2].peopleCount);
    // Features in the layer's order: A, B, C, D.
    QCOMPARE(l.data->codes, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    const QVector<double>& v14 = l.columns[0].values;
    QVERIFY(isMasked(v14[0]));      // 2 people: suppressed
    QCOMPARE(v14[1], 0.0);          // zero is kept
    QVERIFY(isMasked(v14[2]));      // masked by the publisher
    QCOMPARE(v14[3], 150.5);
    QCOMPARE(l.columns[0].suppressed, 1);
    QCOMPARE(l.columns[0].masked, 1);
    const QVector<double>& v15 = l.columns[1].values;
    QVERIFY(isMasked(v15[0]));      // 3: suppressed (<= threshold)
    QCOMPARE(v15[1], 3.5);
    QCOMPARE(v15[2], 1200.0);
    QVERIFY(isMissing(v15[3]));
    QCOMPARE(l.columns[1].suppressed, 1);
    QCOMPARE(l.columns[2].values[0], 0.5);   // a ratio is never suppressed
    QCOMPARE(l.columns[2].suppressed, 0);
    QCOMPARE(l.suppressed(), 2);
    QVERIFY2(l.note().contains(QLatin1String("3 or fewer")), qPrintable(l.note()));
    QVERIFY(l.note().contains(QLatin1String("LOCAL_PEOPLE_DONG_201903.csv")));
    QVERIFY(!l.estimated());

    // The threshold is configurable; 0 turns it off.
    auto off = collectExportLayer(*m_store, req, PrivacyRule{0.0});
    QVERIFY(off.ok());
    QCOMPARE(off->suppressed(), 0);
    QCOMPARE(off->columns[0].values[0], 2.0);
    auto five = collectExportLayer(*m_store, req, PrivacyRule{5.0});
    QVERIFY(five.ok());
    QCOMPARE(five->suppressed(), 3);   // 2, 3 and 3.5

    // Column names stay unique and never start with a digit.
    QStringList taken{QStringLiteral("code")};
    QCOMPARE(exportColumnName(QStringLiteral("0_4"), QStringLiteral("2017"), &taken), QStringLiteral("v_0_4_2017"));
    QCOMPARE(exportColumnName(QStringLiteral("code"), {}, &taken), QStringLiteral("code_2"));
    QCOMPARE(exportColumnName(QStringLiteral("총 인구"), {}, &taken), QStringLiteral("총_인구"));
}

void TestExport::collectErrors()
{
    ExportRequest req;
    req.layer = QStringLiteral("nope");
    auto r = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QLatin1String("\"nope\"")), qPrintable(r.errorMessage()));
    req.layer = QStringLiteral("living_population");
    req.fields = {QStringLiteral("nofield")};
    r = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QLatin1String("nofield")), qPrintable(r.errorMessage()));
    req.fields.clear();
    req.times = {QStringLiteral("2019-03-04T16")};
    r = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QLatin1String("2019-03-04T16")), qPrintable(r.errorMessage()));
    req.layer = QStringLiteral("zones");
    req.times = {T14};
    r = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(!r.ok());   // a feature layer has no time
}

void TestExport::geoTiffZones()
{
    ExportRequest req;
    req.layer = QStringLiteral("living_population");
    req.times = {T14, T15};
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(l.ok());
    const QString path = m_dir.filePath(QStringLiteral("zones.tif"));
    GeoTiffOptions opt;
    opt.cellSize = 0;   // automatic: 100 m for boundaries
    auto w = writeLayerGeoTiff(path, l.value(), opt);
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    // Extent of the zones with a value (or a masked one): all four, 950,000..954,000 x 1,950,000..1,951,000.
    QCOMPARE(gt[0], 950000.0);
    QCOMPARE(gt[3], 1951000.0);
    QCOMPARE(gt[1], 100.0);
    QCOMPARE(GDALGetRasterXSize(ds), 40);
    QCOMPARE(GDALGetRasterYSize(ds), 10);
    QCOMPARE(GDALGetRasterCount(ds), 2);
    QCOMPARE(QByteArray(GDALGetDescription(GDALGetRasterBand(ds, 2))), QByteArray("total 2019-03-04T15"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_ESTIMATED", nullptr)), QByteArray("no"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_SUPPRESSED", nullptr)), QByteArray("2"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_PRIVACY_THRESHOLD", nullptr)), QByteArray("3"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(GDALGetRasterBand(ds, 1), "DOSI_TIME", nullptr)), T14.toUtf8());
    QCOMPARE(QByteArray(GDALGetMetadataItem(GDALGetRasterBand(ds, 1), "DOSI_PEOPLE_COUNT", nullptr)), QByteArray("yes"));
    QCOMPARE(GDALGetRasterDataType(GDALGetRasterBand(ds, 1)), GDT_Float32);   // whole and half numbers fit
    const QVector<double> b1 = readBand(ds, 1), b2 = readBand(ds, 2);
    // Pixel centres inside each zone.
    const double nd = -9999.0;
    const QVector<double> e14{nd, 0.0, nd, 150.5}, e15{nd, 3.5, 1200.0, nd};
    for (int row = 0; row < 10; ++row)
        for (int col = 0; col < 40; ++col) {
            const int zone = col / 10;
            QCOMPARE(b1[row * 40 + col], e14[zone]);
            QCOMPARE(b2[row * 40 + col], e15[zone]);
        }
    GDALClose(ds);
    QCOMPARE(filesIn(m_dir).filter(QStringLiteral("tmp")), QStringList());
}

void TestExport::geoTiffGridOnePixelPerCell_data()
{
    QTest::addColumn<bool>("cog");
    QTest::newRow("gtiff") << false;
    QTest::newRow("cog") << true;
}

void TestExport::geoTiffGridOnePixelPerCell()
{
    QFETCH(bool, cog);
    ExportRequest req;
    req.layer = QStringLiteral("lp_grid");
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY2(l.ok(), qPrintable(l.errorMessage()));
    QVERIFY(l->estimated());
    QCOMPARE(gridCellSize(*l->data), 250.0);
    const QString path = m_dir.filePath(cog ? QStringLiteral("grid_cog.tif") : QStringLiteral("grid.tif"));
    GeoTiffOptions opt;
    opt.cellSize = 0;
    opt.cog = cog;
    auto w = writeLayerGeoTiff(path, l.value(), opt);
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    QCOMPARE(gt[0], 955000.0);
    QCOMPARE(gt[1], 250.0);
    QCOMPARE(gt[3], 1951500.0);
    QCOMPARE(gt[5], -250.0);
    QCOMPARE(GDALGetRasterXSize(ds), 3);   // one pixel per cell
    QCOMPARE(GDALGetRasterYSize(ds), 2);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    QCOMPARE(GDALGetRasterDataType(band), GDT_Float64);   // 100/3 would change in Float32
    QCOMPARE(QByteArray(GDALGetDescription(band)), QByteArray("total (estimated)"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_ESTIMATED", nullptr)), QByteArray("yes"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(band, "DOSI_ESTIMATED", nullptr)), QByteArray("yes"));
    if (cog) QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "LAYOUT", "IMAGE_STRUCTURE")), QByteArray("COG"));
    const QVector<double> px = readBand(ds, 1);
    // Row 0 of the raster is the northern row of cells (row 1 of the grid).
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col) QCOMPARE(px[row * 3 + col], gridValue(1 - row, col));
    GDALClose(ds);
}

void TestExport::geoPackageLayersStylesAndNotes()
{
    ExportRequest a;
    a.layer = QStringLiteral("living_population");
    a.times = {QStringLiteral("all")};
    a.classes = QStringLiteral("manual:100,1000");
    ExportRequest b;
    b.layer = QStringLiteral("lp_grid");
    auto la = collectExportLayer(*m_store, a, PrivacyRule{});
    auto lb = collectExportLayer(*m_store, b, PrivacyRule{});
    QVERIFY(la.ok() && lb.ok());
    const QString path = m_dir.filePath(QStringLiteral("out.gpkg"));
    auto w = writeGeoPackage(path, {la.value(), lb.value()});
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    QCOMPARE(filesIn(m_dir).filter(QStringLiteral("out")), QStringList{QStringLiteral("out.gpkg")});

    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH lp = GDALDatasetGetLayerByName(ds, "living_population");
    OGRLayerH grid = GDALDatasetGetLayerByName(ds, "lp_grid");
    QVERIFY(lp && grid);
    QCOMPARE(OGR_L_GetFeatureCount(lp, TRUE), GIntBig(4));
    QCOMPARE(OGR_L_GetFeatureCount(grid, TRUE), GIntBig(6));
    QCOMPARE(QByteArray(OGR_L_GetGeometryColumn(lp)), QByteArray("geom"));
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(lp);
    QVERIFY(srs);
    QCOMPARE(QByteArray(OSRGetAuthorityCode(srs, nullptr)), QByteArray("5179"));
    QCOMPARE(wkbFlatten(OGR_L_GetGeomType(lp)), wkbMultiPolygon);
    // Values by code; suppressed, masked and missing are NULL.
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(lp);
    const int i14 = OGR_FD_GetFieldIndex(defn, "total_2019_03_04T14");
    const int i15 = OGR_FD_GetFieldIndex(defn, "total_2019_03_04T15");
    QVERIFY(i14 >= 0 && i15 >= 0);
    QHash<QString, QPair<QVariant, QVariant>> byCode;
    OGR_L_ResetReading(lp);
    while (OGRFeatureH f = OGR_L_GetNextFeature(lp)) {
        auto val = [&](int i) { return OGR_F_IsFieldSetAndNotNull(f, i) ? QVariant(OGR_F_GetFieldAsDouble(f, i)) : QVariant(); };
        byCode.insert(QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)), {val(i14), val(i15)});
        QVERIFY(OGR_F_GetGeometryRef(f));
        OGR_F_Destroy(f);
    }
    QCOMPARE(byCode.size(), 4);
    QVERIFY(!byCode[QStringLiteral("A")].first.isValid() && !byCode[QStringLiteral("A")].second.isValid());
    QCOMPARE(byCode[QStringLiteral("B")].first.toDouble(), 0.0);
    QCOMPARE(byCode[QStringLiteral("B")].second.toDouble(), 3.5);
    QVERIFY(!byCode[QStringLiteral("C")].first.isValid());
    QCOMPARE(byCode[QStringLiteral("C")].second.toDouble(), 1200.0);
    QCOMPARE(byCode[QStringLiteral("D")].first.toDouble(), 150.5);
    QVERIFY(!byCode[QStringLiteral("D")].second.isValid());

    // layer_styles: one default style per table; the QML has the Dosi classes.
    OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
    QVERIFY(styles);
    QCOMPARE(QByteArray(OGR_L_GetFIDColumn(styles)), QByteArray("id"));
    OGRFeatureDefnH sd = OGR_L_GetLayerDefn(styles);
    for (const char* col : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName", "styleQML",
                            "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time"})
        QVERIFY2(OGR_FD_GetFieldIndex(sd, col) >= 0, col);
    QCOMPARE(OGR_L_GetFeatureCount(styles, TRUE), GIntBig(2));
    QHash<QString, QString> qml;
    OGR_L_ResetReading(styles);
    while (OGRFeatureH f = OGR_L_GetNextFeature(styles)) {
        const QString table = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(sd, "f_table_name")));
        QCOMPARE(QByteArray(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(sd, "f_geometry_column"))), QByteArray("geom"));
        QCOMPARE(QByteArray(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(sd, "f_table_schema"))), QByteArray(""));
        QCOMPARE(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(sd, "useAsDefault")), 1);
        qml.insert(table, QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(sd, "styleQML"))));
        OGR_F_Destroy(f);
    }
    const QString lpQml = qml.value(QStringLiteral("living_population"));
    QVERIFY2(lpQml.contains(QLatin1String("type=\"graduatedSymbol\"")), qPrintable(lpQml));
    QVERIFY(lpQml.contains(QLatin1String("attr=\"total_2019_03_04T14\"")));
    // Manual breaks 100, 1000 over 14h's values {0, 150.5}: classes (0..100], (100..150.5].
    int ranges = 0;
    for (const LegendEntry& e : la->legend.entries) {
        if (e.kind != LegendEntry::Kind::Class) continue;
        ++ranges;
        QVERIFY2(lpQml.contains(QStringLiteral("upper=\"%1\"").arg(QString::number(e.upper, 'g', 17))), qPrintable(lpQml));
        QVERIFY(lpQml.contains(QStringLiteral("%1,%2,%3,255").arg(e.color.red()).arg(e.color.green()).arg(e.color.blue())));
    }
    QVERIFY(ranges >= 2);
    QCOMPARE(lpQml.count(QLatin1String("<range ")), ranges);
    QVERIFY(qml.value(QStringLiteral("lp_grid")).contains(QLatin1String("attr=\"total\"")));

    // dosi_export_info: the column mapping, the estimated flag and what was suppressed.
    OGRLayerH info = GDALDatasetGetLayerByName(ds, "dosi_export_info");
    QVERIFY(info);
    OGRFeatureDefnH id = OGR_L_GetLayerDefn(info);
    QCOMPARE(OGR_L_GetFeatureCount(info, TRUE), GIntBig(3));   // two hours + the grid's total
    int seen = 0;
    OGR_L_ResetReading(info);
    while (OGRFeatureH f = OGR_L_GetNextFeature(info)) {
        const QString col = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(id, "column_name")));
        const int estimated = OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(id, "estimated"));
        const int suppressed = OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(id, "suppressed"));
        const QString time = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(id, "time")));
        QCOMPARE(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(id, "privacy_threshold")), 3.0);
        if (col == QLatin1String("total_2019_03_04T14")) {
            QCOMPARE(time, T14);
            QCOMPARE(estimated, 0);
            QCOMPARE(suppressed, 1);
            QCOMPARE(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(id, "masked")), 1);
            ++seen;
        } else if (col == QLatin1String("total")) {
            QCOMPARE(estimated, 1);
            QVERIFY(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(id, "note"))).contains(QLatin1String("Estimated")));
            ++seen;
        }
        OGR_F_Destroy(f);
    }
    QCOMPARE(seen, 2);
    QCOMPARE(QByteArray(GDALGetMetadataItem(grid, "DOSI_ESTIMATED", nullptr)), QByteArray("yes"));
    GDALClose(ds);
}

void TestExport::csvRoundTrip()
{
    ExportRequest req;
    req.layer = QStringLiteral("living_population");
    req.times = {QStringLiteral("all")};
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(l.ok());
    const QString path = m_dir.filePath(QStringLiteral("lp.csv"));
    auto w = writeCsv(path, l.value());
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // UTF-8 BOM
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("code,label,total_2019_03_04T14,total_2019_03_04T15,estimated"));
    QCOMPARE(lines[1], QStringLiteral("A,\"동 A, \"\"quoted\"\"\",*,*,no"));   // 2 and 3 suppressed
    QCOMPARE(lines[2], QStringLiteral("B,\"동 B, \"\"quoted\"\"\",0,3.5,no"));
    QCOMPARE(lines[3], QStringLiteral("C,\"동 C, \"\"quoted\"\"\",*,1200,no"));   // masked by Seoul: * too
    QCOMPARE(lines[4], QStringLiteral("D,\"동 D, \"\"quoted\"\"\",150.5,,no"));     // missing: empty

    // Estimated layers say so on every row; values read back to the same doubles.
    ExportRequest g;
    g.layer = QStringLiteral("lp_grid");
    auto lg = collectExportLayer(*m_store, g, PrivacyRule{});
    QVERIFY(lg.ok());
    const QString gpath = m_dir.filePath(QStringLiteral("grid.csv"));
    QVERIFY(writeCsv(gpath, lg.value()).ok());
    QFile gf(gpath);
    QVERIFY(gf.open(QIODevice::ReadOnly));
    const QStringList glines = QString::fromUtf8(gf.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(glines.size(), 7);
    QCOMPARE(glines[0], QStringLiteral("code,label,total,estimated"));
    for (int i = 1; i < glines.size(); ++i) {
        const QStringList parts = glines[i].split(QLatin1Char(','));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[3], QStringLiteral("yes"));
        const int k = lg->data->codes.indexOf(parts[0]);
        QVERIFY(k >= 0);
        QCOMPARE(parts[2].toDouble(), lg->columns[0].values[k]);   // exact round trip
    }
}

void TestExport::featureLayerCsvAndStyle()
{
    // A feature layer exports its text attributes and numeric fields; its style shows its own field.
    ExportRequest req;
    req.layer = QStringLiteral("zones");
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY2(l.ok(), qPrintable(l.errorMessage()));
    QCOMPARE(l->textColumns.size(), 1);
    QCOMPARE(l->textColumns[0].name, QStringLiteral("district"));
    QCOMPARE(l->columns.size(), 1);
    QCOMPARE(l->columns[0].name, QStringLiteral("area_km2"));
    QVERIFY(!l->columns[0].peopleCount);
    QCOMPARE(l->columns[0].values, (QVector<double>{1.0, 2.0, 3.0, 4.0}));   // 1..3 kept: not people
    QVERIFY(qgisStyleQml(l.value()).contains(QLatin1String("attr=\"area_km2\"")));
    const QString path = m_dir.filePath(QStringLiteral("zones.csv"));
    QVERIFY(writeCsv(path, l.value()).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines[0], QStringLiteral("code,label,district,area_km2,estimated"));
    QVERIFY(lines[3].endsWith(QStringLiteral(",구1,3,no")));
}

void TestExport::locationResultLayer()
{
    // Results export too: the sites of a location run, styled by their own field.
    ExportRequest req;
    req.layer = QStringLiteral("loc_sites");
    req.fields = {QStringLiteral("served_demand")};
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY2(l.ok(), qPrintable(l.errorMessage()));
    QCOMPARE(l->columns.size(), 1);
    QCOMPARE(l->columns[0].values, (QVector<double>{1000.0, 2000.0, 3000.0}));
    const QString qml = qgisStyleQml(l.value());
    QVERIFY(qml.contains(QLatin1String("attr=\"served_demand\"")));
    QVERIFY(qml.contains(QLatin1String("SimpleMarker")));
    const QString path = m_dir.filePath(QStringLiteral("sites.gpkg"));
    QVERIFY(writeGeoPackage(path, {l.value()}).ok());
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "loc_sites");
    QVERIFY(layer);
    QCOMPARE(wkbFlatten(OGR_L_GetGeomType(layer)), wkbPoint);
    QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(3));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QVERIFY(OGR_FD_GetFieldIndex(defn, "status") >= 0);
    OGRFeatureH f = OGR_L_GetFeature(layer, 1);
    QVERIFY(f);
    QCOMPARE(QByteArray(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, "status"))), QByteArray("existing"));
    QCOMPARE(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(defn, "served_demand")), 1000.0);
    OGR_F_Destroy(f);
    GDALClose(ds);
    // Points cannot be rasterised: one clear message.
    auto tif = writeLayerGeoTiff(m_dir.filePath(QStringLiteral("sites.tif")), l.value(), GeoTiffOptions{});
    QVERIFY(!tif.ok());
    QVERIFY2(tif.errorMessage().contains(QLatin1String("polygon")), qPrintable(tif.errorMessage()));
}

void TestExport::unwritableLeavesNothing()
{
    ExportRequest req;
    req.layer = QStringLiteral("lp_grid");
    auto l = collectExportLayer(*m_store, req, PrivacyRule{});
    QVERIFY(l.ok());
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out"));
    for (const QString& suffix : {QStringLiteral(".gpkg"), QStringLiteral(".csv"), QStringLiteral(".tif")}) {
        Result<void> r;
        if (suffix == QLatin1String(".gpkg")) r = writeGeoPackage(missing + suffix, {l.value()});
        else if (suffix == QLatin1String(".csv")) r = writeCsv(missing + suffix, l.value());
        else r = writeLayerGeoTiff(missing + suffix, l.value(), GeoTiffOptions{});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("out") + suffix), qPrintable(r.errorMessage()));
    }
    QCOMPARE(filesIn(dir), QStringList());
    // The target is a folder: the write fails, and neither it nor a temporary file is left.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.gpkg")));
    auto r = writeGeoPackage(dir.filePath(QStringLiteral("taken.gpkg")), {l.value()});
    QVERIFY(!r.ok());
    QCOMPARE(filesIn(dir), QStringList());
    // A failed write keeps the old file.
    const QString existing = dir.filePath(QStringLiteral("old.gpkg"));
    QVERIFY(writeGeoPackage(existing, {l.value()}).ok());
    const QByteArray before = [&] { QFile f(existing); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QVector<ExportLayer> twice{l.value(), l.value()};
    QVERIFY(!writeGeoPackage(existing, twice).ok());   // the same table twice
    QFile after(existing);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("old.gpkg")});
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
