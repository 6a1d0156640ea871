// MainWindow, map features: time dock (time controller + period comparison), linked chart,
// bookmarks, animation export, background map, opacity, selection and the status bar.
#include "MainWindow.h"

#include "AnimationDialog.h"
#include "AnimationExporter.h"
#include "BookmarkPanel.h"
#include "ChartPanel.h"
#include "ComparePanel.h"
#include "LayerPanel.h"
#include "MapCanvas.h"
#include "RegenPanel.h"
#include "ThematicPanel.h"
#include "TimeController.h"
#include "UndoHistory.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Basemap.h"
#include "dosi/gis/Crs.h"
#include "dosi/gis/ThematicCompare.h"

#include <QAction>
#include <QDir>
#include <QTimer>
#include <QDockWidget>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <cmath>

namespace dosi::desktop {

void MainWindow::createMapFeatures()
{
    // Time dock along the bottom: wide slider and large label for the projector.
    auto* timeBox = new QWidget(this);
    auto* timeLayout = new QVBoxLayout(timeBox);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->setSpacing(0);
    timeLayout->addWidget(m_thematicPanel->timeController());
    m_comparePanel = new ComparePanel(timeBox);
    timeLayout->addWidget(m_comparePanel);
    m_timeDock = addPanelDock(timeBox, QStringLiteral("timeDock"), Qt::BottomDockWidgetArea);
    m_canvas->installEventFilter(timeController());   // Left/Right/Home/End/Space on the map
    timeController()->readyForNext = [this] { return !m_canvas->isRendering(); };

    m_chartPanel = new ChartPanel(this);
    m_chartDock = addPanelDock(m_chartPanel, QStringLiteral("chartDock"), Qt::RightDockWidgetArea);

    m_bookmarkPanel = new BookmarkPanel(this);
    m_bookmarkPanel->captureState = [this] { return captureViewState(); };
    m_bookmarkPanel->applyState = [this](const QJsonObject& state) { applyViewState(state); };
    m_bookmarkPanel->edited = [this] { m_session.notifyEdited(); };
    m_bookmarkPanel->showError = [this](const QString& message) { showError(tr("Bookmarks"), message); };
    m_bookmarkDock = addPanelDock(m_bookmarkPanel, QStringLiteral("bookmarkDock"), Qt::RightDockWidgetArea);

    auto make = [this](const QString& objectName, const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(objectName);
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_exportAnimAct = make(QStringLiteral("actionExportAnimation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                           [this] { showAnimationDialog(); });
    m_basemapAct = make(QStringLiteral("actionBasemap"), QKeySequence(), [this] { chooseBasemap(); });
    m_clearBasemapAct = make(QStringLiteral("actionClearBasemap"), QKeySequence(), [this] { setBasemapFile({}); });
    m_clearBasemapAct->setEnabled(false);
    m_zoomSelectionAct = make(QStringLiteral("actionZoomSelection"), QKeySequence(Qt::CTRL | Qt::Key_J),
                              [this] { zoomToSelection(); });
    m_zoomSelectionAct->setIcon(QIcon::fromTheme(QStringLiteral("zoom-select")));
    m_zoomSelectionAct->setEnabled(false);
    m_clearSelectionAct = make(QStringLiteral("actionClearSelection"), QKeySequence(Qt::Key_Escape),
                               [this] { setSelectedUnits({}); });
    m_clearSelectionAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_canvas->addAction(m_clearSelectionAct);

    m_mapMenu = new QMenu(this);
    m_mapMenu->setObjectName(QStringLiteral("menuMap"));
    menuBar()->insertMenu(m_toolsMenu->menuAction(), m_mapMenu);
    m_mapMenu->addAction(m_zoomSelectionAct);
    m_mapMenu->addAction(m_clearSelectionAct);
    m_mapMenu->addSeparator();
    m_mapMenu->addAction(m_bookmarkPanel->addAction());
    m_mapMenu->addAction(m_bookmarkPanel->previousAction());
    m_mapMenu->addAction(m_bookmarkPanel->nextAction());
    m_mapMenu->addSeparator();
    m_mapMenu->addAction(m_basemapAct);
    m_mapMenu->addAction(m_clearBasemapAct);
    m_mapMenu->addSeparator();
    m_mapMenu->addAction(m_exportAnimAct);
    m_fileMenu->insertAction(m_quitAct, m_exportAnimAct);
    m_fileMenu->insertSeparator(m_quitAct);
    m_mapToolBar->addAction(m_zoomSelectionAct);
    m_viewMenu->addAction(m_timeDock->toggleViewAction());
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_bookmarkDock->toggleViewAction());

    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("hoverInfo"));
    statusBar()->addWidget(m_hover, 1);
    m_wgs84 = new QLabel(this);
    m_wgs84->setObjectName(QStringLiteral("wgs84"));
    m_wgs84->setFixedWidth(m_wgs84->fontMetrics().horizontalAdvance(QStringLiteral("99.99999° N 999.99999° E (WGS 84)")) + 16);
    statusBar()->addPermanentWidget(m_wgs84);

    connect(m_canvas, &MapCanvas::cursorLeft, this, [this] {
        m_wgs84->clear();
        m_hover->clear();
    });
    connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::selectAt);
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
        if (m_comparePanel->mode() == CompareMode::SideBySide || !m_runPair.isEmpty()) updateSideBySide();
    });
    connect(m_comparePanel, &ComparePanel::changed, this, &MainWindow::refreshMap);
    connect(m_chartPanel, &ChartPanel::timeClicked, this, [this](const QString& key) {
        const int i = int(timeController()->times().indexOf(key));
        if (i >= 0) timeController()->setIndex(i);
    });
    connect(m_chartPanel, &ChartPanel::highlightChanged, this, &MainWindow::refreshMap);
    connect(m_layerPanel, &LayerPanel::opacityChanged, this, &MainWindow::onLayerOpacity);
    createRegenPanel();
}

