// dosi-cli dissolve | render | export | report

#include "CliContext.h"
#include "CmdRenderFlow.h"

#include "dosi/gis/Dissolve.h"
#include "dosi/gis/RasterExport.h"
#include "dosi/gis/ThematicMap.h"
#include "dosi/models/Report.h"
#include "dosi/models/ReportDefaults.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace dosi::cli {

namespace {

QString absolute(const QString& p) { return QDir::current().absoluteFilePath(p); }
QString shown(const QString& p) { return QDir::toNativeSeparators(p); }

bool parseSize(const QString& s, QSize* out)
{
    const QStringList parts = s.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2) return false;
    bool a = false, b = false;
    const int w = parts[0].toInt(&a), h = parts[1].toInt(&b);
    if (!a || !b || w < 16 || h < 16 || w > 16384 || h > 16384) return false;
    *out = QSize(w, h);
    return true;
}

void addSpecOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("layer"), QStringLiteral("Layer"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("field"), QStringLiteral("Field"), QStringLiteral("F")});
    p.addOption({QStringLiteral("time"), QStringLiteral("Time key(s), comma-separated"), QStringLiteral("T")});
    p.addOption({QStringLiteral("classes"), QStringLiteral("Classification, e.g. quantile:5"), QStringLiteral("C")});
    p.addOption({QStringLiteral("ramp"), QStringLiteral("Colour ramp, e.g. YlOrRd"), QStringLiteral("R")});
}

gis::ThematicSpec specFrom(const QCommandLineParser& p)
{
    gis::ThematicSpec s;
    s.layer = p.value(QStringLiteral("layer"));
    s.field = p.value(QStringLiteral("field"));
    s.time = p.value(QStringLiteral("time"));
    if (p.isSet(QStringLiteral("classes"))) s.classes = p.value(QStringLiteral("classes"));
    if (p.isSet(QStringLiteral("ramp"))) s.ramp = p.value(QStringLiteral("ramp"));
    return s;
}

int writePdf(CliContext& ctx, const ProjectStore& store, const QString& out, const QCommandLineParser& p)
{
    models::ReportOptions opt;
    opt.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : store.title();
    opt.author = p.value(QStringLiteral("author"));
    opt.area = store.metaValue(QStringLiteral("area"));
    if (p.isSet(QStringLiteral("a3"))) opt.pageSize = QPageSize::A3;
    opt.landscape = p.isSet(QStringLiteral("landscape"));
    opt.maps = models::defaultReportMaps(store);
    auto r = models::writeReport(store, opt, out, [&ctx](int done, int total) {
        ctx.info(CliContext::tr("Report: step %1 of %2").arg(done).arg(total));
        return true;
    });
    if (!r) return ctx.fail(r.errorMessage());
    ctx.print(shown(out));
    return 0;
}

void addReportOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("title"), QStringLiteral("Report title"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("author"), QStringLiteral("Author"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("a3"), QStringLiteral("A3 paper")});
    p.addOption({QStringLiteral("landscape"), QStringLiteral("Landscape pages")});
}

}  // namespace

int cmdDissolve(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("layer"), QStringLiteral("Layer"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("by"), QStringLiteral("Field"), QStringLiteral("FIELD")});
    p.addOption({QStringLiteral("name"), QStringLiteral("New layer name"), QStringLiteral("NAME")});
    const QString usage = QStringLiteral("dosi-cli dissolve P.dosi --layer LAYER --by FIELD --name NAME");
    if (!ctx.parse(p, usage)) return 1;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("layer")) || !p.isSet(QStringLiteral("by"))
        || !p.isSet(QStringLiteral("name")))
        return ctx.fail(CliContext::tr("dissolve needs a project, --layer, --by and --name (usage: %1)").arg(usage));
    auto opened = ctx.openProject(p.positionalArguments().first());
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString layerName = p.value(QStringLiteral("layer"));
    const auto layer = store.layer(layerName);
    if (!layer || !layer->isFeatureLayer()) return ctx.fail(CliContext::tr("The project has no feature layer named \"%1\".").arg(layerName));
    if (layer->fieldIndex(p.value(QStringLiteral("by"))) < 0)
        return ctx.fail(CliContext::tr("Layer \"%1\" has no field \"%2\".").arg(layerName, p.value(QStringLiteral("by"))));
    const QString name = p.value(QStringLiteral("name"));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));
    auto features = store.readFeatures(layerName);
    if (!features) return ctx.fail(features.errorMessage());
    auto result = gis::dissolve(*layer, features.value(), p.value(QStringLiteral("by")), name);
    if (!result) return ctx.fail(result.errorMessage());
    if (auto r = store.addFeatureLayer(result->info, result->features); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Dissolved %1 feature(s) of \"%2\" by %3 into %4 feature(s) as \"%5\".")
                 .arg(features->size())
                 .arg(layerName, p.value(QStringLiteral("by")))
                 .arg(result->features.size())
                 .arg(name));
    return 0;
}

