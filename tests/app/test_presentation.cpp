// GUI test of presentation mode on the sample project (offscreen): entering hides every panel and
// asks for full screen; Right/Left (and N/P, Home/End) step through the saved views, whose view and
// time are then shown; Space plays the time axis and the title band follows it; Esc restores the
// window exactly; without bookmarks the current view is the only one. The projector layout is checked
// at 1024x768 and 1920x1080: band and decorations grow with the screen, stay inside it and clear of
// the band, on the high-contrast background.
//
// With DOSI_SCREENSHOT_DIR set (xvfb-run with QT_QPA_PLATFORM=xcb) the screen and the two projector
// frames are saved there.
#include "AppFixture.h"
#include "CanvasWait.h"
#include "BookmarkPanel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuietWindow.h"
#include "MapCanvas.h"
#include "PresentationMode.h"
#include "PresentationOverlay.h"
#include "ThematicPanel.h"
#include "TimeController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLineF>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <memory>

using namespace dosi;
using namespace dosi::desktop;

namespace {

using TestWindow = dosi::testing::QuietWindow;

// Names of the direct child widgets of type T that are not hidden.
template <typename T>
QStringList shownChildren(const QWidget* window)
{
    QStringList names;
    for (const T* w : window->findChildren<T*>(Qt::FindDirectChildrenOnly))
        if (!w->isHidden()) names << w->objectName();
    names.sort();
    return names;
}

bool sameColour(QRgb a, const QColor& b, int tolerance = 6)
{
    return qAbs(qRed(a) - b.red()) + qAbs(qGreen(a) - b.green()) + qAbs(qBlue(a) - b.blue()) <= tolerance;
}

QRect inside(const QRectF& r) { return r.toAlignedRect(); }

}  // namespace

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void actionAndShortcuts();
    void enterStepPlayLeave();
    void hintFades();
    void withoutBookmarksOnlyTheCurrentView();
    void projectorLayouts();
    void closingWhilePresentingSavesTheNormalLayout();

private:
    bool waitForFrame(int before, int timeoutMs = 30000);
    void addBookmarks();
    void shot(const QString& name, int settleMs = 1500);

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    QJsonObject m_morning, m_evening;   // the two bookmarks' states
    QSize m_canvasBefore;               // the canvas size before presenting (bookmarks were saved at it)
};

bool TestPresentation::waitForFrame(int before, int timeoutMs)
{
    return dosi::testing::waitForNewFrame(m_window->canvas(), before, timeoutMs);
}

void TestPresentation::shot(const QString& name, int settleMs)
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize s = screen ? screen->size() : QSize();
    dosi::testing::screenshot(QStringLiteral("%1_%2x%3").arg(name).arg(s.width()).arg(s.height()), settleMs);
}

void TestPresentation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = dosi::testing::startWithSample(QStringLiteral("test_presentation"), m_dir);
    if (m_project.isEmpty()) QSKIP("the sample project (resources/sample.dosi) has not been built");

    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();   // a laptop before the projector
    m_window->move(20, 20);
    QVERIFY(dosi::testing::showActive(m_window.get(), QSize(qMin(1400, screen.width() * 9 / 10), qMin(900, screen.height() * 9 / 10))));
    const int before = m_window->canvas()->frameCount();
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QVERIFY(waitForFrame(before));
    QCOMPARE(m_window->thematicPanel()->activeLayer(), QStringLiteral("living_population"));
    QVERIFY(m_window->timeController()->times().size() > 100);
}

void TestPresentation::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestPresentation::addBookmarks()
{
    BookmarkPanel* bookmarks = m_window->bookmarkPanel();
    MapCanvas* canvas = m_window->canvas();
    TimeController* time = m_window->timeController();
    for (const QString& name : bookmarks->names()) QVERIFY(bookmarks->removeBookmark(name));
    time->setIndex(8);   // a morning (2019-03-04 08:00)
    canvas->zoomIn();
    QVERIFY(bookmarks->addBookmark(QStringLiteral("Morning")));
    time->setIndex(187);   // an evening a year later (2020-03-09 19:00), further out
    canvas->zoomOut();
    canvas->zoomOut();
    canvas->panBy(QPointF(120, -40));
    QVERIFY(bookmarks->addBookmark(QStringLiteral("Evening")));
    const QList<Bookmark> stored = m_window->session()->store()->bookmarks();
    QCOMPARE(stored.size(), 2);
    m_morning = stored.at(0).state;
    m_evening = stored.at(1).state;
    QVERIFY(m_morning.value(QStringLiteral("time")) != m_evening.value(QStringLiteral("time")));
    QVERIFY(m_morning.value(QStringLiteral("metresPerPixel")) != m_evening.value(QStringLiteral("metresPerPixel")));
}

