// RegenPanel: the urban-regeneration dock: scenario editor and the model tabs.
#include "RegenPanel.h"

#include "ProjectSession.h"
#include "RegenDiagnosisTab.h"
#include "RegenForecastTab.h"
#include "RegenIndexTab.h"
#include "RegenJob.h"
#include "RegenOutlookView.h"
#include "RegenRunsTab.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"

#include <QEvent>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dosi::desktop {

RegenPanel::RegenPanel(ProjectSession* session, QWidget* parent) : QWidget(parent), m_ctx(std::make_unique<RegenContext>())
{
    setObjectName(QStringLiteral("regenPanel"));
    m_ctx->session = session;
    m_scenario = new RegenScenarioEditor(this);
    m_ctx->scenario = m_scenario;
    m_ctx->confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Regeneration"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_ctx->error = [this](const QString& title, const QString& message) { QMessageBox::warning(this, title, message); };
    m_ctx->showSideBySide = [this](const QString& a, const QString& b, const QString& field) {
        emit sideBySideRequested(a, b, field);
    };
    m_ctx->showLayer = [this](const QString& layer, const QString& field) {
        m_scenario->setStore(m_ctx->store());
        emit showLayerRequested(layer, field);
    };
    m_ctx->runsChanged = [this] { m_runs->refresh(); };

    m_diagnosis = new RegenDiagnosisTab(m_ctx.get(), this);
    m_index = new RegenIndexTab(m_ctx.get(), this);
    m_forecast = new RegenForecastTab(m_ctx.get(), this);
    m_forecast->setDiagnosisRequest([this] { return m_diagnosis->request(); });
    m_runs = new RegenRunsTab(m_ctx.get(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("regenTabs"));
    m_tabs->addTab(m_diagnosis, QString());
    m_tabs->addTab(m_index, QString());
    m_tabs->addTab(m_forecast, QString());
    m_tabs->addTab(m_runs, QString());
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_scenario);
    layout->addWidget(m_tabs, 1);
    connect(m_runs, &RegenRunsTab::showRunRequested, this, &RegenPanel::showRun);
    retranslateUi();
    projectReplaced();
}

RegenPanel::~RegenPanel()
{
    cancelAll();
}

void RegenPanel::setSelectionProvider(std::function<QStringList()> provider)
{
    m_ctx->selection = provider;
    m_scenario->setSelectionProvider(std::move(provider));
}

void RegenPanel::setErrorHandler(std::function<void(const QString&, const QString&)> handler)
{
    m_ctx->error = std::move(handler);
}

void RegenPanel::setConfirmHandler(std::function<bool(const QString&)> handler)
{
    m_ctx->confirm = std::move(handler);
}

bool RegenPanel::isRunning() const
{
    return m_diagnosis->job()->isRunning() || m_index->job()->isRunning() || m_forecast->job()->isRunning();
}

void RegenPanel::cancelAll()
{
    for (RegenJob* job : {m_diagnosis->job(), m_index->job(), m_forecast->job()}) job->cancel();
}

void RegenPanel::projectReplaced()
{
    // Runs of the old project finish into nothing (their generation is over).
    ++m_ctx->generation;
    cancelAll();
    const ProjectStore* store = m_ctx->store();
    m_scenario->setStore(store);
    m_diagnosis->setStore(store);
    m_index->setStore(store);
    m_forecast->setStore(store);
    m_runs->setStore(store);
    setEnabled(store != nullptr);
    // A reopened project shows its latest stored results (the map is left as the project has it).
    if (!store) return;
    QMap<QString, qint64> latest;
    for (const RunInfo& r : store->runs()) latest[r.kind] = qMax(latest.value(r.kind), r.id);
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const std::optional<RunInfo> run = store->run(it.value());
        if (!run) continue;
        if (run->kind == QLatin1String("regen.diagnose")) m_diagnosis->showRun(*run);
        else if (run->kind == QLatin1String("regen.index")) m_index->showRun(*run);
        else if (run->kind == QLatin1String("regen.forecast")) m_forecast->showRun(*run);
        else if (run->kind == QLatin1String("regen.outlook")) m_forecast->outlookView()->showRun(*run);
    }
}

void RegenPanel::layersChanged()
{
    m_scenario->setStore(m_ctx->store());
    m_diagnosis->refreshLayers();
    m_index->refreshLayers();
    m_forecast->refreshLayers();
    m_runs->refresh();
}

void RegenPanel::showRun(const RunInfo& run)
{
    QString field;
    if (run.kind == QLatin1String("regen.diagnose")) {
        m_diagnosis->showRun(run);
        m_tabs->setCurrentWidget(m_diagnosis);
        field = QStringLiteral("criteria_met");
    } else if (run.kind == QLatin1String("regen.index")) {
        m_index->showRun(run);
        m_tabs->setCurrentWidget(m_index);
        field = QStringLiteral("population_grade");
    } else if (run.kind == QLatin1String("regen.forecast")) {
        m_forecast->showRun(run);
        m_tabs->setCurrentWidget(m_forecast);
        field = QStringLiteral("value");
    } else if (run.kind == QLatin1String("regen.outlook")) {
        m_forecast->outlookView()->showRun(run);
        m_forecast->resultTabs()->setCurrentWidget(m_forecast->outlookView());
        m_tabs->setCurrentWidget(m_forecast);
        field = QStringLiteral("probability");
    } else {
        return;
    }
    const ProjectStore* store = m_ctx->store();
    if (!run.resultLayers.isEmpty() && store && store->hasLayer(run.resultLayers.first()))
        emit showLayerRequested(run.resultLayers.first(), field);
}

void RegenPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Diagnosis"));
    m_tabs->setTabToolTip(0, tr("Legal decline diagnosis: population, businesses, old buildings"));
    m_tabs->setTabText(1, tr("&Indices"));
    m_tabs->setTabToolTip(1, tr("Six thematic indices with grades 1–10"));
    m_tabs->setTabText(2, tr("&Forecast"));
    m_tabs->setTabToolTip(2, tr("Forecasts with their backtest error, and the decline outlook"));
    m_tabs->setTabText(3, tr("R&uns"));
    m_tabs->setTabToolTip(3, tr("Runs stored in the project: reopen, delete, compare"));
}

void RegenPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
