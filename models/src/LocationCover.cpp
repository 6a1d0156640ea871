// Coverage instances for MCLP, LSCP and the p-center checks: reduction, heuristics, Lagrangian bounds.

#include "LocationDetail.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <unordered_map>

namespace dosi::models::loc {

namespace {

std::uint64_t hashSet(const int* first, const int* last)
{
    std::uint64_t h = 1469598103934665603ull ^ std::uint64_t(last - first);
    for (const int* it = first; it != last; ++it) {
        h ^= std::uint64_t(std::uint32_t(*it)) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 1099511628211ull;
    }
    return h;
}

// Rows as sets of items (ascending), with weights; identical sets merge.
struct SetRows {
    std::vector<int> start{0};
    std::vector<int> items;
    std::vector<double> weight;
    int count() const { return int(weight.size()); }
    const int* begin(int r) const { return items.data() + start[r]; }
    const int* end(int r) const { return items.data() + start[r + 1]; }
    int size(int r) const { return start[r + 1] - start[r]; }
};

class SetMerger {
public:
    explicit SetMerger(SetRows& out) : m_out(out) {}
    void add(const std::vector<int>& set, double w)
    {
        const std::uint64_t h = hashSet(set.data(), set.data() + set.size());
        auto range = m_index.equal_range(h);
        for (auto it = range.first; it != range.second; ++it) {
            const int r = it->second;
            if (m_out.size(r) == int(set.size()) && std::equal(set.begin(), set.end(), m_out.begin(r))) {
                m_out.weight[r] += w;
                return;
            }
        }
        m_index.emplace(h, m_out.count());
        m_out.items.insert(m_out.items.end(), set.begin(), set.end());
        m_out.start.push_back(int(m_out.items.size()));
        m_out.weight.push_back(w);
    }

private:
    SetRows& m_out;
    std::unordered_multimap<std::uint64_t, int> m_index;
};

// Transposes rows over `n` items: item -> rows.
void transpose(const SetRows& rows, int n, std::vector<int>& start, std::vector<int>& idx)
{
    start.assign(n + 1, 0);
    for (int it : rows.items) ++start[it + 1];
    for (int j = 0; j < n; ++j) start[j + 1] += start[j];
    idx.resize(rows.items.size());
    std::vector<int> pos(start.begin(), start.end() - 1);
    for (int r = 0; r < rows.count(); ++r)
        for (const int* it = rows.begin(r); it != rows.end(r); ++it) idx[pos[*it]++] = r;
}

bool isSubset(const int* a0, const int* a1, const int* b0, const int* b1)
{
    return std::includes(b0, b1, a0, a1);
}

}  // namespace

CoverInstance buildCoverInstance(const LocationProblem& problem, double radius, bool lscp)
{
    CoverInstance ci;
    const gis::CostMatrix& m = problem.costs;
    std::vector<char> required(std::max(m.cols, 0), 0);
    for (int j : problem.required)
        if (j >= 0 && j < m.cols) required[j] = 1;

    // 1. Coverage sets of positive-weight demand, identical ones merged.
    SetRows merged;
    {
        SetMerger merger(merged);
        std::vector<int> set;
        for (int i = 0; i < m.rows; ++i) {
            const double w = problem.weights.value(i);
            if (!(w > 0)) continue;
            set.clear();
            bool byRequired = false;
            for (qint64 k = m.rowStart[i]; k < m.rowStart[i + 1]; ++k) {
                if (!(double(m.cost[k]) <= radius)) continue;
                const int j = m.col[k];
                if (required[j]) { byRequired = true; break; }
                set.push_back(j);
            }
            if (byRequired) { ci.baseWeight += w; continue; }
            if (set.empty()) { ++ci.uncoverablePoints; ci.uncoverableWeight += w; continue; }
            if (std::abs(w - std::round(w)) > 1e-9) ci.integerWeights = false;
            ++ci.originalRows;
            merger.add(set, w);
        }
    }

    // 2. Dominated candidates: their rows are a subset of another candidate's (ties keep the lower index).
    const int nCand = std::max(m.cols, 0);
    std::vector<int> cStart, cRows;
    transpose(merged, nCand, cStart, cRows);
    std::vector<char> dropped(nCand, 0);
    for (int j = 0; j < nCand; ++j) {
        const int nj = cStart[j + 1] - cStart[j];
        if (nj == 0) continue;
        int r0 = cRows[cStart[j]];
        for (int k = cStart[j]; k < cStart[j + 1]; ++k)
            if (merged.size(cRows[k]) < merged.size(r0)) r0 = cRows[k];
        for (const int* it = merged.begin(r0); it != merged.end(r0); ++it) {
            const int k = *it;
            const int nk = cStart[k + 1] - cStart[k];
            if (k == j || nk < nj || (nk == nj && k > j)) continue;
            if (isSubset(cRows.data() + cStart[j], cRows.data() + cStart[j + 1], cRows.data() + cStart[k],
                         cRows.data() + cStart[k + 1])) {
                dropped[j] = 1;
                break;
            }
        }
    }

    // 3. Rows without the dropped candidates, merged again.
    SetRows rows;
    {
        SetMerger merger(rows);
        std::vector<int> set;
        for (int r = 0; r < merged.count(); ++r) {
            set.clear();
            for (const int* it = merged.begin(r); it != merged.end(r); ++it)
                if (!dropped[*it]) set.push_back(*it);
            merger.add(set, merged.weight[r]);
        }
    }

    // 4. LSCP: a row containing another row's set is implied by it.
    std::vector<char> rowDropped(rows.count(), 0);
    if (lscp) {
        std::vector<int> s2, r2;
        transpose(rows, nCand, s2, r2);
        for (int a = 0; a < rows.count(); ++a) {
            int best = -1;
            for (const int* it = rows.begin(a); it != rows.end(a); ++it)
                if (best < 0 || s2[*it + 1] - s2[*it] < s2[best + 1] - s2[best]) best = *it;
            for (int k = s2[best]; k < s2[best + 1]; ++k) {
                const int b = r2[k];
                if (b == a || rowDropped[b] || rows.size(b) <= rows.size(a)) continue;
                if (isSubset(rows.begin(a), rows.end(a), rows.begin(b), rows.end(b))) rowDropped[b] = 1;
            }
        }
    }

    // 5. Final compact instance: columns are the candidates still used, ascending.
    std::vector<int> candCol(nCand, -1);
    for (int r = 0; r < rows.count(); ++r) {
        if (rowDropped[r]) continue;
        for (const int* it = rows.begin(r); it != rows.end(r); ++it) candCol[*it] = 0;
    }
    for (int j = 0; j < nCand; ++j) {
        if (candCol[j] == 0) {
            candCol[j] = ci.cols++;
            ci.colCand.append(j);
        }
    }
    for (int j = 0; j < nCand; ++j)
        if (dropped[j]) ++ci.dominated;
    ci.rowStart.append(0);
    for (int r = 0; r < rows.count(); ++r) {
        ci.coverableWeight += rows.weight[r];
        if (rowDropped[r]) continue;
        for (const int* it = rows.begin(r); it != rows.end(r); ++it) ci.rowCol.append(candCol[*it]);
        ci.rowStart.append(ci.rowCol.size());
        ci.rowWeight.append(rows.weight[r]);
        ++ci.rows;
    }
    ci.coverableWeight += ci.baseWeight;
    ci.colStart.fill(0, ci.cols + 1);
    for (int c : std::as_const(ci.rowCol)) ++ci.colStart[c + 1];
    for (int c = 0; c < ci.cols; ++c) ci.colStart[c + 1] += ci.colStart[c];
    ci.colRow.resize(ci.rowCol.size());
    QVector<int> pos(ci.colStart.begin(), ci.colStart.end() - 1);
    for (int r = 0; r < ci.rows; ++r)
        for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) ci.colRow[pos[ci.rowCol[k]]++] = r;
    return ci;
}

