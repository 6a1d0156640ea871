#pragma once
// ThematicPanel: controls of the choropleth: which measure layer, which field, which time
// (slider over the layer's measureTimes() with a readable label) and how to classify.
// The field list offers, after the stored fields, the measures the layer can derive
// (gis/DerivedMeasures.h: by sex, age group, 소멸위험지수), labelled as derived; the map
// computes them when drawn.

#include "MapComposer.h"
#include "TimeController.h"

#include "dosi/core/ProjectStore.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;
class QTimer;

namespace dosi::desktop {

// The thematic style of the map: the field and classes chosen for a layer (what undo gives back).
struct ThematicStyle {
    QString layer;
    QString field;
    QString classes;                                // "quantile:5"
    bool operator==(const ThematicStyle& o) const { return layer == o.layer && field == o.field && classes == o.classes; }
    bool operator!=(const ThematicStyle& o) const { return !(*this == o); }
};

class ThematicPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThematicPanel(QWidget* parent = nullptr);

    // A new project: refills the layer list and picks the first measure layer, its first
    // numeric field and its first time.
    void setProject(const ProjectStore* store);

    ThematicChoice choice() const;
    QString activeLayer() const;
    bool setActiveLayer(const QString& name);       // false when it is not a measure layer
    void setField(const QString& field);
    void setClassification(const QString& method); // "quantile", "equal", "jenks"
    void setClasses(const QString& spec);           // "quantile:5" (as in ThematicChoice::classes)
    ThematicStyle style() const;
    // Sets layer, field and classes at once (one choiceChanged, no styleEdited): undo and redo.
    void applyStyle(const ThematicStyle& style);

    QStringList times() const { return m_times; }
    int timeIndex() const;
    void setTimeIndex(int index);
    QString timeLabelText() const;

    QSlider* timeSlider() const;
    // The time controls. The window may move them into a dock of their own (reparenting).
    TimeController* timeController() const { return m_time; }

    // Plays the time axis (one step per interval, wrapping at the end).
    void setPlaying(bool playing);
    bool isPlaying() const;

signals:
    void choiceChanged();
    // The field or the classes of the layer shown changed (not by applyStyle(), nor by choosing
    // another layer): `before` is the style it had.
    void styleEdited(const dosi::desktop::ThematicStyle& before, const dosi::desktop::ThematicStyle& after);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLayerDependent();                      // fields and times of the active layer
    void emitChanged();
    void onStyleChanged();                          // field, method or class count changed
    QString derivedFieldText(const QString& name) const;   // "Derived: Extinction risk index (소멸위험지수)"

    static constexpr int DerivedRole = Qt::UserRole + 1;    // field items: true for derived measures

    const ProjectStore* m_store = nullptr;
    QComboBox* m_layer = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_classes = nullptr;
    TimeController* m_time = nullptr;
    QLabel* m_layerLabel = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLabel* m_classesLabel = nullptr;
    QSpinBox* m_topFlows = nullptr;
    QLabel* m_topFlowsLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QStringList m_times;
    bool m_updating = false;
    ThematicStyle m_style;                          // as last seen (styleEdited's `before`)
};

}  // namespace dosi::desktop
