// dosi-cli regen P.dosi diagnose|index|forecast|outlook|runs|compare ...
//
// The regeneration panel's models without the desktop (models/RegenRun.h). Each model run is stored
// in the project (parameters, input fingerprint, metrics, per-unit details, result layers) unless
// --no-save is given; --json prints the run's results as one JSON object.

#include "CliContext.h"
#include "RegenOptions.h"

#include "dosi/models/RegenRun.h"

#include <QJsonArray>

namespace dosi::cli {

namespace {

using namespace dosi::models;

int finishRun(CliContext& ctx, ProjectStore& store, const QCommandLineParser& p, const std::function<Result<qint64>()>& save,
              QJsonObject json)
{
    if (!p.isSet(QStringLiteral("no-save"))) {
        auto id = save();
        if (!id) return ctx.fail(id.errorMessage());
        if (auto saved = store.saveAndClose(); !saved) return ctx.fail(saved.errorMessage());
        json.insert(QStringLiteral("run"), id.value());
        ctx.info(CliContext::tr("Stored as run %1.").arg(id.value()));
    }
    if (p.isSet(QStringLiteral("json"))) ctx.printJson(json);
    return 0;
}

int diagnoseCmd(CliContext& ctx, ProjectStore& store, const QCommandLineParser& p, const Scenario& scenario)
{
    DiagnosisRequest req;
    req.scenario = scenario;
    if (auto ok = regenDiagnosisOptions(p, &req); !ok) return ctx.fail(ok.errorMessage());
    auto inputs = readDiagnosisInputs(store, req);
    if (!inputs) return ctx.fail(inputs.errorMessage());
    const DiagnosisResult r = diagnose(inputs.value());
    const DeclineSources& s = r.inputs.request.sources;
    ctx.info(CliContext::tr("Decline diagnosis %1 of %2 units: %3 qualify, %4 do not, %5 undetermined.")
                 .arg(r.year).arg(r.units.size()).arg(r.qualifies).arg(r.doesNotQualify).arg(r.undetermined));
    auto sourceLine = [&](const QString& what, const FieldRef& ref, int assessable) {
        ctx.info(ref.isNull() ? CliContext::tr("  %1: no data in the project (not assessable)").arg(what)
                              : CliContext::tr("  %1: %2, assessable for %3 units").arg(what, ref.text()).arg(assessable));
    };
    sourceLine(CliContext::tr("Population"), s.population, r.assessable[0]);
    sourceLine(CliContext::tr("Businesses"), s.businesses, r.assessable[1]);
    sourceLine(CliContext::tr("Buildings"), s.oldBuildingShare.isNull() ? s.oldBuildings : s.oldBuildingShare, r.assessable[2]);
    return finishRun(ctx, store, p, [&] { return saveDiagnosisRun(store, r, p.value(QStringLiteral("title"))); },
                     diagnosisJson(r));
}

int indexCmd(CliContext& ctx, ProjectStore& store, const QCommandLineParser& p, const Scenario& scenario)
{
    IndexRequest req;
    req.scenario = scenario;
    if (auto ok = regenIndexOptions(p, &req); !ok) return ctx.fail(ok.errorMessage());
    auto inputs = readIndexInputs(store, req);
    if (!inputs) return ctx.fail(inputs.errorMessage());
    const IndexResult r = computeIndices(inputs.value());
    ctx.info(CliContext::tr("Thematic indices over %1 units:").arg(r.inputs.units.size()));
    for (int i = 0; i < r.areas.size(); ++i) {
        int scored = 0;
        for (const UnitIndex& u : r.areas[i].units) scored += u.grade > 0 ? 1 : 0;
        QStringList unavailable;
        for (const IndicatorSpec& ind : r.inputs.request.spec.areas[i].indicators)
            for (const IndicatorValues& v : r.inputs.values)
                if (v.id == ind.id && !v.problem.isEmpty()) unavailable << ind.id;
        ctx.info(CliContext::tr("  %1: %2 units scored; %3 of %4 indicators unavailable%5")
                     .arg(indexAreaLabel(r.areas[i].area)).arg(scored).arg(unavailable.size())
                     .arg(r.inputs.request.spec.areas[i].indicators.size())
                     .arg(unavailable.isEmpty() ? QString() : QStringLiteral(" (") + unavailable.join(QStringLiteral(", ")) + QLatin1Char(')')));
    }
    return finishRun(ctx, store, p, [&] { return saveIndexRun(store, r, p.value(QStringLiteral("title"))); }, indexJson(r));
}

int forecastCmd(CliContext& ctx, ProjectStore& store, const QCommandLineParser& p, const Scenario& scenario)
{
    ForecastRequest req;
    req.scenario = scenario;
    if (auto ok = regenForecastOptions(p, &req); !ok) return ctx.fail(ok.errorMessage());
    auto inputs = readForecastInputs(store, req);
    if (!inputs) return ctx.fail(inputs.errorMessage());
    for (const QString& n : inputs->notes) ctx.info(n);
    auto run = runForecast(inputs.value(), ctx.progressPrinter(CliContext::tr("Forecast")));
    if (!run) return ctx.fail(run.errorMessage());
    const PanelForecast& f = run->forecast;
    ctx.info(CliContext::tr("Forecast of %1: %2 units, %3 steps, method %4 (%5 s).")
                 .arg(req.target.text()).arg(f.units.size()).arg(req.options.horizon)
                 .arg(forecastMethodName(f.chosen)).arg(run->seconds, 0, 'f', 2));
    for (const BacktestScore& s : f.methodScores)
        ctx.info(CliContext::tr("  backtest %1: MAPE %2 %, MASE %3 (%4 origins)")
                     .arg(forecastMethodName(s.method), -8).arg(s.mape, 0, 'f', 2).arg(s.mase, 0, 'f', 3).arg(s.origins));
    for (const QString& n : f.notes) ctx.info(n);
    if (p.isSet(QStringLiteral("out")))
        if (auto w = writeForecastCsv(run.value(), p.value(QStringLiteral("out"))); !w) return ctx.fail(w.errorMessage());
    return finishRun(ctx, store, p, [&] { return saveForecastRun(store, run.value(), p.value(QStringLiteral("title"))); },
                     forecastJson(run.value()));
}

int outlookCmd(CliContext& ctx, ProjectStore& store, const QCommandLineParser& p, const Scenario& scenario)
{
    DiagnosisRequest diag;
    diag.scenario = scenario;
    if (auto ok = regenDiagnosisOptions(p, &diag); !ok) return ctx.fail(ok.errorMessage());
    auto sources = resolveDeclineSources(store, diag.sources);
    if (!sources) return ctx.fail(sources.errorMessage());
    if (sources->population.isNull()) return ctx.fail(CliContext::tr("The project has no yearly population layer for the outlook."));
    ForecastRequest req;
    req.scenario = scenario;
    req.target = sources->population;
    req.options.horizon = 5;
    if (auto ok = regenForecastOptions(p, &req, /*needTarget=*/false); !ok) return ctx.fail(ok.errorMessage());
    req.target = sources->population;
    auto inputs = readForecastInputs(store, req);
    if (!inputs) return ctx.fail(inputs.errorMessage());
    auto history = readYearSeries(store, sources->population, scenario);
    if (!history) return ctx.fail(history.errorMessage());
    OutlookOptions opt;
    if (p.isSet(QStringLiteral("paths"))) opt.paths = qMax(100, p.value(QStringLiteral("paths")).toInt());
    auto run = runOutlook(inputs.value(), history.value(), diag.thresholds, opt, ctx.progressPrinter(CliContext::tr("Outlook")));
    if (!run) return ctx.fail(run.errorMessage());
    const QJsonObject json = outlookJson(run.value());
    ctx.info(CliContext::tr("Decline outlook over %1 years (%2): %3 of %4 units meet the population criterion now, %5 likely (≥ 50 %) to within the horizon.")
                 .arg(req.options.horizon).arg(forecastMethodName(run->forecast.forecast.chosen))
                 .arg(json.value(QStringLiteral("met_now")).toInt()).arg(run->units.size())
                 .arg(json.value(QStringLiteral("likely")).toInt()));
    return finishRun(ctx, store, p, [&] { return saveOutlookRun(store, run.value(), p.value(QStringLiteral("title"))); }, json);
}

int runsCmd(CliContext& ctx, const ProjectStore& store, const QCommandLineParser& p)
{
    QJsonArray runs;
    for (const RunInfo& r : store.runs()) {
        if (!r.kind.startsWith(QLatin1String("regen."))) continue;
        runs.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("title"), r.title},
                                {QStringLiteral("model"), r.model}, {QStringLiteral("created"), r.created},
                                {QStringLiteral("fingerprint"), r.fingerprint},
                                {QStringLiteral("layers"), QJsonArray::fromStringList(r.resultLayers)}});
        if (!p.isSet(QStringLiteral("json")))
            ctx.print(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(r.id).arg(r.kind, r.title, r.created, r.resultLayers.join(QLatin1Char(','))));
    }
    if (p.isSet(QStringLiteral("json"))) ctx.printJson(QJsonObject{{QStringLiteral("runs"), runs}});
    return 0;
}

