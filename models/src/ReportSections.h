#pragma once
// Private: the report's sections as flows of blocks (ReportFlow.h). Everything here runs inside
// a ReportLanguage scope, so ReportTr::tr() and the formatters speak the report's language.

#include "ReportFlow.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Privacy.h"
#include "dosi/gis/ThematicMap.h"
#include "dosi/models/ReportTemplate.h"

#include <QList>
#include <QVector>

namespace dosi::models::report {

struct PreparedMap {
    gis::ThematicSpec spec;           // time resolved
    gis::ThematicLayer layer;         // legend in the report's language
    QString heading;                  // "title · field — time"
    bool peopleCount = false;
};

// Builds every map first, so that a bad spec fails before anything is written.
Result<QVector<PreparedMap>> prepareMaps(const ProjectStore& store, const QVector<gis::ThematicSpec>& specs);

// A map image of `layer` at print resolution for an area of `mm`, with legend, scale bar, north
// arrow, time stamp and source line. `extra` layers (e.g. sites) are drawn on top.
QImage renderPrintMap(const gis::ThematicLayer& layer, const QSizeF& mm, const QString& sourceLine,
                      const QVector<gis::ThematicLayer>& extra = {});
QString sourceLineFor(const ProjectStore& store, const gis::ThematicLayer& layer, const QString& measureLayer);

// Counts of what the privacy rule hid, for the data section.
struct PrivacyCount {
    int values = 0;
};

QVector<Block> overviewBlocks(const ProjectStore& store, const QVector<PreparedMap>& maps, const QList<RunInfo>& runs);
QVector<Block> mapBlocks(const ProjectStore& store, const QVector<PreparedMap>& maps, const ReportTemplate& t,
                         const gis::PrivacyRule& rule, PrivacyCount* hidden);
QVector<Block> runBlocks(const ProjectStore& store, const QList<RunInfo>& runs);
QVector<Block> dataBlocks(const ProjectStore& store, const ReportTemplate& t, const gis::PrivacyRule& rule,
                          const PrivacyCount& hidden);

}  // namespace dosi::models::report
