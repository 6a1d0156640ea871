#pragma once
// A small, C-library-free geometry value used across Dosi's public headers.
// Coordinates are x = easting, y = northing (EPSG:5179 metres unless said otherwise).

#include "dosi/core/Layer.h"

#include <QByteArray>
#include <QPointF>
#include <QVector>

namespace dosi::gis {

using Ring = QVector<QPointF>;          // closed: first point == last point

struct Polygon {
    QVector<Ring> rings;                // rings[0] outer, the rest holes
};

struct Geometry {
    enum class Type { Empty, Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon };

    Type type = Type::Empty;
    QVector<QPointF> points;            // Point, MultiPoint
    QVector<QVector<QPointF>> lines;    // LineString, MultiLineString
    QVector<Polygon> polygons;          // Polygon, MultiPolygon

    bool isEmpty() const { return type == Type::Empty; }
    bool isPolygonal() const { return type == Type::Polygon || type == Type::MultiPolygon; }
    Envelope envelope() const;
    int pointCount() const;

    // ISO WKB, little-endian, 2D. fromWkb() accepts either byte order and ignores Z/M.
    QByteArray toWkb() const;
    static Geometry fromWkb(const QByteArray& wkb, bool* ok = nullptr);

    static Geometry point(double x, double y);
};

// Point in polygon (even-odd over the rings, so holes are outside); a point exactly on an edge may
// fall either way. For a Geometry: inside any of its polygons (false for non-polygonal geometry).
bool containsPoint(const Polygon& polygon, const QPointF& p);
bool containsPoint(const Geometry& g, const QPointF& p);

}  // namespace dosi::gis