// The window's view equals a bookmark's: time, layer, centre and scale.
#define COMPARE_VIEW(state)                                                                                        \
    do {                                                                                                           \
        const QJsonObject now = m_window->captureViewState();                                                     \
        QCOMPARE(now.value(QStringLiteral("time")).toString(), (state).value(QStringLiteral("time")).toString()); \
        QCOMPARE(now.value(QStringLiteral("layer")).toString(), (state).value(QStringLiteral("layer")).toString()); \
        const double mpp = (state).value(QStringLiteral("metresPerPixel")).toDouble();                            \
        QVERIFY(qAbs(now.value(QStringLiteral("metresPerPixel")).toDouble() - mpp) < 1e-9 * mpp);                  \
        const QJsonArray a = now.value(QStringLiteral("center")).toArray(), b = (state).value(QStringLiteral("center")).toArray(); \
        QVERIFY(qAbs(a.at(0).toDouble() - b.at(0).toDouble()) < 0.01);                                             \
        QVERIFY(qAbs(a.at(1).toDouble() - b.at(1).toDouble()) < 0.01);                                             \
    } while (false)

// In presentation mode a bookmark shows the area it showed when it was saved (at the window's
// earlier canvas size), fitted to the screen: same time, layer and centre, scale fitted.
#define COMPARE_SHOWN(state)                                                                                       \
    do {                                                                                                           \
        const QJsonObject now = m_window->captureViewState();                                                     \
        QCOMPARE(now.value(QStringLiteral("time")).toString(), (state).value(QStringLiteral("time")).toString()); \
        QCOMPARE(now.value(QStringLiteral("layer")).toString(), (state).value(QStringLiteral("layer")).toString()); \
        const QJsonArray a = now.value(QStringLiteral("center")).toArray(), b = (state).value(QStringLiteral("center")).toArray(); \
        QVERIFY(qAbs(a.at(0).toDouble() - b.at(0).toDouble()) < 0.01);                                             \
        QVERIFY(qAbs(a.at(1).toDouble() - b.at(1).toDouble()) < 0.01);                                             \
        const gis::MapView saved(QPointF(b.at(0).toDouble(), b.at(1).toDouble()),                                  \
                                 (state).value(QStringLiteral("metresPerPixel")).toDouble(), m_canvasBefore);      \
        const double mpp = gis::MapView::fit(saved.extent(), m_window->canvas()->size(), 0.0).metresPerPixel();    \
        QVERIFY(qAbs(m_window->canvas()->view().metresPerPixel() - mpp) < 1e-9 * mpp);                             \
    } while (false)

