// RoadNetwork: building the graph from line features (node merging, speeds, one-way), reading a
// project layer, and snapping points onto the nearest road.
#include "RoadNetworkDetail.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dosi::gis {

using namespace roads;

namespace {

int findField(const QStringList& names, const QString& name)
{
    for (int i = 0; i < names.size(); ++i)
        if (names[i] == name) return i;
    for (int i = 0; i < names.size(); ++i)
        if (names[i].compare(name, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

// +1 digitising direction only, -1 against it, 0 both ways.
int onewayDirection(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) return 0;
    const QString s = value.toString().trimmed();
    static const QStringList forward = {QStringLiteral("1"),     QStringLiteral("Y"),  QStringLiteral("yes"),
                                        QStringLiteral("true"),  QStringLiteral("FT"), QStringLiteral("T"),
                                        QStringLiteral("정방향")};
    static const QStringList backward = {QStringLiteral("-1"), QStringLiteral("TF"), QStringLiteral("역방향")};
    if (forward.contains(s, Qt::CaseInsensitive)) return 1;
    if (backward.contains(s, Qt::CaseInsensitive)) return -1;
    return 0;
}

// Merges vertices closer than the tolerance into one node (first come, first kept).
class NodeIndex {
public:
    NodeIndex(double tolerance, std::vector<QPointF>& nodes) : m_tol(tolerance > 0 ? tolerance : 1e-9), m_nodes(nodes)
    {
    }

    int nodeAt(const QPointF& p)
    {
        const qint64 cx = qint64(std::floor(p.x() / m_tol)), cy = qint64(std::floor(p.y() / m_tol));
        int best = -1;
        double bestD2 = m_tol * m_tol;
        for (qint64 dy = -1; dy <= 1; ++dy) {
            for (qint64 dx = -1; dx <= 1; ++dx) {
                for (int n = m_head.value(qMakePair(cx + dx, cy + dy), -1); n >= 0; n = m_next[size_t(n)]) {
                    const double ex = m_nodes[size_t(n)].x() - p.x(), ey = m_nodes[size_t(n)].y() - p.y();
                    const double d2 = ex * ex + ey * ey;
                    if (d2 <= bestD2 && (best < 0 || d2 < bestD2 || n < best)) {
                        best = n;
                        bestD2 = d2;
                    }
                }
            }
        }
        if (best >= 0) return best;
        const int id = int(m_nodes.size());
        m_nodes.push_back(p);
        const auto key = qMakePair(cx, cy);
        m_next.push_back(m_head.value(key, -1));
        m_head.insert(key, id);
        return id;
    }

private:
    double m_tol;
    std::vector<QPointF>& m_nodes;
    QHash<QPair<qint64, qint64>, int> m_head;
    std::vector<int> m_next;
};

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[size_t(x)] != x) {
        parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        x = parent[size_t(x)];
    }
    return x;
}

}  // namespace

RoadNetwork::RoadNetwork() : d(std::make_unique<Impl>()) {}
RoadNetwork::~RoadNetwork() = default;
RoadNetwork::RoadNetwork(RoadNetwork&&) noexcept = default;
RoadNetwork& RoadNetwork::operator=(RoadNetwork&&) noexcept = default;

RoadNetworkSummary RoadNetwork::summary() const
{
    return d ? d->summary : RoadNetworkSummary{};
}