double coverValue(const CoverInstance& ci, const QVector<int>& cols)
{
    std::vector<char> hit(ci.rows, 0);
    double v = 0;
    for (int c : cols)
        for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) {
            const int r = ci.colRow[k];
            if (!hit[r]) { hit[r] = 1; v += ci.rowWeight[r]; }
        }
    return v;
}

// ---- MCLP -----------------------------------------------------------------------------------------

namespace {

struct McState {
    const CoverInstance& ci;
    std::vector<int> cnt;            // open columns covering each row
    std::vector<std::int64_t> sum;   // sum of their indices (the one column when cnt == 1)
    std::vector<char> open;
    double covered = 0;
    explicit McState(const CoverInstance& c) : ci(c), cnt(c.rows, 0), sum(c.rows, 0), open(c.cols, 0) {}
    void add(int j)
    {
        open[j] = 1;
        for (int k = ci.colStart[j]; k < ci.colStart[j + 1]; ++k) {
            const int r = ci.colRow[k];
            if (cnt[r]++ == 0) covered += ci.rowWeight[r];
            sum[r] += j;
        }
    }
    void remove(int j)
    {
        open[j] = 0;
        for (int k = ci.colStart[j]; k < ci.colStart[j + 1]; ++k) {
            const int r = ci.colRow[k];
            if (--cnt[r] == 0) covered -= ci.rowWeight[r];
            sum[r] -= j;
        }
    }
    QVector<int> openCols() const
    {
        QVector<int> out;
        for (int j = 0; j < ci.cols; ++j)
            if (open[j]) out.append(j);
        return out;
    }
};

// Best-improvement swaps (one column out, one in) until none improves.
void swapSearch(McState& st, Control& ctl)
{
    const CoverInstance& ci = st.ci;
    const double eps = 1e-9 * std::max(1.0, ci.coverableWeight);
    std::vector<double> loss(ci.cols, 0), extra(ci.cols, 0);
    std::vector<int> touched;
    for (int iter = 0; iter < 100000; ++iter) {
        if (ctl.stop()) return;
        int minLoss = -1;
        for (int j = 0; j < ci.cols; ++j) {
            if (!st.open[j]) continue;
            double l = 0;
            for (int k = ci.colStart[j]; k < ci.colStart[j + 1]; ++k) {
                const int r = ci.colRow[k];
                if (st.cnt[r] == 1) l += ci.rowWeight[r];
            }
            loss[j] = l;
            if (minLoss < 0 || l < loss[minLoss]) minLoss = j;
        }
        if (minLoss < 0) return;
        double bestDelta = eps;
        int bestIn = -1, bestOut = -1;
        for (int c = 0; c < ci.cols; ++c) {
            if (st.open[c]) continue;
            double gain = 0;
            for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) {
                const int r = ci.colRow[k];
                if (st.cnt[r] == 0) {
                    gain += ci.rowWeight[r];
                } else if (st.cnt[r] == 1) {
                    const int j = int(st.sum[r]);
                    if (extra[j] == 0) touched.push_back(j);
                    extra[j] += ci.rowWeight[r];
                }
            }
            int out = minLoss;
            double outCost = loss[minLoss] - extra[minLoss];
            for (int j : touched) {
                if (loss[j] - extra[j] < outCost) { outCost = loss[j] - extra[j]; out = j; }
                extra[j] = 0;
            }
            extra[minLoss] = 0;
            touched.clear();
            if (gain - outCost > bestDelta) { bestDelta = gain - outCost; bestIn = c; bestOut = out; }
        }
        if (bestIn < 0) return;
        st.remove(bestOut);
        st.add(bestIn);
    }
}

}  // namespace

