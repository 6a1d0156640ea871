#pragma once
// RegenForecastTab: forecasts of any measure with a time axis (models/Forecast.h) from the desktop.
// Layer and field, horizon, method (auto, naive, seasonal naive, linear, damped-trend ETS, boosted),
// interval level and units (all, or those selected on the map); Run forecasts on a worker with
// progress and Cancel, stores the run and shows its result layer. Every forecast is shown with its
// backtest error: the method table (MAPE, MASE, origins, the chosen method marked), each unit's own
// error in the unit table, and the chart of the selected unit (history, forecast, interval band, the
// origin) whose title says "estimated" with MAPE and MASE. Export CSV writes unit,time,value,lo,hi.
// "Outlook" runs the decline outlook of the yearly population (RegenOutlookView).

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenRun.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace dosi::desktop {

struct RegenContext;
class RegenFieldPicker;
class RegenForecastChart;
class RegenJob;
class RegenOutlookView;
class RegenTable;

class RegenForecastTab : public QWidget {
    Q_OBJECT
public:
    explicit RegenForecastTab(RegenContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);
    void refreshLayers();
    // The diagnosis' sources and thresholds (the outlook uses them).
    void setDiagnosisRequest(std::function<models::DiagnosisRequest()> f) { m_diagnosis = std::move(f); }

    void setTarget(const models::FieldRef& ref);
    void setHorizon(int steps);
    void setMethod(models::ForecastMethod m);
    void setLevel(double level);                 // 0..1
    void setUseSelection(bool selection);        // units: the map selection instead of all
    models::ForecastRequest request() const;     // without the scenario

    void run();
    void runOutlook();
    void cancel();
    void showRun(const RunInfo& run);            // a forecast run (outlook runs go to outlookView())
    qint64 shownRun() const { return m_shownRun; }
    void showUnit(const QString& code);
    Result<void> exportCsv(const QString& path) const;   // the forecast shown

    RegenJob* job() const { return m_job; }
    RegenTable* backtestTable() const { return m_backtest; }
    RegenTable* unitTable() const { return m_units; }
    RegenForecastChart* chart() const { return m_chart; }
    RegenOutlookView* outlookView() const { return m_outlook; }
    QTabWidget* resultTabs() const { return m_results; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* exportButton() const { return m_export; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onTargetChanged();
    void chartRow(int row);
    void fail(const QString& title, const QString& message);

    RegenContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    std::function<models::DiagnosisRequest()> m_diagnosis;
    RegenFieldPicker* m_target = nullptr;
    QSpinBox* m_horizon = nullptr;
    QComboBox* m_method = nullptr;
    QDoubleSpinBox* m_level = nullptr;
    QComboBox* m_unitsMode = nullptr;
    QList<class QLabel*> m_labels;
    QPushButton* m_run = nullptr;
    QPushButton* m_outlookButton = nullptr;
    QPushButton* m_export = nullptr;
    RegenJob* m_job = nullptr;
    QTabWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    RegenTable* m_backtest = nullptr;
    RegenTable* m_units = nullptr;
    RegenForecastChart* m_chart = nullptr;
    RegenOutlookView* m_outlook = nullptr;
    TimeKind m_lastKind = TimeKind::None;

    // The run shown.
    qint64 m_shownRun = 0;
    models::ForecastRequest m_shownRequest;
    TimeKind m_shownKind = TimeKind::None;
    QMap<QString, QVector<models::ForecastPoint>> m_points;   // unit -> forecast
    QJsonObject m_details;                                     // unit -> method, backtest, note
};

}  // namespace dosi::desktop
