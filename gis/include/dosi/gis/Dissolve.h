#pragma once
// Dissolve: group features by one field and union their geometry (GEOS), e.g. 행정동 -> 자치구.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QVector>

namespace dosi::gis {

struct DissolveResult {
    LayerInfo info;
    QVector<FeatureRecord> features;   // one per group, ordered by group value; fid 0
};

// Output fields: byField (Text; it becomes codeField) followed by every other field whose value
// is constant within every group. labelField = the first kept text field whose name contains
// "nm" or "name" (case-insensitive), preferring one whose values differ between groups;
// else byField. kind Boundaries, source empty, geometry MultiPolygon in the input CRS.
Result<DissolveResult> dissolve(const LayerInfo& layer, const QVector<FeatureRecord>& features,
                                const QString& byField, const QString& newName);

}  // namespace dosi::gis
