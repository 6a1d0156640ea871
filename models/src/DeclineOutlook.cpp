// Decline outlook: Monte Carlo over the forecast's predictive distribution, testing the population
// criterion of the diagnosis on every simulated path.
#include "dosi/models/DeclineOutlook.h"

#include "DeclineCore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace dosi::models {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;

// Standard normal draws by Box–Muller from uniforms built from the raw 64-bit output of
// std::mt19937_64, whose sequence the C++ standard fixes: the same seed gives the same draws with
// every standard library (std::normal_distribution does not promise that).
class NormalSource {
public:
    explicit NormalSource(quint64 seed) : m_gen(seed) {}

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = uniformOpen();
        const double u2 = uniformOpen();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double th = 2.0 * kPi * u2;
        m_spare = r * std::sin(th);
        m_hasSpare = true;
        return r * std::cos(th);
    }

private:
    // Uniform in the open interval (0, 1): 53 random bits, shifted by half a step.
    double uniformOpen() { return (double(m_gen() >> 11) + 0.5) * std::ldexp(1.0, -53); }

    std::mt19937_64 m_gen;
    double m_spare = 0;
    bool m_hasSpare = false;
};

bool isYearKey(const QString& key, int* year)
{
    if (key.size() != 4) return false;
    bool ok = false;
    const int y = key.toInt(&ok);
    if (!ok || y <= 0) return false;
    *year = y;
    return true;
}

UnitOutlook noOutlook(const QString& unit, const QString& note)
{
    UnitOutlook out;
    out.unit = unit;
    out.probability = kNaN;
    out.note = note;
    return out;
}

}  // namespace