CoverResult mclpHeuristic(const CoverInstance& ci, int p, const QVector<int>& start, Control& ctl)
{
    McState st(ci);
    int open = 0;
    for (int c : start)
        if (c >= 0 && c < ci.cols && !st.open[c] && open < p) { st.add(c); ++open; }
    std::vector<double> gain(ci.cols, 0);
    for (int r = 0; r < ci.rows; ++r)
        if (st.cnt[r] == 0)
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) gain[ci.rowCol[k]] += ci.rowWeight[r];
    while (open < p) {
        int best = -1;
        for (int j = 0; j < ci.cols; ++j)
            if (!st.open[j] && (best < 0 || gain[j] > gain[best])) best = j;
        if (best < 0 || gain[best] <= 0) break;   // everything coverable is covered
        for (int k = ci.colStart[best]; k < ci.colStart[best + 1]; ++k) {
            const int r = ci.colRow[k];
            if (st.cnt[r] != 0) continue;
            for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q) gain[ci.rowCol[q]] -= ci.rowWeight[r];
        }
        st.add(best);
        ++open;
    }
    if (open == p) swapSearch(st, ctl);
    CoverResult res;
    res.cols = st.openCols();
    res.value = st.covered;
    return res;
}

void mclpImprove(const CoverInstance& ci, CoverResult& r, Control& ctl)
{
    McState st(ci);
    for (int c : std::as_const(r.cols)) st.add(c);
    swapSearch(st, ctl);
    r.cols = st.openCols();
    r.value = st.covered;
}

