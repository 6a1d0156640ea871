// ProjectStore: round trips, atomic saves, relative paths and every kind of bad file.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"
#include <QtEndian>

using namespace dosi;

namespace {

// ISO WKB of an axis-aligned square polygon (independent of gis/).
QByteArray squareWkb(double x, double y, double s)
{
    QByteArray b;
    auto u32 = [&](quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    auto f64 = [&](double v) {
        char c[8];
        qToLittleEndian(v, c);
        b.append(c, 8);
    };
    b.append(char(1));
    u32(3);
    u32(1);
    u32(5);
    const double pts[5][2] = {{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}, {x, y}};
    for (const auto& p : pts) {
        f64(p[0]);
        f64(p[1]);
    }
    return b;
}

FeatureRecord square(double x, double y, double s, const QString& code, const QString& name)
{
    FeatureRecord f;
    f.wkb = squareWkb(x, y, s);
    f.envelope = {x, y, x + s, y + s};
    f.values = {code, name, 1.5};
    return f;
}

LayerInfo dongLayer(const QString& source)
{
    LayerInfo l;
    l.name = QStringLiteral("dong");
    l.kind = LayerKind::Boundaries;
    l.codeField = QStringLiteral("adm_cd2");
    l.labelField = QStringLiteral("adm_nm");
    l.fields = {{QStringLiteral("adm_cd2"), FieldType::Text, {}},
                {QStringLiteral("adm_nm"), FieldType::Text, {}},
                {QStringLiteral("score"), FieldType::Real, {}}};
    l.source = source;
    return l;
}

QByteArray sha(const QString& path) { return dosi::test::sha256File(path); }

QString rawQuery(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt* st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QString makeProject(const QString& name)
    {
        const QString path = m_tmp.filePath(name);
        auto store = ProjectStore::create(path, QStringLiteral("테스트 프로젝트"));
        if (!store) qFatal("%s", qPrintable(store.errorMessage()));
        auto& s = *store.value();
        QVector<FeatureRecord> feats{square(950000, 1950000, 1000, QStringLiteral("1111053000"), QStringLiteral("사직동")),
                                     square(951000, 1950000, 1000, QStringLiteral("1111054000"), QStringLiteral("삼청동"))};
        if (!s.addFeatureLayer(dongLayer(m_tmp.filePath(QStringLiteral("data/dong.geojson"))), feats)) qFatal("add");
        MeasureTable t;
        t.fields = {QStringLiteral("total"), QStringLiteral("female")};
        t.addRow(QStringLiteral("1111053000"), QStringLiteral("2019-03-04T00"), {14993, 7928});
        t.addRow(QStringLiteral("1111054000"), QStringLiteral("2019-03-04T00"), {2.0, maskedValue()});
        t.addRow(QStringLiteral("1111053000"), QStringLiteral("2019-03-04T01"), {14807, missingValue()});
        LayerInfo m;
        m.name = QStringLiteral("living_population");
        m.geometryLayer = QStringLiteral("dong");
        m.timeKind = TimeKind::Hour;
        if (!s.addMeasureLayer(m, t)) qFatal("measure");
        if (!s.save()) qFatal("save");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void roundTrip()
    {
        const QString path = makeProject(QStringLiteral("round.dosi"));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        auto& s = *opened.value();
        QCOMPARE(s.title(), QStringLiteral("테스트 프로젝트"));
        QCOMPARE(s.schemaVersion(), ProjectStore::SchemaVersion);
        QVERIFY(!s.isModified());
        const auto layers = s.layers();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0].name, QStringLiteral("dong"));
        QCOMPARE(layers[0].featureCount, 2);
        QCOMPARE(layers[0].codeField, QStringLiteral("adm_cd2"));
        QCOMPARE(layers[1].kind, LayerKind::Measure);
        QCOMPARE(layers[1].rowCount, 3);
        QCOMPARE(layers[1].timeKind, TimeKind::Hour);
        QCOMPARE(layers[1].geometryLayer, QStringLiteral("dong"));

        auto feats = s.readFeatures(QStringLiteral("dong"));
        QVERIFY(feats.ok());
        QCOMPARE(feats->size(), 2);
        QCOMPARE(feats->at(0).values[0].toString(), QStringLiteral("1111053000"));   // leading digits intact, text
        QCOMPARE(feats->at(1).values[1].toString(), QStringLiteral("삼청동"));
        QCOMPARE(feats->at(0).wkb, squareWkb(950000, 1950000, 1000));
        QCOMPARE(feats->at(1).envelope.minX, 951000.0);

        auto m = s.readMeasures(QStringLiteral("living_population"));
        QVERIFY(m.ok());
        QCOMPARE(m->rowCount(), 3);
        // Ordered by time then unit.
        QCOMPARE(m->units[0], QStringLiteral("1111053000"));
        QCOMPARE(m->columns[0][0], 14993.0);
        QVERIFY(isMasked(m->columns[1][1]));        // masked survives the round trip
        QVERIFY(isMissing(m->columns[1][2]));       // missing stays missing, never zero
        auto one = s.readMeasures(QStringLiteral("living_population"), {QStringLiteral("total")}, QStringLiteral("2019-03-04T01"));
        QVERIFY(one.ok());
        QCOMPARE(one->rowCount(), 1);
        QCOMPARE(one->columns[0][0], 14807.0);
        QCOMPARE(s.measureTimes(QStringLiteral("living_population")).value(),
                 QStringList({QStringLiteral("2019-03-04T00"), QStringLiteral("2019-03-04T01")}));
        QVERIFY(!s.readMeasures(QStringLiteral("living_population"), {QStringLiteral("nope")}).ok());
    }

    void editsReachTheFileOnlyOnSave()
    {
        const QString path = makeProject(QStringLiteral("edit.dosi"));
        const QByteArray before = sha(path);
        {
            auto s = ProjectStore::open(path);
            QVERIFY(s.ok());
            QVERIFY(s.value()->setLayerVisible(QStringLiteral("dong"), false).ok());
            QVERIFY(s.value()->setLayerOrder({QStringLiteral("living_population"), QStringLiteral("dong")}).ok());
            QVERIFY(s.value()->isModified());
            // Not saved: the file is untouched.
        }
        QCOMPARE(sha(path), before);
        {
            auto s = ProjectStore::open(path);
            QVERIFY(s.value()->setLayerVisible(QStringLiteral("dong"), false).ok());
            QVERIFY(s.value()->setLayerOrder({QStringLiteral("living_population"), QStringLiteral("dong")}).ok());
            QVERIFY(s.value()->save().ok());
        }
        auto s = ProjectStore::open(path);
        const auto layers = s.value()->layers();
        QCOMPARE(layers[0].name, QStringLiteral("living_population"));
        QCOMPARE(layers[1].name, QStringLiteral("dong"));
        QVERIFY(!layers[1].visible);
        // No temporary files are left next to the project.
        const QStringList left = QDir(m_tmp.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }

    void sourcesAreStoredRelative()
    {
        const QString path = makeProject(QStringLiteral("rel.dosi"));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT source FROM dosi_layers WHERE name='dong'")),
                 QStringLiteral("data/dong.geojson"));
        auto s = ProjectStore::open(path);
        QCOMPARE(s.value()->layer(QStringLiteral("dong"))->source, m_tmp.filePath(QStringLiteral("data/dong.geojson")));
        // Save As into a sub-folder rebases the relative path.
        QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("sub/deeper")));
        const QString moved = m_tmp.filePath(QStringLiteral("sub/deeper/moved.dosi"));
        QVERIFY(s.value()->saveAs(moved).ok());
        QCOMPARE(s.value()->filePath(), moved);
        QCOMPARE(rawQuery(moved, QStringLiteral("SELECT source FROM dosi_layers WHERE name='dong'")),
                 QStringLiteral("../../data/dong.geojson"));
        auto again = ProjectStore::open(moved);
        QCOMPARE(again.value()->layer(QStringLiteral("dong"))->source, m_tmp.filePath(QStringLiteral("data/dong.geojson")));
    }

    void connectionStringsAreNotPaths()
    {
        const QString path = m_tmp.filePath(QStringLiteral("pg.dosi"));
        auto store = ProjectStore::create(path, QStringLiteral("pg"));
        LayerInfo l = dongLayer(QStringLiteral("PG:dbname=city host=127.0.0.1"));
        QVERIFY(store.value()->addFeatureLayer(l, {square(0, 0, 1, QStringLiteral("1"), QStringLiteral("a"))}).ok());
        QVERIFY(store.value()->save().ok());
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT source FROM dosi_layers")), QStringLiteral("PG:dbname=city host=127.0.0.1"));
        auto again = ProjectStore::open(path);
        QCOMPARE(again.value()->layer(QStringLiteral("dong"))->source, QStringLiteral("PG:dbname=city host=127.0.0.1"));
    }

    void geopackageMarkers()
    {
        const QString path = makeProject(QStringLiteral("gpkg.dosi"));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA application_id")), QString::number(0x47504B47));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT value FROM dosi_meta WHERE key='schema_version'")),
                 QString::number(ProjectStore::SchemaVersion));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='dong'")),
                 QStringLiteral("5179"));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name='living_population'")),
                 QStringLiteral("attributes"));
    }

    void ogrinfoReadsIt()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty()) QSKIP("ogrinfo (gdal-bin) is not installed");
        const QString path = makeProject(QStringLiteral("ogr.dosi"));
        QProcess p;
        p.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), path});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!err.contains(QLatin1String("ERROR")), qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("Layer name: dong")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Feature Count: 2")));
        QVERIFY(out.contains(QLatin1String("Korea 2000 / Unified CS")));
        QVERIFY(out.contains(QLatin1String("Layer name: living_population")));
        QVERIFY(out.contains(QLatin1String("Extent: (950000.000000, 1950000.000000) - (952000.000000, 1951000.000000)")));
    }

    void refusesNewerSchema()
    {
        const QString path = makeProject(QStringLiteral("new.dosi"));
        rawQuery(path, QStringLiteral("UPDATE dosi_meta SET value='99' WHERE key='schema_version'"));
        auto s = ProjectStore::open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QLatin1String("newer version of Dosi")), qPrintable(s.errorMessage()));
        QVERIFY(s.errorMessage().contains(QLatin1String("new.dosi")));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("type,name\n1,2\n") << QStringLiteral("is not a Dosi project");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is not a Dosi project");
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("damaged or truncated");
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_tmp.filePath(QStringLiteral("bad-%1.dosi").arg(QTest::currentDataTag()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto s = ProjectStore::open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(expected), qPrintable(s.errorMessage()));
        QVERIFY(s.errorMessage().contains(QFileInfo(path).fileName()));
    }

    void refusesPlainSqlite()
    {
        const QString path = m_tmp.filePath(QStringLiteral("plain.sqlite"));
        rawQuery(path, QStringLiteral("CREATE TABLE t(x)"));
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        auto s = ProjectStore::open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QLatin1String("is not a Dosi project")), qPrintable(s.errorMessage()));
    }

    void refusesTruncatedProject()
    {
        const QString path = makeProject(QStringLiteral("trunc.dosi"));
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        QVERIFY(f.resize(size / 2));
        auto s = ProjectStore::open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QLatin1String("damaged or truncated")), qPrintable(s.errorMessage()));
    }

    void refusesMissingFile()
    {
        auto s = ProjectStore::open(m_tmp.filePath(QStringLiteral("nope.dosi")));
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QLatin1String("does not exist")));
    }

    void failedSaveLeavesNothing()
    {
        auto s = ProjectStore::create({}, QStringLiteral("untitled"));
        QVERIFY(s.ok());
        QVERIFY(s.value()->isUntitled());
        QVERIFY(!s.value()->save().ok());   // no file name yet
        const QString target = m_tmp.filePath(QStringLiteral("no/such/dir/x.dosi"));
        auto r = s.value()->saveAs(target);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QLatin1String("folder does not exist")));
        QVERIFY(!QFileInfo::exists(target));
    }

    void duplicateLayerRejectedWithoutChange()
    {
        const QString path = makeProject(QStringLiteral("dup.dosi"));
        auto s = ProjectStore::open(path);
        auto r = s.value()->addFeatureLayer(dongLayer({}), {});
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QLatin1String("already has a layer named \"dong\"")));
        QCOMPARE(s.value()->layers().size(), 2);
        // A measure row that breaks the (unit, time) key rolls the whole layer back.
        MeasureTable t;
        t.fields = {QStringLiteral("v")};
        t.addRow(QStringLiteral("a"), QStringLiteral("2017"), {1});
        t.addRow(QStringLiteral("a"), QStringLiteral("2017"), {2});
        LayerInfo m;
        m.name = QStringLiteral("dups");
        auto r2 = s.value()->addMeasureLayer(m, t);
        QVERIFY(!r2.ok());
        QVERIFY(r2.errorMessage().contains(QLatin1String("unit a, time 2017")));
        QVERIFY(!s.value()->hasLayer(QStringLiteral("dups")));
        QCOMPARE(rawQuery(s.value()->filePath(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='dups'")),
                 QStringLiteral("0"));
    }

    void runsRoundTrip()
    {
        const QString path = makeProject(QStringLiteral("runs.dosi"));
        auto s = ProjectStore::open(path);
        RunInfo run;
        run.kind = QStringLiteral("regen.diagnose");
        run.model = QStringLiteral("decline");
        run.version = QStringLiteral("1");
        run.params = QJsonObject{{QStringLiteral("population_drop"), 0.2}};
        QVERIFY(s.value()->addRun(run).ok());
        QVERIFY(s.value()->save().ok());
        auto again = ProjectStore::open(path);
        const auto runs = again.value()->runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].params.value(QStringLiteral("population_drop")).toDouble(), 0.2);
        QVERIFY(runs[0].details.isEmpty());   // runs() leaves details out
    }

    // Schema 4: a run's title and per-unit details survive a save; removing a run removes its layers.
    void runDetailsAndRemoval()
    {
        const QString path = makeProject(QStringLiteral("rundetails.dosi"));
        qint64 id = 0;
        {
            auto s = ProjectStore::open(path);
            QVERIFY(s.ok());
            MeasureTable t;
            t.fields = {QStringLiteral("status")};
            t.columns.resize(1);
            t.addRow(QStringLiteral("a"), QStringLiteral("2021"), {1.0});
            LayerInfo info;
            info.name = QStringLiteral("diag_1");
            info.kind = LayerKind::Measure;
            info.timeKind = TimeKind::Year;
            info.fields = {FieldInfo{QStringLiteral("status"), FieldType::Real, {}}};
            QVERIFY(s.value()->addMeasureLayer(info, t).ok());
            RunInfo run;
            run.kind = QStringLiteral("regen.diagnose");
            run.title = QStringLiteral("주택사업 +2000");
            run.details = QJsonObject{{QStringLiteral("a"), QStringLiteral("Declined in 3 consecutive years")}};
            run.resultLayers = {QStringLiteral("diag_1")};
            auto added = s.value()->addRun(run);
            QVERIFY(added.ok());
            id = added.value();
            QVERIFY(s.value()->save().ok());
        }
        auto s = ProjectStore::open(path);
        QVERIFY(s.ok());
        QCOMPARE(s.value()->runs().size(), 1);
        QCOMPARE(s.value()->runs()[0].title, QStringLiteral("주택사업 +2000"));
        const auto r = s.value()->run(id);
        QVERIFY(r.has_value());
        QCOMPARE(r->details.value(QStringLiteral("a")).toString(), QStringLiteral("Declined in 3 consecutive years"));
        QVERIFY(!s.value()->run(id + 1).has_value());
        QVERIFY(!s.value()->removeRun(id + 1).ok());
        QVERIFY(s.value()->removeRun(id).ok());
        QVERIFY(s.value()->runs().isEmpty());
        QVERIFY(!s.value()->hasLayer(QStringLiteral("diag_1")));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_projectstore.moc"
