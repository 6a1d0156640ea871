#pragma once
// CoordinateTransform: a move-only PROJ transformation between two CRSs, always in the
// traditional GIS axis order (x = longitude/easting, y = latitude/northing). The PROJ
// handles are hidden behind a pimpl; one object must not be used by two threads at once.

#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QPointF>
#include <QString>
#include <QVector>
#include <memory>

namespace dosi::gis {

// The analysis CRS of Dosi.
inline constexpr const char* kAnalysisCrs = "EPSG:5179";

class CoordinateTransform {
public:
    CoordinateTransform();
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform&& other) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&& other) noexcept;
    CoordinateTransform(const CoordinateTransform&) = delete;
    CoordinateTransform& operator=(const CoordinateTransform&) = delete;

    // fromCrs/toCrs: "EPSG:4326", "EPSG:5179", WKT, PROJJSON or a PROJ string ("+proj=...").
    static Result<CoordinateTransform> create(const QString& fromCrs, const QString& toCrs);

    bool isValid() const;
    QPointF transform(const QPointF& p) const;            // NaN point on failure
    bool transformInPlace(QVector<QPointF>& pts) const;   // false if any point failed (set to NaN)
    Geometry transform(const Geometry& g) const;          // failed points become NaN
    QPointF inverse(const QPointF& p) const;              // toCrs -> fromCrs, NaN on failure

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace dosi::gis
