// Flow maps: OD volumes after the field/time filters, zone anchors, the flow layer (top-N, minimum
// volume, self-flows), the net inflow choropleth and the headless flow image. Drawing: FlowDraw.cpp.
#include "dosi/gis/FlowMap.h"
#include "dosi/gis/DecorationLayout.h"

#include "UnitLookup.h"

#include "dosi/core/Values.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/OdImport.h"
#include "dosi/gis/ThematicCompare.h"
#include "GeosUtil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dosi::gis {

namespace {

struct FlowTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::FlowMap)
};

bool cancelled(const std::atomic_bool* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Shoelace area (absolute) and centroid of a ring.
double ringArea(const Ring& r, QPointF* centroid = nullptr)
{
    double a = 0, cx = 0, cy = 0;
    for (int i = 0; i + 1 < r.size(); ++i) {
        const double cross = r[i].x() * r[i + 1].y() - r[i + 1].x() * r[i].y();
        a += cross;
        cx += (r[i].x() + r[i + 1].x()) * cross;
        cy += (r[i].y() + r[i + 1].y()) * cross;
    }
    if (centroid && a != 0) *centroid = QPointF(cx / (3 * a), cy / (3 * a));
    return std::abs(a) / 2;
}

QPointF pointOnSurface(const Polygon& poly, bool* ok)
{
    geos::Context ctx;
    Geometry g;
    g.type = Geometry::Type::Polygon;
    g.polygons = {poly};
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    *ok = false;
    if (!gg) return {};
    geos::GeomPtr pt = geos::own(ctx, GEOSPointOnSurface_r(ctx, gg.get()));
    double x = 0, y = 0;
    if (!pt || GEOSGeomGetX_r(ctx, pt.get(), &x) != 1 || GEOSGeomGetY_r(ctx, pt.get(), &y) != 1) return {};
    *ok = true;
    return {x, y};
}

QPointF anchorOf(const QPointF& p, const QHash<QString, QPointF>& anchors, const QString& code, bool* found)
{
    auto it = anchors.constFind(code);
    if (it == anchors.constEnd() && code.size() == 8) it = anchors.constFind(code + QStringLiteral("00"));
    *found = it != anchors.constEnd();
    return *found ? *it : p;
}

QString zoneLayerOf(const LayerInfo& info)
{
    if (!info.geometryLayer.isEmpty()) return info.geometryLayer;
    return info.style.value(QStringLiteral("zones")).toString();
}

Result<LayerInfo> odLayer(const ProjectStore& store, const QString& name)
{
    const auto info = store.layer(name);
    if (!info) return makeError(FlowTr::tr("The project has no layer named \"%1\".").arg(name));
    if (!isOdLayer(*info)) return makeError(FlowTr::tr("Layer \"%1\" is not an origin–destination (movement) layer.").arg(name));
    return *info;
}

Result<std::shared_ptr<const FeatureLayerData>> zonesFor(const ProjectStore& store, const LayerInfo& info,
                                                         std::shared_ptr<const FeatureLayerData> zones)
{
    const QString zoneName = zoneLayerOf(info);
    if (zoneName.isEmpty())
        return makeError(FlowTr::tr("OD layer \"%1\" is not linked to a zone layer, so its flows cannot be placed.").arg(info.name));
    if (zones && zones->info.name == zoneName) return zones;
    return loadFeatureLayer(store, zoneName);
}

}  // namespace

