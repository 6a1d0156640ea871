// Location models: names, validation, evaluation, the solve entry point, the coverage curve and
// exhaustive enumeration. The solvers themselves are in LocationSolve.cpp and LocationCenter.cpp.

#include "LocationDetail.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dosi::models {

using loc::Text;

QString locationModelName(LocationModel m)
{
    switch (m) {
    case LocationModel::Lscp: return QStringLiteral("lscp");
    case LocationModel::Mclp: return QStringLiteral("mclp");
    case LocationModel::PMedian: return QStringLiteral("pmedian");
    case LocationModel::PCenter: return QStringLiteral("pcenter");
    }
    return QStringLiteral("mclp");
}

std::optional<LocationModel> locationModelFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("lscp")) return LocationModel::Lscp;
    if (n == QLatin1String("mclp")) return LocationModel::Mclp;
    if (n == QLatin1String("pmedian")) return LocationModel::PMedian;
    if (n == QLatin1String("pcenter")) return LocationModel::PCenter;
    return std::nullopt;
}

bool isCoverageModel(LocationModel m) { return m == LocationModel::Lscp || m == LocationModel::Mclp; }

namespace {

int availableCandidates(const LocationProblem& problem)
{
    QSet<int> req;
    for (int j : problem.required)
        if (j >= 0 && j < problem.costs.cols) req.insert(j);
    return problem.costs.cols - int(req.size());
}

QString demandName(const LocationProblem& problem, int i)
{
    const QString id = problem.demandIds.value(i);
    return id.isEmpty() ? QString::number(i + 1) : id;
}

}  // namespace

Result<void> validateProblem(const LocationProblem& problem)
{
    const gis::CostMatrix& m = problem.costs;
    const int n = int(problem.demandIds.size());
    if (n == 0) return makeError(Text::tr("There are no demand points."));
    if (problem.weights.size() != n)
        return makeError(Text::tr("There are %1 demand points but %2 weights.").arg(n).arg(problem.weights.size()));
    if (problem.candidateIds.isEmpty()) return makeError(Text::tr("There are no candidate sites."));
    if (m.rows != n || m.cols != problem.candidateIds.size())
        return makeError(Text::tr("The cost matrix is %1 x %2 but there are %3 demand points and %4 candidate sites.")
                             .arg(m.rows).arg(m.cols).arg(n).arg(problem.candidateIds.size()));
    if (m.rowStart.size() != m.rows + 1 || m.col.size() != m.cost.size() || m.rowStart.value(0) != 0
        || m.rowStart.last() != m.col.size())
        return makeError(Text::tr("The cost matrix is malformed (its row index does not match its pairs)."));
    double totalWeight = 0;
    for (int i = 0; i < n; ++i) {
        const double w = problem.weights[i];
        if (!std::isfinite(w) || w < 0)
            return makeError(Text::tr("Demand point %1 has the weight %2; weights must be finite and not negative.")
                                 .arg(demandName(problem, i)).arg(w));
        totalWeight += w;
    }
    if (!(totalWeight > 0))
        return makeError(Text::tr("The demand has no weights: every demand point weighs 0. Choose a weight field "
                                  "with positive values."));
    for (int j : problem.required)
        if (j < 0 || j >= m.cols)
            return makeError(Text::tr("Existing facility %1 is not one of the %2 candidate sites.").arg(j).arg(m.cols));
    if (isCoverageModel(problem.model) && !(problem.radius > 0 && std::isfinite(problem.radius)))
        return makeError(Text::tr("The service radius must be greater than 0 (it is %1).").arg(problem.radius));
    if (problem.model != LocationModel::Lscp) {
        const int avail = availableCandidates(problem);
        if (problem.p < 1)
            return makeError(Text::tr("The number of new facilities p must be at least 1 (it is %1).").arg(problem.p));
        if (problem.p > avail)
            return makeError(Text::tr("p = %1 is larger than the %2 candidate sites that are not already open.")
                                 .arg(problem.p).arg(avail));
    }
    for (int i = 0; i < n; ++i) {
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k) {
            const int j = m.col[k];
            if (j < 0 || j >= m.cols || (k > m.rowStart[i] && m.col[k - 1] >= j))
                return makeError(Text::tr("The cost matrix is malformed (row %1).").arg(demandName(problem, i)));
            const double c = m.cost[k];
            if (!std::isfinite(c) || c < 0)
                return makeError(Text::tr("The cost from candidate %1 to demand point %2 is %3; costs must be finite "
                                          "and not negative.")
                                     .arg(problem.candidateIds.value(j), demandName(problem, i)).arg(c));
        }
        if ((problem.model == LocationModel::PMedian || problem.model == LocationModel::PCenter)
            && problem.weights[i] > 0 && m.rowStart[i + 1] == m.rowStart[i])
            return makeError(Text::tr("Demand point %1 has no cost to any candidate site or existing facility; "
                                      "p-median and p-center need one for every demand point (complete the cost "
                                      "table or raise its distance limit).")
                                 .arg(demandName(problem, i)));
    }
    return {};
}

