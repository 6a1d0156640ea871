#include "dosi/gis/ThematicMap.h"
#include "dosi/gis/DecorationLayout.h"

#include "UnitLookup.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Basemap.h"
#include "dosi/gis/Classify.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/DerivedMeasures.h"
#include "dosi/gis/MapRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <cmath>
#include <limits>
#include <list>

namespace dosi::gis {

namespace {

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct MapTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::ThematicMap)
};

QLocale numberLocale()
{
    QLocale loc;
    if (loc.language() == QLocale::C) loc = QLocale(QLocale::English, QLocale::UnitedStates);
    loc.setNumberOptions(QLocale::DefaultNumberOptions);
    return loc;
}

bool isNumericField(const FieldInfo& f) { return f.type == FieldType::Real || f.type == FieldType::Integer; }

double variantValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) return missingValue();
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString().trimmed();
        if (s == QLatin1String("*")) return maskedValue();
        bool ok = false;
        const double d = s.toDouble(&ok);
        return ok ? d : missingValue();
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? d : missingValue();
}

using detail::lookupUnit;

// For each feature, the row of a measure table that gives its value (-1: none), by lookupUnit()'s rule.
// Playing through time reads the same units in the same order at every step, so the rows are kept
// per (feature layer, unit list) and the string lookups are done once. The unit list is kept and
// compared whole (lists read from one layer share their data, so that is usually one pointer test).
QVector<int> unitRows(const std::shared_ptr<const FeatureLayerData>& data, const QStringList& units)
{
    struct Entry {
        std::weak_ptr<const FeatureLayerData> data;
        const FeatureLayerData* key = nullptr;
        QStringList units;
        QVector<int> rows;
    };
    static QMutex mutex;
    static std::list<Entry> cache;   // most recently used first
    {
        QMutexLocker lock(&mutex);
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it->key == data.get() && !it->data.expired() && it->units == units) {
                cache.splice(cache.begin(), cache, it);
                return cache.front().rows;
            }
        }
    }
    QHash<QString, double> byUnit;   // unit -> row (the last row of a repeated unit, as before)
    byUnit.reserve(units.size());
    for (int r = 0; r < units.size(); ++r) byUnit.insert(units[r], r);
    const int n = int(data->codes.size());
    QVector<int> rows(n, -1);
    for (int i = 0; i < n; ++i) {
        const double r = lookupUnit(byUnit, data->codes[i]);
        if (!std::isnan(r)) rows[i] = int(r);
    }
    QMutexLocker lock(&mutex);
    cache.remove_if([](const Entry& e) { return e.data.expired(); });
    cache.push_front(Entry{data, data.get(), units, rows});
    while (cache.size() > 8) cache.pop_back();
    return rows;
}

}  // namespace

QString formatNumber(double value, int decimals)
{
    if (std::isnan(value)) return QStringLiteral("–");
    if (decimals < 0) {
        if (value == std::round(value) && std::abs(value) < 1e15) decimals = 0;
        else {
            const double a = std::abs(value);
            decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.1 ? 3 : 4;
        }
    }
    return numberLocale().toString(value, 'f', decimals);
}

int legendDecimals(double minimum, const QVector<double>& breaks)
{
    QVector<double> all{minimum};
    all += breaks;
    bool integers = true;
    for (double b : all) integers = integers && b == std::round(b);
    if (integers) return 0;
    const double span = std::abs(all.last() - all.first());
    const int least = span >= 100 ? 0 : span >= 10 ? 1 : 2;
    for (int d = least; d < 4; ++d) {
        const double f = std::pow(10.0, d);
        bool distinct = true;
        for (int i = 1; i < all.size(); ++i)
            if (std::round(all[i] * f) == std::round(all[i - 1] * f)) distinct = false;
        if (distinct) return d;
    }
    return 4;
}

// Whole-number fields (codes such as 0/1 or grades 1-10): a class that holds one value is labelled
// with that value ("1", not "0 – 1": the class is (0, 1]).
QString classLabel(int index, double lower, double upper, int decimals, bool whole)
{
    const double firstWhole = index == 0 ? lower : std::floor(lower) + 1;
    if (whole && firstWhole == std::floor(upper)) return formatNumber(firstWhole, 0);   // "0", not "0 – 0.5"
    return formatNumber(lower, decimals) + QStringLiteral(" – ") + formatNumber(upper, decimals);
}

