// Renderer features on the real Seoul dongs: labels placed without overlap and stable over time,
// graduated point symbols (area ∝ value), selection highlight, per-layer opacity for every kind.
#include "SeoulFixture.h"
#include "dosi/core/Values.h"
#include "dosi/gis/MapRenderer.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

MapDecorations noDecorations()
{
    MapDecorations d;
    d.legend = d.scaleBar = d.northArrow = false;
    return d;
}

bool isDark(QRgb c) { return qRed(c) < 70 && qGreen(c) < 70 && qBlue(c) < 70; }

int darkPixelsIn(const QImage& img, const QRectF& r)
{
    int n = 0;
    const QRect box = r.toAlignedRect().intersected(img.rect());
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) n += isDark(img.pixel(x, y)) ? 1 : 0;
    return n;
}

// A tiny layer of one polygon, one line and one point (EPSG:5179 metres), all with value 1.
std::shared_ptr<FeatureLayerData> mixedLayer()
{
    auto data = std::make_shared<FeatureLayerData>();
    data->info.name = QStringLiteral("mixed");
    Geometry poly;
    poly.type = Geometry::Type::Polygon;
    poly.polygons = {Polygon{{Ring{{0, 0}, {400, 0}, {400, 400}, {0, 400}, {0, 0}}}}};
    Geometry line;
    line.type = Geometry::Type::LineString;
    line.lines = {{QPointF(601, 0), QPointF(601, 400)}};   // screen x 350.5: a pixel centre
    data->geometries = {poly, line, Geometry::point(900, 200)};
    data->codes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    data->labels = data->codes;
    data->extent = Envelope{0, 0, 1000, 400};
    return data;
}

}  // namespace

class TestLabels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsDoNotOverlap();
    void labelsAreStableAndCached();
    void labelsAreDrawn();
    void graduatedRadiusFollowsSqrt();
    void graduatedSymbolsDrawnToScale();
    void selectionOnlyAroundSelected();
    void opacityForEveryKind();

private:
    ThematicLayer dongLayer(const QString& time) const;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const FeatureLayerData> m_data;
};

void TestLabels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = test::buildSeoulFixture(m_dir.filePath(QStringLiteral("fixture.dosi")), 3);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(store.value());
}

ThematicLayer TestLabels::dongLayer(const QString& time) const
{
    ThematicSpec s;
    s.layer = QString::fromLatin1(test::kPopLayer);
    s.field = QStringLiteral("total");
    s.time = time;
    auto layer = buildThematicLayer(*m_store, s, m_data);
    if (!layer) qFatal("%s", qPrintable(layer.errorMessage()));
    const_cast<TestLabels*>(this)->m_data = layer->data;
    layer->showLabels = true;
    return layer.value();
}

void TestLabels::labelsDoNotOverlap()
{
    const ThematicLayer layer = dongLayer(QStringLiteral("2019-03-04T00"));
    const MapView view = MapView::fit(layer.valueExtent, QSize(1600, 1000), 0.04);
    PathCache cache;
    QElapsedTimer timer;
    timer.start();
    const QVector<PlacedLabel> labels = placeLabels(layer, view, &cache);
    const qint64 firstMs = timer.elapsed();
    timer.restart();
    placeLabels(layer, view, &cache);   // cached: no new layout
    qInfo("label layout: %lld ms first, %lld ms cached; %d labels", firstMs, qint64(timer.elapsed()), int(labels.size()));
    QVERIFY2(labels.size() >= 60, qPrintable(QString::number(labels.size())));
    QVERIFY(labels.size() < 425);   // central Seoul is too dense for every name
    const QRectF image(0, 0, 1600, 1000);
    const auto paths = cache.paths(layer.data, view);
    QStringList texts;
    for (int i = 0; i < labels.size(); ++i) {
        const PlacedLabel& a = labels[i];
        QVERIFY(image.contains(a.rect));
        QVERIFY(!a.text.contains(QLatin1Char(' ')));   // "서울특별시 서초구 내곡동" is shown as "내곡동"
        // The anchor lies inside its own dong (pole of inaccessibility).
        QVERIFY2(paths->paths[a.feature].contains(a.anchor), qPrintable(a.text));
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!a.rect.intersects(labels[j].rect), qPrintable(a.text + QStringLiteral(" / ") + labels[j].text));
        texts << a.text;
    }
    // The two largest dongs of Seoul come first and are labelled.
    QVERIFY(texts.contains(QStringLiteral("내곡동")));
    QVERIFY(texts.contains(QStringLiteral("진관동")));
    QCOMPARE(texts.first(), QStringLiteral("내곡동"));
    QCOMPARE(texts.at(1), QStringLiteral("진관동"));
}

