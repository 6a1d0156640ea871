// RegenIndexTab: six thematic indices, ranking and radar chart.
#include "RegenIndexTab.h"

#include "ProjectSession.h"
#include "RegenCharts.h"
#include "RegenIndexSpecEditor.h"
#include "RegenJob.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"

#include "dosi/core/Values.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace dosi::desktop {

using namespace dosi::models;

RegenIndexTab::RegenIndexTab(RegenContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("regenIndexTab"));
    m_spec = new RegenIndexSpecEditor(this);
    m_reset = new QPushButton(this);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("regenIndexRun"));
    m_job = new RegenJob(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new RegenTable(true, this);
    m_table->setObjectName(QStringLiteral("regenIndexTable"));
    m_radar = new RegenRadarChart(this);

    m_radar->setMinimumHeight(260);
    auto* runLine = new QHBoxLayout;
    runLine->addWidget(m_reset);
    runLine->addStretch(1);
    runLine->addWidget(m_run);
    auto* results = new QSplitter(Qt::Vertical);
    results->addWidget(m_table);
    results->addWidget(m_radar);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    results->setChildrenCollapsible(false);
    auto* resultPage = new QWidget;
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(2, 2, 2, 2);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(results, 1);
    m_pages = new QTabWidget(this);
    m_pages->addTab(m_spec, QString());
    m_pages->addTab(resultPage, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(runLine);
    layout->addWidget(m_job);
    layout->addWidget(m_pages, 1);

    connect(m_run, &QPushButton::clicked, this, &RegenIndexTab::run);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_store) m_spec->setSpec(defaultIndexSpec(*m_store));
    });
    connect(m_job, &RegenJob::runningChanged, m_run, [this](bool running) { m_run->setEnabled(!running); });
    connect(m_table, &RegenTable::currentRowChanged, this, &RegenIndexTab::chartRow);
    retranslateUi();
}

void RegenIndexTab::setStore(const ProjectStore* store)
{
    m_store = store;
    m_shownRun = 0;
    m_spec->setStore(store);
    m_spec->setSpec(store ? defaultIndexSpec(*store) : IndexSpec());
    m_table->reset({});
    m_summary->clear();
    m_radar->clear();
    m_job->setMessage(QString());
}

void RegenIndexTab::refreshLayers()
{
    m_spec->setStore(m_store);
    m_spec->setProblems(m_spec->quickProblems());
}

void RegenIndexTab::fail(const QString& message)
{
    m_job->setMessage(message, true);
    if (m_ctx->error) m_ctx->error(tr("Thematic indices failed"), message);
}

void RegenIndexTab::run()
{
    ProjectStore* store = m_ctx->store();
    if (!store || m_job->isRunning()) return;
    const Result<Scenario> scenario = m_ctx->scenario->scenario();
    if (!scenario) return fail(scenario.errorMessage());
    IndexRequest req;
    req.spec = m_spec->spec();
    req.scenario = scenario.value();
    auto inputs = readIndexInputs(*store, req);
    if (!inputs) return fail(inputs.errorMessage());
    QMap<QString, QString> problems;
    for (const IndicatorValues& v : inputs->values) problems.insert(v.id, v.problem);
    m_spec->setProblems(problems);
    auto result = std::make_shared<std::optional<IndexResult>>();
    const int generation = m_ctx->generation;
    const int count = int(inputs->units.size());
    m_job->start(tr("Computing the indices of %n unit(s)…", nullptr, count),
                 [in = std::move(inputs).value(), result](const RegenJob::Progress& progress) {
                     progress(0, 1);
                     *result = computeIndices(in);
                     progress(1, 1);
                 },
                 [this, result, generation](bool cancelled) {
                     ProjectStore* store = m_ctx->store();
                     if (cancelled || generation != m_ctx->generation || !store || !*result) return;
                     auto id = saveIndexRun(*store, **result);
                     if (!id) return fail(id.errorMessage());
                     const std::optional<RunInfo> stored = m_ctx->runStored(id.value(), QStringLiteral("population_grade"));
                     if (stored) showRun(*stored);
                     m_job->setMessage(tr("Stored as run %1.").arg(id.value()));
                 });
}

