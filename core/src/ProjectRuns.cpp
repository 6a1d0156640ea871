// ProjectStore: model runs (dosi_runs): what was run, with which parameters and inputs, its metrics,
// its result layers and (schema 4) a title and per-unit details.

#include "ProjectStoreImpl.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dosi {

namespace {

QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

RunInfo readRun(sql::Stmt& st, bool withDetails)
{
    RunInfo r;
    r.id = st.int64(0);
    r.kind = st.text(1);
    r.model = st.text(2);
    r.version = st.text(3);
    r.created = st.text(4);
    r.params = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    r.fingerprint = st.text(6);
    r.metrics = QJsonDocument::fromJson(st.text(7).toUtf8()).object();
    for (const auto& v : QJsonDocument::fromJson(st.text(8).toUtf8()).array()) r.resultLayers.append(v.toString());
    r.title = st.text(9);
    if (withDetails) r.details = QJsonDocument::fromJson(st.text(10).toUtf8()).object();
    return r;
}

const char* kRunColumns = "SELECT id, kind, model, version, created, params, fingerprint, metrics, result_layers, title";

}  // namespace

QList<RunInfo> ProjectStore::runs() const
{
    QList<RunInfo> out;
    sql::Stmt st(d->db, QString::fromLatin1(kRunColumns) + QStringLiteral(" FROM dosi_runs ORDER BY id"));
    while (st.step()) out.append(readRun(st, false));
    return out;
}

std::optional<RunInfo> ProjectStore::run(qint64 id) const
{
    sql::Stmt st(d->db, QString::fromLatin1(kRunColumns) + QStringLiteral(", details FROM dosi_runs WHERE id = ?"));
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readRun(st, true);
}

Result<qint64> ProjectStore::addRun(const RunInfo& run)
{
    sql::Stmt st(d->db, QStringLiteral("INSERT INTO dosi_runs (kind, model, version, created, params, fingerprint,"
                                       " metrics, result_layers, title, details) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, run.kind);
    st.bind(2, run.model);
    st.bind(3, run.version);
    st.bind(4, run.created.isEmpty() ? schema::isoNow() : run.created);
    st.bind(5, compactJson(run.params));
    st.bind(6, run.fingerprint);
    st.bind(7, compactJson(run.metrics));
    st.bind(8, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(run.resultLayers)).toJson(QJsonDocument::Compact)));
    st.bind(9, run.title);
    st.bind(10, compactJson(run.details));
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot store the run")).error();
    d->modified = true;
    return d->db.lastInsertId();
}

Result<void> ProjectStore::removeRun(qint64 id)
{
    const std::optional<RunInfo> r = run(id);
    if (!r) return makeError(StoreTr::tr("The project has no run %1.").arg(id));
    for (const QString& layer : r->resultLayers)
        if (hasLayer(layer))
            if (auto rm = removeLayer(layer); !rm) return rm;
    sql::Stmt st(d->db, QStringLiteral("DELETE FROM dosi_runs WHERE id = ?"));
    st.bind(1, id);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot remove run %1").arg(id));
    d->modified = true;
    return {};
}

}  // namespace dosi
