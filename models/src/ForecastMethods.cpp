// Statistical forecasting methods: naive, seasonal naive, least-squares line and damped-trend
// exponential smoothing (ETS(A,Ad,A) / ETS(A,Ad,N)), each with the per-step standard deviation of
// its normal prediction interval. See Forecast.h and ForecastInternal.h.
#include "ForecastInternal.h"

#include "dosi/core/Values.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dosi::models::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double sigmoid(double u) { return 1.0 / (1.0 + std::exp(-u)); }
double logit(double p) { return std::log(p / (1.0 - p)); }

// Least-squares line y = a + b t over t = 0 .. n-1 of y[0 .. n).
void olsLine(const double* y, int n, double* a, double* b)
{
    if (n <= 1) {
        *a = n == 1 ? y[0] : 0.0;
        *b = 0;
        return;
    }
    const double tm = (n - 1) / 2.0;
    double ym = 0;
    for (int t = 0; t < n; ++t) ym += y[t];
    ym /= n;
    double sxy = 0, sxx = 0;
    for (int t = 0; t < n; ++t) {
        sxy += (t - tm) * (y[t] - ym);
        sxx += (t - tm) * (t - tm);
    }
    *b = sxy / sxx;
    *a = ym - *b * tm;
}

// Standard deviation of errors centred on zero, robustly: 1.4826 median |e| (the sd for normal
// errors, not inflated by the few holiday hours that dominate a root mean square; the root mean
// square when that median is zero). NaN with fewer than two errors. Reorders `e`.
double robustSd(std::vector<double>& e)
{
    const int n = int(e.size());
    if (n < 2) return kNaN;
    double ss = 0;
    for (double& x : e) {
        ss += x * x;
        x = std::abs(x);
    }
    std::nth_element(e.begin(), e.begin() + n / 2, e.end());
    double med = e[n / 2];
    if (n % 2 == 0) med = (med + *std::max_element(e.begin(), e.begin() + n / 2)) / 2;
    return med > 0 ? 1.4826 * med : std::sqrt(ss / n);
}

// Robust sd of the residuals y_t - y_{t-lag} over pairs of actual values (the one-step residuals
// of naive, lag 1, and seasonal naive, lag m).
double lagResidualSd(const std::vector<double>& y, int lag, const std::vector<char>* observed)
{
    const int n = int(y.size());
    std::vector<double> e;
    e.reserve(std::max(0, n - lag));
    for (int t = lag; t < n; ++t) {
        if (observed && (!(*observed)[t] || !(*observed)[t - lag])) continue;
        e.push_back(y[t] - y[t - lag]);
    }
    return robustSd(e);
}

// ---------------------------------------------------------------------------------------------
// Damped-trend ETS with additive errors (Hyndman et al. 2008, error-correction form):
//   forecast   f_t = l_{t-1} + phi b_{t-1} + s_{t-m}
//   level      l_t = l_{t-1} + phi b_{t-1} + alpha e_t
//   trend      b_t = phi b_{t-1} + beta e_t
//   season     s_t = s_{t-m} + gamma e_t
// with e_t = y_t - f_t. Only additions: no multiplicative states, nothing can divide by zero.
// The data are divided by their mean absolute value before fitting so that the states are near 1.

struct EtsData {
    const double* z = nullptr;
    const char* observed = nullptr;   // nullptr: every value observed
    int n = 0;
    int m = 0;                  // 0 = no season
    double l0 = 0, b0 = 0;
    std::vector<double> s0;     // initial seasonal states by phase
};

struct EtsParams {
    double alpha = 0, beta = 0, phi = 0, gamma = 0;
};

// Bounds: alpha in (0, 1), beta in (0, alpha), phi in [0.8, 0.98], gamma in (0, 1 - alpha) (the usual
// admissible region of the additive model); u is unconstrained (Nelder-Mead works on it).
constexpr double kAlphaLo = 1e-4, kAlphaHi = 0.9999, kPhiLo = 0.8, kPhiHi = 0.98;

EtsParams fromU(const double* u, bool seasonal)
{
    EtsParams p;
    p.alpha = kAlphaLo + (kAlphaHi - kAlphaLo) * sigmoid(u[0]);
    p.beta = p.alpha * sigmoid(u[1]);
    p.phi = kPhiLo + (kPhiHi - kPhiLo) * sigmoid(u[2]);
    p.gamma = seasonal ? (1.0 - p.alpha) * sigmoid(u[3]) : 0.0;
    return p;
}