void evaluateSolution(const LocationProblem& problem, LocationSolution& s)
{
    const gis::CostMatrix& m = problem.costs;
    QVector<int> sel = s.selected;
    for (int j : problem.required) sel.append(j);
    std::sort(sel.begin(), sel.end());
    sel.erase(std::unique(sel.begin(), sel.end()), sel.end());
    sel.erase(std::remove_if(sel.begin(), sel.end(), [&](int j) { return j < 0 || j >= m.cols; }), sel.end());
    s.selected = sel;
    std::vector<char> open(std::max(m.cols, 0), 0), required(std::max(m.cols, 0), 0);
    for (int j : sel) open[j] = 1;
    for (int j : problem.required)
        if (j >= 0 && j < m.cols) required[j] = 1;
    s.newSites.clear();
    for (int j : sel)
        if (!required[j]) s.newSites.append(j);

    const bool coverage = isCoverageModel(problem.model);
    const int n = m.rows;
    s.assignment.fill(-1, n);
    s.demandCost.fill(std::numeric_limits<double>::quiet_NaN(), n);
    s.covered.fill(false, n);
    s.coveredUnits = 0;
    s.totalUnits = n;
    s.uncoverableUnits = 0;
    s.coveredDemand = s.totalDemand = 0;
    double costSum = 0, assignedWeight = 0, maxCost = 0;
    for (int i = 0; i < n; ++i) {
        const double w = problem.weights.value(i);
        s.totalDemand += w;
        double best = loc::kInf, nearestAny = loc::kInf;
        int bestJ = -1;
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k) {
            const double c = m.cost[k];
            nearestAny = std::min(nearestAny, c);
            if (open[m.col[k]] && c < best) { best = c; bestJ = m.col[k]; }
        }
        const bool reachable = coverage ? nearestAny <= problem.radius : nearestAny < loc::kInf;
        if (!reachable) ++s.uncoverableUnits;
        if (bestJ < 0) continue;
        s.assignment[i] = bestJ;
        s.demandCost[i] = best;
        s.covered[i] = coverage ? best <= problem.radius : true;
        if (s.covered[i]) { ++s.coveredUnits; s.coveredDemand += w; }
        costSum += w * best;
        assignedWeight += w;
        if (w > 0) maxCost = std::max(maxCost, best);
    }
    s.meanCost = assignedWeight > 0 ? costSum / assignedWeight : 0;
    s.maxCost = maxCost;
    switch (problem.model) {
    case LocationModel::Mclp: s.objective = s.coveredDemand; break;
    case LocationModel::Lscp: s.objective = s.newSites.size(); break;
    case LocationModel::PMedian: s.objective = costSum; break;
    case LocationModel::PCenter: s.objective = maxCost; break;
    }
}

