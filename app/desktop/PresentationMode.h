#pragma once
// PresentationMode: the main window on a projector. Entering makes the window full screen with
// only the map: menus, toolbars, status bar and every dock hidden; the map gets a near-black
// background with larger, high-contrast decorations (legend, scale bar, north arrow, source line)
// and a slim title band (PresentationOverlay). The project's saved views (bookmarks) are stepped
// with the keyboard or a presenter's clicker:
//   Right, Down, PageDown, N   next view          Left, Up, PageUp, P   previous view
//   Home, End                  first, last view   Space                 play / pause the time axis
//   Esc, F5                    leave; the window comes back exactly as it was (geometry, maximized or
//                              not, docks and toolbars where they were).
// Without bookmarks the current view is the only one (the keys say so in the hint).

#include "MapCanvas.h"
#include "PresentationOverlay.h"

#include "dosi/gis/MapRenderer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QVariantAnimation;
class QWidget;

namespace dosi::desktop {

class MainWindow;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    explicit PresentationMode(MainWindow* window);
    ~PresentationMode() override;

    void enter();
    void leave();
    bool isActive() const { return m_active; }

    // Saved views: the project's bookmarks in their order.
    QStringList views() const;
    // Index into views() of the view shown; -1 = the view shown on entering (not a saved one).
    int currentView() const { return m_index; }
    bool goToView(int index);       // false for an index out of range
    bool stepView(int delta);       // +1 next, -1 previous; false at either end or without views
    // The keys of presentation mode; true when the key was used.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

    PresentationOverlay* overlay() const { return m_overlay; }
    PresentationOverlay::Content bandContent() const;   // what the band shows now

    // How the map looks on a screen of `size`.
    static MapCanvas::Look look(const QSize& size);
    // The map as a screen of `size` shows it in presentation mode (the canvas's visible extent fitted to
    // it, with the band and hint), whether or not presentation mode is on. `boxes` receives where the
    // decorations went.
    QImage renderFrame(const QSize& size, gis::DecorationBoxes* boxes = nullptr) const;

    void retranslate();
    static constexpr int HintMs = 4000;   // the key hint shows this long, then fades
    static constexpr int CursorIdleMs = 2500;   // the mouse pointer hides after this long without moving
    bool cursorHidden() const { return m_cursorHidden; }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isPresentationKey(int key, Qt::KeyboardModifiers modifiers) const;
    void updateBand();
    void updateLook();
    void flashHint(const QString& text);
    QString keyHint() const;
    QString sourceLine() const;
    void fitBookmarkExtent(const QString& name);
    void setCursorHidden(bool hidden);

    // While the canvas changes size for presentation mode (and back), it keeps showing the same
    // extent rather than the same scale: the map fills the projector.
    bool m_fitOnResize = false;
    QTimer m_fitEnd;
    QSize m_normalCanvas;   // the canvas size before entering (bookmarks were saved at about this size)
    gis::MapView m_viewBefore;    // the view before entering
    gis::MapView m_restoreView;   // leaving without having moved: this view comes back exactly

    MainWindow* m_window;
    PresentationOverlay* m_overlay = nullptr;
    bool m_active = false;
    int m_index = -1;
    QString m_hint;
    QTimer m_hintTimer;
    QTimer m_cursorTimer;
    bool m_cursorHidden = false;
    QVariantAnimation* m_fade = nullptr;

    // The window as it was before entering.
    QByteArray m_geometry;
    QByteArray m_state;
    Qt::WindowStates m_windowState;
    bool m_menuBarShown = true;
    bool m_statusBarShown = true;
    QList<QPointer<QWidget>> m_shown;   // docks and toolbars that were not hidden
    QPointer<QWidget> m_focus;
};

}  // namespace dosi::desktop
