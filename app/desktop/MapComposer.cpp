// MapComposer: project + thematic choice -> renderer layers.
#include "MapComposer.h"

#include "dosi/gis/OdImport.h"

#include "dosi/gis/ThematicCompare.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>

namespace dosi::desktop {

void MapComposer::reset(const ProjectStore* store)
{
    m_store = store;
    m_geometry.clear();
    m_thematic.clear();
    m_active.clear();
    m_lastActive = {};
    m_activeDrawn = false;
}

QStringList MapComposer::measureLayers() const
{
    QStringList names;
    if (!m_store) return names;
    for (const LayerInfo& l : m_store->layers())
        if (l.kind == LayerKind::Measure) names << l.name;
    return names;
}

QString MapComposer::defaultMeasureLayer() const
{
    const QStringList names = measureLayers();
    return names.isEmpty() ? QString() : names.first();
}

std::shared_ptr<const gis::FeatureLayerData> MapComposer::featureData(const QString& name, QString* error)
{
    if (auto it = m_geometry.constFind(name); it != m_geometry.constEnd()) return it.value();
    auto loaded = gis::loadFeatureLayer(*m_store, name);
    if (!loaded) {
        if (error) *error = loaded.errorMessage();
        return nullptr;
    }
    m_geometry.insert(name, loaded.value());
    return loaded.value();
}

static bool sameSpec(const gis::ThematicSpec& a, const gis::ThematicSpec& b)
{
    return a.layer == b.layer && a.field == b.field && a.time == b.time && a.classes == b.classes
           && a.ramp == b.ramp;
}

Result<gis::ThematicLayer> MapComposer::thematic(const gis::ThematicSpec& spec)
{
    if (auto it = m_thematic.constFind(spec.layer); it != m_thematic.constEnd() && sameSpec(it->spec, spec))
        return it->layer;
    const std::optional<LayerInfo> info = m_store->layer(spec.layer);
    std::shared_ptr<const gis::FeatureLayerData> cached;
    if (info && !info->geometryLayer.isEmpty()) cached = featureData(info->geometryLayer, nullptr);
    auto built = gis::buildThematicLayer(*m_store, spec, cached);
    if (!built) return built.error();
    m_thematic.insert(spec.layer, CachedThematic{spec, built.value()});
    if (built->data && info && !info->geometryLayer.isEmpty() && !m_geometry.contains(info->geometryLayer))
        m_geometry.insert(info->geometryLayer, built->data);
    return built;
}

double MapComposer::styleOpacity(const LayerInfo& layer)
{
    const QJsonValue v = layer.style.value(QStringLiteral("opacity"));
    return v.isDouble() ? std::clamp(v.toDouble(), 0.0, 1.0) : 1.0;
}

Composition MapComposer::compose(const ThematicChoice& choice)
{
    Composition out;
    m_activeDrawn = false;
    if (!m_store) return out;
    const QList<LayerInfo> layers = m_store->layers();
    m_active = choice.layer.isEmpty() ? defaultMeasureLayer() : choice.layer;

    // One choropleth at a time: the active measure layer (stacked choropleths would hide
    // each other). Its geometry layer is not drawn again as outlines.
    QString coveredGeometry;
    for (const LayerInfo& l : layers)
        if (l.name == m_active && l.visible) coveredGeometry = l.geometryLayer;

    for (const LayerInfo& l : layers) {
        if (!l.visible) continue;
        if (l.kind == LayerKind::Measure) {
            if (l.name != m_active) continue;
            gis::ThematicSpec spec;
            spec.layer = l.name;
            spec.field = choice.field;
            spec.time = choice.time;
            spec.classes = choice.classes;
            Result<gis::ThematicLayer> built = makeError(QString());
            if (gis::isOdLayer(l)) {
                // Movement: net inflow per zone underneath, the largest flows of the chosen purpose
                // and time (all times summed when the layer has none) over it.
                gis::FlowSpec flow;
                flow.layer = l.name;
                flow.field = choice.field;
                flow.time = choice.time;
                flow.topN = choice.topFlows;
                std::shared_ptr<const gis::FeatureLayerData> zones;
                if (!l.geometryLayer.isEmpty()) zones = featureData(l.geometryLayer, nullptr);
                built = gis::buildNetFlowLayer(*m_store, flow, QStringLiteral("quantile:6"), zones);
                if (auto lines = gis::buildFlowLayer(*m_store, flow, zones); lines)
                    out.flows = std::make_shared<const gis::FlowLayer>(std::move(lines).value());
                else
                    out.errors << lines.errorMessage();
            } else if (choice.compare == CompareMode::Difference && !choice.periodB.isEmpty()) {
                gis::ThematicSpec a = spec;
                if (!choice.periodA.isEmpty()) a.time = choice.periodA;
                std::shared_ptr<const gis::FeatureLayerData> cached;
                if (!l.geometryLayer.isEmpty()) cached = featureData(l.geometryLayer, nullptr);
                built = gis::buildDifferenceLayer(*m_store, a, choice.periodB, cached);
                if (!built) {
                    // Not available (yet): say why and show period A as usual.
                    out.errors << built.errorMessage();
                    built = thematic(spec);
                }
            } else {
                built = thematic(spec);
            }
            if (!built) {
                out.errors << built.errorMessage();
                continue;
            }
            if (built->data) out.extent.expand(built->data->extent);
            out.layers << built.value();
            out.layers.last().opacity = styleOpacity(l);
            m_lastActive = out.layers.last();
            m_activeDrawn = true;
        } else {
            if (l.name == coveredGeometry) continue;
            QString error;
            auto data = featureData(l.name, &error);
            if (!data) {
                out.errors << error;
                continue;
            }
            out.extent.expand(data->extent);
            out.layers << gis::outlineLayer(data);
            out.layers.last().opacity = styleOpacity(l);
        }
    }
    return out;
}

Envelope MapComposer::layerExtent(const QString& name)
{
    if (!m_store) return Envelope::null();
    const std::optional<LayerInfo> info = m_store->layer(name);
    if (!info) return Envelope::null();
    const QString geometryLayer = info->kind == LayerKind::Measure ? info->geometryLayer : info->name;
    if (info->kind == LayerKind::Measure) {
        if (auto it = m_thematic.constFind(name); it != m_thematic.constEnd() && !it->layer.valueExtent.isNull())
            return it->layer.valueExtent;
    }
    auto data = featureData(geometryLayer, nullptr);
    return data ? data->extent : Envelope::null();
}

const gis::ThematicLayer* MapComposer::activeLayer() const
{
    return m_activeDrawn ? &m_lastActive : nullptr;
}

}  // namespace dosi::desktop
