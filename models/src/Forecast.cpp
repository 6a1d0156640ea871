// Forecast entry points: method names, forecastPanel (with prediction intervals and backtest
// scores), backtestMethod, pointForecasts. See Forecast.h; the pieces are in ForecastInternal.h.
#include "BoostedForecast.h"
#include "ForecastInternal.h"

#include "dosi/core/Values.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::models {

using namespace detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const ForecastMethod kAllMethods[] = {ForecastMethod::Naive,       ForecastMethod::SeasonalNaive,
                                      ForecastMethod::LinearTrend, ForecastMethod::DampedTrend,
                                      ForecastMethod::Boosted,     ForecastMethod::Auto};

Result<void> validatePanel(const Panel& panel, int horizon)
{
    if (panel.times.isEmpty()) return makeError(ForecastTr::tr("The series have no times."));
    if (panel.units.isEmpty()) return makeError(ForecastTr::tr("There are no units to forecast."));
    if (horizon < 1) return makeError(ForecastTr::tr("The forecast horizon must be at least one step."));
    // Consecutive keys (a gap would shift every season after it).
    if (panel.kind != TimeKind::None) {
        qint64 prev = 0;
        for (int i = 0; i < panel.times.size(); ++i) {
            qint64 at = 0;
            if (!timeOrdinal(panel.times[i], panel.kind, &at))
                return makeError(ForecastTr::tr("\"%1\" is not a %2 time key.").arg(panel.times[i], timeKindName(panel.kind)));
            if (i > 0 && at != prev + 1)
                return makeError(ForecastTr::tr("The times are not consecutive %1 keys: \"%2\" follows \"%3\" "
                                                "(a gap must be a missing value).")
                                     .arg(timeKindName(panel.kind), panel.times[i], panel.times[i - 1]));
            prev = at;
        }
    }
    for (const UnitSeries& s : panel.units) {
        if (s.values.size() != panel.times.size())
            return makeError(ForecastTr::tr("Unit %1 has %2 values for %3 times.")
                                 .arg(s.unit)
                                 .arg(s.values.size())
                                 .arg(panel.times.size()));
        for (const QVector<double>& c : s.covariates)
            if (c.size() != panel.times.size())
                return makeError(ForecastTr::tr("A covariate of unit %1 has %2 values for %3 times.")
                                     .arg(s.unit)
                                     .arg(c.size())
                                     .arg(panel.times.size()));
    }
    return {};
}

// Standard normal quantile for p in (0, 1), by bisection on the CDF (exact to double precision,
// called once per forecast).
double normalQuantile(double p)
{
    double lo = -40, hi = 40;
    for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = (lo + hi) / 2;
        if (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p) lo = mid;
        else hi = mid;
    }
    return (lo + hi) / 2;
}

// Sample quantile of type 6 (Hyndman & Fan: position p (n + 1), clamped to the sample): the interval
// between two such quantiles covers a new value from the same distribution with probability p2 - p1
// on average, where the common type 7 undercovers with few errors (25 errors: 74 % for 80 %).
double quantile(QVector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const int n = v.size();
    const double pos = std::clamp(p * (n + 1), 1.0, double(n)) - 1.0;   // 0-based
    const int i = int(std::floor(pos));
    if (i + 1 >= n) return v.last();
    return v[i] + (pos - i) * (v[i + 1] - v[i]);
}

BacktestScore emptyScore(ForecastMethod m)
{
    BacktestScore s;
    s.method = m;
    s.mape = s.mase = s.rmse = kNaN;
    return s;
}

