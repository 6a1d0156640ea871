// RegenDiagnosisTab: legal decline diagnosis from the desktop.
#include "RegenDiagnosisTab.h"

#include "ProjectSession.h"
#include "RegenJob.h"
#include "RegenScenarioEditor.h"
#include "RegenWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace dosi::desktop {

using namespace dosi::models;

namespace {

enum Col { CodeCol, NameCol, PopCol, BizCol, BldCol, MetCol, VerdictCol };
constexpr int CriterionCols[3] = {PopCol, BizCol, BldCol};
const char* const CriterionKeys[3] = {"population", "businesses", "buildings"};

QDoubleSpinBox* percentBox(double value, double max, QWidget* parent)
{
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0, max);
    b->setDecimals(1);
    b->setSingleStep(1);
    b->setSuffix(QStringLiteral(" %"));
    b->setValue(value * 100);
    return b;
}

QSpinBox* countBox(int value, int min, int max, QWidget* parent)
{
    auto* b = new QSpinBox(parent);
    b->setRange(min, max);
    b->setValue(value);
    return b;
}

}  // namespace

RegenDiagnosisTab::RegenDiagnosisTab(RegenContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("regenDiagnosisTab"));
    auto label = [this](QWidget* buddy = nullptr) {
        auto* l = new QLabel(this);
        if (buddy) l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    // Sources.
    m_sourcesBox = new QGroupBox(this);
    m_population = new RegenFieldPicker(true, m_sourcesBox);
    m_population->setObjectName(QStringLiteral("regenPopulationSource"));
    m_businesses = new RegenFieldPicker(true, m_sourcesBox);
    m_buildings = new RegenFieldPicker(true, m_sourcesBox);
    m_buildingsMode = new QComboBox(m_sourcesBox);
    m_buildingsMode->addItem(QString(), QStringLiteral("share"));
    m_buildingsMode->addItem(QString(), QStringLiteral("counts"));
    m_buildingsMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buildingsMode->setMinimumContentsLength(14);
    m_allBuildings = new QComboBox(m_sourcesBox);
    m_allBuildings->setEditable(true);
    auto* sources = new QFormLayout(m_sourcesBox);
    sources->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sources->addRow(label(m_population->layerCombo()), m_population);
    sources->addRow(label(m_businesses->layerCombo()), m_businesses);
    auto* buildingRow = new QHBoxLayout;
    buildingRow->addWidget(m_buildingsMode);
    buildingRow->addWidget(m_buildings, 1);
    sources->addRow(label(m_buildingsMode), buildingRow);
    sources->addRow(label(m_allBuildings), m_allBuildings);

    // Thresholds.
    const DeclineThresholds d;
    m_thresholdsBox = new QGroupBox(this);
    m_popDrop = percentBox(d.popPeakDrop, 100, m_thresholdsBox);
    m_popYears = countBox(d.popPeakYears, 2, 100, m_thresholdsBox);
    m_bizDrop = percentBox(d.bizPeakDrop, 100, m_thresholdsBox);
    m_bizYears = countBox(d.bizPeakYears, 2, 100, m_thresholdsBox);
    m_consecutive = countBox(d.consecutiveYears, 1, 30, m_thresholdsBox);
    m_recent = countBox(d.recentYears, 2, 30, m_thresholdsBox);
    m_oldShare = percentBox(d.oldBuildingShare, 100, m_thresholdsBox);
    m_oldAge = countBox(d.oldBuildingAge, 1, 200, m_thresholdsBox);
    for (QAbstractSpinBox* b : std::initializer_list<QAbstractSpinBox*>{m_popDrop, m_popYears, m_bizDrop, m_bizYears, m_oldShare})
        b->setMaximumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 48);
    m_fullWindow = new QCheckBox(m_thresholdsBox);
    m_fullWindow->setChecked(d.requireFullPeakWindow);
    auto* grid = new QGridLayout(m_thresholdsBox);
    grid->addWidget(label(), 0, 1);                    // Fall from the peak
    grid->addWidget(label(), 0, 2);                    // Peak window
    grid->addWidget(label(m_popDrop), 1, 0);           // Population
    grid->addWidget(m_popDrop, 1, 1);
    grid->addWidget(m_popYears, 1, 2);
    grid->addWidget(label(m_bizDrop), 2, 0);           // Businesses
    grid->addWidget(m_bizDrop, 2, 1);
    grid->addWidget(m_bizYears, 2, 2);
    grid->addWidget(label(m_consecutive), 3, 0);       // Declining in
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_consecutive);
    runRow->addWidget(label(m_recent));                // consecutive years within the last
    runRow->addWidget(m_recent);
    runRow->addWidget(label());                        // years
    runRow->addStretch(1);
    grid->addLayout(runRow, 3, 1, 1, 3);
    grid->addWidget(label(m_oldShare), 4, 0);          // Old buildings
    auto* oldRow = new QHBoxLayout;
    oldRow->addWidget(m_oldShare);
    oldRow->addWidget(label(m_oldAge));                // at least
    oldRow->addWidget(m_oldAge);
    oldRow->addWidget(label());                        // years old
    oldRow->addStretch(1);
    grid->addLayout(oldRow, 4, 1, 1, 3);
    grid->addWidget(m_fullWindow, 5, 0, 1, 4);
    grid->setColumnStretch(3, 1);

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("regenDiagnosisYear"));
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("regenDiagnosisRun"));
    m_run->setDefault(true);
    auto* runLine = new QHBoxLayout;
    runLine->addWidget(label(m_year));                 // As of:
    runLine->addWidget(m_year);
    runLine->addStretch(1);
    runLine->addWidget(m_run);
    m_job = new RegenJob(this);

    auto* inputs = new QWidget;
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(2, 2, 2, 2);
    inputsLayout->addWidget(m_sourcesBox);
    inputsLayout->addWidget(m_thresholdsBox);
    inputsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);


    // Results.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("regenDiagnosisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new RegenTable(true, this);
    m_table->setObjectName(QStringLiteral("regenDiagnosisTable"));
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("regenDiagnosisDetail"));
    m_detail->setMinimumHeight(60);
    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_table);
    results->addWidget(m_detail);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);
    results->setChildrenCollapsible(false);
    auto* resultPage = new QWidget;
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(2, 2, 2, 2);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(results, 1);
    m_pages = new QTabWidget(this);
    m_pages->addTab(scroll, QString());
    m_pages->addTab(resultPage, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(runLine);
    layout->addWidget(m_job);
    layout->addWidget(m_pages, 1);

    connect(m_run, &QPushButton::clicked, this, &RegenDiagnosisTab::run);
    connect(m_job, &RegenJob::runningChanged, m_run, [this](bool running) { m_run->setEnabled(!running); });
    connect(m_population, &RegenFieldPicker::changed, this, &RegenDiagnosisTab::fillYears);
    connect(m_businesses, &RegenFieldPicker::changed, this, &RegenDiagnosisTab::fillYears);
    connect(m_buildingsMode, &QComboBox::currentIndexChanged, this, &RegenDiagnosisTab::updateBuildingsMode);
    connect(m_buildings, &RegenFieldPicker::changed, this, &RegenDiagnosisTab::updateBuildingsMode);
    connect(m_table, &RegenTable::currentRowChanged, this, &RegenDiagnosisTab::showDetail);
    retranslateUi();
    updateBuildingsMode();
}

