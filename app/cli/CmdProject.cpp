// dosi-cli new | info | meta

#include "CliContext.h"

#include "dosi/gis/LayerSummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace dosi::cli {

int cmdNew(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("title"), QStringLiteral("Project title"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing file")});
    if (!ctx.parse(p, QStringLiteral("dosi-cli new P.dosi [--title TEXT] [--force]"))) return 1;
    if (p.positionalArguments().size() != 1) return ctx.fail(CliContext::tr("new needs exactly one project file name."));
    const QString path = QDir::current().absoluteFilePath(p.positionalArguments().first());
    if (QFileInfo::exists(path) && !p.isSet(QStringLiteral("force")))
        return ctx.fail(CliContext::tr("%1 already exists (use --force to replace it).").arg(QDir::toNativeSeparators(path)));
    const QString title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : QFileInfo(path).completeBaseName();
    auto store = ProjectStore::create(path, title);
    if (!store) return ctx.fail(store.errorMessage());
    ctx.info(CliContext::tr("Created %1").arg(QDir::toNativeSeparators(store.value()->filePath())));
    return 0;
}

int cmdInfo(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON")});
    if (!ctx.parse(p, QStringLiteral("dosi-cli info P.dosi [--json]"))) return 1;
    if (p.positionalArguments().size() != 1) return ctx.fail(CliContext::tr("info needs exactly one project file name."));
    auto opened = ctx.openProjectToRead(p.positionalArguments().first());
    if (!opened) return ctx.fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();

    QJsonArray layers;
    QStringList lines;
    for (const LayerInfo& l : store.layers()) {
        QJsonArray fields;
        for (const FieldInfo& f : l.fields) fields.append(f.name);
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("kind"), layerKindName(l.kind)},
                      {QStringLiteral("features"), l.isFeatureLayer() ? l.featureCount : 0},
                      {QStringLiteral("rows"), l.isFeatureLayer() ? 0 : l.rowCount},
                      {QStringLiteral("fields"), fields},
                      {QStringLiteral("crs"), l.isFeatureLayer() ? QJsonValue(QStringLiteral("EPSG:5179")) : QJsonValue()},
                      {QStringLiteral("visible"), l.visible},
                      {QStringLiteral("estimated"), l.estimated},
                      {QStringLiteral("source"), l.source}};
        QJsonValue time;   // null when the layer has no time axis
        if (!l.isFeatureLayer()) {
            o.insert(QStringLiteral("geometry_layer"), l.geometryLayer);
            const auto times = store.measureTimes(l.name);
            const auto units = store.measureUnits(l.name);
            if (units) o.insert(QStringLiteral("units"), int(units->size()));
            if (times && l.timeKind != TimeKind::None && !times->isEmpty()) {
                time = QJsonObject{{QStringLiteral("kind"), timeKindName(l.timeKind)},
                                   {QStringLiteral("count"), int(times->size())},
                                   {QStringLiteral("first"), times->first()},
                                   {QStringLiteral("last"), times->last()}};
            }
        }
        o.insert(QStringLiteral("time"), time);
        QString summaryText;
        if (!l.isFeatureLayer()) {
            // Data quality at a glance: masked and missing shares, codes the map layer lacks.
            if (auto sum = gis::summarizeLayer(store, l.name)) {
                QJsonObject q{{QStringLiteral("masked_share"), sum->maskedShare},
                              {QStringLiteral("missing_share"), sum->missingShare},
                              {QStringLiteral("absent_rows"), sum->absentRows}};
                if (sum->joined) {
                    q.insert(QStringLiteral("matched_units"), sum->join.matched);
                    q.insert(QStringLiteral("unmatched_codes"), QJsonArray::fromStringList(sum->join.unmatchedInTable));
                }
                o.insert(QStringLiteral("quality"), q);
                summaryText = QStringLiteral("    ") + sum->text();
            }
        }
        layers.append(o);
        lines << QStringLiteral("  %1 [%2] %3").arg(l.name, layerKindName(l.kind),
                                                   l.isFeatureLayer() ? CliContext::tr("%n feature(s)", nullptr, int(l.featureCount))
                                                                      : CliContext::tr("%n row(s)", nullptr, int(l.rowCount)));
        if (!summaryText.isEmpty()) lines << summaryText;
    }
    QJsonArray runs;
    for (const RunInfo& r : store.runs())
        runs.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("model"), r.model},
                                {QStringLiteral("version"), r.version}, {QStringLiteral("created"), r.created},
                                {QStringLiteral("params"), r.params}, {QStringLiteral("metrics"), r.metrics}});
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), store.filePath()},
                                  {QStringLiteral("title"), store.title()},
                                  {QStringLiteral("schema_version"), store.schemaVersion()},
                                  {QStringLiteral("app_version"), store.metaValue(QStringLiteral("app_version"))},
                                  {QStringLiteral("crs"), QStringLiteral("EPSG:5179")},
                                  {QStringLiteral("layers"), layers},
                                  {QStringLiteral("runs"), runs}});
    } else {
        ctx.print(CliContext::tr("%1 — %2 (schema %3)").arg(QDir::toNativeSeparators(store.filePath()), store.title()).arg(store.schemaVersion()));
        ctx.print(CliContext::tr("Layers:"));
        for (const QString& s : lines) ctx.print(s);
        ctx.print(CliContext::tr("Runs: %1").arg(runs.size()));
    }
    return 0;
}