double inverseNormalCdf(double p)
{
    if (!(p > 0 && p < 1)) {
        if (p == 0) return -std::numeric_limits<double>::infinity();
        if (p == 1) return std::numeric_limits<double>::infinity();
        return kNaN;
    }
    // P. J. Acklam's rational approximation (relative error < 1.15e-9) and one Halley step on erfc.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double plow = 0.02425;
    double x;
    if (p < plow) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - plow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * kPi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

UnitOutlook populationOutlook(const YearSeries& history, const UnitForecast& forecast, const DeclineThresholds& t,
                              const OutlookOptions& opt)
{
    const QString unit = forecast.unit;
    if (forecast.points.isEmpty()) {
        return noOutlook(unit, forecast.note.isEmpty()
                                   ? QCoreApplication::translate("dosi::models::DeclineOutlook", "No forecast for this unit.")
                                   : forecast.note);
    }

    // The forecast path and the spread of its error at each step.
    const double level = (opt.level > 0 && opt.level < 1) ? opt.level : 0.8;
    const double z = inverseNormalCdf(0.5 + level / 2);
    const int h = int(forecast.points.size());
    QVector<int> years(h);
    QVector<double> mean(h), sd(h);
    for (int i = 0; i < h; ++i) {
        const ForecastPoint& fp = forecast.points[i];
        if (!isYearKey(fp.time, &years[i]) || (i > 0 && years[i] != years[i - 1] + 1)) {
            return noOutlook(unit, QCoreApplication::translate("dosi::models::DeclineOutlook",
                                                               "The forecast is not yearly (time \"%1\"): the decline "
                                                               "criterion is tested on years.")
                                       .arg(fp.time));
        }
        if (std::isnan(fp.value) || std::isnan(fp.lo) || std::isnan(fp.hi)) {
            return noOutlook(unit, QCoreApplication::translate("dosi::models::DeclineOutlook",
                                                               "The forecast for %1 has no value or no interval.")
                                       .arg(fp.time));
        }
        mean[i] = fp.value;
        // The spread never shrinks along the horizon (a random walk only accumulates).
        sd[i] = std::max(i > 0 ? sd[i - 1] : 0.0, std::max(0.0, (fp.hi - fp.lo) / (2 * z)));
    }

    detail::TrendParams p;
    p.peakDrop = t.popPeakDrop;
    p.peakYears = t.popPeakYears;
    p.consecutiveYears = t.consecutiveYears;
    p.recentYears = t.recentYears;
    p.requireFullPeakWindow = t.requireFullPeakWindow;

    UnitOutlook out;
    out.unit = unit;
    const CriterionResult now = assessPopulation(history, t);
    if (now.status == CriterionStatus::Met) {
        out.probability = 1;
        out.metNow = true;
        out.note = QCoreApplication::translate("dosi::models::DeclineOutlook",
                                               "The population criterion is met on the observed years already: %1")
                       .arg(now.reason);
        return out;
    }

    // History followed by the forecast years, laid out densely; forecast years replace any overlap.
    detail::DenseYears d = detail::denseYears(history, years[0] - 1);
    bool counts = true;   // the history holds whole numbers: simulated values are rounded to whole people
    for (double v : d.v)
        if (!std::isnan(v) && std::abs(v - std::round(v)) > 1e-9) counts = false;
    if (d.v.isEmpty()) d.first = years[0];
    const int firstIdx = years[0] - d.first;
    const int oldSize = int(d.v.size());
    d.v.resize(firstIdx + h);
    for (int i = oldSize; i < d.v.size(); ++i) d.v[i] = kNaN;   // resize() fills with 0, not "missing"

    const int paths = std::max(1, opt.paths);
    QVector<int> firstMet(h, 0);
    NormalSource normal(opt.seed);
    for (int path = 0; path < paths; ++path) {
        double err = 0, prevVar = 0;
        for (int i = 0; i < h; ++i) {
            const double var = sd[i] * sd[i];
            err += std::sqrt(std::max(0.0, var - prevVar)) * normal.next();
            prevVar = var;
            double v = std::max(0.0, mean[i] + err);
            if (counts) v = std::round(v);
            d.v[firstIdx + i] = v;
            if (detail::trendMet(d, years[i], p)) {
                ++firstMet[i];
                break;
            }
        }
    }

    int cumulative = 0;
    for (int i = 0; i < h; ++i) {
        cumulative += firstMet[i];
        if (out.firstLikelyYear == 0 && 2 * cumulative > paths) out.firstLikelyYear = years[i];
    }
    out.probability = double(cumulative) / paths;
    out.note = QCoreApplication::translate("dosi::models::DeclineOutlook",
                                           "The population criterion is met in %1 of %2 simulated paths by %3.")
                   .arg(cumulative)
                   .arg(paths)
                   .arg(years.last());
    return out;
}

QStringList outlookAssumptions(const OutlookOptions& opt)
{
    const double level = (opt.level > 0 && opt.level < 1) ? opt.level : 0.8;
    const double z = inverseNormalCdf(0.5 + level / 2);
    return {
        QCoreApplication::translate("dosi::models::DeclineOutlook",
                                    "The future population follows the forecast's point path plus a normal error whose "
                                    "spread matches the forecast's %1 % prediction interval (sd = (hi − lo) / (2 × %2)).")
            .arg(QString::number(level * 100, 'g', 4), QString::number(z, 'f', 4)),
        QCoreApplication::translate("dosi::models::DeclineOutlook",
                                    "Errors accumulate as a random walk: each year adds an independent normal increment, "
                                    "so every simulated path is a coherent trajectory."),
        QCoreApplication::translate("dosi::models::DeclineOutlook",
                                    "The population criterion is tested on the observed years followed by each simulated "
                                    "year, with the thresholds of the diagnosis; simulated populations are never below "
                                    "zero and are whole numbers when the observed ones are."),
        QCoreApplication::translate("dosi::models::DeclineOutlook",
                                    "%1 simulated paths with random seed %2: the same inputs give the same probabilities.")
            .arg(std::max(1, opt.paths))
            .arg(opt.seed),
        QCoreApplication::translate("dosi::models::DeclineOutlook",
                                    "The probability is the share of paths meeting the criterion in at least one forecast "
                                    "year; a unit that meets it on the observed years already has probability 1."),
    };
}

}  // namespace dosi::models
