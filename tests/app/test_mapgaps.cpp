// GUI test on the sample project (offscreen) of the map's remaining issue-4 pieces:
//  - the initial view and zoom to layer keep the data clear of the legends, which never overlap
//    (dong choropleth; commuting flows with the net inflow choropleth);
//  - the animation export writes what a comparison shows: difference frames equal the map drawn for
//    that hour, side-by-side frames equal the side-by-side picture, period B fixed or moving with A;
//  - Edit > Undo / Redo: bookmarks added, updated, renamed and deleted come back exactly; layer
//    visibility, order and opacity; the thematic style; the history is cleared by opening a project;
//  - the chart of a derived field (소멸위험지수, age groups, total of the bands) has the derived values.
#include "AppFixture.h"
#include "CanvasWait.h"
#include "AnimationExporter.h"
#include "BookmarkPanel.h"
#include "ChartPanel.h"
#include "ComparePanel.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "QuietWindow.h"
#include "ThematicPanel.h"
#include "TimeController.h"
#include "UndoHistory.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/DecorationLayout.h"
#include "dosi/gis/ThematicCompare.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace dosi;
using namespace dosi::desktop;

namespace {

using TestWindow = dosi::testing::QuietWindow;
using dosi::testing::differingShare;

const QString Sajik = QStringLiteral("1111053000");     // 사직동
const QString Samcheong = QStringLiteral("1111054000"); // 삼청동
const QStringList BandUnits{Sajik, Samcheong, QStringLiteral("1111055000"), QStringLiteral("1111056000")};

QStringList bandFields()
{
    QStringList fields;
    for (const QString& sex : {QStringLiteral("male"), QStringLiteral("female")})
        for (const char* b : {"0_9", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54", "55_59",
                              "60_64", "65_69", "70_plus"})
            fields << sex + QLatin1Char('_') + QLatin1String(b);
    return fields;
}

// Adds "bands": the 28 official age/sex bands (no total) of four dongs over 24 hours, with one masked
// and one missing value, so that the map and the chart derive every total.
QString addBandLayer(const QString& project)
{
    auto opened = ProjectStore::open(project);
    if (!opened) return opened.errorMessage();
    ProjectStore& store = *opened.value();
    LayerInfo info;
    info.name = QStringLiteral("bands");
    info.title = QStringLiteral("Living population by age and sex");
    info.kind = LayerKind::Measure;
    info.geometryLayer = QStringLiteral("dong");
    info.timeKind = TimeKind::Hour;
    MeasureTable t;
    t.fields = bandFields();
    t.columns.resize(t.fields.size());
    for (const QString& f : t.fields) info.fields << FieldInfo{f, FieldType::Real, {}};
    for (int u = 0; u < BandUnits.size(); ++u) {
        for (int h = 0; h < 24; ++h) {
            QVector<double> v;
            for (int b = 0; b < t.fields.size(); ++b) v << double(((u + 3) * 37 + b * 11 + h * 5) % 97 + 4 + (b >= 14 ? h : 0));
            if (u == 0 && h == 5) v[14 + 3] = maskedValue();    // female 20-24 masked
            if (u == 1 && h == 7) v[12] = missingValue();        // male 65-69 missing
            t.addRow(BandUnits.at(u), hourKey(QDate(2019, 3, 4), h), v);
        }
    }
    if (auto r = store.addMeasureLayer(info, t); !r) return r.errorMessage();
    if (auto r = store.save(); !r) return r.errorMessage();
    return {};
}

// With DOSI_SCREENSHOT_DIR set, keeps a copy of an exported frame there.
void keep(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("DOSI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QRectF screenRect(const gis::MapView& view, const Envelope& e)
{
    return QRectF(view.toScreen(QPointF(e.minX, e.maxY)), view.toScreen(QPointF(e.maxX, e.minY)));
}

bool sameBookmarks(const QList<Bookmark>& a, const QList<Bookmark>& b)
{
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || a[i].state != b[i].state || a[i].created != b[i].created) return false;
    return true;
}

QString names(const QList<Bookmark>& list)
{
    QStringList out;
    for (const Bookmark& b : list) out << b.name;
    return out.join(QLatin1Char(','));
}

// The sum of `fields` of row r (NaN when any is missing, masked when any is masked and none missing).
double sumOf(const MeasureTable& t, const QStringList& fields, int r)
{
    double sum = 0;
    bool masked = false;
    for (const QString& f : fields) {
        const double v = t.columns.at(t.fieldIndex(f)).at(r);
        if (isMissing(v)) return missingValue();
        if (isMasked(v)) masked = true;
        else sum += v;
    }
    return masked ? maskedValue() : sum;
}

}  // namespace

class TestMapGaps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void initialViewClearOfLegends();
    void flowLegendsStacked();
    void differenceAnimation();
    void sideBySideAnimation();
    void undoBookmarks();
    void undoLayersAndStyle();
    void historyClearedOnOpen();
    void derivedFieldChart();

private:
    bool waitForNewFrame(int before, int timeoutMs = 30000);
    const gis::ThematicLayer* drawnActive() const;
    QString exportFrames(const QString& name, int first, int last, bool followB);
    void checkClear(const Envelope& extent, int expectedLegends);

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
};

