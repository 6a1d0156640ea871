// RegenScenarioEditor: what-if changes for the regeneration runs.
#include "RegenScenarioEditor.h"

#include "dosi/models/RegenData.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dosi::desktop {

using models::Adjustment;
using models::Scenario;

namespace {
enum Col { FieldCol, UnitsCol, FromCol, OpCol, ValueCol, ColCount };
}

RegenScenarioEditor::RegenScenarioEditor(QWidget* parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("regenScenario"));
    setCheckable(true);
    setChecked(false);
    m_body = new QWidget(this);
    m_nameLabel = new QLabel(m_body);
    m_name = new QLineEdit(m_body);
    m_name->setObjectName(QStringLiteral("regenScenarioName"));
    m_nameLabel->setBuddy(m_name);
    m_table = new QTableWidget(0, ColCount, m_body);
    m_table->setObjectName(QStringLiteral("regenScenarioTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UnitsCol, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 9);
    m_add = new QPushButton(m_body);
    m_useSelection = new QPushButton(m_body);
    m_remove = new QPushButton(m_body);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont italic = m_summary->font();
    italic.setItalic(true);
    m_summary->setFont(italic);

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_useSelection);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(nameRow);
    body->addWidget(m_table);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_body);
    m_body->setVisible(false);

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        m_body->setVisible(on);
        if (on && m_table->rowCount() == 0) addAdjustment();
        updateSummary();
        emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addAdjustment(); });
    connect(m_remove, &QPushButton::clicked, this, &RegenScenarioEditor::removeCurrent);
    connect(m_useSelection, &QPushButton::clicked, this, &RegenScenarioEditor::useSelectionForCurrent);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateSummary();
        emit changed();
    });
    retranslateUi();
}

void RegenScenarioEditor::setStore(const ProjectStore* store)
{
    m_store = store;
    m_fieldChoices.clear();
    if (store)
        for (const LayerInfo& l : store->layers()) {
            if (l.kind != LayerKind::Measure || l.estimated) continue;
            for (const FieldInfo& f : l.fields)
                if (f.type != FieldType::Text) m_fieldChoices << l.name + QLatin1Char('.') + f.name;
        }
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(r, FieldCol))) {
            const QString keep = combo->currentText();
            const QSignalBlocker block(combo);
            combo->clear();
            combo->addItems(m_fieldChoices);
            combo->setCurrentText(keep);
        }
}

void RegenScenarioEditor::addAdjustment(const Adjustment& a)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* field = new QComboBox;
    field->setEditable(true);
    field->setInsertPolicy(QComboBox::NoInsert);
    field->addItems(m_fieldChoices);
    field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    field->setMinimumContentsLength(12);
    if (!a.layer.isEmpty()) field->setCurrentText(a.layer + QLatin1Char('.') + a.field);
    auto* units = new QLineEdit(a.units.join(QStringLiteral(", ")));
    units->setPlaceholderText(tr("all units"));
    units->setToolTip(tr("Unit codes separated by commas or spaces; empty = every unit"));
    auto* from = new QLineEdit(a.fromTime);
    from->setPlaceholderText(tr("all times"));
    from->setToolTip(tr("The first time changed, e.g. 2019 or 2024-03-01T00; empty = every time"));
    from->setMaximumWidth(from->fontMetrics().horizontalAdvance(QStringLiteral("2024-03-01T00")) + 16);
    auto* op = new QComboBox;
    op->addItem(tr("add"), int(Adjustment::Op::Add));
    op->addItem(tr("× scale"), int(Adjustment::Op::Scale));
    op->setCurrentIndex(a.op == Adjustment::Op::Scale ? 1 : 0);
    auto* value = new QDoubleSpinBox;
    value->setRange(-1e12, 1e12);
    value->setDecimals(3);
    value->setGroupSeparatorShown(true);
    value->setValue(a.layer.isEmpty() ? 0.0 : a.value);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("-999,999.000")) + 24);
    m_table->setCellWidget(r, FieldCol, field);
    m_table->setCellWidget(r, UnitsCol, units);
    m_table->setCellWidget(r, FromCol, from);
    m_table->setCellWidget(r, OpCol, op);
    m_table->setCellWidget(r, ValueCol, value);
    for (QWidget* w : {static_cast<QWidget*>(field), static_cast<QWidget*>(units), static_cast<QWidget*>(from),
                       static_cast<QWidget*>(op), static_cast<QWidget*>(value)})
        w->installEventFilter(this);
    auto notify = [this] {
        updateSummary();
        emit changed();
    };
    connect(field, &QComboBox::currentTextChanged, this, notify);
    connect(units, &QLineEdit::textChanged, this, notify);
    connect(from, &QLineEdit::textChanged, this, notify);
    connect(op, &QComboBox::currentIndexChanged, this, notify);
    connect(value, &QDoubleSpinBox::valueChanged, this, notify);
    m_table->setCurrentCell(r, FieldCol);
    m_table->resizeColumnToContents(FieldCol);
    m_table->resizeColumnToContents(OpCol);
    m_table->resizeColumnToContents(ValueCol);
    notify();
}

