// ImportWizard: building the pages, their texts, and the mapping page's choices.
#include "ImportWizard.h"
#include "ImportWizardStep.h"

#include "ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dosi::desktop {

namespace {
const QList<Column> kAllColumns = {Column::Code,   Column::Label,  Column::Key,   Column::Time,
                                   Column::Origin, Column::Dest,   Column::Period, Column::Count,
                                   Column::X,      Column::Y,      Column::LatLon};
const QStringList kCrsCodes = {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5179"), QStringLiteral("EPSG:5181"),
                               QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:5174")};

QString columnObjectName(Column c)
{
    switch (c) {
    case Column::Code: return QStringLiteral("importCodeField");
    case Column::Label: return QStringLiteral("importLabelField");
    case Column::Key: return QStringLiteral("importKeyColumn");
    case Column::Time: return QStringLiteral("importTimeColumn");
    case Column::Origin: return QStringLiteral("importOriginColumn");
    case Column::Dest: return QStringLiteral("importDestColumn");
    case Column::Period: return QStringLiteral("importPeriodColumn");
    case Column::Count: return QStringLiteral("importCountColumn");
    case Column::X: return QStringLiteral("importXColumn");
    case Column::Y: return QStringLiteral("importYColumn");
    case Column::LatLon: return QStringLiteral("importLatLonColumn");
    }
    return {};
}

// Chooses the item whose data is `want` (else the first), without signals.
void selectData(QComboBox* c, const QString& want)
{
    const QSignalBlocker block(c);
    c->setCurrentIndex(qMax(0, want.isEmpty() ? 0 : c->findData(want)));
}
}  // namespace

void ImportWizard::buildSourcePage()
{
    m_sourcePage = new WizardStep(this);
    m_kindLabel = new QLabel(m_sourcePage);
    m_kind = new QComboBox(m_sourcePage);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind k : importKinds()) m_kind->addItem(QString(), int(k));
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
    m_areasRow = new QWidget(m_sourcePage);
    m_areasLabel = new QLabel(m_areasRow);
    m_areas = new QLineEdit(m_areasRow);
    m_areas->setObjectName(QStringLiteral("importAreasFile"));
    m_areasLabel->setBuddy(m_areas);
    m_areasBrowse = new QPushButton(m_areasRow);

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
    auto* areasLayout = new QHBoxLayout(m_areasRow);
    areasLayout->setContentsMargins(0, 0, 0, 0);
    areasLayout->addWidget(m_areasLabel);
    areasLayout->addWidget(m_areas, 1);
    areasLayout->addWidget(m_areasBrowse);
    auto* layout = new QVBoxLayout(m_sourcePage);
    layout->addLayout(kindRow);
    layout->addWidget(m_kindHint);
    layout->addSpacing(8);
    layout->addWidget(m_filesLabel);
    layout->addLayout(filesRow, 1);
    layout->addWidget(m_areasRow);

