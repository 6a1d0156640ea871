#pragma once
// LocationRunsTab: the location runs stored in the project side by side (models::locationRuns):
// scenario, model, p, service standard, objective, covered demand and share, mean and max cost,
// optimal or gap, seconds. Selecting a run shows it (results and layers); Delete removes runs and
// their result layers after a confirmation.

#include "dosi/core/ProjectStore.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace dosi::desktop {

struct LocationContext;
class RegenTable;

class LocationRunsTab : public QWidget {
    Q_OBJECT
public:
    explicit LocationRunsTab(LocationContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);
    void refresh();                              // re-reads the runs, keeps the selection

    QList<qint64> runIds() const;                // as listed
    void selectRun(qint64 id);                   // selects without showing
    qint64 currentRun() const;
    bool deleteSelected();                       // asks first; false when nothing was removed

    RegenTable* table() const { return m_table; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* deleteButton() const { return m_delete; }

    // Column of each figure in table(), for tests and for reading the comparison.
    enum Column { RunCol, ScenarioCol, ModelCol, PCol, RadiusCol, ObjectiveCol, CoveredCol, ShareCol, MeanCol, MaxCol,
                  OptimalCol, SecondsCol, CreatedCol, ColumnCount };

signals:
    void runChosen(const RunInfo& run);          // the current row changed (or Show): show it
    void runsRemoved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void emitCurrent();

    LocationContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    RegenTable* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_refreshing = false;
};

}  // namespace dosi::desktop
