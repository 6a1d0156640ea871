// GUI test of the regeneration panel on a copy of the sample project (offscreen, real widgets):
// the decline diagnosis from the panel (table rows, stored run and layer, shown on the map), a naive
// forecast (chart graphs and point counts, backtest table with MAPE, CSV export), the thematic indices
// (radar values against computeIndices), a what-if scenario compared with the baseline (the changed
// unit highlighted, B - A = 5000), cancelling a long boosted forecast (no run left), and the runs after
// saving and reopening the project (same titles, the diagnosis shown unchanged); deleting a run.
//
// With DOSI_SCREENSHOT_DIR set (and a real display, e.g. under xvfb-run with QT_QPA_PLATFORM=xcb),
// screenshots of the screen are taken with ImageMagick's `import` at each step.
#include "AppFixture.h"
#include "ImportJob.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuietWindow.h"
#include "MapCanvas.h"
#include "RegenCharts.h"
#include "RegenDiagnosisTab.h"
#include "RegenForecastTab.h"
#include "RegenIndexSpecEditor.h"
#include "RegenIndexTab.h"
#include "RegenJob.h"
#include "RegenOutlookView.h"
#include "RegenPanel.h"
#include "RegenRunsTab.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"
#include "ThematicPanel.h"

#include "dosi/core/Values.h"
#include "dosi/models/RegenRun.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QTableView>
#include <QHeaderView>
#include <QTextBrowser>
#include <cmath>
#include <memory>
#include <qcustomplot.h>

using namespace dosi;
using namespace dosi::desktop;
using namespace dosi::models;

namespace {

using TestWindow = dosi::testing::QuietWindow;

const QString Sajik = QStringLiteral("1111053000");   // 사직동

bool waitJob(RegenJob* job, int timeoutMs = 120000)
{
    return QTest::qWaitFor([job] { return !job->isRunning(); }, timeoutMs);
}

// All cell texts and tooltips of a table, row by row in model order.
QStringList tableText(const RegenTable* t)
{
    QStringList out;
    const QStandardItemModel* m = t->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c) cells << m->item(r, c)->text() + QLatin1Char('|') + m->item(r, c)->toolTip();
        out << cells.join(QLatin1Char('\t'));
    }
    return out;
}

}  // namespace

class TestRegenPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void diagnosisFromPanel();
    void forecastNaive();
    void indicesAndRadar();
    void scenarioComparedWithBaseline();
    void hourlyForecastOfRealDistricts();
    void cancelLongForecast();
    void outlook();
    void runsSurviveReopen();
    void deleteRun();

private:
    void shot(const QString& name, int settleMs = 600);
    ProjectStore* store() const { return m_window->session()->store(); }
    RegenPanel* panel() const { return m_window->regenPanel(); }
    int regenRunCount() const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    qint64 m_diagnosisRun = 0, m_baselineForecast = 0, m_scenarioForecast = 0;
    QString m_hourlyField;
};

void TestRegenPanel::shot(const QString& name, int settleMs) { dosi::testing::screenshot(name, settleMs); }

int TestRegenPanel::regenRunCount() const { return dosi::testing::runCount(*store(), QStringLiteral("regen.")); }

void TestRegenPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = dosi::testing::startWithSample(QStringLiteral("test_regenpanel"), m_dir);
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
    m_window->showRegenPanel();
    QVERIFY(panel()->isVisible());
    QCOMPARE(regenRunCount(), 0);
}

