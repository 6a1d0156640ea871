// dosi_bench: in-process figures for bench/run (not a user tool, not installed).
//
//   dosi_bench interpolate P.dosi FROM_LAYER.FIELD TO_LAYER [REPS]
//       Reads the project once (not timed in the main figure), then times, best of REPS, exactly what
//       `dosi-cli interpolate` computes between reading and writing: gis::computeOverlay() of the
//       source polygons that have values with the target polygons, and gis::interpolateMeasures()
//       (extensive, the CLI's default). Prints "read_ms N", "overlay_ms N", "interpolate_ms N",
//       "total_ms N" (overlay + interpolate of the best run) and "pairs N".
//   dosi_bench hour P.dosi LAYER FIELD TIME [REPS]
//       Opens the project once, then times ProjectStore::readMeasures(LAYER, {FIELD}, TIME) (the values
//       of one map), best of REPS. Prints "hour_ms N" and "rows N", then the same for one unit's whole
//       series ("unit_series_ms") and the day total of every unit ("day_total_ms", 24 hour reads).
//   dosi_bench dump P.dosi LAYER FIELD
//       Prints "unit<TAB>time<TAB>value" for every record of a measure layer (%.17g), read through
//       ProjectStore so the bench does not depend on how measure tables are laid out on disk.
//   dosi_bench make-grid OUT.dosi [CELL] | render P.dosi LAYER FIELD [REPS] [OUT.png]
//            | recolour P.dosi SOURCE.FIELD GRID DAY [REPS]
//       The issue-4 render figures: see bench_render.cpp.
//
// The polygon gathering mirrors app/cli/CmdGrid.cpp (features sharing a code are one unit; source
// polygons the measure table never mentions are left out).

#include "BenchRender.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/gis/Interpolate.h"
#include "dosi/gis/LayerFeatures.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <cstdio>
#include <limits>

using namespace dosi;

namespace {


int fail(const QString& message)
{
    std::fprintf(stderr, "dosi_bench: %s\n", qPrintable(message));
    return 1;
}

int timeInterpolation(const QString& path, const QString& from, const QString& to, int reps)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = ProjectStore::open(path);
    if (!opened) return fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();
    const int dot = int(from.lastIndexOf(QLatin1Char('.')));
    if (dot <= 0) return fail(QStringLiteral("FROM must be LAYER.FIELD"));
    const QString fromLayer = from.left(dot), field = from.mid(dot + 1);
    const auto source = store.layer(fromLayer);
    const auto target = store.layer(to);
    if (!source || source->kind != LayerKind::Measure) return fail(QStringLiteral("no measure layer ") + fromLayer);
    if (!target || !target->isFeatureLayer()) return fail(QStringLiteral("no feature layer ") + to);
    const auto sourcePolys = store.layer(source->geometryLayer);
    if (!sourcePolys) return fail(QStringLiteral("measure layer has no map layer"));
    auto table = store.readMeasures(fromLayer, {field});
    if (!table) return fail(table.errorMessage());
    auto src = gis::unitPolygons(store, *sourcePolys);
    if (!src) return fail(src.errorMessage());
    const QSet<QString> described(table->units.begin(), table->units.end());
    gis::UnitPolygons kept;
    for (int i = 0; i < src->codes.size(); ++i) {
        if (!described.contains(src->codes[i])) continue;
        kept.codes << src->codes[i];
        kept.geometries << src->geometries[i];
    }
    auto dst = gis::unitPolygons(store, *target);
    if (!dst) return fail(dst.errorMessage());
    const double readMs = clock.nsecsElapsed() / 1e6;

    double bestOverlay = std::numeric_limits<double>::infinity(), bestInterp = 0, bestTotal = bestOverlay;
    int pairs = 0;
    for (int r = 0; r < reps; ++r) {
        clock.restart();
        auto overlay = gis::computeOverlay(kept.geometries, dst->geometries);
        if (!overlay) return fail(overlay.errorMessage());
        const double overlayMs = clock.nsecsElapsed() / 1e6;
        const MeasureTable moved = gis::interpolateMeasures(overlay.value(), kept.codes, dst->codes, table.value(),
                                                            gis::InterpolationMode::Extensive);
        const double totalMs = clock.nsecsElapsed() / 1e6;
        if (moved.rowCount() == 0) return fail(QStringLiteral("interpolation produced no rows"));
        if (totalMs < bestTotal) {
            bestTotal = totalMs;
            bestOverlay = overlayMs;
            bestInterp = totalMs - overlayMs;
        }
        pairs = overlay->pairCount();
    }
    std::printf("read_ms %.2f\noverlay_ms %.2f\ninterpolate_ms %.2f\ntotal_ms %.2f\npairs %d\nsources %d\ntargets %d\n",
                readMs, bestOverlay, bestInterp, bestTotal, pairs, int(kept.codes.size()), int(dst->codes.size()));
    return 0;
}

