#pragma once
// The privacy rule of every Dosi export (GeoTIFF, GeoPackage, CSV, reports): counts of people of
// `threshold` or fewer are suppressed, as Seoul does in its living-population and movement files
// ('*' marks a count of 3 or fewer people).
//
// The project's rule: dosi_meta "privacy_threshold" holds a number (0 = off). Missing or not a
// number: the default, 3. A negative number counts as 0 (off).
//
// What counts people (isPeopleCount). Decided from LayerInfo alone, by the names the importers and
// models give their fields, in this order (case-insensitive):
//  1. Never a count (false):
//     - results of the regeneration models that are criteria, indices, grades or probabilities
//       (source "regen.diagnose", "regen.index", "regen.outlook");
//     - fields named masked, net, coverage, covered, cost, weight, probability, met_now,
//       criteria_met, qualifies, and names that say they are a ratio or a measure of something else:
//       containing ratio, rate, share, pct, percent, index, grade, score, risk, density, mean, avg,
//       distance, dist, time, km, per, or ending in _m / _min; Korean names or descriptions
//       containing 비율, 지수, 밀도, 금액, 매출, 평균 or 거리 (ratios, indices, money).
//  2. Movement (OD) counts: in an OD layer (isOdLayer(): Seoul 생활이동 and other OD tables, and the
//     gravity-model estimates "flow"), the fields count, flow and the purposes p1_commute..p7_other;
//     anywhere, inflow, outflow and internal (net in/outflow layers).
//  3. Population counts in a population layer: fields named total, all, male, female,
//     male_* / female_* (the Seoul age/sex bands, e.g. male_0_9, female_70_plus), age_band_N (the
//     hanbyul bands), age_* (age_0_14, age_65_plus), total_bands, population, pop*, age bands such as
//     0_4 or 100_ (registered population), or any name containing 인구; also value/lo/hi of a
//     forecast (source "regen.forecast") — when the layer's name, title or source, or the field's
//     description, mentions population, people, persons, 인구 or 생활 (e.g. "living_population",
//     "total living population (t)", "총생활인구수", "interpolate:living_population.total").
//     Model estimates of those (the interpolated grid, forecasts) count too: `estimated` does not matter.
//  4. Any other numeric field whose description says it counts people: "(people)", "people",
//     "persons", "movers" or "인구".
// Everything else — card sales (money), indices, ratios, shares, distances — is not a people count.
// Location results (loc_*) are sums of demand weights over many units and are not treated as counts.

#include "dosi/core/Layer.h"
#include "dosi/core/ProjectStore.h"

#include <QString>
#include <QVector>

namespace dosi::gis {

struct PrivacyRule {
    double threshold = 3.0;   // values 0 < v <= threshold are suppressed; 0 = off
    bool enabled() const { return threshold > 0; }
};

// The project's rule: dosi_meta "privacy_threshold" (a number; 0 = off); default 3.
PrivacyRule privacyRule(const ProjectStore& store);

// True for measures that count people (see the rule above). An empty `field` asks about the layer's
// first numeric field (the one a map shows by default).
bool isPeopleCount(const LayerInfo& layer, const QString& field = {});

// Sets values with 0 < v <= threshold to NaN (the masked NaN of core Values.h, so that exports write
// them like the publisher's '*'); zero identifies no one and is kept. Returns how many were suppressed.
// A disabled rule changes nothing and returns 0.
int suppressSmallCounts(QVector<double>& values, const PrivacyRule& rule);

}  // namespace dosi::gis
