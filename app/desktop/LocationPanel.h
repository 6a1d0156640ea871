#pragma once
// LocationPanel: the location-analysis panel (a dock of the main window): where to put CCTVs, EV
// chargers or fire stations. Tabs: Scenario (LocationScenarioEditor), Results (LocationResultsTab) and
// Runs (LocationRunsTab); under them Solve, Coverage curve (p = 1..N) and the progress of the run with
// Cancel. The inputs are read on the GUI thread (readLocationInputs), solved on a worker
// (runLocation, cancellable), and stored with their result layers on the GUI thread
// (saveLocationRun); a cancelled run stores nothing. The window shows a run's layers on the map
// (showLayersRequested) and lets the user click candidate sites on the map while drawing.

#include "LocationWidgets.h"

#include "dosi/core/ProjectStore.h"

#include <QPointF>
#include <QVector>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace dosi::desktop {

class LocationResultsTab;
class LocationRunsTab;
class LocationScenarioEditor;
class ProjectSession;
class RegenJob;

class LocationPanel : public QWidget {
    Q_OBJECT
public:
    explicit LocationPanel(ProjectSession* session, QWidget* parent = nullptr);
    ~LocationPanel() override;

    void setErrorHandler(std::function<void(const QString& title, const QString& message)> handler);
    void setConfirmHandler(std::function<bool(const QString& question)> handler);

    void projectReplaced();   // a different project is open: cancels the run, refills everything
    void layersChanged();     // layers were added or removed elsewhere (imports): refills the choices

    // Solves the scenario as edited (curveMax > 0: also the coverage curve for p = 1..curveMax).
    // False (with the reason shown) when it could not start.
    bool solve();
    bool runCurve(int curveMax);
    bool isRunning() const;
    void cancel();

    // Shows a stored run: its results and (onMap) its layers on the map, sites over the coverage.
    void showRun(const RunInfo& run, bool onMap = true);
    void addDrawnCandidate(const QPointF& map);   // a click on the map while drawing

    QTabWidget* tabs() const { return m_tabs; }
    LocationScenarioEditor* scenarioEditor() const { return m_editor; }
    LocationResultsTab* resultsTab() const { return m_results; }
    LocationRunsTab* runsTab() const { return m_runs; }
    RegenJob* job() const { return m_job; }
    QPushButton* solveButton() const { return m_solve; }
    QPushButton* curveButton() const { return m_curve; }
    QSpinBox* curveMaxSpin() const { return m_curveMax; }

signals:
    // The project's layers changed (a run stored, shown or removed): show `layer` (the coverage of the
    // run, a measure layer) with `field` and `classes` when given.
    void showLayersRequested(const QString& layer, const QString& field, const QString& classes);
    void drawingChanged(bool on);                          // clicks on the map add candidate sites
    void markersChanged(const QVector<QPointF>& points);   // the drawn candidate sites

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Phase;
    bool start(int curveMax);
    void fail(const QString& message);
    void showOnMap(const RunInfo& run);
    void retranslateUi();

    LocationContext m_ctx;
    QTabWidget* m_tabs = nullptr;
    LocationScenarioEditor* m_editor = nullptr;
    LocationResultsTab* m_results = nullptr;
    LocationRunsTab* m_runs = nullptr;
    QPushButton* m_solve = nullptr;
    QPushButton* m_curve = nullptr;
    QLabel* m_curveLabel = nullptr;
    QSpinBox* m_curveMax = nullptr;
    RegenJob* m_job = nullptr;
    QTimer* m_phaseTimer = nullptr;
    std::shared_ptr<Phase> m_phase;
    QString m_status;
};

}  // namespace dosi::desktop
