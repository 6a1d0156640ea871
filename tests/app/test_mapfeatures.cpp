// GUI test of the map features on the sample project (offscreen): time playback (frames change,
// legend and time label stay right, speed, keyboard), linked chart (click a dong, its 336-hour
// series, Ctrl+click, chart click sets the time), status bar WGS84, bookmarks saved in the project,
// animation export (numbered frames, cancel leaves nothing, MP4 with ffmpeg), layer opacity and
// the period comparison.
#include "AppFixture.h"
#include "CanvasWait.h"
#include "AnimationExporter.h"
#include "BookmarkPanel.h"
#include "ChartPanel.h"
#include "ComparePanel.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "QuietWindow.h"
#include "MapCanvas.h"
#include "ThematicPanel.h"
#include "TimeController.h"

#include "dosi/core/Values.h"
#include "dosi/gis/RasterExport.h"
#include "dosi/gis/ThematicCompare.h"

#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <qcustomplot.h>

using namespace dosi;
using namespace dosi::desktop;

namespace {

using TestWindow = dosi::testing::QuietWindow;

using dosi::testing::differingShare;

const QString Sajik = QStringLiteral("1111053000");     // 사직동
const QString Samcheong = QStringLiteral("1111054000"); // 삼청동

}  // namespace

class TestMapFeatures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void playChangesFrameAndKeepsLegend();
    void speedSetsInterval();
    void keyboardStepping();
    void statusBarWgs84();
    void clickSelectsDongAndCharts();
    void chartClickSetsTime();
    void layerOpacity();
    void bookmarksRoundTrip();
    void animationFrames();
    void animationCancelLeavesNothing();
    void animationVideo();
    void periodComparison();
    void basemapKeptWithProject();

private:
    bool waitForNewFrame(int before, int timeoutMs = 30000);
    const gis::ThematicLayer* drawnActive() const;
    QPoint screenPointOf(const QString& code) const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
};

bool TestMapFeatures::waitForNewFrame(int before, int timeoutMs)
{
    return dosi::testing::waitForNewFrame(m_window->canvas(), before, timeoutMs);
}

const gis::ThematicLayer* TestMapFeatures::drawnActive() const
{
    return dosi::testing::drawnActive(m_window->canvas());
}

QPoint TestMapFeatures::screenPointOf(const QString& code) const
{
    const gis::ThematicLayer* active = drawnActive();
    if (!active) return {};
    FeaturePicker picker;
    picker.setData(active->data);
    const int i = picker.indexOfCode(code);
    if (i < 0) return {};
    return m_window->canvas()->view().toScreen(picker.innerPoint(i)).toPoint();
}

void TestMapFeatures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = dosi::testing::startWithSample(QStringLiteral("test_mapfeatures"), m_dir);
    if (m_project.isEmpty()) QSKIP("the sample project (resources/sample.dosi) has not been built");

    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    QVERIFY(dosi::testing::showActive(m_window.get(), QSize(1400, 900)));
    const int before = m_window->canvas()->frameCount();
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(m_window->thematicPanel()->activeLayer(), QStringLiteral("living_population"));
    QCOMPARE(m_window->timeController()->times().size(), 336);
}

