// RegenForecastTab: forecasts with their measured backtest error.
#include "RegenForecastTab.h"

#include "ProjectSession.h"
#include "RegenCharts.h"
#include "RegenJob.h"
#include "RegenOutlookView.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"

#include "dosi/core/Values.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace dosi::desktop {

using namespace dosi::models;

namespace {
enum UnitCol { CodeCol, NameCol, MethodCol, MapeCol, MaseCol, ValueCol, LoCol, HiCol, NoteCol };

int defaultHorizon(TimeKind kind)
{
    switch (kind) {
    case TimeKind::Year: return 3;
    case TimeKind::Quarter: return 4;
    case TimeKind::Day: return 14;
    case TimeKind::Hour: return 168;
    default: return 1;
    }
}
}  // namespace

RegenForecastTab::RegenForecastTab(RegenContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("regenForecastTab"));
    auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    m_target = new RegenFieldPicker(false, this);
    m_target->setObjectName(QStringLiteral("regenForecastTarget"));
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("regenForecastHorizon"));
    m_horizon->setRange(1, 5000);
    m_horizon->setValue(3);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("regenForecastMethod"));
    for (ForecastMethod m : {ForecastMethod::Auto, ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend,
                             ForecastMethod::DampedTrend, ForecastMethod::Boosted})
        m_method->addItem(QString(), int(m));
    m_level = new QDoubleSpinBox(this);
    m_level->setRange(50, 99);
    m_level->setDecimals(0);
    m_level->setSuffix(QStringLiteral(" %"));
    m_level->setValue(80);
    m_unitsMode = new QComboBox(this);
    m_unitsMode->setObjectName(QStringLiteral("regenForecastUnits"));
    m_unitsMode->addItem(QString(), false);
    m_unitsMode->addItem(QString(), true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label(m_target->layerCombo()), m_target);
    auto* horizonRow = new QHBoxLayout;
    horizonRow->addWidget(m_horizon);
    horizonRow->addWidget(label(m_horizon));      // the step unit, e.g. "years"
    horizonRow->addSpacing(12);
    horizonRow->addWidget(label(m_method));
    horizonRow->addWidget(m_method, 1);
    form->addRow(label(m_horizon), horizonRow);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addWidget(label(m_unitsMode));
    levelRow->addWidget(m_unitsMode, 1);
    form->addRow(label(m_level), levelRow);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("regenForecastRun"));
    m_outlookButton = new QPushButton(this);
    m_outlookButton->setObjectName(QStringLiteral("regenOutlookRun"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_outlookButton);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    m_job = new RegenJob(this);

    // Results: the forecast, and the outlook.
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backtest = new RegenTable(false, this);
    m_backtest->setObjectName(QStringLiteral("regenBacktestTable"));
    m_backtest->fitHeightToRows(2);
    m_units = new RegenTable(true, this);
    m_units->setObjectName(QStringLiteral("regenForecastUnitsTable"));
    m_units->view()->setMinimumHeight(m_units->fontMetrics().height() + 10 + 5 * m_units->view()->verticalHeader()->defaultSectionSize());
    m_chart = new RegenForecastChart(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("regenForecastExport"));
    m_export->setEnabled(false);
    auto* forecastPage = new QWidget;
    auto* pageLayout = new QVBoxLayout(forecastPage);
    pageLayout->setContentsMargins(2, 2, 2, 2);
    auto* split = new QSplitter(Qt::Vertical);
    auto* upper = new QWidget;
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_summary);
    upperLayout->addWidget(m_backtest);
    upperLayout->addWidget(m_units, 1);
    split->addWidget(upper);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    pageLayout->addWidget(split, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);
    pageLayout->addLayout(exportRow);
    m_outlook = new RegenOutlookView(context, this);
    m_results = new QTabWidget(this);
    m_results->addTab(forecastPage, QString());
    m_results->addTab(m_outlook, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_job);
    layout->addWidget(m_results, 1);

    connect(m_run, &QPushButton::clicked, this, &RegenForecastTab::run);
    connect(m_outlookButton, &QPushButton::clicked, this, &RegenForecastTab::runOutlook);
    connect(m_job, &RegenJob::runningChanged, this, [this](bool running) {
        m_run->setEnabled(!running);
        m_outlookButton->setEnabled(!running);
    });
    connect(m_target, &RegenFieldPicker::changed, this, &RegenForecastTab::onTargetChanged);
    connect(m_units, &RegenTable::currentRowChanged, this, &RegenForecastTab::chartRow);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Forecast"), QStringLiteral("forecast.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        if (auto ok = exportCsv(path); !ok) fail(tr("Cannot export the forecast"), ok.errorMessage());
        else m_job->setMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    });
    retranslateUi();
}