// Prediction intervals at every step.
//  - At least 20 backtest errors (actual - forecast) at that step for the unit: their empirical
//    (1 - level)/2 and (1 + level)/2 quantiles added to the point forecast.
//  - Otherwise the normal approximation point +- z sd_h, with sd_h the method's own h-step standard
//    deviation from its in-sample one-step residuals (ForecastMethods.cpp: naive sd sqrt(h),
//    seasonal naive sd sqrt(floor((h-1)/m) + 1), linear trend the regression prediction interval,
//    damped ETS the class-1 state-space variance, or with a season its in-sample h-step errors).
//    Residual sds are robust (1.4826 x median absolute residual). Boosted has no in-sample model:
//    the root mean square of its backtest errors at that step, else the seasonal-naive sd.
//  - Neither known (e.g. one value): lo = hi = the point.
// Always lo <= value <= hi.
void setIntervals(QVector<ForecastPoint>* points, const QVector<QVector<double>>& errorsByStep,
                  const std::vector<double>& sd, double level)
{
    const double z = normalQuantile((1.0 + level) / 2.0);
    for (int h = 0; h < points->size(); ++h) {
        ForecastPoint& p = (*points)[h];
        const QVector<double> errs = h < errorsByStep.size() ? errorsByStep[h] : QVector<double>();
        double lo = p.value, hi = p.value;
        if (errs.size() >= 20) {
            lo = p.value + quantile(errs, (1.0 - level) / 2.0);
            hi = p.value + quantile(errs, (1.0 + level) / 2.0);
        } else if (h < int(sd.size()) && std::isfinite(sd[h])) {
            lo = p.value - z * sd[h];
            hi = p.value + z * sd[h];
        }
        p.lo = std::min(lo, p.value);
        p.hi = std::max(hi, p.value);
    }
}

std::vector<double> rmsByStep(const QVector<QVector<double>>& errorsByStep, int horizon)
{
    std::vector<double> sd(horizon, kNaN);
    for (int h = 0; h < horizon && h < errorsByStep.size(); ++h) {
        const QVector<double>& e = errorsByStep[h];
        if (e.size() < 2) continue;
        double s = 0;
        for (double x : e) s += x * x;
        sd[h] = std::sqrt(s / e.size());
    }
    return sd;
}

}  // namespace

QString forecastMethodName(ForecastMethod m)
{
    switch (m) {
    case ForecastMethod::Naive: return QStringLiteral("naive");
    case ForecastMethod::SeasonalNaive: return QStringLiteral("snaive");
    case ForecastMethod::LinearTrend: return QStringLiteral("linear");
    case ForecastMethod::DampedTrend: return QStringLiteral("ets");
    case ForecastMethod::Boosted: return QStringLiteral("boosted");
    case ForecastMethod::Auto: return QStringLiteral("auto");
    }
    return QString();
}

bool forecastMethodFromName(const QString& name, ForecastMethod* out)
{
    const QString n = name.trimmed().toLower();
    for (ForecastMethod m : kAllMethods) {
        if (forecastMethodName(m) == n) {
            if (out) *out = m;
            return true;
        }
    }
    return false;
}

QStringList forecastMethodNames()
{
    QStringList out;
    for (ForecastMethod m : kAllMethods) out << forecastMethodName(m);
    return out;
}

QString forecastMethodLabel(ForecastMethod m)
{
    switch (m) {
    case ForecastMethod::Naive: return ForecastTr::tr("Naive (last value)");
    case ForecastMethod::SeasonalNaive: return ForecastTr::tr("Seasonal naive (value one season ago)");
    case ForecastMethod::LinearTrend: return ForecastTr::tr("Linear trend");
    case ForecastMethod::DampedTrend: return ForecastTr::tr("Damped-trend exponential smoothing");
    case ForecastMethod::Boosted: return ForecastTr::tr("Gradient-boosted trees (panel)");
    case ForecastMethod::Auto: return ForecastTr::tr("Automatic (best in backtest)");
    }
    return QString();
}

int minTrainingPoints(ForecastMethod m, TimeKind kind)
{
    const int season = seasonLength(kind);
    switch (m) {
    case ForecastMethod::Naive: return 1;
    case ForecastMethod::SeasonalNaive: return season > 0 ? season : 1;
    case ForecastMethod::LinearTrend: return 3;   // two values fix a line but say nothing of its error
    case ForecastMethod::DampedTrend: return 4;   // seasonal only with two full seasons, else ETS(A,Ad,N)
    case ForecastMethod::Boosted: return season > 0 ? 2 * season : 4;
    case ForecastMethod::Auto: return 1;          // falls back to the baselines on short series
    }
    return 1;
}

Result<QVector<QVector<double>>> pointForecasts(const Panel& panel, int originIndex, ForecastMethod method,
                                                int horizon, quint64 seed)
{
    if (auto v = validatePanel(panel, horizon); !v) return v.error();
    if (originIndex < 1 || originIndex > panel.times.size())
        return makeError(ForecastTr::tr("The forecast origin %1 is outside the series (1 to %2).")
                             .arg(originIndex)
                             .arg(panel.times.size()));
    RunContext ctx;
    AutoSettings settings;
    settings.seed = seed;
    return forecastsAt(panel, originIndex, method, horizon, settings, &ctx);
}