double mclpLagrangianBound(const CoverInstance& ci, int p, CoverResult& best, Control& ctl, double seconds)
{
    // max sum w_r y_r, y_r <= sum_{j in S_r} x_j relaxed with lambda_r in [0, w_r]:
    // L = sum_r max(0, w_r - lambda_r) + (sum of the p largest sum_{r in S_j} lambda_r).
    const double total = std::accumulate(ci.rowWeight.begin(), ci.rowWeight.end(), 0.0);
    if (ci.cols <= p) return total;
    const auto round = [&](double L) { return ci.integerWeights ? std::floor(L + 1e-6) : L; };
    std::vector<double> lambda(ci.rows), score(ci.cols), g(ci.rows);
    std::vector<int> order(ci.cols);
    for (int r = 0; r < ci.rows; ++r) lambda[r] = ci.rowWeight[r] * 0.5;
    double bestBound = total;
    double alpha = 2.0;
    int sinceImproved = 0;
    QVector<int> bestLagCols;
    double bestLagValue = -1;
    QElapsedTimer timer;
    timer.start();
    const double tol = 1e-9 * std::max(1.0, total);
    for (int iter = 0; iter < 3000; ++iter) {
        if (ctl.stop() || timer.elapsed() > seconds * 1000) break;
        std::fill(score.begin(), score.end(), 0.0);
        double L = 0;
        for (int r = 0; r < ci.rows; ++r) {
            L += std::max(0.0, ci.rowWeight[r] - lambda[r]);
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) score[ci.rowCol[k]] += lambda[r];
        }
        std::iota(order.begin(), order.end(), 0);
        std::nth_element(order.begin(), order.begin() + (p - 1), order.end(),
                         [&](int a, int b) { return score[a] > score[b]; });
        QVector<int> chosen(order.begin(), order.begin() + p);
        for (int c : chosen) L += score[c];
        if (L < bestBound - tol) { bestBound = L; sinceImproved = 0; } else if (++sinceImproved >= 20) {
            alpha *= 0.5;
            sinceImproved = 0;
        }
        const double v = coverValue(ci, chosen);
        if (v > bestLagValue) { bestLagValue = v; bestLagCols = chosen; }
        if (v > best.value) { best.value = v; best.cols = chosen; }
        if (round(bestBound) <= best.value + tol || alpha < 1e-4) break;
        // Subgradient of the dual: y_r - sum_{j in S_r} x_j.
        std::vector<char> isOpen(ci.cols, 0);
        for (int c : chosen) isOpen[c] = 1;
        double norm = 0;
        for (int r = 0; r < ci.rows; ++r) {
            int x = 0;
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) x += isOpen[ci.rowCol[k]];
            const int y = ci.rowWeight[r] - lambda[r] > 0 ? 1 : 0;
            g[r] = double(y - x);
            // A multiplier at a bound with the step pointing out does not move.
            if ((lambda[r] <= 0 && g[r] < 0) || (lambda[r] >= ci.rowWeight[r] && g[r] > 0)) g[r] = 0;
            norm += g[r] * g[r];
        }
        if (norm <= 0) break;
        const double step = alpha * std::max(L - best.value, tol) / norm;
        for (int r = 0; r < ci.rows; ++r) lambda[r] = std::clamp(lambda[r] + step * g[r], 0.0, ci.rowWeight[r]);
    }
    // A second local search from the best Lagrangian solution.
    if (!bestLagCols.isEmpty() && !ctl.stop()) {
        CoverResult alt;
        alt.cols = bestLagCols;
        mclpImprove(ci, alt, ctl);
        if (alt.value > best.value) best = alt;
    }
    return std::max(round(bestBound), best.value);
}

