#pragma once
// dosi-cli export: the data formats (geotiff, gpkg, csv). `export … pdf` is the report (CmdMap.cpp).

#include "CliContext.h"

#include "dosi/core/ProjectStore.h"

#include <QCommandLineParser>

namespace dosi::cli {

// The usage line of the data exports (geotiff, gpkg, csv), for `export`'s usage text.
QString exportDataUsage();

// Options of the data exports, added to `export`'s parser beside the map-spec options.
void addExportOptions(QCommandLineParser& p);

// Writes `format` (geotiff, gpkg, csv) to `out` (absolute); returns the process exit code.
// Unknown formats fail with a message listing the known ones. Uses --layer, --field, --time,
// --classes and --ramp (added by CmdMap.cpp) and the options above; see CmdExport.cpp.
int exportData(CliContext& ctx, const ProjectStore& store, const QString& format, const QString& out,
               const QCommandLineParser& p);

}  // namespace dosi::cli
