#include "dosi/models/ReportTemplate.h"

#include "ReportText.h"
#include "dosi/core/TimeAxis.h"
#include "dosi/models/ReportDefaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace dosi::models {

using report::ReportTr;

namespace {

const QString kMetaKey = QStringLiteral("report_templates");

QJsonObject allTemplates(const ProjectStore& store)
{
    return QJsonDocument::fromJson(store.metaValue(kMetaKey).toUtf8()).object();
}

Result<void> writeAll(ProjectStore& store, const QJsonObject& all)
{
    return store.setMetaValue(kMetaKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

// The first or latest day (or weekday) that has hour `hour`; empty when none has.
QString dayAtHour(const QStringList& times, int hour, bool weekday, bool latest)
{
    for (int k = 0; k < times.size(); ++k) {
        const QString& t = times[latest ? times.size() - 1 - k : k];
        QDate d;
        int h = -1;
        if (parseHourKey(t, &d, &h) && h == hour && (!weekday || d.dayOfWeek() <= 5)) return t;
    }
    return {};
}

}  // namespace

QString pageSizeName(QPageSize::PageSizeId id) { return id == QPageSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4"); }

std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString& name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) return QPageSize::A4;
    if (name.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0) return QPageSize::A3;
    return std::nullopt;
}

QJsonObject ReportTemplate::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("title")] = title;
    o[QStringLiteral("author")] = author;
    o[QStringLiteral("area")] = area;
    o[QStringLiteral("page_size")] = pageSizeName(pageSize);
    o[QStringLiteral("landscape")] = landscape;
    o[QStringLiteral("language")] = language;
    o[QStringLiteral("sections")] = QJsonArray::fromStringList(sections);
    QJsonArray m;
    for (const gis::ThematicSpec& s : maps)
        m.append(QJsonObject{{QStringLiteral("layer"), s.layer},
                             {QStringLiteral("field"), s.field},
                             {QStringLiteral("time"), s.time},
                             {QStringLiteral("classes"), s.classes},
                             {QStringLiteral("ramp"), s.ramp}});
    o[QStringLiteral("maps")] = m;
    o[QStringLiteral("latest_runs")] = latestRuns;
    QJsonArray r;
    for (qint64 id : runs) r.append(double(id));
    o[QStringLiteral("runs")] = r;
    return o;
}

Result<ReportTemplate> ReportTemplate::fromJson(const QJsonObject& o)
{
    ReportTemplate t;
    t.name = o.value(QStringLiteral("name")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.author = o.value(QStringLiteral("author")).toString();
    t.area = o.value(QStringLiteral("area")).toString();
    const QString size = o.value(QStringLiteral("page_size")).toString(QStringLiteral("A4"));
    const auto id = pageSizeFromName(size);
    if (!id) return makeError(report::ReportTr::tr("Report template \"%1\": unknown page size \"%2\" (A4, A3).").arg(t.name, size));
    t.pageSize = *id;
    t.landscape = o.value(QStringLiteral("landscape")).toBool();
    t.language = o.value(QStringLiteral("language")).toString();
    if (o.contains(QStringLiteral("sections"))) {
        t.sections.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("sections")).toArray()) {
            const QString s = v.toString();
            if (!reportSectionIds().contains(s))
                return makeError(report::ReportTr::tr("Report template \"%1\": unknown section \"%2\" (known: %3).")
                                     .arg(t.name, s, reportSectionIds().join(QStringLiteral(", "))));
            t.sections << s;
        }
    }
    for (const QJsonValue& v : o.value(QStringLiteral("maps")).toArray()) {
        const QJsonObject m = v.toObject();
        gis::ThematicSpec s;
        s.layer = m.value(QStringLiteral("layer")).toString();
        if (s.layer.isEmpty()) return makeError(report::ReportTr::tr("Report template \"%1\": a map has no layer.").arg(t.name));
        s.field = m.value(QStringLiteral("field")).toString();
        s.time = m.value(QStringLiteral("time")).toString();
        if (m.contains(QStringLiteral("classes"))) s.classes = m.value(QStringLiteral("classes")).toString();
        if (m.contains(QStringLiteral("ramp"))) s.ramp = m.value(QStringLiteral("ramp")).toString();
        t.maps.append(s);
    }
    t.latestRuns = o.value(QStringLiteral("latest_runs")).toBool(true);
    for (const QJsonValue& v : o.value(QStringLiteral("runs")).toArray()) t.runs.append(qint64(v.toDouble()));
    return t;
}

ReportTemplate defaultReportTemplate(const ProjectStore& store)
{
    ReportTemplate t;
    t.title = store.title();
    t.area = store.metaValue(QStringLiteral("area"));
    t.maps = defaultReportMaps(store);
    return t;
}

QStringList reportTemplateNames(const ProjectStore& store)
{
    QStringList names = allTemplates(store).keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<ReportTemplate> reportTemplate(const ProjectStore& store, const QString& name)
{
    const QJsonObject all = allTemplates(store);
    if (!all.contains(name)) {
        const QStringList names = reportTemplateNames(store);
        return makeError(names.isEmpty() ? ReportTr::tr("The project has no report template named \"%1\" (it has none).").arg(name)
                                         : ReportTr::tr("The project has no report template named \"%1\" (it has: %2).")
                                               .arg(name, names.join(QStringLiteral(", "))));
    }
    auto t = ReportTemplate::fromJson(all.value(name).toObject());
    if (t) t.value().name = name;
    return t;
}

Result<void> saveReportTemplate(ProjectStore& store, const ReportTemplate& t)
{
    if (t.name.trimmed().isEmpty()) return makeError(ReportTr::tr("A report template needs a name."));
    QJsonObject all = allTemplates(store);
    all[t.name.trimmed()] = t.toJson();
    return writeAll(store, all);
}

Result<void> removeReportTemplate(ProjectStore& store, const QString& name)
{
    QJsonObject all = allTemplates(store);
    if (!all.contains(name)) return makeError(ReportTr::tr("The project has no report template named \"%1\".").arg(name));
    all.remove(name);
    return writeAll(store, all);
}

QString resolveReportTime(const QString& rule, const QStringList& times)
{
    if (times.isEmpty()) return rule;
    if (rule == QLatin1String("latest")) return times.last();
    if (rule == QLatin1String("first")) return times.first();
    static const QRegularExpression atHour(QStringLiteral("^(first|latest)(-weekday)?@(\\d{1,2})$"));
    const auto m = atHour.match(rule);
    if (m.hasMatch()) {
        const QString t = dayAtHour(times, m.captured(3).toInt(), !m.captured(2).isEmpty(), m.captured(1) == QLatin1String("latest"));
        return t.isEmpty() ? rule : t;
    }
    return rule;
}

Result<QList<RunInfo>> reportRuns(const ProjectStore& store, const ReportTemplate& t)
{
    QList<RunInfo> out;
    if (t.latestRuns) {
        QMap<QString, qint64> latest;   // kind -> id (ids grow with time)
        for (const RunInfo& r : store.runs()) latest[r.kind] = std::max(latest.value(r.kind), r.id);
        QList<qint64> ids = latest.values();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            if (auto r = store.run(id)) out.append(*r);
        return out;
    }
    for (qint64 id : t.runs) {
        auto r = store.run(id);
        if (!r) return makeError(ReportTr::tr("The project has no run %1.").arg(id));
        out.append(*r);
    }
    return out;
}

}  // namespace dosi::models
