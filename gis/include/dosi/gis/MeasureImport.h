#pragma once
// Importers that turn public measure files into a dosi::MeasureTable (one row per unit and time)
// plus the LayerInfo the project store needs. Pure Qt Core; nothing is written to a project here.
//
// Living population (importLivingPopulation), detected from the file's contents:
//   "seoul-dong-csv"   Seoul 행정동 생활인구 (OA-14991): 기준일ID,시간대구분,행정동코드,총생활인구수 + 28 age/sex
//                      columns. Unit = 행정동코드 + "00" (MOIS 10 digits).
//   "seoul-gu-csv"     자치구 file: 기준일ID,시간대구분,자치구코드,총생활인구수[, age/sex...]. Unit = 5-digit code.
//   "seoul-grid-csv"   250 m grid (OA-22784): 일자,시간,행정동코드,250M격자,생활인구합계[, ...]. Unit = the cell
//                      id (e.g. 다사52505325). A cell crossing a dong boundary comes as several partial rows
//                      (one per dong); they are summed. Masked ('*') parts are left out of a sum that has known
//                      parts (a warning counts such cells); a cell whose parts are all masked stays masked.
//   "hanbyul-json"     hanbyul-here weekly JSON: [{code_8, full_name, t, f, m, a1..a6}] with hourly arrays
//                      starting at 00h of the day named in the file name ("week20190304").
// CSV field names: 총생활인구수/생활인구합계 -> "total"; 남자0세부터9세생활인구수 -> "male_0_9", ...,
// 여자70세이상생활인구수 -> "female_70_plus"; any other numeric column keeps its name. Each field's description
// holds the Korean source column name.
//
// Indicator tables (importTable): see the rules at the function.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace dosi::gis {

struct MeasureImport {
    LayerInfo info;          // kind Measure; geometryLayer left empty for the caller
    MeasureTable table;
    QString format;          // see above, or "table-csv"
    int rowsRead = 0;        // source records read (CSV data lines; JSON unit-hours)
    int maskedCount = 0;     // values read as masked ('*')
    int filesReadFast = 0;   // CSV files read by the fast reader (the others by the general one)
    QStringList warnings;    // collected, translated
};

// How CSV files are read: Auto uses the fast multi-core reader for regular 행정동/자치구 files and the
// general reader for everything else; General always uses the general reader (kept to check the
// fast one against it).
enum class CsvReading { Auto, General };

// Reads one or more files of the same format and concatenates them.
// Fails (one message naming the file, line and field) on: an unreadable or unknown file, files of
// different formats, a wrong column count, a value that is not a number, a bad date or hour, and a
// duplicate (unit, time) row, or the same file given twice. progress(done, total) is called at each
// file and every 20,000 CSV rows, with total = 1000 x the number of files and done = total at the end;
// returning false cancels the import.
Result<MeasureImport> importLivingPopulation(const QStringList& files, const QString& name,
                                             const std::function<bool(int done, int total)>& progress = {},
                                             CsvReading reading = CsvReading::Auto);

// Any indicator table by unit (and time), e.g. kingkangzza POP5 keyed by CODE_AD and YEAR.
// Rules:
//  - keyColumn values are normalised with toMois10() (8-digit Seoul codes gain "00").
//  - timeColumn values become time keys: "2017" (or "2017.0") -> Year; "20190304" / "2019-03-04" -> Day;
//    "2024Q1", "2024 Q1", "2024-Q1" or "20241" -> Quarter "2024Q1". All rows must give the same kind.
//    No timeColumn -> time "" and TimeKind::None.
//  - A first column with an empty name or "Unnamed: 0" (a pandas index) is skipped silently.
//  - Identifier columns are skipped (one warning lists them): names ending in "CODE", "CD" or "_cd"
//    (any case), names containing "코드", and the key/time columns. Codes look numeric but are not measures.
//  - Every other column whose non-empty values mostly parse as numbers (parseNumber) becomes a Real
//    field named as in the file (description = the source column name); a stray non-number in such a
//    column is an error naming the line and field, never a silent skip. Columns that are mostly text
//    are skipped with a warning listing them.
Result<MeasureImport> importTable(const QString& path, const QString& name, const QString& keyColumn,
                                  const QString& timeColumn = {}, const QString& encoding = {});

// Field name for a Seoul living-population column ("총생활인구수" -> "total",
// "남자0세부터9세생활인구수" -> "male_0_9", "여자70세이상생활인구수" -> "female_70_plus"); others unchanged.
QString livingPopulationFieldName(const QString& koreanColumn);

}  // namespace dosi::gis
