// The fast grid renderer (gis/src/GridRender.*) against the general path, on the sample's Seoul 250 m
// grid (living_population_grid250, quantile 5) and on small synthetic grids with known colours.

#include "GridRender.h"
#include "ReferenceImage.h"

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/ThematicMap.h"

#include <QPainter>
#include <QSet>
#include <QtTest>
#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

Geometry square(double x0, double y0, double size)
{
    Geometry g;
    g.type = Geometry::Type::Polygon;
    Polygon p;
    p.rings.append({QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size), QPointF(x0, y0 + size),
                    QPointF(x0, y0)});
    g.polygons.append(p);
    return g;
}

// A cols x rows grid of `size` m cells from (x0, y0); colour of cell (c, r) from `colour`.
ThematicLayer syntheticGrid(int cols, int rows, double size, const std::function<QColor(int, int)>& colour,
                            double x0 = 950000, double y0 = 1940000)
{
    auto data = std::make_shared<FeatureLayerData>();
    data->info.name = QStringLiteral("synthetic");
    data->info.kind = LayerKind::Grid;
    data->extent = {x0, y0, x0 + cols * size, y0 + rows * size};
    ThematicLayer layer;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            data->geometries.append(square(x0 + c * size, y0 + r * size, size));
            data->codes.append(QStringLiteral("%1_%2").arg(c).arg(r));
            layer.fills.append(colour(c, r));
            layer.values.append(1.0);
        }
    data->labels = data->codes;
    layer.data = data;
    layer.valueExtent = data->extent;
    return layer;
}

// The same layer drawn by the general (QPainterPath) path: the renderer takes the fast path for grid
// layers only, so a copy of the geometry tagged as boundaries goes the general way.
ThematicLayer asGeneral(const ThematicLayer& layer)
{
    auto copy = std::make_shared<FeatureLayerData>(*layer.data);
    copy->info.kind = LayerKind::Boundaries;
    ThematicLayer out = layer;
    out.data = copy;
    return out;
}

QImage draw(const ThematicLayer& layer, const MapView& view, double dpr = 1.0)
{
    RenderRequest req;
    req.view = view;
    req.layers = {layer};
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    req.devicePixelRatio = dpr;
    return renderMap(req).convertToFormat(QImage::Format_ARGB32);
}

int channelDiff(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

}  // namespace