void TestMapFeatures::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestMapFeatures::playChangesFrameAndKeepsLegend()
{
    TimeController* time = m_window->timeController();
    MapCanvas* canvas = m_window->canvas();
    time->setIndex(0);
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
    const QImage midnight = canvas->frame();

    // Play a few steps quickly; every finished frame must show the slider's time in legend and label.
    time->setSpeed(8);
    QStringList checked;
    QVector<QImage> frames{midnight};
    auto check = [&] {
        const gis::ThematicLayer* active = drawnActive();
        QVERIFY(active);
        QVERIFY2(active->legend.title.contains(QStringLiteral("living_population")), qPrintable(active->legend.title));
        QVERIFY(active->legend.entries.size() >= 5);
        QCOMPARE(active->field, QStringLiteral("total"));
        QVERIFY(time->times().contains(active->time));
        checked << active->time;
        frames << canvas->frame();
    };
    QMetaObject::Connection c = connect(canvas, &MapCanvas::frameRendered, this, check);
    time->setPlaying(true);
    QVERIFY(time->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(time->index() >= 6, 20000);
    time->setPlaying(false);
    QVERIFY(!time->isPlaying());
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
    disconnect(c);
    QVERIFY2(checked.size() >= 2, qPrintable(checked.join(QLatin1Char(','))));
    // After playback stops, the frame shows exactly the slider's time and the label says so.
    const gis::ThematicLayer* active = drawnActive();
    QCOMPARE(active->time, time->currentTime());
    QCOMPARE(time->labelText(), TimeController::displayLabel(time->currentTime(), TimeKind::Hour));
    QVERIFY2(time->labelText().startsWith(QStringLiteral("2019-03-04 (Mon) 0")), qPrintable(time->labelText()));
    QCOMPARE(m_window->thematicPanel()->choice().time, time->currentTime());
    double maxDiff = 0;
    for (const QImage& f : frames) maxDiff = qMax(maxDiff, differingShare(midnight, f));
    QVERIFY2(maxDiff > 0.002, qPrintable(QString::number(maxDiff)));

    // Noon against midnight: the business districts fill up.
    const int before = canvas->frameCount();
    time->setIndex(12);
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(drawnActive()->time, QStringLiteral("2019-03-04T12"));
    QVERIFY2(differingShare(midnight, canvas->frame()) > 0.01, "noon must differ from midnight");
}

void TestMapFeatures::speedSetsInterval()
{
    TimeController* time = m_window->timeController();
    time->setSpeed(0.5);
    QCOMPARE(time->intervalMs(), 2000);
    time->setSpeed(4);
    QCOMPARE(time->intervalMs(), 250);
    time->setSpeed(1);
    QCOMPARE(time->intervalMs(), 1000);
    auto* box = time->findChild<QComboBox*>(QStringLiteral("timeSpeed"));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(2.0));
    QCOMPARE(time->speed(), 2.0);
    QCOMPARE(time->intervalMs(), 500);
    // Without looping, playing stops at the end.
    time->setLoop(false);
    time->setIndex(int(time->times().size()) - 2);
    time->setSpeed(8);
    time->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(!time->isPlaying(), 5000);
    QCOMPARE(time->index(), int(time->times().size()) - 1);
    time->setLoop(true);
    time->stepBy(1);
    QCOMPARE(time->index(), 0);   // looping wraps
    time->setSpeed(1);
}

void TestMapFeatures::keyboardStepping()
{
    TimeController* time = m_window->timeController();
    MapCanvas* canvas = m_window->canvas();
    time->setIndex(5);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Right);
    QCOMPARE(time->index(), 6);
    QTest::keyClick(canvas, Qt::Key_Left);
    QTest::keyClick(canvas, Qt::Key_Left);
    QCOMPARE(time->index(), 4);
    QTest::keyClick(canvas, Qt::Key_End);
    QCOMPARE(time->index(), 335);
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(time->index(), 0);
    QTest::keyClick(canvas, Qt::Key_Space);
    QVERIFY(time->isPlaying());
    QTest::keyClick(canvas, Qt::Key_Space);
    QVERIFY(!time->isPlaying());
    // The controller itself takes the same keys.
    time->setIndex(10);
    QTest::keyClick(time, Qt::Key_Right);
    QCOMPARE(time->index(), 11);
    QCOMPARE(m_window->thematicPanel()->choice().time, QStringLiteral("2019-03-04T11"));
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
}

void TestMapFeatures::statusBarWgs84()
{
    // EPSG:5179 (953000, 1952000) lies in central Seoul: gdaltransform -s_srs EPSG:5179 -t_srs EPSG:4326 gives 37.56617 N 126.96780 E.
    const QString text = MainWindow::wgs84Text(QPointF(953000, 1952000));
    const QRegularExpression re(QStringLiteral("^([\\d.]+)° N ([\\d.]+)° E \\(WGS 84\\)$"));
    const auto m = re.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    QVERIFY2(qAbs(m.captured(1).toDouble() - 37.56617) < 0.0001, qPrintable(text));
    QVERIFY2(qAbs(m.captured(2).toDouble() - 126.96780) < 0.0001, qPrintable(text));

    MapCanvas* canvas = m_window->canvas();
    const QPoint p(canvas->width() / 2 + 7, canvas->height() / 2 - 5);
    QTest::mouseMove(canvas, p);
    QTRY_VERIFY(!m_window->wgs84Text().isEmpty());
    QCOMPARE(m_window->wgs84Text(), MainWindow::wgs84Text(canvas->view().toMap(QPointF(p))));
    QVERIFY(m_window->coordinateText().endsWith(QStringLiteral("(EPSG:5179)")));
}

