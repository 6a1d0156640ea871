// Options of `dosi-cli regen` turned into model requests (RegenOptions.h).

#include "RegenOptions.h"

#include "CliContext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dosi::cli {

using namespace dosi::models;

namespace {

Result<QJsonObject> readJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(CliContext::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        // Line of the offset, for the error message.
        f.seek(0);
        const QByteArray head = f.read(err.offset);
        const int line = int(head.count('\n')) + 1;
        return makeError(CliContext::tr("%1, line %2: not valid JSON (%3).").arg(path).arg(line).arg(err.errorString()));
    }
    if (!doc.isObject()) return makeError(CliContext::tr("%1: expected a JSON object.").arg(path));
    return doc.object();
}

Result<FieldRef> refOption(const QCommandLineParser& p, const QString& name)
{
    FieldRef ref;
    if (!p.isSet(name)) return ref;
    if (!FieldRef::parse(p.value(name), &ref))
        return makeError(CliContext::tr("--%1 must be LAYER.FIELD, not \"%2\".").arg(name, p.value(name)));
    return ref;
}

}  // namespace

void addRegenOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the results as one JSON object")});
    p.addOption({QStringLiteral("no-save"), QStringLiteral("Do not store the run in the project")});
    p.addOption({QStringLiteral("title"), QStringLiteral("Title of the stored run"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Write a CSV (forecast: unit,time,value,lo,hi)"), QStringLiteral("FILE")});
    // diagnosis
    p.addOption({QStringLiteral("population"), QStringLiteral("Yearly population"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("businesses"), QStringLiteral("Yearly business counts"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("buildings"), QStringLiteral("Share of old buildings"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("old-buildings"), QStringLiteral("Count of old buildings"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("all-buildings"), QStringLiteral("Count of all buildings"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("threshold"), QStringLiteral("A threshold, e.g. pop_peak_drop=0.2"), QStringLiteral("KEY=VALUE")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("Last year of the assessment"), QStringLiteral("YEAR")});
    // index
    p.addOption({QStringLiteral("spec"), QStringLiteral("Index specification (JSON)"), QStringLiteral("FILE")});
    // forecast
    p.addOption({QStringLiteral("layer"), QStringLiteral("Measure layer to forecast"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("field"), QStringLiteral("Field (or a+b) to forecast"), QStringLiteral("FIELD")});
    p.addOption({QStringLiteral("horizon"), QStringLiteral("Steps ahead"), QStringLiteral("N")});
    p.addOption({QStringLiteral("method"), QStringLiteral("auto, naive, snaive, linear, ets or boosted"), QStringLiteral("METHOD"),
                 QStringLiteral("auto")});
    p.addOption({QStringLiteral("level"), QStringLiteral("Prediction interval level"), QStringLiteral("P")});
    p.addOption({QStringLiteral("origins"), QStringLiteral("Backtest origins"), QStringLiteral("N")});
    p.addOption({QStringLiteral("origin-step"), QStringLiteral("Steps between backtest origins"), QStringLiteral("N")});
    p.addOption({QStringLiteral("units"), QStringLiteral("Units, comma-separated"), QStringLiteral("CODES")});
    p.addOption({QStringLiteral("paths"), QStringLiteral("Outlook: simulated paths"), QStringLiteral("N")});
    // scenario
    p.addOption({QStringLiteral("scenario"), QStringLiteral("What-if scenario (JSON)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("scenario-name"), QStringLiteral("Name of the what-if scenario"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("add"), QStringLiteral("What-if: add VALUE from FROM on"), QStringLiteral("LAYER.FIELD=VALUE[@FROM]")});
    p.addOption({QStringLiteral("scale"), QStringLiteral("What-if: multiply by FACTOR from FROM on"), QStringLiteral("LAYER.FIELD=FACTOR[@FROM]")});
}

QString regenUsage()
{
    return QStringLiteral(
        "dosi-cli regen P.dosi diagnose [--population L.F] [--businesses L.F] [--buildings L.F | --old-buildings L.F --all-buildings L.F]"
        " [--threshold KEY=VALUE]... [--as-of YEAR] | index [--spec FILE.json] | forecast --layer L --field F --horizon H"
        " [--method auto|naive|snaive|linear|ets|boosted] [--level 0.8] [--origins N] [--units A,B] [--out FILE.csv]"
        " | outlook [--horizon YEARS] [--paths N] | runs | compare A B [--out FILE.csv]"
        "  (what-if: --scenario FILE.json | --add L.F=V[@FROM] --scale L.F=X[@FROM] --units A,B --scenario-name NAME;"
        " --title T, --no-save, --json)");
}

Result<void> regenDiagnosisOptions(const QCommandLineParser& p, DiagnosisRequest* req)
{
    const QStringList names{QStringLiteral("population"), QStringLiteral("businesses"), QStringLiteral("buildings"),
                            QStringLiteral("old-buildings"), QStringLiteral("all-buildings")};
    FieldRef* targets[] = {&req->sources.population, &req->sources.businesses, &req->sources.oldBuildingShare,
                           &req->sources.oldBuildings, &req->sources.allBuildings};
    for (int i = 0; i < names.size(); ++i) {
        auto r = refOption(p, names[i]);
        if (!r) return r.error();
        *targets[i] = r.value();
    }
    QJsonObject t = req->thresholds.toJson();
    for (const QString& kv : p.values(QStringLiteral("threshold"))) {
        const int eq = int(kv.indexOf(QLatin1Char('=')));
        const QString key = kv.left(eq).trimmed();
        if (eq <= 0 || !t.contains(key))
            return makeError(CliContext::tr("--threshold must be KEY=VALUE with KEY one of %1, not \"%2\".")
                                 .arg(t.keys().join(QStringLiteral(", ")), kv));
        const QString value = kv.mid(eq + 1).trimmed();
        if (t.value(key).isBool()) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return makeError(CliContext::tr("--threshold %1 must be true or false, not \"%2\".").arg(key, value));
            t.insert(key, value == QLatin1String("true"));
            continue;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < 0) return makeError(CliContext::tr("--threshold %1 must be a number ≥ 0, not \"%2\".").arg(key, value));
        t.insert(key, v);
    }
    req->thresholds = DeclineThresholds::fromJson(t);
    if (p.isSet(QStringLiteral("as-of"))) {
        bool ok = false;
        req->asOfYear = p.value(QStringLiteral("as-of")).toInt(&ok);
        if (!ok || req->asOfYear < 1900) return makeError(CliContext::tr("--as-of must be a year, not \"%1\".").arg(p.value(QStringLiteral("as-of"))));
    }
    return {};
}

Result<void> regenIndexOptions(const QCommandLineParser& p, IndexRequest* req)
{
    if (!p.isSet(QStringLiteral("spec"))) return {};
    auto json = readJsonFile(p.value(QStringLiteral("spec")));
    if (!json) return json.error();
    req->spec = IndexSpec::fromJson(json.value());
    if (req->spec.areas.isEmpty())
        return makeError(CliContext::tr("%1: the index specification names no area.").arg(p.value(QStringLiteral("spec"))));
    return {};
}

Result<void> regenForecastOptions(const QCommandLineParser& p, ForecastRequest* req, bool needTarget)
{
    if (needTarget) {
        if (!p.isSet(QStringLiteral("layer")) || !p.isSet(QStringLiteral("field")) || !p.isSet(QStringLiteral("horizon")))
            return makeError(CliContext::tr("forecast needs --layer, --field and --horizon."));
        req->target = FieldRef{p.value(QStringLiteral("layer")), p.value(QStringLiteral("field"))};
    }
    auto intOption = [&p](const QString& name, int min, int* out) -> Result<void> {
        if (!p.isSet(name)) return {};
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < min) return makeError(CliContext::tr("--%1 must be a whole number ≥ %2, not \"%3\".").arg(name).arg(min).arg(p.value(name)));
        *out = v;
        return {};
    };
    if (auto r = intOption(QStringLiteral("horizon"), 1, &req->options.horizon); !r) return r;
    if (auto r = intOption(QStringLiteral("origins"), 1, &req->options.origins); !r) return r;
    if (auto r = intOption(QStringLiteral("origin-step"), 1, &req->options.originStep); !r) return r;
    if (!forecastMethodFromName(p.value(QStringLiteral("method")), &req->options.method))
        return makeError(CliContext::tr("--method must be one of %1, not \"%2\".")
                             .arg(forecastMethodNames().join(QStringLiteral(", ")), p.value(QStringLiteral("method"))));
    if (p.isSet(QStringLiteral("level"))) {
        bool ok = false;
        req->options.level = p.value(QStringLiteral("level")).toDouble(&ok);
        if (!ok || req->options.level <= 0 || req->options.level >= 1)
            return makeError(CliContext::tr("--level must be between 0 and 1 (e.g. 0.8), not \"%1\".").arg(p.value(QStringLiteral("level"))));
    }
    if (p.isSet(QStringLiteral("units")))
        for (const QString& u : p.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts)) req->units.append(u.trimmed());
    return {};
}

Result<Scenario> regenScenario(const QCommandLineParser& p)
{
    Scenario s;
    if (p.isSet(QStringLiteral("scenario"))) {
        auto json = readJsonFile(p.value(QStringLiteral("scenario")));
        if (!json) return json.error();
        s = Scenario::fromJson(json.value());
    }
    QStringList units;
    if (p.isSet(QStringLiteral("units")))
        for (const QString& u : p.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts)) units.append(u.trimmed());
    const QStringList opNames{QStringLiteral("add"), QStringLiteral("scale")};
    for (const QString& opName : opNames) {
        for (const QString& text : p.values(opName)) {
            // LAYER.FIELD=VALUE[@FROM]
            const int eq = int(text.indexOf(QLatin1Char('=')));
            FieldRef ref;
            if (eq <= 0 || !FieldRef::parse(text.left(eq), &ref))
                return makeError(CliContext::tr("--%1 must be LAYER.FIELD=VALUE[@FROM], not \"%2\".").arg(opName, text));
            QString rest = text.mid(eq + 1);
            QString from;
            if (const int at = int(rest.indexOf(QLatin1Char('@'))); at >= 0) {
                from = rest.mid(at + 1).trimmed();
                rest = rest.left(at);
            }
            bool ok = false;
            Adjustment a;
            a.layer = ref.layer;
            a.field = ref.field;
            a.units = units;
            a.fromTime = from;
            a.op = opName == QLatin1String("add") ? Adjustment::Op::Add : Adjustment::Op::Scale;
            a.value = rest.trimmed().toDouble(&ok);
            if (!ok) return makeError(CliContext::tr("--%1: \"%2\" is not a number.").arg(opName, rest));
            s.adjustments.append(a);
        }
    }
    if (p.isSet(QStringLiteral("scenario-name"))) s.name = p.value(QStringLiteral("scenario-name"));
    if (!s.isBaseline() && s.name.isEmpty()) s.name = CliContext::tr("What-if");
    return s;
}

}  // namespace dosi::cli