Result<BacktestScore> backtestMethod(const Panel& panel, ForecastMethod method, const ForecastOptions& opt,
                                     QVector<BacktestScore>* perUnit)
{
    if (auto v = validatePanel(panel, opt.horizon); !v) return v.error();
    const int length = panel.times.size();
    const int step = effectiveOriginStep(opt.originStep, opt.horizon, seasonLength(panel.kind));
    const int floor = std::max(kBacktestFloor, minTrainingPoints(method, panel.kind));
    const BacktestPlan plan = planBacktest(length, opt.horizon, step, std::max(1, opt.origins), floor);
    if (plan.origins.isEmpty())
        return makeError(ForecastTr::tr("The series are too short for a backtest of %1: %2 values, at least %3 "
                                        "needed before the first origin.")
                             .arg(forecastMethodName(method))
                             .arg(length)
                             .arg(floor));
    RunContext ctx;
    ctx.progress = opt.progress;
    ctx.total = plan.origins.size() * panel.units.size();
    AutoSettings settings{std::max(1, opt.origins), opt.originStep, opt.seed, opt.autoCandidates};
    auto mb = runBacktest(panel, method, plan, settings, &ctx);
    if (!mb) return mb.error();
    if (perUnit) *perUnit = mb->perUnit;
    return mb->mean;
}

