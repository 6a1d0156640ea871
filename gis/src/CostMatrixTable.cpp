// readCostTable: a (from, to, cost) table from delimited text into a CostMatrix, with errors that
// name the file, line and column.
#include "dosi/gis/CostMatrix.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dosi::gis {

namespace {

// lupdate sees CostTableTr::tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct CostTableTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::CostTable)
};

int findColumn(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].compare(name, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

struct Pair {
    int demand;
    int candidate;
    double cost;
    int line;
};

// An ambiguous row, read before the table's direction is known (ids that exist on both sides).
struct Pending {
    int normalDemand, normalCandidate;   // from = candidate, to = demand
    int transposedDemand, transposedCandidate;
    double cost;
    int line;
};

enum class Orientation { Unknown, Normal, Transposed };

Result<QHash<QString, int>> indexIds(const QStringList& ids, const QString& side)
{
    QHash<QString, int> out;
    out.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids[i].trimmed();
        if (out.contains(id))
            return makeError(
                CostTableTr::tr("The %1 id \"%2\" occurs twice; a cost table needs unique ids.").arg(side, id));
        out.insert(id, i);
    }
    return out;
}

}  // namespace

Result<CostMatrix> readCostTable(const QString& path, const QStringList& demandIds, const QStringList& candidateIds,
                                 const CostTableOptions& options)
{
    const QString file = QFileInfo(path).fileName();
    const QString fromName = options.fromColumn.isEmpty() ? QStringLiteral("from") : options.fromColumn;
    const QString toName = options.toColumn.isEmpty() ? QStringLiteral("to") : options.toColumn;
    const QString costName = options.costColumn.isEmpty() ? QStringLiteral("cost") : options.costColumn;

    auto demandIndex = indexIds(demandIds, CostTableTr::tr("demand"));
    if (!demandIndex) return demandIndex.error();
    auto candidateIndex = indexIds(candidateIds, CostTableTr::tr("candidate"));
    if (!candidateIndex) return candidateIndex.error();
    const QHash<QString, int>& dem = *demandIndex;
    const QHash<QString, int>& cand = *candidateIndex;

    auto opened = CsvReader::open(path, options.encoding);
    if (!opened) return opened.error();
    CsvReader& reader = *opened;
    const QStringList header = reader.header();
    const int fromCol = findColumn(header, fromName);
    const int toCol = findColumn(header, toName);
    const int costCol = findColumn(header, costName);
    QStringList missing;
    if (fromCol < 0) missing << fromName;
    if (toCol < 0) missing << toName;
    if (costCol < 0) missing << costName;
    if (!missing.isEmpty())
        return makeError(CostTableTr::tr("%1 line 1: no column %2 (the columns are: %3).")
                             .arg(file, QLatin1Char('"') + missing.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                                  header.join(QStringLiteral(", "))));
    const int needed = std::max({fromCol, toCol, costCol}) + 1;

    auto cellError = [&](int line, int column, const QString& what) {
        return makeError(CostTableTr::tr("%1 line %2, column %3 (\"%4\"): %5")
                             .arg(file)
                             .arg(line)
                             .arg(column + 1)
                             .arg(header.value(column), what));
    };

    std::vector<Pair> pairs;
    std::vector<Pending> pending;
    Orientation orientation = Orientation::Unknown;
    // A row whose ids do not fit the direction o: names the first offending column.
    auto unknownId = [&](Orientation o, int line, const QString& from, const QString& to, bool normalFromOk,
                         bool transFromOk) {
        const bool transposed = o == Orientation::Transposed;
        const bool fromOk = transposed ? transFromOk : normalFromOk;
        const int column = fromOk ? toCol : fromCol;
        const QString id = fromOk ? to : from;
        const bool wantCandidate = (column == fromCol) != transposed;
        if (id.isEmpty()) return cellError(line, column, CostTableTr::tr("the id is empty."));
        QString what = wantCandidate ? CostTableTr::tr("\"%1\" is not a candidate id.").arg(id)
                                     : CostTableTr::tr("\"%1\" is not a demand id.").arg(id);
        if (transposed) what += QLatin1Char(' ') + CostTableTr::tr("(This table runs from demand to candidates.)");
        return cellError(line, column, what);
    };

    QStringList fields;
    int line = 0;
    int dataRows = 0;
    while (reader.next(&fields, &line)) {
        ++dataRows;
        if (fields.size() < needed) {
            const int column = fields.size() <= fromCol ? fromCol : fields.size() <= toCol ? toCol : costCol;
            return cellError(line, column,
                             CostTableTr::tr("the field is missing (the row has %1 fields).").arg(fields.size()));
        }
        const QString from = fields[fromCol].trimmed();
        const QString to = fields[toCol].trimmed();
        const QString token = fields[costCol].trimmed();
        double value = 0;
        if (token.isEmpty()) return cellError(line, costCol, CostTableTr::tr("the cost is empty."));
        if (!parseNumber(token, &value) || !std::isfinite(value))
            return cellError(line, costCol, CostTableTr::tr("\"%1\" is not a number.").arg(token));
        if (value < 0) return cellError(line, costCol, CostTableTr::tr("the cost %1 is negative.").arg(token));

        const int nc = cand.value(from, -1), nd = dem.value(to, -1);
        const int td = dem.value(from, -1), tc = cand.value(to, -1);
        const bool normalOk = nc >= 0 && nd >= 0;
        const bool transOk = td >= 0 && tc >= 0;
        const double c = value;
        if (orientation == Orientation::Unknown) {
            if (normalOk && transOk) {
                pending.push_back({nd, nc, td, tc, c, line});
                continue;
            }
            if (!normalOk && !transOk) {
                // Judge it against the direction it resembles more.
                const int normalHits = (nc >= 0) + (nd >= 0), transHits = (td >= 0) + (tc >= 0);
                const Orientation o = transHits > normalHits ? Orientation::Transposed : Orientation::Normal;
                return unknownId(o, line, from, to, nc >= 0, td >= 0);
            }
            orientation = normalOk ? Orientation::Normal : Orientation::Transposed;
            for (const Pending& p : pending) {
                if (orientation == Orientation::Normal)
                    pairs.push_back({p.normalDemand, p.normalCandidate, p.cost, p.line});
                else
                    pairs.push_back({p.transposedDemand, p.transposedCandidate, p.cost, p.line});
            }
            pending.clear();
        }
        if (orientation == Orientation::Normal) {
            if (!normalOk) return unknownId(orientation, line, from, to, nc >= 0, td >= 0);
            pairs.push_back({nd, nc, c, line});
        } else {
            if (!transOk) return unknownId(orientation, line, from, to, nc >= 0, td >= 0);
            pairs.push_back({td, tc, c, line});
        }
    }
    if (!reader.errorMessage().isEmpty()) return makeError(reader.errorMessage());
    if (dataRows == 0) return makeError(CostTableTr::tr("%1 has a header but no data rows.").arg(file));
    for (const Pending& p : pending)   // ids valid both ways: read as from = candidate
        pairs.push_back({p.normalDemand, p.normalCandidate, p.cost, p.line});
    const bool transposed = orientation == Orientation::Transposed;

    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.demand != b.demand) return a.demand < b.demand;
        if (a.candidate != b.candidate) return a.candidate < b.candidate;
        return a.line < b.line;
    });
    // Duplicates: report the repeat that comes first in the file.
    int dupAt = -1;
    for (size_t k = 1; k < pairs.size(); ++k) {
        if (pairs[k].demand == pairs[k - 1].demand && pairs[k].candidate == pairs[k - 1].candidate &&
            (dupAt < 0 || pairs[k].line < pairs[size_t(dupAt)].line))
            dupAt = int(k);
    }
    if (dupAt >= 0) {
        const Pair& p = pairs[size_t(dupAt)];
        size_t first = size_t(dupAt);
        while (first > 0 && pairs[first - 1].demand == p.demand && pairs[first - 1].candidate == p.candidate) --first;
        const QString fromId = transposed ? demandIds[p.demand].trimmed() : candidateIds[p.candidate].trimmed();
        const QString toId = transposed ? candidateIds[p.candidate].trimmed() : demandIds[p.demand].trimmed();
        return cellError(p.line, fromCol,
                         CostTableTr::tr("the pair from \"%1\" to \"%2\" already appears on line %3.")
                             .arg(fromId, toId)
                             .arg(pairs[first].line));
    }

    const int rows = int(demandIds.size()), cols = int(candidateIds.size());
    if (options.requireComplete && qint64(pairs.size()) < qint64(rows) * cols) {
        size_t k = 0;
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < cols; ++j) {
                if (k < pairs.size() && pairs[k].demand == i && pairs[k].candidate == j) {
                    ++k;
                    continue;
                }
                return makeError(
                    CostTableTr::tr("%1 has no cost from candidate \"%2\" to demand \"%3\" (%4 of %5 pairs are "
                                    "given); this model needs the cost of every pair.")
                        .arg(file, candidateIds[j].trimmed(), demandIds[i].trimmed())
                        .arg(pairs.size())
                        .arg(qint64(rows) * cols));
            }
        }
    }

    CostMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.unit = header.value(costCol);
    m.limit = options.maxCost;
    m.rowStart.fill(0, rows + 1);
    m.col.reserve(qsizetype(pairs.size()));
    m.cost.reserve(qsizetype(pairs.size()));
    size_t k = 0;
    for (int i = 0; i < rows; ++i) {
        for (; k < pairs.size() && pairs[k].demand == i; ++k) {
            if (!(pairs[k].cost <= options.maxCost)) continue;
            m.col.append(pairs[k].candidate);
            m.cost.append(pairs[k].cost);
        }
        m.rowStart[i + 1] = m.col.size();
    }
    return m;
}

}  // namespace dosi::gis
