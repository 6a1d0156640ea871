// dosi-cli render fits the map clear of its legend, title, scale bar and north arrow: the image it
// writes is the sample's dong choropleth drawn with fitClearOfDecorations(), and at that view the
// layer's extent does not run under any decoration box.
#include "dosi/core/ProjectStore.h"
#include "dosi/gis/DecorationLayout.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/ThematicMap.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dosi;

namespace {

struct Run {
    int code = -1;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull()) return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differ = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            differ += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q)) > 24 ? 1 : 0;
        }
    return double(differ) / (double(x.width()) * x.height());
}

}  // namespace

class TestRenderLayout : public QObject {
    Q_OBJECT
private slots:
    void legendClearOfTheData()
    {
        const QString sample = QStringLiteral(DOSI_SAMPLE_PROJECT);
        if (!QFileInfo::exists(sample)) QSKIP("the sample project has not been built");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const Run r = cli({QStringLiteral("render"), sample, png, QStringLiteral("--layer"), QStringLiteral("living_population"),
                           QStringLiteral("--time"), QStringLiteral("2019-03-04T14"), QStringLiteral("--size"), QStringLiteral("1100x700")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage written(png);
        QCOMPARE(written.size(), QSize(1100, 700));

        // The same map drawn here, as `render` composes it (title = the project's, its source line).
        auto opened = ProjectStore::openReadOnly(sample);
        QVERIFY(opened.ok());
        const ProjectStore& store = *opened.value();
        gis::ThematicSpec spec;
        spec.layer = QStringLiteral("living_population");
        spec.time = QStringLiteral("2019-03-04T14");
        auto layer = gis::buildThematicLayer(store, spec);
        QVERIFY(layer.ok());
        gis::RenderRequest req;
        req.decorations.title = store.title();
        req.decorations.sourceLine = store.metaValue(QStringLiteral("source_line"));
        req.decorations.timeStamp = gis::defaultDecorations(layer.value()).timeStamp;
        const Envelope extent = layer->valueExtent;
        req.layers << layer.value();
        req.view = gis::MapView::fit(extent, written.size(), 0.04);
        req.view = gis::fitClearOfDecorations(extent, req);
        const QImage expected = gis::renderMap(req);
        const double differ = differingShare(expected, written);
        QVERIFY2(differ < 0.002, qPrintable(QString::number(differ)));

        // At that view no decoration box lies over the layer's extent, and the legend is on the image.
        const gis::DecorationFootprint f = gis::decorationFootprint(req);
        QVERIFY(!f.boxes.legend.isNull());
        const QRectF data(req.view.toScreen(QPointF(extent.minX, extent.maxY)), req.view.toScreen(QPointF(extent.maxX, extent.minY)));
        for (const QRectF& box : f.all()) QVERIFY2(!box.intersects(data), qPrintable(QStringLiteral("%1,%2").arg(box.x()).arg(box.y())));
        QVERIFY(QRectF(0, 0, 1100, 700).contains(f.boxes.legend));
        // Without it (a plain fit) the legend would cover part of the west of Seoul.
        gis::RenderRequest plain = req;
        plain.view = gis::MapView::fit(extent, written.size(), 0.04);
        const QRectF plainData(plain.view.toScreen(QPointF(extent.minX, extent.maxY)),
                               plain.view.toScreen(QPointF(extent.maxX, extent.minY)));
        QVERIFY(gis::decorationFootprint(plain).boxes.legend.intersects(plainData));
    }
};

QTEST_MAIN(TestRenderLayout)
#include "test_renderlayout.moc"
