// dosi-cli import P.dosi sales FILE... --name NAME --areas FILE [--layer DONGLAYER]
// dosi-cli import P.dosi points FILE.csv --name NAME (--x COL --y COL --crs EPSG:N | --latlon COL)
//          [--id-field F] [--label-field F] [--encoding ENC] [--skip-invalid]
// Called from cmdImport (CmdImport.cpp) once the project is open and the kind is known.

#include "CliContext.h"

#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/PointImport.h"
#include "dosi/gis/SalesImport.h"

#include <QDir>

namespace dosi::cli {

namespace {

QString shortList(const QStringList& list)
{
    return list.size() > 10 ? list.mid(0, 10).join(QStringLiteral(", ")) + QStringLiteral(", …")
                            : list.join(QStringLiteral(", "));
}

// The dong layer to place 상권 in: the one asked for, else the boundaries layer with the most features whose
// codes are MOIS 10-digit (Seoul 행정동), else the boundaries layer with the most features.
QString pickDongLayer(const ProjectStore& store, const QString& wanted, QString* error)
{
    if (!wanted.isEmpty()) {
        const auto l = store.layer(wanted);
        if (!l || !l->isFeatureLayer() || l->kind == LayerKind::Points) {
            *error = CliContext::tr("The project has no boundary layer named \"%1\".").arg(wanted);
            return {};
        }
        return wanted;
    }
    QString best, bestAny;
    qint64 bestCount = -1, bestAnyCount = -1;
    for (const LayerInfo& l : store.layers()) {
        if (l.kind != LayerKind::Boundaries) continue;
        if (l.featureCount > bestAnyCount) {
            bestAny = l.name;
            bestAnyCount = l.featureCount;
        }
        auto feats = store.readFeatures(l.name);
        const int idx = l.fieldIndex(l.codeField);
        if (!feats || idx < 0 || feats->isEmpty()) continue;
        const QString code = feats->first().values.value(idx).toString();
        if (gis::detectCodeSystem(code) == gis::CodeSystem::Mois10 && l.featureCount > bestCount) {
            best = l.name;
            bestCount = l.featureCount;
        }
    }
    if (best.isEmpty()) best = bestAny;
    if (best.isEmpty())
        *error = CliContext::tr("The project has no boundary layer to place the commercial areas in; import the "
                                "dong boundaries first (or name one with --layer).");
    return best;
}

}  // namespace

int importSalesCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store)
{
    const QString name = p.value(QStringLiteral("name"));
    if (!p.isSet(QStringLiteral("areas")))
        return ctx.fail(CliContext::tr("import sales needs --areas FILE: the commercial-area points (e.g. Seoul "
                                       "OA-15560) that place each commercial area in a dong."));
    const QString detailName = name + QStringLiteral("_by_industry");
    if (store.hasLayer(detailName))
        return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(detailName));

    QString error;
    const QString dongLayer = pickDongLayer(store, p.value(QStringLiteral("layer")), &error);
    if (dongLayer.isEmpty()) return ctx.fail(error);
    const LayerInfo dongInfo = *store.layer(dongLayer);
    auto feats = store.readFeatures(dongLayer);
    if (!feats) return ctx.fail(feats.errorMessage());
    const int codeIdx = dongInfo.fieldIndex(dongInfo.codeField);
    if (codeIdx < 0)
        return ctx.fail(CliContext::tr("Layer \"%1\" has no code field \"%2\".").arg(dongLayer, dongInfo.codeField));
    QVector<gis::Geometry> polygons;
    QStringList codes;
    for (const FeatureRecord& f : feats.value()) {
        polygons << gis::Geometry::fromWkb(f.wkb);
        codes << f.values.value(codeIdx).toString();
    }

    QStringList paths;
    for (const QString& f : files) paths << QDir::current().absoluteFilePath(f);
    const QString areas = QDir::current().absoluteFilePath(p.value(QStringLiteral("areas")));
    auto imported = gis::importSales(paths, areas, polygons, codes, name);
    if (!imported) return ctx.fail(imported.errorMessage());
    gis::SalesImport& s = imported.value();

    const gis::SalesPlacement& pl = s.placement;
    ctx.info(CliContext::tr("Commercial areas in %1: %2 read, %3 placed in a dong of \"%4\", %5 in no dong%6.")
                 .arg(QDir::toNativeSeparators(areas))
                 .arg(pl.areasRead)
                 .arg(pl.placed)
                 .arg(dongLayer)
                 .arg(pl.unplaced.size())
                 .arg(pl.unplaced.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortList(pl.unplaced))));
    if (pl.withFileCode > 0)
        ctx.info(CliContext::tr("The areas file's own dong code agrees with the polygon for %1 of %2 (%3 %).")
                     .arg(pl.agreeing)
                     .arg(pl.withFileCode)
                     .arg(100.0 * pl.agreementShare(), 0, 'f', 1));

    s.info.geometryLayer = dongLayer;
    s.industryInfo.geometryLayer.clear();  // units are "DONG|INDUSTRY", not features of the dong layer
    if (auto r = store.addMeasureLayer(s.info, s.table); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.addMeasureLayer(s.industryInfo, s.industryTable); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    ctx.info(CliContext::tr("Imported %1 sales row(s) of %2 commercial area(s): \"%3\" has %4 record(s) by dong and "
                            "quarter, \"%5\" has %6 record(s) by dong, industry and quarter.")
                 .arg(s.rowsPlaced)
                 .arg(s.salesAreas.size() - s.unknownAreas.size() - s.unplacedSalesAreas.size())
                 .arg(name)
                 .arg(s.table.rowCount())
                 .arg(detailName)
                 .arg(s.industryTable.rowCount()));
    for (const QString& w : s.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    return 0;
}

int importPointsCsvCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& files, ProjectStore& store)
{
    if (files.size() != 1) return ctx.fail(CliContext::tr("import points takes exactly one file."));
    const QString name = p.value(QStringLiteral("name"));
    if (store.hasLayer(name)) return ctx.fail(CliContext::tr("The project already has a layer named \"%1\".").arg(name));
    gis::PointCsvOptions o;
    o.xColumn = p.value(QStringLiteral("x"));
    o.yColumn = p.value(QStringLiteral("y"));
    o.latLonColumn = p.value(QStringLiteral("latlon"));
    o.crs = p.value(QStringLiteral("crs"));
    o.idField = p.value(QStringLiteral("id-field"));
    o.labelField = p.value(QStringLiteral("label-field"));
    o.encoding = p.value(QStringLiteral("encoding"));
    o.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    if (!o.latLonColumn.isEmpty() && (!o.xColumn.isEmpty() || !o.yColumn.isEmpty()))
        return ctx.fail(CliContext::tr("Give either --latlon COL or --x COL --y COL, not both."));
    const QString path = QDir::current().absoluteFilePath(files.first());
    auto imported = gis::importPointsCsv(path, name, o);
    if (!imported) return ctx.fail(imported.errorMessage());
    if (auto r = store.addFeatureLayer(imported->info, imported->features); !r) return ctx.fail(r.errorMessage());
    if (auto r = store.saveAndClose(); !r) return ctx.fail(r.errorMessage());
    const gis::ImportReport& rep = imported->report;
    ctx.info(CliContext::tr("Imported %1 of %2 point(s) from %3 (%4 -> EPSG:5179); %5 row(s) with invalid "
                            "coordinates skipped.")
                 .arg(rep.featuresWritten)
                 .arg(rep.featuresRead)
                 .arg(QDir::toNativeSeparators(path), rep.sourceCrs)
                 .arg(rep.emptySkipped));
    for (const QString& w : rep.warnings) ctx.info(CliContext::tr("Warning: %1").arg(w));
    return 0;
}

}  // namespace dosi::cli
