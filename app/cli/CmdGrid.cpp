// dosi-cli grid P.dosi --cell 250 --over LAYER --name NAME
// dosi-cli interpolate P.dosi --from LAYER.FIELD --to LAYER [--as NAME] [--time T] [--mode extensive|intensive]

#include "CliContext.h"

#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"
#include "dosi/gis/Interpolate.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/NationalGrid.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace dosi::cli {

namespace {


// Values of a numeric feature field as a one-time measure table keyed by the layer's codes.
Result<MeasureTable> featureFieldTable(const ProjectStore& store, const LayerInfo& layer, const QString& field)
{
    const int idx = layer.fieldIndex(field);
    if (idx < 0 || layer.fields[idx].type == FieldType::Text)
        return makeError(CliContext::tr("Layer \"%1\" has no numeric field \"%2\".").arg(layer.name, field));
    auto features = store.readFeatures(layer.name);
    if (!features) return features.error();
    const int codeIdx = layer.fieldIndex(layer.codeField);
    MeasureTable t;
    t.fields = {field};
    t.columns.resize(1);
    QHash<QString, int> rowOf;
    for (const FeatureRecord& f : features.value()) {
        const QString code = codeIdx >= 0 ? f.values.value(codeIdx).toString() : QString::number(f.fid);
        const QVariant v = f.values.value(idx);
        bool ok = false;
        const double d = v.isNull() ? missingValue() : v.toDouble(&ok);
        const double value = ok ? d : missingValue();
        if (const auto it = rowOf.constFind(code); it != rowOf.constEnd()) {
            t.columns[0][it.value()] += value;   // parts of one unit: their values add up
            continue;
        }
        rowOf.insert(code, t.rowCount());
        t.addRow(code, QString(), {value});
    }
    return t;
}

}  // namespace

int cmdGrid(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("cell"), QStringLiteral("Cell size in metres"), QStringLiteral("M"), QStringLiteral("250")});
    p.addOption({QStringLiteral("over"), QStringLiteral("Polygon layer to cover"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("name"), QStringLiteral("New layer name"), QStringLiteral("NAME")});
    const QString usage = QStringLiteral("dosi-cli grid P.dosi --cell 250 --over LAYER --name NAME");
    if (!ctx.parse(p, usage)) return 1;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("over")) || !p.isSet(QStringLiteral("name")))
        return ctx.fail(CliContext::tr("grid needs a project, --over and --name (usage: %1)").arg(usage));
    bool ok = false;
    const double cell = p.value(QStringLiteral("cell")).toDouble(&ok);
    if (!ok)
        return ctx.fail(CliContext::tr("--cell must be a number of metres, not \"%1\".").arg(p.value(QStringLiteral("cell"))));
    auto opened = ctx.openProject(p.positionalArguments().first());
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString over = p.value(QStringLiteral("over"));
    const QString name = p.value(QStringLiteral("name"));
    const auto layer = store.layer(over);
    if (!layer || !layer->isFeatureLayer())
        return ctx.fail(CliContext::tr("The project has no feature layer named \"%1\".").arg(over));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));
    auto polys = gis::unitPolygons(store, *layer);
    if (!polys) return ctx.fail(polys.errorMessage());
    auto grid = gis::buildGrid(polys->geometries, cell);
    if (!grid) return ctx.fail(grid.errorMessage());
    gis::GridFeatures features = gis::gridFeatures(grid.value(), name);
    features.info.source = QStringLiteral("grid:%1").arg(over);
    if (auto r = store.addFeatureLayer(features.info, features.features); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Laid %1 national grid cell(s) of %2 m over \"%3\" as \"%4\".")
                 .arg(grid->cells.size())
                 .arg(cell)
                 .arg(over, name));
    return 0;
}

