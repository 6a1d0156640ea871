#pragma once
// Report templates: which sections, maps, runs and times go into a report, and the page setup.
// Templates are kept in the project (dosi_meta "report_templates", a JSON object by name), so
// next quarter's report is made again from the same choice with the new data: a map's time may
// be a literal key or a rule ("latest", "first", "latest@14" = the latest day's 14:00,
// "latest-weekday@14", "first@3", "first-weekday@14"), and runs may be chosen as "the latest of each kind".

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/ThematicMap.h"

#include <QJsonObject>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace dosi::models {

// Section ids, in their default order.
inline const QStringList& reportSectionIds()
{
    static const QStringList ids{QStringLiteral("cover"),    QStringLiteral("contents"), QStringLiteral("overview"),
                                 QStringLiteral("maps"),     QStringLiteral("rankings"), QStringLiteral("charts"),
                                 QStringLiteral("runs"),     QStringLiteral("data")};
    return ids;
}

struct ReportTemplate {
    QString name;                        // key in the project; empty = not saved
    QString title;                       // empty = the project's title
    QString author;
    QString area;                        // empty = the project's "area" meta value
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool landscape = false;
    QString language;                    // "en" or "ko"; empty = the caller's language
    QStringList sections = reportSectionIds();
    QVector<gis::ThematicSpec> maps;     // empty = defaultReportMaps(); time may be a rule (see above)
    bool latestRuns = true;              // the latest run of each kind (ignores `runs`)
    QList<qint64> runs;                  // chosen runs when !latestRuns

    bool has(const QString& section) const { return sections.contains(section); }
    QJsonObject toJson() const;
    // Unknown sections, a bad page size or a malformed map fail with a message naming the key.
    static Result<ReportTemplate> fromJson(const QJsonObject& o);
};

// The default: every section, the default maps, the latest run of each kind.
ReportTemplate defaultReportTemplate(const ProjectStore& store);

QStringList reportTemplateNames(const ProjectStore& store);
Result<ReportTemplate> reportTemplate(const ProjectStore& store, const QString& name);
// Adds or replaces the template by its name (which must not be empty).
Result<void> saveReportTemplate(ProjectStore& store, const ReportTemplate& t);
Result<void> removeReportTemplate(ProjectStore& store, const QString& name);

// A map time rule resolved against a layer's sorted times; literal keys, and rules that no time
// satisfies, are returned as they are (the report then fails with the layer's own message).
QString resolveReportTime(const QString& rule, const QStringList& times);

// The runs the template selects, oldest first (with details). Unknown ids fail.
Result<QList<RunInfo>> reportRuns(const ProjectStore& store, const ReportTemplate& t);

// Page sizes by name ("A4", "A3").
QString pageSizeName(QPageSize::PageSizeId id);
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString& name);

}  // namespace dosi::models