void TestLabels::labelsAreStableAndCached()
{
    const ThematicLayer a = dongLayer(QStringLiteral("2019-03-04T00"));
    const ThematicLayer b = dongLayer(QStringLiteral("2019-03-04T02"));
    QVERIFY(a.values != b.values);
    const MapView view = MapView::fit(a.valueExtent, QSize(1200, 900), 0.04);
    PathCache cache;
    const QVector<PlacedLabel> first = placeLabels(a, view, &cache);
    const QVector<PlacedLabel> second = placeLabels(b, view, &cache);   // another hour: same layout
    const QVector<PlacedLabel> fresh = placeLabels(a, view);            // built from scratch
    QCOMPARE(cache.buildCount(), 1);
    QCOMPARE(first.size(), second.size());
    QCOMPARE(first.size(), fresh.size());
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].feature, second[i].feature);
        QCOMPARE(first[i].rect, second[i].rect);
        QCOMPARE(first[i].feature, fresh[i].feature);
        QCOMPARE(first[i].rect, fresh[i].rect);
    }
    // Two renders of the same frame are identical.
    RenderRequest req;
    req.view = view;
    req.decorations = noDecorations();
    req.layers = {a};
    QCOMPARE(renderMap(req, nullptr, &cache), renderMap(req, nullptr, &cache));
    QCOMPARE(cache.buildCount(), 1);
}

void TestLabels::labelsAreDrawn()
{
    ThematicLayer layer = dongLayer(QStringLiteral("2019-03-04T00"));
    const MapView view = MapView::fit(layer.valueExtent, QSize(1200, 900), 0.04);
    RenderRequest req;
    req.view = view;
    req.decorations = noDecorations();
    req.layers = {layer};
    const QImage with = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    req.layers[0].showLabels = false;
    const QImage without = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    const QVector<PlacedLabel> labels = placeLabels(layer, view);
    QVERIFY(!labels.isEmpty());
    int withText = 0;
    for (const PlacedLabel& l : labels) {
        QCOMPARE(darkPixelsIn(without, l.rect), 0);   // the choropleth alone has no near-black pixels
        withText += darkPixelsIn(with, l.rect) > 5 ? 1 : 0;
    }
    QCOMPARE(withText, labels.size());
}

void TestLabels::graduatedRadiusFollowsSqrt()
{
    QCOMPARE(graduatedRadius(100, 100), kMaxSymbolRadius);
    QCOMPARE(graduatedRadius(25, 100), kMaxSymbolRadius / 2);
    // Area ∝ value: r² / v is constant above the minimum radius.
    const double k = std::pow(graduatedRadius(90, 100), 2) / 90;
    for (double v : {10.0, 40.0, 55.5, 100.0}) QVERIFY(std::abs(std::pow(graduatedRadius(v, 100), 2) / v - k) < 1e-9 * k);
    QVERIFY(std::abs(graduatedRadius(40, 100) / graduatedRadius(10, 100) - 2.0) < 1e-12);
    QCOMPARE(graduatedRadius(-25, 100), kMaxSymbolRadius / 2);   // by magnitude
    QCOMPARE(graduatedRadius(0.001, 100), kMinSymbolRadius);     // never vanishes
    QCOMPARE(graduatedRadius(missingValue(), 100), 0.0);
    QCOMPARE(symbolLegendValues(12345), (QVector<double>{10000, 2000, 500}));
    QCOMPARE(symbolLegendValues(0), QVector<double>{});
}