class TestGridRender : public QObject {
    Q_OBJECT

private slots:
    // The sample's Seoul 250 m grid with legend and furniture (renderThematicImage, so the fast path)
    // against the stored reference image.
    void seoulGridMatchesReferenceImage()
    {
        auto opened = ProjectStore::openReadOnly(QStringLiteral(DOSI_SAMPLE_PROJECT));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        ThematicSpec spec;
        spec.layer = QStringLiteral("living_population_grid250");
        spec.field = QStringLiteral("total");
        spec.classes = QStringLiteral("quantile:5");
        MapDecorations deco;
        deco.title = QStringLiteral("Living population on the 250 m grid (estimated), 2019-03-06 14:00");
        deco.sourceLine = QStringLiteral("Seoul Open Data (KOGL 1), moved onto the national grid by area weighting");
        auto image = renderThematicImage(*opened.value(), spec, QSize(960, 540), deco);
        QVERIFY2(image, qPrintable(image.errorMessage()));
        const QString failure = test::checkReference(image.value(), QStringLiteral(DOSI_SOURCE_DIR "/tests/data/render/seoul_grid250_quantile5.png"),
                                                     QStringLiteral(DOSI_BINARY_DIR "/test_gridrender_actual.png"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void seoulGridMatchesGeneralPath()
    {
        auto opened = ProjectStore::open(QStringLiteral(DOSI_SAMPLE_PROJECT));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        ThematicSpec spec;
        spec.layer = QStringLiteral("living_population_grid250");
        spec.field = QStringLiteral("total");
        auto built = buildThematicLayer(*opened.value(), spec);
        QVERIFY2(built, qPrintable(built.errorMessage()));
        const ThematicLayer& layer = built.value();
        QCOMPARE(layer.data->info.kind, LayerKind::Grid);
        QCOMPARE(layer.data->geometries.size(), 19135);
        QVERIFY(detail::isRegularGrid(layer.data));

        const MapView view = MapView::fit(layer.valueExtent, QSize(1920, 1080), 0.04);
        const QImage fast = draw(layer, view);
        const QImage general = draw(asGeneral(layer), view);
        QCOMPARE(fast.size(), QSize(1920, 1080));
        QCOMPARE(general.size(), fast.size());
        // Visually equivalent: small mean difference, and few pixels (cell edges, where the general path
        // shows faint seams between separately antialiased cells) differ noticeably.
        double sum = 0;
        qint64 far = 0;
        for (int y = 0; y < fast.height(); ++y)
            for (int x = 0; x < fast.width(); ++x) {
                const int d = channelDiff(fast.pixel(x, y), general.pixel(x, y));
                sum += d;
                far += d > 48 ? 1 : 0;
            }
        const double pixels = double(fast.width()) * fast.height();
        if (qEnvironmentVariableIsSet("DOSI_TEST_KEEP_IMAGES")) {
            fast.save(QStringLiteral("/tmp/gridrender_fast.png"));
            general.save(QStringLiteral("/tmp/gridrender_general.png"));
        }
        qInfo("mean channel difference %.3f, pixels differing by more than 48: %.4f%%", sum / pixels, 100.0 * far / pixels);
        QVERIFY2(sum / pixels < 3.0, qPrintable(QString::number(sum / pixels)));
        QVERIFY2(far / pixels < 0.005, qPrintable(QString::number(far / pixels)));

        // The centre of cells of every class (and of a cell without a value) has the cell's colour in both.
        QSet<QRgb> checkedColours;
        int checked = 0;
        for (int i = 0; i < layer.fills.size() && checkedColours.size() < 6; ++i) {
            const QRgb want = layer.fills[i].rgb();
            if (checkedColours.contains(want)) continue;
            const Envelope e = layer.data->geometries[i].envelope();
            const QPointF c = view.toScreen(QPointF((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2));
            const QPoint px(int(c.x()), int(c.y()));
            if (!fast.rect().contains(px)) continue;
            QVERIFY2(channelDiff(fast.pixel(px), want) <= 1,
                     qPrintable(QStringLiteral("cell %1: %2 vs %3").arg(layer.data->codes[i]).arg(fast.pixel(px), 0, 16).arg(want, 0, 16)));
            QVERIFY(channelDiff(general.pixel(px), want) <= 1);
            checkedColours.insert(want);
            ++checked;
        }
        QCOMPARE(checked, 6);   // five classes and "no data"
    }

    void coverageOfSubPixelCells()
    {
        // 100 m cells alternating two colours in columns, drawn at 200 m per pixel: every pixel covers
        // exactly 2 x 2 cells, half of each colour, so it takes their mean.
        const QColor a(200, 0, 0), b(0, 0, 200);
        const ThematicLayer layer = syntheticGrid(400, 200, 100, [&](int c, int) { return c % 2 ? b : a; });
        const MapView view(QPointF(950000 + 20000, 1940000 + 10000), 200.0, QSize(200, 100));
        const QImage img = draw(layer, view);
        for (const QPoint p : {QPoint(10, 10), QPoint(100, 50), QPoint(190, 90)}) {
            const QRgb px = img.pixel(p);
            QVERIFY2(std::abs(qRed(px) - 100) <= 1 && std::abs(qBlue(px) - 100) <= 1 && qGreen(px) == 0,
                     qPrintable(QString::number(px, 16)));
        }
        // Uniform cells at a fractional offset: interior pixels are exactly the cell colour, the pixel
        // column on the layer's west edge is covered to 30 %.
        const ThematicLayer uniform = syntheticGrid(50, 50, 100, [&](int, int) { return a; });
        const MapView shifted(QPointF(950000 + 2500 + 70, 1940000 + 2500), 100.0, QSize(60, 60));
        const QImage u = draw(uniform, shifted);
        QCOMPARE(QColor(u.pixel(30, 30)).rgb(), a.rgb());
        // The lattice's west edge is at screen x = 5 - 0.7 = 4.3: pixel 4 is 70 % cell, 30 % background.
        const QColor bg(0xf4, 0xf4, 0xf0);
        const QRgb edge = u.pixel(4, 30);
        QVERIFY2(std::abs(qRed(edge) - int(std::lround(0.7 * 200 + 0.3 * bg.red()))) <= 2, qPrintable(QString::number(edge, 16)));
        QVERIFY2(std::abs(qBlue(edge) - int(std::lround(0.3 * bg.blue()))) <= 2, qPrintable(QString::number(edge, 16)));
    }

    void bigCellsMatchGeneralPathAndDevicePixelRatio()
    {
        // 12 px cells with outlines, at device pixel ratios 1 and 2: close to the general path.
        const ThematicLayer layer = syntheticGrid(20, 12, 250, [](int c, int r) {
            return QColor::fromHsv((c * 37 + r * 11) % 360, 200, 220);
        });
        for (double dpr : {1.0, 2.0}) {
            const MapView view = MapView::fit(layer.data->extent, QSize(320, 200), 0.05);
            const QImage fast = draw(layer, view, dpr);
            const QImage general = draw(asGeneral(layer), view, dpr);
            QCOMPARE(fast.size(), general.size());
            QCOMPARE(fast.width(), int(320 * dpr));
            double sum = 0;
            for (int y = 0; y < fast.height(); ++y)
                for (int x = 0; x < fast.width(); ++x) sum += channelDiff(fast.pixel(x, y), general.pixel(x, y));
            const double mean = sum / (double(fast.width()) * fast.height());
            QVERIFY2(mean < 3.0, qPrintable(QStringLiteral("dpr %1: mean difference %2").arg(dpr).arg(mean)));
        }
    }

    void opacityAndMaskedCells()
    {
        ThematicLayer layer = syntheticGrid(10, 10, 250, [](int, int) { return QColor(0, 0, 0); });
        layer.opacity = 0.5;
        const MapView view = MapView::fit(layer.data->extent, QSize(100, 100), 0.0);
        const QImage img = draw(layer, view);
        // Half of black over the background: the background's channels halved (±1), away from the edges.
        const QRgb px = img.pixel(12, 12);
        QVERIFY2(std::abs(qRed(px) - 0xf4 / 2) <= 2 && std::abs(qBlue(px) - 0xf0 / 2) <= 2, qPrintable(QString::number(px, 16)));

        // A masked cell gets the hatch: not a flat colour.
        ThematicLayer masked = syntheticGrid(4, 4, 250, [](int, int) { return maskedColor(); });
        for (double& v : masked.values) v = maskedValue();
        const QImage hatched = draw(masked, MapView::fit(masked.data->extent, QSize(200, 200), 0.0));
        QSet<QRgb> colours;
        for (int y = 60; y < 140; ++y)
            for (int x = 60; x < 140; ++x) colours.insert(hatched.pixel(x, y));
        QVERIFY(colours.size() > 2);
    }

    void irregularLayersAndCancelFallBack()
    {
        // Not squares on one lattice: the fast path declines.
        ThematicLayer layer = syntheticGrid(3, 3, 250, [](int, int) { return QColor(10, 20, 30); });
        auto data = std::make_shared<FeatureLayerData>(*layer.data);
        data->geometries[4] = square(950000 + 260, 1940000 + 250, 250);   // off the lattice
        layer.data = data;
        QVERIFY(!detail::isRegularGrid(layer.data));
        QImage img(100, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&img);
        QVERIFY(!detail::drawGridLayerFast(painter, layer, MapView::fit(data->extent, QSize(100, 100)), 1.0, nullptr));
        painter.end();

        // A cancelled frame returns no image.
        const ThematicLayer big = syntheticGrid(200, 200, 250, [](int, int) { return QColor(1, 2, 3); });
        std::atomic_bool cancel{true};
        RenderRequest req;
        req.view = MapView::fit(big.data->extent, QSize(400, 300));
        req.layers = {big};
        QVERIFY(renderMap(req, &cancel).isNull());
        QImage target(400, 300, QImage::Format_ARGB32_Premultiplied);
        target.fill(Qt::white);
        QPainter p2(&target);
        QVERIFY(detail::drawGridLayerFast(p2, big, req.view, 1.0, &cancel));   // handled: the caller stops
        p2.end();
    }
};

QTEST_MAIN(TestGridRender)
#include "test_gridrender.moc"
