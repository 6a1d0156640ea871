// PresentationMode: full screen, panels hidden, saved views stepped with the keyboard.
#include "PresentationMode.h"

#include "BookmarkPanel.h"
#include "MainWindow.h"
#include "ThematicPanel.h"
#include "TimeController.h"

#include "dosi/gis/FlowMap.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QResizeEvent>
#include <QScreen>
#include <QKeyEvent>
#include <QLineF>
#include <QMenuBar>
#include <QPainter>
#include <QStatusBar>
#include <QToolBar>
#include <QVariantAnimation>
#include <QWindow>

namespace dosi::desktop {

PresentationMode::PresentationMode(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("presentationMode"));
    m_overlay = new PresentationOverlay(window->canvas());
    m_overlay->hide();
    m_fitEnd.setSingleShot(true);
    m_fitEnd.setInterval(1500);
    connect(&m_fitEnd, &QTimer::timeout, this, [this] {
        m_fitOnResize = m_active;
        if (!m_active) m_restoreView = gis::MapView();
    });
    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(CursorIdleMs);
    connect(&m_cursorTimer, &QTimer::timeout, this, [this] { setCursorHidden(m_active); });
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setInterval(HintMs);
    m_fade = new QVariantAnimation(this);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    m_fade->setDuration(900);
    connect(&m_hintTimer, &QTimer::timeout, m_fade, [this] { m_fade->start(); });
    connect(m_fade, &QVariantAnimation::valueChanged, m_overlay,
            [this](const QVariant& v) { m_overlay->setHintOpacity(v.toDouble()); });

    // The band follows the time axis while playing and the thematic choice.
    connect(window->timeController(), &TimeController::indexChanged, this, [this] { updateBand(); });
    connect(window->thematicPanel(), &ThematicPanel::choiceChanged, this, [this] { updateBand(); });
    connect(window->canvas(), &MapCanvas::frameRendered, this, [this] {
        if (m_active) updateBand();   // the layer title comes from what is drawn
    });
    window->canvas()->installEventFilter(this);   // resizes: band and look follow the screen
    window->installEventFilter(this);             // closing while presenting: leave first
}

PresentationMode::~PresentationMode()
{
    if (m_active) qApp->removeEventFilter(this);
    setCursorHidden(false);
}

// The pointer is hidden on the projector until the mouse moves; it hides again after a pause.
void PresentationMode::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden) return;
    m_cursorHidden = hidden;
    if (hidden) QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    else QGuiApplication::restoreOverrideCursor();
}

// --- Entering and leaving -----------------------------------------------------------------

