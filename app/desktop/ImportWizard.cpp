// ImportWizard: pages, worker threads and the hand-over to the project store.
#include "ImportWizard.h"

#include "ProjectSession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace dosi::desktop {

// A wizard page whose completeness and set-up are given by the wizard.
class WizardStep : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<void()> leave;     // going back
    std::function<void()> forward;   // going on
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void initializePage() override
    {
        if (enter) enter();
    }
    void cleanupPage() override
    {
        if (leave) leave();
    }
    bool validatePage() override
    {
        if (forward) forward();
        return true;
    }
    void changed() { emit completeChanged(); }
};

// Shared between the GUI thread and a worker: cancel request and progress.
struct ImportWizard::JobControl {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

namespace {
const QString kNone = QStringLiteral("\x01none");   // item data of "(none)" / "(detect)" entries

void setRowVisible(QFormLayout* form, QWidget* field, bool visible)
{
    form->setRowVisible(field, visible);
}
}  // namespace

ImportWizard::ImportWizard(ProjectSession* session, QWidget* parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);
    buildSourcePage();
    buildPreviewPage();
    buildMappingPage();
    buildRunPage();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportWizard::pollProgress);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    // Workers only read files; stop them and wait so nothing outlives the wizard.
    if (m_previewControl) m_previewControl->cancel = true;
    if (m_runControl) m_runControl->cancel = true;
    if (m_previewWatcher) m_previewWatcher->waitForFinished();
    if (m_runWatcher) m_runWatcher->waitForFinished();
}

void ImportWizard::setErrorHandler(std::function<void(const QString&, const QString&)> handler)
{
    m_errorHandler = std::move(handler);
}

// --- Pages ------------------------------------------------------------------------------

void ImportWizard::buildSourcePage()
{
    m_sourcePage = new WizardStep(this);
    m_kindLabel = new QLabel(m_sourcePage);
    m_kind = new QComboBox(m_sourcePage);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (int i = 0; i < 4; ++i) m_kind->addItem(QString(), i);
    m_kindLabel->setBuddy(m_kind);
    m_kindHint = new QLabel(m_sourcePage);
    m_kindHint->setWordWrap(true);
    m_filesLabel = new QLabel(m_sourcePage);
    m_fileList = new QListWidget(m_sourcePage);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addFiles = new QPushButton(m_sourcePage);
    m_addFiles->setObjectName(QStringLiteral("importAddFiles"));
    m_removeFiles = new QPushButton(m_sourcePage);

    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kind, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_removeFiles);
    buttons->addStretch(1);
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(m_sourcePage);
    layout->addLayout(kindRow);
    layout->addWidget(m_kindHint);
    layout->addSpacing(8);
    layout->addWidget(m_filesLabel);
    layout->addLayout(filesRow, 1);

    m_sourcePage->complete = [this] {
        const int n = m_fileList->count();
        return n == 1 || (n > 1 && acceptsManyFiles(kind()));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        retranslateUi();
        m_sourcePage->changed();
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList chosen = askFiles();
        if (chosen.isEmpty()) return;
        QStringList all = acceptsManyFiles(kind()) ? files() : QStringList();
        for (const QString& f : chosen)
            if (!all.contains(f)) all << f;
        if (!acceptsManyFiles(kind())) all = {chosen.first()};
        setFiles(all);
    });
    connect(m_removeFiles, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_fileList->selectedItems());
        m_sourcePage->changed();
    });
    setPage(SourcePageId, m_sourcePage);
}

void ImportWizard::buildPreviewPage()
{
    m_previewPage = new WizardStep(this);
    m_previewFacts = new QLabel(m_previewPage);
    m_previewFacts->setObjectName(QStringLiteral("previewFacts"));
    m_previewFacts->setWordWrap(true);
    m_previewFacts->setTextFormat(Qt::PlainText);
    m_previewFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewProblem = new QLabel(m_previewPage);
    m_previewProblem->setWordWrap(true);
    m_previewProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_previewTable = new QTableWidget(m_previewPage);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(110);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 6);
    auto* layout = new QVBoxLayout(m_previewPage);
    layout->addWidget(m_previewFacts);
    layout->addWidget(m_previewProblem);
    layout->addWidget(m_previewTable, 1);
    m_previewPage->complete = [this] { return m_previewReady; };
    m_previewPage->enter = [this] { startPreview(); };
    m_previewPage->leave = [this] { stopPreview(); };
    m_previewPage->forward = [this] { stopPreview(); };
    setPage(PreviewPageId, m_previewPage);
}

