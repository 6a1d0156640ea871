#pragma once
// A quick look at a GDAL vector source for the import wizard: its field names, feature count,
// CRS and the attributes of the first features, without reading the whole file's geometry.

#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

struct VectorPreview {
    QString file;
    QString driver;               // GDAL short name, e.g. "GeoJSON", "ESRI Shapefile"
    QString sourceCrs;            // e.g. "EPSG:4326"; empty when the source has none
    QStringList fields;           // attribute names in source order
    qint64 featureCount = -1;     // -1 when the source cannot count cheaply
    QVector<QStringList> rows;    // attributes of the first features, aligned with fields
    QString detectedCodeField;    // from codeFieldCandidates(); empty when none matches
    QString detectedLabelField;   // from labelFieldCandidates(); empty when none matches
};

// encoding: as for VectorImportOptions::encoding (empty = the source's own).
Result<VectorPreview> previewVector(const QString& path, const QString& encoding = {}, int maxRows = 20);

}  // namespace dosi::gis
