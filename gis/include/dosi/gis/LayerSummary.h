#pragma once
// A summary of one project layer for the layer panel and `info`: units, time span, rows,
// masked and missing shares, and how its unit codes meet its geometry layer.

#include "dosi/core/Layer.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/CodeSystem.h"

#include <QString>
#include <QStringList>

namespace dosi::gis {

struct LayerSummary {
    QString layer;
    LayerKind kind = LayerKind::Measure;
    TimeKind timeKind = TimeKind::None;
    int units = 0;              // distinct unit codes (features for a feature layer)
    int times = 0;              // distinct time keys (0 for a feature layer)
    QString firstTime, lastTime;
    qint64 rows = 0;            // measure records (features for a feature layer)
    qint64 absentRows = 0;      // units x times - rows: (unit, time) pairs without a record
    int fields = 0;
    qint64 values = 0;          // rows x fields
    qint64 maskedValues = 0;    // '*' values
    qint64 missingValues = 0;   // empty values in stored records
    double maskedShare = 0;     // maskedValues / values (0 when values == 0)
    double missingShare = 0;    // missingValues / values
    QString geometryLayer;      // measure layers: the feature layer joined against (may be empty)
    bool joined = false;        // a join report was computed
    JoinReport join;            // units of this layer against the geometry layer's codes

    // One translated paragraph, e.g. "424 units, 168 times (2019-03-04T00 … 2019-03-10T23), ..."
    QString text() const;
};

// Reads the layer once, block by block (memory stays at one stored block).
Result<LayerSummary> summarizeLayer(const ProjectStore& store, const QString& layer);

}  // namespace dosi::gis