void TestMapFeatures::clickSelectsDongAndCharts()
{
    MapCanvas* canvas = m_window->canvas();
    ChartPanel* chart = m_window->chartPanel();
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
    const QPoint sajik = screenPointOf(Sajik);
    QVERIFY(canvas->rect().contains(sajik));

    // Hovering names the unit and its value at the current time.
    QTest::mouseMove(canvas, sajik);
    QTRY_VERIFY(m_window->hoverText().contains(QStringLiteral("사직동")));
    QVERIFY2(m_window->hoverText().contains(Sajik), qPrintable(m_window->hoverText()));

    int before = canvas->frameCount();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, sajik);
    QCOMPARE(m_window->selectedUnits(), QStringList{Sajik});
    QCOMPARE(chart->units(), QStringList{Sajik});
    QCOMPARE(chart->legendNames(), QStringList{QStringLiteral("사직동")});
    const QVector<double> series = chart->series(Sajik);
    QCOMPARE(series.size(), 336);
    QCOMPARE(chart->plot()->graph(0)->data()->size(), 336);
    auto table = m_window->session()->store()->readUnitMeasures(QStringLiteral("living_population"), Sajik,
                                                                {QStringLiteral("total")});
    QVERIFY(table.ok());
    QCOMPARE(table->rowCount(), 336);
    const QStringList times = m_window->timeController()->times();
    for (int r = 0; r < table->rowCount(); ++r) {
        const int i = int(times.indexOf(table->times.at(r)));
        QVERIFY(i >= 0);
        const double v = table->columns.at(0).at(r);
        if (hasValue(v)) QCOMPARE(series.at(i), v);
        else QVERIFY(std::isnan(series.at(i)));
        QCOMPARE(chart->plot()->graph(0)->data()->at(i)->value, series.at(i));
    }
    // The map highlights it.
    QVERIFY(waitForNewFrame(before));
    const gis::ThematicLayer* active = drawnActive();
    QCOMPARE(active->selected.size(), 1);
    QCOMPARE(active->data->codes.at(active->selected.first()), Sajik);
    QCOMPARE(m_window->selectedFeatures(), active->selected);
    // The current time is marked.
    QCOMPARE(chart->currentTimeMarker(), double(m_window->timeController()->index()));

    // Ctrl+click adds 삼청동 for comparison; the legend names both.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, screenPointOf(Samcheong));
    QCOMPARE(m_window->selectedUnits(), (QStringList{Sajik, Samcheong}));
    QCOMPARE(chart->legendNames(), (QStringList{QStringLiteral("사직동"), QStringLiteral("삼청동")}));
    QCOMPARE(m_window->selectedFeatures().size(), 2);

    // Selecting a line on the chart highlights only that unit on the map.
    chart->plot()->graph(1)->setSelection(QCPDataSelection(QCPDataRange(0, 336)));
    emit chart->plot()->selectionChangedByUser();
    QCOMPARE(chart->highlighted(), QStringList{Samcheong});
    QCOMPARE(m_window->selectedFeatures().size(), 1);
    QCOMPARE(drawnActive()->data->codes.at(m_window->selectedFeatures().first()), Samcheong);
    chart->plot()->deselectAll();
    emit chart->plot()->selectionChangedByUser();
    QCOMPARE(m_window->selectedFeatures().size(), 2);

    // Zoom to selection frames both dongs.
    m_window->zoomToSelection();
    const Envelope shown = canvas->view().extent();
    FeaturePicker picker;
    picker.setData(drawnActive()->data);
    const Envelope both = picker.envelopeOf(m_window->selectedFeatures());
    QVERIFY(shown.minX <= both.minX && shown.maxX >= both.maxX && shown.minY <= both.minY && shown.maxY >= both.maxY);
    QVERIFY(shown.width() < 4 * qMax(both.width(), both.height()) + 1000);
    before = canvas->frameCount();
    QVERIFY(waitForNewFrame(before - 1));
}

