// Report section: one part per model run with its parameters, measured accuracy, result tables,
// result map and charts (regeneration, location analysis, gravity estimates).
#include "ReportSections.h"

#include "ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <cmath>

namespace dosi::models::report {

namespace {

QString jsonText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? ReportTr::tr("yes") : ReportTr::tr("no");
    case QJsonValue::Double: return formatNumber(v.toDouble());
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("–");
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        QStringList parts;
        for (const QJsonValue& x : a) {
            if (x.isObject() || x.isArray()) return ReportTr::tr("%n item(s)", nullptr, int(a.size()));
            parts << jsonText(x);
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: break;
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// key: value rows, nested objects flattened one level ("thresholds.pop_peak_drop").
TableBlock keyValues(const QString& title, const QJsonObject& o, const QStringList& skip = {})
{
    TableBlock t;
    t.title = title;
    t.columns = {ReportTr::tr("Name"), ReportTr::tr("Value")};
    t.widths = {0.40, 0.60};
    t.rightAligned = {false, false};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (skip.contains(it.key())) continue;
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt) {
                if (jt.value().isObject() && jt.value().toObject().isEmpty()) continue;
                QString s = jsonText(jt.value());
                if (s.size() > 90) s = s.left(88) + QStringLiteral("…");
                t.rows.append({it.key() + QLatin1Char('.') + jt.key(), s});
            }
            continue;
        }
        QString s = jsonText(it.value());
        if (s.size() > 90) s = s.left(88) + QStringLiteral("…");
        t.rows.append({it.key(), s});
    }
    return t;
}

QString kindTitle(const RunInfo& r)
{
    if (r.kind == QLatin1String("regen.diagnose")) return ReportTr::tr("Decline diagnosis");
    if (r.kind == QLatin1String("regen.index")) return ReportTr::tr("Thematic indices");
    if (r.kind == QLatin1String("regen.forecast")) return ReportTr::tr("Forecast");
    if (r.kind == QLatin1String("regen.outlook")) return ReportTr::tr("Decline outlook");
    if (r.kind == QLatin1String("estimate.gravity")) return ReportTr::tr("Gravity model estimate");
    if (r.kind.startsWith(QLatin1String("locate."))) return ReportTr::tr("Location analysis (%1)").arg(r.model.toUpper());
    return r.kind;
}

// The backtest table and chart of a forecast (metrics "backtest": per method MAPE, MASE, RMSE).
void forecastAccuracy(const QJsonObject& forecast, QVector<Block>& out)
{
    const QJsonArray bt = forecast.value(QStringLiteral("backtest")).toArray();
    if (bt.isEmpty()) return;
    TableBlock t;
    t.title = ReportTr::tr("Measured accuracy (backtest on held-out years)");
    t.columns = {ReportTr::tr("Method"), ReportTr::tr("Origins"), ReportTr::tr("Points"), ReportTr::tr("MAPE (%)"), ReportTr::tr("MASE"), ReportTr::tr("RMSE")};
    t.widths = {0.25, 0.13, 0.13, 0.16, 0.16, 0.17};
    ChartBlock c;
    c.title = ReportTr::tr("Backtest error by method (MAPE, %)");
    c.bars = true;
    c.heightMm = 55;
    c.series.append({ReportTr::tr("MAPE (%)"), {}, QColor(0x25, 0x6d, 0xb4)});
    for (const QJsonValue& v : bt) {
        const QJsonObject m = v.toObject();
        const QString method = m.value(QStringLiteral("method")).toString();
        t.rows.append({method, formatNumber(m.value(QStringLiteral("origins")).toDouble()), formatNumber(m.value(QStringLiteral("points")).toDouble()),
                       formatNumber(m.value(QStringLiteral("mape")).toDouble(), 2), formatNumber(m.value(QStringLiteral("mase")).toDouble(), 3),
                       formatNumber(m.value(QStringLiteral("rmse")).toDouble(), 1)});
        c.xLabels << method;
        c.series[0].values << m.value(QStringLiteral("mape")).toDouble();
    }
    t.note = ReportTr::tr("Chosen method: %1. MAPE: mean absolute percentage error; MASE: mean absolute scaled error (below 1 beats the "
                          "naive forecast); RMSE: root mean squared error.")
                 .arg(forecast.value(QStringLiteral("method")).toString());
    out << tableBlock(t) << chartBlock(c);
}

