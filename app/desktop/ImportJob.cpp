// ImportJob: preview, run (any thread) and commit (GUI thread) of one import. Vector sources, living
// population and indicator tables are here; movement, sales and points from CSV in ImportJobKinds.cpp.
#include "ImportJob.h"
#include "ImportJobDetail.h"

#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/VectorPreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dosi::desktop {

using detail::ImportJobTr;

QList<ImportKind> importKinds()
{
    return {ImportKind::Boundaries, ImportKind::Points,   ImportKind::PointsCsv, ImportKind::LivingPopulation,
            ImportKind::Movement,   ImportKind::Sales,    ImportKind::Table};
}

bool isMeasureKind(ImportKind kind)
{
    return kind == ImportKind::LivingPopulation || kind == ImportKind::Table || kind == ImportKind::Movement
        || kind == ImportKind::Sales;
}

bool acceptsManyFiles(ImportKind kind)
{
    return kind == ImportKind::LivingPopulation || kind == ImportKind::Movement || kind == ImportKind::Sales;
}

QList<Column> mappedColumns(ImportKind kind, const QString& format)
{
    switch (kind) {
    case ImportKind::Boundaries:
    case ImportKind::Points: return {Column::Code, Column::Label};
    case ImportKind::Table: return {Column::Key, Column::Time};
    case ImportKind::Movement:
        if (format == QLatin1String("seoul-od-csv")) return {};
        return {Column::Origin, Column::Dest, Column::Period, Column::Count};
    case ImportKind::PointsCsv: return {Column::X, Column::Y, Column::LatLon, Column::Code, Column::Label};
    case ImportKind::LivingPopulation:
    case ImportKind::Sales: return {};
    }
    return {};
}

bool isOptionalColumn(ImportKind, Column column)
{
    return column == Column::Code || column == Column::Label || column == Column::Time || column == Column::Period
        || column == Column::LatLon;
}

QStringList createdLayerNames(const ImportRequest& request)
{
    QStringList names{request.layerName};
    if (request.kind == ImportKind::Sales) names << request.layerName + QStringLiteral("_by_industry");
    return names;
}

namespace detail {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

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

namespace {
QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t')) return ImportJobTr::tr("tab");
    if (c == QLatin1Char(';')) return ImportJobTr::tr("semicolon (;)");
    return ImportJobTr::tr("comma (,)");
}
}  // namespace

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
    out->facts << ImportJobTr::tr("Encoding: %1").arg(reader.encoding())
               << ImportJobTr::tr("Delimiter: %1").arg(delimiterName(reader.delimiter()));
    return {};
}

DryRunFile::DryRunFile(const QString& path, bool allowSample) : m_original(path), m_path(path)
{
    if (!allowSample || QFileInfo(path).size() <= kSampleAboveBytes || !m_dir.isValid()) return;
    QFile in(path);
    QFile out(m_dir.filePath(QFileInfo(path).fileName()));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) return;
    for (int line = 0; line <= kSampleLines && !in.atEnd(); ++line) out.write(in.readLine());
    m_path = out.fileName();
    m_sampled = true;
}

QString DryRunFile::fact(const QString& counts) const
{
    return m_sampled ? ImportJobTr::tr("First %1 lines: %2").arg(kSampleLines).arg(counts)
                     : ImportJobTr::tr("First file: %1").arg(counts);
}

QString DryRunFile::problem(QString message) const
{
    if (!m_sampled) return message;
    const QString copy = QFileInfo(m_path).absoluteFilePath(), original = QFileInfo(m_original).absoluteFilePath();
    return message.replace(shown(copy), shown(original)).replace(copy, original);
}


}  // namespace detail

