#pragma once
// LocationResultsTab: the results of one stored location run, as stored (so a reopened project shows
// them unchanged): a summary (objective, optimal or gap, covered demand and its share, units, mean and
// max cost, seconds, notes), the selected sites (existing and new, with the demand each serves, read
// from the run's sites layer) and, when the run has one, the coverage–p curve.

#include "dosi/core/ProjectStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace dosi::desktop {

struct LocationContext;
class LocationCurveChart;
class RegenTable;

class LocationResultsTab : public QWidget {
    Q_OBJECT
public:
    explicit LocationResultsTab(LocationContext* context, QWidget* parent = nullptr);

    void showRun(const RunInfo& run);
    void clear(const QString& message = {});
    qint64 shownRun() const { return m_shownRun; }

    // The summary shows two figures a row (name, value, name, value); the name cells are keyed
    // (RegenKeyRole) by their figure: "objective", "optimal", "gap", "covered_demand", "covered_share",
    // "covered_units", "mean_cost", "max_cost", "seconds", ...; a value cell holds (RegenSortRole) the
    // number itself.
    RegenTable* summaryTable() const { return m_summary; }
    QTabWidget* detailTabs() const { return m_details; }   // selected sites, coverage curve
    RegenTable* sitesTable() const { return m_sites; }
    LocationCurveChart* curveChart() const { return m_curve; }
    QLabel* headline() const { return m_headline; }
    QPushButton* editButton() const { return m_edit; }
    QLabel* notesLabel() const { return m_notes; }
    double figure(const QString& key) const;   // NaN when the summary has no such row

signals:
    void editScenarioRequested(const RunInfo& run);   // load the run's scenario into the editor

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSummary(const RunInfo& run);
    void fillSites(const RunInfo& run);

    LocationContext* m_ctx;
    qint64 m_shownRun = 0;
    QLabel* m_headline = nullptr;
    QPushButton* m_edit = nullptr;
    RegenTable* m_summary = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_sitesLabel = nullptr;
    RegenTable* m_sites = nullptr;
    LocationCurveChart* m_curve = nullptr;
    QTabWidget* m_details = nullptr;
    QSplitter* m_split = nullptr;
};

}  // namespace dosi::desktop
