#pragma once
// Two periods of one measure compared: a difference map (A − B, diverging ramp centred on zero)
// and the pair of maps side by side. (Stub: filled in by the comparison work.)

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/ThematicMap.h"

#include <QImage>
#include <QSize>
#include <memory>

namespace dosi::gis {

// spec.time is period A; `timeB` is period B. A period is one time key, or a span "FROM/TO" of keys whose
// values are summed per unit (e.g. "2019-03-04T00/2019-03-10T23" for a week). Values are A − B; the legend
// says so; spec.ramp is replaced by a diverging ramp when it is sequential.
Result<ThematicLayer> buildDifferenceLayer(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB,
                                           std::shared_ptr<const FeatureLayerData> cached = nullptr);

// Headless: the two periods drawn side by side in one image with shared classes and one legend.
Result<QImage> renderSideBySide(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB, const QSize& size,
                                const MapDecorations& decorations = {});

}  // namespace dosi::gis
