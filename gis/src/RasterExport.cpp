#include "dosi/gis/RasterExport.h"

#include "GdalUtil.h"

#include "dosi/core/Values.h"

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
    const double ox = options.origin.x(), oy = options.origin.y();
    const double minX = ox + std::floor((ext.minX - ox) / cs + kSnapEps) * cs;
    const double minY = oy + std::floor((ext.minY - oy) / cs + kSnapEps) * cs;
    double maxX = ox + std::ceil((ext.maxX - ox) / cs - kSnapEps) * cs;
    double maxY = oy + std::ceil((ext.maxY - oy) / cs - kSnapEps) * cs;
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
    gdal::DatasetPtr mem(GDALCreate(GDALGetDriverByName("MEM"), "", int(width), int(height), nBands,
                                    options.float64 ? GDT_Float64 : GDT_Float32, nullptr));
    if (!mem) return writeError(shown, errors.lastError());
    double gt[6] = {minX, cs, 0.0, maxY, 0.0, -cs};
    GDALSetGeoTransform(mem.get(), gt);
    gdal::SrsPtr srs = gdal::srsFromEpsg(5179);
    if (!srs) return writeError(shown, errors.lastError());
    GDALSetSpatialRef(mem.get(), static_cast<OGRSpatialReferenceH>(srs.get()));
    for (auto it = options.metadata.cbegin(); it != options.metadata.cend(); ++it)
        GDALSetMetadataItem(mem.get(), it.key().toUtf8().constData(), it.value().toUtf8().constData(), nullptr);

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
        if (b < options.bandMetadata.size())
            for (auto it = options.bandMetadata[b].cbegin(); it != options.bandMetadata[b].cend(); ++it)
                GDALSetMetadataItem(band, it.key().toUtf8().constData(), it.value().toUtf8().constData(), nullptr);

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
        co.reset(CSLSetNameValue(co.release(), "PREDICTOR", "3"));   // floating-point predictor
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

double gridCellSize(const FeatureLayerData& data)
{
    if (data.info.kind != LayerKind::Grid) return 0.0;
    for (const Geometry& g : data.geometries) {
        if (!g.isPolygonal()) continue;
        const Envelope e = g.envelope();
        if (e.isNull() || !(e.width() > 0)) continue;
        // Cell sides are whole metres (250 m, 1 km); round away the noise of the stored coordinates.
        return std::round(e.width() * 1000.0) / 1000.0;
    }
    return 0.0;
}

Result<void> writeLayerGeoTiff(const QString& path, const ExportLayer& layer, GeoTiffOptions options)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!layer.data) return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport", "the layer has no features."));
    if (layer.columns.isEmpty())
        return writeError(shown, QCoreApplication::translate("dosi::gis::RasterExport",
                                                             "layer \"%1\" has no numeric value to write.")
                                     .arg(layer.info.name));
    const FeatureLayerData& data = *layer.data;
    const double gridCell = gridCellSize(data);
    if (!(options.cellSize > 0)) options.cellSize = gridCell > 0 ? gridCell : 100.0;
    // A grid written at its own cell size is aligned to its cells: one pixel per cell.
    options.origin = QPointF(0, 0);
    if (gridCell > 0 && std::abs(options.cellSize - gridCell) < 1e-6) {
        for (const Geometry& g : data.geometries) {
            if (!g.isPolygonal()) continue;
            const Envelope e = g.envelope();
            options.origin = QPointF(e.minX, e.minY);
            break;
        }
    }
    // The extent of the features that have a value (or had one before it was masked).
    Envelope ext = Envelope::null();
    QVector<QVector<double>> bands;
    QStringList descriptions;
    options.float64 = false;
    for (const ExportColumn& c : layer.columns) {
        bands.append(c.values);
        QString d = c.time.isEmpty() ? c.field : QStringLiteral("%1 %2").arg(c.field, c.time);
        if (layer.info.estimated) d += QCoreApplication::translate("dosi::gis::RasterExport", " (estimated)");
        descriptions << d;
        QMap<QString, QString> md;
        md.insert(QStringLiteral("DOSI_FIELD"), c.field);
        if (!c.time.isEmpty()) md.insert(QStringLiteral("DOSI_TIME"), c.time);
        md.insert(QStringLiteral("DOSI_ESTIMATED"), layer.info.estimated ? QStringLiteral("yes") : QStringLiteral("no"));
        md.insert(QStringLiteral("DOSI_PEOPLE_COUNT"), c.peopleCount ? QStringLiteral("yes") : QStringLiteral("no"));
        md.insert(QStringLiteral("DOSI_SUPPRESSED"), QString::number(c.suppressed));
        options.bandMetadata.append(md);
        for (int i = 0; i < c.values.size() && i < data.geometries.size(); ++i) {
            const double v = c.values[i];
            if (std::isfinite(v) && double(float(v)) != v) options.float64 = true;
            if ((std::isfinite(v) || isMasked(v)) && data.geometries[i].isPolygonal()) ext.expand(data.geometries[i].envelope());
        }
    }
    options.extent = ext;   // null: every value missing; writeGeoTiff then uses all the polygons
    options.metadata.insert(QStringLiteral("DOSI_LAYER"), layer.info.name);
    options.metadata.insert(QStringLiteral("DOSI_TITLE"), layer.info.title);
    options.metadata.insert(QStringLiteral("DOSI_ESTIMATED"), layer.info.estimated ? QStringLiteral("yes") : QStringLiteral("no"));
    options.metadata.insert(QStringLiteral("DOSI_SOURCE"), layer.info.source);
    options.metadata.insert(QStringLiteral("DOSI_PRIVACY_THRESHOLD"), QString::number(layer.privacy.threshold));
    options.metadata.insert(QStringLiteral("DOSI_SUPPRESSED"), QString::number(layer.suppressed()));
    options.metadata.insert(QStringLiteral("DOSI_NOTE"), layer.note());
    return writeGeoTiff(path, data.geometries, bands, descriptions, options);
}

}  // namespace dosi::gis
