// GUI test of the location-analysis panel on a copy of the sample project (offscreen, real widgets):
// the facility types' defaults; candidate sites drawn by clicking on the map; an MCLP (demand = dongs
// weighted by the living population at 2019-03-06T03, candidates = the 250 m grid cells, 1 km, p = 3)
// set up through the widgets and solved from the panel, whose stored run and shown figures equal the
// models API solving the same scenario directly, its layers on the map (sites over the coverage);
// saved scenarios; the coverage curve p = 1..5 (non-decreasing, charted, stored); Cancel of a larger
// run (every 250 m cell demand and candidate, exact) while it runs (nothing stored); bad input (a clear
// message, nothing stored); the runs side by side, shown again after saving and reopening the project
// (and a run's scenario loaded back into the editor); deleting a run.
//
// With DOSI_SCREENSHOT_DIR set (and a real display, e.g. under xvfb-run with QT_QPA_PLATFORM=xcb),
// screenshots of the screen are taken with ImageMagick's `import` at each step.
#include "AppFixture.h"
#include "LanguageManager.h"
#include "LocationCharts.h"
#include "LocationPanel.h"
#include "LocationResultsTab.h"
#include "LocationRunsTab.h"
#include "LocationScenarioEditor.h"
#include "LocationWidgets.h"
#include "MainWindow.h"
#include "QuietWindow.h"
#include "MapCanvas.h"
#include "RegenJob.h"
#include "RegenWidgets.h"
#include "ThematicPanel.h"

#include "dosi/models/LocationRun.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <qcustomplot.h>

using namespace dosi;
using namespace dosi::desktop;
using namespace dosi::models;

namespace {

using TestWindow = dosi::testing::QuietWindow;

bool waitJob(RegenJob* job, int timeoutMs = 240000)
{
    return QTest::qWaitFor([job] { return !job->isRunning(); }, timeoutMs);
}

bool choose(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i < 0) return false;
    combo->setCurrentIndex(i);
    return true;
}

const QString Time = QStringLiteral("2019-03-06T03");

}  // namespace

class TestLocationPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void typeDefaults();
    void drawCandidatesOnMap();
    void solveMclpFromPanel();
    void savedScenarios();
    void coverageCurve();
    void cancelLeavesNothing();
    void badInputShowsError();
    void runsSideBySide();
    void runsSurviveReopen();
    void deleteRun();

private:
    void shot(const QString& name, int settleMs = 600);
    ProjectStore* store() const { return m_window->session()->store(); }
    LocationPanel* panel() const { return m_window->locationPanel(); }
    LocationScenarioEditor* editor() const { return panel()->scenarioEditor(); }
    int locationRunCount() const;
    void setUpMclp();

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    qint64 m_mclpRun = 0, m_curveRun = 0;
    QMap<qint64, QString> m_titles;
};

void TestLocationPanel::shot(const QString& name, int settleMs) { dosi::testing::screenshot(name, settleMs); }

int TestLocationPanel::locationRunCount() const { return dosi::testing::runCount(*store(), QStringLiteral("locate.")); }

void TestLocationPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = dosi::testing::startWithSample(QStringLiteral("test_locationpanel"), m_dir);
    if (m_project.isEmpty()) QSKIP("the sample project (resources/sample.dosi) has not been built");

    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->resize(1580, 960);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    panel()->setConfirmHandler([](const QString&) { return true; });
    // Ctrl+Shift+L brings the panel to the front.
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionLocation"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    action->trigger();
    QVERIFY(panel()->isVisible());
    QCOMPARE(locationRunCount(), 0);
}

