// Regeneration runs: diagnosis and thematic indices (RegenRun.h).

#include "dosi/models/RegenRun.h"

#include "RegenStore.h"
#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenRun)
};

double statusCode(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return 1.0;
    case CriterionStatus::NotMet: return 0.0;
    case CriterionStatus::NotAssessable: break;
    }
    return missingValue();
}

QJsonValue jsonNumber(double v) { return hasValue(v) && std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QJsonObject criterionJson(const CriterionResult& c)
{
    QJsonArray years;
    for (const QString& y : c.years) years.append(y);
    return {{QStringLiteral("status"), criterionStatusName(c.status)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("years"), years}};
}

void addSeries(detail::Fingerprint& fp, const YearSeries& s)
{
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        fp.add(double(it.key()));
        fp.add(it.value());
    }
}

}  // namespace

// ---- Diagnosis --------------------------------------------------------------------------------

QJsonObject DiagnosisRequest::toJson() const
{
    return {{QStringLiteral("sources"), sources.toJson()},
            {QStringLiteral("thresholds"), thresholds.toJson()},
            {QStringLiteral("as_of_year"), asOfYear},
            {QStringLiteral("scenario"), scenario.toJson()}};
}

DiagnosisRequest DiagnosisRequest::fromJson(const QJsonObject& o)
{
    DiagnosisRequest r;
    r.sources = DeclineSources::fromJson(o.value(QStringLiteral("sources")).toObject());
    r.thresholds = DeclineThresholds::fromJson(o.value(QStringLiteral("thresholds")).toObject());
    r.asOfYear = o.value(QStringLiteral("as_of_year")).toInt();
    r.scenario = Scenario::fromJson(o.value(QStringLiteral("scenario")).toObject());
    return r;
}

Result<DiagnosisInputs> readDiagnosisInputs(const ProjectStore& store, const DiagnosisRequest& request)
{
    DiagnosisInputs in;
    in.request = request;
    auto sources = resolveDeclineSources(store, request.sources);
    if (!sources) return sources.error();
    in.request.sources = sources.value();
    const DeclineSources& s = in.request.sources;
    if (s.population.isNull() && s.businesses.isNull() && s.oldBuildingShare.isNull() && s.oldBuildings.isNull())
        return makeError(Tr::tr("The project has no yearly population, business or building layer to diagnose. "
                                "Import one with dosi-cli import … table --time YEAR."));
    auto units = readDeclineInputs(store, s, request.scenario);
    if (!units) return units.error();
    in.units = units.value();
    for (const FieldRef& r : {s.population, s.businesses, s.oldBuildingShare, s.oldBuildings}) {
        if (r.isNull()) continue;
        in.geometryLayer = detail::geometryLayerOf(store, r.layer);
        in.names = unitNames(store, r.layer);
        break;
    }
    detail::Fingerprint fp;
    fp.add(in.request.toJson());
    for (const UnitDeclineInput& u : in.units) {
        fp.add(u.unit);
        addSeries(fp, u.population);
        addSeries(fp, u.businesses);
        fp.add(u.hasBuildings ? u.oldBuildingShare : -1.0);
    }
    in.fingerprint = fp.hex();
    return in;
}

