// Report sections: overview, maps with their rankings and charts, data and attribution.
#include "ReportSections.h"

#include "ReportText.h"
#include "dosi/core/TimeAxis.h"
#include "dosi/gis/DecorationLayout.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/models/ReportDefaults.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dosi::models::report {

namespace {

constexpr int kMapDpi = 200;

QString layerTitle(const LayerInfo& l) { return l.title.isEmpty() ? l.name : l.title; }

bool isBinary(const QVector<double>& values)
{
    for (double v : values)
        if (std::isfinite(v) && v != 0 && v != 1) return false;
    return true;
}

struct Ranked {
    QVector<QStringList> highest, lowest;
    int hidden = 0;
};

Ranked rank(const gis::ThematicLayer& layer, bool peopleCount, const gis::PrivacyRule& rule, int count)
{
    QVector<double> values = layer.values;
    Ranked out;
    if (peopleCount) out.hidden = gis::suppressSmallCounts(values, rule);
    QVector<int> idx;
    for (int i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i])) idx.append(i);
    auto rows = [&](bool highest) {
        QVector<int> order = idx;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return highest ? values[a] > values[b] : values[a] < values[b]; });
        QVector<QStringList> r;
        for (int k = 0; k < order.size() && k < count; ++k) {
            const int i = order[k];
            r.append({QString::number(k + 1), layer.data->labels.value(i), layer.data->codes.value(i), formatNumber(values[i])});
        }
        return r;
    };
    out.highest = rows(true);
    out.lowest = rows(false);
    return out;
}

// The measure summed over all units per time (NaN-free units only); the chart of a map's layer.
std::optional<ChartBlock> seriesChart(const ProjectStore& store, const PreparedMap& m)
{
    const auto info = store.layer(m.spec.layer);
    if (!info || info->isFeatureLayer()) return std::nullopt;
    auto table = store.readMeasures(m.spec.layer, {m.layer.field});
    if (!table || table->columns.isEmpty()) return std::nullopt;
    QMap<QString, double> sums;
    for (int r = 0; r < table->rowCount(); ++r) {
        const double v = table->columns[0][r];
        if (std::isfinite(v)) sums[table->times[r]] += v;
        else sums[table->times[r]] += 0;   // the time exists even when every unit is masked
    }
    if (sums.size() < 2) return std::nullopt;
    ChartBlock c;
    c.series.append({layerTitle(*info), {}, QColor(0xbd, 0x00, 0x26)});
    const bool hourly = info->timeKind == TimeKind::Hour;
    if (hourly && sums.size() > 24 * 31) {
        // Long hourly axes: daily totals.
        QMap<QString, double> days;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) days[it.key().left(10)] += it.value();
        sums = days;
    }
    int n = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it, ++n) {
        c.series[0].values.append(it.value());
        QString label = it.key();
        QDate d;
        int h = 0;
        if (parseHourKey(it.key(), &d, &h))
            label = h == 0 ? QStringLiteral("%1 %2").arg(d.toString(QStringLiteral("MM-dd")), reportLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat))
                           : QString();
        c.xLabels << label;
    }
    c.labelEvery = 1;
    if (!hourly || sums.size() > 24 * 31) c.labelEvery = std::max(1, n / 12);
    c.title = hourly && n > 24 ? ReportTr::tr("%1 · %2: total of all units by hour").arg(layerTitle(*info), m.layer.field)
                               : ReportTr::tr("%1 · %2: total of all units by period").arg(layerTitle(*info), m.layer.field);
    if (info->estimated) c.title += ReportTr::tr(" (estimated)");
    c.yTitle = m.layer.field;
    c.note = ReportTr::tr("%1 periods from %2 to %3. Masked values count as zero in the totals.")
                 .arg(n)
                 .arg(timeText(sums.firstKey()), timeText(sums.lastKey()));
    if (hourly && sums.size() > 24 * 31) c.note = ReportTr::tr("Daily totals.") + QLatin1Char(' ') + c.note;
    return c;
}

}  // namespace

Result<QVector<PreparedMap>> prepareMaps(const ProjectStore& store, const QVector<gis::ThematicSpec>& specs)
{
    QVector<PreparedMap> maps;
    for (gis::ThematicSpec spec : specs) {
        const auto info = store.layer(spec.layer);
        if (info && !info->isFeatureLayer()) {
            if (const auto times = store.measureTimes(spec.layer); times) spec.time = resolveReportTime(spec.time, *times);
        }
        auto layer = gis::buildThematicLayer(store, spec, maps.isEmpty() ? nullptr : maps.last().layer.data);
        if (!layer) return makeError(ReportTr::tr("Cannot build the map of \"%1\" for the report: %2").arg(spec.layer, layer.errorMessage()));
        PreparedMap m{spec, std::move(layer.value()), {}, false};
        // Legend in the report's language.
        QString title = info ? layerTitle(*info) : spec.layer;
        if (!m.layer.field.isEmpty() && m.layer.field != title) title += QStringLiteral(" · ") + m.layer.field;
        if (info && info->estimated) title += ReportTr::tr(" (estimated)");
        m.layer.legend.title = title;
        for (gis::LegendEntry& e : m.layer.legend.entries) {
            if (e.kind == gis::LegendEntry::Kind::Missing) e.label = ReportTr::tr("No data");
            if (e.kind == gis::LegendEntry::Kind::Masked) e.label = ReportTr::tr("Masked (≤3 people)");
        }
        m.heading = title;
        if (!m.layer.time.isEmpty()) m.heading += QStringLiteral(" — ") + timeText(m.layer.time);
        m.peopleCount = info && gis::isPeopleCount(*info, m.layer.field);
        maps.append(std::move(m));
    }
    return maps;
}

