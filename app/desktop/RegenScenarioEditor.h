#pragma once
// RegenScenarioEditor: the what-if scenario the regeneration panel's runs use (models/Scenario.h).
// Off = the baseline. On: a name and a list of changes, each "layer.field" for some units (typed
// codes, or the units selected on the map) from a time on, adding or scaling by a value. A run with a
// scenario is stored under the scenario's name.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/Scenario.h"

#include <QGroupBox>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dosi::desktop {

class RegenScenarioEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit RegenScenarioEditor(QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);
    // Unit codes selected on the map ("Use map selection").
    void setSelectionProvider(std::function<QStringList()> provider) { m_selection = std::move(provider); }

    // The scenario to run: the baseline when off or without changes; an error names the row to fix.
    Result<models::Scenario> scenario() const;
    void setScenario(const models::Scenario& s);   // on when it has changes
    bool isOn() const { return isChecked(); }

    void addAdjustment(const models::Adjustment& a = {});
    void removeCurrent();
    void useSelectionForCurrent();
    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();

    const ProjectStore* m_store = nullptr;
    std::function<QStringList()> m_selection;
    QWidget* m_body = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_useSelection = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_summary = nullptr;
    QStringList m_fieldChoices;   // "layer.field" of the project's measure layers
};

}  // namespace dosi::desktop
