#pragma once
// Origin–destination (OD) tables: Seoul 생활이동 (OA-22300) and any other OD table (e.g. KOSTAT
// 인구이동 전입·전출 by month), imported into a dosi::MeasureTable, plus net in/outflow per zone.
//
// Storage convention of an OD measure layer:
//  - unit = "ORIGIN>DEST" (e.g. "1111053000>1168064000"); see odUnit()/splitOdUnit().
//  - Seoul 8-digit 행정동 codes (starting "11") become MOIS 10-digit codes (toMois10); every other code
//    (OA-22300's 수도권 시군구 codes such as 41285000) is kept exactly as in the file.
//  - LayerInfo.style = {"od": true, "zones": "<zone layer>"}; setOdZoneLayer() fills it and geometryLayer.
//  - Masked counts ('*'): when several records fall into one cell, the cell holds the SUM OF THE KNOWN
//    PARTS and the field "masked" holds how many masked records it left out; a cell whose records are all
//    masked stays masked (isMasked()). '*' is never read as zero.
//
// OA-22300 ("seoul-od-csv"): records are aggregated per (origin, destination, hour). The time key is the
// hour of etl_ymd + st_time_cd ("YYYY-MM-DDTHH"): "07" and the 20-minute bins "0700", "0720", "0740" all go
// to hour 07. Fields: count (all purposes), p1_commute, p2_school, p3_home, p4_shopping, p5_tourism,
// p6_hospital, p7_other (move_purpose 1..7; 0 where a cell has no record of that purpose), masked,
// mean_dist_m and mean_time_min (count-weighted over the known counts; missing when none is known).
//
// Generic tables ("od-table-csv"): fields count and masked. Period → time key:
//   "202403" / "2024-03" / "2024.03" → Day "2024-03-01" (a month is stored as the Day key of its first day;
//   TimeKind has no Month), "20240315" / "2024-03-15" → Day, "2024" → Year, "2024Q1" → Quarter,
//   "2024031508" / "2024-03-15T08" → Hour. No period column → time "" (TimeKind::None).
//   Rows with the same (origin, destination, period) — e.g. a table broken down by sex or age — are summed.
//
// Both importers fail (one message naming file, line and column) on a missing column, a wrong field count,
// an empty code, a non-numeric count, a bad time/period/purpose code, a record repeated verbatim, or the
// same file given twice; nothing is returned partially.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace dosi::gis {

struct OdImport {
    LayerInfo info;           // kind Measure, style {"od": true, "zones": ""}; geometryLayer empty
    MeasureTable table;       // unit "O>D"
    QString format;           // "seoul-od-csv" or "od-table-csv"
    int rowsRead = 0;         // source records
    int maskedRecords = 0;    // records whose count is '*'
    int maskedCells = 0;      // stored rows whose count is masked (all their records masked)
    QStringList zones;        // distinct origin and destination codes, sorted
    QStringList warnings;     // collected, translated
};

// Seoul 생활이동 (OA-22300) files; several files (e.g. daily) are concatenated. progress(done, total) as in
// importLivingPopulation (total = 1000 x files); returning false cancels.
Result<OdImport> importSeoulMovement(const QStringList& files, const QString& name,
                                     const std::function<bool(int done, int total)>& progress = {});

// Any OD table. periodColumn may be empty. encoding empty = detect (UTF-8 / CP949).
Result<OdImport> importOdTable(const QString& path, const QString& name, const QString& originColumn,
                               const QString& destColumn, const QString& periodColumn, const QString& countColumn,
                               const QString& encoding = {});

// True when the header has the OA-22300 columns (o_admdong_cd, d_admdong_cd, st_time_cd, move_purpose, cnt).
bool isSeoulMovementHeader(const QStringList& header);

// Purpose field names, index 0 = move_purpose 1 (출근) ... index 6 = 7 (기타).
QStringList odPurposeFields();

QString odUnit(const QString& origin, const QString& dest);          // "O>D"
bool splitOdUnit(const QString& unit, QString* origin, QString* dest);

// Marks `info` as an OD layer whose zones are the feature layer `zoneLayer`.
void setOdZoneLayer(LayerInfo& info, const QString& zoneLayer);
bool isOdLayer(const LayerInfo& info);

// Zones of an OD table checked against the codes of the loaded boundaries.
struct OdZoneReport {
    QStringList matched;      // distinct zone codes found in the boundaries (sorted)
    QStringList outside;      // distinct zone codes not in the boundaries (sorted)
    int recordsOutside = 0;   // OD rows with at least one zone outside
    QString summary() const;  // e.g. "3 of 5 zones in the boundaries; 2 outside: 41285000, 41287000" (translated)
};
OdZoneReport odZoneReport(const MeasureTable& od, const QStringList& boundaryCodes);

// Per zone and time: flows from other zones in, flows to other zones out, and flows that stay inside
// (origin == destination, counted in neither in nor out); net = inflow - outflow.
// Masked rule as above: each sum holds its known parts and `masked` counts the masked rows left out;
// a sum whose parts are all masked is masked (and so is net when either side is masked).
struct NetFlow {
    QString zone;
    QString time;
    double inflow = 0;
    double outflow = 0;
    double internal = 0;
    double net = 0;
    int masked = 0;
};
// `field` is the OD field summed ("count"; "flow" for gravity estimates). Sorted by zone, then time.
QVector<NetFlow> netFlows(const MeasureTable& od, const QString& field = QStringLiteral("count"));
// The same as a measure table keyed by zone and time: fields inflow, outflow, internal, net, masked.
MeasureTable netFlowTable(const QVector<NetFlow>& flows);

}  // namespace dosi::gis
