// Shared pieces of the regeneration panel: context, field picker, sortable filterable tables.
#include "RegenWidgets.h"

#include "ChartPanel.h"
#include "ProjectSession.h"

#include "dosi/gis/DerivedMeasures.h"

#include <QComboBox>
#include <QEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::desktop {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::desktop::RegenWidgets)
};

// Sorts by RegenSortRole: numbers as numbers, missing numbers after every number.
class SortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(RegenSortRole), b = right.data(RegenSortRole);
        const bool na = a.typeId() == QMetaType::Double, nb = b.typeId() == QMetaType::Double;
        if (na && nb) {
            const double x = a.toDouble(), y = b.toDouble();
            if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);
            return x < y;
        }
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
};

}  // namespace

ProjectStore* RegenContext::store() const
{
    return session ? session->store() : nullptr;
}

std::optional<RunInfo> RegenContext::runStored(qint64 id, const QString& field) const
{
    ProjectStore* s = store();
    if (!s) return std::nullopt;
    session->notifyEdited();
    std::optional<RunInfo> stored = s->run(id);
    if (runsChanged) runsChanged();
    if (showLayer && stored && !stored->resultLayers.isEmpty()) showLayer(stored->resultLayers.first(), field);
    return stored;
}

QString regenNumber(double value, int decimals)
{
    if (std::isnan(value) || !std::isfinite(value)) return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);
}

QStandardItem* regenTextItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setData(text, RegenSortRole);
    item->setEditable(false);
    return item;
}

QStandardItem* regenNumberItem(double value, int decimals, const QString& suffix)
{
    const QString text = regenNumber(value, decimals);
    auto* item = new QStandardItem(std::isnan(value) ? text : text + suffix);
    item->setData(std::isnan(value) ? std::numeric_limits<double>::quiet_NaN() : value, RegenSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* regenNameItem(const QString& fullName)
{
    auto* item = new QStandardItem(ChartPanel::shortName(fullName));
    item->setData(fullName, RegenSortRole);
    item->setToolTip(fullName);
    item->setEditable(false);
    return item;
}

QString regenKindLabel(const QString& kind)
{
    if (kind == QLatin1String("regen.diagnose")) return Tr::tr("Diagnosis");
    if (kind == QLatin1String("regen.index")) return Tr::tr("Indices");
    if (kind == QLatin1String("regen.forecast")) return Tr::tr("Forecast");
    if (kind == QLatin1String("regen.outlook")) return Tr::tr("Outlook");
    return kind;
}

// --- RegenTable --------------------------------------------------------------------------------

RegenTable::RegenTable(bool withFilter, QWidget* parent) : QWidget(parent)
{
    m_model = new QStandardItemModel(this);
    m_proxy = new SortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RegenSortRole);
    m_proxy->setFilterRole(RegenSortRole);   // full names, numbers as text
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (withFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setClearButtonEnabled(true);
        m_filter->setPlaceholderText(Tr::tr("Filter (code, name, status…)"));
        m_filter->setToolTip(Tr::tr("Show only the rows containing this text"));
        layout->addWidget(m_filter);
        connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
            m_proxy->setFilterFixedString(text.trimmed());
        });
    }
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1); });
}

void RegenTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_filter) {
        m_filter->setPlaceholderText(Tr::tr("Filter (code, name, status…)"));
        m_filter->setToolTip(Tr::tr("Show only the rows containing this text"));
    }
    QWidget::changeEvent(event);
}

void RegenTable::reset(const QStringList& headers)
{
    m_view->setSortingEnabled(false);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
}

void RegenTable::appendRow(const QList<QStandardItem*>& items)
{
    m_model->appendRow(items);
}

void RegenTable::finish()
{
    m_view->setSortingEnabled(true);
    const int columns = m_model->columnCount();
    // Width from the header and the first rows (all rows would be slow on thousands of units).
    for (int c = 0; c < columns; ++c) {
        int w = m_view->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < qMin(60, m_model->rowCount()); ++r)
            if (const QStandardItem* item = m_model->item(r, c))
                w = qMax(w, m_view->fontMetrics().horizontalAdvance(item->text()) + 16);
        m_view->setColumnWidth(c, qMin(w, 320));
    }
}

