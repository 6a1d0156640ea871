// ImportJob: preview, run (any thread) and commit (GUI thread) of one import.
#include "ImportJob.h"

#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/VectorPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace dosi::desktop {

bool isMeasureKind(ImportKind kind)
{
    return kind == ImportKind::LivingPopulation || kind == ImportKind::Table;
}

bool acceptsManyFiles(ImportKind kind)
{
    return kind == ImportKind::LivingPopulation;
}

namespace {

constexpr qint64 kSampleAboveBytes = 4 * 1024 * 1024;   // bigger files are previewed from their first lines
constexpr int kSampleLines = 5000;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t')) return QCoreApplication::translate("dosi::desktop::ImportJob", "tab");
    if (c == QLatin1Char(';')) return QCoreApplication::translate("dosi::desktop::ImportJob", "semicolon (;)");
    return QCoreApplication::translate("dosi::desktop::ImportJob", "comma (,)");
}

QString formatDescription(const QString& format)
{
    if (format == QLatin1String("seoul-dong-csv"))
        return QCoreApplication::translate("dosi::desktop::ImportJob", "Seoul living population by dong (32 columns)");
    if (format == QLatin1String("seoul-gu-csv"))
        return QCoreApplication::translate("dosi::desktop::ImportJob", "Seoul living population by gu");
    if (format == QLatin1String("seoul-grid-csv"))
        return QCoreApplication::translate("dosi::desktop::ImportJob", "Seoul living population on the 250 m grid");
    if (format == QLatin1String("hanbyul-json"))
        return QCoreApplication::translate("dosi::desktop::ImportJob", "Weekly living population (JSON)");
    return format;
}

// The first column among the candidates (exact, then any case), else the first matching the test.
QString guessColumn(const QStringList& columns, const QStringList& candidates, const std::function<bool(const QString&)>& test)
{
    for (const QString& c : candidates)
        if (columns.contains(c)) return c;
    for (const QString& c : candidates)
        for (const QString& col : columns)
            if (col.compare(c, Qt::CaseInsensitive) == 0) return col;
    if (test)
        for (const QString& col : columns)
            if (test(col)) return col;
    return {};
}

bool looksLikeCode(const QString& column)
{
    const QString u = column.toUpper();
    return u.endsWith(QLatin1String("CODE")) || u.endsWith(QLatin1String("_CD")) || column.contains(QStringLiteral("코드"));
}

// The first rows of a CSV file (header, rows) with its encoding and delimiter.
Result<void> readCsvHead(const QString& path, const QString& encoding, int maxRows, ImportPreview* out)
{
    auto opened = gis::CsvReader::open(path, encoding);
    if (!opened) return opened.error();
    gis::CsvReader& reader = opened.value();
    out->header = reader.header();
    QStringList fields;
    int line = 0;
    while (out->rows.size() < maxRows && reader.next(&fields, &line)) out->rows << fields;
    if (!reader.errorMessage().isEmpty()) return makeError(reader.errorMessage());
    out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Encoding: %1").arg(reader.encoding())
               << QCoreApplication::translate("dosi::desktop::ImportJob", "Delimiter: %1").arg(delimiterName(reader.delimiter()));
    return {};
}

Result<void> previewVectorSource(const ImportRequest& request, int maxRows, ImportPreview* out)
{
    auto preview = gis::previewVector(request.files.first(), request.encoding, maxRows);
    if (!preview) return preview.error();
    const gis::VectorPreview& p = preview.value();
    out->header = p.fields;
    out->rows = p.rows;
    out->columns = p.fields;
    out->detectedCode = p.detectedCodeField;
    out->detectedLabel = p.detectedLabelField;
    out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Format: %1").arg(p.driver);
    out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Coordinate system: %1")
                      .arg(p.sourceCrs.isEmpty() ? QCoreApplication::translate("dosi::desktop::ImportJob", "none") : p.sourceCrs);
    if (p.featureCount >= 0)
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Features: %1").arg(p.featureCount);
    if (p.detectedCodeField.isEmpty())
        out->problem = QCoreApplication::translate("dosi::desktop::ImportJob",
                                                   "No code field was detected; choose one on the next page.");
    else
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Code field: %1").arg(p.detectedCodeField);
    if (!p.detectedLabelField.isEmpty())
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Label field: %1").arg(p.detectedLabelField);
    if (p.sourceCrs.isEmpty())
        out->problem = QCoreApplication::translate("dosi::desktop::ImportJob",
                                                   "%1 has no coordinate reference system.").arg(shown(p.file));
    return {};
}

