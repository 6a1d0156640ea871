// MainWindow, location analysis: the dock, its menu action, candidate sites drawn on the map and
// the result layers of a run shown on the map.
#include "MainWindow.h"

#include "LocationPanel.h"
#include "LocationScenarioEditor.h"
#include "MapCanvas.h"
#include "RegenPanel.h"
#include "ThematicPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace dosi::desktop {

void MainWindow::createLocationPanel()
{
    m_locationPanel = new LocationPanel(&m_session, this);
    m_locationPanel->setErrorHandler([this](const QString& title, const QString& message) { showError(title, message); });
    m_locationDock = addPanelDock(m_locationPanel, QStringLiteral("locationDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_regenDock ? m_regenDock : m_chartDock, m_locationDock);
    m_chartDock->raise();
    connect(m_locationPanel, &LocationPanel::showLayersRequested, this, &MainWindow::onLocationLayers);
    // A regeneration run adds layers the scenario may use (and the other way round, onLocationLayers).
    connect(m_regenPanel, &RegenPanel::showLayerRequested, m_locationPanel, &LocationPanel::layersChanged);

    // Candidate sites drawn on the map: while drawing, a click adds a site instead of selecting a unit.
    connect(m_locationPanel, &LocationPanel::drawingChanged, this, [this](bool on) {
        m_canvas->setPickMode(on);
        if (on) statusBar()->showMessage(tr("Click on the map to add candidate sites; drag to pan. Press \"Draw on map\" again to stop."));
        else statusBar()->clearMessage();
    });
    connect(m_canvas, &MapCanvas::pointPicked, m_locationPanel, &LocationPanel::addDrawnCandidate);
    connect(m_locationPanel, &LocationPanel::markersChanged, m_canvas, &MapCanvas::setMarkers);

    // Tables need room: widen the right docks when the panel comes to the front.
    connect(m_locationDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible) m_locationPanel->scenarioEditor()->setDrawing(false);   // clicks select units again
        if (!visible || m_locationDock->isFloating()) return;
        if (m_locationDock->width() < 540) resizeDocks({m_locationDock}, {qMin(600, width() * 2 / 5)}, Qt::Horizontal);
    });
    m_viewMenu->addAction(m_locationDock->toggleViewAction());
    m_locationAct = new QAction(this);
    m_locationAct->setObjectName(QStringLiteral("actionLocation"));
    m_locationAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_locationAct, &QAction::triggered, this, &MainWindow::showLocationPanel);
    // Next to the regeneration panel in the Tools menu.
    const QList<QAction*> tools = m_toolsMenu->actions();
    const qsizetype after = m_regenAct ? tools.indexOf(m_regenAct) : -1;
    m_toolsMenu->insertAction(after >= 0 && after + 1 < tools.size() ? tools.at(after + 1) : m_settingsAct, m_locationAct);
}

void MainWindow::showLocationPanel()
{
    m_locationDock->show();
    m_locationDock->raise();
    m_locationPanel->setFocus();
}

void MainWindow::onLocationLayers(const QString& layer, const QString& field, const QString& classes)
{
    m_regenPanel->layersChanged();
    onRegenLayers(layer, field);   // refreshes the layer list and the map, shows `layer` with `field`
    if (!layer.isEmpty() && !classes.isEmpty() && m_thematicPanel->activeLayer() == layer) m_thematicPanel->setClasses(classes);
}

void MainWindow::retranslateLocation()
{
    m_locationDock->setWindowTitle(tr("Location analysis"));
    m_locationAct->setText(tr("&Location Analysis Panel"));
    m_locationAct->setStatusTip(tr("Where to put CCTVs, EV chargers or fire stations: LSCP, MCLP, p-median and p-center"));
}

}  // namespace dosi::desktop