void TestPresentation::actionAndShortcuts()
{
    auto* act = m_window->findChild<QAction*>(QStringLiteral("actionPresentation"));
    QVERIFY(act);
    QVERIFY(act->isCheckable());
    QVERIFY(act->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(act->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
    QCOMPARE(act->text(), QStringLiteral("&Presentation Mode"));
    // In the View menu, and on the window so that F5 still works with the menu bar hidden.
    bool inView = false;
    for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>())
        if (menu->objectName() == QStringLiteral("menuView")) inView = menu->actions().contains(act);
    QVERIFY(inView);
    QVERIFY(m_window->actions().contains(act));
    QVERIFY(m_window->presentation());
    QVERIFY(!m_window->isPresenting());
}

void TestPresentation::enterStepPlayLeave()
{
    addBookmarks();
    MapCanvas* canvas = m_window->canvas();
    TimeController* time = m_window->timeController();
    PresentationMode* presentation = m_window->presentation();
    QVERIFY(m_window->bookmarkPanel()->goTo(QStringLiteral("Morning")));
    QVERIFY(waitForFrame(canvas->frameCount() - 1));
    COMPARE_VIEW(m_morning);

    // A panel the user had closed stays closed afterwards.
    auto* chartDock = m_window->findChild<QDockWidget*>(QStringLiteral("chartDock"));
    QVERIFY(chartDock);
    chartDock->hide();
    const QStringList docksBefore = shownChildren<QDockWidget>(m_window.get());
    const QStringList barsBefore = shownChildren<QToolBar>(m_window.get());
    QVERIFY(docksBefore.contains(QStringLiteral("layerDock")));
    QVERIFY(docksBefore.contains(QStringLiteral("timeDock")));
    QVERIFY(!docksBefore.contains(QStringLiteral("chartDock")));
    QCOMPARE(barsBefore.size(), 2);
    const Qt::WindowStates stateBefore = m_window->windowState();
    const QRect geometryBefore = m_window->geometry();
    const QSize canvasBefore = canvas->size();
    m_canvasBefore = canvasBefore;
    const gis::MapView viewBefore = canvas->view();
    QVERIFY(!(stateBefore & Qt::WindowFullScreen));

    // F5 enters (the action's shortcut).
    canvas->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionPresentation"))->isChecked());
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(m_window->menuBar()->isHidden());
    QVERIFY(m_window->statusBar()->isHidden());
    QVERIFY(shownChildren<QDockWidget>(m_window.get()).isEmpty());
    QVERIFY(shownChildren<QToolBar>(m_window.get()).isEmpty());
    // Only the map: it fills the window (offscreen: the screen).
    QTRY_COMPARE(canvas->size(), m_window->size());
    QVERIFY(canvas->width() >= canvasBefore.width());
    // The map fills the screen: the area shown before, larger (same centre, smaller metres per pixel).
    QVERIFY(QLineF(canvas->view().center(), viewBefore.center()).length() < 0.01);
    const bool grown = canvas->width() > canvasBefore.width() && canvas->height() > canvasBefore.height();
    QVERIFY2(!grown || canvas->view().metresPerPixel() < viewBefore.metresPerPixel(),
             qPrintable(QStringLiteral("%1x%2 -> %3x%4, mpp %5 -> %6").arg(canvasBefore.width()).arg(canvasBefore.height())
                            .arg(canvas->width()).arg(canvas->height()).arg(viewBefore.metresPerPixel()).arg(canvas->view().metresPerPixel())));
    {
        const Envelope was = viewBefore.extent(), now = canvas->view().extent();
        const double tol = canvas->view().metresPerPixel();
        QVERIFY(now.minX <= was.minX + tol && now.maxX >= was.maxX - tol && now.minY <= was.minY + tol && now.maxY >= was.maxY - tol);
    }

    // The look: dark background, larger high-contrast decorations clear of the band.
    PresentationOverlay* overlay = presentation->overlay();
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), canvas->rect());
    QCOMPARE(canvas->look().background, PresentationMode::look(canvas->size()).background);
    QVERIFY(canvas->look().highContrast);
    QVERIFY(canvas->look().decorationScale > 1.0);
    QCOMPARE(canvas->look().topMargin, double(PresentationOverlay::bandRect(canvas->size()).height()));
    QVERIFY(waitForFrame(canvas->frameCount() - 1));
    const QImage frame = canvas->frame();
    QVERIFY(sameColour(frame.pixel(frame.width() / 2, frame.height() - 2) , canvas->look().background)
            || sameColour(frame.pixel(2, frame.height() / 2), canvas->look().background)
            || sameColour(frame.pixel(frame.width() - 2, frame.height() / 2), canvas->look().background));

    // The band: project, view, layer and time; the position of the view.
    PresentationOverlay::Content band = overlay->content();
    QCOMPARE(band.project, QStringLiteral("Dosi sample: Seoul and Daejeon"));
    QCOMPARE(band.view, QStringLiteral("Morning"));
    QVERIFY2(band.layer.contains(QStringLiteral("living_population")), qPrintable(band.layer));
    QCOMPARE(band.time, time->labelText());
    QCOMPARE(band.position, QStringLiteral("1 / 2"));
    QVERIFY2(band.hint.contains(QStringLiteral("Esc")), qPrintable(band.hint));
    shot(QStringLiteral("presentation_morning"));

    // The pointer hides after a pause without moving, and comes back when the mouse moves.
    QVERIFY(QTest::qWaitFor([&] { return presentation->cursorHidden(); }, PresentationMode::CursorIdleMs + 3000));
    QVERIFY(QGuiApplication::overrideCursor());
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    QTest::mouseMove(canvas, canvas->rect().center() + QPoint(7, 5));
    QTRY_VERIFY(!presentation->cursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());

    // Right: the second saved view, with its time and extent.
    QTest::keyClick(canvas, Qt::Key_Right);
    QCOMPARE(presentation->currentView(), 1);
    COMPARE_SHOWN(m_evening);
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    band = overlay->content();
    QCOMPARE(band.view, QStringLiteral("Evening"));
    QCOMPARE(band.position, QStringLiteral("2 / 2"));
    QCOMPARE(band.time, time->labelText());
    QCOMPARE(time->currentTime(), m_evening.value(QStringLiteral("time")).toString());
    // At the end it stays, and says so.
    QTest::keyClick(canvas, Qt::Key_PageDown);
    QCOMPARE(presentation->currentView(), 1);
    QVERIFY2(overlay->content().hint.contains(QStringLiteral("Last view")), qPrintable(overlay->content().hint));
    QVERIFY(waitForFrame(canvas->frameCount() - 1));
    shot(QStringLiteral("presentation_evening"));

    // Left: back to the first.
    QTest::keyClick(canvas, Qt::Key_Left);
    QCOMPARE(presentation->currentView(), 0);
    COMPARE_SHOWN(m_morning);
    QCOMPARE(overlay->content().view, QStringLiteral("Morning"));
    // N / P, End / Home, Down / Up step the same way (clickers send PageDown / PageUp).
    QTest::keyClick(canvas, Qt::Key_N);
    COMPARE_SHOWN(m_evening);
    QTest::keyClick(canvas, Qt::Key_P);
    COMPARE_SHOWN(m_morning);
    QTest::keyClick(canvas, Qt::Key_End);
    QCOMPARE(presentation->currentView(), 1);
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(presentation->currentView(), 0);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(presentation->currentView(), 1);
    QTest::keyClick(canvas, Qt::Key_Up);
    QCOMPARE(presentation->currentView(), 0);
    COMPARE_SHOWN(m_morning);

    // Space plays the time axis; the band follows.
    const int start = time->index();
    QTest::keyClick(canvas, Qt::Key_Space);
    QVERIFY(time->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(time->index() > start, time->intervalMs() * 4 + 10000);
    QTRY_COMPARE(overlay->content().time, time->labelText());
    QVERIFY(overlay->content().time != m_morning.value(QStringLiteral("timeLabel")).toString());
    QTest::keyClick(canvas, Qt::Key_Space);
    QVERIFY(!time->isPlaying());
    // Stepping to a view stops playing and shows the view's time.
    QTest::keyClick(canvas, Qt::Key_Space);
    QVERIFY(time->isPlaying());
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(!time->isPlaying());
    COMPARE_SHOWN(m_evening);

    // Esc leaves (and is not taken by "clear selection"); everything comes back as it was.
    m_window->setSelectedUnits({QStringLiteral("1111053000")});
    QTRY_VERIFY_WITH_TIMEOUT(presentation->cursorHidden(), PresentationMode::CursorIdleMs + 3000);
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    QVERIFY(!presentation->cursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());   // the pointer is back
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionPresentation"))->isChecked());
    QCOMPARE(m_window->selectedUnits(), QStringList{QStringLiteral("1111053000")});
    QCOMPARE(m_window->windowState(), stateBefore);
    QVERIFY(!overlay->isVisible());
    QVERIFY(!m_window->menuBar()->isHidden());
    QVERIFY(!m_window->statusBar()->isHidden());
    QCOMPARE(shownChildren<QDockWidget>(m_window.get()), docksBefore);
    QCOMPARE(shownChildren<QToolBar>(m_window.get()), barsBefore);
    QTRY_COMPARE(m_window->geometry(), geometryBefore);
    QTRY_COMPARE(canvas->size(), canvasBefore);
    QCOMPARE(canvas->look().background, MapCanvas::Look().background);
    QVERIFY(!canvas->look().highContrast);
    QCOMPARE(canvas->look().decorationScale, 1.0);
    QCOMPARE(m_window->bookmarkPanel()->current(), QStringLiteral("Evening"));   // where the talk ended
    shot(QStringLiteral("presentation_left"));
    m_window->setSelectedUnits({});

    // Ctrl+Shift+F works too, and F5 leaves.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isPresenting());
    QCOMPARE(presentation->currentView(), 1);   // the view that was current
    QTest::keyClick(canvas, Qt::Key_F5);
    QVERIFY(!m_window->isPresenting());
    QCOMPARE(shownChildren<QDockWidget>(m_window.get()), docksBefore);
    QTRY_COMPARE(m_window->geometry(), geometryBefore);
    chartDock->show();
}

