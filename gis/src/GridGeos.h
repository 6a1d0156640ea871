#pragma once
// Private GEOS helpers for the national grid and area-weighted interpolation: prepared geometries,
// an STRtree over item indexes, rectangle clipping and areas. All RAII; one Context per thread.

#include "GeosUtil.h"

#include <memory>
#include <vector>

namespace dosi::gis::geos {

struct PreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* p) const
    {
        if (p) GEOSPreparedGeom_destroy_r(ctx, p);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

inline PreparedPtr prepare(const Context& ctx, const GEOSGeometry* g)
{
    return PreparedPtr(GEOSPrepare_r(ctx, g), PreparedDeleter{ctx.handle()});
}

// Planar area; 0 for null, empty or non-polygonal geometry.
inline double areaOf(const Context& ctx, const GEOSGeometry* g)
{
    double a = 0.0;
    if (!g || GEOSArea_r(ctx, g, &a) != 1) return 0.0;
    return a;
}

inline GeomPtr rectangle(const Context& ctx, double x0, double y0, double x1, double y1)
{
    return own(ctx, GEOSGeom_createRectangle_r(ctx, x0, y0, x1, y1));
}

// Area of g inside the axis-aligned rectangle.
inline double clippedArea(const Context& ctx, const GEOSGeometry* g, double x0, double y0, double x1, double y1)
{
    GeomPtr c = own(ctx, GEOSClipByRect_r(ctx, g, x0, y0, x1, y1));
    return areaOf(ctx, c.get());
}

// An STRtree over integer item ids. The tree keeps envelopes only; the geometries passed to insert()
// must outlive the tree (GEOS may keep a pointer to their envelope).
class IndexTree {
public:
    explicit IndexTree(const Context& ctx) : m_ctx(ctx), m_tree(GEOSSTRtree_create_r(ctx, 10)) {}
    ~IndexTree()
    {
        if (m_tree) GEOSSTRtree_destroy_r(m_ctx, m_tree);
    }
    IndexTree(const IndexTree&) = delete;
    IndexTree& operator=(const IndexTree&) = delete;

    void insert(const GEOSGeometry* g, int id)
    {
        GEOSSTRtree_insert_r(m_ctx, m_tree, g, reinterpret_cast<void*>(static_cast<intptr_t>(id)));
    }
    // Ids whose envelope intersects the envelope of g (unordered).
    std::vector<int> query(const GEOSGeometry* g) const
    {
        std::vector<int> out;
        GEOSSTRtree_query_r(m_ctx, m_tree, g, &IndexTree::collect, &out);
        return out;
    }

private:
    static void collect(void* item, void* userdata)
    {
        static_cast<std::vector<int>*>(userdata)->push_back(int(reinterpret_cast<intptr_t>(item)));
    }
    const Context& m_ctx;
    GEOSSTRtree* m_tree;
};

}  // namespace dosi::gis::geos