bool allWholeNumbers(const QVector<double>& values)
{
    for (double v : values)
        if (std::isfinite(v) && v != std::floor(v)) return false;
    return true;
}

Result<std::shared_ptr<const FeatureLayerData>> loadFeatureLayer(const ProjectStore& store, const QString& layerName)
{
    const auto info = store.layer(layerName);
    if (!info || !info->isFeatureLayer())
        return makeError(MapTr::tr("The project has no feature layer named \"%1\".").arg(layerName));
    auto features = store.readFeatures(layerName);
    if (!features) return features.error();
    auto data = std::make_shared<FeatureLayerData>();
    data->info = *info;
    data->extent = Envelope::null();
    const int codeIdx = info->fieldIndex(info->codeField);
    const int labelIdx = info->fieldIndex(info->labelField);
    QVector<int> numeric;   // indexes of the numeric fields kept as attribute columns
    for (int k = 0; k < info->fields.size(); ++k)
        if (isNumericField(info->fields[k])) {
            numeric.append(k);
            data->attributeFields.append(info->fields[k].name);
        }
    QVector<FeatureRecord> recs = std::move(features.value());
    const int n = int(recs.size());
    data->geometries.reserve(n);
    data->codes.reserve(n);
    data->labels.reserve(n);
    data->attributeValues = QVector<QVector<double>>(numeric.size(), QVector<double>(n, missingValue()));
    for (int i = 0; i < n; ++i) {
        FeatureRecord& f = recs[i];
        bool ok = true;
        Geometry g = Geometry::fromWkb(f.wkb, &ok);
        if (!ok) g = Geometry();
        data->extent.expand(g.envelope());
        data->geometries.append(std::move(g));
        const QString code = codeIdx >= 0 && codeIdx < f.values.size() ? f.values[codeIdx].toString() : QString::number(f.fid);
        data->codes.append(code);
        data->labels.append(labelIdx >= 0 && labelIdx < f.values.size() ? f.values[labelIdx].toString() : code);
        for (int k = 0; k < numeric.size(); ++k)
            if (numeric[k] < f.values.size()) data->attributeValues[k][i] = variantValue(f.values[numeric[k]]);
        // Each record is released once decoded, so a large layer is not held twice at its peak.
        f.wkb = QByteArray();
        f.values = QVector<QVariant>();
    }
    return std::shared_ptr<const FeatureLayerData>(std::move(data));
}