Result<OdVolumes> readOdVolumes(const ProjectStore& store, const FlowSpec& spec, const std::atomic_bool* cancel)
{
    auto info = odLayer(store, spec.layer);
    if (!info) return info.error();
    OdVolumes out;
    QStringList fieldNames;
    for (const FieldInfo& f : info->fields) fieldNames << f.name;
    QString field = spec.field.trimmed();
    if (field.isEmpty()) {
        field = fieldNames.contains(QStringLiteral("count")) ? QStringLiteral("count") : fieldNames.value(0);
    } else if (!fieldNames.contains(field)) {
        // A purpose by its short name: "commute" = "p1_commute".
        for (const QString& f : fieldNames)
            if (f.size() > 3 && f.startsWith(QLatin1Char('p')) && f.at(2) == QLatin1Char('_') && f.mid(3) == field) field = f;
    }
    if (field.isEmpty() || !fieldNames.contains(field))
        return makeError(FlowTr::tr("Layer \"%1\" has no field \"%2\" (fields: %3).")
                             .arg(info->name, spec.field, fieldNames.join(QStringLiteral(", "))));
    out.field = field;

    auto axis = store.measureTimes(info->name);
    if (!axis) return axis.error();
    QStringList keys = axis.value();
    keys.removeAll(QString());
    QString readTime;   // "" = read all
    if (!spec.time.trimmed().isEmpty()) {
        if (keys.isEmpty())
            return makeError(FlowTr::tr("Layer \"%1\" has no time axis, so time \"%2\" cannot be chosen.").arg(info->name, spec.time));
        auto times = periodTimes(keys, spec.time.trimmed());
        if (!times) return times.error();
        out.times = times.value();
        if (out.times.size() == 1) readTime = out.times.first();
    } else {
        out.times = keys;
    }
    auto table = store.readMeasures(info->name, {field}, readTime);
    if (!table) return table.error();
    if (cancelled(cancel)) return makeError(FlowTr::tr("Cancelled."));
    const MeasureTable& t = table.value();
    const QSet<QString> wanted(out.times.cbegin(), out.times.cend());
    const bool allTimes = spec.time.trimmed().isEmpty();
    const int fi = t.fieldIndex(field);
    if (fi < 0) return makeError(FlowTr::tr("Layer \"%1\" has no field \"%2\".").arg(info->name, field));
    out.byPair.reserve(t.rowCount());
    for (int r = 0; r < t.rowCount(); ++r) {
        if ((r & 0xffff) == 0 && cancelled(cancel)) return makeError(FlowTr::tr("Cancelled."));
        if (!allTimes && !wanted.contains(t.times[r])) continue;
        const double v = t.columns[fi][r];
        if (isMasked(v)) {
            ++out.maskedCells;
            out.byPair[t.units[r]] += 0.0;
            continue;
        }
        if (std::isnan(v)) continue;
        out.byPair[t.units[r]] += v;
    }
    return out;
}

QHash<QString, QPointF> zoneAnchors(const FeatureLayerData& zones)
{
    // The largest polygon of every code (codes shared by several features are one zone).
    QHash<QString, std::pair<double, const Polygon*>> largest;
    for (int i = 0; i < zones.geometries.size() && i < zones.codes.size(); ++i) {
        const Geometry& g = zones.geometries[i];
        if (!g.isPolygonal()) continue;
        for (const Polygon& p : g.polygons) {
            if (p.rings.isEmpty()) continue;
            const double a = ringArea(p.rings.first());
            auto it = largest.find(zones.codes[i]);
            if (it == largest.end()) largest.insert(zones.codes[i], {a, &p});
            else if (a > it->first) *it = {a, &p};
        }
    }
    QHash<QString, QPointF> anchors;
    anchors.reserve(largest.size());
    for (auto it = largest.cbegin(); it != largest.cend(); ++it) {
        const Polygon& poly = *it->second;
        QPointF c;
        ringArea(poly.rings.first(), &c);
        if (!containsPoint(poly, c)) {
            bool ok = false;
            const QPointF s = pointOnSurface(poly, &ok);
            if (ok) c = s;
        }
        anchors.insert(it.key(), c);
    }
    return anchors;
}

