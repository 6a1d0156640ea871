// Offline background maps through GDAL: opened once, warped per view to EPSG:5179 with gdalwarp's
// library API (overview / zoom level chosen automatically), cached per view.
#include "dosi/gis/Basemap.h"

#include "GdalUtil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <list>
#include <vector>

#include <gdal_utils.h>

namespace dosi::gis {

namespace {

struct BasemapTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::Basemap)
};

QString shownName(const QString& path) { return QFileInfo(path).fileName(); }

// A GDAL handle on the file, optionally wrapped in a VRT that turns it into RGB(A) bytes.
struct Handle {
    gdal::DatasetPtr src;
    gdal::DatasetPtr vrt;   // declared last: closed first, as it refers to src
    GDALDatasetH warpSource() const { return vrt ? vrt.get() : src.get(); }
};

gdal::CslPtr toCsl(const QStringList& args)
{
    char** list = nullptr;
    for (const QString& a : args) list = CSLAddString(list, a.toUtf8().constData());
    return gdal::CslPtr(list);
}

struct ProgressData {
    const std::atomic_bool* cancel;
};

int CPL_STDCALL warpProgress(double, const char*, void* arg)
{
    const auto* p = static_cast<const ProgressData*>(arg);
    return p && p->cancel && p->cancel->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

QString num(double v) { return QString::number(v, 'f', 6); }

}  // namespace

struct Basemap::Impl {
    QString path;
    QStringList translateArgs;   // non-empty: wrap each handle in a VRT made with these
    QSize size;
    int overviews = 0;
    Envelope extent = Envelope::null();

    mutable QMutex mutex;
    mutable std::vector<std::unique_ptr<Handle>> idle;
    struct Cached {
        MapView view;
        double dpr = 1;
        QImage image;
    };
    mutable std::list<Cached> cache;   // most recent first
    mutable int warps = 0;

    std::unique_ptr<Handle> openHandle(QString* error) const
    {
        gdal::ensureRegistered();
        gdal::ErrorCollector errors;
        auto h = std::make_unique<Handle>();
        h->src.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!h->src) {
            if (error) *error = errors.lastError();
            return nullptr;
        }
        if (!translateArgs.isEmpty()) {
            gdal::CslPtr args = toCsl(QStringList{QStringLiteral("-of"), QStringLiteral("VRT")} + translateArgs);
            GDALTranslateOptions* opts = GDALTranslateOptionsNew(args.get(), nullptr);
            int usageError = 0;
            h->vrt.reset(GDALTranslate("", h->src.get(), opts, &usageError));
            GDALTranslateOptionsFree(opts);
            if (!h->vrt) {
                if (error) *error = errors.lastError();
                return nullptr;
            }
        }
        return h;
    }

    std::unique_ptr<Handle> acquire(QString* error) const
    {
        {
            QMutexLocker lock(&mutex);
            if (!idle.empty()) {
                auto h = std::move(idle.back());
                idle.pop_back();
                return h;
            }
        }
        return openHandle(error);
    }

    void release(std::unique_ptr<Handle> h) const
    {
        QMutexLocker lock(&mutex);
        if (idle.size() < 4) idle.push_back(std::move(h));
    }
};

Basemap::Basemap() : d(std::make_unique<Impl>()) {}
Basemap::~Basemap() = default;
QString Basemap::path() const { return d->path; }
QSize Basemap::rasterSize() const { return d->size; }
int Basemap::overviewCount() const { return d->overviews; }
Envelope Basemap::extent() const { return d->extent; }

int Basemap::warpCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->warps;
}