void TestLabels::graduatedSymbolsDrawnToScale()
{
    auto data = std::make_shared<FeatureLayerData>();
    data->info.name = QStringLiteral("pts");
    data->info.kind = LayerKind::Points;
    data->geometries = {Geometry::point(100, 100), Geometry::point(300, 100), Geometry::point(500, 100)};
    data->codes = data->labels = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    data->extent = Envelope{0, 0, 600, 200};
    QVERIFY(isPointLayer(*data));
    ThematicLayer layer;
    layer.data = data;
    layer.values = {400, 100, 25};
    layer.fills = {QColor(0, 0, 255), QColor(0, 0, 255), QColor(0, 0, 255)};
    QCOMPARE(symbolScaleMaximum(layer), 400.0);
    RenderRequest req;
    req.view = MapView(QPointF(300, 100), 1.0, QSize(600, 200));   // 1 m per pixel
    req.background = Qt::white;
    req.decorations = noDecorations();
    req.layers = {layer};
    const QImage img = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    // Measure each disc's radius along its horizontal diameter (blue-ish pixels).
    const double expected[] = {kMaxSymbolRadius, kMaxSymbolRadius / 2, kMaxSymbolRadius / 4};
    for (int k = 0; k < 3; ++k) {
        const QPointF c = req.view.toScreen(data->geometries[k].points.first());
        int right = 0;
        while (right < 100 && qBlue(img.pixel(int(c.x()) + right, int(c.y()))) > qRed(img.pixel(int(c.x()) + right, int(c.y()))) + 60)
            ++right;
        QVERIFY2(std::abs(right - expected[k]) <= 1.5, qPrintable(QStringLiteral("%1: %2 vs %3").arg(k).arg(right).arg(expected[k])));
    }
}

void TestLabels::selectionOnlyAroundSelected()
{
    ThematicLayer layer = dongLayer(QStringLiteral("2019-03-04T00"));
    layer.showLabels = false;
    const MapView view = MapView::fit(layer.valueExtent, QSize(900, 700), 0.04);
    const int pick = int(layer.data->labels.indexOf(QStringLiteral("서울특별시 종로구 사직동")));
    QVERIFY(pick >= 0);
    RenderRequest req;
    req.view = view;
    req.decorations = noDecorations();
    req.layers = {layer};
    PathCache cache;
    const QImage plain = renderMap(req, nullptr, &cache).convertToFormat(QImage::Format_ARGB32);
    req.layers[0].selected = {pick};
    const QImage selected = renderMap(req, nullptr, &cache).convertToFormat(QImage::Format_ARGB32);
    const QRectF around = cache.paths(layer.data, view)->paths[pick].boundingRect().adjusted(-4, -4, 4, 4);
    int changed = 0, cyan = 0;
    for (int y = 0; y < plain.height(); ++y)
        for (int x = 0; x < plain.width(); ++x) {
            if (plain.pixel(x, y) == selected.pixel(x, y)) continue;
            ++changed;
            QVERIFY2(around.contains(QPointF(x + 0.5, y + 0.5)), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            const QRgb c = selected.pixel(x, y);
            cyan += qRed(c) < 60 && qGreen(c) > 180 && qBlue(c) > 200 ? 1 : 0;
        }
    QVERIFY(changed > 100);
    QVERIFY(cyan > 30);
}

void TestLabels::opacityForEveryKind()
{
    const auto data = mixedLayer();
    ThematicLayer layer;
    layer.data = data;
    layer.values = {1, 1, 1};
    layer.fills = {QColor(0, 0, 200), QColor(0, 0, 200), QColor(0, 0, 200)};
    RenderRequest req;
    req.view = MapView(QPointF(500, 200), 2.0, QSize(600, 300));
    req.background = Qt::white;
    req.decorations = noDecorations();
    req.layers = {layer};
    const QImage full = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    req.layers[0].opacity = 0.5;
    const QImage half = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    const QPointF probes[] = {req.view.toScreen(QPointF(200, 200)), req.view.toScreen(QPointF(601, 200)),
                              req.view.toScreen(QPointF(900, 200))};
    for (const QPointF& p : probes) {
        const QPoint at(int(std::floor(p.x())), int(std::floor(p.y())));
        const QRgb f = full.pixel(at), h = half.pixel(at);
        QVERIFY(qRed(f) < 60);   // the feature itself, not the background
        for (int ch = 0; ch < 3; ++ch) {
            const int fc = ch == 0 ? qRed(f) : ch == 1 ? qGreen(f) : qBlue(f);
            const int hc = ch == 0 ? qRed(h) : ch == 1 ? qGreen(h) : qBlue(h);
            QVERIFY2(std::abs(hc - (fc + 255) / 2) <= 3, qPrintable(QStringLiteral("%1 %2 -> %3").arg(ch).arg(fc).arg(hc)));
        }
    }
    req.layers[0].opacity = 0.0;
    const QImage none = renderMap(req).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(none.pixel(150, 150), qRgb(255, 255, 255));
}

QTEST_MAIN(TestLabels)
#include "test_labels.moc"
