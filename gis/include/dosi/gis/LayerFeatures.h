#pragma once
// The features of a project layer as units: their codes (the layer's code field) and polygons.

#include "dosi/core/Layer.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

// The code of every feature, in feature order (empty when the layer has no code field or cannot be
// read). wkb / geometries (optional) receive each feature's geometry in the same order.
QStringList featureCodes(const ProjectStore& store, const LayerInfo& layer, QVector<QByteArray>* wkb = nullptr,
                         QVector<Geometry>* geometries = nullptr);

// The polygons of a feature layer, one per distinct code: features sharing a code are merged into one
// MultiPolygon, so that a unit's value is spread over all its parts. Features without a code use their
// fid. Fails when the layer has no polygons.
struct UnitPolygons {
    QStringList codes;
    QVector<Geometry> geometries;
};
Result<UnitPolygons> unitPolygons(const ProjectStore& store, const LayerInfo& layer);

}  // namespace dosi::gis