void TestPresentation::hintFades()
{
    m_window->setPresentationMode(true);
    PresentationOverlay* overlay = m_window->presentation()->overlay();
    QVERIFY(!overlay->content().hint.isEmpty());
    QCOMPARE(overlay->content().hintOpacity, 1.0);
    QVERIFY(!PresentationOverlay::hintRect(overlay->size(), overlay->content()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(overlay->content().hintOpacity < 0.02, PresentationMode::HintMs + 4000);
    // A step brings it back.
    QTest::keyClick(m_window->canvas(), Qt::Key_Left);
    QCOMPARE(overlay->content().hintOpacity, 1.0);
    m_window->setPresentationMode(false);
    QVERIFY(!m_window->isPresenting());
}

void TestPresentation::withoutBookmarksOnlyTheCurrentView()
{
    BookmarkPanel* bookmarks = m_window->bookmarkPanel();
    for (const QString& name : bookmarks->names()) QVERIFY(bookmarks->removeBookmark(name));
    MapCanvas* canvas = m_window->canvas();
    QVERIFY(waitForFrame(canvas->frameCount() - 1));
    const gis::MapView viewBefore = canvas->view();
    m_window->setPresentationMode(true);
    PresentationMode* presentation = m_window->presentation();
    QTRY_COMPARE(canvas->size(), m_window->size());
    QVERIFY(waitForFrame(canvas->frameCount() - 1));
    const QJsonObject before = m_window->captureViewState();
    QCOMPARE(presentation->currentView(), -1);
    QCOMPARE(presentation->overlay()->content().position, QStringLiteral("1 / 1"));
    QCOMPARE(presentation->overlay()->content().view, QStringLiteral("Current view"));
    QVERIFY(presentation->overlay()->content().hint.contains(QStringLiteral("No saved views")));
    for (int key : {Qt::Key_Right, Qt::Key_Left, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End}) {
        QTest::keyClick(canvas, Qt::Key(key));
        QVERIFY(m_window->isPresenting());
        COMPARE_VIEW(before);
        QVERIFY(presentation->overlay()->content().hint.contains(QStringLiteral("No saved views")));
    }
    shot(QStringLiteral("presentation_no_views"));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    // Not moved while presenting: the very view of before comes back.
    QTRY_COMPARE(canvas->size(), viewBefore.size());
    QCOMPARE(canvas->view().center(), viewBefore.center());
    QCOMPARE(canvas->view().metresPerPixel(), viewBefore.metresPerPixel());
}

void TestPresentation::projectorLayouts()
{
    PresentationMode* presentation = m_window->presentation();
    const QColor background = PresentationMode::look(QSize(1024, 768)).background;
    QCOMPARE(background, PresentationMode::look(QSize(1920, 1080)).background);
    QVERIFY(background.lightness() < 30);   // near black
    // Presenting, with the whole of Seoul in view.
    m_window->setPresentationMode(true);
    QTRY_COMPARE(m_window->canvas()->size(), m_window->size());
    for (const gis::ThematicLayer& layer : m_window->canvas()->layers())
        if (!layer.fills.isEmpty()) m_window->canvas()->zoomToExtent(layer.valueExtent);

    struct Layout {
        QSize size;
        QRect band;
        gis::DecorationBoxes boxes;
        double scale = 0;
    };
    QVector<Layout> layouts;
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        Layout l;
        l.size = size;
        const QImage image = presentation->renderFrame(size, &l.boxes);
        QCOMPARE(image.size(), size);
        l.band = PresentationOverlay::bandRect(size);
        gis::MapDecorations deco;
        deco.scale = PresentationMode::look(size).decorationScale;
        l.scale = gis::decorationScale(size, deco);
        const QRect screen(QPoint(0, 0), size);
        // Everything on screen, nothing under the band.
        QVERIFY(l.band.height() > 0 && l.band.width() == size.width());
        for (const QRectF& box : {l.boxes.legend, l.boxes.scaleBar, l.boxes.northArrow}) {
            QVERIFY(!box.isNull());
            QVERIFY2(screen.contains(inside(box)), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
            QVERIFY(box.top() > l.band.bottom());
        }
        QVERIFY(!l.boxes.legend.intersects(l.boxes.scaleBar));
        QVERIFY(!l.boxes.northArrow.intersects(l.boxes.scaleBar));
        // Larger than the same map's everyday decorations.
        gis::RenderRequest everyday = m_window->canvas()->renderRequest();
        everyday.view = gis::MapView::fit(m_window->canvas()->view().extent(), size, 0.0);
        everyday.decorations.scale = 1.0;
        everyday.decorations.topMargin = 0;
        const gis::DecorationBoxes plain = gis::decorationBoxes(everyday);
        QVERIFY(l.boxes.legend.height() > plain.legend.height() * 1.3);
        QVERIFY(l.boxes.northArrow.height() > plain.northArrow.height() * 1.3);
        // High contrast: the background is the dark colour, the legend box is dark with white text.
        const QRect legend = inside(l.boxes.legend).adjusted(4, 4, -4, -4);
        int dark = 0, white = 0;
        for (int y = legend.top(); y <= legend.bottom(); y += 2) {
            for (int x = legend.left(); x <= legend.right(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                dark += c.lightness() < 40 ? 1 : 0;
                white += c.lightness() > 235 ? 1 : 0;
            }
        }
        const int samples = ((legend.height() + 1) / 2) * ((legend.width() + 1) / 2);
        QVERIFY2(dark > samples / 3, qPrintable(QStringLiteral("%1 of %2").arg(dark).arg(samples)));
        QVERIFY(white > 50);
        int backgroundPixels = 0;
        for (int y = l.band.bottom() + 1; y < size.height(); y += 3)
            for (int x = 0; x < size.width(); x += 3) backgroundPixels += sameColour(image.pixel(x, y), background) ? 1 : 0;
        QVERIFY2(backgroundPixels > (size.width() / 3) * ((size.height() - l.band.height()) / 3) / 20,
                 qPrintable(QString::number(backgroundPixels)));
        // The band is dark, with the white project title at its left.
        const QRgb bandPixel = image.pixel(size.width() / 2, l.band.top() + 1);
        QVERIFY(QColor(bandPixel).lightness() < 60);
        int titleInk = 0;
        for (int y = l.band.top(); y <= l.band.bottom(); ++y)
            for (int x = 0; x < size.width() / 4; ++x) titleInk += QColor(image.pixel(x, y)).lightness() > 235 ? 1 : 0;
        QVERIFY(titleInk > 50);
        const QString dir = qEnvironmentVariable("DOSI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("presentation_frame_%1x%2.png").arg(size.width()).arg(size.height()))));
        layouts << l;
    }
    m_window->setPresentationMode(false);
    // Band and decorations grow with the screen; decorations are scaled up at both sizes.
    QVERIFY(layouts[0].scale > 1.5);
    QVERIFY(layouts[1].scale > layouts[0].scale);
    QVERIFY(layouts[1].band.height() > layouts[0].band.height());
    QVERIFY(layouts[0].band.height() >= 36);   // readable from the back at 1024x768
    QVERIFY(layouts[1].boxes.legend.height() > layouts[0].boxes.legend.height());
    QVERIFY(layouts[1].boxes.northArrow.height() > layouts[0].boxes.northArrow.height());
    // The band stays slim.
    QVERIFY(layouts[0].band.height() < 768 / 12);
    QVERIFY(layouts[1].band.height() < 1080 / 12);
}

void TestPresentation::closingWhilePresentingSavesTheNormalLayout()
{
    const QByteArray state = m_window->saveState();
    m_window->setPresentationMode(true);
    QVERIFY(m_window->isPresenting());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isPresenting());
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/state")).toByteArray(), state);
}

// The offscreen platform's screen is 800x800 by default: make it a 1920x1080 projector (1024x768 is
// checked with renderFrame()).
int main(int argc, char** argv)
{
    QByteArray config;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("dosi_test_presentation_screen_%1.json")
                                                                 .arg(QCoreApplication::applicationPid()));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(R"({"screens": [{"name": "Projector", "x": 0, "y": 0, "width": 1920, "height": 1080,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            config = path.toLocal8Bit();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config);
        }
    }
    int rc = 0;
    {
        QApplication app(argc, argv);
        app.setAttribute(Qt::AA_Use96Dpi, true);
        TestPresentation test;
        QTEST_SET_MAIN_SOURCE_PATH
        rc = QTest::qExec(&test, argc, argv);
    }
    if (!config.isEmpty()) QFile::remove(QString::fromLocal8Bit(config));
    return rc;
}

#include "test_presentation.moc"
