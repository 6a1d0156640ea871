#include "dosi/gis/Crs.h"

#include <QCoreApplication>
#include <proj.h>

#include <cmath>
#include <limits>

namespace dosi::gis {

namespace {

QPointF nanPoint()
{
    const double n = std::numeric_limits<double>::quiet_NaN();
    return {n, n};
}

bool finite(double v) { return std::isfinite(v) && v != HUGE_VAL; }

// PROJ strings name a coordinate operation unless marked as a CRS.
QByteArray crsDefinition(const QString& s)
{
    QString t = s.trimmed();
    if (t.startsWith(QLatin1Char('+')) && !t.contains(QLatin1String("+type=crs")))
        t += QLatin1String(" +type=crs");
    return t.toUtf8();
}

}  // namespace

struct CoordinateTransform::Impl {
    PJ_CONTEXT* ctx = nullptr;
    PJ* pj = nullptr;
    ~Impl()
    {
        if (pj) proj_destroy(pj);
        if (ctx) proj_context_destroy(ctx);
    }
};

CoordinateTransform::CoordinateTransform() = default;
CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform&& other) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&& other) noexcept = default;

Result<CoordinateTransform> CoordinateTransform::create(const QString& fromCrs, const QString& toCrs)
{
    if (fromCrs.trimmed().isEmpty() || toCrs.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("dosi::gis::CoordinateTransform",
                                                     "A coordinate reference system is missing."));
    auto impl = std::make_unique<Impl>();
    impl->ctx = proj_context_create();
    if (!impl->ctx)
        return makeError(QCoreApplication::translate("dosi::gis::CoordinateTransform",
                                                     "Could not start the PROJ library."));
    proj_log_level(impl->ctx, PJ_LOG_NONE);
    const QByteArray from = crsDefinition(fromCrs);
    const QByteArray to = crsDefinition(toCrs);
    PJ* raw = proj_create_crs_to_crs(impl->ctx, from.constData(), to.constData(), nullptr);
    if (!raw) {
        const int err = proj_context_errno(impl->ctx);
        const QString why = QString::fromUtf8(proj_context_errno_string(impl->ctx, err));
        return makeError(QCoreApplication::translate("dosi::gis::CoordinateTransform",
                                                     "Cannot transform coordinates from %1 to %2: %3")
                             .arg(fromCrs.left(80), toCrs.left(80), why));
    }
    impl->pj = proj_normalize_for_visualization(impl->ctx, raw);
    proj_destroy(raw);
    if (!impl->pj)
        return makeError(QCoreApplication::translate("dosi::gis::CoordinateTransform",
                                                     "Cannot transform coordinates from %1 to %2.")
                             .arg(fromCrs.left(80), toCrs.left(80)));
    CoordinateTransform t;
    t.d = std::move(impl);
    return t;
}

bool CoordinateTransform::isValid() const { return d && d->pj; }

QPointF CoordinateTransform::transform(const QPointF& p) const
{
    if (!isValid() || !std::isfinite(p.x()) || !std::isfinite(p.y())) return nanPoint();
    proj_errno_reset(d->pj);
    const PJ_COORD out = proj_trans(d->pj, PJ_FWD, proj_coord(p.x(), p.y(), 0, 0));
    if (!finite(out.xy.x) || !finite(out.xy.y)) return nanPoint();
    return {out.xy.x, out.xy.y};
}

QPointF CoordinateTransform::inverse(const QPointF& p) const
{
    if (!isValid() || !std::isfinite(p.x()) || !std::isfinite(p.y())) return nanPoint();
    proj_errno_reset(d->pj);
    const PJ_COORD out = proj_trans(d->pj, PJ_INV, proj_coord(p.x(), p.y(), 0, 0));
    if (!finite(out.xy.x) || !finite(out.xy.y)) return nanPoint();
    return {out.xy.x, out.xy.y};
}

bool CoordinateTransform::transformInPlace(QVector<QPointF>& pts) const
{
    if (pts.isEmpty()) return isValid();
    if (!isValid()) {
        for (QPointF& p : pts) p = nanPoint();
        return false;
    }
    static_assert(sizeof(QPointF) == 2 * sizeof(double), "QPointF must hold two doubles");
    QPointF* data = pts.data();
    double* xs = &data[0].rx();
    double* ys = &data[0].ry();
    proj_errno_reset(d->pj);
    proj_trans_generic(d->pj, PJ_FWD, xs, sizeof(QPointF), size_t(pts.size()), ys, sizeof(QPointF),
                       size_t(pts.size()), nullptr, 0, 0, nullptr, 0, 0);
    bool allOk = true;
    for (QPointF& p : pts) {
        if (!finite(p.x()) || !finite(p.y())) {
            p = nanPoint();
            allOk = false;
        }
    }
    return allOk;
}

Geometry CoordinateTransform::transform(const Geometry& g) const
{
    Geometry out = g;
    transformInPlace(out.points);
    for (auto& line : out.lines) transformInPlace(line);
    for (Polygon& poly : out.polygons)
        for (Ring& ring : poly.rings) transformInPlace(ring);
    return out;
}

}  // namespace dosi::gis