void PresentationMode::enter()
{
    if (m_active) return;
    MainWindow* w = m_window;
    m_geometry = w->saveGeometry();
    m_state = w->saveState();
    m_windowState = w->windowState();
    m_menuBarShown = !w->menuBar()->isHidden();
    m_statusBarShown = !w->statusBar()->isHidden();
    m_focus = QApplication::focusWidget();
    m_shown.clear();
    const auto docks = w->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    const auto bars = w->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* d : docks)
        if (!d->isHidden()) m_shown << d;
    for (QToolBar* t : bars)
        if (!t->isHidden()) m_shown << t;

    m_active = true;
    m_normalCanvas = w->canvas()->size();
    m_viewBefore = w->canvas()->view();
    m_restoreView = gis::MapView();
    m_fitOnResize = true;
    m_fitEnd.stop();
    for (QDockWidget* d : docks) d->hide();
    for (QToolBar* t : bars) t->hide();
    w->menuBar()->hide();
    w->statusBar()->hide();

    // The view that is a saved one, when the presenter had picked it.
    m_index = int(views().indexOf(w->bookmarkPanel()->current()));
    qApp->installEventFilter(this);
    w->showFullScreen();
    // Without a window manager (a bare X server, some kiosk set-ups) full screen is only a request:
    // then cover the screen ourselves.
    QTimer::singleShot(500, this, [this] {
        QScreen* screen = m_window->screen();
        if (!m_active || !screen || m_window->geometry() == screen->geometry()) return;
        m_window->setGeometry(screen->geometry());
        m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);   // setGeometry() dropped it
    });
    updateLook();
    m_overlay->setGeometry(w->canvas()->rect());
    m_overlay->show();
    m_overlay->raise();
    w->canvas()->setFocus(Qt::OtherFocusReason);
    m_cursorTimer.start();
    flashHint(keyHint());
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active) return;
    MainWindow* w = m_window;
    m_active = false;
    m_fitEnd.start();   // keeps the extent while the canvas shrinks back
    // Fitting keeps the centre: an unchanged centre means the presenter did not move the map.
    const gis::MapView now = w->canvas()->view();
    if (m_viewBefore.isValid() && now.isValid() && QLineF(now.center(), m_viewBefore.center()).length() < 1e-6 * now.metresPerPixel())
        m_restoreView = m_viewBefore;
    qApp->removeEventFilter(this);
    m_cursorTimer.stop();
    setCursorHidden(false);
    m_hintTimer.stop();
    m_fade->stop();
    m_overlay->hide();
    w->canvas()->setLook(MapCanvas::Look());

    w->menuBar()->setVisible(m_menuBarShown);
    w->statusBar()->setVisible(m_statusBarShown);
    for (const QPointer<QWidget>& widget : std::as_const(m_shown))
        if (widget) widget->show();
    // Full screen off first: restoreGeometry() then puts back the normal geometry (or maximizes).
    w->setWindowState(m_windowState & ~Qt::WindowFullScreen);
    w->restoreGeometry(m_geometry);
    w->restoreState(m_state);   // dock places, sizes and tabs
    if (w->windowState() != m_windowState) w->setWindowState(m_windowState);
    if (m_focus) m_focus->setFocus(Qt::OtherFocusReason);
    emit activeChanged(false);
}

// --- Saved views ----------------------------------------------------------------------------

QStringList PresentationMode::views() const
{
    return m_window->bookmarkPanel()->names();
}

bool PresentationMode::goToView(int index)
{
    const QStringList names = views();
    if (index < 0 || index >= names.size()) return false;
    // A new view starts still: its bookmark holds the time to show.
    m_window->timeController()->setPlaying(false);
    if (!m_window->bookmarkPanel()->goTo(names.at(index))) return false;
    fitBookmarkExtent(names.at(index));
    m_index = index;
    updateBand();
    return true;
}

void PresentationMode::fitBookmarkExtent(const QString& name)
{
    // A bookmark keeps a centre and a scale; on the projector it shows the area it showed when saved
    // (at its "viewSize" when it has one, else at the window's size before presenting), filling the screen.
    const ProjectStore* store = m_window->session()->store();
    MapCanvas* canvas = m_window->canvas();
    if (!store || canvas->size().isEmpty()) return;
    for (const Bookmark& b : store->bookmarks()) {
        if (b.name != name) continue;
        const QJsonArray centre = b.state.value(QStringLiteral("center")).toArray();
        const QJsonArray saved = b.state.value(QStringLiteral("viewSize")).toArray();
        const double mpp = b.state.value(QStringLiteral("metresPerPixel")).toDouble();
        const QSize size = saved.size() == 2 ? QSize(saved.at(0).toInt(), saved.at(1).toInt()) : m_normalCanvas;
        if (centre.size() != 2 || !(mpp > 0) || size.isEmpty()) return;
        const gis::MapView then(QPointF(centre.at(0).toDouble(), centre.at(1).toDouble()), mpp, size);
        canvas->setView(gis::MapView::fit(then.extent(), canvas->size(), 0.0));
        return;
    }
}

bool PresentationMode::stepView(int delta)
{
    const int n = int(views().size());
    if (n == 0) {
        flashHint(tr("No saved views: the current view is the only one. Add bookmarks (Ctrl+B) to step through views."));
        return false;
    }
    const int target = m_index < 0 ? (delta > 0 ? 0 : -1) : m_index + delta;
    if (target < 0 || target >= n) {
        flashHint(target < 0 ? tr("First view") : tr("Last view — Esc leaves presentation mode"));
        return false;
    }
    if (!goToView(target)) return false;
    flashHint(QString());
    return true;
}

