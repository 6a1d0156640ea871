// LayerPanel: layer list with visibility and order.
#include "LayerPanel.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QJsonValue>
#include <QListWidget>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace dosi::desktop {

namespace {
constexpr int NameRole = Qt::UserRole + 1;

QString kindText(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Boundaries: return LayerPanel::tr("boundaries");
    case LayerKind::Points: return LayerPanel::tr("points");
    case LayerKind::Grid: return LayerPanel::tr("grid");
    case LayerKind::Measure: return LayerPanel::tr("thematic");
    }
    return {};
}
}  // namespace

LayerPanel::LayerPanel(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);

    m_up = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setObjectName(QStringLiteral("layerUp"));
    m_down = new QToolButton(this);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setObjectName(QStringLiteral("layerDown"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacityLabel = new QLabel(this);
    m_opacityValue = new QLabel(this);
    m_opacityValue->setMinimumWidth(m_opacityValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(8);
    buttons->addWidget(m_opacityLabel);
    buttons->addWidget(m_opacity, 1);
    buttons->addWidget(m_opacityValue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updating) return;
        const QString name = item->data(NameRole).toString();
        const bool visible = item->checkState() == Qt::Checked;
        for (LayerInfo& l : m_layers)
            if (l.name == name && l.visible != visible) {
                l.visible = visible;
                emit visibilityChanged(name, visible);
            }
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        m_opacityValue->setText(QStringLiteral("%1 %").arg(v));
        if (m_updating) return;
        const QString name = currentLayer();
        if (name.isEmpty()) return;
        for (LayerInfo& l : m_layers)
            if (l.name == name) l.style.insert(QStringLiteral("opacity"), v / 100.0);
        emit opacityChanged(name, v / 100.0);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        updateButtons();
        updateOpacity();
        if (!m_updating) emit currentLayerChanged(item ? item->data(NameRole).toString() : QString());
    });
    // Drag & drop moves rows; compare the order once the model has settled.
    auto deferredCheck = [this] { QTimer::singleShot(0, this, &LayerPanel::checkOrder); };
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, deferredCheck);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, deferredCheck);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, deferredCheck);

    retranslateUi();
    updateButtons();
}

void LayerPanel::setLayers(const QList<LayerInfo>& layers)
{
    const QString current = currentLayer();
    m_updating = true;
    m_layers = layers;
    m_list->clear();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(NameRole, it->name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
    }
    updateItemTexts();
    m_lastOrder = bottomToTop();
    if (QListWidgetItem* item = itemFor(current)) m_list->setCurrentItem(item);
    m_updating = false;
    updateButtons();
    updateOpacity();
}

QStringList LayerPanel::displayedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) names << m_list->item(i)->data(NameRole).toString();
    return names;
}

QStringList LayerPanel::bottomToTop() const
{
    QStringList names = displayedNames();
    std::reverse(names.begin(), names.end());
    return names;
}

QString LayerPanel::currentLayer() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void LayerPanel::setCurrentLayer(const QString& name)
{
    if (QListWidgetItem* item = itemFor(name)) m_list->setCurrentItem(item);
}

QListWidgetItem* LayerPanel::itemFor(const QString& name) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(NameRole).toString() == name) return m_list->item(i);
    return nullptr;
}

bool LayerPanel::isLayerChecked(const QString& name) const
{
    const QListWidgetItem* item = itemFor(name);
    return item && item->checkState() == Qt::Checked;
}

void LayerPanel::setLayerChecked(const QString& name, bool checked)
{
    if (QListWidgetItem* item = itemFor(name)) item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void LayerPanel::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) return;
    m_updating = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentItem(item);
    m_updating = false;
    updateButtons();
    checkOrder();
}

void LayerPanel::setActiveThematic(const QString& name)
{
    m_activeThematic = name;
    updateItemTexts();
}

void LayerPanel::checkOrder()
{
    const QStringList order = bottomToTop();
    if (order == m_lastOrder || order.size() != m_layers.size()) return;
    m_lastOrder = order;
    emit orderChanged(order);
}

double LayerPanel::layerOpacity(const QString& name) const
{
    for (const LayerInfo& l : m_layers) {
        if (l.name != name) continue;
        const QJsonValue v = l.style.value(QStringLiteral("opacity"));
        return v.isDouble() ? std::clamp(v.toDouble(), 0.0, 1.0) : 1.0;
    }
    return 1.0;
}

void LayerPanel::updateOpacity()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString name = currentLayer();
    m_opacity->setEnabled(!name.isEmpty());
    m_opacity->setValue(int(std::lround(layerOpacity(name) * 100)));
    m_opacityValue->setText(QStringLiteral("%1 %").arg(m_opacity->value()));
    m_updating = wasUpdating;
}

void LayerPanel::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void LayerPanel::updateItemTexts()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString name = item->data(NameRole).toString();
        const auto it = std::find_if(m_layers.cbegin(), m_layers.cend(), [&](const LayerInfo& l) { return l.name == name; });
        if (it == m_layers.cend()) continue;
        const QString title = it->title.isEmpty() ? it->name : it->title;
        item->setText(tr("%1 (%2)").arg(title, kindText(it->kind)));
        QString tip;
        QFont font = m_list->font();
        QBrush foreground = m_list->palette().brush(QPalette::Text);
        if (it->kind == LayerKind::Measure) {
            tip = tr("Thematic layer drawn on %1; %n record(s)", nullptr, int(it->rowCount)).arg(it->geometryLayer);
            if (it->name == m_activeThematic) {
                font.setBold(true);
            } else {
                foreground = m_list->palette().brush(QPalette::Disabled, QPalette::Text);
                tip += QLatin1Char('\n') + tr("Not shown: one thematic layer is drawn at a time. Select or check it to show it.");
            }
        } else {
            tip = tr("%n feature(s)", nullptr, int(it->featureCount));
        }
        item->setFont(font);
        item->setForeground(foreground);
        item->setToolTip(tip);
    }
    m_updating = wasUpdating;
}

void LayerPanel::retranslateUi()
{
    m_up->setToolTip(tr("Move the layer up (drawn later)"));
    m_down->setToolTip(tr("Move the layer down (drawn earlier)"));
    m_hint->setText(tr("Top of the list is drawn on top. Drag layers to reorder them."));
    m_opacityLabel->setText(tr("Opacity:"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    updateItemTexts();
}

void LayerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