namespace loc {

Control::Control(const SolveOptions& options) : m_options(options)
{
    m_timer.start();
    m_limit = options.timeLimitSeconds > 0 ? options.timeLimitSeconds : kInf;
}

bool Control::stop()
{
    if (m_cancelled || m_timedOut) return true;
    if (m_options.keepGoing && !m_options.keepGoing()) {
        m_cancelled = true;
        return true;
    }
    if (elapsed() > m_limit) {
        m_timedOut = true;
        return true;
    }
    return false;
}

Control::Range Control::pushRange(int lo, int hi)
{
    const Range old{m_lo, m_hi};
    m_lo = old.lo + (old.hi - old.lo) * lo / 100;
    m_hi = old.lo + (old.hi - old.lo) * hi / 100;
    return old;
}

void Control::progress(int percent, const QString& phase)
{
    if (!m_options.progress) return;
    m_last = std::max(m_last, m_lo + (m_hi - m_lo) * std::clamp(percent, 0, 100) / 100);
    m_options.progress(m_last, phase);
}

double relativeGap(double objective, double bound)
{
    if (!std::isfinite(bound)) return kInf;
    return std::abs(bound - objective) / std::max(std::abs(objective), 1e-9);
}

bool isIntegerValued(double v) { return std::abs(v - std::round(v)) <= 1e-9; }

void finishSolution(const LocationProblem& problem, LocationSolution& s, const QVector<int>& newCandidates,
                    double bound, bool proven)
{
    s.model = problem.model;
    s.p = problem.model == LocationModel::Lscp ? 0 : problem.p;
    s.radius = problem.radius;
    s.selected = newCandidates;
    evaluateSolution(problem, s);
    if (problem.model == LocationModel::Lscp) s.p = s.newSites.size();
    s.bound = proven ? s.objective : bound;
    s.gap = relativeGap(s.objective, s.bound);
    if (!proven && std::isfinite(s.bound)) {
        // A bound on the wrong side of the objective by rounding only.
        const bool maximise = problem.model == LocationModel::Mclp;
        if ((maximise && s.bound < s.objective) || (!maximise && s.bound > s.objective)) s.bound = s.objective;
        s.gap = relativeGap(s.objective, s.bound);
    }
    s.optimal = proven || s.gap <= 1e-9;
    if (s.optimal) s.gap = 0;
}

}  // namespace loc

Result<LocationSolution> solveLocation(const LocationProblem& problem, const SolveOptions& options)
{
    if (auto v = validateProblem(problem); !v) return v.error();
    loc::Control ctl(options);
    Result<LocationSolution> r = makeError(QString());
    switch (problem.model) {
    case LocationModel::Mclp: r = loc::solveMclp(problem, ctl, {}); break;
    case LocationModel::Lscp: r = loc::solveLscp(problem, ctl); break;
    case LocationModel::PMedian: r = loc::solvePMedian(problem, ctl); break;
    case LocationModel::PCenter: r = loc::solvePCenter(problem, ctl); break;
    }
    if (!r) return r;
    r->cancelled = ctl.cancelled();
    if (ctl.cancelled()) r->notes << Text::tr("Cancelled; the best solution found so far is kept.");
    else if (ctl.timedOut() && !r->optimal)
        r->notes << Text::tr("The time limit of %1 s was reached; the best solution found is kept with its gap.")
                        .arg(ctl.timeLimit());
    r->seconds = ctl.elapsed();
    ctl.progress(100, Text::tr("Done"));
    return r;
}

Result<QVector<CoveragePoint>> coverageCurve(const LocationProblem& mclp, int pMax, const SolveOptions& options)
{
    LocationProblem problem = mclp;
    problem.model = LocationModel::Mclp;
    problem.p = 1;
    if (auto v = validateProblem(problem); !v) return v.error();
    pMax = std::min(pMax, availableCandidates(problem));
    if (pMax < 1) return makeError(Text::tr("The largest p of the coverage curve must be at least 1."));
    const loc::CoverInstance ci = loc::buildCoverInstance(problem, problem.radius, false);
    const double total = std::accumulate(problem.weights.begin(), problem.weights.end(), 0.0);
    QVector<CoveragePoint> curve;
    QVector<int> warm;
    for (int p = 1; p <= pMax; ++p) {
        loc::Control ctl(options);
        ctl.setRange(100 * (p - 1) / pMax, 100 * p / pMax);
        ctl.progress(0, Text::tr("Coverage with p = %1").arg(p));
        const loc::MclpOutcome out = loc::solveMclpInstance(ci, p, warm, ctl);
        if (ctl.cancelled()) return makeError(Text::tr("The coverage curve was cancelled."));
        CoveragePoint pt;
        pt.p = p;
        pt.newSites = out.candidates;
        loc::padCoverage(problem, pt.newSites, p);
        std::sort(pt.newSites.begin(), pt.newSites.end());
        QVector<int> cols;
        QHash<int, int> colOf;
        for (int c = 0; c < ci.cols; ++c) colOf.insert(ci.colCand[c], c);
        for (int j : std::as_const(pt.newSites))
            if (colOf.contains(j)) cols.append(colOf.value(j));
        pt.coveredDemand = ci.baseWeight + loc::coverValue(ci, cols);
        pt.coveredShare = total > 0 ? pt.coveredDemand / total : 0;
        pt.bound = out.proven ? pt.coveredDemand : std::max(out.bound, pt.coveredDemand);
        pt.optimal = out.proven || loc::relativeGap(pt.coveredDemand, pt.bound) <= 1e-9;
        curve.append(pt);
        warm = pt.newSites;
        if (pt.coveredDemand >= ci.coverableWeight - 1e-9 * std::max(1.0, total)) break;
    }
    if (options.progress) options.progress(100, Text::tr("Done"));
    return curve;
}

