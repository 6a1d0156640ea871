// Fast drawing of regular grid layers: the cells are rasterised straight from a lattice of feature
// indexes with exact box-filter coverage (see GridRender.h for the rule).

#include "GridRender.h"

#include "dosi/core/Values.h"
#include "dosi/gis/ColorRamp.h"

#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPen>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dosi::gis::detail {

namespace {

bool cancelled(const std::atomic_bool* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

constexpr quint32 kNoCell = std::numeric_limits<quint32>::max();

// The lattice of a regular grid layer: position (col, row), row 0 at the north edge.
struct GridIndex {
    double cell = 0;                 // cell size, metres
    double west = 0, north = 0;      // lattice origin: west edge, north edge
    int cols = 0, rows = 0;
    std::vector<qint32> lattice;     // rows * cols feature indexes, -1 = no cell
    std::vector<quint32> position;   // per feature: row * cols + col, kNoCell for empty geometries
};

// The square of a one-ring polygon, or false when the geometry is anything else.
bool squareOf(const Geometry& g, Envelope* env)
{
    if (g.type != Geometry::Type::Polygon && g.type != Geometry::Type::MultiPolygon) return false;
    if (g.polygons.size() != 1 || g.polygons[0].rings.size() != 1) return false;
    const Ring& ring = g.polygons[0].rings[0];
    if (ring.size() < 4 || ring.size() > 5) return false;
    Envelope e{ring[0].x(), ring[0].y(), ring[0].x(), ring[0].y()};
    for (const QPointF& p : ring) {
        e.minX = std::min(e.minX, p.x());
        e.maxX = std::max(e.maxX, p.x());
        e.minY = std::min(e.minY, p.y());
        e.maxY = std::max(e.maxY, p.y());
    }
    const double tol = 1e-6 * std::max(1.0, e.maxX - e.minX);
    auto near = [tol](double a, double b) { return std::abs(a - b) <= tol; };
    for (const QPointF& p : ring)
        if (!(near(p.x(), e.minX) || near(p.x(), e.maxX)) || !(near(p.y(), e.minY) || near(p.y(), e.maxY))) return false;
    *env = e;
    return e.width() > 0 && near(e.width(), e.height());
}

std::shared_ptr<const GridIndex> buildIndex(const FeatureLayerData& data)
{
    const int n = int(data.geometries.size());
    std::vector<Envelope> squares(size_t(n), Envelope::null());
    double cell = 0, west = std::numeric_limits<double>::infinity(), north = -west, east = -west, south = west;
    for (int i = 0; i < n; ++i) {
        const Geometry& g = data.geometries[i];
        if (g.isEmpty()) continue;
        Envelope e;
        if (!squareOf(g, &e)) return nullptr;
        if (cell == 0) cell = e.width();
        else if (std::abs(e.width() - cell) > 1e-6 * cell) return nullptr;
        squares[size_t(i)] = e;
        west = std::min(west, e.minX);
        east = std::max(east, e.maxX);
        south = std::min(south, e.minY);
        north = std::max(north, e.maxY);
    }
    if (cell <= 0) return nullptr;
    auto index = std::make_shared<GridIndex>();
    index->cell = cell;
    index->west = west;
    index->north = north;
    const double cols = std::round((east - west) / cell), rows = std::round((north - south) / cell);
    const double cap = std::max(16.0e6, 4.0 * n);
    if (cols < 1 || rows < 1 || cols * rows > cap) return nullptr;
    index->cols = int(cols);
    index->rows = int(rows);
    index->lattice.assign(size_t(cols * rows), -1);
    index->position.assign(size_t(n), kNoCell);
    for (int i = 0; i < n; ++i) {
        const Envelope& e = squares[size_t(i)];
        if (e.isNull()) continue;
        const double fc = (e.minX - west) / cell, fr = (north - e.maxY) / cell;
        const double c = std::round(fc), r = std::round(fr);
        if (std::abs(fc - c) > 1e-6 || std::abs(fr - r) > 1e-6) return nullptr;   // not on one lattice
        const quint32 pos = quint32(r) * quint32(index->cols) + quint32(c);
        index->lattice[pos] = i;   // a later duplicate is drawn over an earlier one, as in the general path
        index->position[size_t(i)] = pos;
    }
    return index;
}

// A few recently used lattices, one per FeatureLayerData (null = not a regular grid).
struct IndexCache {
    struct Entry {
        std::weak_ptr<const FeatureLayerData> data;
        const FeatureLayerData* key = nullptr;
        std::shared_ptr<const GridIndex> index;
    };
    QMutex mutex;
    std::vector<Entry> entries;   // most recently used last
};

IndexCache& indexCache()
{
    static IndexCache cache;
    return cache;
}

std::shared_ptr<const GridIndex> gridIndex(const std::shared_ptr<const FeatureLayerData>& data)
{
    IndexCache& cache = indexCache();
    {
        QMutexLocker lock(&cache.mutex);
        for (auto it = cache.entries.begin(); it != cache.entries.end(); ++it) {
            if (it->key == data.get() && !it->data.expired()) {
                IndexCache::Entry e = *it;
                cache.entries.erase(it);
                cache.entries.push_back(e);
                return e.index;
            }
        }
    }
    auto index = buildIndex(*data);
    QMutexLocker lock(&cache.mutex);
    std::erase_if(cache.entries, [](const IndexCache::Entry& e) { return e.data.expired(); });
    cache.entries.push_back({data, data.get(), index});
    while (cache.entries.size() > 4) cache.entries.erase(cache.entries.begin());
    return index;
}

// Device-pixel placement of the lattice in a view.
struct Placement {
    double k = 0;          // device pixels per cell
    double u0 = 0, v0 = 0; // device position of the lattice's north-west corner
    int c0 = 0, c1 = 0, r0 = 0, r1 = 0;   // visible lattice columns [c0, c1) and rows [r0, r1)
    int width = 0, height = 0;            // device size
};

Placement place(const GridIndex& g, const MapView& view, double dpr)
{
    Placement p;
    p.width = int(std::lround(view.size().width() * dpr));
    p.height = int(std::lround(view.size().height() * dpr));
    p.k = g.cell / view.metresPerPixel() * dpr;
    const QPointF nw = view.toScreen(QPointF(g.west, g.north));
    p.u0 = nw.x() * dpr;
    p.v0 = nw.y() * dpr;
    auto clampi = [](double v, int hi) { return int(std::clamp(v, 0.0, double(hi))); };
    p.c0 = clampi(std::floor((0 - p.u0) / p.k), g.cols);
    p.c1 = clampi(std::ceil((p.width - p.u0) / p.k), g.cols);
    p.r0 = clampi(std::floor((0 - p.v0) / p.k), g.rows);
    p.r1 = clampi(std::ceil((p.height - p.v0) / p.k), g.rows);
    return p;
}

// x * a / 255 on the four bytes of a premultiplied pixel (Qt's BYTE_MUL).
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

// Source-over of a premultiplied pixel.
inline void blend(quint32& dst, quint32 src)
{
    const quint32 a = src >> 24;
    if (a == 255) dst = src;
    else if (a != 0) dst = src + byteMul(dst, 255 - a);
}

inline quint32 pack(float r, float g, float b, float a)
{
    auto ch = [](float v) { return quint32(std::clamp(int(v + 0.5f), 0, 255)); };
    const quint32 alpha = ch(a);
    return (alpha << 24) | (std::min(ch(r), alpha) << 16) | (std::min(ch(g), alpha) << 8) | std::min(ch(b), alpha);
}

// Cells smaller than a device pixel: separable box filtering. Each visible lattice row is spread over
// a float row of device pixels (horizontal coverage), then added with its vertical coverage into a
// small ring of output-row accumulators, which are composited once no later lattice row reaches them.
bool rasteriseSmall(const GridIndex& g, const Placement& p, const std::vector<quint32>& argb, QImage& out,
                    const std::atomic_bool* cancel)
{
    const int W = p.width, H = p.height;
    const double k = p.k;
    const int span = int(std::ceil(k)) + 2;           // output rows one lattice row can touch
    const int ringRows = span + 1;
    std::vector<float> ring(size_t(ringRows) * W * 4, 0.0f);
    std::vector<int> ringLo(size_t(ringRows), W), ringHi(size_t(ringRows), 0);   // touched px range
    std::vector<float> hrow(size_t(W) * 4, 0.0f);
    int flushed = 0;   // output rows below this are written

    auto flushUpTo = [&](int py) {   // composites output rows [flushed, py)
        for (; flushed < std::min(py, H); ++flushed) {
            const int slot = flushed % ringRows;
            float* acc = ring.data() + size_t(slot) * W * 4;
            const int lo = ringLo[size_t(slot)], hi = ringHi[size_t(slot)];
            auto* line = reinterpret_cast<quint32*>(out.scanLine(flushed));
            for (int x = lo; x < hi; ++x) {
                float* a = acc + size_t(x) * 4;
                blend(line[x], pack(a[0], a[1], a[2], a[3]));
                a[0] = a[1] = a[2] = a[3] = 0;
            }
            ringLo[size_t(slot)] = W;
            ringHi[size_t(slot)] = 0;
        }
    };

    for (int r = p.r0; r < p.r1; ++r) {
        if ((r & 63) == 0 && cancelled(cancel)) return false;
        const double top = p.v0 + r * k, bottom = top + k;
        const int pyLo = std::max(0, int(std::floor(top))), pyHi = std::min(H, int(std::ceil(bottom)));
        flushUpTo(pyLo);
        if (pyLo >= pyHi) continue;
        // Horizontal coverage of this lattice row.
        const qint32* cells = g.lattice.data() + size_t(r) * g.cols;
        int lo = W, hi = 0;
        for (int c = p.c0; c < p.c1; ++c) {
            const qint32 f = cells[c];
            if (f < 0) continue;
            const quint32 col = argb[size_t(f)];
            if (col == 0) continue;
            const float cr = float((col >> 16) & 0xff), cg = float((col >> 8) & 0xff), cb = float(col & 0xff),
                        ca = float(col >> 24);
            const double left = p.u0 + c * k, right = left + k;
            const int pxLo = std::max(0, int(std::floor(left))), pxHi = std::min(W, int(std::ceil(right)));
            for (int px = pxLo; px < pxHi; ++px) {
                const float w = float(std::min(right, px + 1.0) - std::max(left, double(px)));
                float* h = hrow.data() + size_t(px) * 4;
                h[0] += w * cr;
                h[1] += w * cg;
                h[2] += w * cb;
                h[3] += w * ca;
            }
            lo = std::min(lo, pxLo);
            hi = std::max(hi, pxHi);
        }
        if (lo >= hi) continue;
        // Vertical coverage into the output rows it reaches.
        for (int py = pyLo; py < pyHi; ++py) {
            const float w = float(std::min(bottom, py + 1.0) - std::max(top, double(py)));
            const int slot = py % ringRows;
            float* acc = ring.data() + size_t(slot) * W * 4;
            const float* h = hrow.data();
            for (int i = lo * 4; i < hi * 4; ++i) acc[i] += w * h[i];
            ringLo[size_t(slot)] = std::min(ringLo[size_t(slot)], lo);
            ringHi[size_t(slot)] = std::max(ringHi[size_t(slot)], hi);
        }
        std::fill(hrow.begin() + size_t(lo) * 4, hrow.begin() + size_t(hi) * 4, 0.0f);
    }
    flushUpTo(H);
    return true;
}

// Cell edges as the general path strokes them (each cell's fill, then its outline with a 0.4 px grey
// pen, in feature order), drawn into the same pass. A pixel within half the pen width of a cell
// boundary is covered by the pen's band in proportion to the area it shares with the band. On an edge
// between two cells the half band inside the cell drawn first is stroked twice (by both cells) and the
// half inside the later cell once (the later fill covered the first stroke there); an edge with a
// cell on one side only is stroked once. The edge's cells are those of the pixel centre's column
// (horizontal edges) or row (vertical edges).
struct Outline {
    bool on = false;
    double halfWidth = 0;   // device pixels
    float alpha = 0;        // pen alpha x layer opacity, 0..1
    float grey = 80;
};

// The pen band around the boundary nearest to pixel [x, x + 1) (boundaries at origin + b * k): its
// index, and the parts of the pixel covered by the band's half before (lo) and after (hi) it.
struct Band {
    int boundary = 0;
    float lo = 0, hi = 0;
    bool any() const { return lo > 0 || hi > 0; }
};

inline Band bandAt(int x, double origin, double k, double h)
{
    Band band;
    band.boundary = int(std::lround((x + 0.5 - origin) / k));
    const double at = origin + band.boundary * k;
    band.lo = float(std::max(0.0, std::min(x + 1.0, at) - std::max(double(x), at - h)));
    band.hi = float(std::max(0.0, std::min(x + 1.0, at + h) - std::max(double(x), at)));
    return band;
}

// The pen pixel over a band part given the features on its two sides (-1: none), 0 when nothing.
inline quint32 penPixel(const Outline& o, const Band& band, qint32 before, qint32 after)
{
    if (before < 0 && after < 0) return 0;
    const float a1 = o.alpha, a2 = o.alpha * (2 - o.alpha);   // stroked once, twice
    float a;
    if (before < 0 || after < 0) a = a1 * (band.lo + band.hi);
    else if (before > after) a = a1 * band.lo + a2 * band.hi;   // `before` drawn later
    else a = a2 * band.lo + a1 * band.hi;
    a = std::clamp(a, 0.0f, 1.0f);
    return pack(o.grey * a, o.grey * a, o.grey * a, 255 * a);
}

// Cells of a device pixel or more: a pixel meets at most 2 x 2 cells. Pixels inside one cell take
// its colour; pixels on a cell edge the coverage-weighted mean of the (up to four) cells.
bool rasteriseLarge(const GridIndex& g, const Placement& p, const std::vector<quint32>& argb, const Outline& outline,
                    QImage& out, const std::atomic_bool* cancel)
{
    const double k = p.k;
    const int pad = outline.on ? 1 : 0;   // pen bands reach just past the lattice
    // Device pixel range the visible lattice covers.
    const int xa = std::max(0, int(std::floor(p.u0 + p.c0 * k)) - pad),
              xb = std::min(p.width, int(std::ceil(p.u0 + p.c1 * k)) + pad);
    const int ya = std::max(0, int(std::floor(p.v0 + p.r0 * k)) - pad),
              yb = std::min(p.height, int(std::ceil(p.v0 + p.r1 * k)) + pad);
    if (xa >= xb || ya >= yb) return true;
    auto at = [&g](int r, int c) -> qint32 {
        return r >= 0 && r < g.rows && c >= 0 && c < g.cols ? g.lattice[size_t(r) * g.cols + c] : -1;
    };
    // Per pixel column: the lattice column its left edge is in and that column's share of the pixel;
    // the column of its centre; the pen band of the nearest vertical boundary.
    const size_t nx = size_t(xb - xa);
    std::vector<int> cx(nx), cxMid(nx);
    std::vector<float> fx(nx);
    std::vector<Band> penX(nx);
    for (int x = xa; x < xb; ++x) {
        const size_t i = size_t(x - xa);
        const int c = int(std::floor((x - p.u0) / k));
        cx[i] = c;
        fx[i] = float(std::clamp(p.u0 + (c + 1) * k - x, 0.0, 1.0));
        cxMid[i] = int(std::floor((x + 0.5 - p.u0) / k));
        if (outline.on) penX[i] = bandAt(x, p.u0, k, outline.halfWidth);
    }
    auto colour = [&](int r, int c) -> quint32 {
        if (r < 0 || r >= g.rows || c < 0 || c >= g.cols) return 0;
        const qint32 f = g.lattice[size_t(r) * g.cols + c];
        return f < 0 ? 0 : argb[size_t(f)];
    };
    // The pixel row split into runs of pixels inside one lattice column, and single pixels on a
    // column edge (shared by two columns); and the pixel columns a vertical pen band touches.
    struct Run {
        int x0, x1, c;
        bool edge;
    };
    std::vector<Run> runs;
    std::vector<int> penColumns;
    for (int x = xa; x < xb; ++x) {
        const size_t i = size_t(x - xa);
        const bool edge = fx[i] < 1.0f;
        if (!edge && !runs.empty() && !runs.back().edge && runs.back().c == cx[i]) runs.back().x1 = x + 1;
        else runs.push_back({x, x + 1, cx[i], edge});
        if (penX[i].any()) penColumns.push_back(x);
    }
    // The general case: a pixel's coverage-weighted mean of up to 2 x 2 cells.
    auto mixed = [&](int r, int c, float wx, float fy) {
        float acc[4] = {0, 0, 0, 0};
        auto add = [&acc](quint32 v, float w) {
            if (v == 0 || w <= 0) return;
            acc[0] += w * float((v >> 16) & 0xff);
            acc[1] += w * float((v >> 8) & 0xff);
            acc[2] += w * float(v & 0xff);
            acc[3] += w * float(v >> 24);
        };
        add(colour(r, c), wx * fy);
        add(colour(r, c + 1), (1 - wx) * fy);
        if (fy < 1.0f) {
            add(colour(r + 1, c), wx * (1 - fy));
            add(colour(r + 1, c + 1), (1 - wx) * (1 - fy));
        }
        return pack(acc[0], acc[1], acc[2], acc[3]);
    };
    std::vector<quint32> edgeColour(runs.size(), 0), penColour(penColumns.size(), 0);
    int edgeRow = std::numeric_limits<int>::min(), penRow = edgeRow;
    for (int y = ya; y < yb; ++y) {
        if ((y & 63) == 0 && cancelled(cancel)) return false;
        const int r = int(std::floor((y - p.v0) / k));
        const float fy = float(std::clamp(p.v0 + (r + 1) * k - y, 0.0, 1.0));
        const int rMid = int(std::floor((y + 0.5 - p.v0) / k));
        const Band penY = outline.on ? bandAt(y, p.v0, k, outline.halfWidth) : Band();
        const int by = penY.boundary;
        auto* line = reinterpret_cast<quint32*>(out.scanLine(y));
        // Pixel rows inside one lattice row repeat its edge pixels and vertical pen pixels: computed once.
        const bool inside = fy >= 1.0f;
        if (inside && r != edgeRow) {
            for (size_t j = 0; j < runs.size(); ++j)
                if (runs[j].edge) edgeColour[j] = mixed(r, runs[j].c, fx[size_t(runs[j].x0 - xa)], 1.0f);
            edgeRow = r;
        }
        if (rMid != penRow) {
            for (size_t j = 0; j < penColumns.size(); ++j) {
                const Band& band = penX[size_t(penColumns[j] - xa)];
                penColour[j] = penPixel(outline, band, at(rMid, band.boundary - 1), at(rMid, band.boundary));
            }
            penRow = rMid;
        }
        for (size_t j = 0; j < runs.size(); ++j) {
            const Run& run = runs[j];
            if (run.edge) {   // one pixel on a column edge
                const int x = run.x0;
                blend(line[x], inside ? edgeColour[j] : mixed(r, run.c, fx[size_t(x - xa)], fy));
                if (penY.any()) {
                    const int c = cxMid[size_t(x - xa)];
                    blend(line[x], penPixel(outline, penY, at(by - 1, c), at(by, c)));
                }
                continue;
            }
            // Pixels inside lattice column run.c: one colour for the whole run (a mix of rows r and
            // r + 1 when the pixel row straddles their edge).
            const quint32 v = fy >= 1.0f ? colour(r, run.c) : mixed(r, run.c, 1.0f, fy);
            if (v != 0) {
                if ((v >> 24) == 255) std::fill(line + run.x0, line + run.x1, v);
                else
                    for (int x = run.x0; x < run.x1; ++x) blend(line[x], v);
            }
            if (penY.any()) {   // horizontal edge between rows by - 1 and by
                const quint32 pen = penPixel(outline, penY, at(by - 1, run.c), at(by, run.c));
                if (pen != 0)
                    for (int x = run.x0; x < run.x1; ++x) blend(line[x], pen);
            }
        }
        for (size_t j = 0; j < penColumns.size(); ++j)   // vertical edges, in the pixel centre's row
            blend(line[penColumns[j]], penColour[j]);
    }
    return true;
}

// Premultiplied colour per feature, with the layer opacity applied.
std::vector<quint32> featureColours(const ThematicLayer& layer)
{
    const int n = int(layer.data->geometries.size());
    std::vector<quint32> argb(size_t(n), 0);
    const QRgb missing = missingColor().rgba();
    const quint32 opacity = quint32(std::lround(std::clamp(layer.opacity, 0.0, 1.0) * 255));
    // Fills come from a handful of class colours: convert each distinct QColor once.
    QColor lastColor;
    quint32 last = qPremultiply(missing);
    bool haveLast = false;
    for (int i = 0; i < n; ++i) {
        if (i < layer.fills.size()) {
            const QColor& c = layer.fills[i];
            if (!haveLast || c != lastColor) {
                lastColor = c;
                last = qPremultiply(c.rgba());
                haveLast = true;
            }
            argb[size_t(i)] = last;
        } else {
            argb[size_t(i)] = qPremultiply(missing);
        }
    }
    if (opacity < 255)
        for (quint32& v : argb) v = byteMul(v, opacity);
    return argb;
}

// Composites the fills (and, with cells of kGridOutlineMinPx logical pixels or more, their edges) onto
// `out` (device size, premultiplied or RGB32).
bool compositeFills(const GridIndex& g, const Placement& p, const ThematicLayer& layer, double dpr, QImage& out,
                    const std::atomic_bool* cancel)
{
    if (p.c0 >= p.c1 || p.r0 >= p.r1) return true;
    const std::vector<quint32> argb = featureColours(layer);
    if (p.k < 1.0) return rasteriseSmall(g, p, argb, out, cancel);
    Outline outline;
    outline.on = p.k / dpr >= kGridOutlineMinPx;
    outline.halfWidth = 0.2 * dpr;   // the general path's 0.4 px pen
    outline.alpha = float(150.0 / 255.0 * std::clamp(layer.opacity, 0.0, 1.0));
    return rasteriseLarge(g, p, argb, outline, out, cancel);
}

QImage fills(const GridIndex& g, const ThematicLayer& layer, const MapView& view, double dpr, const std::atomic_bool* cancel)
{
    const Placement p = place(g, view, dpr);
    QImage img(p.width, p.height, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) return {};
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    if (!compositeFills(g, p, layer, dpr, img, cancel)) return {};
    return img;
}

// Logical-pixel rectangle of lattice position `pos`.
QRectF cellRect(const GridIndex& g, const Placement& p, quint32 pos, double dpr)
{
    const int r = int(pos / quint32(g.cols)), c = int(pos % quint32(g.cols));
    return QRectF((p.u0 + c * p.k) / dpr, (p.v0 + r * p.k) / dpr, p.k / dpr, p.k / dpr);
}

bool visible(const Placement& p, const GridIndex& g, quint32 pos)
{
    if (pos == kNoCell) return false;
    const int r = int(pos / quint32(g.cols)), c = int(pos % quint32(g.cols));
    return c >= p.c0 && c < p.c1 && r >= p.r0 && r < p.r1;
}

void drawRectBatches(QPainter& painter, const std::vector<QRectF>& rects)
{
    constexpr size_t batch = 4096;
    for (size_t i = 0; i < rects.size(); i += batch)
        painter.drawRects(rects.data() + i, int(std::min(batch, rects.size() - i)));
}

}  // namespace

bool isRegularGrid(const std::shared_ptr<const FeatureLayerData>& data)
{
    return data && gridIndex(data) != nullptr;
}

QImage gridFillImage(const ThematicLayer& layer, const MapView& view, double dpr, const std::atomic_bool* cancel)
{
    if (!layer.data || layer.fills.isEmpty() || !view.isValid()) return {};
    const auto index = gridIndex(layer.data);
    if (!index) return {};
    return fills(*index, layer, view, dpr > 0 ? dpr : 1.0, cancel);
}

bool drawGridLayerFast(QPainter& painter, const ThematicLayer& layer, const MapView& view, double dpr,
                       const std::atomic_bool* cancel)
{
    // Outline-only grids and painters with a world transform take the general path.
    if (!layer.data || layer.fills.isEmpty() || !view.isValid() || !painter.worldTransform().isIdentity()) return false;
    if (dpr <= 0) dpr = 1.0;
    const auto index = gridIndex(layer.data);
    if (!index) return false;
    const GridIndex& g = *index;
    const Placement p = place(g, view, dpr);

    // Fills: straight into the painter's image when nothing (clip, composition mode) stands between,
    // else through a transparent layer image.
    QImage* target = painter.device() && painter.device()->devType() == QInternal::Image
                         ? static_cast<QImage*>(painter.device())
                         : nullptr;
    const bool direct = target && target->isDetached() && target->width() == p.width && target->height() == p.height
                        && (target->format() == QImage::Format_ARGB32_Premultiplied || target->format() == QImage::Format_RGB32)
                        && !painter.hasClipping() && painter.compositionMode() == QPainter::CompositionMode_SourceOver
                        && painter.opacity() >= 1.0;
    if (direct) {
        painter.beginNativePainting();   // nothing pending in the engine while the pixels are written
        const bool done = compositeFills(g, p, layer, dpr, *target, cancel);
        painter.endNativePainting();
        if (!done) return true;   // cancelled: the caller stops
    } else {
        const QImage img = fills(g, layer, view, dpr, cancel);
        if (img.isNull()) return cancelled(cancel);   // cancelled: the caller stops; otherwise fall back
        painter.save();
        painter.setOpacity(1.0);   // the layer opacity is in the fill colours
        painter.drawImage(QPointF(0, 0), img);
        painter.restore();
    }

    painter.save();
    painter.setOpacity(std::clamp(layer.opacity, 0.0, 1.0));
    const int n = int(layer.data->geometries.size());
    std::vector<QRectF> masked, selected;
    for (int i = 0; i < n && i < layer.values.size(); ++i)
        if (isMasked(layer.values[i]) && visible(p, g, g.position[size_t(i)]))
            masked.push_back(cellRect(g, p, g.position[size_t(i)], dpr));
    if (!masked.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(maskedHatchBrush(dpr));
        drawRectBatches(painter, masked);
    }
    for (int i : layer.selected)
        if (i >= 0 && i < n && visible(p, g, g.position[size_t(i)])) selected.push_back(cellRect(g, p, g.position[size_t(i)], dpr));
    if (!selected.empty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 200, 255), std::max(1.5, std::min(3.0, p.k / dpr / 4))));
        drawRectBatches(painter, selected);
    }
    painter.restore();
    return true;
}

}  // namespace dosi::gis::detail
