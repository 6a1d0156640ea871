// GUI smoke test of the main window (offscreen): open a project, first frame, layer panel,
// visibility, order, time slider, Save As round trip, bad files, unsaved-changes prompt,
// live language switch, coordinates in the status bar.
#include "AppFixture.h"
#include "DesktopApp.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "RecentFiles.h"
#include "SettingsDialog.h"
#include "ThematicPanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QListWidget>
#include <sqlite3.h>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dosi;
using namespace dosi::desktop;

namespace {

class TestWindow : public MainWindow {
public:
    using MainWindow::MainWindow;
    QStringList errors;
    int prompts = 0;
    SaveChoice answer = SaveChoice::Discard;
    QString savePath;

protected:
    void showError(const QString&, const QString& message) override { errors << message; }
    SaveChoice askSaveChanges() override
    {
        ++prompts;
        return answer;
    }
    QString askSavePath() override { return savePath; }
    QString askOpenPath() override { return {}; }
};

using dosi::testing::differingShare;

// Distinct colours in the image (coarsely quantised).
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage x = image.convertToFormat(QImage::Format_RGB32);
    for (int row = 0; row < x.height(); row += 3) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        for (int col = 0; col < x.width(); col += 3) colours.insert(p[col] & 0xf0f0f0);
    }
    return int(colours.size());
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensProjectAndRendersFirstFrame();
    void layerPanelListsLayers();
    void statusBarShowsCoordinates();
    void visibilityChangesImage();
    void layerOrderGoesToStore();
    void timeSliderChangesImageAndLabel();
    void selectingAnotherThematicLayer();
    void zoomAndPan();
    void saveAsRoundTrip();
    void badFilesLeaveProjectOpen();
    void unsavedChangesPrompt();
    void languageSwitchesLive();
    void recentFilesKeepEightExisting();
    void hangulFont();

private:
    bool waitForNewFrame(int before, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    QString m_fixture;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
};

bool TestMainWindow::waitForNewFrame(int before, int timeoutMs)
{
    MapCanvas* canvas = m_window->canvas();
    return QTest::qWaitFor([&] { return canvas->frameCount() > before && !canvas->isRendering(); }, timeoutMs);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DosiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.dosi"));
    const QString error = testing::writeFixtureProject(m_fixture);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->resize(1400, 900);   // room for the map beside the layer, chart and time docks
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestMainWindow::opensProjectAndRendersFirstFrame()
{
    const int before = m_window->canvas()->frameCount();
    QVERIFY(m_window->openProject(m_fixture));
    QVERIFY(m_window->errors.isEmpty());
    QVERIFY(waitForNewFrame(before));
    const QImage frame = m_window->canvas()->frame();
    QVERIFY(!frame.isNull());
    QVERIFY2(colourCount(frame) >= 5, "the choropleth should show several class colours");
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fixture.dosi")));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(RecentFiles().files().contains(QFileInfo(m_fixture).canonicalFilePath()));

    // Default thematic map: the first measure layer, first field, first time, quantile:5.
    const ThematicChoice c = m_window->thematicPanel()->choice();
    QCOMPARE(c.layer, QStringLiteral("pop"));
    QCOMPARE(c.field, QStringLiteral("total"));
    QCOMPARE(c.time, QStringLiteral("2019-03-04T00"));
    QCOMPARE(c.classes, QStringLiteral("quantile:5"));
    QCOMPARE(m_window->thematicPanel()->times().size(), 24);
}

void TestMainWindow::layerPanelListsLayers()
{
    // Top of the list = drawn last.
    QCOMPARE(m_window->layerPanel()->displayedNames(),
             (QStringList{QStringLiteral("gu_pop"), QStringLiteral("pop"), QStringLiteral("gu"), QStringLiteral("dongs")}));
    for (const QString& name : m_window->layerPanel()->displayedNames())
        QVERIFY(m_window->layerPanel()->isLayerChecked(name));
    // One choropleth at a time: the first measure layer, although "gu_pop" is above it.
    QCOMPARE(m_window->layerPanel()->activeThematic(), QStringLiteral("pop"));
}

void TestMainWindow::statusBarShowsCoordinates()
{
    MapCanvas* canvas = m_window->canvas();
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));   // layout settled, nothing pending
    const QPoint centre(canvas->width() / 2, canvas->height() / 2);
    QTest::mouseMove(canvas, centre);
    QTRY_VERIFY(!m_window->coordinateText().isEmpty());
    const QRegularExpression re(QStringLiteral("^E ([\\d,]+) N ([\\d,]+) \\(EPSG:5179\\)$"));
    const auto m = re.match(m_window->coordinateText());
    QVERIFY2(m.hasMatch(), qPrintable(m_window->coordinateText()));
    const QPointF expected = canvas->view().toMap(QPointF(centre));
    QVERIFY(qAbs(m.captured(1).remove(QLatin1Char(',')).toDouble() - expected.x()) <= 1.0);
    QVERIFY(qAbs(m.captured(2).remove(QLatin1Char(',')).toDouble() - expected.y()) <= 1.0);
    // The fixture lies at 950,000-954,000 E, 1,950,000-1,953,000 N; the view centres on it.
    QVERIFY(expected.x() > 950000 && expected.x() < 954000);
    QVERIFY(expected.y() > 1950000 && expected.y() < 1953000);
    QCOMPARE(MapCanvas::coordinateText(QPointF(953064.4, 1954061.6)), QStringLiteral("E 953,064 N 1,954,062 (EPSG:5179)"));
}

