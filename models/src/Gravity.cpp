// runGravity: doubly-constrained gravity model, Furness balancing and the beta fit (Hyman's method).
#include "dosi/models/Gravity.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::models {

namespace {

struct Problem {
    int n = 0;
    QVector<double> O, D, dist;   // dist n x n km
    QVector<double> rowMin;       // min distance per row, for scaling the decay
    DistanceDecay decay = DistanceDecay::Exponential;
    double tolerance = 1e-9;
    int maxIterations = 100000;
};

struct Balanced {
    QVector<double> flows;
    int iterations = 0;
    double maxRelError = 0;
    bool converged = false;
};

// Decay scaled per row (a row factor is absorbed by the balancing factor A_i), so that large betas do not
// underflow the whole row.
inline double decayValue(const Problem& p, int i, int j, double beta)
{
    const double d = p.dist[i * p.n + j];
    if (p.decay == DistanceDecay::Exponential) return std::exp(-beta * (d - p.rowMin[i]));
    return std::pow(d / p.rowMin[i], -beta);
}

Balanced balance(const Problem& p, double beta)
{
    const int n = p.n;
    QVector<double> f(n * n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) f[i * n + j] = decayValue(p, i, j, beta);
    QVector<double> a(n, 1.0), b(n, 1.0);
    for (int j = 0; j < n; ++j) b[j] = p.D[j] > 0 ? 1.0 : 0.0;
    Balanced out;
    out.flows.resize(n * n);
    for (int it = 1; it <= p.maxIterations; ++it) {
        // Rows: A_i = 1 / sum_j B_j D_j f_ij.
        for (int i = 0; i < n; ++i) {
            if (p.O[i] <= 0) {
                a[i] = 0;
                continue;
            }
            double s = 0;
            for (int j = 0; j < n; ++j) s += b[j] * p.D[j] * f[i * n + j];
            a[i] = s > 0 ? 1.0 / s : 0.0;
        }
        // Columns: B_j = 1 / sum_i A_i O_i f_ij.
        QVector<double> colSum(n, 0.0);
        for (int i = 0; i < n; ++i) {
            const double w = a[i] * p.O[i];
            if (w == 0) continue;
            for (int j = 0; j < n; ++j) colSum[j] += w * f[i * n + j];
        }
        for (int j = 0; j < n; ++j) b[j] = (p.D[j] > 0 && colSum[j] > 0) ? 1.0 / colSum[j] : 0.0;
        // Flows and the error of the row sums (columns are exact right after the column step).
        double err = 0;
        QVector<double> cols(n, 0.0);
        for (int i = 0; i < n; ++i) {
            double row = 0;
            for (int j = 0; j < n; ++j) {
                const double t = a[i] * p.O[i] * b[j] * p.D[j] * f[i * n + j];
                out.flows[i * n + j] = t;
                row += t;
                cols[j] += t;
            }
            if (p.O[i] > 0) err = std::max(err, std::abs(row - p.O[i]) / p.O[i]);
            else if (row != 0) err = std::numeric_limits<double>::infinity();
        }
        for (int j = 0; j < n; ++j) {
            if (p.D[j] > 0) err = std::max(err, std::abs(cols[j] - p.D[j]) / p.D[j]);
            else if (cols[j] != 0) err = std::numeric_limits<double>::infinity();
        }
        out.iterations = it;
        out.maxRelError = err;
        if (err <= p.tolerance) {
            out.converged = true;
            break;
        }
    }
    return out;
}

}  // namespace

double meanTripLength(const QVector<double>& flows, const QVector<double>& distanceKm)
{
    double sum = 0, w = 0;
    for (int k = 0; k < flows.size() && k < distanceKm.size(); ++k) {
        if (!std::isfinite(flows[k])) continue;
        sum += flows[k] * distanceKm[k];
        w += flows[k];
    }
    return w > 0 ? sum / w : 0.0;
}

