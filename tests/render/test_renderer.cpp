// Map rendering: a real Seoul choropleth compared with a stored reference image, recolouring
// through the path cache, cancellation, the legend, masked values and the render job.
// Regenerate the reference image with: DOSI_UPDATE_REFERENCE=1 ./test_renderer (then look at it!).
// On a mismatch the actual image is written to <build>/test_renderer_actual.png.
#include "ReferenceImage.h"
#include "SeoulFixture.h"
#include "dosi/core/Values.h"
#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/MapRenderer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kReference = QStringLiteral(DOSI_TEST_DATA "/render/seoul_living_pop_quantile5.png");

using dosi::test::differingFraction;

// A point inside the outer ring of the feature's largest polygon: the middle of the widest
// span of the horizontal line through the ring's vertical centre.
QPointF interiorPoint(const Geometry& g)
{
    const Polygon* best = nullptr;
    double bestH = -1;
    for (const Polygon& p : g.polygons) {
        double lo = 1e300, hi = -1e300;
        for (const QPointF& q : p.rings.first()) lo = std::min(lo, q.y()), hi = std::max(hi, q.y());
        if (hi - lo > bestH) bestH = hi - lo, best = &p;
    }
    const Ring& r = best->rings.first();
    double lo = 1e300, hi = -1e300;
    for (const QPointF& q : r) lo = std::min(lo, q.y()), hi = std::max(hi, q.y());
    const double y = (lo + hi) / 2 + 1e-3;
    QVector<double> xs;
    for (int i = 0; i + 1 < r.size(); ++i) {
        const QPointF a = r[i], b = r[i + 1];
        if ((a.y() <= y) != (b.y() <= y)) xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(xs.begin(), xs.end());
    double bestW = -1, bestX = xs.value(0);
    for (int i = 0; i + 1 < xs.size(); i += 2)
        if (xs[i + 1] - xs[i] > bestW) bestW = xs[i + 1] - xs[i], bestX = (xs[i] + xs[i + 1]) / 2;
    return {bestX, y};
}

MapDecorations fixedDecorations()
{
    MapDecorations d;
    d.title = QStringLiteral("서울 생활인구 Living population");
    d.timeStamp = QStringLiteral("2019-03-04 (Mon) 14:00");
    d.sourceLine = QStringLiteral("행정동 경계: 통계청 SGIS, vuski/admdongkor · 생활인구: 서울 열린데이터광장");
    return d;
}

}  // namespace

class TestRenderer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mapViewTransforms();
    void legendCountsAndNoData();
    void matchesReferenceImage();
    void featuresLandWhereTheyBelong();
    void recolourReusesPaths();
    void cancelReturnsNullImage();
    void maskedValuesAreHatched();
    void renderJobDeliversNewestOnly();
    void wholeNumberCodesLabelledByValue();
    void outlinesStandOutOnADarkBackground();

private:
    ThematicSpec spec(const QString& time) const;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

ThematicSpec TestRenderer::spec(const QString& time) const
{
    ThematicSpec s;
    s.layer = QString::fromLatin1(test::kPopLayer);
    s.field = QStringLiteral("total");
    s.time = time;
    s.classes = QStringLiteral("quantile:5");
    s.ramp = QStringLiteral("YlOrRd");
    return s;
}

void TestRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = test::buildSeoulFixture(m_dir.filePath(QStringLiteral("fixture.dosi")), 15);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(store.value());
}

void TestRenderer::mapViewTransforms()
{
    const Envelope e{950000, 1940000, 970000, 1960000};
    const MapView v = MapView::fit(e, QSize(800, 600), 0.0);
    QCOMPARE(v.metresPerPixel(), 20000.0 / 600.0);
    QCOMPARE(v.center(), QPointF(960000, 1950000));
    // North is up: a larger northing is higher on screen (smaller y).
    QVERIFY(v.toScreen(QPointF(960000, 1955000)).y() < v.toScreen(QPointF(960000, 1945000)).y());
    QCOMPARE(v.toScreen(QPointF(960000, 1950000)), QPointF(400, 300));
    const QPointF s(123.5, 456.25);
    QVERIFY((v.toMap(v.toScreen(QPointF(951234, 1957777))) - QPointF(951234, 1957777)).manhattanLength() < 1e-6);
    QCOMPARE(v.mapToScreen().map(QPointF(960000, 1950000)), QPointF(400, 300));
    // Zooming keeps the anchor in place; panning moves the map with the mouse.
    const MapView z = v.zoomed(2.0, s);
    QVERIFY((z.toScreen(v.toMap(s)) - s).manhattanLength() < 1e-6);
    QCOMPARE(z.metresPerPixel(), v.metresPerPixel() / 2);
    const MapView p = v.panned(QPointF(10, -20));
    QVERIFY((p.toScreen(v.toMap(s)) - (s + QPointF(10, -20))).manhattanLength() < 1e-6);
    QCOMPARE(v.resized(QSize(100, 100)).metresPerPixel(), v.metresPerPixel());
}

