#pragma once
// ImportJob: the widget-free half of the import wizard.
//   ImportRequest   what the user chose (kind, files, names, field mapping), snapshotted on the GUI thread;
//   previewImport() the first rows and what was detected (encoding, delimiter, schema, code field);
//   runImport()     the import itself, safe on a worker thread (reads files only, writes nothing);
//   commitImport()  writes an outcome into the ProjectStore; GUI thread only (the store is not thread-safe).
// Extension point: movement and sales importers become new ImportKind values with a case in
// previewImport(), runImport() and commitImport() (measures go through the same commit path).

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/VectorImport.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace dosi::desktop {

enum class ImportKind {
    Boundaries,         // any GDAL vector source, polygons
    Points,             // any GDAL vector source, points
    LivingPopulation,   // Seoul dong / gu / 250 m grid CSV, hanbyul JSON (many files)
    Table,              // indicator CSV with a key column and an optional time column
    // Movement, Sales: not yet (see the header comment)
};

bool isMeasureKind(ImportKind kind);
bool acceptsManyFiles(ImportKind kind);

struct ImportRequest {
    ImportKind kind = ImportKind::Boundaries;
    QStringList files;
    QString layerName;
    QString encoding;     // "" = detect; "UTF-8", "CP949"
    QString codeField;    // boundaries/points; "" = detect
    QString labelField;   // boundaries/points; "" = detect
    QString keyColumn;    // table
    QString timeColumn;   // table; "" = no time
};

struct ImportPreview {
    QStringList header;            // column names of the rows below
    QVector<QStringList> rows;     // the first rows of the first file
    QStringList facts;             // translated lines: encoding, delimiter, format, counts, detected fields
    QStringList columns;           // field/column names offered for mapping
    QString detectedCode;          // boundaries/points code field, table key column ("" = not detected)
    QString detectedLabel;         // boundaries/points label field
    QString detectedTime;          // table time column
    QString problem;               // why detection failed (translated), empty when fine
};

// true = go on; false = stop (cancel).
using ImportProgress = std::function<bool(int done, int total)>;

// Reads at most maxRows rows (a dry run on the first file for living population). Failures that the
// mapping page can fix are reported in ImportPreview::problem; an unreadable file is an error.
Result<ImportPreview> previewImport(const ImportRequest& request, const std::function<bool()>& cancelled,
                                    int maxRows = 20);

struct ImportOutcome {
    ImportRequest request;
    std::optional<gis::ImportedLayer> features;   // boundaries, points
    std::optional<gis::MeasureImport> measures;   // living population, table
};

Result<ImportOutcome> runImport(const ImportRequest& request, const ImportProgress& progress);

struct ImportSummary {
    QString layerName;
    QString geometryLayer;   // measures: the feature layer they were joined to ("" = none)
    QStringList lines;       // translated report lines (counts, join)
    QStringList warnings;    // translated
};

// Measures are joined to the feature layer whose codes match most of their units (joinReport).
Result<ImportSummary> commitImport(ProjectStore& store, ImportOutcome outcome);

// "" when the name can be used; otherwise why not (translated).
QString layerNameProblem(const ProjectStore* store, const QString& name);

// The feature layer whose codes match most of the units (empty when none matches), with its report.
QString bestGeometryLayer(const ProjectStore& store, const QStringList& units, QString* joinSummary);

}  // namespace dosi::desktop
