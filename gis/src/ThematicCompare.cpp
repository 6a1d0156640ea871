// Two periods compared (difference map, side by side), period sums and diverging classes.
#include "dosi/gis/ThematicCompare.h"
#include "dosi/gis/DecorationLayout.h"

#include "UnitLookup.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/Classify.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/DerivedMeasures.h"
#include "dosi/gis/MapRenderer.h"
#include "DecorationsDetail.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dosi::gis {

namespace {

struct CompareTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::ThematicCompare)
};

using detail::lookupUnit;

QString labelOfTimes(const QStringList& times, const QString& period)
{
    if (times.isEmpty()) return periodLabel(period);
    if (times.size() == 1 && !period.contains(QLatin1Char('/'))) return timeLabel(times.first(), guessTimeKind(times.first()));
    return timeLabel(times.first(), guessTimeKind(times.first())) + QStringLiteral(" – ")
           + timeLabel(times.last(), guessTimeKind(times.last()));
}

QVector<double> sideBreaks(QVector<double> sorted, int classes, ClassMethod method)
{
    if (sorted.isEmpty() || classes <= 0) return {};
    switch (method) {
    case ClassMethod::Jenks: return jenksBreaks(sorted, classes);
    case ClassMethod::EqualInterval: return equalIntervalBreaks(sorted, classes);
    default: return quantileBreaks(sorted, classes);
    }
}

void dedupe(QVector<double>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

struct ClassCounts {
    QVector<int> perClass;
    int missing = 0, masked = 0;
};

// Fills layer.fills and valueExtent from values, breaks and colours; counts per class.
ClassCounts fillClasses(ThematicLayer& layer, const QVector<double>& breaks, const QVector<QColor>& colors)
{
    const FeatureLayerData& data = *layer.data;
    const int n = int(layer.values.size());
    ClassCounts counts;
    counts.perClass = QVector<int>(breaks.size(), 0);
    layer.breaks = breaks;
    layer.fills.resize(n);
    layer.valueExtent = Envelope::null();
    QVector<int> missingIdx;
    for (int i = 0; i < n; ++i) {
        const double v = layer.values[i];
        if (isMasked(v)) {
            layer.fills[i] = maskedColor();
            ++counts.masked;
        } else if (std::isnan(v) || std::isinf(v)) {
            layer.fills[i] = missingColor();
            missingIdx.append(i);
        } else {
            const int c = classIndex(v, breaks);
            layer.fills[i] = colors.value(c, missingColor());
            if (c >= 0) ++counts.perClass[c];
            if (i < data.geometries.size()) layer.valueExtent.expand(data.geometries[i].envelope());
        }
    }
    if (layer.valueExtent.isNull()) layer.valueExtent = data.extent;
    // "No data" counts only units inside the area the data covers (as buildThematicLayer does).
    const Envelope& ve = layer.valueExtent;
    for (int i : missingIdx) {
        if (i >= data.geometries.size()) continue;
        const Envelope e = data.geometries[i].envelope();
        if (e.maxX >= ve.minX && e.minX <= ve.maxX && e.maxY >= ve.minY && e.minY <= ve.maxY) ++counts.missing;
    }
    return counts;
}

void appendNoValueEntries(Legend& legend, int missing, int masked)
{
    if (missing > 0) {
        LegendEntry e;
        e.color = missingColor();
        e.label = CompareTr::tr("No data");
        e.count = missing;
        e.kind = LegendEntry::Kind::Missing;
        legend.entries.append(e);
    }
    if (masked > 0) {
        LegendEntry e;
        e.color = maskedColor();
        e.label = CompareTr::tr("Masked (≤3 people)");
        e.count = masked;
        e.kind = LegendEntry::Kind::Masked;
        legend.entries.append(e);
    }
}

struct MeasureContext {
    LayerInfo info;
    QString field;
    QStringList axis;
};

Result<MeasureContext> measureContext(const ProjectStore& store, const QString& layer, const QString& field)
{
    const auto info = store.layer(layer);
    if (!info) return makeError(CompareTr::tr("The project has no layer named \"%1\".").arg(layer));
    if (info->kind != LayerKind::Measure)
        return makeError(CompareTr::tr("Layer \"%1\" is not a measure layer; periods can only be compared on measures over time.")
                             .arg(layer));
    MeasureContext c;
    c.info = *info;
    c.field = field.isEmpty() && !info->fields.isEmpty() ? info->fields.first().name : field;
    if (!measureFieldAvailable(*info, c.field)) return makeError(CompareTr::tr("Layer \"%1\" has no field \"%2\".").arg(layer, c.field));
    auto axis = store.measureTimes(layer);
    if (!axis) return axis.error();
    c.axis = axis.value();
    c.axis.removeAll(QString());
    return c;
}

Result<std::shared_ptr<const FeatureLayerData>> featureData(const ProjectStore& store, const LayerInfo& info,
                                                            std::shared_ptr<const FeatureLayerData> cached)
{
    if (info.geometryLayer.isEmpty())
        return makeError(CompareTr::tr("Measure layer \"%1\" is not linked to a feature layer, so it cannot be drawn.").arg(info.name));
    if (cached && cached->info.name == info.geometryLayer) return cached;
    return loadFeatureLayer(store, info.geometryLayer);
}

QString layerTitle(const MeasureContext& c)
{
    QString title = c.info.title.isEmpty() ? c.info.name : c.info.title;
    if (!c.field.isEmpty() && c.field != title) title += QStringLiteral(" · ") + c.field;
    return title;
}

QVector<double> valuesFor(const FeatureLayerData& data, const QHash<QString, double>& byUnit)
{
    QVector<double> v(data.geometries.size(), missingValue());
    for (int i = 0; i < data.codes.size() && i < v.size(); ++i) v[i] = lookupUnit(byUnit, data.codes[i]);
    return v;
}

QString sourceLineFor(const ProjectStore& store, const MapDecorations& d)
{
    if (!d.sourceLine.isEmpty()) return d.sourceLine;
    return store.metaValue(QStringLiteral("attribution")).trimmed().section(QLatin1Char('\n'), 0, 0);
}

}  // namespace

