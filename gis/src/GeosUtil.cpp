#include "GeosUtil.h"

#include <cstdarg>

namespace dosi::gis::geos {

Context::Context() : m_h(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_h, &Context::onError, this);
    GEOSContext_setNoticeMessageHandler_r(m_h, nullptr, nullptr);
}

Context::~Context()
{
    if (m_h) GEOS_finish_r(m_h);
}

void Context::onError(const char* message, void* userdata)
{
    static_cast<Context*>(userdata)->m_lastError = QString::fromUtf8(message);
}

namespace {

struct WkbReaderPtr {
    GEOSContextHandle_t ctx;
    GEOSWKBReader* r;
    explicit WkbReaderPtr(GEOSContextHandle_t c) : ctx(c), r(GEOSWKBReader_create_r(c)) {}
    ~WkbReaderPtr() { if (r) GEOSWKBReader_destroy_r(ctx, r); }
};

struct WkbWriterPtr {
    GEOSContextHandle_t ctx;
    GEOSWKBWriter* w;
    explicit WkbWriterPtr(GEOSContextHandle_t c) : ctx(c), w(GEOSWKBWriter_create_r(c))
    {
        GEOSWKBWriter_setOutputDimension_r(ctx, w, 2);
        GEOSWKBWriter_setByteOrder_r(ctx, w, GEOS_WKB_NDR);
        GEOSWKBWriter_setFlavor_r(ctx, w, GEOS_WKB_ISO);
    }
    ~WkbWriterPtr() { if (w) GEOSWKBWriter_destroy_r(ctx, w); }
};

Geometry single(const Context& ctx, const WkbWriterPtr& writer, const GEOSGeometry* g)
{
    size_t size = 0;
    unsigned char* buf = GEOSWKBWriter_write_r(ctx, writer.w, g, &size);
    if (!buf) return {};
    const QByteArray wkb(reinterpret_cast<const char*>(buf), qsizetype(size));
    GEOSFree_r(ctx, buf);
    return Geometry::fromWkb(wkb);
}

void collect(const Context& ctx, const WkbWriterPtr& writer, const GEOSGeometry* g, Geometry& pts,
             Geometry& lines, Geometry& polys)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i) collect(ctx, writer, GEOSGetGeometryN_r(ctx, g, i), pts, lines, polys);
        return;
    }
    if (GEOSisEmpty_r(ctx, g) == 1) return;
    const Geometry part = single(ctx, writer, g);
    pts.points += part.points;
    lines.lines += part.lines;
    polys.polygons += part.polygons;
}

}  // namespace

GeomPtr toGeos(const Context& ctx, const Geometry& g)
{
    WkbReaderPtr reader(ctx);
    const QByteArray wkb = g.toWkb();
    GEOSGeometry* out = GEOSWKBReader_read_r(ctx, reader.r, reinterpret_cast<const unsigned char*>(wkb.constData()),
                                             size_t(wkb.size()));
    return own(ctx, out);
}

Geometry fromGeos(const Context& ctx, const GEOSGeometry* g, bool polygonalOnly)
{
    if (!g) return {};
    WkbWriterPtr writer(ctx);
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (!polygonalOnly && type != GEOS_GEOMETRYCOLLECTION) {
        if (GEOSisEmpty_r(ctx, g) == 1) return {};
        return single(ctx, writer, g);
    }
    Geometry pts, lines, polys;
    collect(ctx, writer, g, pts, lines, polys);
    Geometry out;
    if (!polys.polygons.isEmpty()) {
        out.type = Geometry::Type::MultiPolygon;
        out.polygons = std::move(polys.polygons);
    } else if (polygonalOnly) {
        return {};
    } else if (!lines.lines.isEmpty()) {
        out.type = Geometry::Type::MultiLineString;
        out.lines = std::move(lines.lines);
    } else if (!pts.points.isEmpty()) {
        out.type = Geometry::Type::MultiPoint;
        out.points = std::move(pts.points);
    }
    return out;
}

}  // namespace dosi::gis::geos