void RegenIndexTab::showRun(const RunInfo& run)
{
    m_shownRun = run.id;
    m_pages->setCurrentIndex(1);
    const IndexRequest req = IndexRequest::fromJson(run.params);
    m_spec->setSpec(req.spec);
    // The problems found when the run was made.
    QMap<QString, QString> problems;
    for (const QJsonValue& a : run.metrics.value(QStringLiteral("areas")).toArray())
        for (const QJsonValue& i : a.toObject().value(QStringLiteral("indicators")).toArray())
            problems.insert(i.toObject().value(QStringLiteral("id")).toString(), i.toObject().value(QStringLiteral("problem")).toString());
    m_spec->setProblems(problems);

    m_areas.clear();
    for (const AreaSpec& a : req.spec.areas) m_areas << a.area;
    std::optional<MeasureTable> values;
    QMap<QString, QString> names;
    if (m_store && !run.resultLayers.isEmpty()) {
        if (auto t = m_store->readMeasures(run.resultLayers.first())) values = t.value();
        const std::optional<LayerInfo> info = m_store->layer(run.resultLayers.first());
        if (info && !info->geometryLayer.isEmpty()) names = unitNames(*m_store, run.resultLayers.first());
    }
    QStringList headers{tr("Code"), tr("Name")};
    for (IndexArea a : std::as_const(m_areas)) headers << tr("%1\nscore").arg(indexAreaLabel(a)) << tr("%1\ngrade").arg(indexAreaLabel(a));
    headers << tr("Missing indicators");
    m_table->reset(headers);
    if (values) {
        QVector<int> scoreCol, gradeCol;
        for (IndexArea a : std::as_const(m_areas)) {
            scoreCol << values->fieldIndex(indexAreaName(a));
            gradeCol << values->fieldIndex(indexAreaName(a) + QStringLiteral("_grade"));
        }
        for (int r = 0; r < values->rowCount(); ++r) {
            const QString unit = values->units.at(r);
            QList<QStandardItem*> row;
            auto* code = regenTextItem(unit);
            code->setData(unit, RegenKeyRole);
            row << code << regenNameItem(names.value(unit));
            const QJsonObject detail = run.details.value(unit).toObject();
            QStringList missing;
            for (int k = 0; k < m_areas.size(); ++k) {
                const double s = scoreCol[k] >= 0 ? values->columns[scoreCol[k]][r] : missingValue();
                const double g = gradeCol[k] >= 0 ? values->columns[gradeCol[k]][r] : missingValue();
                row << regenNumberItem(s, 3) << regenNumberItem(g, 0);
                const QJsonObject norm = detail.value(indexAreaName(m_areas[k])).toObject();
                for (auto it = norm.constBegin(); it != norm.constEnd(); ++it)
                    if (it.value().isNull() || it.value().isUndefined()) missing << it.key();
            }
            auto* m = regenTextItem(missing.join(QStringLiteral(", ")));
            m->setToolTip(m->text());
            row << m;
            m_table->appendRow(row);
        }
    }
    m_table->finish();
    const QJsonObject metrics = run.metrics;
    QStringList scored;
    for (const QJsonValue& a : metrics.value(QStringLiteral("areas")).toArray()) {
        IndexArea area = IndexArea::Population;
        indexAreaFromName(a.toObject().value(QStringLiteral("area")).toString(), &area);
        scored << tr("%1 %2").arg(indexAreaLabel(area)).arg(a.toObject().value(QStringLiteral("units_scored")).toInt());
    }
    m_summary->setText(tr("<b>%1</b> (run %2, %3): %4 units. Units with an index: %5. Grades 1–10 by deciles, 10 = best off.")
                           .arg(run.title.toHtmlEscaped()).arg(run.id).arg(run.resultLayers.value(0))
                           .arg(metrics.value(QStringLiteral("units")).toInt()).arg(scored.join(QStringLiteral(", "))));
    if (m_table->rowCount() > 0) {
        // Start on a unit that has the most areas scored.
        int best = 0, bestCount = -1;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            int count = 0;
            for (int k = 0; k < m_areas.size(); ++k)
                count += std::isnan(m_table->model()->item(r, 3 + 2 * k)->data(RegenSortRole).toDouble()) ? 0 : 1;
            if (count > bestCount) best = r, bestCount = count;
        }
        m_table->selectRow(best);
    } else {
        m_radar->clear(tr("The result layer of this run was removed."));
    }
}

void RegenIndexTab::showUnit(const QString& code)
{
    const int r = m_table->rowOfKey(code);
    if (r >= 0) m_table->selectRow(r);
}

void RegenIndexTab::chartRow(int row)
{
    QStandardItemModel* model = m_table->model();
    if (row < 0 || row >= model->rowCount()) {
        m_radar->clear();
        return;
    }
    QStringList axes, details;
    QVector<double> grades;
    for (int k = 0; k < m_areas.size(); ++k) {
        axes << indexAreaLabel(m_areas[k]);
        const double score = model->item(row, 2 + 2 * k)->data(RegenSortRole).toDouble();
        const double grade = model->item(row, 3 + 2 * k)->data(RegenSortRole).toDouble();
        grades << grade;
        details << tr("grade %1 · %2").arg(regenNumber(grade, 0), regenNumber(score, 2));
    }
    const QString code = model->item(row, 0)->text(), name = model->item(row, 1)->text();
    m_radar->setValues(name.isEmpty() ? code : tr("%1 (%2)").arg(name, code), axes, grades, details, 10);
}

void RegenIndexTab::retranslateUi()
{
    m_pages->setTabText(0, tr("Indicators"));
    m_pages->setTabText(1, tr("Ranking and chart"));
    m_reset->setText(tr("Default indicators"));
    m_reset->setToolTip(tr("Replace the indicators with Dosi's documented defaults for this project"));
    m_run->setText(tr("&Run indices"));
    m_run->setToolTip(tr("Compute the six indices, store the run in the project and show it on the map"));
    if (m_table->rowCount() > 0) chartRow(m_table->currentRow());
}

void RegenIndexTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
