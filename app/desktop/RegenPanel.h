#pragma once
// RegenPanel: the urban-regeneration panel (a dock of the main window). A what-if scenario editor
// shared by every run, and tabs: Diagnosis (legal decline), Indices (six thematic indices), Forecast
// (with the decline outlook) and Runs (stored runs: show, delete, compare). Models run on worker
// threads with progress and Cancel; every run is stored in the project with its result layers, which
// the window then shows on the map (showLayerRequested).

#include "dosi/core/ProjectStore.h"

#include <QWidget>
#include <functional>
#include <memory>

class QTabWidget;

namespace dosi::desktop {

class ProjectSession;
class RegenDiagnosisTab;
class RegenForecastTab;
class RegenIndexTab;
class RegenRunsTab;
class RegenScenarioEditor;
struct RegenContext;

class RegenPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegenPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~RegenPanel() override;

    // The window's services: the map selection, error and question dialogs (replaceable by tests).
    void setSelectionProvider(std::function<QStringList()> provider);
    void setErrorHandler(std::function<void(const QString& title, const QString& message)> handler);
    void setConfirmHandler(std::function<bool(const QString& question)> handler);

    void projectReplaced();   // a different project is open: cancels runs, refills everything
    void layersChanged();     // layers were added or removed elsewhere (imports): refills the choices

    bool isRunning() const;   // any tab's model run
    void cancelAll();
    void showRun(const RunInfo& run);   // switches to the run's tab and shows its stored results

    QTabWidget* tabs() const { return m_tabs; }
    RegenScenarioEditor* scenarioEditor() const { return m_scenario; }
    RegenDiagnosisTab* diagnosisTab() const { return m_diagnosis; }
    RegenIndexTab* indexTab() const { return m_index; }
    RegenForecastTab* forecastTab() const { return m_forecast; }
    RegenRunsTab* runsTab() const { return m_runs; }

signals:
    // The project's layers changed (a run stored or removed); show `layer` with `field` when given.
    void showLayerRequested(const QString& layer, const QString& field);
    // Two runs' result layers side by side on the map (the Runs tab's comparison).
    void sideBySideRequested(const QString& layerA, const QString& layerB, const QString& field);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::unique_ptr<RegenContext> m_ctx;
    RegenScenarioEditor* m_scenario = nullptr;
    QTabWidget* m_tabs = nullptr;
    RegenDiagnosisTab* m_diagnosis = nullptr;
    RegenIndexTab* m_index = nullptr;
    RegenForecastTab* m_forecast = nullptr;
    RegenRunsTab* m_runs = nullptr;
};

}  // namespace dosi::desktop
