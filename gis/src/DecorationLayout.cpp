// Decoration footprint and the view that keeps the data clear of it (DecorationLayout.h).
#include "dosi/gis/DecorationLayout.h"

#include "Labels.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dosi::gis {

QVector<QRectF> DecorationFootprint::legends() const
{
    QVector<QRectF> out;
    for (const QRectF& r : {boxes.legend, boxes.flowLegend, symbolLegend})
        if (!r.isNull()) out << r;
    return out;
}

QVector<QRectF> DecorationFootprint::all() const
{
    QVector<QRectF> out;
    for (const QRectF& r : {boxes.title, boxes.legend, boxes.flowLegend, boxes.scaleBar, boxes.northArrow, boxes.sourceLine,
                            symbolLegend})
        if (!r.isNull()) out << r;
    return out;
}

// The symbol legend's box: Symbols.cpp (drawSymbolLegend) draws into it.
namespace detail {

const ThematicLayer* symbolLegendLayer(const RenderRequest& request)
{
    if (!request.decorations.legend || !request.view.isValid()) return nullptr;
    for (auto it = request.layers.crbegin(); it != request.layers.crend(); ++it)
        if (it->visible && it->data && !it->legend.symbolValues.isEmpty()) return &*it;
    return nullptr;
}

}  // namespace detail

QRectF symbolLegendBox(const RenderRequest& request)
{
    const ThematicLayer* layer = detail::symbolLegendLayer(request);
    if (!layer) return {};
    const QSize size = request.view.size();
    const double s = decorationScale(size, request.decorations);   // as every other decoration
    const QFont f = detail::labelFont(11 * s), hf = detail::labelFont(12 * s);
    const QFontMetricsF fm(f), hm(hf);
    const double maxValue = layer->legend.symbolMaximum > 0 ? layer->legend.symbolMaximum : symbolScaleMaximum(*layer);
    const QVector<double>& values = layer->legend.symbolValues;
    const double rMax = graduatedRadius(values.first(), maxValue);
    double textW = 0;
    for (double v : values) textW = std::max(textW, fm.horizontalAdvance(formatNumber(v)));
    const QString title = QCoreApplication::translate("dosi::MapSymbols", "Symbol size");
    const double w = std::max(2 * rMax + 14 * s + textW, hm.horizontalAdvance(title)) + 16 * s;
    const double h = hm.height() + 6 * s + std::max(2 * rMax, fm.height() * values.size()) + 10 * s;
    double bottom = size.height() - 10 * s;
    if (!request.decorations.sourceLine.isEmpty()) bottom -= QFontMetricsF(detail::labelFont(9 * s)).height() + 4 * s;
    if (request.decorations.scaleBar) bottom -= fm.height() + 16 * s + 8 * s;
    return QRectF(size.width() - 10 * s - w, bottom - h, w, h);
}

DecorationFootprint decorationFootprint(const RenderRequest& request)
{
    DecorationFootprint out;
    out.boxes = decorationBoxes(request);
    out.symbolLegend = symbolLegendBox(request);
    return out;
}

namespace {

// Fixed order, so that boxes of the same piece drawn for different views can be merged.
std::array<QRectF, 7> pieces(const DecorationFootprint& f)
{
    const DecorationBoxes& b = f.boxes;
    return {b.title, b.legend, b.flowLegend, b.scaleBar, b.northArrow, b.sourceLine, f.symbolLegend};
}

// The largest view of `extent` inside the image minus `pad`, with each box kept out by one of four
// cuts (the extent right of it, left of it, below it or above it); every combination is tried.
bool clearView(const Envelope& extent, const QSize& size, const QVector<QRectF>& boxes, double pad, MapView* out)
{
    const double gap = 4.0;
    const double w = std::max(extent.width(), 1e-9), h = std::max(extent.height(), 1e-9);
    const QRectF whole(pad, pad, size.width() - 2 * pad, size.height() - 2 * pad);
    if (whole.width() < 8 || whole.height() < 8) return false;
    const int n = int(boxes.size());
    long long combinations = 1;
    for (int i = 0; i < n; ++i) combinations *= 4;
    double bestMpp = std::numeric_limits<double>::infinity();
    QRectF bestArea;
    for (long long c = 0; c < combinations; ++c) {
        double l = whole.left(), t = whole.top(), r = whole.right(), b = whole.bottom();
        long long code = c;
        for (int i = 0; i < n; ++i, code /= 4) {
            const QRectF& box = boxes[i];
            switch (code % 4) {
            case 0: l = std::max(l, box.right() + gap); break;
            case 1: r = std::min(r, box.left() - gap); break;
            case 2: t = std::max(t, box.bottom() + gap); break;
            default: b = std::min(b, box.top() - gap); break;
            }
        }
        if (r - l < 8 || b - t < 8) continue;
        const double mpp = std::max(w / (r - l), h / (b - t));
        if (mpp < bestMpp * (1 - 1e-9)) {
            bestMpp = mpp;
            bestArea = QRectF(QPointF(l, t), QPointF(r, b));
        }
    }
    if (!std::isfinite(bestMpp)) return false;
    *out = MapView::fitInto(extent, size, bestArea);
    return true;
}

}  // namespace

MapView fitClearOfDecorations(const Envelope& extent, const RenderRequest& request, double margin)
{
    const QSize size = request.view.size();
    const MapView plain = MapView::fit(extent, size, margin);
    if (size.isEmpty() || extent.isNull() || !plain.isValid()) return plain;
    const double pad = std::max(0.0, margin) * std::min(size.width(), size.height());
    // The scale bar's box depends on the scale: boxes are merged over the views tried until the view
    // is clear of every box it is drawn with.
    RenderRequest probe = request;   // the layers are shared, not copied
    probe.view = plain;
    std::array<QRectF, 7> avoid;
    MapView best = plain;
    for (int round = 0; round < 4; ++round) {
        const std::array<QRectF, 7> now = pieces(decorationFootprint(probe));
        bool grew = false;
        for (size_t k = 0; k < now.size(); ++k) {
            if (now[k].isNull()) continue;
            const QRectF merged = avoid[k].isNull() ? now[k] : avoid[k].united(now[k]);
            if (merged != avoid[k]) {
                avoid[k] = merged;
                grew = true;
            }
        }
        if (!grew && round > 0) break;
        QVector<QRectF> boxes;
        for (const QRectF& r : avoid)
            if (!r.isNull()) boxes << r;
        MapView view;
        if (!clearView(extent, size, boxes, pad, &view)) return plain;
        best = view;
        probe.view = view;
    }
    return best;
}

}  // namespace dosi::gis
