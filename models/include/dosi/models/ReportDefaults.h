#pragma once
// Sensible default content for a report or a demo when the user has not chosen any:
// one map per measure layer that has a map layer.

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/ThematicMap.h"

#include <QVector>

namespace dosi::models {

// For hourly measures: the first weekday 14:00 (daytime) and the first 03:00 (night-time
// residents); for yearly or other measures: the latest time. Field: "total" when present,
// else the first field.
QVector<gis::ThematicSpec> defaultReportMaps(const ProjectStore& store);

// The first map of defaultReportMaps(), or an empty spec when the project has no measures.
gis::ThematicSpec defaultMap(const ProjectStore& store);

}  // namespace dosi::models
