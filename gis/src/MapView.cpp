#include "dosi/gis/MapView.h"

#include <algorithm>
#include <cmath>

namespace dosi::gis {

MapView::MapView(const QPointF& center, double metresPerPixel, const QSize& size)
    : m_center(center), m_mpp(metresPerPixel), m_size(size)
{
}

MapView MapView::fit(const Envelope& extent, const QSize& size, double margin)
{
    if (size.isEmpty()) return {};
    if (extent.isNull()) return MapView(QPointF(0, 0), 1.0, size);
    const double w = std::max(extent.width(), 1e-9);
    const double h = std::max(extent.height(), 1e-9);
    const double scale = std::max(0.0, 1.0 - 2.0 * margin);
    const double availW = std::max(1.0, size.width() * scale);
    const double availH = std::max(1.0, size.height() * scale);
    double mpp = std::max(w / availW, h / availH);
    if (extent.width() <= 0 && extent.height() <= 0) mpp = 1.0;  // a single point
    const QPointF c((extent.minX + extent.maxX) / 2.0, (extent.minY + extent.maxY) / 2.0);
    return MapView(c, mpp, size);
}

MapView MapView::fitInto(const Envelope& extent, const QSize& size, const QRectF& area)
{
    if (size.isEmpty()) return {};
    if (extent.isNull() || area.width() < 1 || area.height() < 1) return fit(extent, size);
    double mpp = std::max(std::max(extent.width(), 1e-9) / area.width(), std::max(extent.height(), 1e-9) / area.height());
    if (extent.width() <= 0 && extent.height() <= 0) mpp = 1.0;   // a single point
    // The extent's centre goes to the area's centre.
    const QPointF mid((extent.minX + extent.maxX) / 2.0, (extent.minY + extent.maxY) / 2.0);
    const QPointF shift = area.center() - QPointF(size.width() / 2.0, size.height() / 2.0);
    return MapView(QPointF(mid.x() - shift.x() * mpp, mid.y() + shift.y() * mpp), mpp, size);
}

Envelope MapView::extent() const
{
    const double hw = m_size.width() * m_mpp / 2.0;
    const double hh = m_size.height() * m_mpp / 2.0;
    return {m_center.x() - hw, m_center.y() - hh, m_center.x() + hw, m_center.y() + hh};
}

QPointF MapView::toScreen(const QPointF& map) const
{
    if (m_mpp <= 0) return {};
    return {(map.x() - m_center.x()) / m_mpp + m_size.width() / 2.0,
            (m_center.y() - map.y()) / m_mpp + m_size.height() / 2.0};
}

QPointF MapView::toMap(const QPointF& screen) const
{
    return {m_center.x() + (screen.x() - m_size.width() / 2.0) * m_mpp,
            m_center.y() - (screen.y() - m_size.height() / 2.0) * m_mpp};
}

QTransform MapView::mapToScreen() const
{
    if (m_mpp <= 0) return {};
    const double s = 1.0 / m_mpp;
    // x' = s*x + dx ; y' = -s*y + dy
    return QTransform(s, 0, 0, -s, -m_center.x() * s + m_size.width() / 2.0, m_center.y() * s + m_size.height() / 2.0);
}

MapView MapView::panned(const QPointF& screenDelta) const
{
    // Dragging the map right by d pixels moves the centre left in map units.
    return MapView(QPointF(m_center.x() - screenDelta.x() * m_mpp, m_center.y() + screenDelta.y() * m_mpp), m_mpp, m_size);
}

MapView MapView::zoomed(double factor, const QPointF& screenAnchor) const
{
    if (factor <= 0 || m_mpp <= 0) return *this;
    const QPointF anchorMap = toMap(screenAnchor);
    const double mpp = m_mpp / factor;
    // Keep anchorMap under screenAnchor.
    const QPointF c(anchorMap.x() - (screenAnchor.x() - m_size.width() / 2.0) * mpp,
                    anchorMap.y() + (screenAnchor.y() - m_size.height() / 2.0) * mpp);
    return MapView(c, mpp, m_size);
}

MapView MapView::resized(const QSize& size) const
{
    return MapView(m_center, m_mpp, size);
}

bool MapView::operator==(const MapView& o) const
{
    return m_center == o.m_center && m_mpp == o.m_mpp && m_size == o.m_size;
}

}  // namespace dosi::gis
