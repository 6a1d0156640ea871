// dosi-cli locate P.dosi --model lscp|mclp|pmedian|pcenter --demand LAYER --weight FIELD --candidates LAYER ...
//
// The location-analysis panel without the desktop (models/LocationRun.h), per ../shared/GUIDE.md §5.
// The run is stored in the project (scenario, fingerprint, figures, result layers) unless --no-save;
// --json prints the GUIDE's keys. `--runs` lists the stored location runs side by side instead.

#include "CliContext.h"

#include "dosi/models/LocationRun.h"

#include <QJsonArray>
#include <cmath>

namespace dosi::cli {

namespace {

using namespace dosi::models;

void addLocateOptions(QCommandLineParser& p)
{
    const QList<QCommandLineOption> opts{
        {QStringLiteral("model"), CliContext::tr("lscp, mclp, pmedian or pcenter."), QStringLiteral("MODEL")},
        {QStringLiteral("demand"), CliContext::tr("Demand layer (points, grid or areas)."), QStringLiteral("LAYER")},
        {QStringLiteral("weight"),
         CliContext::tr("Demand weight: a field of the demand layer, or LAYER.FIELD of a measure layer over it."),
         QStringLiteral("FIELD")},
        {QStringLiteral("time"), CliContext::tr("Time of the weight (a key, or FROM..TO; hours like 03..05 average those hours)."),
         QStringLiteral("T")},
        {QStringLiteral("candidates"), CliContext::tr("Candidate sites: a points or grid layer."), QStringLiteral("LAYER")},
        {QStringLiteral("existing"), CliContext::tr("Existing facilities kept open (points layer)."), QStringLiteral("LAYER")},
        {QStringLiteral("within"),
         CliContext::tr("Study area: LAYER.FIELD=VALUE[,VALUE...], e.g. gu.sggnm=강남구."), QStringLiteral("AREA")},
        {QStringLiteral("radius"), CliContext::tr("Service standard: metres, or the cost table's unit."), QStringLiteral("METRES")},
        {QStringLiteral("minutes"), CliContext::tr("Service standard in minutes of travel on --network."), QStringLiteral("MIN")},
        {QStringLiteral("p"), CliContext::tr("New facilities to place (MCLP, p-median, p-center)."), QStringLiteral("N")},
        {QStringLiteral("costs"), CliContext::tr("Cost table CSV (from, to, cost)."), QStringLiteral("FILE")},
        {QStringLiteral("cost-from"), CliContext::tr("Cost table column of the facility ids."), QStringLiteral("COL")},
        {QStringLiteral("cost-to"), CliContext::tr("Cost table column of the demand ids."), QStringLiteral("COL")},
        {QStringLiteral("cost-value"), CliContext::tr("Cost table column of the costs."), QStringLiteral("COL")},
        {QStringLiteral("network"), CliContext::tr("Road line layer for travel times."), QStringLiteral("LAYER")},
        {QStringLiteral("speed-field"), CliContext::tr("Road speed field (km/h)."), QStringLiteral("F")},
        {QStringLiteral("class-field"), CliContext::tr("Road class field."), QStringLiteral("F")},
        {QStringLiteral("class-speeds"), CliContext::tr("Speeds per road class, e.g. \"motorway=80,local=30\"."),
         QStringLiteral("LIST")},
        {QStringLiteral("default-speed"), CliContext::tr("Speed where nothing else says (km/h, default 30)."),
         QStringLiteral("KMH")},
        {QStringLiteral("oneway-field"), CliContext::tr("One-way field of the road layer."), QStringLiteral("F")},
        {QStringLiteral("demand-id"), CliContext::tr("Demand id field (default: the layer's code field)."), QStringLiteral("F")},
        {QStringLiteral("candidate-id"), CliContext::tr("Candidate id field (default: the layer's code field)."),
         QStringLiteral("F")},
        {QStringLiteral("type"), CliContext::tr("cctv, ev_charger, fire_station or custom."), QStringLiteral("TYPE")},
        {QStringLiteral("name"), CliContext::tr("Scenario name."), QStringLiteral("NAME")},
        {QStringLiteral("method"), CliContext::tr("auto (default), exact or heuristic."), QStringLiteral("M")},
        {QStringLiteral("time-limit"), CliContext::tr("Seconds for the exact solver (default 60)."), QStringLiteral("S")},
        {QStringLiteral("curve"), CliContext::tr("Also compute the coverage curve for p = 1..N."), QStringLiteral("N")},
        {QStringLiteral("save-scenario"), CliContext::tr("Keep the scenario in the project under --name.")},
        {QStringLiteral("runs"), CliContext::tr("List the stored location runs side by side.")},
        {QStringLiteral("title"), CliContext::tr("Title of the stored run."), QStringLiteral("TEXT")},
        {QStringLiteral("no-save"), CliContext::tr("Do not store the run in the project.")},
        {QStringLiteral("json"), CliContext::tr("Print the result as JSON.")},
    };
    for (const QCommandLineOption& o : opts) p.addOption(o);
}

Result<double> positiveNumber(const QCommandLineParser& p, const QString& name, bool allowZero = false)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || (!allowZero && v == 0))
        return makeError(CliContext::tr("--%1 must be a number greater than 0, not \"%2\".").arg(name, p.value(name)));
    return v;
}

