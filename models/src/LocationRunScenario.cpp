// Location scenarios: names, JSON, and the scenarios saved in the project (LocationRun.h).

#include "dosi/models/LocationRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::models {

namespace {

QString distanceModeName(DistanceMode m)
{
    switch (m) {
    case DistanceMode::Euclidean: return QStringLiteral("euclidean");
    case DistanceMode::CostTable: return QStringLiteral("table");
    case DistanceMode::Network: return QStringLiteral("network");
    }
    return QStringLiteral("euclidean");
}

DistanceMode distanceModeFromName(const QString& n)
{
    if (n == QLatin1String("table")) return DistanceMode::CostTable;
    if (n == QLatin1String("network")) return DistanceMode::Network;
    return DistanceMode::Euclidean;
}

QString methodName(SolveMethod m)
{
    switch (m) {
    case SolveMethod::Auto: return QStringLiteral("auto");
    case SolveMethod::Exact: return QStringLiteral("exact");
    case SolveMethod::Heuristic: return QStringLiteral("heuristic");
    }
    return QStringLiteral("auto");
}

SolveMethod methodFromName(const QString& n)
{
    if (n == QLatin1String("exact")) return SolveMethod::Exact;
    if (n == QLatin1String("heuristic")) return SolveMethod::Heuristic;
    return SolveMethod::Auto;
}

double jsonNumber(const QJsonValue& v, double fallback)
{
    if (v.isDouble()) return v.toDouble();
    if (v.isString() && v.toString() == QLatin1String("inf")) return std::numeric_limits<double>::infinity();
    return fallback;
}

QJsonValue numberJson(double v)
{
    if (std::isinf(v)) return QStringLiteral("inf");
    return v;
}

const char* kScenariosKey = "location_scenarios";

}  // namespace

QString facilityTypeName(FacilityType t)
{
    switch (t) {
    case FacilityType::Cctv: return QStringLiteral("cctv");
    case FacilityType::EvCharger: return QStringLiteral("ev_charger");
    case FacilityType::FireStation: return QStringLiteral("fire_station");
    case FacilityType::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

FacilityType facilityTypeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("cctv")) return FacilityType::Cctv;
    if (n == QLatin1String("ev_charger") || n == QLatin1String("ev")) return FacilityType::EvCharger;
    if (n == QLatin1String("fire_station") || n == QLatin1String("fire")) return FacilityType::FireStation;
    return FacilityType::Custom;
}

QJsonObject LocationScenario::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("type")] = facilityTypeName(type);
    o[QStringLiteral("model")] = locationModelName(model);
    o[QStringLiteral("demand_layer")] = demandLayer;
    o[QStringLiteral("weight_layer")] = weightLayer;
    o[QStringLiteral("weight_field")] = weightField;
    o[QStringLiteral("weight_time")] = weightTime;
    o[QStringLiteral("demand_id_field")] = demandIdField;
    o[QStringLiteral("candidate_layer")] = candidateLayer;
    o[QStringLiteral("candidate_id_field")] = candidateIdField;
    QJsonArray drawn;
    for (const QPointF& p : drawnCandidates) drawn.append(QJsonArray{p.x(), p.y()});
    o[QStringLiteral("drawn_candidates")] = drawn;
    o[QStringLiteral("existing_layer")] = existingLayer;
    if (!areaLayer.isEmpty()) {
        o[QStringLiteral("area")] = QJsonObject{{QStringLiteral("layer"), areaLayer},
                                                {QStringLiteral("field"), areaField},
                                                {QStringLiteral("values"), QJsonArray::fromStringList(areaValues)}};
    }
    o[QStringLiteral("distance")] = distanceModeName(distance);
    if (distance == DistanceMode::CostTable) {
        QJsonObject t;
        t[QStringLiteral("file")] = costTable;
        t[QStringLiteral("from")] = costTableOptions.fromColumn;
        t[QStringLiteral("to")] = costTableOptions.toColumn;
        t[QStringLiteral("cost")] = costTableOptions.costColumn;
        t[QStringLiteral("encoding")] = costTableOptions.encoding;
        o[QStringLiteral("cost_table")] = t;
    }
    if (distance == DistanceMode::Network) {
        QJsonObject r;
        r[QStringLiteral("layer")] = roadLayer;
        r[QStringLiteral("speed_field")] = roadOptions.speedField;
        r[QStringLiteral("class_field")] = roadOptions.classField;
        QJsonObject classes;
        for (auto it = roadOptions.classSpeeds.begin(); it != roadOptions.classSpeeds.end(); ++it)
            classes[it.key()] = it.value();
        r[QStringLiteral("class_speeds")] = classes;
        r[QStringLiteral("default_speed_kmh")] = roadOptions.defaultSpeedKmh;
        r[QStringLiteral("oneway_field")] = roadOptions.onewayField;
        r[QStringLiteral("node_tolerance")] = roadOptions.nodeTolerance;
        r[QStringLiteral("max_snap_distance")] = roadOptions.maxSnapDistance;
        r[QStringLiteral("access_speed_kmh")] = roadOptions.accessSpeedKmh;
        o[QStringLiteral("road")] = r;
    }
    o[QStringLiteral("radius")] = radius;
    o[QStringLiteral("p")] = p;
    o[QStringLiteral("method")] = methodName(method);
    o[QStringLiteral("time_limit")] = numberJson(timeLimitSeconds);
    return o;
}