Result<ThematicLayer> buildThematicLayer(const ProjectStore& store, const ThematicSpec& spec,
                                         std::shared_ptr<const FeatureLayerData> cached)
{
    const auto info = store.layer(spec.layer);
    if (!info) return makeError(MapTr::tr("The project has no layer named \"%1\".").arg(spec.layer));
    auto classSpec = parseClassSpec(spec.classes);
    if (!classSpec) return classSpec.error();

    const bool isMeasure = info->kind == LayerKind::Measure;
    const QString featureLayer = isMeasure ? info->geometryLayer : info->name;
    if (featureLayer.isEmpty())
        return makeError(MapTr::tr("Measure layer \"%1\" is not linked to a feature layer, so it cannot be drawn.").arg(info->name));

    ThematicLayer layer;
    if (cached && cached->info.name == featureLayer) {
        layer.data = std::move(cached);
    } else {
        auto loaded = loadFeatureLayer(store, featureLayer);
        if (!loaded) return loaded.error();
        layer.data = loaded.value();
    }
    const FeatureLayerData& data = *layer.data;
    const int n = int(data.geometries.size());
    layer.values = QVector<double>(n, missingValue());

    QString field = spec.field;
    if (isMeasure) {
        if (field.isEmpty() && !info->fields.isEmpty()) field = info->fields.first().name;
        // A derived measure (e.g. extinction_risk from the age/sex bands) is computed when not stored.
        if (!measureFieldAvailable(*info, field))
            return makeError(MapTr::tr("Layer \"%1\" has no field \"%2\".").arg(info->name, field));
        auto times = store.measureTimes(info->name);
        if (!times) return times.error();
        layer.times = times.value();
        layer.time = spec.time.isEmpty() && !layer.times.isEmpty() ? layer.times.first() : spec.time;
        if (!layer.time.isEmpty() && !layer.times.contains(layer.time))
            return makeError(MapTr::tr("Layer \"%1\" has no values for time \"%2\".").arg(info->name, layer.time));
        auto table = readMeasuresWithDerived(store, info->name, {field}, layer.time);
        if (!table) return table.error();
        const MeasureTable& t = table.value();
        const QVector<int> rows = unitRows(layer.data, t.units);
        for (int i = 0; i < n; ++i)
            if (rows[i] >= 0) layer.values[i] = t.columns[0][rows[i]];
    } else {
        if (field.isEmpty()) {
            for (const FieldInfo& f : info->fields)
                if (isNumericField(f) && f.name != info->codeField) {
                    field = f.name;
                    break;
                }
        }
        const int idx = info->fieldIndex(field);
        if (idx < 0) {
            return makeError(field.isEmpty() ? MapTr::tr("Layer \"%1\" has no numeric field to map.").arg(info->name)
                                             : MapTr::tr("Layer \"%1\" has no field \"%2\".").arg(info->name, field));
        }
        // Numeric fields were read with the geometry; others (e.g. numbers stored as text) are read now.
        if (const int k = int(data.attributeFields.indexOf(field)); k >= 0 && data.attributeValues[k].size() == n) {
            layer.values = data.attributeValues[k];
        } else {
            auto features = store.readFeatures(info->name);
            if (!features) return features.error();
            const auto& recs = features.value();
            for (int i = 0; i < n && i < recs.size(); ++i)
                layer.values[i] = idx < recs[i].values.size() ? variantValue(recs[i].values[idx]) : missingValue();
        }
    }
    layer.field = field;

    // Classify and colour.
    layer.breaks = classBreaks(layer.values, classSpec.value());
    const QVector<QColor> colors = rampColors(spec.ramp, int(layer.breaks.size()));
    double minimum = std::numeric_limits<double>::infinity();   // of the classifiable (finite) values
    for (double v : std::as_const(layer.values))
        if (std::isfinite(v) && v < minimum) minimum = v;
    if (std::isinf(minimum)) minimum = 0.0;
    QVector<int> counts(layer.breaks.size(), 0);
    int missing = 0, masked = 0;
    QVector<int> missingIdx;
    layer.fills.resize(n);
    layer.valueExtent = Envelope::null();
    for (int i = 0; i < n; ++i) {
        const double v = layer.values[i];
        if (isMasked(v)) {
            layer.fills[i] = maskedColor();
            ++masked;
        } else if (std::isnan(v) || std::isinf(v)) {
            layer.fills[i] = missingColor();
            missingIdx.append(i);
        } else {
            const int c = classIndex(v, layer.breaks);
            layer.fills[i] = colors.value(c, missingColor());
            if (c >= 0) ++counts[c];
        }
    }
    // Extent of the valued features (every feature valued: the layer's extent, without a pass).
    if (masked > 0 || !missingIdx.isEmpty()) {
        for (int i = 0; i < n; ++i)
            if (std::isfinite(layer.values[i])) layer.valueExtent.expand(data.geometries[i].envelope());
    }
    if (layer.valueExtent.isNull()) layer.valueExtent = data.extent;
    // "No data" counts only the units inside the area the data covers: a Seoul measure on a
    // layer that also holds Daejeon does not report every Daejeon dong as missing.
    const Envelope& ve = layer.valueExtent;
    for (int i : missingIdx) {
        const Envelope e = data.geometries[i].envelope();
        if (e.maxX >= ve.minX && e.minX <= ve.maxX && e.maxY >= ve.minY && e.minY <= ve.maxY) ++missing;
    }

    // Legend.
    QString title = info->title.isEmpty() ? info->name : info->title;
    if (!field.isEmpty() && field != title) title += QStringLiteral(" · ") + field;
    // Model output is never shown as if it were measured.
    if (info->estimated) title += MapTr::tr(" (estimated)");
    layer.legend.title = title;
    const int decimals = legendDecimals(minimum, layer.breaks);
    const bool whole = allWholeNumbers(layer.values);
    for (int c = 0; c < layer.breaks.size(); ++c) {
        LegendEntry e;
        e.color = colors.value(c);
        e.lower = c == 0 ? minimum : layer.breaks[c - 1];
        e.upper = layer.breaks[c];
        e.label = classLabel(c, e.lower, e.upper, decimals, whole);
        e.count = counts[c];
        layer.legend.entries.append(e);
    }
    if (missing > 0) {
        LegendEntry e;
        e.color = missingColor();
        e.label = MapTr::tr("No data");
        e.count = missing;
        e.kind = LegendEntry::Kind::Missing;
        layer.legend.entries.append(e);
    }
    if (masked > 0) {
        LegendEntry e;
        e.color = maskedColor();
        e.label = MapTr::tr("Masked (≤3 people)");
        e.count = masked;
        e.kind = LegendEntry::Kind::Masked;
        layer.legend.entries.append(e);
    }
    // Point layers are drawn as graduated circles; the legend shows a few sizes.
    if (isPointLayer(data)) {
        layer.legend.symbolMaximum = symbolScaleMaximum(layer);
        layer.legend.symbolValues = symbolLegendValues(layer.legend.symbolMaximum);
    }
    return layer;
}

