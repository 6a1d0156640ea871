// Regeneration runs: forecasts and the decline outlook (RegenRun.h).

#include "dosi/models/RegenRun.h"

#include "RegenStore.h"
#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSaveFile>
#include <cmath>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenRun)
};

QJsonValue num(double v) { return hasValue(v) && std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QJsonObject scoreJson(const BacktestScore& s)
{
    return {{QStringLiteral("method"), forecastMethodName(s.method)},
            {QStringLiteral("mape"), num(s.mape)},
            {QStringLiteral("mase"), num(s.mase)},
            {QStringLiteral("rmse"), num(s.rmse)},
            {QStringLiteral("origins"), s.origins},
            {QStringLiteral("points"), s.points}};
}

// A CSV field: quoted when it holds a comma, quote or line break.
QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString csvNumber(double v) { return hasValue(v) && std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); }

}  // namespace

QJsonObject ForecastRequest::toJson() const
{
    QJsonArray u;
    for (const QString& x : units) u.append(x);
    return {{QStringLiteral("layer"), target.layer},
            {QStringLiteral("field"), target.field},
            {QStringLiteral("units"), u},
            {QStringLiteral("method"), forecastMethodName(options.method)},
            {QStringLiteral("horizon"), options.horizon},
            {QStringLiteral("level"), options.level},
            {QStringLiteral("origins"), options.origins},
            {QStringLiteral("origin_step"), options.originStep},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("scenario"), scenario.toJson()}};
}

ForecastRequest ForecastRequest::fromJson(const QJsonObject& o)
{
    ForecastRequest r;
    r.target = FieldRef{o.value(QStringLiteral("layer")).toString(), o.value(QStringLiteral("field")).toString()};
    for (const auto& v : o.value(QStringLiteral("units")).toArray()) r.units.append(v.toString());
    forecastMethodFromName(o.value(QStringLiteral("method")).toString(), &r.options.method);
    r.options.horizon = o.value(QStringLiteral("horizon")).toInt(1);
    r.options.level = o.value(QStringLiteral("level")).toDouble(0.8);
    r.options.origins = o.value(QStringLiteral("origins")).toInt(4);
    r.options.originStep = o.value(QStringLiteral("origin_step")).toInt(0);
    r.options.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    r.scenario = Scenario::fromJson(o.value(QStringLiteral("scenario")).toObject());
    return r;
}

Result<ForecastInputs> readForecastInputs(const ProjectStore& store, const ForecastRequest& request)
{
    ForecastInputs in;
    in.request = request;
    if (request.options.horizon < 1) return makeError(Tr::tr("The forecast horizon must be at least 1 step."));
    if (!(request.options.level > 0 && request.options.level < 1))
        return makeError(Tr::tr("The interval level must be between 0 and 1 (e.g. 0.8)."));
    auto panel = readPanel(store, request.target, request.units, request.scenario, &in.notes);
    if (!panel) return panel.error();
    in.panel = panel.value();
    if (!request.units.isEmpty()) {
        QStringList unknown;
        for (const QString& u : request.units) {
            bool found = false;
            for (const UnitSeries& s : in.panel.units) found = found || s.unit == u;
            if (!found) unknown.append(u);
        }
        if (!unknown.isEmpty())
            return makeError(Tr::tr("Layer \"%1\" has no unit %2.").arg(request.target.layer, unknown.join(QStringLiteral(", "))));
    }
    in.geometryLayer = detail::geometryLayerOf(store, request.target.layer);
    in.names = unitNames(store, request.target.layer);
    detail::Fingerprint fp;
    ForecastRequest r = request;
    fp.add(r.toJson());
    for (const QString& t : in.panel.times) fp.add(t);
    for (const UnitSeries& s : in.panel.units) {
        fp.add(s.unit);
        for (double v : s.values) fp.add(v);
    }
    in.fingerprint = fp.hex();
    return in;
}