void ImportWizard::buildMappingPage()
{
    m_mappingPage = new WizardStep(this);
    auto make = [this](const QString& objectName, bool editable) {
        auto* c = new QComboBox(m_mappingPage);
        c->setObjectName(objectName);
        c->setEditable(editable);
        c->setMinimumContentsLength(24);
        connect(c, &QComboBox::currentTextChanged, this, [this] { m_mappingPage->changed(); });
        return c;
    };
    m_name = new QLineEdit(m_mappingPage);
    m_name->setObjectName(QStringLiteral("importLayerName"));
    m_nameProblem = new QLabel(m_mappingPage);
    m_nameProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_nameProblem->setWordWrap(true);
    m_encoding = make(QStringLiteral("importEncoding"), false);
    m_encoding->addItem(QString(), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("CP949 (EUC-KR)"), QStringLiteral("CP949"));
    m_codeField = make(QStringLiteral("importCodeField"), false);
    m_labelField = make(QStringLiteral("importLabelField"), false);
    m_keyColumn = make(QStringLiteral("importKeyColumn"), false);
    m_timeColumn = make(QStringLiteral("importTimeColumn"), false);
    m_nameLabel = new QLabel(m_mappingPage);
    m_encodingLabel = new QLabel(m_mappingPage);
    m_codeLabel = new QLabel(m_mappingPage);
    m_labelLabel = new QLabel(m_mappingPage);
    m_keyLabel = new QLabel(m_mappingPage);
    m_timeLabel = new QLabel(m_mappingPage);
    m_form = new QFormLayout(m_mappingPage);
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(QString(), m_nameProblem);
    m_form->addRow(m_encodingLabel, m_encoding);
    m_form->addRow(m_codeLabel, m_codeField);
    m_form->addRow(m_labelLabel, m_labelField);
    m_form->addRow(m_keyLabel, m_keyColumn);
    m_form->addRow(m_timeLabel, m_timeColumn);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_settingName) m_nameEdited = true;
        updateNameProblem();
        m_mappingPage->changed();
    });
    m_mappingPage->complete = [this] {
        if (!layerNameProblem(m_session->store(), m_name->text()).isEmpty()) return false;
        if (kind() == ImportKind::Table && m_keyColumn->currentText().isEmpty()) return false;
        if ((kind() == ImportKind::Boundaries || kind() == ImportKind::Points) && m_codeField->currentText().isEmpty()
            && m_preview.detectedCode.isEmpty())
            return false;
        return true;
    };
    m_mappingPage->enter = [this] {
        fillMappingChoices();
        updateMappingRows();
        updateNameProblem();
    };
    setPage(MappingPageId, m_mappingPage);
}

