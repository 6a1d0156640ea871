#pragma once
// Flow maps of origin–destination (movement) layers: curved lines between zones, width by volume,
// with the direction shown, over a net inflow/outflow choropleth of the zones.
//
// Geometry of one flow (screen space, logical pixels):
//  - the line is a quadratic Bézier from the origin anchor to the destination anchor whose control point
//    sits on the perpendicular through the midpoint, `curvature` x the chord length to the RIGHT of the
//    direction of travel (screen coordinates, y down). A->B and B->A therefore bend to opposite sides and
//    never lie on top of each other.
//  - width by volume on a square-root scale over the volumes SHOWN: the smallest flow drawn (minVolume) gets
//    minWidth (1 px), the largest (maxVolume) maxWidth (12 px), and in between
//      w = minWidth + (maxWidth - minWidth) * (sqrt(v) - sqrt(minVolume)) / (sqrt(maxVolume) - sqrt(minVolume)),
//    so the differences among the top flows stay visible (a top-N set often spans only a factor of 2–3) and
//    the legend's sample widths say which volume a width means (flowWidth()). Equal volumes: maxWidth.
//  - the end at the destination is an arrowhead (flowArrowSize()); the line stops at its base.
//  - colour goes from `lightColor` (small) to `color` (the largest) with the same square-root scale.
//  - lines are drawn smallest first, so the big flows sit on top; each has a thin light halo.
//
// Anchors: one point per zone (zone code), the centroid of the zone's largest polygon when it lies inside
// that polygon, else a point on its surface (GEOS PointOnSurface), so that every anchor is inside its zone.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/MapView.h"
#include "dosi/gis/ThematicMap.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QVector>
#include <atomic>
#include <memory>

class QPainter;

namespace dosi::gis {

struct FlowLine {
    QString origin, destination;   // zone codes
    QPointF from, to;              // EPSG:5179
    double volume = 0;
};

struct FlowLayer {
    QString title;                 // legend title, e.g. "commuting · flow"
    QVector<FlowLine> lines;       // drawn in order (smallest first, so that big flows sit on top)
    QColor color = QColor(28, 28, 48);        // the largest flows
    QColor lightColor = QColor(90, 90, 112);   // the smallest flows
    double opacity = 0.9;
    bool visible = true;
    // Width scale (see the header comment). <= 0 = the smallest / largest line volume.
    double minVolume = 0;
    double maxVolume = 0;
    double minWidth = 1.0;
    double maxWidth = 12.0;
    double curvature = 0.18;       // control point offset / chord length
    // Legend: sample volumes drawn with their widths (ascending); empty = no flow legend.
    QVector<double> legendVolumes;
    bool estimated = false;        // model output (gravity): the legend says "not observed"
    QString note;                  // e.g. "Estimated (gravity model), not observed"; drawn in the legend
    QString field, period;         // what the volumes are (purpose field, time or span; "" = all times)
    QString caption;               // e.g. "150 largest of 17,306 pairs · 42 % of all movers"; drawn in the legend
    // Totals before top-N / min-volume (self-flows excluded), for captions and tests.
    int pairCount = 0;             // OD pairs with a positive volume
    double totalVolume = 0;
    double shownVolume = 0;        // sum over `lines`
};

// What to draw. field empty = "count" when the layer has it, else its first field ("flow" for gravity
// estimates); a purpose may also be given by its short name ("commute" = "p1_commute").
// time: one key, a span "FROM/TO" (keys summed, TO inclusive, also as a prefix: "2019-03-04/2019-03-10"
// takes every hour of those days), or empty = all times summed.
struct FlowSpec {
    QString layer;
    QString field;
    QString time;
    int topN = 200;                // keep the N largest pairs (0 = all)
    double minVolume = 0;          // drop pairs with a smaller volume
    bool dropSelfFlows = true;     // origin == destination
};

// Volume per OD pair of `layer` after the field and time filters (masked cells count as 0; self-flows
// kept), keyed by "O>D". Also used by the net inflow layer.
struct OdVolumes {
    QString field;                 // resolved field
    QStringList times;             // keys summed
    QHash<QString, double> byPair; // "O>D" -> volume
    int maskedCells = 0;           // masked cells left out
};
Result<OdVolumes> readOdVolumes(const ProjectStore& store, const FlowSpec& spec, const std::atomic_bool* cancel = nullptr);

// Anchor point (EPSG:5179) of every zone code of a feature layer (see the header comment).
QHash<QString, QPointF> zoneAnchors(const FeatureLayerData& zones);

// The flow layer of `spec`. zones (may be null) = the OD layer's zone layer, loaded once by the caller.
Result<FlowLayer> buildFlowLayer(const ProjectStore& store, const FlowSpec& spec,
                                 std::shared_ptr<const FeatureLayerData> zones = nullptr,
                                 const std::atomic_bool* cancel = nullptr);

// Net inflow (inflow − outflow, self-flows excluded; netFlows() in OdImport.h) per zone of the OD layer,
// as a choropleth on its zone layer with a diverging RdBu ramp centred on zero (outflow red, inflow blue).
// `classes` as in ThematicSpec ("quantile:6": 3 classes below and 3 above zero).
Result<ThematicLayer> buildNetFlowLayer(const ProjectStore& store, const FlowSpec& spec,
                                        const QString& classes = QStringLiteral("quantile:6"),
                                        std::shared_ptr<const FeatureLayerData> zones = nullptr,
                                        const std::atomic_bool* cancel = nullptr);

// Headless: net inflow choropleth underneath, flows over it, legends for both (dosi-cli render).
Result<QImage> renderFlowImage(const ProjectStore& store, const FlowSpec& spec, const QSize& size,
                               const MapDecorations& decorations = {},
                               const QString& classes = QStringLiteral("quantile:6"),
                               const ThematicImageOptions& options = {});

// Widths for an image or view of `size`: minWidth..maxWidth = 1..12 px when the smaller side is 1080 px
// or more, proportionally thinner below (at least 0.6..4 px), so small images are not drowned in ink.
void fitFlowWidths(FlowLayer& layer, const QSize& size);

// Geometry helpers (screen space), public for the legend and the tests.
double flowWidth(const FlowLayer& layer, double volume);
QColor flowColor(const FlowLayer& layer, double volume);
QPointF flowControlPoint(const QPointF& from, const QPointF& to, double curvature);
// Arrowhead length and width for a line of width `width` (pixels).
QSizeF flowArrowSize(double width);
// The filled outline of one flow (body and arrowhead) from screen point a to b; empty when a == b.
QPainterPath flowShape(const QPointF& a, const QPointF& b, double width, double curvature);

// Up to three round sample volumes for the legend (ascending, distinct, > 0), two significant digits each:
// the smallest flow shown rounded up, the largest rounded down, and the volume half way between them on
// the width scale (square-root spaced) rounded to nearest. minVolume <= 0 = maxVolume / 16.
QVector<double> flowLegendVolumes(double minVolume, double maxVolume);

// Draws the flows onto a map already set up for `view`.
void drawFlowLayer(QPainter& painter, const FlowLayer& layer, const MapView& view, const std::atomic_bool* cancel = nullptr);

}  // namespace dosi::gis