void TestMainWindow::visibilityChangesImage()
{
    MapCanvas* canvas = m_window->canvas();
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));   // nothing pending
    const QImage shown = canvas->frame();
    int before = canvas->frameCount();
    m_window->layerPanel()->setLayerChecked(QStringLiteral("pop"), false);
    QVERIFY(waitForNewFrame(before));
    const QImage hidden = canvas->frame();
    QVERIFY2(differingShare(shown, hidden) > 0.05, "hiding the thematic layer must change the map");
    QCOMPARE(m_window->session()->store()->layer(QStringLiteral("pop"))->visible, false);
    QVERIFY(m_window->isWindowModified());

    before = canvas->frameCount();
    m_window->layerPanel()->setLayerChecked(QStringLiteral("pop"), true);
    QVERIFY(waitForNewFrame(before));
    QVERIFY(differingShare(shown, canvas->frame()) < 0.01);
    QCOMPARE(m_window->session()->store()->layer(QStringLiteral("pop"))->visible, true);
}

void TestMainWindow::layerOrderGoesToStore()
{
    LayerPanel* panel = m_window->layerPanel();
    QSignalSpy spy(panel, &LayerPanel::orderChanged);
    panel->setCurrentLayer(QStringLiteral("gu"));
    panel->moveCurrent(+1);   // below "dongs"
    QCOMPARE(spy.count(), 1);
    QCOMPARE(panel->displayedNames(),
             (QStringList{QStringLiteral("gu_pop"), QStringLiteral("pop"), QStringLiteral("dongs"), QStringLiteral("gu")}));
    QStringList storeOrder;
    for (const LayerInfo& l : m_window->session()->store()->layers()) storeOrder << l.name;
    QCOMPARE(storeOrder, (QStringList{QStringLiteral("gu"), QStringLiteral("dongs"), QStringLiteral("pop"), QStringLiteral("gu_pop")}));
    panel->moveCurrent(-1);   // back
    storeOrder.clear();
    for (const LayerInfo& l : m_window->session()->store()->layers()) storeOrder << l.name;
    QCOMPARE(storeOrder, (QStringList{QStringLiteral("dongs"), QStringLiteral("gu"), QStringLiteral("pop"), QStringLiteral("gu_pop")}));

    // Drag & drop moves model rows; the panel reports the new order once the drop settled.
    QAbstractItemModel* model = panel->listWidget()->model();
    QVERIFY(model->moveRow(QModelIndex(), 3, QModelIndex(), 0));   // "dongs" to the top
    QTRY_COMPARE(spy.count(), 3);
    storeOrder.clear();
    for (const LayerInfo& l : m_window->session()->store()->layers()) storeOrder << l.name;
    QCOMPARE(storeOrder, (QStringList{QStringLiteral("gu"), QStringLiteral("pop"), QStringLiteral("gu_pop"), QStringLiteral("dongs")}));
    QVERIFY(model->moveRow(QModelIndex(), 0, QModelIndex(), 4));   // and back to the bottom
    QTRY_COMPARE(spy.count(), 4);
    QCOMPARE(panel->bottomToTop(),
             (QStringList{QStringLiteral("dongs"), QStringLiteral("gu"), QStringLiteral("pop"), QStringLiteral("gu_pop")}));
}

void TestMainWindow::timeSliderChangesImageAndLabel()
{
    MapCanvas* canvas = m_window->canvas();
    ThematicPanel* panel = m_window->thematicPanel();
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
    const QImage first = canvas->frame();
    const QString firstLabel = panel->timeLabelText();
    QVERIFY2(firstLabel.contains(QStringLiteral("2019-03-04")) && firstLabel.contains(QStringLiteral("00:00")),
             qPrintable(firstLabel));

    const int before = canvas->frameCount();
    panel->timeSlider()->setValue(1);
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(panel->choice().time, QStringLiteral("2019-03-04T01"));
    QVERIFY2(panel->timeLabelText().contains(QStringLiteral("01:00")), qPrintable(panel->timeLabelText()));
    QVERIFY2(differingShare(first, canvas->frame()) > 0.05, "the ranking reverses every hour");

    // Playing steps through the times.
    panel->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(panel->timeIndex() >= 3, 10000);
    panel->setPlaying(false);
    QVERIFY(!panel->isPlaying());
    panel->setTimeIndex(1);
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
}