void RegenDiagnosisTab::setStore(const ProjectStore* store)
{
    m_store = store;
    m_shownRun = 0;
    refreshLayers();
    DeclineSources s;
    if (store)
        if (auto resolved = resolveDeclineSources(*store, {})) s = resolved.value();
    m_population->setRef(s.population);
    m_businesses->setRef(s.businesses);
    m_buildingsMode->setCurrentIndex(s.oldBuildings.isNull() ? 0 : 1);
    m_buildings->setRef(s.oldBuildings.isNull() ? s.oldBuildingShare : s.oldBuildings);
    updateBuildingsMode();
    if (!s.allBuildings.isNull()) m_allBuildings->setCurrentText(s.allBuildings.field);
    fillYears();
    m_table->reset({});
    m_summary->clear();
    m_detail->clear();
    m_job->setMessage(QString());
}

void RegenDiagnosisTab::refreshLayers()
{
    auto yearly = [](const LayerInfo& l) { return l.timeKind == TimeKind::Year && !l.estimated; };
    m_population->setStore(m_store, yearly);
    m_businesses->setStore(m_store, yearly);
    m_buildings->setStore(m_store, [](const LayerInfo& l) { return !l.estimated; });
    updateBuildingsMode();
}

void RegenDiagnosisTab::fillYears()
{
    const int keep = m_year->currentData().toInt();
    QSet<int> years;
    if (m_store)
        for (const FieldRef& ref : {m_population->ref(), m_businesses->ref()}) {
            if (ref.isNull()) continue;
            if (auto times = m_store->measureTimes(ref.layer))
                for (const QString& t : times.value())
                    if (const int y = t.toInt(); y > 0) years.insert(y);
        }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("Latest year"), 0);
    for (int y : sorted) m_year->addItem(QString::number(y), y);
    const int i = m_year->findData(keep);
    m_year->setCurrentIndex(i >= 0 ? i : 0);
}

