// Table layout of a Dosi project (a GeoPackage 1.3 file) and its upgrade path.

#include "MeasureBlocks.h"
#include "ProjectStoreImpl.h"
#include "dosi/core/Values.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace dosi {

namespace {

const char* kSrs5179Wkt =
    "PROJCS[\"Korea 2000 / Unified CS\",GEOGCS[\"Korea 2000\",DATUM[\"Geocentric_datum_of_Korea\","
    "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6737\"]],"
    "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
    "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4737\"]],PROJECTION[\"Transverse_Mercator\"],"
    "PARAMETER[\"latitude_of_origin\",38],PARAMETER[\"central_meridian\",127.5],PARAMETER[\"scale_factor\",0.9996],"
    "PARAMETER[\"false_easting\",1000000],PARAMETER[\"false_northing\",2000000],UNIT[\"metre\",1,"
    "AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],AUTHORITY[\"EPSG\",\"5179\"]]";

const char* kSrs4326Wkt =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
    "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
    "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
    "AUTHORITY[\"EPSG\",\"4326\"]]";

// Schema 1 -> 2: measure tables go from one row per (unit, time) with a REAL column per field
// ('*' text = masked) to blocks (MeasureBlocks.h); dosi_layers gains row_count.
QString upgradeMeasureBlocks(sql::Db& db)
{
    if (QString e = db.exec(QStringLiteral("ALTER TABLE dosi_layers ADD COLUMN row_count INTEGER NOT NULL DEFAULT 0"));
        !e.isEmpty())
        return e;
    if (QString e = blocks::createTimesTable(db); !e.isEmpty()) return e;
    QList<QPair<QString, QStringList>> measureTables;   // table, fields
    {
        sql::Stmt st(db, QStringLiteral("SELECT table_name, fields FROM dosi_layers WHERE kind = 'measure'"));
        while (st.step()) {
            QStringList fields;
            for (const auto& v : QJsonDocument::fromJson(st.text(1).toUtf8()).array())
                fields << v.toObject().value(QStringLiteral("name")).toString();
            measureTables.append({st.text(0), fields});
        }
        if (st.failed()) return st.error();
    }
    for (const auto& [table, fields] : measureTables) {
        MeasureTable data;
        data.fields = fields;
        data.columns.resize(fields.size());
        QStringList cols{QStringLiteral("unit"), QStringLiteral("time")};
        for (const QString& f : fields) cols << sql::quoteId(f);
        {
            sql::Stmt st(db, QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QLatin1Char(',')), sql::quoteId(table)));
            if (!st.valid()) return st.error();
            while (st.step()) {
                data.units.append(st.text(0));
                data.times.append(st.text(1));
                for (int f = 0; f < fields.size(); ++f) {
                    const int c = f + 2;
                    double v = missingValue();
                    if (st.type(c) == SQLITE_INTEGER || st.type(c) == SQLITE_FLOAT) v = st.real(c);
                    else if (st.type(c) == SQLITE_TEXT && st.text(c).trimmed() == QLatin1String("*")) v = maskedValue();
                    data.columns[f].append(v);
                }
            }
            if (st.failed()) return st.error();
        }
        if (QString e = db.exec(QStringLiteral("DROP TABLE %1").arg(sql::quoteId(table))); !e.isEmpty()) return e;
        if (QString e = blocks::writeTable(db, table, data); !e.isEmpty()) return e;
        sql::Stmt up(db, QStringLiteral("UPDATE dosi_layers SET row_count = ? WHERE table_name = ?"));
        up.bind(1, qint64(data.rowCount()));
        up.bind(2, table);
        up.step();
        if (up.failed()) return up.error();
    }
    return {};
}

// The bookmarks table (schema 3).
QString createBookmarksTable(sql::Db& db)
{
    return db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dosi_bookmarks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " name TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT '{}', created TEXT)"));
}

// Schema 2 -> 3: rows may also be packed as scaled integers (BlockCodec.h; schema-2 rows stay valid
// as they are, but older versions cannot read the new ones); bookmarks.
QString upgradeBookmarks(sql::Db& db) { return createBookmarksTable(db); }

