// MainWindow: menus, docks and the wiring between project, panels and map.
#include "MainWindow.h"

#include "BookmarkPanel.h"
#include "ImportWizard.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "LocationPanel.h"
#include "MapCanvas.h"
#include "RegenPanel.h"
#include "SettingsDialog.h"
#include "ThematicPanel.h"
#include "UndoHistory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace dosi::desktop {

MainWindow::MainWindow(LanguageManager* language, QWidget* parent) : QMainWindow(parent), m_language(language)
{
    setObjectName(QStringLiteral("DosiMainWindow"));
    setAcceptDrops(true);   // drop a .dosi file to open it
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);

    createActions();
    createMenus();
    createDocks();

    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("coordinates"));
    // Fixed width: a changing text must not re-layout the window (and resize the map).
    m_coordinates->setFixedWidth(m_coordinates->fontMetrics().horizontalAdvance(
                                     QStringLiteral("E 9,999,999 N 9,999,999 (EPSG:5179)")) + 16);
    statusBar()->addPermanentWidget(m_coordinates);
    createMapFeatures();
    createLocationPanel();
    createOutputActions();
    createPresentation();
    createUndo();

    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::onCursorMoved);
    connect(m_canvas, &MapCanvas::cursorLeft, m_coordinates, &QLabel::clear);
    connect(&m_session, &ProjectSession::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(&m_session, &ProjectSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &ProjectSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_layerPanel, &LayerPanel::visibilityChanged, this, &MainWindow::onLayerVisibility);
    connect(m_layerPanel, &LayerPanel::orderChanged, this, &MainWindow::onLayerOrder);
    connect(m_layerPanel, &LayerPanel::currentLayerChanged, this, &MainWindow::onCurrentLayer);
    connect(m_thematicPanel, &ThematicPanel::choiceChanged, this, &MainWindow::refreshMap);

    retranslateUi();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QSize avail = screen ? screen->availableSize() : QSize(1280, 800);
        resize(qMax(1024, avail.width() * 4 / 5), qMax(700, avail.height() * 4 / 5));
    }
    if (!restoreState(settings.value(QStringLiteral("ui/state")).toByteArray())) {
        resizeDocks({m_layerDock, m_thematicDock}, {300, 300}, Qt::Horizontal);
        resizeDocks({m_layerDock, m_thematicDock}, {240, 320}, Qt::Vertical);
        resizeDocks({m_chartDock}, {360}, Qt::Horizontal);
        resizeDocks({m_chartDock, m_bookmarkDock}, {520, 160}, Qt::Vertical);
    }

    if (Result<void> r = m_session.newProject(); !r) showError(tr("Cannot create a project"), r.errorMessage());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString& objectName, const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(objectName);
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAct = make(QStringLiteral("actionNew"), QKeySequence::New, [this] { newProject(); });
    m_openAct = make(QStringLiteral("actionOpen"), QKeySequence::Open, [this] {
        if (!maybeSave()) return;
        const QString path = askOpenPath();
        if (!path.isEmpty()) openWithoutAsking(path);
    });
    m_saveAct = make(QStringLiteral("actionSave"), QKeySequence::Save, [this] { saveProject(); });
    m_saveAsAct = make(QStringLiteral("actionSaveAs"), QKeySequence::SaveAs, [this] {
        const QString path = askSavePath();
        if (!path.isEmpty()) saveProjectAs(path);
    });
    m_importAct = make(QStringLiteral("actionImport"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                       [this] { showImportWizard(); });
    m_clearRecentAct = make(QStringLiteral("actionClearRecent"), QKeySequence(), [this] {
        m_recent.clear();
        updateRecentMenu();
    });
    m_quitAct = make(QStringLiteral("actionQuit"), QKeySequence::Quit, [this] { close(); });
    m_zoomInAct = make(QStringLiteral("actionZoomIn"), QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    m_zoomOutAct = make(QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });
    m_zoomLayerAct = make(QStringLiteral("actionZoomLayer"), QKeySequence(Qt::CTRL | Qt::Key_L),
                          [this] { zoomToCurrentLayer(); });
    m_zoomFullAct = make(QStringLiteral("actionZoomFull"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { zoomToFull(); });
    m_settingsAct = make(QStringLiteral("actionSettings"), QKeySequence::Preferences, [this] { showSettings(); });
    m_settingsAct->setMenuRole(QAction::PreferencesRole);
    if (m_settingsAct->shortcut().isEmpty()) m_settingsAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_aboutAct = make(QStringLiteral("actionAbout"), QKeySequence(), [this] { showAbout(); });
    m_aboutAct->setMenuRole(QAction::AboutRole);

    m_newAct->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openAct->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAct->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_importAct->setIcon(QIcon::fromTheme(QStringLiteral("document-import"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_zoomInAct->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_zoomOutAct->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomLayerAct->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    m_zoomFullAct->setIcon(QIcon::fromTheme(QStringLiteral("zoom-original")));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_newAct);
    m_fileMenu->addAction(m_openAct);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAct);
    m_fileMenu->addAction(m_saveAsAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_zoomInAct);
    m_viewMenu->addAction(m_zoomOutAct);
    m_viewMenu->addAction(m_zoomLayerAct);
    m_viewMenu->addAction(m_zoomFullAct);
    m_viewMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("menuTools"));
    m_toolsMenu->addAction(m_settingsAct);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_aboutAct);

    m_fileToolBar = addToolBar(QString());
    m_fileToolBar->setObjectName(QStringLiteral("fileToolBar"));
    m_fileToolBar->addAction(m_newAct);
    m_fileToolBar->addAction(m_openAct);
    m_fileToolBar->addAction(m_saveAct);
    m_fileToolBar->addAction(m_importAct);
    m_mapToolBar = addToolBar(QString());
    m_mapToolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_mapToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mapToolBar->addAction(m_zoomInAct);
    m_mapToolBar->addAction(m_zoomOutAct);
    m_mapToolBar->addAction(m_zoomLayerAct);
    m_mapToolBar->addAction(m_zoomFullAct);
    updateRecentMenu();
}

