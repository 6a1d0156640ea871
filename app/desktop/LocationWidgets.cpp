// Shared pieces of the location-analysis panel: context, labels, stored-run helpers.
#include "LocationWidgets.h"

#include "ProjectSession.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace dosi::desktop {

using namespace dosi::models;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::desktop::LocationWidgets)
};

// A key in either spelling ("covered_share", "coveredShare").
QJsonValue value(const QJsonObject& o, const char* snake, const char* camel)
{
    const QJsonValue v = o.value(QLatin1String(snake));
    return v.isUndefined() ? o.value(QLatin1String(camel)) : v;
}
}  // namespace

ProjectStore* LocationContext::store() const
{
    return session ? session->store() : nullptr;
}

void LocationContext::edited() const
{
    if (session) session->notifyEdited();
}

QString locationModelLabel(LocationModel m)
{
    switch (m) {
    case LocationModel::Lscp: return Tr::tr("LSCP");
    case LocationModel::Mclp: return Tr::tr("MCLP");
    case LocationModel::PMedian: return Tr::tr("p-median");
    case LocationModel::PCenter: return Tr::tr("p-center");
    }
    return {};
}

QString facilityTypeLabel(FacilityType t)
{
    switch (t) {
    case FacilityType::Cctv: return Tr::tr("CCTV");
    case FacilityType::EvCharger: return Tr::tr("EV charger");
    case FacilityType::FireStation: return Tr::tr("Fire station");
    case FacilityType::Custom: return Tr::tr("Custom");
    }
    return {};
}

QString costUnitLabel(DistanceMode mode)
{
    switch (mode) {
    case DistanceMode::Euclidean: return Tr::tr("m");
    case DistanceMode::Network: return Tr::tr("min");
    case DistanceMode::CostTable: return {};
    }
    return {};
}

QString costUnitOfRun(const RunInfo& run)
{
    const QString unit = run.metrics.value(QStringLiteral("cost_unit")).toString();
    if (unit == QLatin1String("m")) return costUnitLabel(DistanceMode::Euclidean);
    if (unit == QLatin1String("min")) return costUnitLabel(DistanceMode::Network);
    if (!unit.isEmpty()) return unit;
    return costUnitLabel(scenarioOfRun(run).distance);
}

QString locationNumber(double value, int decimals)
{
    if (!std::isfinite(value)) return QStringLiteral("—");
    QString s = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().front();
    if (decimals > 0 && s.contains(point)) {
        while (s.endsWith(QLatin1Char('0'))) s.chop(1);
        if (s.endsWith(point)) s.chop(1);
    }
    return s;
}

bool isLocationRun(const RunInfo& run)
{
    return run.kind.startsWith(QLatin1String("locate."));
}

LocationScenario scenarioOfRun(const RunInfo& run)
{
    const QJsonValue nested = run.params.value(QStringLiteral("scenario"));
    return LocationScenario::fromJson(nested.isObject() ? nested.toObject() : run.params);
}

QJsonObject figuresOfRun(const RunInfo& run)
{
    return run.metrics;
}

LocationRunLayers layersOfRun(const RunInfo& run)
{
    LocationRunLayers out;
    for (const QString& name : run.resultLayers) {
        if (name.contains(QLatin1String("sites_"))) out.sites = name;
        else if (name.contains(QLatin1String("coverage_"))) out.coverage = name;
        else if (name.contains(QLatin1String("areas_"))) out.areas = name;
    }
    return out;
}

QString coverageMapField(const ProjectStore& store, const RunInfo& run, QString* classes)
{
    const LocationRunLayers layers = layersOfRun(run);
    const std::optional<LayerInfo> info = store.layer(layers.coverage);
    if (!info) return {};
    const std::optional<LocationModel> model = locationModelFromName(run.kind.mid(int(qstrlen("locate."))));
    const bool coverage = !model || isCoverageModel(*model);
    auto has = [&](const QString& f) { return info->fieldIndex(f) >= 0; };
    QString field;
    if (coverage && has(QStringLiteral("covered"))) field = QStringLiteral("covered");
    if (field.isEmpty())
        for (const FieldInfo& f : info->fields)
            if (f.name.contains(QLatin1String("cost"))) {
                field = f.name;
                break;
            }
    if (field.isEmpty() && !info->fields.isEmpty()) field = info->fields.first().name;
    if (classes) *classes = field == QLatin1String("covered") ? QStringLiteral("equal:2") : QStringLiteral("quantile:5");
    return field;
}

QVector<LocationCurvePoint> curveOfRun(const RunInfo& run)
{
    QVector<LocationCurvePoint> out;
    const double total = figuresOfRun(run).value(QStringLiteral("total_demand")).toDouble();
    for (const QJsonValue& v : run.metrics.value(QStringLiteral("curve")).toArray()) {
        const QJsonObject o = v.toObject();
        LocationCurvePoint c;
        c.p = o.value(QStringLiteral("p")).toInt();
        c.coveredDemand = value(o, "covered_demand", "coveredDemand").toDouble();
        const QJsonValue share = value(o, "covered_share", "coveredShare");
        c.coveredShare = share.isDouble() ? share.toDouble() : total > 0 ? c.coveredDemand / total : 0;
        c.optimal = o.value(QStringLiteral("optimal")).toBool();
        out << c;
    }
    return out;
}

QFormLayout* makeLocationForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(6, 6, 6, 6);
    return form;
}

}  // namespace dosi::desktop
