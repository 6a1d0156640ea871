#pragma once
// Facility location models, solved exactly with COIN-OR CBC where the instance allows and by a
// heuristic with a proven bound otherwise.
//
//   LSCP     fewest new facilities so that every coverable demand point is within `radius` of an open one
//   MCLP     the p new facilities that cover the most demand weight within `radius`
//   p-median the p new facilities that minimise the total weighted cost to the nearest open facility
//   p-center the p new facilities that minimise the largest cost to the nearest open facility
//
// Required facilities (existing stations, CCTVs already installed) are open in every model and are not
// counted in p. Demand points that no candidate and no required facility can reach within the radius
// cannot be covered by any choice; LSCP covers all the others and reports them as uncoverable.
// p-median and p-center need a cost for every (demand, candidate) pair that could be assigned; a demand
// point with no reachable candidate makes them fail with a message naming it.
//
// Demand points with weight 0 carry no demand: LSCP need not cover them and p-center does not measure
// them (they are still assigned and reported).
//
// Objective, as in ../shared/GUIDE.md §5: covered demand (MCLP), facility count (LSCP, new facilities),
// total weighted cost (p-median), maximum cost over positive-weight demand (p-center). `bound` is the best
// proven bound on it (upper for MCLP, lower for the others); gap = |bound - objective| / max(|objective|, 1e-9);
// optimal when the gap is within 1e-9 (or CBC proved it).
//
// How it is solved: MCLP and LSCP first merge demand points with the same candidates in reach, drop
// points already covered by required facilities and candidates dominated by another; a greedy heuristic
// with swap improvement (MCLP, p-median: fast interchange; LSCP: redundancy removal) and a Lagrangian bound
// follow; CBC (CbcMain1 with the cbc binary's defaults, warm-started with the heuristic solution) runs when
// the bound leaves a gap (Auto) or always (Exact). p-median gives CBC the assignment model over at most
// 150,000 (point, candidate) pairs (the nearest ones, else a relaxation and a note). p-center bisects on
// the distinct costs, each step an LSCP check settled by the heuristic, the Lagrangian bound or CBC.

#include "dosi/core/Result.h"
#include "dosi/gis/CostMatrix.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace dosi::models {

enum class LocationModel { Lscp, Mclp, PMedian, PCenter };
QString locationModelName(LocationModel m);                          // "lscp", "mclp", "pmedian", "pcenter"
std::optional<LocationModel> locationModelFromName(const QString& name);   // also "p-median", "p-center"
bool isCoverageModel(LocationModel m);                                // LSCP, MCLP

struct LocationProblem {
    LocationModel model = LocationModel::Mclp;
    QStringList demandIds;
    QVector<double> weights;          // >= 0, one per demand point
    QStringList candidateIds;
    QVector<int> required;            // candidate indices always open (existing facilities)
    gis::CostMatrix costs;            // demand x candidates (required facilities are candidates too)
    double radius = 0;                // service standard in the cost unit (LSCP, MCLP)
    int p = 0;                        // new facilities (MCLP, p-median, p-center)
};

// Checks a problem before solving: sizes agree, weights finite and >= 0 with some positive, radius > 0
// for coverage models, 1 <= p <= candidates not required (not for LSCP), costs finite and >= 0, and for
// p-median / p-center a cost from every positive-weight demand point. The message says what to fix.
Result<void> validateProblem(const LocationProblem& problem);

enum class SolveMethod { Auto, Exact, Heuristic };

struct SolveOptions {
    SolveMethod method = SolveMethod::Auto;   // Auto: heuristic + bound first, CBC when the bound leaves a gap
    double timeLimitSeconds = 60;             // for CBC; the heuristic's result stands when it runs out
    double relativeGap = 0;                   // accepted relative gap (0 = prove the optimum)
    int threads = 1;                          // CBC threads
    // Progress in percent (never decreasing) with a short phrase; return false from `keepGoing` to cancel
    // (checked often). Both are called on the solving thread; with threads > 1 also from CBC's threads, but
    // never two at a time. CBC calls are serialised across the process (CbcMain1 keeps global state).
    std::function<void(int percent, const QString& phase)> progress;
    std::function<bool()> keepGoing;
};

struct LocationSolution {
    LocationModel model = LocationModel::Mclp;
    int p = 0;
    double radius = 0;
    double objective = 0;
    double bound = 0;
    double gap = 0;
    bool optimal = false;
    bool cancelled = false;           // keepGoing said stop: the best solution found so far
    QString method;                   // "cbc", "heuristic", "heuristic+bound", "enumeration"
    QStringList notes;                // e.g. "CBC stopped at the time limit; heuristic solution kept"
    QVector<int> selected;            // candidate indices open, ascending: required and new
    QVector<int> newSites;            // the new ones only
    QVector<int> assignment;          // per demand point: the open facility at least cost, -1 none reachable
    QVector<double> demandCost;       // per demand point: that cost (NaN when none)
    QVector<bool> covered;            // per demand point: cost <= radius (coverage models) / assigned (others)
    int coveredUnits = 0, totalUnits = 0;
    int uncoverableUnits = 0;         // no candidate or required facility within the radius
    double coveredDemand = 0, totalDemand = 0;
    double meanCost = 0;              // weighted mean of demandCost over assigned demand
    double maxCost = 0;               // over assigned demand with positive weight
    double seconds = 0;
};

Result<LocationSolution> solveLocation(const LocationProblem& problem, const SolveOptions& options = {});

// Fills assignment, demandCost, covered, the summary figures and the objective of `s` for the open sites
// s.selected (required ones are added; selected is sorted and newSites derived). bound, gap and optimal
// are left alone.
void evaluateSolution(const LocationProblem& problem, LocationSolution& s);

// Coverage as p grows (MCLP with p = 1..pMax new facilities), each point solved as solveLocation would
// (warm-started from the previous p, with the time limit per point). Stops early once all coverable demand
// is covered. pMax above the candidates not required is capped. Cancelling returns an error.
struct CoveragePoint {
    int p = 0;
    double coveredDemand = 0;
    double coveredShare = 0;          // of total demand
    double bound = 0;
    bool optimal = false;
    QVector<int> newSites;
};
Result<QVector<CoveragePoint>> coverageCurve(const LocationProblem& mclp, int pMax, const SolveOptions& options = {});

// Exhaustive search over all p-subsets (tests and tiny instances; refuses more than 5 million subsets).
Result<LocationSolution> solveByEnumeration(const LocationProblem& problem);

}  // namespace dosi::models
