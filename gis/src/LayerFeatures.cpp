// Feature layers as units: codes and per-code polygons.

#include "dosi/gis/LayerFeatures.h"

#include <QCoreApplication>
#include <QHash>

namespace dosi::gis {

QStringList featureCodes(const ProjectStore& store, const LayerInfo& layer, QVector<QByteArray>* wkb,
                         QVector<Geometry>* geometries)
{
    QStringList codes;
    const int idx = layer.fieldIndex(layer.codeField);
    auto feats = store.readFeatures(layer.name);
    if (!feats || idx < 0) return codes;
    for (const FeatureRecord& f : feats.value()) {
        codes << f.values.value(idx).toString();
        if (wkb) wkb->append(f.wkb);
        if (geometries) geometries->append(Geometry::fromWkb(f.wkb));
    }
    return codes;
}

Result<UnitPolygons> unitPolygons(const ProjectStore& store, const LayerInfo& layer)
{
    auto features = store.readFeatures(layer.name);
    if (!features) return features.error();
    const int codeIdx = layer.fieldIndex(layer.codeField);
    UnitPolygons out;
    QHash<QString, int> index;
    for (const FeatureRecord& f : features.value()) {
        const QString code = codeIdx >= 0 ? f.values.value(codeIdx).toString() : QString::number(f.fid);
        const Geometry g = Geometry::fromWkb(f.wkb);
        if (!g.isPolygonal()) continue;
        const auto it = index.constFind(code);
        if (it == index.constEnd()) {
            index.insert(code, int(out.codes.size()));
            out.codes << code;
            out.geometries << g;
        } else {
            Geometry& merged = out.geometries[it.value()];
            merged.type = Geometry::Type::MultiPolygon;
            merged.polygons += g.polygons;
        }
    }
    if (out.codes.isEmpty())
        return makeError(QCoreApplication::translate("dosi::LayerFeatures", "Layer \"%1\" has no polygons to interpolate over.")
                             .arg(layer.name));
    return out;
}

}  // namespace dosi::gis
