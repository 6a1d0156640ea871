#pragma once
// Pieces shared by the tabs of the regeneration panel (RegenPanel.h):
//   RegenContext      what every tab needs from the window (project, scenario, selection, map, errors);
//   RegenFieldPicker  a measure layer and a field expression of it (editable: "a+b" sums fields);
//   RegenTable        a sortable, filterable table (QStandardItemModel behind a proxy) with helpers for
//                     number cells that sort as numbers and show missing values as a dash.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenData.h"

#include <QStandardItem>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace dosi::desktop {

class ProjectSession;
class RegenScenarioEditor;

struct RegenContext {
    ProjectSession* session = nullptr;
    RegenScenarioEditor* scenario = nullptr;
    std::function<QStringList()> selection;                                     // unit codes selected on the map
    std::function<void(const QString& title, const QString& message)> error;   // a failure the user must see
    std::function<bool(const QString& question)> confirm;                       // e.g. before deleting a run
    std::function<void(const QString& layer, const QString& field)> showLayer; // the layers changed; show this one
    std::function<void()> runsChanged;                                          // a run was stored or removed
    // Two result layers (e.g. baseline and what-if) side by side on the map, with shared classes.
    std::function<void(const QString& layerA, const QString& layerB, const QString& field)> showSideBySide;
    int generation = 0;                                                         // bumped when the project is replaced

    ProjectStore* store() const;
    // After a run was stored: refreshes the project's views, tells the runs tab, and shows the run's
    // first result layer with `field` on the map. Returns the stored run (nullopt without a project).
    std::optional<RunInfo> runStored(qint64 id, const QString& field) const;
};

// Item data roles of RegenTable cells.
inline constexpr int RegenSortRole = Qt::UserRole + 40;   // what the column sorts by
inline constexpr int RegenKeyRole = Qt::UserRole + 41;    // the unit code (first column) or run id

// Cells: text, or a number formatted with `decimals` (NaN shows "—" and sorts last).
QStandardItem* regenTextItem(const QString& text);
QStandardItem* regenNumberItem(double value, int decimals, const QString& suffix = {});
QString regenNumber(double value, int decimals);   // "12,345.6", "—" for NaN
// A unit's name: the last part shown ("사직동"), the full name as tooltip, found by the filter.
QStandardItem* regenNameItem(const QString& fullName);

class RegenTable : public QWidget {
    Q_OBJECT
public:
    explicit RegenTable(bool withFilter, QWidget* parent = nullptr);

    void reset(const QStringList& headers);   // clears the rows
    void appendRow(const QList<QStandardItem*>& items);
    void finish();                            // after filling: column widths, sorting back on
    void fitHeightToRows(int maxRows);        // a short table: as high as its rows (at most maxRows)

    QStandardItemModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    int rowCount() const;                     // all rows (not only those the filter shows)
    int visibleRowCount() const;
    int currentRow() const;                   // model row of the current cell, -1 when none
    QList<int> selectedRows() const;          // model rows, in the order shown
    int rowOfKey(const QVariant& key) const;  // model row whose first cell has RegenKeyRole == key
    void selectRow(int modelRow);
    QVariant key(int modelRow) const;

signals:
    void currentRowChanged(int modelRow);

protected:
    void changeEvent(QEvent* event) override;

private:
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
};

// A layer and a field expression. The layer list holds the project's measure layers that `accept`
// allows; the field list the layer's numeric fields (and derivable measures), editable so that a sum
// "a+b" can be typed.
class RegenFieldPicker : public QWidget {
    Q_OBJECT
public:
    explicit RegenFieldPicker(bool allowNone, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store, const std::function<bool(const LayerInfo&)>& accept = {});
    void setRef(const models::FieldRef& ref);
    models::FieldRef ref() const;           // null when "(none)" is chosen
    QComboBox* layerCombo() const { return m_layer; }
    QComboBox* fieldCombo() const { return m_field; }
    void retranslate();

signals:
    void changed();

private:
    void fillFields();

    const ProjectStore* m_store = nullptr;
    QComboBox* m_layer = nullptr;
    QComboBox* m_field = nullptr;
    bool m_allowNone = false;
};

// The short label of a run kind ("Diagnosis", "Indices", "Forecast", "Outlook").
QString regenKindLabel(const QString& kind);

}  // namespace dosi::desktop
