#pragma once
// ImportWizard: File → Import… in four pages:
//   1. source   the kind of data (boundaries, points, points from CSV, living population, movement, card sales,
//               indicator table), the file(s) and, for card sales, the commercial-area file;
//   2. preview  the first rows and what was detected (encoding, delimiter, schema, columns, CRS), with a dry run
//               of the importer on the first file (or its first lines), read on a worker;
//   3. mapping  layer name (unique in the project), encoding override, the columns the kind needs (code/label,
//               key/time, origin/destination/period/count, x/y or lat,lon, id), CRS, and the layer to join to;
//   4. run      the import on a worker thread (progress bar, Cancel), then written into the project on the GUI
//               thread, with its report. A failure goes to the error handler once and leaves the project as it was.
// The pages are built in ImportWizardPages.cpp; the non-widget work is in ImportJob.h. The file choosers are
// virtual methods so tests can answer them.

#include "ImportJob.h"

#include <QFutureWatcher>
#include <QMap>
#include <QWizard>
#include <functional>
#include <memory>

class QCheckBox;
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
    void setAreasFile(const QString& file);   // card sales: the commercial-area points
    QString areasFile() const;
    void setLayerName(const QString& name);
    void setColumn(Column column, const QString& name);   // "" = the (detect)/(none)/(generated) entry
    void setCrs(const QString& crs);                       // e.g. "EPSG:5181"
    ImportRequest request() const;        // the snapshot the preview and run pages use

    // State, for the window and tests.
    bool isPreviewReady() const { return m_previewReady; }
    const ImportPreview& preview() const { return m_preview; }
    RunState runState() const { return m_runState; }
    const ImportSummary& summary() const { return m_summary; }
    void cancelImport();                  // asks the running import to stop

    QTableWidget* previewTable() const { return m_previewTable; }
    QLabel* previewFacts() const { return m_previewFacts; }
    QLabel* previewProblem() const { return m_previewProblem; }
    QLineEdit* layerNameEdit() const { return m_name; }
    QLabel* mappingProblem() const { return m_problem; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* columnCombo(Column column) const;
    QComboBox* codeFieldCombo() const { return columnCombo(Column::Code); }
    QComboBox* labelFieldCombo() const { return columnCombo(Column::Label); }
    QComboBox* keyColumnCombo() const { return columnCombo(Column::Key); }
    QComboBox* timeColumnCombo() const { return columnCombo(Column::Time); }
    QComboBox* crsCombo() const { return m_crs; }
    QComboBox* zoneLayerCombo() const { return m_zoneLayer; }
    QCheckBox* skipInvalidCheck() const { return m_skipInvalid; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelImportButton() const { return m_cancelRun; }
    QPlainTextEdit* reportView() const { return m_report; }

    void reject() override;

signals:
    void imported(const QString& layerName);   // the layer (and any companion layer) is in the project

protected:
    virtual QStringList askFiles();
    virtual QString askAreasFile();
    void changeEvent(QEvent* event) override;

private:
    struct JobControl;
    struct ColumnRow {
        QLabel* label = nullptr;
        QComboBox* combo = nullptr;
    };

    // ImportWizardPages.cpp
    void buildSourcePage();
    void buildPreviewPage();
    void buildMappingPage();
    void buildRunPage();
    void retranslateUi();
    void retranslateMapping();
    QString kindName(ImportKind kind) const;
    QString kindHint(ImportKind kind) const;
    QString columnLabel(Column column) const;
    QString columnNoneText(Column column) const;
    void updateMappingRows();
    void updateProblem();
    void fillMappingChoices();
    void fillZoneLayers();
    QString crsCode() const;

    // ImportWizard.cpp
    void startPreview();
    void stopPreview();
    void onPreviewFinished();
    void startImport();
    void onImportFinished();
    void failRun(const QString& message);
    void finishRun();
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
    QWidget* m_areasRow = nullptr;
    QLabel* m_areasLabel = nullptr;
    QLineEdit* m_areas = nullptr;
    QPushButton* m_areasBrowse = nullptr;

    // Preview page.
    QLabel* m_previewFacts = nullptr;
    QLabel* m_previewProblem = nullptr;
    QTableWidget* m_previewTable = nullptr;
    bool m_previewReady = false;
    ImportPreview m_preview;
    QString m_previewZones;   // sales: the dong layer the preview placed the commercial areas in
    std::shared_ptr<JobControl> m_previewControl;
    QFutureWatcher<std::shared_ptr<Result<ImportPreview>>>* m_previewWatcher = nullptr;

    // Mapping page.
    QFormLayout* m_form = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QMap<Column, ColumnRow> m_columns;
    QLabel* m_crsLabel = nullptr;
    QComboBox* m_crs = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QComboBox* m_zoneLayer = nullptr;
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
