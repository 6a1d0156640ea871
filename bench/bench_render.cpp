// dosi_bench render modes (see dosi_bench.cpp for the usage text).
//
//   make-grid OUT.dosi [CELL]
//       Writes a benchmark WORKLOAD (not data): a project with one grid layer "national_grid" of the
//       국가지점번호-aligned CELL m cells (default 250) over the rectangle E 900,000–1,200,000 m,
//       N 1,650,000–1,962,500 m (EPSG:5179), a 300 km x 312.5 km box over the middle and south of the
//       mainland from Seoul to Busan: 1200 x 1250 = 1,500,000 cells at 250 m. Fields: cell_id (code),
//       coverage (1) and value, a deterministic population-like surface: Gaussian peaks at Seoul,
//       Busan, Daegu, Daejeon and Gwangju over a floor, plus hash noise of the cell indices.
//   render P.dosi LAYER FIELD [REPS] [OUT.png]
//       1920x1080, 5-class quantile, YlOrRd, view = the layer extent (no margin, as QGIS's
//       QgsMapSettings::setExtent). Prints the geometry load, the first frame including the load,
//       best of REPS of buildThematicLayer (layer loaded) + renderMap, the peak RSS and the class breaks.
//   recolour P.dosi SOURCE.FIELD GRID DAY [REPS]
//       Interpolates SOURCE.FIELD (e.g. living_population.total on the dongs) onto GRID for the 24
//       hours of DAY (area-weighted, extensive, as `dosi-cli interpolate`), adds it to the project's
//       working copy, draws it once at 1920x1080 (builds the shared PathCache), then times per hour
//       "buildThematicLayer(new time, cached geometry) + renderMap(shared PathCache)" REPS times
//       over the day. Prints median and max of the per-hour best, and the max over all frames.
//       DOSI_BENCH_DETAIL=1 also prints where a frame's time goes (reading the hour, classifying, drawing).

#include "BenchRender.h"

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/Interpolate.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/NationalGrid.h"
#include "dosi/gis/ThematicMap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace dosi::bench {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "dosi_bench: %s\n", qPrintable(message));
    return 1;
}

// Peak resident set size of this process in MB (Linux: VmHWM; other Unix: ru_maxrss; else 0).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#if defined(Q_OS_UNIX)
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0) return double(u.ru_maxrss) / 1024.0;
#endif
    return 0;
}

double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

quint32 hash32(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// The workload's value surface at a cell centre (EPSG:5179 metres).
double surface(double e, double n, int col, int row)
{
    struct Peak {
        double e, n, height, sigma;
    };
    // Approximate city centres in EPSG:5179; heights and spreads are arbitrary.
    static const Peak peaks[] = {
        {953900, 1952000, 12000, 18000},   // Seoul
        {1144000, 1686000, 6000, 14000},   // Busan
        {1100000, 1764000, 4000, 12000},   // Daegu
        {990000, 1817000, 3000, 10000},    // Daejeon
        {934000, 1686000, 2500, 10000},    // Gwangju
    };
    double v = 5;
    for (const Peak& p : peaks) {
        const double de = e - p.e, dn = n - p.n;
        v += p.height * std::exp(-(de * de + dn * dn) / (2 * p.sigma * p.sigma));
    }
    const double noise = double(hash32(quint32(col) * 73856093U ^ quint32(row) * 19349663U) % 10000) / 10000.0;
    return std::round((v * (0.75 + 0.5 * noise)) * 100) / 100;
}

QByteArray squareWkb(double x0, double y0, double size)
{
    gis::Geometry g;
    g.type = gis::Geometry::Type::Polygon;
    gis::Polygon poly;
    poly.rings.append({QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size), QPointF(x0, y0 + size),
                       QPointF(x0, y0)});
    g.polygons.append(poly);
    return g.toWkb();
}

}  // namespace