void TestMainWindow::selectingAnotherThematicLayer()
{
    MapCanvas* canvas = m_window->canvas();
    ThematicPanel* panel = m_window->thematicPanel();
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
    const QImage dongs = canvas->frame();

    int before = canvas->frameCount();
    m_window->layerPanel()->setCurrentLayer(QStringLiteral("gu_pop"));
    QCOMPARE(panel->activeLayer(), QStringLiteral("gu_pop"));
    QCOMPARE(panel->times(), (QStringList{QStringLiteral("2017"), QStringLiteral("2018"), QStringLiteral("2019")}));
    QCOMPARE(panel->choice().field, QStringLiteral("pop"));
    QVERIFY2(panel->timeLabelText().startsWith(QStringLiteral("2017")), qPrintable(panel->timeLabelText()));
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(m_window->layerPanel()->activeThematic(), QStringLiteral("gu_pop"));
    QVERIFY2(differingShare(dongs, canvas->frame()) > 0.05, "two 자치구 instead of twelve 행정동");
    QVERIFY(colourCount(canvas->frame()) < colourCount(dongs));

    before = canvas->frameCount();
    m_window->layerPanel()->setCurrentLayer(QStringLiteral("pop"));
    QCOMPARE(panel->activeLayer(), QStringLiteral("pop"));
    QVERIFY(waitForNewFrame(before));
    panel->setTimeIndex(1);
    QVERIFY(waitForNewFrame(canvas->frameCount() - 1));
}

void TestMainWindow::zoomAndPan()
{
    MapCanvas* canvas = m_window->canvas();
    const double mpp = canvas->view().metresPerPixel();
    int before = canvas->frameCount();
    canvas->zoomIn();
    QVERIFY(canvas->view().metresPerPixel() < mpp);
    QVERIFY(waitForNewFrame(before));
    QVERIFY(canvas->frameView() == canvas->view());

    const QPointF centre = canvas->view().center();
    before = canvas->frameCount();
    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(canvas, QPoint(150, 120));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(150, 120));
    QVERIFY(waitForNewFrame(before));
    // Dragging right moves the view west (the map follows the mouse).
    QVERIFY(canvas->view().center().x() < centre.x());
    canvas->zoomOut();
    QVERIFY(canvas->view().metresPerPixel() > canvas->view().metresPerPixel() / 2);
}

void TestMainWindow::saveAsRoundTrip()
{
    // Make a change that must survive: hide the outlines.
    m_window->layerPanel()->setLayerChecked(QStringLiteral("gu"), false);
    QVERIFY(m_window->isWindowModified());
    const QString copy = m_dir.filePath(QStringLiteral("copy"));   // suffix added
    QVERIFY(m_window->saveProjectAs(copy));
    QVERIFY(m_window->errors.isEmpty());
    const QString saved = copy + QStringLiteral(".dosi");
    QVERIFY(QFile::exists(saved));
    QCOMPARE(QFileInfo(m_window->session()->filePath()).fileName(), QStringLiteral("copy.dosi"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("copy.dosi")));
    QVERIFY(!m_window->isWindowModified());

    auto reopened = ProjectStore::open(saved);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    QCOMPARE(reopened.value()->layers().size(), 4);
    QCOMPARE(reopened.value()->layer(QStringLiteral("gu"))->visible, false);
    QCOMPARE(reopened.value()->measureTimes(QStringLiteral("pop")).value().size(), 24);
    QCOMPARE(RecentFiles().files().first(), QFileInfo(saved).canonicalFilePath());
}

