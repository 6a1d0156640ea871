// LocationResultsTab: summary, selected sites and coverage curve of a stored location run.
#include "LocationResultsTab.h"

#include "LocationCharts.h"
#include "LocationWidgets.h"
#include "RegenWidgets.h"

#include <QEvent>
#include <QJsonArray>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace dosi::desktop {

using namespace dosi::models;

LocationResultsTab::LocationResultsTab(LocationContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("locationResultsTab"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("locationHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("locationEditScenario"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const ProjectStore* store = m_ctx->store();
        if (const std::optional<RunInfo> run = store && m_shownRun > 0 ? store->run(m_shownRun) : std::nullopt)
            emit editScenarioRequested(*run);
    });
    m_summary = new RegenTable(false, this);
    m_summary->setObjectName(QStringLiteral("locationSummary"));
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("locationNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sitesLabel = new QLabel(this);
    m_sites = new RegenTable(true, this);
    m_sites->setObjectName(QStringLiteral("locationSites"));
    m_curve = new LocationCurveChart(this);

    m_summary->view()->horizontalHeader()->hide();
    m_summary->view()->setSortingEnabled(false);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* headRow = new QHBoxLayout;
    headRow->addWidget(m_headline, 1);
    headRow->addWidget(m_edit, 0, Qt::AlignTop);
    topLayout->addLayout(headRow);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_notes);
    topLayout->addStretch(1);
    auto* sitesPage = new QWidget;
    auto* sitesLayout = new QVBoxLayout(sitesPage);
    sitesLayout->setContentsMargins(2, 2, 2, 2);
    sitesLayout->addWidget(m_sitesLabel);
    sitesLayout->addWidget(m_sites, 1);
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("locationDetailTabs"));
    m_details->setDocumentMode(true);
    m_details->addTab(sitesPage, QString());
    m_details->addTab(m_curve, QString());
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_split);
    retranslateUi();
    clear();
}

void LocationResultsTab::clear(const QString& message)
{
    m_shownRun = 0;
    m_edit->setEnabled(false);
    m_headline->setText(message.isEmpty() ? tr("Solve a scenario, or pick a stored run in the Runs tab.") : message);
    m_summary->reset({tr("Figure"), tr("Value"), tr("Figure"), tr("Value")});
    m_summary->finish();
    m_summary->view()->setSortingEnabled(false);
    m_summary->fitHeightToRows(1);
    m_sites->reset({});
    m_sites->finish();
    m_notes->clear();
    m_notes->hide();
    m_curve->clear();
}

double LocationResultsTab::figure(const QString& key) const
{
    const QStandardItemModel* model = m_summary->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c + 1 < model->columnCount(); c += 2)
            if (model->item(r, c) && model->item(r, c)->data(RegenKeyRole).toString() == key)
                return model->item(r, c + 1)->data(RegenSortRole).toDouble();
    return qQNaN();
}

void LocationResultsTab::showRun(const RunInfo& run)
{
    m_shownRun = run.id;
    m_edit->setEnabled(true);
    fillSummary(run);
    fillSites(run);
    const QVector<LocationCurvePoint> curve = curveOfRun(run);
    if (curve.isEmpty()) {
        m_curve->clear(tr("No coverage curve with this run (use \"Coverage curve\" to chart coverage as p grows)."));
        m_details->setCurrentIndex(0);
    } else {
        m_curve->setCurve(tr("Coverage as p grows — %1").arg(run.title), curve);
        m_details->setCurrentWidget(m_curve);
    }
}

