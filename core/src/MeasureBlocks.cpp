// Measure layers stored as (unit, time block) rows of packed values; see MeasureBlocks.h.

#include "MeasureBlocks.h"

#include "BlockCodec.h"

#include "MeasureKeys.h"
#include "ProjectStoreImpl.h"
#include "dosi/core/Values.h"


#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace dosi::blocks {

namespace {

constexpr qint64 kDenseCellLimit = qint64(64) * 1024 * 1024;  // units x times for the direct index

using codec::Decoded;

QString corrupt(const QString& table) { return StoreTr::tr("the values of table \"%1\" are damaged").arg(table); }

}  // namespace

int slotsPerBlock(int fieldCount) { return fieldCount <= 4 ? 168 : 24; }

QString createTimesTable(sql::Db& db)
{
    return db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS dosi_measure_times (table_name TEXT NOT NULL, time TEXT NOT NULL,"
        " block INTEGER NOT NULL, slot INTEGER NOT NULL, PRIMARY KEY (table_name, time)) WITHOUT ROWID;"
        "CREATE INDEX IF NOT EXISTS dosi_measure_times_block ON dosi_measure_times (table_name, block, slot)"));
}

QString writeTable(sql::Db& db, const QString& table, const MeasureTable& data)
{
    const int nf = int(data.fields.size());
    if (nf == 0) return StoreTr::tr("a measure layer needs at least one field");
    const qsizetype n = data.rowCount();
    if (data.times.size() != n) return StoreTr::tr("the table has %1 units but %2 times").arg(n).arg(data.times.size());
    for (const QVector<double>& c : data.columns)
        if (c.size() != n) return StoreTr::tr("the table's columns differ in length");

    const QString t = sql::quoteId(table);
    if (QString e = db.exec(QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, unit TEXT NOT NULL,"
                                           " block INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (unit, block));"
                                           "CREATE INDEX %2 ON %1 (block, unit)")
                                .arg(t, sql::quoteId(table + QStringLiteral("_block"))));
        !e.isEmpty())
        return e;

    const keys::Dictionary units = keys::dictionary(data.units);
    const keys::Dictionary times = keys::dictionary(data.times);
    const qint64 nu = units.sorted.size();
    const qint64 nt = times.sorted.size();
    const int perBlock = slotsPerBlock(nf);
    const qint64 blocks = (nt + perBlock - 1) / perBlock;
    auto duplicate = [&](qint64 row) {
        return StoreTr::tr("unit %1, time %2 appears twice").arg(data.units[row], data.times[row]);
    };

    QVector<QByteArray> unitUtf8(nu);
    for (qint64 u = 0; u < nu; ++u) unitUtf8[u] = units.sorted[u].toUtf8();
    sql::Stmt ins(db, QStringLiteral("INSERT INTO %1 (unit, block, data) VALUES (?, ?, ?)").arg(t));
    if (!ins.valid()) return ins.error();
    auto insert = [&](qint64 unit, qint64 block, const QByteArray& blob) -> QString {
        ins.reset();
        ins.bindStaticText(1, unitUtf8[unit]);
        ins.bind(2, block);
        ins.bindStaticBlob(3, blob.constData(), int(blob.size()));
        ins.step();
        return ins.failed() ? ins.error() : QString();
    };
    QByteArray buf;
    auto put = [&](qint64 unit, qint64 block, const qint32* rowOfSlot, int nslots) -> QString {
        codec::encode(data, rowOfSlot, nslots, &buf);
        return insert(unit, block, buf);
    };

    if (nu * nt <= kDenseCellLimit) {
        // Direct index: cell[unit * nt + time] = row.
        QVector<qint32> cell(nu * nt, -1);
        for (qint64 r = 0; r < n; ++r) {
            qint32& c = cell[qint64(units.rankOfRow[r]) * nt + times.rankOfRow[r]];
            if (c >= 0) return duplicate(r);
            c = qint32(r);
        }
        struct Job {
            qint64 unit, block;
        };
        std::vector<Job> jobs;
        for (qint64 b = 0; b < blocks; ++b) {
            const int nslots = int(std::min<qint64>(perBlock, nt - b * perBlock));
            for (qint64 u = 0; u < nu; ++u) {
                const qint32* rows = cell.constData() + u * nt + b * perBlock;
                if (!std::all_of(rows, rows + nslots, [](qint32 x) { return x < 0; })) jobs.push_back({u, b});
            }
        }
        // Encoding runs one batch ahead on a second thread while this one inserts.
        constexpr size_t kBatch = 2048;
        std::vector<QByteArray> encoded[2] = {std::vector<QByteArray>(kBatch), std::vector<QByteArray>(kBatch)};
        auto encodeBatch = [&](size_t first, std::vector<QByteArray>* out) {
            for (size_t i = first; i < std::min(jobs.size(), first + kBatch); ++i) {
                const Job& j = jobs[i];
                const int nslots = int(std::min<qint64>(perBlock, nt - j.block * perBlock));
                codec::encode(data, cell.constData() + j.unit * nt + j.block * perBlock, nslots, &(*out)[i - first]);
            }
        };
        encodeBatch(0, &encoded[0]);
        for (size_t first = 0, k = 0; first < jobs.size(); first += kBatch, ++k) {
            std::thread ahead;
            if (first + kBatch < jobs.size()) ahead = std::thread(encodeBatch, first + kBatch, &encoded[(k + 1) % 2]);
            QString e;
            for (size_t i = first; i < std::min(jobs.size(), first + kBatch) && e.isEmpty(); ++i)
                e = insert(jobs[i].unit, jobs[i].block, encoded[k % 2][i - first]);
            if (ahead.joinable()) ahead.join();
            if (!e.isEmpty()) return e;
        }
    } else {
        // Sparse layers (e.g. origin-destination pairs): sort (block, unit, slot) keys.
        struct Key {
            quint64 key;
            qint32 row;
        };
        QVector<Key> keys(n);
        for (qint64 r = 0; r < n; ++r) {
            const quint64 tr = times.rankOfRow[r];
            keys[r] = {(tr / perBlock) << 40 | quint64(units.rankOfRow[r]) << 8 | (tr % perBlock), qint32(r)};
        }
        std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.key < b.key; });
        QVector<qint32> rowOfSlot(perBlock, -1);
        for (qint64 i = 0; i < n;) {
            const quint64 group = keys[i].key >> 8;
            qint64 j = i;
            for (; j < n && (keys[j].key >> 8) == group; ++j) {
                qint32& s = rowOfSlot[int(keys[j].key & 0xff)];
                if (s >= 0) return duplicate(keys[j].row);
                s = keys[j].row;
            }
            const qint64 b = qint64(group >> 32);
            const int nslots = int(std::min<qint64>(perBlock, nt - b * perBlock));
            if (QString e = put(qint64(group & 0xffffffffu), b, rowOfSlot.constData(), nslots); !e.isEmpty()) return e;
            rowOfSlot.fill(-1);
            i = j;
        }
    }

    sql::Stmt ti(db, QStringLiteral("INSERT INTO dosi_measure_times (table_name, time, block, slot) VALUES (?,?,?,?)"));
    for (qint64 i = 0; i < nt; ++i) {
        ti.reset();
        ti.bind(1, table);
        ti.bind(2, times.sorted[i]);
        ti.bind(3, i / perBlock);
        ti.bind(4, i % perBlock);
        ti.step();
        if (ti.failed()) return ti.error();
    }
    return {};
}

