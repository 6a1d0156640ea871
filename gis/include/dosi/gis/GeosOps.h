#pragma once
// Geometry operations backed by GEOS (C API, reentrant; a context per call), on the
// C-library-free dosi::gis::Geometry value. Units are those of the coordinates.

#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QString>
#include <QVector>

namespace dosi::gis {

double area(const Geometry& g);                                   // planar area, 0 for non-polygons
bool isValid(const Geometry& g, QString* reason = nullptr);       // OGC validity
// GEOSMakeValid. For polygonal input the result keeps only polygonal parts, as a MultiPolygon
// (possibly empty). Non-polygonal input keeps the type family GEOS returns.
Geometry makeValid(const Geometry& g);
// Union of all polygonal parts (GEOSUnaryUnion of one collection). Output is a MultiPolygon.
Result<Geometry> unionAll(const QVector<Geometry>& parts);
// A point guaranteed to lie on the geometry (GEOSPointOnSurface): inside a polygon even when it is
// concave, the point itself for a point. Null QPointF with ok = false for an empty geometry.
QPointF pointOnSurface(const Geometry& g, bool* ok = nullptr);
// The geometry grown by `distance` (GEOSBuffer, `segments` per quarter circle); a point gives a circle.
Geometry buffer(const Geometry& g, double distance, int segments = 16);

}  // namespace dosi::gis
