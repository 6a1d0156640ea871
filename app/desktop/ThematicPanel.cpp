// ThematicPanel: choropleth controls.
#include "ThematicPanel.h"

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
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setTracking(true);
    m_slider->setPageStep(6);
    m_slider->setRange(0, 0);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_prev = new QToolButton(this);
    m_prev->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(800);

    auto* classify = new QHBoxLayout;
    classify->addWidget(m_method, 1);
    classify->addWidget(m_classes);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_prev);
    timeRow->addWidget(m_slider, 1);
    timeRow->addWidget(m_next);
    timeRow->addWidget(m_play);

    m_layerLabel = new QLabel(this);
    m_fieldLabel = new QLabel(this);
    m_classesLabel = new QLabel(this);
    m_timeTitle = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(m_layerLabel, m_layer);
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_classesLabel, classify);
    form->addRow(m_timeTitle, timeRow);
    form->addRow(QString(), m_timeLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) return;
        fillLayerDependent();
        emitChanged();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &ThematicPanel::emitChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ThematicPanel::emitChanged);
    connect(m_classes, &QSpinBox::valueChanged, this, &ThematicPanel::emitChanged);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateTimeLabel();
        emitChanged();
    });
    connect(m_prev, &QToolButton::clicked, this, [this] { m_slider->setValue(m_slider->value() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_slider->setValue(m_slider->value() + 1); });
    connect(m_play, &QToolButton::toggled, this, &ThematicPanel::setPlaying);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        const int next = m_slider->value() >= m_slider->maximum() ? 0 : m_slider->value() + 1;
        m_slider->setValue(next);
    });

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
    setEnabled(m_layer->count() > 0);
}

void ThematicPanel::fillLayerDependent()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_field->clear();
    m_times.clear();
    m_timeKind = TimeKind::None;
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
            m_timeKind = info->timeKind;
        }
        if (auto times = m_store->measureTimes(name)) m_times = times.value();
    }
    m_field->setCurrentIndex(m_field->count() > 0 ? 0 : -1);
    m_slider->setRange(0, qMax(0, int(m_times.size()) - 1));
    m_slider->setValue(0);
    m_slider->setEnabled(m_times.size() > 1);
    m_prev->setEnabled(m_times.size() > 1);
    m_next->setEnabled(m_times.size() > 1);
    m_play->setEnabled(m_times.size() > 1);
    if (m_times.size() <= 1) setPlaying(false);
    updateTimeLabel();
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

void ThematicPanel::setPlaying(bool playing)
{
    if (playing && m_times.size() <= 1) playing = false;
    if (playing) m_playTimer->start();
    else m_playTimer->stop();
    if (m_play->isChecked() != playing) m_play->setChecked(playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play through the times"));
}

bool ThematicPanel::isPlaying() const
{
    return m_playTimer->isActive();
}

int ThematicPanel::timeIndex() const
{
    return m_times.isEmpty() ? -1 : m_slider->value();
}

void ThematicPanel::setTimeIndex(int index)
{
    m_slider->setValue(index);
}

QString ThematicPanel::timeLabelText() const
{
    return m_timeLabel->text();
}

void ThematicPanel::updateTimeLabel()
{
    const int i = timeIndex();
    if (i < 0 || i >= m_times.size()) {
        m_timeLabel->setText(tr("No time axis"));
        return;
    }
    const TimeKind kind = m_timeKind == TimeKind::None ? guessTimeKind(m_times.at(i)) : m_timeKind;
    m_timeLabel->setText(tr("%1  (%2 of %3)").arg(timeLabel(m_times.at(i), kind)).arg(i + 1).arg(m_times.size()));
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
    m_prev->setToolTip(tr("Previous time"));
    m_next->setToolTip(tr("Next time"));
    m_play->setToolTip(isPlaying() ? tr("Pause") : tr("Play through the times"));
    m_layerLabel->setText(tr("Layer:"));
    m_fieldLabel->setText(tr("Field:"));
    m_classesLabel->setText(tr("Classes:"));
    m_timeTitle->setText(tr("Time:"));
    updateTimeLabel();
}

void ThematicPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
