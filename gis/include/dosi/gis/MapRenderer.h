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
struct FlowLayer;

struct RenderRequest {
    MapView view;
    std::shared_ptr<const Basemap> basemap;            // drawn first (Basemap.h); may be null
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
};

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

// Draws legend, scale bar, north arrow, title and source line onto an already drawn map.
void drawDecorations(QPainter& painter, const RenderRequest& request);

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
