#pragma once
// RegenIndexTab: the six thematic indices (models/ThematicIndex.h) from the desktop. The index
// specification is edited in a tree (RegenIndexSpecEditor); Run computes on a worker, stores the run
// and its result layer and shows it on the map; the ranking table lists every unit's score and grade
// per area and the indicators it misses, and a radar chart draws the selected unit's six grades
// (an area without an index is marked "missing", never drawn as zero).

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenRun.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dosi::desktop {

struct RegenContext;
class RegenIndexSpecEditor;
class RegenJob;
class RegenRadarChart;
class RegenTable;

class RegenIndexTab : public QWidget {
    Q_OBJECT
public:
    explicit RegenIndexTab(RegenContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);   // the default specification of the project, no result
    void refreshLayers();

    void run();
    void showRun(const RunInfo& run);
    qint64 shownRun() const { return m_shownRun; }
    void showUnit(const QString& code);         // selects the unit in the ranking and charts it

    RegenIndexSpecEditor* specEditor() const { return m_spec; }
    RegenJob* job() const { return m_job; }
    RegenTable* table() const { return m_table; }
    RegenRadarChart* radar() const { return m_radar; }
    QPushButton* runButton() const { return m_run; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chartRow(int row);
    void fail(const QString& message);

    RegenContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    QTabWidget* m_pages = nullptr;   // indicators, results
    RegenIndexSpecEditor* m_spec = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_run = nullptr;
    RegenJob* m_job = nullptr;
    QLabel* m_summary = nullptr;
    RegenTable* m_table = nullptr;
    RegenRadarChart* m_radar = nullptr;
    QList<models::IndexArea> m_areas;   // columns of the table, in order
    qint64 m_shownRun = 0;
};

}  // namespace dosi::desktop
