#pragma once
// Private to gis: a fast path for drawing large national-grid layers (many small square cells).
// Returns false when the layer is not for it (then the general path draws it).
//
// A grid layer qualifies when every non-empty geometry is one axis-aligned square of the same size on
// one lattice (as NationalGrid's buildGrid writes them) and the lattice is not much larger than the
// layer (at most max(16 M, 4 x features) lattice positions). Its lattice (feature index per position)
// is built once per FeatureLayerData and cached.
//
// Drawing rule (documented, tested against the general path in tests/grid/test_gridrender.cpp):
//  - fills: every device pixel takes the area-weighted mean of the cell colours (premultiplied)
//    over the pixel's square; parts of the pixel without a cell stay transparent, and the result is
//    composited over what is below with the layer opacity. This is exact box-filter coverage of the
//    squares (what antialiased QPainter fills approximate, without the faint seams between cells),
//    at any zoom: a 0.3 px cell adds 0.09 of its colour to its pixel; a 20 px cell fills 20x20 pixels.
//  - cell outlines (the general path's 0.4 px grey pen) are drawn only when cells are at least
//    kGridOutlineMinPx logical pixels wide (below that they would turn the map grey), rasterised in the
//    same pass as band coverage (see Outline in GridRender.cpp for how shared edges are weighted).
//  - masked cells get the masked hatch over their fill, selected cells a highlight outline, at any zoom
//    (QPainter rectangles: few cells).
// Fills go straight into the painter's QImage when no clip, composition mode or opacity stands in
// between, else through a transparent layer image. Cost per frame: O(visible lattice positions +
// device pixels); no QPainter call per cell.

#include "dosi/gis/MapView.h"
#include "dosi/gis/ThematicMap.h"

#include <atomic>
#include <memory>

class QPainter;
class QImage;

namespace dosi::gis::detail {

inline constexpr double kGridOutlineMinPx = 3.0;

bool drawGridLayerFast(QPainter& painter, const ThematicLayer& layer, const MapView& view, double dpr,
                       const std::atomic_bool* cancel);

// The fills of a grid layer alone, as drawGridLayerFast composites them: a transparent premultiplied
// image of the view's device size. Null when the layer does not qualify (or when cancelled).
QImage gridFillImage(const ThematicLayer& layer, const MapView& view, double dpr, const std::atomic_bool* cancel = nullptr);

// True when `data` qualifies for the fast path (builds and caches its lattice).
bool isRegularGrid(const std::shared_ptr<const FeatureLayerData>& data);

}  // namespace dosi::gis::detail