Result<RoadNetwork> RoadNetwork::build(const QString& layerName, const QVector<Geometry>& lines,
                                       const QStringList& fieldNames, const QVector<QVector<QVariant>>& values,
                                       const RoadNetworkOptions& options)
{
    auto positive = [](double v) { return std::isfinite(v) && v > 0; };
    if (!positive(options.defaultSpeedKmh))
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "The default road speed must be a positive number of km/h (it is %1).")
                .arg(options.defaultSpeedKmh));
    if (!positive(options.accessSpeedKmh))
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork",
                                                     "The access speed must be a positive number of km/h (it is %1).")
                             .arg(options.accessSpeedKmh));
    if (!(options.nodeTolerance >= 0) || !std::isfinite(options.nodeTolerance))
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork",
                                                     "The node tolerance must be zero or more metres (it is %1).")
                             .arg(options.nodeTolerance));
    if (!(options.maxSnapDistance >= 0))
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork",
                                                     "The snapping distance must be zero or more metres (it is %1).")
                             .arg(options.maxSnapDistance));
    for (auto it = options.classSpeeds.constBegin(); it != options.classSpeeds.constEnd(); ++it)
        if (!positive(it.value()))
            return makeError(QCoreApplication::translate(
                                 "dosi::gis::RoadNetwork",
                                 "The speed of road class \"%1\" must be a positive number of km/h (it is %2).")
                                 .arg(it.key())
                                 .arg(it.value()));

    int speedIdx = -1, classIdx = -1, onewayIdx = -1;
    const struct {
        const QString& name;
        int* index;
    } wanted[] = {{options.speedField, &speedIdx}, {options.classField, &classIdx}, {options.onewayField, &onewayIdx}};
    for (const auto& w : wanted) {
        if (w.name.isEmpty()) continue;
        *w.index = findField(fieldNames, w.name);
        if (*w.index < 0)
            return makeError(
                QCoreApplication::translate("dosi::gis::RoadNetwork",
                                            "The road layer \"%1\" has no field \"%2\" (its fields are: %3).")
                    .arg(layerName, w.name,
                         fieldNames.isEmpty() ? QStringLiteral("-") : fieldNames.join(QStringLiteral(", "))));
    }

    RoadNetwork net;
    Impl& n = *net.d;
    n.layerName = layerName;
    n.options = options;
    NodeIndex index(options.nodeTolerance, n.nodes);
    RoadNetworkSummary& sum = n.summary;
    for (int f = 0; f < lines.size(); ++f) {
        const Geometry& g = lines[f];
        if (g.type != Geometry::Type::LineString && g.type != Geometry::Type::MultiLineString) continue;
        const QVector<QVariant> row = f < values.size() ? values[f] : QVector<QVariant>();
        double speed = 0;
        if (speedIdx >= 0) {
            bool ok = false;
            const double v = row.value(speedIdx).toDouble(&ok);
            if (ok && positive(v)) speed = v;
        }
        if (speed <= 0 && classIdx >= 0) {
            const QVariant c = row.value(classIdx);
            if (c.isValid() && !c.isNull()) speed = options.classSpeeds.value(c.toString().trimmed(), 0.0);
        }
        if (speed <= 0) speed = options.defaultSpeedKmh;
        const int oneway = onewayIdx >= 0 ? onewayDirection(row.value(onewayIdx)) : 0;
        const double metresPerMinute = speed * 1000.0 / 60.0;

        bool any = false;
        for (const QVector<QPointF>& part : g.lines) {
            int prev = -1;
            for (const QPointF& p : part) {
                if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
                const int node = index.nodeAt(p);
                if (prev >= 0 && node != prev) {
                    Segment s;
                    s.u = prev;
                    s.v = node;
                    const QPointF a = n.nodes[size_t(prev)], b = n.nodes[size_t(node)];
                    s.length = std::hypot(b.x() - a.x(), b.y() - a.y());
                    s.minutes = s.length / metresPerMinute;
                    s.forward = oneway >= 0;
                    s.backward = oneway <= 0;
                    s.feature = f;
                    n.segments.push_back(s);
                    sum.totalKm += s.length / 1000.0;
                    sum.edges += int(s.forward) + int(s.backward);
                    any = true;
                }
                prev = node;
            }
        }
        if (any) {
            ++sum.features;
            if (oneway != 0) ++sum.oneWayFeatures;
        }
    }
    if (n.segments.empty())
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "The layer \"%1\" has no line geometry to build a road network from "
                                        "(%2 features, none of them a line with two distinct points).")
                .arg(layerName)
                .arg(lines.size()));

    // Weakly connected components.
    sum.nodes = int(n.nodes.size());
    std::vector<int> parent(n.nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const Segment& s : n.segments) {
        const int a = findRoot(parent, s.u), b = findRoot(parent, s.v);
        if (a != b) parent[size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> size(n.nodes.size(), 0);
    for (int i = 0; i < sum.nodes; ++i) ++size[size_t(findRoot(parent, i))];
    for (int i = 0; i < sum.nodes; ++i) {
        if (size[size_t(i)] == 0) continue;
        ++sum.components;
        sum.largestComponentNodes = std::max(sum.largestComponentNodes, size[size_t(i)]);
    }

    n.buildAdjacency();
    n.buildGrid();
    return net;
}

Result<RoadNetwork> RoadNetwork::fromLayer(const ProjectStore& store, const QString& layerName,
                                           const RoadNetworkOptions& options)
{
    const std::optional<LayerInfo> info = store.layer(layerName);
    if (!info)
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork", "The project has no layer \"%1\".").arg(layerName));
    if (!info->isFeatureLayer())
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "The layer \"%1\" is a table of values, not a line layer; choose a road layer.")
                .arg(layerName));
    auto features = store.readFeatures(layerName);
    if (!features) return features.error();
    QStringList names;
    for (const FieldInfo& f : info->fields) names << f.name;
    QVector<Geometry> lines;
    QVector<QVector<QVariant>> values;
    lines.reserve(features->size());
    values.reserve(features->size());
    for (const FeatureRecord& rec : std::as_const(*features)) {
        bool ok = false;
        Geometry g = Geometry::fromWkb(rec.wkb, &ok);
        lines << (ok ? std::move(g) : Geometry());
        values << rec.values;
    }
    return build(layerName, lines, names, values, options);
}