void ImportWizard::buildRunPage()
{
    m_runPage = new WizardStep(this);
    m_runStatus = new QLabel(m_runPage);
    m_runStatus->setObjectName(QStringLiteral("importStatus"));
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar(m_runPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancelRun = new QPushButton(m_runPage);
    m_cancelRun->setObjectName(QStringLiteral("importCancel"));
    m_reportLabel = new QLabel(m_runPage);
    m_report = new QPlainTextEdit(m_runPage);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelRun);
    auto* layout = new QVBoxLayout(m_runPage);
    layout->addWidget(m_runStatus);
    layout->addLayout(progressRow);
    layout->addSpacing(8);
    layout->addWidget(m_reportLabel);
    layout->addWidget(m_report, 1);
    connect(m_cancelRun, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    m_runPage->complete = [this] { return m_runState == RunState::Succeeded; };
    m_runPage->enter = [this] { startImport(); };
    setPage(RunPageId, m_runPage);
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Data"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_sourcePage->setTitle(tr("Choose the data"));
    m_sourcePage->setSubTitle(tr("What kind of data, and which file(s)?"));
    m_kindLabel->setText(tr("&Kind of data:"));
    m_kind->setItemText(0, tr("Boundaries (any GDAL vector source)"));
    m_kind->setItemText(1, tr("Points (any GDAL vector source)"));
    m_kind->setItemText(2, tr("Living population (CSV or JSON, many files)"));
    m_kind->setItemText(3, tr("Indicator table (CSV with a key column)"));
    switch (kind()) {
    case ImportKind::Boundaries:
        m_kindHint->setText(tr("Polygons such as 행정동 boundaries: GeoJSON, Shapefile, GeoPackage or CSV with WKT. "
                               "They are reprojected to EPSG:5179 and invalid geometries are repaired."));
        break;
    case ImportKind::Points:
        m_kindHint->setText(tr("Facilities or candidate sites (CCTV, chargers, stations) from any GDAL vector source."));
        break;
    case ImportKind::LivingPopulation:
        m_kindHint->setText(tr("Seoul living population by dong, by gu or on the 250 m grid (CSV, CP949 or UTF-8), "
                               "or weekly JSON files. Choose all days at once; the schema is detected."));
        break;
    case ImportKind::Table:
        m_kindHint->setText(tr("Any table of indicators by unit code, optionally by year, quarter or day "
                               "(e.g. population by dong and year)."));
        break;
    }
    m_filesLabel->setText(acceptsManyFiles(kind()) ? tr("Files:") : tr("File:"));
    m_addFiles->setText(tr("&Add…"));
    m_removeFiles->setText(tr("&Remove"));

    m_previewPage->setTitle(tr("Preview"));
    m_previewPage->setSubTitle(tr("The first rows of the first file and what was detected."));
    if (!m_previewReady && m_previewControl) m_previewFacts->setText(tr("Reading…"));

    m_mappingPage->setTitle(tr("Layer and fields"));
    m_mappingPage->setSubTitle(tr("Name the new layer and check the fields Dosi will use."));
    m_mappingPage->setButtonText(QWizard::NextButton, tr("&Import"));
    m_nameLabel->setText(tr("Layer &name:"));
    m_nameLabel->setBuddy(m_name);
    m_encodingLabel->setText(tr("Text &encoding:"));
    m_encodingLabel->setBuddy(m_encoding);
    m_encoding->setItemText(0, tr("Automatic"));
    m_codeLabel->setText(tr("&Code field:"));
    m_codeLabel->setBuddy(m_codeField);
    m_labelLabel->setText(tr("&Label field:"));
    m_labelLabel->setBuddy(m_labelField);
    m_keyLabel->setText(tr("&Key column (unit code):"));
    m_keyLabel->setBuddy(m_keyColumn);
    m_timeLabel->setText(tr("&Time column:"));
    m_timeLabel->setBuddy(m_timeColumn);
    for (QComboBox* c : {m_codeField, m_labelField, m_timeColumn}) {
        const int i = c->findData(kNone);
        if (i >= 0) c->setItemText(i, c == m_timeColumn ? tr("(none)") : tr("(detect)"));
    }
    updateNameProblem();

    m_runPage->setTitle(tr("Import"));
    m_runPage->setSubTitle(tr("The data is read in the background; the project changes only when it has all been read."));
    m_cancelRun->setText(tr("Cancel Import"));
    m_reportLabel->setText(tr("Report:"));
    setRunStatus(QString());
}

// --- Source ----------------------------------------------------------------------------

void ImportWizard::setKind(ImportKind k)
{
    m_kind->setCurrentIndex(int(k));
}

ImportKind ImportWizard::kind() const
{
    return ImportKind(qMax(0, m_kind->currentIndex()));
}

void ImportWizard::setFiles(const QStringList& list)
{
    m_fileList->clear();
    for (const QString& f : list) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(f), m_fileList);
        item->setData(Qt::UserRole, QFileInfo(f).absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(QFileInfo(f).absoluteFilePath()));
    }
    m_sourcePage->changed();
}

QStringList ImportWizard::files() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i) out << m_fileList->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList ImportWizard::askFiles()
{
    QString filter;
    switch (kind()) {
    case ImportKind::Boundaries:
    case ImportKind::Points:
        filter = tr("Vector data (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;All files (*)");
        break;
    case ImportKind::LivingPopulation: filter = tr("Living population (*.csv *.json);;All files (*)"); break;
    case ImportKind::Table: filter = tr("Tables (*.csv *.txt *.tsv);;All files (*)"); break;
    }
    if (acceptsManyFiles(kind())) return QFileDialog::getOpenFileNames(this, tr("Choose Files"), QString(), filter);
    const QString one = QFileDialog::getOpenFileName(this, tr("Choose a File"), QString(), filter);
    return one.isEmpty() ? QStringList() : QStringList{one};
}

// --- Preview ----------------------------------------------------------------------------

void ImportWizard::startPreview()
{
    stopPreview();
    m_previewReady = false;
    m_preview = ImportPreview();
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    m_previewProblem->clear();
    m_previewFacts->setText(tr("Reading…"));
    ImportRequest req = request();
    req.codeField.clear();
    req.labelField.clear();
    auto control = std::make_shared<JobControl>();
    m_previewControl = control;
    m_previewWatcher = new QFutureWatcher<std::shared_ptr<Result<ImportPreview>>>(this);
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, &ImportWizard::onPreviewFinished);
    m_previewWatcher->setFuture(QtConcurrent::run([req, control] {
        return std::make_shared<Result<ImportPreview>>(previewImport(req, [control] { return control->cancel.load(); }));
    }));
    m_previewPage->changed();
}

