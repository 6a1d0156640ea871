// dosi-cli import P.dosi movement FILE... --name NAME   (OA-22300 detected; else a generic OD table)
// dosi-cli estimate-flows P.dosi --population LAYER --zones LAYER --name NAME [--mean-trip-km X] ...

#include "CliContext.h"

#include "dosi/core/Values.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/OdImport.h"
#include "dosi/models/Gravity.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace dosi::cli {

namespace {


// The zone layer: the one asked for, else the feature layer holding most of the OD zones.
QString pickZoneLayer(const CliContext& ctx, const ProjectStore& store, const gis::OdImport& od, const QString& wanted,
                      QString* error)
{
    QString best;
    gis::OdZoneReport bestReport;
    for (const LayerInfo& l : store.layers()) {
        if (!l.isFeatureLayer() || (!wanted.isEmpty() && l.name != wanted)) continue;
        const gis::OdZoneReport r = gis::odZoneReport(od.table, gis::featureCodes(store, l));
        if (best.isEmpty() || r.matched.size() > bestReport.matched.size()) {
            best = l.name;
            bestReport = r;
        }
    }
    if (!wanted.isEmpty() && best.isEmpty()) {
        *error = CliContext::tr("The project has no feature layer named \"%1\".").arg(wanted);
        return {};
    }
    if (best.isEmpty() || bestReport.matched.isEmpty()) {
        ctx.info(CliContext::tr("Warning: no feature layer has these zone codes; the OD layer is stored without zones."));
        return {};
    }
    ctx.info(CliContext::tr("Zones of layer \"%1\": %2").arg(best, bestReport.summary()));
    return best;
}

}  // namespace

int importMovementCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store)
{
    const QString name = p.value(QStringLiteral("name"));
    if (files.isEmpty()) return ctx.fail(CliContext::tr("import movement needs at least one file."));
    auto head = gis::CsvReader::open(files.first(), p.value(QStringLiteral("encoding")));
    if (!head) return ctx.fail(head.errorMessage());

    Result<gis::OdImport> imported = makeError(QString());
    if (gis::isSeoulMovementHeader(head->header())) {
        imported = gis::importSeoulMovement(files, name, ctx.progressPrinter(name));
    } else {
        if (files.size() != 1)
            return ctx.fail(CliContext::tr("%1 is not a Seoul movement (OA-22300) file; a generic OD table is imported "
                                           "one file at a time.")
                                .arg(QDir::toNativeSeparators(files.first())));
        for (const char* opt : {"origin", "dest", "count"})
            if (!p.isSet(QLatin1String(opt)))
                return ctx.fail(CliContext::tr("%1 is not a Seoul movement (OA-22300) file; for another OD table give "
                                               "--origin COL --dest COL --count COL [--period COL] (its columns are: %2).")
                                    .arg(QDir::toNativeSeparators(files.first()), head->header().join(QStringLiteral(", "))));
        imported = gis::importOdTable(files.first(), name, p.value(QStringLiteral("origin")), p.value(QStringLiteral("dest")),
                                      p.value(QStringLiteral("period")), p.value(QStringLiteral("count")),
                                      p.value(QStringLiteral("encoding")));
    }
    if (!imported) return ctx.fail(imported.errorMessage());
    gis::OdImport& od = imported.value();

    QString error;
    const QString zones = pickZoneLayer(ctx, store, od, p.value(QStringLiteral("layer")), &error);
    if (!error.isEmpty()) return ctx.fail(error);
    gis::setOdZoneLayer(od.info, zones);
    if (auto r = store.addMeasureLayer(od.info, od.table); !r) return ctx.fail(r.errorMessage());

    const QString netName = p.value(QStringLiteral("net-name"));
    if (!netName.isEmpty()) {
        if (store.hasLayer(netName)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(netName));
        LayerInfo net;
        net.name = netName;
        net.title = netName;
        net.kind = LayerKind::Measure;
        net.timeKind = od.info.timeKind;
        net.geometryLayer = zones;
        net.source = od.info.source;
        net.fields = {FieldInfo{QStringLiteral("inflow"), FieldType::Real, CliContext::tr("movers arriving from other zones")},
                      FieldInfo{QStringLiteral("outflow"), FieldType::Real, CliContext::tr("movers leaving for other zones")},
                      FieldInfo{QStringLiteral("internal"), FieldType::Real, CliContext::tr("movers staying inside the zone")},
                      FieldInfo{QStringLiteral("net"), FieldType::Real, CliContext::tr("inflow minus outflow")},
                      FieldInfo{QStringLiteral("masked"), FieldType::Integer, CliContext::tr("masked OD cells left out")}};
        const MeasureTable table = gis::netFlowTable(gis::netFlows(od.table, QStringLiteral("count")));
        if (auto r = store.addMeasureLayer(net, table); !r) return ctx.fail(r.errorMessage());
        ctx.info(CliContext::tr("Net flows per zone and time stored as \"%1\" (%2 record(s)).").arg(netName).arg(table.rowCount()));
    }
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Imported %1 record(s) into %2 OD cell(s) as \"%3\" (%4); %5 masked count(s) kept as masked.")
                 .arg(od.rowsRead)
                 .arg(od.table.rowCount())
                 .arg(name, od.format)
                 .arg(od.maskedRecords));
    for (const QString& w : od.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    return 0;
}

