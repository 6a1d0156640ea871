#pragma once
// RegenDiagnosisTab: the legal decline diagnosis (models/Decline.h) from the desktop. Sources
// (population, businesses, buildings: layer and field, prefilled by resolveDeclineSources), every
// threshold, the year assessed; Run diagnoses on a worker, stores the run with its result layer and
// shows it on the map. The result: a summary line, a sortable, filterable table of the units with each
// criterion's status (its reason as tooltip and in the detail pane) and the verdict.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenRun.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace dosi::desktop {

struct RegenContext;
class RegenFieldPicker;
class RegenJob;
class RegenTable;

class RegenDiagnosisTab : public QWidget {
    Q_OBJECT
public:
    explicit RegenDiagnosisTab(RegenContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);   // a new project: prefilled sources, no result
    void refreshLayers();                       // layers were added or removed: keeps the choices

    models::DiagnosisRequest request() const;   // sources, thresholds, year (no scenario)
    models::DeclineThresholds thresholds() const;
    void setThresholds(const models::DeclineThresholds& t);
    void setAsOfYear(int year);                 // 0 = the latest year of the data

    void run();                                 // on a worker; stores the run when it succeeds
    void showRun(const RunInfo& run);           // a stored run (with details), as computed
    qint64 shownRun() const { return m_shownRun; }

    RegenJob* job() const { return m_job; }
    RegenTable* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QTextBrowser* detailView() const { return m_detail; }
    QPushButton* runButton() const { return m_run; }
    RegenFieldPicker* populationPicker() const { return m_population; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillYears();
    void updateBuildingsMode();
    void showDetail(int row);
    void fail(const QString& message);

    RegenContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    RegenFieldPicker* m_population = nullptr;
    RegenFieldPicker* m_businesses = nullptr;
    RegenFieldPicker* m_buildings = nullptr;
    QComboBox* m_buildingsMode = nullptr;
    QComboBox* m_allBuildings = nullptr;
    QDoubleSpinBox* m_popDrop = nullptr;
    QSpinBox* m_popYears = nullptr;
    QDoubleSpinBox* m_bizDrop = nullptr;
    QSpinBox* m_bizYears = nullptr;
    QSpinBox* m_consecutive = nullptr;
    QSpinBox* m_recent = nullptr;
    QDoubleSpinBox* m_oldShare = nullptr;
    QSpinBox* m_oldAge = nullptr;
    QCheckBox* m_fullWindow = nullptr;
    QComboBox* m_year = nullptr;
    QPushButton* m_run = nullptr;
    RegenJob* m_job = nullptr;
    QLabel* m_summary = nullptr;
    RegenTable* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QTabWidget* m_pages = nullptr;   // settings, results
    QGroupBox* m_sourcesBox = nullptr;
    QGroupBox* m_thresholdsBox = nullptr;
    QList<QLabel*> m_labels;   // retranslated in order
    qint64 m_shownRun = 0;
};

}  // namespace dosi::desktop
