#pragma once
// Private pieces of the forecasting engine (Forecast*.cpp); the public contract is in
// dosi/models/Forecast.h.
//
//   ForecastMethods.cpp   statistical methods: naive, seasonal naive, linear trend, damped-trend ETS
//                         (point forecasts and the per-step sd of the normal approximation)
//   ForecastBacktest.cpp  rolling-origin backtest plans and scores, point forecasts at an origin,
//                         the automatic choice
//   ForecastTime.cpp      time keys after the last one, season lengths
//   Forecast.cpp          method names, forecastPanel, backtestMethod, pointForecasts, intervals

#include "dosi/models/Forecast.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>
#include <vector>

namespace dosi::models::detail {

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct ForecastTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::Forecast)
};

// ---------------------------------------------------------------------------------------------
// Series preparation

// Position of a time key on its axis (hours, days, quarters or years from a fixed start), so that
// consecutive keys differ by one (ForecastTime.cpp). False when the key is not of `kind`.
bool timeOrdinal(const QString& key, TimeKind kind, qint64* out);

// values[0 .. n) with missing and masked values filled for fitting: linear interpolation between
// the nearest actual values, leading gaps take the first actual value, trailing gaps the last one.
// *present (optional) receives the number of actual values, *observed (optional) which ones are
// actual (1) or filled (0); empty when there is none.
std::vector<double> filledPrefix(const QVector<double>& values, int n, int* present = nullptr,
                                 std::vector<char>* observed = nullptr);

// Number of actual (not missing, not masked) values in values[0 .. n).
int presentCount(const QVector<double>& values, int n);

// ---------------------------------------------------------------------------------------------
// Statistical methods (ForecastMethods.cpp)

struct StatFit {
    std::vector<double> point;   // `horizon` point forecasts
    // Standard deviation of the h-step forecast error under the method's own model, from its
    // in-sample one-step residuals (normal approximation of the prediction interval); NaN when the
    // training data cannot tell (e.g. a single value).
    std::vector<double> sd;
};

// Fits `m` (Naive, SeasonalNaive, LinearTrend or DampedTrend) on the filled training values `y` and
// forecasts `horizon` steps. `season` 0 = no season. `observed` (optional, as from filledPrefix):
// damped ETS treats filled values as missing observations (its states run on without an update);
// the other methods use the filled values. Returns false when `y` is too short.
// `withSd` false skips the interval widths (backtests need only the points).
bool fitStatistical(ForecastMethod m, const std::vector<double>& y, int season, int horizon, StatFit* out,
                    const std::vector<char>* observed = nullptr, bool withSd = true);

// Damped-trend ETS(A,Ad,A) / ETS(A,Ad,N); exposed for the tests through fitStatistical only.
struct EtsModel {
    double alpha = 0, beta = 0, phi = 0, gamma = 0;
    int season = 0;          // 0 when fitted without a season
    double sigma2 = 0;       // in-sample one-step residual variance
    double level = 0, trend = 0;
    std::vector<double> seasonal;  // last m seasonal states, indexed by phase (t mod m)
    int length = 0;          // number of training values (phase of the next value = length mod m)
    // Seasonal fits with withLeadSd: robust sd of the in-sample k-step errors, k = 1 .. min(horizon, m).
    std::vector<double> leadSd;
};
// Parameters minimise the in-sample squared error at the lead times the forecast is used for (see
// criterionLeads in ForecastMethods.cpp; one step ahead without a season or for horizon 1).
bool fitEts(const std::vector<double>& y, int season, int horizon, EtsModel* out,
            const std::vector<char>* observed = nullptr, bool withLeadSd = false);

// ---------------------------------------------------------------------------------------------
// Progress and cancel, shared by nested runs.

struct RunContext {
    std::function<bool(int, int)> progress;
    int done = 0;
    int total = 0;
    bool counting = true;    // nested (inner) runs poll for cancel without advancing
    bool cancelled = false;
    // Advances by n (when counting) and reports; false once cancelled.
    bool tick(int n = 1);
};

Error cancelledError();