Result<ForecastRun> runForecast(const ForecastInputs& inputs, const std::function<bool(int, int)>& progress)
{
    ForecastRun run;
    run.inputs = inputs;
    ForecastOptions opt = inputs.request.options;
    opt.progress = progress;
    QElapsedTimer timer;
    timer.start();
    auto f = forecastPanel(inputs.panel, opt);
    if (!f) return f.error();
    run.forecast = f.value();
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

QJsonObject forecastJson(const ForecastRun& r, bool perUnit)
{
    QJsonArray scores;
    for (const BacktestScore& s : r.forecast.methodScores) scores.append(scoreJson(s));
    QJsonArray notes;
    for (const QString& n : r.inputs.notes + r.forecast.notes) notes.append(n);
    const ForecastRequest& q = r.inputs.request;
    QJsonObject o{{QStringLiteral("model"), QStringLiteral("forecast")},
                  {QStringLiteral("layer"), q.target.layer},
                  {QStringLiteral("field"), q.target.field},
                  {QStringLiteral("time_kind"), timeKindName(r.inputs.panel.kind)},
                  {QStringLiteral("history"), QJsonObject{{QStringLiteral("first"), r.inputs.panel.times.value(0)},
                                                          {QStringLiteral("last"), r.inputs.panel.times.isEmpty() ? QString() : r.inputs.panel.times.last()},
                                                          {QStringLiteral("steps"), int(r.inputs.panel.times.size())}}},
                  {QStringLiteral("horizon"), q.options.horizon},
                  {QStringLiteral("level"), q.options.level},
                  {QStringLiteral("requested"), forecastMethodName(r.forecast.requested)},
                  {QStringLiteral("method"), forecastMethodName(r.forecast.chosen)},
                  {QStringLiteral("backtest"), scores},
                  {QStringLiteral("units"), int(r.forecast.units.size())},
                  {QStringLiteral("seconds"), r.seconds},
                  {QStringLiteral("estimated"), true},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("fingerprint"), r.inputs.fingerprint}};
    if (!q.scenario.isBaseline()) o.insert(QStringLiteral("scenario"), q.scenario.toJson());
    if (perUnit) {
        QJsonArray units;
        for (const UnitForecast& u : r.forecast.units) {
            QJsonArray pts;
            for (const ForecastPoint& p : u.points)
                pts.append(QJsonObject{{QStringLiteral("time"), p.time}, {QStringLiteral("value"), num(p.value)},
                                       {QStringLiteral("lo"), num(p.lo)}, {QStringLiteral("hi"), num(p.hi)}});
            QJsonObject uo{{QStringLiteral("unit"), u.unit},
                           {QStringLiteral("name"), r.inputs.names.value(u.unit)},
                           {QStringLiteral("method"), forecastMethodName(u.method)},
                           {QStringLiteral("mape"), num(u.backtest.mape)},
                           {QStringLiteral("mase"), num(u.backtest.mase)},
                           {QStringLiteral("points"), pts}};
            if (!u.note.isEmpty()) uo.insert(QStringLiteral("note"), u.note);
            units.append(uo);
        }
        o.insert(QStringLiteral("results"), units);
    }
    return o;
}

