#pragma once
// The project report: a PDF with a cover, contents, an overview, one page per thematic map
// (rendered at print resolution with legend, scale bar, north arrow, time stamp and source line)
// with the highest and lowest units and a chart over time, one part per model run (parameters,
// measured accuracy, results, result map), and a data, privacy and attribution part.
// What goes in is a ReportTemplate (ReportTemplate.h). QtGui only.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/ReportTemplate.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <functional>
#include <memory>

class QTranslator;

namespace dosi::models {

struct ReportOptions {
    ReportTemplate content;                           // see defaultReportTemplate()
    // The report's language, independent of the UI's: the catalogue for content.language (null =
    // the English source text) and the locale for numbers and dates.
    std::shared_ptr<const QTranslator> translator;
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QDate date;                                       // on the cover; null = today
};

// The locale for numbers and dates of a report in `language` ("ko" -> ko_KR, else en_US).
QLocale reportLocaleFor(const QString& language);

// Writes the report atomically: to a temporary file in the target folder, renamed over
// `pdfPath` when complete. On error or cancel nothing is left behind.
// `progress(done, total)` is called between steps; returning false cancels.
Result<void> writeReport(const ProjectStore& store, const ReportOptions& options, const QString& pdfPath,
                         const std::function<bool(int, int)>& progress = {});

}  // namespace dosi::models