void ImportWizard::stopPreview()
{
    if (!m_previewWatcher) return;
    m_previewControl->cancel = true;
    m_previewWatcher->disconnect(this);
    m_previewWatcher->waitForFinished();
    m_previewWatcher->deleteLater();
    m_previewWatcher = nullptr;
    m_previewControl.reset();
}

void ImportWizard::onPreviewFinished()
{
    const std::shared_ptr<Result<ImportPreview>> result = m_previewWatcher->result();
    m_previewWatcher->deleteLater();
    m_previewWatcher = nullptr;
    m_previewControl.reset();
    if (!result || !*result) {
        m_previewFacts->clear();
        m_previewProblem->setText(result ? result->errorMessage() : tr("The preview failed."));
        m_previewReady = true;   // the run reports the error properly; let the user go on or back
        m_previewPage->changed();
        return;
    }
    m_preview = result->value();
    m_previewFacts->setText(m_preview.facts.join(QStringLiteral("   ·   ")));
    m_previewProblem->setText(m_preview.problem);
    m_previewTable->setColumnCount(int(m_preview.header.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.header);
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r)
        for (int c = 0; c < m_preview.rows[r].size() && c < m_preview.header.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(m_preview.rows[r][c]));
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewTable->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, qMin(m_previewTable->columnWidth(c), 260));
    m_previewReady = true;
    m_previewPage->changed();
}

// --- Mapping ----------------------------------------------------------------------------