void TestRenderer::legendCountsAndNoData()
{
    auto layer = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T14")));
    QVERIFY2(layer.ok(), qPrintable(layer.errorMessage()));
    QCOMPARE(layer->data->geometries.size(), 425);
    int withValue = 0;
    for (double v : layer->values) withValue += hasValue(v) ? 1 : 0;
    QCOMPARE(withValue, 418);   // 424 living-population dongs, 418 of them in the 2021 boundaries
    int classes = 0, sum = 0, noData = -1;
    for (const LegendEntry& e : layer->legend.entries) {
        if (e.kind == LegendEntry::Kind::Class) {
            ++classes;
            sum += e.count;
            QVERIFY(e.label.contains(QLatin1Char(',')));   // thousands separators
        } else if (e.kind == LegendEntry::Kind::Missing) {
            noData = e.count;
        }
    }
    QCOMPARE(classes, 5);
    QCOMPARE(sum, withValue);
    QCOMPARE(noData, 7);
    QCOMPARE(layer->times.size(), 15);
    QCOMPARE(layer->breaks.size(), 5);
    // Quantile classes hold about a fifth each.
    for (int c = 0; c < 5; ++c) QVERIFY(std::abs(layer->legend.entries[c].count - 418 / 5) <= 2);
    // Unknown time is an error that names it.
    auto bad = buildThematicLayer(*m_store, spec(QStringLiteral("2030-01-01T00")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("2030-01-01T00")));
}

void TestRenderer::matchesReferenceImage()
{
    auto image = renderThematicImage(*m_store, spec(QStringLiteral("2019-03-04T14")), QSize(800, 600), fixedDecorations());
    QVERIFY2(image.ok(), qPrintable(image.errorMessage()));
    QCOMPARE(image->size(), QSize(800, 600));
    if (qEnvironmentVariableIntValue("DOSI_UPDATE_REFERENCE") == 1) {
        QVERIFY(image->save(kReference));
        qWarning("Reference image written to %s", qPrintable(kReference));
        return;
    }
    QImage reference(kReference);
    QVERIFY2(!reference.isNull(), qPrintable(QStringLiteral("Missing %1; run with DOSI_UPDATE_REFERENCE=1 to create it.").arg(kReference)));
    QCOMPARE(reference.size(), image->size());
    const double frac = differingFraction(image.value(), reference, 40);
    if (frac > 0.01) {
        const QString actual = QStringLiteral(DOSI_BINARY_DIR "/test_renderer_actual.png");
        image->save(actual);
        QFAIL(qPrintable(QStringLiteral("%1 % of pixels differ from %2; actual image written to %3")
                             .arg(frac * 100, 0, 'f', 2)
                             .arg(kReference, actual)));
    }
}

void TestRenderer::featuresLandWhereTheyBelong()
{
    auto layer = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T14")));
    QVERIFY(layer.ok());
    RenderRequest req;
    req.view = MapView::fit(layer->valueExtent, QSize(800, 600));
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    req.layers.append(layer.value());
    const QImage img = renderMap(req);
    QVERIFY(!img.isNull());
    int checked = 0;
    for (int i = 0; i < layer->data->geometries.size(); i += 17) {
        const QPoint px = req.view.toScreen(interiorPoint(layer->data->geometries[i])).toPoint();
        const QColor got = img.pixelColor(px);
        const QColor want = layer->fills[i];
        const int d = std::max({std::abs(got.red() - want.red()), std::abs(got.green() - want.green()), std::abs(got.blue() - want.blue())});
        QVERIFY2(d <= 40, qPrintable(QStringLiteral("feature %1 (%2) at %3,%4: got %5 want %6")
                                         .arg(i)
                                         .arg(layer->data->labels[i])
                                         .arg(px.x())
                                         .arg(px.y())
                                         .arg(got.name(), want.name())));
        ++checked;
    }
    QVERIFY(checked >= 20);
    // Gangnam-gu (south-east of the Han) is drawn right of and below Jongno-gu (north of it).
    const int jongno = int(layer->data->labels.indexOf(QStringLiteral("서울특별시 종로구 사직동")));
    const int gangnam = int(layer->data->labels.indexOf(QStringLiteral("서울특별시 강남구 역삼1동")));
    QVERIFY(jongno >= 0 && gangnam >= 0);
    const QPointF a = req.view.toScreen(interiorPoint(layer->data->geometries[jongno]));
    const QPointF b = req.view.toScreen(interiorPoint(layer->data->geometries[gangnam]));
    QVERIFY(b.x() > a.x());
    QVERIFY(b.y() > a.y());
}

