// dosi-cli import P.dosi boundaries|points|living-population|table ...

#include "CliContext.h"

#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/PostgisSource.h"
#include "dosi/gis/VectorImport.h"

#include <QDir>

namespace dosi::cli {

namespace {

bool isConnection(const QString& s) { return s.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive); }

// Files become absolute; database connection strings stay as they are.
QString resolveSource(const QString& s) { return isConnection(s) ? s : QDir::current().absoluteFilePath(s); }


// Picks the feature layer whose codes match most of the table's units (or the one asked for),
// prints the join report and returns the layer name (empty when nothing matches).
QString attachToLayer(const CliContext& ctx, const ProjectStore& store, const QStringList& units, const QString& wanted,
                      QString* error)
{
    QString best;
    gis::JoinReport bestReport;
    for (const LayerInfo& l : store.layers()) {
        if (!l.isFeatureLayer()) continue;
        if (!wanted.isEmpty() && l.name != wanted) continue;
        const gis::JoinReport r = gis::joinReport(gis::featureCodes(store, l), units);
        if (best.isEmpty() || r.matched > bestReport.matched) {
            best = l.name;
            bestReport = r;
        }
    }
    if (!wanted.isEmpty() && best.isEmpty()) {
        *error = CliContext::tr("The project has no feature layer named \"%1\".").arg(wanted);
        return {};
    }
    if (best.isEmpty() || bestReport.matched == 0) {
        ctx.info(CliContext::tr("Warning: no feature layer has these unit codes; the layer is stored without a map layer."));
        return {};
    }
    ctx.info(CliContext::tr("Join with layer \"%1\": %2").arg(best, bestReport.summary()));
    return best;
}

int importBoundaries(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store, LayerKind kind)
{
    if (files.size() != 1) return ctx.fail(CliContext::tr("import boundaries takes exactly one file."));
    const QString name = p.value(QStringLiteral("name"));
    const bool append = p.isSet(QStringLiteral("append"));
    const auto existing = store.layer(name);
    if (existing && !append)
        return ctx.fail(CliContext::tr("The project already has a layer named \"%1\" (use --append to add to it).").arg(name));

    gis::VectorImportOptions opt;
    opt.codeField = p.value(QStringLiteral("code-field"));
    opt.labelField = p.value(QStringLiteral("label-field"));
    opt.encoding = p.value(QStringLiteral("encoding"));
    opt.sourceCrs = p.value(QStringLiteral("crs"));
    opt.sourceLayer = p.value(QStringLiteral("source-layer"));
    opt.kind = kind;
    const QString path = resolveSource(files.first());
    auto imported = gis::importVector(path, name, opt, ctx.progressPrinter(QDir::toNativeSeparators(path)));
    if (!imported) return ctx.fail(imported.errorMessage());
    const gis::ImportReport& rep = imported->report;

    if (existing && append) {
        // Appending needs the same columns in the same order.
        QStringList a, b;
        for (const FieldInfo& f : existing->fields) a << f.name;
        for (const FieldInfo& f : imported->info.fields) b << f.name;
        if (a != b)
            return ctx.fail(CliContext::tr("%1: its fields (%2) differ from layer \"%3\" (%4).")
                                .arg(QDir::toNativeSeparators(path), b.join(QStringLiteral(", ")), name, a.join(QStringLiteral(", "))));
        if (auto r = store.appendFeatures(name, imported->features); !r) return ctx.fail(r.errorMessage());
    } else {
        if (auto r = store.addFeatureLayer(imported->info, imported->features); !r) return ctx.fail(r.errorMessage());
    }
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Imported %1 of %2 feature(s) from %3 (%4 -> EPSG:5179); %5 invalid geometries repaired, %6 empty skipped.")
                 .arg(rep.featuresWritten)
                 .arg(rep.featuresRead)
                 .arg(QDir::toNativeSeparators(path), rep.sourceCrs)
                 .arg(rep.invalidRepaired)
                 .arg(rep.emptySkipped));
    for (const QString& w : rep.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    return 0;
}

int storeMeasures(CliContext& ctx, ProjectStore& store, gis::MeasureImport imported, const QString& wantedLayer)
{
    QString error;
    const QString layer = attachToLayer(ctx, store, imported.table.units, wantedLayer, &error);
    if (!error.isEmpty()) return ctx.fail(error);
    imported.info.geometryLayer = layer;
    if (auto r = store.addMeasureLayer(imported.info, imported.table); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Imported %1 record(s) as \"%2\" (%3); %4 masked value(s) kept as masked.")
                 .arg(imported.table.rowCount())
                 .arg(imported.info.name, imported.format)
                 .arg(imported.maskedCount));
    for (const QString& w : imported.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    return 0;
}

}  // namespace