ThematicLayer outlineLayer(std::shared_ptr<const FeatureLayerData> data)
{
    ThematicLayer layer;
    if (data) {
        layer.values = QVector<double>(data->geometries.size(), missingValue());
        layer.valueExtent = data->extent;
    }
    layer.data = std::move(data);
    return layer;   // no fills: drawn as outlines only, no legend
}

MapDecorations defaultDecorations(const ThematicLayer& layer)
{
    MapDecorations d;
    d.title = layer.legend.title;
    if (!layer.time.isEmpty()) d.timeStamp = timeLabel(layer.time, guessTimeKind(layer.time));
    if (layer.data && !layer.data->info.source.isEmpty())
        d.sourceLine = MapTr::tr("Source: %1").arg(QFileInfo(layer.data->info.source).fileName());
    return d;
}

Result<QImage> renderThematicImage(const ProjectStore& store, const ThematicSpec& spec, const QSize& size,
                                   const MapDecorations& decorations, const ThematicImageOptions& options)
{
    if (size.isEmpty()) return makeError(MapTr::tr("The image size must be positive."));
    auto layer = buildThematicLayer(store, spec);
    if (!layer) return layer.error();
    RenderRequest req;
    req.view = MapView::fit(layer->valueExtent, size, 0.04);
    MapDecorations deco = decorations;
    const MapDecorations defaults = defaultDecorations(layer.value());
    if (deco.title.isEmpty()) deco.title = defaults.title;
    if (deco.timeStamp.isEmpty()) deco.timeStamp = defaults.timeStamp;
    if (deco.sourceLine.isEmpty()) {
        const QString attribution = store.metaValue(QStringLiteral("attribution")).trimmed();
        deco.sourceLine = attribution.isEmpty() ? defaults.sourceLine : attribution.section(QLatin1Char('\n'), 0, 0);
    }
    req.decorations = deco;
    req.layers.append(std::move(layer.value()));
    if (auto applied = applyImageOptions(options, req); !applied) return applied.error();
    req.view = fitClearOfDecorations(req.layers.first().valueExtent, req);   // no unit under the legend
    QImage img = renderMap(req);
    if (img.isNull()) return makeError(MapTr::tr("The map could not be drawn."));
    return img;
}

Result<void> applyImageOptions(const ThematicImageOptions& options, RenderRequest& req)
{
    for (ThematicLayer& layer : req.layers) layer.showLabels = layer.showLabels || options.labels;
    if (options.basemap.isEmpty()) return {};
    auto basemap = Basemap::open(options.basemap);
    if (!basemap) return basemap.error();
    req.basemap = basemap.value();
    req.basemapOpacity = 0.85;   // a slightly faded background keeps the classes readable
    for (ThematicLayer& layer : req.layers) layer.opacity = std::min(layer.opacity, 0.75);   // and shows through them
    return {};
}

}  // namespace dosi::gis