int cmdInterpolate(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QStringLiteral("Source LAYER.FIELD"), QStringLiteral("LAYER.FIELD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Target polygon layer"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("as"), QStringLiteral("New measure layer name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("time"), QStringLiteral("Only this time"), QStringLiteral("T")});
    p.addOption({QStringLiteral("mode"), QStringLiteral("extensive (counts) or intensive (rates)"), QStringLiteral("MODE"),
                 QStringLiteral("extensive")});
    const QString usage = QStringLiteral(
        "dosi-cli interpolate P.dosi --from LAYER.FIELD --to LAYER [--as NAME] [--time T] [--mode extensive|intensive]");
    if (!ctx.parse(p, usage)) return 1;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return ctx.fail(CliContext::tr("interpolate needs a project, --from and --to (usage: %1)").arg(usage));
    gis::InterpolationMode mode;
    if (!gis::interpolationModeFromName(p.value(QStringLiteral("mode")), &mode))
        return ctx.fail(CliContext::tr("--mode must be extensive or intensive, not \"%1\".").arg(p.value(QStringLiteral("mode"))));
    const QString from = p.value(QStringLiteral("from"));
    const int dot = int(from.lastIndexOf(QLatin1Char('.')));
    if (dot <= 0 || dot == from.size() - 1)
        return ctx.fail(CliContext::tr("--from must name a layer and a field as LAYER.FIELD, not \"%1\".").arg(from));
    const QString fromLayer = from.left(dot), field = from.mid(dot + 1);
    const QString to = p.value(QStringLiteral("to"));
    const QString name = p.isSet(QStringLiteral("as")) ? p.value(QStringLiteral("as"))
                                                      : QStringLiteral("%1_%2_on_%3").arg(fromLayer, field, to);

    auto opened = ctx.openProject(p.positionalArguments().first());
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const auto source = store.layer(fromLayer);
    if (!source) return ctx.fail(CliContext::tr("The project has no layer named \"%1\".").arg(fromLayer));
    const auto target = store.layer(to);
    if (!target || !target->isFeatureLayer())
        return ctx.fail(CliContext::tr("The project has no feature layer named \"%1\".").arg(to));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));

    // Source values and the polygons they belong to.
    MeasureTable table;
    std::optional<LayerInfo> sourcePolys = source;
    TimeKind timeKind = TimeKind::None;
    if (source->kind == LayerKind::Measure) {
        // A derived measure (e.g. extinction_risk from the age/sex bands) is computed when not stored.
        if (!gis::measureFieldAvailable(*source, field))
            return ctx.fail(CliContext::tr("Layer \"%1\" has no field \"%2\".").arg(fromLayer, field));
        sourcePolys = store.layer(source->geometryLayer);
        if (!sourcePolys)
            return ctx.fail(CliContext::tr("Measure layer \"%1\" is not attached to a map layer, so it has no areas to interpolate.")
                                .arg(fromLayer));
        auto read = gis::readMeasuresWithDerived(store, fromLayer, {field}, p.value(QStringLiteral("time")));
        if (!read) return ctx.fail(read.errorMessage());
        table = std::move(read).value();
        timeKind = source->timeKind;
    } else {
        auto read = featureFieldTable(store, *source, field);
        if (!read) return ctx.fail(read.errorMessage());
        table = std::move(read).value();
    }
    if (table.rowCount() == 0 && p.isSet(QStringLiteral("time")))
        return ctx.fail(CliContext::tr("Layer \"%1\" has no values of \"%2\" at time \"%3\".")
                            .arg(fromLayer, field, p.value(QStringLiteral("time"))));
    if (table.rowCount() == 0)
        return ctx.fail(CliContext::tr("Layer \"%1\" has no values of \"%2\".").arg(fromLayer, field));

    auto srcPolys = gis::unitPolygons(store, *sourcePolys);
    if (!srcPolys) return ctx.fail(srcPolys.errorMessage());
    // Polygons the table never mentions are outside what the data describes: leave them out (a unit
    // with a row but no value at some time still makes its targets missing at that time).
    {
        const QSet<QString> described(table.units.begin(), table.units.end());
        gis::UnitPolygons kept;
        for (int i = 0; i < srcPolys->codes.size(); ++i) {
            if (!described.contains(srcPolys->codes[i])) continue;
            kept.codes << srcPolys->codes[i];
            kept.geometries << srcPolys->geometries[i];
        }
        const qsizetype skipped = srcPolys->codes.size() - kept.codes.size();
        if (kept.codes.isEmpty())
            return ctx.fail(CliContext::tr("No unit of layer \"%1\" has a value in \"%2\".").arg(sourcePolys->name, fromLayer));
        if (skipped > 0)
            ctx.info(CliContext::tr("%1 polygon(s) of \"%2\" have no record in \"%3\" and are left out.")
                         .arg(skipped)
                         .arg(sourcePolys->name, fromLayer));
        srcPolys = std::move(kept);
    }
    auto dstPolys = gis::unitPolygons(store, *target);
    if (!dstPolys) return ctx.fail(dstPolys.errorMessage());
    auto overlay = gis::computeOverlay(srcPolys->geometries, dstPolys->geometries);
    if (!overlay) return ctx.fail(overlay.errorMessage());
    if (overlay->pairCount() == 0)
        return ctx.fail(CliContext::tr("Layers \"%1\" and \"%2\" do not overlap.").arg(sourcePolys->name, to));

    MeasureTable moved = gis::interpolateMeasures(overlay.value(), srcPolys->codes, dstPolys->codes, table, mode);
    LayerInfo info;
    info.name = name;
    info.title = name;
    info.kind = LayerKind::Measure;
    info.geometryLayer = to;
    info.timeKind = timeKind;
    info.estimated = true;   // a model's estimate, not a measurement
    info.source = QStringLiteral("interpolate:%1.%2").arg(fromLayer, field);
    const int fi = source->fieldIndex(field);
    info.fields = {FieldInfo{field, FieldType::Real,
                             CliContext::tr("%1 of %2.%3, area-weighted onto %4")
                                 .arg(gis::interpolationModeName(mode), fromLayer, field, to)
                             + (fi >= 0 && !source->fields[fi].description.isEmpty()
                                    ? QStringLiteral(" (%1)").arg(source->fields[fi].description)
                                : fi < 0 && source->kind == LayerKind::Measure
                                    ? QStringLiteral(" (%1)").arg(gis::derivedMeasureLabel(field))
                                    : QString())}};
    if (auto r = store.addMeasureLayer(info, moved); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());

    // Totals over the source units that have polygons, and over the targets.
    const QSet<QString> placed(srcPolys->codes.begin(), srcPolys->codes.end());
    double before = 0, after = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        if (hasValue(table.columns[0][r]) && placed.contains(table.units[r])) before += table.columns[0][r];
    for (double v : moved.columns[0])
        if (hasValue(v)) after += v;
    ctx.info(CliContext::tr("Interpolated %1.%2 (%3) from %4 to %5 unit(s) of \"%6\" as \"%7\": %8 record(s); total %9 -> %10.")
                 .arg(fromLayer, field, gis::interpolationModeName(mode))
                 .arg(srcPolys->codes.size())
                 .arg(dstPolys->codes.size())
                 .arg(to, name)
                 .arg(moved.rowCount())
                 .arg(before, 0, 'f', 2)
                 .arg(after, 0, 'f', 2));
    return 0;
}

}  // namespace dosi::cli