void TestMapFeatures::chartClickSetsTime()
{
    ChartPanel* chart = m_window->chartPanel();
    QVERIFY(!chart->units().isEmpty());
    chart->plot()->replot();
    QSignalSpy spy(chart, &ChartPanel::timeClicked);
    const QRect area = chart->plot()->axisRect()->rect();
    const int x = int(std::lround(chart->plot()->xAxis->coordToPixel(40)));
    const QPoint at(x, area.bottom() - 5);
    QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    // 336 hours on a few hundred pixels: the pixel's nearest hour.
    const int expected = int(std::lround(chart->plot()->xAxis->pixelToCoord(x)));
    QVERIFY(qAbs(expected - 40) <= 2);
    QCOMPARE(m_window->timeController()->index(), expected);
    QCOMPARE(m_window->thematicPanel()->choice().time, m_window->timeController()->times().at(expected));
    QCOMPARE(chart->currentTimeMarker(), double(expected));
}

void TestMapFeatures::layerOpacity()
{
    LayerPanel* panel = m_window->layerPanel();
    MapCanvas* canvas = m_window->canvas();
    panel->setCurrentLayer(QStringLiteral("living_population"));
    const int before = canvas->frameCount();
    panel->opacitySlider()->setValue(40);
    QCOMPARE(m_window->session()->store()->layer(QStringLiteral("living_population"))->style.value(QStringLiteral("opacity")).toDouble(), 0.4);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(drawnActive()->opacity, 0.4);
    panel->opacitySlider()->setValue(100);
    QCOMPARE(drawnActive()->opacity, 1.0);
}

void TestMapFeatures::bookmarksRoundTrip()
{
    BookmarkPanel* bookmarks = m_window->bookmarkPanel();
    MapCanvas* canvas = m_window->canvas();
    TimeController* time = m_window->timeController();
    time->setIndex(180);   // 2020-03-09 12:00
    canvas->zoomIn();
    const gis::MapView view = canvas->view();
    QVERIFY(bookmarks->addBookmark(QStringLiteral("Noon 2020")));
    QVERIFY(m_window->isWindowModified());
    time->setIndex(3);
    canvas->zoomOut();
    canvas->zoomOut();
    QVERIFY(bookmarks->addBookmark(QStringLiteral("Night 2019")));
    QCOMPARE(bookmarks->names(), (QStringList{QStringLiteral("Noon 2020"), QStringLiteral("Night 2019")}));

    const QString saved = m_dir.filePath(QStringLiteral("bookmarked.dosi"));
    QVERIFY(m_window->saveProjectAs(saved));
    QVERIFY(m_window->openProject(m_project));   // another project in between
    QVERIFY(bookmarks->names().isEmpty());
    QVERIFY(m_window->openProject(saved));
    QCOMPARE(bookmarks->names(), (QStringList{QStringLiteral("Noon 2020"), QStringLiteral("Night 2019")}));

    QVERIFY(bookmarks->goTo(QStringLiteral("Noon 2020")));
    QCOMPARE(time->index(), 180);
    QCOMPARE(m_window->thematicPanel()->choice().time, time->times().at(180));
    QVERIFY(qAbs(canvas->view().metresPerPixel() - view.metresPerPixel()) < 1e-6 * view.metresPerPixel());
    QVERIFY(QLineF(canvas->view().center(), view.center()).length() < 0.01);
    QCOMPARE(m_window->selectedUnits(), (QStringList{Sajik, Samcheong}));

    // PageDown / PageUp step through the bookmarks.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_PageDown);
    QCOMPARE(time->index(), 3);
    QTest::keyClick(canvas, Qt::Key_PageUp);
    QCOMPARE(time->index(), 180);

    QVERIFY(bookmarks->renameBookmark(QStringLiteral("Night 2019"), QStringLiteral("Night")));
    QVERIFY(bookmarks->removeBookmark(QStringLiteral("Noon 2020")));
    QCOMPARE(bookmarks->names(), QStringList{QStringLiteral("Night")});
    QVERIFY(m_window->saveProject());
    auto reopened = ProjectStore::open(saved);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->bookmarks().size(), 1);
    QCOMPARE(reopened.value()->bookmarks().first().state.value(QStringLiteral("time")).toString(), time->times().at(3));
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
}

