#pragma once
// Map rendering with QPainter onto QImage, on a worker thread, cancellable.
//
// PathCache keeps the screen-space paths of every feature for one MapView, so that a new
// time (new fill colours) only recolours: call renderMap() again with new layers that share
// the same FeatureLayerData and the same cache, and the cached paths are reused.

#include "dosi/gis/MapView.h"
#include "dosi/gis/ThematicMap.h"

#include <QImage>
#include <QObject>
#include <QPainterPath>
#include <atomic>
#include <memory>

class QPainter;

namespace dosi::gis {

class Basemap;
class PathCache;
struct FlowLayer;
namespace detail {
struct ScreenExtras;
}

struct RenderRequest {
    MapView view;
    std::shared_ptr<const Basemap> basemap;            // drawn first (Basemap.h); may be null
    double basemapOpacity = 1.0;                       // < 1 fades the background towards `background`
    QVector<ThematicLayer> layers;  // bottom to top
    QVector<std::shared_ptr<const FlowLayer>> flows;   // over the layers (FlowMap.h)
    MapDecorations decorations;
    QColor background = QColor(0xf4, 0xf4, 0xf0);
    double devicePixelRatio = 1.0;
};

// Screen-space paths of one feature layer for one MapView (logical pixels).
struct ScreenPaths {
    QVector<QPainterPath> paths;    // per feature; empty when off screen or empty geometry
    QVector<quint8> kinds;          // per feature: 0 none, 1 polygon, 2 line, 3 point
    // Label anchors and label layouts for this view, built lazily by the renderer the first
    // time a layer's labels are drawn and reused by later frames (thread-safe inside).
    std::shared_ptr<detail::ScreenExtras> extras;
};

// One feature label as the renderer places it (logical pixels).
struct PlacedLabel {
    int feature = -1;
    QString text;                   // Korean full names shortened: "서울특별시 종로구 사직동" -> "사직동"
    QPointF anchor;                 // label centre: pole of inaccessibility (polygons) or the point
    QRectF rect;                    // text box, without the halo
};

// The labels of `layer` in `view`, in placement order (highest priority first): polygons by
// on-screen area, points by value. Labels that would overlap an already placed one or leave the
// image are skipped. Only features with a value are labelled (all of them for outline layers);
// grid layers are never labelled. Cached with the screen paths when `cache` is given.
QVector<PlacedLabel> placeLabels(const ThematicLayer& layer, const MapView& view, PathCache* cache = nullptr);

// Graduated point symbols: the circle's AREA is proportional to |value|. `maxValue` is drawn with
// radius kMaxSymbolRadius (logical pixels); smaller values shrink with sqrt(|value| / maxValue) but
// never below kMinSymbolRadius, so every point stays visible. Missing values give 0.
inline constexpr double kMinSymbolRadius = 2.5;
inline constexpr double kMaxSymbolRadius = 22.0;
double graduatedRadius(double value, double maxValue, double minRadius = kMinSymbolRadius,
                       double maxRadius = kMaxSymbolRadius);
// The value drawn at the largest radius: layer.symbolMaxValue when set, else the largest |value|.
double symbolScaleMaximum(const ThematicLayer& layer);
// A few round values (largest first) for a graduated-symbol legend up to `maxValue`.
QVector<double> symbolLegendValues(double maxValue);
// True when the layer's non-empty geometries are points (drawn as graduated symbols when valued).
bool isPointLayer(const FeatureLayerData& data);

// Caches projected paths per (FeatureLayerData, MapView). Thread-safe. Keeps the few most
// recently used entries (one per layer and view), so playing through time only recolours.
class PathCache {
public:
    explicit PathCache(int capacity = 16);
    ~PathCache();
    PathCache(const PathCache&) = delete;
    PathCache& operator=(const PathCache&) = delete;

    // The paths for `data` in `view`, built on first use. Returns null when cancelled.
    std::shared_ptr<const ScreenPaths> paths(const std::shared_ptr<const FeatureLayerData>& data, const MapView& view,
                                             const std::atomic_bool* cancel = nullptr);
    void clear();
    int entryCount() const;         // cached (layer, view) pairs
    int buildCount() const;         // how many times paths were built (for tests and stats)
    int pathCount() const;          // total non-empty paths over all entries

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Builds screen-space paths without caching. Returns null when cancelled.
std::shared_ptr<const ScreenPaths> buildScreenPaths(const FeatureLayerData& data, const MapView& view,
                                                    const std::atomic_bool* cancel = nullptr);

// Draws synchronously. Returns a null image when cancelled.
QImage renderMap(const RenderRequest& request, const std::atomic_bool* cancel = nullptr,
                 PathCache* cache = nullptr);

// Where drawDecorations() put each piece (logical pixels); null rectangles for pieces not drawn.
struct DecorationBoxes {
    QRectF title, legend, flowLegend, scaleBar, northArrow, sourceLine;
};

// The size factor of the decorations on a map of `size`: sized for a 600-pixel map, growing with
// larger images, times `decorations.scale`.
double decorationScale(const QSize& size, const MapDecorations& decorations = {});

// Draws legend, scale bar, north arrow, title and source line onto an already drawn map.
DecorationBoxes drawDecorations(QPainter& painter, const RenderRequest& request);
// The boxes drawDecorations() would draw for `request`, without a map.
DecorationBoxes decorationBoxes(const RenderRequest& request);

// Runs renderMap() on a worker thread. start() cancels any job still running; only the
// newest finished frame is delivered.
class MapRenderJob : public QObject {
    Q_OBJECT
public:
    explicit MapRenderJob(QObject* parent = nullptr);
    ~MapRenderJob() override;

    void start(const RenderRequest& request);
    void cancel();
    bool isRunning() const;
    void waitForDone();             // blocks until no frame is being drawn
    PathCache* pathCache() const;   // shared by all frames of this job

signals:
    void finished(const QImage& image, const dosi::gis::MapView& view);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace dosi::gis