Result<LocationSolution> solveByEnumeration(const LocationProblem& problem)
{
    if (auto v = validateProblem(problem); !v) return v.error();
    const gis::CostMatrix& m = problem.costs;
    std::vector<char> isReq(m.cols, 0);
    for (int j : problem.required) isReq[j] = 1;
    QVector<int> avail;
    for (int j = 0; j < m.cols; ++j)
        if (!isReq[j]) avail.append(j);
    const int a = int(avail.size());
    const auto choose = [](int nn, int kk) {
        double c = 1;
        for (int t = 1; t <= kk; ++t) c = c * (nn - kk + t) / t;
        return c;
    };
    const bool lscp = problem.model == LocationModel::Lscp;
    const int kFirst = lscp ? 0 : problem.p, kLast = lscp ? a : problem.p;
    double subsets = 0;
    for (int k = kFirst; k <= kLast; ++k) subsets += choose(a, k);
    if (subsets > 5e6 && !lscp)
        return makeError(Text::tr("Enumeration would try %1 subsets; it handles at most 5 million.").arg(subsets, 0, 'g', 3));

    // Positive-weight rows that must be covered (LSCP: coverable ones only).
    const int n = m.rows;
    std::vector<char> mustCover(n, 0);
    for (int i = 0; i < n; ++i) {
        if (!(problem.weights[i] > 0)) continue;
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k)
            if (m.cost[k] <= problem.radius) { mustCover[i] = 1; break; }
    }
    std::vector<char> open(m.cols, 0);
    const auto value = [&](bool& feasible) {
        feasible = true;
        double v = 0;
        for (int i = 0; i < n; ++i) {
            const double w = problem.weights[i];
            if (!(w > 0)) continue;
            double best = loc::kInf;
            for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k)
                if (open[m.col[k]]) best = std::min(best, double(m.cost[k]));
            switch (problem.model) {
            case LocationModel::Mclp: if (best <= problem.radius) v += w; break;
            case LocationModel::Lscp: if (mustCover[i] && !(best <= problem.radius)) feasible = false; break;
            case LocationModel::PMedian: if (best == loc::kInf) feasible = false; else v += w * best; break;
            case LocationModel::PCenter: if (best == loc::kInf) feasible = false; else v = std::max(v, best); break;
            }
            if (!feasible) return v;
        }
        return v;
    };
    double tried = 0;
    bool found = false;
    double bestValue = 0;
    QVector<int> best;
    for (int k = kFirst; k <= kLast && !(lscp && found); ++k) {
        std::vector<int> idx(k);
        std::iota(idx.begin(), idx.end(), 0);
        while (true) {
            if (++tried > 5e6) return makeError(Text::tr("Enumeration would try more than 5 million subsets."));
            std::fill(open.begin(), open.end(), 0);
            for (int j = 0; j < m.cols; ++j) open[j] = isReq[j];
            for (int t : idx) open[avail[t]] = 1;
            bool feasible = false;
            const double v = value(feasible);
            const bool better = problem.model == LocationModel::Mclp ? v > bestValue : v < bestValue;
            if (feasible && (!found || better)) {
                found = true;
                bestValue = v;
                best.clear();
                for (int t : idx) best.append(avail[t]);
            }
            int t = k - 1;
            while (t >= 0 && idx[t] == a - k + t) --t;
            if (t < 0) break;
            ++idx[t];
            for (int q = t + 1; q < k; ++q) idx[q] = idx[q - 1] + 1;
        }
    }
    if (!found)
        return makeError(Text::tr("No choice of %1 new sites reaches every demand point.").arg(problem.p));
    LocationSolution s;
    loc::finishSolution(problem, s, best, bestValue, true);
    s.method = QStringLiteral("enumeration");
    return s;
}

}  // namespace dosi::models