namespace {

using detail::shown;

QString formatDescription(const QString& format)
{
    if (format == QLatin1String("seoul-dong-csv")) return ImportJobTr::tr("Seoul living population by dong (32 columns)");
    if (format == QLatin1String("seoul-gu-csv")) return ImportJobTr::tr("Seoul living population by gu");
    if (format == QLatin1String("seoul-grid-csv")) return ImportJobTr::tr("Seoul living population on the 250 m grid");
    if (format == QLatin1String("hanbyul-json")) return ImportJobTr::tr("Weekly living population (JSON)");
    return format;
}

Result<void> previewVectorSource(const ImportRequest& request, int maxRows, ImportPreview* out)
{
    auto preview = gis::previewVector(request.files.first(), request.encoding, maxRows);
    if (!preview) return preview.error();
    const gis::VectorPreview& p = preview.value();
    out->header = p.fields;
    out->rows = p.rows;
    out->columns = p.fields;
    out->detected[Column::Code] = p.detectedCodeField;
    out->detected[Column::Label] = p.detectedLabelField;
    out->facts << ImportJobTr::tr("Format: %1").arg(p.driver);
    out->facts << ImportJobTr::tr("Coordinate system: %1").arg(p.sourceCrs.isEmpty() ? ImportJobTr::tr("none") : p.sourceCrs);
    if (p.featureCount >= 0) out->facts << ImportJobTr::tr("Features: %1").arg(p.featureCount);
    if (p.detectedCodeField.isEmpty())
        out->problem = ImportJobTr::tr("No code field was detected; choose one on the next page.");
    else
        out->facts << ImportJobTr::tr("Code field: %1").arg(p.detectedCodeField);
    if (!p.detectedLabelField.isEmpty()) out->facts << ImportJobTr::tr("Label field: %1").arg(p.detectedLabelField);
    if (p.sourceCrs.isEmpty()) out->problem = ImportJobTr::tr("%1 has no coordinate reference system.").arg(shown(p.file));
    return {};
}

Result<void> previewLiving(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                           ImportPreview* out)
{
    const QString first = request.files.first();
    const bool json = QFileInfo(first).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (!json)
        if (auto r = detail::readCsvHead(first, QString(), maxRows, out); !r) return r;
    // Dry run on the first file (or on its first lines when it is big): detects the schema and
    // counts masked values.
    const detail::DryRunFile dryFile(first, !json);
    auto dry = gis::importLivingPopulation({dryFile.path()}, QStringLiteral("preview"),
                                           [&cancelled](int, int) { return !cancelled(); });
    if (!dry) {
        out->problem = dryFile.problem(dry.errorMessage());
        return {};
    }
    const gis::MeasureImport& m = dry.value();
    out->format = m.format;
    out->facts << ImportJobTr::tr("Schema: %1").arg(formatDescription(m.format));
    out->facts << dryFile.fact(ImportJobTr::tr("%1 record(s), %2 masked value(s)").arg(m.table.rowCount()).arg(m.maskedCount));
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
    if (auto r = detail::readCsvHead(request.files.first(), request.encoding, maxRows, out); !r) return r;
    for (const QString& c : out->header)
        if (!c.isEmpty() && c != QLatin1String("Unnamed: 0")) out->columns << c;
    const QString key = detail::guessColumn(out->columns,
                                            {QStringLiteral("CODE_AD"), QStringLiteral("행정동코드"), QStringLiteral("adm_cd2"),
                                             QStringLiteral("adm_cd"), QStringLiteral("code"), QStringLiteral("unit")},
                                            detail::looksLikeCode);
    const QString time = detail::guessColumn(out->columns,
                                             {QStringLiteral("YEAR"), QStringLiteral("연도"), QStringLiteral("기준년도"),
                                              QStringLiteral("기준_년분기_코드"), QStringLiteral("기준일ID"),
                                              QStringLiteral("date"), QStringLiteral("time")},
                                             {});
    out->detected[Column::Key] = key;
    out->detected[Column::Time] = time;
    if (key.isEmpty())
        out->problem = ImportJobTr::tr("No key column was detected; choose one on the next page.");
    else
        out->facts << ImportJobTr::tr("Key column: %1").arg(key);
    if (!time.isEmpty()) out->facts << ImportJobTr::tr("Time column: %1").arg(time);
    return {};
}

void addFeatureSummary(const gis::ImportedLayer& imported, ImportSummary* summary)
{
    const gis::ImportReport& rep = imported.report;
    summary->lines << ImportJobTr::tr("Imported %1 of %2 feature(s) from %3 (%4 → EPSG:5179).")
                          .arg(rep.featuresWritten)
                          .arg(rep.featuresRead)
                          .arg(shown(rep.file), rep.sourceCrs);
    summary->lines << ImportJobTr::tr("%1 invalid geometries repaired, %2 empty skipped.")
                          .arg(rep.invalidRepaired)
                          .arg(rep.emptySkipped);
    summary->lines << ImportJobTr::tr("Code field: %1; label field: %2.").arg(imported.info.codeField, imported.info.labelField);
    summary->warnings = rep.warnings;
}

Result<void> commitMeasures(ProjectStore& store, gis::MeasureImport& imported, const ImportRequest& request,
                            ImportSummary* summary)
{
    QString join;
    if (request.zoneLayer.isEmpty()) {
        imported.info.geometryLayer = bestGeometryLayer(store, imported.table.units, &join);
    } else if (const auto layer = store.layer(request.zoneLayer)) {
        imported.info.geometryLayer = layer->name;
        join = gis::joinReport(gis::featureCodes(store, *layer), imported.table.units).summary();
    }
    if (auto r = store.addMeasureLayer(imported.info, imported.table); !r) return r.error();
    summary->geometryLayer = imported.info.geometryLayer;
    summary->lines << ImportJobTr::tr("Imported %1 record(s) from %2 file(s) (%3).")
                          .arg(imported.table.rowCount())
                          .arg(request.files.size())
                          .arg(formatDescription(imported.format));
    summary->lines << ImportJobTr::tr("%1 masked value(s) kept as masked.").arg(imported.maskedCount);
    if (summary->geometryLayer.isEmpty())
        summary->warnings << ImportJobTr::tr("No feature layer has these unit codes; the layer is stored without a map layer.");
    else
        summary->lines << ImportJobTr::tr("Joined to layer \"%1\": %2").arg(summary->geometryLayer, join);
    summary->warnings << imported.warnings;
    return {};
}

}  // namespace