Result<void> previewLiving(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                           ImportPreview* out)
{
    const QString first = request.files.first();
    const bool json = QFileInfo(first).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (!json)
        if (auto r = readCsvHead(first, QString(), maxRows, out); !r) return r;
    // Dry run on the first file (or on its first lines when it is big): detects the schema and
    // counts masked values.
    QString dryFile = first;
    QTemporaryDir sampleDir;
    bool sampled = false;
    if (!json && QFileInfo(first).size() > kSampleAboveBytes && sampleDir.isValid()) {
        QFile in(first);
        QFile out(sampleDir.filePath(QFileInfo(first).fileName()));
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
            for (int line = 0; line <= kSampleLines && !in.atEnd(); ++line) out.write(in.readLine());
            out.close();
            dryFile = out.fileName();
            sampled = true;
        }
    }
    auto dry = gis::importLivingPopulation({dryFile}, QStringLiteral("preview"),
                                           [&cancelled](int, int) { return !cancelled(); });
    if (!dry) {
        out->problem = dry.errorMessage();
        return {};
    }
    const gis::MeasureImport& m = dry.value();
    out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Schema: %1").arg(formatDescription(m.format));
    if (sampled)
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob",
                                                  "First %1 lines: %2 record(s), %3 masked value(s)")
                          .arg(kSampleLines)
                          .arg(m.table.rowCount())
                          .arg(m.maskedCount);
    else
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "First file: %1 record(s), %2 masked value(s)")
                          .arg(m.table.rowCount())
                          .arg(m.maskedCount);
    if (json) {   // no raw rows to show: show the decoded records
        out->header = QStringList{QStringLiteral("unit"), QStringLiteral("time")} + m.table.fields;
        for (int row = 0; row < m.table.rowCount() && out->rows.size() < maxRows; ++row) {
            QStringList r{m.table.units.at(row), m.table.times.at(row)};
            for (const QVector<double>& col : m.table.columns) r << QString::number(col.at(row), 'g', 10);
            out->rows << r;
        }
    }
    return {};
}

Result<void> previewTable(const ImportRequest& request, int maxRows, ImportPreview* out)
{
    if (auto r = readCsvHead(request.files.first(), request.encoding, maxRows, out); !r) return r;
    for (const QString& c : out->header)
        if (!c.isEmpty() && c != QLatin1String("Unnamed: 0")) out->columns << c;
    out->detectedCode = guessColumn(out->columns,
                                    {QStringLiteral("CODE_AD"), QStringLiteral("행정동코드"), QStringLiteral("adm_cd2"),
                                     QStringLiteral("adm_cd"), QStringLiteral("code"), QStringLiteral("unit")},
                                    looksLikeCode);
    out->detectedTime = guessColumn(out->columns,
                                    {QStringLiteral("YEAR"), QStringLiteral("연도"), QStringLiteral("기준년도"),
                                     QStringLiteral("기준_년분기_코드"), QStringLiteral("기준일ID"), QStringLiteral("date"),
                                     QStringLiteral("time")},
                                    {});
    if (out->detectedCode.isEmpty())
        out->problem = QCoreApplication::translate("dosi::desktop::ImportJob",
                                                   "No key column was detected; choose one on the next page.");
    else
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Key column: %1").arg(out->detectedCode);
    if (!out->detectedTime.isEmpty())
        out->facts << QCoreApplication::translate("dosi::desktop::ImportJob", "Time column: %1").arg(out->detectedTime);
    return {};
}

QStringList featureCodes(const ProjectStore& store, const LayerInfo& layer)
{
    QStringList codes;
    const int idx = layer.fieldIndex(layer.codeField);
    auto feats = store.readFeatures(layer.name);
    if (!feats || idx < 0) return codes;
    for (const FeatureRecord& f : feats.value()) codes << f.values.value(idx).toString();
    return codes;
}

}  // namespace

Result<ImportPreview> previewImport(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows)
{
    if (request.files.isEmpty())
        return makeError(QCoreApplication::translate("dosi::desktop::ImportJob", "No file was chosen."));
    ImportPreview out;
    Result<void> r;
    switch (request.kind) {
    case ImportKind::Boundaries:
    case ImportKind::Points: r = previewVectorSource(request, maxRows, &out); break;
    case ImportKind::LivingPopulation: r = previewLiving(request, cancelled, maxRows, &out); break;
    case ImportKind::Table: r = previewTable(request, maxRows, &out); break;
    }
    if (!r) return r.error();
    return out;
}

