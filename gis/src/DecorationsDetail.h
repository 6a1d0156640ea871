#pragma once
// Private helpers of Decorations.cpp shared with composite images (side-by-side maps).

#include <QSize>
#include <QString>

namespace dosi::gis::detail {

// Height in logical pixels of the source-line strip drawDecorations() puts at the bottom of a map of
// `viewSize` (0 when `text` is empty).
double sourceStripHeight(const QSize& viewSize, const QString& text);

}  // namespace dosi::gis::detail