void locationResults(const RunInfo& r, QVector<Block>& out)
{
    const QJsonObject m = r.metrics;
    TableBlock s;
    s.title = ReportTr::tr("Result");
    s.columns = {ReportTr::tr("Figure"), ReportTr::tr("Value")};
    s.widths = {0.5, 0.5};
    const double total = m.value(QStringLiteral("total_demand")).toDouble();
    const double covered = m.value(QStringLiteral("covered_demand")).toDouble();
    s.rows.append({ReportTr::tr("Model"), m.value(QStringLiteral("model")).toString().toUpper()});
    s.rows.append({ReportTr::tr("New sites"), formatNumber(m.value(QStringLiteral("new_sites")).toArray().size())});
    s.rows.append({ReportTr::tr("Existing sites kept"), formatNumber(m.value(QStringLiteral("existing")).toDouble())});
    if (m.contains(QStringLiteral("radius")))
        s.rows.append({ReportTr::tr("Coverage radius / time"), formatNumber(m.value(QStringLiteral("radius")).toDouble()) + QLatin1Char(' ')
                                                                   + m.value(QStringLiteral("cost_unit")).toString()});
    s.rows.append({ReportTr::tr("Objective"), formatNumber(m.value(QStringLiteral("objective")).toDouble())});
    if (total > 0) s.rows.append({ReportTr::tr("Demand covered"), QStringLiteral("%1 / %2 (%3)").arg(formatNumber(covered), formatNumber(total), formatPercent(covered / total))});
    s.rows.append({ReportTr::tr("Demand units covered"), QStringLiteral("%1 / %2").arg(formatNumber(m.value(QStringLiteral("covered_units")).toDouble()),
                                                                                    formatNumber(m.value(QStringLiteral("total_units")).toDouble()))});
    s.rows.append({ReportTr::tr("Mean cost to the nearest site"), formatNumber(m.value(QStringLiteral("mean_cost")).toDouble())});
    s.rows.append({ReportTr::tr("Proven optimal"), m.value(QStringLiteral("optimal")).toBool() ? ReportTr::tr("yes") : ReportTr::tr("no")});
    s.rows.append({ReportTr::tr("Gap to the bound"), formatPercent(m.value(QStringLiteral("gap")).toDouble(), 2)});
    s.rows.append({ReportTr::tr("Method"), m.value(QStringLiteral("method")).toString()});
    s.rows.append({ReportTr::tr("Solve time (s)"), formatNumber(m.value(QStringLiteral("seconds")).toDouble(), 2)});
    QStringList notes;
    for (const QJsonValue& v : m.value(QStringLiteral("notes")).toArray()) notes << v.toString();
    s.note = notes.join(QLatin1Char(' '));
    out << tableBlock(s);

    const QJsonArray sites = r.details.value(QStringLiteral("sites")).toArray();
    if (!sites.isEmpty()) {
        TableBlock t;
        t.title = ReportTr::tr("Sites");
        t.columns = {ReportTr::tr("Site"), ReportTr::tr("Status"), ReportTr::tr("Demand served"), ReportTr::tr("Units served"), ReportTr::tr("x (EPSG:5179)"), ReportTr::tr("y (EPSG:5179)")};
        t.widths = {0.24, 0.12, 0.18, 0.14, 0.16, 0.16};
        t.rightAligned = {false, false, true, true, true, true};
        for (const QJsonValue& v : sites) {
            const QJsonObject o = v.toObject();
            const bool isNew = o.value(QStringLiteral("status")).toString() == QLatin1String("new");
            t.rows.append({o.value(QStringLiteral("name")).toString(), isNew ? ReportTr::tr("new") : ReportTr::tr("existing"),
                           formatNumber(o.value(QStringLiteral("served_demand")).toDouble(), 0), formatNumber(o.value(QStringLiteral("served_units")).toDouble()),
                           formatNumber(o.value(QStringLiteral("x")).toDouble(), 0), formatNumber(o.value(QStringLiteral("y")).toDouble(), 0)});
        }
        out << tableBlock(t);
    }
    const QJsonArray curve = m.value(QStringLiteral("curve")).toArray();
    if (curve.size() > 1 && total > 0) {
        ChartBlock c;
        c.title = ReportTr::tr("Coverage by number of new sites");
        c.yTitle = ReportTr::tr("Demand covered (%)");
        c.heightMm = 60;
        c.series.append({ReportTr::tr("Demand covered (%)"), {}, QColor(0x1a, 0x98, 0x50)});
        for (const QJsonValue& v : curve) {
            const QJsonObject o = v.toObject();
            c.xLabels << QString::number(o.value(QStringLiteral("p")).toInt());
            c.series[0].values << 100.0 * o.value(QStringLiteral("covered_demand")).toDouble() / total;
        }
        c.labelEvery = std::max(1, int(curve.size()) / 15);
        out << chartBlock(c);
    }
}