QString sourceLineFor(const ProjectStore& store, const gis::ThematicLayer& layer, const QString& measureLayer)
{
    const QString sourceLine = store.metaValue(QStringLiteral("source_line")).trimmed();
    if (!sourceLine.isEmpty()) return sourceLine;
    QStringList sources;
    if (const auto m = store.layer(measureLayer); m && !m->source.isEmpty()) sources << QFileInfo(m->source).fileName();
    if (layer.data && !layer.data->info.source.isEmpty() && layer.data->info.name != measureLayer)
        sources << QFileInfo(layer.data->info.source).fileName();
    sources.removeDuplicates();
    return sources.isEmpty() ? QString() : ReportTr::tr("Source: %1").arg(sources.join(QStringLiteral("; ")));
}

QImage renderPrintMap(const gis::ThematicLayer& layer, const QSizeF& mm, const QString& sourceLine,
                      const QVector<gis::ThematicLayer>& extra)
{
    const QSize px(int(mm.width() / 25.4 * kMapDpi), int(mm.height() / 25.4 * kMapDpi));
    if (px.isEmpty()) return {};
    gis::RenderRequest req;
    req.view = gis::MapView::fit(layer.valueExtent, px, 0.03);
    req.layers.append(layer);
    req.layers += extra;
    req.background = Qt::white;
    req.decorations = gis::defaultDecorations(layer);
    req.decorations.title.clear();   // the heading carries the title as text
    req.decorations.timeStamp = layer.time.isEmpty() ? QString() : timeText(layer.time);
    req.decorations.sourceLine = sourceLine;
    req.view = gis::fitClearOfDecorations(layer.valueExtent, req);   // no unit under the legends
    return gis::renderMap(req);
}