bool RegenScenarioEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Focus in a cell widget makes its row current (Remove and "Use map selection" act on it).
    if (event->type() == QEvent::FocusIn)
        for (int r = 0; r < m_table->rowCount(); ++r)
            for (int c = 0; c < ColCount; ++c)
                if (m_table->cellWidget(r, c) == watched) m_table->setCurrentCell(r, c);
    return QGroupBox::eventFilter(watched, event);
}

void RegenScenarioEditor::removeCurrent()
{
    int r = m_table->currentRow();
    if (r < 0) r = m_table->rowCount() - 1;
    if (r < 0) return;
    m_table->removeRow(r);
    updateSummary();
    emit changed();
}

void RegenScenarioEditor::useSelectionForCurrent()
{
    const QStringList codes = m_selection ? m_selection() : QStringList();
    int r = m_table->currentRow();
    if (r < 0 && m_table->rowCount() > 0) r = 0;
    if (r < 0) {
        addAdjustment();
        r = 0;
    }
    if (auto* units = qobject_cast<QLineEdit*>(m_table->cellWidget(r, UnitsCol))) units->setText(codes.join(QStringLiteral(", ")));
}

Result<Scenario> RegenScenarioEditor::scenario() const
{
    Scenario s;
    if (!isChecked()) return s;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto* field = qobject_cast<QComboBox*>(m_table->cellWidget(r, FieldCol));
        const auto* units = qobject_cast<QLineEdit*>(m_table->cellWidget(r, UnitsCol));
        const auto* from = qobject_cast<QLineEdit*>(m_table->cellWidget(r, FromCol));
        const auto* op = qobject_cast<QComboBox*>(m_table->cellWidget(r, OpCol));
        const auto* value = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(r, ValueCol));
        if (!field || !units || !from || !op || !value) continue;
        models::FieldRef ref;
        if (!models::FieldRef::parse(field->currentText().trimmed(), &ref))
            return makeError(tr("Change %1 of the scenario: choose a layer and field as LAYER.FIELD.").arg(r + 1));
        if (m_store) {
            const std::optional<LayerInfo> info = m_store->layer(ref.layer);
            if (!info) return makeError(tr("Change %1 of the scenario: the project has no layer \"%2\".").arg(r + 1).arg(ref.layer));
            if (info->fieldIndex(ref.field) < 0)
                return makeError(tr("Change %1 of the scenario: layer \"%2\" has no field \"%3\".").arg(r + 1).arg(ref.layer, ref.field));
        }
        Adjustment a;
        a.layer = ref.layer;
        a.field = ref.field;
        a.units = units->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        a.fromTime = from->text().trimmed();
        a.op = Adjustment::Op(op->currentData().toInt());
        a.value = value->value();
        s.adjustments << a;
    }
    if (!s.adjustments.isEmpty()) {
        s.name = m_name->text().trimmed();
        if (s.name.isEmpty()) s.name = tr("What-if");
    }
    return s;
}

void RegenScenarioEditor::setScenario(const Scenario& s)
{
    m_table->setRowCount(0);
    m_name->setText(s.name);
    const QSignalBlocker block(this);
    setChecked(!s.adjustments.isEmpty());
    m_body->setVisible(isChecked());
    for (const Adjustment& a : s.adjustments) addAdjustment(a);
    updateSummary();
    emit changed();
}

void RegenScenarioEditor::updateSummary()
{
    const Result<Scenario> s = scenario();
    if (!isChecked()) {
        m_summary->setText(tr("Off: runs use the project's data as it is (baseline)."));
    } else if (!s) {
        m_summary->setText(s.errorMessage());
    } else if (s->isBaseline()) {
        m_summary->setText(tr("No changes yet: add one below."));
    } else {
        QStringList lines;
        for (const Adjustment& a : s->adjustments) lines << a.describe();
        m_summary->setText(tr("Runs are stored as \"%1\": %2").arg(s->name, lines.join(QStringLiteral("; "))));
    }
}

void RegenScenarioEditor::retranslateUi()
{
    setTitle(tr("What-if scenario"));
    setToolTip(tr("Change input values for chosen units before a run; the project's data is not changed"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Housing project +2,000 residents"));
    m_table->setHorizontalHeaderLabels({tr("Layer.field"), tr("Units"), tr("From"), tr("Change"), tr("Value")});
    m_add->setText(tr("&Add change"));
    m_useSelection->setText(tr("Use map s&election"));
    m_useSelection->setToolTip(tr("Apply the current change to the units selected on the map"));
    m_remove->setText(tr("Remove"));
    updateSummary();
}

void RegenScenarioEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QGroupBox::changeEvent(event);
}

}  // namespace dosi::desktop