MapView fitBesideLegend(const Envelope& extent, const QSize& size, double band)
{
    const MapView plain = MapView::fit(extent, size, 0.04);
    const int bandPx = int(size.width() * std::clamp(band, 0.0, 0.6));
    const QSize right(size.width() - bandPx, size.height());
    if (bandPx <= 0 || right.width() < 64) return plain;
    const MapView narrow = MapView::fit(extent, right, 0.04);
    if (narrow.metresPerPixel() > plain.metresPerPixel() * 1.1) return plain;
    // The narrow fit's scale, with the centre moved so that the extent sits right of the band.
    const QPointF centre = narrow.center() - QPointF(bandPx / 2.0 * narrow.metresPerPixel(), 0);
    return MapView(centre, narrow.metresPerPixel(), size);
}

Result<QStringList> periodTimes(const QStringList& axis, const QString& periodText)
{
    const QString period = periodText.trimmed();
    if (period.isEmpty()) return makeError(CompareTr::tr("No period was given."));
    const int slash = int(period.indexOf(QLatin1Char('/')));
    if (slash < 0) {
        if (!axis.contains(period))
            return makeError(CompareTr::tr("There are no values for time \"%1\" (the layer has %2 time(s)%3).")
                                 .arg(period)
                                 .arg(axis.size())
                                 .arg(axis.isEmpty() ? QString() : QStringLiteral(", %1 … %2").arg(axis.first(), axis.last())));
        return QStringList{period};
    }
    const QString from = period.left(slash).trimmed(), to = period.mid(slash + 1).trimmed();
    if (from.isEmpty() || to.isEmpty())
        return makeError(CompareTr::tr("The period \"%1\" must look like FROM/TO, e.g. 2019-03-04T00/2019-03-10T23.").arg(period));
    if (from > to && !from.startsWith(to)) return makeError(CompareTr::tr("The period \"%1\" ends before it starts.").arg(period));
    QStringList out;
    for (const QString& t : axis)
        if (t >= from && (t <= to || t.startsWith(to))) out << t;
    if (out.isEmpty())
        return makeError(CompareTr::tr("No time of the layer falls in the period \"%1\" (the layer has %2 time(s)%3).")
                             .arg(period)
                             .arg(axis.size())
                             .arg(axis.isEmpty() ? QString() : QStringLiteral(", %1 … %2").arg(axis.first(), axis.last())));
    std::sort(out.begin(), out.end());
    return out;
}

