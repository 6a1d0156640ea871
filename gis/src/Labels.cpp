// Feature labels: anchors at the pole of inaccessibility of each polygon (computed once per layer
// and view), greedy placement by priority with a collision grid, drawn with a halo.
#include "Labels.h"

#include "dosi/core/Values.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMutexLocker>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <queue>

namespace dosi::gis::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Squared distance from p to segment ab.
double segmentDistance2(const QPointF& p, const QPointF& a, const QPointF& b)
{
    double x = a.x(), y = a.y();
    double dx = b.x() - x, dy = b.y() - y;
    if (dx != 0 || dy != 0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) x = b.x(), y = b.y();
        else if (t > 0) x += dx * t, y += dy * t;
    }
    dx = p.x() - x;
    dy = p.y() - y;
    return dx * dx + dy * dy;
}

// Signed distance from p to the region's outline (positive inside, even-odd rule), also
// bounded by the clip rectangle's border.
double signedDistance(const QPointF& p, const QList<QPolygonF>& rings, const QRectF& clip)
{
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    for (const QPolygonF& ring : rings) {
        const int n = int(ring.size());
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
            best = std::min(best, segmentDistance2(p, a, b));
        }
    }
    double d = std::sqrt(best);
    const double border = std::min({p.x() - clip.left(), clip.right() - p.x(), p.y() - clip.top(), clip.bottom() - p.y()});
    if (inside) d = std::min(d, border);
    return inside && border > 0 ? d : -d;
}

struct Cell {
    QPointF c;
    double h = 0;     // half size
    double d = 0;     // distance from centre to outline
    double max = 0;   // best possible distance inside the cell
};

Cell makeCell(const QPointF& c, double h, const QList<QPolygonF>& rings, const QRectF& clip)
{
    Cell cell{c, h, signedDistance(c, rings, clip), 0};
    cell.max = cell.d + h * std::sqrt(2.0);
    return cell;
}

double polygonArea(const Ring& r)
{
    double a = 0;
    for (int i = 0; i + 1 < r.size(); ++i) a += r[i].x() * r[i + 1].y() - r[i + 1].x() * r[i].y();
    return std::abs(a) / 2;
}

double featureArea(const Geometry& g)
{
    double a = 0;
    for (const Polygon& p : g.polygons)
        for (int i = 0; i < p.rings.size(); ++i) a += (i == 0 ? 1 : -1) * polygonArea(p.rings[i]);
    return std::max(0.0, a);
}

void buildAnchors(ScreenExtras& ex, const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view)
{
    const FeatureLayerData& data = *layer.data;
    const int n = int(paths.paths.size());
    ex.anchors = QVector<QPointF>(n, QPointF(kNaN, kNaN));
    ex.room = QVector<double>(n, 0.0);
    ex.areas = QVector<double>(n, 0.0);
    const QRectF clip(QPointF(0, 0), QSizeF(view.size()));
    const double mpp2 = view.metresPerPixel() * view.metresPerPixel();
    for (int i = 0; i < n; ++i) {
        const QPainterPath& path = paths.paths[i];
        if (path.isEmpty()) continue;
        if (paths.kinds[i] == 1) {
            if (!path.boundingRect().intersects(clip)) continue;
            ex.areas[i] = featureArea(data.geometries[i]) / mpp2;
            // Features under a few pixels cannot carry a label; skip the search.
            if (ex.areas[i] < 16) continue;
            double room = 0;
            const QPointF pole = poleOfInaccessibility(path.toSubpathPolygons(), clip, 1.0, &room);
            if (room > 0) {
                ex.anchors[i] = pole;
                ex.room[i] = room;
            }
        } else if (paths.kinds[i] == 3) {
            const Geometry& g = data.geometries[i];
            if (!g.points.isEmpty()) {
                ex.anchors[i] = view.toScreen(g.points.first());
                ex.room[i] = std::numeric_limits<double>::infinity();
            }
        } else if (paths.kinds[i] == 2) {
            // Lines: the middle vertex of the longest part.
            const QList<QPolygonF> parts = path.toSubpathPolygons();
            const QPolygonF* longest = nullptr;
            for (const QPolygonF& part : parts)
                if (!longest || part.size() > longest->size()) longest = &part;
            if (longest && !longest->isEmpty()) {
                ex.anchors[i] = longest->at(longest->size() / 2);
                ex.room[i] = std::numeric_limits<double>::infinity();
            }
        }
    }
    ex.anchorsBuilt = true;
}