// ---- LSCP -----------------------------------------------------------------------------------------

namespace {

// Greedy completion from `open` (most uncovered rows per column; `prefer` breaks ties, lower first),
// then redundant columns removed (those with the highest `prefer` first).
QVector<int> lscpComplete(const CoverInstance& ci, std::vector<char> open, const std::vector<double>& prefer)
{
    std::vector<int> cnt(ci.rows, 0), score(ci.cols, 0);
    for (int j = 0; j < ci.cols; ++j)
        if (open[j])
            for (int k = ci.colStart[j]; k < ci.colStart[j + 1]; ++k) ++cnt[ci.colRow[k]];
    int uncovered = 0;
    for (int r = 0; r < ci.rows; ++r) {
        if (cnt[r]) continue;
        ++uncovered;
        for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) ++score[ci.rowCol[k]];
    }
    while (uncovered > 0) {
        int best = -1;
        for (int j = 0; j < ci.cols; ++j) {
            if (open[j] || score[j] <= 0) continue;
            if (best < 0 || score[j] > score[best] || (score[j] == score[best] && prefer[j] < prefer[best])) best = j;
        }
        if (best < 0) break;
        open[best] = 1;
        for (int k = ci.colStart[best]; k < ci.colStart[best + 1]; ++k) {
            const int r = ci.colRow[k];
            if (cnt[r]++ != 0) continue;
            --uncovered;
            for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q) --score[ci.rowCol[q]];
        }
    }
    std::vector<int> chosen;
    for (int j = 0; j < ci.cols; ++j)
        if (open[j]) chosen.push_back(j);
    std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
        const int na = ci.colStart[a + 1] - ci.colStart[a], nb = ci.colStart[b + 1] - ci.colStart[b];
        if (prefer[a] != prefer[b]) return prefer[a] > prefer[b];
        return na < nb;
    });
    for (int j : chosen) {
        bool redundant = true;
        for (int k = ci.colStart[j]; k < ci.colStart[j + 1] && redundant; ++k) redundant = cnt[ci.colRow[k]] >= 2;
        if (!redundant) continue;
        open[j] = 0;
        for (int k = ci.colStart[j]; k < ci.colStart[j + 1]; ++k) --cnt[ci.colRow[k]];
    }
    QVector<int> out;
    for (int j = 0; j < ci.cols; ++j)
        if (open[j]) out.append(j);
    return out;
}

}  // namespace

CoverResult lscpHeuristic(const CoverInstance& ci, Control& ctl)
{
    Q_UNUSED(ctl);
    CoverResult res;
    res.cols = lscpComplete(ci, std::vector<char>(ci.cols, 0), std::vector<double>(ci.cols, 0.0));
    res.value = res.cols.size();
    return res;
}