std::array<double, 4> toU(const EtsParams& p)
{
    const double a = std::clamp((p.alpha - kAlphaLo) / (kAlphaHi - kAlphaLo), 1e-6, 1 - 1e-6);
    const double b = std::clamp(p.beta / p.alpha, 1e-6, 1 - 1e-6);
    const double f = std::clamp((p.phi - kPhiLo) / (kPhiHi - kPhiLo), 1e-6, 1 - 1e-6);
    const double g = std::clamp(p.gamma / (1.0 - p.alpha), 1e-6, 1 - 1e-6);
    return {logit(a), logit(b), logit(f), logit(g)};
}

// One observation (zs = z_t - s, the value less its seasonal state): returns the one-step error
// (0 for a missing value: the states run on without an update) and updates level and trend.
// Written as l_t = (1 - alpha) a + alpha zs, b_t = phi b + beta (zs - a) with a = l + phi b (the
// same model, rearranged) so that the chain from one step's states to the next is short.
inline double etsStep(double& l, double& b, double zs, bool obs, const EtsParams& p)
{
    const double a = l + p.phi * b;
    const double at = obs ? p.alpha : 0.0, bt = obs ? p.beta : 0.0;
    const double e = obs ? zs - a : 0.0;
    const double bNew = (p.phi * b + bt * zs) - bt * a;
    l = (1.0 - at) * a + at * zs;
    b = bNew;
    return e;
}

// Runs the recursion over the data; returns the sum of squared one-step errors and (optionally)
// the final states. `work` holds the m seasonal states.
template <bool Seasonal>
double etsRun(const EtsData& d, const EtsParams& p, std::vector<double>& work, double* level, double* trend)
{
    double l = d.l0, b = d.b0, sse = 0;
    if constexpr (Seasonal) std::copy(d.s0.begin(), d.s0.end(), work.begin());
    int i = 0;
    for (int t = 0; t < d.n; ++t) {
        const double s = Seasonal ? work[i] : 0.0;
        const double e = etsStep(l, b, d.z[t] - s, !d.observed || d.observed[t], p);
        sse += e * e;
        if constexpr (Seasonal) {
            work[i] = s + p.gamma * e;
            if (++i == d.m) i = 0;
        }
    }
    if (level) *level = l;
    if (trend) *trend = b;
    return std::isfinite(sse) ? sse : std::numeric_limits<double>::infinity();
}

// The fitting criterion: the in-sample mean squared error at each lead time k of `leads`, summed
// over the lead times. The k-step forecast of y_t made after y_{t-k} is
//   l_{t-k} + (phi + ... + phi^k) b_{t-k} + s (the seasonal state of t's phase, last updated at t-m),
// valid for k <= m; levels and trends of the last steps are kept in a ring buffer. (One step ahead
// the fit uses etsRun's sum of squared one-step errors instead.)
struct EtsWork {
    std::vector<double> seasonal;
    std::vector<double> levels, trends;   // ring buffers, size a power of two above the longest lead
};

template <bool Seasonal>
double etsCriterion(const EtsData& d, const EtsParams& p, const std::array<int, 2>& leads, EtsWork& w)
{
    // Two lead times; accumulators in locals (not through the vectors) so that they stay in
    // registers: this loop is where the fitting time goes.
    const int k0 = leads[0], k1 = leads[1];
    const int mask = int(w.levels.size()) - 1;
    const double phi0 = p.phi * (1.0 - std::pow(p.phi, k0)) / (1.0 - p.phi);
    const double phi1 = p.phi * (1.0 - std::pow(p.phi, k1)) / (1.0 - p.phi);
    double* const lv = w.levels.data();
    double* const tr = w.trends.data();
    double* const seas = w.seasonal.data();
    const double* const z = d.z;
    const char* const observed = d.observed;
    if constexpr (Seasonal) std::copy(d.s0.begin(), d.s0.end(), seas);
    double l = d.l0, b = d.b0, sum0 = 0, sum1 = 0;
    int n0 = 0, n1 = 0, i = 0;
    for (int t = 0; t < d.n; ++t) {
        const double s = Seasonal ? seas[i] : 0.0;
        const bool obs = !observed || observed[t];
        if (obs && t >= k0) {
            const int slot = (t - k0) & mask;
            const double e = z[t] - (lv[slot] + phi0 * tr[slot] + s);
            sum0 += e * e;
            ++n0;
        }
        if (obs && t >= k1) {
            const int slot = (t - k1) & mask;
            const double e = z[t] - (lv[slot] + phi1 * tr[slot] + s);
            sum1 += e * e;
            ++n1;
        }
        const double e = etsStep(l, b, z[t] - s, obs, p);
        if constexpr (Seasonal) {
            seas[i] = s + p.gamma * e;
            if (++i == d.m) i = 0;
        }
        lv[t & mask] = l;
        tr[t & mask] = b;
    }
    const double c = (n0 ? sum0 / n0 : 0.0) + (n1 ? sum1 / n1 : 0.0);
    return std::isfinite(c) ? c : std::numeric_limits<double>::infinity();
}