// --- Regeneration panel ----------------------------------------------------------------------

void MainWindow::createRegenPanel()
{
    m_regenPanel = new RegenPanel(&m_session, this);
    m_regenPanel->setSelectionProvider([this] { return m_selection; });
    m_regenPanel->setErrorHandler([this](const QString& title, const QString& message) { showError(title, message); });
    m_regenDock = addPanelDock(m_regenPanel, QStringLiteral("regenDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_chartDock, m_regenDock);
    m_chartDock->raise();
    connect(m_regenPanel, &RegenPanel::showLayerRequested, this, &MainWindow::onRegenLayers);
    connect(m_regenPanel, &RegenPanel::sideBySideRequested, this, [this](const QString& a, const QString& b, const QString& field) {
        onRegenLayers(a, field);
        m_runPair = {a, b, field};
        m_sideBySideKey.clear();
        updateSideBySide();
    });
    // Tables need room: widen the right docks when the panel comes to the front.
    connect(m_regenDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_regenDock->isFloating()) return;
        if (m_regenDock->width() < 540) resizeDocks({m_regenDock}, {qMin(600, width() * 2 / 5)}, Qt::Horizontal);
        if (m_bookmarkDock->isVisible() && !m_bookmarkDock->isFloating() && dockWidgetArea(m_bookmarkDock) == dockWidgetArea(m_regenDock)
            && m_regenDock->height() < height() * 2 / 3)
            resizeDocks({m_regenDock, m_bookmarkDock}, {height() * 3 / 4, 110}, Qt::Vertical);
    });
    m_viewMenu->addAction(m_regenDock->toggleViewAction());
    m_regenAct = new QAction(this);
    m_regenAct->setObjectName(QStringLiteral("actionRegeneration"));
    m_regenAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_regenAct, &QAction::triggered, this, &MainWindow::showRegenPanel);
    m_toolsMenu->insertAction(m_settingsAct, m_regenAct);
    m_toolsMenu->insertSeparator(m_settingsAct);
}

void MainWindow::showRegenPanel()
{
    m_regenDock->show();
    m_regenDock->raise();
    m_regenPanel->setFocus();
}