void RegenForecastTab::setStore(const ProjectStore* store)
{
    m_store = store;
    m_shownRun = 0;
    m_points.clear();
    m_details = {};
    refreshLayers();
    // Start on the yearly population when there is one (the outlook's series).
    if (store)
        if (auto s = resolveDeclineSources(*store, {}); s && !s->population.isNull()) setTarget(s->population);
    m_backtest->reset({});
    m_units->reset({});
    m_summary->clear();
    m_chart->clear();
    m_export->setEnabled(false);
    m_outlook->setStore(store);
    m_job->setMessage(QString());
}

void RegenForecastTab::refreshLayers()
{
    m_target->setStore(m_store, [](const LayerInfo& l) { return l.timeKind != TimeKind::None && !l.estimated; });
    onTargetChanged();
}

void RegenForecastTab::onTargetChanged()
{
    const std::optional<LayerInfo> info = m_store ? m_store->layer(m_target->ref().layer) : std::nullopt;
    const TimeKind kind = info ? info->timeKind : TimeKind::None;
    if (kind != m_lastKind) {
        m_lastKind = kind;
        m_horizon->setValue(defaultHorizon(kind));
    }
    QString unit;
    switch (kind) {
    case TimeKind::Year: unit = tr("years"); break;
    case TimeKind::Quarter: unit = tr("quarters"); break;
    case TimeKind::Day: unit = tr("days"); break;
    case TimeKind::Hour: unit = tr("hours"); break;
    default: unit = tr("steps"); break;
    }
    m_labels.value(1)->setText(unit);
}

void RegenForecastTab::setTarget(const FieldRef& ref)
{
    m_target->setRef(ref);
    onTargetChanged();
}

void RegenForecastTab::setHorizon(int steps) { m_horizon->setValue(steps); }

void RegenForecastTab::setMethod(ForecastMethod m) { m_method->setCurrentIndex(qMax(0, m_method->findData(int(m)))); }

void RegenForecastTab::setLevel(double level) { m_level->setValue(level * 100); }

void RegenForecastTab::setUseSelection(bool selection) { m_unitsMode->setCurrentIndex(selection ? 1 : 0); }

ForecastRequest RegenForecastTab::request() const
{
    ForecastRequest r;
    r.target = m_target->ref();
    r.options.method = ForecastMethod(m_method->currentData().toInt());
    r.options.horizon = m_horizon->value();
    r.options.level = m_level->value() / 100;
    if (m_unitsMode->currentData().toBool() && m_ctx->selection) r.units = m_ctx->selection();
    return r;
}

void RegenForecastTab::fail(const QString& title, const QString& message)
{
    m_job->setMessage(message, true);
    if (m_ctx->error) m_ctx->error(title, message);
}

void RegenForecastTab::cancel()
{
    m_job->cancel();
}

