// importVector: the real Seoul 행정동 GeoJSON (counts, codes, names, validity, areas against an
// independent OGR computation), a CP949 shapefile, a CSV with WKT, and bad input.
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/VectorImport.h"

#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {
QString seoulPath()
{
    return QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson");
}

// Independent areas in EPSG:5179 with the OGR C API, keyed by adm_cd2.
QHash<QString, double> ogrAreas(const QString& path)
{
    QHash<QString, double> out;
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!ds) return out;
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRSpatialReferenceH src = OSRClone(OGR_L_GetSpatialRef(layer));
    OGRSpatialReferenceH dst = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(dst, 5179);
    OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(dst, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(src, dst);
    const int codeIdx = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "adm_cd2");
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        OGRGeometryH g = OGR_G_Clone(OGR_F_GetGeometryRef(f));
        OGR_G_Transform(g, ct);
        out.insert(QString::fromUtf8(OGR_F_GetFieldAsString(f, codeIdx)), OGR_G_Area(g));
        OGR_G_DestroyGeometry(g);
        OGR_F_Destroy(f);
    }
    OCTDestroyCoordinateTransformation(ct);
    OSRRelease(src);
    OSRRelease(dst);
    GDALClose(ds);
    return out;
}

QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString p = dir.filePath(name);
    QFile f(p);
    if (f.open(QIODevice::WriteOnly)) f.write(content);
    return p;
}
}  // namespace

class TestVectorImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void countsAndInfo();
    void codesIntact();
    void knownNames_data();
    void knownNames();
    void geometriesValid();
    void areasMatchIndependentOgr();
    void missingCodeField();
    void missingFile();
    void notVectorSource();
    void cancelled();
    void cp949Shapefile();
    void cp949ShapefileWithoutCodePage();
    void csvWithWkt();
    void csvCp949();
    void csvErrors();

private:
    ImportedLayer m_seoul;
};

void TestVectorImport::initTestCase()
{
    QVector<int> calls;
    auto r = importVector(seoulPath(), QStringLiteral("dongs"), {}, [&](int done, int) {
        calls << done;
        return true;
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    m_seoul = std::move(r).value();
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), 425);
}

void TestVectorImport::countsAndInfo()
{
    QCOMPARE(m_seoul.features.size(), 425);
    QCOMPARE(m_seoul.report.featuresRead, 425);
    QCOMPARE(m_seoul.report.featuresWritten, 425);
    QCOMPARE(m_seoul.report.emptySkipped, 0);
    QCOMPARE(m_seoul.report.sourceCrs, QStringLiteral("EPSG:4326"));
    const LayerInfo& info = m_seoul.info;
    QCOMPARE(info.name, QStringLiteral("dongs"));
    QCOMPARE(info.kind, LayerKind::Boundaries);
    QCOMPARE(info.codeField, QStringLiteral("adm_cd2"));
    QCOMPARE(info.labelField, QStringLiteral("adm_nm"));
    QCOMPARE(info.source, QFileInfo(seoulPath()).absoluteFilePath());
    QVERIFY(QFileInfo(info.source).isAbsolute());
    const QStringList expected = {"OBJECTID", "adm_nm", "adm_cd", "adm_cd2", "sgg", "sido", "sidonm", "sggnm"};
    QCOMPARE(info.fields.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) QCOMPARE(info.fields[i].name, expected[i]);
    QCOMPARE(info.fields[0].type, FieldType::Integer);
    QCOMPARE(info.fields[info.fieldIndex("adm_cd2")].type, FieldType::Text);
    for (const FeatureRecord& f : m_seoul.features) {
        QCOMPARE(f.fid, 0);
        QCOMPARE(f.values.size(), expected.size());
        QVERIFY(!f.envelope.isNull());
    }
}

void TestVectorImport::codesIntact()
{
    const int code = m_seoul.info.fieldIndex("adm_cd2");
    const int kostat = m_seoul.info.fieldIndex("adm_cd");
    QCOMPARE(m_seoul.features.first().values[code].toString(), QStringLiteral("1111053000"));
    QCOMPARE(m_seoul.features.first().values[kostat].toString(), QStringLiteral("1101053"));
    QSet<QString> seen;
    static const QRegularExpression tenDigits(QStringLiteral("^11\\d{8}$"));
    for (const FeatureRecord& f : m_seoul.features) {
        QCOMPARE(f.values[code].typeId(), QMetaType::QString);
        const QString c = f.values[code].toString();
        QVERIFY2(tenDigits.match(c).hasMatch(), qPrintable(c));
        QVERIFY2(!seen.contains(c), qPrintable(c));
        seen.insert(c);
    }
    QCOMPARE(seen.size(), 425);
}