void lscpImprove(const CoverInstance& ci, CoverResult& best, Control& ctl, double seconds, int target)
{
    // Iterated greedy: take out a column and some open neighbours, cover again greedily (random ties),
    // drop what became redundant; keep the move unless it needs more columns.
    if (best.value <= target || ci.cols == 0 || best.cols.isEmpty()) return;
    std::mt19937 rng(20240601u);
    std::vector<char> open(ci.cols, 0);
    std::vector<int> cnt(ci.rows, 0), score(ci.cols, 0), stamp(ci.cols, -1);
    for (int c : std::as_const(best.cols)) {
        open[c] = 1;
        for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) ++cnt[ci.colRow[k]];
    }
    int count = int(best.cols.size());
    std::vector<std::pair<int, int>> changes;   // (column, +1 opened / -1 closed), to undo
    std::vector<int> uncovered, cand, nb;
    const auto setOpen = [&](int c, bool on) {
        open[c] = on ? 1 : 0;
        for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) cnt[ci.colRow[k]] += on ? 1 : -1;
        changes.emplace_back(c, on ? 1 : -1);
    };
    QElapsedTimer timer;
    timer.start();
    std::uniform_int_distribution<int> anyCol(0, ci.cols - 1);
    int lastImproved = 0;
    for (int iter = 0; iter < 50'000'000; ++iter) {
        if ((iter & 15) == 0 && (ctl.stop() || timer.elapsed() > seconds * 1000)) break;
        if (iter - lastImproved > std::max(20000, 2 * lastImproved)) break;   // stagnating
        int j0 = anyCol(rng);
        while (!open[j0]) j0 = anyCol(rng);
        changes.clear();
        // j0 and up to three open columns sharing rows with it.
        nb.clear();
        for (int k = ci.colStart[j0]; k < ci.colStart[j0 + 1]; ++k) {
            const int r = ci.colRow[k];
            for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q) {
                const int c = ci.rowCol[q];
                if (open[c] && c != j0 && stamp[c] != iter) { stamp[c] = iter; nb.push_back(c); }
            }
        }
        std::shuffle(nb.begin(), nb.end(), rng);
        if (nb.size() > 3) nb.resize(3);
        nb.push_back(j0);
        for (int c : nb) setOpen(c, false);
        uncovered.clear();
        for (int c : nb)
            for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) {
                const int r = ci.colRow[k];
                if (cnt[r] == 0 && std::find(uncovered.begin(), uncovered.end(), r) == uncovered.end()) uncovered.push_back(r);
            }
        cand.clear();
        const int tag = -2 - iter;   // a stamp distinct from the neighbour one
        for (int r : uncovered)
            for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q) {
                const int c = ci.rowCol[q];
                if (stamp[c] != tag) { stamp[c] = tag; score[c] = 0; cand.push_back(c); }
                ++score[c];
            }
        int left = int(uncovered.size());
        int delta = -int(nb.size());
        while (left > 0) {
            int bestC = -1, ties = 0;
            for (int c : cand) {
                if (open[c] || score[c] <= 0) continue;
                if (bestC < 0 || score[c] > score[bestC]) { bestC = c; ties = 1; }
                else if (score[c] == score[bestC] && std::uniform_int_distribution<int>(0, ties++)(rng) == 0) bestC = c;
            }
            if (bestC < 0) break;
            for (int k = ci.colStart[bestC]; k < ci.colStart[bestC + 1]; ++k) {
                const int r = ci.colRow[k];
                if (cnt[r] != 0) continue;
                --left;
                for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q) --score[ci.rowCol[q]];
            }
            setOpen(bestC, true);
            ++delta;
        }
        // Redundant columns among those opened and their open neighbours.
        std::vector<int> check;
        for (const auto& [c, d] : changes)
            if (d > 0)
                for (int k = ci.colStart[c]; k < ci.colStart[c + 1]; ++k) {
                    const int r = ci.colRow[k];
                    for (int q = ci.rowStart[r]; q < ci.rowStart[r + 1]; ++q)
                        if (open[ci.rowCol[q]]) check.push_back(ci.rowCol[q]);
                }
        std::sort(check.begin(), check.end());
        check.erase(std::unique(check.begin(), check.end()), check.end());
        std::shuffle(check.begin(), check.end(), rng);
        for (int c : check) {
            bool redundant = open[c] != 0;
            for (int k = ci.colStart[c]; k < ci.colStart[c + 1] && redundant; ++k) redundant = cnt[ci.colRow[k]] >= 2;
            if (redundant) { setOpen(c, false); --delta; }
        }
        if (left > 0 || delta > 0) {
            for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
                open[it->first] = it->second > 0 ? 0 : 1;
                for (int k = ci.colStart[it->first]; k < ci.colStart[it->first + 1]; ++k) cnt[ci.colRow[k]] -= it->second;
            }
            continue;
        }
        count += delta;
        if (count < best.value) {
            lastImproved = iter;
            best.cols.clear();
            for (int c = 0; c < ci.cols; ++c)
                if (open[c]) best.cols.append(c);
            best.value = count;
            if (count <= target) break;
        }
    }
}

