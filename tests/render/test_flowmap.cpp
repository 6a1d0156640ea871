// Flow map: zone anchors, OD filters (field/purpose, time, span, top-N, minimum volume, self-flows,
// masked cells), width scale, curve sides, net inflow, the "estimated" note, cancellation, and the
// sample's estimated commuting flows compared with a stored reference image.
// Regenerate the reference with: DOSI_UPDATE_REFERENCE=1 ./test_flowmap (then look at it!).
#include "ReferenceImage.h"

#include "dosi/core/Values.h"
#include "dosi/gis/FlowMap.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/OdImport.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kReference = QStringLiteral(DOSI_TEST_DATA "/render/flowmap_commuting_top150.png");
const QString kT8 = QStringLiteral("2019-03-04T08"), kT9 = QStringLiteral("2019-03-04T09");

double cross(const QPointF& a, const QPointF& b) { return a.x() * b.y() - a.y() * b.x(); }

}  // namespace

class TestFlowMap : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void anchorsLieInsideTheirZones();
    void filtersGiveHandComputedVolumes();
    void topNKeepsTheLargestPairs();
    void widthsGrowWithVolume();
    void oppositeDirectionsBendToOppositeSides();
    void netInflowOfAClosedSetSumsToZero();
    void estimatedLayersSaySo();
    void cancelStopsBuildAndDraw();
    void matchesReferenceImage();

private:
    FlowSpec synthetic() const
    {
        FlowSpec s;
        s.layer = QStringLiteral("od_test");
        return s;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const FeatureLayerData> m_dong;
    QString m_a, m_b, m_c, m_d;
};

void TestFlowMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sample.dosi"));
    QVERIFY2(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), path), "the sample project is missing; build the `sample` target");
    auto opened = ProjectStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
    QVERIFY2(m_store->hasLayer(QStringLiteral("commuting")), "the sample has no estimated commuting layer");
    auto dong = loadFeatureLayer(*m_store, QStringLiteral("dong"));
    QVERIFY(dong.ok());
    m_dong = dong.value();
    m_a = m_dong->codes.value(0), m_b = m_dong->codes.value(1), m_c = m_dong->codes.value(2), m_d = m_dong->codes.value(3);
    QVERIFY(!m_a.isEmpty() && m_a != m_b && m_c != m_d);

    // A small observed-style OD layer on real dongs: two hours, count and one purpose field.
    LayerInfo info;
    info.name = QStringLiteral("od_test");
    info.kind = LayerKind::Measure;
    info.timeKind = TimeKind::Hour;
    info.fields = {FieldInfo{QStringLiteral("count"), FieldType::Real, {}}, FieldInfo{QStringLiteral("p1_commute"), FieldType::Real, {}}};
    setOdZoneLayer(info, QStringLiteral("dong"));
    MeasureTable t;
    t.fields = {QStringLiteral("count"), QStringLiteral("p1_commute")};
    t.columns.resize(2);
    t.addRow(odUnit(m_a, m_b), kT8, {100, 60});
    t.addRow(odUnit(m_a, m_b), kT9, {50, 30});
    t.addRow(odUnit(m_b, m_a), kT8, {40, 10});
    t.addRow(odUnit(m_a, m_c), kT8, {25, 25});
    t.addRow(odUnit(m_c, m_d), kT9, {maskedValue(), maskedValue()});
    t.addRow(odUnit(m_d, m_a), kT9, {10, 0});
    t.addRow(odUnit(m_a, m_a), kT8, {500, 0});                              // self-flow
    t.addRow(odUnit(m_a, QStringLiteral("9999999999")), kT8, {1000, 0});    // zone not on the map
    auto added = m_store->addMeasureLayer(info, t);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
}

void TestFlowMap::anchorsLieInsideTheirZones()
{
    const QHash<QString, QPointF> anchors = zoneAnchors(*m_dong);
    QSet<QString> codes(m_dong->codes.cbegin(), m_dong->codes.cend());
    QCOMPARE(anchors.size(), codes.size());
    for (int i = 0; i < m_dong->geometries.size(); ++i) {
        // Inside one of the zone's polygons (holes excluded).
        const QPointF p = anchors.value(m_dong->codes[i]);
        bool inside = false;
        for (const Polygon& poly : m_dong->geometries[i].polygons) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const Ring& r : poly.rings) path.addPolygon(QPolygonF(r));
            inside = inside || path.contains(p);
        }
        QVERIFY2(inside, qPrintable(m_dong->codes[i]));
    }
}

