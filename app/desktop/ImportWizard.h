#pragma once
// ImportWizard: File → Import… in four pages:
//   1. source   the kind of data (boundaries, points, living population, indicator table) and the file(s);
//   2. preview  the first rows and what was detected (encoding, delimiter, schema, code field), read on a worker;
//   3. mapping  layer name (unique in the project), encoding override, code/label fields or key/time columns;
//   4. run      the import on a worker thread (progress bar, Cancel), then written into the project on the GUI
//               thread, with its report. A failure goes to the error handler once and leaves the project as it was.
// The non-widget work is in ImportJob.h. The file chooser is a virtual method so tests can answer it.

#include "ImportJob.h"

#include <QFutureWatcher>
#include <QWizard>
#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dosi::desktop {

class ProjectSession;
class WizardStep;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, PreviewPageId, MappingPageId, RunPageId };
    enum class RunState { Idle, Running, Succeeded, Failed, Cancelled };

    explicit ImportWizard(ProjectSession* session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Called once per failed import with a title and the importer's message.
    void setErrorHandler(std::function<void(const QString& title, const QString& message)> handler);

    // Programmatic choices (what the pages' widgets do).
    void setKind(ImportKind kind);
    ImportKind kind() const;
    void setFiles(const QStringList& files);
    QStringList files() const;
    void setLayerName(const QString& name);
    ImportRequest request() const;        // the snapshot the run page uses

    // State, for the window and tests.
    bool isPreviewReady() const { return m_previewReady; }
    RunState runState() const { return m_runState; }
    const ImportSummary& summary() const { return m_summary; }
    void cancelImport();                  // asks the running import to stop

    QTableWidget* previewTable() const { return m_previewTable; }
    QLabel* previewFacts() const { return m_previewFacts; }
    QLineEdit* layerNameEdit() const { return m_name; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* codeFieldCombo() const { return m_codeField; }
    QComboBox* labelFieldCombo() const { return m_labelField; }
    QComboBox* keyColumnCombo() const { return m_keyColumn; }
    QComboBox* timeColumnCombo() const { return m_timeColumn; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelImportButton() const { return m_cancelRun; }
    QPlainTextEdit* reportView() const { return m_report; }

    void reject() override;

signals:
    void imported(const QString& layerName);   // the layer is in the project

protected:
    virtual QStringList askFiles();
    void changeEvent(QEvent* event) override;

private:
    struct JobControl;

    void buildSourcePage();
    void buildPreviewPage();
    void buildMappingPage();
    void buildRunPage();
    void retranslateUi();
    void updateMappingRows();
    void updateNameProblem();

    void startPreview();
    void stopPreview();
    void onPreviewFinished();
    void fillMappingChoices();
    void startImport();
    void onImportFinished();
    void pollProgress();
    void setRunStatus(const QString& text);

    ProjectSession* m_session;
    std::function<void(const QString&, const QString&)> m_errorHandler;

    WizardStep* m_sourcePage = nullptr;
    WizardStep* m_previewPage = nullptr;
    WizardStep* m_mappingPage = nullptr;
    WizardStep* m_runPage = nullptr;

    // Source page.
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_kindHint = nullptr;
    QLabel* m_filesLabel = nullptr;
    QListWidget* m_fileList = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_removeFiles = nullptr;

    // Preview page.
    QLabel* m_previewFacts = nullptr;
    QLabel* m_previewProblem = nullptr;
    QTableWidget* m_previewTable = nullptr;
    bool m_previewReady = false;
    ImportPreview m_preview;
    std::shared_ptr<JobControl> m_previewControl;
    QFutureWatcher<std::shared_ptr<Result<ImportPreview>>>* m_previewWatcher = nullptr;

    // Mapping page.
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_codeField = nullptr;
    QComboBox* m_labelField = nullptr;
    QComboBox* m_keyColumn = nullptr;
    QComboBox* m_timeColumn = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_labelLabel = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLabel* m_timeLabel = nullptr;
    bool m_nameEdited = false;
    bool m_settingName = false;

    // Run page.
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelRun = nullptr;
    QLabel* m_reportLabel = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QTimer* m_progressTimer = nullptr;
    RunState m_runState = RunState::Idle;
    bool m_closeWhenDone = false;
    ImportSummary m_summary;
    std::shared_ptr<JobControl> m_runControl;
    QFutureWatcher<std::shared_ptr<Result<ImportOutcome>>>* m_runWatcher = nullptr;
};

}  // namespace dosi::desktop