void TestVectorImport::knownNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("gu");
    QTest::newRow("사직동") << "1111053000" << QString::fromUtf8("서울특별시 종로구 사직동") << QString::fromUtf8("종로구");
    QTest::newRow("삼청동") << "1111054000" << QString::fromUtf8("서울특별시 종로구 삼청동") << QString::fromUtf8("종로구");
    QTest::newRow("중화1동") << "1126060000" << QString::fromUtf8("서울특별시 중랑구 중화1동") << QString::fromUtf8("중랑구");
    QTest::newRow("북가좌1동") << "1141071000" << QString::fromUtf8("서울특별시 서대문구 북가좌1동")
                               << QString::fromUtf8("서대문구");
    QTest::newRow("오류2동") << "1153078000" << QString::fromUtf8("서울특별시 구로구 오류2동") << QString::fromUtf8("구로구");
}

void TestVectorImport::knownNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, gu);
    const int codeIdx = m_seoul.info.fieldIndex("adm_cd2");
    const int nameIdx = m_seoul.info.fieldIndex(m_seoul.info.labelField);
    const int guIdx = m_seoul.info.fieldIndex("sggnm");
    int hits = 0;
    for (const FeatureRecord& f : m_seoul.features) {
        if (f.values[codeIdx].toString() != code) continue;
        ++hits;
        QCOMPARE(f.values[nameIdx].toString(), name);
        QCOMPARE(f.values[guIdx].toString(), gu);
    }
    QCOMPARE(hits, 1);
}

void TestVectorImport::geometriesValid()
{
    for (const FeatureRecord& f : m_seoul.features) {
        bool ok = false;
        const Geometry g = Geometry::fromWkb(f.wkb, &ok);
        QVERIFY(ok);
        QCOMPARE(g.type, Geometry::Type::MultiPolygon);
        QString why;
        QVERIFY2(isValid(g, &why), qPrintable(why));
        // In EPSG:5179 metres, inside Seoul.
        const Envelope e = g.envelope();
        QVERIFY(e.minX > 930000 && e.maxX < 980000);
        QVERIFY(e.minY > 1930000 && e.maxY < 1970000);
        QCOMPARE(f.envelope.minX, e.minX);
        QCOMPARE(f.envelope.maxY, e.maxY);
    }
}

void TestVectorImport::areasMatchIndependentOgr()
{
    const QHash<QString, double> ref = ogrAreas(seoulPath());
    QCOMPARE(ref.size(), 425);
    const int codeIdx = m_seoul.info.fieldIndex("adm_cd2");
    double total = 0;
    for (const FeatureRecord& f : m_seoul.features) {
        const QString code = f.values[codeIdx].toString();
        const double a = area(Geometry::fromWkb(f.wkb));
        QVERIFY(ref.contains(code));
        const double expected = ref.value(code);
        QVERIFY2(std::abs(a - expected) <= 0.001 * expected,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(code).arg(a).arg(expected)));
        total += a;
    }
    const double km2 = total / 1e6;
    QVERIFY2(km2 > 600 && km2 < 612, qPrintable(QString::number(km2)));
}

void TestVectorImport::missingCodeField()
{
    VectorImportOptions opt;
    opt.codeField = QStringLiteral("no_such_field");
    auto r = importVector(seoulPath(), QStringLiteral("x"), opt);
    QVERIFY(!r.ok());
    const QString msg = r.errorMessage();
    QVERIFY2(msg.contains(QStringLiteral("hangjeongdong_seoul_ver20210401.geojson")), qPrintable(msg));
    QVERIFY2(msg.contains(QStringLiteral("no_such_field")), qPrintable(msg));
    QVERIFY2(msg.contains(QStringLiteral("adm_cd2")), qPrintable(msg));   // lists what is there
}

void TestVectorImport::missingFile()
{
    auto r = importVector(QStringLiteral(DOSI_BINARY_DIR "/does_not_exist.geojson"), QStringLiteral("x"), {});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("does_not_exist.geojson")), qPrintable(r.errorMessage()));
}

