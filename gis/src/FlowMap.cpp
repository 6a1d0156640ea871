#include "dosi/gis/FlowMap.h"

#include <QPainter>

namespace dosi::gis {

void drawFlowLayer(QPainter& painter, const FlowLayer& layer, const MapView& view, const std::atomic_bool* cancel)
{
    if (!layer.visible) return;
    painter.save();
    painter.setOpacity(layer.opacity);
    for (const FlowLine& f : layer.lines) {
        if (cancel && cancel->load(std::memory_order_relaxed)) break;
        painter.setPen(QPen(layer.color, 1.5));
        painter.drawLine(view.toScreen(f.from), view.toScreen(f.to));
    }
    painter.restore();
}

}  // namespace dosi::gis
