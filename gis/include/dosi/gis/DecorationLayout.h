#pragma once
// Where the map furniture stands, and views that keep the data clear of it.
//
// drawDecorations() (MapRenderer.h) puts the title at the top left, the north arrow at the top right,
// the scale bar at the bottom right with the graduated-symbol legend above it, the source line along
// the bottom, and the legends at the bottom left: the thematic legend at the bottom, the flow legend
// stacked above it, or beside it (or under the title) when the column would reach the title. A legend
// is never placed over another legend or another piece of furniture when there is room for it.
//
// fitClearOfDecorations() is the "zoom to layer" of every map that has furniture: the largest view of
// the extent whose rectangle no decoration box covers (the desktop's initial view and zoom to layer,
// dosi-cli render).

#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/MapView.h"

#include <QRectF>
#include <QVector>

namespace dosi::gis {

// Every box the decorations of a request cover (logical pixels of request.view); null when not drawn.
struct DecorationFootprint {
    DecorationBoxes boxes;          // title, legend, flowLegend, scaleBar, northArrow, sourceLine
    QRectF symbolLegend;            // graduated-symbol size legend (point layers)

    QVector<QRectF> legends() const;   // the non-null legend boxes: thematic, flow, symbols
    QVector<QRectF> all() const;       // every non-null box
};

DecorationFootprint decorationFootprint(const RenderRequest& request);

// The box of the graduated-symbol legend drawn for `request` (null when there is none): at the right,
// above the scale bar and the source line.
QRectF symbolLegendBox(const RenderRequest& request);

// The view of request.view.size() that shows `extent` whole and as large as possible while no
// decoration box of `request` (drawn for that view) overlaps the extent's rectangle. `margin` is the
// free border around the map as a fraction of the smaller side. Falls back to MapView::fit(extent,
// size, margin) when the decorations leave no room.
MapView fitClearOfDecorations(const Envelope& extent, const RenderRequest& request, double margin = 0.03);

}  // namespace dosi::gis