int compareCmd(CliContext& ctx, const ProjectStore& store, const QCommandLineParser& p)
{
    const QStringList pos = p.positionalArguments();
    bool okA = false, okB = false;
    const qint64 a = pos.value(2).toLongLong(&okA), b = pos.value(3).toLongLong(&okB);
    if (pos.size() != 4 || !okA || !okB) return ctx.fail(CliContext::tr("compare needs two run ids: dosi-cli regen P.dosi compare A B"));
    auto c = compareRuns(store, a, b);
    if (!c) return ctx.fail(c.errorMessage());
    ctx.info(CliContext::tr("Runs %1 (%2) and %3 (%4): %5 of %6 units differ.")
                 .arg(a).arg(c->a.title).arg(b).arg(c->b.title).arg(c->changedUnits).arg(c->units.size()));
    if (p.isSet(QStringLiteral("out")))
        if (auto w = writeComparisonCsv(c.value(), p.value(QStringLiteral("out"))); !w) return ctx.fail(w.errorMessage());
    if (p.isSet(QStringLiteral("json"))) ctx.printJson(comparisonJson(c.value()));
    return 0;
}

}  // namespace

int cmdRegen(CliContext& ctx)
{
    QCommandLineParser p;
    addRegenOptions(p);
    const QString usage = regenUsage();
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2) return ctx.fail(CliContext::tr("regen needs a project and a model (usage: %1)").arg(usage));
    const QString sub = pos[1];
    const QStringList known{QStringLiteral("diagnose"), QStringLiteral("index"), QStringLiteral("forecast"),
                            QStringLiteral("outlook"), QStringLiteral("runs"), QStringLiteral("compare")};
    if (!known.contains(sub))
        return ctx.fail(CliContext::tr("Unknown regen model \"%1\"; use one of %2.").arg(sub, known.join(QStringLiteral(", "))));
    if (sub != QLatin1String("compare") && pos.size() != 2)
        return ctx.fail(CliContext::tr("Unexpected argument \"%1\" (usage: %2)").arg(pos[2], usage));

    const bool readOnly = sub == QLatin1String("runs") || sub == QLatin1String("compare") || p.isSet(QStringLiteral("no-save"));
    auto opened = readOnly ? ctx.openProjectToRead(pos[0]) : ctx.openProject(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    if (sub == QLatin1String("runs")) return runsCmd(ctx, store, p);
    if (sub == QLatin1String("compare")) return compareCmd(ctx, store, p);

    auto scenario = regenScenario(p);
    if (!scenario) return ctx.fail(scenario.errorMessage());
    if (!scenario->isBaseline())
        for (const Adjustment& a : scenario->adjustments) ctx.info(CliContext::tr("Scenario: %1").arg(a.describe()));
    if (sub == QLatin1String("diagnose")) return diagnoseCmd(ctx, store, p, scenario.value());
    if (sub == QLatin1String("index")) return indexCmd(ctx, store, p, scenario.value());
    if (sub == QLatin1String("forecast")) return forecastCmd(ctx, store, p, scenario.value());
    return outlookCmd(ctx, store, p, scenario.value());
}

}  // namespace dosi::cli
