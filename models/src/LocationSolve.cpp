// MCLP, LSCP and p-median: heuristic with a Lagrangian bound first; CBC when the bound leaves a gap
// (Auto) or always (Exact), warm-started with the heuristic solution.

#include "LocationDetail.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dosi::models::loc {

namespace {

// Seconds for a Lagrangian bound: a small share of the time left.
double boundSeconds(Control& ctl, double share, double cap)
{
    return std::max(0.05, std::min(cap, share * std::max(ctl.remaining(), 0.0)));
}

bool acceptGap(const Control& ctl, double objective, double bound)
{
    const double gap = relativeGap(objective, bound);
    if (gap <= 1e-9) return true;
    return ctl.options().method != SolveMethod::Exact && ctl.options().relativeGap > 0
           && gap <= ctl.options().relativeGap;
}

QString cbcNote(const MipResult& r, bool improved)
{
    if (r.stoppedByUser) return {};
    if (r.stoppedByTime)
        return improved ? Text::tr("CBC stopped at the time limit; its best solution is kept with the gap.")
                        : Text::tr("CBC stopped at the time limit; the heuristic solution is kept with the gap.");
    if (!r.ran) return Text::tr("No time was left for CBC; the heuristic solution is kept.");
    return {};
}

QString reductionNote(const CoverInstance& ci)
{
    return Text::tr("Reduced to %1 demand rows (from %2 points) and %3 candidates (%4 dominated left out).")
        .arg(ci.rows).arg(ci.originalRows).arg(ci.cols).arg(ci.dominated);
}

}  // namespace

void padCoverage(const LocationProblem& problem, QVector<int>& newSites, int p)
{
    if (newSites.size() >= p) return;
    const gis::CostMatrix& m = problem.costs;
    std::vector<double> weight(m.cols, 0);
    std::vector<char> taken(m.cols, 0);
    for (int j : problem.required) taken[j] = 1;
    for (int j : std::as_const(newSites)) taken[j] = 1;
    for (int i = 0; i < m.rows; ++i)
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k)
            if (double(m.cost[k]) <= problem.radius) weight[m.col[k]] += problem.weights[i];
    std::vector<int> order(m.cols);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight[a] > weight[b]; });
    for (int j : order) {
        if (newSites.size() >= p) break;
        if (!taken[j]) newSites.append(j);
    }
}

MclpOutcome solveMclpInstance(const CoverInstance& ci, int p, const QVector<int>& warmCandidates, Control& ctl)
{
    MclpOutcome out;
    const SolveMethod method = ctl.options().method;
    const double rowTotal = ci.coverableWeight - ci.baseWeight;
    if (ci.cols <= p) {
        for (int c = 0; c < ci.cols; ++c) out.candidates.append(ci.colCand[c]);
        out.bound = ci.coverableWeight;
        out.proven = true;
        out.method = QStringLiteral("heuristic+bound");
        return out;
    }
    QHash<int, int> colOf;
    for (int c = 0; c < ci.cols; ++c) colOf.insert(ci.colCand[c], c);
    QVector<int> warm;
    for (int j : warmCandidates)
        if (colOf.contains(j)) warm.append(colOf.value(j));

    ctl.progress(2, Text::tr("Greedy and swap heuristic"));
    CoverResult best = mclpHeuristic(ci, p, warm, ctl);
    ctl.progress(10, Text::tr("Lagrangian bound"));
    const double share = method == SolveMethod::Heuristic ? 0.5 : 0.15;
    double bound = mclpLagrangianBound(ci, p, best, ctl, boundSeconds(ctl, share, method == SolveMethod::Heuristic ? 20 : 5));
    bound = std::min(bound, rowTotal);
    out.method = QStringLiteral("heuristic");
    const bool closed = acceptGap(ctl, best.value, bound);
    if ((closed && method != SolveMethod::Exact) || method == SolveMethod::Heuristic || ctl.stop()) {
        if (closed) out.method = QStringLiteral("heuristic+bound");
    } else {
        // max sum w_r y_r  s.t.  y_r <= sum_{c in S_r} x_c,  sum x_c <= p;  x binary, y in [0, 1].
        MipModel mip;
        mip.cols = ci.cols + ci.rows;
        mip.obj.assign(mip.cols, 0.0);
        mip.colLo.assign(mip.cols, 0.0);
        mip.colUp.assign(mip.cols, 1.0);
        mip.integer.assign(mip.cols, 0);
        for (int c = 0; c < ci.cols; ++c) mip.integer[c] = 1;
        for (int r = 0; r < ci.rows; ++r) mip.obj[ci.cols + r] = -ci.rowWeight[r];
        std::vector<int> idx;
        std::vector<double> val;
        for (int r = 0; r < ci.rows; ++r) {
            idx.assign(1, ci.cols + r);
            val.assign(1, 1.0);
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) {
                idx.push_back(ci.rowCol[k]);
                val.push_back(-1.0);
            }
            mip.addRow(idx, val, -kInf, 0.0);
        }
        idx.resize(ci.cols);
        std::iota(idx.begin(), idx.end(), 0);
        val.assign(ci.cols, 1.0);
        mip.addRow(idx, val, -kInf, p);
        std::vector<double> start(mip.cols, 0.0);
        for (int c : std::as_const(best.cols)) start[c] = 1.0;
        ctl.progress(15, Text::tr("Solving exactly (CBC)"));
        const Control::Range range = ctl.pushRange(15, 95);
        const MipResult r = solveMip(mip, start, ctl, ctl.remaining(), Text::tr("Solving exactly (CBC)"));
        ctl.popRange(range);
        bool improved = false;
        if (r.hasSolution) {
            CoverResult cand;
            for (int c = 0; c < ci.cols; ++c)
                if (r.x[c] > 0.5) cand.cols.append(c);
            cand.value = coverValue(ci, cand.cols);
            if (cand.cols.size() <= p && cand.value > best.value) { best = cand; improved = true; }
        }
        if (r.ran) {
            out.method = QStringLiteral("cbc");
            if (std::isfinite(r.bound)) bound = std::min(bound, -r.bound);
            if (r.provenOptimal && ctl.options().relativeGap <= 0) bound = best.value;
        }
        const QString note = cbcNote(r, improved);
        if (!note.isEmpty()) out.notes << note;
    }
    for (int c : std::as_const(best.cols)) out.candidates.append(ci.colCand[c]);
    out.bound = ci.baseWeight + std::max(bound, best.value);
    out.proven = relativeGap(best.value + ci.baseWeight, out.bound) <= 1e-9;
    return out;
}