void RegenForecastTab::run()
{
    ProjectStore* store = m_ctx->store();
    if (!store || m_job->isRunning()) return;
    const QString title = tr("Forecast failed");
    const Result<Scenario> scenario = m_ctx->scenario->scenario();
    if (!scenario) return fail(title, scenario.errorMessage());
    ForecastRequest req = request();
    req.scenario = scenario.value();
    if (req.target.isNull()) return fail(title, tr("Choose a layer with a time axis and a field to forecast."));
    if (m_unitsMode->currentData().toBool() && req.units.isEmpty())
        return fail(title, tr("No units are selected on the map: click units on the map, or forecast all units."));
    auto inputs = readForecastInputs(*store, req);
    if (!inputs) return fail(title, inputs.errorMessage());
    auto result = std::make_shared<std::optional<Result<ForecastRun>>>();
    const int generation = m_ctx->generation;
    const int count = int(inputs->panel.units.size());
    m_job->start(tr("Forecasting %1 for %n unit(s)…", nullptr, count).arg(req.target.text()),
                 [in = std::move(inputs).value(), result](const RegenJob::Progress& progress) {
                     *result = runForecast(in, progress);
                 },
                 [this, result, generation, title](bool cancelled) {
                     ProjectStore* store = m_ctx->store();
                     if (cancelled || generation != m_ctx->generation || !store || !*result) return;
                     if (!**result) return fail(title, (*result)->errorMessage());
                     auto id = saveForecastRun(*store, (*result)->value());
                     if (!id) return fail(title, id.errorMessage());
                     const std::optional<RunInfo> stored = m_ctx->runStored(id.value(), QStringLiteral("value"));
                     if (stored) showRun(*stored);
                     m_job->setMessage(tr("Forecast in %1 s; stored as run %2.").arg((*result)->value().seconds, 0, 'f', 2).arg(id.value()));
                 });
}

void RegenForecastTab::runOutlook()
{
    if (m_job->isRunning()) return;
    ForecastOptions opt;
    opt.method = ForecastMethod(m_method->currentData().toInt());
    opt.horizon = m_horizon->value();
    opt.level = m_level->value() / 100;
    if (m_lastKind != TimeKind::Year) opt.horizon = 5;   // the horizon set is not in years
    m_results->setCurrentWidget(m_outlook);
    m_outlook->run(m_job, opt, m_diagnosis ? m_diagnosis() : DiagnosisRequest());
}