void TestRenderer::recolourReusesPaths()
{
    PathCache cache;
    auto night = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T03")));
    QVERIFY(night.ok());
    RenderRequest req;
    req.view = MapView::fit(night->valueExtent, QSize(800, 600));
    req.layers.append(night.value());
    const QImage first = renderMap(req, nullptr, &cache);
    QCOMPARE(cache.buildCount(), 1);
    const int paths = cache.pathCount();
    QCOMPARE(paths, 425);

    auto day = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T14")), night->data);
    QVERIFY(day.ok());
    QCOMPARE(day->data.get(), night->data.get());   // geometry not decoded again
    req.layers = {day.value()};
    const QImage second = renderMap(req, nullptr, &cache);
    QCOMPARE(cache.buildCount(), 1);
    QCOMPARE(cache.pathCount(), paths);
    QCOMPARE(cache.entryCount(), 1);
    int changedFills = 0;
    for (int i = 0; i < night->fills.size(); ++i) changedFills += night->fills[i] != day->fills[i] ? 1 : 0;
    QVERIFY(changedFills > 50);   // commuters move: the day map differs from the night map
    QVERIFY(differingFraction(first, second, 40) > 0.02);
    // A new view builds new paths.
    req.view = req.view.zoomed(2.0, QPointF(400, 300));
    QVERIFY(!renderMap(req, nullptr, &cache).isNull());
    QCOMPARE(cache.buildCount(), 2);
}

void TestRenderer::cancelReturnsNullImage()
{
    auto layer = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T00")));
    QVERIFY(layer.ok());
    RenderRequest req;
    req.view = MapView::fit(layer->valueExtent, QSize(400, 300));
    req.layers.append(layer.value());
    std::atomic_bool cancel{true};
    PathCache cache;
    QVERIFY(renderMap(req, &cancel, &cache).isNull());
    QCOMPARE(cache.entryCount(), 0);   // a cancelled build is not cached
    cancel = false;
    QVERIFY(!renderMap(req, &cancel, &cache).isNull());
}

void TestRenderer::maskedValuesAreHatched()
{
    // A measure with a few masked ("*", <= 3 people) and one missing unit.
    auto dongs = loadFeatureLayer(*m_store, QString::fromLatin1(test::kDongLayer));
    QVERIFY(dongs.ok());
    MeasureTable t;
    t.fields = {QStringLiteral("n")};
    const QStringList codes = dongs.value()->codes;
    for (int i = 0; i < codes.size(); ++i) {
        if (i == 5) continue;   // missing
        t.addRow(codes[i], QStringLiteral("2019"), {i % 50 == 0 ? maskedValue() : double(i)});
    }
    LayerInfo info;
    info.name = QStringLiteral("masked_test");
    info.kind = LayerKind::Measure;
    info.geometryLayer = QString::fromLatin1(test::kDongLayer);
    info.timeKind = TimeKind::Year;
    QVERIFY(m_store->addMeasureLayer(info, t).ok());
    ThematicSpec s;
    s.layer = info.name;
    s.classes = QStringLiteral("equal:4");
    s.ramp = QStringLiteral("Blues");
    auto layer = buildThematicLayer(*m_store, s, dongs.value());
    QVERIFY2(layer.ok(), qPrintable(layer.errorMessage()));
    QCOMPARE(layer->data.get(), dongs.value().get());
    const auto& entries = layer->legend.entries;
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries[4].kind, LegendEntry::Kind::Missing);
    QCOMPARE(entries[4].count, 1);
    QCOMPARE(entries[4].label, QStringLiteral("No data"));
    QCOMPARE(entries[5].kind, LegendEntry::Kind::Masked);
    QCOMPARE(entries[5].count, 9);   // i = 0, 50, ..., 400
    QVERIFY(entries[5].label.startsWith(QStringLiteral("Masked")));
    QCOMPARE(layer->fills[50], maskedColor());
    QCOMPARE(layer->fills[5], missingColor());
    // The hatch makes the masked polygon differ from a flat #bdbdbd fill somewhere inside it.
    RenderRequest req;
    req.view = MapView::fit(layer->data->geometries[50].envelope(), QSize(200, 200));
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    req.layers.append(layer.value());
    const QImage img = renderMap(req);
    QVERIFY(!img.isNull());
    int flat = 0, dark = 0;
    for (int y = 60; y < 140; ++y)
        for (int x = 60; x < 140; ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c == maskedColor()) ++flat;
            else if (c.red() < 0x90) ++dark;
        }
    QVERIFY(flat > 100);
    QVERIFY(dark > 100);
}

