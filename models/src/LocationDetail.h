#pragma once
// Internals of the location solvers (Location*.cpp): run control (time limit, cancel, progress),
// the reduced coverage instance shared by MCLP, LSCP and the p-center checks, the p-median instance,
// the heuristics with their Lagrangian bounds, and a small MIP wrapper around COIN-OR CBC.

#include "dosi/models/Location.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <limits>
#include <memory>
#include <vector>

namespace dosi::models::loc {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::Location)
};

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// Time limit, cancellation and progress for one solve. `stop()` is cheap enough to call in inner loops
// every few thousand steps; once it has returned true it keeps returning true.
class Control {
public:
    explicit Control(const SolveOptions& options);
    bool stop();                          // cancelled or out of time
    bool cancelled() const { return m_cancelled; }
    bool timedOut() const { return m_timedOut; }
    double elapsed() const { return m_timer.elapsed() / 1000.0; }
    double remaining() const { return m_limit - elapsed(); }
    double timeLimit() const { return m_limit; }
    // Progress: `percent` within the current range, never below what was reported before. setRange sets
    // the range in overall percent; pushRange narrows the current one (percent of it) until popRange.
    void setRange(int lo, int hi) { m_lo = lo; m_hi = hi; }
    struct Range { int lo, hi; };
    Range pushRange(int lo, int hi);
    void popRange(Range r) { m_lo = r.lo; m_hi = r.hi; }
    void progress(int percent, const QString& phase);
    const SolveOptions& options() const { return m_options; }
    // Called by CBC's event handler (possibly from CBC's threads).
    bool keepGoingRaw() const { return !m_options.keepGoing || m_options.keepGoing(); }
    void markCancelled() { m_cancelled = true; }

private:
    SolveOptions m_options;
    QElapsedTimer m_timer;
    double m_limit;
    bool m_cancelled = false;
    bool m_timedOut = false;
    int m_lo = 0, m_hi = 100;
    int m_last = 0;
};

// ---- coverage (MCLP, LSCP, p-center checks) -------------------------------------------------------

// Demand points with positive weight, reduced: points already covered by a required facility drop out
// (their weight is `baseWeight`), points nothing reaches are uncoverable, points with the same set of
// candidates become one row (weights summed), and candidates whose rows are a subset of another's are
// dropped (`dominated`). Columns are the remaining candidates.
struct CoverInstance {
    int rows = 0, cols = 0;
    QVector<double> rowWeight;
    QVector<int> rowStart, rowCol;        // row -> columns, ascending
    QVector<int> colStart, colRow;        // column -> rows, ascending
    QVector<int> colCand;                 // column -> candidate index
    double baseWeight = 0;                // covered by required facilities
    double coverableWeight = 0;           // baseWeight + sum of rowWeight
    double uncoverableWeight = 0;
    int uncoverablePoints = 0;            // positive-weight points no site reaches
    int originalRows = 0;                 // positive-weight points not covered by required ones and coverable
    int dominated = 0;                    // candidates left out as dominated
    bool integerWeights = true;
};

// `lscp` additionally drops rows whose column set contains another row's (covering the smaller one covers it).
CoverInstance buildCoverInstance(const LocationProblem& problem, double radius, bool lscp);

struct CoverResult {
    QVector<int> cols;                    // chosen columns
    double value = 0;                     // MCLP: covered row weight; LSCP: column count
    double bound = 0;                     // MCLP: upper bound on covered row weight; LSCP: lower bound on count
    bool boundValid = false;
};

// MCLP heuristic: greedy from `start` (columns) up to p columns, then best-improvement swaps.
CoverResult mclpHeuristic(const CoverInstance& ci, int p, const QVector<int>& start, Control& ctl);
// Swap improvement of a full solution (used for the Lagrangian's solution as a second start).
void mclpImprove(const CoverInstance& ci, CoverResult& r, Control& ctl);
// Lagrangian (subgradient) upper bound on covered row weight; improves `best` with the Lagrangian solutions.
double mclpLagrangianBound(const CoverInstance& ci, int p, CoverResult& best, Control& ctl, double seconds);
double coverValue(const CoverInstance& ci, const QVector<int>& cols);

// LSCP heuristic: greedy, then redundant columns removed.
CoverResult lscpHeuristic(const CoverInstance& ci, Control& ctl);
// Iterated greedy on a cover (random neighbourhoods re-covered greedily) until `target` columns or the time.
void lscpImprove(const CoverInstance& ci, CoverResult& best, Control& ctl, double seconds, int target);
// Lagrangian lower bound on the number of columns (not rounded); improves `best` with covers built from
// the reduced costs. Stops early once the bound exceeds `stopAbove`.
double lscpLagrangianBound(const CoverInstance& ci, CoverResult& best, Control& ctl, double seconds,
                           double stopAbove = kInf);

