#pragma once
// MapView: which part of the map (EPSG:5179 metres) is shown in a pixel area.
// Screen y grows downwards, map y (northing) upwards.

#include "dosi/core/Layer.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace dosi::gis {

class MapView {
public:
    MapView() = default;
    MapView(const QPointF& center, double metresPerPixel, const QSize& size);

    // The view that shows `extent` whole inside `size`, with `margin` (fraction) around it.
    static MapView fit(const Envelope& extent, const QSize& size, double margin = 0.05);
    // The view of `size` that shows `extent` whole and centred inside `area` (pixels of that view,
    // e.g. the part of the map not covered by legends), as large as `area` allows. An empty `area`
    // gives fit(extent, size).
    static MapView fitInto(const Envelope& extent, const QSize& size, const QRectF& area);

    QPointF center() const { return m_center; }
    double metresPerPixel() const { return m_mpp; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_mpp > 0 && !m_size.isEmpty(); }

    Envelope extent() const;                       // map rectangle shown
    QPointF toScreen(const QPointF& map) const;
    QPointF toMap(const QPointF& screen) const;
    QTransform mapToScreen() const;                // for QPainter

    MapView panned(const QPointF& screenDelta) const;                    // drag by pixels
    MapView zoomed(double factor, const QPointF& screenAnchor) const;    // factor > 1 zooms in
    MapView resized(const QSize& size) const;                            // keeps centre and scale

    bool operator==(const MapView& o) const;
    bool operator!=(const MapView& o) const { return !(*this == o); }

private:
    QPointF m_center;
    double m_mpp = 0;
    QSize m_size;
};

}  // namespace dosi::gis