Result<FlowLayer> buildFlowLayer(const ProjectStore& store, const FlowSpec& spec, std::shared_ptr<const FeatureLayerData> zones,
                                 const std::atomic_bool* cancel)
{
    if (spec.topN < 0) return makeError(FlowTr::tr("The number of flows to show must be 0 (all) or more, not %1.").arg(spec.topN));
    if (!(spec.minVolume >= 0) || !std::isfinite(spec.minVolume))
        return makeError(FlowTr::tr("The minimum volume must be a number of 0 or more."));
    auto info = odLayer(store, spec.layer);
    if (!info) return info.error();
    auto z = zonesFor(store, info.value(), std::move(zones));
    if (!z) return z.error();
    auto volumes = readOdVolumes(store, spec, cancel);
    if (!volumes) return volumes.error();
    const QHash<QString, QPointF> anchors = zoneAnchors(*z.value());

    FlowLayer layer;
    layer.field = volumes->field;
    layer.period = spec.time.trimmed();
    layer.estimated = info->estimated;
    QString title = info->title.isEmpty() ? info->name : info->title;
    if (layer.field != title) title += QStringLiteral(" · ") + layer.field;
    if (layer.estimated) {
        title += FlowTr::tr(" (estimated)");
        layer.note = FlowTr::tr("Estimated (gravity model), not observed");
    }
    layer.title = title;

    QVector<FlowLine> all;
    all.reserve(volumes->byPair.size());
    QString o, d;
    for (auto it = volumes->byPair.cbegin(); it != volumes->byPair.cend(); ++it) {
        if (cancelled(cancel)) return makeError(FlowTr::tr("Cancelled."));
        if (!(it.value() > 0) || !splitOdUnit(it.key(), &o, &d)) continue;
        if (spec.dropSelfFlows && o == d) continue;
        bool fo = false, fd = false;
        FlowLine line;
        line.origin = o;
        line.destination = d;
        line.from = anchorOf({}, anchors, o, &fo);
        line.to = anchorOf({}, anchors, d, &fd);
        line.volume = it.value();
        if (!fo || !fd) continue;   // a zone outside the zone layer: nowhere to draw it
        ++layer.pairCount;
        layer.totalVolume += line.volume;
        if (line.volume >= spec.minVolume) all.append(line);
    }
    // Largest first (ties by codes, so the choice is stable), keep N, then draw smallest first.
    std::sort(all.begin(), all.end(), [](const FlowLine& a, const FlowLine& b) {
        if (a.volume != b.volume) return a.volume > b.volume;
        if (a.origin != b.origin) return a.origin < b.origin;
        return a.destination < b.destination;
    });
    if (spec.topN > 0 && all.size() > spec.topN) all.resize(spec.topN);
    std::reverse(all.begin(), all.end());
    for (const FlowLine& l : all) layer.shownVolume += l.volume;
    layer.lines = std::move(all);
    if (!layer.lines.isEmpty()) {
        layer.minVolume = layer.lines.first().volume;
        layer.maxVolume = layer.lines.last().volume;
        layer.legendVolumes = flowLegendVolumes(layer.minVolume, layer.maxVolume);
    }
    const double share = layer.totalVolume > 0 ? 100.0 * layer.shownVolume / layer.totalVolume : 0.0;
    if (layer.lines.size() == layer.pairCount)
        layer.caption = FlowTr::tr("All %1 flows between zones").arg(formatNumber(layer.pairCount));
    else
        layer.caption = FlowTr::tr("%1 largest of %2 flows between zones · %3 % of the volume")
                            .arg(formatNumber(layer.lines.size()), formatNumber(layer.pairCount),
                                 formatNumber(share, share >= 10 ? 0 : 1));
    return layer;
}

