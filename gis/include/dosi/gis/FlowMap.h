#pragma once
// Flow maps of origin–destination (movement) layers: curved lines between zones, width by volume,
// with the direction shown. (Stub: filled in by the flow-map work.)

#include "dosi/gis/MapView.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <atomic>

class QPainter;

namespace dosi::gis {

struct FlowLine {
    QString origin, destination;   // zone codes
    QPointF from, to;              // EPSG:5179
    double volume = 0;
};

struct FlowLayer {
    QString title;
    QVector<FlowLine> lines;       // drawn in order (smallest first, so that big flows sit on top)
    QColor color = QColor(178, 24, 43);
    double opacity = 0.85;
    bool visible = true;
};

// Draws the flows onto a map already set up for `view`.
void drawFlowLayer(QPainter& painter, const FlowLayer& layer, const MapView& view, const std::atomic_bool* cancel = nullptr);

}  // namespace dosi::gis