void TestMainWindow::badFilesLeaveProjectOpen()
{
    const QString current = m_window->session()->filePath();
    const QStringList layersBefore = m_window->layerPanel()->displayedNames();

    // Not a project at all.
    const QString text = m_dir.filePath(QStringLiteral("notes.dosi"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a Dosi project\n");
    }
    // A project cut in half.
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.dosi"));
    {
        QFile src(m_fixture);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray all = src.readAll();
        QFile dst(truncated);
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(all.left(all.size() / 3));
    }
    // A project from a newer Dosi.
    const QString newer = m_dir.filePath(QStringLiteral("newer.dosi"));
    QVERIFY(QFile::copy(m_fixture, newer));
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(newer).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE dosi_meta SET value = '999' WHERE key = 'schema_version'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    for (const QString& bad : {text, truncated, newer, m_dir.filePath(QStringLiteral("missing.dosi"))}) {
        m_window->errors.clear();
        QVERIFY(!m_window->openProject(bad));
        QCOMPARE(m_window->errors.size(), 1);
        QVERIFY2(m_window->errors.first().contains(QFileInfo(bad).fileName()), qPrintable(m_window->errors.first()));
        QCOMPARE(m_window->session()->filePath(), current);
        QCOMPARE(m_window->layerPanel()->displayedNames(), layersBefore);
        QVERIFY(m_window->session()->store()->hasLayer(QStringLiteral("pop")));
        QVERIFY(!RecentFiles().files().contains(bad));
    }
    m_window->errors.clear();
}

void TestMainWindow::unsavedChangesPrompt()
{
    m_window->layerPanel()->setLayerChecked(QStringLiteral("gu"), true);
    QVERIFY(m_window->isWindowModified());
    const QString current = m_window->session()->filePath();

    m_window->prompts = 0;
    m_window->answer = MainWindow::SaveChoice::Cancel;
    QVERIFY(!m_window->newProject());
    QCOMPARE(m_window->prompts, 1);
    QCOMPARE(m_window->session()->filePath(), current);

    m_window->answer = MainWindow::SaveChoice::Save;
    QVERIFY(m_window->openProject(m_fixture));   // saves copy.dosi, then opens the fixture
    QCOMPARE(m_window->prompts, 2);
    QCOMPARE(ProjectStore::open(current).value()->layer(QStringLiteral("gu"))->visible, true);

    m_window->layerPanel()->setLayerChecked(QStringLiteral("dongs"), false);
    m_window->answer = MainWindow::SaveChoice::Discard;
    QVERIFY(m_window->newProject());
    QCOMPARE(m_window->prompts, 3);
    QVERIFY(m_window->session()->isUntitled());
    QVERIFY(m_window->layerPanel()->displayedNames().isEmpty());
    QCOMPARE(ProjectStore::open(m_fixture).value()->layer(QStringLiteral("dongs"))->visible, true);   // discarded

    QVERIFY(m_window->openProject(m_fixture));
    QCOMPARE(m_window->prompts, 3);   // nothing to save in an untouched new project
}

void TestMainWindow::languageSwitchesLive()
{
    QCOMPARE(m_window->fileMenu()->title(), QStringLiteral("&File"));
    {
        SettingsDialog dialog(m_language.get(), m_window.get());
        QCOMPARE(dialog.selectedLanguage(), QStringLiteral("en"));
        dialog.setSelectedLanguage(QStringLiteral("ko"));
        dialog.accept();   // applies and stores
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("설정"));   // LanguageChange is posted
    }
    QTRY_COMPARE(m_window->fileMenu()->title(), QStringLiteral("파일(&F)"));
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("ko"));
    QVERIFY(m_window->layerPanel()->findChild<QLabel*>()->text() != QStringLiteral("Top of the list is drawn on top. Drag layers to reorder them."));
    QVERIFY2(m_window->thematicPanel()->timeLabelText().contains(QStringLiteral("월")), qPrintable(m_window->thematicPanel()->timeLabelText()));

    const int before = m_window->canvas()->frameCount();
    QVERIFY(waitForNewFrame(before));   // legends are rebuilt in the new language

    m_language->apply(QStringLiteral("en"), true);
    QTRY_COMPARE(m_window->fileMenu()->title(), QStringLiteral("&File"));
}

void TestMainWindow::recentFilesKeepEightExisting()
{
    RecentFiles recent(QStringLiteral("test/recent"));
    recent.clear();
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << m_dir.filePath(QStringLiteral("recent%1.dosi").arg(i));
        QFile f(paths.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        recent.add(paths.last());
    }
    QStringList files = recent.files();
    QCOMPARE(files.size(), RecentFiles::MaxEntries);
    QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("recent9.dosi"));
    QCOMPARE(QFileInfo(files.last()).fileName(), QStringLiteral("recent2.dosi"));
    recent.add(paths.at(5));   // to the front, no duplicate
    files = recent.files();
    QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("recent5.dosi"));
    QCOMPARE(files.size(), RecentFiles::MaxEntries);
    QVERIFY(QFile::remove(paths.at(9)));
    files = recent.files();
    QCOMPARE(files.size(), RecentFiles::MaxEntries - 1);
    for (const QString& f : files) QVERIFY(!f.endsWith(QStringLiteral("recent9.dosi")));
    QCOMPARE(QSettings().value(QStringLiteral("test/recent")).toStringList().size(), RecentFiles::MaxEntries - 1);
}

void TestMainWindow::hangulFont()
{
    const bool installed = QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK KR"));
    QCOMPARE(applyHangulFont(*qApp), installed);
    if (!installed) QSKIP("fonts-noto-cjk is not installed");
    QCOMPARE(QApplication::font().family(), QStringLiteral("Noto Sans CJK KR"));
    QVERIFY(QFontMetrics(QApplication::font()).inFont(QChar(0xD589)));   // 행
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
