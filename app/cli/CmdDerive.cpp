// dosi-cli derive P.dosi --layer L --measures NAME[,NAME...] --name NEW [--by hour-of-day|day|week] [--stat sum|mean]
//
// Derived living-population measures (total, by sex, by age group, 소멸위험지수; see
// gis/DerivedMeasures.h) of measure layer L, optionally aggregated over time, stored as the new
// measure layer NEW on L's geometry layer.

#include "CliContext.h"

#include "dosi/gis/DerivedMeasures.h"

namespace dosi::cli {

int cmdDerive(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("layer"), QStringLiteral("Measure layer to derive from"), QStringLiteral("LAYER")});
    p.addOption({QStringLiteral("measures"), QStringLiteral("Derived measures, comma-separated"), QStringLiteral("NAMES")});
    p.addOption({QStringLiteral("name"), QStringLiteral("New measure layer name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("by"), QStringLiteral("Aggregate over time: hour-of-day, day or week"), QStringLiteral("BY")});
    p.addOption({QStringLiteral("stat"), QStringLiteral("Statistic of the aggregate: sum or mean"), QStringLiteral("STAT"),
                 QStringLiteral("sum")});
    const QString usage = QStringLiteral(
        "dosi-cli derive P.dosi --layer L --measures NAME[,NAME...] --name NEW [--by hour-of-day|day|week] [--stat sum|mean]");
    if (!ctx.parse(p, usage)) return 1;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("layer")) || !p.isSet(QStringLiteral("measures"))
        || !p.isSet(QStringLiteral("name")))
        return ctx.fail(CliContext::tr("derive needs a project, --layer, --measures and --name (usage: %1)").arg(usage));

    QStringList measures;
    for (const QString& m : p.value(QStringLiteral("measures")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!measures.contains(m.trimmed())) measures << m.trimmed();
    if (measures.isEmpty())
        return ctx.fail(CliContext::tr("--measures names no measure; known: %1.")
                            .arg(gis::derivedMeasureNames().join(QStringLiteral(", "))));
    gis::TimeAggregate by = gis::TimeAggregate::Day;
    const bool aggregate = p.isSet(QStringLiteral("by"));
    if (aggregate && !gis::timeAggregateFromName(p.value(QStringLiteral("by")), &by))
        return ctx.fail(CliContext::tr("--by must be hour-of-day, day or week, not \"%1\".").arg(p.value(QStringLiteral("by"))));
    gis::Stat stat = gis::Stat::Sum;
    if (!gis::statFromName(p.value(QStringLiteral("stat")), &stat))
        return ctx.fail(CliContext::tr("--stat must be sum or mean, not \"%1\".").arg(p.value(QStringLiteral("stat"))));
    if (p.isSet(QStringLiteral("stat")) && !aggregate)
        return ctx.fail(CliContext::tr("--stat needs --by (the statistic of a time aggregate)."));

    auto opened = ctx.openProject(p.positionalArguments().first());
    if (!opened) return ctx.fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const QString layerName = p.value(QStringLiteral("layer"));
    const QString name = p.value(QStringLiteral("name"));
    const auto source = store.layer(layerName);
    if (!source || source->kind != LayerKind::Measure)
        return ctx.fail(CliContext::tr("The project has no measure layer named \"%1\".").arg(layerName));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));

    auto derived = gis::deriveLayer(store, layerName, measures, aggregate ? &by : nullptr, stat);
    if (!derived) return ctx.fail(derived.errorMessage());
    const gis::DerivedLayer& d = derived.value();
    if (d.table.rowCount() == 0) return ctx.fail(CliContext::tr("Layer \"%1\" has no records to derive from.").arg(layerName));

    // What it was derived from, in the title, the source and every field description.
    const QString sourceTitle = source->title.isEmpty() ? source->name : source->title;
    QString how;
    if (aggregate) {
        switch (by) {
        case gis::TimeAggregate::HourOfDay:
            how = stat == gis::Stat::Sum ? CliContext::tr("hour-of-day sums") : CliContext::tr("hour-of-day means");
            break;
        case gis::TimeAggregate::Day:
            how = stat == gis::Stat::Sum ? CliContext::tr("day sums") : CliContext::tr("day means");
            break;
        case gis::TimeAggregate::Week:
            how = stat == gis::Stat::Sum ? CliContext::tr("week sums") : CliContext::tr("week means");
            break;
        }
    }
    QStringList labels;
    for (const QString& m : d.table.fields) labels << gis::derivedMeasureLabel(m);
    LayerInfo info;
    info.name = name;
    info.title = how.isEmpty() ? CliContext::tr("%1 derived from %2").arg(labels.join(QStringLiteral(", ")), sourceTitle)
                               : CliContext::tr("%1 derived from %2 (%3)").arg(labels.join(QStringLiteral(", ")), sourceTitle, how);
    info.kind = LayerKind::Measure;
    info.geometryLayer = source->geometryLayer;
    info.timeKind = d.timeKind;
    info.estimated = source->estimated;   // an estimate stays one
    info.source = QStringLiteral("derive:%1:%2").arg(layerName, d.table.fields.join(QLatin1Char(',')));
    if (aggregate)
        info.source += QStringLiteral(":by=%1,stat=%2").arg(gis::timeAggregateName(by), gis::statName(stat));
    for (int i = 0; i < d.table.fields.size(); ++i)
        info.fields << FieldInfo{d.table.fields[i], FieldType::Real,
                                 how.isEmpty() ? CliContext::tr("%1, derived from %2").arg(labels[i], layerName)
                                               : CliContext::tr("%1, derived from %2 (%3)").arg(labels[i], layerName, how)};
    if (auto r = store.addMeasureLayer(info, d.table); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());

    for (const QString& note : d.notes) ctx.info(note);
    if (aggregate)
        ctx.info(CliContext::tr("Aggregated by %1 (%2): %3 masked and %4 missing input value(s) left out; %5 record(s) "
                                "without an hourly or daily time skipped.")
                     .arg(gis::timeAggregateName(by), gis::statName(stat))
                     .arg(d.maskedLeftOut)
                     .arg(d.missingLeftOut)
                     .arg(d.skippedRows));
    for (int i = 0; i < d.table.fields.size(); ++i)
        ctx.info(CliContext::tr("%1: %2 masked, %3 missing of %4 record(s).")
                     .arg(d.table.fields[i])
                     .arg(d.masked[i])
                     .arg(d.missing[i])
                     .arg(d.table.rowCount()));
    ctx.info(CliContext::tr("Derived %1 from \"%2\" as \"%3\": %4 record(s).")
                 .arg(d.table.fields.join(QStringLiteral(", ")), layerName, name)
                 .arg(d.table.rowCount()));
    return 0;
}

}  // namespace dosi::cli
