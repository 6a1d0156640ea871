#pragma once
// The project report: a PDF with a cover, contents, one page per thematic map (rendered at
// print resolution with legend, scale bar, north arrow, time stamp and source line), a table
// of the highest and lowest units per map, and a data/attribution page. QtGui only.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/ThematicMap.h"

#include <QPageSize>
#include <QString>
#include <QVector>
#include <functional>

namespace dosi::models {

struct ReportOptions {
    QString title;
    QString author;
    QString area;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool landscape = false;
    QVector<gis::ThematicSpec> maps;   // empty = defaultReportMaps() (ReportDefaults.h)
    QString language;                  // informational
};

// Writes the report atomically: to a temporary file in the target folder, renamed over
// `pdfPath` when complete. On error or cancel nothing is left behind.
// `progress(done, total)` is called between steps; returning false cancels.
Result<void> writeReport(const ProjectStore& store, const ReportOptions& options, const QString& pdfPath,
                         const std::function<bool(int, int)>& progress = {});

}  // namespace dosi::models
