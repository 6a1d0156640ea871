#include "dosi/gis/MapRenderer.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Basemap.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/FlowMap.h"
#include "GridRender.h"
#include "Labels.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QRectF>
#include <cmath>
#include <list>
#include <optional>

namespace dosi::gis {

namespace {

bool cancelled(const std::atomic_bool* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Appends a ring to `path` in screen space, dropping points closer than a quarter pixel.
void addRing(QPainterPath& path, const QVector<QPointF>& ring, const MapView& view, bool close)
{
    if (ring.size() < 2) return;
    QPointF last = view.toScreen(ring.first());
    path.moveTo(last);
    for (int i = 1; i < ring.size(); ++i) {
        const QPointF p = view.toScreen(ring[i]);
        const bool isLast = i == ring.size() - 1;
        if (!isLast && std::abs(p.x() - last.x()) < 0.25 && std::abs(p.y() - last.y()) < 0.25) continue;
        path.lineTo(p);
        last = p;
    }
    if (close) path.closeSubpath();
}

bool intersects(const Envelope& a, const Envelope& b)
{
    return !(a.isNull() || b.isNull() || a.maxX < b.minX || b.maxX < a.minX || a.maxY < b.minY || b.maxY < a.minY);
}

}  // namespace

std::shared_ptr<const ScreenPaths> buildScreenPaths(const FeatureLayerData& data, const MapView& view,
                                                    const std::atomic_bool* cancel)
{
    auto out = std::make_shared<ScreenPaths>();
    out->extras = std::make_shared<detail::ScreenExtras>();
    const int n = int(data.geometries.size());
    out->paths.resize(n);
    out->kinds.resize(n);
    // Features wholly outside the view (with a margin for outlines and point symbols) are skipped.
    Envelope visible = view.extent();
    const double pad = 8 * view.metresPerPixel();
    visible = {visible.minX - pad, visible.minY - pad, visible.maxX + pad, visible.maxY + pad};
    for (int i = 0; i < n; ++i) {
        if (cancelled(cancel)) return nullptr;
        const Geometry& g = data.geometries[i];
        if (g.isEmpty() || !intersects(g.envelope(), visible)) continue;
        QPainterPath path;
        if (g.isPolygonal()) {
            path.setFillRule(Qt::OddEvenFill);
            for (const Polygon& poly : g.polygons)
                for (const Ring& r : poly.rings) addRing(path, r, view, true);
            out->kinds[i] = 1;
        } else if (g.type == Geometry::Type::LineString || g.type == Geometry::Type::MultiLineString) {
            for (const auto& line : g.lines) addRing(path, line, view, false);
            out->kinds[i] = 2;
        } else {
            for (const QPointF& p : g.points) {
                const QPointF s = view.toScreen(p);
                path.addEllipse(s, 3.5, 3.5);
            }
            out->kinds[i] = 3;
        }
        out->paths[i] = std::move(path);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
struct PathCache::Impl {
    struct Entry {
        std::weak_ptr<const FeatureLayerData> data;
        const FeatureLayerData* key = nullptr;
        MapView view;
        std::shared_ptr<const ScreenPaths> paths;
    };
    mutable QMutex mutex;
    std::list<Entry> entries;   // most recently used first
    int capacity = 16;
    int builds = 0;
};

PathCache::PathCache(int capacity) : d(std::make_unique<Impl>())
{
    d->capacity = std::max(1, capacity);
}

PathCache::~PathCache() = default;

std::shared_ptr<const ScreenPaths> PathCache::paths(const std::shared_ptr<const FeatureLayerData>& data, const MapView& view,
                                                    const std::atomic_bool* cancel)
{
    if (!data) return std::make_shared<ScreenPaths>();
    {
        QMutexLocker lock(&d->mutex);
        for (auto it = d->entries.begin(); it != d->entries.end(); ++it) {
            if (it->key == data.get() && it->view == view && !it->data.expired()) {
                d->entries.splice(d->entries.begin(), d->entries, it);
                return d->entries.front().paths;
            }
        }
    }
    auto built = buildScreenPaths(*data, view, cancel);
    if (!built) return nullptr;
    QMutexLocker lock(&d->mutex);
    ++d->builds;
    // Drop entries whose layer data is gone, then the least recently used beyond capacity.
    d->entries.remove_if([](const Impl::Entry& e) { return e.data.expired(); });
    d->entries.push_front(Impl::Entry{data, data.get(), view, built});
    while (int(d->entries.size()) > d->capacity) d->entries.pop_back();
    return built;
}

void PathCache::clear()
{
    QMutexLocker lock(&d->mutex);
    d->entries.clear();
}

int PathCache::entryCount() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->entries.size());
}

int PathCache::buildCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->builds;
}

int PathCache::pathCount() const
{
    QMutexLocker lock(&d->mutex);
    int n = 0;
    for (const auto& e : d->entries)
        for (const QPainterPath& p : e.paths->paths) n += p.isEmpty() ? 0 : 1;
    return n;
}

// ---------------------------------------------------------------------------------------------
namespace {

// Draws one layer's features at full opacity. Returns false when cancelled.
bool drawLayerFeatures(QPainter& painter, const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view,
                       const QBrush& hatch, bool darkBackground, const std::atomic_bool* cancel)
{
    const bool outlineOnly = layer.fills.isEmpty();
    const QColor outline(80, 80, 80, 150);
    // Boundary outlines are firm (light on a dark background, as in presentation mode); a grid's
    // thousands of cell edges stay faint.
    const bool grid = layer.data->info.kind == LayerKind::Grid;
    const QPen outlinePen = darkBackground ? (grid ? QPen(QColor(200, 200, 200, 70), 0.5) : QPen(QColor(235, 235, 235, 230), 1.4))
                                           : (grid ? QPen(QColor(90, 90, 90, 60), 0.5) : QPen(QColor(40, 40, 40, 220), 1.2));
    const QColor lineColour = darkBackground ? QColor(225, 225, 225) : QColor(60, 60, 60);
    bool graduated = false;   // point features with values: drawn afterwards as graduated circles
    const int n = int(paths.paths.size());
    for (int i = 0; i < n; ++i) {
        if ((i & 255) == 0 && cancelled(cancel)) return false;
        const QPainterPath& path = paths.paths[i];
        if (path.isEmpty()) continue;
        const QColor fill = outlineOnly ? QColor() : layer.fills.value(i, missingColor());
        const bool masked = !outlineOnly && i < layer.values.size() && isMasked(layer.values[i]);
        switch (paths.kinds[i]) {
        case 1:  // polygon: fill, hatch for masked values, thin outline
            if (outlineOnly) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(outlinePen);
                painter.drawPath(path);
                break;
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPath(path);
            if (masked) {
                painter.setBrush(hatch);
                painter.drawPath(path);
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(outline, 0.4));
            painter.drawPath(path);
            break;
        case 2:  // line
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(outlineOnly ? lineColour : fill.darker(110), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            break;
        case 3:  // point: a fixed dot without values, else a graduated circle (below)
            if (!outlineOnly) {
                graduated = true;
                break;
            }
            painter.setPen(QPen(QColor(40, 40, 40), 0.8));
            painter.setBrush(QColor(60, 90, 160));
            painter.drawPath(path);
            break;
        default: break;
        }
    }
    if (graduated) detail::drawGraduatedPoints(painter, layer, paths, view, cancel);
    return !cancelled(cancel);
}

// The selected features of `layer` outlined with a black-and-cyan double stroke, above its fills.
void drawSelection(QPainter& painter, const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view)
{
    const double maxValue = layer.fills.isEmpty() ? 0.0 : symbolScaleMaximum(layer);
    QPainterPath outlines, lines;
    for (int i : layer.selected) {
        if (i < 0 || i >= paths.paths.size() || paths.paths[i].isEmpty()) continue;
        if (paths.kinds[i] == 3) {
            const double v = layer.values.value(i, std::nan(""));
            double r = layer.fills.isEmpty() ? 3.5 : std::isnan(v) ? kMinSymbolRadius : graduatedRadius(v, maxValue);
            for (const QPointF& p : layer.data->geometries[i].points) outlines.addEllipse(view.toScreen(p), r + 1.5, r + 1.5);
        } else if (paths.kinds[i] == 2) {
            lines.addPath(paths.paths[i]);
        } else {
            outlines.addPath(paths.paths[i]);
        }
    }
    if (outlines.isEmpty() && lines.isEmpty()) return;
    painter.save();
    painter.setOpacity(1.0);
    painter.setBrush(Qt::NoBrush);
    const QColor black(0, 0, 0), cyan(0, 230, 255);
    for (const QPainterPath* p : {&outlines, &lines}) {
        if (p->isEmpty()) continue;
        const double extra = p == &lines ? 1.5 : 0.0;
        painter.setPen(QPen(black, 5.0 + extra, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(*p);
        painter.setPen(QPen(cyan, 2.5 + extra, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(*p);
    }
    painter.restore();
}

}  // namespace

QImage renderMap(const RenderRequest& request, const std::atomic_bool* cancel, PathCache* cache)
{
    const MapView& view = request.view;
    if (!view.isValid()) return {};
    const double dpr = request.devicePixelRatio > 0 ? request.devicePixelRatio : 1.0;
    QImage image(QSize(int(std::lround(view.size().width() * dpr)), int(std::lround(view.size().height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.setDevicePixelRatio(dpr);
    image.fill(request.background);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QBrush hatch = maskedHatchBrush(dpr);
    if (request.basemap) {
        painter.setOpacity(std::clamp(request.basemapOpacity, 0.0, 1.0));
        drawBasemap(painter, *request.basemap, view, dpr, cancel);
        painter.setOpacity(1.0);
    }

    struct Labelled {
        const ThematicLayer* layer;
        std::shared_ptr<const ScreenPaths> paths;
    };
    QVector<Labelled> labelled;
    auto pathsFor = [&](const ThematicLayer& layer) {
        return cache ? cache->paths(layer.data, view, cancel) : buildScreenPaths(*layer.data, view, cancel);
    };
    for (const ThematicLayer& layer : request.layers) {
        if (!layer.visible || !layer.data || layer.opacity <= 0) continue;
        if (cancelled(cancel)) return {};
        // The grid fast path (GridRender.cpp) applies the layer opacity and selection itself.
        if (layer.data->info.kind == LayerKind::Grid && detail::drawGridLayerFast(painter, layer, view, dpr, cancel)) {
            if (cancelled(cancel)) return {};
            continue;
        }
        // A translucent layer is drawn opaque on its own image and blended once, so the opacity
        // holds for every geometry kind (fills under outlines, lines, overlapping circles).
        const double opacity = std::clamp(layer.opacity, 0.0, 1.0);
        QImage layerImage;
        std::optional<QPainter> layerPainter;
        QPainter* target = &painter;
        if (opacity < 1.0) {
            layerImage = QImage(image.size(), QImage::Format_ARGB32_Premultiplied);
            layerImage.setDevicePixelRatio(dpr);
            layerImage.fill(Qt::transparent);
            layerPainter.emplace(&layerImage);
            layerPainter->setRenderHint(QPainter::Antialiasing, true);
            target = &*layerPainter;
        }
        const std::shared_ptr<const ScreenPaths> paths = pathsFor(layer);
        if (!paths || !drawLayerFeatures(*target, layer, *paths, view, hatch, request.background.lightness() < 100, cancel)) return {};
        if (layerPainter) {
            layerPainter->end();
            painter.setOpacity(opacity);
            painter.drawImage(QPointF(0, 0), layerImage);
            painter.setOpacity(1.0);
        }
        if (cancelled(cancel)) return {};
        if (!layer.selected.isEmpty()) drawSelection(painter, layer, *paths, view);
        if (layer.showLabels) labelled.append({&layer, paths});
    }
    painter.setOpacity(1.0);
    for (const auto& flows : request.flows)
        if (flows) drawFlowLayer(painter, *flows, view, cancel);
    if (cancelled(cancel)) return {};
    // Labels go over everything but the map furniture; their layout is cached with the paths.
    for (const Labelled& l : labelled) detail::drawLabels(painter, *detail::labelLayout(*l.layer, *l.paths, view));
    if (cancelled(cancel)) return {};
    drawDecorations(painter, request);
    detail::drawSymbolLegend(painter, request);
    painter.end();
    return image;
}

}  // namespace dosi::gis