void RegenDiagnosisTab::updateBuildingsMode()
{
    const bool counts = m_buildingsMode->currentData().toString() == QLatin1String("counts");
    const QString keep = m_allBuildings->currentText();
    m_allBuildings->clear();
    for (int i = 0; i < m_buildings->fieldCombo()->count(); ++i) m_allBuildings->addItem(m_buildings->fieldCombo()->itemText(i));
    m_allBuildings->setCurrentText(keep);
    m_allBuildings->setEnabled(counts && !m_buildings->ref().isNull());
    if (QWidget* l = static_cast<QFormLayout*>(m_sourcesBox->layout())->labelForField(m_allBuildings)) l->setEnabled(m_allBuildings->isEnabled());
}

DeclineThresholds RegenDiagnosisTab::thresholds() const
{
    DeclineThresholds t;
    t.popPeakDrop = m_popDrop->value() / 100;
    t.popPeakYears = m_popYears->value();
    t.bizPeakDrop = m_bizDrop->value() / 100;
    t.bizPeakYears = m_bizYears->value();
    t.consecutiveYears = m_consecutive->value();
    t.recentYears = m_recent->value();
    t.oldBuildingShare = m_oldShare->value() / 100;
    t.oldBuildingAge = m_oldAge->value();
    t.requireFullPeakWindow = m_fullWindow->isChecked();
    return t;
}

void RegenDiagnosisTab::setThresholds(const DeclineThresholds& t)
{
    m_popDrop->setValue(t.popPeakDrop * 100);
    m_popYears->setValue(t.popPeakYears);
    m_bizDrop->setValue(t.bizPeakDrop * 100);
    m_bizYears->setValue(t.bizPeakYears);
    m_consecutive->setValue(t.consecutiveYears);
    m_recent->setValue(t.recentYears);
    m_oldShare->setValue(t.oldBuildingShare * 100);
    m_oldAge->setValue(t.oldBuildingAge);
    m_fullWindow->setChecked(t.requireFullPeakWindow);
}

void RegenDiagnosisTab::setAsOfYear(int year)
{
    const int i = m_year->findData(year);
    m_year->setCurrentIndex(i >= 0 ? i : 0);
}

DiagnosisRequest RegenDiagnosisTab::request() const
{
    DiagnosisRequest r;
    r.sources.population = m_population->ref();
    r.sources.businesses = m_businesses->ref();
    const FieldRef b = m_buildings->ref();
    if (m_buildingsMode->currentData().toString() == QLatin1String("counts") && !b.isNull()) {
        r.sources.oldBuildings = b;
        r.sources.allBuildings = FieldRef{b.layer, m_allBuildings->currentText().trimmed()};
    } else {
        r.sources.oldBuildingShare = b;
    }
    r.thresholds = thresholds();
    r.asOfYear = m_year->currentData().toInt();
    return r;
}

void RegenDiagnosisTab::fail(const QString& message)
{
    m_job->setMessage(message, true);
    if (m_ctx->error) m_ctx->error(tr("Decline diagnosis failed"), message);
}