// Korean administrative names are stored in full ("서울특별시 종로구 사직동"); the map shows the
// last part ("사직동"): the full name starts with a province or city (…시 / …도).
QString shortLabel(const QString& label)
{
    const QString t = label.simplified();
    const QStringList parts = t.split(QLatin1Char(' '));
    if (parts.size() < 2) return t;
    const QString& first = parts.first();
    if (first.endsWith(QChar(0xC2DC)) || first.endsWith(QChar(0xB3C4))) return parts.last();   // 시, 도
    return t;
}

quint64 mix(quint64 h, quint64 v) { return (h ^ v) * 1099511628211ULL; }

class CollisionGrid {
public:
    explicit CollisionGrid(double cell) : m_cell(cell) {}
    bool hits(const QRectF& r) const
    {
        for (int gy = cellOf(r.top()); gy <= cellOf(r.bottom()); ++gy)
            for (int gx = cellOf(r.left()); gx <= cellOf(r.right()); ++gx)
                for (int idx : m_cells.value(key(gx, gy)))
                    if (m_rects[idx].intersects(r)) return true;
        return false;
    }
    void add(const QRectF& r)
    {
        const int idx = int(m_rects.size());
        m_rects.append(r);
        for (int gy = cellOf(r.top()); gy <= cellOf(r.bottom()); ++gy)
            for (int gx = cellOf(r.left()); gx <= cellOf(r.right()); ++gx) m_cells[key(gx, gy)].append(idx);
    }

private:
    int cellOf(double v) const { return int(std::floor(v / m_cell)); }
    static qint64 key(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }
    double m_cell;
    QVector<QRectF> m_rects;
    QHash<qint64, QVector<int>> m_cells;
};

}  // namespace

QFont labelFont(double pixelSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"), QStringLiteral("Malgun Gothic"),
                   QStringLiteral("Apple SD Gothic Neo"), QStringLiteral("NanumGothic"), QStringLiteral("Noto Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setWeight(QFont::Medium);
    return f;
}

double labelPixelSize(const MapView& view)
{
    const double s = std::min(view.size().width(), view.size().height()) / 600.0;
    return std::clamp(10.0 * s, 10.0, 24.0);
}

QPointF poleOfInaccessibility(const QList<QPolygonF>& rings, const QRectF& clip, double precision, double* distance)
{
    QRectF box;
    for (const QPolygonF& r : rings) box = box.united(r.boundingRect());
    box = box.intersected(clip);
    *distance = 0;
    if (box.isEmpty()) return {};
    const double cellSize = std::min(box.width(), box.height());
    if (cellSize <= 0) return box.center();
    auto cmp = [](const Cell& a, const Cell& b) { return a.max < b.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
    const double h = cellSize / 2;
    for (double x = box.left(); x < box.right(); x += cellSize)
        for (double y = box.top(); y < box.bottom(); y += cellSize) queue.push(makeCell(QPointF(x + h, y + h), h, rings, clip));
    Cell best = makeCell(box.center(), 0, rings, clip);
    int evaluated = 0;
    while (!queue.empty() && evaluated < 4000) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d) best = cell;
        if (cell.max - best.d <= precision) continue;
        const double q = cell.h / 2;
        for (const QPointF& o : {QPointF(-q, -q), QPointF(q, -q), QPointF(-q, q), QPointF(q, q)})
            queue.push(makeCell(cell.c + o, q, rings, clip));
        evaluated += 4;
    }
    *distance = std::max(0.0, best.d);
    return best.c;
}