Result<ImportPreview> previewImport(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows)
{
    if (request.files.isEmpty()) return makeError(ImportJobTr::tr("No file was chosen."));
    ImportPreview out;
    Result<void> r;
    switch (request.kind) {
    case ImportKind::Boundaries:
    case ImportKind::Points: r = previewVectorSource(request, maxRows, &out); break;
    case ImportKind::LivingPopulation: r = previewLiving(request, cancelled, maxRows, &out); break;
    case ImportKind::Table: r = previewTable(request, maxRows, &out); break;
    case ImportKind::Movement: r = detail::previewMovement(request, cancelled, maxRows, &out); break;
    case ImportKind::Sales: r = detail::previewSales(request, cancelled, maxRows, &out); break;
    case ImportKind::PointsCsv: r = detail::previewPointsCsv(request, maxRows, &out); break;
    }
    if (!r) return r.error();
    return out;
}

Result<ImportOutcome> runImport(const ImportRequest& request, const ImportProgress& progress)
{
    ImportOutcome out;
    out.request = request;
    if (request.files.isEmpty()) return makeError(ImportJobTr::tr("No file was chosen."));
    if (!acceptsManyFiles(request.kind) && request.files.size() != 1)
        return makeError(ImportJobTr::tr("This kind of import takes exactly one file."));
    Result<void> r;
    switch (request.kind) {
    case ImportKind::Boundaries:
    case ImportKind::Points: {
        gis::VectorImportOptions opt;
        opt.codeField = request.column(Column::Code);
        opt.labelField = request.column(Column::Label);
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
        auto imported = detail::runWhole<gis::MeasureImport>(progress, request.files.first(), [&] {
            return gis::importTable(request.files.first(), request.layerName, request.column(Column::Key),
                                    request.column(Column::Time), request.encoding);
        });
        if (!imported) return imported.error();
        out.measures = std::move(imported).value();
        break;
    }
    case ImportKind::Movement: r = detail::runMovement(request, progress, &out); break;
    case ImportKind::Sales: r = detail::runSales(request, progress, &out); break;
    case ImportKind::PointsCsv: r = detail::runPointsCsv(request, progress, &out); break;
    }
    if (!r) return r.error();
    return out;
}

QString bestFeatureLayer(const ProjectStore& store, const QList<LayerKind>& kinds,
                         const std::function<int(const QStringList&, QString*)>& score, QString* summary)
{
    QString best, bestSummary;
    int bestScore = 0;
    for (const LayerInfo& l : store.layers()) {
        if (!l.isFeatureLayer() || (!kinds.isEmpty() && !kinds.contains(l.kind))) continue;
        QString s;
        const int n = score(gis::featureCodes(store, l), &s);
        if (n > bestScore) {
            best = l.name;
            bestScore = n;
            bestSummary = s;
        }
    }
    if (summary && !best.isEmpty()) *summary = bestSummary;
    return best;
}

QString bestGeometryLayer(const ProjectStore& store, const QStringList& units, QString* joinSummary)
{
    return bestFeatureLayer(
        store, {},
        [&units](const QStringList& codes, QString* summary) {
            const gis::JoinReport r = gis::joinReport(codes, units);
            *summary = r.summary();
            return r.matched;
        },
        joinSummary);
}

QString defaultDongLayer(const ProjectStore& store)
{
    return bestFeatureLayer(
        store, {LayerKind::Boundaries},
        [](const QStringList& codes, QString*) {
            return int(std::count_if(codes.begin(), codes.end(), [](const QString& c) {
                return gis::detectCodeSystem(c) == gis::CodeSystem::Mois10;
            }));
        },
        nullptr);
}

