#pragma once
// Offline background maps: any GDAL raster (an orthophoto GeoTIFF in any CRS, an MBTiles file, a
// GDAL VRT) drawn under the layers, reprojected on the fly to the view (EPSG:5179).
//
// open() checks the file once (a raster, georeferenced, with a CRS). drawBasemap() warps only the
// part inside the view to the view's device pixels, from the overview / zoom level that suits
// the scale (bilinear). RGB, RGBA, paletted, grey and grey+alpha byte rasters are drawn as they
// are; 16-bit / float rasters are stretched to bytes per band (RGB from three bands, else grey). A Basemap is thread-safe (each thread borrows its own GDAL
// handle) and keeps the last few warped views, so a recolour of the layers does not warp again.

#include "dosi/core/Result.h"
#include "dosi/gis/MapView.h"

#include <QImage>
#include <QString>
#include <atomic>
#include <memory>

class QPainter;

namespace dosi::gis {

class Basemap {
public:
    // Errors name the file: missing, not a raster, no georeferencing or no coordinate system.
    static Result<std::shared_ptr<const Basemap>> open(const QString& path);
    ~Basemap();
    QString path() const;
    QSize rasterSize() const;       // full-resolution pixels
    int overviewCount() const;      // overviews (MBTiles: zoom levels below the native one)
    Envelope extent() const;        // footprint in EPSG:5179 (approximate for curved edges)

    // The background for `view` at device pixel ratio `dpr`: an image of the view's device size
    // (transparent outside the raster). Null when cancelled or on failure (then *error says why).
    QImage render(const MapView& view, double dpr, const std::atomic_bool* cancel = nullptr,
                  QString* error = nullptr) const;
    int warpCount() const;          // how many times a view was actually warped (for tests/stats)

private:
    Basemap();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Draws the part of `basemap` inside `view` (device pixel ratio `dpr`).
void drawBasemap(QPainter& painter, const Basemap& basemap, const MapView& view, double dpr,
                 const std::atomic_bool* cancel = nullptr);

}  // namespace dosi::gis