void TestFlowMap::filtersGiveHandComputedVolumes()
{
    auto volumesOf = [](const FlowLayer& l) {
        QMap<QString, double> m;
        for (const FlowLine& f : l.lines) m.insert(odUnit(f.origin, f.destination), f.volume);
        return m;
    };
    // All times summed; self-flow, the masked cell and the zone outside the map left out.
    auto all = buildFlowLayer(*m_store, synthetic(), m_dong);
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    QCOMPARE(all->field, QStringLiteral("count"));
    QMap<QString, double> expected{{odUnit(m_a, m_b), 150}, {odUnit(m_b, m_a), 40}, {odUnit(m_a, m_c), 25}, {odUnit(m_d, m_a), 10}};
    QCOMPARE(volumesOf(all.value()), expected);
    QCOMPARE(all->pairCount, 4);
    QCOMPARE(all->totalVolume, 225.0);
    QCOMPARE(all->shownVolume, 225.0);
    // Drawn smallest first.
    for (int i = 1; i < all->lines.size(); ++i) QVERIFY(all->lines[i - 1].volume <= all->lines[i].volume);
    auto vols = readOdVolumes(*m_store, synthetic());
    QVERIFY(vols.ok());
    QCOMPARE(vols->maskedCells, 1);

    // One hour, a span, a purpose (also by its short name), a minimum, top-N, self-flows kept.
    FlowSpec s = synthetic();
    s.time = kT8;
    QCOMPARE(volumesOf(buildFlowLayer(*m_store, s).value()),
             (QMap<QString, double>{{odUnit(m_a, m_b), 100}, {odUnit(m_b, m_a), 40}, {odUnit(m_a, m_c), 25}}));
    s.time = kT8 + QLatin1Char('/') + kT9;
    QCOMPARE(volumesOf(buildFlowLayer(*m_store, s).value()), expected);
    s.time = QStringLiteral("2019-03-04/2019-03-04");   // TO as a prefix: the whole day
    QCOMPARE(volumesOf(buildFlowLayer(*m_store, s).value()), expected);
    s = synthetic();
    s.field = QStringLiteral("commute");
    auto commute = buildFlowLayer(*m_store, s);
    QVERIFY(commute.ok());
    QCOMPARE(commute->field, QStringLiteral("p1_commute"));
    QCOMPARE(volumesOf(commute.value()), (QMap<QString, double>{{odUnit(m_a, m_b), 90}, {odUnit(m_b, m_a), 10}, {odUnit(m_a, m_c), 25}}));
    s = synthetic();
    s.minVolume = 30;
    QCOMPARE(volumesOf(buildFlowLayer(*m_store, s).value()), (QMap<QString, double>{{odUnit(m_a, m_b), 150}, {odUnit(m_b, m_a), 40}}));
    s = synthetic();
    s.topN = 2;
    auto top2 = buildFlowLayer(*m_store, s);
    QCOMPARE(top2->lines.size(), 2);
    QCOMPARE(top2->lines[0].volume, 40.0);
    QCOMPARE(top2->lines[1].volume, 150.0);
    QCOMPARE(top2->pairCount, 4);
    s = synthetic();
    s.dropSelfFlows = false;
    QCOMPARE(volumesOf(buildFlowLayer(*m_store, s).value()).value(odUnit(m_a, m_a)), 500.0);

    // Errors name what is wrong.
    s = synthetic();
    s.field = QStringLiteral("nonsense");
    auto bad = buildFlowLayer(*m_store, s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("nonsense")));
    QVERIFY(bad.errorMessage().contains(QStringLiteral("p1_commute")));
    s = synthetic();
    s.time = QStringLiteral("2030-01-01T00");
    bad = buildFlowLayer(*m_store, s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("2030-01-01T00")));
    s = synthetic();
    s.topN = -1;
    QVERIFY(!buildFlowLayer(*m_store, s).ok());
    s = synthetic();
    s.layer = QStringLiteral("living_population");
    bad = buildFlowLayer(*m_store, s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QStringLiteral("living_population")));
    // The estimate has no time axis.
    s = FlowSpec{};
    s.layer = QStringLiteral("commuting");
    s.time = kT8;
    QVERIFY(!buildFlowLayer(*m_store, s).ok());
}

