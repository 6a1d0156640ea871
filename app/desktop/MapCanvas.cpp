// MapCanvas: asynchronous map display with pan and zoom.
#include "MapCanvas.h"

#include "dosi/gis/DecorationLayout.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace dosi::desktop {

namespace {
constexpr double ZoomStep = 1.5;
}

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::render);
    connect(&m_job, &gis::MapRenderJob::finished, this, &MapCanvas::onFinished);
}

MapCanvas::~MapCanvas()
{
    m_job.cancel();
}

void MapCanvas::setLayers(const QVector<gis::ThematicLayer>& layers)
{
    m_layers = layers;
    scheduleRender();
}

void MapCanvas::setDecorations(const gis::MapDecorations& decorations)
{
    m_decorations = decorations;
    scheduleRender();
}

void MapCanvas::setFlows(std::shared_ptr<const gis::FlowLayer> flows)
{
    m_flows = std::move(flows);
    scheduleRender();
}

void MapCanvas::clear()
{
    m_layers.clear();
    m_flows.reset();
    scheduleRender();
}

void MapCanvas::setBasemap(std::shared_ptr<const gis::Basemap> basemap)
{
    m_basemap = std::move(basemap);
    scheduleRender();
}

void MapCanvas::setOverlay(const QImage& image)
{
    m_overlay = image;
    update();
}

void MapCanvas::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void MapCanvas::setPickMode(bool on)
{
    if (m_pickMode == on) return;
    m_pickMode = on;
    if (on) setCursor(Qt::CrossCursor);
    else unsetCursor();
}

void MapCanvas::setMarkers(const QVector<QPointF>& points)
{
    m_markers = points;
    update();
}

void MapCanvas::drawMarkers(QPainter& p) const
{
    if (m_markers.isEmpty() || !m_view.isValid()) return;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(QColor(0x1f, 0x6f, 0xd1));
    for (const QPointF& m : m_markers) {
        const QPointF s = m_view.toScreen(m);
        const QPolygonF diamond{s + QPointF(0, -7), s + QPointF(7, 0), s + QPointF(0, 7), s + QPointF(-7, 0)};
        p.drawPolygon(diamond);
    }
}

void MapCanvas::setView(const gis::MapView& view)
{
    if (!view.isValid()) return;
    m_view = view;
    m_pendingFit = Envelope::null();
    m_fittedExtent = Envelope::null();   // the user (or a bookmark) chose this view
    emit viewChanged();
    update();
    scheduleRender();
}

gis::MapView MapCanvas::fitView(const Envelope& extent) const
{
    // Clear of the legends, title, scale bar and north arrow drawn on this map, so that every
    // feature of the extent shows.
    gis::RenderRequest request = measuringRequest();
    request.view = gis::MapView::fit(extent, size());
    return gis::fitClearOfDecorations(extent, request);
}

gis::RenderRequest MapCanvas::measuringRequest() const
{
    // What is drawn, with the flow widths fitted also before the first frame (the legend's size
    // depends on them).
    gis::RenderRequest request = renderRequest();
    if (m_flows && request.flows.isEmpty()) {
        auto fitted = std::make_shared<gis::FlowLayer>(*m_flows);
        gis::fitFlowWidths(*fitted, size());
        request.flows = {fitted};
    }
    return request;
}

void MapCanvas::zoomToExtent(const Envelope& extent)
{
    if (extent.isNull()) return;
    if (width() <= 0 || height() <= 0 || !isVisible()) {
        m_pendingFit = extent;
        if (width() > 0 && height() > 0) m_view = fitView(extent);
        m_fittedExtent = extent;
        scheduleRender();
        return;
    }
    setView(fitView(extent));
    m_fittedExtent = extent;
}

void MapCanvas::refitIfCovered()
{
    if (m_fittedExtent.isNull() || !m_view.isValid()) return;
    const QRectF area = QRectF(m_view.toScreen(QPointF(m_fittedExtent.minX, m_fittedExtent.maxY)),
                               m_view.toScreen(QPointF(m_fittedExtent.maxX, m_fittedExtent.minY)))
                            .normalized();
    for (const QRectF& box : gis::decorationFootprint(measuringRequest()).all())
        if (box.intersects(area)) {
            m_view = fitView(m_fittedExtent);
            emit viewChanged();
            return;
        }
}

void MapCanvas::zoomBy(double factor, const QPointF& screenAnchor)
{
    if (!m_view.isValid()) return;
    setView(m_view.zoomed(factor, screenAnchor));
}