DiagnosisResult diagnose(const DiagnosisInputs& inputs)
{
    DiagnosisResult r;
    r.inputs = inputs;
    const DeclineThresholds& t = inputs.request.thresholds;
    // Business counts often end a year or two before the population: each is assessed at its own
    // latest year unless the request fixes one.
    int latestPop = 0, latestBiz = 0;
    for (const UnitDeclineInput& u : inputs.units) {
        if (!u.population.isEmpty()) latestPop = qMax(latestPop, u.population.lastKey());
        if (!u.businesses.isEmpty()) latestBiz = qMax(latestBiz, u.businesses.lastKey());
    }
    const int popYear = inputs.request.asOfYear > 0 ? inputs.request.asOfYear : latestPop;
    const int bizYear = inputs.request.asOfYear > 0 ? inputs.request.asOfYear : latestBiz;
    r.year = popYear > 0 ? popYear : bizYear;
    r.businessYear = bizYear;
    for (const UnitDeclineInput& u : inputs.units) {
        UnitDecline d = diagnoseUnit(u, t, popYear, bizYear);
        switch (d.verdict) {
        case DeclineVerdict::Qualifies: ++r.qualifies; break;
        case DeclineVerdict::DoesNotQualify: ++r.doesNotQualify; break;
        case DeclineVerdict::Undetermined: ++r.undetermined; break;
        }
        if (d.population.status != CriterionStatus::NotAssessable) ++r.assessable[0];
        if (d.businesses.status != CriterionStatus::NotAssessable) ++r.assessable[1];
        if (d.buildings.status != CriterionStatus::NotAssessable) ++r.assessable[2];
        r.units.append(d);
    }
    return r;
}

QJsonObject diagnosisJson(const DiagnosisResult& r, bool perUnit)
{
    QJsonObject o{{QStringLiteral("model"), QStringLiteral("decline")},
                  {QStringLiteral("year"), r.year},
                  {QStringLiteral("business_year"), r.businessYear},
                  {QStringLiteral("units"), int(r.units.size())},
                  {QStringLiteral("qualifies"), r.qualifies},
                  {QStringLiteral("does_not_qualify"), r.doesNotQualify},
                  {QStringLiteral("undetermined"), r.undetermined},
                  {QStringLiteral("assessable"), QJsonObject{{QStringLiteral("population"), r.assessable[0]},
                                                             {QStringLiteral("businesses"), r.assessable[1]},
                                                             {QStringLiteral("buildings"), r.assessable[2]}}},
                  {QStringLiteral("sources"), r.inputs.request.sources.toJson()},
                  {QStringLiteral("thresholds"), r.inputs.request.thresholds.toJson()},
                  {QStringLiteral("fingerprint"), r.inputs.fingerprint}};
    if (!r.inputs.request.scenario.isBaseline()) o.insert(QStringLiteral("scenario"), r.inputs.request.scenario.toJson());
    if (perUnit) {
        QJsonArray units;
        for (const UnitDecline& d : r.units)
            units.append(QJsonObject{{QStringLiteral("unit"), d.unit},
                                     {QStringLiteral("name"), r.inputs.names.value(d.unit)},
                                     {QStringLiteral("population"), criterionJson(d.population)},
                                     {QStringLiteral("businesses"), criterionJson(d.businesses)},
                                     {QStringLiteral("buildings"), criterionJson(d.buildings)},
                                     {QStringLiteral("criteria_met"), d.met},
                                     {QStringLiteral("verdict"), declineVerdictName(d.verdict)}});
        o.insert(QStringLiteral("results"), units);
    }
    return o;
}