std::shared_ptr<const LabelLayout> labelLayout(const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view)
{
    if (!layer.data || !paths.extras || layer.data->info.kind == LayerKind::Grid) return std::make_shared<LabelLayout>();
    ScreenExtras& ex = *paths.extras;
    QMutexLocker lock(&ex.mutex);
    if (!ex.anchorsBuilt) buildAnchors(ex, layer, paths, view);

    const QStringList& texts = layer.data->labels;
    const bool outlineOnly = layer.fills.isEmpty();
    const double px = labelPixelSize(view);
    const int n = int(ex.anchors.size());
    // Candidates and their priorities; the key decides whether the cached layout still holds.
    QVector<int> order;
    QVector<double> priority(n, 0.0);
    quint64 key = mix(1469598103934665603ULL, quint64(px * 16));
    for (int i = 0; i < n; ++i) {
        if (std::isnan(ex.anchors[i].x()) || texts.value(i).trimmed().isEmpty()) continue;
        const double v = layer.values.value(i, missingValue());
        if (!outlineOnly && isMissing(v)) continue;
        // Polygons by area on screen; points and lines by |value| (larger symbols first).
        priority[i] = paths.kinds[i] == 1 ? ex.areas[i] : (std::isnan(v) ? -1.0 : std::abs(v));
        order.append(i);
        quint64 bits = 0;
        std::memcpy(&bits, &priority[i], sizeof bits);
        key = mix(mix(key, quint64(i)), paths.kinds[i] == 1 ? 0 : bits);
    }
    if (ex.layout && ex.layout->key == key) return ex.layout;

    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return priority[a] > priority[b]; });
    auto layout = std::make_shared<LabelLayout>();
    layout->key = key;
    layout->haloWidth = std::max(2.5, px * 0.2);
    const QFont font = labelFont(px);
    const QFontMetricsF fm(font);
    const QRectF image(QPointF(0, 0), QSizeF(view.size()));
    // Free space kept around each label (wider than tall), so names never touch on a projector.
    const double padX = std::max(3.0, px * 0.6), padY = std::max(1.5, px * 0.2);
    const double halo = layout->haloWidth / 2;
    CollisionGrid grid(64);
    for (int i : order) {
        const QString text = shortLabel(texts[i]);
        // A polygon too thin for any part of the text is left unlabelled.
        if (paths.kinds[i] == 1 && ex.room[i] < px * 0.3) continue;
        const double w = fm.horizontalAdvance(text), h = fm.ascent() + fm.descent();
        const QPointF a = ex.anchors[i];
        const QRectF rect(a.x() - w / 2, a.y() - h / 2, w, h);
        if (!image.contains(rect.adjusted(-halo, -halo, halo, halo))) continue;
        const QRectF keep = rect.adjusted(-padX, -padY, padX, padY);
        if (grid.hits(keep)) continue;
        grid.add(keep);
        QPainterPath glyphs;
        glyphs.addText(QPointF(rect.left(), rect.top() + fm.ascent()), font, text);
        layout->labels.append(PlacedLabel{i, text, a, rect});
        layout->textPaths.append(glyphs);
    }
    ex.layout = layout;
    return layout;
}

void drawLabels(QPainter& painter, const LabelLayout& layout)
{
    if (layout.labels.isEmpty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(1.0);
    const QPen halo(QColor(255, 255, 255, 235), layout.haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const QPainterPath& p : layout.textPaths) painter.strokePath(p, halo);
    for (const QPainterPath& p : layout.textPaths) painter.fillPath(p, QColor(25, 25, 25));
    painter.restore();
}

}  // namespace dosi::gis::detail

namespace dosi::gis {

QVector<PlacedLabel> placeLabels(const ThematicLayer& layer, const MapView& view, PathCache* cache)
{
    if (!layer.data || !view.isValid()) return {};
    const auto paths = cache ? cache->paths(layer.data, view) : buildScreenPaths(*layer.data, view);
    if (!paths) return {};
    return detail::labelLayout(layer, *paths, view)->labels;
}

}  // namespace dosi::gis