// Lead times of the criterion. A seasonal model fitted on one-step errors alone follows the last
// hours (hourly data: alpha near 1, the trend chasing the daily cycle) and forecasts a week ahead
// badly (Seoul 자치구, 336 h, 4 origins: MAPE 3.0 % against 1.9 % with these leads; seasonal naive
// 2.3 %). So the seasonal model is fitted on its errors at lead times K/2 and K, K = min(horizon,
// m): the horizons it is used for (K/4, K/2, 3K/4, K gave the same accuracy at twice the cost).
// One step ahead, and without a season, the criterion is the one-step sum of squares.
std::array<int, 2> criterionLeads(int season, int horizon)
{
    if (season <= 0 || horizon <= 1) return {1, 1};
    const int k = std::min(horizon, season);
    return {std::max(1, (k + 1) / 2), k};
}

// Initial states from the first seasons: a least-squares line through the first (up to four) full
// seasons gives level and trend, the mean detrended value of each phase the seasonal states
// (centred to sum zero). Without a season, the line through the first (up to ten) values.
void etsInitialStates(EtsData* d)
{
    double a = 0, b = 0;
    if (d->m > 0) {
        const int k = std::min(d->n / d->m, 4);
        const int len = k * d->m;
        olsLine(d->z, len, &a, &b);
        d->s0.assign(d->m, 0.0);
        for (int t = 0; t < len; ++t) d->s0[t % d->m] += (d->z[t] - (a + b * t)) / k;
        double mean = 0;
        for (double s : d->s0) mean += s;
        mean /= d->m;
        for (double& s : d->s0) s -= mean;
    } else {
        olsLine(d->z, std::min(d->n, 10), &a, &b);
    }
    // States at t = -1, so that the first forecast is near a + (phi - 1) b.
    d->l0 = a - b;
    d->b0 = b;
}

// Robust sd of the in-sample k-step errors, k = 1 .. K (K <= m), of a seasonal model: from every
// origin in the last eight seasons (after the first season), the k-step forecast
// l + (phi + ... + phi^k) b + s(phase of t+k) against the actual value. Computed at every g-th lead
// (g = K / 42 rounded down, at least 1) and at K, linearly interpolated between. In data units.
std::vector<double> etsLeadSd(const EtsData& d, const EtsParams& p, int K, double scale)
{
    const int g = std::max(1, K / 42);
    std::vector<int> leads;
    for (int k = 1; k < K; k += g) leads.push_back(k);
    leads.push_back(K);
    std::vector<std::vector<double>> errs(leads.size());
    std::vector<double> phiSum(K + 1, 0.0), work(d.s0);
    double pw = 1;
    for (int k = 1; k <= K; ++k) {
        pw *= p.phi;
        phiSum[k] = phiSum[k - 1] + pw;
    }
    const int firstOrigin = std::max(d.m - 1, d.n - 8 * d.m - K);
    double l = d.l0, b = d.b0;
    int i = 0;
    for (int t = 0; t < d.n; ++t) {
        const double e = etsStep(l, b, d.z[t] - work[i], !d.observed || d.observed[t], p);
        work[i] += p.gamma * e;
        if (++i == d.m) i = 0;
        if (t < firstOrigin) continue;
        for (std::size_t j = 0; j < leads.size(); ++j) {
            const int k = leads[j];
            if (t + k >= d.n) break;
            if (d.observed && !d.observed[t + k]) continue;
            errs[j].push_back((d.z[t + k] - (l + phiSum[k] * b + work[(t + k) % d.m])) * scale);
        }
    }
    std::vector<double> at(leads.size());
    for (std::size_t j = 0; j < leads.size(); ++j) at[j] = robustSd(errs[j]);
    std::vector<double> sd(K);
    for (std::size_t j = 0; j < leads.size(); ++j) {
        sd[leads[j] - 1] = at[j];
        if (j + 1 < leads.size())
            for (int k = leads[j] + 1; k < leads[j + 1]; ++k)
                sd[k - 1] = at[j] + (at[j + 1] - at[j]) * double(k - leads[j]) / double(leads[j + 1] - leads[j]);
    }
    return sd;
}