Result<GravityResult> runGravity(const QVector<GravityZone>& zones, const GravityOptions& options,
                                 const QVector<ObservedFlow>& observed)
{
    Problem p;
    p.n = int(zones.size());
    p.decay = options.decay;
    p.tolerance = options.tolerance;
    p.maxIterations = options.maxIterations;
    const int n = p.n;
    if (n < 2)
        return makeError(QCoreApplication::translate("dosi::Gravity", "The gravity model needs at least two zones."));
    double totalO = 0, totalD = 0;
    for (const GravityZone& z : zones) {
        if (!std::isfinite(z.production) || !std::isfinite(z.attraction) || z.production < 0 || z.attraction < 0)
            return makeError(QCoreApplication::translate("dosi::Gravity",
                                                         "Zone %1 has a negative or unknown production or attraction.")
                                 .arg(z.code));
        p.O.append(z.production);
        p.D.append(z.attraction);
        totalO += z.production;
        totalD += z.attraction;
    }
    if (totalO <= 0)
        return makeError(QCoreApplication::translate("dosi::Gravity", "The zones have no productions."));
    if (std::abs(totalO - totalD) > 1e-9 * std::max(totalO, totalD))
        return makeError(QCoreApplication::translate("dosi::Gravity",
                                                     "Productions (%1) and attractions (%2) must have the same total.")
                             .arg(totalO, 0, 'f', 3)
                             .arg(totalD, 0, 'f', 3));

    // Distances in km; intrazonal = given, else half the distance to the nearest other centroid.
    p.dist.resize(n * n);
    for (int i = 0; i < n; ++i) {
        double nearest = std::numeric_limits<double>::infinity();
        for (int j = 0; j < n; ++j) {
            const double d = std::hypot(zones[i].x - zones[j].x, zones[i].y - zones[j].y) / 1000.0;
            p.dist[i * n + j] = d;
            if (j != i && d > 0) nearest = std::min(nearest, d);
        }
        double self = zones[i].selfDistanceKm;
        if (!(self > 0)) self = std::isfinite(nearest) ? nearest / 2.0 : 1.0;
        p.dist[i * n + i] = self;
        for (int j = 0; j < n; ++j)
            if (j != i && !(p.dist[i * n + j] > 0)) p.dist[i * n + j] = self;  // coincident centroids
    }
    p.rowMin.resize(n);
    double dmax = 0;
    for (int i = 0; i < n; ++i) {
        p.rowMin[i] = *std::min_element(p.dist.cbegin() + i * n, p.dist.cbegin() + (i + 1) * n);
        for (int j = 0; j < n; ++j) dmax = std::max(dmax, p.dist[i * n + j] - p.rowMin[i]);
    }

    GravityResult res;
    res.decay = options.decay;
    for (const GravityZone& z : zones) res.zones << z.code;
    res.distanceKm = p.dist;

    // The target mean trip length.
    double target = 0;
    if (!observed.isEmpty()) {
        QHash<QString, int> index;
        for (int i = 0; i < n; ++i) index.insert(zones[i].code, i);
        double sum = 0, w = 0;
        for (const ObservedFlow& f : observed) {
            const int i = index.value(f.origin, -1), j = index.value(f.dest, -1);
            if (i < 0 || j < 0 || !hasValue(f.count) || f.count <= 0) continue;
            sum += f.count * p.dist[i * n + j];
            w += f.count;
        }
        if (w <= 0)
            return makeError(QCoreApplication::translate("dosi::Gravity",
                                                         "None of the observed flows joins two of the model's zones "
                                                         "with a known count, so beta cannot be fitted to them."));
        target = sum / w;
        res.betaSource = QStringLiteral("fitted to observed flows");
    } else if (options.fixedBeta < 0) {
        target = options.targetMeanTripKm > 0 ? options.targetMeanTripKm : kDefaultMeanTripKm;
        res.betaSource = options.targetMeanTripKm > 0 ? QStringLiteral("fitted to the given mean trip length")
                                                      : QStringLiteral("fitted to the assumed default mean trip length");
    }
    res.targetMeanTripKm = target;

    auto failBalance = [&](const Balanced& b, double beta) {
        return makeError(QCoreApplication::translate("dosi::Gravity",
                                                     "The gravity model did not balance (beta %1): after %2 iterations "
                                                     "the largest relative error of the row and column sums is %3.")
                             .arg(beta, 0, 'g', 6)
                             .arg(b.iterations)
                             .arg(b.maxRelError, 0, 'g', 3));
    };

    double beta = options.fixedBeta;
    Balanced best;
    if (options.fixedBeta >= 0) {
        best = balance(p, beta);
        if (!best.converged) return failBalance(best, beta);
        res.betaSource = QStringLiteral("fixed");
    } else {
        // c(beta) decreases with beta. Bracket [lo, hi] with c(lo) >= target >= c(hi); secant steps (Hyman),
        // bisection whenever a step leaves the bracket.
        auto mean = [&](double b, Balanced* out) -> bool {
            *out = balance(p, b);
            return out->converged;
        };
        const double betaCap = p.decay == DistanceDecay::Exponential ? 600.0 / std::max(dmax, 1e-9) : 60.0;
        Balanced bLo, bHi;
        double lo = 0, hi = 0;
        if (!mean(0.0, &bLo)) return failBalance(bLo, 0.0);
        const double cMax = meanTripLength(bLo.flows, p.dist);
        if (target >= cMax)
            return makeError(QCoreApplication::translate("dosi::Gravity",
                                                         "A mean trip length of %1 km is too long for these zones: "
                                                         "without any distance decay it is %2 km.")
                                 .arg(target, 0, 'f', 3)
                                 .arg(cMax, 0, 'f', 3));
        double b0 = p.decay == DistanceDecay::Exponential ? 1.0 / target : 1.0;
        Balanced cur;
        if (!mean(b0, &cur)) return failBalance(cur, b0);
        double c0 = meanTripLength(cur.flows, p.dist);
        double cLo = cMax, cHi = 0;
        if (c0 >= target) {
            lo = b0;
            cLo = c0;
            bLo = cur;
            hi = b0;
            do {
                hi = std::min(hi * 2.0, betaCap);
                if (!mean(hi, &bHi)) return failBalance(bHi, hi);
                cHi = meanTripLength(bHi.flows, p.dist);
                if (cHi > target && hi >= betaCap)
                    return makeError(QCoreApplication::translate("dosi::Gravity",
                                                                 "A mean trip length of %1 km is too short for these "
                                                                 "zones: even a steep decay gives %2 km.")
                                         .arg(target, 0, 'f', 3)
                                         .arg(cHi, 0, 'f', 3));
            } while (cHi > target);
        } else {
            hi = b0;
            cHi = c0;
            bHi = cur;
        }
        // Hyman: the second point scales beta by c/target; then secant steps.
        double bPrev = b0, cPrev = c0;
        double bNext = b0 * c0 / target;
        int it = 1;
        best = cur;
        beta = b0;
        double c = c0;
        while (std::abs(c - target) > options.meanTripTolerance * target && it < options.maxFitIterations) {
            if (!(bNext > lo && bNext < hi) || !std::isfinite(bNext)) bNext = 0.5 * (lo + hi);
            Balanced nb;
            if (!mean(bNext, &nb)) return failBalance(nb, bNext);
            const double cn = meanTripLength(nb.flows, p.dist);
            ++it;
            if (cn >= target) {
                lo = bNext;
                cLo = cn;
            } else {
                hi = bNext;
                cHi = cn;
            }
            const double slope = (cn - cPrev) / (bNext - bPrev);
            bPrev = bNext;
            cPrev = cn;
            beta = bNext;
            c = cn;
            best = nb;
            bNext = (slope != 0 && std::isfinite(slope)) ? bNext + (target - cn) / slope : 0.5 * (lo + hi);
        }
        Q_UNUSED(cLo);
        Q_UNUSED(cHi);
        res.fitIterations = it;
        if (std::abs(c - target) > options.meanTripTolerance * target)
            return makeError(QCoreApplication::translate("dosi::Gravity",
                                                         "The distance decay could not be fitted: after %1 steps the "
                                                         "mean trip length is %2 km instead of %3 km.")
                                 .arg(it)
                                 .arg(c, 0, 'f', 4)
                                 .arg(target, 0, 'f', 4));
    }
    res.beta = beta;
    res.flows = best.flows;
    res.balancingIterations = best.iterations;
    res.maxRelativeError = best.maxRelError;
    res.meanTripKm = meanTripLength(res.flows, p.dist);
    res.total = 0;
    for (double t : res.flows) res.total += t;
    return res;
}

}  // namespace dosi::models
