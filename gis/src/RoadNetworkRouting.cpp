// RoadNetwork searches: travel times from candidates to demand (one bounded Dijkstra per candidate),
// the nearest source for each target (multi-source Dijkstra), and isochrones buffered with GEOS.
#include "GeosUtil.h"
#include "RoadNetworkDetail.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace dosi::gis {

using namespace roads;

namespace {

// For every node, the targets reached through it (CSR), with the time from the node to the target's
// point on the road; and for every segment, the targets lying on it.
struct TargetIndex {
    std::vector<int> nodeStart, nodeTarget;
    std::vector<double> nodeMinutes;
    QHash<int, QVector<int>> bySegment;

    TargetIndex(const Graph& net, const std::vector<Snap>& targets)
    {
        std::vector<std::vector<NodeCost>> ways(targets.size());
        nodeStart.assign(net.nodes.size() + 1, 0);
        for (size_t k = 0; k < targets.size(); ++k) {
            if (!targets[k].ok()) continue;
            net.approaches(targets[k], ways[k]);
            for (const NodeCost& w : ways[k]) ++nodeStart[size_t(w.node) + 1];
            bySegment[targets[k].seg].append(int(k));
        }
        for (size_t i = 1; i < nodeStart.size(); ++i) nodeStart[i] += nodeStart[i - 1];
        nodeTarget.resize(size_t(nodeStart.back()));
        nodeMinutes.resize(size_t(nodeStart.back()));
        std::vector<int> at(nodeStart.begin(), nodeStart.end() - 1);
        for (size_t k = 0; k < targets.size(); ++k) {
            for (const NodeCost& w : ways[k]) {
                const size_t e = size_t(at[size_t(w.node)]++);
                nodeTarget[e] = int(k);
                nodeMinutes[e] = w.minutes;
            }
        }
    }
};

}  // namespace

// --- Graph helpers --------------------------------------------------------------------------------

void Graph::seeds(const Snap& s, std::vector<NodeCost>& out) const
{
    out.clear();
    if (!s.ok()) return;
    const Segment& seg = segments[size_t(s.seg)];
    if (seg.backward) out.push_back({seg.u, s.access + s.t * seg.minutes});
    if (seg.forward) out.push_back({seg.v, s.access + (1 - s.t) * seg.minutes});
}

void Graph::approaches(const Snap& target, std::vector<NodeCost>& out) const
{
    out.clear();
    if (!target.ok()) return;
    const Segment& seg = segments[size_t(target.seg)];
    if (seg.forward) out.push_back({seg.u, target.t * seg.minutes});
    if (seg.backward) out.push_back({seg.v, (1 - target.t) * seg.minutes});
}

double Graph::alongSegment(const Snap& source, const Snap& target) const
{
    if (!source.ok() || source.seg != target.seg) return kInf;
    const Segment& seg = segments[size_t(source.seg)];
    double best = kInf;
    if (seg.forward && target.t >= source.t) best = (target.t - source.t) * seg.minutes;
    if (seg.backward && target.t <= source.t) best = std::min(best, (source.t - target.t) * seg.minutes);
    return best;
}

// --- Search ----------------------------------------------------------------------------------------

Search::Search(const Graph& net) : m_net(net), m_dist(net.nodes.size(), kInf), m_done(net.nodes.size(), 0) {}

void Search::reset()
{
    for (int n : m_touched) {
        m_dist[size_t(n)] = kInf;
        m_done[size_t(n)] = 0;
    }
    m_touched.clear();
    m_settled.clear();
    m_heap = {};
}

void Search::seed(int node, double minutes)
{
    if (minutes >= m_dist[size_t(node)]) return;
    if (std::isinf(m_dist[size_t(node)])) m_touched.push_back(node);
    m_dist[size_t(node)] = minutes;
    m_heap.emplace(minutes, node);
}

void Search::run(double limit, const std::function<void(int, double)>& onSettle)
{
    while (!m_heap.empty()) {
        const auto [d, n] = m_heap.top();
        if (d > limit) break;
        m_heap.pop();
        if (m_done[size_t(n)] || d > m_dist[size_t(n)]) continue;
        m_done[size_t(n)] = 1;
        m_settled.push_back(n);
        if (onSettle) onSettle(n, d);
        for (int e = m_net.adjStart[size_t(n)]; e < m_net.adjStart[size_t(n) + 1]; ++e) {
            const int m = m_net.adjTarget[size_t(e)];
            const double nd = d + m_net.adjMinutes[size_t(e)];
            if (nd < m_dist[size_t(m)] && nd <= limit) seed(m, nd);
        }
    }
}