// Schema 3 -> 4: runs get a title (e.g. the scenario's name) and per-unit details (JSON: the reasons
// behind each unit's result, which numbers alone cannot carry).
QString upgradeRunDetails(sql::Db& db)
{
    return db.exec(QStringLiteral("ALTER TABLE dosi_runs ADD COLUMN title TEXT;"
                                  "ALTER TABLE dosi_runs ADD COLUMN details TEXT NOT NULL DEFAULT '{}';"));
}

// Upgrade steps: kSteps[i] turns schema version i+1 into i+2. Append, never edit.
using Step = QString (*)(sql::Db&);
const Step kSteps[] = {&upgradeMeasureBlocks, &upgradeBookmarks, &upgradeRunDetails};
constexpr int kStepCount = int(sizeof kSteps / sizeof kSteps[0]);

}  // namespace

namespace schema {

QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString createAll(sql::Db& db, const QString& title)
{
    QString e = db.exec(QStringLiteral(
        "PRAGMA application_id = 1196444487;"   // 'GPKG'
        "PRAGMA user_version = 10300;"          // GeoPackage 1.3
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
        " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
        " description TEXT);"
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
        " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
        " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
        " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));"
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
        " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
        " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
        " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));"
        "CREATE TABLE dosi_meta (key TEXT PRIMARY KEY, value TEXT);"
        "CREATE TABLE dosi_layers (name TEXT PRIMARY KEY, kind TEXT NOT NULL, table_name TEXT NOT NULL UNIQUE,"
        " title TEXT, code_field TEXT, label_field TEXT, geometry_layer TEXT, time_kind TEXT NOT NULL DEFAULT 'none',"
        " fields TEXT NOT NULL DEFAULT '[]', source TEXT, visible INTEGER NOT NULL DEFAULT 1,"
        " sort_order INTEGER NOT NULL DEFAULT 0, estimated INTEGER NOT NULL DEFAULT 0, style TEXT NOT NULL DEFAULT '{}',"
        " created TEXT, row_count INTEGER NOT NULL DEFAULT 0);"
        "CREATE TABLE dosi_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, model TEXT,"
        " version TEXT, created TEXT, params TEXT NOT NULL DEFAULT '{}', fingerprint TEXT,"
        " metrics TEXT NOT NULL DEFAULT '{}', result_layers TEXT NOT NULL DEFAULT '[]', title TEXT,"
        " details TEXT NOT NULL DEFAULT '{}');"));
    if (!e.isEmpty()) return e;
    if (QString te = blocks::createTimesTable(db); !te.isEmpty()) return te;
    if (QString be = createBookmarksTable(db); !be.isEmpty()) return be;

    sql::Stmt srs(db, QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)"));
    struct Row {
        const char* name;
        int id;
        const char* org;
        int orgId;
        const char* def;
    };
    const Row rows[] = {
        {"Undefined cartesian SRS", -1, "NONE", -1, "undefined"},
        {"Undefined geographic SRS", 0, "NONE", 0, "undefined"},
        {"WGS 84 geodetic", 4326, "EPSG", 4326, kSrs4326Wkt},
        {"Korea 2000 / Unified CS", 5179, "EPSG", 5179, kSrs5179Wkt},
    };
    for (const Row& r : rows) {
        srs.reset();
        srs.bind(1, QString::fromUtf8(r.name));
        srs.bind(2, r.id);
        srs.bind(3, QString::fromUtf8(r.org));
        srs.bind(4, r.orgId);
        srs.bind(5, QString::fromUtf8(r.def));
        srs.bindNull(6);
        srs.step();
        if (srs.failed()) return srs.error();
    }

    sql::Stmt meta(db, QStringLiteral("INSERT INTO dosi_meta(key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> kv = {
        {QStringLiteral("schema_version"), QString::number(ProjectStore::SchemaVersion)},
        {QStringLiteral("app_version"), ProjectStore::appVersion()},
        {QStringLiteral("title"), title},
        {QStringLiteral("created"), isoNow()},
        {QStringLiteral("crs"), QStringLiteral("EPSG:5179")},
    };
    for (const auto& [k, v] : kv) {
        meta.reset();
        meta.bind(1, k);
        meta.bind(2, v);
        meta.step();
        if (meta.failed()) return meta.error();
    }
    // dosi_meta is also visible to GeoPackage readers as a plain table.
    return registerTable(db, QStringLiteral("dosi_meta"), QStringLiteral("attributes"), QStringLiteral("dosi_meta"),
                         {}, Envelope::null());
}

int readSchemaVersion(sql::Db& db)
{
    sql::Stmt st(db, QStringLiteral("SELECT value FROM dosi_meta WHERE key = 'schema_version'"));
    if (!st.valid() || !st.step()) return -1;
    bool ok = false;
    const int v = st.text(0).toInt(&ok);
    return ok ? v : -1;
}

QString upgrade(sql::Db& db, int from)
{
    for (int v = from; v < ProjectStore::SchemaVersion; ++v) {
        const int step = v - 1;
        if (step < 0 || step >= kStepCount || !kSteps[step]) return QStringLiteral("no upgrade from schema %1").arg(v);
        const QString e = kSteps[step](db);
        if (!e.isEmpty()) return e;
    }
    return db.exec(QStringLiteral("UPDATE dosi_meta SET value = '%1' WHERE key = 'schema_version'")
                       .arg(ProjectStore::SchemaVersion));
}

QString registerTable(sql::Db& db, const QString& table, const QString& dataType, const QString& identifier,
                      const QString& geometryType, const Envelope& env)
{
    sql::Stmt c(db, QStringLiteral("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier,"
                                   " description, last_change, min_x, min_y, max_x, max_y, srs_id)"
                                   " VALUES (?,?,?,'',?,?,?,?,?,?)"));
    c.bind(1, table);
    c.bind(2, dataType);
    c.bind(3, identifier);
    c.bind(4, isoNow());
    if (env.isNull() || geometryType.isEmpty()) {
        for (int i = 5; i <= 9; ++i) c.bindNull(i);
    } else {
        c.bind(5, env.minX);
        c.bind(6, env.minY);
        c.bind(7, env.maxX);
        c.bind(8, env.maxY);
        c.bind(9, ProjectStore::AnalysisSrid);
    }
    c.step();
    if (c.failed()) return c.error();
    if (geometryType.isEmpty()) return {};
    sql::Stmt g(db, QStringLiteral("INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)"));
    g.bind(1, table);
    g.bind(2, geometryType);
    g.bind(3, ProjectStore::AnalysisSrid);
    g.step();
    return g.failed() ? g.error() : QString();
}

}  // namespace schema

namespace gpkg {

QByteArray wrapWkb(const QByteArray& wkb, const Envelope& env, int srid)
{
    QByteArray out;
    const bool hasEnv = !env.isNull();
    out.reserve(8 + (hasEnv ? 32 : 0) + wkb.size());
    out.append('G');
    out.append('P');
    out.append(char(0));                                       // version 1
    const quint8 flags = quint8(0x01 | (hasEnv ? (1 << 1) : 0) | (wkb.isEmpty() ? (1 << 4) : 0));
    out.append(char(flags));
    char buf[8];
    qToLittleEndian<qint32>(srid, buf);
    out.append(buf, 4);
    if (hasEnv) {
        for (double v : {env.minX, env.maxX, env.minY, env.maxY}) {
            qToLittleEndian<double>(v, buf);
            out.append(buf, 8);
        }
    }
    out.append(wkb);
    return out;
}

QByteArray unwrapWkb(const QByteArray& blob, Envelope* env)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P') return {};
    const quint8 flags = quint8(blob[3]);
    const bool little = flags & 0x01;
    const int envType = (flags >> 1) & 0x07;
    static const int envSizes[] = {0, 32, 48, 48, 64};
    if (envType > 4) return {};
    const int header = 8 + envSizes[envType];
    if (blob.size() < header) return {};
    if (env && envType >= 1) {
        auto rd = [&](int off) {
            return little ? qFromLittleEndian<double>(blob.constData() + off)
                          : qFromBigEndian<double>(blob.constData() + off);
        };
        env->minX = rd(8);
        env->maxX = rd(16);
        env->minY = rd(24);
        env->maxY = rd(32);
    }
    return blob.mid(header);
}

}  // namespace gpkg
}  // namespace dosi
