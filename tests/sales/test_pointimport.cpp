// importPointsCsv on the real 강남구 CCTV list (1,763 WGS84 points), the real EV charger sample (500 rows,
// one "lat,lon" column), a 5181 x/y table (OA-15560 commercial areas), bad coordinates, and points from a
// GDAL source through importVector (the CCTV csv converted with ogr2ogr when it is available).
#include "TestFiles.h"
#include "dosi/core/Values.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/PointImport.h"
#include "dosi/gis/VectorImport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

QString facilities(const QString& name)
{
    return QStringLiteral(DOSI_SHARED_DATA "/real/facilities/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QPointF pointOf(const FeatureRecord& f)
{
    bool ok = false;
    const Geometry g = Geometry::fromWkb(f.wkb, &ok);
    if (!ok || g.type != Geometry::Type::Point || g.points.isEmpty()) return {qQNaN(), qQNaN()};
    return g.points.first();
}

// Seoul in EPSG:5179 (the 2021 행정동 boundaries span about 935-972 km E, 1936-1967 km N).
bool inSeoul(const QPointF& p)
{
    return p.x() > 930000 && p.x() < 975000 && p.y() > 1930000 && p.y() < 1970000;
}

}  // namespace

class TestPointImport : public QObject {
    Q_OBJECT

private slots:
    void cctv()
    {
        auto r = importPointsCsv(facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")), QStringLiteral("cctv"),
                                 QStringLiteral("longitude"), QStringLiteral("latitude"), QStringLiteral("EPSG:4326"));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->features.size(), 1763);
        QCOMPARE(r->info.kind, LayerKind::Points);
        QCOMPARE(r->info.codeField, QStringLiteral("id"));
        QStringList names;
        for (const FieldInfo& f : r->info.fields) names << f.name;
        QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("old_address"), QStringLiteral("new_address"),
                                     QStringLiteral("keep_day"), QStringLiteral("count"), QStringLiteral("mng_name"),
                                     QStringLiteral("mng_phone")}));
        QCOMPARE(r->info.fields[4].type, FieldType::Real);   // count
        QCOMPARE(r->info.fields[6].type, FieldType::Text);   // mng_phone "02-2100-5397"
        for (const FeatureRecord& f : r->features) {
            const QPointF p = pointOf(f);
            QVERIFY2(inSeoul(p), qPrintable(QStringLiteral("%1 %2").arg(p.x()).arg(p.y())));
            QCOMPARE(f.envelope.minX, p.x());
        }
        // Line 2 (37.46855, 127.12096). Golden value:
        //   echo "127.12096 37.46855" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:5179 -output_xy
        //   -> 966482.515545391 1941104.62912006
        const QPointF first = pointOf(r->features.first());
        QVERIFY(std::fabs(first.x() - 966482.515545391) < 0.01 && std::fabs(first.y() - 1941104.62912006) < 0.01);
        QCOMPARE(r->features.first().values[0].toString(), QStringLiteral("1"));
        QCOMPARE(r->features.last().values[0].toString(), QStringLiteral("1763"));
        QCOMPARE(r->features[1].values[4].toDouble(), 12.0);  // line 3: count 12
    }

    void evChargersLatLon()
    {
        PointCsvOptions o;
        o.latLonColumn = QStringLiteral("위도경도");
        o.labelField = QStringLiteral("충전소명");
        auto r = importPointsCsv(facilities(QStringLiteral("zackwoo05_ev_chargerinfo_sample_small.csv")),
                                 QStringLiteral("ev"), o);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->features.size(), 500);
        QCOMPARE(r->info.fields.size(), 14);  // generated id + 13 columns (위도경도 used as the point)
        QCOMPARE(r->info.labelField, QStringLiteral("충전소명"));
        // Line 2: 가로공원로 지하공영주차장 (강서구), "37.5372628,126.8383789".
        // echo "126.8383789 37.5372628" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:5179 -output_xy
        //   -> 941547.997232036 1948865.99630225
        const QPointF p = pointOf(r->features.first());
        QVERIFY2(std::fabs(p.x() - 941547.997232036) < 0.01, qPrintable(QString::number(p.x(), 'f', 3)));
        QVERIFY2(std::fabs(p.y() - 1948865.99630225) < 0.01, qPrintable(QString::number(p.y(), 'f', 3)));
        const int nameIdx = r->info.fieldIndex(QStringLiteral("충전소명"));
        QCOMPARE(r->features.first().values[nameIdx].toString(), QStringLiteral("가로공원로 지하공영주차장"));
        // The national sample spans Korea: every point lands inside South Korea's EPSG:5179 extent.
        for (const FeatureRecord& f : r->features) {
            const QPointF q = pointOf(f);
            QVERIFY(q.x() > 700000 && q.x() < 1400000 && q.y() > 1400000 && q.y() < 2100000);
        }
    }

    void xyIn5181WithIdField()
    {
        auto r = importPointsCsv(QStringLiteral(DOSI_SHARED_DATA "/real/commercial/scksh_trade_area_OA-15560.csv"),
                                 QStringLiteral("areas"), QStringLiteral("XCNTS_VALUE"), QStringLiteral("YDNTS_VALUE"),
                                 QStringLiteral("EPSG:5181"), QStringLiteral("TRDAR_CD"));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->features.size(), 1650);
        QCOMPARE(r->info.codeField, QStringLiteral("TRDAR_CD"));
        const int sig = r->info.fieldIndex(QStringLiteral("SIGNGU_CD"));
        QCOMPARE(r->info.fields[sig].type, FieldType::Text);  // a code, not a number
        // Line 3: 3110008, X 197093 Y 453418. gdaltransform -s_srs EPSG:5181 -t_srs EPSG:5179 -output_xy
        //   -> 952946.326362836 1953569.58088925
        const int code = r->info.fieldIndex(QStringLiteral("TRDAR_CD"));
        QCOMPARE(r->features[1].values[code].toString(), QStringLiteral("3110008"));
        const QPointF p = pointOf(r->features[1]);
        QVERIFY(std::fabs(p.x() - 952946.326362836) < 0.01 && std::fabs(p.y() - 1953569.58088925) < 0.01);
    }

    void badCoordinates()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")));
        QList<QByteArray> lines = text.split('\n');
        lines[5] = lines[5].mid(lines[5].indexOf(','));               // line 6: empty latitude
        lines[9].replace(0, lines[9].indexOf(','), "37.4x");          // line 10: not a number
        const QString p = dosi::test::writeFixture(dir, QStringLiteral("cctv.csv"), lines.join('\n'));
        auto r = importPointsCsv(p, QStringLiteral("c"), QStringLiteral("longitude"), QStringLiteral("latitude"),
                                 QStringLiteral("EPSG:4326"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("cctv.csv line 6")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("latitude")), qPrintable(r.errorMessage()));

        PointCsvOptions o;
        o.xColumn = QStringLiteral("longitude");
        o.yColumn = QStringLiteral("latitude");
        o.crs = QStringLiteral("EPSG:4326");
        o.skipInvalid = true;
        auto skipped = importPointsCsv(p, QStringLiteral("c"), o);
        QVERIFY2(skipped, qPrintable(skipped.errorMessage()));
        QCOMPARE(skipped->features.size(), 1761);
        QCOMPARE(skipped->report.emptySkipped, 2);
        QVERIFY(skipped->report.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("line 10")));

        // A bad "lat,lon" names the line too.
        QByteArray ev = readAll(facilities(QStringLiteral("zackwoo05_ev_chargerinfo_sample_small.csv")));
        ev.replace("\"37.5289561,126.8490887\"", "\"37.5289561\"");  // line 3
        const QString e = dosi::test::writeFixture(dir, QStringLiteral("ev.csv"), ev);
        PointCsvOptions l;
        l.latLonColumn = QStringLiteral("위도경도");
        auto bad = importPointsCsv(e, QStringLiteral("ev"), l);
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("ev.csv line 3")), qPrintable(bad.errorMessage()));

        // Unknown column, missing CRS.
        auto noCol = importPointsCsv(facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")), QStringLiteral("c"),
                                     QStringLiteral("lon"), QStringLiteral("latitude"), QStringLiteral("EPSG:4326"));
        QVERIFY(!noCol);
        QVERIFY(noCol.errorMessage().contains(QStringLiteral("\"lon\"")));
        auto noCrs = importPointsCsv(facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")), QStringLiteral("c"),
                                     QStringLiteral("longitude"), QStringLiteral("latitude"), QString());
        QVERIFY(!noCrs);
    }

    // Points from any GDAL source: the CCTV csv as GeoJSON (ogr2ogr) through importVector, kind Points.
    void gdalPointsSource()
    {
        const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
        if (ogr2ogr.isEmpty()) QSKIP("ogr2ogr is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cctv.geojson"));
        QProcess proc;
        proc.start(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GeoJSON"), out,
                             facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")), QStringLiteral("-oo"),
                             QStringLiteral("X_POSSIBLE_NAMES=longitude"), QStringLiteral("-oo"),
                             QStringLiteral("Y_POSSIBLE_NAMES=latitude"), QStringLiteral("-a_srs"),
                             QStringLiteral("EPSG:4326")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        VectorImportOptions o;
        o.kind = LayerKind::Points;
        o.codeField = QStringLiteral("count");
        auto viaGdal = importVector(out, QStringLiteral("cctv"), o);
        QVERIFY2(viaGdal, qPrintable(viaGdal.errorMessage()));
        QCOMPARE(viaGdal->features.size(), 1763);
        auto viaCsv = importPointsCsv(facilities(QStringLiteral("whatsmap_gangnam_cctv.csv")), QStringLiteral("c"),
                                      QStringLiteral("longitude"), QStringLiteral("latitude"), QStringLiteral("EPSG:4326"));
        QVERIFY(viaCsv);
        for (int i = 0; i < 1763; i += 97) {
            const QPointF a = pointOf(viaGdal->features[i]);
            const QPointF b = pointOf(viaCsv->features[i]);
            QVERIFY(std::fabs(a.x() - b.x()) < 0.001 && std::fabs(a.y() - b.y()) < 0.001);
        }
    }
};

QTEST_GUILESS_MAIN(TestPointImport)
#include "test_pointimport.moc"