Result<LocationSolution> solveMclp(const LocationProblem& problem, Control& ctl, const QVector<int>& warmStart)
{
    ctl.progress(0, Text::tr("Preparing coverage"));
    const CoverInstance ci = buildCoverInstance(problem, problem.radius, false);
    MclpOutcome out = solveMclpInstance(ci, problem.p, warmStart, ctl);
    padCoverage(problem, out.candidates, problem.p);
    LocationSolution s;
    finishSolution(problem, s, out.candidates, out.bound, out.proven);
    s.method = out.method;
    s.notes = out.notes;
    s.notes << reductionNote(ci);
    return s;
}

Result<LocationSolution> solveLscp(const LocationProblem& problem, Control& ctl)
{
    const SolveMethod method = ctl.options().method;
    ctl.progress(0, Text::tr("Preparing coverage"));
    const CoverInstance ci = buildCoverInstance(problem, problem.radius, true);
    LocationSolution s;
    QString usedMethod = QStringLiteral("heuristic");
    ctl.progress(2, Text::tr("Greedy heuristic"));
    CoverResult best = lscpHeuristic(ci, ctl);
    ctl.progress(10, Text::tr("Lagrangian bound"));
    double lower = std::ceil(lscpLagrangianBound(ci, best, ctl, boundSeconds(ctl, method == SolveMethod::Heuristic ? 0.5 : 0.15, 10)) - 1e-6);
    lower = std::max(lower, ci.rows > 0 ? 1.0 : 0.0);
    if (lower < best.value) {
        ctl.progress(12, Text::tr("Improving the cover"));
        lscpImprove(ci, best, ctl, boundSeconds(ctl, 0.4, method == SolveMethod::Heuristic ? 5 : 20), int(lower));
    }
    QStringList notes;
    const bool closed = lower >= best.value;
    if (ci.rows == 0 || (closed && method != SolveMethod::Exact) || method == SolveMethod::Heuristic || ctl.stop()) {
        if (closed) usedMethod = QStringLiteral("heuristic+bound");
    } else {
        MipModel mip;
        mip.cols = ci.cols;
        mip.obj.assign(ci.cols, 1.0);
        mip.colLo.assign(ci.cols, 0.0);
        mip.colUp.assign(ci.cols, 1.0);
        mip.integer.assign(ci.cols, 1);
        std::vector<int> idx;
        std::vector<double> val;
        for (int r = 0; r < ci.rows; ++r) {
            idx.assign(ci.rowCol.begin() + ci.rowStart[r], ci.rowCol.begin() + ci.rowStart[r + 1]);
            val.assign(idx.size(), 1.0);
            mip.addRow(idx, val, 1.0, kInf);
        }
        std::vector<double> start(ci.cols, 0.0);
        for (int c : std::as_const(best.cols)) start[c] = 1.0;
        const Control::Range range = ctl.pushRange(15, 95);
        const MipResult r = solveMip(mip, start, ctl, ctl.remaining(), Text::tr("Solving exactly (CBC)"));
        ctl.popRange(range);
        bool improved = false;
        if (r.hasSolution) {
            QVector<int> cols;
            for (int c = 0; c < ci.cols; ++c)
                if (r.x[c] > 0.5) cols.append(c);
            if (cols.size() < best.value) { best.cols = cols; best.value = cols.size(); improved = true; }
        }
        if (r.ran) {
            usedMethod = QStringLiteral("cbc");
            if (std::isfinite(r.bound)) lower = std::max(lower, std::ceil(r.bound - 1e-6));
            if (r.provenOptimal) lower = best.value;
        }
        const QString note = cbcNote(r, improved);
        if (!note.isEmpty()) notes << note;
    }
    QVector<int> newSites;
    for (int c : std::as_const(best.cols)) newSites.append(ci.colCand[c]);
    finishSolution(problem, s, newSites, lower, lower >= best.value);
    s.method = usedMethod;
    s.notes = notes;
    if (ci.uncoverablePoints > 0)
        s.notes << Text::tr("%1 demand points (weight %2) are beyond the radius of every site and stay uncovered.")
                       .arg(ci.uncoverablePoints).arg(ci.uncoverableWeight, 0, 'g', 10);
    s.notes << reductionNote(ci);
    return s;
}

