#include "dosi/gis/RasterExport.h"

#include "GdalUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <gdal_alg.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace dosi::gis {

namespace {

constexpr double kSnapEps = 1e-9;
constexpr qint64 kMaxPixels = 400'000'000;   // per band; keeps the in-memory raster sane

Error writeError(const QString& shown, const QString& why)
{
    return makeError(QCoreApplication::translate("dosi::gis::RasterExport", "Cannot write the GeoTIFF %1: %2")
                         .arg(shown, why));
}

}  // namespace

Result<void> writeGeoTiff(const QString& path, const QVector<Geometry>& geometries,
                          const QVector<QVector<double>>& bandValues, const QStringList& bandDescriptions,
                          const GeoTiffOptions& options)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    const double cs = options.cellSize;
    if (!(cs > 0) || !std::isfinite(cs))
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                             "the cell size must be a positive number."));
    if (bandValues.isEmpty())
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport", "there are no bands to write."));
    for (int b = 0; b < bandValues.size(); ++b)
        if (bandValues[b].size() != geometries.size())
            return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                                 "band %1 has %2 values for %3 geometries.")
                                         .arg(b + 1)
                                         .arg(bandValues[b].size())
                                         .arg(geometries.size()));

    Envelope ext = options.extent;
    if (ext.isNull()) {
        for (const Geometry& g : geometries) {
            if (!g.isPolygonal()) continue;
            const Envelope e = g.envelope();
            if (e.isNull()) continue;
            if (ext.isNull()) ext = e;
            else ext.expand(e);
        }
    }
    if (ext.isNull())
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                             "there is no polygon to rasterise."));
    const double minX = std::floor(ext.minX / cs + kSnapEps) * cs;
    const double minY = std::floor(ext.minY / cs + kSnapEps) * cs;
    double maxX = std::ceil(ext.maxX / cs - kSnapEps) * cs;
    double maxY = std::ceil(ext.maxY / cs - kSnapEps) * cs;
    if (maxX <= minX) maxX = minX + cs;
    if (maxY <= minY) maxY = minY + cs;
    const qint64 width = qint64(std::llround((maxX - minX) / cs));
    const qint64 height = qint64(std::llround((maxY - minY) / cs));
    if (width * height > kMaxPixels || width > INT_MAX || height > INT_MAX)
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                             "%1 x %2 cells is too large; use a bigger cell size.")
                                     .arg(width)
                                     .arg(height));

    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    const int nBands = int(bandValues.size());
    gdal::DatasetPtr mem(GDALCreate(GDALGetDriverByName("MEM"), "", int(width), int(height), nBands, GDT_Float32,
                                    nullptr));
    if (!mem) return writeError(shown, errors.lastError());
    double gt[6] = {minX, cs, 0.0, maxY, 0.0, -cs};
    GDALSetGeoTransform(mem.get(), gt);
    gdal::SrsPtr srs = gdal::srsFromEpsg(5179);
    if (!srs) return writeError(shown, errors.lastError());
    GDALSetSpatialRef(mem.get(), static_cast<OGRSpatialReferenceH>(srs.get()));

    std::vector<gdal::GeometryPtr> ogrGeoms(size_t(geometries.size()));
    for (int i = 0; i < geometries.size(); ++i) {
        if (!geometries[i].isPolygonal()) continue;
        const QByteArray wkb = geometries[i].toWkb();
        OGRGeometryH h = nullptr;
        if (OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &h, size_t(wkb.size())) != OGRERR_NONE)
            return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                                 "geometry %1 cannot be read.")
                                         .arg(i + 1));
        ogrGeoms[size_t(i)].reset(h);
    }

    for (int b = 0; b < nBands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(mem.get(), b + 1);
        GDALSetRasterNoDataValue(band, options.nodata);
        GDALFillRaster(band, options.nodata, 0.0);
        const QString desc = b < bandDescriptions.size() ? bandDescriptions[b] : QStringLiteral("band %1").arg(b + 1);
        GDALSetDescription(band, desc.toUtf8().constData());

        std::vector<OGRGeometryH> handles;
        std::vector<double> burn;
        for (int i = 0; i < geometries.size(); ++i) {
            const double v = bandValues[b][i];
            if (!ogrGeoms[size_t(i)] || !std::isfinite(v)) continue;
            handles.push_back(static_cast<OGRGeometryH>(ogrGeoms[size_t(i)].get()));
            burn.push_back(v);
        }
        if (handles.empty()) continue;
        int bandNo = b + 1;
        if (GDALRasterizeGeometries(mem.get(), 1, &bandNo, int(handles.size()), handles.data(), nullptr, nullptr,
                                    burn.data(), nullptr, nullptr, nullptr)
            != CE_None)
            return writeError(shown, errors.lastError());
    }

    std::vector<int> levels;
    if (options.overviews)
        for (int f = 2; std::max(width, height) / f >= 128; f *= 2) levels.push_back(f);

    gdal::CslPtr co;
    GDALDriverH drv = nullptr;
    if (options.cog) {
        drv = GDALGetDriverByName("COG");
        co.reset(CSLSetNameValue(co.release(), "COMPRESS", "DEFLATE"));
        co.reset(CSLSetNameValue(co.release(), "PREDICTOR", "YES"));
        co.reset(CSLSetNameValue(co.release(), "OVERVIEWS", options.overviews ? "AUTO" : "NONE"));
        co.reset(CSLSetNameValue(co.release(), "RESAMPLING", "NEAREST"));
    } else {
        drv = GDALGetDriverByName("GTiff");
        co.reset(CSLSetNameValue(co.release(), "COMPRESS", "DEFLATE"));
        co.reset(CSLSetNameValue(co.release(), "PREDICTOR", "3"));
        co.reset(CSLSetNameValue(co.release(), "TILED", "YES"));
        if (!levels.empty()) {
            if (GDALBuildOverviews(mem.get(), "NEAREST", int(levels.size()), levels.data(), 0, nullptr, nullptr,
                                   nullptr)
                != CE_None)
                return writeError(shown, errors.lastError());
            co.reset(CSLSetNameValue(co.release(), "COPY_SRC_OVERVIEWS", "YES"));
        }
    }
    if (!drv)
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                             "the GDAL GeoTIFF driver is not available."));

    const QString tmp = gdal::tempPathBeside(file);
    gdal::DatasetPtr outDs(GDALCreateCopy(drv, tmp.toUtf8().constData(), mem.get(), FALSE, co.get(), nullptr, nullptr));
    if (!outDs) {
        gdal::discardTemp(tmp);
        const QString why = errors.lastError();
        return writeError(shown, why.isEmpty() ? QCoreApplication::translate("dosi::gis::RasterExport",
                                                                             "the file could not be created.")
                                               : why);
    }
    CPLErrorReset();
    outDs.reset();   // GDALClose flushes; failures are reported through CPLError
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
        gdal::discardTemp(tmp);
        return writeError(shown, errors.lastError());
    }
    QString why;
    if (!gdal::commitTemp(tmp, file, &why)) return writeError(shown, why);
    return {};
}

}  // namespace dosi::gis