int cmdImport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), QStringLiteral("Layer name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("code-field"), QStringLiteral("Unit code field"), QStringLiteral("F")});
    p.addOption({QStringLiteral("label-field"), QStringLiteral("Label field"), QStringLiteral("F")});
    p.addOption({QStringLiteral("encoding"), QStringLiteral("Text encoding, e.g. CP949"), QStringLiteral("ENC")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("CRS when the file has none, e.g. EPSG:5181"), QStringLiteral("CRS")});
    p.addOption({QStringLiteral("append"), QStringLiteral("Append to an existing layer")});
    p.addOption({QStringLiteral("key"), QStringLiteral("Unit key column"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("time"), QStringLiteral("Time column"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("layer"), QStringLiteral("Feature layer the units belong to"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("origin"), QStringLiteral("Origin code column (OD tables)"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("dest"), QStringLiteral("Destination code column (OD tables)"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("period"), QStringLiteral("Period column (OD tables)"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("count"), QStringLiteral("Count column (OD tables)"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("net-name"), QStringLiteral("Also store net in/outflow per zone as this layer"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("areas"), QStringLiteral("Commercial-area points file (sales)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("x"), QStringLiteral("X (easting/longitude) column of a points CSV"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("y"), QStringLiteral("Y (northing/latitude) column of a points CSV"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("latlon"), QStringLiteral("One \"lat,lon\" column of a points CSV (WGS84)"), QStringLiteral("COL")});
    p.addOption({QStringLiteral("id-field"), QStringLiteral("Id column of a points CSV"), QStringLiteral("F")});
    p.addOption({QStringLiteral("skip-invalid"), QStringLiteral("Skip points CSV rows with invalid coordinates")});
    p.addOption({QStringLiteral("source-layer"), QStringLiteral("Layer or table inside the source (e.g. a PostGIS table)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("fields"), QStringLiteral("Value columns, comma-separated (database tables)"), QStringLiteral("F,...")});
    p.addOption({QStringLiteral("agg"), QStringLiteral("Aggregate done in the database: sum, avg, min, max, count"), QStringLiteral("AGG"), QStringLiteral("sum")});
    p.addOption({QStringLiteral("where"), QStringLiteral("SQL condition for database tables"), QStringLiteral("SQL")});
    const QString usage = QStringLiteral("dosi-cli import P.dosi boundaries|points|living-population|table|movement|sales FILE... --name NAME");
    if (!ctx.parse(p, usage)) return 1;
    QStringList pos = p.positionalArguments();
    if (pos.size() < 3) return ctx.fail(CliContext::tr("import needs a project, a kind and at least one file (usage: %1)").arg(usage));
    const QString project = pos.takeFirst();
    const QString kind = pos.takeFirst();
    if (!p.isSet(QStringLiteral("name"))) return ctx.fail(CliContext::tr("import needs --name NAME."));

    auto opened = ctx.openProject(project);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString name = p.value(QStringLiteral("name"));

    if (kind == QLatin1String("boundaries")) return importBoundaries(ctx, p, pos, store, LayerKind::Boundaries);
    if (kind == QLatin1String("points")) {
        if (p.isSet(QStringLiteral("x")) || p.isSet(QStringLiteral("y")) || p.isSet(QStringLiteral("latlon")))
            return importPointsCsvCommand(ctx, p, pos, store);
        return importBoundaries(ctx, p, pos, store, LayerKind::Points);
    }
    if (kind == QLatin1String("sales")) {
        if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));
        return importSalesCommand(ctx, p, pos, store);
    }
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));

    QStringList files;
    for (const QString& f : pos) files << resolveSource(f);
    if (kind == QLatin1String("movement")) return importMovementCommand(ctx, p, files, store);
    if (kind == QLatin1String("living-population")) {
        auto imported = gis::importLivingPopulation(files, name, ctx.progressPrinter(name));
        if (!imported) return ctx.fail(imported.errorMessage());
        return storeMeasures(ctx, store, std::move(imported).value(), p.value(QStringLiteral("layer")));
    }
    if (kind == QLatin1String("table")) {
        if (files.size() != 1) return ctx.fail(CliContext::tr("import table takes exactly one file."));
        if (!p.isSet(QStringLiteral("key"))) return ctx.fail(CliContext::tr("import table needs --key COL."));
        if (isConnection(files.first())) {
            // A warehouse table: aggregate by (unit, time) in the database, keep only the result.
            if (!p.isSet(QStringLiteral("source-layer")))
                return ctx.fail(CliContext::tr("import table from a database needs --source-layer TABLE."));
            gis::DatabaseMeasureQuery q;
            q.connection = files.first();
            q.table = p.value(QStringLiteral("source-layer"));
            q.unitColumn = p.value(QStringLiteral("key"));
            q.timeColumn = p.value(QStringLiteral("time"));
            q.valueColumns = p.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            q.aggregate = p.value(QStringLiteral("agg"));
            q.where = p.value(QStringLiteral("where"));
            auto imported = gis::importDatabaseMeasures(q, name);
            if (!imported) return ctx.fail(imported.errorMessage());
            return storeMeasures(ctx, store, std::move(imported).value(), p.value(QStringLiteral("layer")));
        }
        auto imported = gis::importTable(files.first(), name, p.value(QStringLiteral("key")), p.value(QStringLiteral("time")),
                                         p.value(QStringLiteral("encoding")));
        if (!imported) return ctx.fail(imported.errorMessage());
        return storeMeasures(ctx, store, std::move(imported).value(), p.value(QStringLiteral("layer")));
    }
    return ctx.fail(CliContext::tr("Unknown import kind \"%1\" (boundaries, points, living-population, table, movement, sales).").arg(kind));
}

}  // namespace dosi::cli
