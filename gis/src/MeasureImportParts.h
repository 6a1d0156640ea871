#pragma once
// Private to gis: one file's worth of a measure import, produced by the per-format readers
// (LivingPopulationCsv.cpp, LivingPopulationJson.cpp) and concatenated by MeasureImport.cpp.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace dosi::gis::detail {

struct MeasurePart {
    QString file;               // path as given
    QString format;             // "seoul-dong-csv", "seoul-gu-csv", "seoul-grid-csv", "hanbyul-json"
    bool json = false;          // locations are record numbers, not lines
    QList<FieldInfo> fields;
    MeasureTable table;
    QVector<int> locations;     // per row: the source line (CSV) or record number (JSON)
    int rowsRead = 0;
    int maskedCount = 0;
    bool readFast = false;      // read by readLivingPopulationFast
    QStringList warnings;
};

// Called now and then with the fraction of the current file done; false = cancel.
using PartProgress = std::function<bool(double fraction)>;

// Column roles of a Seoul living-population CSV.
struct LivingCsvColumns {
    QString format;             // "seoul-dong-csv", "seoul-gu-csv", "seoul-grid-csv"
    int date = -1, hour = -1, unit = -1, dong = -1;
    QVector<int> values;        // column indexes of the value fields
};

// Detects the schema from a header; on success sets part->fields and part->table.fields.
bool livingCsvSchema(const QStringList& header, MeasurePart* part, LivingCsvColumns* columns);

// The general reader (any encoding and CSV dialect, every message): LivingPopulationCsv.cpp.
Result<MeasurePart> readLivingPopulationCsv(const QString& path, const PartProgress& progress);
// The fast reader for the regular large 행정동/자치구 files (LivingPopulationFast.cpp); nullopt when the
// file has anything it does not handle exactly like the general reader, which then reads it.
std::optional<Result<MeasurePart>> readLivingPopulationFast(const QString& path, const PartProgress& progress);
Result<MeasurePart> readHanbyulJson(const QString& path);

// "living.csv line 17" / "week.json record 3"
QString locationText(const MeasurePart& part, int row);
QString fileLabel(const QString& path);  // the file name shown in messages
QString cancelledMessage();

}  // namespace dosi::gis::detail