void TestFlowMap::topNKeepsTheLargestPairs()
{
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    s.topN = 150;
    auto layer = buildFlowLayer(*m_store, s, m_dong);
    QVERIFY2(layer.ok(), qPrintable(layer.errorMessage()));
    QCOMPARE(layer->field, QStringLiteral("flow"));
    QCOMPARE(layer->lines.size(), 150);
    // Independently: every non-self pair of the stored estimate, largest first.
    auto table = m_store->readMeasures(QStringLiteral("commuting"), {QStringLiteral("flow")});
    QVERIFY(table.ok());
    QVector<double> all;
    double total = 0;
    QString o, d;
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(splitOdUnit(table->units[r], &o, &d));
        if (o == d || !(table->columns[0][r] > 0)) continue;
        all.append(table->columns[0][r]);
        total += table->columns[0][r];
    }
    std::sort(all.begin(), all.end(), std::greater<double>());
    QCOMPARE(layer->pairCount, int(all.size()));
    QVERIFY(std::abs(layer->totalVolume - total) < 1e-6 * total);
    QVector<double> shown;
    for (const FlowLine& f : layer->lines) {
        shown.append(f.volume);
        QVERIFY(f.origin != f.destination);
    }
    std::sort(shown.begin(), shown.end(), std::greater<double>());
    QCOMPARE(shown, all.mid(0, 150));
    QVERIFY(shown.last() > all.at(150));   // nothing left out is as large as the smallest kept
    QVERIFY(layer->caption.contains(QStringLiteral("150")));
}

void TestFlowMap::widthsGrowWithVolume()
{
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    s.topN = 150;
    auto layer = buildFlowLayer(*m_store, s, m_dong);
    QVERIFY(layer.ok());
    const FlowLayer& l = layer.value();
    QCOMPARE(flowWidth(l, l.lines.first().volume), l.minWidth);
    QCOMPARE(flowWidth(l, l.lines.last().volume), l.maxWidth);
    double last = 0;
    for (const FlowLine& f : l.lines) {
        const double w = flowWidth(l, f.volume);
        QVERIFY(w >= last);
        QVERIFY(w >= l.minWidth && w <= l.maxWidth);
        last = w;
    }
    // Square-root spacing: the volume half way in sqrt gets the middle width.
    const double m = (std::sqrt(l.minVolume) + std::sqrt(l.maxVolume)) / 2;
    QVERIFY(std::abs(flowWidth(l, m * m) - (l.minWidth + l.maxWidth) / 2) < 1e-9);
    // Legend samples: ascending, round, inside the range drawn.
    QVERIFY(l.legendVolumes.size() == 3);
    QVERIFY(l.legendVolumes.first() >= l.minVolume && l.legendVolumes.last() <= l.maxVolume);
    QVERIFY(l.legendVolumes[0] < l.legendVolumes[1] && l.legendVolumes[1] < l.legendVolumes[2]);
    QCOMPARE(flowLegendVolumes(733, 1087), (QVector<double>{740, 870, 1000}));
    // Arrowheads grow with the line.
    QVERIFY(flowArrowSize(12).width() > flowArrowSize(1).width());
    QVERIFY(flowArrowSize(12).height() > 12);
}

void TestFlowMap::oppositeDirectionsBendToOppositeSides()
{
    auto layer = buildFlowLayer(*m_store, synthetic(), m_dong);
    QVERIFY(layer.ok());
    const FlowLine* ab = nullptr;
    const FlowLine* ba = nullptr;
    for (const FlowLine& f : layer->lines) {
        if (f.origin == m_a && f.destination == m_b) ab = &f;
        if (f.origin == m_b && f.destination == m_a) ba = &f;
    }
    QVERIFY(ab && ba);
    Envelope both = Envelope::null();
    both.expand(Envelope{ab->from.x(), ab->from.y(), ab->from.x(), ab->from.y()});
    both.expand(Envelope{ab->to.x(), ab->to.y(), ab->to.x(), ab->to.y()});
    const MapView view = MapView::fit(both, QSize(800, 600), 0.2);
    const QPointF a = view.toScreen(ab->from), b = view.toScreen(ab->to);
    QCOMPARE(view.toScreen(ba->from), b);
    const QPointF c1 = flowControlPoint(a, b, layer->curvature), c2 = flowControlPoint(b, a, layer->curvature);
    const double s1 = cross(b - a, c1 - a), s2 = cross(b - a, c2 - a);
    QVERIFY(s1 * s2 < 0);
    QVERIFY(std::abs(QLineF(c1, c2).length() - 2 * layer->curvature * QLineF(a, b).length()) < 1e-9);
    // The drawn bodies do not overlap: each curve's middle lies outside the other's shape.
    const QPainterPath shapeAB = flowShape(a, b, 12, layer->curvature), shapeBA = flowShape(b, a, 12, layer->curvature);
    const QPointF midAB = (a + 2 * c1 + b) / 4, midBA = (b + 2 * c2 + a) / 4;
    QVERIFY(shapeAB.contains(midAB));
    QVERIFY(shapeBA.contains(midBA));
    QVERIFY(!shapeAB.contains(midBA));
    QVERIFY(!shapeBA.contains(midAB));
    // The shape ends in an arrowhead at the destination, wider than the body.
    QVERIFY(shapeAB.boundingRect().adjusted(-1, -1, 1, 1).contains(b));
}

