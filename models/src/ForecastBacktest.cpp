// Rolling-origin backtests, point forecasts at an origin and the automatic choice of a method.
// See Forecast.h and ForecastInternal.h.
#include "BoostedForecast.h"
#include "ForecastInternal.h"

#include "dosi/core/Values.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace dosi::models::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double meanOf(const QVector<double>& v)
{
    double s = 0;
    int c = 0;
    for (double x : v)
        if (std::isfinite(x)) {
            s += x;
            ++c;
        }
    return c ? s / c : kNaN;
}

}  // namespace

void forEachUnitParallel(int n, const std::function<void(int)>& body)
{
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const int threads = std::min<int>(n, std::min(2u, hw));
    if (threads <= 1) {
        for (int u = 0; u < n; ++u) body(u);
        return;
    }
    std::thread other([&] {
        for (int u = 1; u < n; u += 2) body(u);
    });
    for (int u = 0; u < n; u += 2) body(u);
    other.join();
}

bool RunContext::tick(int n)
{
    if (cancelled) return false;
    if (counting) done += n;
    if (progress && !progress(std::min(done, std::max(total, done)), std::max(total, done))) cancelled = true;
    return !cancelled;
}

Error cancelledError() { return makeError(ForecastTr::tr("Cancelled.")); }

int effectiveOriginStep(int originStep, int horizon, int season)
{
    if (originStep > 0) return originStep;
    if (season > 0 && horizon > season) return season;
    return std::max(1, horizon);
}

BacktestPlan planBacktest(int length, int horizon, int step, int maxOrigins, int minTrain)
{
    BacktestPlan plan;
    plan.horizon = horizon;
    minTrain = std::max(1, minTrain);
    step = std::max(1, step);
    for (int k = 0; k < maxOrigins; ++k) {
        const int o = length - horizon - k * step;
        if (o < minTrain) break;
        plan.origins.prepend(o);
    }
    if (plan.origins.isEmpty() && length - minTrain >= 1 && maxOrigins > 0) {
        plan.horizon = length - minTrain;
        plan.shortened = true;
        plan.origins = {minTrain};
    }
    return plan;
}

Panel truncatedPanel(const Panel& panel, int length)
{
    Panel out;
    out.kind = panel.kind;
    out.covariateNames = panel.covariateNames;
    out.times = panel.times.mid(0, length);
    out.units.reserve(panel.units.size());
    for (const UnitSeries& s : panel.units) {
        UnitSeries c;
        c.unit = s.unit;
        c.values = s.values.mid(0, length);
        for (const QVector<double>& cov : s.covariates) c.covariates.append(cov.mid(0, length));
        out.units.append(c);
    }
    return out;
}

void ScoreAccumulator::add(double actual, double forecast, double scale)
{
    if (!hasValue(actual) || !std::isfinite(forecast)) return;
    const double e = actual - forecast;
    sq += e * e;
    ++n;
    if (actual != 0) {
        absPct += std::abs(e) / std::abs(actual);
        ++nPct;
    }
    if (std::isfinite(scale) && scale > 0) {
        absScaled += std::abs(e) / scale;
        ++nScaled;
    }
}

BacktestScore ScoreAccumulator::score(ForecastMethod m, int origins) const
{
    BacktestScore s;
    s.method = m;
    s.mape = nPct ? 100.0 * absPct / nPct : kNaN;
    s.mase = nScaled ? absScaled / nScaled : kNaN;
    s.rmse = n ? std::sqrt(sq / n) : kNaN;
    s.origins = origins;
    s.points = n;
    return s;
}

double naiveScale(const QVector<double>& values, int n, int season)
{
    n = std::min<int>(n, values.size());
    const int m = season > 1 && n > season ? season : 1;
    double s = 0;
    int c = 0;
    for (int t = m; t < n; ++t) {
        if (!hasValue(values[t]) || !hasValue(values[t - m])) continue;
        s += std::abs(values[t] - values[t - m]);
        ++c;
    }
    return c ? s / c : kNaN;
}