Result<std::shared_ptr<const Basemap>> Basemap::open(const QString& path)
{
    const QString name = shownName(path);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return makeError(BasemapTr::tr("The background map %1 does not exist.").arg(name.isEmpty() ? path : name));
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    gdal::DatasetPtr ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds || GDALGetRasterCount(ds.get()) < 1) {
        QString why = errors.lastError();
        return makeError(why.isEmpty()
                             ? BasemapTr::tr("%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …).").arg(name)
                             : BasemapTr::tr("%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …): %2").arg(name, why));
    }
    double gt[6] = {0, 1, 0, 0, 0, 1};
    const bool hasTransform = GDALGetGeoTransform(ds.get(), gt) == CE_None;
    const bool hasGcps = GDALGetGCPCount(ds.get()) > 0 && GDALGetGCPSpatialRef(ds.get());
    if (!hasTransform && !hasGcps)
        return makeError(BasemapTr::tr("%1 is not georeferenced, so it cannot be placed under the map.").arg(name));
    OGRSpatialReferenceH srcSrs = hasTransform ? GDALGetSpatialRef(ds.get()) : GDALGetGCPSpatialRef(ds.get());
    if (!srcSrs)
        return makeError(BasemapTr::tr("%1 has no coordinate reference system, so it cannot be reprojected.").arg(name));

    std::shared_ptr<Basemap> b(new Basemap());
    b->d->path = path;
    const int w = GDALGetRasterXSize(ds.get()), h = GDALGetRasterYSize(ds.get());
    b->d->size = QSize(w, h);
    GDALRasterBandH band1 = GDALGetRasterBand(ds.get(), 1);
    b->d->overviews = GDALGetOverviewCount(band1);

    // Normalise to RGB(A) bytes where gdalwarp alone would not give colours.
    const int bands = GDALGetRasterCount(ds.get());
    QStringList args;
    if (GDALGetRasterDataType(band1) != GDT_Byte) {
        // 16-bit or float imagery: each band stretched from its range to bytes; RGB when there are three.
        args << QStringLiteral("-ot") << QStringLiteral("Byte") << QStringLiteral("-scale");
        for (int b = 1; b <= (bands >= 3 ? 3 : 1); ++b) args << QStringLiteral("-b") << QString::number(b);
    } else if (bands == 1 && GDALGetRasterColorTable(band1)) {
        args << QStringLiteral("-expand") << QStringLiteral("rgba");
    } else if (bands > 4 || (bands == 4 && GDALGetRasterColorInterpretation(GDALGetRasterBand(ds.get(), 4)) != GCI_AlphaBand)) {
        args << QStringLiteral("-b") << QStringLiteral("1") << QStringLiteral("-b") << QStringLiteral("2") << QStringLiteral("-b")
             << QStringLiteral("3");
    }
    b->d->translateArgs = args;

    // Footprint in EPSG:5179, to warp only the part of a view the raster covers.
    if (hasTransform) {
        gdal::SrsPtr src(OSRClone(srcSrs));
        OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
        gdal::SrsPtr dst = gdal::srsFromEpsg(5179);
        gdal::TransformPtr ct(dst ? OCTNewCoordinateTransformation(src.get(), dst.get()) : nullptr);
        double xs[4] = {gt[0], gt[0] + w * gt[1], gt[0] + h * gt[2], gt[0] + w * gt[1] + h * gt[2]};
        double ys[4] = {gt[3], gt[3] + w * gt[4], gt[3] + h * gt[5], gt[3] + w * gt[4] + h * gt[5]};
        double x0 = *std::min_element(xs, xs + 4), x1 = *std::max_element(xs, xs + 4);
        double y0 = *std::min_element(ys, ys + 4), y1 = *std::max_element(ys, ys + 4);
        double ox0 = 0, oy0 = 0, ox1 = 0, oy1 = 0;
        if (ct && OCTTransformBounds(ct.get(), x0, y0, x1, y1, &ox0, &oy0, &ox1, &oy1, 21))
            b->d->extent = Envelope{ox0, oy0, ox1, oy1};
    }
    // Keep the handle opened for checking; the first draw borrows it.
    auto handle = std::make_unique<Handle>();
    handle->src = std::move(ds);
    if (!args.isEmpty()) {
        QString why;
        handle = b->d->openHandle(&why);
        if (!handle)
            return makeError(BasemapTr::tr("Cannot read the colours of %1: %2").arg(name, why));
    }
    b->d->release(std::move(handle));
    return std::shared_ptr<const Basemap>(std::move(b));
}