// Runs body(u) for u in [0, n) on up to two threads (independent work per unit writing only its
// own slot, so results do not depend on the split). Progress and cancel stay with the caller.
void forEachUnitParallel(int n, const std::function<void(int)>& body);

// ---------------------------------------------------------------------------------------------
// Backtest (ForecastBacktest.cpp)

// Origin steps apart: opt.originStep, or (0) the horizon, or one season when the horizon is longer
// than a season.
int effectiveOriginStep(int originStep, int horizon, int season);

// Training floor of every backtest origin: a backtest from fewer values says nothing.
constexpr int kBacktestFloor = 3;

struct BacktestPlan {
    QVector<int> origins;   // ascending
    int horizon = 0;        // steps compared after each origin (may be shorter than asked)
    bool shortened = false; // the horizon was cut because the series is short
};

// Origins for a series of `length` times: the last `horizon` steps before the end, each earlier one
// `step` before the next, keeping those with at least `minTrain` training values. When not even
// one fits, the compared horizon is cut (short yearly series) so that one origin leaves `minTrain`.
BacktestPlan planBacktest(int length, int horizon, int step, int maxOrigins, int minTrain);

struct MethodBacktest {
    ForecastMethod method = ForecastMethod::Naive;
    QVector<BacktestScore> perUnit;
    QVector<QVector<QVector<double>>> errors;   // [unit][step] actual - forecast over the origins
    BacktestScore mean;                         // mean over the units with a score
};

struct AutoSettings {
    int origins = 4;
    int originStep = 0;
    quint64 seed = 0;
    QVector<ForecastMethod> allowed;   // ForecastOptions::autoCandidates (empty = all)
};

// Point forecasts of `method` for every unit from values[0 .. origin) (nothing later is read).
// Units that are too short get NaN. For Auto the method is chosen by an inner backtest on the data
// before the origin (`autoSettings`); *chosen receives it.
Result<QVector<QVector<double>>> forecastsAt(const Panel& panel, int origin, ForecastMethod method, int horizon,
                                            const AutoSettings& autoSettings, RunContext* ctx,
                                            ForecastMethod* chosen = nullptr);

// Runs `method` over the plan's origins for every unit. Statistical methods and Boosted tick once
// per unit and origin.
Result<MethodBacktest> runBacktest(const Panel& panel, ForecastMethod method, const BacktestPlan& plan,
                                   const AutoSettings& autoSettings, RunContext* ctx);

struct AutoChoice {
    ForecastMethod chosen = ForecastMethod::Naive;
    QVector<MethodBacktest> tried;   // candidates that ran, in candidate order
    BacktestPlan plan;
    QStringList notes;
};

// Candidates of Auto for a kind: naive, snaive (with a season), linear, ets, boosted (not yearly),
// restricted to `allowed` unless it is empty.
QVector<ForecastMethod> autoCandidates(TimeKind kind, const QVector<ForecastMethod>& allowed = {});

// The candidates Auto can compare on a series of `length` times and their common backtest plan
// (no candidates when the series is too short for any backtest).
struct AutoPlan {
    QVector<ForecastMethod> candidates;
    BacktestPlan plan;
};
AutoPlan planAuto(TimeKind kind, int length, int horizon, const AutoSettings& settings);

// Chooses among the candidates by the lowest mean MAPE (units pooled) in a backtest on the whole
// panel given (callers pass a panel cut at the origin).
Result<AutoChoice> chooseAuto(const Panel& panel, int horizon, const AutoSettings& settings, RunContext* ctx);

// The panel with its times and values cut to [0, length).
Panel truncatedPanel(const Panel& panel, int length);

// Score of one unit from its held-out pairs (see Forecast.h); NaN metrics when nothing compared.
struct ScoreAccumulator {
    double absPct = 0, absScaled = 0, sq = 0;
    int nPct = 0, nScaled = 0, n = 0;
    void add(double actual, double forecast, double scale);
    BacktestScore score(ForecastMethod m, int origins) const;
};

// In-sample MAE of the seasonal-naive baseline (m = season, or 1 without one or when too short)
// over actual values of values[0 .. n); NaN when it cannot be computed.
double naiveScale(const QVector<double>& values, int n, int season);

}  // namespace dosi::models::detail
