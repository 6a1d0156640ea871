#include "dosi/gis/GeosOps.h"

#include "GeosUtil.h"

#include <QCoreApplication>
#include <vector>

namespace dosi::gis {

double area(const Geometry& g)
{
    if (!g.isPolygonal()) return 0.0;
    geos::Context ctx;
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    double a = 0.0;
    if (!gg || GEOSArea_r(ctx, gg.get(), &a) != 1) return 0.0;
    return a;
}

bool isValid(const Geometry& g, QString* reason)
{
    geos::Context ctx;
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    if (!gg) {
        if (reason) *reason = ctx.lastError().isEmpty() ? QStringLiteral("unreadable geometry") : ctx.lastError();
        return false;
    }
    const char v = GEOSisValid_r(ctx, gg.get());
    if (v == 1) {
        if (reason) reason->clear();
        return true;
    }
    if (reason) {
        char* why = GEOSisValidReason_r(ctx, gg.get());
        *reason = why ? QString::fromUtf8(why) : ctx.lastError();
        if (why) GEOSFree_r(ctx, why);
    }
    return false;
}

Geometry makeValid(const Geometry& g)
{
    geos::Context ctx;
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    if (!gg) return {};
    geos::GeomPtr fixed = geos::own(ctx, GEOSMakeValid_r(ctx, gg.get()));
    if (!fixed) return {};
    return geos::fromGeos(ctx, fixed.get(), g.isPolygonal());
}

Result<Geometry> unionAll(const QVector<Geometry>& parts)
{
    geos::Context ctx;
    std::vector<GEOSGeometry*> raw;
    raw.reserve(size_t(parts.size()));
    auto cleanup = [&] {
        for (GEOSGeometry* g : raw) GEOSGeom_destroy_r(ctx, g);
        raw.clear();
    };
    for (const Geometry& part : parts) {
        if (!part.isPolygonal() || part.polygons.isEmpty()) continue;
        geos::GeomPtr gg = geos::toGeos(ctx, part);
        if (!gg) {
            cleanup();
            return makeError(QCoreApplication::translate("dosi::gis::GeosOps",
                                                         "A geometry could not be read for the union: %1")
                                 .arg(ctx.lastError()));
        }
        if (GEOSisValid_r(ctx, gg.get()) != 1) {
            geos::GeomPtr fixed = geos::own(ctx, GEOSMakeValid_r(ctx, gg.get()));
            if (fixed) gg = std::move(fixed);
        }
        raw.push_back(gg.release());
    }
    if (raw.empty()) {
        Geometry empty;
        empty.type = Geometry::Type::MultiPolygon;
        return empty;
    }
    // The collection takes ownership of the parts.
    geos::GeomPtr coll = geos::own(
        ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, raw.data(), unsigned(raw.size())));
    if (!coll) {
        raw.clear();   // GEOS took ownership of the parts before it failed
        return makeError(QCoreApplication::translate("dosi::gis::GeosOps", "The union failed: %1")
                             .arg(ctx.lastError()));
    }
    raw.clear();
    geos::GeomPtr merged = geos::own(ctx, GEOSUnaryUnion_r(ctx, coll.get()));
    if (!merged)
        return makeError(QCoreApplication::translate("dosi::gis::GeosOps", "The union failed: %1")
                             .arg(ctx.lastError()));
    Geometry out = geos::fromGeos(ctx, merged.get(), true);
    out.type = Geometry::Type::MultiPolygon;
    return out;
}

QPointF pointOnSurface(const Geometry& g, bool* ok)
{
    if (ok) *ok = false;
    if (g.isEmpty()) return {};
    if (g.type == Geometry::Type::Point && !g.points.isEmpty()) {
        if (ok) *ok = true;
        return g.points.first();
    }
    geos::Context ctx;
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    if (!gg) return {};
    geos::GeomPtr pt = geos::own(ctx, GEOSPointOnSurface_r(ctx, gg.get()));
    double x = 0, y = 0;
    if (!pt || GEOSGeomGetX_r(ctx, pt.get(), &x) != 1 || GEOSGeomGetY_r(ctx, pt.get(), &y) != 1) return {};
    if (ok) *ok = true;
    return {x, y};
}

Geometry buffer(const Geometry& g, double distance, int segments)
{
    geos::Context ctx;
    geos::GeomPtr gg = geos::toGeos(ctx, g);
    if (!gg) return {};
    geos::GeomPtr b = geos::own(ctx, GEOSBuffer_r(ctx, gg.get(), distance, segments));
    if (!b) return {};
    Geometry out = geos::fromGeos(ctx, b.get(), true);
    if (!out.isEmpty()) out.type = Geometry::Type::MultiPolygon;
    return out;
}

}  // namespace dosi::gis