Result<QVector<QVector<double>>> forecastsAt(const Panel& panel, int origin, ForecastMethod method, int horizon,
                                            const AutoSettings& autoSettings, RunContext* ctx,
                                            ForecastMethod* chosen)
{
    if (chosen) *chosen = method;
    const int nUnits = panel.units.size();
    if (method == ForecastMethod::Auto) {
        // The choice sees only the data before the origin: the inner backtest runs on a cut panel.
        const Panel cut = truncatedPanel(panel, origin);
        const bool counting = ctx->counting;
        ctx->counting = false;
        auto choice = chooseAuto(cut, horizon, autoSettings, ctx);
        ctx->counting = counting;
        if (!choice) return choice.error();
        return forecastsAt(cut, origin, choice->chosen, horizon, autoSettings, ctx, chosen);
    }
    if (method == ForecastMethod::Boosted) {
        auto r = boostedPointForecasts(panel, origin, horizon, autoSettings.seed);
        if (!r) return r.error();
        if (r->size() != nUnits)
            return makeError(ForecastTr::tr("The boosted model returned %1 series for %2 units.").arg(r->size()).arg(nUnits));
        for (QVector<double>& f : *r) f.resize(horizon, kNaN);
        if (!ctx->tick(nUnits)) return cancelledError();
        return r;
    }
    const int season = seasonLength(panel.kind);
    const int minTrain = minTrainingPoints(method, panel.kind);
    QVector<QVector<double>> out(nUnits, QVector<double>(horizon, kNaN));
    QVector<double>* rows = out.data();   // detached once here; each thread writes only its rows
    int next = 0;   // units are handed out in order so that progress and cancel stay on this thread
    const int batch = 8;
    while (next < nUnits) {
        const int end = std::min(nUnits, next + batch);
        forEachUnitParallel(end - next, [&](int k) {
            const int u = next + k;
            int present = 0;
            std::vector<char> observed;
            const std::vector<double> y = filledPrefix(panel.units[u].values, origin, &present, &observed);
            if (present < minTrain) return;
            StatFit fit;
            if (!fitStatistical(method, y, season, horizon, &fit, &observed, /*withSd=*/false)) return;
            QVector<double>& row = rows[u];
            for (int h = 0; h < horizon; ++h) row[h] = fit.point[h];
        });
        if (!ctx->tick(end - next)) return cancelledError();
        next = end;
    }
    return out;
}

Result<MethodBacktest> runBacktest(const Panel& panel, ForecastMethod method, const BacktestPlan& plan,
                                   const AutoSettings& autoSettings, RunContext* ctx)
{
    const int nUnits = panel.units.size();
    const int length = panel.times.size();
    const int season = seasonLength(panel.kind);
    MethodBacktest mb;
    mb.method = method;
    QVector<ScoreAccumulator> acc(nUnits);
    QVector<int> originsUsed(nUnits, 0);
    mb.errors = QVector<QVector<QVector<double>>>(nUnits, QVector<QVector<double>>(plan.horizon));
    for (int o : plan.origins) {
        auto fc = forecastsAt(panel, o, method, plan.horizon, autoSettings, ctx);
        if (!fc) return fc.error();
        for (int u = 0; u < nUnits; ++u) {
            const QVector<double>& values = panel.units[u].values;
            const QVector<double>& f = (*fc)[u];
            if (f.isEmpty() || !std::isfinite(f[0])) continue;
            ++originsUsed[u];
            const double scale = naiveScale(values, o, season);
            for (int h = 0; h < plan.horizon && o + h < length; ++h) {
                const double y = values[o + h];
                acc[u].add(y, f[h], scale);
                if (hasValue(y) && std::isfinite(f[h])) mb.errors[u][h].append(y - f[h]);
            }
        }
    }
    QVector<double> mape, mase, rmse;
    int points = 0;
    for (int u = 0; u < nUnits; ++u) {
        const BacktestScore s = acc[u].score(method, originsUsed[u]);
        mb.perUnit.append(s);
        mape.append(s.mape);
        mase.append(s.mase);
        rmse.append(s.rmse);
        points += s.points;
    }
    mb.mean.method = method;
    mb.mean.mape = meanOf(mape);
    mb.mean.mase = meanOf(mase);
    mb.mean.rmse = meanOf(rmse);
    mb.mean.origins = plan.origins.size();
    mb.mean.points = points;
    return mb;
}

QVector<ForecastMethod> autoCandidates(TimeKind kind, const QVector<ForecastMethod>& allowed)
{
    QVector<ForecastMethod> all;
    if (seasonLength(kind) > 0)
        all = {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend,
               ForecastMethod::DampedTrend, ForecastMethod::Boosted};
    else   // yearly: the panel model pools the units' growth (it is tried once 4 years precede an origin)
        all = {ForecastMethod::Naive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend, ForecastMethod::Boosted};
    if (allowed.isEmpty()) return all;
    QVector<ForecastMethod> out;
    for (ForecastMethod m : all)
        if (allowed.contains(m)) out.append(m);
    return out;
}

