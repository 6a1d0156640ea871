#pragma once
// Options of `dosi-cli regen` turned into model requests (CmdRegen.cpp).

#include "dosi/core/Result.h"
#include "dosi/models/RegenRun.h"

#include <QCommandLineParser>

namespace dosi::cli {

void addRegenOptions(QCommandLineParser& p);
QString regenUsage();
// --population/--businesses/--buildings/--old-buildings/--all-buildings, --threshold KEY=VALUE, --as-of
Result<void> regenDiagnosisOptions(const QCommandLineParser& p, models::DiagnosisRequest* req);
// --spec FILE.json (an IndexSpec; e.g. one written by the desktop panel)
Result<void> regenIndexOptions(const QCommandLineParser& p, models::IndexRequest* req);
// --layer --field --horizon --method --level --origins --origin-step --units
Result<void> regenForecastOptions(const QCommandLineParser& p, models::ForecastRequest* req, bool needTarget = true);
// --scenario FILE.json, or --add/--scale LAYER.FIELD=VALUE[@FROM] with --units and --scenario-name
Result<models::Scenario> regenScenario(const QCommandLineParser& p);

}  // namespace dosi::cli
