#pragma once
// Private helpers of Decorations.cpp shared with composite images (side-by-side maps).

#include <QSize>
#include <QString>

namespace dosi::gis {
struct RenderRequest;
struct ThematicLayer;
}

namespace dosi::gis::detail {

// The layer whose graduated-symbol legend is drawn (the topmost visible one with symbol values), or
// null; its box is symbolLegendBox() (DecorationLayout.h).
const ThematicLayer* symbolLegendLayer(const RenderRequest& request);

// Height in logical pixels of the source-line strip drawDecorations() puts at the bottom of a map of
// `viewSize` (0 when `text` is empty).
double sourceStripHeight(const QSize& viewSize, const QString& text);

}  // namespace dosi::gis::detail