// Nelder-Mead on an unconstrained vector (standard coefficients 1, 2, 0.5, 0.5).
template <typename F>
std::array<double, 4> nelderMead(F&& f, std::array<double, 4> start, int dim, int maxEvals, double* best)
{
    std::array<std::array<double, 4>, 5> x{};
    std::array<double, 5> fx{};
    int evals = 0;
    for (int i = 0; i <= dim; ++i) {
        x[i] = start;
        if (i > 0) x[i][i - 1] += 1.0;
        fx[i] = f(x[i]);
        ++evals;
    }
    std::array<int, 5> order{};
    while (evals < maxEvals) {
        for (int i = 0; i <= dim; ++i) order[i] = i;
        std::sort(order.begin(), order.begin() + dim + 1, [&](int a, int b) { return fx[a] < fx[b]; });
        const int lo = order[0], hi = order[dim], nh = order[dim - 1];
        if (std::abs(fx[hi] - fx[lo]) <= 1e-6 * std::abs(fx[lo]) + 1e-300) break;
        std::array<double, 4> c{};
        for (int i = 0; i <= dim; ++i) {
            if (i == hi) continue;
            for (int j = 0; j < dim; ++j) c[j] += x[i][j] / dim;
        }
        auto along = [&](double t) {
            std::array<double, 4> p = c;
            for (int j = 0; j < dim; ++j) p[j] = c[j] + t * (x[hi][j] - c[j]);
            return p;
        };
        const auto xr = along(-1.0);
        const double fr = f(xr);
        ++evals;
        if (fr < fx[lo]) {
            const auto xe = along(-2.0);
            const double fe = f(xe);
            ++evals;
            if (fe < fr) {
                x[hi] = xe;
                fx[hi] = fe;
            } else {
                x[hi] = xr;
                fx[hi] = fr;
            }
        } else if (fr < fx[nh]) {
            x[hi] = xr;
            fx[hi] = fr;
        } else {
            const bool outside = fr < fx[hi];
            const auto xc = along(outside ? -0.5 : 0.5);
            const double fc = f(xc);
            ++evals;
            if (fc < (outside ? fr : fx[hi])) {
                x[hi] = xc;
                fx[hi] = fc;
            } else {
                for (int i = 0; i <= dim; ++i) {
                    if (i == lo) continue;
                    for (int j = 0; j < dim; ++j) x[i][j] = x[lo][j] + 0.5 * (x[i][j] - x[lo][j]);
                    fx[i] = f(x[i]);
                    ++evals;
                }
            }
        }
    }
    int b = 0;
    for (int i = 1; i <= dim; ++i)
        if (fx[i] < fx[b]) b = i;
    *best = fx[b];
    return x[b];
}

}  // namespace

// ---------------------------------------------------------------------------------------------

int presentCount(const QVector<double>& values, int n)
{
    int c = 0;
    for (int t = 0; t < n && t < values.size(); ++t)
        if (hasValue(values[t])) ++c;
    return c;
}

std::vector<double> filledPrefix(const QVector<double>& values, int n, int* present, std::vector<char>* observed)
{
    n = std::min<int>(n, values.size());
    std::vector<double> y(std::max(n, 0));
    if (observed) observed->assign(std::max(n, 0), 0);
    int count = 0, prev = -1;
    for (int t = 0; t < n; ++t) {
        if (!hasValue(values[t])) continue;
        if (observed) (*observed)[t] = 1;
        ++count;
        y[t] = values[t];
        if (prev < 0) {
            for (int j = 0; j < t; ++j) y[j] = values[t];   // leading gap: the first value
        } else {
            for (int j = prev + 1; j < t; ++j)
                y[j] = values[prev] + (values[t] - values[prev]) * double(j - prev) / double(t - prev);
        }
        prev = t;
    }
    if (present) *present = count;
    if (count == 0) return {};
    for (int j = prev + 1; j < n; ++j) y[j] = values[prev];   // trailing gap: the last value
    return y;
}

