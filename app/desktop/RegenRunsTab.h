#pragma once
// RegenRunsTab: the regeneration runs stored in the project. Show reopens a run's stored results in
// its tab (as computed: from the run record and its result layer); Delete removes the run and its
// layers after a confirmation; Compare puts two runs of the same kind side by side (compareRuns):
// unit, field, A, B and B − A with the changed rows highlighted, and shows either run's result layer
// on the map.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenRun.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace dosi::desktop {

struct RegenContext;
class RegenTable;

class RegenRunsTab : public QWidget {
    Q_OBJECT
public:
    explicit RegenRunsTab(RegenContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);
    void refresh();                                   // re-reads the list, keeps the selection

    QList<qint64> runIds() const;                     // as listed
    void selectRuns(const QList<qint64>& ids);
    void showSelected();                              // emits showRunRequested for the first selected run
    bool deleteSelected();                            // asks first; false when nothing was removed
    bool compare(qint64 a, qint64 b);                 // false (with the reason shown) when they cannot be compared
    void compareSelected();
    void showComparedLayer(bool b);                   // A's or B's result layer with the current row's field

    QStringList changedUnits() const;                 // of the comparison shown
    RegenTable* runTable() const { return m_runs; }
    RegenTable* compareTable() const { return m_compare; }
    QLabel* compareSummary() const { return m_summary; }

signals:
    void showRunRequested(const RunInfo& run);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void fillComparison();

    RegenContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    RegenTable* m_runs = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_onlyChanged = nullptr;
    RegenTable* m_compare = nullptr;
    QPushButton* m_showA = nullptr;
    QPushButton* m_showB = nullptr;
    QPushButton* m_sideBySide = nullptr;
    std::optional<models::RunComparison> m_comparison;
};

}  // namespace dosi::desktop