Result<void> writeForecastCsv(const ForecastRun& r, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return makeError(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    QByteArray out("unit,time,value,lo,hi\n");
    for (const UnitForecast& u : r.forecast.units)
        for (const ForecastPoint& p : u.points)
            out += (csvField(u.unit) + QLatin1Char(',') + csvField(p.time) + QLatin1Char(',') + csvNumber(p.value) +
                    QLatin1Char(',') + csvNumber(p.lo) + QLatin1Char(',') + csvNumber(p.hi) + QLatin1Char('\n')).toUtf8();
    f.write(out);
    if (!f.commit()) return makeError(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<qint64> saveForecastRun(ProjectStore& store, const ForecastRun& r, const QString& title)
{
    const ForecastRequest& q = r.inputs.request;
    detail::ResultLayer layer;
    layer.info.name = detail::freeLayerName(store, QStringLiteral("forecast"));
    layer.info.kind = LayerKind::Measure;
    layer.info.title = title.isEmpty() ? detail::titleWithScenario(Tr::tr("Forecast of %1 (%2)").arg(q.target.text(), forecastMethodLabel(r.forecast.chosen)), q.scenario) : title;
    layer.info.geometryLayer = r.inputs.geometryLayer;
    layer.info.timeKind = r.inputs.panel.kind;
    layer.info.estimated = true;
    layer.info.source = QStringLiteral("regen.forecast");
    const int pct = int(std::lround(q.options.level * 100));
    layer.info.fields = {FieldInfo{QStringLiteral("value"), FieldType::Real, Tr::tr("Forecast (estimated)")},
                         FieldInfo{QStringLiteral("lo"), FieldType::Real, Tr::tr("Lower bound of the %1 % interval").arg(pct)},
                         FieldInfo{QStringLiteral("hi"), FieldType::Real, Tr::tr("Upper bound of the %1 % interval").arg(pct)}};
    layer.table.fields = {QStringLiteral("value"), QStringLiteral("lo"), QStringLiteral("hi")};
    layer.table.columns.resize(3);
    QJsonObject details;
    for (const UnitForecast& u : r.forecast.units) {
        for (const ForecastPoint& p : u.points) layer.table.addRow(u.unit, p.time, {p.value, p.lo, p.hi});
        QJsonObject d{{QStringLiteral("method"), forecastMethodName(u.method)},
                      {QStringLiteral("backtest"), scoreJson(u.backtest)}};
        if (!u.note.isEmpty()) d.insert(QStringLiteral("note"), u.note);
        details.insert(u.unit, d);
    }
    const RunInfo run = detail::regenRunInfo(QStringLiteral("regen.forecast"), forecastMethodName(r.forecast.chosen), q.toJson(), r.inputs.fingerprint,
                                             forecastJson(r, false), details, title, q.scenario);
    return detail::storeRun(store, run, {layer});
}

// ---- Decline outlook --------------------------------------------------------------------------

Result<OutlookRun> runOutlook(const ForecastInputs& populationInputs, const QMap<QString, YearSeries>& history,
                              const DeclineThresholds& t, const OutlookOptions& opt,
                              const std::function<bool(int, int)>& progress)
{
    if (populationInputs.panel.kind != TimeKind::Year)
        return makeError(Tr::tr("The decline outlook needs a yearly population layer."));
    auto f = runForecast(populationInputs, progress);
    if (!f) return f.error();
    OutlookRun out;
    out.forecast = f.value();
    out.thresholds = t;
    out.options = opt;
    out.options.level = populationInputs.request.options.level;
    out.history = history;
    for (const UnitForecast& u : out.forecast.forecast.units)
        out.units.append(populationOutlook(history.value(u.unit), u, t, out.options));
    return out;
}

QJsonObject outlookJson(const OutlookRun& r, bool perUnit)
{
    int likely = 0, metNow = 0;
    for (const UnitOutlook& u : r.units) {
        likely += (hasValue(u.probability) && u.probability >= 0.5) ? 1 : 0;
        metNow += u.metNow ? 1 : 0;
    }
    QJsonArray assumptions;
    for (const QString& a : outlookAssumptions(r.options)) assumptions.append(a);
    QJsonObject o{{QStringLiteral("model"), QStringLiteral("decline-outlook")},
                  {QStringLiteral("horizon"), r.forecast.inputs.request.options.horizon},
                  {QStringLiteral("method"), forecastMethodName(r.forecast.forecast.chosen)},
                  {QStringLiteral("units"), int(r.units.size())},
                  {QStringLiteral("met_now"), metNow},
                  {QStringLiteral("likely"), likely},
                  {QStringLiteral("paths"), r.options.paths},
                  {QStringLiteral("assumptions"), assumptions},
                  {QStringLiteral("thresholds"), r.thresholds.toJson()},
                  {QStringLiteral("forecast"), forecastJson(r.forecast, false)},
                  {QStringLiteral("estimated"), true}};
    if (perUnit) {
        QJsonArray units;
        for (const UnitOutlook& u : r.units) {
            QJsonObject uo{{QStringLiteral("unit"), u.unit},
                           {QStringLiteral("name"), r.forecast.inputs.names.value(u.unit)},
                           {QStringLiteral("probability"), num(u.probability)},
                           {QStringLiteral("met_now"), u.metNow},
                           {QStringLiteral("first_likely_year"), u.firstLikelyYear}};
            if (!u.note.isEmpty()) uo.insert(QStringLiteral("note"), u.note);
            units.append(uo);
        }
        o.insert(QStringLiteral("results"), units);
    }
    return o;
}

Result<qint64> saveOutlookRun(ProjectStore& store, const OutlookRun& r, const QString& title)
{
    const ForecastRequest& q = r.forecast.inputs.request;
    detail::ResultLayer layer;
    layer.info.name = detail::freeLayerName(store, QStringLiteral("outlook"));
    layer.info.kind = LayerKind::Measure;
    layer.info.title = title.isEmpty() ? detail::titleWithScenario(Tr::tr("Decline outlook: chance of meeting the population criterion"), q.scenario) : title;
    layer.info.geometryLayer = r.forecast.inputs.geometryLayer;
    layer.info.estimated = true;
    layer.info.source = QStringLiteral("regen.outlook");
    layer.info.fields = {FieldInfo{QStringLiteral("probability"), FieldType::Real,
                                   Tr::tr("Chance of meeting the population criterion within %n year(s) (estimated)", nullptr, q.options.horizon)},
                         FieldInfo{QStringLiteral("met_now"), FieldType::Real, Tr::tr("Criterion met already (1 yes, 0 no)")}};
    layer.table.fields = {QStringLiteral("probability"), QStringLiteral("met_now")};
    layer.table.columns.resize(2);
    QJsonObject details;
    for (const UnitOutlook& u : r.units) {
        layer.table.addRow(u.unit, QString(), {u.probability, u.metNow ? 1.0 : 0.0});
        details.insert(u.unit, QJsonObject{{QStringLiteral("first_likely_year"), u.firstLikelyYear}, {QStringLiteral("note"), u.note}});
    }
    QJsonObject params = q.toJson();
    params.insert(QStringLiteral("thresholds"), r.thresholds.toJson());
    params.insert(QStringLiteral("paths"), r.options.paths);
    params.insert(QStringLiteral("outlook_seed"), QString::number(r.options.seed));
    const RunInfo run = detail::regenRunInfo(QStringLiteral("regen.outlook"), QStringLiteral("decline-outlook"), params, r.forecast.inputs.fingerprint,
                                             outlookJson(r, false), details, title, q.scenario);
    return detail::storeRun(store, run, {layer});
}

}  // namespace dosi::models