AutoPlan planAuto(TimeKind kind, int length, int horizon, const AutoSettings& settings)
{
    // All candidates are compared on the same origins. The origins must leave every candidate its
    // minimum training length; when that leaves none (or only a cut horizon), the candidates that
    // need the most data are dropped, one at a time, while that gives a full-horizon plan.
    const int season = seasonLength(kind);
    const int step = effectiveOriginStep(settings.originStep, horizon, season);
    QVector<ForecastMethod> cands = autoCandidates(kind, settings.allowed);
    std::stable_sort(cands.begin(), cands.end(), [&](ForecastMethod a, ForecastMethod b) {
        return minTrainingPoints(a, kind) < minTrainingPoints(b, kind);
    });
    AutoPlan firstShortened;
    for (int keep = cands.size(); keep >= 1; --keep) {
        AutoPlan ap;
        int floor = kBacktestFloor;
        for (int i = 0; i < keep; ++i) floor = std::max(floor, minTrainingPoints(cands[i], kind));
        ap.plan = planBacktest(length, horizon, step, std::max(1, settings.origins), floor);
        if (ap.plan.origins.isEmpty()) continue;
        // Candidate order as in autoCandidates (simpler methods first; ties go to them).
        for (ForecastMethod m : autoCandidates(kind, settings.allowed))
            if (cands.indexOf(m) < keep) ap.candidates.append(m);
        if (!ap.plan.shortened) return ap;
        if (firstShortened.candidates.isEmpty()) firstShortened = ap;
    }
    return firstShortened;
}

Result<AutoChoice> chooseAuto(const Panel& panel, int horizon, const AutoSettings& settings, RunContext* ctx)
{
    AutoChoice choice;
    const int length = panel.times.size();
    const int season = seasonLength(panel.kind);
    const AutoPlan ap = planAuto(panel.kind, length, horizon, settings);
    choice.plan = ap.plan;
    if (ap.candidates.isEmpty()) {
        choice.chosen = season > 0 && length >= season ? ForecastMethod::SeasonalNaive : ForecastMethod::Naive;
        choice.notes << ForecastTr::tr("The series are too short for a backtest (%1 values); auto uses %2 without one.")
                            .arg(length)
                            .arg(forecastMethodName(choice.chosen));
        return choice;
    }
    if (ap.plan.shortened)
        choice.notes << ForecastTr::tr("The series are short: the backtest compares %1 step(s) ahead instead of %2.")
                            .arg(ap.plan.horizon)
                            .arg(horizon);
    for (ForecastMethod m : autoCandidates(panel.kind, settings.allowed))
        if (!ap.candidates.contains(m))
            choice.notes << ForecastTr::tr("%1 was not tried: the series are too short for it.").arg(forecastMethodName(m));
    for (ForecastMethod m : ap.candidates) {
        auto mb = runBacktest(panel, m, ap.plan, settings, ctx);
        if (!mb) {
            if (ctx->cancelled) return cancelledError();
            if (m != ForecastMethod::Boosted) return mb.error();
            choice.notes << ForecastTr::tr("The boosted model was skipped: %1").arg(mb.error().message);
            continue;
        }
        choice.tried.append(*mb);
    }
    // Lowest mean MAPE; RMSE when no method has a MAPE (all actual values zero).
    bool anyMape = false;
    for (const MethodBacktest& mb : choice.tried) anyMape = anyMape || std::isfinite(mb.mean.mape);
    double best = std::numeric_limits<double>::infinity();
    int bestIndex = -1;
    for (int i = 0; i < choice.tried.size(); ++i) {
        const double key = anyMape ? choice.tried[i].mean.mape : choice.tried[i].mean.rmse;
        if (std::isfinite(key) && key < best) {
            best = key;
            bestIndex = i;
        }
    }
    if (bestIndex < 0) {
        choice.chosen = ap.candidates.first();
        choice.notes << ForecastTr::tr("No method could be scored in the backtest; auto uses %1.")
                            .arg(forecastMethodName(choice.chosen));
        return choice;
    }
    choice.chosen = choice.tried[bestIndex].method;
    choice.notes << ForecastTr::tr("Auto chose %1: lowest mean %2 (%3) over %4 backtest origin(s).")
                        .arg(forecastMethodName(choice.chosen), anyMape ? QStringLiteral("MAPE") : QStringLiteral("RMSE"))
                        .arg(best, 0, 'g', 4)
                        .arg(ap.plan.origins.size());
    return choice;
}

}  // namespace dosi::models::detail