// The result map of a run: which layer and field, or empty.
gis::ThematicSpec resultMapSpec(const ProjectStore& store, const RunInfo& r)
{
    gis::ThematicSpec s;
    auto pick = [&](const QString& prefix, const QString& field, const QString& time) {
        for (const QString& l : r.resultLayers)
            if (l.startsWith(prefix) && store.hasLayer(l)) {
                s.layer = l;
                s.field = field;
                s.time = time;
                return;
            }
    };
    if (r.kind == QLatin1String("regen.diagnose")) pick(QStringLiteral("diagnosis"), QStringLiteral("criteria_met"), QStringLiteral("latest"));
    else if (r.kind == QLatin1String("regen.index")) pick(QStringLiteral("index"), QStringLiteral("population_grade"), QStringLiteral("latest"));
    else if (r.kind == QLatin1String("regen.forecast")) pick(QStringLiteral("forecast"), QStringLiteral("value"), QStringLiteral("latest"));
    else if (r.kind == QLatin1String("regen.outlook")) pick(QStringLiteral("outlook"), QStringLiteral("probability"), QStringLiteral("latest"));
    else if (r.kind.startsWith(QLatin1String("locate."))) {
        pick(QStringLiteral("loc_coverage"), QStringLiteral("covered"), QString());
        s.classes = QStringLiteral("equal:2");
        s.ramp = QStringLiteral("Greens");
    }
    return s;
}

