// Dictionary encoding of unit and time keys, and the duplicate-key check of measure tables.

#include "MeasureKeys.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace dosi {

namespace keys {

Dictionary dictionary(const QStringList& keys)
{
    Dictionary out;
    QHash<QString, quint32> ids;
    // Importers share one QString per distinct key, so most lookups hit this cache of data pointers
    // and never hash or compare the text.
    QHash<const QChar*, QPair<qsizetype, quint32>> byData;
    QStringList distinct;
    out.rankOfRow.resize(keys.size());
    const QChar* prevData = nullptr;
    qsizetype prevSize = -1;
    quint32 prevId = 0;
    for (qsizetype r = 0; r < keys.size(); ++r) {
        const QString& k = keys[r];
        const QChar* data = k.constData();
        if (data == prevData && k.size() == prevSize) {   // runs of one key are common
            out.rankOfRow[r] = prevId;
            continue;
        }
        quint32 id;
        const auto cached = byData.constFind(data);
        if (cached != byData.constEnd() && cached->first == k.size()) {
            id = cached->second;
        } else {
            auto it = ids.constFind(k);
            if (it == ids.constEnd()) it = ids.insert(k, quint32(distinct.size())), distinct.append(k);
            id = *it;
            byData.insert(data, {k.size(), id});
        }
        prevData = data;
        prevSize = k.size();
        prevId = id;
        out.rankOfRow[r] = id;
    }
    QVector<quint32> order(distinct.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return distinct[a] < distinct[b]; });
    QVector<quint32> rank(distinct.size());
    out.sorted.reserve(distinct.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        rank[order[i]] = quint32(i);
        out.sorted.append(distinct[order[i]]);
    }
    for (quint32& r : out.rankOfRow) r = rank[r];
    return out;
}

}  // namespace keys

QPair<int, int> findDuplicateKey(const MeasureTable& t)
{
    const keys::Dictionary units = keys::dictionary(t.units);
    const keys::Dictionary times = keys::dictionary(t.times);
    const qint64 nt = times.sorted.size();
    const qint64 cells = qint64(units.sorted.size()) * nt;
    if (cells <= qint64(64) * 1024 * 1024) {
        QVector<qint32> first(cells, -1);
        for (qint32 r = 0; r < t.rowCount(); ++r) {
            qint32& f = first[qint64(units.rankOfRow[r]) * nt + times.rankOfRow[r]];
            if (f >= 0) return {f, r};
            f = r;
        }
        return {-1, -1};
    }
    QVector<QPair<quint64, qint32>> keys(t.rowCount());
    for (qint32 r = 0; r < t.rowCount(); ++r) keys[r] = {quint64(units.rankOfRow[r]) << 32 | times.rankOfRow[r], r};
    std::sort(keys.begin(), keys.end());
    QPair<int, int> found{-1, -1};
    for (qsizetype i = 1; i < keys.size(); ++i)
        if (keys[i].first == keys[i - 1].first && (found.second < 0 || keys[i].second < found.second))
            found = {keys[i - 1].second, keys[i].second};   // the earliest second occurrence
    return found;
}

}  // namespace dosi