Result<LocationScenario> scenarioFromOptions(const QCommandLineParser& p)
{
    LocationScenario s;
    const auto model = locationModelFromName(p.value(QStringLiteral("model")));
    if (!model)
        return makeError(CliContext::tr("--model must be lscp, mclp, pmedian or pcenter, not \"%1\".")
                             .arg(p.value(QStringLiteral("model"))));
    s.model = *model;
    s.type = facilityTypeFromName(p.value(QStringLiteral("type")));
    s.name = p.value(QStringLiteral("name"));
    s.demandLayer = p.value(QStringLiteral("demand"));
    if (s.demandLayer.isEmpty()) return makeError(CliContext::tr("--demand LAYER is required."));
    const QString weight = p.value(QStringLiteral("weight"));
    const int dot = int(weight.lastIndexOf(QLatin1Char('.')));
    if (dot > 0) {
        s.weightLayer = weight.left(dot);
        s.weightField = weight.mid(dot + 1);
    } else {
        s.weightField = weight;
    }
    s.weightTime = p.value(QStringLiteral("time"));
    s.demandIdField = p.value(QStringLiteral("demand-id"));
    s.candidateLayer = p.value(QStringLiteral("candidates"));
    if (s.candidateLayer.isEmpty()) return makeError(CliContext::tr("--candidates LAYER is required."));
    s.candidateIdField = p.value(QStringLiteral("candidate-id"));
    s.existingLayer = p.value(QStringLiteral("existing"));
    if (p.isSet(QStringLiteral("within"))) {
        const QString w = p.value(QStringLiteral("within"));
        const int eq = int(w.indexOf(QLatin1Char('=')));
        const int dotAt = eq > 0 ? int(w.left(eq).lastIndexOf(QLatin1Char('.'))) : -1;
        if (eq < 0 || dotAt <= 0)
            return makeError(CliContext::tr("--within takes LAYER.FIELD=VALUE[,VALUE...], not \"%1\".").arg(w));
        s.areaLayer = w.left(dotAt);
        s.areaField = w.mid(dotAt + 1, eq - dotAt - 1);
        s.areaValues = w.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }

    if (p.isSet(QStringLiteral("costs"))) {
        s.distance = DistanceMode::CostTable;
        s.costTable = p.value(QStringLiteral("costs"));
        s.costTableOptions.fromColumn = p.value(QStringLiteral("cost-from"));
        s.costTableOptions.toColumn = p.value(QStringLiteral("cost-to"));
        s.costTableOptions.costColumn = p.value(QStringLiteral("cost-value"));
        if (s.costTableOptions.fromColumn.isEmpty() || s.costTableOptions.toColumn.isEmpty() ||
            s.costTableOptions.costColumn.isEmpty())
            return makeError(CliContext::tr("--costs needs --cost-from, --cost-to and --cost-value."));
    } else if (p.isSet(QStringLiteral("network"))) {
        s.distance = DistanceMode::Network;
        s.roadLayer = p.value(QStringLiteral("network"));
        s.roadOptions.speedField = p.value(QStringLiteral("speed-field"));
        s.roadOptions.classField = p.value(QStringLiteral("class-field"));
        s.roadOptions.onewayField = p.value(QStringLiteral("oneway-field"));
        if (p.isSet(QStringLiteral("default-speed"))) {
            auto v = positiveNumber(p, QStringLiteral("default-speed"));
            if (!v) return v.error();
            s.roadOptions.defaultSpeedKmh = v.value();
        }
        for (const QString& item : p.value(QStringLiteral("class-speeds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = item.split(QLatin1Char('='));
            bool ok = false;
            const double v = kv.value(1).toDouble(&ok);
            if (kv.size() != 2 || !ok || v <= 0)
                return makeError(CliContext::tr("--class-speeds takes CLASS=KMH pairs separated by commas, not \"%1\".")
                                     .arg(item));
            s.roadOptions.classSpeeds[kv[0].trimmed()] = v;
        }
    }
    const bool coverage = isCoverageModel(s.model);
    const QString radiusOpt = s.distance == DistanceMode::Network ? QStringLiteral("minutes") : QStringLiteral("radius");
    if (coverage && !p.isSet(radiusOpt))
        return makeError(CliContext::tr("%1 needs --%2.").arg(locationModelName(s.model), radiusOpt));
    if (p.isSet(radiusOpt)) {
        auto v = positiveNumber(p, radiusOpt);
        if (!v) return v.error();
        s.radius = v.value();
    }
    if (s.model != LocationModel::Lscp) {
        if (!p.isSet(QStringLiteral("p")))
            return makeError(CliContext::tr("%1 needs --p N.").arg(locationModelName(s.model)));
        bool ok = false;
        s.p = p.value(QStringLiteral("p")).toInt(&ok);
        if (!ok || s.p < 1) return makeError(CliContext::tr("--p must be a whole number of at least 1, not \"%1\".")
                                                 .arg(p.value(QStringLiteral("p"))));
    }
    const QString method = p.value(QStringLiteral("method"));
    if (method == QLatin1String("exact")) s.method = SolveMethod::Exact;
    else if (method == QLatin1String("heuristic")) s.method = SolveMethod::Heuristic;
    else if (!method.isEmpty() && method != QLatin1String("auto"))
        return makeError(CliContext::tr("--method must be auto, exact or heuristic, not \"%1\".").arg(method));
    if (p.isSet(QStringLiteral("time-limit"))) {
        auto v = positiveNumber(p, QStringLiteral("time-limit"));
        if (!v) return v.error();
        s.timeLimitSeconds = v.value();
    }
    return s;
}

int listRuns(CliContext& ctx, const ProjectStore& store, bool json)
{
    const auto rows = locationRuns(store);
    QJsonArray list;
    for (const LocationComparisonRow& r : rows) {
        QJsonObject o = r.figures;
        o[QStringLiteral("run")] = r.run.id;
        o[QStringLiteral("title")] = r.run.title;
        o[QStringLiteral("created")] = r.run.created;
        list.append(o);
        if (!json)
            ctx.print(CliContext::tr("%1  %2  %3 p=%4  objective %5  covered %6 of %7  %8")
                          .arg(r.run.id)
                          .arg(r.run.title, r.figures.value(QStringLiteral("model")).toString())
                          .arg(r.figures.value(QStringLiteral("p")).toInt())
                          .arg(r.figures.value(QStringLiteral("objective")).toDouble(), 0, 'g', 10)
                          .arg(r.figures.value(QStringLiteral("covered_demand")).toDouble(), 0, 'f', 0)
                          .arg(r.figures.value(QStringLiteral("total_demand")).toDouble(), 0, 'f', 0)
                          .arg(r.figures.value(QStringLiteral("optimal")).toBool() ? CliContext::tr("optimal")
                                                                                    : CliContext::tr("gap %1 %").arg(
                                                                                          100 * r.figures.value(QStringLiteral("gap")).toDouble(), 0, 'f', 2)));
    }
    if (json) ctx.printJson(QJsonObject{{QStringLiteral("runs"), list}});
    return 0;
}

}  // namespace

int cmdLocate(CliContext& ctx)
{
    QCommandLineParser p;
    addLocateOptions(p);
    const QString usage = QStringLiteral(
        "locate P.dosi --model lscp|mclp|pmedian|pcenter --demand LAYER --weight FIELD --candidates LAYER "
        "[--existing LAYER] [--radius METRES] [--p N] [--costs FILE.csv --cost-from COL --cost-to COL --cost-value COL] "
        "[--network LAYER --minutes M] [--demand-id F] [--candidate-id F] [--curve N] [--json] | locate P.dosi --runs");
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) return ctx.fail(CliContext::tr("locate needs one project (usage: %1)").arg(usage));
    const bool listing = p.isSet(QStringLiteral("runs"));
    const bool readOnly = listing || (p.isSet(QStringLiteral("no-save")) && !p.isSet(QStringLiteral("save-scenario")));
    auto opened = readOnly ? ctx.openProjectToRead(pos[0]) : ctx.openProject(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    if (listing) return listRuns(ctx, store, p.isSet(QStringLiteral("json")));

    auto scenario = scenarioFromOptions(p);
    if (!scenario) return ctx.fail(scenario.errorMessage());
    int curve = 0;
    if (p.isSet(QStringLiteral("curve"))) {
        bool ok = false;
        curve = p.value(QStringLiteral("curve")).toInt(&ok);
        if (!ok || curve < 1)
            return ctx.fail(CliContext::tr("--curve must be a whole number of at least 1, not \"%1\".")
                                .arg(p.value(QStringLiteral("curve"))));
    }
    auto inputs = readLocationInputs(store, scenario.value());
    if (!inputs) return ctx.fail(inputs.errorMessage());
    for (const QString& note : inputs->notes) ctx.info(note);

    SolveOptions options;
    options.method = scenario->method;
    options.timeLimitSeconds = scenario->timeLimitSeconds;
    auto printer = ctx.progressPrinter(CliContext::tr("Solving"));
    options.progress = [&](int pct, const QString&) { printer(pct, 100); };
    auto run = runLocation(inputs.value(), options, curve);
    if (!run) return ctx.fail(run.errorMessage());
    const LocationSolution& s = run->solution;
    for (const QString& note : s.notes) ctx.info(note);
    ctx.info(CliContext::tr("%1: objective %2 (%3), %4 of %5 demand points covered, %6 s.")
                 .arg(locationModelName(s.model))
                 .arg(s.objective, 0, 'g', 12)
                 .arg(s.optimal ? CliContext::tr("optimal") : CliContext::tr("gap %1 %").arg(100 * s.gap, 0, 'f', 3))
                 .arg(s.coveredUnits)
                 .arg(s.totalUnits)
                 .arg(s.seconds, 0, 'f', 2));

    QJsonObject json = locationJson(run.value());
    if (p.isSet(QStringLiteral("save-scenario"))) {
        if (scenario->name.isEmpty()) return ctx.fail(CliContext::tr("--save-scenario needs --name."));
        if (auto ok = saveScenario(store, scenario.value()); !ok) return ctx.fail(ok.errorMessage());
    }
    if (!p.isSet(QStringLiteral("no-save"))) {
        auto id = saveLocationRun(store, run.value(), p.value(QStringLiteral("title")));
        if (!id) return ctx.fail(id.errorMessage());
        json.insert(QStringLiteral("run"), id.value());
        ctx.info(CliContext::tr("Stored as run %1.").arg(id.value()));
    }
    if (!readOnly)
        if (auto saved = store.saveAndClose(); !saved) return ctx.fail(saved.errorMessage());
    if (p.isSet(QStringLiteral("json"))) ctx.printJson(json);
    return 0;
}

}  // namespace dosi::cli