QString periodLabel(const QString& periodText)
{
    const QString period = periodText.trimmed();
    const int slash = int(period.indexOf(QLatin1Char('/')));
    if (slash < 0) return timeLabel(period, guessTimeKind(period));
    const QString from = period.left(slash).trimmed(), to = period.mid(slash + 1).trimmed();
    return timeLabel(from, guessTimeKind(from)) + QStringLiteral(" – ") + timeLabel(to, guessTimeKind(to));
}

Result<QHash<QString, double>> periodValues(const ProjectStore& store, const QString& layer, const QString& field,
                                            const QString& period)
{
    auto ctx = measureContext(store, layer, field);
    if (!ctx) return ctx.error();
    auto times = periodTimes(ctx->axis, period);
    if (!times) return times.error();
    QHash<QString, double> out;
    if (times->size() == 1) {
        auto t = readMeasuresWithDerived(store, layer, {ctx->field}, times->first());
        if (!t) return t.error();
        for (int r = 0; r < t->rowCount(); ++r) out.insert(t->units[r], t->columns[0][r]);
        return out;
    }
    struct Acc {
        double sum = 0;
        int known = 0, masked = 0;
    };
    QHash<QString, Acc> acc;
    auto add = [&acc](const MeasureTable& t, const QSet<QString>* wanted) {
        for (int r = 0; r < t.rowCount(); ++r) {
            if (wanted && !wanted->contains(t.times[r])) continue;
            Acc& a = acc[t.units[r]];
            const double v = t.columns[0][r];
            if (isMasked(v)) ++a.masked;
            else if (!std::isnan(v)) {
                a.sum += v;
                ++a.known;
            }
        }
    };
    if (times->size() <= 8) {
        for (const QString& key : times.value()) {
            auto t = readMeasuresWithDerived(store, layer, {ctx->field}, key);
            if (!t) return t.error();
            add(t.value(), nullptr);
        }
    } else {
        auto t = readMeasuresWithDerived(store, layer, {ctx->field});
        if (!t) return t.error();
        const QSet<QString> wanted(times->cbegin(), times->cend());
        add(t.value(), &wanted);
    }
    out.reserve(acc.size());
    for (auto it = acc.cbegin(); it != acc.cend(); ++it)
        out.insert(it.key(), it->known > 0 ? it->sum : it->masked > 0 ? maskedValue() : missingValue());
    return out;
}

Result<void> classifyDiverging(ThematicLayer& layer, const QString& classes, const QString& rampName)
{
    if (!layer.data) return makeError(CompareTr::tr("The layer has no features to colour."));
    auto spec = parseClassSpec(classes);
    if (!spec) return spec.error();
    const QString ramp = isDivergingRamp(rampName) ? rampName : QStringLiteral("RdBu");
    const QVector<double> sorted = classifiableValues(layer.values);
    QVector<double> neg, pos;
    for (double v : sorted) (v <= 0 ? neg : pos).append(v);

    QVector<double> breaks;
    if (spec->method == ClassMethod::Manual) {
        breaks = spec->manualBreaks;
        breaks.append(0.0);
        dedupe(breaks);
        if (!sorted.isEmpty() && sorted.last() > breaks.last()) breaks.append(sorted.last());
    } else if (!sorted.isEmpty()) {
        const int k = spec->count;
        int kNeg = neg.isEmpty() ? 0 : pos.isEmpty() ? k : k / 2;
        int kPos = pos.isEmpty() ? 0 : k - kNeg;
        if (!neg.isEmpty() && !pos.isEmpty() && k % 2 == 1 && neg.size() > pos.size()) std::swap(kNeg, kPos);
        if (spec->method == ClassMethod::EqualInterval) {
            const double maxAbs = std::max(std::abs(sorted.first()), std::abs(sorted.last()));
            const double step = maxAbs / std::max(1, std::max(kNeg, kPos));
            for (int i = 0; i < kNeg; ++i) breaks.append(-(kNeg - 1 - i) * step);
            for (int i = 1; i <= kPos; ++i) breaks.append(i == kPos ? std::max(i * step, sorted.last()) : i * step);
        } else {
            QVector<double> nb = sideBreaks(neg, kNeg, spec->method);
            if (!nb.isEmpty()) nb.last() = 0.0;
            breaks = nb;
            breaks += sideBreaks(pos, kPos, spec->method);
        }
        dedupe(breaks);
    }
    int nNeg = 0;
    for (double b : breaks) nNeg += b <= 0 ? 1 : 0;
    const int nPos = int(breaks.size()) - nNeg;
    const int half = std::max(nNeg, nPos);
    const QVector<QColor> ramped = rampColors(ramp, std::max(2, 2 * half));
    QVector<QColor> colors;
    for (int i = 0; i < nNeg; ++i) colors.append(ramped.value(half - nNeg + i));
    for (int j = 0; j < nPos; ++j) colors.append(ramped.value(half + j));

    const ClassCounts counts = fillClasses(layer, breaks, colors);
    layer.legend.entries.clear();
    const double minimum = sorted.isEmpty() ? 0.0 : sorted.first();
    const int decimals = legendDecimals(minimum, breaks);
    for (int c = 0; c < breaks.size(); ++c) {
        LegendEntry e;
        e.color = colors.value(c);
        e.lower = c == 0 ? minimum : breaks[c - 1];
        e.upper = breaks[c];
        e.label = formatNumber(e.lower, decimals) + QStringLiteral(" – ") + formatNumber(e.upper, decimals);
        e.count = counts.perClass[c];
        layer.legend.entries.append(e);
    }
    appendNoValueEntries(layer.legend, counts.missing, counts.masked);
    return {};
}

