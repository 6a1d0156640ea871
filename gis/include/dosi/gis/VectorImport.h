#pragma once
// Import of any GDAL vector source (GeoJSON, Shapefile, GeoPackage, CSV with WKT) into
// Dosi's feature records: reprojected to EPSG:5179, invalid polygons repaired, polygons as
// MultiPolygon WKB, the unit code kept as text (leading zeros intact).

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace dosi::gis {

struct VectorImportOptions {
    QString codeField;    // empty = auto-detect (adm_cd2, adm_cd, ADM_CD, code, CODE, EMD_CD, SIG_CD, ...)
    QString labelField;   // empty = auto-detect (adm_nm, ADM_NM, name, NAME, EMD_KOR_NM, ...; else codeField)
    QString encoding;     // e.g. "CP949" for shapefiles without .cpg
    QString sourceLayer;  // layer inside a multi-layer source; empty = first
    QString sourceCrs;    // used when given (e.g. CSV with WKT); empty = from the file, error if missing
    LayerKind kind = LayerKind::Boundaries;
};

struct ImportReport {
    QString file;
    QString sourceCrs;         // e.g. "EPSG:4326"
    int featuresRead = 0;
    int featuresWritten = 0;
    int invalidRepaired = 0;
    int emptySkipped = 0;
    QStringList warnings;
};

struct ImportedLayer {
    LayerInfo info;
    QVector<FeatureRecord> features;
    ImportReport report;
};

// The code/label field candidates tried, in order, when none is given.
QStringList codeFieldCandidates();
QStringList labelFieldCandidates();

// progress(done, total) is called while reading; returning false cancels (error "cancelled").
// total may be 0 when the source cannot count its features cheaply.
Result<ImportedLayer> importVector(const QString& path, const QString& layerName,
                                   const VectorImportOptions& options,
                                   const std::function<bool(int done, int total)>& progress = {});

}  // namespace dosi::gis
