#pragma once
// Regeneration runs: read the inputs from the project (main thread), compute (any thread), and
// store the run with its result layers (main thread). Every stored run records the model, its
// version, the parameters (thresholds, indicators, method, scenario), a fingerprint of the inputs,
// metrics, per-unit details and the names of its result layers; reopening the project shows it as
// it was.
//
// Result layers (measure layers over the units' geometry layer):
//   diagnosis  "<prefix>diagnosis_<n>"  population, businesses, buildings (1 met, 0 not met, missing =
//              not assessable), criteria_met, qualifies (1, 0, missing = undetermined); time = the year assessed
//   index      "<prefix>index_<n>"      one score (0..1 for min-max/rank) and one grade (1..10) per area
//   forecast   "<prefix>forecast_<n>"   value, lo, hi on the future time keys; marked estimated
//   outlook    "<prefix>outlook_<n>"    probability (0..1) of meeting the population criterion; estimated

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/Decline.h"
#include "dosi/models/DeclineOutlook.h"
#include "dosi/models/Forecast.h"
#include "dosi/models/RegenData.h"
#include "dosi/models/Scenario.h"
#include "dosi/models/ThematicIndex.h"

#include <QJsonObject>
#include <functional>

namespace dosi::models {

inline constexpr const char* kRegenModelVersion = "1.0";

// ---- Diagnosis --------------------------------------------------------------------------------
struct DiagnosisRequest {
    DeclineSources sources;          // empty refs are found by name (resolveDeclineSources)
    DeclineThresholds thresholds;
    int asOfYear = 0;                // 0 = latest year of the data
    Scenario scenario;
    QJsonObject toJson() const;
    static DiagnosisRequest fromJson(const QJsonObject& o);
};

struct DiagnosisInputs {
    DiagnosisRequest request;        // with the sources resolved
    QVector<UnitDeclineInput> units;
    QString geometryLayer;
    QMap<QString, QString> names;    // unit -> display name
    QString fingerprint;
};

struct DiagnosisResult {
    DiagnosisInputs inputs;
    QVector<UnitDecline> units;
    int year = 0;                    // the year assessed (population; businesses: businessYear)
    int businessYear = 0;
    int qualifies = 0, doesNotQualify = 0, undetermined = 0;
    int assessable[3] = {0, 0, 0};   // units with population / businesses / buildings assessable
};

Result<DiagnosisInputs> readDiagnosisInputs(const ProjectStore& store, const DiagnosisRequest& request);
DiagnosisResult diagnose(const DiagnosisInputs& inputs);
QJsonObject diagnosisJson(const DiagnosisResult& r, bool perUnit = true);

// ---- Indices ----------------------------------------------------------------------------------
struct IndexRequest {
    IndexSpec spec;                  // empty = defaultIndexSpec()
    Scenario scenario;
    QJsonObject toJson() const;
    static IndexRequest fromJson(const QJsonObject& o);
};

struct IndexInputs {
    IndexRequest request;
    QStringList units;
    QVector<IndicatorValues> values;
    QString geometryLayer;
    QMap<QString, QString> names;
    QString fingerprint;
};

struct IndexResult {
    IndexInputs inputs;
    QVector<AreaResult> areas;       // in spec order
};

Result<IndexInputs> readIndexInputs(const ProjectStore& store, const IndexRequest& request);
IndexResult computeIndices(const IndexInputs& inputs);
QJsonObject indexJson(const IndexResult& r, bool perUnit = true);

// ---- Forecasts --------------------------------------------------------------------------------
struct ForecastRequest {
    FieldRef target;
    QStringList units;               // empty = all
    ForecastOptions options;         // progress is not stored
    Scenario scenario;
    QJsonObject toJson() const;
    static ForecastRequest fromJson(const QJsonObject& o);
};

struct ForecastInputs {
    ForecastRequest request;
    Panel panel;
    QString geometryLayer;
    QMap<QString, QString> names;
    QStringList notes;
    QString fingerprint;
};

struct ForecastRun {
    ForecastInputs inputs;
    PanelForecast forecast;
    double seconds = 0;
};

Result<ForecastInputs> readForecastInputs(const ProjectStore& store, const ForecastRequest& request);
Result<ForecastRun> runForecast(const ForecastInputs& inputs, const std::function<bool(int, int)>& progress = {});
QJsonObject forecastJson(const ForecastRun& r, bool perUnit = true);
// unit,time,value,lo,hi (UTF-8, header line), written atomically.
Result<void> writeForecastCsv(const ForecastRun& r, const QString& path);

// ---- Decline outlook --------------------------------------------------------------------------
struct OutlookRun {
    ForecastRun forecast;            // of the population source, yearly
    DeclineThresholds thresholds;
    OutlookOptions options;
    QMap<QString, YearSeries> history;
    QVector<UnitOutlook> units;
};
Result<OutlookRun> runOutlook(const ForecastInputs& populationInputs, const QMap<QString, YearSeries>& history,
                              const DeclineThresholds& t, const OutlookOptions& opt,
                              const std::function<bool(int, int)>& progress = {});
QJsonObject outlookJson(const OutlookRun& r, bool perUnit = true);

// ---- Storing ----------------------------------------------------------------------------------
// Each writes the result layer(s) and the run record; on failure nothing is left behind.
// Returns the run id.
Result<qint64> saveDiagnosisRun(ProjectStore& store, const DiagnosisResult& r, const QString& title = {});
Result<qint64> saveIndexRun(ProjectStore& store, const IndexResult& r, const QString& title = {});
Result<qint64> saveForecastRun(ProjectStore& store, const ForecastRun& r, const QString& title = {});
Result<qint64> saveOutlookRun(ProjectStore& store, const OutlookRun& r, const QString& title = {});

// ---- Comparing two runs -----------------------------------------------------------------------
// Two runs of the same kind, unit by unit: for each numeric field of their result layers (at their
// last common time), A, B and B - A. Used by the what-if panel and `dosi-cli regen compare`.
struct RunComparison {
    RunInfo a, b;
    QStringList fields;
    QStringList units;
    QVector<QVector<double>> valuesA, valuesB;   // [field][unit]
    int changedUnits = 0;                         // units where any field differs
};
Result<RunComparison> compareRuns(const ProjectStore& store, qint64 runA, qint64 runB);
QJsonObject comparisonJson(const RunComparison& c);
// unit,field,a,b,difference (UTF-8, header line), written atomically.
Result<void> writeComparisonCsv(const RunComparison& c, const QString& path);

}  // namespace dosi::models
