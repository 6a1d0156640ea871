#pragma once
// GeoTIFF export: rasterises polygons (EPSG:5179) into Float32 (or Float64) bands, one per value
// vector, DEFLATE-compressed, optional internal overviews or a Cloud-Optimized GeoTIFF, with band
// descriptions and GDAL metadata. Written atomically (a temporary file beside the target, renamed).
//
// writeLayerGeoTiff() writes an exported layer (VectorExport.h): one band per value column, described
// "<field> <time>" plus " (estimated)" for a model's output; values masked by the publisher or
// suppressed by the privacy rule, and missing values, are nodata. A grid layer (250 m cells) is written
// at its own cell size, aligned to its cells, so that each pixel is one cell and holds exactly that
// cell's value; other layers default to 100 m. Bands are Float64 when a value would change in Float32.
// Metadata (dataset): DOSI_LAYER, DOSI_TITLE, DOSI_ESTIMATED (yes/no), DOSI_SOURCE,
// DOSI_PRIVACY_THRESHOLD, DOSI_SUPPRESSED, DOSI_NOTE; (band): DOSI_FIELD, DOSI_TIME, DOSI_ESTIMATED,
// DOSI_PEOPLE_COUNT, DOSI_SUPPRESSED.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/VectorExport.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

struct GeoTiffOptions {
    double cellSize = 100.0;            // metres
    double nodata = -9999.0;
    bool overviews = true;              // internal overviews when the raster is large enough
    bool cog = false;                   // write with GDAL's COG driver
    Envelope extent = Envelope::null(); // null = of the geometries; snapped outward to cellSize
    QPointF origin{0, 0};               // the extent snaps to origin + k * cellSize
    bool float64 = false;               // Float64 bands instead of Float32
    QMap<QString, QString> metadata;    // dataset metadata items
    QVector<QMap<QString, QString>> bandMetadata;   // per band
};

// bandValues[b][feature]; NaN (or a feature left out) -> nodata. A pixel takes the value of the
// last polygon covering its centre (all-touched off).
Result<void> writeGeoTiff(const QString& path, const QVector<Geometry>& geometries,
                          const QVector<QVector<double>>& bandValues,
                          const QStringList& bandDescriptions, const GeoTiffOptions& options = {});

// The side of a grid layer's square cells (metres), or 0 when `data` is not a grid layer.
double gridCellSize(const FeatureLayerData& data);

// An exported layer as a GeoTIFF (see above). options.cellSize <= 0: automatic (the grid's own cell
// size, else 100 m); options.extent, origin, float64 and metadata are set here.
Result<void> writeLayerGeoTiff(const QString& path, const ExportLayer& layer, GeoTiffOptions options);

}  // namespace dosi::gis