void TestMapFeatures::animationFrames()
{
    const QString folder = m_dir.filePath(QStringLiteral("frames"));
    AnimationOptions options;
    options.folder = folder;
    options.size = QSize(480, 360);
    AnimationExporter* exporter = m_window->exportAnimation(options, 8, 12);
    QVERIFY2(exporter, qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QSignalSpy done(exporter, &AnimationExporter::finished);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("frame_0001.png"), QStringLiteral("frame_0002.png"), QStringLiteral("frame_0003.png"),
                                 QStringLiteral("frame_0004.png"), QStringLiteral("frame_0005.png")}));
    QImage first(QDir(folder).filePath(files.first()));
    QImage last(QDir(folder).filePath(files.last()));
    QCOMPARE(first.size(), QSize(480, 360));
    QVERIFY2(differingShare(first, last) > 0.002, "08:00 and 12:00 differ");
    // No temporary folder is left next to the frames.
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".dosi-frames-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

void TestMapFeatures::animationCancelLeavesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    AnimationOptions options;
    options.folder = folder;
    options.size = QSize(320, 240);
    AnimationExporter* exporter = m_window->exportAnimation(options, 0, 100);
    QVERIFY(exporter);
    QSignalSpy progress(exporter, &AnimationExporter::progress);
    QSignalSpy done(exporter, &AnimationExporter::finished);
    QTRY_VERIFY(progress.count() >= 3);   // some frames were written to the temporary folder
    exporter->cancel();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(exporter->wasCancelled());
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".dosi-frames-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