int cmdMeta(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("file"), QStringLiteral("Read the value from a UTF-8 text file"), QStringLiteral("FILE")});
    if (!ctx.parse(p, QStringLiteral("dosi-cli meta P.dosi KEY [VALUE | --file FILE]"))) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2 || pos.size() > 3) return ctx.fail(CliContext::tr("meta needs a project file and a key."));
    auto opened = ctx.openProject(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString key = pos[1];
    if (pos.size() == 2 && !p.isSet(QStringLiteral("file"))) {
        ctx.print(store.metaValue(key));
        return 0;
    }
    if (key == QLatin1String("schema_version") || key == QLatin1String("app_version"))
        return ctx.fail(CliContext::tr("The key \"%1\" is managed by Dosi and cannot be set.").arg(key));
    QString value = pos.value(2);
    if (p.isSet(QStringLiteral("file"))) {
        QFile f(p.value(QStringLiteral("file")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(CliContext::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
        value = QString::fromUtf8(f.readAll());
    }
    if (auto r = store.setMetaValue(key, value); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    return 0;
}

// dosi-cli layer P.dosi NAME [--show | --hide]: whether a layer is drawn (printed when nothing is to change).
int cmdLayer(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("show"), QStringLiteral("Draw the layer")});
    p.addOption({QStringLiteral("hide"), QStringLiteral("Do not draw the layer")});
    if (!ctx.parse(p, QStringLiteral("dosi-cli layer P.dosi NAME [--show | --hide]"))) return 1;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) return ctx.fail(CliContext::tr("layer needs a project file and a layer name."));
    if (p.isSet(QStringLiteral("show")) && p.isSet(QStringLiteral("hide")))
        return ctx.fail(CliContext::tr("--show and --hide cannot be used together."));
    const bool change = p.isSet(QStringLiteral("show")) || p.isSet(QStringLiteral("hide"));
    auto opened = change ? ctx.openProject(pos[0]) : ctx.openProjectToRead(pos[0]);
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const std::optional<LayerInfo> info = store.layer(pos[1]);
    if (!info) return ctx.fail(CliContext::tr("The project has no layer named \"%1\".").arg(pos[1]));
    if (!change) {
        ctx.print(CliContext::tr("%1: %2").arg(info->name, info->visible ? CliContext::tr("shown") : CliContext::tr("hidden")));
        return 0;
    }
    if (auto r = store.setLayerVisible(info->name, p.isSet(QStringLiteral("show"))); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    return 0;
}

}  // namespace dosi::cli