void RegenDiagnosisTab::run()
{
    ProjectStore* store = m_ctx->store();
    if (!store || m_job->isRunning()) return;
    const Result<Scenario> scenario = m_ctx->scenario->scenario();
    if (!scenario) return fail(scenario.errorMessage());
    DiagnosisRequest req = request();
    req.scenario = scenario.value();
    // Read on the GUI thread (the store is not thread-safe), diagnose on a worker.
    auto inputs = readDiagnosisInputs(*store, req);
    if (!inputs) return fail(inputs.errorMessage());
    auto result = std::make_shared<std::optional<DiagnosisResult>>();
    const int generation = m_ctx->generation;
    const int count = int(inputs->units.size());
    m_job->start(tr("Diagnosing %n unit(s)…", nullptr, count),
                 [in = std::move(inputs).value(), result](const RegenJob::Progress& progress) {
                     progress(0, 1);
                     *result = diagnose(in);
                     progress(1, 1);
                 },
                 [this, result, generation](bool cancelled) {
                     ProjectStore* store = m_ctx->store();
                     if (cancelled || generation != m_ctx->generation || !store || !*result) return;
                     auto id = saveDiagnosisRun(*store, **result);
                     if (!id) return fail(id.errorMessage());
                     const std::optional<RunInfo> stored = m_ctx->runStored(id.value(), QStringLiteral("criteria_met"));
                     if (stored) showRun(*stored);
                     m_job->setMessage(tr("Stored as run %1.").arg(id.value()));
                 });
}

void RegenDiagnosisTab::showRun(const RunInfo& run)
{
    m_shownRun = run.id;
    m_pages->setCurrentIndex(1);
    const DiagnosisRequest req = DiagnosisRequest::fromJson(run.params);
    QMap<QString, QString> names;
    if (m_store && !req.sources.population.isNull() && m_store->hasLayer(req.sources.population.layer))
        names = unitNames(*m_store, req.sources.population.layer);
    const QJsonObject m = run.metrics;
    const QJsonObject assessable = m.value(QStringLiteral("assessable")).toObject();
    const int units = m.value(QStringLiteral("units")).toInt();
    m_summary->setText(
        tr("<b>%1</b> (run %2, %3): as of %4, <b>%5</b> of %6 units qualify as declining, %7 do not, %8 undetermined. "
           "Assessable: population %9, businesses %10, buildings %11.")
            .arg(run.title.toHtmlEscaped()).arg(run.id).arg(run.resultLayers.value(0))
            .arg(m.value(QStringLiteral("year")).toInt()).arg(m.value(QStringLiteral("qualifies")).toInt()).arg(units)
            .arg(m.value(QStringLiteral("does_not_qualify")).toInt()).arg(m.value(QStringLiteral("undetermined")).toInt())
            .arg(assessable.value(QStringLiteral("population")).toInt())
            .arg(assessable.value(QStringLiteral("businesses")).toInt())
            .arg(assessable.value(QStringLiteral("buildings")).toInt()));

    m_table->reset({tr("Code"), tr("Name"), tr("Population"), tr("Businesses"), tr("Buildings"), tr("Criteria met"), tr("Verdict")});
    const QColor metColour(0xf4, 0xc7, 0xc3), qualifiesColour(0xe5, 0x73, 0x73), greyText(0x80, 0x80, 0x80);
    for (auto it = run.details.constBegin(); it != run.details.constEnd(); ++it) {
        const QJsonObject d = it.value().toObject();
        QList<QStandardItem*> row;
        auto* code = regenTextItem(it.key());
        code->setData(it.key(), RegenKeyRole);
        row << code << regenNameItem(names.value(it.key()));
        int met = 0;
        for (int c = 0; c < 3; ++c) {
            const QJsonObject crit = d.value(QLatin1String(CriterionKeys[c])).toObject();
            const QString status = crit.value(QStringLiteral("status")).toString();
            auto* item = regenTextItem(status == QLatin1String("met") ? tr("met")
                                       : status == QLatin1String("not_met") ? tr("not met") : tr("not assessable"));
            item->setToolTip(crit.value(QStringLiteral("reason")).toString());
            if (status == QLatin1String("met")) {
                item->setBackground(metColour);
                ++met;
            } else if (status != QLatin1String("not_met")) {
                item->setForeground(greyText);
            }
            row << item;
        }
        row << regenNumberItem(met, 0);
        const QString verdict = d.value(QStringLiteral("verdict")).toString();
        auto* v = regenTextItem(verdict == QLatin1String("qualifies") ? tr("qualifies")
                                : verdict == QLatin1String("does_not_qualify") ? tr("does not qualify") : tr("undetermined"));
        if (verdict == QLatin1String("qualifies")) {
            v->setBackground(qualifiesColour);
            QFont f = v->font();
            f.setBold(true);
            v->setFont(f);
        } else if (verdict == QLatin1String("undetermined")) {
            v->setForeground(greyText);
        }
        row << v;
        m_table->appendRow(row);
    }
    m_table->finish();
    if (m_table->rowCount() > 0) m_table->selectRow(0);
    else m_detail->clear();
}