void MainWindow::onRegenLayers(const QString& layer, const QString& field)
{
    ProjectStore* store = m_session.store();
    m_runPair.clear();
    if (!store) return;
    const QString keep = m_thematicPanel->activeLayer();
    m_composer.reset(store);
    m_layerPanel->setLayers(store->layers());
    m_thematicPanel->setProject(store);
    const bool show = !layer.isEmpty() && store->hasLayer(layer);
    if (show) m_layerPanel->setCurrentLayer(layer);
    m_thematicPanel->setActiveLayer(show ? layer : keep);
    if (show && !field.isEmpty()) {
        ThematicStyle style = m_thematicPanel->style();
        style.field = field;
        m_thematicPanel->applyStyle(style);   // a run's result shown, not a style edit
    }
    refreshMap();
    updateTitle();
}

void MainWindow::retranslateMapFeatures()
{
    m_timeDock->setWindowTitle(tr("Time"));
    m_chartDock->setWindowTitle(tr("Chart"));
    m_bookmarkDock->setWindowTitle(tr("Bookmarks"));
    m_regenDock->setWindowTitle(tr("Regeneration"));
    m_regenAct->setText(tr("&Regeneration Panel"));
    m_regenAct->setStatusTip(tr("Decline diagnosis, thematic indices, forecasts and what-if scenarios"));
    m_mapMenu->setTitle(tr("&Map"));
    m_exportAnimAct->setText(tr("Export &Animation…"));
    m_exportAnimAct->setStatusTip(tr("Export the map over a range of times as PNG frames (and an MP4 video with ffmpeg)"));
    m_basemapAct->setText(tr("&Background Map…"));
    m_basemapAct->setStatusTip(tr("Show a raster (GeoTIFF orthophoto, MBTiles) under the layers"));
    m_clearBasemapAct->setText(tr("&Remove Background Map"));
    m_zoomSelectionAct->setText(tr("Zoom to &Selection"));
    m_zoomSelectionAct->setIconText(tr("Zoom to Selection"));
    m_clearSelectionAct->setText(tr("C&lear Selection"));
    m_wgs84->setToolTip(tr("Latitude and longitude under the cursor (WGS 84)"));
    m_hover->setToolTip(tr("Unit and value under the cursor; click to chart it, Ctrl+click to add it"));
}

TimeController* MainWindow::timeController() const
{
    return m_thematicPanel->timeController();
}

ThematicChoice MainWindow::choice() const
{
    ThematicChoice c = m_thematicPanel->choice();
    TimeController* t = timeController();
    // The compare panel follows the active layer's time axis.
    if (m_compareTimes != t->times()) {
        m_compareTimes = t->times();
        m_comparePanel->setTimes(t->times(), t->timeKind());
    }
    m_comparePanel->setCurrentTime(c.time);
    if (m_comparePanel->mode() == CompareMode::Difference && !m_comparePanel->periodB().isEmpty()) {
        c.compare = CompareMode::Difference;
        c.periodA = m_comparePanel->periodA();
        c.periodB = m_comparePanel->periodB();
    }
    return c;
}

void MainWindow::updateLinkedViews(Composition& composition)
{
    const gis::ThematicLayer* active = m_composer.activeLayer();
    TimeController* t = timeController();
    m_picker.setData(active ? active->data : nullptr);
    if (active)
        m_chartPanel->setLayer(m_session.store(), m_thematicPanel->activeLayer(), active->field, t->times(), t->timeKind(),
                               active->data);
    else
        m_chartPanel->setLayer(m_session.store(), QString(), QString(), {}, TimeKind::None, nullptr);
    QStringList units;
    for (const QString& code : std::as_const(m_selection))
        if (m_picker.indexOfCode(code) >= 0) units << code;
    m_chartPanel->setUnits(units);
    m_chartPanel->setCurrentTime(t->currentTime());

    QVector<int> highlighted;
    for (const QString& code : m_chartPanel->highlighted())
        if (const int i = m_picker.indexOfCode(code); i >= 0) highlighted << i;
    for (gis::ThematicLayer& layer : composition.layers)
        if (active && layer.data == active->data && !layer.fills.isEmpty()) layer.selected = highlighted;
    m_zoomSelectionAct->setEnabled(!highlighted.isEmpty());
    m_clearSelectionAct->setEnabled(!m_selection.isEmpty());
    updateSideBySide();
}

