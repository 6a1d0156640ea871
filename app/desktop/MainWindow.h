#pragma once
// MainWindow: Dosi's main window. Wires the project session, the map canvas, the layer
// panel and the thematic controls together, and owns the menus (File, View, Tools, Help).
// Dialogs that would block (errors, "save changes?", file choosers) go through virtual
// methods so that tests can answer them.

#include "FeaturePicker.h"
#include "MapComposer.h"
#include "ProjectSession.h"
#include "RecentFiles.h"

#include <QJsonObject>
#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace dosi::desktop {

class AnimationExporter;
struct AnimationOptions;
class BookmarkPanel;
class ChartPanel;
class ComparePanel;
class TimeController;
class ImportWizard;
class LanguageManager;
class LayerPanel;
class LocationPanel;
class MapCanvas;
class PresentationMode;
class RegenPanel;
class ThematicPanel;
class UndoHistory;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit MainWindow(LanguageManager* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // File operations; each reports failures through showError() and returns success.
    bool newProject();                        // asks to save unsaved changes first
    bool openProject(const QString& path);    // asks to save unsaved changes first
    bool saveProject();                       // untitled -> asks for a path
    bool saveProjectAs(const QString& path);
    // File → Import…: opens the import wizard (window-modal, not blocking) and returns it.
    ImportWizard* showImportWizard();

    ProjectSession* session() { return &m_session; }
    MapCanvas* canvas() const { return m_canvas; }
    LayerPanel* layerPanel() const { return m_layerPanel; }
    ThematicPanel* thematicPanel() const { return m_thematicPanel; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // Edit > Undo / Redo (MainWindowUndo.cpp): bookmarks, layer visibility, order and opacity, thematic style.
    UndoHistory* undoHistory() const { return m_undo; }
    QMenu* editMenu() const { return m_editMenu; }
    QAction* undoAction() const { return m_undoAct; }
    QAction* redoAction() const { return m_redoAct; }
    QString coordinateText() const;

    // Map features (MainWindowMap.cpp): time, comparison, chart, bookmarks, export, status bar.
    TimeController* timeController() const;
    ComparePanel* comparePanel() const { return m_comparePanel; }
    ChartPanel* chartPanel() const { return m_chartPanel; }
    BookmarkPanel* bookmarkPanel() const { return m_bookmarkPanel; }
    RegenPanel* regenPanel() const { return m_regenPanel; }
    void showRegenPanel();                           // shows and raises the regeneration dock
    LocationPanel* locationPanel() const { return m_locationPanel; }
    void showLocationPanel();                        // shows and raises the location-analysis dock
    QString wgs84Text() const;                       // status bar, e.g. "37.57012° N 126.98002° E (WGS 84)"
    QString hoverText() const;                       // unit and value under the cursor
    static QString wgs84Text(const QPointF& map);    // EPSG:5179 -> "lat° N lon° E (WGS 84)"
    QStringList selectedUnits() const { return m_selection; }
    void setSelectedUnits(const QStringList& codes);
    QVector<int> selectedFeatures() const;           // as drawn on the active layer
    void selectAt(const QPointF& map, Qt::KeyboardModifiers modifiers);   // as a click on the map
    QJsonObject captureViewState() const;            // what a bookmark stores
    void applyViewState(const QJsonObject& state);
    void zoomToSelection();
    // Exports times [first, last] of the active layer; null (with an error shown) when it cannot start.
    AnimationExporter* exportAnimation(const AnimationOptions& options, int first, int last);
    // Empty = none; errors go to showError(). With `remember`, the project keeps the file (dosi_meta
    // "basemap", relative to the project's folder) and shows it again when reopened.
    bool setBasemapFile(const QString& path, bool remember = true);

    // Presentation mode (MainWindowPresentation.cpp): full screen, panels hidden, saved views
    // stepped with the keyboard; Esc leaves and restores the window as it was.
    void setPresentationMode(bool on);
    bool isPresenting() const;
    PresentationMode* presentation() const { return m_presentation; }

    // Reports and exports (MainWindowOutput.cpp): File > Report… and File > Export…; the work
    // runs on a worker thread with progress and cancel.
    void showReportDialog();
    void showExportDialog();

protected:
    virtual void showError(const QString& title, const QString& message);
    virtual SaveChoice askSaveChanges();
    virtual QString askOpenPath();
    virtual QString askSavePath();

    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    QDockWidget* addPanelDock(QWidget* panel, const QString& objectName, Qt::DockWidgetArea area);
    void retranslateUi();
    void updateTitle();
    void updateRecentMenu();
    bool maybeSave();
    bool openWithoutAsking(const QString& path);

    void onProjectReplaced();
    void onLayerImported(const QString& name);
    void onLayerVisibility(const QString& name, bool visible);
    void onLayerOrder(const QStringList& bottomToTop);
    void onCurrentLayer(const QString& name);
    void refreshMap();
    void updatePlaceholder();
    void zoomToCurrentLayer();
    void zoomToFull();
    void showSettings();
    void showAbout();

    // MainWindowMap.cpp
    void createMapFeatures();
    ThematicChoice choice() const;                   // the thematic panel's, with the comparison
    void retranslateMapFeatures();
    void onCursorMoved(const QPointF& map);
    void onLayerOpacity(const QString& name, double opacity);
    void updateLinkedViews(Composition& composition);   // chart, compare panel, selection on the map
    void updateSideBySide();
    void showAnimationDialog();
    void chooseBasemap();
    void restoreBasemap();   // the project's background map (dosi_meta "basemap"), if its file is there
    void createRegenPanel();
    void onRegenLayers(const QString& layer, const QString& field);   // a run was stored or removed

    // MainWindowLocation.cpp
    void createLocationPanel();
    void retranslateLocation();
    void onLocationLayers(const QString& layer, const QString& field, const QString& classes);
    void createPresentation();       // MainWindowPresentation.cpp
    void retranslatePresentation();
    void createOutputActions();      // MainWindowOutput.cpp
    void retranslateOutput();
    void createUndo();               // MainWindowUndo.cpp
    void retranslateUndo();

    LanguageManager* m_language;
    ProjectSession m_session;
    MapComposer m_composer;
    RecentFiles m_recent;
    Envelope m_fullExtent = Envelope::null();

    MapCanvas* m_canvas = nullptr;
    LayerPanel* m_layerPanel = nullptr;
    ThematicPanel* m_thematicPanel = nullptr;
    QDockWidget* m_layerDock = nullptr;
    QDockWidget* m_thematicDock = nullptr;
    QToolBar* m_fileToolBar = nullptr;
    QToolBar* m_mapToolBar = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_wgs84 = nullptr;
    QLabel* m_hover = nullptr;
    ComparePanel* m_comparePanel = nullptr;
    ChartPanel* m_chartPanel = nullptr;
    BookmarkPanel* m_bookmarkPanel = nullptr;
    QDockWidget* m_timeDock = nullptr;
    QDockWidget* m_chartDock = nullptr;
    QDockWidget* m_bookmarkDock = nullptr;
    RegenPanel* m_regenPanel = nullptr;
    QDockWidget* m_regenDock = nullptr;
    QAction* m_regenAct = nullptr;
    LocationPanel* m_locationPanel = nullptr;
    QDockWidget* m_locationDock = nullptr;
    QAction* m_locationAct = nullptr;
    PresentationMode* m_presentation = nullptr;
    QAction* m_presentAct = nullptr;
    QAction* m_reportAct = nullptr;
    QAction* m_exportAct = nullptr;
    QMenu* m_mapMenu = nullptr;
    QAction* m_exportAnimAct = nullptr;
    QAction* m_basemapAct = nullptr;
    QAction* m_clearBasemapAct = nullptr;
    QAction* m_zoomSelectionAct = nullptr;
    QAction* m_clearSelectionAct = nullptr;
    AnimationExporter* m_exporter = nullptr;
    FeaturePicker m_picker;
    QStringList m_selection;                         // unit codes (linked map and chart selection)
    QString m_sideBySideKey;
    QStringList m_runPair;   // {layer A, layer B, field}: two regen runs side by side (until the map choice changes)
    mutable QStringList m_compareTimes;              // the axis the compare panel was given                         // what the side-by-side image shows

    UndoHistory* m_undo = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undoAct = nullptr;
    QAction* m_redoAct = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_newAct = nullptr;
    QAction* m_openAct = nullptr;
    QAction* m_saveAct = nullptr;
    QAction* m_saveAsAct = nullptr;
    QAction* m_importAct = nullptr;
    QAction* m_clearRecentAct = nullptr;
    QAction* m_quitAct = nullptr;
    QAction* m_zoomInAct = nullptr;
    QAction* m_zoomOutAct = nullptr;
    QAction* m_zoomLayerAct = nullptr;
    QAction* m_zoomFullAct = nullptr;
    QAction* m_settingsAct = nullptr;
    QAction* m_aboutAct = nullptr;
};

}  // namespace dosi::desktop
