#pragma once
// Costs between demand points (rows) and candidate sites (columns) for location analysis:
// Euclidean distance in EPSG:5179 metres, a supplied cost table (from, to, cost) as analysts bring
// from routing tools, or road-network travel time (RoadNetwork.h). Stored sparse by demand row, so
// that a coverage model over the Seoul 250 m grid (10 k x 10 k) only keeps the pairs within reach.
// A pair that is absent is "unreachable" (no cost known, or beyond the limit it was built with).

#include "dosi/core/Result.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <limits>

namespace dosi::gis {

struct CostMatrix {
    int rows = 0;                 // demand points
    int cols = 0;                 // candidate sites
    QVector<qint64> rowStart;     // size rows + 1; row i's pairs are [rowStart[i], rowStart[i+1])
    QVector<int> col;             // candidate index of each pair, ascending within a row
    QVector<double> cost;         // cost of each pair (metres, minutes or the table's unit)
    double limit = std::numeric_limits<double>::infinity();   // pairs above it were left out
    QString unit;                 // "m", "min" or the cost table's column name

    qint64 pairCount() const { return col.size(); }
    bool isComplete() const { return pairCount() == qint64(rows) * cols; }
    // The cost of (demand i, candidate j), or NaN when the pair is absent.
    double at(int i, int j) const;
    // Builds a matrix from a per-row callback that appends (candidate, cost) pairs in any order; a pair
    // given twice keeps its least cost, candidates outside [0, cols) are ignored.
    static CostMatrix fromRows(int rows, int cols,
                               const std::function<void(int row, QVector<QPair<int, double>>& out)>& fill);
};

// Euclidean distances between points (metres in EPSG:5179), keeping only pairs with distance <= maxDistance
// (infinity = every pair; negative or NaN = none). Uses a uniform-grid index, so a 19 k x 1 k problem with a
// 1 km radius takes milliseconds. Points with non-finite coordinates get no pairs.
CostMatrix euclideanCosts(const QVector<QPointF>& demand, const QVector<QPointF>& candidates,
                          double maxDistance = std::numeric_limits<double>::infinity());

// A cost table from delimited text (UTF-8 or CP949, detected): one row per pair with a from column,
// a to column and a cost column. "From" are the candidate (facility) ids and "to" the demand ids; a
// table the other way round (from = demand) is recognised and read transposed.
// Errors name the file, line and column: missing columns, non-numeric or negative costs, ids unknown
// to both sides, duplicate pairs. When requireComplete, a missing (demand, candidate) pair is an error
// naming the first one missing (p-median and p-center need every pair); otherwise absent pairs are
// unreachable. Column names match exactly, else case-insensitively; empty names mean "from", "to" and
// "cost". The direction is decided by the first row whose ids fit only one way (rows whose ids exist on
// both sides fit either); when no row decides, from = candidates. Ids are compared after trimming.
struct CostTableOptions {
    QString fromColumn;
    QString toColumn;
    QString costColumn;
    QString encoding;             // empty = detect
    bool requireComplete = false;
    double maxCost = std::numeric_limits<double>::infinity();   // pairs above it are dropped (after the
                                                                // requireComplete check)
};
Result<CostMatrix> readCostTable(const QString& path, const QStringList& demandIds, const QStringList& candidateIds,
                                 const CostTableOptions& options);

}  // namespace dosi::gis
