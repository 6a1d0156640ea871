// RegenRunsTab: stored regeneration runs: show, delete, compare.
#include "RegenRunsTab.h"

#include "ProjectSession.h"
#include "RegenWidgets.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace dosi::desktop {

using namespace dosi::models;

namespace {
enum CompareCol { UnitCol, NameCol, FieldCol, ACol, BCol, DiffCol };
const QColor ChangedColour(0xff, 0xe0, 0x8a);

bool differs(double a, double b)
{
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) != std::isnan(b);
    return std::abs(a - b) > 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}
}  // namespace

RegenRunsTab::RegenRunsTab(RegenContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("regenRunsTab"));
    m_runs = new RegenTable(false, this);
    m_runs->setObjectName(QStringLiteral("regenRunsTable"));
    m_runs->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_show = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_compareButton = new QPushButton(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_onlyChanged = new QCheckBox(this);
    m_compare = new RegenTable(true, this);
    m_compare->setObjectName(QStringLiteral("regenCompareTable"));
    m_showA = new QPushButton(this);
    m_showB = new QPushButton(this);
    m_sideBySide = new QPushButton(this);
    m_sideBySide->setObjectName(QStringLiteral("regenSideBySide"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_compareButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_runs, 1);
    topLayout->addLayout(buttons);
    auto* mapButtons = new QHBoxLayout;
    mapButtons->addWidget(m_onlyChanged);
    mapButtons->addStretch(1);
    mapButtons->addWidget(m_showA);
    mapButtons->addWidget(m_showB);
    mapButtons->addWidget(m_sideBySide);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_compare, 1);
    bottomLayout->addLayout(mapButtons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_show, &QPushButton::clicked, this, &RegenRunsTab::showSelected);
    connect(m_delete, &QPushButton::clicked, this, &RegenRunsTab::deleteSelected);
    connect(m_compareButton, &QPushButton::clicked, this, &RegenRunsTab::compareSelected);
    connect(m_runs->view(), &QTableView::doubleClicked, this, &RegenRunsTab::showSelected);
    connect(m_runs->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegenRunsTab::updateButtons);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &RegenRunsTab::fillComparison);
    connect(m_showA, &QPushButton::clicked, this, [this] { showComparedLayer(false); });
    connect(m_sideBySide, &QPushButton::clicked, this, [this] {
        if (!m_comparison || !m_ctx->showSideBySide || m_comparison->a.resultLayers.isEmpty() || m_comparison->b.resultLayers.isEmpty())
            return;
        const int row = m_compare->currentRow();
        const QString field = row >= 0 ? m_compare->model()->item(row, FieldCol)->text() : m_comparison->fields.value(0);
        m_ctx->showSideBySide(m_comparison->a.resultLayers.first(), m_comparison->b.resultLayers.first(), field);
    });
    connect(m_showB, &QPushButton::clicked, this, [this] { showComparedLayer(true); });
    retranslateUi();
    updateButtons();
}

void RegenRunsTab::setStore(const ProjectStore* store)
{
    m_store = store;
    m_comparison.reset();
    m_summary->setText(tr("Select two runs of the same kind (Ctrl+click), e.g. the baseline and a scenario, and click Compare."));
    fillComparison();
    m_runs->reset({});   // nothing of the previous project stays selected
    refresh();
}