Result<LocationSolution> solvePMedian(const LocationProblem& problem, Control& ctl)
{
    const SolveMethod method = ctl.options().method;
    ctl.progress(0, Text::tr("Preparing costs"));
    const MedianInstance mi = buildMedianInstance(problem);
    const int p = std::min(problem.p, mi.cols);
    ctl.progress(2, Text::tr("Greedy and interchange heuristic"));
    MedianResult best = medianHeuristic(mi, p, {}, ctl);
    if (!best.feasible) {
        // Sparse costs left some point without an open site: start from a small cover of the points
        // (an LSCP over "has any cost"), found by the greedy and Lagrangian covers.
        const CoverInstance reach = buildCoverInstance(problem, kInf, true);
        CoverResult cover = lscpHeuristic(reach, ctl);
        if (cover.value > p) lscpLagrangianBound(reach, cover, ctl, boundSeconds(ctl, 0.1, 5), p);
        if (cover.value <= p) {
            QVector<int> start;
            for (int c : std::as_const(cover.cols)) start.append(mi.candCol[reach.colCand[c]]);
            const MedianResult alt = medianHeuristic(mi, p, start, ctl);
            if (alt.feasible) best = alt;
        }
    }
    // Assignment formulation over the kept pairs (at most kPairCap of them: the nearest K per point);
    // z_i sends point i to its nearest required facility or, when its pairs were cut, to a stand-in at
    // the cost of the first pair cut (a relaxation, so CBC's bound stays valid).
    constexpr qint64 kPairCap = 150000;
    const qint64 K = std::max<qint64>(5, kPairCap / std::max(mi.rows, 1));
    bool truncated = false;
    for (int i = 0; i < mi.rows && !truncated; ++i) truncated = mi.start[i + 1] - mi.start[i] > K;
    const bool boundOnly = method == SolveMethod::Heuristic || (method == SolveMethod::Auto && truncated);
    ctl.progress(10, Text::tr("Lagrangian bound"));
    double lower = medianLagrangianBound(mi, p, best, ctl, boundSeconds(ctl, boundOnly ? 0.6 : 0.15, boundOnly ? 20 : 5));
    QString usedMethod = QStringLiteral("heuristic");
    QStringList notes;
    bool proven = false;
    const bool closed = best.feasible && acceptGap(ctl, best.value, lower);
    // Auto leaves a cut assignment model alone: CBC would rarely close the gap on it.
    const bool skipCbc = method == SolveMethod::Auto && truncated && best.feasible;
    if (skipCbc && !closed)
        notes << Text::tr("The assignment model is too large for CBC (%1 pairs); the heuristic solution is kept with "
                          "its Lagrangian bound. The exact method runs CBC on each point's %2 nearest candidates.")
                     .arg(mi.col.size()).arg(K);
    if ((closed && method != SolveMethod::Exact) || method == SolveMethod::Heuristic || skipCbc || ctl.stop()) {
        if (closed) usedMethod = QStringLiteral("heuristic+bound");
    } else {
        std::vector<int> yCol(mi.cols, -1);
        int nCols = 0;
        for (int i = 0; i < mi.rows; ++i)
            for (qint64 k = mi.start[i]; k < std::min(mi.start[i + 1], mi.start[i] + K); ++k)
                if (yCol[mi.col[k]] < 0) yCol[mi.col[k]] = nCols++;
        MipModel mip;
        const auto addCol = [&](double obj, bool integer) {
            mip.obj.push_back(obj);
            mip.colLo.push_back(0.0);
            mip.colUp.push_back(1.0);
            mip.integer.push_back(integer ? 1 : 0);
            return mip.cols++;
        };
        for (int c = 0; c < nCols; ++c) addCol(0.0, true);
        std::vector<int> idx;
        std::vector<double> val;
        std::vector<std::pair<int, int>> links;   // (x column, y column)
        for (int i = 0; i < mi.rows; ++i) {
            idx.clear();
            const qint64 end = std::min(mi.start[i + 1], mi.start[i] + K);
            for (qint64 k = mi.start[i]; k < end; ++k) {
                const int x = addCol(mi.w[i] * mi.cost[k], false);
                idx.push_back(x);
                links.emplace_back(x, yCol[mi.col[k]]);
            }
            double f = mi.fallback[i];
            if (end < mi.start[i + 1]) f = std::min(f, mi.cost[end]);
            if (f < kInf) idx.push_back(addCol(mi.w[i] * f, false));
            val.assign(idx.size(), 1.0);
            mip.addRow(idx, val, 1.0, 1.0);
        }
        for (const auto& [x, y] : links) mip.addRow({x, y}, {1.0, -1.0}, -kInf, 0.0);
        idx.resize(nCols);
        std::iota(idx.begin(), idx.end(), 0);
        mip.addRow(idx, std::vector<double>(nCols, 1.0), -kInf, p);
        std::vector<double> start;
        if (best.feasible) {
            start.assign(mip.cols, 0.0);
            for (int c : std::as_const(best.cols))
                if (yCol[c] >= 0) start[yCol[c]] = 1.0;
        }
        const Control::Range range = ctl.pushRange(15, 95);
        const MipResult r = solveMip(mip, start, ctl, ctl.remaining(), Text::tr("Solving exactly (CBC)"));
        ctl.popRange(range);
        bool improved = false;
        if (r.hasSolution) {
            QVector<int> cols;
            for (int c = 0; c < mi.cols; ++c)
                if (yCol[c] >= 0 && r.x[yCol[c]] > 0.5) cols.append(c);
            medianFill(mi, p, cols);
            bool feasible = false;
            const double v = medianValue(mi, cols, &feasible);
            if (feasible && (!best.feasible || v < best.value)) {
                best.cols = cols;
                best.value = v;
                best.feasible = true;
                improved = true;
            }
        }
        if (r.ran) {
            usedMethod = QStringLiteral("cbc");
            if (std::isfinite(r.bound)) lower = std::max(lower, r.bound);
            if (r.provenOptimal && !truncated && ctl.options().relativeGap <= 0) proven = true;
        }
        if (!r.ran && !best.feasible && ctl.cancelled()) return makeError(Text::tr("Cancelled."));
        const QString note = cbcNote(r, improved);
        if (!note.isEmpty()) notes << note;
        if (truncated && !proven && relativeGap(best.value, lower) > 1e-9)
            notes << Text::tr("For CBC each demand point kept only its %1 nearest candidates, so the result is not "
                              "proven optimal.").arg(K);
    }
    if (!best.feasible) {
        // Name a point that the chosen sites leave without any cost.
        std::vector<char> open(mi.cols, 0);
        for (int c : std::as_const(best.cols)) open[c] = 1;
        for (int i = 0; i < mi.rows; ++i) {
            bool reached = mi.fallback[i] < kInf;
            for (qint64 k = mi.start[i]; k < mi.start[i + 1] && !reached; ++k) reached = open[mi.col[k]];
            if (!reached)
                return makeError(Text::tr("No choice of %1 new sites found reaches demand point %2: the cost table has "
                                          "no pair for it with the chosen sites. Complete the cost table or raise p.")
                                     .arg(p).arg(problem.demandIds.value(mi.rowDemand[i])));
        }
    }
    QVector<int> newSites;
    for (int c : std::as_const(best.cols)) newSites.append(mi.colCand[c]);
    LocationSolution s;
    finishSolution(problem, s, newSites, lower, proven);
    s.method = usedMethod;
    s.notes = notes;
    return s;
}

}  // namespace dosi::models::loc
