// dosi-cli dissolve | render | export | report

#include "CliContext.h"
#include "CmdExport.h"
#include "CmdRenderFlow.h"

#include "dosi/gis/Dissolve.h"
#include "dosi/gis/ThematicMap.h"
#include "dosi/models/Report.h"
#include "dosi/models/ReportDefaults.h"
#include "dosi/models/ReportTemplate.h"
#include "dosi/translations/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QTranslator>
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

// The report's content: a saved template (--template) or the defaults, changed by the options.
Result<models::ReportTemplate> reportContent(const ProjectStore& store, const QCommandLineParser& p)
{
    models::ReportTemplate t = models::defaultReportTemplate(store);
    if (p.isSet(QStringLiteral("template"))) {
        auto saved = models::reportTemplate(store, p.value(QStringLiteral("template")));
        if (!saved) return saved.error();
        t = saved.value();
    }
    if (p.isSet(QStringLiteral("title"))) t.title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("author"))) t.author = p.value(QStringLiteral("author"));
    if (p.isSet(QStringLiteral("a3"))) t.pageSize = QPageSize::A3;
    if (p.isSet(QStringLiteral("landscape"))) t.landscape = true;
    if (p.isSet(QStringLiteral("language"))) {
        const QString lang = p.value(QStringLiteral("language"));
        if (!dosi::i18n::availableLanguages().contains(lang))
            return makeError(CliContext::tr("--language must be one of %1, not \"%2\".").arg(dosi::i18n::availableLanguages().join(QStringLiteral(", ")), lang));
        t.language = lang;
    }
    if (p.isSet(QStringLiteral("sections"))) {
        QJsonObject o = t.toJson();
        o[QStringLiteral("sections")] = QJsonArray::fromStringList(p.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        auto changed = models::ReportTemplate::fromJson(o);
        if (!changed) return changed.error();
        t = changed.value();
    }
    if (p.isSet(QStringLiteral("runs"))) {
        t.latestRuns = false;
        t.runs.clear();
        for (const QString& id : p.value(QStringLiteral("runs")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            t.runs.append(id.trimmed().toLongLong(&ok));
            if (!ok) return makeError(CliContext::tr("--runs takes run ids separated by commas, not \"%1\".").arg(id));
        }
    }
    if (p.isSet(QStringLiteral("layer"))) {
        // --layer L [--field F] [--time T1,T2 or rules such as latest@14]: these maps instead of the defaults.
        t.maps.clear();
        const QStringList times = p.value(QStringLiteral("time")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& time : times.isEmpty() ? QStringList{QStringLiteral("latest")} : times) {
            gis::ThematicSpec s = specFrom(p);
            s.time = time.trimmed();
            t.maps.append(s);
        }
    }
    return t;
}

int writePdf(CliContext& ctx, const QString& projectPath, const QString& out, const QCommandLineParser& p)
{
    const bool saveTemplate = p.isSet(QStringLiteral("save-template"));
    auto opened = saveTemplate ? ctx.openProject(projectPath) : ctx.openProjectToRead(projectPath);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    auto content = reportContent(store, p);
    if (!content) return ctx.fail(content.errorMessage());
    models::ReportOptions opt;
    opt.content = content.value();
    if (saveTemplate) opt.content.name = p.value(QStringLiteral("save-template"));   // the report names its template
    // The report's language: --language, the template's, else the language of the messages.
    const QString language = opt.content.language.isEmpty() ? dosi::i18n::resolveLanguage(QStringLiteral("system")) : opt.content.language;
    auto translator = std::make_shared<QTranslator>();
    if (dosi::i18n::loadTranslator(*translator, language)) opt.translator = translator;
    opt.locale = models::reportLocaleFor(language);
    if (p.isSet(QStringLiteral("date"))) {
        opt.date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!opt.date.isValid()) return ctx.fail(CliContext::tr("--date must look like 2026-03-31, not \"%1\".").arg(p.value(QStringLiteral("date"))));
    }
    auto r = models::writeReport(store, opt, out, [&ctx](int done, int total) {
        ctx.info(CliContext::tr("Report: step %1 of %2").arg(done).arg(total));
        return true;
    });
    if (!r) return ctx.fail(r.errorMessage());
    if (saveTemplate) {
        if (auto saved = models::saveReportTemplate(store, opt.content); !saved) return ctx.fail(saved.errorMessage());
        if (auto saved = store.saveAndClose(); !saved) return ctx.fail(saved.errorMessage());
        ctx.info(CliContext::tr("Saved the report template \"%1\" in the project.").arg(opt.content.name));
    }
    ctx.print(shown(out));
    return 0;
}

void addReportOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("title"), QStringLiteral("Report title"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("author"), QStringLiteral("Author"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("a3"), QStringLiteral("A3 paper")});
    p.addOption({QStringLiteral("landscape"), QStringLiteral("Landscape pages")});
    p.addOption({QStringLiteral("language"), CliContext::tr("Report language (en, ko); default: the template's, else the system's"), QStringLiteral("LANG")});
    p.addOption({QStringLiteral("template"), CliContext::tr("Use the report template saved in the project under NAME"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("save-template"), CliContext::tr("Save this report's content in the project as template NAME"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("sections"), CliContext::tr("Sections, comma-separated: cover,contents,overview,maps,rankings,charts,runs,data"), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("runs"), CliContext::tr("Model runs to include (ids, comma-separated); default: the latest of each kind"), QStringLiteral("IDS")});
    p.addOption({QStringLiteral("date"), CliContext::tr("Date on the cover (YYYY-MM-DD); default: today"), QStringLiteral("DATE")});
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
    addExportOptions(p);
    const QString usage = QStringLiteral("dosi-cli export P.dosi pdf OUT.pdf [report options] | ")
                          + exportDataUsage().mid(QStringLiteral("dosi-cli export P.dosi ").size());
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3) return ctx.fail(CliContext::tr("export needs a project, a format and an output file (usage: %1)").arg(usage));
    const QString format = pos[1];
    const QString out = absolute(pos[2]);
    if (format == QLatin1String("pdf")) return writePdf(ctx, pos[0], out, p);
    auto opened = ctx.openProjectToRead(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    return exportData(ctx, *opened.value(), format, out, p);
}

int cmdReport(CliContext& ctx)
{
    QCommandLineParser p;
    addReportOptions(p);
    addSpecOptions(p);
    const QString usage = QStringLiteral("dosi-cli report P.dosi OUT.pdf [--template NAME] [--save-template NAME] [--language en|ko] [--sections LIST] [--runs IDS] [--layer L [--field F] [--time T|latest|latest@14]] [--title T] [--author A] [--a3] [--landscape] [--date D]");
    if (!ctx.parse(p, usage)) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) return ctx.fail(CliContext::tr("report needs a project and an output PDF (usage: %1)").arg(usage));
    return writePdf(ctx, pos[0], absolute(pos[1]), p);
}

}  // namespace dosi::cli
