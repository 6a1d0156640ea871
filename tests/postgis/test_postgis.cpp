// PostGIS as a shared warehouse: a real server on loopback, the real Seoul boundaries loaded
// with ogr2ogr (independent of Dosi), a real living-population table loaded with psql, then
// read back by Dosi with the aggregation done in the database.

#include "PgCluster.h"

#include "dosi/gis/GeosOps.h"
#include "dosi/gis/PostgisSource.h"
#include "dosi/gis/VectorImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace dosi;

namespace {
const QString kSeoul = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson");
const QString kWeek = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hanbyul_week20190304_dong_hourly_whole.json");
}  // namespace

class TestPostgis : public QObject {
    Q_OBJECT
private:
    PgCluster m_pg;
    QString m_skip;
    double m_weekTotal = 0;      // sum of all hourly totals in the JSON week
    double m_sajikDay1 = 0;      // 사직동 (11110530) on 2019-03-04, 24 hours

    void requireServer()
    {
        if (!m_skip.isEmpty()) QSKIP(qPrintable(m_skip));
    }

private slots:
    void initTestCase()
    {
        bool skip = false;
        const QString why = m_pg.start(&skip);
        if (skip) {
            m_skip = why;
            return;
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QString err;
        m_pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE city"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_pg.psql(QStringLiteral("city"), QStringLiteral("CREATE EXTENSION postgis"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        // Boundaries, loaded by GDAL's own ogr2ogr.
        const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
        QVERIFY2(!ogr2ogr.isEmpty(), "ogr2ogr (gdal-bin) is needed to load the test data");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("PostgreSQL"), m_pg.gdalConnection(QStringLiteral("city")), kSeoul,
                          QStringLiteral("-nln"), QStringLiteral("seoul_dong"), QStringLiteral("-lco"), QStringLiteral("GEOMETRY_NAME=geom")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());

        // Living population, one row per dong and hour, loaded with psql's \copy.
        QFile f(kWeek);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray dongs = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(dongs.size(), 424);
        const QString csv = m_pg.folder() + QStringLiteral("/lp.csv");
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream ts(&out);
        ts << "dong,day,hour,total\n";
        const QDate start(2019, 3, 4);
        for (const auto& v : dongs) {
            const QJsonObject d = v.toObject();
            const QString code = QString::number(d.value(QStringLiteral("code_8")).toInteger());
            const QJsonArray t = d.value(QStringLiteral("t")).toArray();
            for (int h = 0; h < t.size(); ++h) {
                const double value = t[h].toDouble();
                ts << code << ',' << start.addDays(h / 24).toString(Qt::ISODate) << ',' << (h % 24) << ',' << value << '\n';
                m_weekTotal += value;
                if (code == QLatin1String("11110530") && h < 24) m_sajikDay1 += value;
            }
        }
        out.close();
        m_pg.psql(QStringLiteral("city"), QStringLiteral("CREATE TABLE living (dong text, day text, hour int, total double precision)"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_pg.psql(QStringLiteral("city"), QStringLiteral("\\copy living FROM '%1' CSV HEADER").arg(csv), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(m_pg.psql(QStringLiteral("city"), QStringLiteral("SELECT count(*) FROM living"), nullptr), QStringLiteral("71232"));
    }

    void cleanupTestCase() { m_pg.stop(); }

    void boundariesFromPostgis()
    {
        requireServer();
        gis::VectorImportOptions opt;
        opt.sourceLayer = QStringLiteral("seoul_dong");
        opt.codeField = QStringLiteral("adm_cd2");
        opt.labelField = QStringLiteral("adm_nm");
        auto fromDb = gis::importVector(m_pg.gdalConnection(QStringLiteral("city")), QStringLiteral("dong"), opt);
        QVERIFY2(fromDb.ok(), qPrintable(fromDb.errorMessage()));
        opt.sourceLayer.clear();
        auto fromFile = gis::importVector(kSeoul, QStringLiteral("dong"), opt);
        QVERIFY(fromFile.ok());
        QCOMPARE(fromDb->features.size(), 425);

        // Same codes, same names, same areas as the file itself.
        const int code = fromDb->info.fieldIndex(QStringLiteral("adm_cd2"));
        const int codeFile = fromFile->info.fieldIndex(QStringLiteral("adm_cd2"));
        QHash<QString, double> areaByCode;
        for (const auto& f : fromFile->features)
            areaByCode.insert(f.values[codeFile].toString(), gis::area(gis::Geometry::fromWkb(f.wkb)));
        double total = 0;
        for (const auto& f : fromDb->features) {
            const QString c = f.values[code].toString();
            QVERIFY2(areaByCode.contains(c), qPrintable(c));
            const double a = gis::area(gis::Geometry::fromWkb(f.wkb));
            QVERIFY2(qAbs(a - areaByCode.value(c)) <= 1e-6 * areaByCode.value(c), qPrintable(c));
            total += a;
        }
        QVERIFY(total > 600e6 && total < 612e6);
        QVERIFY(!fromDb->info.source.contains(QLatin1String("password")));
    }

    void aggregationPushedDown()
    {
        requireServer();
        gis::DatabaseMeasureQuery q;
        q.connection = m_pg.gdalConnection(QStringLiteral("city"));
        q.table = QStringLiteral("living");
        q.unitColumn = QStringLiteral("dong");
        q.timeColumn = QStringLiteral("day");
        q.valueColumns = {QStringLiteral("total")};
        auto sql = gis::databaseAggregateSql(q, q.valueColumns);
        QVERIFY(sql.ok());
        QVERIFY2(sql->contains(QLatin1String("GROUP BY")), qPrintable(*sql));
        auto r = gis::importDatabaseMeasures(q, QStringLiteral("daily"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        // 71,232 hourly rows arrive as 424 dongs x 7 days.
        QCOMPARE(r->table.rowCount(), 424 * 7);
        QCOMPARE(r->info.timeKind, TimeKind::Day);
        double sum = 0;
        double sajik = -1;
        for (int i = 0; i < r->table.rowCount(); ++i) {
            sum += r->table.columns[0][i];
            if (r->table.units[i] == QLatin1String("1111053000") && r->table.times[i] == QLatin1String("2019-03-04"))
                sajik = r->table.columns[0][i];
        }
        QCOMPARE(sajik, m_sajikDay1);
        QVERIFY(qAbs(sum - m_weekTotal) <= 1e-9 * m_weekTotal);
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no table") << "nope" << "dong" << "no table \"nope\"";
        QTest::newRow("no column") << "living" << "gu" << "no column \"gu\"";
        QTest::newRow("injection") << "living; DROP TABLE living" << "dong" << "not a valid table name";
    }
    void badQueries()
    {
        requireServer();
        QFETCH(QString, table);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        gis::DatabaseMeasureQuery q;
        q.connection = m_pg.gdalConnection(QStringLiteral("city"));
        q.table = table;
        q.unitColumn = unit;
        auto r = gis::importDatabaseMeasures(q, QStringLiteral("x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(expected), qPrintable(r.errorMessage()));
        QCOMPARE(m_pg.psql(QStringLiteral("city"), QStringLiteral("SELECT count(*) FROM living"), nullptr), QStringLiteral("71232"));
    }

    void cliImportsFromWarehouse()
    {
        requireServer();
        QTemporaryDir tmp;
        const QString project = tmp.filePath(QStringLiteral("w.dosi"));
        auto run = [](const QStringList& args, QString* err) {
            QProcess p;
            p.start(QStringLiteral(DOSI_CLI), args);
            p.waitForFinished(120000);
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(run({QStringLiteral("new"), project}, &err), 0);
        const QString conn = m_pg.gdalConnection(QStringLiteral("city"));
        QVERIFY2(run({QStringLiteral("import"), project, QStringLiteral("boundaries"), conn, QStringLiteral("--source-layer"),
                      QStringLiteral("seoul_dong"), QStringLiteral("--name"), QStringLiteral("dong"), QStringLiteral("--code-field"),
                      QStringLiteral("adm_cd2")},
                     &err) == 0,
                 qPrintable(err));
        QVERIFY2(run({QStringLiteral("import"), project, QStringLiteral("table"), conn, QStringLiteral("--source-layer"), QStringLiteral("living"),
                      QStringLiteral("--key"), QStringLiteral("dong"), QStringLiteral("--time"), QStringLiteral("day"), QStringLiteral("--fields"),
                      QStringLiteral("total"), QStringLiteral("--name"), QStringLiteral("living_daily")},
                     &err) == 0,
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("418 of 425 units matched")), qPrintable(err));
        QProcess info;
        info.start(QStringLiteral(DOSI_CLI), {QStringLiteral("info"), project, QStringLiteral("--json")});
        QVERIFY(info.waitForFinished(60000));
        const QJsonObject o = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
        int rows = -1, features = -1;
        for (const auto& v : o.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject l = v.toObject();
            if (l.value(QStringLiteral("name")).toString() == QLatin1String("living_daily")) rows = l.value(QStringLiteral("rows")).toInt();
            if (l.value(QStringLiteral("name")).toString() == QLatin1String("dong")) features = l.value(QStringLiteral("features")).toInt();
        }
        QCOMPARE(features, 425);
        QCOMPARE(rows, 424 * 7);
    }
};

QTEST_GUILESS_MAIN(TestPostgis)
#include "test_postgis.moc"
