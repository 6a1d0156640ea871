#pragma once
// Forecasts of measures with a time axis (yearly, quarterly, daily, hourly), with prediction
// intervals and a rolling-origin backtest error attached to every forecast.
//
// Methods
//   Naive          last value carried forward
//   SeasonalNaive  value one season ago (hourly: 168 h, one week; daily: 7; quarterly: 4); Naive when
//                  the series has no season
//   LinearTrend    least-squares line through the training values (a baseline for yearly series)
//   DampedTrend    damped-trend exponential smoothing (additive, ETS(A,Ad,A) with a season when the
//                  series has one and two full seasons, else ETS(A,Ad,N)), parameters by least squares
//                  on the training data: one-step errors, or with a season the errors at lead times
//                  K/2 and K, K = min(horizon, season) (ForecastMethods.cpp says why)
//   Boosted        gradient-boosted trees over the whole panel (XGBoost C API): lags, calendar features
//                  (hour, weekday, Korean public holidays, year) and the values of other layers of the
//                  same unit; forecast recursively
//   Auto           picks, per panel, the method with the lowest mean MAPE in an inner rolling-origin
//                  backtest that uses only the training data
//
// Backtest: `origins` forecast origins, the last one `horizon` steps before the end of the data and
// each earlier one `originStep` steps before the next. At each origin a method sees only the values
// before the origin (no leakage) and forecasts `horizon` steps, compared with the held-out values.
// Origins leave at least max(3, minTrainingPoints(method)) values before them; when none does, the
// compared horizon is cut (short yearly series) so that one origin does. originStep 0 = the
// horizon, or one season when the horizon is longer. Auto compares its candidates on the same
// origins; backtesting Auto itself is nested (the choice at each origin comes from an inner
// backtest on the data before that origin).
//   MAPE = mean |y - f| / |y| over held-out points with y != 0 (percent)
//   MASE = mean |y - f| / (mean in-sample |y_t - y_{t-m}| of the seasonal-naive baseline on the same
//          training data; m = season, or 1 without one)
// Prediction intervals (`level`, default 80 %): from the empirical quantiles of the unit's backtest
// errors at each horizon step when there are at least 20 of them, otherwise a normal approximation
// from the method's in-sample residuals (robust sd), widened with the horizon as the method implies
// (details in Forecast.cpp, setIntervals). Always lo <= value <= hi.
//
// Missing and masked values (Values.h) are skipped in error measures and interpolated linearly for
// fitting (leading gaps take the first value, trailing gaps the last; damped ETS instead runs its
// states on through them without an update); a unit with fewer than minTrainingPoints() values is
// not forecast (its note says why). Scores with nothing to compare are NaN.

#include "dosi/core/Result.h"
#include "dosi/core/TimeAxis.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace dosi::models {

enum class ForecastMethod { Naive, SeasonalNaive, LinearTrend, DampedTrend, Boosted, Auto };

QString forecastMethodName(ForecastMethod m);   // "naive", "snaive", "linear", "ets", "boosted", "auto"
bool forecastMethodFromName(const QString& name, ForecastMethod* out);
QStringList forecastMethodNames();
QString forecastMethodLabel(ForecastMethod m);  // translated, e.g. "Damped-trend exponential smoothing"

// One unit's regular series: times are consecutive keys of `kind` (no gaps; a gap in the data is a
// missing value). All units of a panel share the same times.
struct UnitSeries {
    QString unit;
    QVector<double> values;
    // Other layers' values of the same unit on the same times (exogenous features for Boosted).
    QVector<QVector<double>> covariates;
};

struct Panel {
    TimeKind kind = TimeKind::None;
    QStringList times;          // consecutive keys, e.g. "2024-01-01T00" ...
    QStringList covariateNames; // aligned with UnitSeries::covariates
    QVector<UnitSeries> units;
};

// Consecutive time keys after `last` (e.g. next hours, years, quarters, days).
QStringList nextTimeKeys(const QString& last, TimeKind kind, int count);
// The season length used for a kind: Hour 168, Day 7, Quarter 4, Year 0 (none).
int seasonLength(TimeKind kind);

struct ForecastOptions {
    ForecastMethod method = ForecastMethod::Auto;
    int horizon = 1;
    double level = 0.8;          // prediction interval coverage
    int origins = 4;             // backtest origins (fewer when the series is short)
    int originStep = 0;          // 0 = horizon, or one season for long horizons
    quint64 seed = 20241122;     // boosted model and any simulation: reproducible
    // Progress (done, total); return false to cancel.
    std::function<bool(int, int)> progress;
    // Auto: the methods it may choose from (empty = every method the series allows; the others in
    // the list are ignored when the series does not allow them). E.g. without Boosted for speed.
    QVector<ForecastMethod> autoCandidates;
};

struct ForecastPoint {
    QString time;
    double value = 0, lo = 0, hi = 0;
};

struct BacktestScore {
    ForecastMethod method = ForecastMethod::Naive;
    double mape = 0;     // percent
    double mase = 0;
    double rmse = 0;
    int origins = 0;     // origins actually used
    int points = 0;      // held-out points compared
};

struct UnitForecast {
    QString unit;
    ForecastMethod method = ForecastMethod::Naive;   // the method that produced `points`
    QVector<ForecastPoint> points;                    // horizon steps after the last time
    BacktestScore backtest;                           // of `method`, on this unit
    QString note;                                     // e.g. "too short to forecast"
};

struct PanelForecast {
    ForecastMethod requested = ForecastMethod::Auto;
    ForecastMethod chosen = ForecastMethod::Naive;    // for Auto, the method it picked
    QVector<UnitForecast> units;
    // Mean backtest scores over the units, one per method tried (Auto tries every method that the
    // series allows; a single method has one entry plus the seasonal-naive baseline).
    QVector<BacktestScore> methodScores;
    QStringList notes;
};

// Forecasts every unit of the panel `opt.horizon` steps past its last time, with backtest scores.
Result<PanelForecast> forecastPanel(const Panel& panel, const ForecastOptions& opt);

// The backtest of one method over the panel (mean scores over the units), exposed for the bench and
// the tests. `perUnit` (optional) receives each unit's scores in panel order.
Result<BacktestScore> backtestMethod(const Panel& panel, ForecastMethod method, const ForecastOptions& opt,
                                     QVector<BacktestScore>* perUnit = nullptr);

// Point forecasts only (no intervals, no backtest) of `horizon` steps from `originIndex` (1 ..
// times.size()), reading each unit's values[0 .. originIndex) only. Used by the backtest;
// exposed so that the tests can check that nothing after the origin is read. Auto chooses by an
// inner backtest with the ForecastOptions defaults (4 origins, originStep 0, every candidate).
// Units too short for the method get NaN.
Result<QVector<QVector<double>>> pointForecasts(const Panel& panel, int originIndex, ForecastMethod method,
                                                int horizon, quint64 seed);

int minTrainingPoints(ForecastMethod m, TimeKind kind);

}  // namespace dosi::models
