#pragma once
// Location scenarios on a project: where the demand, candidates, existing facilities and costs come
// from, read into a LocationProblem (main thread, uses the store), solved (any thread), and stored as a
// run with result layers (main thread). Reopening the project shows every run as it was.
//
// Demand: the features of a feature layer (points as they are, polygons and grid cells by an interior
// point), weighted by a field of that layer or of a measure layer over it (at one time, or the mean over
// a time range given as "FROM..TO" hours such as "03..05").
// Candidates: the features of a points layer, the cells of a grid layer (centroids), or points drawn
// on the map (kept in the scenario). Existing facilities (optional) are a points layer, open in
// every model.
//
// Result layers, named "<prefix>sites_<n>" and "<prefix>coverage_<n>" (prefix "loc_"):
//   sites    points layer: id, name, status ("existing" / "new"), demand served, units served
//   coverage measure layer over the demand layer: covered (1/0), cost to the nearest open site, site id
//   areas    for coverage models, "<prefix>areas_<n>": the service area of each open site (a circle of the
//            radius, or the network isochrone), as a boundaries layer

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/RoadNetwork.h"
#include "dosi/models/Location.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVector>
#include <memory>

namespace dosi::models {

inline constexpr const char* kLocationModelVersion = "1.0";

enum class FacilityType { Cctv, EvCharger, FireStation, Custom };
QString facilityTypeName(FacilityType t);                    // "cctv", "ev_charger", "fire_station", "custom"
FacilityType facilityTypeFromName(const QString& name);      // unknown -> Custom

enum class DistanceMode { Euclidean, CostTable, Network };

struct LocationScenario {
    QString name;                     // e.g. "Gangnam CCTV 2026"
    FacilityType type = FacilityType::Custom;
    LocationModel model = LocationModel::Mclp;

    QString demandLayer;              // feature layer
    QString weightLayer;              // empty = demandLayer's own field; else a measure layer over it
    QString weightField;              // empty = every demand point weighs 1
    QString weightTime;               // one time key, "FROM..TO" hours (mean), or empty (all times: mean)
    QString demandIdField;            // empty = the layer's code field

    QString candidateLayer;           // points or grid layer; may be empty when drawnCandidates is not
    QString candidateIdField;         // empty = the layer's code field
    QVector<QPointF> drawnCandidates; // EPSG:5179, ids "drawn_1", ...
    QString existingLayer;            // points layer of facilities kept open (optional)
    // Study area (optional): only demand points and candidates inside the features of areaLayer whose
    // areaField is one of areaValues (e.g. gu.sggnm = 강남구). Existing facilities are all kept, so those
    // just outside still serve the demand inside.
    QString areaLayer;
    QString areaField;
    QStringList areaValues;

    DistanceMode distance = DistanceMode::Euclidean;
    QString costTable;                // CSV (DistanceMode::CostTable)
    gis::CostTableOptions costTableOptions;
    QString roadLayer;                // line layer (DistanceMode::Network)
    gis::RoadNetworkOptions roadOptions;

    double radius = 0;                // metres (Euclidean), minutes (Network) or the table's unit
    int p = 0;
    SolveMethod method = SolveMethod::Auto;
    double timeLimitSeconds = 60;

    QJsonObject toJson() const;
    static LocationScenario fromJson(const QJsonObject& o);
};

// What was read: the problem plus the geometry needed to draw and store the results.
struct LocationInputs {
    LocationScenario scenario;
    LocationProblem problem;
    QVector<QPointF> demandPoints;
    QVector<QPointF> candidatePoints; // candidates then existing facilities (problem.required index them)
    QStringList candidateNames;
    QString demandGeometryLayer;      // the feature layer the demand ids key
    QStringList notes;                // e.g. "12 candidates lie outside the demand area"
    QString fingerprint;              // SHA-256 of the inputs
    std::shared_ptr<const gis::RoadNetwork> network;   // Network mode: built by runLocation (off the GUI thread)
    // The road layer as read (Network mode), for runLocation to build the network from.
    QVector<gis::Geometry> roadLines;
    QStringList roadFields;
    QVector<QVector<QVariant>> roadValues;
};

Result<LocationInputs> readLocationInputs(const ProjectStore& store, const LocationScenario& scenario);

struct LocationRun {
    LocationInputs inputs;
    LocationSolution solution;
    QVector<CoveragePoint> curve;     // when asked for
    QVector<gis::Geometry> areas;     // per open site (coverage models), for the areas layer
};

// Solves (and draws the service areas). Runs on any thread; honours options.keepGoing.
// Costs are built here (Euclidean, the cost table, or network travel times), so the slow part runs
// off the GUI thread too.
Result<LocationRun> runLocation(const LocationInputs& inputs, const SolveOptions& options, int curvePMax = 0);

// The JSON of `dosi-cli locate` (GUIDE §5 keys: model, p, radius, objective, optimal, gap, selected,
// covered_units, total_units, covered_demand, total_demand, mean_cost, max_cost, seconds), plus scenario,
// method, bound, existing, notes and, when computed, curve.
QJsonObject locationJson(const LocationRun& run);

// Writes the result layers and the run record (kind "locate.<model>"); nothing is left on failure.
Result<qint64> saveLocationRun(ProjectStore& store, const LocationRun& run, const QString& title = {});

// Saved (unsolved or solved) scenarios of the project, by name, kept in dosi_meta "location_scenarios".
QList<LocationScenario> savedScenarios(const ProjectStore& store);
Result<void> saveScenario(ProjectStore& store, const LocationScenario& scenario);   // replaces by name
Result<void> removeScenario(ProjectStore& store, const QString& name);

// Side-by-side comparison of stored location runs: one row per run with its scenario, model, p, radius,
// objective, coverage, mean and max cost, optimal/gap and seconds.
struct LocationComparisonRow {
    RunInfo run;
    QJsonObject figures;              // the locationJson keys without per-unit detail
};
QVector<LocationComparisonRow> locationRuns(const ProjectStore& store);

}  // namespace dosi::models
