// LocationRunsTab: stored location runs side by side: show, delete.
#include "LocationRunsTab.h"

#include "LocationWidgets.h"
#include "RegenWidgets.h"

#include "dosi/models/LocationRun.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dosi::desktop {

using namespace dosi::models;

LocationRunsTab::LocationRunsTab(LocationContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("locationRunsTab"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_table = new RegenTable(true, this);
    m_table->setObjectName(QStringLiteral("locationRunsTable"));
    m_table->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_show = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("locationDeleteRun"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &RegenTable::currentRowChanged, this, [this] {
        updateButtons();
        if (!m_refreshing) emitCurrent();
    });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LocationRunsTab::updateButtons);
    connect(m_show, &QPushButton::clicked, this, &LocationRunsTab::emitCurrent);
    connect(m_table->view(), &QTableView::doubleClicked, this, &LocationRunsTab::emitCurrent);
    connect(m_delete, &QPushButton::clicked, this, &LocationRunsTab::deleteSelected);
    retranslateUi();
}

void LocationRunsTab::setStore(const ProjectStore* store)
{
    m_store = store;
    m_refreshing = true;
    m_table->reset({});
    m_refreshing = false;
    refresh();
}

void LocationRunsTab::refresh()
{
    m_refreshing = true;
    const qint64 keep = currentRun();
    m_table->reset({tr("Run"), tr("Scenario"), tr("Model"), tr("p"), tr("Standard"), tr("Objective"), tr("Covered demand"),
                    tr("Covered %"), tr("Mean cost"), tr("Max cost"), tr("Optimal / gap"), tr("Seconds"), tr("Created")});
    if (m_store)
        for (const LocationComparisonRow& row : locationRuns(*m_store)) {
            const QJsonObject& f = row.figures;
            const LocationScenario scenario = scenarioOfRun(row.run);
            const LocationModel model = locationModelFromName(f.value(QStringLiteral("model")).toString()).value_or(scenario.model);
            const QString unit = costUnitOfRun(row.run);
            auto number = [&f](const char* key) {
                const QJsonValue v = f.value(QLatin1String(key));
                return v.isDouble() ? v.toDouble() : qQNaN();
            };
            auto* id = regenNumberItem(double(row.run.id), 0);
            id->setData(row.run.id, RegenKeyRole);
            auto* title = regenTextItem(row.run.title);
            title->setToolTip(tr("%1 · %2").arg(facilityTypeLabel(scenario.type), row.run.title));
            auto* radius = isCoverageModel(model) ? regenNumberItem(number("radius"), 2, unit.isEmpty() ? QString() : QStringLiteral(" ") + unit)
                                                  : regenTextItem(QStringLiteral("—"));
            const double covered = number("covered_demand"), total = number("total_demand");
            const bool optimal = f.value(QStringLiteral("optimal")).toBool();
            auto* status = regenTextItem(optimal ? tr("optimal") : tr("gap %1 %").arg(locationNumber(100 * number("gap"), 3)));
            status->setData(optimal ? -1.0 : number("gap"), RegenSortRole);
            const QDateTime created = QDateTime::fromString(row.run.created, Qt::ISODate);
            auto* when = regenTextItem(created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : row.run.created);
            when->setData(row.run.created, RegenSortRole);
            const QString costSuffix = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
            m_table->appendRow({id, title, regenTextItem(locationModelLabel(model)), regenNumberItem(number("p"), 0), radius,
                                regenNumberItem(number("objective"), 2), regenNumberItem(covered, 1),
                                regenNumberItem(total > 0 ? 100 * covered / total : qQNaN(), 2, QStringLiteral(" %")),
                                regenNumberItem(number("mean_cost"), 2, costSuffix), regenNumberItem(number("max_cost"), 2, costSuffix),
                                status, regenNumberItem(number("seconds"), 3), when});
        }
    m_table->finish();
    if (const int r = m_table->rowOfKey(keep); r >= 0) m_table->selectRow(r);
    m_refreshing = false;
    updateButtons();
}

QList<qint64> LocationRunsTab::runIds() const
{
    QList<qint64> out;
    for (int r = 0; r < m_table->rowCount(); ++r) out << m_table->key(r).toLongLong();
    return out;
}

void LocationRunsTab::selectRun(qint64 id)
{
    const int r = m_table->rowOfKey(id);
    if (r < 0) return;
    m_refreshing = true;
    m_table->selectRow(r);
    m_refreshing = false;
    updateButtons();
}

qint64 LocationRunsTab::currentRun() const
{
    const int r = m_table->currentRow();
    return r >= 0 ? m_table->key(r).toLongLong() : 0;
}

void LocationRunsTab::emitCurrent()
{
    const qint64 id = currentRun();
    if (!m_store || id <= 0) return;
    if (const std::optional<RunInfo> run = m_store->run(id)) emit runChosen(*run);
}

void LocationRunsTab::updateButtons()
{
    const int n = int(m_table->selectedRows().size());
    m_show->setEnabled(currentRun() > 0);
    m_delete->setEnabled(n >= 1);
}

bool LocationRunsTab::deleteSelected()
{
    ProjectStore* store = m_ctx->store();
    const QList<int> rows = m_table->selectedRows();
    if (!store || rows.isEmpty()) return false;
    QList<qint64> ids;
    QStringList titles;
    for (int r : rows) {
        ids << m_table->key(r).toLongLong();
        titles << QStringLiteral("%1 \"%2\"").arg(ids.last()).arg(m_table->model()->item(r, ScenarioCol)->text());
    }
    const QString question = tr("Delete %n location run(s) (%1) and their result layers from the project?", nullptr, int(ids.size()))
                                 .arg(titles.join(QStringLiteral(", ")));
    if (m_ctx->confirm && !m_ctx->confirm(question)) return false;
    bool removed = false;
    for (qint64 id : std::as_const(ids)) {
        if (auto ok = store->removeRun(id); !ok) {
            if (m_ctx->error) m_ctx->error(tr("Cannot delete the run"), ok.errorMessage());
            break;
        }
        removed = true;
    }
    if (!removed) return false;
    m_ctx->edited();
    refresh();
    emit runsRemoved();
    return true;
}

void LocationRunsTab::retranslateUi()
{
    m_hint->setText(tr("Every location run stored in the project, side by side. Select one to show its results and layers."));
    m_show->setText(tr("&Show"));
    m_show->setToolTip(tr("Show the run's results and its layers on the map"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setToolTip(tr("Remove the selected runs and their result layers from the project"));
    refresh();
}

void LocationRunsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