Result<qint64> saveDiagnosisRun(ProjectStore& store, const DiagnosisResult& r, const QString& title)
{
    detail::ResultLayer layer;
    layer.info.name = detail::freeLayerName(store, QStringLiteral("diagnosis"));
    layer.info.kind = LayerKind::Measure;
    layer.info.title = title.isEmpty() ? detail::titleWithScenario(Tr::tr("Decline diagnosis %1").arg(r.year), r.inputs.request.scenario) : title;
    layer.info.geometryLayer = r.inputs.geometryLayer;
    layer.info.timeKind = TimeKind::Year;
    layer.info.source = QStringLiteral("regen.diagnose");
    const QStringList fields{QStringLiteral("population"), QStringLiteral("businesses"), QStringLiteral("buildings"),
                             QStringLiteral("criteria_met"), QStringLiteral("qualifies")};
    const QStringList descriptions{Tr::tr("Population criterion (1 met, 0 not met, empty not assessable)"),
                                   Tr::tr("Business criterion (1 met, 0 not met, empty not assessable)"),
                                   Tr::tr("Building criterion (1 met, 0 not met, empty not assessable)"),
                                   Tr::tr("Criteria met"),
                                   Tr::tr("Qualifies as declining (1 yes, 0 no, empty undetermined)")};
    for (int i = 0; i < fields.size(); ++i) layer.info.fields.append(FieldInfo{fields[i], FieldType::Real, descriptions[i]});
    layer.table.fields = fields;
    layer.table.columns.resize(fields.size());
    const QString year = yearKey(r.year);
    QJsonObject details;
    for (const UnitDecline& d : r.units) {
        const double verdict = d.verdict == DeclineVerdict::Qualifies ? 1.0
                             : d.verdict == DeclineVerdict::DoesNotQualify ? 0.0 : missingValue();
        layer.table.addRow(d.unit, year, {statusCode(d.population.status), statusCode(d.businesses.status),
                                          statusCode(d.buildings.status), double(d.met), verdict});
        details.insert(d.unit, QJsonObject{{QStringLiteral("population"), criterionJson(d.population)},
                                           {QStringLiteral("businesses"), criterionJson(d.businesses)},
                                           {QStringLiteral("buildings"), criterionJson(d.buildings)},
                                           {QStringLiteral("verdict"), declineVerdictName(d.verdict)}});
    }
    const RunInfo run = detail::regenRunInfo(QStringLiteral("regen.diagnose"), QStringLiteral("decline"), r.inputs.request.toJson(), r.inputs.fingerprint,
                                             diagnosisJson(r, false), details, title, r.inputs.request.scenario);
    return detail::storeRun(store, run, {layer});
}

// ---- Indices ----------------------------------------------------------------------------------

QJsonObject IndexRequest::toJson() const
{
    return {{QStringLiteral("spec"), spec.toJson()}, {QStringLiteral("scenario"), scenario.toJson()}};
}

IndexRequest IndexRequest::fromJson(const QJsonObject& o)
{
    IndexRequest r;
    r.spec = IndexSpec::fromJson(o.value(QStringLiteral("spec")).toObject());
    r.scenario = Scenario::fromJson(o.value(QStringLiteral("scenario")).toObject());
    return r;
}

Result<IndexInputs> readIndexInputs(const ProjectStore& store, const IndexRequest& request)
{
    IndexInputs in;
    in.request = request;
    if (in.request.spec.areas.isEmpty()) in.request.spec = defaultIndexSpec(store);
    in.units = indexUnits(store, in.request.spec);
    if (in.units.isEmpty()) return makeError(Tr::tr("None of the index's indicator layers is in the project."));
    in.values = readIndicatorValues(store, in.request.spec, in.request.scenario);
    for (const AreaSpec& a : in.request.spec.areas)
        for (const IndicatorSpec& ind : a.indicators)
            if (store.hasLayer(ind.layer) && in.geometryLayer.isEmpty()) {
                in.geometryLayer = detail::geometryLayerOf(store, ind.layer);
                in.names = unitNames(store, ind.layer);
            }
    detail::Fingerprint fp;
    fp.add(in.request.toJson());
    for (const IndicatorValues& v : in.values) {
        fp.add(v.id);
        for (auto it = v.byUnit.cbegin(); it != v.byUnit.cend(); ++it) {
            fp.add(it.key());
            fp.add(it.value());
        }
    }
    in.fingerprint = fp.hex();
    return in;
}

IndexResult computeIndices(const IndexInputs& inputs)
{
    IndexResult r;
    r.inputs = inputs;
    for (const AreaSpec& a : inputs.request.spec.areas) r.areas.append(computeArea(a, inputs.units, inputs.values));
    return r;
}

