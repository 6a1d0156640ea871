#include "GridRender.h"

namespace dosi::gis::detail {

bool drawGridLayerFast(QPainter&, const ThematicLayer&, const MapView&, double, const std::atomic_bool*) { return false; }

}  // namespace dosi::gis::detail