double lscpLagrangianBound(const CoverInstance& ci, CoverResult& best, Control& ctl, double seconds, double stopAbove)
{
    // min sum x_j, sum_{j in S_r} x_j >= 1 relaxed with u_r >= 0:
    // L = sum_r u_r + sum_j min(0, 1 - sum_{r in S_j} u_r).
    if (ci.rows == 0) return 0;
    std::vector<double> u(ci.rows), reduced(ci.cols), g(ci.rows);
    for (int r = 0; r < ci.rows; ++r) {
        double v = 1;
        for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) {
            const int c = ci.rowCol[k];
            v = std::min(v, 1.0 / (ci.colStart[c + 1] - ci.colStart[c]));
        }
        u[r] = v;
    }
    double bestBound = 0, alpha = 2.0;
    int sinceImproved = 0;
    QElapsedTimer timer;
    timer.start();
    for (int iter = 0; iter < 3000; ++iter) {
        if (ctl.stop() || timer.elapsed() > seconds * 1000) break;
        double L = 0;
        for (int r = 0; r < ci.rows; ++r) L += u[r];
        std::fill(reduced.begin(), reduced.end(), 1.0);
        for (int r = 0; r < ci.rows; ++r)
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) reduced[ci.rowCol[k]] -= u[r];
        for (int c = 0; c < ci.cols; ++c) L += std::min(0.0, reduced[c]);
        if (L > bestBound + 1e-9) { bestBound = L; sinceImproved = 0; } else if (++sinceImproved >= 20) {
            alpha *= 0.5;
            sinceImproved = 0;
        }
        if (iter % 10 == 9) {
            // A cover from the columns with negative reduced cost, completed and cleaned by reduced cost.
            std::vector<char> open(ci.cols, 0);
            for (int c = 0; c < ci.cols; ++c) open[c] = reduced[c] < 0 ? 1 : 0;
            const QVector<int> cols = lscpComplete(ci, std::move(open), reduced);
            if (cols.size() < best.value) { best.cols = cols; best.value = cols.size(); }
        }
        const double upper = best.value;
        if (std::ceil(bestBound - 1e-6) >= upper || bestBound > stopAbove || alpha < 1e-4) break;
        double norm = 0;
        for (int r = 0; r < ci.rows; ++r) {
            int x = 0;
            for (int k = ci.rowStart[r]; k < ci.rowStart[r + 1]; ++k) x += reduced[ci.rowCol[k]] < 0 ? 1 : 0;
            g[r] = 1.0 - x;
            if (u[r] <= 0 && g[r] < 0) g[r] = 0;
            norm += g[r] * g[r];
        }
        if (norm <= 0) break;   // the Lagrangian solution is a cover: L is the LP optimum
        const double step = alpha * std::max(1.05 * upper - L, 1e-6) / norm;
        for (int r = 0; r < ci.rows; ++r) u[r] = std::max(0.0, u[r] + step * g[r]);
    }
    return bestBound;
}

}  // namespace dosi::models::loc
