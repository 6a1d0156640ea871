// ImportWizard: the source choices, the worker threads (preview, import) and the hand-over to the project
// store. The pages themselves are built in ImportWizardPages.cpp.
#include "ImportWizard.h"
#include "ImportWizardStep.h"

#include "ProjectSession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace dosi::desktop {

// Shared between the GUI thread and a worker: cancel request and progress.
struct ImportWizard::JobControl {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

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

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWizard::changeEvent(event);
}

// --- Source ----------------------------------------------------------------------------

void ImportWizard::setKind(ImportKind k)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(k))));
}

ImportKind ImportWizard::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
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

void ImportWizard::setAreasFile(const QString& file)
{
    m_areas->setText(QDir::toNativeSeparators(file));
}

QString ImportWizard::areasFile() const
{
    const QString text = m_areas->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
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
    // Detection sees the file as it is: no mapping yet. Sales also need the dong polygons of the project.
    ImportRequest req = request();
    req.columns.clear();
    const Result<void> attached = attachProjectInputs(m_session->store(), req);
    m_previewZones = req.zones.layer;
    Q_UNUSED(attached);   // without dongs the preview says so; the run reports it as an error
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

// --- Run --------------------------------------------------------------------------------

void ImportWizard::startImport()
{
    // Snapshot on the GUI thread; the worker reads files only.
    ImportRequest req = request();
    const Result<void> attached = attachProjectInputs(m_session->store(), req);
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
    // No way back while the worker runs: QWizard disables Back after a commit page.
    m_mappingPage->setCommitPage(true);
    if (!attached) {
        failRun(attached.errorMessage());
        finishRun();
        return;
    }
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
        failRun(result ? result->errorMessage() : QString());
    } else {
        // Back on the GUI thread: the only place the store is touched.
        ProjectStore* store = m_session->store();
        Result<ImportSummary> committed = store ? commitImport(*store, std::move(*result).value())
                                                : Result<ImportSummary>(makeError(tr("No project is open.")));
        if (!committed) {
            failRun(committed.errorMessage());
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
    finishRun();
}

void ImportWizard::failRun(const QString& message)
{
    m_runState = RunState::Failed;
    m_cancelRun->hide();
    m_report->setPlainText(message);
    if (m_errorHandler) m_errorHandler(tr("Import failed"), message);
}

void ImportWizard::finishRun()
{
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
    case RunState::Succeeded:
        m_runStatus->setText(m_summary.layers.size() > 1
                                 ? tr("Layers %1 were added to the project.")
                                       .arg(QLatin1Char('"') + m_summary.layers.join(QStringLiteral("\", \"")) + QLatin1Char('"'))
                                 : tr("Layer \"%1\" was added to the project.").arg(m_summary.layerName));
        break;
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
