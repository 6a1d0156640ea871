// dosi-cli render, flow map and comparison:
//   dosi-cli render P.dosi OUT.png --layer OD_LAYER [--purpose F | --field F] [--time T | FROM/TO]
//                                  [--top 200] [--min-volume X] [--include-self] [--classes quantile:6]
//   dosi-cli render P.dosi OUT.png --layer MEASURE --time A --compare B [--side-by-side]
// A period is one time key or FROM/TO (summed per unit; see ThematicCompare.h).

#include "CmdRenderFlow.h"

#include "dosi/gis/FlowMap.h"
#include "dosi/gis/OdImport.h"
#include "dosi/gis/ThematicCompare.h"

#include <cmath>

namespace dosi::cli {

void addFlowCompareOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("purpose"), CliContext::tr("OD layers: the purpose field drawn (same as --field), e.g. p1_commute"),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("top"), CliContext::tr("OD layers: draw the N largest flows (0 = all)"), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("min-volume"), CliContext::tr("OD layers: leave out flows below this volume"), QStringLiteral("X")});
    p.addOption({QStringLiteral("include-self"), CliContext::tr("OD layers: keep flows that start and end in the same zone")});
    p.addOption({QStringLiteral("compare"), CliContext::tr("Measure layers: second period B; draws A − B (A = --time)"),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("side-by-side"), CliContext::tr("With --compare: the two periods side by side, not the difference")});
    p.addOption({QStringLiteral("beside"), CliContext::tr("Measure layers: a second layer drawn beside --layer with shared classes "
                                                          "(e.g. a what-if run's result next to the baseline's; its time = --compare)"),
                 QStringLiteral("LAYER")});
}

bool renderFlowOrCompare(const ProjectStore& store, const QCommandLineParser& p, const gis::ThematicSpec& spec, const QSize& size,
                         gis::MapDecorations deco, const gis::ThematicImageOptions& options, Result<QImage>* image)
{
    const auto info = store.layer(spec.layer);
    const bool od = info && gis::isOdLayer(*info);
    const bool compare = p.isSet(QStringLiteral("compare"));
    if (!p.isSet(QStringLiteral("title"))) deco.title.clear();
    if (!od) {
        for (const char* opt : {"purpose", "top", "min-volume", "include-self"}) {
            if (p.isSet(QLatin1String(opt)) && info) {
                *image = makeError(CliContext::tr("--%1 applies to origin–destination (movement) layers; \"%2\" is not one.")
                                       .arg(QLatin1String(opt), spec.layer));
                return true;
            }
        }
        if (p.isSet(QStringLiteral("beside"))) {
            if (p.isSet(QStringLiteral("side-by-side"))) {
                *image = makeError(CliContext::tr("--beside already draws two maps side by side; leave out --side-by-side."));
                return true;
            }
            *image = gis::renderLayersSideBySide(store, spec, p.value(QStringLiteral("beside")), p.value(QStringLiteral("compare")),
                                                 size, deco, options);
            return true;
        }
        if (p.isSet(QStringLiteral("side-by-side")) && !compare) {
            *image = makeError(CliContext::tr("--side-by-side needs --compare with the second period."));
            return true;
        }
        if (!compare) return false;
        const QString timeB = p.value(QStringLiteral("compare"));
        *image = p.isSet(QStringLiteral("side-by-side")) ? gis::renderSideBySide(store, spec, timeB, size, deco, options)
                                                         : gis::renderDifferenceImage(store, spec, timeB, size, deco, options);
        return true;
    }
    if (compare) {
        *image = makeError(CliContext::tr("--compare works on measure layers; \"%1\" is an origin–destination layer (use --time "
                                          "FROM/TO to choose its period).")
                               .arg(spec.layer));
        return true;
    }
    gis::FlowSpec flow;
    flow.layer = spec.layer;
    flow.field = p.isSet(QStringLiteral("purpose")) ? p.value(QStringLiteral("purpose")) : spec.field;
    flow.time = spec.time;
    bool ok = false;
    flow.topN = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || flow.topN < 0) {
        *image = makeError(CliContext::tr("--top must be a whole number of 0 or more, not \"%1\".").arg(p.value(QStringLiteral("top"))));
        return true;
    }
    if (p.isSet(QStringLiteral("min-volume"))) {
        flow.minVolume = p.value(QStringLiteral("min-volume")).toDouble(&ok);
        if (!ok || !std::isfinite(flow.minVolume) || flow.minVolume < 0) {
            *image = makeError(CliContext::tr("--min-volume must be a number of 0 or more, not \"%1\".")
                                   .arg(p.value(QStringLiteral("min-volume"))));
            return true;
        }
    }
    flow.dropSelfFlows = !p.isSet(QStringLiteral("include-self"));
    const QString classes = p.isSet(QStringLiteral("classes")) ? spec.classes : QStringLiteral("quantile:6");
    *image = gis::renderFlowImage(store, flow, size, deco, classes, options);
    return true;
}

}  // namespace dosi::cli
