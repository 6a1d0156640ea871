// Legends never cover the data at the default view, and never each other (issue 4, map furniture):
// on the sample project, the dong choropleth with a point layer's graduated symbols, and the commuting
// flow map (flow legend + net inflow choropleth), at several image sizes. fitClearOfDecorations() keeps the
// layer's extent clear of every decoration box; the legends are stacked without overlaps.
#include "dosi/core/ProjectStore.h"
#include "dosi/gis/DecorationLayout.h"
#include "dosi/gis/FlowMap.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/ThematicMap.h"

#include <QImage>
#include <QPainter>
#include <QtTest>
#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

// The extent's rectangle on screen.
QRectF screenRect(const MapView& view, const Envelope& e)
{
    return QRectF(view.toScreen(QPointF(e.minX, e.maxY)), view.toScreen(QPointF(e.maxX, e.minY)));
}

QString text(const QRectF& r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x(), 0, 'f', 1).arg(r.y(), 0, 'f', 1).arg(r.width(), 0, 'f', 1).arg(r.height(), 0, 'f', 1);
}

// A point layer of `n` points spread over `extent` with values 100..n*100, classed in 3 colours.
ThematicLayer pointLayer(const Envelope& extent, int n)
{
    auto data = std::make_shared<FeatureLayerData>();
    data->info.name = QStringLiteral("sites");
    data->info.kind = LayerKind::Points;
    ThematicLayer layer;
    const QColor colours[3] = {QColor(0xfe, 0xe0, 0xb6), QColor(0xf1, 0xa3, 0x40), QColor(0xb3, 0x58, 0x06)};
    for (int i = 0; i < n; ++i) {
        Geometry g;
        g.type = Geometry::Type::Point;
        const double fx = (i % 7 + 0.5) / 7.0, fy = (i / 7 + 0.5) / std::ceil(n / 7.0);
        g.points << QPointF(extent.minX + fx * extent.width(), extent.minY + fy * extent.height());
        data->geometries << g;
        data->codes << QStringLiteral("S%1").arg(i);
        data->labels << QStringLiteral("Site %1").arg(i);
        layer.values << 100.0 * (i + 1);
        layer.fills << colours[i * 3 / n];
    }
    data->extent = extent;
    layer.data = data;
    layer.valueExtent = extent;
    layer.legend.title = QStringLiteral("Sites · visitors");
    for (int k = 0; k < 3; ++k) {
        LegendEntry e;
        e.color = colours[k];
        e.label = QStringLiteral("class %1").arg(k + 1);
        e.count = n / 3;
        layer.legend.entries << e;
    }
    layer.legend.symbolMaximum = symbolScaleMaximum(layer);
    layer.legend.symbolValues = symbolLegendValues(layer.legend.symbolMaximum);
    return layer;
}

MapDecorations decorations()
{
    MapDecorations d;
    d.title = QStringLiteral("Living population · total");
    d.timeStamp = QStringLiteral("2019-03-04 (Mon) 14:00");
    d.sourceLine = QStringLiteral("Boundaries: SGIS (KOGL 1) · Living population: Seoul Open Data (KOGL 1)");
    return d;
}

// Fits the request to `extent` and checks the layout: every box on the image, no two legends (nor a
// legend and another box) overlapping, the extent clear of every box, and the map not much smaller
// than a plain fit.
void checkLayout(RenderRequest req, const Envelope& extent, int expectedLegends)
{
    const QSize size = req.view.size();
    req.view = fitClearOfDecorations(extent, req);
    const DecorationFootprint f = decorationFootprint(req);
    const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    QCOMPARE(f.legends().size(), expectedLegends);
    const QRectF image(QPointF(0, 0), QSizeF(size));
    const QVector<QRectF> all = f.all();
    for (const QRectF& box : all) QVERIFY2(image.contains(box), qPrintable(where + text(box)));
    for (int i = 0; i < all.size(); ++i)
        for (int j = i + 1; j < all.size(); ++j)
            QVERIFY2(!all[i].intersects(all[j]), qPrintable(where + QStringLiteral(" boxes overlap: ") + text(all[i]) + text(all[j])));
    const QRectF data = screenRect(req.view, extent);
    for (const QRectF& box : all)
        QVERIFY2(!box.intersects(data), qPrintable(where + QStringLiteral(" extent ") + text(data) + QStringLiteral(" under ") + text(box)));
    QVERIFY2(image.contains(data), qPrintable(where + text(data)));
    // The map keeps most of its size.
    const MapView plain = MapView::fit(extent, size, 0.03);
    QVERIFY2(req.view.metresPerPixel() < plain.metresPerPixel() * 1.6,
             qPrintable(where + QStringLiteral(" %1 vs %2 m/px").arg(req.view.metresPerPixel()).arg(plain.metresPerPixel())));
}

}  // namespace

class TestDecorationLayout : public QObject {
    Q_OBJECT

    std::unique_ptr<ProjectStore> m_store;

private slots:
    void initTestCase()
    {
        auto opened = ProjectStore::openReadOnly(QStringLiteral(DOSI_SAMPLE_PROJECT));
        if (!opened) QSKIP("the sample project has not been built");
        m_store = std::move(opened).value();
    }