void TestLocationPanel::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestLocationPanel::typeDefaults()
{
    struct Case {
        FacilityType type;
        LocationModel model;
        double radius;
    };
    for (const Case& c : {Case{FacilityType::Cctv, LocationModel::Mclp, 300}, Case{FacilityType::EvCharger, LocationModel::Mclp, 500},
                          Case{FacilityType::FireStation, LocationModel::Lscp, 3000}, Case{FacilityType::Custom, LocationModel::Mclp, 1000}}) {
        editor()->applyTypeDefaults(c.type);
        auto s = editor()->scenario();
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(s->type, c.type);
        QCOMPARE(s->model, c.model);
        QCOMPARE(s->distance, DistanceMode::Euclidean);   // the sample has no road layer chosen
        QCOMPARE(s->radius, c.radius);
        QVERIFY(editor()->radiusSpin()->suffix().contains(QStringLiteral("m")));
    }
    // LSCP has no p; p-median and p-center have no service standard.
    QVERIFY(choose(editor()->modelCombo(), int(LocationModel::Lscp)));
    QVERIFY(!editor()->pSpin()->isEnabled());
    QVERIFY(choose(editor()->modelCombo(), int(LocationModel::PMedian)));
    QVERIFY(!editor()->radiusSpin()->isEnabled());
    QVERIFY(editor()->pSpin()->isEnabled());
    // Network distance: travel minutes, and a road layer must be chosen.
    QVERIFY(choose(editor()->distanceCombo(), int(DistanceMode::Network)));
    QVERIFY(editor()->radiusSpin()->suffix().contains(QStringLiteral("min")));
    shot(QStringLiteral("location_network"));
    auto s = editor()->scenario();
    QVERIFY(!s);
    QVERIFY(s.errorMessage().contains(QStringLiteral("road")));
    QVERIFY(choose(editor()->distanceCombo(), int(DistanceMode::Euclidean)));
}

void TestLocationPanel::drawCandidatesOnMap()
{
    MapCanvas* canvas = m_window->canvas();
    QVERIFY(!canvas->pickMode());
    QTest::mouseClick(editor()->drawButton(), Qt::LeftButton);
    QVERIFY(editor()->isDrawing());
    QVERIFY(canvas->pickMode());
    const QStringList selectionBefore = m_window->selectedUnits();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(canvas->width() / 2, canvas->height() / 2));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(canvas->width() / 2 + 40, canvas->height() / 2 + 30));
    QCOMPARE(editor()->drawnPoints().size(), 2);
    QCOMPARE(canvas->markers(), editor()->drawnPoints());
    QVERIFY(editor()->drawnLabel()->text().contains(QStringLiteral("2")));
    QCOMPARE(m_window->selectedUnits(), selectionBefore);   // clicks add sites, they do not select units
    // The points are where the clicks were (map coordinates of the pixels).
    const QPointF expected = canvas->view().toMap(QPointF(canvas->width() / 2, canvas->height() / 2));
    QVERIFY(std::abs(editor()->drawnPoints().first().x() - expected.x()) < canvas->view().metresPerPixel() * 1.5);
    // Kept in the scenario.
    auto s = editor()->scenario();
    QVERIFY(s);
    QCOMPARE(s->drawnCandidates, editor()->drawnPoints());
    shot(QStringLiteral("location_drawn"));
    QTest::mouseClick(editor()->drawButton(), Qt::LeftButton);
    QVERIFY(!canvas->pickMode());
    editor()->clearDrawnPoints();
    QVERIFY(editor()->drawnPoints().isEmpty());
    QVERIFY(canvas->markers().isEmpty());
}

void TestLocationPanel::setUpMclp()
{
    editor()->applyTypeDefaults(FacilityType::Custom);
    editor()->nameEdit()->setText(QStringLiteral("Dong MCLP 1 km"));
    QVERIFY(choose(editor()->modelCombo(), int(LocationModel::Mclp)));
    QVERIFY(choose(editor()->demandCombo(), QStringLiteral("dong")));
    QVERIFY(choose(editor()->weightLayerCombo(), QStringLiteral("living_population")));
    QVERIFY(choose(editor()->weightFieldCombo(), QStringLiteral("total")));
    const int t = editor()->weightTimeCombo()->findText(Time);
    QVERIFY(t > 0);
    editor()->weightTimeCombo()->setCurrentIndex(t);
    QVERIFY(choose(editor()->candidateCombo(), QStringLiteral("grid250")));
    QVERIFY(choose(editor()->existingCombo(), QString()));
    QVERIFY(choose(editor()->distanceCombo(), int(DistanceMode::Euclidean)));
    editor()->radiusSpin()->setValue(1000);
    editor()->pSpin()->setValue(3);
    QVERIFY(choose(editor()->methodCombo(), int(SolveMethod::Auto)));
}