int makeNationalGrid(const QString& path, int cell)
{
    constexpr double minE = 900000, maxE = 1200000, minN = 1650000, maxN = 1962500;
    if (cell <= 0 || 100000 % cell != 0) return fail(QStringLiteral("cell must divide 100000"));
    QElapsedTimer clock;
    clock.start();
    QFile::remove(path);
    auto created = ProjectStore::create(path, QStringLiteral("Benchmark workload: national-scale grid"));
    if (!created) return fail(created.errorMessage());
    ProjectStore& store = *created.value();
    LayerInfo info;
    info.name = QStringLiteral("national_grid");
    info.title = QStringLiteral("national_grid");
    info.kind = LayerKind::Grid;
    info.codeField = QStringLiteral("cell_id");
    info.labelField = QStringLiteral("cell_id");
    info.source = QStringLiteral("bench workload (dosi_bench make-grid), not data");
    info.fields = {FieldInfo{QStringLiteral("cell_id"), FieldType::Text, QStringLiteral("National grid cell id")},
                   FieldInfo{QStringLiteral("coverage"), FieldType::Real, QStringLiteral("Share inside the area")},
                   FieldInfo{QStringLiteral("value"), FieldType::Real, QStringLiteral("Benchmark surface (not data)")}};
    const int cols = int((maxE - minE) / cell), rows = int((maxN - minN) / cell);
    bool first = true;
    QVector<FeatureRecord> batch;
    batch.reserve(cols * 50);
    for (int r = 0; r < rows; ++r) {
        const double y0 = minN + r * cell;
        for (int c = 0; c < cols; ++c) {
            const double x0 = minE + c * cell;
            FeatureRecord f;
            f.wkb = squareWkb(x0, y0, cell);
            f.envelope = {x0, y0, x0 + cell, y0 + cell};
            f.values = {gis::cellId(x0 + cell / 2.0, y0 + cell / 2.0, cell), 1.0,
                        surface(x0 + cell / 2.0, y0 + cell / 2.0, c, r)};
            batch.push_back(std::move(f));
        }
        if (batch.size() >= cols * 50 || r == rows - 1) {
            auto w = first ? store.addFeatureLayer(info, batch) : store.appendFeatures(info.name, batch);
            if (!w) return fail(w.errorMessage());
            first = false;
            batch.clear();
        }
    }
    if (auto s = store.saveAndClose(); !s) return fail(s.errorMessage());
    std::printf("cells %d\nmake_ms %.0f\n", cols * rows, clock.nsecsElapsed() / 1e6);
    return 0;
}

int timeRender(const QString& path, const QString& layerName, const QString& field, int reps, const QString& out)
{
    auto opened = ProjectStore::open(path);
    if (!opened) return fail(opened.errorMessage());
    const ProjectStore& store = *opened.value();
    const QSize size(1920, 1080);
    gis::ThematicSpec spec;
    spec.layer = layerName;
    spec.field = field;
    spec.classes = QStringLiteral("quantile:5");
    spec.ramp = QStringLiteral("YlOrRd");
    const double rssOpen = currentRssMb();

    // First frame: geometry load + classification + drawing, as a fresh `dosi-cli render` would.
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const gis::FeatureLayerData> data;
    double loadMs = 0;
    {
        const auto info = store.layer(layerName);
        if (!info) return fail(QStringLiteral("no layer ") + layerName);
        auto loaded = gis::loadFeatureLayer(store, info->kind == LayerKind::Measure ? info->geometryLayer : layerName);
        if (!loaded) return fail(loaded.errorMessage());
        data = loaded.value();
        loadMs = clock.nsecsElapsed() / 1e6;
        auto layer = gis::buildThematicLayer(store, spec, data);
        if (!layer) return fail(layer.errorMessage());
        gis::RenderRequest req;
        req.view = gis::MapView::fit(data->extent, size, 0.0);
        req.decorations = gis::defaultDecorations(layer.value());
        req.layers.append(layer.value());
        gis::PathCache cache;
        const QImage img = gis::renderMap(req, nullptr, &cache);
        if (img.isNull()) return fail(QStringLiteral("render failed"));
    }
    const double firstMs = clock.nsecsElapsed() / 1e6;
    const double rssLoaded = currentRssMb();

    double best = std::numeric_limits<double>::infinity(), bestBuild = 0;
    QImage last;
    int features = 0;
    QStringList breaks;
    for (int r = 0; r < reps; ++r) {
        gis::PathCache cache;   // a new view each time: nothing cached between repetitions
        clock.restart();
        auto layer = gis::buildThematicLayer(store, spec, data);
        if (!layer) return fail(layer.errorMessage());
        const double buildMs = clock.nsecsElapsed() / 1e6;
        gis::RenderRequest req;
        req.view = gis::MapView::fit(data->extent, size, 0.0);
        req.decorations = gis::defaultDecorations(layer.value());
        features = int(layer->values.size());
        breaks.clear();
        for (double b : layer->breaks) breaks << QString::number(b, 'g', 6);
        req.layers.append(std::move(layer.value()));
        last = gis::renderMap(req, nullptr, &cache);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (last.isNull()) return fail(QStringLiteral("render failed"));
        if (ms < best) {
            best = ms;
            bestBuild = buildMs;
        }
    }
    if (!out.isEmpty()) last.save(out);
    std::printf("features %d\nload_ms %.1f\nfirst_ms %.1f\nrender_ms %.1f\nbuild_ms %.1f\ndraw_ms %.1f\n"
                "rss_open_mb %.0f\nrss_loaded_mb %.0f\npeak_rss_mb %.0f\n",
                features, loadMs, firstMs, best, bestBuild, best - bestBuild, rssOpen, rssLoaded, peakRssMb());
    std::printf("breaks %s\n", qPrintable(breaks.join(QLatin1Char(','))));
    return 0;
}

