#pragma once
// MapComposer: turns the open project and the thematic choice (active measure layer, field,
// time, classification) into the layers the renderer draws, bottom to top.
//
//  - the active measure layer (when visible) becomes a choropleth on its geometry layer with
//    the chosen field/time/classes; other measure layers are not drawn (one choropleth at a
//    time, stacked ones would hide each other);
//  - visible feature layers are drawn as outlines, except the choropleth's geometry layer.
// Decoded geometry is cached per layer; a new time only re-joins values.

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/ThematicMap.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace dosi::desktop {

struct ThematicChoice {
    QString layer;                                   // measure layer; empty = first one
    QString field;                                   // empty = first numeric field
    QString time;                                    // empty = first time
    QString classes = QStringLiteral("quantile:5");
};

struct Composition {
    QVector<gis::ThematicLayer> layers;              // bottom to top
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
    bool m_activeDrawn = false;
};

}  // namespace dosi::desktop