QVector<Block> overviewBlocks(const ProjectStore& store, const QVector<PreparedMap>& maps, const QList<RunInfo>& runs)
{
    QVector<Block> out{sectionBlock(ReportTr::tr("Overview"))};
    out << textBlock(ReportTr::tr("This report shows %n map(s) and %1 model run(s) of the project. Values estimated by a model "
                                  "are marked \"(estimated)\" wherever they appear.", nullptr, int(maps.size()))
                         .arg(runs.size()));
    TableBlock layers;
    layers.title = ReportTr::tr("Layers in this report");
    layers.columns = {ReportTr::tr("Layer"), ReportTr::tr("Kind"), ReportTr::tr("Units"), ReportTr::tr("Times"), ReportTr::tr("Estimated")};
    layers.widths = {0.34, 0.11, 0.10, 0.35, 0.10};
    layers.rightAligned = {false, false, true, false, false};
    QSet<QString> seen;
    for (const PreparedMap& m : maps) {
        if (seen.contains(m.spec.layer)) continue;
        seen.insert(m.spec.layer);
        const auto info = store.layer(m.spec.layer);
        if (!info) continue;
        const auto times = info->isFeatureLayer() ? Result<QStringList>(QStringList{}) : store.measureTimes(info->name);
        QString span = QStringLiteral("–");
        if (times && !times->isEmpty())
            span = times->size() == 1 ? timeText(times->first())
                                      : QStringLiteral("%1 … %2 (%3)").arg(times->first(), times->last(), formatNumber(times->size()));
        const QString kind = info->isFeatureLayer() ? ReportTr::tr("features") : ReportTr::tr("measures");
        layers.rows.append({layerTitle(*info), kind, formatNumber(m.layer.values.size()), span,
                            info->estimated ? ReportTr::tr("yes") : ReportTr::tr("no")});
    }
    out << tableBlock(layers);
    if (!runs.isEmpty()) {
        TableBlock t;
        t.title = ReportTr::tr("Model runs in this report");
        t.columns = {ReportTr::tr("Run"), ReportTr::tr("Kind"), ReportTr::tr("Title"), ReportTr::tr("Created (UTC)")};
        t.widths = {0.08, 0.26, 0.40, 0.26};
        t.rightAligned = {true, false, false, false};
        for (const RunInfo& r : runs)
            t.rows.append({QString::number(r.id), r.kind, r.title.isEmpty() ? r.model : r.title, QString(r.created).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'))});
        out << tableBlock(t);
    }
    return out;
}

QVector<Block> mapBlocks(const ProjectStore& store, const QVector<PreparedMap>& maps, const ReportTemplate& t,
                         const gis::PrivacyRule& rule, PrivacyCount* hidden)
{
    QVector<Block> out;
    const QStringList columns{ReportTr::tr("Rank"), ReportTr::tr("Unit"), ReportTr::tr("Code"), ReportTr::tr("Value")};
    QSet<QString> charted;
    for (int i = 0; i < maps.size(); ++i) {
        const PreparedMap& m = maps[i];
        out << sectionBlock(ReportTr::tr("Map %1: %2").arg(i + 1).arg(m.heading));
        const QString caption = ReportTr::tr("Classes: %1, colours: %2. Features: %3.")
                                    .arg(m.spec.classes, m.spec.ramp, formatNumber(m.layer.values.size()));
        const QString source = sourceLineFor(store, m.layer, m.spec.layer);
        const gis::ThematicLayer layer = m.layer;
        out << mapBlock(caption, [layer, source](const QSizeF& mm) { return renderPrintMap(layer, mm, source); });
        if (t.has(QStringLiteral("rankings")) && !isBinary(m.layer.values)) {
            const Ranked r = rank(m.layer, m.peopleCount, rule, 10);
            if (r.highest.size() >= 3) {
                out << sectionBlock(ReportTr::tr("Highest and lowest units: %1").arg(m.layer.legend.title));
                out << textBlock(m.heading, true);
                TableBlock hi{ReportTr::tr("10 highest"), columns, {0.08, 0.54, 0.18, 0.20}, {false, false, false, true}, r.highest, {}};
                TableBlock lo{ReportTr::tr("10 lowest"), columns, {0.08, 0.54, 0.18, 0.20}, {false, false, false, true}, r.lowest, {}};
                if (r.hidden > 0)
                    lo.note = ReportTr::tr("%1 unit(s) with %2 or fewer people are not listed (privacy rule).")
                                  .arg(r.hidden)
                                  .arg(formatNumber(rule.threshold));
                hidden->values += r.hidden;
                out << tableBlock(hi) << tableBlock(lo);
            }
        }
        // One chart per layer and field, after its last map.
        const QString key = m.spec.layer + QLatin1Char('\n') + m.layer.field;
        bool lastOfLayer = true;
        for (int j = i + 1; j < maps.size(); ++j)
            if (maps[j].spec.layer + QLatin1Char('\n') + maps[j].layer.field == key) lastOfLayer = false;
        if (t.has(QStringLiteral("charts")) && lastOfLayer && !charted.contains(key)) {
            charted.insert(key);
            if (auto c = seriesChart(store, m)) {
                out << chartBlock(*c);
            }
        }
    }
    return out;
}

QVector<Block> dataBlocks(const ProjectStore& store, const ReportTemplate& t, const gis::PrivacyRule& rule, const PrivacyCount& hidden)
{
    QVector<Block> out{sectionBlock(ReportTr::tr("Data and attribution"))};
    const QString attribution = store.metaValue(QStringLiteral("attribution")).trimmed();
    if (!attribution.isEmpty()) {
        // Blank lines separate paragraphs; line breaks inside a paragraph are kept.
        for (const QString& p : attribution.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts))
            out << textBlock(p, true);
    } else {
        out << textBlock(ReportTr::tr("Layers and their sources:"));
        for (const LayerInfo& l : store.layers())
            out << textBlock(QStringLiteral("• %1: %2").arg(layerTitle(l), l.source.isEmpty() ? ReportTr::tr("(no source recorded)") : QFileInfo(l.source).fileName()), true);
    }
    out << headingBlock(ReportTr::tr("Privacy"));
    out << textBlock(rule.enabled() ? ReportTr::tr("Counts of %1 or fewer people are suppressed in this report and in every export, as Seoul does "
                                                   "in its published files (shown as \"*\" or left out). %2 value(s) were suppressed in the tables of this report.")
                                          .arg(formatNumber(rule.threshold))
                                          .arg(hidden.values)
                                    : ReportTr::tr("The privacy rule is switched off for this project: small counts of people are shown as they are."));
    QStringList estimated;
    for (const LayerInfo& l : store.layers())
        if (l.estimated) estimated << layerTitle(l);
    if (!estimated.isEmpty()) {
        out << headingBlock(ReportTr::tr("Estimated values"));
        out << textBlock(ReportTr::tr("These layers hold values estimated by a model, not measured: %1. Their maps, tables and exports "
                                      "are marked \"(estimated)\".")
                             .arg(estimated.join(QStringLiteral(", "))));
    }
    out << headingBlock(ReportTr::tr("Making this report again"));
    out << textBlock(t.name.isEmpty() ? ReportTr::tr("Produced with Dosi %1 from the project's default report content.").arg(ProjectStore::appVersion())
                                      : ReportTr::tr("Produced with Dosi %1 from the report template \"%2\" saved in the project; the same "
                                                     "template makes this report again with new data.")
                                            .arg(ProjectStore::appVersion(), t.name));
    return out;
}

}  // namespace dosi::models::report
