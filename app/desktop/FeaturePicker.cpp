// FeaturePicker: hit-testing of features under the cursor.
#include "FeaturePicker.h"

#include <QLineF>
#include <algorithm>
#include <cmath>

namespace dosi::desktop {

namespace {

bool ringContains(const gis::Ring& ring, const QPointF& p)
{
    bool inside = false;
    const int n = int(ring.size());
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const QPointF& a = ring.at(i);
        const QPointF& b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? ((p.x() - a.x()) * d.x() + (p.y() - a.y()) * d.y()) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return QLineF(p, a + t * d).length();
}

}  // namespace

bool FeaturePicker::polygonContains(const gis::Polygon& polygon, const QPointF& p)
{
    if (polygon.rings.isEmpty() || !ringContains(polygon.rings.first(), p)) return false;
    for (int r = 1; r < polygon.rings.size(); ++r)
        if (ringContains(polygon.rings.at(r), p)) return false;   // in a hole
    return true;
}

void FeaturePicker::setData(std::shared_ptr<const gis::FeatureLayerData> data)
{
    if (data == m_data) return;
    m_data = std::move(data);
    m_envelopes.clear();
    m_byCode.clear();
    if (!m_data) return;
    m_envelopes.reserve(m_data->geometries.size());
    for (const gis::Geometry& g : m_data->geometries) m_envelopes << g.envelope();
    for (int i = 0; i < m_data->codes.size(); ++i) m_byCode.insert(m_data->codes.at(i), i);
}

int FeaturePicker::featureAt(const QPointF& p, double tolerance) const
{
    if (!m_data) return -1;
    int best = -1;
    double bestDistance = tolerance;
    // Topmost (last drawn) first.
    for (int i = int(m_envelopes.size()) - 1; i >= 0; --i) {
        const Envelope& e = m_envelopes.at(i);
        if (e.isNull() || p.x() < e.minX - tolerance || p.x() > e.maxX + tolerance || p.y() < e.minY - tolerance
            || p.y() > e.maxY + tolerance)
            continue;
        const gis::Geometry& g = m_data->geometries.at(i);
        if (g.isPolygonal()) {
            for (const gis::Polygon& poly : g.polygons)
                if (polygonContains(poly, p)) return i;
        } else {
            for (const QPointF& q : g.points) {
                const double d = QLineF(p, q).length();
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            for (const auto& line : g.lines) {
                for (int k = 1; k < line.size(); ++k) {
                    const double d = segmentDistance(p, line.at(k - 1), line.at(k));
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
            }
        }
    }
    return best;
}

int FeaturePicker::indexOfCode(const QString& code) const
{
    return m_byCode.value(code, -1);
}

Envelope FeaturePicker::envelopeOf(const QVector<int>& features) const
{
    Envelope out = Envelope::null();
    for (int i : features)
        if (i >= 0 && i < m_envelopes.size() && !m_envelopes.at(i).isNull()) out.expand(m_envelopes.at(i));
    return out;
}

QPointF FeaturePicker::innerPoint(int feature) const
{
    if (!m_data || feature < 0 || feature >= m_data->geometries.size()) return {};
    const gis::Geometry& g = m_data->geometries.at(feature);
    if (!g.isPolygonal()) {
        if (!g.points.isEmpty()) return g.points.first();
        if (!g.lines.isEmpty() && !g.lines.first().isEmpty()) return g.lines.first().first();
        return {};
    }
    // Scan horizontal lines through the envelope; take the middle of the widest inside run.
    const Envelope e = m_envelopes.at(feature);
    QPointF best((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
    double bestWidth = -1;
    for (int row = 1; row < 16; ++row) {
        const double y = e.minY + e.height() * row / 16.0;
        double runStart = 0;
        bool in = false;
        const int steps = 64;
        for (int k = 0; k <= steps; ++k) {
            const QPointF q(e.minX + e.width() * k / steps, y);
            bool inside = false;
            for (const gis::Polygon& poly : g.polygons) inside = inside || polygonContains(poly, q);
            if (inside && !in) runStart = q.x();
            if ((!inside || k == steps) && in) {
                const double width = q.x() - runStart;
                if (width > bestWidth) {
                    bestWidth = width;
                    best = QPointF((runStart + q.x()) / 2, y);
                }
            }
            in = inside;
        }
    }
    return best;
}

}  // namespace dosi::desktop