QImage Basemap::render(const MapView& view, double dpr, const std::atomic_bool* cancel, QString* error) const
{
    if (!view.isValid()) return {};
    if (!(dpr > 0)) dpr = 1.0;
    {
        QMutexLocker lock(&d->mutex);
        for (auto it = d->cache.begin(); it != d->cache.end(); ++it) {
            if (it->view == view && it->dpr == dpr) {
                d->cache.splice(d->cache.begin(), d->cache, it);
                return d->cache.front().image;
            }
        }
    }
    const int devW = int(std::lround(view.size().width() * dpr)), devH = int(std::lround(view.size().height() * dpr));
    const Envelope ve = view.extent();
    const double px = (ve.maxX - ve.minX) / devW, py = (ve.maxY - ve.minY) / devH;
    // The device pixels the raster can cover (a pixel of margin for the resampling kernel).
    int x0 = 0, y0 = 0, x1 = devW, y1 = devH;
    const Envelope& fe = d->extent;
    if (!fe.isNull()) {
        x0 = std::max(0, int(std::floor((fe.minX - ve.minX) / px)) - 1);
        x1 = std::min(devW, int(std::ceil((fe.maxX - ve.minX) / px)) + 1);
        y0 = std::max(0, int(std::floor((ve.maxY - fe.maxY) / py)) - 1);
        y1 = std::min(devH, int(std::ceil((ve.maxY - fe.minY) / py)) + 1);
    }
    QImage full(devW, devH, QImage::Format_ARGB32_Premultiplied);
    full.fill(Qt::transparent);
    full.setDevicePixelRatio(dpr);
    if (x1 > x0 && y1 > y0) {
        const int w = x1 - x0, h = y1 - y0;
        QString why;
        auto handle = d->acquire(&why);
        if (!handle) {
            if (error) *error = BasemapTr::tr("Cannot open %1: %2").arg(shownName(d->path), why);
            return {};
        }
        gdal::ErrorCollector errors;
        const QStringList args{QStringLiteral("-of"), QStringLiteral("MEM"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:5179"),
                               QStringLiteral("-te"), num(ve.minX + x0 * px), num(ve.maxY - y1 * py), num(ve.minX + x1 * px),
                               num(ve.maxY - y0 * py), QStringLiteral("-ts"), QString::number(w), QString::number(h),
                               QStringLiteral("-r"), QStringLiteral("bilinear"), QStringLiteral("-dstalpha"),
                               QStringLiteral("-ovr"), QStringLiteral("AUTO")};
        gdal::CslPtr csl = toCsl(args);
        GDALWarpAppOptions* opts = GDALWarpAppOptionsNew(csl.get(), nullptr);
        ProgressData progress{cancel};
        GDALWarpAppOptionsSetProgress(opts, warpProgress, &progress);
        GDALDatasetH src = handle->warpSource();
        int usageError = 0;
        gdal::DatasetPtr out(GDALWarp("", nullptr, 1, &src, opts, &usageError));
        GDALWarpAppOptionsFree(opts);
        d->release(std::move(handle));
        if (cancel && cancel->load()) return {};
        if (!out) {
            if (error) *error = BasemapTr::tr("Cannot draw the background map %1: %2").arg(shownName(d->path), errors.lastError());
            return {};
        }
        const int bands = GDALGetRasterCount(out.get());
        QImage part(w, h, QImage::Format_RGBA8888);
        part.fill(QColor(0, 0, 0, 255));
        int map[4] = {1, 2, 3, 4};
        int count = 4;
        if (bands == 1) map[1] = map[2] = 1, count = 3;
        else if (bands == 2) map[1] = map[2] = 1, map[3] = 2;
        else if (bands == 3) count = 3;
        const CPLErr err = GDALDatasetRasterIO(out.get(), GF_Read, 0, 0, w, h, part.bits(), w, h, GDT_Byte, count, map, 4,
                                               part.bytesPerLine(), 1);
        if (err != CE_None) {
            if (error) *error = BasemapTr::tr("Cannot draw the background map %1: %2").arg(shownName(d->path), errors.lastError());
            return {};
        }
        QPainter p(&full);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(QRectF(x0 / dpr, y0 / dpr, w / dpr, h / dpr), part);
    }
    QMutexLocker lock(&d->mutex);
    ++d->warps;
    d->cache.push_front(Impl::Cached{view, dpr, full});
    while (d->cache.size() > 3) d->cache.pop_back();
    return full;
}

void drawBasemap(QPainter& painter, const Basemap& basemap, const MapView& view, double dpr, const std::atomic_bool* cancel)
{
    const QImage image = basemap.render(view, dpr, cancel);   // device pixel ratio already set
    if (image.isNull()) return;
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size())), image);
}

}  // namespace dosi::gis