void MainWindow::updateSideBySide()
{
    const ProjectStore* store = m_session.store();
    // Two regen runs side by side, while the map still shows run A's layer and field.
    if (store && !m_runPair.isEmpty()) {
        const ThematicChoice c = m_thematicPanel->choice();
        if (c.layer == m_runPair[0] && c.field == m_runPair[2] && store->hasLayer(m_runPair[1])) {
            const QString key = m_runPair.join(QLatin1Char('|')) + QLatin1Char('|') + c.classes + QLatin1Char('|')
                                + QString::number(m_canvas->width()) + QLatin1Char('x') + QString::number(m_canvas->height());
            if (key == m_sideBySideKey) return;
            m_sideBySideKey = key;
            gis::ThematicSpec spec;
            spec.layer = m_runPair[0];
            spec.field = m_runPair[2];
            spec.classes = c.classes;
            gis::MapDecorations decorations;
            decorations.legend = decorations.scaleBar = decorations.northArrow = true;
            auto image = gis::renderLayersSideBySide(*store, spec, m_runPair[1], QString(), m_canvas->size(), decorations);
            if (image) {
                m_canvas->setOverlay(image.value());
                return;
            }
            statusBar()->showMessage(tr("Side by side: %1").arg(image.errorMessage()), 10000);
        }
        m_runPair.clear();
    }
    if (!store || m_comparePanel->mode() != CompareMode::SideBySide || m_comparePanel->periodB().isEmpty()) {
        m_sideBySideKey.clear();
        m_canvas->setOverlay(QImage());
        return;
    }
    const ThematicChoice c = m_thematicPanel->choice();
    gis::ThematicSpec spec;
    spec.layer = c.layer;
    spec.field = c.field;
    spec.time = m_comparePanel->periodA();
    spec.classes = c.classes;
    const QString key = QStringList{spec.layer, spec.field, spec.time, spec.classes, m_comparePanel->periodB(),
                                    QString::number(m_canvas->width()), QString::number(m_canvas->height())}
                            .join(QLatin1Char('|'));
    if (key == m_sideBySideKey) return;
    m_sideBySideKey = key;
    gis::MapDecorations decorations;
    decorations.legend = true;
    decorations.scaleBar = true;
    decorations.northArrow = true;
    auto image = gis::renderSideBySide(*store, spec, m_comparePanel->periodB(), m_canvas->size(), decorations);
    if (!image) {
        m_canvas->setOverlay(QImage());
        statusBar()->showMessage(tr("Side by side: %1").arg(image.errorMessage()), 10000);
        return;
    }
    m_canvas->setOverlay(image.value());
}

// --- Status bar ----------------------------------------------------------------------------

QString MainWindow::wgs84Text(const QPointF& map)
{
    // PROJ objects are not shared between threads: this runs on the GUI thread only.
    static std::unique_ptr<gis::CoordinateTransform> transform;
    static bool tried = false;
    if (!tried) {
        tried = true;
        auto created = gis::CoordinateTransform::create(QString::fromLatin1(gis::kAnalysisCrs), QStringLiteral("EPSG:4326"));
        if (created) transform = std::make_unique<gis::CoordinateTransform>(std::move(created).value());
    }
    if (!transform) return {};
    const QPointF lonLat = transform->transform(map);   // traditional GIS order: x = longitude
    if (std::isnan(lonLat.x()) || std::isnan(lonLat.y())) return {};
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    return tr("%1° %2 %3° %4 (WGS 84)")
        .arg(c.toString(std::abs(lonLat.y()), 'f', 5), lonLat.y() >= 0 ? tr("N") : tr("S"),
             c.toString(std::abs(lonLat.x()), 'f', 5), lonLat.x() >= 0 ? tr("E") : tr("W"));
}

QString MainWindow::wgs84Text() const
{
    return m_wgs84->text();
}

QString MainWindow::hoverText() const
{
    return m_hover->text();
}