void ImportWizard::fillMappingChoices()
{
    auto fill = [](QComboBox* c, const QStringList& names, const QString& chosen, const QString& emptyText) {
        const QString keep = c->currentData().toString() == kNone ? QString() : c->currentText();
        c->blockSignals(true);
        c->clear();
        if (!emptyText.isEmpty()) c->addItem(emptyText, kNone);
        for (const QString& n : names) c->addItem(n, n);
        const QString want = names.contains(keep) ? keep : chosen;
        const int i = want.isEmpty() ? 0 : c->findData(want);
        c->setCurrentIndex(qMax(0, i));
        c->blockSignals(false);
    };
    fill(m_codeField, m_preview.columns, m_preview.detectedCode, m_preview.detectedCode.isEmpty() ? QString() : tr("(detect)"));
    fill(m_labelField, m_preview.columns, m_preview.detectedLabel, tr("(detect)"));
    fill(m_keyColumn, m_preview.columns, m_preview.detectedCode, QString());
    fill(m_timeColumn, m_preview.columns, m_preview.detectedTime, tr("(none)"));
    if (!m_nameEdited || m_name->text().isEmpty()) {
        const QString first = files().value(0);
        QString base = QFileInfo(first).completeBaseName();
        if (base.isEmpty()) base = QStringLiteral("layer");
        QString name = base;
        for (int n = 2; m_session->store() && m_session->store()->hasLayer(name); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        m_settingName = true;
        m_name->setText(name);
        m_settingName = false;
    }
}

void ImportWizard::updateMappingRows()
{
    const bool vector = kind() == ImportKind::Boundaries || kind() == ImportKind::Points;
    const bool table = kind() == ImportKind::Table;
    setRowVisible(m_form, m_encoding, vector || table);   // living population detects its encoding
    setRowVisible(m_form, m_codeField, vector);
    setRowVisible(m_form, m_labelField, vector);
    setRowVisible(m_form, m_keyColumn, table);
    setRowVisible(m_form, m_timeColumn, table);
}

void ImportWizard::updateNameProblem()
{
    if (!m_nameProblem) return;
    const QString problem = layerNameProblem(m_session->store(), m_name->text());
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
}

void ImportWizard::setLayerName(const QString& name)
{
    m_name->setText(name);
}

ImportRequest ImportWizard::request() const
{
    ImportRequest r;
    r.kind = kind();
    r.files = files();
    r.layerName = m_name->text();
    r.encoding = m_encoding->currentData().toString();
    auto chosen = [](const QComboBox* c) { return c->currentData().toString() == kNone ? QString() : c->currentText(); };
    r.codeField = chosen(m_codeField);
    r.labelField = chosen(m_labelField);
    if (r.kind == ImportKind::Table) {
        r.keyColumn = chosen(m_keyColumn);
        r.timeColumn = chosen(m_timeColumn);
    }
    return r;
}

// --- Run --------------------------------------------------------------------------------

void ImportWizard::startImport()
{
    // Snapshot on the GUI thread; the worker reads files only.
    const ImportRequest req = request();
    auto control = std::make_shared<JobControl>();
    m_runControl = control;
    m_runState = RunState::Running;
    m_summary = ImportSummary();
    m_report->clear();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_cancelRun->setEnabled(true);
    m_cancelRun->show();
    setRunStatus(QString());
    m_runWatcher = new QFutureWatcher<std::shared_ptr<Result<ImportOutcome>>>(this);
    connect(m_runWatcher, &QFutureWatcherBase::finished, this, &ImportWizard::onImportFinished);
    m_runWatcher->setFuture(QtConcurrent::run([req, control] {
        auto progress = [control](int done, int total) {
            control->done = done;
            control->total = total;
            return !control->cancel.load();
        };
        return std::make_shared<Result<ImportOutcome>>(runImport(req, progress));
    }));
    m_progressTimer->start();
    // No way back while the worker runs: QWizard disables Back after a commit page.
    m_mappingPage->setCommitPage(true);
    m_runPage->changed();
}

void ImportWizard::pollProgress()
{
    if (!m_runControl) return;
    const int total = m_runControl->total;
    if (total <= 0) return;
    m_progress->setRange(0, total);
    m_progress->setValue(qBound(0, int(m_runControl->done), total));
}

void ImportWizard::cancelImport()
{
    if (m_runState != RunState::Running || !m_runControl) return;
    m_runControl->cancel = true;
    m_cancelRun->setEnabled(false);
    m_runStatus->setText(tr("Cancelling…"));
}

void ImportWizard::onImportFinished()
{
    m_progressTimer->stop();
    const std::shared_ptr<Result<ImportOutcome>> result = m_runWatcher->result();
    const bool cancelled = m_runControl && m_runControl->cancel.load();
    m_runWatcher->deleteLater();
    m_runWatcher = nullptr;
    m_runControl.reset();
    m_cancelRun->hide();

    if (cancelled) {
        m_runState = RunState::Cancelled;   // whatever the worker got to, nothing is written
    } else if (!result || !*result) {
        m_runState = RunState::Failed;
        m_report->setPlainText(result ? result->errorMessage() : QString());
        if (m_errorHandler) m_errorHandler(tr("Import failed"), result ? result->errorMessage() : QString());
    } else {
        // Back on the GUI thread: the only place the store is touched.
        ProjectStore* store = m_session->store();
        Result<ImportSummary> committed = store ? commitImport(*store, std::move(*result).value())
                                                : Result<ImportSummary>(makeError(tr("No project is open.")));
        if (!committed) {
            m_runState = RunState::Failed;
            m_report->setPlainText(committed.errorMessage());
            if (m_errorHandler) m_errorHandler(tr("Import failed"), committed.errorMessage());
        } else {
            m_runState = RunState::Succeeded;
            m_summary = std::move(committed).value();
            QStringList text = m_summary.lines;
            for (const QString& w : m_summary.warnings) text << tr("Warning: %1").arg(w);
            m_report->setPlainText(text.join(QLatin1Char('\n')));
            m_session->notifyEdited();
            emit imported(m_summary.layerName);
        }
    }
    if (m_progress->maximum() == 0) m_progress->setRange(0, 1);
    if (m_runState == RunState::Succeeded) m_progress->setValue(m_progress->maximum());
    setRunStatus(QString());
    m_mappingPage->setCommitPage(m_runState == RunState::Succeeded);   // Back again to fix and retry
    m_runPage->changed();
    if (m_closeWhenDone) QWizard::reject();
}

void ImportWizard::setRunStatus(const QString& text)
{
    if (!m_runStatus) return;
    if (!text.isEmpty()) {
        m_runStatus->setText(text);
        return;
    }
    switch (m_runState) {
    case RunState::Idle: m_runStatus->clear(); break;
    case RunState::Running:
        m_runStatus->setText(m_runControl && m_runControl->cancel ? tr("Cancelling…") : tr("Importing…"));
        break;
    case RunState::Succeeded: m_runStatus->setText(tr("Layer \"%1\" was added to the project.").arg(m_summary.layerName)); break;
    case RunState::Failed: m_runStatus->setText(tr("The import failed; the project is unchanged.")); break;
    case RunState::Cancelled: m_runStatus->setText(tr("The import was cancelled; the project is unchanged.")); break;
    }
}

void ImportWizard::reject()
{
    if (m_runState == RunState::Running) {
        // Stop the worker first; the wizard closes when it has returned.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QWizard::reject();
}

}  // namespace dosi::desktop