void TestVectorImport::notVectorSource()
{
    QTemporaryDir dir;
    const QString p = writeText(dir, QStringLiteral("notes.dat"), QByteArray("This is not a GIS file.\n\x01\x02\x03", 27));
    auto r = importVector(p, QStringLiteral("x"), {});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("notes.dat")), qPrintable(r.errorMessage()));
    // A GeoJSON-looking file that is broken.
    const QString broken = writeText(dir, QStringLiteral("broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");
    auto b = importVector(broken, QStringLiteral("x"), {});
    QVERIFY(!b.ok());
    QVERIFY2(b.errorMessage().contains(QStringLiteral("broken.geojson")), qPrintable(b.errorMessage()));
}

void TestVectorImport::cancelled()
{
    auto r = importVector(seoulPath(), QStringLiteral("x"), {}, [](int done, int) { return done < 100; });
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(r.errorMessage()));
}

void TestVectorImport::cp949Shapefile()
{
    const QString shp = QStringLiteral(DOSI_SHARED_DATA "/real/boundaries/juso2015_seoul_neighborhoods.shp");
    if (!QFileInfo::exists(shp))
        QSKIP(qPrintable(QStringLiteral("Shared real data is absent (%1); see shared/data/real/SOURCES.md §1.3.").arg(shp)));
    VectorImportOptions opt;
    opt.encoding = QStringLiteral("CP949");
    auto r = importVector(shp, QStringLiteral("legal"), opt);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->features.size(), 467);
    QCOMPARE(r->info.codeField, QStringLiteral("EMD_CD"));
    QCOMPARE(r->info.labelField, QStringLiteral("EMD_KOR_NM"));
    const int code = r->info.fieldIndex("EMD_CD");
    const int name = r->info.fieldIndex("EMD_KOR_NM");
    const int eng = r->info.fieldIndex("EMD_ENG_NM");
    bool found = false;
    for (const FeatureRecord& f : r->features) {
        const QString n = f.values[name].toString();
        QVERIFY2(!n.contains(QChar(0xFFFD)), qPrintable(n));
        QVERIFY2(n.endsWith(QString::fromUtf8("동")) || n.endsWith(QString::fromUtf8("가")) || n.endsWith(QString::fromUtf8("로"))
                     || n.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))),
                 qPrintable(n));
        if (f.values[code].toString() == QLatin1String("11590108")) {
            QCOMPARE(n, QString::fromUtf8("대방동"));
            QCOMPARE(f.values[eng].toString(), QStringLiteral("Daebang-dong"));
            found = true;
        }
        QVERIFY(isValid(Geometry::fromWkb(f.wkb)));
    }
    QVERIFY(found);
}

void TestVectorImport::cp949ShapefileWithoutCodePage()
{
    // The real DBF declares CP949 in its code-page byte (LDID 0x4E). Clear it so only the
    // encoding option can tell GDAL how to decode the names.
    const QString base = QStringLiteral(DOSI_SHARED_DATA "/real/boundaries/juso2015_seoul_neighborhoods");
    if (!QFileInfo::exists(base + QStringLiteral(".shp")))
        QSKIP(qPrintable(QStringLiteral("Shared real data is absent (%1.shp); see shared/data/real/SOURCES.md §1.3.").arg(base)));
    QTemporaryDir dir;
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"})
        QVERIFY(QFile::copy(base + QLatin1String(ext), dir.filePath(QStringLiteral("legal") + QLatin1String(ext))));
    QFile dbf(dir.filePath(QStringLiteral("legal.dbf")));
    QVERIFY(dbf.open(QIODevice::ReadWrite));
    QVERIFY(dbf.seek(29));
    QVERIFY(dbf.write("\0", 1) == 1);
    dbf.close();
    const QString shp = dir.filePath(QStringLiteral("legal.shp"));

    auto plain = importVector(shp, QStringLiteral("legal"), {});
    QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
    QVERIFY(plain->report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral(".cpg")));
    const int name = plain->info.fieldIndex("EMD_KOR_NM");
    QVERIFY(plain->features[0].values[name].toString() != QString::fromUtf8("대방동"));

    VectorImportOptions opt;
    opt.encoding = QStringLiteral("CP949");
    auto decoded = importVector(shp, QStringLiteral("legal"), opt);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->features.size(), 467);
    QCOMPARE(decoded->features[0].values[0].toString(), QStringLiteral("11590108"));
    QCOMPARE(decoded->features[0].values[name].toString(), QString::fromUtf8("대방동"));
    QVERIFY(decoded->report.warnings.isEmpty());
}

