#pragma once
// MapComposer: turns the open project and the thematic choice (active measure layer, field,
// time, classification) into the layers the renderer draws, bottom to top.
//
//  - the active measure layer (when visible) becomes a choropleth on its geometry layer with
//    the chosen field/time/classes; other measure layers are not drawn (one choropleth at a
//    time, stacked ones would hide each other);
//  - visible feature layers are drawn as outlines, except the choropleth's geometry layer;
//  - each layer's opacity comes from its style ({"opacity": 0..1}).
// Decoded geometry is cached per layer; a new time only re-joins values.

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/FlowMap.h"
#include "dosi/gis/ThematicMap.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace dosi::desktop {

enum class CompareMode { None, Difference, SideBySide };

struct ThematicChoice {
    QString layer;                                   // measure layer; empty = first one
    QString field;                                   // empty = first numeric field
    QString time;                                    // empty = first time
    QString classes = QStringLiteral("quantile:5");
    // Period comparison (gis/ThematicCompare.h): with Difference the active layer shows A − B, where
    // A is periodA (a key or a "FROM/TO" span; empty = `time`) and B is periodB.
    CompareMode compare = CompareMode::None;
    QString periodA;
    QString periodB;
    int topFlows = 150;                              // movement layers: the N largest flows are drawn
};

struct Composition {
    QVector<gis::ThematicLayer> layers;              // bottom to top
    // A movement (OD) layer as the active layer: its net inflow is the choropleth in `layers` and its
    // largest flows are drawn over everything (gis/FlowMap.h).
    std::shared_ptr<const gis::FlowLayer> flows;
    QStringList errors;                              // layers that could not be drawn
    Envelope extent = Envelope::null();              // of everything drawn
};

class MapComposer {
public:
    // A different project: drops every cache. `store` must outlive the composer's use.
    void reset(const ProjectStore* store);
    const ProjectStore* store() const { return m_store; }

    QStringList measureLayers() const;               // bottom to top
    QString defaultMeasureLayer() const;             // the first one, or empty

    Composition compose(const ThematicChoice& choice);

    // Extent of one layer (a measure layer: its geometry layer); null when unknown.
    Envelope layerExtent(const QString& name);

    static double styleOpacity(const LayerInfo& layer);   // style "opacity", default 1

    // Feature geometry of a layer (cached).
    std::shared_ptr<const gis::FeatureLayerData> features(const QString& name) { return featureData(name, nullptr); }

    // The active layer as last composed (field and time resolved), or null.
    const gis::ThematicLayer* activeLayer() const;

private:
    std::shared_ptr<const gis::FeatureLayerData> featureData(const QString& name, QString* error);
    Result<gis::ThematicLayer> thematic(const gis::ThematicSpec& spec);

    const ProjectStore* m_store = nullptr;
    QHash<QString, std::shared_ptr<const gis::FeatureLayerData>> m_geometry;
    struct CachedThematic {
        gis::ThematicSpec spec;
        gis::ThematicLayer layer;
    };
    QHash<QString, CachedThematic> m_thematic;       // by measure layer name
    QString m_active;
    gis::ThematicLayer m_lastActive;                 // as drawn (a difference layer when comparing)
    bool m_activeDrawn = false;
};

}  // namespace dosi::desktop
