// Flow map drawing: curved, width-by-volume lines with arrowheads (see FlowMap.h for the geometry).
#include "dosi/gis/FlowMap.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace dosi::gis {

namespace {

constexpr int kSamples = 40;   // points along one curve

QPointF bezier(const QPointF& a, const QPointF& c, const QPointF& b, double t)
{
    const double u = 1 - t;
    return u * u * a + 2 * u * t * c + t * t * b;
}

QPointF unit(const QPointF& v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

QPointF rightNormal(const QPointF& dir) { return {-dir.y(), dir.x()}; }   // screen y down

// Position of `volume` on the width scale, 0 (smallest shown) .. 1 (largest shown), square-root spaced.
double volumeFraction(const FlowLayer& layer, double volume)
{
    double lo = layer.minVolume, hi = layer.maxVolume;
    if (!(lo > 0) || !(hi > 0)) {
        double l = 0, h = 0;
        for (const FlowLine& f : layer.lines) {
            if (!(f.volume > 0)) continue;
            l = l > 0 ? std::min(l, f.volume) : f.volume;
            h = std::max(h, f.volume);
        }
        if (!(lo > 0)) lo = l;
        if (!(hi > 0)) hi = h;
    }
    if (!(hi > 0) || !(volume > 0)) return 0.0;
    if (!(hi > lo)) return 1.0;
    const double t = (std::sqrt(volume) - std::sqrt(lo)) / (std::sqrt(hi) - std::sqrt(lo));
    return std::clamp(t, 0.0, 1.0);
}

// `v` rounded to two significant digits: down, up or to nearest.
double round2(double v, int mode)
{
    if (!(v > 0)) return 0;
    const double p = std::pow(10.0, std::floor(std::log10(v)) - 1);
    const double q = v / p;
    const double r = mode < 0 ? std::floor(q + 1e-9) : mode > 0 ? std::ceil(q - 1e-9) : std::round(q);
    return r * p;
}

}  // namespace

double flowWidth(const FlowLayer& layer, double volume)
{
    return layer.minWidth + (layer.maxWidth - layer.minWidth) * volumeFraction(layer, volume);
}

void fitFlowWidths(FlowLayer& layer, const QSize& size)
{
    const double f = std::clamp(std::min(size.width(), size.height()) / 1080.0, 1.0 / 3.0, 1.0);
    layer.maxWidth = 12.0 * f;
    layer.minWidth = std::max(0.6, 1.0 * f);
}

QColor flowColor(const FlowLayer& layer, double volume)
{
    const double t = volumeFraction(layer, volume);
    const QColor a = layer.lightColor.toRgb(), b = layer.color.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QPointF flowControlPoint(const QPointF& from, const QPointF& to, double curvature)
{
    const QPointF d = to - from;
    return (from + to) / 2 + curvature * rightNormal(d);
}

QSizeF flowArrowSize(double width)
{
    return {5.0 + 1.6 * width, 4.0 + 1.8 * width};   // length along the line, width across it
}

QPainterPath flowShape(const QPointF& a, const QPointF& b, double width, double curvature)
{
    QPainterPath path;
    const double chord = QLineF(a, b).length();
    if (!(chord > 0.5)) return path;
    const QPointF c = flowControlPoint(a, b, curvature);
    QVector<QPointF> pts(kSamples + 1);
    QVector<double> dist(kSamples + 1, 0.0);
    for (int i = 0; i <= kSamples; ++i) {
        pts[i] = bezier(a, c, b, double(i) / kSamples);
        if (i > 0) dist[i] = dist[i - 1] + QLineF(pts[i - 1], pts[i]).length();
    }
    const double total = dist.last();
    // Arrowhead: at most half the line, so short flows keep a visible body.
    QSizeF head = flowArrowSize(width);
    if (head.width() > total * 0.5) head *= total * 0.5 / head.width();
    const double baseAt = total - head.width();
    int k = 1;   // first sample at or beyond the arrow base
    while (k < kSamples && dist[k] < baseAt) ++k;
    const double seg = dist[k] - dist[k - 1];
    const double f = seg > 0 ? (baseAt - dist[k - 1]) / seg : 0.0;
    const QPointF base = pts[k - 1] + f * (pts[k] - pts[k - 1]);
    const QPointF tip = b;
    const QPointF tipDir = unit(tip - base);
    const QPointF tipN = rightNormal(tipDir);
    const double hw = std::max(0.3, width / 2);

    QVector<QPointF> body(pts.begin(), pts.begin() + k);
    body.append(base);
    QPolygonF left, right;
    for (int i = 0; i < body.size(); ++i) {
        QPointF n;
        if (i == body.size() - 1) n = tipN;
        else if (i == 0) n = rightNormal(unit(body[1] - body[0]));
        else n = rightNormal(unit(body[i + 1] - body[i - 1]));
        left.append(body[i] - n * hw);
        right.append(body[i] + n * hw);
    }
    QPolygonF outline = left;
    outline.append(base - tipN * std::max(hw, head.height() / 2));
    outline.append(tip);
    outline.append(base + tipN * std::max(hw, head.height() / 2));
    for (int i = int(right.size()) - 1; i >= 0; --i) outline.append(right[i]);
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

QVector<double> flowLegendVolumes(double minVolume, double maxVolume)
{
    QVector<double> out;
    if (!(maxVolume > 0)) return out;
    const double lo = minVolume > 0 ? std::min(minVolume, maxVolume) : maxVolume / 16;
    double small = round2(lo, +1);
    if (small > maxVolume) small = round2(lo, -1);
    const double large = round2(maxVolume, -1);
    // Half way on the width scale (square-root spaced).
    const double m = (std::sqrt(small) + std::sqrt(large)) / 2;
    const double mid = round2(m * m, 0);
    for (double v : {small, mid, large})
        if (v > 0 && (out.isEmpty() || v > out.last())) out.append(v);
    return out;
}

void drawFlowLayer(QPainter& painter, const FlowLayer& layer, const MapView& view, const std::atomic_bool* cancel)
{
    if (!layer.visible || layer.lines.isEmpty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(std::clamp(layer.opacity, 0.0, 1.0));
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(view.size())).adjusted(-40, -40, 40, 40);
    const QPen halo(QColor(255, 255, 255, 210), 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const FlowLine& f : layer.lines) {
        if (cancel && cancel->load(std::memory_order_relaxed)) break;
        const QPointF a = view.toScreen(f.from), b = view.toScreen(f.to);
        const QPointF c = flowControlPoint(a, b, layer.curvature);
        const double x0 = std::min({a.x(), b.x(), c.x()}), x1 = std::max({a.x(), b.x(), c.x()});
        const double y0 = std::min({a.y(), b.y(), c.y()}), y1 = std::max({a.y(), b.y(), c.y()});
        if (x1 < visible.left() || x0 > visible.right() || y1 < visible.top() || y0 > visible.bottom()) continue;
        const QPainterPath shape = flowShape(a, b, flowWidth(layer, f.volume), layer.curvature);
        if (shape.isEmpty()) continue;
        painter.setPen(halo);
        painter.setBrush(flowColor(layer, f.volume));
        painter.drawPath(shape);
    }
    painter.restore();
}

}  // namespace dosi::gis