QString forgetTable(sql::Db& db, const QString& table)
{
    sql::Stmt st(db, QStringLiteral("DELETE FROM dosi_measure_times WHERE table_name = ?"));
    st.bind(1, table);
    st.step();
    return st.failed() ? st.error() : QString();
}

Result<MeasureTable> readTable(const sql::Db& db, const QString& table, int layerFieldCount, const QVector<int>& fields,
                               const QStringList& names, const QString& time, const QString& unit)
{
    MeasureTable out;
    out.fields = names;
    out.columns.resize(fields.size());
    const int perBlock = slotsPerBlock(layerFieldCount);

    // Time keys by block and slot (only the wanted one when `time` is set).
    QVector<QStringList> blockTimes;
    {
        QString q = QStringLiteral("SELECT time, block, slot FROM dosi_measure_times WHERE table_name = ?");
        if (!time.isEmpty()) q += QStringLiteral(" AND time = ?");
        sql::Stmt st(db, q + QStringLiteral(" ORDER BY block, slot"));
        st.bind(1, table);
        if (!time.isEmpty()) st.bind(2, time);
        while (st.step()) {
            const qint64 b = st.int64(1), s = st.int64(2);
            if (b < 0 || s < 0 || s >= perBlock) return makeError(corrupt(table));
            if (blockTimes.size() <= b) blockTimes.resize(b + 1);
            QStringList& nslots = blockTimes[b];
            while (nslots.size() <= s) nslots.append(QString());
            nslots[s] = st.text(0);
        }
        if (st.failed()) return makeError(st.error());
    }
    if (blockTimes.isEmpty()) return out;

    QString q = QStringLiteral("SELECT unit, block, data FROM %1").arg(sql::quoteId(table));
    QStringList where;
    if (!time.isEmpty()) where << QStringLiteral("block = ?");
    if (!unit.isEmpty()) where << QStringLiteral("unit = ?");
    if (!where.isEmpty()) q += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql::Stmt st(db, q + QStringLiteral(" ORDER BY block, unit"));
    int bind = 1;
    if (!time.isEmpty()) st.bind(bind++, qint64(blockTimes.size() - 1));
    if (!unit.isEmpty()) st.bind(bind++, unit);

    // Rows of one block, emitted slot by slot so that the output is sorted by time, then unit.
    QStringList blockUnits;
    QVector<Decoded> decoded;
    qint64 currentBlock = -1;
    auto flush = [&]() {
        if (currentBlock < 0) return;
        const QStringList& slotTimes = blockTimes.value(currentBlock);
        for (int s = 0; s < slotTimes.size(); ++s) {
            if (slotTimes[s].isNull()) continue;
            for (qsizetype u = 0; u < blockUnits.size(); ++u) {
                const Decoded& d = decoded[u];
                if (s >= d.present.size() || !d.present[s]) continue;
                out.units.append(blockUnits[u]);
                out.times.append(slotTimes[s]);
                const int nslots = int(d.present.size());
                for (qsizetype w = 0; w < fields.size(); ++w) out.columns[w].append(d.values[w * nslots + s]);
            }
        }
        blockUnits.clear();
        decoded.clear();
    };
    while (st.step()) {
        const qint64 b = st.int64(1);
        if (b != currentBlock) {
            flush();
            currentBlock = b;
        }
        if (b >= blockTimes.size()) return makeError(corrupt(table));
        int size = 0;
        const char* p = st.blobData(2, &size);
        // Every slot of a full block exists; the last block may be shorter.
        const int nslots = codec::slotCount(p, size, layerFieldCount, perBlock);
        Decoded d;
        if (!codec::decode(p, size, layerFieldCount, nslots, fields, &d)) return makeError(corrupt(table));
        blockUnits.append(st.text(0));
        decoded.append(std::move(d));
    }
    if (st.failed()) return makeError(st.error());
    flush();
    return out;
}

