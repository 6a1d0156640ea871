#include "dosi/models/ReportDefaults.h"

#include "dosi/gis/OdImport.h"
#include "dosi/models/ReportTemplate.h"

#include <QSet>

namespace dosi::models {

namespace {

QString pickField(const LayerInfo& l)
{
    for (const FieldInfo& f : l.fields)
        if (f.name == QLatin1String("total")) return f.name;
    for (const FieldInfo& f : l.fields)
        if (f.name.compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0) return f.name;
    return l.fields.isEmpty() ? QString() : l.fields.first().name;
}

// The first day (weekday) with `hour`, by the template rule; empty when there is none.
QString firstAtHour(const QStringList& times, int hour, bool weekdayOnly)
{
    const QString rule = QStringLiteral("first%1@%2").arg(weekdayOnly ? QStringLiteral("-weekday") : QString()).arg(hour);
    const QString t = resolveReportTime(rule, times);
    return t == rule ? QString() : t;
}

}  // namespace

QVector<gis::ThematicSpec> defaultReportMaps(const ProjectStore& store)
{
    QVector<gis::ThematicSpec> out;
    // A model run's result layers are shown with the run (the report's "runs" part), not as data maps.
    QSet<QString> results;
    for (const RunInfo& r : store.runs())
        for (const QString& l : r.resultLayers) results.insert(l);
    for (const LayerInfo& l : store.layers()) {
        if (results.contains(l.name)) continue;
        if (l.isFeatureLayer() || l.geometryLayer.isEmpty() || l.fields.isEmpty()) continue;
        if (!l.visible) continue;   // hidden on the map: not in the report either
        // A movement layer's units are origin–destination pairs, not zones: as a choropleth of its
        // zone layer every zone would be "no data". Its map is a flow map (gis/FlowMap.h).
        if (gis::isOdLayer(l)) continue;
        const auto times = store.measureTimes(l.name);
        if (!times || times->isEmpty()) continue;
        gis::ThematicSpec s;
        s.layer = l.name;
        s.field = pickField(l);
        if (l.timeKind == TimeKind::Hour) {
            const QString day = firstAtHour(*times, 14, true);
            const QString night = firstAtHour(*times, 3, false);
            if (!day.isEmpty()) {
                s.time = day;
                out.append(s);
            }
            if (!night.isEmpty()) {
                s.time = night;
                s.ramp = QStringLiteral("YlGnBu");
                out.append(s);
            }
            if (day.isEmpty() && night.isEmpty()) {
                s.time = times->first();
                out.append(s);
            }
        } else {
            s.time = times->last();
            s.ramp = QStringLiteral("Blues");
            out.append(s);
        }
    }
    return out;
}

gis::ThematicSpec defaultMap(const ProjectStore& store)
{
    const auto maps = defaultReportMaps(store);
    return maps.isEmpty() ? gis::ThematicSpec{} : maps.first();
}

}  // namespace dosi::models
