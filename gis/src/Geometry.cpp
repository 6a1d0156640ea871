#include "dosi/gis/Geometry.h"

#include <QtEndian>
#include <algorithm>
#include <limits>

namespace dosi::gis {

namespace {

class WkbWriter {
public:
    void byteOrderAndType(quint32 type)
    {
        m_out.append(char(1));
        u32(type);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian<quint32>(v, b);
        m_out.append(b, 4);
    }
    void pt(const QPointF& p)
    {
        char b[8];
        qToLittleEndian<double>(p.x(), b);
        m_out.append(b, 8);
        qToLittleEndian<double>(p.y(), b);
        m_out.append(b, 8);
    }
    void seq(const QVector<QPointF>& pts)
    {
        u32(quint32(pts.size()));
        for (const QPointF& p : pts) pt(p);
    }
    void polygon(const Polygon& poly)
    {
        byteOrderAndType(3);
        u32(quint32(poly.rings.size()));
        for (const Ring& r : poly.rings) seq(r);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class WkbReader {
public:
    explicit WkbReader(const QByteArray& b) : m_b(b) {}
    bool ok() const { return m_ok; }

    // Reads a header; returns the 2D base type (1..7) and sets dims.
    quint32 header()
    {
        if (!need(5)) return 0;
        m_little = m_b[m_pos] == 1;
        ++m_pos;
        quint32 t = u32();
        m_dims = 2;
        if (t & 0x80000000u) ++m_dims;   // EWKB Z
        if (t & 0x40000000u) ++m_dims;   // EWKB M
        t &= 0x0fffffffu;
        if (t >= 3000) m_dims = 4;
        else if (t >= 2000 || t >= 1000) m_dims = 3;
        return t % 1000;
    }
    quint32 u32()
    {
        if (!need(4)) return 0;
        const char* p = m_b.constData() + m_pos;
        m_pos += 4;
        return m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }
    double f64()
    {
        if (!need(8)) return 0;
        const char* p = m_b.constData() + m_pos;
        m_pos += 8;
        return m_little ? qFromLittleEndian<double>(p) : qFromBigEndian<double>(p);
    }
    QPointF pt()
    {
        const double x = f64();
        const double y = f64();
        for (int i = 2; i < m_dims; ++i) f64();
        return {x, y};
    }
    QVector<QPointF> seq()
    {
        const quint32 n = u32();
        QVector<QPointF> out;
        if (!m_ok || qsizetype(n) * 16 > m_b.size() - m_pos + 1) {
            m_ok = false;
            return out;
        }
        out.reserve(int(n));
        for (quint32 i = 0; i < n && m_ok; ++i) out.append(pt());
        return out;
    }
    Polygon polygonBody()
    {
        Polygon poly;
        const quint32 n = u32();
        for (quint32 i = 0; i < n && m_ok; ++i) poly.rings.append(seq());
        return poly;
    }

private:
    bool need(int n)
    {
        if (m_pos + n > m_b.size()) m_ok = false;
        return m_ok;
    }
    const QByteArray& m_b;
    qsizetype m_pos = 0;
    bool m_little = true;
    bool m_ok = true;
    int m_dims = 2;
};

}  // namespace

Envelope Geometry::envelope() const
{
    Envelope e = Envelope::null();
    auto add = [&](const QPointF& p) {
        if (e.isNull()) e = {p.x(), p.y(), p.x(), p.y()};
        else {
            e.minX = std::min(e.minX, p.x());
            e.minY = std::min(e.minY, p.y());
            e.maxX = std::max(e.maxX, p.x());
            e.maxY = std::max(e.maxY, p.y());
        }
    };
    for (const QPointF& p : points) add(p);
    for (const auto& l : lines)
        for (const QPointF& p : l) add(p);
    for (const Polygon& poly : polygons)
        for (const Ring& r : poly.rings)
            for (const QPointF& p : r) add(p);
    return e;
}

int Geometry::pointCount() const
{
    int n = int(points.size());
    for (const auto& l : lines) n += int(l.size());
    for (const Polygon& poly : polygons)
        for (const Ring& r : poly.rings) n += int(r.size());
    return n;
}

Geometry Geometry::point(double x, double y)
{
    Geometry g;
    g.type = Type::Point;
    g.points = {QPointF(x, y)};
    return g;
}

QByteArray Geometry::toWkb() const
{
    WkbWriter w;
    switch (type) {
    case Type::Empty:
        w.byteOrderAndType(7);   // empty GeometryCollection
        w.u32(0);
        break;
    case Type::Point:
        w.byteOrderAndType(1);
        w.pt(points.value(0));
        break;
    case Type::MultiPoint:
        w.byteOrderAndType(4);
        w.u32(quint32(points.size()));
        for (const QPointF& p : points) {
            w.byteOrderAndType(1);
            w.pt(p);
        }
        break;
    case Type::LineString:
        w.byteOrderAndType(2);
        w.seq(lines.value(0));
        break;
    case Type::MultiLineString:
        w.byteOrderAndType(5);
        w.u32(quint32(lines.size()));
        for (const auto& l : lines) {
            w.byteOrderAndType(2);
            w.seq(l);
        }
        break;
    case Type::Polygon:
        w.polygon(polygons.value(0));
        break;
    case Type::MultiPolygon:
        w.byteOrderAndType(6);
        w.u32(quint32(polygons.size()));
        for (const Polygon& p : polygons) w.polygon(p);
        break;
    }
    return w.take();
}

Geometry Geometry::fromWkb(const QByteArray& wkb, bool* ok)
{
    Geometry g;
    WkbReader r(wkb);
    const quint32 t = r.header();
    switch (t) {
    case 1:
        g.type = Type::Point;
        g.points = {r.pt()};
        break;
    case 2:
        g.type = Type::LineString;
        g.lines = {r.seq()};
        break;
    case 3:
        g.type = Type::Polygon;
        g.polygons = {r.polygonBody()};
        break;
    case 4: {
        g.type = Type::MultiPoint;
        const quint32 n = r.u32();
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            r.header();
            g.points.append(r.pt());
        }
        break;
    }
    case 5: {
        g.type = Type::MultiLineString;
        const quint32 n = r.u32();
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            r.header();
            g.lines.append(r.seq());
        }
        break;
    }
    case 6: {
        g.type = Type::MultiPolygon;
        const quint32 n = r.u32();
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            r.header();
            g.polygons.append(r.polygonBody());
        }
        break;
    }
    case 7:
        g.type = Type::Empty;
        break;
    default:
        if (ok) *ok = false;
        return {};
    }
    if (ok) *ok = r.ok();
    if (!r.ok()) return {};
    return g;
}

bool containsPoint(const Polygon& polygon, const QPointF& p)
{
    bool in = false;
    for (const Ring& r : polygon.rings) {
        for (int i = 0, j = int(r.size()) - 1; i < r.size(); j = i++) {
            const QPointF& a = r[i];
            const QPointF& b = r[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                in = !in;
        }
    }
    return in;
}

bool containsPoint(const Geometry& g, const QPointF& p)
{
    for (const Polygon& poly : g.polygons)
        if (containsPoint(poly, p)) return true;
    return false;
}

}  // namespace dosi::gis