void RegenDiagnosisTab::showDetail(int row)
{
    QStandardItemModel* model = m_table->model();
    if (row < 0 || row >= model->rowCount()) {
        m_detail->clear();
        return;
    }
    const QString code = model->item(row, CodeCol)->text();
    const QString name = model->item(row, NameCol)->toolTip();
    QString html = QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                       .arg((name.isEmpty() ? code : name).toHtmlEscaped(), code.toHtmlEscaped(),
                            model->item(row, VerdictCol)->text().toHtmlEscaped());
    const QStringList titles{tr("Population"), tr("Businesses"), tr("Buildings")};
    for (int c = 0; c < 3; ++c) {
        const QStandardItem* item = model->item(row, CriterionCols[c]);
        html += QStringLiteral("<p><b>%1: %2.</b> %3</p>")
                    .arg(titles[c].toHtmlEscaped(), item->text().toHtmlEscaped(), item->toolTip().toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

void RegenDiagnosisTab::retranslateUi()
{
    m_pages->setTabText(0, tr("Sources and thresholds"));
    m_pages->setTabText(1, tr("Results"));
    m_sourcesBox->setTitle(tr("Sources (yearly layers)"));
    m_thresholdsBox->setTitle(tr("Thresholds (Urban Regeneration Act, Art. 13; Decree Art. 17)"));
    const QStringList texts{tr("&Population:"), tr("Busi&nesses:"), tr("Bui&ldings:"), tr("All buildings:"),
                            tr("Fall from the peak"), tr("Peak window (years)"), tr("Population:"), tr("Businesses:"),
                            tr("Declining in"), tr("consecutive years within the last"), tr("years"),
                            tr("Old buildings:"), tr("at least"), tr("years old"), tr("As &of:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i) m_labels[i]->setText(texts[i]);
    m_buildingsMode->setItemText(0, tr("Share of old buildings"));
    m_buildingsMode->setItemText(1, tr("Old and all buildings (counts)"));
    m_buildingsMode->setToolTip(tr("The building source: a share of old buildings, or counts of old and of all buildings"));
    m_allBuildings->setToolTip(tr("The field counting all buildings, when the source counts old buildings"));
    m_popDrop->setToolTip(tr("Population: met when the latest value is this far below the peak of the window"));
    m_bizDrop->setToolTip(tr("Businesses: met when the latest value is this far below the peak of the window"));
    m_fullWindow->setText(tr("Require data for the full peak window"));
    m_fullWindow->setToolTip(tr("Checked: a peak criterion that is not met on fewer years than the window is not assessable. "
                                "Unchecked: the peak is taken over the years available, and the reason says so."));
    m_run->setText(tr("&Run diagnosis"));
    m_run->setToolTip(tr("Diagnose every unit, store the run in the project and show it on the map"));
    m_population->retranslate();
    m_businesses->retranslate();
    m_buildings->retranslate();
    if (m_year->count() > 0) m_year->setItemText(0, tr("Latest year"));
}

void RegenDiagnosisTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
