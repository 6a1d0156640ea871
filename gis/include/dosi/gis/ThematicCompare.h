#pragma once
// Two periods of one measure compared: a difference map (A − B, diverging ramp centred on zero)
// and the pair of maps side by side; plus the period and diverging-class helpers they share with
// the flow map (net inflow).
//
// Periods: one time key of the layer's axis ("2019-03-04T14"), or a span "FROM/TO" of keys whose values
// are summed per unit. TO is inclusive, also as a prefix: "2019-03-04/2019-03-10" takes every hourly key
// of those seven days; "2019-03-04T00/2019-03-10T23" the same. A span must hold at least one key.
// Sums follow the project's rule for masked counts: a unit's sum holds its known values; a unit whose
// values in the span are all masked is masked; a unit without any value in the span is missing.
// Difference: missing in either period -> missing ("No data"); else masked in either -> masked (hatched).
//
// Diverging classes (difference, net inflow): negative and positive values are classified separately
// with the method of the class spec (quantile / equal interval / Jenks; equal interval uses the same
// step on both sides), half of the classes on each side (an odd count gets the extra class on the side
// with more units), the boundary between the sides is exactly 0 (zero itself is in the class below it),
// and the colours are taken symmetrically from the diverging ramp, so that the same shade means the same
// side and rank on both sides: the first end of the ramp (red for RdBu) below zero, the second (blue)
// above. Manual breaks are used as given, with 0 added. Standard-deviation classes fall back to quantile.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/ThematicMap.h"

#include <QHash>
#include <QImage>
#include <QSize>
#include <QStringList>
#include <memory>

namespace dosi::gis {

// spec.time is period A; `timeB` is period B. A period is one time key, or a span "FROM/TO" of keys whose
// values are summed per unit (e.g. "2019-03-04T00/2019-03-10T23" for a week). Values are A − B; the legend
// says so; spec.ramp is replaced by a diverging ramp when it is sequential.
Result<ThematicLayer> buildDifferenceLayer(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB,
                                           std::shared_ptr<const FeatureLayerData> cached = nullptr);

// Headless: the two periods drawn side by side in one image with shared classes and one legend.
Result<QImage> renderSideBySide(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB, const QSize& size,
                                const MapDecorations& decorations = {}, const ThematicImageOptions& options = {});

// Headless: two layers over the same feature layer side by side, with shared classes and one legend,
// each map titled by its layer (e.g. a baseline run's result and a what-if run's): A = spec.layer at
// spec.time, B = `layerB`'s same field at `timeB`. An empty time is the layer's first; a layer without
// a time axis is drawn with its only values.
Result<QImage> renderLayersSideBySide(const ProjectStore& store, const ThematicSpec& spec, const QString& layerB,
                                      const QString& timeB, const QSize& size, const MapDecorations& decorations = {},
                                      const ThematicImageOptions& options = {});
// Headless: the difference map with its legend (dosi-cli render --compare).
Result<QImage> renderDifferenceImage(const ProjectStore& store, const ThematicSpec& spec, const QString& timeB,
                                     const QSize& size, const MapDecorations& decorations = {},
                                     const ThematicImageOptions& options = {});

// ---------------------------------------------------------------------------------------------
// A view that fits `extent` to the right of a band (fraction `band` of the width) on the left where the
// legends stand, when that does not shrink the map by more than 10 %; else MapView::fit(extent, size, 0.04).
MapView fitBesideLegend(const Envelope& extent, const QSize& size, double band = 0.28);

// The keys of `axis` (sorted) that make up `period`; fails naming the period when none does (or when a
// single key is not on the axis). An empty period fails too.
Result<QStringList> periodTimes(const QStringList& axis, const QString& period);
// "2019-03-04 (Mon) 14:00", or "2019-03-04 (Mon) 00:00 – 2019-03-10 (Sun) 23:00" for a span.
QString periodLabel(const QString& period);

// Per unit of a measure layer: `field` at one key, or summed over a span (rule above). Derived fields work.
Result<QHash<QString, double>> periodValues(const ProjectStore& store, const QString& layer, const QString& field,
                                            const QString& period);

// Colours `layer.values` with diverging classes (rule above) and fills breaks, fills, legend entries
// (classes, "No data", "Masked") and valueExtent. layer.data must be set. `ramp` must be diverging
// (a sequential name is replaced by RdBu).
Result<void> classifyDiverging(ThematicLayer& layer, const QString& classes, const QString& ramp = QStringLiteral("RdBu"));

}  // namespace dosi::gis