bool fitEts(const std::vector<double>& y, int season, int horizon, EtsModel* out, const std::vector<char>* observed,
            bool withLeadSd)
{
    const int n = int(y.size());
    if (n < 4) return false;
    double scale = 0;
    for (double v : y) scale += std::abs(v);
    scale = scale > 0 ? scale / n : 1.0;
    std::vector<double> z(n);
    for (int t = 0; t < n; ++t) z[t] = y[t] / scale;

    EtsData d;
    d.z = z.data();
    d.n = n;
    int nObserved = n;
    if (observed && int(observed->size()) == n) {
        d.observed = observed->data();
        nObserved = int(std::count(observed->begin(), observed->end(), char(1)));
    }
    d.m = season > 1 && n >= 2 * season ? season : 0;
    etsInitialStates(&d);
    const bool seasonal = d.m > 0;
    const int dim = seasonal ? 4 : 3;
    std::vector<double> work(std::max(d.m, 1));
    const std::array<int, 2> leads = criterionLeads(d.m, horizon);
    EtsWork w;
    w.seasonal.assign(std::max(d.m, 1), 0.0);
    int ring = 1;
    while (ring <= leads[1]) ring *= 2;
    w.levels.assign(ring, 0.0);
    w.trends.assign(ring, 0.0);
    const bool oneStep = leads[1] == 1;

    // A coarse start over alpha (and gamma), then Nelder-Mead from the best start.
    auto objective = [&](const std::array<double, 4>& u) {
        const EtsParams p = fromU(u.data(), seasonal);
        if (oneStep)
            return seasonal ? etsRun<true>(d, p, work, nullptr, nullptr) : etsRun<false>(d, p, work, nullptr, nullptr);
        return seasonal ? etsCriterion<true>(d, p, leads, w) : etsCriterion<false>(d, p, leads, w);
    };
    std::array<double, 4> start{};
    double bestStart = std::numeric_limits<double>::infinity();
    for (double alpha : {0.1, 0.5, 0.9}) {
        for (double gShare : {0.02, 0.3}) {
            if (!seasonal && gShare > 0.1) continue;
            EtsParams p;
            p.alpha = alpha;
            p.beta = 0.05 * alpha;
            p.phi = 0.9;
            p.gamma = gShare * (1 - alpha);
            const auto u = toU(p);
            const double f = objective(u);
            if (f < bestStart) {
                bestStart = f;
                start = u;
            }
        }
    }
    double best = 0;
    const auto u = nelderMead(objective, start, dim, seasonal ? 320 : 240, &best);
    const EtsParams p = fromU(u.data(), seasonal);

    double level = 0, trend = 0;
    const double sse = seasonal ? etsRun<true>(d, p, work, &level, &trend) : etsRun<false>(d, p, work, &level, &trend);
    out->alpha = p.alpha;
    out->beta = p.beta;
    out->phi = p.phi;
    out->gamma = p.gamma;
    out->season = d.m;
    out->sigma2 = sse / std::max(1, nObserved) * scale * scale;
    out->level = level * scale;
    out->trend = trend * scale;
    out->seasonal.clear();
    if (seasonal)
        for (double s : work) out->seasonal.push_back(s * scale);
    out->length = n;
    out->leadSd.clear();
    if (seasonal && withLeadSd) out->leadSd = etsLeadSd(d, p, std::min(horizon, d.m), scale);
    return true;
}