void TestMapFeatures::animationVideo()
{
    if (AnimationExporter::ffmpegPath().isEmpty()) {
        // Without ffmpeg the video is refused with a clear message.
        AnimationOptions options;
        options.folder = m_dir.filePath(QStringLiteral("video"));
        options.video = true;
        m_window->errors.clear();
        QVERIFY(!m_window->exportAnimation(options, 0, 3));
        QCOMPARE(m_window->errors.size(), 1);
        QVERIFY2(m_window->errors.first().contains(QStringLiteral("ffmpeg")), qPrintable(m_window->errors.first()));
        m_window->errors.clear();
        QSKIP("ffmpeg is not installed: the MP4 export is not tested");
    }
    AnimationOptions options;
    options.folder = m_dir.filePath(QStringLiteral("video"));
    options.size = QSize(321, 241);   // odd: ffmpeg must get an even size
    options.video = true;
    AnimationExporter* exporter = m_window->exportAnimation(options, 0, 5);
    QVERIFY(exporter);
    QSignalSpy done(exporter, &AnimationExporter::finished);
    QVERIFY(done.wait(120000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(QFileInfo(QDir(options.folder).filePath(QStringLiteral("animation.mp4"))).size() > 0);
}

void TestMapFeatures::periodComparison()
{
    ComparePanel* compare = m_window->comparePanel();
    TimeController* time = m_window->timeController();
    MapCanvas* canvas = m_window->canvas();
    time->setIndex(0);
    compare->setSpan(ComparePanel::Span::Week);
    QCOMPARE(compare->periodA(), QStringLiteral("2019-03-04T00/2019-03-10T23"));
    QCOMPARE(compare->periodsB(), (QStringList{QStringLiteral("2019-03-04T00/2019-03-10T23"),
                                               QStringLiteral("2020-03-09T00/2020-03-15T23")}));
    QVERIFY(compare->setPeriodB(QStringLiteral("2020-03-09T00/2020-03-15T23")));
    compare->setSpan(ComparePanel::Span::Day);
    QCOMPARE(compare->periodA(), QStringLiteral("2019-03-04T00/2019-03-04T23"));
    QCOMPARE(compare->periodsB().size(), 14);
    compare->setSpan(ComparePanel::Span::Week);
    QVERIFY(compare->setPeriodB(QStringLiteral("2020-03-09T00/2020-03-15T23")));

    // What the library gives for this comparison (a difference layer, or an error until it exists).
    gis::ThematicSpec spec;
    spec.layer = QStringLiteral("living_population");
    spec.field = QStringLiteral("total");
    spec.time = compare->periodA();
    auto expected = gis::buildDifferenceLayer(*m_window->session()->store(), spec, compare->periodB());

    int before = canvas->frameCount();
    compare->setMode(CompareMode::Difference);
    QVERIFY(waitForNewFrame(before));
    const gis::ThematicLayer* active = drawnActive();
    QVERIFY(active);
    if (expected) {
        QCOMPARE(active->values.size(), expected->values.size());
        for (int i = 0; i < active->values.size(); ++i)
            if (hasValue(expected->values.at(i))) QCOMPARE(active->values.at(i), expected->values.at(i));
        QCOMPARE(active->legend.title, expected->legend.title);
    } else {
        // No crash: the map shows period A and the status bar says why there is no difference map.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(expected.errorMessage()),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(active->time, time->currentTime());
    }

    compare->setMode(CompareMode::SideBySide);
    QTest::qWait(50);
    auto side = gis::renderSideBySide(*m_window->session()->store(), spec, compare->periodB(), canvas->size());
    if (side) QVERIFY(!canvas->overlay().isNull());
    else QVERIFY(canvas->overlay().isNull() && m_window->statusBar()->currentMessage().contains(side.errorMessage()));

    before = canvas->frameCount();
    compare->setMode(CompareMode::None);
    QVERIFY(canvas->overlay().isNull());
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(drawnActive()->time, time->currentTime());
}

// The background map is kept with the project (relative to its folder) and shown again on reopening;
// a background map file that has gone is reported in the status bar, not as an error.
void TestMapFeatures::basemapKeptWithProject()
{
    // A one-band GeoTIFF square over central Seoul (EPSG:5179).
    QByteArray wkb;
    QDataStream ds(&wkb, QIODevice::WriteOnly);
    ds.setByteOrder(QDataStream::LittleEndian);
    ds.setFloatingPointPrecision(QDataStream::DoublePrecision);
    ds << quint8(1) << quint32(3) << quint32(1) << quint32(5);
    const double ring[5][2] = {{945000, 1940000}, {965000, 1940000}, {965000, 1960000}, {945000, 1960000}, {945000, 1940000}};
    for (const auto& p : ring) ds << p[0] << p[1];
    bool ok = false;
    const gis::Geometry square = gis::Geometry::fromWkb(wkb, &ok);
    QVERIFY(ok);
    const QString project = m_window->session()->filePath();   // (an earlier test may have saved it elsewhere)
    const QString tif = QFileInfo(project).absoluteDir().filePath(QStringLiteral("ortho.tif"));
    gis::GeoTiffOptions opt;
    opt.cellSize = 500;
    QVERIFY(gis::writeGeoTiff(tif, {square}, {{1.0}}, {QStringLiteral("v")}, opt).ok());

    QVERIFY(m_window->setBasemapFile(tif));
    QVERIFY(m_window->canvas()->basemap());
    QCOMPARE(m_window->session()->store()->metaValue(QStringLiteral("basemap")), QStringLiteral("ortho.tif"));
    QVERIFY(m_window->session()->save().ok());
    QVERIFY(m_window->openProject(project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_window->session()->store()->metaValue(QStringLiteral("basemap")), QStringLiteral("ortho.tif"));
    QVERIFY(m_window->canvas()->basemap());
    QVERIFY(!m_window->session()->isModified());   // restoring is not an edit

    QVERIFY(QFile::rename(tif, tif + QStringLiteral(".moved.tif")));
    QVERIFY(m_window->openProject(project));
    QVERIFY(m_window->errors.isEmpty());
    QVERIFY(!m_window->canvas()->basemap());
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("ortho.tif")));

    QVERIFY(m_window->setBasemapFile(tif + QStringLiteral(".moved.tif")));
    QVERIFY(m_window->setBasemapFile({}));
    QVERIFY(m_window->session()->store()->metaValue(QStringLiteral("basemap")).isEmpty());
}

QTEST_MAIN(TestMapFeatures)
#include "test_mapfeatures.moc"
