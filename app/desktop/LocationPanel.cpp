// LocationPanel: the location-analysis dock: scenario, results, runs, solving off the GUI thread.
#include "LocationPanel.h"

#include "LocationResultsTab.h"
#include "LocationRunsTab.h"
#include "LocationScenarioEditor.h"
#include "ProjectSession.h"
#include "RegenJob.h"

#include "dosi/models/LocationRun.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <optional>

namespace dosi::desktop {

using namespace dosi::models;

// What the worker is doing, for the status line (written by the worker, read by a GUI timer).
struct LocationPanel::Phase {
    QMutex mutex;
    QString text;
};

LocationPanel::LocationPanel(ProjectSession* session, QWidget* parent) : QWidget(parent), m_phase(std::make_shared<Phase>())
{
    setObjectName(QStringLiteral("locationPanel"));
    m_ctx.session = session;
    m_ctx.confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Location analysis"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_ctx.error = [this](const QString& title, const QString& message) { QMessageBox::warning(this, title, message); };

    m_editor = new LocationScenarioEditor(&m_ctx, this);
    m_results = new LocationResultsTab(&m_ctx, this);
    m_runs = new LocationRunsTab(&m_ctx, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("locationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_runs, QString());

    m_solve = new QPushButton(this);
    m_solve->setObjectName(QStringLiteral("locationSolve"));
    m_solve->setDefault(true);
    m_curve = new QPushButton(this);
    m_curve->setObjectName(QStringLiteral("locationCurve"));
    m_curveLabel = new QLabel(this);
    m_curveMax = new QSpinBox(this);
    m_curveMax->setObjectName(QStringLiteral("locationCurveMax"));
    m_curveMax->setRange(2, 500);
    m_curveMax->setValue(10);
    m_job = new RegenJob(this);
    m_job->setObjectName(QStringLiteral("locationJob"));
    m_phaseTimer = new QTimer(this);
    m_phaseTimer->setInterval(200);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_solve);
    buttons->addStretch(1);
    buttons->addWidget(m_curve);
    buttons->addWidget(m_curveLabel);
    buttons->addWidget(m_curveMax);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_job);

    connect(m_solve, &QPushButton::clicked, this, &LocationPanel::solve);
    connect(m_curve, &QPushButton::clicked, this, [this] { runCurve(m_curveMax->value()); });
    connect(m_job, &RegenJob::runningChanged, this, [this](bool running) {
        m_solve->setEnabled(!running);
        m_curve->setEnabled(!running);
        if (running) m_phaseTimer->start();
        else m_phaseTimer->stop();
    });
    connect(m_phaseTimer, &QTimer::timeout, this, [this] {
        QString phase;
        {
            QMutexLocker lock(&m_phase->mutex);
            phase = m_phase->text;
        }
        if (!phase.isEmpty() && m_job->isRunning() && !m_job->message().startsWith(tr("Cancelling…")))
            m_job->setMessage(tr("%1 — %2").arg(m_status, phase));
    });
    connect(m_editor, &LocationScenarioEditor::drawingChanged, this, &LocationPanel::drawingChanged);
    connect(m_editor, &LocationScenarioEditor::drawnPointsChanged, this, &LocationPanel::markersChanged);
    connect(m_results, &LocationResultsTab::editScenarioRequested, this, [this](const RunInfo& run) {
        m_editor->setScenario(scenarioOfRun(run));
        m_tabs->setCurrentWidget(m_editor);
    });
    connect(m_runs, &LocationRunsTab::runChosen, this, [this](const RunInfo& run) { showRun(run); });
    connect(m_runs, &LocationRunsTab::runsRemoved, this, [this] {
        const ProjectStore* store = m_ctx.store();
        if (m_results->shownRun() > 0 && (!store || !store->run(m_results->shownRun()))) m_results->clear();
        emit showLayersRequested(QString(), QString(), QString());
    });
    retranslateUi();
    projectReplaced();
}

LocationPanel::~LocationPanel()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void LocationPanel::setErrorHandler(std::function<void(const QString&, const QString&)> handler)
{
    m_ctx.error = std::move(handler);
}

void LocationPanel::setConfirmHandler(std::function<bool(const QString&)> handler)
{
    m_ctx.confirm = std::move(handler);
}

bool LocationPanel::isRunning() const
{
    return m_job->isRunning();
}

void LocationPanel::cancel()
{
    m_job->cancel();
}

void LocationPanel::projectReplaced()
{
    // A run of the old project finishes into nothing (its generation is over).
    ++m_ctx.generation;
    m_job->cancel();
    const ProjectStore* store = m_ctx.store();
    m_editor->setStore(store);
    m_runs->setStore(store);
    m_results->clear();
    m_job->setMessage(QString());
    setEnabled(store != nullptr);
    if (!store) return;
    // A reopened project shows its latest location run (the map is left as the project has it).
    const QList<qint64> ids = m_runs->runIds();
    qint64 latest = 0;
    for (qint64 id : ids) latest = qMax(latest, id);
    if (latest > 0)
        if (const std::optional<RunInfo> run = store->run(latest)) {
            m_runs->selectRun(latest);
            showRun(*run, false);
        }
}

void LocationPanel::layersChanged()
{
    m_editor->refreshLayers();
    m_runs->refresh();
}

void LocationPanel::fail(const QString& message)
{
    m_job->setMessage(message, true);
    if (m_ctx.error) m_ctx.error(tr("Location analysis failed"), message);
}

bool LocationPanel::solve()
{
    return start(0);
}

bool LocationPanel::runCurve(int curveMax)
{
    return start(qMax(1, curveMax));
}

bool LocationPanel::start(int curveMax)
{
    ProjectStore* store = m_ctx.store();
    if (!store || m_job->isRunning()) return false;
    const Result<LocationScenario> scenario = m_editor->scenario();
    if (!scenario) {
        fail(scenario.errorMessage());
        return false;
    }
    if (curveMax > 0 && !isCoverageModel(scenario->model)) {
        fail(tr("The coverage curve needs a coverage model (LSCP or MCLP) with a service standard."));
        return false;
    }
    // Reading gathers the demand, candidates and costs from the project (not thread-safe).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<LocationInputs> inputs = readLocationInputs(*store, scenario.value());
    QApplication::restoreOverrideCursor();
    if (!inputs) {
        fail(inputs.errorMessage());
        return false;
    }
    const int demand = int(inputs->problem.demandIds.size()), candidates = int(inputs->problem.candidateIds.size());
    SolveOptions options;
    options.method = scenario->method;
    options.timeLimitSeconds = scenario->timeLimitSeconds;
    {
        QMutexLocker lock(&m_phase->mutex);
        m_phase->text.clear();
    }
    auto in = std::make_shared<LocationInputs>(std::move(inputs).value());
    auto result = std::make_shared<std::optional<Result<LocationRun>>>();
    const int generation = m_ctx.generation;
    const QString title = scenario->name;
    m_status = curveMax > 0 ? tr("Coverage curve for p = 1…%1: %2 demand units, %3 candidates").arg(curveMax).arg(demand).arg(candidates)
                            : tr("Solving %1: %2 demand units, %3 candidates").arg(locationModelLabel(scenario->model)).arg(demand).arg(candidates);
    const bool started = m_job->start(
        m_status,
        [in, options, curveMax, result, phase = m_phase](const RegenJob::Progress& progress) {
            SolveOptions o = options;
            std::atomic<int> last{0};
            o.progress = [&last, &progress, &phase](int percent, const QString& text) {
                last = qBound(0, percent, 100);
                progress(last, 100);
                QMutexLocker lock(&phase->mutex);
                phase->text = text;
            };
            o.keepGoing = [&last, &progress] { return progress(last, 100); };
            *result = runLocation(*in, o, curveMax);
        },
        [this, result, generation, title](bool cancelled) {
            ProjectStore* store = m_ctx.store();
            if (cancelled || generation != m_ctx.generation || !store || !result->has_value()) return;
            Result<LocationRun>& run = result->value();
            if (!run) return fail(run.errorMessage());
            if (run->solution.cancelled) {
                m_job->setMessage(tr("Cancelled; nothing was stored."));
                return;
            }
            auto id = saveLocationRun(*store, run.value(), title);
            if (!id) return fail(id.errorMessage());
            m_ctx.edited();
            m_runs->refresh();
            m_runs->selectRun(id.value());
            if (const std::optional<RunInfo> stored = store->run(id.value())) {
                showRun(*stored);
                m_tabs->setCurrentWidget(m_results);
            }
            const LocationSolution& s = run->solution;
            m_job->setMessage(s.optimal ? tr("Stored as run %1: proven optimal, %2 s.").arg(id.value()).arg(locationNumber(s.seconds, 2))
                                        : tr("Stored as run %1: gap %2 %, %3 s.")
                                              .arg(id.value())
                                              .arg(locationNumber(100 * s.gap, 3), locationNumber(s.seconds, 2)));
        });
    if (!started) return false;
    return true;
}

void LocationPanel::showRun(const RunInfo& run, bool onMap)
{
    m_results->showRun(run);
    m_runs->selectRun(run.id);
    if (onMap) showOnMap(run);
}

void LocationPanel::showOnMap(const RunInfo& run)
{
    ProjectStore* store = m_ctx.store();
    if (!store) return;
    const LocationRunLayers mine = layersOfRun(run);
    bool edited = false;
    // Only this run's sites and service areas: those of other runs would be mistaken for them.
    for (const RunInfo& other : store->runs()) {
        if (!isLocationRun(other) || other.id == run.id) continue;
        const LocationRunLayers theirs = layersOfRun(other);
        for (const QString& name : {theirs.sites, theirs.areas}) {
            const std::optional<LayerInfo> info = name.isEmpty() ? std::nullopt : store->layer(name);
            if (info && info->visible && store->setLayerVisible(name, false)) edited = true;
        }
    }
    QStringList order;
    for (const LayerInfo& l : store->layers()) order << l.name;   // bottom to top
    const QStringList before = order;
    for (const QString& name : {mine.areas, mine.sites}) {   // sites on top of the areas, over everything
        if (name.isEmpty() || !order.contains(name)) continue;
        const std::optional<LayerInfo> info = store->layer(name);
        if (info && !info->visible && store->setLayerVisible(name, true)) edited = true;
        order.removeAll(name);
        order << name;
    }
    if (order != before && store->setLayerOrder(order)) edited = true;
    if (edited) m_ctx.edited();
    QString classes;
    const QString field = coverageMapField(*store, run, &classes);
    emit showLayersRequested(store->hasLayer(mine.coverage) ? mine.coverage : QString(), field, classes);
}

void LocationPanel::addDrawnCandidate(const QPointF& map)
{
    m_editor->addDrawnPoint(map);
}

void LocationPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Scenario"));
    m_tabs->setTabToolTip(0, tr("What to place, where the demand and the candidate sites are, and the service standard"));
    m_tabs->setTabText(1, tr("Res&ults"));
    m_tabs->setTabToolTip(1, tr("Summary, selected sites and the coverage curve of the run shown"));
    m_tabs->setTabText(2, tr("R&uns"));
    m_tabs->setTabToolTip(2, tr("Location runs stored in the project, side by side"));
    m_solve->setText(tr("Sol&ve"));
    m_solve->setToolTip(tr("Solve the scenario, store the run in the project and show it on the map"));
    m_curve->setText(tr("Coverage &curve"));
    m_curve->setToolTip(tr("Covered demand for p = 1 … N new facilities (MCLP), charted, so you see where another "
                           "facility stops paying"));
    m_curveLabel->setText(tr("N:"));
    m_curveMax->setToolTip(tr("The largest p of the coverage curve"));
}

void LocationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