bool TestMapGaps::waitForNewFrame(int before, int timeoutMs)
{
    return dosi::testing::waitForNewFrame(m_window->canvas(), before, timeoutMs);
}

const gis::ThematicLayer* TestMapGaps::drawnActive() const
{
    return dosi::testing::drawnActive(m_window->canvas());
}

void TestMapGaps::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = dosi::testing::startWithSample(QStringLiteral("test_mapgaps"), m_dir);
    if (m_project.isEmpty()) QSKIP("the sample project (resources/sample.dosi) has not been built");
    const QString added = addBandLayer(m_project);
    QVERIFY2(added.isEmpty(), qPrintable(added));

    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    QVERIFY(dosi::testing::showActive(m_window.get(), QSize(1400, 900)));
    const int before = m_window->canvas()->frameCount();
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(m_window->thematicPanel()->activeLayer(), QStringLiteral("living_population"));
}

void TestMapGaps::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

// At the canvas's view, no decoration box covers the extent and no two boxes overlap.
void TestMapGaps::checkClear(const Envelope& extent, int expectedLegends)
{
    const gis::RenderRequest req = m_window->canvas()->renderRequest();
    const gis::DecorationFootprint f = gis::decorationFootprint(req);
    QCOMPARE(f.legends().size(), expectedLegends);
    const QRectF data = screenRect(req.view, extent);
    const QVector<QRectF> boxes = f.all();
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY2(!boxes[i].intersects(data), qPrintable(QStringLiteral("box %1 at %2,%3 over the data").arg(i).arg(boxes[i].x()).arg(boxes[i].y())));
        for (int j = i + 1; j < boxes.size(); ++j) QVERIFY(!boxes[i].intersects(boxes[j]));
    }
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(req.view.size())).contains(data));
}

void TestMapGaps::initialViewClearOfLegends()
{
    // The view the project opened with: Seoul's dongs with values, clear of legend, title, north
    // arrow, scale bar and source line.
    const gis::ThematicLayer* active = drawnActive();
    QVERIFY(active);
    checkClear(active->valueExtent, 1);
    // After a resize and zoom to the layer again.
    m_window->resize(1100, 760);
    QTRY_VERIFY(m_window->canvas()->view().size() == m_window->canvas()->size());
    m_window->canvas()->zoomToExtent(active->valueExtent);
    checkClear(drawnActive()->valueExtent, 1);
    m_window->resize(1400, 900);
    QTRY_VERIFY(m_window->canvas()->view().size() == m_window->canvas()->size());
}

void TestMapGaps::flowLegendsStacked()
{
    MapCanvas* canvas = m_window->canvas();
    const Envelope fitted = drawnActive()->valueExtent;   // the view was last fitted to it (above)
    int before = canvas->frameCount();
    QVERIFY(m_window->thematicPanel()->setActiveLayer(QStringLiteral("commuting")));
    QVERIFY(waitForNewFrame(before));
    QVERIFY(canvas->flows());
    // The map had not been moved since it was fitted: the taller legends of the flow map made it fit
    // again, clear of them.
    checkClear(fitted, 2);
    const gis::ThematicLayer* net = drawnActive();
    QVERIFY(net);
    Envelope extent = net->valueExtent;
    for (const gis::FlowLine& l : canvas->flows()->lines) {
        extent.expand(Envelope{l.from.x(), l.from.y(), l.from.x(), l.from.y()});
        extent.expand(Envelope{l.to.x(), l.to.y(), l.to.x(), l.to.y()});
    }
    canvas->zoomToExtent(extent);
    checkClear(extent, 2);   // the net inflow legend and the flow legend, apart
    const gis::DecorationBoxes b = gis::decorationBoxes(canvas->renderRequest());
    QVERIFY(b.flowLegend.bottom() <= b.legend.top() || b.flowLegend.left() >= b.legend.right());
    // Once the planner has moved the map, another legend leaves the view alone.
    canvas->panBy(QPointF(40, 0));
    const gis::MapView moved = canvas->view();
    before = canvas->frameCount();
    QVERIFY(m_window->thematicPanel()->setActiveLayer(QStringLiteral("living_population")));
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(canvas->view().center(), moved.center());
    QCOMPARE(canvas->view().metresPerPixel(), moved.metresPerPixel());
    canvas->zoomToExtent(drawnActive()->valueExtent);
}

