// p-center by bisection on the sorted distinct costs: the least cost r at which p new facilities (with the
// required ones) can cover every positive-weight demand point within r. Each check is an LSCP at radius r:
// greedy and Lagrangian covers first, their Lagrangian bound to prove "more than p needed", and CBC (Auto,
// Exact) when neither settles it.

#include "LocationDetail.h"

#include <algorithm>
#include <cmath>

namespace dosi::models::loc {

namespace {

enum class Verdict { Feasible, Infeasible, Unknown };

struct Check {
    Verdict verdict = Verdict::Unknown;
    QVector<int> candidates;              // a cover with at most p new facilities (Feasible)
    bool usedCbc = false;
};

Check checkRadius(const LocationProblem& problem, double r, int p, bool exact, Control& ctl)
{
    Check out;
    const CoverInstance ci = buildCoverInstance(problem, r, true);
    if (ci.uncoverablePoints > 0) { out.verdict = Verdict::Infeasible; return out; }
    CoverResult best = lscpHeuristic(ci, ctl);
    const auto take = [&](const QVector<int>& cols) {
        out.verdict = Verdict::Feasible;
        for (int c : cols) out.candidates.append(ci.colCand[c]);
    };
    if (best.value <= p) { take(best.cols); return out; }
    const double lower = lscpLagrangianBound(ci, best, ctl, std::max(0.05, std::min(2.0, 0.05 * ctl.remaining())), p);
    if (best.value <= p) { take(best.cols); return out; }
    if (std::ceil(lower - 1e-6) > p) { out.verdict = Verdict::Infeasible; return out; }
    lscpImprove(ci, best, ctl, std::max(0.05, std::min(1.0, 0.05 * ctl.remaining())), p);
    if (best.value <= p) { take(best.cols); return out; }
    if (!exact || ctl.stop()) return out;
    MipModel mip;
    mip.cols = ci.cols;
    mip.obj.assign(ci.cols, 1.0);
    mip.colLo.assign(ci.cols, 0.0);
    mip.colUp.assign(ci.cols, 1.0);
    mip.integer.assign(ci.cols, 1);
    std::vector<int> idx;
    std::vector<double> val;
    for (int row = 0; row < ci.rows; ++row) {
        idx.assign(ci.rowCol.begin() + ci.rowStart[row], ci.rowCol.begin() + ci.rowStart[row + 1]);
        val.assign(idx.size(), 1.0);
        mip.addRow(idx, val, 1.0, kInf);
    }
    idx.resize(ci.cols);
    for (int c = 0; c < ci.cols; ++c) idx[c] = c;
    mip.addRow(idx, std::vector<double>(ci.cols, 1.0), -kInf, p);
    const MipResult res = solveMip(mip, {}, ctl, ctl.remaining(), Text::tr("Checking radius %1 (CBC)").arg(r));
    out.usedCbc = res.ran;
    if (res.hasSolution) {
        QVector<int> cols;
        for (int c = 0; c < ci.cols; ++c)
            if (res.x[c] > 0.5) cols.append(c);
        if (cols.size() <= p) take(cols);
    } else if (res.provenInfeasible && !res.stoppedByUser) {
        out.verdict = Verdict::Infeasible;
    }
    return out;
}

}  // namespace

Result<LocationSolution> solvePCenter(const LocationProblem& problem, Control& ctl)
{
    const SolveMethod method = ctl.options().method;
    const gis::CostMatrix& m = problem.costs;
    ctl.progress(0, Text::tr("Preparing costs"));
    // The optimum is one of the costs; it is at least the largest nearest-site cost of any point.
    double r0 = 0;
    std::vector<double> values;
    for (int i = 0; i < m.rows; ++i) {
        if (!(problem.weights[i] > 0)) continue;
        double nearest = kInf;
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k) {
            nearest = std::min(nearest, double(m.cost[k]));
            values.push_back(m.cost[k]);
        }
        r0 = std::max(r0, nearest);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    values.erase(values.begin(), std::lower_bound(values.begin(), values.end(), r0));
    const int p = problem.p;
    bool usedCbc = false;
    const bool exact = method != SolveMethod::Heuristic;

    // The largest cost must be feasible, else no choice of p sites reaches every point.
    int hi = int(values.size()) - 1;
    Check top = checkRadius(problem, values[hi], p, exact, ctl);
    usedCbc |= top.usedCbc;
    if (top.verdict != Verdict::Feasible) {
        if (ctl.cancelled()) return makeError(Text::tr("Cancelled."));
        return makeError(top.verdict == Verdict::Infeasible
                             ? Text::tr("No choice of %1 new sites reaches every demand point: the cost table has too "
                                        "few pairs. Complete the cost table or raise p.").arg(p)
                             : Text::tr("No choice of %1 new sites reaching every demand point was found in the time "
                                        "limit.").arg(p));
    }
    QVector<int> sites = top.candidates;
    int provenLo = 0;
    // Phase 1: heuristic checks only. Phase 2 (Auto, Exact): checks that may call CBC, between the proven
    // lower end and the best radius found.
    for (int phase = 0; phase < (exact ? 2 : 1); ++phase) {
        int lo = provenLo;
        while (lo < hi && !ctl.stop()) {
            const int mid = lo + (hi - lo) / 2;
            const double left = std::log2(1.0 + hi - lo) / std::log2(2.0 + values.size());
            ctl.progress(5 + 45 * phase + int(45 * (1.0 - left)), Text::tr("Checking radius %1").arg(values[mid]));
            const Check c = checkRadius(problem, values[mid], p, phase == 1, ctl);
            usedCbc |= c.usedCbc;
            if (c.verdict == Verdict::Feasible) {
                hi = mid;
                sites = c.candidates;
            } else if (c.verdict == Verdict::Infeasible) {
                lo = mid + 1;
                provenLo = std::max(provenLo, mid + 1);
            } else if (phase == 0) {
                lo = mid + 1;   // not settled here: left for phase 2 (provenLo stays)
            } else {
                break;          // CBC ran out of time or was cancelled
            }
        }
        if (provenLo >= hi || ctl.stop()) break;
    }
    // Fill up to p new sites by least total weighted cost (the maximum cost cannot rise).
    const MedianInstance mi = buildMedianInstance(problem);
    QVector<int> cols;
    for (int j : std::as_const(sites))
        if (mi.candCol.value(j, -1) >= 0) cols.append(mi.candCol[j]);
    medianFill(mi, p, cols);
    QVector<int> newSites;
    for (int c : std::as_const(cols)) newSites.append(mi.colCand[c]);
    LocationSolution s;
    const bool proven = provenLo >= hi;
    finishSolution(problem, s, newSites, values[std::min(provenLo, hi)], proven);
    s.method = usedCbc ? QStringLiteral("cbc") : proven ? QStringLiteral("heuristic+bound") : QStringLiteral("heuristic");
    return s;
}

}  // namespace dosi::models::loc