namespace {

// A panel's scroll area: the panel's own width and preferred height, but a minimum height of at most
// 160 px, below which the panel scrolls.
class PanelScroll : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        return widget() ? widget()->sizeHint() + QSize(2 * frameWidth(), 2 * frameWidth()) : QScrollArea::sizeHint();
    }
    QSize minimumSizeHint() const override
    {
        if (!widget()) return QScrollArea::minimumSizeHint();
        const QSize m = widget()->minimumSizeHint();
        const int bar = verticalScrollBar()->sizeHint().width();
        return QSize(m.width() + bar, std::min(m.height(), 160));
    }
};

}  // namespace

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);   // restoreState() finds docks by name
    // A tall panel (the regeneration panel needs about 730 px) scrolls instead of forcing the window
    // taller than a laptop or projector screen.
    auto* scroll = new PanelScroll(dock);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_layerPanel = new LayerPanel(this);
    m_layerDock = addPanelDock(m_layerPanel, QStringLiteral("layerDock"), Qt::LeftDockWidgetArea);

    m_thematicPanel = new ThematicPanel(this);
    m_thematicDock = addPanelDock(m_thematicPanel, QStringLiteral("thematicDock"), Qt::LeftDockWidgetArea);

    m_viewMenu->addAction(m_layerDock->toggleViewAction());
    m_viewMenu->addAction(m_thematicDock->toggleViewAction());
    m_viewMenu->addAction(m_fileToolBar->toggleViewAction());
    m_viewMenu->addAction(m_mapToolBar->toggleViewAction());
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAct->setText(tr("&New"));
    m_newAct->setStatusTip(tr("Create an empty project"));
    m_openAct->setText(tr("&Open…"));
    m_openAct->setStatusTip(tr("Open a Dosi project"));
    m_saveAct->setText(tr("&Save"));
    m_saveAsAct->setText(tr("Save &As…"));
    m_importAct->setText(tr("&Import…"));
    m_importAct->setIconText(tr("Import"));
    m_importAct->setStatusTip(tr("Import boundaries, points, living population, movement, card sales or an indicator table"));
    m_clearRecentAct->setText(tr("&Clear List"));
    m_quitAct->setText(tr("&Quit"));
    m_zoomInAct->setText(tr("Zoom &In"));
    m_zoomOutAct->setText(tr("Zoom &Out"));
    m_zoomLayerAct->setText(tr("Zoom to &Layer"));
    m_zoomFullAct->setText(tr("Zoom to &Full Extent"));
    // Toolbar labels without mnemonics ("확대(&I)" would show as "확대(I)").
    m_zoomInAct->setIconText(tr("Zoom In"));
    m_zoomOutAct->setIconText(tr("Zoom Out"));
    m_zoomLayerAct->setIconText(tr("Zoom to Layer"));
    m_zoomFullAct->setIconText(tr("Full Extent"));
    m_settingsAct->setText(tr("&Settings…"));
    m_aboutAct->setText(tr("&About Dosi"));
    m_layerDock->setWindowTitle(tr("Layers"));
    m_thematicDock->setWindowTitle(tr("Thematic Map"));
    m_fileToolBar->setWindowTitle(tr("File Toolbar"));
    m_mapToolBar->setWindowTitle(tr("Map Toolbar"));
    m_coordinates->setToolTip(tr("Coordinates under the cursor (Korea 2000 / Unified CS)"));
    retranslateMapFeatures();
    retranslateLocation();
    retranslateOutput();
    retranslatePresentation();
    retranslateUndo();
    updatePlaceholder();
    updateTitle();
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Legends and labels built by the libraries are translated when built: rebuild them.
        m_composer.reset(m_session.store());
        refreshMap();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Dosi").arg(m_session.displayName()));
    setWindowModified(m_session.isModified());
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList files = m_recent.files();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction* a = m_recentMenu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!files.isEmpty()) m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAct);
    m_clearRecentAct->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