Result<ThematicLayer> buildNetFlowLayer(const ProjectStore& store, const FlowSpec& spec, const QString& classes,
                                        std::shared_ptr<const FeatureLayerData> zones, const std::atomic_bool* cancel)
{
    auto info = odLayer(store, spec.layer);
    if (!info) return info.error();
    auto z = zonesFor(store, info.value(), std::move(zones));
    if (!z) return z.error();
    auto volumes = readOdVolumes(store, spec, cancel);
    if (!volumes) return volumes.error();
    MeasureTable od;
    od.fields = {volumes->field};
    od.columns.resize(1);
    for (auto it = volumes->byPair.cbegin(); it != volumes->byPair.cend(); ++it) od.addRow(it.key(), QString(), {it.value()});
    QHash<QString, double> net;
    for (const NetFlow& n : netFlows(od, volumes->field)) net.insert(n.zone, n.net);
    if (cancelled(cancel)) return makeError(FlowTr::tr("Cancelled."));

    ThematicLayer layer;
    layer.data = z.value();
    const FeatureLayerData& data = *layer.data;
    layer.values = QVector<double>(data.geometries.size(), missingValue());
    for (int i = 0; i < data.codes.size() && i < layer.values.size(); ++i)
        layer.values[i] = detail::lookupUnit(net, data.codes[i]);
    layer.field = QStringLiteral("net");
    layer.time = spec.time.trimmed();
    if (auto r = classifyDiverging(layer, classes, QStringLiteral("RdBu")); !r) return r.error();
    QString title = FlowTr::tr("Net inflow (in − out) · %1").arg(volumes->field);
    if (info->estimated) title += FlowTr::tr(" (estimated)");
    layer.legend.title = title;
    layer.opacity = 0.7;   // muted under the flows
    return layer;
}

Result<QImage> renderFlowImage(const ProjectStore& store, const FlowSpec& spec, const QSize& size,
                               const MapDecorations& decorations, const QString& classes,
                               const ThematicImageOptions& options)
{
    if (size.isEmpty()) return makeError(FlowTr::tr("The image size must be positive."));
    auto info = odLayer(store, spec.layer);
    if (!info) return info.error();
    auto zones = zonesFor(store, info.value(), nullptr);
    if (!zones) return zones.error();
    auto net = buildNetFlowLayer(store, spec, classes, zones.value());
    if (!net) return net.error();
    auto flows = buildFlowLayer(store, spec, zones.value());
    if (!flows) return flows.error();

    RenderRequest req;
    Envelope extent = Envelope::null();
    for (const FlowLine& l : flows->lines) {
        extent.expand(Envelope{l.from.x(), l.from.y(), l.from.x(), l.from.y()});
        extent.expand(Envelope{l.to.x(), l.to.y(), l.to.x(), l.to.y()});
    }
    // The zones that have a net value, so the whole study area shows (and the flows inside it).
    extent.expand(net->valueExtent);
    req.view = fitBesideLegend(extent, size, 0.31);
    MapDecorations deco = decorations;
    if (deco.title.isEmpty()) deco.title = flows->title;
    if (deco.timeStamp.isEmpty()) {
        QString when = spec.time.trimmed().isEmpty() ? QString() : periodLabel(spec.time.trimmed());
        if (when.isEmpty() && !info->estimated) when = FlowTr::tr("All times");
        if (!flows->note.isEmpty()) when = when.isEmpty() ? flows->note : when + QStringLiteral(" · ") + flows->note;
        deco.timeStamp = when;
    }
    if (deco.sourceLine.isEmpty()) {
        const QString attribution = store.metaValue(QStringLiteral("attribution")).trimmed();
        if (!attribution.isEmpty()) deco.sourceLine = attribution.section(QLatin1Char('\n'), 0, 0);
        else if (!info->source.isEmpty()) deco.sourceLine = FlowTr::tr("Source: %1").arg(QFileInfo(info->source).fileName());
    }
    req.decorations = deco;
    req.layers.append(std::move(net.value()));
    fitFlowWidths(flows.value(), size);
    req.flows.append(std::make_shared<const FlowLayer>(std::move(flows.value())));
    if (auto applied = applyImageOptions(options, req); !applied) return applied.error();
    req.view = fitClearOfDecorations(extent, req);   // no zone under the legends
    QImage img = renderMap(req);
    if (img.isNull()) return makeError(FlowTr::tr("The map could not be drawn."));
    return img;
}

}  // namespace dosi::gis