void MainWindow::onCursorMoved(const QPointF& map)
{
    if (!m_canvas->overlay().isNull()) {   // side by side: the picture has its own layout
        m_coordinates->clear();
        m_wgs84->clear();
        m_hover->clear();
        return;
    }
    m_coordinates->setText(MapCanvas::coordinateText(map));
    m_wgs84->setText(wgs84Text(map));
    const gis::ThematicLayer* active = m_composer.activeLayer();
    const gis::FeatureLayerData* data = m_picker.data();
    if (!active || !data || data != active->data.get()) {
        m_hover->clear();
        return;
    }
    const int i = m_picker.featureAt(map, 4 * m_canvas->view().metresPerPixel());
    if (i < 0) {
        m_hover->clear();
        return;
    }
    const QString label = i < data->labels.size() && !data->labels.at(i).isEmpty() ? data->labels.at(i) : data->codes.value(i);
    const double v = active->values.value(i, missingValue());
    const QString value = isMasked(v) ? tr("masked") : std::isnan(v) ? tr("no data") : gis::formatNumber(v);
    m_hover->setText(tr("%1 (%2): %3").arg(label, data->codes.value(i), value));
}

// --- Selection -------------------------------------------------------------------------------

void MainWindow::setSelectedUnits(const QStringList& codes)
{
    m_selection = codes;
    refreshMap();
}

QVector<int> MainWindow::selectedFeatures() const
{
    const gis::ThematicLayer* active = m_composer.activeLayer();
    if (!active) return {};
    for (const gis::ThematicLayer& layer : m_canvas->layers())
        if (layer.data == active->data && !layer.fills.isEmpty()) return layer.selected;
    return {};
}

void MainWindow::selectAt(const QPointF& map, Qt::KeyboardModifiers modifiers)
{
    const gis::FeatureLayerData* data = m_picker.data();
    if (!data || !m_canvas->overlay().isNull()) return;
    const int i = m_picker.featureAt(map, 4 * m_canvas->view().metresPerPixel());
    const QString code = i >= 0 ? data->codes.value(i) : QString();
    QStringList selection = m_selection;
    if (modifiers & (Qt::ControlModifier | Qt::MetaModifier)) {
        if (code.isEmpty()) return;
        if (selection.contains(code)) selection.removeAll(code);
        else selection << code;
    } else {
        selection = code.isEmpty() ? QStringList() : QStringList{code};
    }
    setSelectedUnits(selection);
}

void MainWindow::zoomToSelection()
{
    Envelope e = m_picker.envelopeOf(selectedFeatures());
    if (e.isNull()) return;
    // Some room around a single unit.
    const double pad = qMax(e.width(), e.height()) * 0.25 + 100;
    e = Envelope{e.minX - pad, e.minY - pad, e.maxX + pad, e.maxY + pad};
    m_canvas->zoomToExtent(e);
}

// --- Bookmarks -------------------------------------------------------------------------------

QJsonObject MainWindow::captureViewState() const
{
    QJsonObject state;
    const gis::MapView view = m_canvas->view();
    state.insert(QStringLiteral("center"), QJsonArray{view.center().x(), view.center().y()});
    state.insert(QStringLiteral("metresPerPixel"), view.metresPerPixel());
    // The size it was seen at: presentation mode fits the same area to the projector.
    state.insert(QStringLiteral("viewSize"), QJsonArray{view.size().width(), view.size().height()});
    const ThematicChoice c = m_thematicPanel->choice();
    state.insert(QStringLiteral("layer"), c.layer);
    state.insert(QStringLiteral("field"), c.field);
    state.insert(QStringLiteral("time"), c.time);
    state.insert(QStringLiteral("timeLabel"), timeController()->labelText());
    state.insert(QStringLiteral("classes"), c.classes);
    QJsonArray visible;
    if (const ProjectStore* store = m_session.store())
        for (const LayerInfo& l : store->layers())
            if (l.visible) visible.append(l.name);
    state.insert(QStringLiteral("visible"), visible);
    state.insert(QStringLiteral("selection"), QJsonArray::fromStringList(m_selection));
    return state;
}

