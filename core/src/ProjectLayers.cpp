// ProjectStore: layer registry, feature tables and measure tables.

#include "MeasureBlocks.h"
#include "ProjectStoreImpl.h"
#include "dosi/core/Values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>

namespace dosi {

namespace {

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Real: break;
    }
    return QStringLiteral("real");
}

QString sqlType(FieldType t)
{
    switch (t) {
    case FieldType::Integer: return QStringLiteral("INTEGER");
    case FieldType::Text: return QStringLiteral("TEXT");
    case FieldType::Real: break;
    }
    return QStringLiteral("REAL");
}

QString fieldsToJson(const QList<FieldInfo>& fields)
{
    QJsonArray a;
    for (const FieldInfo& f : fields)
        a.append(QJsonObject{{QStringLiteral("name"), f.name},
                             {QStringLiteral("type"), fieldTypeName(f.type)},
                             {QStringLiteral("description"), f.description}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<FieldInfo> fieldsFromJson(const QString& json)
{
    QList<FieldInfo> out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        FieldInfo f;
        f.name = o.value(QStringLiteral("name")).toString();
        const QString t = o.value(QStringLiteral("type")).toString();
        f.type = t == QLatin1String("integer") ? FieldType::Integer
                 : t == QLatin1String("text")  ? FieldType::Text
                                                : FieldType::Real;
        f.description = o.value(QStringLiteral("description")).toString();
        out.append(f);
    }
    return out;
}

// WKB geometry type of one blob (1 point .. 6 multipolygon), 0 when unreadable.
quint32 wkbType(const QByteArray& wkb)
{
    if (wkb.size() < 5) return 0;
    const bool little = wkb[0] == 1;
    const quint32 t = little ? qFromLittleEndian<quint32>(wkb.constData() + 1) : qFromBigEndian<quint32>(wkb.constData() + 1);
    return t % 1000;
}

QString geometryTypeName(const QVector<FeatureRecord>& features)
{
    quint32 type = 0;
    for (const FeatureRecord& f : features) {
        const quint32 t = wkbType(f.wkb);
        if (t == 0) continue;
        if (type == 0) type = t;
        else if (type != t) {
            // Polygons mixed with multipolygons are still multipolygons.
            if ((type == 3 && t == 6) || (type == 6 && t == 3)) type = 6;
            else return QStringLiteral("GEOMETRY");
        }
    }
    static const char* names[] = {"GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON"};
    return QString::fromLatin1(type <= 6 ? names[type] : "GEOMETRY");
}

bool reservedTable(const QString& t)
{
    const QString l = t.toLower();
    return l.startsWith(QLatin1String("gpkg_")) || l.startsWith(QLatin1String("rtree_"))
        || l.startsWith(QLatin1String("dosi_")) || l.startsWith(QLatin1String("sqlite_"));
}

LayerInfo layerFromRow(const sql::Stmt& st)
{
    LayerInfo l;
    l.name = st.text(0);
    l.kind = layerKindFromName(st.text(1));
    l.table = st.text(2);
    l.title = st.text(3);
    l.codeField = st.text(4);
    l.labelField = st.text(5);
    l.geometryLayer = st.text(6);
    l.timeKind = timeKindFromName(st.text(7));
    l.fields = fieldsFromJson(st.text(8));
    l.source = st.text(9);
    l.visible = st.int64(10) != 0;
    l.order = int(st.int64(11));
    l.estimated = st.int64(12) != 0;
    l.style = QJsonDocument::fromJson(st.text(13).toUtf8()).object();
    l.rowCount = st.int64(14);
    return l;
}

const char* kLayerColumns =
    "name, kind, table_name, title, code_field, label_field, geometry_layer, time_kind, fields, source, visible,"
    " sort_order, estimated, style, row_count";

QString insertLayerRow(sql::Db& db, const LayerInfo& info)
{
    sql::Stmt st(db, QStringLiteral("INSERT INTO dosi_layers (%1, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                         .arg(QString::fromLatin1(kLayerColumns)));
    st.bind(1, info.name);
    st.bind(2, layerKindName(info.kind));
    st.bind(3, info.table);
    st.bind(4, info.title.isEmpty() ? info.name : info.title);
    st.bind(5, info.codeField);
    st.bind(6, info.labelField);
    st.bind(7, info.geometryLayer);
    st.bind(8, timeKindName(info.timeKind));
    st.bind(9, fieldsToJson(info.fields));
    st.bind(10, info.source);
    st.bind(11, info.visible ? 1 : 0);
    st.bind(12, info.order);
    st.bind(13, info.estimated ? 1 : 0);
    st.bind(14, QString::fromUtf8(QJsonDocument(info.style).toJson(QJsonDocument::Compact)));
    st.bind(15, info.kind == LayerKind::Measure ? info.rowCount : qint64(0));
    st.bind(16, schema::isoNow());
    st.step();
    return st.failed() ? st.error() : QString();
}

QString insertFeatures(sql::Db& db, const LayerInfo& info, const QVector<FeatureRecord>& features)
{
    QStringList cols{QStringLiteral("geom")};
    QStringList marks{QStringLiteral("?")};
    for (const FieldInfo& f : info.fields) {
        cols << sql::quoteId(f.name);
        marks << QStringLiteral("?");
    }
    sql::Stmt ins(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(sql::quoteId(info.table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (!ins.valid()) return ins.error();
    for (const FeatureRecord& f : features) {
        ins.reset();
        ins.bindBlob(1, gpkg::wrapWkb(f.wkb, f.envelope, ProjectStore::AnalysisSrid));
        for (int i = 0; i < info.fields.size(); ++i) ins.bindVariant(i + 2, i < f.values.size() ? f.values[i] : QVariant());
        ins.step();
        if (ins.failed()) return ins.error();
    }
    return {};
}

Envelope tableEnvelope(sql::Db& db, const QString& table)
{
    Envelope env = Envelope::null();
    sql::Stmt st(db, QStringLiteral("SELECT geom FROM %1").arg(sql::quoteId(table)));
    while (st.step()) {
        Envelope e = Envelope::null();
        gpkg::unwrapWkb(st.blob(0), &e);
        env.expand(e);
    }
    return env;
}


}  // namespace

namespace layerdb {

QString uniqueTableName(sql::Db& db, const QString& layerName)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_]"));
    QString base = layerName;
    base.replace(bad, QStringLiteral("_"));
    if (base.isEmpty() || base[0].isDigit() || reservedTable(base)) base.prepend(QStringLiteral("layer_"));
    QString name = base;
    for (int i = 2;; ++i) {
        sql::Stmt st(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE lower(name) = lower(?)"));
        st.bind(1, name);
        if (st.step() && st.int64(0) == 0) return name;
        name = base + QLatin1Char('_') + QString::number(i);
    }
}

// Registers a freshly written table in gpkg_contents and dosi_layers, then commits.
Result<void> registerAndCommit(sql::Db& db, sql::Transaction& tx, const LayerInfo& info, const QString& dataType,
                               const QString& geometryType, const Envelope& env)
{
    if (QString e = schema::registerTable(db, info.table, dataType, info.name, geometryType, env); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot register layer \"%1\": %2").arg(info.name, e));
    if (QString e = insertLayerRow(db, info); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot register layer \"%1\": %2").arg(info.name, e));
    if (QString e = tx.commit(); !e.isEmpty()) return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(info.name, e));
    return {};
}

// Checks the name of a new layer and puts it on top of the others.
Result<void> placeNewLayer(const ProjectStore& store, LayerInfo& info)
{
    if (info.name.trimmed().isEmpty()) return makeError(StoreTr::tr("A layer needs a name."));
    int maxOrder = -1;
    for (const LayerInfo& l : store.layers()) {
        if (l.name == info.name) return makeError(StoreTr::tr("The project already has a layer named \"%1\".").arg(info.name));
        maxOrder = std::max(maxOrder, l.order);
    }
    info.order = maxOrder + 1;
    return {};
}

}  // namespace layerdb

namespace {
// Reads dosi_layers (all rows, or the one named) with feature/row counts.
QList<LayerInfo> readLayers(sql::Db& db, const QString* only, const QString& sourceDir)
{
    QList<LayerInfo> out;
    QString q = QStringLiteral("SELECT %1 FROM dosi_layers").arg(QString::fromLatin1(kLayerColumns));
    if (only) q += QStringLiteral(" WHERE name = ?");
    sql::Stmt st(db, q + QStringLiteral(" ORDER BY sort_order, rowid"));
    if (only) st.bind(1, *only);
    while (st.step()) out.append(layerFromRow(st));
    // A read-only store reads the file as saved, with sources relative to its folder.
    for (LayerInfo& l : out) l.source = absoluteSource(l.source, sourceDir);
    // Measure layers keep their record count in dosi_layers (their tables hold blocks of records).
    for (LayerInfo& l : out) {
        if (!l.isFeatureLayer()) continue;
        sql::Stmt c(db, QStringLiteral("SELECT count(*) FROM %1").arg(sql::quoteId(l.table)));
        l.featureCount = c.step() ? c.int64(0) : 0;
        l.rowCount = 0;
    }
    return out;
}
}  // namespace

QList<LayerInfo> ProjectStore::layers() const { return readLayers(d->db, nullptr, d->readOnly ? d->projectDir() : QString()); }

std::optional<LayerInfo> ProjectStore::layer(const QString& name) const
{
    const QList<LayerInfo> one = readLayers(d->db, &name, d->readOnly ? d->projectDir() : QString());
    if (one.isEmpty()) return std::nullopt;
    return one.first();
}

Result<void> ProjectStore::addFeatureLayer(LayerInfo info, const QVector<FeatureRecord>& features)
{
    if (info.kind == LayerKind::Measure) return makeError(StoreTr::tr("\"%1\" is a measure layer, not a feature layer.").arg(info.name));
    if (auto r = layerdb::placeNewLayer(*this, info); !r) return r;

    sql::Transaction tx(d->db);
    if (!tx.started()) return d->fail(StoreTr::tr("Cannot write to the project"));
    info.table = layerdb::uniqueTableName(d->db, info.name);
    QStringList defs{QStringLiteral("fid INTEGER PRIMARY KEY AUTOINCREMENT"),
                     QStringLiteral("geom %1").arg(geometryTypeName(features))};
    for (const FieldInfo& f : info.fields) defs << sql::quoteId(f.name) + QLatin1Char(' ') + sqlType(f.type);
    if (QString e = d->db.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(sql::quoteId(info.table), defs.join(QLatin1Char(','))));
        !e.isEmpty())
        return makeError(StoreTr::tr("Cannot create layer \"%1\": %2").arg(info.name, e));
    if (QString e = insertFeatures(d->db, info, features); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(info.name, e));
    Envelope env = Envelope::null();
    for (const FeatureRecord& f : features) env.expand(f.envelope);
    if (auto r = layerdb::registerAndCommit(d->db, tx, info, QStringLiteral("features"), geometryTypeName(features), env); !r) return r;
    d->modified = true;
    return {};
}

Result<void> ProjectStore::appendFeatures(const QString& layerName, const QVector<FeatureRecord>& features)
{
    const auto info = layer(layerName);
    if (!info || !info->isFeatureLayer()) return makeError(StoreTr::tr("The project has no feature layer named \"%1\".").arg(layerName));
    sql::Transaction tx(d->db);
    if (!tx.started()) return d->fail(StoreTr::tr("Cannot write to the project"));
    if (QString e = insertFeatures(d->db, *info, features); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(layerName, e));
    const Envelope env = tableEnvelope(d->db, info->table);
    sql::Stmt up(d->db, QStringLiteral("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, last_change=? WHERE table_name=?"));
    up.bind(1, env.minX);
    up.bind(2, env.minY);
    up.bind(3, env.maxX);
    up.bind(4, env.maxY);
    up.bind(5, schema::isoNow());
    up.bind(6, info->table);
    up.step();
    if (up.failed()) return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(layerName, up.error()));
    if (QString e = tx.commit(); !e.isEmpty()) return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(layerName, e));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::removeLayer(const QString& name)
{
    const auto info = layer(name);
    if (!info) return makeError(StoreTr::tr("The project has no layer named \"%1\".").arg(name));
    sql::Transaction tx(d->db);
    QString e = d->db.exec(QStringLiteral("DROP TABLE %1").arg(sql::quoteId(info->table)));
    if (e.isEmpty() && info->kind == LayerKind::Measure) e = blocks::forgetTable(d->db, info->table);
    for (const char* q : {"DELETE FROM gpkg_geometry_columns WHERE table_name = ?", "DELETE FROM gpkg_contents WHERE table_name = ?"}) {
        if (!e.isEmpty()) break;
        sql::Stmt st(d->db, QString::fromLatin1(q));
        st.bind(1, info->table);
        st.step();
        if (st.failed()) e = st.error();
    }
    if (e.isEmpty()) {
        sql::Stmt st(d->db, QStringLiteral("DELETE FROM dosi_layers WHERE name = ?"));
        st.bind(1, name);
        st.step();
        if (st.failed()) e = st.error();
    }
    if (e.isEmpty()) e = tx.commit();
    if (!e.isEmpty()) return makeError(StoreTr::tr("Cannot remove layer \"%1\": %2").arg(name, e));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::setLayerVisible(const QString& name, bool visible)
{
    sql::Stmt st(d->db, QStringLiteral("UPDATE dosi_layers SET visible = ? WHERE name = ?"));
    st.bind(1, visible ? 1 : 0);
    st.bind(2, name);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot change layer \"%1\"").arg(name));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::setLayerOrder(const QStringList& bottomToTop)
{
    sql::Transaction tx(d->db);
    sql::Stmt st(d->db, QStringLiteral("UPDATE dosi_layers SET sort_order = ? WHERE name = ?"));
    for (int i = 0; i < bottomToTop.size(); ++i) {
        st.reset();
        st.bind(1, i);
        st.bind(2, bottomToTop[i]);
        st.step();
        if (st.failed()) return d->fail(StoreTr::tr("Cannot reorder layers"));
    }
    if (QString e = tx.commit(); !e.isEmpty()) return makeError(StoreTr::tr("Cannot reorder layers: %1").arg(e));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::setLayerStyle(const QString& name, const QJsonObject& style)
{
    sql::Stmt st(d->db, QStringLiteral("UPDATE dosi_layers SET style = ? WHERE name = ?"));
    st.bind(1, QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact)));
    st.bind(2, name);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot change layer \"%1\"").arg(name));
    d->modified = true;
    return {};
}

