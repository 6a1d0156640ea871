// Storing location runs and listing them for comparison (LocationRun.h).

#include "dosi/models/LocationRun.h"

#include "RegenStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::LocationRun)
};

FeatureRecord feature(const gis::Geometry& g, const QVector<QVariant>& values)
{
    FeatureRecord f;
    f.wkb = g.toWkb();
    f.envelope = g.envelope();
    f.values = values;
    return f;
}

// Demand served by each open site: the covered demand assigned to it.
void servedBy(const LocationRun& run, QVector<double>& demand, QVector<int>& units)
{
    const LocationSolution& s = run.solution;
    const int n = int(run.inputs.problem.candidateIds.size());
    demand = QVector<double>(n, 0.0);
    units = QVector<int>(n, 0);
    for (int i = 0; i < s.assignment.size(); ++i) {
        const int j = s.assignment[i];
        if (j < 0 || j >= n || !s.covered.value(i)) continue;
        demand[j] += run.inputs.problem.weights.value(i);
        ++units[j];
    }
}

QString typeLabel(FacilityType t)
{
    switch (t) {
    case FacilityType::Cctv: return Tr::tr("CCTV");
    case FacilityType::EvCharger: return Tr::tr("EV charger");
    case FacilityType::FireStation: return Tr::tr("Fire station");
    case FacilityType::Custom: break;
    }
    return Tr::tr("Facility");
}

QString defaultTitle(const LocationScenario& s)
{
    if (!s.name.isEmpty()) return s.name;
    return Tr::tr("%1 location (%2)").arg(typeLabel(s.type), locationModelName(s.model).toUpper());
}

}  // namespace