void MainWindow::applyViewState(const QJsonObject& state)
{
    ProjectStore* store = m_session.store();
    if (!store) return;
    if (state.contains(QStringLiteral("visible"))) {
        QStringList visible;
        for (const QJsonValue& v : state.value(QStringLiteral("visible")).toArray()) visible << v.toString();
        bool changed = false;
        for (const LayerInfo& l : store->layers()) {
            const bool want = visible.contains(l.name);
            if (want == l.visible) continue;
            if (Result<void> r = store->setLayerVisible(l.name, want); !r) {
                showError(tr("Cannot change the layer"), r.errorMessage());
                return;
            }
            changed = true;
        }
        if (changed) {
            m_layerPanel->setLayers(store->layers());
            m_session.notifyEdited();
        }
    }
    const QString layer = state.value(QStringLiteral("layer")).toString();
    if (!layer.isEmpty()) m_thematicPanel->setActiveLayer(layer);
    // Field and classes at once, not recorded as a style edit (going to a view is not an edit).
    ThematicStyle style = m_thematicPanel->style();
    const QString field = state.value(QStringLiteral("field")).toString();
    if (!field.isEmpty()) style.field = field;
    const QString classes = state.value(QStringLiteral("classes")).toString();
    if (!classes.isEmpty()) style.classes = classes;
    if (style != m_thematicPanel->style()) m_thematicPanel->applyStyle(style);
    const int t = int(timeController()->times().indexOf(state.value(QStringLiteral("time")).toString()));
    if (t >= 0) timeController()->setIndex(t);
    m_selection.clear();
    for (const QJsonValue& v : state.value(QStringLiteral("selection")).toArray()) m_selection << v.toString();
    const QJsonArray centre = state.value(QStringLiteral("center")).toArray();
    const double mpp = state.value(QStringLiteral("metresPerPixel")).toDouble();
    if (centre.size() == 2 && mpp > 0 && !m_canvas->size().isEmpty())
        m_canvas->setView(gis::MapView(QPointF(centre.at(0).toDouble(), centre.at(1).toDouble()), mpp, m_canvas->size()));
    refreshMap();
}

// --- Opacity and background ------------------------------------------------------------------

void MainWindow::onLayerOpacity(const QString& name, double opacity)
{
    ProjectStore* store = m_session.store();
    if (!store) return;
    const std::optional<LayerInfo> info = store->layer(name);
    if (!info) return;
    QJsonObject style = info->style;
    style.insert(QStringLiteral("opacity"), opacity);
    const LayerDisplay before = LayerDisplay::of(*store);
    if (Result<void> r = store->setLayerStyle(name, style); !r) {
        showError(tr("Cannot change the layer"), r.errorMessage());
        return;
    }
    // One undo step per layer while its slider moves.
    m_undo->recordLayers(tr("Change Opacity of “%1”").arg(name), before, QStringLiteral("opacity:") + name);
    m_session.notifyEdited();
    refreshMap();
}

void MainWindow::chooseBasemap()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Background Map"), QString(),
        tr("Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;All files (*)"));
    if (!path.isEmpty()) setBasemapFile(path);
}

