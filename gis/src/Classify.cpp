#include "dosi/gis/Classify.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::gis {

namespace {

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct ClassifyTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::Classify)
};

// Removes breaks equal to (or below) the previous one, so empty duplicate classes vanish.
QVector<double> strictlyIncreasing(const QVector<double>& breaks)
{
    QVector<double> out;
    for (double b : breaks)
        if (out.isEmpty() || b > out.last()) out.append(b);
    return out;
}

double typeSevenQuantile(const QVector<double>& sorted, double p)
{
    const double h = (sorted.size() - 1) * p;
    const int lo = int(std::floor(h));
    const int hi = std::min(int(sorted.size()) - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

}  // namespace

Result<ClassSpec> parseClassSpec(const QString& text)
{
    const QString t = text.trimmed().toLower();
    const int colon = t.indexOf(QLatin1Char(':'));
    const QString method = colon < 0 ? t : t.left(colon).trimmed();
    const QString arg = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    ClassSpec spec;
    auto parseCount = [&](int fallback) -> Result<int> {
        if (arg.isEmpty()) return fallback;
        bool ok = false;
        const int k = arg.toInt(&ok);
        if (!ok || k < 2 || k > 9)
            return makeError(ClassifyTr::tr("Invalid classification \"%1\": the number of classes must be 2 to 9.").arg(text));
        return k;
    };
    if (method == QLatin1String("quantile") || method == QLatin1String("equal") || method == QLatin1String("equal-interval")
        || method == QLatin1String("equalinterval") || method == QLatin1String("jenks") || method == QLatin1String("natural")) {
        auto k = parseCount(5);
        if (!k) return k.error();
        spec.count = k.value();
        spec.method = method == QLatin1String("quantile") ? ClassMethod::Quantile
                      : method.startsWith(QLatin1String("equal")) ? ClassMethod::EqualInterval
                                                                  : ClassMethod::Jenks;
        return spec;
    }
    if (method == QLatin1String("stddev") || method == QLatin1String("sd")) {
        spec.method = ClassMethod::StdDev;
        if (!arg.isEmpty()) {
            bool ok = false;
            spec.stddevStep = arg.toDouble(&ok);
            if (!ok || !(spec.stddevStep > 0) || spec.stddevStep > 3)
                return makeError(ClassifyTr::tr("Invalid classification \"%1\": the step must be a number of standard deviations between 0 and 3.").arg(text));
        }
        return spec;
    }
    if (method == QLatin1String("manual")) {
        spec.method = ClassMethod::Manual;
        const QStringList parts = arg.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& p : parts) {
            bool ok = false;
            const double v = p.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return makeError(ClassifyTr::tr("Invalid classification \"%1\": \"%2\" is not a number.").arg(text, p.trimmed()));
            spec.manualBreaks.append(v);
        }
        if (spec.manualBreaks.isEmpty() || spec.manualBreaks.size() > 8)
            return makeError(ClassifyTr::tr("Invalid classification \"%1\": give 1 to 8 break values, e.g. manual:10,20,30.").arg(text));
        if (!std::is_sorted(spec.manualBreaks.begin(), spec.manualBreaks.end())
            || std::adjacent_find(spec.manualBreaks.begin(), spec.manualBreaks.end()) != spec.manualBreaks.end())
            return makeError(ClassifyTr::tr("Invalid classification \"%1\": the break values must increase.").arg(text));
        spec.count = int(spec.manualBreaks.size()) + 1;
        return spec;
    }
    return makeError(ClassifyTr::tr("Unknown classification \"%1\": use quantile:N, equal:N, jenks:N, stddev:S or manual:A,B,...").arg(text));
}

QVector<double> classifiableValues(const QVector<double>& values)
{
    QVector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) out.append(v);
    std::sort(out.begin(), out.end());
    return out;
}

QVector<double> quantileBreaks(const QVector<double>& values, int classes)
{
    const QVector<double> x = classifiableValues(values);
    if (x.isEmpty() || classes < 1) return {};
    QVector<double> out;
    for (int i = 1; i < classes; ++i) out.append(typeSevenQuantile(x, double(i) / classes));
    out.append(x.last());
    return strictlyIncreasing(out);
}

QVector<double> equalIntervalBreaks(const QVector<double>& values, int classes)
{
    const QVector<double> x = classifiableValues(values);
    if (x.isEmpty() || classes < 1) return {};
    const double lo = x.first(), hi = x.last();
    QVector<double> out;
    for (int i = 1; i < classes; ++i) out.append(lo + (hi - lo) * i / classes);
    out.append(hi);
    return strictlyIncreasing(out);
}