Result<qint64> saveLocationRun(ProjectStore& store, const LocationRun& run, const QString& title)
{
    const LocationSolution& s = run.solution;
    const LocationProblem& pr = run.inputs.problem;
    if (s.cancelled) return makeError(Tr::tr("The run was cancelled; nothing was stored."));
    QVector<double> served;
    QVector<int> servedUnits;
    servedBy(run, served, servedUnits);
    const QSet<int> required(pr.required.begin(), pr.required.end());

    QVector<detail::ResultLayer> layers;
    // Open sites.
    detail::ResultLayer sites;
    sites.info.name = detail::freeLayerName(store, QStringLiteral("loc_sites"));
    sites.info.kind = LayerKind::Points;
    sites.info.title = Tr::tr("Sites — %1").arg(defaultTitle(run.inputs.scenario));
    sites.info.codeField = QStringLiteral("id");
    sites.info.labelField = QStringLiteral("name");
    sites.info.fields = {{QStringLiteral("id"), FieldType::Text, Tr::tr("Site id")},
                         {QStringLiteral("name"), FieldType::Text, Tr::tr("Site name")},
                         {QStringLiteral("status"), FieldType::Text, Tr::tr("existing or new")},
                         {QStringLiteral("served_demand"), FieldType::Real, Tr::tr("Covered demand served")},
                         {QStringLiteral("served_units"), FieldType::Integer, Tr::tr("Demand points served")}};
    for (int j : s.selected) {
        const QPointF pt = run.inputs.candidatePoints.value(j);
        sites.features << feature(gis::Geometry::point(pt.x(), pt.y()),
                                  {pr.candidateIds.value(j), run.inputs.candidateNames.value(j),
                                   required.contains(j) ? QStringLiteral("existing") : QStringLiteral("new"),
                                   served.value(j), servedUnits.value(j)});
    }
    // Demand coverage over the demand layer.
    detail::ResultLayer cover;
    cover.info.name = detail::freeLayerName(store, QStringLiteral("loc_coverage"));
    cover.info.kind = LayerKind::Measure;
    cover.info.title = Tr::tr("Coverage — %1").arg(defaultTitle(run.inputs.scenario));
    cover.info.geometryLayer = run.inputs.demandGeometryLayer;
    cover.info.timeKind = TimeKind::None;
    cover.info.fields = {{QStringLiteral("covered"), FieldType::Real, Tr::tr("1 covered, 0 not covered")},
                         {QStringLiteral("cost"), FieldType::Real,
                          Tr::tr("Cost to the nearest open site (%1)").arg(pr.costs.unit)},
                         {QStringLiteral("weight"), FieldType::Real, Tr::tr("Demand weight")}};
    cover.table.fields = {QStringLiteral("covered"), QStringLiteral("cost"), QStringLiteral("weight")};
    cover.table.columns.resize(3);
    for (int i = 0; i < pr.demandIds.size(); ++i) {
        const double cost = s.demandCost.value(i, std::nan(""));
        cover.table.addRow(pr.demandIds[i], QString(),
                           {s.covered.value(i) ? 1.0 : 0.0, std::isfinite(cost) ? cost : std::nan(""),
                            pr.weights.value(i)});
    }
    layers << cover << sites;
    // Service areas.
    if (!run.areas.isEmpty()) {
        detail::ResultLayer areas;
        areas.info.name = detail::freeLayerName(store, QStringLiteral("loc_areas"));
        areas.info.kind = LayerKind::Boundaries;
        areas.info.title = Tr::tr("Service areas — %1").arg(defaultTitle(run.inputs.scenario));
        areas.info.codeField = QStringLiteral("id");
        areas.info.labelField = QStringLiteral("name");
        areas.info.fields = {{QStringLiteral("id"), FieldType::Text, Tr::tr("Site id")},
                             {QStringLiteral("name"), FieldType::Text, Tr::tr("Site name")}};
        for (int k = 0; k < run.areas.size() && k < s.selected.size(); ++k) {
            if (run.areas[k].isEmpty()) continue;
            const int j = s.selected[k];
            areas.features << feature(run.areas[k], {pr.candidateIds.value(j), run.inputs.candidateNames.value(j)});
        }
        if (!areas.features.isEmpty()) layers.prepend(areas);
    }

    QJsonObject metrics = locationJson(run);
    QJsonObject details;
    QJsonArray siteList;
    for (int j : s.selected) {
        const QPointF pt = run.inputs.candidatePoints.value(j);
        siteList.append(QJsonObject{{QStringLiteral("id"), pr.candidateIds.value(j)},
                                    {QStringLiteral("name"), run.inputs.candidateNames.value(j)},
                                    {QStringLiteral("status"), required.contains(j) ? QStringLiteral("existing")
                                                                                    : QStringLiteral("new")},
                                    {QStringLiteral("x"), pt.x()},
                                    {QStringLiteral("y"), pt.y()},
                                    {QStringLiteral("served_demand"), served.value(j)},
                                    {QStringLiteral("served_units"), servedUnits.value(j)}});
    }
    details[QStringLiteral("sites")] = siteList;
    QJsonArray uncovered;
    for (int i = 0; i < pr.demandIds.size(); ++i)
        if (!s.covered.value(i)) uncovered.append(pr.demandIds[i]);
    details[QStringLiteral("uncovered")] = uncovered;

    RunInfo info;
    info.kind = QStringLiteral("locate.") + locationModelName(pr.model);
    info.model = locationModelName(pr.model);
    info.version = QString::fromLatin1(kLocationModelVersion);
    info.params = run.inputs.scenario.toJson();
    info.fingerprint = run.inputs.fingerprint;
    info.metrics = metrics;
    info.details = details;
    info.title = title.isEmpty() ? defaultTitle(run.inputs.scenario) : title;
    return detail::storeRun(store, info, layers);
}

QVector<LocationComparisonRow> locationRuns(const ProjectStore& store)
{
    QVector<LocationComparisonRow> rows;
    for (const RunInfo& r : store.runs()) {
        if (!r.kind.startsWith(QLatin1String("locate."))) continue;
        QJsonObject figures = r.metrics;
        figures.remove(QStringLiteral("curve"));
        rows.append({r, figures});
    }
    return rows;
}

}  // namespace dosi::models
