#pragma once
// Pieces shared by the parts of the location-analysis panel (LocationPanel.h):
//   LocationContext   what every part needs from the window (project, errors, questions, the map);
//   labels            of models, facility types and cost units, translated;
//   run helpers       the scenario a stored run was made from, its result layers, its figures.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/LocationRun.h"

#include <QJsonObject>
#include <QString>
#include <functional>

class QFormLayout;
class QWidget;

namespace dosi::desktop {

class ProjectSession;

struct LocationContext {
    ProjectSession* session = nullptr;
    std::function<void(const QString& title, const QString& message)> error;   // a failure the user must see
    std::function<bool(const QString& question)> confirm;                       // e.g. before deleting a run
    int generation = 0;                                                         // bumped when the project is replaced

    ProjectStore* store() const;
    void edited() const;   // the store was changed: the window updates its title and views
};

// "LSCP", "MCLP", "p-median", "p-center"
QString locationModelLabel(models::LocationModel m);
// "CCTV", "EV charger", "Fire station", "Custom"
QString facilityTypeLabel(models::FacilityType t);
// "m", "min", or the cost table's unit (empty)
QString costUnitLabel(models::DistanceMode mode);
// The unit of a stored run's costs (its figures' "cost_unit", else from its scenario), translated.
QString costUnitOfRun(const RunInfo& run);
// A number for people: "12,345.6" (`decimals` at most, trailing zeros dropped), "—" for NaN.
QString locationNumber(double value, int decimals = 1);

// The scenario a stored location run was made from (its params), and the figures (locationJson keys).
models::LocationScenario scenarioOfRun(const RunInfo& run);
QJsonObject figuresOfRun(const RunInfo& run);

// The result layers of a stored location run, by role ("loc_sites_3", "loc_coverage_3", "loc_areas_3").
struct LocationRunLayers {
    QString sites;
    QString coverage;
    QString areas;
};
LocationRunLayers layersOfRun(const RunInfo& run);

// The field of the coverage layer a map of the run shows: "covered" for coverage models, the cost to
// the nearest open site otherwise; and the classification that suits it.
QString coverageMapField(const ProjectStore& store, const RunInfo& run, QString* classes = nullptr);

// Points of the model's curve stored with a run (metrics "curve").
struct LocationCurvePoint {
    int p = 0;
    double coveredDemand = 0;
    double coveredShare = 0;   // 0..1
    bool optimal = false;
};
QVector<LocationCurvePoint> curveOfRun(const RunInfo& run);

bool isLocationRun(const RunInfo& run);   // kind "locate.*"

// The scenario editor's form layout: fields grow, small margins.
QFormLayout* makeLocationForm(QWidget* parent);

}  // namespace dosi::desktop
