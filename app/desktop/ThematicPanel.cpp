// ThematicPanel: choropleth controls.
#include "ThematicPanel.h"

#include "dosi/gis/OdImport.h"

#include "dosi/gis/DerivedMeasures.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dosi::desktop {

ThematicPanel::ThematicPanel(QWidget* parent) : QWidget(parent)
{
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("thematicLayer"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("thematicField"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("thematicMethod"));
    for (const char* m : {"quantile", "equal", "jenks"}) m_method->addItem(QString(), QString::fromLatin1(m));
    m_classes = new QSpinBox(this);
    m_classes->setRange(2, 9);
    m_classes->setValue(5);
    m_topFlows = new QSpinBox(this);
    m_topFlows->setObjectName(QStringLiteral("thematicTopFlows"));
    m_topFlows->setRange(10, 5000);
    m_topFlows->setSingleStep(50);
    m_topFlows->setValue(150);
    m_time = new TimeController(this);
    auto* classify = new QHBoxLayout;
    classify->addWidget(m_method, 1);
    classify->addWidget(m_classes);

    m_layerLabel = new QLabel(this);
    m_fieldLabel = new QLabel(this);
    m_classesLabel = new QLabel(this);
    m_topFlowsLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(m_layerLabel, m_layer);
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_classesLabel, classify);
    form->addRow(m_topFlowsLabel, m_topFlows);
    m_form = form;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_time);
    layout->addStretch(1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) return;
        fillLayerDependent();
        m_style = style();
        emitChanged();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &ThematicPanel::onStyleChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ThematicPanel::onStyleChanged);
    connect(m_classes, &QSpinBox::valueChanged, this, &ThematicPanel::onStyleChanged);
    connect(m_topFlows, &QSpinBox::valueChanged, this, &ThematicPanel::emitChanged);
    connect(m_time, &TimeController::indexChanged, this, &ThematicPanel::emitChanged);

    retranslateUi();
    setProject(nullptr);
}

void ThematicPanel::setProject(const ProjectStore* store)
{
    m_store = store;
    m_updating = true;
    m_layer->clear();
    if (m_store) {
        for (const LayerInfo& l : m_store->layers())
            if (l.kind == LayerKind::Measure) m_layer->addItem(l.title.isEmpty() ? l.name : l.title, l.name);
    }
    m_layer->setCurrentIndex(m_layer->count() > 0 ? 0 : -1);
    m_updating = false;
    fillLayerDependent();
    m_style = style();
    setEnabled(m_layer->count() > 0);
}

void ThematicPanel::fillLayerDependent()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_field->clear();
    m_times.clear();
    TimeKind kind = TimeKind::None;
    bool movement = false;
    const QString name = activeLayer();
    if (m_store && !name.isEmpty()) {
        if (const std::optional<LayerInfo> info = m_store->layer(name)) {
            QStringList stored;
            for (const FieldInfo& f : info->fields) {
                stored << f.name;
                if (f.type == FieldType::Text) continue;
                m_field->addItem(f.description.isEmpty() ? f.name : QStringLiteral("%1 — %2").arg(f.name, f.description), f.name);
            }
            // Measures the layer can derive (by sex, age group, 소멸위험지수), computed when drawn.
            for (const QString& d : gis::extraDerivedMeasures(stored)) {
                m_field->addItem(derivedFieldText(d), d);
                m_field->setItemData(m_field->count() - 1, true, DerivedRole);
            }
            kind = info->timeKind;
            movement = gis::isOdLayer(*info);
        }
        if (auto times = m_store->measureTimes(name)) m_times = times.value();
    }
    m_field->setCurrentIndex(m_field->count() > 0 ? 0 : -1);
    m_time->setTimes(m_times, kind);
    // Movement layers draw their largest flows: how many is the planner's choice.
    m_form->setRowVisible(m_topFlows, movement);
    m_updating = wasUpdating;
}

ThematicChoice ThematicPanel::choice() const
{
    ThematicChoice c;
    c.layer = activeLayer();
    c.field = m_field->currentData().toString();
    const int i = timeIndex();
    if (i >= 0 && i < m_times.size()) c.time = m_times.at(i);
    c.classes = QStringLiteral("%1:%2").arg(m_method->currentData().toString()).arg(m_classes->value());
    c.topFlows = m_topFlows->value();
    return c;
}

QString ThematicPanel::activeLayer() const
{
    return m_layer->currentData().toString();
}

bool ThematicPanel::setActiveLayer(const QString& name)
{
    const int i = m_layer->findData(name);
    if (i < 0) return false;
    m_layer->setCurrentIndex(i);
    return true;
}

void ThematicPanel::setField(const QString& field)
{
    const int i = m_field->findData(field);
    if (i >= 0) m_field->setCurrentIndex(i);
}

void ThematicPanel::setClassification(const QString& method)
{
    const int i = m_method->findData(method);
    if (i >= 0) m_method->setCurrentIndex(i);
}

void ThematicPanel::setClasses(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    setClassification(parts.value(0));
    bool ok = false;
    const int n = parts.value(1).toInt(&ok);
    if (ok) m_classes->setValue(n);
}

ThematicStyle ThematicPanel::style() const
{
    const ThematicChoice c = choice();
    return {c.layer, c.field, c.classes};
}

void ThematicPanel::applyStyle(const ThematicStyle& style)
{
    m_updating = true;
    if (const int i = m_layer->findData(style.layer); i >= 0 && i != m_layer->currentIndex()) {
        m_layer->setCurrentIndex(i);
        fillLayerDependent();
    }
    setField(style.field);
    setClasses(style.classes);
    m_updating = false;
    m_style = this->style();
    emitChanged();
}

void ThematicPanel::onStyleChanged()
{
    if (m_updating) return;
    const ThematicStyle now = style();
    const ThematicStyle before = m_style;
    m_style = now;
    if (before.layer == now.layer && before != now) emit styleEdited(before, now);
    emitChanged();
}

void ThematicPanel::setPlaying(bool playing)
{
    m_time->setPlaying(playing);
}

bool ThematicPanel::isPlaying() const
{
    return m_time->isPlaying();
}

QSlider* ThematicPanel::timeSlider() const
{
    return m_time->slider();
}

int ThematicPanel::timeIndex() const
{
    return m_time->index();
}

void ThematicPanel::setTimeIndex(int index)
{
    m_time->setIndex(index);
}

QString ThematicPanel::timeLabelText() const
{
    return m_time->labelText();
}

QString ThematicPanel::derivedFieldText(const QString& name) const
{
    return tr("Derived: %1").arg(gis::derivedMeasureLabel(name));
}

void ThematicPanel::emitChanged()
{
    if (!m_updating) emit choiceChanged();
}

void ThematicPanel::retranslateUi()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_method->setItemText(0, tr("Quantile"));
    m_method->setItemText(1, tr("Equal interval"));
    m_method->setItemText(2, tr("Natural breaks (Jenks)"));
    for (int i = 0; i < m_field->count(); ++i)
        if (m_field->itemData(i, DerivedRole).toBool()) m_field->setItemText(i, derivedFieldText(m_field->itemData(i).toString()));
    m_updating = wasUpdating;
    m_classes->setToolTip(tr("Number of classes"));
    m_layerLabel->setText(tr("Layer:"));
    m_fieldLabel->setText(tr("Field:"));
    m_classesLabel->setText(tr("Classes:"));
    m_topFlowsLabel->setText(tr("Flows shown:"));
    m_topFlows->setToolTip(tr("The largest origin–destination flows drawn on the map"));
}

void ThematicPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