QVector<double> jenksBreaks(const QVector<double>& values, int classes)
{
    QVector<double> x = classifiableValues(values);
    if (x.isEmpty() || classes < 1) return {};
    if (x.size() > kJenksMaxValues) {
        QVector<double> sample;
        sample.reserve(kJenksMaxValues);
        const double step = double(x.size() - 1) / double(kJenksMaxValues - 1);
        for (int i = 0; i < kJenksMaxValues; ++i) sample.append(x[int(std::llround(i * step))]);
        x = std::move(sample);
    }
    // Distinct values with multiplicities: an optimal partition by value never splits ties.
    QVector<double> v;
    QVector<double> w;
    for (double d : x) {
        if (!v.isEmpty() && v.last() == d) {
            w.last() += 1;
        } else {
            v.append(d);
            w.append(1);
        }
    }
    const int m = int(v.size());
    if (m <= classes) return v;
    // Prefix sums (shifted by the first value for numerical stability).
    const double shift = v.first();
    QVector<double> sw(m + 1, 0.0), s1(m + 1, 0.0), s2(m + 1, 0.0);
    for (int i = 0; i < m; ++i) {
        const double d = v[i] - shift;
        sw[i + 1] = sw[i] + w[i];
        s1[i + 1] = s1[i] + w[i] * d;
        s2[i + 1] = s2[i] + w[i] * d * d;
    }
    auto ssd = [&](int a, int b) {  // values a..b inclusive
        const double n = sw[b + 1] - sw[a];
        const double s = s1[b + 1] - s1[a];
        return std::max(0.0, (s2[b + 1] - s2[a]) - s * s / n);
    };
    const double inf = std::numeric_limits<double>::infinity();
    // cost[c][j]: best cost of splitting values 0..j into c+1 classes; start[c][j]: first index of the last class.
    QVector<QVector<double>> cost(classes, QVector<double>(m, inf));
    QVector<QVector<int>> start(classes, QVector<int>(m, 0));
    for (int j = 0; j < m; ++j) cost[0][j] = ssd(0, j);
    for (int c = 1; c < classes; ++c) {
        for (int j = c; j < m; ++j) {
            double best = inf;
            int bestI = c;
            for (int i = c; i <= j; ++i) {
                const double t = cost[c - 1][i - 1] + ssd(i, j);
                if (t < best) {
                    best = t;
                    bestI = i;
                }
            }
            cost[c][j] = best;
            start[c][j] = bestI;
        }
    }
    QVector<double> out(classes);
    int j = m - 1;
    for (int c = classes - 1; c >= 0; --c) {
        out[c] = v[j];
        if (c > 0) j = start[c][j] - 1;
    }
    return out;
}

QVector<double> stdDevBreaks(const QVector<double>& values, double step)
{
    const QVector<double> x = classifiableValues(values);
    if (x.isEmpty() || !(step > 0)) return {};
    double mean = 0;
    for (double d : x) mean += d;
    mean /= x.size();
    double var = 0;
    for (double d : x) var += (d - mean) * (d - mean);
    const double sd = std::sqrt(var / x.size());
    const double lo = x.first(), hi = x.last();
    if (!(sd > 0)) return {hi};
    // Interior breaks at mean + j*step*sd strictly inside (min, max), at most 8, nearest the mean.
    QVector<double> interior;
    for (int j = -50; j <= 50; ++j) {
        const double b = mean + j * step * sd;
        if (b > lo && b < hi) interior.append(b);
    }
    while (interior.size() > 8) {
        if (std::abs(interior.first() - mean) >= std::abs(interior.last() - mean)) interior.removeFirst();
        else interior.removeLast();
    }
    interior.append(hi);
    return strictlyIncreasing(interior);
}

QVector<double> manualBreaks(const QVector<double>& values, const QVector<double>& interior)
{
    QVector<double> out = interior;
    std::sort(out.begin(), out.end());
    const QVector<double> x = classifiableValues(values);
    if (!x.isEmpty() && (out.isEmpty() || x.last() > out.last())) out.append(x.last());
    return strictlyIncreasing(out);
}

QVector<double> classBreaks(const QVector<double>& values, const ClassSpec& spec)
{
    switch (spec.method) {
    case ClassMethod::Quantile: return quantileBreaks(values, spec.count);
    case ClassMethod::EqualInterval: return equalIntervalBreaks(values, spec.count);
    case ClassMethod::Jenks: return jenksBreaks(values, spec.count);
    case ClassMethod::StdDev: return stdDevBreaks(values, spec.stddevStep);
    case ClassMethod::Manual: return manualBreaks(values, spec.manualBreaks);
    }
    return {};
}

int classIndex(double v, const QVector<double>& breaks)
{
    if (std::isnan(v) || breaks.isEmpty()) return -1;
    const auto it = std::lower_bound(breaks.begin(), breaks.end(), v);  // first break >= v
    if (it == breaks.end()) return int(breaks.size()) - 1;
    return int(it - breaks.begin());
}

double withinClassSquaredDeviation(const QVector<double>& values, const QVector<double>& breaks)
{
    const QVector<double> x = classifiableValues(values);
    QVector<double> n(breaks.size(), 0), s(breaks.size(), 0), s2(breaks.size(), 0);
    for (double d : x) {
        const int c = classIndex(d, breaks);
        if (c < 0) continue;
        n[c] += 1;
        s[c] += d;
        s2[c] += d * d;
    }
    double total = 0;
    for (int c = 0; c < breaks.size(); ++c)
        if (n[c] > 0) total += s2[c] - s[c] * s[c] / n[c];
    return total;
}

}  // namespace dosi::gis
