#pragma once
// GeoTIFF export: rasterises polygons (EPSG:5179) into Float32 bands, one per value vector,
// DEFLATE-compressed, optional internal overviews or a Cloud-Optimized GeoTIFF. Written atomically.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

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
};

// bandValues[b][feature]; NaN (or a feature left out) -> nodata. A pixel takes the value of the
// last polygon covering its centre (all-touched off).
Result<void> writeGeoTiff(const QString& path, const QVector<Geometry>& geometries,
                          const QVector<QVector<double>>& bandValues,
                          const QStringList& bandDescriptions, const GeoTiffOptions& options = {});

}  // namespace dosi::gis
