#pragma once
// Gradient-boosted panel forecaster (XGBoost C API), private to the models library.
// Used by forecastPanel()/pointForecasts() for ForecastMethod::Boosted. See Forecast.h.

#include "dosi/core/Result.h"
#include "dosi/models/Forecast.h"

#include <QDate>
#include <QVector>

namespace dosi::models::detail {

// One model trained on every unit's values at times [0, originIndex) (nothing at or after the
// origin is read), then `horizon` steps forecast recursively from the origin for every unit.
// Returns one vector of `horizon` values per unit, in panel order.
Result<QVector<QVector<double>>> boostedPointForecasts(const Panel& panel, int originIndex, int horizon,
                                                       quint64 seed);

// Tree-ensemble settings. The defaults are the ones used by forecastPanel, chosen on the 자치구
// hourly living population (ten rolling origins a week apart, 14-day horizon; see
// bench/forecast_bench.cpp): 60 trees of depth 5 at eta 0.22 over 32 bins, trained on the last six
// weeks plus the days around earlier holidays, take about 0.12 s of one core for 25 units x 3,700
// hours and were as accurate there (mean MAPE 1.27 % against 1.34 %) as 100 trees at eta 0.15 over
// 64 bins on eight weeks, which take more than twice as long. Squared error learnt the large holiday effects better than
// pseudo-Huber there at equal accuracy; yearly and quarterly panels (few values per unit, and a few
// units that double or halve when an estate is built or cleared) need the robust loss: on the dong
// population 2017-2021 squared error missed 2020 by 17.5 % MAPE (naive 3.2 %), pseudo-Huber with a
// 2 % slope by 2.9 %.
struct BoostedParams {
    int rounds = 60;
    int maxDepth = 5;
    double eta = 0.22;
    double minChildWeight = 1;
    double lambda = 1;
    int maxBin = 32;
    // Loss: pseudo-Huber with this slope (a relative change) when > 0, squared error when 0;
    // < 0 (default): squared error for hourly and daily panels, pseudo-Huber 0.02 otherwise.
    double huberSlope = -1;
    int threads = 0;            // 0: one thread for up to 200,000 training rows, else up to 4
    // Hourly panels: train on the last `recentWeeks` weeks and, before them, on the days around
    // holidays only (0 = every week).
    int recentWeeks = 6;
};
Result<QVector<QVector<double>>> boostedPointForecasts(const Panel& panel, int originIndex, int horizon,
                                                       quint64 seed, const BoostedParams& params);

// Korean public holidays (incl. substitute holidays, election days and temporary holidays) of
// 2017-2026 (KoreanHolidays.cpp, with its sources); outside those years only the fixed-date ones.
// Used as a calendar feature.
bool isKoreanPublicHoliday(const QDate& date);

}  // namespace dosi::models::detail
