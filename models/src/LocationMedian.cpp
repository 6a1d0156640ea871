// p-median: instance, greedy with fast interchange (Whitaker / Resende-Werneck), Lagrangian bound.

#include "LocationDetail.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dosi::models::loc {

MedianInstance buildMedianInstance(const LocationProblem& problem)
{
    MedianInstance mi;
    const gis::CostMatrix& m = problem.costs;
    mi.candCol.fill(-1, m.cols);
    std::vector<char> required(std::max(m.cols, 0), 0);
    for (int j : problem.required)
        if (j >= 0 && j < m.cols) required[j] = 1;
    for (int j = 0; j < m.cols; ++j) {
        if (required[j]) continue;
        mi.candCol[j] = mi.cols++;
        mi.colCand.append(j);
    }
    double maxCost = 0;
    mi.start.append(0);
    std::vector<std::pair<double, int>> pairs;
    for (int i = 0; i < m.rows; ++i) {
        const double w = problem.weights.value(i);
        if (!(w > 0)) continue;
        double f = kInf;
        pairs.clear();
        for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k) {
            const double c = m.cost[k];
            maxCost = std::max(maxCost, c);
            if (required[m.col[k]]) f = std::min(f, c);
            else pairs.emplace_back(c, mi.candCol[m.col[k]]);
        }
        std::sort(pairs.begin(), pairs.end());
        for (const auto& [c, j] : pairs) {
            if (c >= f) break;   // the required facility serves at least as well
            mi.col.append(j);
            mi.cost.append(c);
        }
        mi.start.append(mi.col.size());
        mi.rowDemand.append(i);
        mi.w.append(w);
        mi.fallback.append(f);
        ++mi.rows;
    }
    // "Unreachable" must cost more than any reachable assignment of all the demand could save.
    double totalW = 0, minW = kInf;
    for (double w : std::as_const(mi.w)) { totalW += w; minW = std::min(minW, w); }
    mi.big = (maxCost + 1) * (2 + (minW < kInf ? totalW / minW : 0));
    return mi;
}

