// Shared steps of storing regeneration runs (RegenStore.h).

#include "RegenStore.h"

#include "dosi/models/RegenRun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstring>

namespace dosi::models::detail {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenRun)
};
}  // namespace

QString freeLayerName(const ProjectStore& store, const QString& base)
{
    for (int n = 1;; ++n) {
        const QString name = base + QLatin1Char('_') + QString::number(n);
        if (!store.hasLayer(name)) return name;
    }
}

void Fingerprint::add(const QString& s)
{
    const QByteArray b = s.toUtf8();
    const qint64 n = b.size();
    m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&n), sizeof n));
    m_hash.addData(b);
}

void Fingerprint::add(double v)
{
    char bytes[sizeof v];
    std::memcpy(bytes, &v, sizeof v);
    m_hash.addData(QByteArrayView(bytes, sizeof v));
}

void Fingerprint::add(const QJsonObject& o) { add(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }

RunInfo regenRunInfo(const QString& kind, const QString& model, const QJsonObject& params, const QString& fingerprint,
                     const QJsonObject& metrics, const QJsonObject& details, const QString& title, const Scenario& scenario)
{
    RunInfo run;
    run.kind = kind;
    run.model = model;
    run.version = QString::fromLatin1(kRegenModelVersion);
    run.params = params;
    run.fingerprint = fingerprint;
    run.metrics = metrics;
    run.details = details;
    run.title = !title.isEmpty() ? title : !scenario.name.isEmpty() ? scenario.name : Tr::tr("Baseline");
    return run;
}

Result<qint64> storeRun(ProjectStore& store, RunInfo run, const QVector<ResultLayer>& layers)
{
    QStringList added;
    auto rollback = [&] {
        for (const QString& name : added) (void)store.removeLayer(name);
    };
    for (const ResultLayer& l : layers) {
        auto ok = l.info.isFeatureLayer() ? store.addFeatureLayer(l.info, l.features)
                                          : store.addMeasureLayer(l.info, l.table);
        if (!ok) {
            rollback();
            return ok.error();
        }
        added.append(l.info.name);
    }
    run.resultLayers = added;
    auto id = store.addRun(run);
    if (!id) rollback();
    return id;
}

QString titleWithScenario(const QString& title, const Scenario& scenario)
{
    if (scenario.isBaseline()) return title;
    return title + QStringLiteral(" — ") + (scenario.name.isEmpty() ? QStringLiteral("what-if") : scenario.name);
}

QString geometryLayerOf(const ProjectStore& store, const QString& layer)
{
    const auto l = store.layer(layer);
    if (!l) return {};
    return l->isFeatureLayer() ? l->name : l->geometryLayer;
}

}  // namespace dosi::models::detail
