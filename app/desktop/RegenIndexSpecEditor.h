#pragma once
// RegenIndexSpecEditor: the thematic index specification (models/ThematicIndex.h) as an editable tree:
// one branch per area, one row per indicator with its layer, field, time, change, direction,
// normalisation and weight. Indicators whose layer or field the project lacks are greyed with the
// problem; a run replaces that quick check with the problems the models found.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/ThematicIndex.h"

#include <QMap>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dosi::desktop {

class RegenIndexSpecEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleCol, LayerCol, FieldCol, WeightCol, DirectionCol, NormCol, ChangeCol, TimeCol, StatusCol, ColCount };

    explicit RegenIndexSpecEditor(QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);     // the layer choices (keeps the spec)
    void setSpec(const models::IndexSpec& spec);
    models::IndexSpec spec() const;
    // Problems per indicator id (empty = available), e.g. from a run's IndicatorValues.
    void setProblems(const QMap<QString, QString>& problems);
    QString problem(const QString& indicatorId) const;
    QMap<QString, QString> quickProblems() const;   // layer and field present?

    void addIndicator();       // to the current area
    void removeCurrent();      // the current indicator
    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* indicatorItem(const QString& id) const;

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTreeWidgetItem* addIndicatorItem(QTreeWidgetItem* area, const models::IndicatorSpec& ind);
    void updateRowTexts(QTreeWidgetItem* item);
    void applyProblem(QTreeWidgetItem* item, const QString& problem);

    const ProjectStore* m_store = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_filling = false;
};

}  // namespace dosi::desktop
