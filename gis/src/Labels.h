#pragma once
// Private to gis: feature labels placed without overlap, graduated point symbols and their
// legend. Label anchors and the greedy layout are cached in ScreenPaths::extras, so a new time
// (new colours) does not lay the labels out again.

#include "dosi/gis/MapRenderer.h"

#include <QFont>
#include <QMutex>
#include <QPainterPath>
#include <QVector>
#include <memory>

class QPainter;

namespace dosi::gis::detail {

struct LabelLayout {
    quint64 key = 0;                    // candidates, priorities and font size it was built for
    QVector<PlacedLabel> labels;        // placement order
    QVector<QPainterPath> textPaths;    // per placed label: the glyph outlines, ready to draw
    double haloWidth = 3;
};

struct ScreenExtras {
    QMutex mutex;
    bool anchorsBuilt = false;
    QVector<QPointF> anchors;           // per feature, screen; NaN when it has none
    QVector<double> room;               // per feature: distance from the anchor to the outline (px)
    QVector<double> areas;              // per feature: area on screen (px²), 0 for points and lines
    std::shared_ptr<const LabelLayout> layout;
};

// Noto Sans CJK KR with fallbacks for Windows and macOS.
QFont labelFont(double pixelSize);
// Label text size for a view: grows with the image so a projector shows it legibly.
double labelPixelSize(const MapView& view);

// The layout of `layer`'s labels over `paths` (built for `view`), cached in paths.extras.
std::shared_ptr<const LabelLayout> labelLayout(const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view);
void drawLabels(QPainter& painter, const LabelLayout& layout);

// Pole of inaccessibility (polylabel) of the even-odd region of `rings` (screen space), limited to
// `clip`: the point farthest from every edge and from the clip border. *distance gets that
// distance (0 when the region is empty). `precision` in the same units.
QPointF poleOfInaccessibility(const QList<QPolygonF>& rings, const QRectF& clip, double precision, double* distance);

// Graduated circles for a point layer with values, largest first (so small ones stay visible).
void drawGraduatedPoints(QPainter& painter, const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view,
                         const std::atomic_bool* cancel);
// The symbol-size legend (bottom right, above the scale bar) for the top visible point layer.
void drawSymbolLegend(QPainter& painter, const RenderRequest& request);

}  // namespace dosi::gis::detail