void RegenRunsTab::refresh()
{
    const QList<int> before = m_runs->selectedRows();
    QList<qint64> keep;
    for (int r : before) keep << m_runs->key(r).toLongLong();
    m_runs->reset({tr("Run"), tr("Title"), tr("Kind"), tr("Created"), tr("Fingerprint"), tr("Result layers")});
    if (m_store)
        for (const RunInfo& r : m_store->runs()) {
            if (!r.kind.startsWith(QLatin1String("regen."))) continue;
            auto* id = regenNumberItem(double(r.id), 0);
            id->setData(r.id, RegenKeyRole);
            const QDateTime created = QDateTime::fromString(r.created, Qt::ISODate);
            auto* when = regenTextItem(created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : r.created);
            when->setData(r.created, RegenSortRole);
            auto* fingerprint = regenTextItem(r.fingerprint.left(10));
            fingerprint->setToolTip(tr("Input fingerprint (SHA-256): %1").arg(r.fingerprint));
            auto* kind = regenTextItem(regenKindLabel(r.kind));
            kind->setToolTip(tr("%1 %2, version %3").arg(r.kind, r.model, r.version));
            m_runs->appendRow({id, regenTextItem(r.title), kind, when, fingerprint, regenTextItem(r.resultLayers.join(QStringLiteral(", ")))});
        }
    m_runs->finish();
    selectRuns(keep);
    updateButtons();
}

QList<qint64> RegenRunsTab::runIds() const
{
    QList<qint64> out;
    for (int r = 0; r < m_runs->rowCount(); ++r) out << m_runs->key(r).toLongLong();
    return out;
}

void RegenRunsTab::selectRuns(const QList<qint64>& ids)
{
    QItemSelectionModel* sel = m_runs->view()->selectionModel();
    sel->clearSelection();
    for (qint64 id : ids) {
        const int r = m_runs->rowOfKey(id);
        if (r < 0) continue;
        const QModelIndex i = m_runs->proxy()->mapFromSource(m_runs->model()->index(r, 0));
        sel->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        sel->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    }
    updateButtons();
}

void RegenRunsTab::updateButtons()
{
    const int n = int(m_runs->selectedRows().size());
    m_show->setEnabled(n >= 1);
    m_delete->setEnabled(n >= 1);
    m_compareButton->setEnabled(n == 2);
    m_showA->setEnabled(m_comparison.has_value());
    m_sideBySide->setEnabled(m_comparison.has_value());
    m_showB->setEnabled(m_comparison.has_value());
}

void RegenRunsTab::showSelected()
{
    const QList<int> rows = m_runs->selectedRows();
    if (rows.isEmpty() || !m_store) return;
    const std::optional<RunInfo> run = m_store->run(m_runs->key(rows.first()).toLongLong());
    if (run) emit showRunRequested(*run);
}

bool RegenRunsTab::deleteSelected()
{
    ProjectStore* store = m_ctx->store();
    const QList<int> rows = m_runs->selectedRows();
    if (!store || rows.isEmpty()) return false;
    QList<qint64> ids;
    QStringList titles;
    for (int r : rows) {
        ids << m_runs->key(r).toLongLong();
        titles << QStringLiteral("%1 \"%2\"").arg(ids.last()).arg(m_runs->model()->item(r, 1)->text());
    }
    const QString question = tr("Delete %n run(s) (%1) and the result layers from the project?", nullptr, int(ids.size()))
                                 .arg(titles.join(QStringLiteral(", ")));
    if (m_ctx->confirm && !m_ctx->confirm(question)) return false;
    for (qint64 id : ids)
        if (auto ok = store->removeRun(id); !ok) {
            if (m_ctx->error) m_ctx->error(tr("Cannot delete the run"), ok.errorMessage());
            break;
        }
    if (m_comparison && (ids.contains(m_comparison->a.id) || ids.contains(m_comparison->b.id))) {
        m_comparison.reset();
        m_summary->clear();
        fillComparison();
    }
    m_ctx->session->notifyEdited();
    refresh();
    if (m_ctx->runsChanged) m_ctx->runsChanged();
    if (m_ctx->showLayer) m_ctx->showLayer(QString(), QString());
    return true;
}

void RegenRunsTab::compareSelected()
{
    const QList<int> rows = m_runs->selectedRows();
    if (rows.size() != 2) return;
    qint64 a = m_runs->key(rows[0]).toLongLong(), b = m_runs->key(rows[1]).toLongLong();
    if (a > b) std::swap(a, b);   // the older run is A
    compare(a, b);
}

