// ExportDialog: GeoTIFF / GeoPackage / CSV exports on a worker thread (see ExportDialog.h).
#include "ExportDialog.h"

#include "dosi/gis/OdImport.h"
#include "dosi/gis/Privacy.h"
#include "dosi/gis/RasterExport.h"
#include "dosi/gis/ThematicMap.h"
#include "dosi/gis/VectorExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cmath>

namespace dosi::desktop {

// Shared between the GUI thread and the worker.
struct ExportDialog::Control {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

// Everything the worker needs; no pointer into the GUI's store.
struct ExportDialog::Job {
    Format format = Format::GeoPackage;
    QVector<gis::ExportRequest> requests;
    QString projectPath;                   // set: the worker reads the project itself
    QVector<gis::ExportLayer> collected;   // otherwise: read on the GUI thread
    gis::PrivacyRule rule;
    gis::GeoTiffOptions tiff;
    QString out;
};

ExportDialog::ExportDialog(const Context& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("exportDialog"));
    buildUi();
    retranslateUi();
    fillLayers();
    onFormatChanged();
}

ExportDialog::~ExportDialog()
{
    if (m_control) m_control->cancel = true;
    if (m_watcher) m_watcher->waitForFinished();
}

void ExportDialog::buildUi()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItems({QString(), QString(), QString()});
    m_layers = new QListWidget(this);
    m_layers->setObjectName(QStringLiteral("exportLayers"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("exportField"));
    m_allTimes = new QRadioButton(this);
    m_allTimes->setObjectName(QStringLiteral("exportAllTimes"));
    m_currentTime = new QRadioButton(this);
    m_currentTime->setObjectName(QStringLiteral("exportCurrentTime"));
    m_chosenTimes = new QRadioButton(this);
    m_chosenTimes->setObjectName(QStringLiteral("exportChosenTimes"));
    m_currentTime->setChecked(true);
    m_times = new QListWidget(this);
    m_times->setObjectName(QStringLiteral("exportTimes"));
    m_times->setMaximumHeight(120);
    m_cell = new QDoubleSpinBox(this);
    m_cell->setObjectName(QStringLiteral("exportCell"));
    m_cell->setRange(0, 100000);
    m_cell->setDecimals(0);
    m_cell->setSingleStep(50);
    m_cog = new QCheckBox(this);
    m_cog->setObjectName(QStringLiteral("exportCog"));
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("exportThreshold"));
    m_threshold->setRange(0, 1000);
    const gis::PrivacyRule rule = m_context.store ? gis::privacyRule(*m_context.store) : gis::PrivacyRule{};
    m_threshold->setValue(int(std::lround(rule.threshold)));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setDefault(true);

    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_currentTime);
    timeRow->addWidget(m_allTimes);
    timeRow->addWidget(m_chosenTimes);
    timeRow->addStretch(1);
    auto* timeBox = new QVBoxLayout;
    timeBox->addLayout(timeRow);
    timeBox->addWidget(m_times);
    auto* tiffRow = new QHBoxLayout;
    tiffRow->addWidget(m_cell);
    tiffRow->addWidget(m_cog);
    tiffRow->addStretch(1);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel = new QLabel(this), m_format);
    form->addRow(m_layersLabel = new QLabel(this), m_layers);
    form->addRow(m_fieldLabel = new QLabel(this), m_field);
    form->addRow(m_timesLabel = new QLabel(this), timeBox);
    form->addRow(m_cellLabel = new QLabel(this), tiffRow);
    form->addRow(m_thresholdLabel = new QLabel(this), m_threshold);
    form->addRow(m_pathLabel = new QLabel(this), pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ExportDialog::poll);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_layers, &QListWidget::itemChanged, this, &ExportDialog::onLayerChanged);
    for (QRadioButton* b : {m_allTimes, m_currentTime, m_chosenTimes})
        connect(b, &QRadioButton::toggled, this, [this] { m_times->setEnabled(m_chosenTimes->isChecked()); });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_times->setEnabled(false);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export data"));
    m_format->setItemText(0, tr("GeoTIFF (raster, .tif)"));
    m_format->setItemText(1, tr("GeoPackage (layers with QGIS styles, .gpkg)"));
    m_format->setItemText(2, tr("CSV table for Excel (.csv)"));
    m_formatLabel->setText(tr("Format:"));
    m_layersLabel->setText(tr("Layers:"));
    m_fieldLabel->setText(tr("Field:"));
    m_timesLabel->setText(tr("Times:"));
    m_cellLabel->setText(tr("Cell size:"));
    m_thresholdLabel->setText(tr("Suppress counts of people up to:"));
    m_pathLabel->setText(tr("File:"));
    m_allTimes->setText(tr("All"));
    m_currentTime->setText(tr("Current (%1)").arg(m_context.time.isEmpty() ? tr("first") : m_context.time));
    m_chosenTimes->setText(tr("Chosen:"));
    m_cell->setSpecialValueText(tr("Automatic (a grid's own cells, else 100 m)"));
    m_cell->setSuffix(tr(" m"));
    m_cog->setText(tr("Cloud-optimised GeoTIFF (COG)"));
    m_threshold->setSpecialValueText(tr("Off (nothing suppressed)"));
    m_threshold->setSuffix(tr(" people"));
    m_threshold->setToolTip(tr("Counts of this many people or fewer are left out of the file, as Seoul does "
                               "(its files show them as *). The project's rule is the default."));
    m_browse->setText(tr("Browse…"));
    m_export->setText(tr("Export"));
    if (m_field->count() > 0) m_field->setItemText(0, tr("(each layer's default)"));
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::fillLayers()
{
    m_updating = true;
    m_layers->clear();
    if (m_context.store) {
        QString current = m_context.layer;
        for (const LayerInfo& l : m_context.store->layers()) {
            // A measure needs geometry to be drawn; OD (movement) units are pairs of zones, not features.
            if (l.kind == LayerKind::Measure && (l.geometryLayer.isEmpty() || gis::isOdLayer(l))) continue;
            if (current.isEmpty() && l.kind == LayerKind::Measure) current = l.name;
            QString text = l.title.isEmpty() || l.title == l.name ? l.name : QStringLiteral("%1 — %2").arg(l.name, l.title);
            if (l.estimated) text += tr(" (estimated)");
            auto* item = new QListWidgetItem(text, m_layers);
            item->setData(Qt::UserRole, l.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(l.name == current ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    refreshFieldsAndTimes();
}

void ExportDialog::onLayerChanged(QListWidgetItem* item)
{
    if (m_updating || !item) return;
    // GeoTIFF and CSV hold one layer: checking one unchecks the others.
    if (format() != Format::GeoPackage && item->checkState() == Qt::Checked) {
        m_updating = true;
        for (int i = 0; i < m_layers->count(); ++i)
            if (m_layers->item(i) != item) m_layers->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
    }
    refreshFieldsAndTimes();
}

void ExportDialog::onFormatChanged()
{
    const bool tiff = format() == Format::GeoTiff;
    m_cell->setEnabled(tiff);
    m_cog->setEnabled(tiff);
    if (format() != Format::GeoPackage) {
        // Keep the first checked layer only.
        m_updating = true;
        bool seen = false;
        for (int i = 0; i < m_layers->count(); ++i) {
            QListWidgetItem* it = m_layers->item(i);
            if (it->checkState() != Qt::Checked) continue;
            if (seen) it->setCheckState(Qt::Unchecked);
            seen = true;
        }
        m_updating = false;
    }
    // The file's suffix follows the format.
    const QString path = m_path->text();
    if (!path.isEmpty()) {
        const QFileInfo fi(path);
        const QString ext = fi.suffix().toLower();
        if (ext == QLatin1String("tif") || ext == QLatin1String("tiff") || ext == QLatin1String("gpkg") || ext == QLatin1String("csv"))
            m_path->setText(QDir(fi.path()).filePath(fi.completeBaseName() + suffix()));
    }
    refreshFieldsAndTimes();
}

void ExportDialog::refreshFieldsAndTimes()
{
    const QString keepField = field();
    QStringList keepTimes;
    for (int i = 0; i < m_times->count(); ++i)
        if (m_times->item(i)->checkState() == Qt::Checked) keepTimes << m_times->item(i)->text();
    m_field->clear();
    m_field->addItem(tr("(each layer's default)"), QString());
    m_times->clear();
    const QStringList layers = checkedLayers();
    if (!m_context.store || layers.isEmpty()) return;
    const auto info = m_context.store->layer(layers.first());
    if (!info) return;
    for (const FieldInfo& f : info->fields) {
        if (f.type == FieldType::Text) continue;
        m_field->addItem(f.description.isEmpty() || f.description == f.name ? f.name
                                                                             : QStringLiteral("%1 — %2").arg(f.name, f.description),
                         f.name);
    }
    const QString wanted = keepField.isEmpty() && info->name == m_context.layer ? m_context.field : keepField;
    if (const int i = m_field->findData(wanted); i >= 0) m_field->setCurrentIndex(i);
    if (info->kind == LayerKind::Measure) {
        auto times = m_context.store->measureTimes(info->name);
        if (times) {
            for (const QString& t : times.value()) {
                auto* item = new QListWidgetItem(t, m_times);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(keepTimes.contains(t) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
}

void ExportDialog::setFormat(Format f) { m_format->setCurrentIndex(int(f)); }
ExportDialog::Format ExportDialog::format() const { return Format(qMax(0, m_format->currentIndex())); }

void ExportDialog::setCheckedLayers(const QStringList& names)
{
    m_updating = true;
    for (int i = 0; i < m_layers->count(); ++i) {
        QListWidgetItem* it = m_layers->item(i);
        it->setCheckState(names.contains(it->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    refreshFieldsAndTimes();
}

QStringList ExportDialog::checkedLayers() const
{
    QStringList out;
    for (int i = 0; i < m_layers->count(); ++i)
        if (m_layers->item(i)->checkState() == Qt::Checked) out << m_layers->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ExportDialog::setField(const QString& f)
{
    const int i = m_field->findData(f);
    m_field->setCurrentIndex(qMax(0, i));
}

QString ExportDialog::field() const { return m_field->currentData().toString(); }

void ExportDialog::setTimeMode(TimeMode mode)
{
    (mode == TimeMode::All ? m_allTimes : mode == TimeMode::Current ? m_currentTime : m_chosenTimes)->setChecked(true);
}

ExportDialog::TimeMode ExportDialog::timeMode() const
{
    return m_allTimes->isChecked() ? TimeMode::All : m_chosenTimes->isChecked() ? TimeMode::Chosen : TimeMode::Current;
}

void ExportDialog::setChosenTimes(const QStringList& times)
{
    for (int i = 0; i < m_times->count(); ++i)
        m_times->item(i)->setCheckState(times.contains(m_times->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::setCellSize(double metres) { m_cell->setValue(metres); }
void ExportDialog::setCog(bool cog) { m_cog->setChecked(cog); }
void ExportDialog::setThreshold(int people) { m_threshold->setValue(people); }
int ExportDialog::threshold() const { return m_threshold->value(); }
void ExportDialog::setOutputPath(const QString& path) { m_path->setText(path); }
QString ExportDialog::outputPath() const { return m_path->text().trimmed(); }
QString ExportDialog::statusText() const { return m_status->text(); }
bool ExportDialog::isRunning() const { return m_watcher != nullptr; }

QString ExportDialog::suffix() const
{
    switch (format()) {
    case Format::GeoTiff: return QStringLiteral(".tif");
    case Format::GeoPackage: return QStringLiteral(".gpkg");
    case Format::Csv: return QStringLiteral(".csv");
    }
    return {};
}

QString ExportDialog::askOutputPath(const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(this, tr("Export to"), suggested, filter);
}

void ExportDialog::browse()
{
    const QStringList layers = checkedLayers();
    QString suggested = outputPath();
    if (suggested.isEmpty()) {
        const QString dir = m_context.projectPath.isEmpty() ? QDir::homePath() : QFileInfo(m_context.projectPath).absolutePath();
        suggested = QDir(dir).filePath((layers.isEmpty() ? QStringLiteral("export") : layers.first()) + suffix());
    }
    const QString filter = format() == Format::GeoTiff      ? tr("GeoTIFF (*.tif *.tiff)")
                           : format() == Format::GeoPackage ? tr("GeoPackage (*.gpkg)")
                                                            : tr("CSV (*.csv)");
    const QString chosen = askOutputPath(suggested, filter);
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

void ExportDialog::setStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

bool ExportDialog::startExport()
{
    if (isRunning()) return false;
    const QStringList layers = checkedLayers();
    if (!m_context.store) {
        setStatus(tr("No project is open."), true);
        return false;
    }
    if (layers.isEmpty()) {
        setStatus(tr("Choose a layer to export."), true);
        return false;
    }
    if (outputPath().isEmpty()) {
        setStatus(tr("Choose the file to write."), true);
        return false;
    }
    Job job;
    job.format = format();
    job.out = QFileInfo(outputPath()).absoluteFilePath();
    job.rule.threshold = m_threshold->value();
    job.tiff.cellSize = m_cell->value();   // 0: automatic
    job.tiff.cog = m_cog->isChecked();
    QStringList times;
    if (timeMode() == TimeMode::All) times = {QStringLiteral("all")};
    else if (timeMode() == TimeMode::Current && !m_context.time.isEmpty()) times = {m_context.time};
    else if (timeMode() == TimeMode::Chosen) {
        for (int i = 0; i < m_times->count(); ++i)
            if (m_times->item(i)->checkState() == Qt::Checked) times << m_times->item(i)->text();
        if (times.isEmpty()) {
            setStatus(tr("Choose at least one time."), true);
            return false;
        }
    }
    for (const QString& name : layers) {
        const auto info = m_context.store->layer(name);
        if (!info) continue;
        gis::ExportRequest r;
        r.layer = name;
        if (!field().isEmpty() && info->fieldIndex(field()) >= 0) r.fields = {field()};
        // Times go to the layers that have them; "current" is the map's time, for the layer it shows.
        const bool hasTime = info->kind == LayerKind::Measure && info->timeKind != TimeKind::None;
        if (hasTime && (timeMode() != TimeMode::Current || name == m_context.layer || layers.size() == 1)) r.times = times;
        if (name == m_context.layer) r.classes = m_context.classes;
        job.requests << r;
    }
    // A saved project is read by the worker; unsaved edits are read here (the store is not thread-safe).
    if (!m_context.modified && !m_context.projectPath.isEmpty()) {
        job.projectPath = m_context.projectPath;
    } else {
        for (const gis::ExportRequest& r : std::as_const(job.requests)) {
            auto layer = gis::collectExportLayer(*m_context.store, r, job.rule);
            if (!layer) {
                setStatus(layer.errorMessage(), true);
                return false;
            }
            job.collected << std::move(layer.value());
        }
    }

    auto control = std::make_shared<Control>();
    m_control = control;
    m_export->setEnabled(false);
    setStatus(tr("Exporting…"), false);
    m_progress = new QProgressDialog(tr("Exporting %1…").arg(QDir::toNativeSeparators(job.out)), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportDialog::cancelExport);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finished);
    m_watcher->setFuture(QtConcurrent::run([control, job = std::move(job)]() mutable {
        return runJob(std::move(job), [control](int done, int total) {
            control->done = done;
            control->total = total;
            return !control->cancel.load();
        });
    }));
    m_timer->start();
    return true;
}

void ExportDialog::cancelExport()
{
    if (!m_control || !isRunning()) return;
    m_control->cancel = true;
    if (m_progress) m_progress->setLabelText(tr("Cancelling…"));
}

void ExportDialog::waitForFinished()
{
    if (m_watcher) m_watcher->waitForFinished();
}

void ExportDialog::poll()
{
    if (!m_control || !m_progress) return;
    const int total = m_control->total;
    if (total > 0) m_progress->setValue(qBound(0, int(m_control->done) * 1000 / total, 999));
}

void ExportDialog::finished()
{
    m_timer->stop();
    const bool cancelled = m_control && m_control->cancel.load();
    const Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_control.reset();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_export->setEnabled(true);
    // A cancel that came after the file was written changes nothing: the file is there.
    const bool ok = outcome.ok;
    const QString message = cancelled && !ok ? tr("Cancelled; no file was written.") : outcome.message;
    setStatus(message, !ok);
    emit exportFinished(ok, message);
}

// The worker: read (when not read already), write, and say what happened. Progress 0..1000: reading
// the layers takes the first half, writing the second. Runs on a worker thread: tr() is thread-safe.
ExportDialog::Outcome ExportDialog::runJob(Job job, const std::function<bool(int, int)>& progress)
{
    const auto fail = [](const QString& message) { return Outcome{false, message}; };
    if (!job.projectPath.isEmpty()) {
        auto opened = ProjectStore::openReadOnly(job.projectPath);
        if (!opened) return fail(opened.errorMessage());
        const int n = int(job.requests.size());
        for (int i = 0; i < n; ++i) {
            auto layer = gis::collectExportLayer(*opened.value(), job.requests[i], job.rule, [&](int done, int total) {
                return progress(int((500LL * i + 500LL * done / qMax(1, total)) / n), 1000);
            });
            if (!layer) return fail(layer.errorMessage());
            job.collected << std::move(layer.value());
        }
    }
    if (job.collected.isEmpty()) return fail(tr("There is nothing to export."));
    if (!progress(500, 1000)) return fail(tr("The export was cancelled."));
    Result<void> written;
    switch (job.format) {
    case Format::GeoTiff: written = gis::writeLayerGeoTiff(job.out, job.collected.first(), job.tiff); break;
    case Format::Csv: written = gis::writeCsv(job.out, job.collected.first()); break;
    case Format::GeoPackage:
        written = gis::writeGeoPackage(job.out, job.collected, {}, [&](int done, int total) {
            return progress(int(500 + 500LL * done / qMax(1, total)), 1000);
        });
        break;
    }
    if (!written) return fail(written.errorMessage());
    progress(1000, 1000);
    QStringList lines{tr("Exported %n layer(s) to %1.", nullptr, int(job.collected.size()))
                          .arg(QDir::toNativeSeparators(job.out))};
    for (const gis::ExportLayer& l : std::as_const(job.collected)) {
        bool people = false;
        for (const gis::ExportColumn& c : l.columns) people = people || c.peopleCount;
        if (l.estimated()) lines << tr("%1 is estimated by a model; the file says so.").arg(l.info.name);
        if (people && l.privacy.enabled())
            lines << tr("%1: %n value(s) of %2 or fewer people suppressed (privacy rule).", nullptr, l.suppressed())
                         .arg(l.info.name, gis::formatNumber(l.privacy.threshold));
        else if (people)
            lines << tr("%1: counts of people exported without suppression (privacy rule off).").arg(l.info.name);
    }
    return {true, lines.join(QLatin1Char('\n'))};
}

}  // namespace dosi::desktop
