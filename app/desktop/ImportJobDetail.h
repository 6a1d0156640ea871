#pragma once
// Internals shared by ImportJob.cpp (dispatch, vector sources, living population, tables, commit) and
// ImportJobKinds.cpp (movement, sales, points from CSV). Not part of the wizard's interface.

#include "ImportJob.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace dosi::desktop::detail {

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct ImportJobTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::desktop::ImportJob)
};

constexpr qint64 kSampleAboveBytes = 4 * 1024 * 1024;   // bigger files are previewed from their first lines
constexpr int kSampleLines = 5000;

QString shown(const QString& path);

// The first column among the candidates (exact, then any case), else the first matching the test.
QString guessColumn(const QStringList& columns, const QStringList& candidates,
                    const std::function<bool(const QString&)>& test);
bool looksLikeCode(const QString& column);

// The first rows of a CSV file (header, rows) with facts on its encoding and delimiter.
Result<void> readCsvHead(const QString& path, const QString& encoding, int maxRows, ImportPreview* out);

// The file an importer is dry-run on: the file itself, or (when bigger than kSampleAboveBytes and
// sampling is allowed) a copy of its first kSampleLines lines in a temporary folder.
class DryRunFile {
public:
    DryRunFile(const QString& path, bool allowSample);
    const QString& path() const { return m_path; }
    // "First file: %1" or "First 5000 lines: %1" (translated), for the dry run's counts.
    QString fact(const QString& counts) const;
    // The importer's message about the copy, naming the original file.
    QString problem(QString message) const;

private:
    QTemporaryDir m_dir;
    QString m_original;
    QString m_path;
    bool m_sampled = false;
};

// Runs an importer that cannot report progress: cancellation is checked before and after.
template <typename T, typename F>
Result<T> runWhole(const ImportProgress& progress, const QString& file, F&& import)
{
    const Error cancelled{ImportJobTr::tr("Import of %1 cancelled.").arg(shown(file))};
    if (progress && !progress(0, 1)) return cancelled;
    Result<T> imported = import();
    if (imported && progress && !progress(1, 1)) return cancelled;
    return imported;
}



// The kinds of ImportJobKinds.cpp.
Result<void> previewMovement(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                             ImportPreview* out);
Result<void> previewSales(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                          ImportPreview* out);
Result<void> previewPointsCsv(const ImportRequest& request, int maxRows, ImportPreview* out);
Result<void> runMovement(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out);
Result<void> runSales(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out);
Result<void> runPointsCsv(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out);
Result<void> commitOd(ProjectStore& store, gis::OdImport& od, const ImportRequest& request, ImportSummary* summary);
Result<void> commitSales(ProjectStore& store, gis::SalesImport& sales, const ImportRequest& request,
                         ImportSummary* summary);

}  // namespace dosi::desktop::detail