bool fitStatistical(ForecastMethod m, const std::vector<double>& y, int season, int horizon, StatFit* out,
                    const std::vector<char>* observed, bool withSd)
{
    const int n = int(y.size());
    if (n < 1 || horizon < 1) return false;
    out->point.assign(horizon, 0.0);
    out->sd.assign(horizon, kNaN);
    if (m == ForecastMethod::SeasonalNaive && (season <= 1 || n < season)) {
        if (season > 1) return false;   // a seasonal series shorter than one season
        m = ForecastMethod::Naive;      // no season: the naive forecast
    }
    switch (m) {
    case ForecastMethod::Naive: {
        // Random walk: the h-step error is the sum of h one-step errors, sd * sqrt(h).
        const double sd = withSd ? lagResidualSd(y, 1, observed) : kNaN;
        for (int h = 1; h <= horizon; ++h) {
            out->point[h - 1] = y[n - 1];
            out->sd[h - 1] = sd * std::sqrt(double(h));
        }
        return true;
    }
    case ForecastMethod::SeasonalNaive: {
        // Seasonal random walk: step h uses the value floor((h-1)/m)+1 seasons back, so the error is
        // the sum of that many one-season errors: sd * sqrt(floor((h-1)/m) + 1).
        const double sd = withSd ? lagResidualSd(y, season, observed) : kNaN;
        for (int h = 1; h <= horizon; ++h) {
            out->point[h - 1] = y[n - season + (h - 1) % season];
            out->sd[h - 1] = sd * std::sqrt(double((h - 1) / season + 1));
        }
        return true;
    }
    case ForecastMethod::LinearTrend: {
        if (n < 2) return false;
        double a = 0, b = 0;
        olsLine(y.data(), n, &a, &b);
        // Classical prediction interval of a regression line: s^2 (1 + 1/n + (x0 - xbar)^2 / Sxx),
        // s^2 = SSE / (n - 2); unknown with two values.
        double sse = 0, sxx = 0;
        const double tm = (n - 1) / 2.0;
        for (int t = 0; t < n; ++t) {
            const double e = y[t] - (a + b * t);
            sse += e * e;
            sxx += (t - tm) * (t - tm);
        }
        const double s2 = n > 2 ? sse / (n - 2) : kNaN;
        for (int h = 1; h <= horizon; ++h) {
            const double x0 = n - 1 + h;
            out->point[h - 1] = a + b * x0;
            out->sd[h - 1] = std::sqrt(s2 * (1.0 + 1.0 / n + (x0 - tm) * (x0 - tm) / sxx));
        }
        return true;
    }
    case ForecastMethod::DampedTrend: {
        EtsModel e;
        if (!fitEts(y, season, horizon, &e, observed, withSd)) return false;
        // Forecast: l + (phi + ... + phi^h) b + s of the same phase.
        // sd: the model's variance (Hyndman et al. 2008, class 1) is sigma^2 V_h with
        // V_h = 1 + sum_{j=1}^{h-1} c_j^2, c_j = alpha + beta (phi + ... + phi^j) + gamma [m divides j].
        // A seasonal model fitted for lead times up to a season is not the process that made the data
        // (its one-step residuals are autocorrelated hour to hour), so there sd_h is the robust sd of
        // its in-sample h-step errors for h <= K = min(horizon, m) (EtsModel::leadSd), carried
        // beyond a season with the model's growth: sd_h = sd_r sqrt(V_h / V_r), r = (h-1) mod m + 1.
        // Without a season (or too few in-sample errors): sqrt(sigma^2 V_h).
        std::vector<double> v(horizon + 1, 1.0);   // v[h] = V_h
        double phiSum = 0, phiPow = 1;
        for (int h = 1; h <= horizon; ++h) {
            phiPow *= e.phi;
            phiSum += phiPow;
            double f = e.level + phiSum * e.trend;
            if (e.season > 0) f += e.seasonal[(e.length + h - 1) % e.season];
            out->point[h - 1] = f;
            const double c = e.alpha + e.beta * phiSum + (e.season > 0 && h % e.season == 0 ? e.gamma : 0.0);
            if (h < horizon) v[h + 1] = v[h] + c * c;
        }
        if (!withSd) return true;
        for (int h = 1; h <= horizon; ++h) {
            const int r = e.season > 0 ? (h - 1) % e.season + 1 : h;
            const double lead = r <= int(e.leadSd.size()) ? e.leadSd[r - 1] : kNaN;
            out->sd[h - 1] = std::isfinite(lead) ? lead * std::sqrt(v[h] / v[r]) : std::sqrt(e.sigma2 * v[h]);
        }
        return true;
    }
    case ForecastMethod::Boosted:
    case ForecastMethod::Auto:
        break;
    }
    return false;
}

}  // namespace dosi::models::detail