int timeRecolour(const QString& path, const QString& from, const QString& gridName, const QString& day, int reps)
{
    auto opened = ProjectStore::open(path);
    if (!opened) return fail(opened.errorMessage());
    ProjectStore& store = *opened.value();
    const int dot = int(from.lastIndexOf(QLatin1Char('.')));
    if (dot <= 0) return fail(QStringLiteral("SOURCE must be LAYER.FIELD"));
    const QString fromLayer = from.left(dot), field = from.mid(dot + 1);
    const auto source = store.layer(fromLayer);
    const auto grid = store.layer(gridName);
    if (!source || source->kind != LayerKind::Measure) return fail(QStringLiteral("no measure layer ") + fromLayer);
    if (!grid || !grid->isFeatureLayer()) return fail(QStringLiteral("no feature layer ") + gridName);
    const auto sourcePolys = store.layer(source->geometryLayer);
    if (!sourcePolys) return fail(QStringLiteral("measure layer has no map layer"));

    // The day's 24 hours, moved onto the grid (setup, not timed).
    MeasureTable hours;
    hours.fields = {field};
    for (int h = 0; h < 24; ++h) {
        const QString t = QStringLiteral("%1T%2").arg(day).arg(h, 2, 10, QLatin1Char('0'));
        auto one = store.readMeasures(fromLayer, {field}, t);
        if (!one) return fail(one.errorMessage());
        if (one->rowCount() == 0) return fail(QStringLiteral("no records at ") + t);
        for (int r = 0; r < one->rowCount(); ++r) hours.addRow(one->units[r], one->times[r], {one->columns[0][r]});
    }
    auto src = gis::unitPolygons(store, *sourcePolys);
    if (!src) return fail(src.errorMessage());
    const QSet<QString> described(hours.units.begin(), hours.units.end());
    gis::UnitPolygons kept;
    for (int i = 0; i < src->codes.size(); ++i) {
        if (!described.contains(src->codes[i])) continue;
        kept.codes << src->codes[i];
        kept.geometries << src->geometries[i];
    }
    auto dst = gis::unitPolygons(store, *grid);
    if (!dst) return fail(dst.errorMessage());
    auto overlay = gis::computeOverlay(kept.geometries, dst->geometries);
    if (!overlay) return fail(overlay.errorMessage());
    const MeasureTable moved = gis::interpolateMeasures(overlay.value(), kept.codes, dst->codes, hours,
                                                        gis::InterpolationMode::Extensive);
    LayerInfo info;
    info.name = QStringLiteral("bench_recolour");
    info.title = info.name;
    info.kind = LayerKind::Measure;
    info.geometryLayer = gridName;
    info.timeKind = TimeKind::Hour;
    info.estimated = true;
    info.fields = {FieldInfo{field, FieldType::Real, QString()}};
    if (auto w = store.addMeasureLayer(info, moved); !w) return fail(w.errorMessage());

    gis::ThematicSpec spec;
    spec.layer = info.name;
    spec.field = field;
    spec.time = QStringLiteral("%1T00").arg(day);
    auto firstLayer = gis::buildThematicLayer(store, spec);
    if (!firstLayer) return fail(firstLayer.errorMessage());
    const auto data = firstLayer->data;
    gis::PathCache cache;
    gis::RenderRequest base;
    base.view = gis::MapView::fit(firstLayer->valueExtent, QSize(1920, 1080), 0.04);
    {
        gis::RenderRequest req = base;
        req.layers.append(firstLayer.value());
        req.decorations = gis::defaultDecorations(firstLayer.value());
        if (gis::renderMap(req, nullptr, &cache).isNull()) return fail(QStringLiteral("render failed"));
    }
    QVector<double> bestPerHour(24, std::numeric_limits<double>::infinity()), buildPerHour(24, 0.0);
    double worst = 0;
    QElapsedTimer clock;
    for (int r = 0; r < reps; ++r) {
        for (int h = 0; h < 24; ++h) {
            spec.time = QStringLiteral("%1T%2").arg(day).arg(h, 2, 10, QLatin1Char('0'));
            clock.start();
            auto layer = gis::buildThematicLayer(store, spec, data);
            if (!layer) return fail(layer.errorMessage());
            const double buildMs = clock.nsecsElapsed() / 1e6;
            gis::RenderRequest req = base;
            req.decorations = gis::defaultDecorations(layer.value());
            req.layers.append(std::move(layer.value()));
            const QImage img = gis::renderMap(req, nullptr, &cache);
            const double ms = clock.nsecsElapsed() / 1e6;
            if (img.isNull()) return fail(QStringLiteral("render failed"));
            if (ms < bestPerHour[h]) {
                bestPerHour[h] = ms;
                buildPerHour[h] = buildMs;
            }
            worst = std::max(worst, ms);
        }
    }
    if (qEnvironmentVariableIsSet("DOSI_BENCH_DETAIL")) {   // where a frame's time goes
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i) (void)store.measureTimes(info.name);
        std::printf("detail_measure_times_ms %.2f\n", t.nsecsElapsed() / 1e7);
        t.restart();
        for (int i = 0; i < 10; ++i) (void)store.readMeasures(info.name, {field}, spec.time);
        std::printf("detail_read_measures_ms %.2f\n", t.nsecsElapsed() / 1e7);
        t.restart();
        const int buildReps = qEnvironmentVariableIntValue("DOSI_BENCH_DETAIL") > 1 ? 300 : 10;
        for (int i = 0; i < buildReps; ++i) (void)gis::buildThematicLayer(store, spec, data);
        std::printf("detail_build_ms %.2f\n", t.nsecsElapsed() / 1e6 / buildReps);
        auto layer = gis::buildThematicLayer(store, spec, data);
        gis::RenderRequest req = base;
        req.layers.append(layer.value());
        t.restart();
        for (int i = 0; i < 10; ++i) (void)gis::renderMap(req, nullptr, &cache);
        std::printf("detail_render_no_decorations_ms %.2f\n", t.nsecsElapsed() / 1e7);
        req.layers.clear();
        t.restart();
        for (int i = 0; i < 10; ++i) (void)gis::renderMap(req, nullptr, &cache);
        std::printf("detail_render_empty_ms %.2f\n", t.nsecsElapsed() / 1e7);
        req.decorations = gis::defaultDecorations(layer.value());
        req.layers.append(layer.value());
        t.restart();
        for (int i = 0; i < 10; ++i) (void)gis::renderMap(req, nullptr, &cache);
        std::printf("detail_render_ms %.2f\n", t.nsecsElapsed() / 1e7);
    }
    QVector<double> sorted = bestPerHour;
    std::sort(sorted.begin(), sorted.end());
    std::sort(buildPerHour.begin(), buildPerHour.end());
    std::printf("cells %d\ncells_with_values %d\nframes %d\nrecolour_median_ms %.1f\nrecolour_max_ms %.1f\n"
                "recolour_worst_frame_ms %.1f\nrecolour_build_median_ms %.1f\npath_builds %d\n",
                int(data->geometries.size()), int(moved.rowCount() / 24), reps * 24, (sorted[11] + sorted[12]) / 2,
                sorted.last(), worst, (buildPerHour[11] + buildPerHour[12]) / 2, cache.buildCount());
    return 0;
}

}  // namespace dosi::bench
