#pragma once
// ImportJob: the widget-free half of the import wizard.
//   ImportRequest   what the user chose (kind, files, names, field mapping), snapshotted on the GUI thread;
//   attachProjectInputs()  adds what a worker needs from the project (the dong polygons for sales), GUI thread;
//   previewImport() the first rows and what was detected (encoding, delimiter, schema, columns);
//   runImport()     the import itself, safe on a worker thread (reads files only, writes nothing);
//   commitImport()  writes an outcome into the ProjectStore; GUI thread only (the store is not thread-safe).
// Every kind of `dosi-cli import` has an ImportKind. The kinds of the CLI's movement, sales and points-from-CSV
// imports live in ImportJobKinds.cpp.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/OdImport.h"
#include "dosi/gis/SalesImport.h"
#include "dosi/gis/VectorImport.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace dosi::desktop {

// The values are stable (the wizard stores them as item data); new kinds go at the end.
enum class ImportKind {
    Boundaries,         // any GDAL vector source, polygons
    Points,             // any GDAL vector source, points
    LivingPopulation,   // Seoul dong / gu / 250 m grid CSV, hanbyul JSON (many files)
    Table,              // indicator CSV with a key column and an optional time column
    Movement,           // Seoul 생활이동 OA-22300 (many files) or any origin-destination table (one file)
    Sales,              // 상권분석서비스 추정매출 CSV (many files) placed in dongs through a commercial-area file
    PointsCsv,          // delimited text with x/y columns in a given CRS, or one "lat,lon" column
};

// In the order the wizard offers them.
QList<ImportKind> importKinds();
bool isMeasureKind(ImportKind kind);
bool acceptsManyFiles(ImportKind kind);

// The columns (fields) of a source the user can map.
enum class Column {
    Code,     // boundaries/points: unit code field; points CSV: id field
    Label,    // boundaries/points/points CSV: label field
    Key,      // table: unit key column
    Time,     // table: time column
    Origin,   // OD table
    Dest,     // OD table
    Period,   // OD table (optional)
    Count,    // OD table
    X,        // points CSV
    Y,        // points CSV
    LatLon,   // points CSV: one "lat,lon" column instead of x/y
};

// The dong (zone) polygons a worker needs, read from the project on the GUI thread.
struct ZoneSnapshot {
    QString layer;
    QStringList codes;
    QVector<gis::Geometry> polygons;   // EPSG:5179, aligned with codes
};

struct ImportRequest {
    ImportKind kind = ImportKind::Boundaries;
    QStringList files;
    QString layerName;
    QString encoding;               // "" = detect; "UTF-8", "CP949"
    QMap<Column, QString> columns;  // absent or "" = detect / none (see mappedColumns())
    QString crs;                    // points CSV: CRS of the x/y columns, e.g. "EPSG:5181"
    bool skipInvalid = false;       // points CSV: skip rows with invalid coordinates (reported)
    QString areasFile;              // sales: commercial-area points (OA-15560)
    QString zoneLayer;              // measures, movement: join to this layer ("" = best match); sales: dong layer
    ZoneSnapshot zones;             // sales: filled by attachProjectInputs()

    QString column(Column c) const { return columns.value(c).trimmed(); }
};

// The columns the mapping page offers for a kind ("format" is ImportPreview::format: a Seoul movement file
// needs no mapping, a generic OD table does).
QList<Column> mappedColumns(ImportKind kind, const QString& format);
// True when the column may be left empty (detect, none or generated).
bool isOptionalColumn(ImportKind kind, Column column);

// The layers an import creates (sales: NAME and NAME_by_industry).
QStringList createdLayerNames(const ImportRequest& request);

// Sales: fills request.zones from the dong layer (request.zoneLayer, else defaultDongLayer()). GUI thread.
Result<void> attachProjectInputs(const ProjectStore* store, ImportRequest& request);

// The boundary layer to place commercial areas in: the one with the most MOIS 10-digit codes ("" = none).
QString defaultDongLayer(const ProjectStore& store);

struct ImportPreview {
    QStringList header;            // column names of the rows below
    QVector<QStringList> rows;     // the first rows of the first file
    QStringList facts;             // translated lines: encoding, delimiter, format, counts, detected fields
    QStringList columns;           // field/column names offered for mapping
    QMap<Column, QString> detected;   // detected columns ("" / absent = not detected)
    QString detectedCrs;           // points CSV: guessed from the values ("" = not guessed)
    QString format;                // detected schema where known ("seoul-od-csv", "od-table-csv", ...)
    QString problem;               // why detection failed (translated), empty when fine
};

// true = go on; false = stop (cancel).
using ImportProgress = std::function<bool(int done, int total)>;

// Reads at most maxRows rows (a dry run on the first file, or its first lines, where the importer allows it).
// Failures that the mapping page can fix are reported in ImportPreview::problem; an unreadable file is an error.
Result<ImportPreview> previewImport(const ImportRequest& request, const std::function<bool()>& cancelled,
                                    int maxRows = 20);

struct ImportOutcome {
    ImportRequest request;
    std::optional<gis::ImportedLayer> features;   // boundaries, points, points CSV
    std::optional<gis::MeasureImport> measures;   // living population, table
    std::optional<gis::OdImport> od;              // movement
    std::optional<gis::SalesImport> sales;        // sales
};

Result<ImportOutcome> runImport(const ImportRequest& request, const ImportProgress& progress);

struct ImportSummary {
    QString layerName;
    QStringList layers;      // every layer added (the first is layerName)
    QString geometryLayer;   // measures: the feature layer they were joined to ("" = none)
    QStringList lines;       // translated report lines (counts, join)
    QStringList warnings;    // translated
};

// Measures are joined to request.zoneLayer, else to the feature layer whose codes match most of their units.
// All layers of the outcome are added, or none.
Result<ImportSummary> commitImport(ProjectStore& store, ImportOutcome outcome);

// "" when the name can be used; otherwise why not (translated).
QString layerNameProblem(const ProjectStore* store, const QString& name);

// "" when the request can run; otherwise the first thing to fix on the mapping page (translated).
QString requestProblem(const ProjectStore* store, const ImportRequest& request, const QString& format);

// The feature layer whose codes match most of the units (empty when none matches), with its report.
QString bestGeometryLayer(const ProjectStore& store, const QStringList& units, QString* joinSummary);

// The feature layer (of `kinds`; all feature kinds when empty) with the highest score(codes, summary) > 0;
// "" when none scores.
QString bestFeatureLayer(const ProjectStore& store, const QList<LayerKind>& kinds,
                         const std::function<int(const QStringList& codes, QString* summary)>& score,
                         QString* summary);

}  // namespace dosi::desktop
