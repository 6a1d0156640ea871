#pragma once
// Shared steps of storing regeneration runs (RegenRun*.cpp): unique result-layer names, input
// fingerprints, and writing result layers plus the run record all or nothing.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/Scenario.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QVector>

namespace dosi::models::detail {

// "diagnosis_1", "diagnosis_2", ...: the first free name.
QString freeLayerName(const ProjectStore& store, const QString& base);

// SHA-256 (hex) of everything fed in, in order.
class Fingerprint {
public:
    Fingerprint() : m_hash(QCryptographicHash::Sha256) {}
    void add(const QString& s);
    void add(double v);
    void add(const QJsonObject& o);
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash;
};

struct ResultLayer {
    LayerInfo info;        // name, fields, geometryLayer, timeKind, estimated, title
    MeasureTable table;    // measure layers
    QVector<FeatureRecord> features;   // feature layers (info.kind is not Measure)
};

// The record every regeneration run stores: kind, model, this version of the models, parameters,
// input fingerprint, metrics, per-unit details, and a title (`title`, else the scenario's name, else
// "Baseline").
RunInfo regenRunInfo(const QString& kind, const QString& model, const QJsonObject& params, const QString& fingerprint,
                     const QJsonObject& metrics, const QJsonObject& details, const QString& title, const Scenario& scenario);

// Adds the layers, then the run (its resultLayers set to the layers' names); removes what it added
// when a later step fails.
Result<qint64> storeRun(ProjectStore& store, RunInfo run, const QVector<ResultLayer>& layers);

// "Thematic indices — housing project" for a what-if run; the title itself for the baseline.
QString titleWithScenario(const QString& title, const Scenario& scenario);

// The geometry layer of a measure layer (or the layer itself when it has features).
QString geometryLayerOf(const ProjectStore& store, const QString& layer);

}  // namespace dosi::models::detail