void TestVectorImport::csvCp949()
{
    QTemporaryDir dir;
    // "대방동" in CP949 is B4 EB B9 E6 B5 BF.
    const QString csv = writeText(dir, QStringLiteral("cp.csv"),
                                  "WKT,code,name\n\"POINT (952500 1953250)\",01,\xb4\xeb\xb9\xe6\xb5\xbf\n");
    VectorImportOptions opt;
    opt.sourceCrs = QStringLiteral("EPSG:5179");
    opt.encoding = QStringLiteral("CP949");
    opt.kind = LayerKind::Points;
    auto r = importVector(csv, QStringLiteral("pts"), opt);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->features.size(), 1);
    QCOMPARE(r->features[0].values[r->info.fieldIndex("code")].toString(), QStringLiteral("01"));
    QCOMPARE(r->features[0].values[r->info.fieldIndex("name")].toString(), QString::fromUtf8("대방동"));
    QCOMPARE(r->info.kind, LayerKind::Points);
    const Geometry g = Geometry::fromWkb(r->features[0].wkb);
    QCOMPARE(g.type, Geometry::Type::Point);
    QCOMPARE(g.points[0], QPointF(952500, 1953250));
}

void TestVectorImport::csvWithWkt()
{
    QTemporaryDir dir;
    // EPSG:5179 squares; one bow-tie (invalid) polygon, codes with leading zeros.
    const QString csv = writeText(dir, QStringLiteral("units.csv"),
                                  "WKT,code,name,value\n"
                                  "\"POLYGON ((0 0,100 0,100 100,0 100,0 0))\",0012,a,1.5\n"
                                  "\"POLYGON ((200 0,300 100,300 0,200 100,200 0))\",0013,b,2\n"
                                  "\"POINT (5 5)\",0014,c,3\n");
    VectorImportOptions opt;
    opt.sourceCrs = QStringLiteral("EPSG:5179");
    auto r = importVector(csv, QStringLiteral("units"), opt);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->info.codeField, QStringLiteral("code"));
    QCOMPARE(r->info.labelField, QStringLiteral("name"));
    QCOMPARE(r->report.invalidRepaired, 1);
    QCOMPARE(r->features.size(), 3);
    const int code = r->info.fieldIndex("code");
    QCOMPARE(r->features[0].values[code].toString(), QStringLiteral("0012"));
    QCOMPARE(r->features[1].values[code].toString(), QStringLiteral("0013"));
    QCOMPARE(area(Geometry::fromWkb(r->features[0].wkb)), 10000.0);
    const Geometry repaired = Geometry::fromWkb(r->features[1].wkb);
    QCOMPARE(repaired.type, Geometry::Type::MultiPolygon);
    QVERIFY(isValid(repaired));
    QCOMPARE(area(repaired), 5000.0);   // the two triangles of the bow-tie
    QCOMPARE(Geometry::fromWkb(r->features[2].wkb).type, Geometry::Type::Point);
}

void TestVectorImport::csvErrors()
{
    QTemporaryDir dir;
    const QString csv = writeText(dir, QStringLiteral("nocrs.csv"),
                                  "WKT,code\n\"POLYGON ((0 0,1 0,1 1,0 1,0 0))\",1\n\"POLYGON ((0 0,1 0,1 1,0 1,0 0))\",\n");
    auto noCrs = importVector(csv, QStringLiteral("x"), {});
    QVERIFY(!noCrs.ok());
    QVERIFY2(noCrs.errorMessage().contains(QStringLiteral("nocrs.csv")), qPrintable(noCrs.errorMessage()));

    VectorImportOptions opt;
    opt.sourceCrs = QStringLiteral("EPSG:5179");
    auto emptyCode = importVector(csv, QStringLiteral("x"), opt);
    QVERIFY(!emptyCode.ok());
    QVERIFY2(emptyCode.errorMessage().contains(QStringLiteral("Feature 2")), qPrintable(emptyCode.errorMessage()));
    QVERIFY(emptyCode.errorMessage().contains(QStringLiteral("nocrs.csv")));

    const QString nocode = writeText(dir, QStringLiteral("nocode.csv"),
                                     "WKT,value\n\"POLYGON ((0 0,1 0,1 1,0 1,0 0))\",1\n");
    auto none = importVector(nocode, QStringLiteral("x"), opt);
    QVERIFY(!none.ok());
    QVERIFY2(none.errorMessage().contains(QStringLiteral("nocode.csv")), qPrintable(none.errorMessage()));
    QVERIFY2(none.errorMessage().contains(QStringLiteral("value")), qPrintable(none.errorMessage()));
}

QTEST_GUILESS_MAIN(TestVectorImport)
#include "test_vectorimport.moc"
