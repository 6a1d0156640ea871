// Graduated point symbols (circle area proportional to the value) and their size legend.
#include "DecorationsDetail.h"
#include "Labels.h"

#include "dosi/core/Values.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/DecorationLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace dosi::gis {

namespace {

struct SymbolTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::MapSymbols)
};

// The largest 1, 2 or 5 times a power of ten not above x.
double roundDown(double x)
{
    if (!(x > 0) || !std::isfinite(x)) return 0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= x * (1 + 1e-9)) return m * p;
    return p;
}

}  // namespace

double graduatedRadius(double value, double maxValue, double minRadius, double maxRadius)
{
    if (std::isnan(value) || std::isinf(value) || !(maxValue > 0)) return 0;
    return std::max(minRadius, maxRadius * std::sqrt(std::abs(value) / maxValue));
}

double symbolScaleMaximum(const ThematicLayer& layer)
{
    if (layer.symbolMaxValue > 0) return layer.symbolMaxValue;
    double m = 0;
    for (double v : layer.values)
        if (std::isfinite(v)) m = std::max(m, std::abs(v));
    return m;
}

QVector<double> symbolLegendValues(double maxValue)
{
    QVector<double> out;
    for (double f : {1.0, 0.25, 1.0 / 16}) {
        const double v = roundDown(maxValue * f);
        if (v > 0 && (out.isEmpty() || v < out.last())) out.append(v);
    }
    return out;
}

bool isPointLayer(const FeatureLayerData& data)
{
    bool any = false;
    for (const Geometry& g : data.geometries) {
        if (g.isEmpty()) continue;
        if (g.type != Geometry::Type::Point && g.type != Geometry::Type::MultiPoint) return false;
        any = true;
    }
    return any;
}

}  // namespace dosi::gis

namespace dosi::gis::detail {

void drawGraduatedPoints(QPainter& painter, const ThematicLayer& layer, const ScreenPaths& paths, const MapView& view,
                         const std::atomic_bool* cancel)
{
    const FeatureLayerData& data = *layer.data;
    const double maxValue = symbolScaleMaximum(layer);
    const int n = int(paths.paths.size());
    QVector<int> order;
    QVector<double> radius(n, 0.0);
    for (int i = 0; i < n; ++i) {
        if (paths.kinds[i] != 3 || paths.paths[i].isEmpty()) continue;
        const double v = layer.values.value(i, missingValue());
        radius[i] = std::isnan(v) ? kMinSymbolRadius : graduatedRadius(v, maxValue);
        order.append(i);
    }
    // Largest first, so that small circles stay visible on top; ties in feature order.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return radius[a] > radius[b]; });
    const QPen pen(QColor(40, 40, 40, 220), 0.8);
    for (int k = 0; k < order.size(); ++k) {
        if (cancel && (k & 1023) == 0 && cancel->load(std::memory_order_relaxed)) return;
        const int i = order[k];
        const double v = layer.values.value(i, missingValue());
        QColor fill = isMasked(v) ? maskedColor() : std::isnan(v) ? missingColor() : layer.fills.value(i, missingColor());
        fill.setAlpha(std::min(fill.alpha(), 225));
        painter.setPen(pen);
        painter.setBrush(fill);
        for (const QPointF& p : data.geometries[i].points) painter.drawEllipse(view.toScreen(p), radius[i], radius[i]);
    }
}

void drawSymbolLegend(QPainter& painter, const RenderRequest& request)
{
    const ThematicLayer* layer = symbolLegendLayer(request);
    if (!layer) return;
    const QRectF box = symbolLegendBox(request);   // where the layout (DecorationLayout.cpp) keeps it
    // Same scale, fonts and look as the other decorations (Decorations.cpp): larger and light on dark
    // in presentation mode.
    const double s = decorationScale(request.view.size(), request.decorations);
    const bool dark = request.decorations.highContrast;
    const QFont f = labelFont(11 * s), hf = labelFont(12 * s);
    const QFontMetricsF fm(f), hm(hf);
    const double maxValue = layer->legend.symbolMaximum > 0 ? layer->legend.symbolMaximum : symbolScaleMaximum(*layer);
    const QVector<double>& values = layer->legend.symbolValues;
    const double rMax = graduatedRadius(values.first(), maxValue);
    QStringList labels;
    for (double v : values) labels << formatNumber(v);
    const QString title = SymbolTr::tr("Symbol size");
    painter.save();
    painter.setOpacity(1.0);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(dark ? QPen(Qt::white, 1.6 * s) : QPen(QColor(0, 0, 0, 60), 0.8 * s));
    painter.setBrush(dark ? QColor(0, 0, 0, 230) : QColor(255, 255, 255, 215));
    painter.drawRoundedRect(box, 3 * s, 3 * s);
    painter.setFont(hf);
    painter.setPen(dark ? QColor(Qt::white) : QColor(20, 20, 20));
    painter.drawText(QPointF(box.left() + 8 * s, box.top() + 5 * s + hm.ascent()), title);
    // Nested circles standing on one baseline, each labelled at its top.
    const double cx = box.left() + 8 * s + rMax, base = box.bottom() - 8 * s;
    QColor fill = layer->legend.entries.isEmpty() ? QColor(120, 140, 190) : layer->legend.entries.last().color;
    for (const LegendEntry& e : layer->legend.entries)
        if (e.kind == LegendEntry::Kind::Class) fill = e.color;
    fill.setAlpha(120);
    double lastLabelY = -1e9;
    for (int k = 0; k < values.size(); ++k) {
        const double r = graduatedRadius(values[k], maxValue);
        painter.setPen(QPen(dark ? QColor(235, 235, 235) : QColor(40, 40, 40), 0.8 * s));
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(cx, base - r), r, r);
        double y = base - 2 * r;
        y = std::max(y, lastLabelY + fm.height());   // keep the labels a line apart
        lastLabelY = y;
        painter.setPen(QPen(dark ? QColor(200, 200, 200) : QColor(90, 90, 90), 0.6 * s));
        painter.drawLine(QPointF(cx, base - 2 * r), QPointF(cx + rMax + 6 * s, y));
        painter.setPen(dark ? QColor(Qt::white) : QColor(20, 20, 20));
        painter.setFont(f);
        painter.drawText(QPointF(cx + rMax + 8 * s, y + (fm.ascent() - fm.descent()) / 2), labels[k]);
    }
    painter.restore();
}

}  // namespace dosi::gis::detail