void TestFlowMap::netInflowOfAClosedSetSumsToZero()
{
    // Estimated commuting: every zone is on the map, so the net inflows cancel out.
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    auto net = buildNetFlowLayer(*m_store, s, QStringLiteral("quantile:6"), m_dong);
    QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
    double sum = 0, absSum = 0;
    int valued = 0;
    for (double v : net->values)
        if (hasValue(v)) sum += v, absSum += std::abs(v), ++valued;
    QCOMPARE(valued, 418);
    QVERIFY(absSum > 1e5);
    QVERIFY(std::abs(sum) < 1e-6 * absSum);
    // Centred on zero: 0 is a class bound, red below, blue above.
    QVERIFY(net->breaks.contains(0.0));
    for (int i = 0; i < net->values.size(); ++i) {
        const double v = net->values[i];
        if (!hasValue(v) || v == 0) continue;
        QVERIFY2(v < 0 ? net->fills[i].red() > net->fills[i].blue() : net->fills[i].blue() > net->fills[i].red(), qPrintable(QString::number(v)));
    }

    // The synthetic hour 09: A->B 50, D->A 10, C->D masked (0).
    s = synthetic();
    s.time = kT9;
    net = buildNetFlowLayer(*m_store, s, QStringLiteral("quantile:4"), m_dong);
    QVERIFY(net.ok());
    QCOMPARE(net->values[0], -40.0);   // A: in 10, out 50
    QCOMPARE(net->values[1], 50.0);    // B
    QCOMPARE(net->values[2], 0.0);     // C: only the masked cell
    QCOMPARE(net->values[3], -10.0);   // D
    QVERIFY(isMissing(net->values[4]));
}

void TestFlowMap::estimatedLayersSaySo()
{
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    auto est = buildFlowLayer(*m_store, s, m_dong);
    QVERIFY(est.ok());
    QVERIFY(est->estimated);
    QCOMPARE(est->note, QStringLiteral("Estimated (gravity model), not observed"));
    QVERIFY(est->title.contains(QStringLiteral("estimated")));
    auto net = buildNetFlowLayer(*m_store, s, QStringLiteral("quantile:6"), m_dong);
    QVERIFY(net->legend.title.contains(QStringLiteral("estimated")));
    auto obs = buildFlowLayer(*m_store, synthetic(), m_dong);
    QVERIFY(!obs->estimated);
    QVERIFY(obs->note.isEmpty());
}

void TestFlowMap::cancelStopsBuildAndDraw()
{
    std::atomic_bool cancel{true};
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    QVERIFY(!buildFlowLayer(*m_store, s, m_dong, &cancel).ok());
    std::atomic_bool go{false};
    auto layer = buildFlowLayer(*m_store, s, m_dong, &go);
    QVERIFY(layer.ok());
    const MapView view = MapView::fit(m_dong->extent, QSize(400, 300));
    QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        drawFlowLayer(p, layer.value(), view, &cancel);
    }
    QImage white(400, 300, QImage::Format_ARGB32_Premultiplied);
    white.fill(Qt::white);
    QCOMPARE(img, white);
    {
        QPainter p(&img);
        drawFlowLayer(p, layer.value(), view, &go);
    }
    QVERIFY(img != white);
}

void TestFlowMap::matchesReferenceImage()
{
    FlowSpec s;
    s.layer = QStringLiteral("commuting");
    s.topN = 150;
    MapDecorations deco;
    deco.sourceLine = QStringLiteral("Boundaries: SGIS via vuski/admdongkor · Living population: Seoul Open Data (flows estimated)");
    auto image = renderFlowImage(*m_store, s, QSize(960, 540), deco);
    QVERIFY2(image.ok(), qPrintable(image.errorMessage()));
    QCOMPARE(image->size(), QSize(960, 540));
    // Dark flow pixels are there (the flows' colour is near-black slate over the light choropleth).
    int dark = 0;
    const QImage rgb = image->convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = rgb.pixel(x, y);
            if (qRed(c) < 70 && qGreen(c) < 70 && qBlue(c) < 90) ++dark;
        }
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    const QString failure = test::checkReference(image.value(), kReference,
                                                 QStringLiteral(DOSI_BINARY_DIR "/test_flowmap_actual.png"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_MAIN(TestFlowMap)
#include "test_flowmap.moc"
