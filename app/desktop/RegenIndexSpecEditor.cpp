// RegenIndexSpecEditor: editable tree of the six thematic indices' indicators.
#include "RegenIndexSpecEditor.h"

#include "dosi/gis/DerivedMeasures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dosi::desktop {

using namespace dosi::models;

namespace {

constexpr int SpecRole = Qt::UserRole;          // indicator: IndicatorSpec JSON; area: area name
constexpr int ValueRole = Qt::UserRole + 1;     // direction (int), normalisation (name), weight (double)
constexpr int ProblemRole = Qt::UserRole + 2;   // indicator: the problem ("" = available)

QString directionText(Direction d)
{
    return d == Direction::HigherIsBetter ? RegenIndexSpecEditor::tr("higher is better") : RegenIndexSpecEditor::tr("higher is worse");
}

QString normalisationText(Normalisation n)
{
    switch (n) {
    case Normalisation::MinMax: return RegenIndexSpecEditor::tr("min–max");
    case Normalisation::ZScore: return RegenIndexSpecEditor::tr("z-score");
    case Normalisation::Rank: return RegenIndexSpecEditor::tr("rank");
    }
    return {};
}

// Default indicator titles are English source text; translations live in this context.
QString displayTitle(const QString& title)
{
    return QCoreApplication::translate("dosi::models::IndexIndicators", title.toUtf8().constData());
}

// Editors: a combo of the project's measure layers, of directions and of normalisations; a spin box
// for the weight; plain text for field and time.
class SpecDelegate : public QStyledItemDelegate {
public:
    SpecDelegate(const ProjectStore* const* store, QObject* parent) : QStyledItemDelegate(parent), m_store(store) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        switch (index.column()) {
        case RegenIndexSpecEditor::LayerCol: {
            auto* c = new QComboBox(parent);
            c->setEditable(true);
            if (*m_store)
                for (const LayerInfo& l : (*m_store)->layers())
                    if (l.kind == LayerKind::Measure && !l.estimated) c->addItem(l.name);
            return c;
        }
        case RegenIndexSpecEditor::DirectionCol: {
            auto* c = new QComboBox(parent);
            c->addItem(directionText(Direction::HigherIsBetter), int(Direction::HigherIsBetter));
            c->addItem(directionText(Direction::HigherIsWorse), int(Direction::HigherIsWorse));
            return c;
        }
        case RegenIndexSpecEditor::NormCol: {
            auto* c = new QComboBox(parent);
            for (Normalisation n : {Normalisation::MinMax, Normalisation::ZScore, Normalisation::Rank})
                c->addItem(normalisationText(n), normalisationName(n));
            return c;
        }
        case RegenIndexSpecEditor::WeightCol: {
            auto* s = new QDoubleSpinBox(parent);
            s->setRange(0, 100);
            s->setDecimals(2);
            s->setSingleStep(0.25);
            return s;
        }
        default: return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* c = qobject_cast<QComboBox*>(editor)) {
            if (index.column() == RegenIndexSpecEditor::LayerCol) c->setCurrentText(index.data().toString());
            else c->setCurrentIndex(qMax(0, c->findData(index.data(ValueRole))));
        } else if (auto* s = qobject_cast<QDoubleSpinBox*>(editor)) {
            s->setValue(index.data(ValueRole).toDouble());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* c = qobject_cast<QComboBox*>(editor)) {
            if (index.column() == RegenIndexSpecEditor::LayerCol) {
                model->setData(index, c->currentText().trimmed());
            } else {
                model->setData(index, c->currentData(), ValueRole);
                model->setData(index, c->currentText());
            }
        } else if (auto* s = qobject_cast<QDoubleSpinBox*>(editor)) {
            model->setData(index, s->value(), ValueRole);
            model->setData(index, QLocale().toString(s->value(), 'g', 4));
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    const ProjectStore* const* m_store;
};

}  // namespace

RegenIndexSpecEditor::RegenIndexSpecEditor(QWidget* parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("regenIndexSpec"));
    m_tree->setColumnCount(ColCount);
    m_tree->setItemDelegate(new SpecDelegate(&m_store, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RegenIndexSpecEditor::addIndicator);
    connect(m_remove, &QPushButton::clicked, this, &RegenIndexSpecEditor::removeCurrent);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_filling || !item->parent()) return;
        if (column == LayerCol || column == FieldCol) {
            const QString p = quickProblems().value(item->data(0, SpecRole).toJsonObject().value(QStringLiteral("id")).toString());
            applyProblem(item, p);
        }
        emit edited();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_remove->setEnabled(current && current->parent());
    });
    retranslateUi();
}

void RegenIndexSpecEditor::setStore(const ProjectStore* store)
{
    m_store = store;
}