void LocationResultsTab::fillSummary(const RunInfo& run)
{
    const QJsonObject f = figuresOfRun(run);
    const LocationScenario scenario = scenarioOfRun(run);
    const std::optional<LocationModel> parsed = locationModelFromName(f.value(QStringLiteral("model")).toString());
    const LocationModel model = parsed.value_or(scenario.model);
    const QString unit = costUnitOfRun(run);
    const QString withUnit = unit.isEmpty() ? QStringLiteral("%1") : QStringLiteral("%1 ") + unit;
    const double radius = f.value(QStringLiteral("radius")).toDouble(scenario.radius);
    const int p = f.value(QStringLiteral("p")).toInt(scenario.p);

    QString standard;
    if (isCoverageModel(model)) standard = tr(", standard %1").arg(withUnit.arg(locationNumber(radius, 2)));
    const QString pText = model == LocationModel::Lscp ? QString() : tr(", p = %1").arg(p);
    m_headline->setText(tr("<b>%1</b> — %2%3%4 (run %5)")
                            .arg(run.title.toHtmlEscaped(), locationModelLabel(model), pText, standard.toHtmlEscaped())
                            .arg(run.id));

    m_summary->reset({tr("Figure"), tr("Value"), tr("Figure"), tr("Value")});
    QList<QStandardItem*> pending;   // two figures a row
    auto add = [this, &pending](const QString& key, const QString& label, double number, const QString& text) {
        auto* name = regenTextItem(label);
        name->setData(key, RegenKeyRole);
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
        auto* value = regenTextItem(text);
        value->setData(number, RegenSortRole);
        value->setToolTip(text);
        pending << name << value;
        if (pending.size() == 4) {
            m_summary->appendRow(pending);
            pending.clear();
        }
        return name;
    };
    auto num = [&f](const char* key) {
        const QJsonValue v = f.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : qQNaN();
    };

    const double objective = num("objective");
    QString objectiveLabel;
    QString objectiveText = locationNumber(objective, 2);
    switch (model) {
    case LocationModel::Lscp: objectiveLabel = tr("New facilities needed"); break;
    case LocationModel::Mclp: objectiveLabel = tr("Objective"); break;
    case LocationModel::PMedian:
        objectiveLabel = tr("Total weighted cost");
        break;
    case LocationModel::PCenter:
        objectiveLabel = tr("Largest cost");
        objectiveText = withUnit.arg(objectiveText);
        break;
    }
    const bool optimal = f.value(QStringLiteral("optimal")).toBool();
    const double gap = num("gap");
    const double covered = num("covered_demand"), total = num("total_demand");
    const double share = total > 0 ? covered / total : qQNaN();
    const double units = num("covered_units"), totalUnits = num("total_units");
    const QJsonArray selected = f.value(QStringLiteral("selected")).toArray();
    const QJsonValue existing = f.value(QStringLiteral("existing"));
    const int existingCount = existing.isArray() ? int(existing.toArray().size()) : existing.toInt();
    const QString method = f.value(QStringLiteral("method")).toString();
    // Two figures a row, what belongs together side by side.
    add(QStringLiteral("objective"), objectiveLabel, objective, objectiveText)
        ->setToolTip(tr("What the model optimises: covered demand (MCLP), new facilities (LSCP), total weighted cost "
                        "(p-median) or the largest cost (p-center)"));
    add(QStringLiteral("optimal"), tr("Optimality"), optimal ? 1 : 0,
        optimal ? tr("Proven optimal") : tr("Not proven: gap %1 %").arg(locationNumber(100 * gap, 3)));
    add(QStringLiteral("covered_demand"), tr("Covered demand"), covered,
        tr("%1 of %2").arg(locationNumber(covered, 1), locationNumber(total, 1)));
    add(QStringLiteral("covered_share"), tr("Covered share"), share, tr("%1 %").arg(locationNumber(100 * share, 2)));
    add(QStringLiteral("covered_units"), tr("Covered units"), units,
        tr("%1 of %2").arg(locationNumber(units, 0), locationNumber(totalUnits, 0)))
        ->setToolTip(tr("Demand points (areas, cells) within the service standard of an open site"));
    add(QStringLiteral("uncoverable_units"), tr("Unreachable units"), num("uncoverable_units"),
        locationNumber(num("uncoverable_units"), 0))
        ->setToolTip(tr("Demand points no candidate site and no existing facility can serve within the standard"));
    add(QStringLiteral("mean_cost"), tr("Mean cost"), num("mean_cost"), withUnit.arg(locationNumber(num("mean_cost"), 2)));
    add(QStringLiteral("max_cost"), tr("Largest cost"), num("max_cost"), withUnit.arg(locationNumber(num("max_cost"), 2)));
    add(QStringLiteral("sites"), tr("Open sites"), double(selected.size()),
        existingCount > 0 ? tr("%1 (%2 existing, %3 new)").arg(selected.size()).arg(existingCount).arg(selected.size() - existingCount)
                          : QString::number(selected.size()));
    add(QStringLiteral("bound"), tr("Best bound"), num("bound"), locationNumber(num("bound"), 2));
    add(QStringLiteral("gap"), tr("Gap"), gap, tr("%1 %").arg(locationNumber(100 * gap, 3)));
    add(QStringLiteral("method"), tr("Solved by"), qQNaN(), method.isEmpty() ? QStringLiteral("—") : method);
    add(QStringLiteral("seconds"), tr("Seconds"), num("seconds"), locationNumber(num("seconds"), 3));
    add(QStringLiteral("total_demand"), tr("Total demand"), total, locationNumber(total, 1));
    add(QStringLiteral("total_units"), tr("Demand units"), totalUnits, locationNumber(totalUnits, 0));
    if (!pending.isEmpty()) m_summary->appendRow(pending);
    m_summary->finish();
    m_summary->view()->setSortingEnabled(false);
    for (int col = 0; col < 4; ++col)
        m_summary->view()->horizontalHeader()->setSectionResizeMode(col, col % 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_summary->fitHeightToRows(m_summary->rowCount());

    QStringList notes;
    const QJsonValue n = f.value(QStringLiteral("notes"));
    if (n.isArray())
        for (const QJsonValue& v : n.toArray()) notes << v.toString();
    else if (n.isString() && !n.toString().isEmpty())
        notes << n.toString();
    m_notes->setVisible(!notes.isEmpty());
    QString html;
    for (const QString& note : std::as_const(notes)) html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    m_notes->setText(notes.isEmpty() ? QString() : tr("Notes:") + QStringLiteral("<ul style=\"margin:0\">") + html + QStringLiteral("</ul>"));
}

void LocationResultsTab::fillSites(const RunInfo& run)
{
    const ProjectStore* store = m_ctx->store();
    const QString layer = layersOfRun(run).sites;
    const std::optional<LayerInfo> info = store && !layer.isEmpty() ? store->layer(layer) : std::nullopt;
    if (!info) {
        m_sites->reset({tr("Site")});
        m_sites->finish();
        m_sitesLabel->setText(tr("The sites layer of this run was removed."));
        return;
    }
    // The fields saveLocationRun writes get headers in the UI's language (the stored descriptions are in
    // the language of whoever ran the model); other fields show their description or name.
    const QMap<QString, QString> known{{QStringLiteral("id"), tr("Site id")},
                                       {QStringLiteral("name"), tr("Site name")},
                                       {QStringLiteral("status"), tr("Existing or new")},
                                       {QStringLiteral("served_demand"), tr("Covered demand served")},
                                       {QStringLiteral("served_units"), tr("Demand points served")}};
    QStringList headers;
    for (const FieldInfo& f : info->fields)
        headers << known.value(f.name, f.description.isEmpty() ? f.name : f.description);
    m_sites->reset(headers);
    auto features = store->readFeatures(layer);
    int newSites = 0, existing = 0;
    const int statusCol = info->fieldIndex(QStringLiteral("status"));
    if (features) {
        for (const FeatureRecord& r : features.value()) {
            QList<QStandardItem*> row;
            for (int k = 0; k < info->fields.size(); ++k) {
                const QVariant v = r.values.value(k);
                const FieldInfo& field = info->fields.at(k);
                QStandardItem* item = nullptr;
                if (field.type == FieldType::Text) {
                    QString text = v.toString();
                    if (k == statusCol) text = text == QLatin1String("existing") ? tr("existing") : text == QLatin1String("new") ? tr("new") : text;
                    item = regenTextItem(text);
                } else {
                    item = regenNumberItem(v.isNull() ? qQNaN() : v.toDouble(), field.type == FieldType::Integer ? 0 : 1);
                }
                if (k == 0) item->setData(v.toString(), RegenKeyRole);
                row << item;
            }
            if (statusCol >= 0) (r.values.value(statusCol).toString() == QLatin1String("existing") ? existing : newSites)++;
            m_sites->appendRow(row);
        }
    }
    m_sites->finish();
    m_sitesLabel->setText(statusCol >= 0 ? tr("Selected sites (layer %1): %2 new, %3 existing").arg(layer).arg(newSites).arg(existing)
                                         : tr("Selected sites (layer %1)").arg(layer));
}

void LocationResultsTab::retranslateUi()
{
    m_edit->setText(tr("Edit scenario"));
    m_edit->setToolTip(tr("Load this run's scenario into the Scenario tab, to change it and solve again"));
    m_details->setTabText(0, tr("Selected sites"));
    m_details->setTabText(1, tr("Coverage curve"));
    if (m_shownRun == 0) {
        clear();
        return;
    }
    if (const ProjectStore* store = m_ctx->store())
        if (const std::optional<RunInfo> run = store->run(m_shownRun)) showRun(*run);
}

void LocationResultsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