Result<QVector<FeatureRecord>> ProjectStore::readFeatures(const QString& layerName) const
{
    const auto info = layer(layerName);
    if (!info || !info->isFeatureLayer()) return makeError(StoreTr::tr("The project has no feature layer named \"%1\".").arg(layerName));
    QStringList cols{QStringLiteral("fid"), QStringLiteral("geom")};
    for (const FieldInfo& f : info->fields) cols << sql::quoteId(f.name);
    sql::Stmt st(d->db, QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(cols.join(QLatin1Char(',')), sql::quoteId(info->table)));
    if (!st.valid()) return makeError(StoreTr::tr("Cannot read layer \"%1\": %2").arg(layerName, st.error()));
    QVector<FeatureRecord> out;
    out.reserve(int(info->featureCount));
    while (st.step()) {
        FeatureRecord f;
        f.fid = st.int64(0);
        f.envelope = Envelope::null();
        f.wkb = gpkg::unwrapWkb(st.blob(1), &f.envelope);
        f.values.reserve(info->fields.size());
        for (int i = 0; i < info->fields.size(); ++i) f.values.append(st.variant(i + 2));
        out.append(std::move(f));
    }
    if (st.failed()) return makeError(StoreTr::tr("Cannot read layer \"%1\": %2").arg(layerName, st.error()));
    return out;
}
}  // namespace dosi