Result<void> attachProjectInputs(const ProjectStore* store, ImportRequest& request)
{
    if (request.kind != ImportKind::Sales) return {};
    request.zones = ZoneSnapshot();
    const QString name = !request.zoneLayer.isEmpty() ? request.zoneLayer : store ? defaultDongLayer(*store) : QString();
    const std::optional<LayerInfo> layer = store && !name.isEmpty() ? store->layer(name) : std::nullopt;
    if (!layer || layer->kind != LayerKind::Boundaries)
        return makeError(name.isEmpty() ? ImportJobTr::tr("The project has no boundary layer to place the commercial areas "
                                                          "in; import the dong boundaries first.")
                                        : ImportJobTr::tr("The project has no boundary layer named \"%1\".").arg(name));
    request.zones.layer = layer->name;
    request.zones.codes = gis::featureCodes(*store, *layer, nullptr, &request.zones.polygons);
    return {};
}

Result<ImportSummary> commitImport(ProjectStore& store, ImportOutcome outcome)
{
    const ImportRequest& request = outcome.request;
    for (const QString& name : createdLayerNames(request))
        if (const QString problem = layerNameProblem(&store, name); !problem.isEmpty()) return makeError(problem);
    ImportSummary summary;
    summary.layerName = request.layerName;
    summary.layers = createdLayerNames(request);
    Result<void> r = makeError(ImportJobTr::tr("Nothing was imported."));
    if (outcome.features) {
        r = store.addFeatureLayer(outcome.features->info, outcome.features->features);
        if (r) addFeatureSummary(*outcome.features, &summary);
    } else if (outcome.measures) {
        r = commitMeasures(store, *outcome.measures, request, &summary);
    } else if (outcome.od) {
        r = detail::commitOd(store, *outcome.od, request, &summary);
    } else if (outcome.sales) {
        r = detail::commitSales(store, *outcome.sales, request, &summary);
    }
    if (!r) return r.error();
    return summary;
}

QString layerNameProblem(const ProjectStore* store, const QString& name)
{
    if (name.trimmed().isEmpty()) return ImportJobTr::tr("Enter a name for the new layer.");
    if (name != name.trimmed()) return ImportJobTr::tr("The layer name must not begin or end with a space.");
    if (store && store->hasLayer(name)) return ImportJobTr::tr("The project already has a layer named \"%1\".").arg(name);
    return {};
}

QString requestProblem(const ProjectStore* store, const ImportRequest& request, const QString& format)
{
    if (const QString p = layerNameProblem(store, request.layerName); !p.isEmpty()) return p;
    if (request.kind == ImportKind::Sales)
        if (const QString p = layerNameProblem(store, createdLayerNames(request).value(1)); !p.isEmpty()) return p;
    const ImportKind kind = request.kind;
    if (kind == ImportKind::Movement && format != QLatin1String("seoul-od-csv") && request.files.size() > 1)
        return ImportJobTr::tr("%1 is not a Seoul movement (OA-22300) file; another origin-destination table is "
                               "imported one file at a time.")
            .arg(shown(request.files.first()));
    if (kind == ImportKind::Sales && request.areasFile.isEmpty())
        return ImportJobTr::tr("Choose the commercial-area file on the first page.");
    if (kind == ImportKind::Sales && store && request.zoneLayer.isEmpty() && defaultDongLayer(*store).isEmpty())
        return ImportJobTr::tr("The project has no boundary layer to place the commercial areas in; import the dong "
                               "boundaries first.");
    const bool latLon = kind == ImportKind::PointsCsv && !request.column(Column::LatLon).isEmpty();
    for (Column c : mappedColumns(kind, format)) {
        if (isOptionalColumn(kind, c) || !request.column(c).isEmpty() || (latLon && (c == Column::X || c == Column::Y)))
            continue;
        switch (c) {
        case Column::Key: return ImportJobTr::tr("Choose the key column (unit code).");
        case Column::Origin: return ImportJobTr::tr("Choose the origin column.");
        case Column::Dest: return ImportJobTr::tr("Choose the destination column.");
        case Column::Count: return ImportJobTr::tr("Choose the count column.");
        case Column::X:
        case Column::Y: return ImportJobTr::tr("Choose the x and y columns, or one \"lat,lon\" column.");
        default: return ImportJobTr::tr("Choose the columns to use.");
        }
    }
    if (kind == ImportKind::PointsCsv && !latLon && request.crs.trimmed().isEmpty())
        return ImportJobTr::tr("Choose the coordinate system of the x and y columns.");
    return {};
}

}  // namespace dosi::desktop
