#pragma once
// Private to gis: a fast path for drawing large national-grid layers (many small square cells).
// Returns false when the layer is not for it (then the general path draws it).

#include "dosi/gis/MapView.h"
#include "dosi/gis/ThematicMap.h"

#include <atomic>

class QPainter;

namespace dosi::gis::detail {

bool drawGridLayerFast(QPainter& painter, const ThematicLayer& layer, const MapView& view, double dpr,
                       const std::atomic_bool* cancel);

}  // namespace dosi::gis::detail