void RoadNetwork::Impl::buildAdjacency()
{
    adjStart.assign(nodes.size() + 1, 0);
    for (const Segment& s : segments) {
        if (s.forward) ++adjStart[size_t(s.u) + 1];
        if (s.backward) ++adjStart[size_t(s.v) + 1];
    }
    for (size_t i = 1; i < adjStart.size(); ++i) adjStart[i] += adjStart[i - 1];
    const size_t m = size_t(adjStart.back());
    adjTarget.resize(m);
    adjMinutes.resize(m);
    adjSegment.resize(m);
    std::vector<int> at(adjStart.begin(), adjStart.end() - 1);
    for (int k = 0; k < int(segments.size()); ++k) {
        const Segment& s = segments[size_t(k)];
        auto add = [&](int from, int to) {
            const size_t e = size_t(at[size_t(from)]++);
            adjTarget[e] = to;
            adjMinutes[e] = s.minutes;
            adjSegment[e] = k;
        };
        if (s.forward) add(s.u, s.v);
        if (s.backward) add(s.v, s.u);
    }
}

void RoadNetwork::Impl::buildGrid()
{
    double minX = kInf, minY = kInf, maxX = -kInf, maxY = -kInf, total = 0;
    for (const QPointF& p : nodes) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    for (const Segment& s : segments) total += s.length;
    const double w = maxX - minX, h = maxY - minY;
    const double nseg = double(segments.size());
    // About one segment per cell, never finer than the mean segment length.
    cell = std::max({std::sqrt(std::max(w * h, 1.0) / nseg), total / nseg, 1.0});
    while ((w / cell + 1) * (h / cell + 1) > 4 * nseg + 1024) cell *= 2;
    gridX = minX;
    gridY = minY;
    nx = int(std::floor(w / cell)) + 1;
    ny = int(std::floor(h / cell)) + 1;

    // Cells each segment passes through, row by row (two passes: count, then fill).
    auto forEachCell = [&](const Segment& s, const std::function<void(int)>& visit) {
        const QPointF a = nodes[size_t(s.u)], b = nodes[size_t(s.v)];
        const double ax = (a.x() - gridX) / cell, ay = (a.y() - gridY) / cell;
        const double bx = (b.x() - gridX) / cell, by = (b.y() - gridY) / cell;
        const int cy0 = std::clamp(int(std::floor(std::min(ay, by))), 0, ny - 1);
        const int cy1 = std::clamp(int(std::floor(std::max(ay, by))), 0, ny - 1);
        for (int cy = cy0; cy <= cy1; ++cy) {
            // The part of the segment inside the row band [cy, cy + 1].
            double x0, x1;
            if (std::abs(by - ay) < 1e-12) {
                x0 = std::min(ax, bx);
                x1 = std::max(ax, bx);
            } else {
                const double t0 = std::clamp((cy - ay) / (by - ay), 0.0, 1.0);
                const double t1 = std::clamp((cy + 1 - ay) / (by - ay), 0.0, 1.0);
                const double xa = ax + (bx - ax) * t0, xb = ax + (bx - ax) * t1;
                x0 = std::min(xa, xb);
                x1 = std::max(xa, xb);
            }
            const int cx0 = std::clamp(int(std::floor(x0 - 1e-9)), 0, nx - 1);
            const int cx1 = std::clamp(int(std::floor(x1 + 1e-9)), 0, nx - 1);
            for (int cx = cx0; cx <= cx1; ++cx) visit(cy * nx + cx);
        }
    };
    cellStart.assign(size_t(nx) * size_t(ny) + 1, 0);
    for (const Segment& s : segments) forEachCell(s, [&](int c) { ++cellStart[size_t(c) + 1]; });
    for (size_t i = 1; i < cellStart.size(); ++i) cellStart[i] += cellStart[i - 1];
    cellSegments.resize(size_t(cellStart.back()));
    std::vector<int> at(cellStart.begin(), cellStart.end() - 1);
    for (int k = 0; k < int(segments.size()); ++k)
        forEachCell(segments[size_t(k)], [&](int c) { cellSegments[size_t(at[size_t(c)]++)] = k; });
}