bool MainWindow::setBasemapFile(const QString& path, bool remember)
{
    auto rememberIt = [this, remember](const QString& file) {
        ProjectStore* store = m_session.store();
        if (!remember || !store || store->isReadOnly()) return;
        QString stored = file;
        if (!file.isEmpty() && !store->isUntitled())
            stored = QFileInfo(store->filePath()).absoluteDir().relativeFilePath(QFileInfo(file).absoluteFilePath());
        if (stored == store->metaValue(QStringLiteral("basemap"))) return;
        if (store->setMetaValue(QStringLiteral("basemap"), stored)) m_session.notifyEdited();
    };
    if (path.isEmpty()) {
        m_canvas->setBasemap(nullptr);
        m_clearBasemapAct->setEnabled(false);
        rememberIt({});
        return true;
    }
    auto opened = gis::Basemap::open(path);
    if (!opened) {
        showError(tr("Cannot open the background map"), opened.errorMessage());
        return false;
    }
    m_canvas->setBasemap(opened.value());
    m_clearBasemapAct->setEnabled(true);
    rememberIt(path);
    statusBar()->showMessage(tr("Background map: %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::restoreBasemap()
{
    const ProjectStore* store = m_session.store();
    const QString stored = store ? store->metaValue(QStringLiteral("basemap")) : QString();
    if (stored.isEmpty()) {
        setBasemapFile({}, false);
        return;
    }
    const QString file = store->isUntitled() || QFileInfo(stored).isAbsolute()
                             ? stored
                             : QFileInfo(store->filePath()).absoluteDir().absoluteFilePath(stored);
    if (!QFileInfo::exists(file)) {
        setBasemapFile({}, false);
        // After the "Opened …" message of the open that called us.
        const QString message = tr("The project's background map was not found: %1").arg(QDir::toNativeSeparators(file));
        QTimer::singleShot(0, this, [this, message] { statusBar()->showMessage(message, 10000); });
        return;
    }
    setBasemapFile(file, false);
}

// --- Animation export ------------------------------------------------------------------------

AnimationExporter* MainWindow::exportAnimation(const AnimationOptions& options, int first, int last)
{
    const gis::ThematicLayer* active = m_composer.activeLayer();
    TimeController* t = timeController();
    AnimationInput input;
    input.store = m_session.store();
    const ThematicChoice c = m_thematicPanel->choice();
    input.spec.layer = c.layer;
    input.spec.field = active ? active->field : c.field;
    input.spec.classes = c.classes;
    first = qMax(0, first);
    last = qMin(int(t->times().size()) - 1, last);
    if (last >= first) input.times = t->times().mid(first, last - first + 1);
    input.kind = t->timeKind();
    input.request.view = m_canvas->view();
    input.request.layers = m_canvas->layers();
    input.request.decorations = m_canvas->decorations();
    input.request.basemap = m_canvas->basemap();
    for (int i = 0; active && i < input.request.layers.size(); ++i)
        if (input.request.layers.at(i).data == active->data && !input.request.layers.at(i).fills.isEmpty()) input.activeIndex = i;
    // A comparison on screen is what the frames show.
    const CompareMode compare = m_comparePanel->mode();
    if (compare != CompareMode::None && !m_comparePanel->periodB().isEmpty() && !input.times.isEmpty()) {
        QString error;
        if (!AnimationExporter::comparePeriods(t->times(), t->timeKind(), m_comparePanel->span(), input.times,
                                               m_comparePanel->periodA(), m_comparePanel->periodB(), options.followB,
                                               &input.periodsA, &input.periodsB, &error)) {
            showError(tr("Cannot export the animation"), error);
            return nullptr;
        }
        input.compare = compare;
    }
    if (!m_exporter) {
        m_exporter = new AnimationExporter(this);
        connect(m_exporter, &AnimationExporter::finished, this, [this](bool ok, const QString& message) {
            statusBar()->showMessage(message, 10000);
            if (!ok && !m_exporter->wasCancelled()) showError(tr("Cannot export the animation"), message);
        });
    }
    QString error;
    if (!m_exporter->start(input, options, &error)) {
        showError(tr("Cannot export the animation"), error);
        return nullptr;
    }
    return m_exporter;
}

void MainWindow::showAnimationDialog()
{
    TimeController* t = timeController();
    if (t->times().isEmpty()) {
        showError(tr("Cannot export the animation"), tr("The thematic layer shown has no time axis."));
        return;
    }
    timeController()->setPlaying(false);
    AnimationDialog dialog(t->times(), t->timeKind(), t->index(), m_canvas->size(), this);
    if (m_comparePanel->mode() != CompareMode::None && !m_comparePanel->periodB().isEmpty()) {
        const QString b = ComparePanel::periodLabel(m_comparePanel->periodB(), t->timeKind());
        dialog.setComparison(m_comparePanel->mode() == CompareMode::Difference ? tr("Difference map A − B, B = %1").arg(b)
                                                                              : tr("Side by side A | B, B = %1").arg(b));
    }
    if (dialog.exec() != QDialog::Accepted) return;
    AnimationExporter* exporter = exportAnimation(dialog.options(), dialog.firstIndex(), dialog.lastIndex());
    if (!exporter) return;
    auto* progress = new QProgressDialog(tr("Exporting the animation…"), tr("Cancel"), 0,
                                         dialog.lastIndex() - dialog.firstIndex() + 1, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    connect(exporter, &AnimationExporter::progress, progress, [progress](int done, int) { progress->setValue(done); });
    connect(exporter, &AnimationExporter::finished, progress, &QProgressDialog::close);
    connect(progress, &QProgressDialog::canceled, exporter, &AnimationExporter::cancel);
    progress->show();
}

}  // namespace dosi::desktop