void TestRegenPanel::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestRegenPanel::diagnosisFromPanel()
{
    RegenDiagnosisTab* tab = panel()->diagnosisTab();
    panel()->tabs()->setCurrentWidget(tab);
    // Prefilled by resolveDeclineSources: the yearly population's ALL.
    QCOMPARE(tab->request().sources.population.text(), QStringLiteral("population.ALL"));
    QVERIFY(tab->request().sources.businesses.isNull());
    QCOMPARE(tab->thresholds().popPeakDrop, 0.20);
    QCOMPARE(tab->thresholds().consecutiveYears, 3);
    auto expected = readDiagnosisInputs(*store(), tab->request());
    QVERIFY2(expected, qPrintable(expected.errorMessage()));
    QCOMPARE(expected->units.size(), 514);

    QTest::mouseClick(tab->runButton(), Qt::LeftButton);
    QVERIFY(tab->job()->isRunning() || tab->shownRun() > 0);
    QVERIFY(waitJob(tab->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    QCOMPARE(tab->table()->rowCount(), 514);
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("514 units")));

    // Stored with its layer, and shown on the map.
    QCOMPARE(regenRunCount(), 1);
    const RunInfo run = store()->runs().last();
    QCOMPARE(run.kind, QStringLiteral("regen.diagnose"));
    QCOMPARE(run.title, QStringLiteral("Baseline"));
    QCOMPARE(tab->shownRun(), run.id);
    m_diagnosisRun = run.id;
    QCOMPARE(run.resultLayers.size(), 1);
    const auto layer = store()->layer(run.resultLayers.first());
    QVERIFY(layer.has_value());
    QCOMPARE(layer->rowCount, qint64(514));
    QCOMPARE(m_window->thematicPanel()->activeLayer(), run.resultLayers.first());
    QCOMPARE(m_window->thematicPanel()->choice().field, QStringLiteral("criteria_met"));

    // Statuses carry their reasons; the filter narrows the table; the detail pane explains the unit.
    const int row = tab->table()->rowOfKey(Sajik);
    QVERIFY(row >= 0);
    const QJsonObject detail = store()->run(run.id)->details.value(Sajik).toObject();
    const QString reason = detail.value(QStringLiteral("population")).toObject().value(QStringLiteral("reason")).toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(tab->table()->model()->item(row, 2)->toolTip(), reason);
    QCOMPARE(tab->table()->model()->item(row, 3)->text(), QStringLiteral("not assessable"));   // no business data
    tab->table()->filterEdit()->setText(Sajik);
    QCOMPARE(tab->table()->visibleRowCount(), 1);
    tab->table()->selectRow(row);
    QVERIFY(tab->detailView()->toPlainText().contains(reason));
    tab->table()->filterEdit()->clear();
    QCOMPARE(tab->table()->visibleRowCount(), 514);
    shot(QStringLiteral("regen_diagnosis"));
}

