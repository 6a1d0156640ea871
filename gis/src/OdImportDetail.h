#pragma once
// Private to gis: the cell accumulator shared by the OD importers (OdImport.cpp, OdImportTable.cpp).
// Cells are keyed by (origin index, destination index, time index) packed into 64 bits, so that a
// multi-million-row 생활이동 file aggregates without a string key per record.

#include "dosi/core/Layer.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace dosi::gis::detail {

// A sum that keeps masked parts apart: value() = sum of the known parts; masked when every part was masked;
// 0 when there were no parts at all.
struct OdCell {
    static constexpr int kMaxFields = 8;
    std::array<double, kMaxFields> sum{};
    quint8 anyKnown = 0;     // bit f: field f had a known part
    quint8 anyMasked = 0;    // bit f: field f had a masked part
    int maskedRecords = 0;   // records of this cell whose count was masked
    double distSum = 0, distWeight = 0;   // count-weighted distance (known counts only)
    double timeSum = 0, timeWeight = 0;

    void add(int field, double v);        // v may be maskedValue()
    double value(int field) const;
};

class OdAccumulator {
public:
    int zone(const QString& code);                   // index of a zone code (added when new)
    int time(const QString& key);                    // index of a time key
    OdCell& cell(int origin, int dest, int time);

    const QStringList& zones() const { return m_zones; }
    int cellCount() const { return int(m_cells.size()); }

    // Rows sorted by (unit, time). valueFields: names of the OdCell fields 0..n-1 in order; then
    // "masked" (masked records) and, when withMeans, "mean_dist_m" and "mean_time_min".
    MeasureTable finish(const QStringList& valueFields, bool withMeans, int* maskedCells) const;

private:
    struct Key {
        int origin, dest, time;
    };
    QStringList m_zones;
    QHash<QString, int> m_zoneIndex;
    QStringList m_times;
    QHash<QString, int> m_timeIndex;
    QHash<quint64, int> m_cellIndex;
    QVector<OdCell> m_cells;
    QVector<Key> m_keys;
};

// A Seoul 8-digit 행정동 code (starting "11") becomes the MOIS 10-digit code; anything else is trimmed only.
QString normaliseOdZone(const QString& code);

// "file line N, column C: what" (translated).
QString odCellError(const QString& file, int line, const QString& column, const QString& what);

// A 64-bit fingerprint of a record, for finding records repeated verbatim.
quint64 recordFingerprint(const QStringList& fields);

// Checks one CSV record: as many fields as the header, and not a verbatim repeat of an earlier
// line (`seen` maps fingerprints to lines). Empty on success, else the translated message.
QString checkRecord(const QString& file, const QStringList& header, const QStringList& fields, int line,
                    QHash<quint64, int>& seen);

}  // namespace dosi::gis::detail
