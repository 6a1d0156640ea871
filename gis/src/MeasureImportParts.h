#pragma once
// Private to gis: one file's worth of a measure import, produced by the per-format readers
// (LivingPopulationCsv.cpp, LivingPopulationJson.cpp) and concatenated by MeasureImport.cpp.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

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
    QStringList warnings;
};

// Called now and then with the fraction of the current file done; false = cancel.
using PartProgress = std::function<bool(double fraction)>;

Result<MeasurePart> readLivingPopulationCsv(const QString& path, const PartProgress& progress);
Result<MeasurePart> readHanbyulJson(const QString& path);

// "living.csv line 17" / "week.json record 3"
QString locationText(const MeasurePart& part, int row);
QString fileLabel(const QString& path);  // the file name shown in messages
QString cancelledMessage();

}  // namespace dosi::gis::detail