QString TestMapGaps::exportFrames(const QString& name, int first, int last, bool followB)
{
    AnimationOptions options;
    options.folder = m_dir.filePath(name);
    options.size = m_window->canvas()->size();
    options.followB = followB;
    AnimationExporter* exporter = m_window->exportAnimation(options, first, last);
    if (!exporter) return {};
    QSignalSpy done(exporter, &AnimationExporter::finished);
    if (!done.wait(120000) || !done.first().at(0).toBool()) return {};
    return options.folder;
}

void TestMapGaps::differenceAnimation()
{
    ComparePanel* compare = m_window->comparePanel();
    TimeController* time = m_window->timeController();
    MapCanvas* canvas = m_window->canvas();
    QCOMPARE(time->times().at(14), QStringLiteral("2019-03-04T14"));
    int before = canvas->frameCount();
    time->setIndex(14);
    compare->setSpan(ComparePanel::Span::Step);
    QVERIFY(compare->setPeriodB(QStringLiteral("2020-03-09T14")));
    compare->setMode(CompareMode::Difference);
    QVERIFY(waitForNewFrame(before));

    // The difference map of 14:00 as the window draws it, with the frames' title and periods.
    auto screenFrame = [&] {
        gis::RenderRequest req = canvas->renderRequest();
        const gis::ThematicLayer* active = drawnActive();
        const QStringList lines = active->legend.title.split(QLatin1Char('\n'));
        gis::MapDecorations d;
        d.title = lines.value(0);
        d.timeStamp = lines.mid(1).join(QStringLiteral(" · "));
        d.sourceLine = canvas->decorations().sourceLine;
        req.decorations = d;
        req.devicePixelRatio = 1.0;
        return gis::renderMap(req);
    };
    const gis::ThematicLayer* active = drawnActive();
    QVERIFY(active);
    QVERIFY(active->legend.title.contains(QStringLiteral("A − B")));
    const QImage at14 = screenFrame();

    // B fixed: frames of 13:00, 14:00 and 15:00, each minus 2020-03-09 14:00.
    const QString folder = exportFrames(QStringLiteral("difference"), 13, 15, false);
    QVERIFY2(!folder.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const QImage frame13(QDir(folder).filePath(AnimationExporter::frameName(1)));
    const QImage frame14(QDir(folder).filePath(AnimationExporter::frameName(2)));
    QCOMPARE(frame14.size(), canvas->size());
    keep(frame14, QStringLiteral("animation_difference_14h"));
    const double same = differingShare(frame14, at14);
    QVERIFY2(same < 0.0005, qPrintable(QString::number(same)));
    QVERIFY(differingShare(frame13, frame14) > 0.002);

    // B moving with A: the 15:00 frame compares with 2020-03-09 15:00.
    const QString moving = exportFrames(QStringLiteral("difference_follow"), 14, 15, true);
    QVERIFY2(!moving.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const QImage follow14(QDir(moving).filePath(AnimationExporter::frameName(1)));
    const QImage follow15(QDir(moving).filePath(AnimationExporter::frameName(2)));
    QVERIFY(differingShare(follow14, at14) < 0.0005);
    before = canvas->frameCount();
    time->setIndex(15);
    QVERIFY(compare->setPeriodB(QStringLiteral("2020-03-09T15")));
    QVERIFY(waitForNewFrame(before));
    const double follow = differingShare(follow15, screenFrame());
    QVERIFY2(follow < 0.0005, qPrintable(QString::number(follow)));
    // A moved B must stay on the axis.
    m_window->errors.clear();
    AnimationOptions options;
    options.folder = m_dir.filePath(QStringLiteral("off_axis"));
    options.followB = true;
    QVERIFY(!m_window->exportAnimation(options, 15, 335));   // B would run 15 h past the end
    QCOMPARE(m_window->errors.size(), 1);
    QVERIFY(!QFileInfo::exists(options.folder));
    m_window->errors.clear();
}

void TestMapGaps::sideBySideAnimation()
{
    ComparePanel* compare = m_window->comparePanel();
    TimeController* time = m_window->timeController();
    MapCanvas* canvas = m_window->canvas();
    time->setIndex(14);
    QVERIFY(compare->setPeriodB(QStringLiteral("2020-03-09T14")));
    compare->setMode(CompareMode::SideBySide);
    QTRY_VERIFY(!canvas->overlay().isNull());
    const QImage shown = canvas->overlay();
    const QString folder = exportFrames(QStringLiteral("side"), 14, 15, false);
    QVERIFY2(!folder.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const QImage frame(QDir(folder).filePath(AnimationExporter::frameName(1)));
    QCOMPARE(frame.size(), shown.size());
    keep(frame, QStringLiteral("animation_side_by_side_14h"));
    const double differ = differingShare(frame, shown);
    QVERIFY2(differ < 0.0005, qPrintable(QString::number(differ)));
    const QImage next(QDir(folder).filePath(AnimationExporter::frameName(2)));
    QVERIFY(differingShare(frame, next) > 0.001);   // 15:00 on the A side
    const int before = canvas->frameCount();
    compare->setMode(CompareMode::None);
    QVERIFY(waitForNewFrame(before));
}

void TestMapGaps::undoBookmarks()
{
    BookmarkPanel* panel = m_window->bookmarkPanel();
    ProjectStore* store = m_window->session()->store();
    QUndoStack* stack = m_window->undoHistory()->stack();
    TimeController* time = m_window->timeController();
    // Edit > Undo with Ctrl+Z, Edit > Redo with Ctrl+Shift+Z and Ctrl+Y.
    QVERIFY(m_window->editMenu()->actions().contains(m_window->undoAction()));
    QVERIFY(m_window->undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(m_window->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(m_window->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(m_window->session()->save().ok());
    QVERIFY(!m_window->isWindowModified());
    stack->clear();

    QList<QList<Bookmark>> states{store->bookmarks()};
    time->setIndex(8);
    QVERIFY(panel->addBookmark(QStringLiteral("Morning")));
    states << store->bookmarks();
    QVERIFY(m_window->isWindowModified());
    time->setIndex(20);
    QVERIFY(panel->addBookmark(QStringLiteral("Evening")));
    states << store->bookmarks();
    QVERIFY(panel->renameBookmark(QStringLiteral("Morning"), QStringLiteral("Dawn")));
    states << store->bookmarks();
    time->setIndex(5);
    QVERIFY(panel->addBookmark(QStringLiteral("Dawn")));   // updated: a new time, same place
    states << store->bookmarks();
    QVERIFY(panel->removeBookmark(QStringLiteral("Dawn")));   // the first of two
    states << store->bookmarks();
    QCOMPARE(stack->count(), 5);
    QCOMPARE(names(states[4]), QStringLiteral("Dawn,Evening"));
    QVERIFY(states[4][0].state != states[3][0].state);
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Delete Bookmark")));

    for (int i = 4; i >= 0; --i) {
        m_window->undoAction()->trigger();
        QVERIFY2(sameBookmarks(store->bookmarks(), states[i]), qPrintable(QStringLiteral("undo to %1: %2").arg(i).arg(names(store->bookmarks()))));
        QStringList shown;
        for (const Bookmark& b : states[i]) shown << b.name;
        QCOMPARE(panel->names(), shown);
    }
    QVERIFY(!m_window->undoAction()->isEnabled());
    // Back at the saved bookmarks, the project still counts as edited (it was written to).
    QVERIFY(m_window->isWindowModified());
    for (int i = 1; i <= 5; ++i) {
        m_window->redoAction()->trigger();
        QVERIFY2(sameBookmarks(store->bookmarks(), states[i]), qPrintable(QStringLiteral("redo to %1").arg(i)));
    }
    QVERIFY(!m_window->redoAction()->isEnabled());
    // After saving, an undo marks the window modified again; the undone state is what is saved.
    QVERIFY(m_window->session()->save().ok());
    QVERIFY(!m_window->isWindowModified());
    m_window->canvas()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QTRY_VERIFY(sameBookmarks(store->bookmarks(), states[4]));
    QVERIFY(m_window->isWindowModified());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Y));
    QTRY_VERIFY(sameBookmarks(store->bookmarks(), states[5]));
    // A new edit after an undo drops the redo.
    m_window->undoAction()->trigger();
    QVERIFY(panel->addBookmark(QStringLiteral("Noon")));
    QVERIFY(!stack->canRedo());
    m_window->undoAction()->trigger();
    QVERIFY(sameBookmarks(store->bookmarks(), states[4]));
}

void TestMapGaps::undoLayersAndStyle()
{
    ProjectStore* store = m_window->session()->store();
    LayerPanel* layers = m_window->layerPanel();
    QUndoStack* stack = m_window->undoHistory()->stack();
    stack->clear();
    const LayerDisplay before = LayerDisplay::of(*store);
    QVERIFY(before.visible.value(QStringLiteral("gu")));
    layers->setLayerChecked(QStringLiteral("gu"), false);
    QVERIFY(!store->layer(QStringLiteral("gu"))->visible);
    layers->setCurrentLayer(QStringLiteral("gu"));
    layers->moveCurrent(+1);
    const LayerDisplay moved = LayerDisplay::of(*store);
    QVERIFY(moved.order != before.order);
    layers->setCurrentLayer(QStringLiteral("dong"));
    for (int v : {80, 60, 40}) layers->opacitySlider()->setValue(v);   // one step while the slider moves
    QCOMPARE(store->layer(QStringLiteral("dong"))->style.value(QStringLiteral("opacity")).toDouble(), 0.4);
    QCOMPARE(stack->count(), 3);
    const LayerDisplay after = LayerDisplay::of(*store);

    m_window->undoAction()->trigger();   // opacity
    QVERIFY(LayerDisplay::of(*store) == moved);
    m_window->undoAction()->trigger();   // order
    m_window->undoAction()->trigger();   // visibility
    QVERIFY(LayerDisplay::of(*store) == before);
    QVERIFY(layers->isLayerChecked(QStringLiteral("gu")));
    QCOMPARE(layers->bottomToTop(), before.order);
    for (int i = 0; i < 3; ++i) m_window->redoAction()->trigger();
    QVERIFY(LayerDisplay::of(*store) == after);
    QVERIFY(!layers->isLayerChecked(QStringLiteral("gu")));
    for (int i = 0; i < 3; ++i) m_window->undoAction()->trigger();
    QVERIFY(LayerDisplay::of(*store) == before);

    // The thematic style: the method, the class count and the field, one step each.
    ThematicPanel* thematic = m_window->thematicPanel();
    const ThematicStyle style = thematic->style();
    QCOMPARE(style.classes, QStringLiteral("quantile:5"));
    thematic->setClasses(QStringLiteral("jenks:4"));
    thematic->setField(QStringLiteral("male"));
    QCOMPARE(stack->count(), 3);   // the undone layer steps were dropped
    const ThematicStyle changed = thematic->style();
    QCOMPARE(changed.classes, QStringLiteral("jenks:4"));
    QCOMPARE(changed.field, QStringLiteral("male"));
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Thematic")));
    m_window->undoAction()->trigger();
    QCOMPARE(thematic->style().field, style.field);
    QCOMPARE(thematic->style().classes, QStringLiteral("jenks:4"));
    m_window->undoAction()->trigger();
    QCOMPARE(thematic->style().classes, QStringLiteral("jenks:5"));
    m_window->undoAction()->trigger();
    QCOMPARE(thematic->style(), style);
    QCOMPARE(m_window->thematicPanel()->choice().classes, style.classes);
    for (int i = 0; i < 3; ++i) m_window->redoAction()->trigger();
    QCOMPARE(thematic->style(), changed);
    for (int i = 0; i < 3; ++i) m_window->undoAction()->trigger();
    QCOMPARE(thematic->style(), style);
    QTRY_VERIFY(!m_window->canvas()->isRendering());
    QCOMPARE(drawnActive()->field, style.field);
}

void TestMapGaps::historyClearedOnOpen()
{
    BookmarkPanel* panel = m_window->bookmarkPanel();
    QVERIFY(panel->addBookmark(QStringLiteral("Before reopening")));
    QVERIFY(m_window->undoHistory()->stack()->count() > 0);
    QVERIFY(m_window->undoAction()->isEnabled());
    const int before = m_window->canvas()->frameCount();
    QVERIFY(m_window->openProject(m_project));   // (changes discarded by the test window)
    QVERIFY(waitForNewFrame(before));
    QCOMPARE(m_window->undoHistory()->stack()->count(), 0);
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(!m_window->isWindowModified());
}

void TestMapGaps::derivedFieldChart()
{
    ThematicPanel* thematic = m_window->thematicPanel();
    ChartPanel* chart = m_window->chartPanel();
    const ProjectStore* store = m_window->session()->store();
    int before = m_window->canvas()->frameCount();
    QVERIFY(thematic->setActiveLayer(QStringLiteral("bands")));
    QVERIFY(waitForNewFrame(before));
    m_window->setSelectedUnits({Sajik, Samcheong});

    const QStringList f20_39{QStringLiteral("female_20_24"), QStringLiteral("female_25_29"), QStringLiteral("female_30_34"),
                             QStringLiteral("female_35_39")};
    const QStringList old{QStringLiteral("male_65_69"), QStringLiteral("male_70_plus"), QStringLiteral("female_65_69"),
                          QStringLiteral("female_70_plus")};
    const QStringList young{QStringLiteral("male_0_9"), QStringLiteral("male_10_14"), QStringLiteral("female_0_9"),
                            QStringLiteral("female_10_14")};
    for (const QString& field : {QStringLiteral("extinction_risk"), QStringLiteral("age_0_14"), QStringLiteral("total")}) {
        before = m_window->canvas()->frameCount();
        thematic->setField(field);
        QCOMPARE(thematic->choice().field, field);
        QVERIFY(waitForNewFrame(before));
        QCOMPARE(chart->fieldName(), field);
        QVERIFY(chart->isDerivedField());
        QCOMPARE(chart->units(), (QStringList{Sajik, Samcheong}));
        for (const QString& unit : {Sajik, Samcheong}) {
            // Independently: the unit's stored bands, summed and divided here.
            auto table = store->readUnitMeasures(QStringLiteral("bands"), unit);
            QVERIFY(table.ok());
            QCOMPARE(table->rowCount(), 24);
            const QVector<double> series = chart->series(unit);
            QCOMPARE(series.size(), 24);
            int values = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                const int i = int(m_window->timeController()->times().indexOf(table->times.at(r)));
                QVERIFY(i >= 0);
                double expected = 0;
                if (field == QStringLiteral("extinction_risk")) {
                    const double women = sumOf(table.value(), f20_39, r), elderly = sumOf(table.value(), old, r);
                    expected = isMissing(women) || isMissing(elderly) ? missingValue()
                               : isMasked(women) || isMasked(elderly) ? maskedValue()
                                                                      : women / elderly;
                } else {
                    expected = sumOf(table.value(), field == QStringLiteral("total") ? bandFields() : young, r);
                }
                if (!hasValue(expected)) {
                    QVERIFY2(std::isnan(series.at(i)), qPrintable(QStringLiteral("%1 %2 %3").arg(field, unit, table->times.at(r))));
                    continue;
                }
                QVERIFY2(std::abs(series.at(i) - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                         qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5").arg(field, unit, table->times.at(r)).arg(series.at(i)).arg(expected)));
                ++values;
            }
            QVERIFY(values >= 22);   // the masked hour (사직동 05:00) and the missing one (삼청동 07:00) are gaps
        }
        // The map shows the same value at the current time.
        const gis::ThematicLayer* active = drawnActive();
        QVERIFY(active);
        const int t = m_window->timeController()->index();
        for (int i = 0; i < active->data->codes.size(); ++i)
            if (active->data->codes.at(i) == Sajik && hasValue(active->values.at(i)))
                QVERIFY(std::abs(active->values.at(i) - chart->series(Sajik).at(t)) <= 1e-9 * std::max(1.0, std::abs(active->values.at(i))));
        QVERIFY2(!chart->message().contains(QStringLiteral("no chart")), qPrintable(chart->message()));
        keep(m_window->grab().toImage(), QStringLiteral("chart_derived_") + field);
    }
}

QTEST_MAIN(TestMapGaps)
#include "test_mapgaps.moc"