QTreeWidgetItem* RegenIndexSpecEditor::addIndicatorItem(QTreeWidgetItem* area, const IndicatorSpec& ind)
{
    auto* item = new QTreeWidgetItem(area);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setData(0, SpecRole, ind.toJson());
    item->setText(TitleCol, displayTitle(ind.title));
    item->setText(LayerCol, ind.layer);
    item->setText(FieldCol, ind.field);
    item->setText(TimeCol, ind.time);
    item->setCheckState(ChangeCol, ind.change ? Qt::Checked : Qt::Unchecked);
    item->setData(DirectionCol, ValueRole, int(ind.direction));
    item->setData(NormCol, ValueRole, normalisationName(ind.normalisation));
    item->setData(WeightCol, ValueRole, ind.weight);
    item->setText(WeightCol, QLocale().toString(ind.weight, 'g', 4));
    updateRowTexts(item);
    return item;
}

void RegenIndexSpecEditor::updateRowTexts(QTreeWidgetItem* item)
{
    const IndicatorSpec ind = IndicatorSpec::fromJson(item->data(0, SpecRole).toJsonObject());
    item->setText(DirectionCol, directionText(Direction(item->data(DirectionCol, ValueRole).toInt())));
    Normalisation n = Normalisation::MinMax;
    normalisationFromName(item->data(NormCol, ValueRole).toString(), &n);
    item->setText(NormCol, normalisationText(n));
    QString tip = tr("%1 (id %2)").arg(displayTitle(ind.title), ind.id);
    if (!ind.denominator.isEmpty()) tip += QLatin1Char('\n') + tr("Divided by %1").arg(ind.denominator);
    if (ind.change) tip += QLatin1Char('\n') + tr("Relative change from %1").arg(ind.baseTime.isEmpty() ? tr("the earliest time") : ind.baseTime);
    if (!ind.note.isEmpty()) tip += QLatin1Char('\n') + ind.note;
    item->setToolTip(TitleCol, tip);
    item->setToolTip(ChangeCol, tr("Checked: the relative change of the value rather than the value"));
    item->setToolTip(TimeCol, tr("The time used (empty = the latest)"));
}

void RegenIndexSpecEditor::setSpec(const IndexSpec& spec)
{
    m_filling = true;
    m_tree->clear();
    for (const AreaSpec& a : spec.areas) {
        auto* area = new QTreeWidgetItem(m_tree);
        area->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        area->setData(0, SpecRole, indexAreaName(a.area));
        area->setData(0, ValueRole, a.maxMissingWeight);
        area->setText(TitleCol, indexAreaLabel(a.area));
        QFont f = area->font(0);
        f.setBold(true);
        area->setFont(0, f);
        area->setFirstColumnSpanned(true);
        for (const IndicatorSpec& ind : a.indicators) addIndicatorItem(area, ind);
    }
    m_tree->expandAll();
    m_filling = false;
    setProblems(quickProblems());
    for (int c = 0; c < ColCount - 1; ++c) m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(TitleCol, qMin(m_tree->columnWidth(TitleCol), 260));
    m_tree->setColumnWidth(FieldCol, qMin(m_tree->columnWidth(FieldCol), 130));
    m_tree->setColumnWidth(LayerCol, qMin(m_tree->columnWidth(LayerCol), 130));
}

IndexSpec RegenIndexSpecEditor::spec() const
{
    IndexSpec spec;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* area = m_tree->topLevelItem(i);
        AreaSpec a;
        indexAreaFromName(area->data(0, SpecRole).toString(), &a.area);
        a.maxMissingWeight = area->data(0, ValueRole).toDouble();
        for (int k = 0; k < area->childCount(); ++k) {
            const QTreeWidgetItem* item = area->child(k);
            IndicatorSpec ind = IndicatorSpec::fromJson(item->data(0, SpecRole).toJsonObject());
            const QString title = item->text(TitleCol).trimmed();
            if (title != displayTitle(ind.title)) ind.title = title;   // edited (else keep the source text)
            ind.layer = item->text(LayerCol).trimmed();
            ind.field = item->text(FieldCol).trimmed();
            ind.time = item->text(TimeCol).trimmed();
            ind.change = item->checkState(ChangeCol) == Qt::Checked;
            ind.direction = Direction(item->data(DirectionCol, ValueRole).toInt());
            normalisationFromName(item->data(NormCol, ValueRole).toString(), &ind.normalisation);
            ind.weight = item->data(WeightCol, ValueRole).toDouble();
            a.indicators.append(ind);
        }
        spec.areas.append(a);
    }
    return spec;
}