// --- travelTimes ------------------------------------------------------------------------------------

Result<CostMatrix> RoadNetwork::travelTimes(const QVector<QPointF>& demand, const QVector<QPointF>& candidates,
                                            double limitMinutes,
                                            const std::function<bool(int done, int total)>& progress) const
{
    if (std::isnan(limitMinutes) || limitMinutes < 0)
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork",
                                                     "The travel-time limit must be zero or more minutes (it is %1).")
                             .arg(limitMinutes));
    const Impl& net = *d;
    const std::vector<Snap> demandSnaps = net.snapAll(demand);
    const std::vector<Snap> candidateSnaps = net.snapAll(candidates);
    const int demandNear =
        int(std::count_if(demandSnaps.begin(), demandSnaps.end(), [](const Snap& s) { return s.ok(); }));
    const int candidatesNear =
        int(std::count_if(candidateSnaps.begin(), candidateSnaps.end(), [](const Snap& s) { return s.ok(); }));
    const QString snapText = QString::number(net.options.maxSnapDistance);
    if (!candidates.isEmpty() && candidatesNear == 0)
        return makeError(QCoreApplication::translate(
                             "dosi::gis::RoadNetwork",
                             "None of the %1 candidate sites lies within %2 m of a road in the layer \"%3\"; "
                             "check that the road layer covers the study area.")
                             .arg(candidates.size())
                             .arg(snapText, net.layerName));
    if (!demand.isEmpty() && demandNear == 0)
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "None of the %1 demand points lies within %2 m of a road in the layer \"%3\"; "
                                        "check that the road layer covers the study area.")
                .arg(demand.size())
                .arg(snapText, net.layerName));

    const TargetIndex targets(net, demandSnaps);
    Search search(net);
    std::vector<double> best(demandSnaps.size(), kInf);
    std::vector<int> reached;
    std::vector<NodeCost> seedList;
    struct Triple {
        int row, col;
        double cost;
    };
    std::vector<Triple> found;
    const int total = int(candidates.size());
    for (int j = 0; j < total; ++j) {
        const Snap& src = candidateSnaps[size_t(j)];
        if (src.ok()) {
            search.reset();
            reached.clear();
            auto offer = [&](int k, double minutes) {
                if (std::isinf(best[size_t(k)])) reached.push_back(k);
                best[size_t(k)] = std::min(best[size_t(k)], minutes);
            };
            // Demand on the candidate's own segment.
            if (const auto it = targets.bySegment.constFind(src.seg); it != targets.bySegment.constEnd())
                for (int k : *it) {
                    const double along = net.alongSegment(src, demandSnaps[size_t(k)]);
                    if (std::isfinite(along)) offer(k, src.access + along + demandSnaps[size_t(k)].access);
                }
            net.seeds(src, seedList);
            for (const NodeCost& s : seedList) search.seed(s.node, s.minutes);
            search.run(limitMinutes, [&](int node, double minutes) {
                for (int e = targets.nodeStart[size_t(node)]; e < targets.nodeStart[size_t(node) + 1]; ++e) {
                    const int k = targets.nodeTarget[size_t(e)];
                    offer(k, minutes + targets.nodeMinutes[size_t(e)] + demandSnaps[size_t(k)].access);
                }
            });
            for (int k : reached) {
                if (best[size_t(k)] <= limitMinutes) found.push_back({k, j, best[size_t(k)]});
                best[size_t(k)] = kInf;
            }
        }
        if (progress && !progress(j + 1, total))
            return makeError(
                QCoreApplication::translate("dosi::gis::RoadNetwork", "The travel-time calculation was cancelled."));
    }
    if (found.empty() && !demand.isEmpty() && !candidates.isEmpty()) {
        const QString within =
            std::isinf(limitMinutes)
                ? QString()
                : QLatin1Char(' ') +
                      QCoreApplication::translate("dosi::gis::RoadNetwork", "within %1 minutes").arg(limitMinutes);
        return makeError(QCoreApplication::translate(
                             "dosi::gis::RoadNetwork",
                             "No demand point can be reached%1 from any candidate site over the road layer \"%2\": "
                             "%3 of %4 demand points and %5 of %6 candidates lie near a road, but no connected "
                             "part of the network joins them.")
                             .arg(within, net.layerName)
                             .arg(demandNear)
                             .arg(demand.size())
                             .arg(candidatesNear)
                             .arg(candidates.size()));
    }

    // Rows in demand order; within a row candidates ascend because they were searched in order.
    CostMatrix m;
    m.rows = int(demand.size());
    m.cols = total;
    m.limit = limitMinutes;
    m.unit = QStringLiteral("min");
    m.rowStart.fill(0, m.rows + 1);
    for (const Triple& t : found) ++m.rowStart[t.row + 1];
    for (int i = 0; i < m.rows; ++i) m.rowStart[i + 1] += m.rowStart[i];
    m.col.resize(qsizetype(found.size()));
    m.cost.resize(qsizetype(found.size()));
    QVector<qint64> at(m.rowStart.begin(), m.rowStart.end() - 1);
    for (const Triple& t : found) {
        const qint64 e = at[t.row]++;
        m.col[e] = t.col;
        m.cost[e] = t.cost;
    }
    return m;
}