// --- File operations ------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_session.isModified()) return true;
    switch (askSaveChanges()) {
    case SaveChoice::Save: return saveProject();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
    }
    return false;
}

bool MainWindow::newProject()
{
    if (!maybeSave()) return false;
    if (Result<void> r = m_session.newProject(); !r) {
        showError(tr("Cannot create a project"), r.errorMessage());
        return false;
    }
    return true;
}

bool MainWindow::openProject(const QString& path)
{
    if (!maybeSave()) return false;
    return openWithoutAsking(path);
}

bool MainWindow::openWithoutAsking(const QString& path)
{
    if (Result<void> r = m_session.open(path); !r) {
        if (!QFileInfo::exists(path)) m_recent.remove(path);
        showError(tr("Cannot open project"), r.errorMessage());
        return false;
    }
    m_recent.add(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveProject()
{
    if (m_session.isUntitled()) {
        const QString path = askSavePath();
        return !path.isEmpty() && saveProjectAs(path);
    }
    if (Result<void> r = m_session.save(); !r) {
        showError(tr("Cannot save project"), r.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session.filePath())), 5000);
    return true;
}

bool MainWindow::saveProjectAs(const QString& path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) target += QLatin1Char('.') + ProjectStore::fileSuffix();
    if (Result<void> r = m_session.saveAs(target); !r) {
        showError(tr("Cannot save project"), r.errorMessage());
        return false;
    }
    m_recent.add(target);
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 5000);
    return true;
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Critical, title, QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(message);
    box.setTextFormat(Qt::RichText);
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 420px; }"));
    box.setDefaultButton(box.addButton(tr("OK"), QMessageBox::AcceptRole));
    box.exec();
}

MainWindow::SaveChoice MainWindow::askSaveChanges()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The project \"%1\" has unsaved changes. Save them?").arg(m_session.displayName()),
                    QMessageBox::NoButton, this);
    QPushButton* save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save) return SaveChoice::Save;
    if (box.clickedButton() == discard) return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

QString MainWindow::askOpenPath()
{
    return QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                        tr("Dosi projects (*.dosi);;All files (*)"));
}

QString MainWindow::askSavePath()
{
    const QString start = m_session.isUntitled() ? QString() : m_session.filePath();
    return QFileDialog::getSaveFileName(this, tr("Save Project As"), start, tr("Dosi projects (*.dosi)"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    event->accept();
}

namespace {
QString droppedProject(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(ProjectStore::fileSuffix(), Qt::CaseInsensitive) == 0)
            return path;
    }
    return {};
}
}  // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedProject(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedProject(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    // Open after the drop has finished (the prompt must not run inside the drag loop).
    QTimer::singleShot(0, this, [this, path] { openProject(path); });
}

// --- Project and map --------------------------------------------------------------------

void MainWindow::onProjectReplaced()
{
    ProjectStore* store = m_session.store();
    m_composer.reset(store);
    m_layerPanel->setLayers(store ? store->layers() : QList<LayerInfo>());
    m_thematicPanel->setProject(store);
    m_selection.clear();
    m_bookmarkPanel->setStore(store);
    m_regenPanel->projectReplaced();
    m_locationPanel->projectReplaced();
    restoreBasemap();
    refreshMap();
    // Start on the thematic layer's data (e.g. Seoul in a Seoul + Daejeon project).
    const gis::ThematicLayer* active = m_composer.activeLayer();
    m_canvas->zoomToExtent(active && !active->valueExtent.isNull() ? active->valueExtent : m_fullExtent);
    updateTitle();
}

