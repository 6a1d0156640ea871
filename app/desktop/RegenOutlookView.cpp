// RegenOutlookView: chance of meeting the population criterion within the horizon.
#include "RegenOutlookView.h"

#include "ProjectSession.h"
#include "RegenJob.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"

#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace dosi::desktop {

using namespace dosi::models;

RegenOutlookView::RegenOutlookView(RegenContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("regenOutlookView"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new RegenTable(true, this);
    m_table->setObjectName(QStringLiteral("regenOutlookTable"));
    m_assumptions = new QTextBrowser(this);
    m_assumptions->setObjectName(QStringLiteral("regenOutlookAssumptions"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_assumptions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    m_summary->setText(tr("The outlook forecasts the yearly population (the diagnosis' population source) and estimates, "
                          "for every unit, the chance of meeting the population criterion within the horizon."));
}

void RegenOutlookView::setStore(const ProjectStore* store)
{
    m_store = store;
    m_shownRun = 0;
    m_table->reset({});
    m_assumptions->clear();
}

void RegenOutlookView::fail(RegenJob* job, const QString& message)
{
    job->setMessage(message, true);
    if (m_ctx->error) m_ctx->error(tr("Decline outlook failed"), message);
}

void RegenOutlookView::run(RegenJob* job, const ForecastOptions& options, const DiagnosisRequest& diagnosis)
{
    ProjectStore* store = m_ctx->store();
    if (!store || job->isRunning()) return;
    const Result<Scenario> scenario = m_ctx->scenario->scenario();
    if (!scenario) return fail(job, scenario.errorMessage());
    auto sources = resolveDeclineSources(*store, diagnosis.sources);
    if (!sources) return fail(job, sources.errorMessage());
    if (sources->population.isNull()) return fail(job, tr("The project has no yearly population layer for the outlook."));
    ForecastRequest req;
    req.target = sources->population;
    req.options = options;
    req.scenario = scenario.value();
    auto inputs = readForecastInputs(*store, req);
    if (!inputs) return fail(job, inputs.errorMessage());
    auto history = readYearSeries(*store, sources->population, req.scenario);
    if (!history) return fail(job, history.errorMessage());
    auto result = std::make_shared<std::optional<Result<OutlookRun>>>();
    const int generation = m_ctx->generation;
    job->start(tr("Decline outlook of %1 over %n year(s)…", nullptr, options.horizon).arg(req.target.text()),
               [in = std::move(inputs).value(), h = std::move(history).value(), t = diagnosis.thresholds, result](
                   const RegenJob::Progress& progress) { *result = runOutlook(in, h, t, OutlookOptions(), progress); },
               [this, job, result, generation](bool cancelled) {
                   ProjectStore* store = m_ctx->store();
                   if (cancelled || generation != m_ctx->generation || !store || !*result) return;
                   if (!**result) return fail(job, (*result)->errorMessage());
                   auto id = saveOutlookRun(*store, (*result)->value());
                   if (!id) return fail(job, id.errorMessage());
                   const std::optional<RunInfo> stored = m_ctx->runStored(id.value(), QStringLiteral("probability"));
                   if (stored) showRun(*stored);
                   job->setMessage(tr("Outlook stored as run %1.").arg(id.value()));
               });
}

void RegenOutlookView::showRun(const RunInfo& run)
{
    m_shownRun = run.id;
    const QJsonObject m = run.metrics;
    QMap<QString, QString> names;
    std::optional<MeasureTable> values;
    if (m_store && !run.resultLayers.isEmpty()) {
        if (auto t = m_store->readMeasures(run.resultLayers.first())) values = t.value();
        names = unitNames(*m_store, run.resultLayers.first());
    }
    m_table->reset({tr("Code"), tr("Name"), tr("Chance"), tr("Met now"), tr("First likely year"), tr("Note")});
    if (values) {
        const int p = values->fieldIndex(QStringLiteral("probability")), now = values->fieldIndex(QStringLiteral("met_now"));
        for (int r = 0; r < values->rowCount() && p >= 0; ++r) {
            const QString unit = values->units[r];
            const QJsonObject d = run.details.value(unit).toObject();
            auto* code = regenTextItem(unit);
            code->setData(unit, RegenKeyRole);
            const double prob = values->columns[p][r];
            const bool metNow = now >= 0 && values->columns[now][r] == 1.0;
            const int first = d.value(QStringLiteral("first_likely_year")).toInt();
            auto* chance = regenNumberItem(std::isnan(prob) ? prob : prob * 100, 0, QStringLiteral(" %"));
            if (!std::isnan(prob) && prob >= 0.5) chance->setBackground(QColor(0xf4, 0xc7, 0xc3));
            auto* year = regenTextItem(first > 0 ? QString::number(first) : QString());
            year->setData(first > 0 ? double(first) : std::nan(""), RegenSortRole);
            m_table->appendRow({code, regenNameItem(names.value(unit)), chance, regenTextItem(metNow ? tr("yes") : tr("no")), year,
                                regenTextItem(d.value(QStringLiteral("note")).toString())});
        }
    }
    m_table->finish();
    const QJsonObject forecast = m.value(QStringLiteral("forecast")).toObject();
    QString backtest;
    for (const QJsonValue& v : forecast.value(QStringLiteral("backtest")).toArray())
        if (v.toObject().value(QStringLiteral("method")) == forecast.value(QStringLiteral("method")))
            backtest = tr("backtest MAPE %1 %, MASE %2").arg(regenNumber(v.toObject().value(QStringLiteral("mape")).toDouble(), 2),
                                                            regenNumber(v.toObject().value(QStringLiteral("mase")).toDouble(), 3));
    m_summary->setText(tr("<b>%1</b> (run %2, %3): over %4 years (%5, %6), %7 of %8 units meet the population criterion now "
                          "and %9 are likely (≥ 50 %) to meet it within the horizon. Estimated.")
                           .arg(run.title.toHtmlEscaped()).arg(run.id).arg(run.resultLayers.value(0))
                           .arg(m.value(QStringLiteral("horizon")).toInt()).arg(m.value(QStringLiteral("method")).toString(), backtest)
                           .arg(m.value(QStringLiteral("met_now")).toInt()).arg(m.value(QStringLiteral("units")).toInt())
                           .arg(m.value(QStringLiteral("likely")).toInt()));
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Assumptions").toHtmlEscaped());
    for (const QJsonValue& a : m.value(QStringLiteral("assumptions")).toArray())
        html += QStringLiteral("<li>%1</li>").arg(a.toString().toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_assumptions->setHtml(html);
}

}  // namespace dosi::desktop