bool PresentationMode::isPresentationKey(int key, Qt::KeyboardModifiers modifiers) const
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
    switch (key) {
    case Qt::Key_Escape: case Qt::Key_F5:
    case Qt::Key_Right: case Qt::Key_Down: case Qt::Key_PageDown: case Qt::Key_N:
    case Qt::Key_Left: case Qt::Key_Up: case Qt::Key_PageUp: case Qt::Key_P:
    case Qt::Key_Home: case Qt::Key_End: case Qt::Key_Space:
        return true;
    default: return false;
    }
}

bool PresentationMode::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (!m_active || !isPresentationKey(key, modifiers)) return false;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F5: m_window->setPresentationMode(false); break;
    case Qt::Key_Right: case Qt::Key_Down: case Qt::Key_PageDown: case Qt::Key_N: stepView(+1); break;
    case Qt::Key_Left: case Qt::Key_Up: case Qt::Key_PageUp: case Qt::Key_P: stepView(-1); break;
    case Qt::Key_Home:
        if (views().isEmpty()) stepView(-1);
        else if (goToView(0)) flashHint(QString());
        break;
    case Qt::Key_End:
        if (views().isEmpty()) stepView(+1);
        else if (goToView(int(views().size()) - 1)) flashHint(QString());
        break;
    case Qt::Key_Space: {
        TimeController* t = m_window->timeController();
        if (t->times().size() <= 1) flashHint(tr("This layer has no time axis to play."));
        else t->setPlaying(!t->isPlaying());
        break;
    }
    default: return false;
    }
    return true;
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (watched == m_window->canvas() && type == QEvent::Resize) {
        // Runs before the canvas's own resize handling: its view still has the old size.
        MapCanvas* canvas = m_window->canvas();
        const QSize size = static_cast<QResizeEvent*>(event)->size();
        if (!m_active && m_restoreView.isValid() && !size.isEmpty()) {
            canvas->setView(gis::MapView(m_restoreView.center(), m_restoreView.metresPerPixel(), size));
            if (size == m_restoreView.size()) m_restoreView = gis::MapView();
        } else if (m_fitOnResize && canvas->view().isValid() && !size.isEmpty() && canvas->view().size() != size) {
            canvas->setView(gis::MapView::fit(canvas->view().extent(), size, 0.0));
        }
        if (m_active) {
            m_overlay->setGeometry(m_window->canvas()->rect());
            updateLook();
        }
        return false;
    }
    if (watched == m_window && type == QEvent::Close) {
        // Leave first, so that the window keeps (and saves) its normal layout.
        if (m_active) leave();
        return false;
    }
    if (m_active && type == QEvent::MouseMove) {
        setCursorHidden(false);
        m_cursorTimer.start();
        return false;
    }
    if (!m_active || (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)) return false;
    // Keys meant for the main window: sent to one of its widgets, or to its window.
    bool ours = false;
    if (auto* widget = qobject_cast<QWidget*>(watched)) ours = widget->window() == m_window;
    else if (auto* window = qobject_cast<QWindow*>(watched)) ours = window == m_window->windowHandle();
    if (!ours) return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (!isPresentationKey(key->key(), key->modifiers())) return false;
    if (type == QEvent::ShortcutOverride) {
        event->accept();   // a key press for us, not a shortcut (Esc clears the selection otherwise)
        return true;
    }
    return handleKey(key->key(), key->modifiers());
}

// --- Band, hint and look --------------------------------------------------------------------