Result<ImportOutcome> runImport(const ImportRequest& request, const ImportProgress& progress)
{
    ImportOutcome out;
    out.request = request;
    if (request.files.isEmpty())
        return makeError(QCoreApplication::translate("dosi::desktop::ImportJob", "No file was chosen."));
    if (!acceptsManyFiles(request.kind) && request.files.size() != 1)
        return makeError(QCoreApplication::translate("dosi::desktop::ImportJob", "This kind of import takes exactly one file."));
    switch (request.kind) {
    case ImportKind::Boundaries:
    case ImportKind::Points: {
        gis::VectorImportOptions opt;
        opt.codeField = request.codeField;
        opt.labelField = request.labelField;
        opt.encoding = request.encoding;
        opt.kind = request.kind == ImportKind::Points ? LayerKind::Points : LayerKind::Boundaries;
        auto imported = gis::importVector(request.files.first(), request.layerName, opt, progress);
        if (!imported) return imported.error();
        out.features = std::move(imported).value();
        break;
    }
    case ImportKind::LivingPopulation: {
        auto imported = gis::importLivingPopulation(request.files, request.layerName, progress);
        if (!imported) return imported.error();
        out.measures = std::move(imported).value();
        break;
    }
    case ImportKind::Table: {
        // importTable reads in one go: cancellation is checked before and after.
        const QString cancelled = QCoreApplication::translate("dosi::desktop::ImportJob", "Import of %1 cancelled.")
                                      .arg(shown(request.files.first()));
        if (progress && !progress(0, 1)) return makeError(cancelled);
        auto imported = gis::importTable(request.files.first(), request.layerName, request.keyColumn,
                                         request.timeColumn, request.encoding);
        if (!imported) return imported.error();
        if (progress && !progress(1, 1)) return makeError(cancelled);
        out.measures = std::move(imported).value();
        break;
    }
    }
    return out;
}

QString bestGeometryLayer(const ProjectStore& store, const QStringList& units, QString* joinSummary)
{
    QString best;
    gis::JoinReport bestReport;
    for (const LayerInfo& l : store.layers()) {
        if (!l.isFeatureLayer()) continue;
        const gis::JoinReport r = gis::joinReport(featureCodes(store, l), units);
        if (best.isEmpty() || r.matched > bestReport.matched) {
            best = l.name;
            bestReport = r;
        }
    }
    if (best.isEmpty() || bestReport.matched == 0) return {};
    if (joinSummary) *joinSummary = bestReport.summary();
    return best;
}

Result<ImportSummary> commitImport(ProjectStore& store, ImportOutcome outcome)
{
    const QString name = outcome.request.layerName;
    if (const QString problem = layerNameProblem(&store, name); !problem.isEmpty()) return makeError(problem);
    ImportSummary summary;
    summary.layerName = name;
    if (outcome.features) {
        const gis::ImportedLayer& imported = *outcome.features;
        if (auto r = store.addFeatureLayer(imported.info, imported.features); !r) return r.error();
        const gis::ImportReport& rep = imported.report;
        summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob",
                                                     "Imported %1 of %2 feature(s) from %3 (%4 → EPSG:5179).")
                             .arg(rep.featuresWritten)
                             .arg(rep.featuresRead)
                             .arg(shown(rep.file), rep.sourceCrs);
        summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob",
                                                     "%1 invalid geometries repaired, %2 empty skipped.")
                             .arg(rep.invalidRepaired)
                             .arg(rep.emptySkipped);
        summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob", "Code field: %1; label field: %2.")
                             .arg(imported.info.codeField, imported.info.labelField);
        summary.warnings = rep.warnings;
        return summary;
    }
    if (outcome.measures) {
        gis::MeasureImport& imported = *outcome.measures;
        QString join;
        imported.info.geometryLayer = bestGeometryLayer(store, imported.table.units, &join);
        if (auto r = store.addMeasureLayer(imported.info, imported.table); !r) return r.error();
        summary.geometryLayer = imported.info.geometryLayer;
        summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob",
                                                     "Imported %1 record(s) from %2 file(s) (%3).")
                             .arg(imported.table.rowCount())
                             .arg(outcome.request.files.size())
                             .arg(formatDescription(imported.format));
        summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob", "%1 masked value(s) kept as masked.")
                             .arg(imported.maskedCount);
        if (summary.geometryLayer.isEmpty())
            summary.warnings << QCoreApplication::translate("dosi::desktop::ImportJob",
                                                            "No feature layer has these unit codes; the layer is "
                                                            "stored without a map layer.");
        else
            summary.lines << QCoreApplication::translate("dosi::desktop::ImportJob", "Joined to layer \"%1\": %2")
                                 .arg(summary.geometryLayer, join);
        summary.warnings << imported.warnings;
        return summary;
    }
    return makeError(QCoreApplication::translate("dosi::desktop::ImportJob", "Nothing was imported."));
}

QString layerNameProblem(const ProjectStore* store, const QString& name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("dosi::desktop::ImportJob", "Enter a name for the new layer.");
    if (name != name.trimmed())
        return QCoreApplication::translate("dosi::desktop::ImportJob", "The layer name must not begin or end with a space.");
    if (store && store->hasLayer(name))
        return QCoreApplication::translate("dosi::desktop::ImportJob", "The project already has a layer named \"%1\".").arg(name);
    return {};
}

}  // namespace dosi::desktop