// --- nearestTimes -----------------------------------------------------------------------------------

QVector<double> RoadNetwork::nearestTimes(const QVector<QPointF>& sources, const QVector<QPointF>& targets) const
{
    const Impl& net = *d;
    QVector<double> out(targets.size(), kInf);
    const std::vector<Snap> sourceSnaps = net.snapAll(sources);
    const std::vector<Snap> targetSnaps = net.snapAll(targets);
    Search search(net);
    std::vector<NodeCost> list;
    QHash<int, QVector<int>> sourcesBySegment;
    for (size_t s = 0; s < sourceSnaps.size(); ++s) {
        if (!sourceSnaps[s].ok()) continue;
        net.seeds(sourceSnaps[s], list);
        for (const NodeCost& c : list) search.seed(c.node, c.minutes);
        sourcesBySegment[sourceSnaps[s].seg].append(int(s));
    }
    search.run(kInf);
    for (int k = 0; k < targets.size(); ++k) {
        const Snap& t = targetSnaps[size_t(k)];
        if (!t.ok()) continue;
        double best = kInf;
        net.approaches(t, list);
        for (const NodeCost& c : list) best = std::min(best, search.dist(c.node) + c.minutes);
        if (const auto it = sourcesBySegment.constFind(t.seg); it != sourcesBySegment.constEnd())
            for (int s : *it) {
                const Snap& src = sourceSnaps[size_t(s)];
                best = std::min(best, src.access + net.alongSegment(src, t));
            }
        out[k] = best + t.access;
    }
    return out;
}

// --- isochrone --------------------------------------------------------------------------------------