void resultMap(const ProjectStore& store, const RunInfo& r, QVector<Block>& out)
{
    const gis::ThematicSpec spec = resultMapSpec(store, r);
    if (spec.layer.isEmpty()) return;
    auto prepared = prepareMaps(store, {spec});
    if (!prepared || prepared->isEmpty()) return;   // e.g. a field the run did not write: no map, the tables remain
    PreparedMap m = prepared->first();
    if (r.kind.startsWith(QLatin1String("locate."))) {
        // Coverage is 0 or 1 per demand unit: the two classes say so in words.
        for (gis::LegendEntry& e : m.layer.legend.entries)
            if (e.kind == gis::LegendEntry::Kind::Class)
                e.label = e.upper <= 0.5 ? ReportTr::tr("Not covered") : ReportTr::tr("Covered");
        m.layer.legend.title = ReportTr::tr("Demand units covered");
    }
    QVector<gis::ThematicLayer> extra;
    for (const QString& l : r.resultLayers)
        if (l.startsWith(QLatin1String("loc_sites"))) {
            gis::ThematicSpec sites;
            sites.layer = l;
            sites.field = QStringLiteral("served_demand");
            if (auto layer = gis::buildThematicLayer(store, sites)) {
                // Dots of one size named in the coverage legend; the demand each site serves is in the sites table.
                const QColor siteColour(0x08, 0x30, 0x6b);
                layer->values.fill(1.0);              // one size: the largest graduated circle
                layer->legend.symbolMaximum = 1.0;
                layer->fills.fill(siteColour);
                layer->legend.entries.clear();
                layer->legend.symbolValues.clear();   // no size legend
                gis::LegendEntry entry;
                entry.color = siteColour;
                entry.label = ReportTr::tr("Sites");
                entry.count = int(layer->data->geometries.size());
                entry.kind = gis::LegendEntry::Kind::Missing;   // not a class of the coverage values
                m.layer.legend.entries.append(entry);
                extra.append(layer.value());
            }
        }
    const QString source = sourceLineFor(store, m.layer, spec.layer);
    out << headingBlock(ReportTr::tr("Result map: %1").arg(m.heading));
    out << mapBlock(QString(), [m, source, extra](const QSizeF& mm) { return renderPrintMap(m.layer, mm, source, extra); });
}

}  // namespace

QVector<Block> runBlocks(const ProjectStore& store, const QList<RunInfo>& runs)
{
    QVector<Block> out;
    for (const RunInfo& r : runs) {
        const QString title = r.title.isEmpty() ? kindTitle(r) : QStringLiteral("%1: %2").arg(kindTitle(r), r.title);
        out << sectionBlock(ReportTr::tr("Run %1 · %2").arg(r.id).arg(title));
        out << textBlock(ReportTr::tr("Model %1, version %2, run on %3 (UTC). Result layers: %4.")
                             .arg(r.model, r.version.isEmpty() ? QStringLiteral("–") : r.version,
                                  QString(r.created).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z')),
                                  r.resultLayers.isEmpty() ? QStringLiteral("–") : r.resultLayers.join(QStringLiteral(", "))),
                         true);
        if (r.metrics.value(QStringLiteral("estimated")).toBool())
            out << textBlock(ReportTr::tr("The results of this run are estimated by a model, not measured."), true);
        if (r.kind.startsWith(QLatin1String("locate."))) {
            locationResults(r, out);
        } else if (r.kind == QLatin1String("regen.forecast")) {
            forecastAccuracy(r.metrics, out);
        } else if (r.kind == QLatin1String("regen.outlook")) {
            forecastAccuracy(r.metrics.value(QStringLiteral("forecast")).toObject(), out);
            QStringList assumptions;
            for (const QJsonValue& v : r.metrics.value(QStringLiteral("assumptions")).toArray()) assumptions << QStringLiteral("• ") + v.toString();
            if (!assumptions.isEmpty()) {
                out << headingBlock(ReportTr::tr("Assumptions"));
                for (const QString& a : assumptions) out << textBlock(a, true);
            }
        }
        if (!r.kind.startsWith(QLatin1String("locate.")))
            for (const QJsonValue& v : r.metrics.value(QStringLiteral("notes")).toArray()) out << textBlock(v.toString(), true);
        out << tableBlock(keyValues(ReportTr::tr("Parameters"), r.params, {QStringLiteral("spec")}));
        out << tableBlock(keyValues(ReportTr::tr("Figures"), r.metrics,
                                    {QStringLiteral("backtest"), QStringLiteral("forecast"), QStringLiteral("assumptions"), QStringLiteral("areas"),
                                     QStringLiteral("notes"), QStringLiteral("curve"), QStringLiteral("new_sites"), QStringLiteral("selected"),
                                     QStringLiteral("thresholds"), QStringLiteral("sources")}));
        resultMap(store, r, out);
    }
    return out;
}

}  // namespace dosi::models::report