void TestRegenPanel::forecastNaive()
{
    RegenForecastTab* tab = panel()->forecastTab();
    panel()->tabs()->setCurrentWidget(tab);
    tab->setTarget(FieldRef{QStringLiteral("population"), QStringLiteral("ALL")});
    tab->setHorizon(2);
    tab->setMethod(ForecastMethod::Naive);
    tab->setUseSelection(false);
    tab->run();
    QVERIFY(waitJob(tab->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const RunInfo run = store()->runs().last();
    QCOMPARE(run.kind, QStringLiteral("regen.forecast"));
    QCOMPARE(tab->shownRun(), run.id);
    m_baselineForecast = run.id;

    // Backtest table: naive (chosen) and the seasonal-naive baseline, MAPE as stored.
    RegenTable* bt = tab->backtestTable();
    QVERIFY(bt->rowCount() >= 1);
    const QJsonArray scores = run.metrics.value(QStringLiteral("backtest")).toArray();
    QCOMPARE(bt->rowCount(), int(scores.size()));
    const int naiveRow = bt->rowOfKey(QStringLiteral("naive"));
    QVERIFY(naiveRow >= 0);
    QVERIFY(bt->model()->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("MAPE")));
    double mape = 0;
    for (const QJsonValue& s : scores)
        if (s.toObject().value(QStringLiteral("method")).toString() == QLatin1String("naive")) mape = s.toObject().value(QStringLiteral("mape")).toDouble();
    QVERIFY(mape > 0);
    QCOMPARE(bt->model()->item(naiveRow, 1)->text(), regenNumber(mape, 2) + QStringLiteral(" %"));
    QVERIFY(bt->model()->item(naiveRow, 5)->text().contains(QStringLiteral("chosen")));

    // Chart of Sajik-dong: 5 years of history, 2 forecast steps, the band, the origin between them.
    tab->showUnit(Sajik);
    RegenForecastChart* chart = tab->chart();
    const int years = int(store()->measureTimes(QStringLiteral("population"))->size());
    QCOMPARE(years, 5);
    QCOMPARE(chart->historyGraph()->dataCount(), years);
    QCOMPARE(chart->forecastGraph()->dataCount(), 2);
    QCOMPARE(chart->lowerGraph()->dataCount(), 2);
    QCOMPARE(chart->upperGraph()->dataCount(), 2);
    QCOMPARE(chart->upperGraph()->channelFillGraph(), chart->lowerGraph());
    QCOMPARE(chart->originX(), years - 0.5);
    QVERIFY(chart->titleText().contains(QStringLiteral("estimated")));
    QVERIFY(chart->titleText().contains(QStringLiteral("MAPE")));
    QVERIFY(chart->titleText().contains(QStringLiteral("MASE")));
    // Naive: the forecast is the last value; the chart plots what the result layer stores.
    const double last = chart->historyGraph()->data()->at(years - 1)->value;
    QCOMPARE(chart->forecastGraph()->data()->at(0)->value, last);
    QCOMPARE(chart->forecastGraph()->data()->at(1)->value, last);
    auto stored = store()->readUnitMeasures(run.resultLayers.first(), Sajik, {QStringLiteral("value"), QStringLiteral("hi")});
    QVERIFY(stored);
    QCOMPARE(stored->rowCount(), 2);
    QCOMPARE(stored->columns[0][1], last);
    QCOMPARE(chart->upperGraph()->data()->at(1)->value, stored->columns[1][1]);
    QCOMPARE(m_window->thematicPanel()->activeLayer(), run.resultLayers.first());

    // CSV export: header and one line per unit and step.
    const QString csv = m_dir.filePath(QStringLiteral("forecast.csv"));
    QVERIFY(tab->exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("unit,time,value,lo,hi"));
    QCOMPARE(lines.size(), 1 + 2 * int(store()->run(run.id)->details.size()));
    shot(QStringLiteral("regen_forecast"));
}

void TestRegenPanel::indicesAndRadar()
{
    RegenIndexTab* tab = panel()->indexTab();
    panel()->tabs()->setCurrentWidget(tab);
    // Unavailable indicators are greyed with their problem before any run.
    QVERIFY(tab->specEditor()->problem(QStringLiteral("pop_change")).isEmpty());
    QVERIFY(!tab->specEditor()->problem(QStringLiteral("crime")).isEmpty());
    shot(QStringLiteral("regen_indicators"));
    QTest::mouseClick(tab->runButton(), Qt::LeftButton);
    QVERIFY(waitJob(tab->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const RunInfo run = store()->runs().last();
    QCOMPARE(run.kind, QStringLiteral("regen.index"));
    QCOMPARE(tab->shownRun(), run.id);

    // The same computation through the models.
    IndexRequest req;
    req.spec = defaultIndexSpec(*store());
    auto inputs = readIndexInputs(*store(), req);
    QVERIFY(inputs);
    const IndexResult expected = computeIndices(inputs.value());
    QCOMPARE(tab->table()->rowCount(), int(expected.inputs.units.size()));
    tab->showUnit(Sajik);
    const QVector<double> radar = tab->radar()->values();
    QCOMPARE(radar.size(), expected.areas.size());
    int scored = 0;
    for (int k = 0; k < expected.areas.size(); ++k) {
        const UnitIndex u = expected.areas[k].units.value(Sajik);
        if (u.grade > 0) {
            QCOMPARE(radar[k], double(u.grade));
            ++scored;
        } else {
            QVERIFY2(std::isnan(radar[k]), "an area without an index is missing, not zero");
            QVERIFY(tab->radar()->axisLabels().at(k).contains(QStringLiteral("missing")));
        }
    }
    QVERIFY(scored >= 1);
    QVERIFY(scored < expected.areas.size());   // the sample lacks business, building, safety, welfare data
    QVERIFY(tab->radar()->shape() != nullptr);
    QCOMPARE(tab->radar()->shape()->dataCount(), scored + 1);   // closed polygon through the scored areas
    shot(QStringLiteral("regen_indices"));
}

void TestRegenPanel::scenarioComparedWithBaseline()
{
    RegenScenarioEditor* editor = panel()->scenarioEditor();
    Scenario s;
    s.name = QStringLiteral("Housing +5000");
    Adjustment a;
    a.layer = QStringLiteral("population");
    a.field = QStringLiteral("ALL");
    a.units = {Sajik};
    a.fromTime = QStringLiteral("2019");
    a.op = Adjustment::Op::Add;
    a.value = 5000;
    s.adjustments << a;
    editor->setScenario(s);
    QVERIFY(editor->isOn());
    auto back = editor->scenario();
    QVERIFY(back);
    QCOMPARE(back->toJson(), s.toJson());
    shot(QStringLiteral("regen_scenario"));

    RegenForecastTab* tab = panel()->forecastTab();
    tab->run();   // same settings as the baseline forecast
    QVERIFY(waitJob(tab->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const RunInfo run = store()->runs().last();
    QCOMPARE(run.title, QStringLiteral("Housing +5000"));
    m_scenarioForecast = run.id;
    editor->setScenario({});
    QVERIFY(!editor->isOn());

    RegenRunsTab* runs = panel()->runsTab();
    panel()->tabs()->setCurrentWidget(runs);
    QVERIFY(runs->runIds().contains(m_baselineForecast));
    QVERIFY(runs->runIds().contains(m_scenarioForecast));
    runs->selectRuns({m_baselineForecast, m_scenarioForecast});
    runs->compareSelected();
    QCOMPARE(runs->changedUnits(), QStringList{Sajik});
    RegenTable* t = runs->compareTable();
    int valueRow = -1;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->model()->item(r, 0)->text() == Sajik && t->model()->item(r, 2)->text() == QLatin1String("value")) valueRow = r;
    QVERIFY(valueRow >= 0);
    QVERIFY(t->model()->item(valueRow, 0)->background().style() != Qt::NoBrush);
    QCOMPARE(t->model()->item(valueRow, 5)->data(RegenSortRole).toDouble(), 5000.0);
    // An unchanged unit is not highlighted.
    const int other = t->rowOfKey(QStringLiteral("1111054000"));
    QVERIFY(other >= 0);
    QCOMPARE(t->model()->item(other, 0)->background().style(), Qt::NoBrush);
    // Either run's layer on the map.
    runs->showComparedLayer(true);
    QCOMPARE(m_window->thematicPanel()->activeLayer(), run.resultLayers.first());
    shot(QStringLiteral("regen_compare"));
    // Both runs side by side on the map (one image over the canvas), until the map choice changes.
    auto* sideBySide = runs->findChild<QPushButton*>(QStringLiteral("regenSideBySide"));
    QVERIFY(sideBySide && sideBySide->isEnabled());
    t->view()->selectRow(valueRow);
    sideBySide->click();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->canvas()->overlay().isNull(); }, 10000));
    QCOMPARE(m_window->canvas()->overlay().size(), m_window->canvas()->size());
    QCOMPARE(m_window->thematicPanel()->activeLayer(), store()->run(m_baselineForecast)->resultLayers.first());
    shot(QStringLiteral("regen_side_by_side"));
    m_window->thematicPanel()->setActiveLayer(QStringLiteral("population"));
    QVERIFY(QTest::qWaitFor([this] { return m_window->canvas()->overlay().isNull(); }, 10000));
}

void TestRegenPanel::hourlyForecastOfRealDistricts()
{
    // The real hourly living population of Seoul's 25 districts (2024-01-01 .. 06-05), imported as the
    // import wizard does, forecast one week ahead by the best backtested method.
    const QString file = QStringLiteral(DOSI_SHARED_DATA "/real/living_population/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv");
    if (!QFileInfo::exists(file)) QSKIP("the real district file is not in DOSI_SHARED_DATA");
    ImportRequest req;
    req.kind = ImportKind::LivingPopulation;
    req.files = {file};
    req.layerName = QStringLiteral("gu_living");
    auto outcome = runImport(req, {});
    QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
    auto summary = commitImport(*store(), std::move(outcome).value());
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    panel()->layersChanged();
    const auto layer = store()->layer(QStringLiteral("gu_living"));
    QVERIFY(layer && layer->timeKind == TimeKind::Hour);
    QCOMPARE(layer->geometryLayer, QStringLiteral("gu"));
    m_hourlyField = layer->fields.first().name;

    RegenForecastTab* tab = panel()->forecastTab();
    panel()->tabs()->setCurrentWidget(tab);
    tab->setTarget(FieldRef{QStringLiteral("gu_living"), m_hourlyField});
    tab->setMethod(ForecastMethod::Auto);
    tab->setHorizon(168);
    tab->run();
    QVERIFY(waitJob(tab->job(), 300000));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const RunInfo run = *store()->run(store()->runs().last().id);
    QCOMPARE(run.kind, QStringLiteral("regen.forecast"));
    QCOMPARE(run.details.size(), 25);
    const int steps = run.metrics.value(QStringLiteral("history")).toObject().value(QStringLiteral("steps")).toInt();
    QVERIFY(steps > 3000);
    tab->showUnit(QStringLiteral("11110"));   // 종로구
    QCOMPARE(tab->chart()->historyGraph()->dataCount(), steps);
    QCOMPARE(tab->chart()->forecastGraph()->dataCount(), 168);
    QCOMPARE(tab->chart()->upperGraph()->dataCount(), 168);
    QVERIFY(tab->chart()->titleText().contains(QStringLiteral("estimated")));
    // Auto tried several methods, each with its backtest error; the chosen one is marked.
    QVERIFY(tab->backtestTable()->rowCount() >= 3);
    const int chosen = tab->backtestTable()->rowOfKey(run.metrics.value(QStringLiteral("method")).toString());
    QVERIFY(chosen >= 0);
    QVERIFY(tab->backtestTable()->model()->item(chosen, 5)->text().contains(QStringLiteral("chosen")));
    // The short backtest table shows every method without scrolling.
    QTableView* bv = tab->backtestTable()->view();
    QVERIFY(bv->viewport()->height() >= bv->rowHeight(0) * tab->backtestTable()->rowCount());
    shot(QStringLiteral("regen_forecast_hourly"));
}

void TestRegenPanel::cancelLongForecast()
{
    if (m_hourlyField.isEmpty()) QSKIP("needs the real district layer (hourlyForecastOfRealDistricts)");
    RegenForecastTab* tab = panel()->forecastTab();
    panel()->tabs()->setCurrentWidget(tab);
    const int before = regenRunCount();
    const int layersBefore = int(store()->layers().size());
    tab->setTarget(FieldRef{QStringLiteral("gu_living"), m_hourlyField});
    tab->setMethod(ForecastMethod::Boosted);
    tab->setHorizon(336);
    tab->run();
    QVERIFY(tab->job()->isRunning());
    QVERIFY(tab->job()->cancelButton()->isVisible());
    (void)QTest::qWaitFor([tab] { return !tab->job()->isRunning() || tab->job()->progressBar()->value() > 0; }, 2000);
    shot(QStringLiteral("regen_forecast_running"), 0);
    QVERIFY(tab->job()->isRunning());   // still going: the click below cancels it
    QTest::mouseClick(tab->job()->cancelButton(), Qt::LeftButton);
    QVERIFY(waitJob(tab->job(), 240000));
    QVERIFY(tab->job()->message().contains(QStringLiteral("Cancelled")));
    QCOMPARE(regenRunCount(), before);
    QCOMPARE(int(store()->layers().size()), layersBefore);
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    tab->setTarget(FieldRef{QStringLiteral("population"), QStringLiteral("ALL")});
    tab->setMethod(ForecastMethod::Naive);
}

void TestRegenPanel::outlook()
{
    RegenForecastTab* tab = panel()->forecastTab();
    tab->setHorizon(5);
    tab->runOutlook();
    QVERIFY(waitJob(tab->job()));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
    const RunInfo run = store()->runs().last();
    QCOMPARE(run.kind, QStringLiteral("regen.outlook"));
    RegenOutlookView* view = tab->outlookView();
    QCOMPARE(view->shownRun(), run.id);
    QCOMPARE(view->table()->rowCount(), run.metrics.value(QStringLiteral("units")).toInt());
    QVERIFY(view->assumptions()->toPlainText().size() > 50);
    QCOMPARE(m_window->thematicPanel()->choice().field, QStringLiteral("probability"));
    shot(QStringLiteral("regen_outlook"));
}

void TestRegenPanel::runsSurviveReopen()
{
    QMap<qint64, QString> titles;
    for (const RunInfo& r : store()->runs())
        if (r.kind.startsWith(QLatin1String("regen."))) titles.insert(r.id, r.title);
    QCOMPARE(titles.size(), 6);
    const QJsonObject details = store()->run(m_diagnosisRun)->details;
    panel()->showRun(*store()->run(m_diagnosisRun));
    const QStringList diagnosisBefore = tableText(panel()->diagnosisTab()->table());
    const QString summaryBefore = panel()->diagnosisTab()->summaryLabel()->text();
    QCOMPARE(diagnosisBefore.size(), 514);

    QVERIFY(m_window->saveProject());
    QVERIFY(m_window->openProject(m_project));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));

    RegenRunsTab* runs = panel()->runsTab();
    QCOMPARE(runs->runIds(), titles.keys());
    for (int r = 0; r < runs->runTable()->rowCount(); ++r)
        QCOMPARE(runs->runTable()->model()->item(r, 1)->text(), titles.value(runs->runTable()->key(r).toLongLong()));
    QCOMPARE(store()->run(m_diagnosisRun)->details, details);
    panel()->tabs()->setCurrentWidget(runs);
    shot(QStringLiteral("regen_runs_list"));
    // The reopened project shows its latest diagnosis as it was; so does Runs → Show.
    QCOMPARE(panel()->diagnosisTab()->shownRun(), m_diagnosisRun);
    QCOMPARE(tableText(panel()->diagnosisTab()->table()), diagnosisBefore);
    panel()->diagnosisTab()->table()->reset({});
    runs->selectRuns({m_diagnosisRun});
    runs->showSelected();
    QCOMPARE(panel()->tabs()->currentWidget(), panel()->diagnosisTab());
    QCOMPARE(tableText(panel()->diagnosisTab()->table()), diagnosisBefore);
    QCOMPARE(panel()->diagnosisTab()->summaryLabel()->text(), summaryBefore);
    QCOMPARE(m_window->thematicPanel()->activeLayer(), store()->run(m_diagnosisRun)->resultLayers.first());
    shot(QStringLiteral("regen_runs"));
}

void TestRegenPanel::deleteRun()
{
    RegenRunsTab* runs = panel()->runsTab();
    const QString layer = store()->run(m_scenarioForecast)->resultLayers.first();
    QVERIFY(store()->hasLayer(layer));
    runs->selectRuns({m_scenarioForecast});
    QVERIFY(runs->deleteSelected());
    QVERIFY(!store()->run(m_scenarioForecast));
    QVERIFY(!store()->hasLayer(layer));
    QVERIFY(!runs->runIds().contains(m_scenarioForecast));
    QVERIFY(m_window->session()->isModified());
}

QTEST_MAIN(TestRegenPanel)
#include "test_regenpanel.moc"