void MapCanvas::zoomIn()
{
    zoomBy(ZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomOut()
{
    zoomBy(1.0 / ZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::panBy(const QPointF& screenDelta)
{
    if (!m_view.isValid()) return;
    setView(m_view.panned(screenDelta));
}

bool MapCanvas::isRendering() const
{
    return m_renderTimer.isActive() || m_awaitingFrame;
}

QString MapCanvas::coordinateText(const QPointF& map)
{
    const QLocale numbers(QLocale::English, QLocale::UnitedStates);
    return tr("E %1 N %2 (EPSG:%3)")
        .arg(numbers.toString(qint64(std::llround(map.x()))), numbers.toString(qint64(std::llround(map.y()))))
        .arg(5179);
}

void MapCanvas::scheduleRender()
{
    m_renderTimer.start();
}

void MapCanvas::render()
{
    if (!m_view.isValid()) {
        if (!m_pendingFit.isNull() && width() > 0 && height() > 0)
            m_view = fitView(m_pendingFit);
        else
            return;
    } else {
        refitIfCovered();
    }
    m_awaitingFrame = true;
    m_job.start(renderRequest());
}

gis::RenderRequest MapCanvas::renderRequest() const
{
    gis::RenderRequest request;
    request.view = m_view;
    request.layers = m_layers;
    request.decorations = m_decorations;
    request.decorations.scale = m_look.decorationScale;
    request.decorations.highContrast = m_look.highContrast;
    request.decorations.topMargin = m_look.topMargin;
    if (request.decorations.sourceLine.isEmpty()) request.decorations.sourceLine = m_look.sourceLine;
    request.background = m_look.background;
    request.basemap = m_basemap;
    if (m_flows && m_view.isValid()) {
        auto fitted = std::make_shared<gis::FlowLayer>(*m_flows);
        gis::fitFlowWidths(*fitted, m_view.size());
        request.flows = {fitted};
    }
    request.devicePixelRatio = devicePixelRatioF();
    return request;
}

void MapCanvas::setLook(const Look& look)
{
    m_look = look;
    update();
    scheduleRender();
}

void MapCanvas::onFinished(const QImage& image, const gis::MapView& view)
{
    if (image.isNull()) return;
    if (view == m_view) m_awaitingFrame = false;   // the frame of the latest request
    m_frame = image;
    m_frameView = view;
    ++m_frameCount;
    update();
    emit frameRendered();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), m_look.background);
    if (m_layers.isEmpty() && !m_placeholder.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    if (!m_overlay.isNull()) {
        const QSizeF s = m_overlay.deviceIndependentSize().scaled(QSizeF(size()), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s), m_overlay);
        return;
    }
    if (m_frame.isNull() || !m_frameView.isValid() || !m_view.isValid()) return drawMarkers(p);
    if (m_frameView == m_view) {
        p.drawImage(QPointF(0, 0), m_frame);
        return drawMarkers(p);
    }
    // Preview: place the old frame where its map area lies in the current view.
    const QSize fs = m_frameView.size();
    const QPointF topLeft = m_view.toScreen(m_frameView.toMap(QPointF(0, 0)));
    const QPointF bottomRight = m_view.toScreen(m_frameView.toMap(QPointF(fs.width(), fs.height())));
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(QRectF(topLeft, bottomRight), m_frame);
    drawMarkers(p);
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (size().isEmpty()) return;
    if (!m_pendingFit.isNull()) {
        m_view = fitView(m_pendingFit);
        if (isVisible()) m_pendingFit = Envelope::null();
    } else if (!m_fittedExtent.isNull()) {
        m_view = fitView(m_fittedExtent);   // still as fitted: fit the new size
    } else if (m_view.isValid()) {
        m_view = m_view.resized(size());
    }
    emit viewChanged();
    scheduleRender();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_moved = false;
        m_lastMouse = event->position().toPoint();
        m_pressPos = m_lastMouse;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging && !m_moved && (pos - m_pressPos).manhattanLength() <= 4) {
        // Not a drag (yet): a click may still follow.
    } else if (m_dragging && m_view.isValid()) {
        m_moved = true;
        const QPoint delta = pos - m_lastMouse;
        m_lastMouse = pos;
        if (!delta.isNull()) {
            m_view = m_view.panned(delta);
            emit viewChanged();
            update();
            scheduleRender();
        }
    }
    if (m_view.isValid()) emit cursorMoved(m_view.toMap(event->position()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        if (m_pickMode) setCursor(Qt::CrossCursor);
        else unsetCursor();
        event->accept();
        if (m_moved || !m_view.isValid()) return;
        if (m_pickMode) emit pointPicked(m_view.toMap(event->position()));
        else emit clicked(m_view.toMap(event->position()), event->modifiers());
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || !m_view.isValid()) return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::leaveEvent(QEvent* event)
{
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

}  // namespace dosi::desktop