Result<ThematicLayer> buildDifferenceLayer(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB,
                                           std::shared_ptr<const FeatureLayerData> cached)
{
    auto ctx = measureContext(store, spec.layer, spec.field);
    if (!ctx) return ctx.error();
    const QString periodA = spec.time.trimmed().isEmpty() ? ctx->axis.value(0) : spec.time.trimmed();
    if (timeB.trimmed().isEmpty()) return makeError(CompareTr::tr("No period to compare with was given."));
    auto timesA = periodTimes(ctx->axis, periodA);
    if (!timesA) return timesA.error();
    auto timesB = periodTimes(ctx->axis, timeB);
    if (!timesB) return timesB.error();
    auto data = featureData(store, ctx->info, std::move(cached));
    if (!data) return data.error();
    auto a = periodValues(store, spec.layer, ctx->field, periodA);
    if (!a) return a.error();
    auto b = periodValues(store, spec.layer, ctx->field, timeB);
    if (!b) return b.error();

    ThematicLayer layer;
    layer.data = data.value();
    const QVector<double> va = valuesFor(*layer.data, a.value()), vb = valuesFor(*layer.data, b.value());
    layer.values.resize(va.size());
    for (int i = 0; i < va.size(); ++i) {
        if (isMissing(va[i]) || isMissing(vb[i])) layer.values[i] = missingValue();
        else if (isMasked(va[i]) || isMasked(vb[i])) layer.values[i] = maskedValue();
        else layer.values[i] = va[i] - vb[i];
    }
    layer.field = ctx->field;
    layer.time = periodA;
    layer.times = ctx->axis;
    if (auto r = classifyDiverging(layer, spec.classes, spec.ramp); !r) return r.error();
    QString title = CompareTr::tr("%1: A − B").arg(layerTitle(ctx.value()));
    if (ctx->info.estimated) title += CompareTr::tr(" (estimated)");
    title += QLatin1Char('\n') + CompareTr::tr("A = %1").arg(labelOfTimes(timesA.value(), periodA));
    title += QLatin1Char('\n') + CompareTr::tr("B = %1").arg(labelOfTimes(timesB.value(), timeB));
    layer.legend.title = title;
    return layer;
}

Result<QImage> renderDifferenceImage(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB, const QSize& size,
                                     const MapDecorations& decorations, const ThematicImageOptions& options)
{
    if (size.isEmpty()) return makeError(CompareTr::tr("The image size must be positive."));
    auto layer = buildDifferenceLayer(store, spec, timeB);
    if (!layer) return layer.error();
    RenderRequest req;
    req.view = fitBesideLegend(layer->valueExtent, size);
    MapDecorations deco = decorations;
    const QStringList lines = layer->legend.title.split(QLatin1Char('\n'));
    if (deco.title.isEmpty()) deco.title = lines.value(0);
    if (deco.timeStamp.isEmpty()) deco.timeStamp = lines.mid(1).join(QStringLiteral(" · "));
    deco.sourceLine = sourceLineFor(store, deco);
    req.decorations = deco;
    req.layers.append(std::move(layer.value()));
    if (auto applied = applyImageOptions(options, req); !applied) return applied.error();
    req.view = fitClearOfDecorations(req.layers.first().valueExtent, req);   // no unit under the legend
    QImage img = renderMap(req);
    if (img.isNull()) return makeError(CompareTr::tr("The map could not be drawn."));
    return img;
}

