#pragma once
// A road network built from any line layer, for travel times (fire "golden time", EV charger access).
//
// Every line feature becomes a chain of edges between its vertices; vertices closer than
// nodeTolerance are one node, so lines that meet end to end or at a shared vertex connect (lines
// that merely cross without a shared vertex do not, as in routing data with over/underpasses).
// Edge length comes from the geometry (EPSG:5179 metres). Speed (km/h) comes from speedField when
// the feature has a positive number there, else from classSpeeds[value of classField], else
// defaultSpeedKmh. A feature is one-way (drivable only in digitising direction) when onewayField holds
// one of "1", "Y", "yes", "true", "FT", "T", "정방향"; "-1", "TF", "역방향" mean against it; anything else is
// two-way.
//
// Points (demand, candidates) join the network at the nearest point on the nearest edge (not only at a
// vertex); the access leg from the point to the road is covered at accessSpeedKmh. Points farther than
// maxSnapDistance from any road are unreachable. The methods are const and reentrant: one network can
// serve several threads.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/CostMatrix.h"
#include "dosi/gis/Geometry.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <QVariant>
#include <QVector>
#include <functional>
#include <memory>

namespace dosi::gis {

struct RoadNetworkOptions {
    QString speedField;
    QString classField;
    QMap<QString, double> classSpeeds;   // class value -> km/h
    double defaultSpeedKmh = 30;
    QString onewayField;
    double nodeTolerance = 0.5;          // metres
    double maxSnapDistance = 500;        // metres
    double accessSpeedKmh = 15;          // from a point to the road and back
};

struct RoadNetworkSummary {
    int features = 0;
    int edges = 0;                       // directed
    int nodes = 0;
    int components = 0;                  // weakly connected
    int largestComponentNodes = 0;
    int oneWayFeatures = 0;
    double totalKm = 0;
};

class RoadNetwork {
public:
    RoadNetwork();
    ~RoadNetwork();
    RoadNetwork(RoadNetwork&&) noexcept;
    RoadNetwork& operator=(RoadNetwork&&) noexcept;

    // lines[i] with attributes values[i] aligned with fieldNames. Fails (naming the layer) when there is no
    // line geometry or a named field does not exist.
    static Result<RoadNetwork> build(const QString& layerName, const QVector<Geometry>& lines,
                                     const QStringList& fieldNames, const QVector<QVector<QVariant>>& values,
                                     const RoadNetworkOptions& options);
    // The lines of a project feature layer.
    static Result<RoadNetwork> fromLayer(const ProjectStore& store, const QString& layerName,
                                         const RoadNetworkOptions& options);

    RoadNetworkSummary summary() const;

    // Travel times in minutes from each candidate (facility, the source) to each demand point, keeping
    // pairs within limitMinutes (infinity = all reachable). One Dijkstra per candidate, bounded by the limit.
    // Fails with a clear message when no demand point can be reached from any candidate (for example
    // the road layer lies elsewhere, or no connected component reaches the demand). progress is called
    // after each candidate; returning false cancels (an error).
    Result<CostMatrix> travelTimes(const QVector<QPointF>& demand, const QVector<QPointF>& candidates,
                                   double limitMinutes,
                                   const std::function<bool(int done, int total)>& progress = {}) const;

    // Multi-source Dijkstra: for each target, the minutes from the nearest source (infinity when
    // unreachable or farther than maxSnapDistance from a road). E.g. the time from the nearest fire
    // station to every grid cell.
    QVector<double> nearestTimes(const QVector<QPointF>& sources, const QVector<QPointF>& targets) const;

    // The area reachable from the sources within `minutes`: every road stretch reached (partial
    // edges cut at the limit) and the sources' access legs, buffered by bufferMetres and merged into one
    // MultiPolygon. Fails when no source lies near a road or minutes / bufferMetres is not positive.
    Result<Geometry> isochrone(const QVector<QPointF>& sources, double minutes, double bufferMetres = 100) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace dosi::gis