void TestLocationPanel::solveMclpFromPanel()
{
    setUpMclp();
    auto scenario = editor()->scenario();
    QVERIFY2(scenario, qPrintable(scenario.errorMessage()));
    QCOMPARE(scenario->demandLayer, QStringLiteral("dong"));
    QCOMPARE(scenario->weightLayer, QStringLiteral("living_population"));
    QCOMPARE(scenario->weightField, QStringLiteral("total"));
    QCOMPARE(scenario->weightTime, Time);
    QCOMPARE(scenario->candidateLayer, QStringLiteral("grid250"));
    QCOMPARE(scenario->radius, 1000.0);
    QCOMPARE(scenario->p, 3);
    shot(QStringLiteral("location_scenario"));

    QTest::mouseClick(panel()->solveButton(), Qt::LeftButton);
    QVERIFY(panel()->isRunning() || locationRunCount() == 1);
    QVERIFY(!panel()->solveButton()->isEnabled() || !panel()->isRunning());
    QVERIFY(waitJob(panel()->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QCOMPARE(locationRunCount(), 1);
    const RunInfo run = *store()->run(store()->runs().last().id);
    QCOMPARE(run.kind, QStringLiteral("locate.mclp"));
    QCOMPARE(run.title, QStringLiteral("Dong MCLP 1 km"));
    m_mclpRun = run.id;
    QVERIFY(panel()->job()->message().contains(QStringLiteral("run %1").arg(run.id)));

    // The models API on the same scenario.
    auto inputs = readLocationInputs(*store(), scenario.value());
    QVERIFY2(inputs, qPrintable(inputs.errorMessage()));
    SolveOptions options;
    options.method = scenario->method;
    options.timeLimitSeconds = scenario->timeLimitSeconds;
    auto direct = runLocation(inputs.value(), options);
    QVERIFY2(direct, qPrintable(direct.errorMessage()));
    const LocationSolution& s = direct->solution;
    qInfo("MCLP p = 3, 1 km: %d demand units, %d candidates; covered %.1f of %.1f (%d of %d units), %s, method %s, %.3f s",
          int(inputs->problem.demandIds.size()), int(inputs->problem.candidateIds.size()), s.coveredDemand, s.totalDemand,
          s.coveredUnits, s.totalUnits, s.optimal ? "optimal" : "not proven", qPrintable(s.method), s.seconds);
    QVERIFY(s.coveredDemand > 0);
    QCOMPARE(s.newSites.size(), 3);

    // Stored figures and those the Results tab shows.
    LocationResultsTab* results = panel()->resultsTab();
    QCOMPARE(panel()->tabs()->currentWidget(), results);
    QCOMPARE(results->shownRun(), run.id);
    QCOMPARE(run.metrics.value(QStringLiteral("objective")).toDouble(), s.objective);
    QCOMPARE(run.metrics.value(QStringLiteral("covered_demand")).toDouble(), s.coveredDemand);
    QCOMPARE(run.metrics.value(QStringLiteral("optimal")).toBool(), s.optimal);
    QCOMPARE(results->figure(QStringLiteral("objective")), s.objective);
    QCOMPARE(results->figure(QStringLiteral("covered_demand")), s.coveredDemand);
    QCOMPARE(results->figure(QStringLiteral("total_demand")), s.totalDemand);
    QCOMPARE(results->figure(QStringLiteral("covered_share")), s.coveredDemand / s.totalDemand);
    QCOMPARE(results->figure(QStringLiteral("covered_units")), double(s.coveredUnits));
    QCOMPARE(results->figure(QStringLiteral("total_units")), double(s.totalUnits));
    QCOMPARE(results->figure(QStringLiteral("optimal")), s.optimal ? 1.0 : 0.0);
    QCOMPARE(results->figure(QStringLiteral("max_cost")), s.maxCost);
    QVERIFY(std::abs(results->figure(QStringLiteral("mean_cost")) - s.meanCost) <= 1e-9 * std::max(1.0, s.meanCost));
    QVERIFY(results->headline()->text().contains(QStringLiteral("Dong MCLP 1 km")));
    QVERIFY(results->headline()->text().contains(QStringLiteral("p = 3")));

    // The selected sites: the three new cells, with the demand each serves summing to the covered demand.
    QCOMPARE(results->sitesTable()->rowCount(), s.selected.size());
    QStringList shownIds, directIds;
    double served = 0;
    QStandardItemModel* sites = results->sitesTable()->model();
    for (int r = 0; r < sites->rowCount(); ++r) {
        shownIds << sites->item(r, 0)->text();
        QCOMPARE(sites->item(r, 2)->text(), QStringLiteral("new"));
        served += sites->item(r, 3)->data(RegenSortRole).toDouble();
    }
    for (int j : s.selected) directIds << inputs->problem.candidateIds.at(j);
    shownIds.sort();
    directIds.sort();
    if (s.optimal) QCOMPARE(shownIds, directIds);   // a proven optimum is unique here up to ties
    QVERIFY(std::abs(served - s.coveredDemand) <= 1e-6 * s.coveredDemand);

    // On the map: the coverage of the dongs (covered or not), the sites drawn over it.
    const LocationRunLayers layers = layersOfRun(run);
    QVERIFY(store()->hasLayer(layers.coverage));
    QVERIFY(store()->hasLayer(layers.sites));
    QCOMPARE(m_window->thematicPanel()->activeLayer(), layers.coverage);
    QCOMPARE(m_window->thematicPanel()->choice().field, QStringLiteral("covered"));
    const QList<LayerInfo> all = store()->layers();
    QCOMPARE(all.last().name, layers.sites);
    QVERIFY(all.last().visible);
    QVERIFY(m_window->session()->isModified());
    shot(QStringLiteral("location_results"));
}

void TestLocationPanel::savedScenarios()
{
    setUpMclp();
    QVERIFY(editor()->saveCurrent());
    QVERIFY(editor()->savedNames().contains(QStringLiteral("Dong MCLP 1 km")));
    const QList<LocationScenario> saved = models::savedScenarios(*store());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().toJson(), editor()->scenario()->toJson());
    // Changing the form and loading the saved scenario brings it back.
    editor()->applyTypeDefaults(FacilityType::Cctv);
    editor()->pSpin()->setValue(7);
    QVERIFY(editor()->loadSaved(QStringLiteral("Dong MCLP 1 km")));
    QCOMPARE(editor()->scenario()->toJson(), saved.first().toJson());
    // A second one, then removed.
    editor()->nameEdit()->setText(QStringLiteral("Scratch"));
    QVERIFY(editor()->saveCurrent());
    QCOMPARE(editor()->savedNames().size(), 2);
    QVERIFY(editor()->removeSaved(QStringLiteral("Scratch")));
    QCOMPARE(editor()->savedNames(), QStringList{QStringLiteral("Dong MCLP 1 km")});
    QVERIFY(editor()->loadSaved(QStringLiteral("Dong MCLP 1 km")));
}

void TestLocationPanel::coverageCurve()
{
    setUpMclp();
    editor()->nameEdit()->setText(QStringLiteral("Dong MCLP curve"));
    panel()->curveMaxSpin()->setValue(5);
    QTest::mouseClick(panel()->curveButton(), Qt::LeftButton);
    QVERIFY(waitJob(panel()->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QCOMPARE(locationRunCount(), 2);
    const RunInfo run = *store()->run(store()->runs().last().id);
    QCOMPARE(run.kind, QStringLiteral("locate.mclp"));
    m_curveRun = run.id;
    const QVector<LocationCurvePoint> curve = curveOfRun(run);
    for (const LocationCurvePoint& c : curve)
        qInfo("curve p = %d: %.1f covered (%.2f %%)%s", c.p, c.coveredDemand, 100 * c.coveredShare, c.optimal ? ", optimal" : "");
    QVERIFY(curve.size() >= 3);
    QVERIFY(curve.size() <= 5);
    for (int k = 0; k < curve.size(); ++k) {
        QCOMPARE(curve[k].p, k + 1);
        if (k > 0) QVERIFY2(curve[k].coveredDemand >= curve[k - 1].coveredDemand - 1e-9, "coverage never falls as p grows");
    }
    // The chart: one point per p, the share in %, the proven optima marked, the marginal gains.
    LocationCurveChart* chart = panel()->resultsTab()->curveChart();
    QCOMPARE(chart->shareGraph()->dataCount(), curve.size());
    int optimal = 0;
    for (int k = 0; k < curve.size(); ++k) {
        QCOMPARE(chart->shareGraph()->data()->at(k)->value, 100.0 * curve[k].coveredShare);
        optimal += curve[k].optimal ? 1 : 0;
        if (k > 0)
            QVERIFY(std::abs(chart->gainBars()->data()->at(k)->value - 100.0 * (curve[k].coveredShare - curve[k - 1].coveredShare)) < 1e-9);
    }
    QCOMPARE(chart->optimalGraph()->dataCount(), optimal);
    // The p = 3 point is the MCLP solved before (both proven optimal: the same covered demand).
    const QJsonObject first = store()->run(m_mclpRun)->metrics;
    if (curve.size() >= 3 && curve[2].optimal && first.value(QStringLiteral("optimal")).toBool())
        QVERIFY(std::abs(curve[2].coveredDemand - first.value(QStringLiteral("covered_demand")).toDouble()) < 1e-6);
    shot(QStringLiteral("location_curve"));
}

void TestLocationPanel::cancelLeavesNothing()
{
    // A larger instance: every 250 m cell is demand (estimated living population) and a candidate.
    setUpMclp();
    editor()->nameEdit()->setText(QStringLiteral("Cancelled"));
    QVERIFY(choose(editor()->demandCombo(), QStringLiteral("grid250")));
    QVERIFY(choose(editor()->weightLayerCombo(), QStringLiteral("living_population_grid250")));
    QVERIFY(choose(editor()->weightFieldCombo(), QStringLiteral("total")));
    QVERIFY(choose(editor()->methodCombo(), int(SolveMethod::Exact)));
    const int runs = locationRunCount();
    const int layers = int(store()->layers().size());
    panel()->curveMaxSpin()->setValue(40);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(panel()->runCurve(40));
    QVERIFY(panel()->isRunning());
    QVERIFY(panel()->job()->cancelButton()->isVisible());
    (void)QTest::qWaitFor([this] { return !panel()->isRunning() || panel()->job()->progressBar()->value() > 0; }, 3000);
    shot(QStringLiteral("location_running"), 0);
    qInfo("running for %lld ms, at %d %%: %s", timer.elapsed(), panel()->job()->progressBar()->value(),
          qPrintable(panel()->job()->message()));
    QTest::mouseClick(panel()->job()->cancelButton(), Qt::LeftButton);
    timer.restart();
    QVERIFY(waitJob(panel()->job()));
    qInfo("stopped %lld ms after Cancel", timer.elapsed());
    QVERIFY(panel()->job()->message().contains(QStringLiteral("Cancelled")));
    QCOMPARE(locationRunCount(), runs);
    QCOMPARE(int(store()->layers().size()), layers);
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QVERIFY(panel()->solveButton()->isEnabled());
}

void TestLocationPanel::badInputShowsError()
{
    setUpMclp();
    editor()->radiusSpin()->setValue(0);
    const int runs = locationRunCount();
    const int layers = int(store()->layers().size());
    QTest::mouseClick(panel()->solveButton(), Qt::LeftButton);
    QVERIFY(waitJob(panel()->job()));
    QCOMPARE(m_window->errors.size(), 1);
    QVERIFY2(m_window->errors.first().contains(QStringLiteral("greater than 0")), qPrintable(m_window->errors.first()));
    QCOMPARE(panel()->job()->message(), m_window->errors.first().section(QStringLiteral(": "), 1));
    QCOMPARE(locationRunCount(), runs);
    QCOMPARE(int(store()->layers().size()), layers);
    m_window->errors.clear();
    // A missing part of the scenario is named before anything runs.
    editor()->radiusSpin()->setValue(1000);
    QVERIFY(choose(editor()->candidateCombo(), QString()));
    QVERIFY(!panel()->solve());
    QVERIFY(!panel()->isRunning());
    QCOMPARE(m_window->errors.size(), 1);
    QVERIFY(m_window->errors.first().contains(QStringLiteral("candidate")));
    m_window->errors.clear();
}

void TestLocationPanel::runsSideBySide()
{
    LocationRunsTab* runs = panel()->runsTab();
    panel()->tabs()->setCurrentWidget(runs);
    QCOMPARE(runs->runIds(), (QList<qint64>{m_mclpRun, m_curveRun}));
    RegenTable* t = runs->table();
    QCOMPARE(t->model()->columnCount(), int(LocationRunsTab::ColumnCount));
    for (qint64 id : {m_mclpRun, m_curveRun}) {
        const int r = t->rowOfKey(id);
        QVERIFY(r >= 0);
        const RunInfo run = *store()->run(id);
        m_titles.insert(id, run.title);
        QCOMPARE(t->model()->item(r, LocationRunsTab::ScenarioCol)->text(), run.title);
        QCOMPARE(t->model()->item(r, LocationRunsTab::ModelCol)->text(), QStringLiteral("MCLP"));
        QCOMPARE(t->model()->item(r, LocationRunsTab::PCol)->data(RegenSortRole).toDouble(), 3.0);
        QCOMPARE(t->model()->item(r, LocationRunsTab::RadiusCol)->data(RegenSortRole).toDouble(), 1000.0);
        QCOMPARE(t->model()->item(r, LocationRunsTab::ObjectiveCol)->data(RegenSortRole).toDouble(),
                 run.metrics.value(QStringLiteral("objective")).toDouble());
        const double share = 100 * run.metrics.value(QStringLiteral("covered_demand")).toDouble()
                             / run.metrics.value(QStringLiteral("total_demand")).toDouble();
        QVERIFY(std::abs(t->model()->item(r, LocationRunsTab::ShareCol)->data(RegenSortRole).toDouble() - share) < 1e-9);
    }
    // Selecting a run shows its results and its layers.
    t->selectRow(t->rowOfKey(m_mclpRun));
    QCOMPARE(panel()->resultsTab()->shownRun(), m_mclpRun);
    QCOMPARE(m_window->thematicPanel()->activeLayer(), layersOfRun(*store()->run(m_mclpRun)).coverage);
    // Only this run's sites are visible.
    QVERIFY(store()->layer(layersOfRun(*store()->run(m_mclpRun)).sites)->visible);
    QVERIFY(!store()->layer(layersOfRun(*store()->run(m_curveRun)).sites)->visible);
    shot(QStringLiteral("location_runs"));
}

void TestLocationPanel::runsSurviveReopen()
{
    const QString summaryBefore = panel()->resultsTab()->headline()->text();
    QVERIFY(m_window->saveProject());
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    LocationRunsTab* runs = panel()->runsTab();
    QCOMPARE(runs->runIds(), m_titles.keys());
    for (int r = 0; r < runs->table()->rowCount(); ++r)
        QCOMPARE(runs->table()->model()->item(r, LocationRunsTab::ScenarioCol)->text(), m_titles.value(runs->table()->key(r).toLongLong()));
    // The latest run is shown, with its curve.
    QCOMPARE(panel()->resultsTab()->shownRun(), m_curveRun);
    QVERIFY(panel()->resultsTab()->curveChart()->shareGraph()->dataCount() >= 3);
    // The saved scenario is there too.
    QCOMPARE(editor()->savedNames(), QStringList{QStringLiteral("Dong MCLP 1 km")});
    // Showing the first run again gives the same summary.
    runs->table()->selectRow(runs->table()->rowOfKey(m_mclpRun));
    QCOMPARE(panel()->resultsTab()->shownRun(), m_mclpRun);
    QCOMPARE(panel()->resultsTab()->headline()->text(), summaryBefore);
    QCOMPARE(m_window->thematicPanel()->activeLayer(), layersOfRun(*store()->run(m_mclpRun)).coverage);
    shot(QStringLiteral("location_reopened"));
    // Its scenario back in the editor, to change and solve again.
    editor()->applyTypeDefaults(FacilityType::Cctv);
    QTest::mouseClick(panel()->resultsTab()->editButton(), Qt::LeftButton);
    QCOMPARE(panel()->tabs()->currentWidget(), editor());
    QCOMPARE(editor()->scenario()->toJson(), LocationScenario::fromJson(store()->run(m_mclpRun)->params).toJson());
    QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("Dong MCLP 1 km"));
}

void TestLocationPanel::deleteRun()
{
    LocationRunsTab* runs = panel()->runsTab();
    const LocationRunLayers layers = layersOfRun(*store()->run(m_curveRun));
    runs->table()->selectRow(runs->table()->rowOfKey(m_curveRun));
    QVERIFY(runs->deleteSelected());
    QVERIFY(!store()->run(m_curveRun));
    QVERIFY(!store()->hasLayer(layers.sites));
    QVERIFY(!store()->hasLayer(layers.coverage));
    QCOMPARE(runs->runIds(), QList<qint64>{m_mclpRun});
    QVERIFY(m_window->session()->isModified());
}

QTEST_MAIN(TestLocationPanel)
#include "test_locationpanel.moc"
