#include "ReportDialog.h"

#include "ProjectSession.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/models/Report.h"
#include "dosi/models/ReportDefaults.h"
#include "dosi/translations/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dosi::desktop {

namespace {

QString sectionTitle(const QString& id)
{
    if (id == QLatin1String("cover")) return ReportDialog::tr("Cover");
    if (id == QLatin1String("contents")) return ReportDialog::tr("Contents");
    if (id == QLatin1String("overview")) return ReportDialog::tr("Overview of layers and runs");
    if (id == QLatin1String("maps")) return ReportDialog::tr("Maps");
    if (id == QLatin1String("rankings")) return ReportDialog::tr("Highest and lowest units");
    if (id == QLatin1String("charts")) return ReportDialog::tr("Charts over time");
    if (id == QLatin1String("runs")) return ReportDialog::tr("Model runs (parameters and accuracy)");
    if (id == QLatin1String("data")) return ReportDialog::tr("Data, privacy and attribution");
    return id;
}

QString specText(const gis::ThematicSpec& s)
{
    QString t = s.layer;
    if (!s.field.isEmpty()) t += QStringLiteral(" · ") + s.field;
    if (!s.time.isEmpty()) t += QStringLiteral(" — ") + s.time;
    return t;
}

bool sameSpec(const gis::ThematicSpec& a, const gis::ThematicSpec& b)
{
    return a.layer == b.layer && a.field == b.field && a.time == b.time;
}

}  // namespace

ReportDialog::ReportDialog(ProjectSession* session, const QString& uiLanguage, QWidget* parent)
    : QDialog(parent), m_session(session), m_uiLanguage(uiLanguage)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));
    buildUi();
    ProjectStore* store = m_session->store();
    m_templates->addItem(tr("Default content"));
    if (store)
        for (const QString& name : models::reportTemplateNames(*store)) m_templates->addItem(name, name);
    if (store) applyTemplate(models::defaultReportTemplate(*store));
    connect(m_templates, &QComboBox::currentIndexChanged, this, &ReportDialog::loadTemplate);
}

ReportDialog::~ReportDialog()
{
    if (m_cancel) m_cancel->store(true);
    if (m_watcher) m_watcher->waitForFinished();
}

void ReportDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("reportTemplate"));
    auto* saveTemplateButton = new QPushButton(tr("Save as Template…"), this);
    saveTemplateButton->setObjectName(QStringLiteral("saveTemplate"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(saveTemplateButton);
    top->addRow(tr("Template:"), templateRow);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_author = new QLineEdit(this);
    m_area = new QLineEdit(this);
    top->addRow(tr("Title:"), m_title);
    top->addRow(tr("Author:"), m_author);
    top->addRow(tr("Area:"), m_area);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_landscape = new QCheckBox(tr("Landscape"), this);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_pageSize);
    pageRow->addWidget(m_landscape);
    pageRow->addStretch(1);
    top->addRow(tr("Paper:"), pageRow);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(m_uiLanguage == QLatin1String("ko") ? 1 : 0);
    top->addRow(tr("Report language:"), m_language);
    layout->addLayout(top);

    auto* lists = new QHBoxLayout;
    auto* sectionsBox = new QGroupBox(tr("Sections"), this);
    auto* sl = new QVBoxLayout(sectionsBox);
    m_sections = new QListWidget(sectionsBox);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    for (const QString& id : models::reportSectionIds()) {
        auto* item = new QListWidgetItem(sectionTitle(id), m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    sl->addWidget(m_sections);
    lists->addWidget(sectionsBox);
    auto* mapsBox = new QGroupBox(tr("Maps"), this);
    auto* ml = new QVBoxLayout(mapsBox);
    m_maps = new QListWidget(mapsBox);
    m_maps->setObjectName(QStringLiteral("reportMaps"));
    ml->addWidget(m_maps);
    lists->addWidget(mapsBox, 1);
    auto* runsBox = new QGroupBox(tr("Model runs"), this);
    auto* rl = new QVBoxLayout(runsBox);
    m_latestRuns = new QRadioButton(tr("The latest run of each kind"), runsBox);
    m_chosenRuns = new QRadioButton(tr("These runs:"), runsBox);
    m_runs = new QListWidget(runsBox);
    m_runs->setObjectName(QStringLiteral("reportRuns"));
    rl->addWidget(m_latestRuns);
    rl->addWidget(m_chosenRuns);
    rl->addWidget(m_runs);
    lists->addWidget(runsBox, 1);
    layout->addLayout(lists, 1);
    connect(m_latestRuns, &QRadioButton::toggled, m_runs, [this](bool latest) { m_runs->setEnabled(!latest); });
    if (ProjectStore* store = m_session->store())
        for (const RunInfo& r : store->runs()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 · %2 %3").arg(r.id).arg(r.kind, r.title), m_runs);
            item->setData(Qt::UserRole, r.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("Write PDF…"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeReport"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::onWrite);
    connect(saveTemplateButton, &QPushButton::clicked, this, &ReportDialog::saveTemplate);
    resize(900, 560);
}

void ReportDialog::applyTemplate(const models::ReportTemplate& t)
{
    ProjectStore* store = m_session->store();
    m_title->setText(t.title.isEmpty() && store ? store->title() : t.title);
    m_author->setText(t.author);
    m_area->setText(t.area);
    m_pageSize->setCurrentIndex(t.pageSize == QPageSize::A3 ? 1 : 0);
    m_landscape->setChecked(t.landscape);
    if (!t.language.isEmpty()) m_language->setCurrentIndex(t.language == QLatin1String("ko") ? 1 : 0);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem* item = m_sections->item(i);
        item->setCheckState(t.has(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    // Offer the defaults and the template's maps; check the template's (all defaults when it has none).
    m_specs = store ? models::defaultReportMaps(*store) : QVector<gis::ThematicSpec>{};
    for (const gis::ThematicSpec& s : t.maps) {
        bool known = false;
        for (const gis::ThematicSpec& d : m_specs) known = known || sameSpec(d, s);
        if (!known) m_specs.append(s);
    }
    m_maps->clear();
    for (int i = 0; i < m_specs.size(); ++i) {
        auto* item = new QListWidgetItem(specText(m_specs[i]), m_maps);
        item->setData(Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool on = t.maps.isEmpty();
        for (const gis::ThematicSpec& s : t.maps) on = on || sameSpec(s, m_specs[i]);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_latestRuns->setChecked(t.latestRuns);
    m_chosenRuns->setChecked(!t.latestRuns);
    m_runs->setEnabled(!t.latestRuns);
    for (int i = 0; i < m_runs->count(); ++i) {
        QListWidgetItem* item = m_runs->item(i);
        item->setCheckState(t.latestRuns || t.runs.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

models::ReportTemplate ReportDialog::currentTemplate() const
{
    models::ReportTemplate t;
    t.name = m_templates->currentData().toString();
    t.title = m_title->text().trimmed();
    t.author = m_author->text().trimmed();
    t.area = m_area->text().trimmed();
    t.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    t.landscape = m_landscape->isChecked();
    t.language = m_language->currentData().toString();
    t.sections.clear();
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked) t.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    for (int i = 0; i < m_maps->count(); ++i)
        if (m_maps->item(i)->checkState() == Qt::Checked) t.maps.append(m_specs.value(m_maps->item(i)->data(Qt::UserRole).toInt()));
    if (t.maps.isEmpty()) t.sections.removeAll(QStringLiteral("maps"));   // none chosen: no map part (not the defaults)
    t.latestRuns = m_latestRuns->isChecked();
    for (int i = 0; i < m_runs->count(); ++i)
        if (m_runs->item(i)->checkState() == Qt::Checked) t.runs.append(m_runs->item(i)->data(Qt::UserRole).toLongLong());
    return t;
}

void ReportDialog::loadTemplate(int index)
{
    ProjectStore* store = m_session->store();
    if (!store) return;
    const QString name = m_templates->itemData(index).toString();
    if (name.isEmpty()) {
        applyTemplate(models::defaultReportTemplate(*store));
        return;
    }
    auto t = models::reportTemplate(*store, name);
    if (!t) {
        setStatus(t.errorMessage(), true);
        return;
    }
    applyTemplate(t.value());
    setStatus(tr("Template \"%1\" loaded.").arg(name), false);
}

void ReportDialog::saveTemplate()
{
    ProjectStore* store = m_session->store();
    if (!store) return;
    const QString name = askTemplateName().trimmed();
    if (name.isEmpty()) return;
    models::ReportTemplate t = currentTemplate();
    t.name = name;
    if (auto ok = models::saveReportTemplate(*store, t); !ok) {
        setStatus(ok.errorMessage(), true);
        return;
    }
    m_session->notifyEdited();
    if (m_templates->findData(name) < 0) m_templates->addItem(name, name);
    const QSignalBlocker block(m_templates);
    m_templates->setCurrentIndex(m_templates->findData(name));
    setStatus(tr("Template \"%1\" saved in the project (save the project to keep it).").arg(name), false);
}

QString ReportDialog::askOutputPath()
{
    const QString dir = m_session->isUntitled() ? QDir::homePath() : QFileInfo(m_session->filePath()).absolutePath();
    return QFileDialog::getSaveFileName(this, tr("Write Report"), QDir(dir).filePath(tr("report.pdf")), tr("PDF files (*.pdf)"));
}

QString ReportDialog::askTemplateName()
{
    return QInputDialog::getText(this, tr("Save as Template"), tr("Template name:"), QLineEdit::Normal, m_templates->currentData().toString());
}

void ReportDialog::onWrite()
{
    QString path = askOutputPath();
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    writeTo(path);
}

void ReportDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ReportDialog::writeTo(const QString& path)
{
    ProjectStore* store = m_session->store();
    if (!store || isWriting()) return;
    models::ReportOptions options;
    options.content = currentTemplate();
    auto translator = std::make_shared<QTranslator>();
    if (i18n::loadTranslator(*translator, options.content.language)) options.translator = translator;
    options.locale = models::reportLocaleFor(options.content.language);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<int>>(0);
    m_progress = new QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel]() { cancel->store(true); });
    m_write->setEnabled(false);
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    auto cancel = m_cancel;
    auto doneCount = m_done;
    auto progressFn = [cancel, doneCount](int done, int total) {
        doneCount->store(total > 0 ? 100 * done / total : 0);
        return !cancel->load();
    };
    auto finish = [path](const Result<void>& r) {
        return r ? Outcome{true, ReportDialog::tr("Report written: %1").arg(QDir::toNativeSeparators(path))} : Outcome{false, r.errorMessage()};
    };
    if (!m_session->isModified() && !m_session->isUntitled()) {
        // Saved: a worker opens the file read-only, the UI stays free.
        const QString projectPath = m_session->filePath();
        auto* timer = new QTimer(m_progress);
        connect(timer, &QTimer::timeout, this, [this]() {
            if (m_progress) m_progress->setValue(m_done->load());
        });
        timer->start(100);
        m_watcher = new QFutureWatcher<Outcome>(this);
        connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this]() { done(m_watcher->result()); });
        m_watcher->setFuture(QtConcurrent::run([projectPath, options, path, progressFn, finish]() {
            auto opened = ProjectStore::openReadOnly(projectPath);
            if (!opened) return Outcome{false, opened.errorMessage()};
            return finish(models::writeReport(*opened.value(), options, path, progressFn));
        }));
        return;
    }
    // Unsaved changes live in the session's store, which only this thread may use.
    m_busy = true;
    const auto r = models::writeReport(*store, options, path, [this, progressFn](int done, int total) {
        const bool go = progressFn(done, total);
        if (m_progress) m_progress->setValue(m_done->load());
        QApplication::processEvents();   // the progress dialog is window-modal: only Cancel can be pressed
        return go && !m_cancel->load();
    });
    m_busy = false;
    done(finish(r));
}

void ReportDialog::done(const Outcome& o)
{
    const bool cancelled = m_cancel && m_cancel->load();
    if (m_watcher) {
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_write->setEnabled(true);
    const QString message = cancelled && !o.ok ? tr("Cancelled; no report was written.") : o.message;
    setStatus(message, !o.ok);
    emit finished(o.ok, message);
}

}  // namespace dosi::desktop
