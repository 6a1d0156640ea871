#pragma once
// Import of Seoul's estimated card sales per commercial area (서울시 상권분석서비스 추정매출-상권, OA-15572,
// 55 columns) into 행정동 measure layers. Each 상권 is placed in a 행정동 through the commercial-area
// points file (영역-상권, OA-15560: X/Y in EPSG:5181), transformed to EPSG:5179 and tested point-in-polygon
// (GEOS) against the dong polygons.
//
// Output (both keyed by quarter, time key "2024Q1" from 기준_년분기_코드 "20241"):
//  - table:         unit = dong code (as given in dongCodes); every value field is the sum over the 상권
//                   placed in that dong and over all service industries.
//  - industryTable: unit = "DONGCODE|INDUSTRYCODE" (e.g. "1111051500|CS100001"), the same fields summed
//                   over the 상권 of the dong for one industry. One unit per (dong, industry) rather than a
//                   field per industry: Seoul publishes about 63 industries x 48 measures, far too many
//                   fields, and a unit key keeps every breakdown per industry.
// Value fields (English names, Korean source column in FieldInfo::description):
//   sales_amount, sales_count (당월_매출_금액/건수), weekday_*, weekend_*, mon_* .. sun_*,
//   h00_06_* h06_11_* h11_14_* h14_17_* h17_21_* h21_24_*, male_*, female_*,
//   age10_* age20_* age30_* age40_* age50_* age60_plus_*   (* = amount | count)
// Column names are accepted in the Korean file form (including the official typo 시간대_건수~06_매출_건수)
// and in the Open API form (THSMON_SELNG_AMT, MDWK_SELNG_CO, TMZON_00_06_SELNG_AMT, ...).
//
// Sales rows of a 상권 that is missing from the areas file, or whose point lies in no dong polygon, cannot be
// placed: they are left out of both tables and reported (codes, row count and amount left out), never
// dropped silently.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace dosi::gis {

// Where the 상권 of the areas file landed.
struct SalesPlacement {
    QString areasFile;
    int areasRead = 0;               // 상권 in the areas file
    int placed = 0;                  // whose point fell in a dong polygon
    QStringList unplaced;            // 상권 codes whose point fell in no polygon (sorted)
    int withFileCode = 0;            // placed 상권 whose areas file gives a 행정동 code (ADSTRD_CD / 행정동_코드)
    int agreeing = 0;                // of those, toMois10(file code) == the polygon's code
    QStringList disagreeing;         // "3110008: file 1111051500, polygon 1111051600"
    QMap<QString, QString> areaDong; // 상권 code -> dong code (placed only)
    QMap<QString, QPointF> areaPoint;// 상권 code -> point in EPSG:5179 (all read)
    QStringList warnings;            // e.g. a 상권 code given twice (the first row is used)
    double agreementShare() const { return withFileCode > 0 ? double(agreeing) / withFileCode : 0.0; }
};

struct SalesImport {
    LayerInfo info;                  // kind Measure, timeKind Quarter, name = the given name
    MeasureTable table;              // unit = dong code
    LayerInfo industryInfo;          // name = name + "_by_industry"
    MeasureTable industryTable;      // unit = "DONGCODE|INDUSTRYCODE"
    QMap<QString, QString> industryNames;  // 서비스_업종_코드 -> 서비스_업종_코드_명 (when the file has names)
    SalesPlacement placement;
    int rowsRead = 0;                // sales data lines read, over all files
    int rowsPlaced = 0;              // of those, added to the tables
    QStringList salesAreas;          // distinct 상권 codes in the sales files (sorted)
    QStringList unknownAreas;        // sales 상권 absent from the areas file (sorted)
    QStringList unplacedSalesAreas;  // sales 상권 present in the areas file but in no dong (sorted)
    int rowsNotPlaced = 0;           // sales rows of unknown or unplaced 상권
    double amountNotPlaced = 0;      // their 당월_매출_금액
    QStringList warnings;            // collected, translated
};

// The value fields, in output order (name and Korean source column).
QList<FieldInfo> salesFields();

// Reads the commercial-area points and places them in the dongs. The areas file may be the English
// OA-15560 form (TRDAR_CD, XCNTS_VALUE, YDNTS_VALUE[, ADSTRD_CD]) or the Korean one (상권_코드, 엑스좌표_값,
// 와이좌표_값[, 행정동_코드]); coordinates are EPSG:5181. dongPolygons are in EPSG:5179, aligned with dongCodes.
Result<SalesPlacement> placeCommercialAreas(const QString& areasFile, const QVector<Geometry>& dongPolygons,
                                            const QStringList& dongCodes);

// Reads one or more sales files (UTF-8 with or without BOM, or CP949) and aggregates them to dongs.
// Fails with one message naming the file (and line and column) on: an unreadable file, a missing column,
// a wrong field count, a bad quarter code, a non-numeric value, a duplicate (quarter, 상권, industry) row, or
// the same file given twice. progress(done, total) is called per file (total = 1000 x files + 1000 for the
// areas); returning false cancels.
Result<SalesImport> importSales(const QStringList& salesFiles, const QString& areasFile,
                                const QVector<Geometry>& dongPolygons, const QStringList& dongCodes,
                                const QString& name,
                                const std::function<bool(int done, int total)>& progress = {});

}  // namespace dosi::gis