Result<Geometry> RoadNetwork::isochrone(const QVector<QPointF>& sources, double minutes, double bufferMetres) const
{
    const Impl& net = *d;
    if (!std::isfinite(minutes) || minutes <= 0)
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "The isochrone time must be a positive number of minutes (it is %1).")
                .arg(minutes));
    if (!std::isfinite(bufferMetres) || bufferMetres <= 0)
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "The isochrone buffer must be a positive number of metres (it is %1).")
                .arg(bufferMetres));
    const std::vector<Snap> snaps = net.snapAll(sources);
    Search search(net);
    std::vector<NodeCost> list;
    // Reached stretches of each segment as fractions [a, b] from u to v.
    QHash<int, QVector<QPair<double, double>>> reached;
    Geometry lines;
    lines.type = Geometry::Type::MultiLineString;
    bool anySource = false;
    for (size_t s = 0; s < snaps.size(); ++s) {
        const Snap& src = snaps[s];
        if (!src.ok() || src.access > minutes) continue;
        anySource = true;
        // The access leg, cut where time runs out.
        if (src.distance > 1e-9) {
            const double f = src.access > 0 ? std::min(1.0, minutes / src.access) : 1.0;
            const QPointF p = sources[int(s)];
            lines.lines.append({p, p + (src.at - p) * f});
        }
        const Segment& seg = net.segments[size_t(src.seg)];
        const double left = seg.minutes > 0 ? (minutes - src.access) / seg.minutes : 1.0;
        if (seg.forward) reached[src.seg].append({src.t, std::min(1.0, src.t + left)});
        if (seg.backward) reached[src.seg].append({std::max(0.0, src.t - left), src.t});
        net.seeds(src, list);
        for (const NodeCost& c : list) search.seed(c.node, c.minutes);
    }
    if (!anySource)
        return makeError(
            QCoreApplication::translate("dosi::gis::RoadNetwork",
                                        "None of the %1 sources lies within %2 m of a road in the layer \"%3\".")
                .arg(sources.size())
                .arg(net.options.maxSnapDistance)
                .arg(net.layerName));
    search.run(minutes);
    for (int n : search.settled()) {
        const double dn = search.dist(n);
        for (int e = net.adjStart[size_t(n)]; e < net.adjStart[size_t(n) + 1]; ++e) {
            const int si = net.adjSegment[size_t(e)];
            const Segment& seg = net.segments[size_t(si)];
            const double f = seg.minutes > 0 ? std::min(1.0, (minutes - dn) / seg.minutes) : 1.0;
            if (f <= 0) continue;
            if (seg.u == n)
                reached[si].append({0.0, f});
            else
                reached[si].append({1.0 - f, 1.0});
        }
    }
    for (auto it = reached.begin(); it != reached.end(); ++it) {
        QVector<QPair<double, double>>& iv = it.value();
        std::sort(iv.begin(), iv.end());
        const Segment& seg = net.segments[size_t(it.key())];
        const QPointF a = net.nodes[size_t(seg.u)], b = net.nodes[size_t(seg.v)];
        auto emitPiece = [&](double s, double e) {
            if ((e - s) * seg.length > 1e-6) lines.lines.append({a + (b - a) * s, a + (b - a) * e});
        };
        double s = iv.first().first, e = iv.first().second;
        for (int k = 1; k < iv.size(); ++k) {
            if (iv[k].first <= e) {
                e = std::max(e, iv[k].second);
            } else {
                emitPiece(s, e);
                s = iv[k].first;
                e = iv[k].second;
            }
        }
        emitPiece(s, e);
    }
    Geometry out;
    out.type = Geometry::Type::MultiPolygon;
    if (lines.lines.isEmpty()) return out;

    geos::Context ctx;
    geos::GeomPtr g = geos::toGeos(ctx, lines);
    if (!g)
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork", "The isochrone could not be built: %1")
                             .arg(ctx.lastError()));
    // Join stretches that meet end to end at nodes of degree two (fewer, longer lines), buffer each
    // line and merge the buffers with a cascaded union: several times faster than buffering the
    // whole MultiLineString at once on a dense street grid.
    if (geos::GeomPtr joined = geos::own(ctx, GEOSLineMerge_r(ctx, g.get()))) g = std::move(joined);
    const int parts = GEOSGetNumGeometries_r(ctx, g.get());
    std::vector<GEOSGeometry*> buffers;
    buffers.reserve(size_t(std::max(parts, 0)));
    for (int i = 0; i < parts; ++i) {
        GEOSGeometry* b = GEOSBuffer_r(ctx, GEOSGetGeometryN_r(ctx, g.get(), i), bufferMetres, 8);
        if (!b) {
            for (GEOSGeometry* done : buffers) GEOSGeom_destroy_r(ctx, done);
            return makeError(
                QCoreApplication::translate("dosi::gis::RoadNetwork", "The isochrone could not be built: %1")
                    .arg(ctx.lastError()));
        }
        buffers.push_back(b);
    }
    // The collection takes ownership of the buffers.
    geos::GeomPtr all = geos::own(
        ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, buffers.data(), unsigned(buffers.size())));
    if (!all)
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork", "The isochrone could not be built: %1")
                             .arg(ctx.lastError()));
    geos::GeomPtr buffered = geos::own(ctx, GEOSUnaryUnion_r(ctx, all.get()));
    if (!buffered)
        return makeError(QCoreApplication::translate("dosi::gis::RoadNetwork", "The isochrone could not be built: %1")
                             .arg(ctx.lastError()));
    out = geos::fromGeos(ctx, buffered.get(), true);
    out.type = Geometry::Type::MultiPolygon;
    return out;
}

}  // namespace dosi::gis
