// dosi-cli export geotiff | gpkg | csv (see CmdExport.h).
//
//   dosi-cli export P.dosi geotiff OUT.tif --layer L [--field F[,F2]] [--time T1,T2|all] [--cell M] [--cog] [--suppress N]
//   dosi-cli export P.dosi gpkg OUT.gpkg --layer L[,L2,...] [--field F[,F2]] [--time T1,T2|all] [--suppress N]
//   dosi-cli export P.dosi csv OUT.csv --layer L [--field F[,F2]] [--time T1,T2|all] [--suppress N]
//
// --field: the measure's field(s) (default: its first); for a feature layer, its numeric attributes
// (default: all). --time: time keys, or "all" (default: the first time). With several layers (gpkg),
// each takes the listed fields and times it has (none of them: its default), and a field or time that
// no layer has is an error. --classes / --ramp set the style QGIS shows.
// --suppress N: the privacy threshold (counts of N or fewer people are suppressed; 0 = off); default the
// project's rule (dosi_meta privacy_threshold, else 3). What was suppressed is reported on stderr.
// GeoTIFF: --cell in metres (default: a grid layer's own cell size, else 100), --cog for a
// Cloud-Optimised GeoTIFF. Every file is written whole or not at all.
#include "CmdExport.h"

#include "dosi/gis/Privacy.h"
#include "dosi/gis/RasterExport.h"
#include "dosi/gis/ThematicMap.h"
#include "dosi/gis/VectorExport.h"

#include <QDir>
#include <QSet>

namespace dosi::cli {

namespace {

QStringList commaList(const QString& s)
{
    QStringList out;
    for (const QString& part : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

void reportPrivacy(CliContext& ctx, const gis::ExportLayer& layer)
{
    bool people = false;
    for (const gis::ExportColumn& c : layer.columns) people = people || c.peopleCount;
    if (layer.info.estimated)
        ctx.info(CliContext::tr("%1: estimated by a model (marked as such in the file).").arg(layer.info.name));
    if (!people) return;
    if (!layer.privacy.enabled()) {
        ctx.info(CliContext::tr("%1: counts of people, privacy rule off: nothing suppressed.").arg(layer.info.name));
        return;
    }
    ctx.info(CliContext::tr("%1: %n value(s) of %2 or fewer people suppressed (privacy rule).", nullptr,
                            layer.suppressed())
                 .arg(layer.info.name, gis::formatNumber(layer.privacy.threshold)));
}

}  // namespace

QString exportDataUsage()
{
    return QStringLiteral(
        "dosi-cli export P.dosi geotiff OUT.tif --layer L [--field F] [--time T1,T2|all] [--cell M] [--cog] [--suppress N]"
        " | gpkg OUT.gpkg --layer L[,L2,...] [--field F] [--time T1,T2|all] [--suppress N]"
        " | csv OUT.csv --layer L [--field F] [--time T1,T2|all] [--suppress N]");
}

void addExportOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("cell"), CliContext::tr("GeoTIFF cell size in metres (default: a grid's own cells, else 100)"),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("cog"), CliContext::tr("Cloud-optimised GeoTIFF")});
    p.addOption({QStringLiteral("suppress"),
                 CliContext::tr("Privacy threshold: counts of N or fewer people are suppressed (0 = off; default: the project's rule)"),
                 QStringLiteral("N")});
}