int cmdEstimateFlows(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("population"), QStringLiteral("Hourly living-population layer"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("field"), QStringLiteral("Population field (default total)"), QStringLiteral("F")});
    p.addOption({QStringLiteral("zones"), QStringLiteral("Zone (dong) boundary layer"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Name of the estimated OD layer"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("mean-trip-km"), QStringLiteral("Target mean trip length (km)"), QStringLiteral("X")});
    p.addOption({QStringLiteral("observed"), QStringLiteral("Observed OD layer to fit beta to"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("beta"), QStringLiteral("Fixed decay parameter (no fit)"), QStringLiteral("B")});
    p.addOption({QStringLiteral("decay"), QStringLiteral("exp (default) or power"), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("from"), QStringLiteral("First day used (YYYY-MM-DD)"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last day used (YYYY-MM-DD)"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("min-flow"), QStringLiteral("Drop pairs with a smaller flow"), QStringLiteral("X")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON summary")});
    const QString usage = QStringLiteral("dosi-cli estimate-flows P.dosi --population LAYER --zones LAYER --name NAME "
                                         "[--mean-trip-km X | --observed LAYER | --beta B] [--decay exp|power] "
                                         "[--from DATE --to DATE] [--field F] [--min-flow X] [--json]");
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) return ctx.fail(CliContext::tr("estimate-flows needs one project (usage: %1)").arg(usage));
    for (const char* opt : {"population", "zones", "name"})
        if (!p.isSet(QLatin1String(opt)))
            return ctx.fail(CliContext::tr("estimate-flows needs --%1 (usage: %2)").arg(QLatin1String(opt), usage));

    models::GravityOptions opt;
    auto number = [&](const char* name, double* out) {
        bool ok = false;
        *out = p.value(QLatin1String(name)).toDouble(&ok);
        return ok && std::isfinite(*out);
    };
    if (p.isSet(QStringLiteral("mean-trip-km")) && (!number("mean-trip-km", &opt.targetMeanTripKm) || opt.targetMeanTripKm <= 0))
        return ctx.fail(CliContext::tr("--mean-trip-km must be a positive number of kilometres."));
    if (p.isSet(QStringLiteral("beta")) && (!number("beta", &opt.fixedBeta) || opt.fixedBeta < 0))
        return ctx.fail(CliContext::tr("--beta must be a number >= 0."));
    double minFlow = 0;
    if (p.isSet(QStringLiteral("min-flow")) && (!number("min-flow", &minFlow) || minFlow < 0))
        return ctx.fail(CliContext::tr("--min-flow must be a number >= 0."));
    const QString decay = p.value(QStringLiteral("decay"));
    if (decay == QLatin1String("power")) opt.decay = models::DistanceDecay::Power;
    else if (!decay.isEmpty() && decay != QLatin1String("exp"))
        return ctx.fail(CliContext::tr("--decay must be exp or power, not \"%1\".").arg(decay));
    QDate from, to;
    for (auto [name, date] : {std::pair<const char*, QDate*>{"from", &from}, {"to", &to}}) {
        if (!p.isSet(QLatin1String(name))) continue;
        *date = QDate::fromString(p.value(QLatin1String(name)), QStringLiteral("yyyy-MM-dd"));
        if (!date->isValid())
            return ctx.fail(CliContext::tr("--%1 must be a date YYYY-MM-DD, not \"%2\".").arg(QLatin1String(name), p.value(QLatin1String(name))));
    }

    auto opened = ctx.openProject(pos.first());
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString name = p.value(QStringLiteral("name"));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));
    const QString popName = p.value(QStringLiteral("population"));
    const auto popLayer = store.layer(popName);
    if (!popLayer || popLayer->kind != LayerKind::Measure || popLayer->timeKind != TimeKind::Hour)
        return ctx.fail(CliContext::tr("\"%1\" is not an hourly measure layer of the project.").arg(popName));
    const QString zoneName = p.value(QStringLiteral("zones"));
    const auto zoneLayer = store.layer(zoneName);
    if (!zoneLayer || !zoneLayer->isFeatureLayer())
        return ctx.fail(CliContext::tr("The project has no feature layer named \"%1\".").arg(zoneName));
    const QString field = p.isSet(QStringLiteral("field")) ? p.value(QStringLiteral("field")) : QStringLiteral("total");
    auto population = store.readMeasures(popName, {field});
    if (!population) return ctx.fail(population.errorMessage());
    QVector<QByteArray> wkb;
    const QStringList codes = gis::featureCodes(store, *zoneLayer, &wkb);

    QVector<models::ObservedFlow> observed;
    if (p.isSet(QStringLiteral("observed"))) {
        const QString obsName = p.value(QStringLiteral("observed"));
        const auto obsLayer = store.layer(obsName);
        if (!obsLayer || !gis::isOdLayer(*obsLayer))
            return ctx.fail(CliContext::tr("\"%1\" is not an OD layer of the project.").arg(obsName));
        auto od = store.readMeasures(obsName, {QStringLiteral("count")});
        if (!od) return ctx.fail(od.errorMessage());
        for (int r = 0; r < od->rowCount(); ++r) {
            models::ObservedFlow f;
            if (!gis::splitOdUnit(od->units[r], &f.origin, &f.dest)) continue;
            f.count = od->columns[0][r];
            observed.append(f);
        }
    }

    auto est = models::estimateFlowsFromPopulation(population.value(), field, codes, wkb, zoneName, name, opt, observed,
                                                   from, to);
    if (!est) return ctx.fail(est.errorMessage());
    models::FlowEstimate& e = est.value();
    double dropped = 0;
    if (minFlow > 0) {
        MeasureTable kept;
        kept.fields = e.table.fields;
        kept.columns.resize(kept.fields.size());
        for (int r = 0; r < e.table.rowCount(); ++r) {
            if (e.table.columns[0][r] < minFlow) {
                dropped += e.table.columns[0][r];
                continue;
            }
            kept.addRow(e.table.units[r], e.table.times[r], {e.table.columns[0][r], e.table.columns[1][r]});
        }
        e.table = std::move(kept);
        e.info.rowCount = e.table.rowCount();
        e.info.style.insert(QStringLiteral("min_flow"), minFlow);
    }
    if (auto r = store.addMeasureLayer(e.info, e.table); !r) return ctx.fail(r.errorMessage());

    const models::GravityResult& g = e.model;
    const QString decayName = g.decay == models::DistanceDecay::Exponential ? QStringLiteral("exp") : QStringLiteral("power");
    RunInfo run;
    run.kind = QStringLiteral("estimate.gravity");
    run.model = QStringLiteral("doubly-constrained gravity");
    run.version = QStringLiteral("1");
    run.params = QJsonObject{{QStringLiteral("population"), popName},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("zones"), zoneName},
                             {QStringLiteral("decay"), decayName},
                             {QStringLiteral("target_mean_trip_km"), g.targetMeanTripKm},
                             {QStringLiteral("beta_source"), g.betaSource},
                             {QStringLiteral("observed"), p.value(QStringLiteral("observed"))},
                             {QStringLiteral("from"), p.value(QStringLiteral("from"))},
                             {QStringLiteral("to"), p.value(QStringLiteral("to"))},
                             {QStringLiteral("min_flow"), minFlow}};
    run.metrics = QJsonObject{{QStringLiteral("beta"), g.beta},
                              {QStringLiteral("mean_trip_km"), g.meanTripKm},
                              {QStringLiteral("fit_iterations"), g.fitIterations},
                              {QStringLiteral("balancing_iterations"), g.balancingIterations},
                              {QStringLiteral("max_relative_error"), g.maxRelativeError},
                              {QStringLiteral("total_flow"), g.total},
                              {QStringLiteral("zones"), int(g.zones.size())}};
    run.resultLayers = {name};
    if (auto r = store.addRun(run); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());

    ctx.info(CliContext::tr("%1: %2 zones, %3 OD pairs stored as \"%4\" (estimated, not measured).")
                 .arg(models::gravityDescription())
                 .arg(g.zones.size())
                 .arg(e.table.rowCount())
                 .arg(name));
    ctx.info(CliContext::tr("beta = %1 per km (%2, %3 km target), mean trip %4 km; %5 balancing iterations, max relative "
                            "error %6; total flow %7 = night population of the zones used.")
                 .arg(g.beta, 0, 'g', 6)
                 .arg(g.betaSource)
                 .arg(g.targetMeanTripKm, 0, 'f', 3)
                 .arg(g.meanTripKm, 0, 'f', 3)
                 .arg(g.balancingIterations)
                 .arg(g.maxRelativeError, 0, 'g', 3)
                 .arg(g.total, 0, 'f', 1));
    if (g.betaSource.contains(QLatin1String("assumed")))
        ctx.info(CliContext::tr("Warning: no observed flows or --mean-trip-km given; the mean trip length of %1 km is an "
                                "assumption, not a measurement.")
                     .arg(g.targetMeanTripKm));
    if (dropped > 0)
        ctx.info(CliContext::tr("Pairs below --min-flow dropped: %1 people in total.").arg(dropped, 0, 'f', 1));
    for (const QString& w : e.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("estimated"), true},
                                  {QStringLiteral("description"), models::gravityDescription()},
                                  {QStringLiteral("zones"), int(g.zones.size())},
                                  {QStringLiteral("rows"), e.table.rowCount()},
                                  {QStringLiteral("decay"), decayName},
                                  {QStringLiteral("beta"), g.beta},
                                  {QStringLiteral("beta_source"), g.betaSource},
                                  {QStringLiteral("target_mean_trip_km"), g.targetMeanTripKm},
                                  {QStringLiteral("mean_trip_km"), g.meanTripKm},
                                  {QStringLiteral("fit_iterations"), g.fitIterations},
                                  {QStringLiteral("balancing_iterations"), g.balancingIterations},
                                  {QStringLiteral("max_relative_error"), g.maxRelativeError},
                                  {QStringLiteral("total_flow"), g.total},
                                  {QStringLiteral("night_total"), e.nightTotal},
                                  {QStringLiteral("day_total"), e.dayTotal},
                                  {QStringLiteral("dropped_flow"), dropped},
                                  {QStringLiteral("days"), QJsonArray::fromStringList(e.marginals.days)},
                                  {QStringLiteral("unmatched_units"), QJsonArray::fromStringList(e.unmatchedUnits)}});
    }
    return 0;
}

}  // namespace dosi::cli
