#pragma once
// ExportDialog (File > Export…): chosen layers of the project as GeoTIFF, GeoPackage (with the styles
// QGIS shows) or CSV, with the privacy rule (gis/Privacy.h) applied. The work runs on a worker thread
// with a progress dialog and Cancel:
//  - a saved, unmodified project is opened read-only by the worker, which reads and writes everything;
//  - otherwise (unsaved edits) the layers are read here on the GUI thread first, since the store is not
//    thread-safe, and only the writing runs on the worker.
// Errors and the outcome are shown in the dialog's status line (nothing blocks); the file chooser is
// the virtual askOutputPath() so tests can answer it.

#include "dosi/core/ProjectStore.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
template <typename T> class QFutureWatcher;

namespace dosi::desktop {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { GeoTiff, GeoPackage, Csv };
    enum class TimeMode { All, Current, Chosen };

    // What the window knows: the store (read on the GUI thread only), the project file and whether it
    // has unsaved edits, and what the map shows (layer, field, time, classification).
    struct Context {
        const ProjectStore* store = nullptr;
        QString projectPath;
        bool modified = true;
        QString layer;
        QString field;
        QString time;
        QString classes = QStringLiteral("quantile:5");
    };

    explicit ExportDialog(const Context& context, QWidget* parent = nullptr);
    ~ExportDialog() override;   // cancels a running export and waits for it

    void setFormat(Format format);
    Format format() const;
    void setCheckedLayers(const QStringList& names);
    QStringList checkedLayers() const;
    void setField(const QString& field);   // empty = each layer's default
    QString field() const;
    void setTimeMode(TimeMode mode);
    TimeMode timeMode() const;
    void setChosenTimes(const QStringList& times);
    void setCellSize(double metres);       // 0 = automatic (a grid's own cells, else 100 m)
    void setCog(bool cog);
    void setThreshold(int people);         // 0 = off
    int threshold() const;
    void setOutputPath(const QString& path);
    QString outputPath() const;

    // Starts the export; false (with the reason in the status line) when it cannot start.
    bool startExport();
    bool isRunning() const;
    void cancelExport();
    void waitForFinished();                // tests
    QString statusText() const;
    QProgressDialog* progressDialog() const { return m_progress; }

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    // Asks where to write; empty = the user cancelled. `filter` is a file-dialog filter.
    virtual QString askOutputPath(const QString& suggested, const QString& filter);
    void changeEvent(QEvent* event) override;

private:
    struct Control;
    struct Job;
    struct Outcome {
        bool ok = false;
        QString message;   // the summary, or the error
    };
    static Outcome runJob(Job job, const std::function<bool(int, int)>& progress);
    void buildUi();
    void retranslateUi();
    void fillLayers();
    void onLayerChanged(QListWidgetItem* item);
    void onFormatChanged();
    void refreshFieldsAndTimes();
    void browse();
    QString suffix() const;
    void setStatus(const QString& text, bool error);
    void poll();
    void finished();

    Context m_context;
    QComboBox* m_format = nullptr;
    QListWidget* m_layers = nullptr;
    QComboBox* m_field = nullptr;
    QRadioButton* m_allTimes = nullptr;
    QRadioButton* m_currentTime = nullptr;
    QRadioButton* m_chosenTimes = nullptr;
    QListWidget* m_times = nullptr;
    QDoubleSpinBox* m_cell = nullptr;
    QCheckBox* m_cog = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_formatLabel = nullptr;
    QLabel* m_layersLabel = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLabel* m_timesLabel = nullptr;
    QLabel* m_cellLabel = nullptr;
    QLabel* m_thresholdLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_timer = nullptr;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<Control> m_control;
    bool m_updating = false;
};

}  // namespace dosi::desktop
