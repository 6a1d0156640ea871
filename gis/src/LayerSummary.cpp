// summarizeLayer(): units, time span, masked/missing shares and the join with the geometry layer.
#include "dosi/gis/LayerSummary.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace dosi::gis {

namespace {

Result<QStringList> featureCodes(const ProjectStore& store, const LayerInfo& layer)
{
    const int idx = layer.fieldIndex(layer.codeField);
    if (idx < 0)
        return makeError(QCoreApplication::translate("dosi::LayerSummary", "Layer \"%1\" has no code field \"%2\".")
                             .arg(layer.name, layer.codeField));
    auto feats = store.readFeatures(layer.name);
    if (!feats) return feats.error();
    QStringList codes;
    codes.reserve(feats->size());
    for (const FeatureRecord& f : feats.value()) codes << f.values.value(idx).toString();
    return codes;
}

}  // namespace

QString LayerSummary::text() const
{
    QString s;
    if (kind != LayerKind::Measure) {
        s = QCoreApplication::translate("dosi::LayerSummary", "%1 features, %2 distinct codes.").arg(rows).arg(units);
        return s;
    }
    s = QCoreApplication::translate("dosi::LayerSummary",
                                    "%1 units, %2 times (%3 … %4), %5 records of %6 fields; %7 % masked, %8 % "
                                    "missing.")
            .arg(units)
            .arg(times)
            .arg(firstTime, lastTime)
            .arg(rows)
            .arg(fields)
            .arg(maskedShare * 100, 0, 'f', 2)
            .arg(missingShare * 100, 0, 'f', 2);
    if (joined)
        s += QLatin1Char(' ')
            + QCoreApplication::translate("dosi::LayerSummary", "Join with \"%1\": %2").arg(geometryLayer, join.summary());
    else
        s += QLatin1Char(' ') + QCoreApplication::translate("dosi::LayerSummary", "Not joined to a map layer.");
    return s;
}

Result<LayerSummary> summarizeLayer(const ProjectStore& store, const QString& layer)
{
    const auto info = store.layer(layer);
    if (!info)
        return makeError(QCoreApplication::translate("dosi::LayerSummary", "The project has no layer named \"%1\".")
                             .arg(layer));
    LayerSummary s;
    s.layer = layer;
    s.kind = info->kind;
    s.timeKind = info->timeKind;
    s.fields = int(info->fields.size());

    if (info->isFeatureLayer()) {
        auto codes = featureCodes(store, *info);
        if (!codes) return codes.error();
        s.rows = codes->size();
        s.units = int(QSet<QString>(codes->begin(), codes->end()).size());
        return s;
    }

    auto times = store.measureTimes(layer);
    if (!times) return times.error();
    auto units = store.measureUnits(layer);
    if (!units) return units.error();
    s.times = int(times->size());
    s.units = int(units->size());
    if (!times->isEmpty()) {
        s.firstTime = times->first();
        s.lastTime = times->last();
    }
    // One streaming pass over the stored blocks (memory stays at one block).
    auto counts = store.measureCounts(layer);
    if (!counts) return counts.error();
    s.rows = counts->rows;
    s.maskedValues = counts->maskedValues;
    s.missingValues = counts->missingValues;
    s.values = s.rows * s.fields;
    s.absentRows = qint64(s.units) * s.times - s.rows;
    if (s.values > 0) {
        s.maskedShare = double(s.maskedValues) / double(s.values);
        s.missingShare = double(s.missingValues) / double(s.values);
    }
    s.geometryLayer = info->geometryLayer;
    if (!s.geometryLayer.isEmpty()) {
        const auto geo = store.layer(s.geometryLayer);
        if (!geo || !geo->isFeatureLayer())
            return makeError(QCoreApplication::translate("dosi::LayerSummary",
                                                         "Layer \"%1\" refers to the map layer \"%2\", which the "
                                                         "project does not have.")
                                 .arg(layer, s.geometryLayer));
        auto codes = featureCodes(store, *geo);
        if (!codes) return codes.error();
        s.join = joinReport(codes.value(), units.value());
        s.joined = true;
    }
    return s;
}

}  // namespace dosi::gis
