#pragma once
// dosi-cli render: the flow map of OD layers and the two-period comparison of measure layers
// (options added to `render` by addFlowCompareOptions(); see CmdRenderFlow.cpp).

#include "CliContext.h"

#include "dosi/core/Result.h"
#include "dosi/gis/ThematicMap.h"

#include <QCommandLineParser>
#include <QImage>
#include <QSize>

namespace dosi::cli {

void addFlowCompareOptions(QCommandLineParser& p);

// When --layer is an OD layer (flow map) or --compare is given (difference / side by side), renders into
// *image and returns true; otherwise returns false and leaves the plain thematic map to the caller.
// `deco` is the caller's decorations; its title is dropped unless --title was given (the flow and
// difference maps title themselves).
bool renderFlowOrCompare(const ProjectStore& store, const QCommandLineParser& p, const gis::ThematicSpec& spec,
                         const QSize& size, gis::MapDecorations deco, const gis::ThematicImageOptions& options, Result<QImage>* image);

}  // namespace dosi::cli