bool RegenRunsTab::compare(qint64 a, qint64 b)
{
    if (!m_store) return false;
    auto c = compareRuns(*m_store, a, b);
    if (!c) {
        m_comparison.reset();
        m_summary->setText(c.errorMessage());
        fillComparison();
        if (m_ctx->error) m_ctx->error(tr("Cannot compare the runs"), c.errorMessage());
        return false;
    }
    m_comparison = std::move(c).value();
    m_summary->setText(tr("A: run %1 \"%2\" · B: run %3 \"%4\" (%5): %6 of %7 units differ (highlighted).")
                           .arg(m_comparison->a.id).arg(m_comparison->a.title).arg(m_comparison->b.id).arg(m_comparison->b.title)
                           .arg(regenKindLabel(m_comparison->a.kind)).arg(m_comparison->changedUnits).arg(m_comparison->units.size()));
    fillComparison();
    updateButtons();
    return true;
}

void RegenRunsTab::fillComparison()
{
    m_compare->reset({tr("Unit"), tr("Name"), tr("Field"), tr("A"), tr("B"), tr("B − A")});
    if (m_comparison) {
        const RunComparison& c = *m_comparison;
        QMap<QString, QString> names;
        if (m_store && !c.a.resultLayers.isEmpty() && m_store->hasLayer(c.a.resultLayers.first()))
            names = unitNames(*m_store, c.a.resultLayers.first());
        for (int u = 0; u < c.units.size(); ++u)
            for (int f = 0; f < c.fields.size(); ++f) {
                const double a = c.valuesA[f][u], b = c.valuesB[f][u];
                const bool changed = differs(a, b);
                if (m_onlyChanged->isChecked() && !changed) continue;
                auto* unit = regenTextItem(c.units[u]);
                unit->setData(c.units[u], RegenKeyRole);
                QList<QStandardItem*> row{unit, regenNameItem(names.value(c.units[u])), regenTextItem(c.fields[f]),
                                          regenNumberItem(a, 3), regenNumberItem(b, 3), regenNumberItem(b - a, 3)};
                if (changed)
                    for (QStandardItem* item : row) {
                        item->setBackground(ChangedColour);
                        QFont font = item->font();
                        font.setBold(true);
                        item->setFont(font);
                    }
                m_compare->appendRow(row);
            }
    }
    m_compare->finish();
}

QStringList RegenRunsTab::changedUnits() const
{
    QStringList out;
    QStandardItemModel* model = m_compare->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStandardItem* item = model->item(r, UnitCol);
        if (item->background().color() == ChangedColour && !out.contains(item->text())) out << item->text();
    }
    return out;
}

void RegenRunsTab::showComparedLayer(bool b)
{
    if (!m_comparison || !m_ctx->showLayer) return;
    const RunInfo& run = b ? m_comparison->b : m_comparison->a;
    if (run.resultLayers.isEmpty()) return;
    const int row = m_compare->currentRow();
    const QString field = row >= 0 ? m_compare->model()->item(row, FieldCol)->text() : m_comparison->fields.value(0);
    m_ctx->showLayer(run.resultLayers.first(), field);
}

void RegenRunsTab::retranslateUi()
{
    m_show->setText(tr("&Show"));
    m_show->setToolTip(tr("Reopen the run's stored results in its tab and show its layer on the map"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setToolTip(tr("Remove the run and its result layers from the project"));
    m_compareButton->setText(tr("&Compare"));
    m_compareButton->setToolTip(tr("Select two runs of the same kind (e.g. the baseline and a scenario) to compare them unit by unit"));
    m_onlyChanged->setText(tr("Only c&hanged"));
    m_showA->setText(tr("Show A on map"));
    m_showB->setText(tr("Show B on map"));
    m_showA->setToolTip(tr("Show run A's result layer with the field of the current row"));
    m_showB->setToolTip(tr("Show run B's result layer with the field of the current row"));
    m_sideBySide->setText(tr("Side by side on map"));
    m_sideBySide->setToolTip(tr("Draw runs A and B next to each other on the map, with the same classes, for the field of the current row"));
    refresh();
    fillComparison();
}

void RegenRunsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
