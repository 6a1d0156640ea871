#pragma once
// Offline background maps: any GDAL raster (an orthophoto GeoTIFF, an MBTiles file), reprojected on
// the fly under the layers. (Stub: filled in by the basemap work.)

#include "dosi/core/Result.h"
#include "dosi/gis/MapView.h"

#include <QString>
#include <atomic>
#include <memory>

class QPainter;

namespace dosi::gis {

class Basemap {
public:
    static Result<std::shared_ptr<const Basemap>> open(const QString& path);
    ~Basemap();
    QString path() const;

private:
    Basemap();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Draws the part of `basemap` inside `view` (device pixel ratio `dpr`).
void drawBasemap(QPainter& painter, const Basemap& basemap, const MapView& view, double dpr,
                 const std::atomic_bool* cancel = nullptr);

}  // namespace dosi::gis