void RegenTable::fitHeightToRows(int maxRows)
{
    const int rows = qBound(1, m_model->rowCount(), maxRows);
    // The header's size hint is 0 until it has been shown once: at least a line of text.
    const int header = qMax(m_view->horizontalHeader()->sizeHint().height(), m_view->fontMetrics().height() + 10);
    // Room for a horizontal scroll bar too: in a narrow dock the columns may not fit.
    const int h = header + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() + 2
                + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    m_view->setFixedHeight(h);
}

int RegenTable::rowCount() const
{
    return m_model->rowCount();
}

int RegenTable::visibleRowCount() const
{
    return m_proxy->rowCount();
}

int RegenTable::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i).row() : -1;
}

QList<int> RegenTable::selectedRows() const
{
    QList<int> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows) out << m_proxy->mapToSource(i).row();
    return out;
}

int RegenTable::rowOfKey(const QVariant& key) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, 0) && m_model->item(r, 0)->data(RegenKeyRole) == key) return r;
    return -1;
}

QVariant RegenTable::key(int modelRow) const
{
    const QStandardItem* item = m_model->item(modelRow, 0);
    return item ? item->data(RegenKeyRole) : QVariant();
}

void RegenTable::selectRow(int modelRow)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    if (!i.isValid()) return;
    m_view->setCurrentIndex(i);
    m_view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

// --- RegenFieldPicker --------------------------------------------------------------------------

RegenFieldPicker::RegenFieldPicker(bool allowNone, QWidget* parent) : QWidget(parent), m_allowNone(allowNone)
{
    m_layer = new QComboBox(this);
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layer->setMinimumContentsLength(10);
    m_field = new QComboBox(this);
    m_field->setEditable(true);
    m_field->setInsertPolicy(QComboBox::NoInsert);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(8);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_layer, 3);
    layout->addWidget(m_field, 2);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        emit changed();
    });
    connect(m_field, &QComboBox::currentTextChanged, this, &RegenFieldPicker::changed);
    retranslate();
}

void RegenFieldPicker::retranslate()
{
    m_layer->setToolTip(Tr::tr("Layer"));
    m_field->setToolTip(Tr::tr("Field; several fields joined by + are added up (e.g. 65_69+70_74)"));
    if (m_allowNone && m_layer->count() > 0 && m_layer->itemData(0).toString().isEmpty())
        m_layer->setItemText(0, Tr::tr("(none)"));
}

void RegenFieldPicker::setStore(const ProjectStore* store, const std::function<bool(const LayerInfo&)>& accept)
{
    m_store = store;
    const models::FieldRef keep = ref();
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    if (m_allowNone) m_layer->addItem(Tr::tr("(none)"), QString());
    if (store)
        for (const LayerInfo& l : store->layers())
            if (l.kind == LayerKind::Measure && (!accept || accept(l)))
                m_layer->addItem(l.title.isEmpty() || l.title == l.name ? l.name : QStringLiteral("%1 — %2").arg(l.name, l.title), l.name);
    const int i = m_layer->findData(keep.layer);
    m_layer->setCurrentIndex(i >= 0 ? i : (m_layer->count() > 0 ? 0 : -1));
    fillFields();
    if (i >= 0 && !keep.field.isEmpty()) m_field->setCurrentText(keep.field);
}

void RegenFieldPicker::fillFields()
{
    const QSignalBlocker block(m_field);
    m_field->clear();
    const QString name = m_layer->currentData().toString();
    const std::optional<LayerInfo> info = m_store && !name.isEmpty() ? m_store->layer(name) : std::nullopt;
    m_field->setEnabled(info.has_value());
    if (!info) return;
    QStringList stored;
    for (const FieldInfo& f : info->fields) {
        stored << f.name;
        if (f.type != FieldType::Text) m_field->addItem(f.name);
    }
    for (const QString& d : gis::extraDerivedMeasures(stored)) m_field->addItem(d);
    m_field->setCurrentIndex(m_field->count() > 0 ? 0 : -1);
}

void RegenFieldPicker::setRef(const models::FieldRef& ref)
{
    const int i = m_layer->findData(ref.layer);
    if (i < 0) {
        if (m_allowNone) m_layer->setCurrentIndex(0);
        return;
    }
    m_layer->setCurrentIndex(i);
    m_field->setCurrentText(ref.field);
}

models::FieldRef RegenFieldPicker::ref() const
{
    const QString layer = m_layer->currentData().toString();
    const QString field = m_field->currentText().trimmed();
    if (layer.isEmpty() || field.isEmpty()) return {};
    return models::FieldRef{layer, field};
}

}  // namespace dosi::desktop