Snap RoadNetwork::Impl::snap(const QPointF& p) const
{
    Snap best;
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || segments.empty()) return best;
    const double limit = options.maxSnapDistance;
    // Distance from p to the grid's extent: beyond the limit, nothing can be near.
    const double gx1 = gridX + nx * cell, gy1 = gridY + ny * cell;
    const double ox = std::max({gridX - p.x(), 0.0, p.x() - gx1}), oy = std::max({gridY - p.y(), 0.0, p.y() - gy1});
    if (std::hypot(ox, oy) > limit) return best;

    const long long pcx = (long long)std::floor((p.x() - gridX) / cell);
    const long long pcy = (long long)std::floor((p.y() - gridY) / cell);
    double bestD = kInf;
    auto visitCell = [&](long long cx, long long cy) {
        const size_t c = size_t(cy * nx + cx);
        for (int k = cellStart[c]; k < cellStart[c + 1]; ++k) {
            const int si = cellSegments[size_t(k)];
            const Segment& s = segments[size_t(si)];
            const QPointF a = nodes[size_t(s.u)], b = nodes[size_t(s.v)];
            const double vx = b.x() - a.x(), vy = b.y() - a.y();
            const double len2 = vx * vx + vy * vy;
            double t = len2 > 0 ? ((p.x() - a.x()) * vx + (p.y() - a.y()) * vy) / len2 : 0.0;
            t = std::clamp(t, 0.0, 1.0);
            const QPointF q(a.x() + vx * t, a.y() + vy * t);
            const double dd = std::hypot(p.x() - q.x(), p.y() - q.y());
            if (dd < bestD || (dd == bestD && si < best.seg)) {
                bestD = dd;
                best.seg = si;
                best.t = t;
                best.at = q;
            }
        }
    };
    // Rings of cells around p's cell; ring k lies at least (k - 1) cells away from p.
    const long long maxRing = std::max<long long>(nx, ny) + std::llabs(pcx) + std::llabs(pcy) + 1;
    for (long long k = 0; k <= maxRing; ++k) {
        const double ringMin = (k - 1) * cell;
        if (ringMin > limit || ringMin > bestD) break;
        const long long y0 = pcy - k, y1 = pcy + k, x0 = pcx - k, x1 = pcx + k;
        const long long cx0 = std::max(0LL, x0), cx1 = std::min<long long>(nx - 1, x1);
        const long long cy0 = std::max(0LL, y0), cy1 = std::min<long long>(ny - 1, y1);
        if (cx0 > cx1 || cy0 > cy1) continue;
        for (long long cx = cx0; cx <= cx1; ++cx) {
            if (y0 >= 0) visitCell(cx, y0);
            if (k > 0 && y1 < ny) visitCell(cx, y1);
        }
        for (long long cy = std::max(cy0, y0 + 1); cy <= std::min(cy1, y1 - 1); ++cy) {
            if (x0 >= 0) visitCell(x0, cy);
            if (k > 0 && x1 < nx) visitCell(x1, cy);
        }
    }
    if (best.seg < 0 || bestD > limit) return Snap{};
    best.distance = bestD;
    best.access = bestD / (options.accessSpeedKmh * 1000.0 / 60.0);
    return best;
}

std::vector<Snap> RoadNetwork::Impl::snapAll(const QVector<QPointF>& points) const
{
    std::vector<Snap> out;
    out.reserve(size_t(points.size()));
    for (const QPointF& p : points) out.push_back(snap(p));
    return out;
}

}  // namespace dosi::gis
