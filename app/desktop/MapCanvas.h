#pragma once
// MapCanvas: the central map widget. Shows the last finished frame of a gis::MapRenderJob
// (scaled/shifted to the current view while the next frame renders), pans with the left
// mouse button, zooms with the wheel around the cursor, re-renders on resize and reports
// the EPSG:5179 coordinate under the cursor.

#include "dosi/gis/FlowMap.h"
#include "dosi/gis/MapRenderer.h"
#include "dosi/gis/MapView.h"
#include "dosi/gis/ThematicMap.h"

#include <QImage>
#include <QPoint>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QPainter;
#include <memory>

namespace dosi::desktop {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // Layers to draw, bottom to top. Keeps the view; re-renders.
    void setLayers(const QVector<gis::ThematicLayer>& layers);
    void setDecorations(const gis::MapDecorations& decorations);
    gis::MapDecorations decorations() const { return m_decorations; }
    QVector<gis::ThematicLayer> layers() const { return m_layers; }
    // Flows of a movement layer drawn over the layers (null = none); widths fit the canvas size.
    void setFlows(std::shared_ptr<const gis::FlowLayer> flows);
    std::shared_ptr<const gis::FlowLayer> flows() const { return m_flows; }
    // Background map drawn under the layers (null = none).
    void setBasemap(std::shared_ptr<const gis::Basemap> basemap);
    std::shared_ptr<const gis::Basemap> basemap() const { return m_basemap; }
    // A finished picture shown instead of the map (side-by-side comparison); null = the map.
    void setOverlay(const QImage& image);
    QImage overlay() const { return m_overlay; }
    void clear();                                   // nothing to draw

    // How the map looks (presentation mode: a dark background, larger high-contrast decorations).
    // The decoration settings apply over the decorations given to setDecorations(); `sourceLine` is
    // shown when those have none.
    struct Look {
        QColor background = QColor(0xf4, 0xf4, 0xf0);
        double decorationScale = 1.0;
        bool highContrast = false;
        double topMargin = 0.0;                     // logical pixels kept free at the top
        QString sourceLine;
    };
    void setLook(const Look& look);
    Look look() const { return m_look; }
    // What the next frame is drawn from: view, layers, flows, basemap, decorations with the look.
    gis::RenderRequest renderRequest() const;

    gis::MapView view() const { return m_view; }
    void setView(const gis::MapView& view);
    // The view that shows `extent` whole, clear of the decorations (gis/DecorationLayout.h); deferred
    // until the widget has a size.
    void zoomToExtent(const Envelope& extent);
    gis::MapView fitView(const Envelope& extent) const;   // that view for the current size
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor, const QPointF& screenAnchor);
    void panBy(const QPointF& screenDelta);

    // Shown when there is nothing to draw.
    void setPlaceholderText(const QString& text);

    // Pick mode (e.g. drawing candidate sites): a click emits pointPicked instead of clicked, and the
    // cursor is a cross. Dragging still pans.
    void setPickMode(bool on);
    bool pickMode() const { return m_pickMode; }
    // Points marked over the map (e.g. the drawn candidate sites), EPSG:5179; empty = none.
    void setMarkers(const QVector<QPointF>& points);
    QVector<QPointF> markers() const { return m_markers; }

    QImage frame() const { return m_frame; }        // last finished frame
    gis::MapView frameView() const { return m_frameView; }
    int frameCount() const { return m_frameCount; }
    bool isRendering() const;                       // a newer frame is on its way

    // "E 953,064 N 1,954,062 (EPSG:5179)"
    static QString coordinateText(const QPointF& map);

    QSize sizeHint() const override { return {800, 600}; }

signals:
    void frameRendered();
    void cursorMoved(const QPointF& mapPosition);  // EPSG:5179
    void cursorLeft();
    // A click without dragging (press and release within a few pixels).
    void clicked(const QPointF& mapPosition, Qt::KeyboardModifiers modifiers);
    void pointPicked(const QPointF& mapPosition);   // a click in pick mode
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void scheduleRender();
    void render();
    void onFinished(const QImage& image, const gis::MapView& view);
    void drawMarkers(QPainter& painter) const;

    gis::MapRenderJob m_job;
    QTimer m_renderTimer;
    QVector<gis::ThematicLayer> m_layers;
    gis::MapDecorations m_decorations;
    gis::MapView m_view;
    QImage m_frame;
    gis::MapView m_frameView;
    int m_frameCount = 0;
    bool m_awaitingFrame = false;
    Envelope m_pendingFit = Envelope::null();
    // The extent the view was last fitted to, while the user has not moved the map since: a legend
    // that grows over it (another layer, a flow map) or a new size fits the view again.
    Envelope m_fittedExtent = Envelope::null();
    void refitIfCovered();
    gis::RenderRequest measuringRequest() const;   // renderRequest() with flow widths fitted
    bool m_dragging = false;
    bool m_moved = false;
    QPoint m_lastMouse;
    QPoint m_pressPos;
    std::shared_ptr<const gis::Basemap> m_basemap;
    std::shared_ptr<const gis::FlowLayer> m_flows;
    QImage m_overlay;
    QString m_placeholder;
    bool m_pickMode = false;
    QVector<QPointF> m_markers;
    Look m_look;
};

}  // namespace dosi::desktop