LocationScenario LocationScenario::fromJson(const QJsonObject& o)
{
    LocationScenario s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.type = facilityTypeFromName(o.value(QStringLiteral("type")).toString());
    s.model = locationModelFromName(o.value(QStringLiteral("model")).toString()).value_or(LocationModel::Mclp);
    s.demandLayer = o.value(QStringLiteral("demand_layer")).toString();
    s.weightLayer = o.value(QStringLiteral("weight_layer")).toString();
    s.weightField = o.value(QStringLiteral("weight_field")).toString();
    s.weightTime = o.value(QStringLiteral("weight_time")).toString();
    s.demandIdField = o.value(QStringLiteral("demand_id_field")).toString();
    s.candidateLayer = o.value(QStringLiteral("candidate_layer")).toString();
    s.candidateIdField = o.value(QStringLiteral("candidate_id_field")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("drawn_candidates")).toArray()) {
        const QJsonArray xy = v.toArray();
        if (xy.size() == 2) s.drawnCandidates.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    s.existingLayer = o.value(QStringLiteral("existing_layer")).toString();
    const QJsonObject area = o.value(QStringLiteral("area")).toObject();
    s.areaLayer = area.value(QStringLiteral("layer")).toString();
    s.areaField = area.value(QStringLiteral("field")).toString();
    for (const QJsonValue& v : area.value(QStringLiteral("values")).toArray()) s.areaValues << v.toString();
    s.distance = distanceModeFromName(o.value(QStringLiteral("distance")).toString());
    const QJsonObject t = o.value(QStringLiteral("cost_table")).toObject();
    s.costTable = t.value(QStringLiteral("file")).toString();
    s.costTableOptions.fromColumn = t.value(QStringLiteral("from")).toString();
    s.costTableOptions.toColumn = t.value(QStringLiteral("to")).toString();
    s.costTableOptions.costColumn = t.value(QStringLiteral("cost")).toString();
    s.costTableOptions.encoding = t.value(QStringLiteral("encoding")).toString();
    const QJsonObject r = o.value(QStringLiteral("road")).toObject();
    s.roadLayer = r.value(QStringLiteral("layer")).toString();
    s.roadOptions.speedField = r.value(QStringLiteral("speed_field")).toString();
    s.roadOptions.classField = r.value(QStringLiteral("class_field")).toString();
    const QJsonObject classes = r.value(QStringLiteral("class_speeds")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it) s.roadOptions.classSpeeds[it.key()] = it.value().toDouble();
    s.roadOptions.defaultSpeedKmh = r.value(QStringLiteral("default_speed_kmh")).toDouble(s.roadOptions.defaultSpeedKmh);
    s.roadOptions.onewayField = r.value(QStringLiteral("oneway_field")).toString();
    s.roadOptions.nodeTolerance = r.value(QStringLiteral("node_tolerance")).toDouble(s.roadOptions.nodeTolerance);
    s.roadOptions.maxSnapDistance = r.value(QStringLiteral("max_snap_distance")).toDouble(s.roadOptions.maxSnapDistance);
    s.roadOptions.accessSpeedKmh = r.value(QStringLiteral("access_speed_kmh")).toDouble(s.roadOptions.accessSpeedKmh);
    s.radius = o.value(QStringLiteral("radius")).toDouble();
    s.p = o.value(QStringLiteral("p")).toInt();
    s.method = methodFromName(o.value(QStringLiteral("method")).toString());
    s.timeLimitSeconds = jsonNumber(o.value(QStringLiteral("time_limit")), 60);
    return s;
}

QList<LocationScenario> savedScenarios(const ProjectStore& store)
{
    QList<LocationScenario> out;
    const QJsonDocument doc = QJsonDocument::fromJson(store.metaValue(QString::fromLatin1(kScenariosKey)).toUtf8());
    for (const QJsonValue& v : doc.array()) out.append(LocationScenario::fromJson(v.toObject()));
    return out;
}

static Result<void> writeScenarios(ProjectStore& store, const QList<LocationScenario>& list)
{
    QJsonArray a;
    for (const LocationScenario& s : list) a.append(s.toJson());
    return store.setMetaValue(QString::fromLatin1(kScenariosKey),
                              QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

Result<void> saveScenario(ProjectStore& store, const LocationScenario& scenario)
{
    QList<LocationScenario> list = savedScenarios(store);
    bool replaced = false;
    for (LocationScenario& s : list) {
        if (s.name == scenario.name) {
            s = scenario;
            replaced = true;
        }
    }
    if (!replaced) list.append(scenario);
    return writeScenarios(store, list);
}

Result<void> removeScenario(ProjectStore& store, const QString& name)
{
    QList<LocationScenario> list = savedScenarios(store);
    const qsizetype before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const LocationScenario& s) { return s.name == name; }),
               list.end());
    if (list.size() == before)
        return makeError(QCoreApplication::translate("dosi::models::LocationRun", "There is no scenario named “%1”.")
                             .arg(name));
    return writeScenarios(store, list);
}

}  // namespace dosi::models