    void fitInto()
    {
        const Envelope e{0, 0, 1000, 500};
        const QSize size(800, 600);
        const QRectF area(300, 100, 400, 400);
        const MapView v = MapView::fitInto(e, size, area);
        const QRectF r = screenRect(v, e);
        QCOMPARE(v.size(), size);
        QVERIFY(qAbs(r.left() - 300) < 1e-6 && qAbs(r.right() - 700) < 1e-6);   // width-limited: fills the width
        QVERIFY(qAbs(r.center().y() - 300) < 1e-6);                            // centred in the area
        QCOMPARE(v.metresPerPixel(), 2.5);
    }

    // The dong choropleth with graduated symbols of a point layer over it.
    void choroplethAndSymbols()
    {
        ThematicSpec spec;
        spec.layer = QStringLiteral("living_population");
        spec.time = QStringLiteral("2019-03-04T14");
        auto dong = buildThematicLayer(*m_store, spec);
        QVERIFY2(dong.ok(), qPrintable(dong.errorMessage()));
        const Envelope extent = dong->valueExtent;
        const Envelope inner{extent.minX + extent.width() * 0.2, extent.minY + extent.height() * 0.2,
                             extent.maxX - extent.width() * 0.2, extent.maxY - extent.height() * 0.2};
        for (const QSize size : {QSize(1920, 1080), QSize(1100, 700), QSize(800, 600), QSize(600, 600)}) {
            RenderRequest req;
            req.view = MapView::fit(extent, size);
            req.decorations = decorations();
            req.layers << dong.value() << pointLayer(inner, 21);
            checkLayout(req, extent, 2);
        }
        // The symbol legend box is where Symbols.cpp draws it: its border line is darker than the fill
        // just inside it.
        RenderRequest req;
        req.view = MapView::fit(extent, QSize(1100, 700));
        req.decorations = decorations();
        req.layers << dong.value() << pointLayer(inner, 21);
        req.view = fitClearOfDecorations(extent, req);
        const QImage image = renderMap(req);
        const QRectF box = symbolLegendBox(req);
        QVERIFY(!box.isNull());
        const int x = int(box.center().x());
        const QColor edge = image.pixelColor(x, int(std::floor(box.top()))), inside = image.pixelColor(x, int(box.top()) + 4);
        QVERIFY2(edge.lightness() < inside.lightness(), qPrintable(QStringLiteral("%1 %2").arg(edge.name(), inside.name())));
    }

    // The flow map: net inflow choropleth and its legend, the flow legend stacked with it.
    void flowMapLegendsStack()
    {
        FlowSpec spec;
        spec.layer = QStringLiteral("commuting");
        spec.topN = 150;
        auto net = buildNetFlowLayer(*m_store, spec);
        QVERIFY2(net.ok(), qPrintable(net.errorMessage()));
        auto flows = buildFlowLayer(*m_store, spec);
        QVERIFY2(flows.ok(), qPrintable(flows.errorMessage()));
        Envelope extent = net->valueExtent;
        for (const FlowLine& l : flows->lines) {
            extent.expand(Envelope{l.from.x(), l.from.y(), l.from.x(), l.from.y()});
            extent.expand(Envelope{l.to.x(), l.to.y(), l.to.x(), l.to.y()});
        }
        bool sideBySide = false;
        for (const QSize size : {QSize(1920, 1080), QSize(1100, 700), QSize(760, 420), QSize(1200, 280)}) {
            RenderRequest req;
            req.view = MapView::fit(extent, size);
            req.decorations = decorations();
            req.layers << net.value();
            FlowLayer fitted = flows.value();
            fitFlowWidths(fitted, size);
            req.flows << std::make_shared<const FlowLayer>(fitted);
            checkLayout(req, extent, 2);
            req.view = fitClearOfDecorations(extent, req);
            const DecorationBoxes b = decorationFootprint(req).boxes;
            // Stacked: above the thematic legend, or beside it when the column would reach the title.
            QVERIFY(b.flowLegend.bottom() <= b.legend.top() || b.flowLegend.left() >= b.legend.right());
            sideBySide = sideBySide || b.flowLegend.left() >= b.legend.right();
        }
        QVERIFY2(sideBySide, "on a low image the flow legend goes beside the thematic legend");
    }

    // Presentation sizes: larger, high-contrast decorations under a top band are laid out the same way.
    void presentationScale()
    {
        ThematicSpec spec;
        spec.layer = QStringLiteral("living_population");
        spec.time = QStringLiteral("2019-03-04T14");
        auto dong = buildThematicLayer(*m_store, spec);
        QVERIFY(dong.ok());
        RenderRequest req;
        req.view = MapView::fit(dong->valueExtent, QSize(1024, 768));
        req.decorations = decorations();
        req.decorations.scale = 1.6;
        req.decorations.highContrast = true;
        req.decorations.topMargin = 48;
        req.layers << dong.value();
        checkLayout(req, dong->valueExtent, 1);
        req.view = fitClearOfDecorations(dong->valueExtent, req);
        QVERIFY(decorationFootprint(req).boxes.title.top() >= 48);
    }
};

QTEST_MAIN(TestDecorationLayout)
#include "test_decorationlayout.moc"
