#pragma once
// FeaturePicker: which feature of a layer lies under a map position (point in polygon for
// areas, a tolerance for points and lines). Feature envelopes are computed once per layer
// data, so hovering and clicking stay cheap on the GUI thread.

#include "dosi/gis/ThematicMap.h"

#include <QHash>
#include <QPointF>
#include <QVector>
#include <memory>

namespace dosi::desktop {

class FeaturePicker {
public:
    void setData(std::shared_ptr<const gis::FeatureLayerData> data);   // cheap when unchanged
    const gis::FeatureLayerData* data() const { return m_data.get(); }

    // The feature at `map` (EPSG:5179), or -1. `tolerance` (metres) applies to points and lines.
    int featureAt(const QPointF& map, double tolerance) const;
    int indexOfCode(const QString& code) const;                       // -1 when unknown
    Envelope envelopeOf(const QVector<int>& features) const;          // null when empty
    // A point inside the feature (for tests and labels): a polygon's inner point, else its first point.
    QPointF innerPoint(int feature) const;

    static bool polygonContains(const gis::Polygon& polygon, const QPointF& p);

private:
    std::shared_ptr<const gis::FeatureLayerData> m_data;
    QVector<Envelope> m_envelopes;
    QHash<QString, int> m_byCode;
};

}  // namespace dosi::desktop
