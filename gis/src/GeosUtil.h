#pragma once
// Private RAII helpers over the GEOS reentrant C API: one context per object (use one per
// thread or call), owning geometry handles, and conversion to/from dosi::gis::Geometry via WKB.

#include "dosi/gis/Geometry.h"

#include <QString>
#include <geos_c.h>

#include <memory>

namespace dosi::gis::geos {

class Context {
public:
    Context();
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    GEOSContextHandle_t handle() const { return m_h; }
    operator GEOSContextHandle_t() const { return m_h; }
    QString lastError() const { return m_lastError; }
    void clearError() { m_lastError.clear(); }

private:
    static void onError(const char* message, void* userdata);
    GEOSContextHandle_t m_h = nullptr;
    QString m_lastError;
};

struct GeomDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry* g) const
    {
        if (g) GEOSGeom_destroy_r(ctx, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

inline GeomPtr own(const Context& ctx, GEOSGeometry* g) { return GeomPtr(g, GeomDeleter{ctx.handle()}); }

// nullptr on failure (see ctx.lastError()).
GeomPtr toGeos(const Context& ctx, const Geometry& g);

// Flattens collections. polygonalOnly: keep only polygons, returned as MultiPolygon (or Empty).
// Otherwise a collection of mixed dimensions keeps its highest dimension.
Geometry fromGeos(const Context& ctx, const GEOSGeometry* g, bool polygonalOnly);

}  // namespace dosi::gis::geos