void TestRenderer::renderJobDeliversNewestOnly()
{
    auto layer = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T00")));
    QVERIFY(layer.ok());
    MapRenderJob job;
    QSignalSpy spy(&job, &MapRenderJob::finished);
    RenderRequest req;
    req.layers.append(layer.value());
    MapView last;
    for (int i = 0; i < 5; ++i) {
        req.view = MapView::fit(layer->valueExtent, QSize(600 + 10 * i, 400));
        last = req.view;
        job.start(req);
    }
    QVERIFY(spy.wait(10000));
    job.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    const auto args = spy.takeFirst();
    QCOMPARE(args.at(1).value<MapView>(), last);
    QCOMPARE(args.at(0).value<QImage>().size(), last.size());
    QVERIFY(!job.isRunning());
    QVERIFY(job.pathCache()->entryCount() >= 1);
}

QTEST_MAIN(TestRenderer)
#include "test_renderer.moc"

// A 0/1 code (e.g. a diagnosis criterion met or not): the classes are labelled "0" and "1", not
// "0 – 0" and "0 – 1"; wider whole-number classes keep their ranges.
void TestRenderer::wholeNumberCodesLabelledByValue()
{
    auto dongs = loadFeatureLayer(*m_store, QString::fromLatin1(test::kDongLayer));
    QVERIFY(dongs.ok());
    MeasureTable t;
    t.fields = {QStringLiteral("met"), QStringLiteral("grade")};
    t.columns.resize(2);
    const QStringList codes = dongs.value()->codes;
    for (int i = 0; i < codes.size(); ++i) t.addRow(codes[i], QStringLiteral("2021"), {double(i % 3 == 0), double(1 + i % 10)});
    LayerInfo info;
    info.name = QStringLiteral("codes_test");
    info.kind = LayerKind::Measure;
    info.geometryLayer = QString::fromLatin1(test::kDongLayer);
    info.timeKind = TimeKind::Year;
    info.fields = {FieldInfo{QStringLiteral("met"), FieldType::Real, {}}, FieldInfo{QStringLiteral("grade"), FieldType::Real, {}}};
    QVERIFY(m_store->addMeasureLayer(info, t).ok());
    ThematicSpec s;
    s.layer = info.name;
    s.field = QStringLiteral("met");
    s.classes = QStringLiteral("quantile:5");
    auto met = buildThematicLayer(*m_store, s, dongs.value());
    QVERIFY2(met.ok(), qPrintable(met.errorMessage()));
    QStringList labels;
    for (const LegendEntry& e : met->legend.entries) labels << e.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    // Equal interval on 0/1 breaks at 0.5: the first class still holds only 0.
    s.classes = QStringLiteral("equal:2");
    met = buildThematicLayer(*m_store, s, dongs.value());
    QVERIFY2(met.ok(), qPrintable(met.errorMessage()));
    labels.clear();
    for (const LegendEntry& e : met->legend.entries) labels << e.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    s.field = QStringLiteral("grade");
    s.classes = QStringLiteral("equal:3");
    auto grade = buildThematicLayer(*m_store, s, dongs.value());
    QVERIFY(grade.ok());
    QCOMPARE(grade->legend.entries[0].label, QStringLiteral("1 – 4"));
}

// Boundary outlines without fills are dark on the usual light background and light on the near-black
// background of presentation mode, so that they stay visible on a projector.
void TestRenderer::outlinesStandOutOnADarkBackground()
{
    auto layer = buildThematicLayer(*m_store, spec(QStringLiteral("2019-03-04T14")));
    QVERIFY(layer.ok());
    ThematicLayer outlines = layer.value();
    outlines.fills.clear();   // an outline-only layer, as boundaries without a value are drawn
    RenderRequest req;
    req.view = MapView::fit(outlines.valueExtent, QSize(800, 600));
    req.decorations.legend = req.decorations.scaleBar = req.decorations.northArrow = false;
    req.layers.append(outlines);
    auto count = [](const QImage& img, bool light) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const int l = img.pixelColor(x, y).lightness();
                n += light ? l > 170 : l < 90;
            }
        return n;
    };
    const QImage onLight = renderMap(req);
    QVERIFY(!onLight.isNull());
    const int darkLines = count(onLight, false);
    req.background = QColor(0x10, 0x10, 0x14);
    const QImage onDark = renderMap(req);
    QVERIFY(!onDark.isNull());
    const int lightLines = count(onDark, true);
    // The outlines of 400-odd dongs at 800x600 cover thousands of pixels either way.
    QVERIFY2(darkLines > 3000, qPrintable(QString::number(darkLines)));
    QVERIFY2(lightLines > 3000, qPrintable(QString::number(lightLines)));
    QVERIFY2(std::abs(lightLines - darkLines) < darkLines / 2,
             qPrintable(QStringLiteral("%1 light on dark, %2 dark on light").arg(lightLines).arg(darkLines)));
}