QJsonObject indexJson(const IndexResult& r, bool perUnit)
{
    QJsonArray areas;
    for (int i = 0; i < r.areas.size(); ++i) {
        const AreaResult& a = r.areas[i];
        int scored = 0;
        for (const UnitIndex& u : a.units) scored += hasValue(u.score) ? 1 : 0;
        QJsonArray indicators;
        for (const IndicatorSpec& ind : r.inputs.request.spec.areas[i].indicators) {
            QString problem;
            for (const IndicatorValues& v : r.inputs.values)
                if (v.id == ind.id) problem = v.problem;
            QJsonObject io = ind.toJson();
            io.insert(QStringLiteral("available"), problem.isEmpty());
            if (!problem.isEmpty()) io.insert(QStringLiteral("problem"), problem);
            indicators.append(io);
        }
        areas.append(QJsonObject{{QStringLiteral("area"), indexAreaName(a.area)},
                                 {QStringLiteral("units_scored"), scored},
                                 {QStringLiteral("indicators"), indicators}});
    }
    QJsonObject o{{QStringLiteral("model"), QStringLiteral("thematic-index")},
                  {QStringLiteral("units"), int(r.inputs.units.size())},
                  {QStringLiteral("areas"), areas},
                  {QStringLiteral("fingerprint"), r.inputs.fingerprint}};
    if (!r.inputs.request.scenario.isBaseline()) o.insert(QStringLiteral("scenario"), r.inputs.request.scenario.toJson());
    if (perUnit) {
        QJsonArray units;
        for (const QString& unit : r.inputs.units) {
            QJsonObject u{{QStringLiteral("unit"), unit}, {QStringLiteral("name"), r.inputs.names.value(unit)}};
            for (const AreaResult& a : r.areas) {
                const UnitIndex x = a.units.value(unit);
                QJsonArray missing;
                for (const QString& m : x.missing) missing.append(m);
                u.insert(indexAreaName(a.area), QJsonObject{{QStringLiteral("score"), jsonNumber(x.score)},
                                                            {QStringLiteral("grade"), x.grade},
                                                            {QStringLiteral("missing"), missing}});
            }
            units.append(u);
        }
        o.insert(QStringLiteral("results"), units);
    }
    return o;
}

Result<qint64> saveIndexRun(ProjectStore& store, const IndexResult& r, const QString& title)
{
    detail::ResultLayer layer;
    layer.info.name = detail::freeLayerName(store, QStringLiteral("index"));
    layer.info.kind = LayerKind::Measure;
    layer.info.title = title.isEmpty() ? detail::titleWithScenario(Tr::tr("Thematic indices"), r.inputs.request.scenario) : title;
    layer.info.geometryLayer = r.inputs.geometryLayer;
    layer.info.source = QStringLiteral("regen.index");
    for (const AreaResult& a : r.areas) {
        layer.info.fields.append(FieldInfo{indexAreaName(a.area), FieldType::Real, Tr::tr("%1 index").arg(indexAreaLabel(a.area))});
        layer.info.fields.append(FieldInfo{indexAreaName(a.area) + QStringLiteral("_grade"), FieldType::Real,
                                           Tr::tr("%1 grade (1-10, 10 best)").arg(indexAreaLabel(a.area))});
    }
    for (const FieldInfo& f : layer.info.fields) layer.table.fields.append(f.name);
    layer.table.columns.resize(layer.table.fields.size());
    QJsonObject details;
    for (const QString& unit : r.inputs.units) {
        QVector<double> row;
        QJsonObject d;
        for (const AreaResult& a : r.areas) {
            const UnitIndex x = a.units.value(unit, UnitIndex{missingValue(), 0, {}, {}});
            row << x.score << (x.grade > 0 ? double(x.grade) : missingValue());
            QJsonObject norm;
            for (auto it = x.normalised.cbegin(); it != x.normalised.cend(); ++it) norm.insert(it.key(), jsonNumber(it.value()));
            d.insert(indexAreaName(a.area), norm);
        }
        layer.table.addRow(unit, QString(), row);
        details.insert(unit, d);
    }
    const RunInfo run = detail::regenRunInfo(QStringLiteral("regen.index"), QStringLiteral("thematic-index"), r.inputs.request.toJson(), r.inputs.fingerprint,
                                             indexJson(r, false), details, title, r.inputs.request.scenario);
    return detail::storeRun(store, run, {layer});
}

}  // namespace dosi::models