int exportData(CliContext& ctx, const ProjectStore& store, const QString& format, const QString& out,
               const QCommandLineParser& p)
{
    const bool tiff = format == QLatin1String("geotiff"), gpkg = format == QLatin1String("gpkg"),
               csv = format == QLatin1String("csv");
    if (!tiff && !gpkg && !csv)
        return ctx.fail(CliContext::tr("Unknown export format \"%1\" (pdf, geotiff, gpkg, csv).").arg(format));
    const QStringList layers = commaList(p.value(QStringLiteral("layer")));
    if (layers.isEmpty()) return ctx.fail(CliContext::tr("export %1 needs --layer (usage: %2)").arg(format, exportDataUsage()));
    if (!gpkg && layers.size() > 1)
        return ctx.fail(CliContext::tr("export %1 writes one layer; only gpkg takes several.").arg(format));

    gis::PrivacyRule rule = gis::privacyRule(store);
    if (p.isSet(QStringLiteral("suppress"))) {
        bool ok = false;
        rule.threshold = p.value(QStringLiteral("suppress")).toDouble(&ok);
        if (!ok || !(rule.threshold >= 0))
            return ctx.fail(CliContext::tr("--suppress must be a number of people, 0 or more (0 = off)."));
    }
    gis::GeoTiffOptions tiffOptions;
    tiffOptions.cellSize = 0;   // automatic
    if (p.isSet(QStringLiteral("cell"))) {
        bool ok = false;
        tiffOptions.cellSize = p.value(QStringLiteral("cell")).toDouble(&ok);
        if (!ok || !(tiffOptions.cellSize > 0)) return ctx.fail(CliContext::tr("--cell must be a positive number of metres."));
    }
    tiffOptions.cog = p.isSet(QStringLiteral("cog"));

    const QStringList times = commaList(p.value(QStringLiteral("time")));
    const bool allTimes = times.size() == 1 && times.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    QSet<QString> timesUsed, fieldsUsed;
    QVector<gis::ExportLayer> items;
    for (const QString& name : layers) {
        gis::ExportRequest request;
        request.layer = name;
        request.fields = commaList(p.value(QStringLiteral("field")));
        request.times = times;
        const auto info = store.layer(name);
        if (layers.size() > 1 && info) {
            // Several layers: each takes the fields it has; a field no layer has is an error below.
            QStringList own;
            for (const QString& f : std::as_const(request.fields))
                if (info->fieldIndex(f) >= 0) own << f;
            request.fields = own;
            for (const QString& f : own) fieldsUsed.insert(f);
        }
        if (layers.size() > 1 && info && !times.isEmpty() && !allTimes) {
            // Several layers: each takes the times it has (an hourly and a yearly layer side by side);
            // one that has none of them gets its first time. A time no layer has is an error below.
            request.times.clear();
            if (info->kind == LayerKind::Measure && info->timeKind != TimeKind::None) {
                const auto own = store.measureTimes(name);
                for (const QString& t : times)
                    if (own && own->contains(t)) request.times << t;
                if (request.times.isEmpty())
                    ctx.info(CliContext::tr("%1 has none of the times asked for; its first time is exported.").arg(name));
            }
            for (const QString& t : std::as_const(request.times)) timesUsed.insert(t);
        }
        if (layers.size() > 1 && info && allTimes && (info->kind != LayerKind::Measure || info->timeKind == TimeKind::None))
            request.times.clear();
        if (p.isSet(QStringLiteral("classes"))) request.classes = p.value(QStringLiteral("classes"));
        if (p.isSet(QStringLiteral("ramp"))) request.ramp = p.value(QStringLiteral("ramp"));
        auto layer = gis::collectExportLayer(store, request, rule);
        if (!layer) return ctx.fail(layer.errorMessage());
        for (const gis::ExportLayer& other : std::as_const(items))
            if (other.tableName.compare(layer->tableName, Qt::CaseInsensitive) == 0)
                return ctx.fail(CliContext::tr("Layer \"%1\" is listed twice.").arg(name));
        items.append(std::move(layer.value()));
    }
    if (layers.size() > 1)
        for (const QString& f : commaList(p.value(QStringLiteral("field"))))
            if (!fieldsUsed.contains(f)) return ctx.fail(CliContext::tr("None of the layers has a field \"%1\".").arg(f));
    if (layers.size() > 1 && !allTimes)
        for (const QString& t : times)
            if (!timesUsed.contains(t)) return ctx.fail(CliContext::tr("None of the layers has values for time \"%1\".").arg(t));

    Result<void> written;
    if (tiff) written = gis::writeLayerGeoTiff(out, items.first(), tiffOptions);
    else if (csv) written = gis::writeCsv(out, items.first());
    else written = gis::writeGeoPackage(out, items, {}, ctx.progressPrinter(CliContext::tr("Export")));
    if (!written) return ctx.fail(written.errorMessage());
    for (const gis::ExportLayer& layer : std::as_const(items)) reportPrivacy(ctx, layer);
    ctx.print(QDir::toNativeSeparators(out));
    return 0;
}

}  // namespace dosi::cli