void RegenForecastTab::showRun(const RunInfo& run)
{
    m_shownRun = run.id;
    m_shownRequest = ForecastRequest::fromJson(run.params);
    m_details = run.details;
    m_points.clear();
    m_results->setCurrentIndex(0);
    const QJsonObject metrics = run.metrics;
    m_shownKind = timeKindFromName(metrics.value(QStringLiteral("time_kind")).toString());
    const QString chosen = metrics.value(QStringLiteral("method")).toString();

    m_backtest->reset({tr("Method"), tr("MAPE"), tr("MASE"), tr("Origins"), tr("Points"), tr("Chosen")});
    for (const QJsonValue& v : metrics.value(QStringLiteral("backtest")).toArray()) {
        const QJsonObject s = v.toObject();
        ForecastMethod m = ForecastMethod::Naive;
        forecastMethodFromName(s.value(QStringLiteral("method")).toString(), &m);
        const bool isChosen = s.value(QStringLiteral("method")).toString() == chosen;
        const double mape = s.value(QStringLiteral("mape")).isDouble() ? s.value(QStringLiteral("mape")).toDouble() : std::nan("");
        const double mase = s.value(QStringLiteral("mase")).isDouble() ? s.value(QStringLiteral("mase")).toDouble() : std::nan("");
        QList<QStandardItem*> row{regenTextItem(forecastMethodLabel(m)), regenNumberItem(mape, 2, QStringLiteral(" %")),
                                  regenNumberItem(mase, 3), regenNumberItem(s.value(QStringLiteral("origins")).toInt(), 0),
                                  regenNumberItem(s.value(QStringLiteral("points")).toInt(), 0),
                                  regenTextItem(isChosen ? tr("✓ chosen") : QString())};
        row.first()->setData(s.value(QStringLiteral("method")).toString(), RegenKeyRole);
        if (isChosen)
            for (QStandardItem* item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        m_backtest->appendRow(row);
    }
    m_backtest->finish();
    m_backtest->fitHeightToRows(6);

    // The forecast values from the result layer (as stored).
    if (m_store && !run.resultLayers.isEmpty())
        if (auto t = m_store->readMeasures(run.resultLayers.first())) {
            const int v = t->fieldIndex(QStringLiteral("value")), lo = t->fieldIndex(QStringLiteral("lo")), hi = t->fieldIndex(QStringLiteral("hi"));
            for (int r = 0; r < t->rowCount() && v >= 0 && lo >= 0 && hi >= 0; ++r)
                m_points[t->units[r]].append(ForecastPoint{t->times[r], t->columns[v][r], t->columns[lo][r], t->columns[hi][r]});
        }
    const QMap<QString, QString> names = m_store && m_store->hasLayer(m_shownRequest.target.layer)
                                             ? unitNames(*m_store, m_shownRequest.target.layer) : QMap<QString, QString>();
    m_units->reset({tr("Code"), tr("Name"), tr("Method"), tr("MAPE"), tr("MASE"), tr("Forecast"), tr("Low"), tr("High"), tr("Note")});
    for (auto it = m_details.constBegin(); it != m_details.constEnd(); ++it) {
        const QJsonObject d = it.value().toObject();
        const QJsonObject b = d.value(QStringLiteral("backtest")).toObject();
        ForecastMethod m = ForecastMethod::Naive;
        forecastMethodFromName(d.value(QStringLiteral("method")).toString(), &m);
        const QVector<ForecastPoint> pts = m_points.value(it.key());
        const ForecastPoint last = pts.isEmpty() ? ForecastPoint{QString(), std::nan(""), std::nan(""), std::nan("")} : pts.last();
        auto* code = regenTextItem(it.key());
        code->setData(it.key(), RegenKeyRole);
        auto number = [&b](const char* key) { return b.value(QLatin1String(key)).isDouble() ? b.value(QLatin1String(key)).toDouble() : std::nan(""); };
        m_units->appendRow({code, regenNameItem(names.value(it.key())), regenTextItem(forecastMethodName(m)),
                            regenNumberItem(number("mape"), 2, QStringLiteral(" %")), regenNumberItem(number("mase"), 3),
                            regenNumberItem(last.value, 0), regenNumberItem(last.lo, 0), regenNumberItem(last.hi, 0),
                            regenTextItem(d.value(QStringLiteral("note")).toString())});
    }
    m_units->finish();
    QStringList notes;
    for (const QJsonValue& n : metrics.value(QStringLiteral("notes")).toArray()) notes << n.toString().toHtmlEscaped();
    ForecastMethod chosenMethod = ForecastMethod::Naive;
    forecastMethodFromName(chosen, &chosenMethod);
    const QJsonObject history = metrics.value(QStringLiteral("history")).toObject();
    m_summary->setText(tr("<b>%1</b> (run %2, %3): %4 by %5, %6 steps after %7 (estimated, %8 % intervals). "
                          "Backtest errors below; every unit's own error is in its row.")
                           .arg(run.title.toHtmlEscaped()).arg(run.id).arg(run.resultLayers.value(0))
                           .arg(m_shownRequest.target.text().toHtmlEscaped(), forecastMethodLabel(chosenMethod).toHtmlEscaped())
                           .arg(m_shownRequest.options.horizon).arg(history.value(QStringLiteral("last")).toString())
                           .arg(qRound(m_shownRequest.options.level * 100))
                       + (notes.isEmpty() ? QString() : QStringLiteral("<br>") + notes.join(QStringLiteral("<br>"))));
    m_export->setEnabled(!m_points.isEmpty());
    if (m_units->rowCount() > 0) m_units->selectRow(0);
    else m_chart->clear(tr("No unit was forecast."));
}

void RegenForecastTab::showUnit(const QString& code)
{
    const int r = m_units->rowOfKey(code);
    if (r >= 0) m_units->selectRow(r);
}

void RegenForecastTab::chartRow(int row)
{
    const QString unit = m_units->key(row).toString();
    if (unit.isEmpty() || !m_store) {
        m_chart->clear();
        return;
    }
    RegenForecastChart::Series s;
    s.kind = m_shownKind;
    const QString name = m_units->model()->item(row, NameCol)->text();
    auto panel = readPanel(*m_store, m_shownRequest.target, {unit}, m_shownRequest.scenario);
    if (panel && !panel->units.isEmpty()) {
        s.historyTimes = panel->times;
        s.history = panel->units.first().values;
        for (double& v : s.history)
            if (!hasValue(v)) v = std::nan("");
    }
    for (const ForecastPoint& p : m_points.value(unit)) {
        s.forecastTimes << p.time;
        s.value << p.value;
        s.lo << p.lo;
        s.hi << p.hi;
    }
    const QJsonObject d = m_details.value(unit).toObject();
    const QJsonObject b = d.value(QStringLiteral("backtest")).toObject();
    ForecastMethod m = ForecastMethod::Naive;
    forecastMethodFromName(d.value(QStringLiteral("method")).toString(), &m);
    const double mape = b.value(QStringLiteral("mape")).isDouble() ? b.value(QStringLiteral("mape")).toDouble() : std::nan("");
    const double mase = b.value(QStringLiteral("mase")).isDouble() ? b.value(QStringLiteral("mase")).toDouble() : std::nan("");
    s.title = tr("%1 — %2 · estimated by %3").arg(name.isEmpty() ? unit : name, m_shownRequest.target.text(), forecastMethodLabel(m));
    s.subtitle = tr("backtest MAPE %1 %, MASE %2 (%n origin(s))", nullptr, b.value(QStringLiteral("origins")).toInt())
                     .arg(regenNumber(mape, 1), regenNumber(mase, 2));
    s.intervalLabel = tr("%1 % interval").arg(qRound(m_shownRequest.options.level * 100));
    if (!d.value(QStringLiteral("note")).toString().isEmpty()) s.subtitle += QStringLiteral(" · ") + d.value(QStringLiteral("note")).toString();
    m_chart->setSeries(s);
}

Result<void> RegenForecastTab::exportCsv(const QString& path) const
{
    if (m_points.isEmpty()) return makeError(tr("There is no forecast to export."));
    ForecastRun r;
    for (auto it = m_points.constBegin(); it != m_points.constEnd(); ++it) {
        UnitForecast u;
        u.unit = it.key();
        u.points = it.value();
        r.forecast.units << u;
    }
    return writeForecastCsv(r, path);
}

void RegenForecastTab::retranslateUi()
{
    const QStringList texts{tr("&Measure:"), tr("steps"), tr("Me&thod:"), tr("&Horizon:"), tr("Unit&s:"), tr("Inter&val:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i) m_labels[i]->setText(texts[i]);
    for (int i = 0; i < m_method->count(); ++i) {
        const ForecastMethod m = ForecastMethod(m_method->itemData(i).toInt());
        m_method->setItemText(i, m == ForecastMethod::Auto ? tr("Auto (best backtest)") : forecastMethodLabel(m));
    }
    m_method->setToolTip(tr("Auto picks the method with the lowest backtest error on the training data"));
    m_level->setToolTip(tr("Coverage of the prediction interval"));
    m_unitsMode->setItemText(0, tr("All units"));
    m_unitsMode->setItemText(1, tr("Units selected on the map"));
    m_run->setText(tr("&Run forecast"));
    m_run->setToolTip(tr("Forecast, backtest, store the run in the project and show it on the map"));
    m_outlookButton->setText(tr("Decline &outlook"));
    m_outlookButton->setToolTip(tr("The chance that each unit meets the population criterion within the horizon (yearly population)"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Write unit,time,value,lo,hi of the forecast shown"));
    m_results->setTabText(0, tr("Forecast"));
    m_results->setTabText(1, tr("Decline outlook"));
    onTargetChanged();
}

void RegenForecastTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
