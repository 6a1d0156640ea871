#pragma once
// Private to core: how measure layers are laid out in the project file (schema 2).
//
// A measure layer's values are stored in blocks: the layer's sorted time keys are cut into runs of
// slotsPerBlock() consecutive keys (24 hours of a day for wide layers such as living population),
// and each (unit, block) pair that has at least one record is one row
//     <table> (fid INTEGER PRIMARY KEY AUTOINCREMENT, unit TEXT, block INTEGER, data BLOB, UNIQUE(unit, block))
// with an index on (block, unit). dosi_measure_times (table_name, time, block, slot) maps each time key
// to its block and slot. So a map of one hour reads one block per unit, a unit's whole series reads
// one row per block, and an import writes one row per (unit, block) instead of one per (unit, time).
//
// data: one row's values, packed as float64 or, when every value is a short decimal, as scaled
// int32 (see BlockCodec.h). Values keep Values.h's NaN payloads bit for bit (missing, masked).

#include "Sqlite.h"
#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace dosi::blocks {

int slotsPerBlock(int fieldCount);

// Creates dosi_measure_times (schema 2) when it does not exist.
QString createTimesTable(sql::Db& db);

// Creates `table` and writes every row of `data` (whose fields are the layer's fields, in order).
// Fails on a duplicate (unit, time) pair, naming both. Runs inside the caller's transaction.
QString writeTable(sql::Db& db, const QString& table, const MeasureTable& data);

// Drops the layer's rows from dosi_measure_times (the caller drops the table).
QString forgetTable(sql::Db& db, const QString& table);

// Reads `fields` (indexes into the layer's field list, output named `names`) for one time key
// (empty = all times) or one unit (empty = all units). Rows come sorted by time, then unit.
Result<MeasureTable> readTable(const sql::Db& db, const QString& table, int layerFieldCount, const QVector<int>& fields,
                               const QStringList& names, const QString& time, const QString& unit);

// Records, masked values and missing values of a whole layer, in one pass over its blocks.
QString countTable(const sql::Db& db, const QString& table, int layerFieldCount, qint64* rows, qint64* masked,
                   qint64* missing);

QString sortedTimes(const sql::Db& db, const QString& table, QStringList* out);
QString sortedUnits(const sql::Db& db, const QString& table, QStringList* out);

}  // namespace dosi::blocks