Result<PanelForecast> forecastPanel(const Panel& panel, const ForecastOptions& opt)
{
    if (auto v = validatePanel(panel, opt.horizon); !v) return v.error();
    if (!(opt.level > 0 && opt.level < 1))
        return makeError(ForecastTr::tr("The interval level must be between 0 and 1 (got %1).").arg(opt.level));
    const int length = panel.times.size();
    const QStringList keys = nextTimeKeys(panel.times.last(), panel.kind, opt.horizon);
    if (keys.size() != opt.horizon)
        return makeError(ForecastTr::tr("Cannot continue the time axis after \"%1\" (%2).")
                             .arg(panel.times.last(), timeKindName(panel.kind)));
    const int nUnits = panel.units.size();
    const int season = seasonLength(panel.kind);
    const AutoSettings settings{std::max(1, opt.origins), opt.originStep, opt.seed, opt.autoCandidates};

    PanelForecast out;
    out.requested = opt.method;
    RunContext ctx;
    ctx.progress = opt.progress;

    // 1. Backtests: the chosen method's scores and errors (for the intervals), plus the baseline.
    MethodBacktest chosenBacktest;
    bool haveBacktest = false;
    if (opt.method == ForecastMethod::Auto) {
        if (autoCandidates(panel.kind, settings.allowed).isEmpty())
            return makeError(ForecastTr::tr("None of the methods allowed for auto applies to %1 series.")
                                 .arg(timeKindName(panel.kind)));
        const AutoPlan ap = planAuto(panel.kind, length, opt.horizon, settings);
        ctx.total = nUnits * (ap.candidates.size() * ap.plan.origins.size() + 1);
        auto choice = chooseAuto(panel, opt.horizon, settings, &ctx);
        if (!choice) return choice.error();
        out.chosen = choice->chosen;
        out.notes << choice->notes;
        for (const MethodBacktest& mb : choice->tried) {
            out.methodScores.append(mb.mean);
            if (mb.method == out.chosen) {
                chosenBacktest = mb;
                haveBacktest = true;
            }
        }
    } else {
        out.chosen = opt.method;
        const int step = effectiveOriginStep(opt.originStep, opt.horizon, season);
        const int floor = std::max(kBacktestFloor, minTrainingPoints(opt.method, panel.kind));
        const BacktestPlan plan = planBacktest(length, opt.horizon, step, settings.origins, floor);
        const bool baseline = opt.method != ForecastMethod::SeasonalNaive;
        ctx.total = nUnits * (plan.origins.size() * (baseline ? 2 : 1) + 1);
        if (plan.origins.isEmpty()) {
            out.notes << ForecastTr::tr("The series are too short for a backtest of %1 (%2 values); the forecast "
                                        "has no measured error.")
                             .arg(forecastMethodName(opt.method))
                             .arg(length);
        } else {
            if (plan.shortened)
                out.notes << ForecastTr::tr("The series are short: the backtest compares %1 step(s) ahead instead of %2.")
                                 .arg(plan.horizon)
                                 .arg(opt.horizon);
            auto mb = runBacktest(panel, opt.method, plan, settings, &ctx);
            if (!mb) return mb.error();
            chosenBacktest = *mb;
            haveBacktest = true;
            out.methodScores.append(mb->mean);
            if (baseline) {
                auto base = runBacktest(panel, ForecastMethod::SeasonalNaive, plan, settings, &ctx);
                if (!base) return base.error();
                out.methodScores.append(base->mean);
            }
        }
    }

    // 2. Forecasts from the end of the data.
    const ForecastMethod m = out.chosen;
    const int minTrain = minTrainingPoints(m, panel.kind);
    QVector<std::vector<double>> point(nUnits), sd(nUnits);
    if (m == ForecastMethod::Boosted) {
        auto r = boostedPointForecasts(panel, length, opt.horizon, opt.seed);
        if (!r) return r.error();
        if (r->size() != nUnits)
            return makeError(ForecastTr::tr("The boosted model returned %1 series for %2 units.").arg(r->size()).arg(nUnits));
        for (int u = 0; u < nUnits; ++u) {
            const QVector<double>& f = (*r)[u];
            point[u].assign(opt.horizon, kNaN);
            for (int h = 0; h < opt.horizon && h < f.size(); ++h) point[u][h] = f[h];
            sd[u] = haveBacktest ? rmsByStep(chosenBacktest.errors[u], opt.horizon) : std::vector<double>();
            // Steps the backtest does not cover: the seasonal-naive sd.
            StatFit base;
            std::vector<char> observed;
            const std::vector<double> y = filledPrefix(panel.units[u].values, length, nullptr, &observed);
            if (!y.empty() && fitStatistical(ForecastMethod::SeasonalNaive, y, season, opt.horizon, &base, &observed)) {
                sd[u].resize(opt.horizon, kNaN);
                for (int h = 0; h < opt.horizon; ++h)
                    if (!std::isfinite(sd[u][h])) sd[u][h] = base.sd[h];
            }
        }
        if (!ctx.tick(nUnits)) return cancelledError();
    } else {
        // Two threads over the units (ForecastBacktest.cpp); each writes only its own slot.
        std::vector<double>* points = point.data();
        std::vector<double>* sds = sd.data();
        for (int next = 0; next < nUnits; next += 8) {
            const int end = std::min(nUnits, next + 8);
            forEachUnitParallel(end - next, [&](int k) {
                const int u = next + k;
                int present = 0;
                std::vector<char> observed;
                const std::vector<double> y = filledPrefix(panel.units[u].values, length, &present, &observed);
                StatFit fit;
                if (present >= minTrain && fitStatistical(m, y, season, opt.horizon, &fit, &observed)) {
                    points[u] = fit.point;
                    sds[u] = fit.sd;
                }
            });
            if (!ctx.tick(end - next)) return cancelledError();
        }
    }

    // 3. Units: points, intervals, scores, notes.
    for (int u = 0; u < nUnits; ++u) {
        UnitForecast uf;
        uf.unit = panel.units[u].unit;
        uf.method = m;
        uf.backtest = haveBacktest ? chosenBacktest.perUnit[u] : emptyScore(m);
        const int present = presentCount(panel.units[u].values, length);
        const bool ok = !point[u].empty() && std::all_of(point[u].begin(), point[u].end(), [](double v) {
            return std::isfinite(v);
        });
        if (!ok) {
            uf.note = present < minTrain
                ? ForecastTr::tr("Too short to forecast with %1: %2 value(s), at least %3 needed.")
                      .arg(forecastMethodName(m))
                      .arg(present)
                      .arg(minTrain)
                : ForecastTr::tr("No forecast: %1 could not be fitted to this unit.").arg(forecastMethodName(m));
            out.units.append(uf);
            continue;
        }
        for (int h = 0; h < opt.horizon; ++h) uf.points.append(ForecastPoint{keys[h], point[u][h], 0, 0});
        static const QVector<QVector<double>> noErrors;
        setIntervals(&uf.points, haveBacktest ? chosenBacktest.errors[u] : noErrors, sd[u], opt.level);
        if (uf.backtest.points == 0)
            uf.note = ForecastTr::tr("No backtest error for this unit: too few values before the backtest origins.");
        out.units.append(uf);
    }
    return out;
}

}  // namespace dosi::models
