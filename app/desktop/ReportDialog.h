#pragma once
// File > Report…: the PDF report of the project. The user chooses a saved template or the
// defaults, the title, author, area, page setup, the report's language (apart from the UI's),
// the sections, maps and runs; "Save as template" keeps the choice in the project (undoable
// with the project's save). Writing runs on a worker with progress and Cancel when the project
// is saved (the worker opens the file read-only); with unsaved changes it runs on the main
// thread behind the same progress dialog.

#include "dosi/models/ReportTemplate.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace dosi::desktop {

class ProjectSession;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(ProjectSession* session, const QString& uiLanguage, QWidget* parent = nullptr);
    ~ReportDialog() override;

    models::ReportTemplate currentTemplate() const;   // what the controls say
    void applyTemplate(const models::ReportTemplate& t);
    // Writes the report to `path` (asynchronously when possible); emits finished().
    void writeTo(const QString& path);
    bool isWriting() const { return m_watcher != nullptr || m_busy; }

    QComboBox* templateBox() const { return m_templates; }
    QComboBox* languageBox() const { return m_language; }
    QListWidget* sectionList() const { return m_sections; }
    QListWidget* mapList() const { return m_maps; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void finished(bool ok, const QString& message);

protected:
    virtual QString askOutputPath();        // tests answer it
    virtual QString askTemplateName();      // tests answer it

private:
    struct Outcome {
        bool ok = false;
        QString message;
    };
    void buildUi();
    void loadTemplate(int index);
    void saveTemplate();
    void onWrite();
    void done(const Outcome& o);
    void setStatus(const QString& text, bool error);

    ProjectSession* m_session;
    QString m_uiLanguage;
    QVector<gis::ThematicSpec> m_specs;       // all maps offered (defaults + the template's)
    QComboBox* m_templates = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_area = nullptr;
    QComboBox* m_pageSize = nullptr;
    QCheckBox* m_landscape = nullptr;
    QComboBox* m_language = nullptr;
    QListWidget* m_sections = nullptr;
    QListWidget* m_maps = nullptr;
    QRadioButton* m_latestRuns = nullptr;
    QRadioButton* m_chosenRuns = nullptr;
    QListWidget* m_runs = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_write = nullptr;
    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_done;
    bool m_busy = false;
};

}  // namespace dosi::desktop