QMap<QString, QString> RegenIndexSpecEditor::quickProblems() const
{
    QMap<QString, QString> out;
    const IndexSpec s = spec();
    for (const AreaSpec& a : s.areas)
        for (const IndicatorSpec& ind : a.indicators) {
            QString problem;
            const std::optional<LayerInfo> layer = m_store ? m_store->layer(ind.layer) : std::nullopt;
            if (!layer || layer->kind != LayerKind::Measure) {
                problem = tr("No layer \"%1\" in the project.").arg(ind.layer);
            } else {
                QStringList parts = ind.field.split(QLatin1Char('+'), Qt::SkipEmptyParts);
                if (!ind.denominator.isEmpty()) parts << ind.denominator.split(QLatin1Char('+'), Qt::SkipEmptyParts);
                if (parts.isEmpty()) problem = tr("No field chosen.");
                for (const QString& p : parts)
                    if (problem.isEmpty() && !gis::measureFieldAvailable(*layer, p.trimmed()))
                        problem = tr("Layer \"%1\" has no field \"%2\".").arg(ind.layer, p.trimmed());
            }
            out.insert(ind.id, problem);
        }
    return out;
}

void RegenIndexSpecEditor::applyProblem(QTreeWidgetItem* item, const QString& problem)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    item->setData(0, ProblemRole, problem);
    item->setText(StatusCol, problem.isEmpty() ? tr("available") : tr("unavailable: %1").arg(problem));
    item->setIcon(TitleCol, problem.isEmpty() ? QIcon() : m_tree->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    const QColor grey(0x90, 0x90, 0x90);
    for (int c = 0; c < ColCount; ++c) {
        item->setForeground(c, problem.isEmpty() ? m_tree->palette().text() : QBrush(grey));
        if (c != TitleCol) item->setToolTip(c, problem.isEmpty() ? item->toolTip(c) : problem);
    }
    m_filling = wasFilling;
}

void RegenIndexSpecEditor::setProblems(const QMap<QString, QString>& problems)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* area = m_tree->topLevelItem(i);
        for (int k = 0; k < area->childCount(); ++k) {
            QTreeWidgetItem* item = area->child(k);
            const QString id = item->data(0, SpecRole).toJsonObject().value(QStringLiteral("id")).toString();
            applyProblem(item, problems.value(id));
        }
    }
}

QString RegenIndexSpecEditor::problem(const QString& indicatorId) const
{
    const QTreeWidgetItem* item = indicatorItem(indicatorId);
    return item ? item->data(0, ProblemRole).toString() : QString();
}

QTreeWidgetItem* RegenIndexSpecEditor::indicatorItem(const QString& id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* area = m_tree->topLevelItem(i);
        for (int k = 0; k < area->childCount(); ++k)
            if (area->child(k)->data(0, SpecRole).toJsonObject().value(QStringLiteral("id")).toString() == id) return area->child(k);
    }
    return nullptr;
}

void RegenIndexSpecEditor::addIndicator()
{
    QTreeWidgetItem* area = m_tree->currentItem();
    if (area && area->parent()) area = area->parent();
    if (!area) area = m_tree->topLevelItem(0);
    if (!area) return;
    IndicatorSpec ind;
    int n = 1;
    while (indicatorItem(QStringLiteral("custom_%1").arg(n))) ++n;
    ind.id = QStringLiteral("custom_%1").arg(n);
    ind.title = tr("New indicator %1").arg(n);
    if (m_store)
        for (const LayerInfo& l : m_store->layers()) {
            if (l.kind != LayerKind::Measure || l.estimated) continue;
            for (const FieldInfo& f : l.fields)
                if (f.type != FieldType::Text && ind.field.isEmpty()) ind.field = f.name;
            if (!ind.field.isEmpty()) {
                ind.layer = l.name;
                break;
            }
        }
    m_filling = true;
    QTreeWidgetItem* item = addIndicatorItem(area, ind);
    m_filling = false;
    applyProblem(item, quickProblems().value(ind.id));
    m_tree->setCurrentItem(item, LayerCol);
    emit edited();
}

void RegenIndexSpecEditor::removeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->parent()) return;
    delete item;
    emit edited();
}

void RegenIndexSpecEditor::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Indicator"), tr("Layer"), tr("Field"), tr("Weight"), tr("Direction"), tr("Normalisation"),
                             tr("Change"), tr("Time"), tr("Status")});
    m_add->setText(tr("Add indi&cator"));
    m_add->setToolTip(tr("Add an indicator to the selected area"));
    m_remove->setText(tr("Remove indicator"));
    m_remove->setEnabled(m_tree->currentItem() && m_tree->currentItem()->parent());
    m_filling = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* area = m_tree->topLevelItem(i);
        IndexArea a = IndexArea::Population;
        if (indexAreaFromName(area->data(0, SpecRole).toString(), &a)) area->setText(TitleCol, indexAreaLabel(a));
        for (int k = 0; k < area->childCount(); ++k) {
            updateRowTexts(area->child(k));
            applyProblem(area->child(k), area->child(k)->data(0, ProblemRole).toString());
        }
    }
    m_filling = false;
}

void RegenIndexSpecEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