    m_sourcePage->complete = [this] {
        const int n = m_fileList->count();
        const bool filesOk = n == 1 || (n > 1 && acceptsManyFiles(kind()));
        return filesOk && (kind() != ImportKind::Sales || !m_areas->text().trimmed().isEmpty());
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
    connect(m_areas, &QLineEdit::textChanged, this, [this] { m_sourcePage->changed(); });
    connect(m_areasBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen = askAreasFile();
        if (!chosen.isEmpty()) setAreasFile(chosen);
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
    m_previewProblem->setObjectName(QStringLiteral("previewProblem"));
    m_previewProblem->setWordWrap(true);
    m_previewProblem->setTextFormat(Qt::PlainText);
    m_previewProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    m_form = new QFormLayout(m_mappingPage);
    const auto onChange = [this] {
        updateProblem();
        m_mappingPage->changed();
    };
    auto makeCombo = [&](const QString& objectName, bool editable) {
        auto* c = new QComboBox(m_mappingPage);
        c->setObjectName(objectName);
        c->setEditable(editable);
        c->setMinimumContentsLength(24);
        connect(c, &QComboBox::currentTextChanged, this, onChange);
        return c;
    };
    auto addRow = [&](QWidget* field) {
        auto* label = new QLabel(m_mappingPage);
        label->setBuddy(field);
        m_form->addRow(label, field);
        return label;
    };
    m_name = new QLineEdit(m_mappingPage);
    m_name->setObjectName(QStringLiteral("importLayerName"));
    m_nameLabel = addRow(m_name);
    m_problem = new QLabel(m_mappingPage);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_form->addRow(QString(), m_problem);
    m_encoding = makeCombo(QStringLiteral("importEncoding"), false);
    m_encoding->addItem(QString(), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("CP949 (EUC-KR)"), QStringLiteral("CP949"));
    m_encodingLabel = addRow(m_encoding);
    for (Column c : kAllColumns) {
        ColumnRow row;
        row.combo = makeCombo(columnObjectName(c), false);
        row.label = addRow(row.combo);
        m_columns.insert(c, row);
    }
    m_crs = makeCombo(QStringLiteral("importCrs"), true);
    for (const QString& code : kCrsCodes) m_crs->addItem(QString(), code);
    m_crsLabel = addRow(m_crs);
    m_skipInvalid = new QCheckBox(m_mappingPage);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    m_form->addRow(QString(), m_skipInvalid);
    m_zoneLayer = makeCombo(QStringLiteral("importZoneLayer"), false);
    m_zoneLabel = addRow(m_zoneLayer);

    connect(m_name, &QLineEdit::textChanged, this, [this, onChange] {
        if (!m_settingName) m_nameEdited = true;
        onChange();
    });
    connect(columnCombo(Column::LatLon), &QComboBox::currentTextChanged, this, [this] { updateMappingRows(); });
    m_mappingPage->complete = [this] { return requestProblem(m_session->store(), request(), m_preview.format).isEmpty(); };
    m_mappingPage->enter = [this] {
        fillMappingChoices();
        updateMappingRows();
        updateProblem();
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

// --- Texts ------------------------------------------------------------------------------

QString ImportWizard::kindName(ImportKind k) const
{
    switch (k) {
    case ImportKind::Boundaries: return tr("Boundaries (any GDAL vector source)");
    case ImportKind::Points: return tr("Points (any GDAL vector source)");
    case ImportKind::PointsCsv: return tr("Points from a CSV with coordinate columns");
    case ImportKind::LivingPopulation: return tr("Living population (CSV or JSON, many files)");
    case ImportKind::Movement: return tr("Movement / origin-destination flows (CSV, many files)");
    case ImportKind::Sales: return tr("Card sales by commercial area (CSV, many files)");
    case ImportKind::Table: return tr("Indicator table (CSV with a key column)");
    }
    return {};
}

QString ImportWizard::kindHint(ImportKind k) const
{
    switch (k) {
    case ImportKind::Boundaries:
        return tr("Polygons such as 행정동 boundaries: GeoJSON, Shapefile, GeoPackage or CSV with WKT. "
                  "They are reprojected to EPSG:5179 and invalid geometries are repaired.");
    case ImportKind::Points:
        return tr("Facilities or candidate sites (CCTV, chargers, stations) from any GDAL vector source.");
    case ImportKind::PointsCsv:
        return tr("Facilities or candidate sites from a table with x/y columns in a coordinate system you choose "
                  "(e.g. EPSG:4326 longitude/latitude or EPSG:5181), or with one \"lat,lon\" column.");
    case ImportKind::LivingPopulation:
        return tr("Seoul living population by dong, by gu or on the 250 m grid (CSV, CP949 or UTF-8), "
                  "or weekly JSON files. Choose all days at once; the schema is detected.");
    case ImportKind::Movement:
        return tr("Seoul 생활이동 files (OA-22300; choose all days at once), or one origin-destination table of any "
                  "other source, whose origin, destination, count and period columns you choose.");
    case ImportKind::Sales:
        return tr("Seoul 상권분석서비스 estimated sales (추정매출, 55 columns; many quarters at once). Each commercial "
                  "area is placed in a dong through the commercial-area file (영역-상권, OA-15560).");
    case ImportKind::Table:
        return tr("Any table of indicators by unit code, optionally by year, quarter or day "
                  "(e.g. population by dong and year).");
    }
    return {};
}

QString ImportWizard::columnLabel(Column c) const
{
    switch (c) {
    case Column::Code: return kind() == ImportKind::PointsCsv ? tr("I&d field:") : tr("&Code field:");
    case Column::Label: return tr("&Label field:");
    case Column::Key: return tr("&Key column (unit code):");
    case Column::Time: return tr("&Time column:");
    case Column::Origin: return tr("&Origin column:");
    case Column::Dest: return tr("&Destination column:");
    case Column::Period: return tr("&Period column:");
    case Column::Count: return tr("Co&unt column:");
    case Column::X: return tr("&X column (easting or longitude):");
    case Column::Y: return tr("&Y column (northing or latitude):");
    case Column::LatLon: return tr("Lat,lon col&umn:");
    }
    return {};
}

// "" = the column has no empty choice.
QString ImportWizard::columnNoneText(Column c) const
{
    const bool points = kind() == ImportKind::PointsCsv;
    switch (c) {
    case Column::Code:
        if (points) return tr("(generated: 1, 2, 3, …)");
        return m_preview.detected.value(Column::Code).isEmpty() ? QString() : tr("(detect)");
    case Column::Label: return points ? tr("(same as the id)") : tr("(detect)");
    case Column::Time:
    case Column::Period:
    case Column::LatLon: return tr("(none)");
    default: return {};
    }
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
    for (int i = 0; i < m_kind->count(); ++i) m_kind->setItemText(i, kindName(ImportKind(m_kind->itemData(i).toInt())));
    m_kindHint->setText(kindHint(kind()));
    m_filesLabel->setText(acceptsManyFiles(kind()) ? tr("Files:") : tr("File:"));
    m_addFiles->setText(tr("&Add…"));
    m_removeFiles->setText(tr("&Remove"));
    m_areasRow->setVisible(kind() == ImportKind::Sales);
    m_areasLabel->setText(tr("Co&mmercial areas (OA-15560):"));
    m_areas->setPlaceholderText(tr("CSV with the commercial-area codes and X/Y in EPSG:5181"));
    m_areasBrowse->setText(tr("Bro&wse…"));

    m_previewPage->setTitle(tr("Preview"));
    m_previewPage->setSubTitle(tr("The first rows of the first file and what was detected."));
    if (!m_previewReady && m_previewControl) m_previewFacts->setText(tr("Reading…"));

    m_mappingPage->setTitle(tr("Layer and fields"));
    m_mappingPage->setSubTitle(tr("Name the new layer and check the fields Dosi will use."));
    m_mappingPage->setButtonText(QWizard::NextButton, tr("&Import"));
    retranslateMapping();

    m_runPage->setTitle(tr("Import"));
    m_runPage->setSubTitle(tr("The data is read in the background; the project changes only when it has all been read."));
    m_cancelRun->setText(tr("Cancel Import"));
    m_reportLabel->setText(tr("Report:"));
    setRunStatus(QString());
}

void ImportWizard::retranslateMapping()
{
    m_nameLabel->setText(tr("Layer &name:"));
    m_encodingLabel->setText(tr("Text &encoding:"));
    m_encoding->setItemText(0, tr("Automatic"));
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        it->label->setText(columnLabel(it.key()));
        const int none = it->combo->findData(kNoneItem);
        if (none >= 0) it->combo->setItemText(none, columnNoneText(it.key()));
    }
    m_crsLabel->setText(tr("Coordinate &system:"));
    const QStringList crsNames = {tr("WGS 84, longitude/latitude"), tr("Korea 2000 / Unified CS (Dosi's own)"),
                                  tr("Korea 2000 / Central Belt (Seoul open data, Kakao)"),
                                  tr("Korea 2000 / Central Belt 2010"), tr("Korean 1985 / Modified Central Belt")};
    for (int i = 0; i < kCrsCodes.size(); ++i) {
        const int at = m_crs->findData(kCrsCodes[i]);
        if (at >= 0) m_crs->setItemText(at, QStringLiteral("%1 — %2").arg(kCrsCodes[i], crsNames[i]));
    }
    m_skipInvalid->setText(tr("S&kip rows with invalid coordinates (listed in the report)"));
    m_zoneLabel->setText(kind() == ImportKind::Sales ? tr("&Dong layer:") : tr("&Join to layer:"));
    const int best = m_zoneLayer->findData(kNoneItem);
    if (best >= 0) m_zoneLayer->setItemText(best, tr("(best match)"));
    updateProblem();
}

// --- Mapping ----------------------------------------------------------------------------

void ImportWizard::fillMappingChoices()
{
    // A column that was not detected and has no empty choice starts unchosen: the user must pick it.
    auto fill = [](QComboBox* c, const QStringList& names, const QString& chosen, const QString& emptyText,
                   bool mustChoose) {
        const QString keep = c->currentData().toString() == kNoneItem ? QString() : c->currentText();
        const QSignalBlocker block(c);
        c->clear();
        if (!emptyText.isEmpty()) c->addItem(emptyText, kNoneItem);
        for (const QString& n : names) c->addItem(n, n);
        const QString want = names.contains(keep) ? keep : chosen;
        const int at = want.isEmpty() ? -1 : c->findData(want);
        c->setCurrentIndex(at >= 0 ? at : mustChoose ? -1 : 0);
    };
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        fill(it->combo, m_preview.columns, m_preview.detected.value(it.key()), columnNoneText(it.key()),
             !isOptionalColumn(kind(), it.key()));
    if (!m_preview.detectedCrs.isEmpty()) setCrs(m_preview.detectedCrs);
    else if (kind() == ImportKind::PointsCsv) m_crs->setCurrentIndex(-1);   // not guessed: the user must say
    fillZoneLayers();
    if (!m_nameEdited || m_name->text().isEmpty()) {
        const QString first = files().value(0);
        QString base = QFileInfo(first).completeBaseName();
        if (base.isEmpty()) base = QStringLiteral("layer");
        QString name = base;
        ImportRequest probe = request();
        const auto taken = [this, &probe](const QString& candidate) {
            probe.layerName = candidate;
            const QStringList names = createdLayerNames(probe);
            return m_session->store() && std::any_of(names.cbegin(), names.cend(), [this](const QString& l) {
                       return m_session->store()->hasLayer(l);
                   });
        };
        for (int n = 2; taken(name); ++n) name = QStringLiteral("%1_%2").arg(base).arg(n);
        m_settingName = true;
        m_name->setText(name);
        m_settingName = false;
    }
}

void ImportWizard::fillZoneLayers()
{
    const bool sales = kind() == ImportKind::Sales;
    const QString keep = m_zoneLayer->currentData().toString();
    const QSignalBlocker block(m_zoneLayer);
    m_zoneLayer->clear();
    if (!sales) m_zoneLayer->addItem(tr("(best match)"), kNoneItem);
    if (const ProjectStore* store = m_session->store())
        for (const LayerInfo& l : store->layers())
            if (l.isFeatureLayer() && (!sales || l.kind == LayerKind::Boundaries)) m_zoneLayer->addItem(l.name, l.name);
    selectData(m_zoneLayer, m_zoneLayer->findData(keep) >= 0 ? keep : sales ? m_previewZones : QString());
}

void ImportWizard::updateMappingRows()
{
    const ImportKind k = kind();
    const QList<Column> shown = mappedColumns(k, m_preview.format);
    const bool latLon = k == ImportKind::PointsCsv && !request().column(Column::LatLon).isEmpty();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        m_form->setRowVisible(it->combo, shown.contains(it.key()));
        it->combo->setEnabled(!(latLon && (it.key() == Column::X || it.key() == Column::Y)));
    }
    // Living population, sales and OA-22300 detect their encoding.
    const bool encoding = k == ImportKind::Boundaries || k == ImportKind::Points || k == ImportKind::Table
        || k == ImportKind::PointsCsv || (k == ImportKind::Movement && !shown.isEmpty());
    m_form->setRowVisible(m_encoding, encoding);
    m_form->setRowVisible(m_crs, k == ImportKind::PointsCsv);
    m_form->setRowVisible(m_skipInvalid, k == ImportKind::PointsCsv);
    m_form->setRowVisible(m_zoneLayer, isMeasureKind(k));
    retranslateMapping();
}

void ImportWizard::updateProblem()
{
    if (!m_zoneLayer) return;   // the mapping page is still being built
    const QString problem = requestProblem(m_session->store(), request(), m_preview.format);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QComboBox* ImportWizard::columnCombo(Column column) const
{
    return m_columns.value(column).combo;
}

void ImportWizard::setLayerName(const QString& name)
{
    m_name->setText(name);
}

void ImportWizard::setColumn(Column column, const QString& name)
{
    if (QComboBox* c = columnCombo(column)) c->setCurrentIndex(qMax(0, c->findData(name.isEmpty() ? kNoneItem : name)));
}

void ImportWizard::setCrs(const QString& crs)
{
    const int at = m_crs->findData(crs);
    if (at >= 0) m_crs->setCurrentIndex(at);
    else m_crs->setEditText(crs);
}

QString ImportWizard::crsCode() const
{
    const QString text = m_crs->currentText().trimmed();
    const int at = m_crs->findText(text);
    if (at >= 0) return m_crs->itemData(at).toString();
    static const QRegularExpression code(QStringLiteral("^(EPSG:\\d+)\\b"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = code.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : text;
}

ImportRequest ImportWizard::request() const
{
    ImportRequest r;
    r.kind = kind();
    r.files = files();
    r.layerName = m_name->text();
    r.encoding = m_encoding->currentData().toString();
    for (Column c : mappedColumns(r.kind, m_preview.format)) {
        const QComboBox* combo = columnCombo(c);
        if (combo->currentIndex() >= 0 && combo->currentData().toString() != kNoneItem) r.columns[c] = combo->currentText();
    }
    if (r.kind == ImportKind::PointsCsv) {
        r.crs = crsCode();
        r.skipInvalid = m_skipInvalid->isChecked();
    }
    if (r.kind == ImportKind::Sales) r.areasFile = areasFile();
    if (isMeasureKind(r.kind) && m_zoneLayer->currentData().toString() != kNoneItem)
        r.zoneLayer = m_zoneLayer->currentData().toString();
    return r;
}

// --- File choosers ----------------------------------------------------------------------

QStringList ImportWizard::askFiles()
{
    QString filter;
    switch (kind()) {
    case ImportKind::Boundaries:
    case ImportKind::Points:
        filter = tr("Vector data (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;All files (*)");
        break;
    case ImportKind::LivingPopulation: filter = tr("Living population (*.csv *.json);;All files (*)"); break;
    case ImportKind::Table:
    case ImportKind::Movement:
    case ImportKind::Sales:
    case ImportKind::PointsCsv: filter = tr("Tables (*.csv *.txt *.tsv);;All files (*)"); break;
    }
    if (acceptsManyFiles(kind())) return QFileDialog::getOpenFileNames(this, tr("Choose Files"), QString(), filter);
    const QString one = QFileDialog::getOpenFileName(this, tr("Choose a File"), QString(), filter);
    return one.isEmpty() ? QStringList() : QStringList{one};
}

QString ImportWizard::askAreasFile()
{
    return QFileDialog::getOpenFileName(this, tr("Choose the Commercial-Area File"), QString(),
                                        tr("Tables (*.csv *.txt *.tsv);;All files (*)"));
}

}  // namespace dosi::desktop
