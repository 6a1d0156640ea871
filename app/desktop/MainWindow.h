#pragma once
// MainWindow: Dosi's main window. Wires the project session, the map canvas, the layer
// panel and the thematic controls together, and owns the menus (File, View, Tools, Help).
// Dialogs that would block (errors, "save changes?", file choosers) go through virtual
// methods so that tests can answer them.

#include "MapComposer.h"
#include "ProjectSession.h"
#include "RecentFiles.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace dosi::desktop {

class ImportWizard;
class LanguageManager;
class LayerPanel;
class MapCanvas;
class ThematicPanel;

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
    QString coordinateText() const;

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
