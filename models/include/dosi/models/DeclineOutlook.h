#pragma once
// Decline outlook: the chance that a unit meets the population criterion of the decline diagnosis
// (Decline.h) at some year within the forecast horizon.
//
// Assumptions (stated with every result, see outlookAssumptions()):
//   - the future population follows the forecast's point path plus an error whose spread at each
//     step matches the forecast's prediction interval (normal; sd = (hi - lo) / (2 z_level));
//   - errors accumulate as a random walk: the increment between steps h-1 and h is independent and
//     has variance sd_h^2 - sd_{h-1}^2 (so one simulated path is a coherent trajectory);
//   - the criterion is tested on the observed history followed by the simulated years, with the
//     same thresholds as the diagnosis; `paths` simulated trajectories (fixed seed: reproducible).
// The probability is the share of trajectories meeting the criterion in at least one forecast year.
// Further details: a unit meeting the criterion on its history already has probability 1 (metNow);
// simulated values are clamped at 0 and rounded to whole numbers when the history holds whole
// numbers (counts); the normal draws come from Box–Muller on std::mt19937_64's raw output, so the
// same seed gives the same probabilities with every compiler. A forecast whose times are not
// consecutive year keys, or has NaN values or bounds, gives NaN with a note.

#include "dosi/models/Decline.h"
#include "dosi/models/Forecast.h"

#include <QStringList>

namespace dosi::models {

struct OutlookOptions {
    int paths = 2000;
    quint64 seed = 20241122;
    double level = 0.8;   // the interval level of the forecast points
};

struct UnitOutlook {
    QString unit;
    double probability = 0;        // 0..1; NaN when there is no forecast
    bool metNow = false;           // the criterion is met on the history already
    int firstLikelyYear = 0;       // first forecast year where the running probability passes 0.5 (0 = none)
    QString note;
};

// history: the unit's yearly population; forecast: its UnitForecast (yearly keys "2022", ...).
UnitOutlook populationOutlook(const YearSeries& history, const UnitForecast& forecast,
                              const DeclineThresholds& t, const OutlookOptions& opt);

QStringList outlookAssumptions(const OutlookOptions& opt);   // translated sentences

// The standard normal quantile (Acklam's approximation refined by one Halley step; |error| < 1e-12
// in double precision), e.g. inverseNormalCdf(0.9) = 1.28155. 0 -> -inf, 1 -> +inf, outside -> NaN.
double inverseNormalCdf(double p);

}  // namespace dosi::models