namespace {

// Nearest and second-nearest open facility of each row (-1 = the fallback, -2 = none).
struct Nearest {
    std::vector<int> c1;
    std::vector<double> d1, d2;
};

void nearest(const MedianInstance& mi, const std::vector<char>& open, Nearest& n)
{
    n.c1.assign(mi.rows, -2);
    n.d1.assign(mi.rows, mi.big);
    n.d2.assign(mi.rows, mi.big);
    for (int i = 0; i < mi.rows; ++i) {
        const double f = std::min(mi.fallback[i], mi.big);
        int found = 0;
        for (qint64 k = mi.start[i]; k < mi.start[i + 1] && found < 2; ++k) {
            const int j = mi.col[k];
            if (!open[j]) continue;
            if (found == 0) { n.c1[i] = j; n.d1[i] = mi.cost[k]; } else { n.d2[i] = mi.cost[k]; }
            ++found;
        }
        if (found == 0) {
            if (mi.fallback[i] < kInf) { n.c1[i] = -1; n.d1[i] = f; }
        } else if (found == 1) {
            n.d2[i] = f;
        } else {
            n.d2[i] = std::min(n.d2[i], f);
        }
    }
}

double total(const MedianInstance& mi, const Nearest& n)
{
    double v = 0;
    for (int i = 0; i < mi.rows; ++i) v += mi.w[i] * n.d1[i];
    return v;
}

// Best-improvement interchange with the gain / loss / extra decomposition (one pass over the pairs per move).
void interchange(const MedianInstance& mi, std::vector<char>& open, Control& ctl)
{
    std::vector<int> openCols;
    for (int j = 0; j < mi.cols; ++j)
        if (open[j]) openCols.push_back(j);
    const int p = int(openCols.size());
    if (p == 0 || p >= mi.cols || qint64(p) * mi.cols > 40'000'000) return;
    std::vector<int> slot(mi.cols, -1);
    std::vector<double> gain(mi.cols), loss(p), extra(size_t(p) * mi.cols);
    Nearest n;
    for (int iter = 0; iter < 100000; ++iter) {
        if (ctl.stop()) return;
        for (int s = 0; s < p; ++s) slot[openCols[s]] = s;
        nearest(mi, open, n);
        const double eps = 1e-12 * std::max(1.0, total(mi, n));
        std::fill(gain.begin(), gain.end(), 0.0);
        std::fill(loss.begin(), loss.end(), 0.0);
        std::fill(extra.begin(), extra.end(), 0.0);
        for (int i = 0; i < mi.rows; ++i) {
            const double w = mi.w[i], d1 = n.d1[i], d2 = n.d2[i];
            const int s1 = n.c1[i] >= 0 ? slot[n.c1[i]] : -1;
            if (s1 >= 0) loss[s1] += w * (d2 - d1);
            double* ex = s1 >= 0 ? extra.data() + size_t(s1) * mi.cols : nullptr;
            for (qint64 k = mi.start[i]; k < mi.start[i + 1]; ++k) {
                const double c = mi.cost[k];
                if (c >= d2) break;
                const int j = mi.col[k];
                if (open[j]) continue;
                if (c < d1) gain[j] += w * (d1 - c);
                if (ex) ex[j] += w * (d2 - std::max(c, d1));
            }
        }
        double best = eps;
        int bestIn = -1, bestSlot = -1;
        for (int s = 0; s < p; ++s) {
            const double* ex = extra.data() + size_t(s) * mi.cols;
            for (int j = 0; j < mi.cols; ++j) {
                if (open[j]) continue;
                const double profit = gain[j] - loss[s] + ex[j];
                if (profit > best) { best = profit; bestIn = j; bestSlot = s; }
            }
        }
        if (bestIn < 0) return;
        slot[openCols[bestSlot]] = -1;
        open[openCols[bestSlot]] = 0;
        open[bestIn] = 1;
        openCols[bestSlot] = bestIn;
    }
}

void greedyAdd(const MedianInstance& mi, int p, std::vector<char>& open)
{
    int count = int(std::count(open.begin(), open.end(), 1));
    Nearest n;
    nearest(mi, open, n);
    std::vector<double> saving(mi.cols);
    while (count < p && count < mi.cols) {
        std::fill(saving.begin(), saving.end(), 0.0);
        for (int i = 0; i < mi.rows; ++i) {
            const double d1 = n.d1[i];
            for (qint64 k = mi.start[i]; k < mi.start[i + 1]; ++k) {
                const double c = mi.cost[k];
                if (c >= d1) break;
                saving[mi.col[k]] += mi.w[i] * (d1 - c);
            }
        }
        int best = -1;
        for (int j = 0; j < mi.cols; ++j)
            if (!open[j] && (best < 0 || saving[j] > saving[best])) best = j;
        open[best] = 1;
        ++count;
        for (int i = 0; i < mi.rows; ++i)
            for (qint64 k = mi.start[i]; k < mi.start[i + 1]; ++k) {
                const double c = mi.cost[k];
                if (c >= n.d1[i]) break;
                if (mi.col[k] == best) { n.d1[i] = c; break; }
            }
    }
}

}  // namespace

double medianValue(const MedianInstance& mi, const QVector<int>& cols, bool* feasible)
{
    std::vector<char> open(mi.cols, 0);
    for (int c : cols) open[c] = 1;
    Nearest n;
    nearest(mi, open, n);
    if (feasible) {
        *feasible = true;
        for (int i = 0; i < mi.rows; ++i)
            if (n.c1[i] == -2) *feasible = false;
    }
    return total(mi, n);
}

void medianFill(const MedianInstance& mi, int p, QVector<int>& cols)
{
    std::vector<char> open(mi.cols, 0);
    for (int c : cols) open[c] = 1;
    greedyAdd(mi, p, open);
    cols.clear();
    for (int j = 0; j < mi.cols; ++j)
        if (open[j]) cols.append(j);
}

MedianResult medianHeuristic(const MedianInstance& mi, int p, const QVector<int>& start, Control& ctl)
{
    const auto run = [&](const QVector<int>& from) {
        std::vector<char> open(mi.cols, 0);
        int count = 0;
        for (int c : from)
            if (c >= 0 && c < mi.cols && !open[c] && count < p) { open[c] = 1; ++count; }
        greedyAdd(mi, p, open);
        interchange(mi, open, ctl);
        MedianResult r;
        for (int j = 0; j < mi.cols; ++j)
            if (open[j]) r.cols.append(j);
        r.value = medianValue(mi, r.cols, &r.feasible);
        return r;
    };
    return run(start);
}