PresentationOverlay::Content PresentationMode::bandContent() const
{
    PresentationOverlay::Content c;
    const ProjectStore* store = m_window->session()->store();
    c.project = store && !store->title().trimmed().isEmpty() ? store->title().trimmed() : m_window->session()->displayName();
    const QStringList names = views();
    c.view = m_index >= 0 && m_index < names.size() ? names.at(m_index) : tr("Current view");
    for (const gis::ThematicLayer& l : m_window->canvas()->layers())
        if (l.visible && !l.legend.entries.isEmpty()) c.layer = l.legend.title.section(QLatin1Char('\n'), 0, 0);
    const TimeController* t = m_window->timeController();
    if (!t->times().isEmpty()) c.time = t->labelText();
    if (names.isEmpty()) c.position = tr("%1 / %2").arg(1).arg(1);
    else if (m_index >= 0) c.position = tr("%1 / %2").arg(m_index + 1).arg(names.size());
    else c.position = tr("– / %1").arg(names.size());
    c.hint = m_hint;
    c.hintOpacity = m_overlay ? m_overlay->content().hintOpacity : 1.0;
    return c;
}

void PresentationMode::updateBand()
{
    if (m_active) m_overlay->setContent(bandContent());
}

void PresentationMode::flashHint(const QString& text)
{
    m_hint = text.isEmpty() ? keyHint() : text;
    m_fade->stop();
    PresentationOverlay::Content c = bandContent();
    c.hintOpacity = 1.0;
    m_overlay->setContent(c);
    m_hintTimer.start();
}

QString PresentationMode::keyHint() const
{
    if (views().isEmpty())
        return tr("No saved views: the current view is the only one  ·  Space: play / pause  ·  Esc: leave");
    return tr("→ / ←: next / previous view  ·  Space: play / pause  ·  Esc: leave");
}

QString PresentationMode::sourceLine() const
{
    const ProjectStore* store = m_window->session()->store();
    if (!store) return {};
    const std::optional<LayerInfo> info = store->layer(m_window->thematicPanel()->activeLayer());
    if (!info || info->source.isEmpty() || QFileInfo(info->source).suffix().isEmpty()) return {};
    return tr("Source: %1").arg(QFileInfo(info->source).fileName());
}

MapCanvas::Look PresentationMode::look(const QSize& size)
{
    MapCanvas::Look look;
    look.background = QColor(0x10, 0x10, 0x14);
    look.highContrast = true;
    look.decorationScale = 1.5;   // over the automatic size: legend text ~21 px at 768 lines, ~30 px at 1080
    look.topMargin = PresentationOverlay::bandRect(size).height();
    return look;
}

void PresentationMode::updateLook()
{
    MapCanvas* canvas = m_window->canvas();
    MapCanvas::Look l = look(canvas->size());
    l.sourceLine = sourceLine();
    canvas->setLook(l);
}

QImage PresentationMode::renderFrame(const QSize& size, gis::DecorationBoxes* boxes) const
{
    const MapCanvas* canvas = m_window->canvas();
    gis::RenderRequest request = canvas->renderRequest();
    const MapCanvas::Look l = look(size);
    request.background = l.background;
    request.decorations.scale = l.decorationScale;
    request.decorations.highContrast = l.highContrast;
    request.decorations.topMargin = l.topMargin;
    if (request.decorations.sourceLine.isEmpty()) request.decorations.sourceLine = sourceLine();
    request.devicePixelRatio = 1.0;
    if (canvas->view().isValid()) request.view = gis::MapView::fit(canvas->view().extent(), size, 0.0);
    for (auto& flows : request.flows) {
        if (!flows) continue;
        auto fitted = std::make_shared<gis::FlowLayer>(*flows);
        gis::fitFlowWidths(*fitted, size);
        flows = fitted;
    }
    QImage image = request.view.isValid() ? gis::renderMap(request) : QImage();
    if (image.isNull()) {
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(l.background);
    }
    if (boxes) *boxes = gis::decorationBoxes(request);
    QPainter painter(&image);
    PresentationOverlay::Content content = bandContent();
    if (!m_active) content.hint = keyHint();
    PresentationOverlay::paint(painter, size, content);
    return image;
}

void PresentationMode::retranslate()
{
    if (!m_active) return;
    if (!m_hint.isEmpty() && m_hintTimer.isActive()) m_hint = keyHint();
    updateLook();
    updateBand();
}

}  // namespace dosi::desktop