namespace {

// A layer's values for the side-by-side pair: a period of its time axis, or (a layer without a time
// axis, e.g. an index run's result) its only values.
Result<QHash<QString, double>> pairValues(const ProjectStore& store, const MeasureContext& ctx, const QString& period,
                                          QString* label)
{
    if (ctx.axis.isEmpty()) {
        auto t = readMeasuresWithDerived(store, ctx.info.name, {ctx.field});
        if (!t) return t.error();
        QHash<QString, double> out;
        for (int r = 0; r < t->rowCount(); ++r) out.insert(t->units[r], t->columns[0][r]);
        label->clear();
        return out;
    }
    auto times = periodTimes(ctx.axis, period);
    if (!times) return times.error();
    *label = labelOfTimes(times.value(), period);
    return periodValues(store, ctx.info.name, ctx.field, period);
}

// Two maps side by side with shared classes: A = layers[0] at periods[0], B = layers[1] at periods[1]
// (the same field). With two different layers each map is titled by its layer.
Result<QImage> renderPair(const ProjectStore& store, const ThematicSpec& spec, const QString (&layerNames)[2],
                          const QString (&periodsIn)[2], const QSize& size, const MapDecorations& decorations,
                          const ThematicImageOptions& options)
{
    if (size.width() < 32 || size.height() < 16) return makeError(CompareTr::tr("The image size must be positive."));
    const bool twoLayers = layerNames[0] != layerNames[1];
    Result<MeasureContext> ctxs[2] = {measureContext(store, layerNames[0], spec.field),
                                      measureContext(store, layerNames[1], spec.field)};
    for (const auto& c : ctxs)
        if (!c) return c.error();
    const MeasureContext& ctx = ctxs[0].value();
    if (ctxs[1]->field != ctx.field)
        return makeError(CompareTr::tr("Layer \"%1\" has no field \"%2\".").arg(layerNames[1], ctx.field));
    if (ctxs[1]->info.geometryLayer != ctx.info.geometryLayer)
        return makeError(CompareTr::tr("Layers \"%1\" and \"%2\" are drawn on different feature layers and cannot be compared.")
                             .arg(layerNames[0], layerNames[1]));
    auto classSpec = parseClassSpec(spec.classes);
    if (!classSpec) return classSpec.error();
    QString periods[2];
    for (int k = 0; k < 2; ++k)
        periods[k] = periodsIn[k].trimmed().isEmpty() ? ctxs[k]->axis.value(0) : periodsIn[k].trimmed();
    if (!twoLayers && periodsIn[1].trimmed().isEmpty()) return makeError(CompareTr::tr("No period to compare with was given."));
    auto data = featureData(store, ctx.info, nullptr);
    if (!data) return data.error();

    ThematicLayer layers[2];
    QString labels[2];
    QVector<double> combined;
    for (int k = 0; k < 2; ++k) {
        auto v = pairValues(store, ctxs[k].value(), periods[k], &labels[k]);
        if (!v) return v.error();
        layers[k].data = data.value();
        layers[k].values = valuesFor(*data.value(), v.value());
        layers[k].field = ctx.field;
        layers[k].time = periods[k];
        layers[k].times = ctxs[k]->axis;
        if (twoLayers) {
            const QString title = layerTitle(ctxs[k].value());
            labels[k] = labels[k].isEmpty() ? title : title + QStringLiteral(" · ") + labels[k];
        }
        combined += layers[k].values;
    }
    // One set of classes for both periods, so a colour means the same value on both maps.
    const QVector<double> breaks = classBreaks(combined, classSpec.value());
    const QVector<QColor> colors = rampColors(spec.ramp, int(breaks.size()));
    const ClassCounts ca = fillClasses(layers[0], breaks, colors), cb = fillClasses(layers[1], breaks, colors);
    const QVector<double> sorted = classifiableValues(combined);
    const double minimum = sorted.isEmpty() ? 0.0 : sorted.first();
    const int decimals = legendDecimals(minimum, breaks);
    const bool whole = allWholeNumbers(combined);
    Legend legend;
    // Two layers: each map is titled by its layer below, so the common title is the field (its description).
    QString title = layerTitle(ctx);
    if (twoLayers) {
        const int fi = ctx.info.fieldIndex(ctx.field);
        title = fi >= 0 && !ctx.info.fields[fi].description.isEmpty() ? ctx.info.fields[fi].description : ctx.field;
    }
    const QString estimated = CompareTr::tr(" (estimated)");
    if ((ctx.info.estimated || ctxs[1]->info.estimated) && !title.contains(estimated.trimmed())) title += estimated;
    legend.title = title;
    auto counts = [](int a, int b) { return CompareTr::tr("A %1 · B %2").arg(a).arg(b); };
    for (int c = 0; c < breaks.size(); ++c) {
        LegendEntry e;
        e.color = colors.value(c);
        e.lower = c == 0 ? minimum : breaks[c - 1];
        e.upper = breaks[c];
        e.label = classLabel(c, e.lower, e.upper, decimals, whole) + QStringLiteral("  (") + counts(ca.perClass[c], cb.perClass[c])
                  + QLatin1Char(')');
        e.count = -1;   // counts are in the label
        legend.entries.append(e);
    }
    Legend noValue;
    appendNoValueEntries(noValue, std::max(ca.missing, cb.missing), std::max(ca.masked, cb.masked));
    for (LegendEntry e : noValue.entries) {
        const bool missing = e.kind == LegendEntry::Kind::Missing;
        e.label += QStringLiteral("  (") + counts(missing ? ca.missing : ca.masked, missing ? cb.missing : cb.masked) + QLatin1Char(')');
        if ((missing ? ca.missing : ca.masked) + (missing ? cb.missing : cb.masked) == 0) continue;
        e.count = -1;
        legend.entries.append(e);
    }
    layers[0].legend = legend;
    layers[1].legend = Legend{};

    const QString source = sourceLineFor(store, decorations);
    const int strip = int(std::ceil(detail::sourceStripHeight(size, source)));
    const QSize half((size.width() - 2) / 2, std::max(16, size.height() - strip));
    Envelope extent = layers[0].valueExtent;
    extent.expand(layers[1].valueExtent);
    const MapView view = MapView::fit(extent, half, 0.04);

    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    for (int k = 0; k < 2; ++k) {
        RenderRequest req;
        req.view = view;
        req.decorations.title = decorations.title.isEmpty() ? title : decorations.title;
        req.decorations.timeStamp = (k == 0 ? CompareTr::tr("A: %1") : CompareTr::tr("B: %1")).arg(labels[k]);
        req.decorations.legend = k == 0 && decorations.legend;
        req.decorations.scaleBar = k == 1 && decorations.scaleBar;
        req.decorations.northArrow = k == 1 && decorations.northArrow;
        req.layers.append(layers[k]);
        if (auto applied = applyImageOptions(options, req); !applied) return applied.error();
        const QImage img = renderMap(req);
        if (img.isNull()) return makeError(CompareTr::tr("The map could not be drawn."));
        painter.drawImage(QPointF(k == 0 ? 0 : size.width() - half.width(), 0), img);
    }
    painter.fillRect(QRectF(half.width(), 0, size.width() - 2 * half.width(), half.height()), QColor(90, 90, 90));
    if (!source.isEmpty()) {
        RenderRequest full;
        full.view = MapView(QPointF(0, 0), 1.0, size);
        full.decorations.sourceLine = source;
        full.decorations.legend = full.decorations.scaleBar = full.decorations.northArrow = false;
        drawDecorations(painter, full);
    }
    painter.end();
    return out;
}

}  // namespace

Result<QImage> renderSideBySide(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB, const QSize& size,
                                const MapDecorations& decorations, const ThematicImageOptions& options)
{
    const QString layers[2] = {spec.layer, spec.layer};
    const QString periods[2] = {spec.time, timeB};
    return renderPair(store, spec, layers, periods, size, decorations, options);
}

Result<QImage> renderLayersSideBySide(const ProjectStore& store, const ThematicSpec& spec, const QString& layerB,
                                      const QString& timeB, const QSize& size, const MapDecorations& decorations,
                                      const ThematicImageOptions& options)
{
    const QString layers[2] = {spec.layer, layerB};
    const QString periods[2] = {spec.time, timeB};
    return renderPair(store, spec, layers, periods, size, decorations, options);
}

}  // namespace dosi::gis