double medianLagrangianBound(const MedianInstance& mi, int p, MedianResult& best, Control& ctl, double seconds)
{
    double upper = best.value;
    // min sum w_i c_ij x_ij + w_i f_i z_i, x_ij <= y_j, sum y_j = p, with sum_j x_ij + z_i = 1 relaxed (u_i):
    // L = sum_i u_i + sum_i min(0, w_i f_i - u_i) + (sum of the p least rho_j), rho_j = sum_i min(0, w_i c_ij - u_i).
    if (mi.rows == 0) return 0;
    std::vector<double> u(mi.rows), rho(mi.cols), g(mi.rows);
    for (int i = 0; i < mi.rows; ++i) {
        const double c = mi.start[i + 1] > mi.start[i] ? mi.cost[mi.start[i]] : mi.fallback[i];
        u[i] = mi.w[i] * std::min({c, mi.fallback[i], mi.big});
    }
    const int pp = std::min(p, mi.cols);
    std::vector<int> order(mi.cols);
    std::vector<char> isOpen(mi.cols, 0);
    double bestBound = -kInf, alpha = 2.0;
    int sinceImproved = 0;
    QVector<int> lagCols;                 // the Lagrangian's sites at the best bound
    QElapsedTimer timer;
    timer.start();
    const double tol = 1e-10 * std::max(1.0, std::abs(upper));
    for (int iter = 0; iter < 3000; ++iter) {
        if ((ctl.stop() || timer.elapsed() > seconds * 1000) && iter > 0) break;
        double L = 0;
        std::fill(rho.begin(), rho.end(), 0.0);
        for (int i = 0; i < mi.rows; ++i) {
            L += u[i];
            if (mi.fallback[i] < kInf) L += std::min(0.0, mi.w[i] * mi.fallback[i] - u[i]);
            for (qint64 k = mi.start[i]; k < mi.start[i + 1]; ++k) {
                const double r = mi.w[i] * mi.cost[k] - u[i];
                if (r >= 0) break;
                rho[mi.col[k]] += r;
            }
        }
        std::iota(order.begin(), order.end(), 0);
        if (pp > 0 && pp < mi.cols)
            std::nth_element(order.begin(), order.begin() + (pp - 1), order.end(),
                             [&](int a, int b) { return rho[a] < rho[b]; });
        std::fill(isOpen.begin(), isOpen.end(), 0);
        for (int s = 0; s < pp; ++s) { L += rho[order[s]]; isOpen[order[s]] = 1; }
        if (L > bestBound + tol) {
            bestBound = L;
            sinceImproved = 0;
            lagCols.clear();
            for (int s = 0; s < pp; ++s) lagCols.append(order[s]);
        } else if (++sinceImproved >= 20) {
            alpha *= 0.5;
            sinceImproved = 0;
        }
        if (bestBound >= upper - tol || alpha < 1e-5) break;
        double norm = 0;
        for (int i = 0; i < mi.rows; ++i) {
            int x = (mi.fallback[i] < kInf && mi.w[i] * mi.fallback[i] - u[i] < 0) ? 1 : 0;
            for (qint64 k = mi.start[i]; k < mi.start[i + 1]; ++k) {
                if (mi.w[i] * mi.cost[k] - u[i] >= 0) break;
                x += isOpen[mi.col[k]];
            }
            g[i] = 1.0 - x;
            norm += g[i] * g[i];
        }
        if (norm <= 0) break;   // the Lagrangian solution is feasible: L is optimal
        const double step = alpha * std::max(upper - L, tol) / norm;
        for (int i = 0; i < mi.rows; ++i) u[i] += step * g[i];
    }
    // The Lagrangian's sites are a good start for the interchange.
    if (!lagCols.isEmpty() && bestBound < upper - tol && !ctl.stop()) {
        const MedianResult alt = medianHeuristic(mi, p, lagCols, ctl);
        if (alt.feasible && (!best.feasible || alt.value < best.value)) best = alt;
    }
    return bestBound;
}

}  // namespace dosi::models::loc
