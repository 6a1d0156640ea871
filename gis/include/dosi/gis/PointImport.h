#pragma once
// Point layers (CCTV, EV chargers, stations, candidate sites) from delimited text with coordinate
// columns: x/y columns in any CRS, or one "lat,lon" column (WGS84 unless told otherwise), such as the
// 위도경도 column of the EV charger list. Output is an ImportedLayer of kind Points with Point WKB in
// EPSG:5179, ready for ProjectStore::addFeatureLayer. (Points in any GDAL vector source go through
// importVector() with kind Points.)
//
// Columns other than the coordinate columns are kept: a column whose non-empty values all parse as
// numbers becomes Real, unless it looks like an identifier (name ends in CODE/CD/ID/_id or contains 코드,
// or a value has a leading zero such as "0123") or is the id field; everything else is Text.
// The code field is idField (kept as text; duplicates are warned about) or a generated "id" numbered
// 1..n in file order ("id_1", ... if the file already has an "id" column).

#include "dosi/core/Result.h"
#include "dosi/gis/VectorImport.h"

#include <QString>

namespace dosi::gis {

struct PointCsvOptions {
    QString xColumn;        // easting or longitude
    QString yColumn;        // northing or latitude
    QString latLonColumn;   // instead of x/y: one "lat,lon" text column
    QString crs;            // e.g. "EPSG:5181"; required with x/y; default EPSG:4326 with latLonColumn
    QString idField;        // empty = generated "id"
    QString labelField;     // empty = idField (or the generated id)
    QString encoding;       // empty = detect (UTF-8 with or without BOM, else CP949)
    // Rows with an empty or invalid coordinate are an error naming the file, line and column;
    // with skipInvalid they are skipped, counted in report.emptySkipped and listed in the warnings.
    bool skipInvalid = false;
};

Result<ImportedLayer> importPointsCsv(const QString& path, const QString& name, const PointCsvOptions& options);

// Convenience form with x/y columns.
Result<ImportedLayer> importPointsCsv(const QString& path, const QString& name, const QString& xCol,
                                      const QString& yCol, const QString& crs, const QString& idField = {},
                                      const QString& encoding = {});

}  // namespace dosi::gis