ImportWizard* MainWindow::showImportWizard()
{
    auto* wizard = new ImportWizard(&m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->setErrorHandler([this](const QString& title, const QString& message) { showError(title, message); });
    connect(wizard, &ImportWizard::imported, this, &MainWindow::onLayerImported);
    wizard->show();
    return wizard;
}

void MainWindow::onLayerImported(const QString& name)
{
    ProjectStore* store = m_session.store();
    if (!store) return;
    const bool wasEmpty = m_fullExtent.isNull();
    m_composer.reset(store);
    m_layerPanel->setLayers(store->layers());
    m_thematicPanel->setProject(store);
    m_layerPanel->setCurrentLayer(name);
    m_regenPanel->layersChanged();
    m_locationPanel->layersChanged();
    refreshMap();
    if (wasEmpty) zoomToFull();
    updateTitle();
    statusBar()->showMessage(tr("Imported layer \"%1\"").arg(name), 5000);
}

void MainWindow::refreshMap()
{
    m_layerPanel->setActiveThematic(m_thematicPanel->activeLayer());
    Composition c = m_composer.compose(choice());
    m_fullExtent = c.extent;
    gis::MapDecorations decorations;
    decorations.legend = true;
    decorations.scaleBar = true;
    decorations.northArrow = true;
    m_canvas->setDecorations(decorations);
    updateLinkedViews(c);
    m_canvas->setFlows(c.flows);
    m_canvas->setLayers(c.layers);
    updatePlaceholder();
    if (!c.errors.isEmpty()) statusBar()->showMessage(c.errors.join(QStringLiteral("  ")), 10000);
}

void MainWindow::updatePlaceholder()
{
    const ProjectStore* store = m_session.store();
    if (store && !store->layers().isEmpty())
        m_canvas->setPlaceholderText(QString());   // hidden layers: an empty map is the right answer
    else
        m_canvas->setPlaceholderText(tr("Open a project (File → Open…) or drop a .dosi file here."));
}

void MainWindow::onLayerVisibility(const QString& name, bool visible)
{
    ProjectStore* store = m_session.store();
    if (!store) return;
    const LayerDisplay before = LayerDisplay::of(*store);
    if (Result<void> r = store->setLayerVisible(name, visible); !r) {
        showError(tr("Cannot change the layer"), r.errorMessage());
        return;
    }
    m_undo->recordLayers(visible ? tr("Show Layer “%1”").arg(name) : tr("Hide Layer “%1”").arg(name), before);
    m_session.notifyEdited();
    // Checking a thematic layer that is not shown makes it the one shown.
    const std::optional<LayerInfo> info = store->layer(name);
    if (visible && info && info->kind == LayerKind::Measure && m_thematicPanel->activeLayer() != name)
        m_thematicPanel->setActiveLayer(name);   // refreshes through choiceChanged
    else
        refreshMap();
}

void MainWindow::onLayerOrder(const QStringList& bottomToTop)
{
    ProjectStore* store = m_session.store();
    if (!store) return;
    const LayerDisplay before = LayerDisplay::of(*store);
    if (Result<void> r = store->setLayerOrder(bottomToTop); !r) {
        showError(tr("Cannot change the layer order"), r.errorMessage());
        m_layerPanel->setLayers(store->layers());
        return;
    }
    m_undo->recordLayers(tr("Change Layer Order"), before);
    m_session.notifyEdited();
    refreshMap();
}

void MainWindow::onCurrentLayer(const QString& name)
{
    m_thematicPanel->setActiveLayer(name);   // only measure layers change the thematic map
}

void MainWindow::zoomToCurrentLayer()
{
    const QString name = m_layerPanel->currentLayer();
    const Envelope e = name.isEmpty() ? m_fullExtent : m_composer.layerExtent(name);
    m_canvas->zoomToExtent(e.isNull() ? m_fullExtent : e);
}

void MainWindow::zoomToFull()
{
    m_canvas->zoomToExtent(m_fullExtent);
}

QString MainWindow::coordinateText() const
{
    return m_coordinates->text();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_language, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Dosi"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Dosi %1</h3>"
           "<p>GIS decision support for city governments: living population, urban regeneration "
           "and facility location.</p>"
           "<p>Data shown in Dosi keeps its own licence. Administrative boundaries: Statistics Korea "
           "SGIS (KOGL Type 1), processed by vuski/admdongkor (CC BY 4.0). Living population: "
           "Seoul Open Data Plaza.</p>")
            .arg(ProjectStore::appVersion()));
    box.setDefaultButton(box.addButton(tr("OK"), QMessageBox::AcceptRole));
    box.exec();
}

}  // namespace dosi::desktop