int cmdRender(CliContext& ctx)
{
    QCommandLineParser p;
    addSpecOptions(p);
    p.addOption({QStringLiteral("size"), QStringLiteral("Image size WxH"), QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    p.addOption({QStringLiteral("title"), QStringLiteral("Map title"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("basemap"), CliContext::tr("Background map: any GDAL raster (GeoTIFF, MBTiles, VRT)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("labels"), CliContext::tr("Label the features (e.g. dong names), without overlaps")});
    addFlowCompareOptions(p);   // --purpose --top --min-volume --include-self (OD layers), --compare --side-by-side
    const QString usage = QStringLiteral("dosi-cli render P.dosi OUT.png --layer LAYER [--field F] [--time T] [--classes quantile:5] [--size 1920x1080] [--basemap FILE] [--labels] [--top N] [--min-volume X] [--purpose F] [--compare T [--side-by-side]] [--beside LAYER]");
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("layer")))
        return ctx.fail(CliContext::tr("render needs a project, an output image and --layer (usage: %1)").arg(usage));
    QSize size;
    if (!parseSize(p.value(QStringLiteral("size")), &size))
        return ctx.fail(CliContext::tr("--size must look like 1920x1080, not \"%1\".").arg(p.value(QStringLiteral("size"))));
    auto opened = ctx.openProjectToRead(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();
    const gis::ThematicSpec spec = specFrom(p);
    gis::MapDecorations deco;
    deco.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : store.title();
    deco.sourceLine = store.metaValue(QStringLiteral("source_line"));
    gis::ThematicImageOptions options;
    if (p.isSet(QStringLiteral("basemap"))) options.basemap = absolute(p.value(QStringLiteral("basemap")));
    options.labels = p.isSet(QStringLiteral("labels"));
    Result<QImage> image = makeError(QString());
    if (!renderFlowOrCompare(store, p, spec, size, deco, options, &image)) image = gis::renderThematicImage(store, spec, size, deco, options);
    if (!image) return ctx.fail(image.errorMessage());
    const QString out = absolute(pos[1]);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) return ctx.fail(CliContext::tr("Cannot write %1: %2").arg(shown(out), file.errorString()));
    QImageWriter writer(&file, QFileInfo(out).suffix().isEmpty() ? QByteArray("png") : QFileInfo(out).suffix().toLatin1());
    if (!writer.write(image.value()) || !file.commit())
        return ctx.fail(CliContext::tr("Cannot write %1: %2").arg(shown(out), writer.errorString()));
    ctx.print(shown(out));
    return 0;
}

int cmdExport(CliContext& ctx)
{
    QCommandLineParser p;
    addSpecOptions(p);
    addReportOptions(p);
    p.addOption({QStringLiteral("cell"), QStringLiteral("GeoTIFF cell size in metres"), QStringLiteral("M"), QStringLiteral("100")});
    p.addOption({QStringLiteral("cog"), QStringLiteral("Cloud-optimised GeoTIFF")});
    const QString usage = QStringLiteral("dosi-cli export P.dosi pdf OUT.pdf | geotiff OUT.tif --layer L [--field F] [--time T]");
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3) return ctx.fail(CliContext::tr("export needs a project, a format and an output file (usage: %1)").arg(usage));
    auto opened = ctx.openProjectToRead(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();
    const QString format = pos[1];
    const QString out = absolute(pos[2]);
    if (format == QLatin1String("pdf")) return writePdf(ctx, store, out, p);
    if (format != QLatin1String("geotiff"))
        return ctx.fail(CliContext::tr("Unknown export format \"%1\" (pdf, geotiff).").arg(format));
    if (!p.isSet(QStringLiteral("layer"))) return ctx.fail(CliContext::tr("export geotiff needs --layer."));

    gis::ThematicSpec spec = specFrom(p);
    const QStringList times = spec.time.isEmpty() ? QStringList{QString()} : spec.time.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVector<QVector<double>> bands;
    QStringList descriptions;
    std::shared_ptr<const gis::FeatureLayerData> data;
    Envelope extent = Envelope::null();
    for (const QString& t : times) {
        spec.time = t.trimmed();
        auto layer = gis::buildThematicLayer(store, spec, data);
        if (!layer) return ctx.fail(layer.errorMessage());
        data = layer->data;
        extent.expand(layer->valueExtent);
        bands.append(layer->values);   // NaN (missing and masked) becomes nodata
        QString description = layer->time.isEmpty() ? layer->field : QStringLiteral("%1 %2").arg(layer->field, layer->time);
        // A model's output says so wherever it goes, band descriptions included.
        if (const auto info = store.layer(spec.layer); info && info->estimated) description += CliContext::tr(" (estimated)");
        descriptions << description;
    }
    gis::GeoTiffOptions opt;
    bool ok = false;
    opt.cellSize = p.value(QStringLiteral("cell")).toDouble(&ok);
    if (!ok || opt.cellSize <= 0) return ctx.fail(CliContext::tr("--cell must be a positive number of metres."));
    opt.cog = p.isSet(QStringLiteral("cog"));
    opt.extent = extent;
    if (auto r = gis::writeGeoTiff(out, data->geometries, bands, descriptions, opt); !r) return ctx.fail(r.errorMessage());
    ctx.print(shown(out));
    return 0;
}

int cmdReport(CliContext& ctx)
{
    QCommandLineParser p;
    addReportOptions(p);
    if (!ctx.parse(p, QStringLiteral("dosi-cli report P.dosi OUT.pdf"))) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) return ctx.fail(CliContext::tr("report needs a project and an output PDF."));
    auto opened = ctx.openProjectToRead(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    return writePdf(ctx, *opened.value(), absolute(pos[1]), p);
}

}  // namespace dosi::cli