int timeHour(const QString& path, const QString& layer, const QString& field, const QString& time, int reps)
{
    auto opened = ProjectStore::open(path);
    if (!opened) return fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();
    double best = std::numeric_limits<double>::infinity();
    int rows = 0;
    QElapsedTimer clock;
    for (int r = 0; r < reps; ++r) {
        clock.start();
        auto table = store.readMeasures(layer, {field}, time);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!table) return fail(table.errorMessage());
        rows = table->rowCount();
        best = qMin(best, ms);
    }
    if (rows == 0) return fail(QStringLiteral("no records at ") + time);
    std::printf("hour_ms %.2f\nrows %d\n", best, rows);

    // One unit's whole series (an hour-of-day profile's input) and the day total of every unit.
    const QString unit = store.readMeasures(layer, {field}, time)->units.first();
    double bestUnit = std::numeric_limits<double>::infinity(), bestDay = bestUnit;
    int unitRows = 0, dayUnits = 0;
    const QString day = time.left(10);
    for (int r = 0; r < reps; ++r) {
        clock.start();
        auto series = store.readUnitMeasures(layer, unit, {field});
        bestUnit = qMin(bestUnit, clock.nsecsElapsed() / 1e6);
        if (!series) return fail(series.errorMessage());
        unitRows = series->rowCount();
        clock.start();
        QHash<QString, double> total;
        for (int h = 0; h < 24; ++h) {
            auto hour = store.readMeasures(layer, {field}, QStringLiteral("%1T%2").arg(day).arg(h, 2, 10, QLatin1Char('0')));
            if (!hour) return fail(hour.errorMessage());
            for (int i = 0; i < hour->rowCount(); ++i) total[hour->units[i]] += hour->columns[0][i];
        }
        bestDay = qMin(bestDay, clock.nsecsElapsed() / 1e6);
        dayUnits = int(total.size());
    }
    std::printf("unit_series_ms %.2f\nunit_series_rows %d\nday_total_ms %.2f\nday_total_units %d\n", bestUnit, unitRows,
                bestDay, dayUnits);
    return 0;
}

int dump(const QString& path, const QString& layer, const QString& field)
{
    auto opened = ProjectStore::open(path);
    if (!opened) return fail(opened.errorMessage());
    auto table = opened.value()->readMeasures(layer, {field});
    if (!table) return fail(table.errorMessage());
    const int fi = table->fieldIndex(field);
    if (fi < 0) return fail(QStringLiteral("no field ") + field);
    for (int r = 0; r < table->rowCount(); ++r)
        std::printf("%s\t%s\t%.17g\n", table->units[r].toUtf8().constData(), table->times[r].toUtf8().constData(),
                    table->columns[fi][r]);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    // Rendering needs fonts (legend), so a GUI application on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cmd = args.value(1);
    if (cmd == QLatin1String("interpolate") && args.size() >= 5)
        return timeInterpolation(args[2], args[3], args[4], args.size() > 5 ? qMax(1, args[5].toInt()) : 5);
    if (cmd == QLatin1String("hour") && args.size() >= 6)
        return timeHour(args[2], args[3], args[4], args[5], args.size() > 6 ? qMax(1, args[6].toInt()) : 5);
    if (cmd == QLatin1String("dump") && args.size() == 5) return dump(args[2], args[3], args[4]);
    if (cmd == QLatin1String("make-grid") && args.size() >= 3)
        return bench::makeNationalGrid(args[2], args.size() > 3 ? args[3].toInt() : 250);
    if (cmd == QLatin1String("render") && args.size() >= 5)
        return bench::timeRender(args[2], args[3], args[4], args.size() > 5 ? qMax(1, args[5].toInt()) : 5, args.value(6));
    if (cmd == QLatin1String("recolour") && args.size() >= 6)
        return bench::timeRecolour(args[2], args[3], args[4], args[5], args.size() > 6 ? qMax(1, args[6].toInt()) : 3);
    return fail(QStringLiteral("usage: interpolate P.dosi LAYER.FIELD TO [REPS] | hour P.dosi LAYER FIELD TIME [REPS]"
                               " | dump P.dosi LAYER FIELD | make-grid OUT.dosi [CELL] | render P.dosi LAYER FIELD [REPS] [OUT.png]"
                               " | recolour P.dosi SOURCE.FIELD GRID DAY [REPS]"));
}