// ---- p-median -----------------------------------------------------------------------------------

// Positive-weight demand points as rows; each keeps the candidates cheaper than its nearest required
// facility (`fallback`, infinity when none), sorted by cost.
struct MedianInstance {
    int rows = 0, cols = 0;               // cols = candidates that are not required (local index)
    QVector<int> rowDemand;
    QVector<double> w;
    QVector<double> fallback;
    QVector<qint64> start;
    QVector<int> col;                     // local column
    QVector<double> cost;
    QVector<int> colCand;                 // local column -> candidate
    QVector<int> candCol;                 // candidate -> local column (-1 for required)
    double big = 1;                       // stands for "unreachable" in the heuristics
};
MedianInstance buildMedianInstance(const LocationProblem& problem);

struct MedianResult {
    QVector<int> cols;
    double value = kInf;                  // total weighted cost (big for unreached points)
    bool feasible = false;                // every row reached
};
MedianResult medianHeuristic(const MedianInstance& mi, int p, const QVector<int>& start, Control& ctl);
double medianValue(const MedianInstance& mi, const QVector<int>& cols, bool* feasible = nullptr);
// Lagrangian lower bound on the total weighted cost; improves `best` by an interchange from the
// Lagrangian's sites.
double medianLagrangianBound(const MedianInstance& mi, int p, MedianResult& best, Control& ctl, double seconds);
// Adds columns greedily (least total weighted cost) until `cols` holds p of them.
void medianFill(const MedianInstance& mi, int p, QVector<int>& cols);

// ---- CBC ------------------------------------------------------------------------------------------

// A minimisation MIP with rows lo <= a x <= hi, in row-major sparse form.
struct MipModel {
    int cols = 0;
    std::vector<double> obj, colLo, colUp;
    std::vector<char> integer;
    std::vector<int> rowStart{0};
    std::vector<int> rowIdx;
    std::vector<double> rowVal, rowLo, rowUp;
    void addRow(const std::vector<int>& idx, const std::vector<double>& val, double lo, double hi);
    int rows() const { return int(rowStart.size()) - 1; }
};

struct MipResult {
    bool ran = false;
    bool provenOptimal = false;
    bool provenInfeasible = false;
    bool stoppedByTime = false;
    bool stoppedByUser = false;
    bool hasSolution = false;
    std::vector<double> x;
    double objective = kInf;
    double bound = -kInf;                 // best possible objective (a lower bound)
    double seconds = 0;
};

// Solves with CBC (CbcMain1 with the cbc binary's default settings, so preprocessing, cuts and heuristics
// run), warm-started with `start` (values for integer columns; empty = none). Calls are serialised.
MipResult solveMip(const MipModel& model, const std::vector<double>& start, Control& ctl, double seconds,
                   const QString& phase);

// ---- shared helpers -------------------------------------------------------------------------------

// Fills selected/newSites (sorted), evaluates, sets objective, bound, gap and optimal.
void finishSolution(const LocationProblem& problem, LocationSolution& s, const QVector<int>& newCandidates,
                    double bound, bool proven);
double relativeGap(double objective, double bound);
bool isIntegerValued(double v);

// The per-model solvers (LocationSolve.cpp, LocationCenter.cpp).
Result<LocationSolution> solveMclp(const LocationProblem& problem, Control& ctl, const QVector<int>& warmStart);
Result<LocationSolution> solveLscp(const LocationProblem& problem, Control& ctl);
Result<LocationSolution> solvePMedian(const LocationProblem& problem, Control& ctl);
Result<LocationSolution> solvePCenter(const LocationProblem& problem, Control& ctl);

// MCLP on a built instance (coverageCurve reuses the instance): new candidates chosen, bound on the covered
// demand (including baseWeight) and whether it is proven.
struct MclpOutcome {
    QVector<int> candidates;
    double bound = 0;
    bool proven = false;
    QString method;
    QStringList notes;
};
MclpOutcome solveMclpInstance(const CoverInstance& ci, int p, const QVector<int>& warmCandidates, Control& ctl);
// Pads the new sites of a coverage model up to p with the candidates covering the most demand weight (only
// needed once everything coverable is covered).
void padCoverage(const LocationProblem& problem, QVector<int>& newSites, int p);

}  // namespace dosi::models::loc