QString countTable(const sql::Db& db, const QString& table, int layerFieldCount, qint64* rows, qint64* masked,
                   qint64* missing)
{
    *rows = *masked = *missing = 0;
    sql::Stmt st(db, QStringLiteral("SELECT data FROM %1").arg(sql::quoteId(table)));
    QVector<int> all(layerFieldCount);
    for (int f = 0; f < layerFieldCount; ++f) all[f] = f;
    Decoded d;
    while (st.step()) {
        int size = 0;
        const char* p = st.blobData(0, &size);
        const int nslots = codec::slotCount(p, size, layerFieldCount, slotsPerBlock(layerFieldCount));
        if (!codec::decode(p, size, layerFieldCount, nslots, all, &d)) return corrupt(table);
        for (int s = 0; s < nslots; ++s) {
            if (!d.present[s]) continue;
            ++*rows;
            for (int f = 0; f < layerFieldCount; ++f) {
                const double v = d.values[qsizetype(f) * nslots + s];
                if (isMasked(v)) ++*masked;
                else if (std::isnan(v)) ++*missing;
            }
        }
    }
    return st.failed() ? st.error() : QString();
}

namespace {
QString readColumn(const sql::Db& db, const QString& q, const QString& bindText, QStringList* out)
{
    sql::Stmt st(db, q);
    if (!bindText.isNull()) st.bind(1, bindText);
    while (st.step()) out->append(st.text(0));
    return st.failed() ? st.error() : QString();
}
}  // namespace

QString sortedTimes(const sql::Db& db, const QString& table, QStringList* out)
{
    return readColumn(db, QStringLiteral("SELECT time FROM dosi_measure_times WHERE table_name = ? ORDER BY time"),
                      table, out);
}

QString sortedUnits(const sql::Db& db, const QString& table, QStringList* out)
{
    return readColumn(db, QStringLiteral("SELECT DISTINCT unit FROM %1 ORDER BY unit").arg(sql::quoteId(table)),
                      QString(), out);
}

}  // namespace dosi::blocks
