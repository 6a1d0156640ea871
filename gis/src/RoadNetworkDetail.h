#pragma once
// Private parts of RoadNetwork: the graph (nodes, undirected segments, directed CSR adjacency), the
// segment grid used to snap points onto the nearest road, and the Dijkstra search shared by
// travelTimes, nearestTimes and isochrone.

#include "dosi/gis/RoadNetwork.h"

#include <QPointF>

#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace dosi::gis {

namespace roads {

constexpr double kInf = std::numeric_limits<double>::infinity();

// One piece of road between two consecutive (merged) vertices of a line feature.
struct Segment {
    int u = 0, v = 0;       // nodes; the feature is digitised from u to v
    double length = 0;      // metres
    double minutes = 0;     // travel time over the whole segment
    bool forward = true;    // u -> v drivable
    bool backward = true;   // v -> u drivable
    int feature = 0;
};

// Where a point joins the network: segment `seg` at fraction t from u to v, after an access leg.
struct Snap {
    int seg = -1;   // -1 = farther than maxSnapDistance from every road
    double t = 0;
    double distance = 0;   // metres from the point to the road
    double access = 0;     // minutes for the access leg
    QPointF at;            // the point on the road
    bool ok() const { return seg >= 0; }
};

// A label to seed a search with, or a way to reach a target from a node.
struct NodeCost {
    int node;
    double minutes;
};

// The graph: nodes, undirected segments and the directed CSR adjacency.
struct Graph {
    std::vector<QPointF> nodes;
    std::vector<Segment> segments;
    // Directed edges out of each node: [adjStart[n], adjStart[n + 1]).
    std::vector<int> adjStart;
    std::vector<int> adjTarget;
    std::vector<double> adjMinutes;
    std::vector<int> adjSegment;

    // The labels a source puts on the ends of its segment (respecting one-way).
    void seeds(const Snap& s, std::vector<NodeCost>& out) const;
    // How a target on its segment is reached from the segment's ends (respecting one-way); the
    // target's own access leg is not included.
    void approaches(const Snap& target, std::vector<NodeCost>& out) const;
    // Travel along one segment from a source to a target on the same segment, or infinity when
    // one-way forbids it; access legs not included.
    double alongSegment(const Snap& source, const Snap& target) const;
};

}  // namespace roads

struct RoadNetwork::Impl : roads::Graph {
    QString layerName;
    RoadNetworkOptions options;
    RoadNetworkSummary summary;

    // Uniform grid over the segments (each listed in every cell it passes through).
    double gridX = 0, gridY = 0, cell = 1;
    int nx = 0, ny = 0;
    std::vector<int> cellStart;
    std::vector<int> cellSegments;

    void buildAdjacency();
    void buildGrid();
    roads::Snap snap(const QPointF& p) const;
    std::vector<roads::Snap> snapAll(const QVector<QPointF>& points) const;
};

namespace roads {

// Dijkstra with a binary heap and lazy deletion; reusable across searches (only the touched
// labels are reset).
class Search {
public:
    explicit Search(const Graph& net);
    void reset();
    void seed(int node, double minutes);
    // Settles nodes in order of time up to `limit`; onSettle(node, minutes) for each.
    void run(double limit, const std::function<void(int, double)>& onSettle = {});
    double dist(int node) const { return m_dist[size_t(node)]; }
    const std::vector<int>& settled() const { return m_settled; }

private:
    const Graph& m_net;
    std::vector<double> m_dist;
    std::vector<char> m_done;
    std::vector<int> m_touched;
    std::vector<int> m_settled;
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> m_heap;
};

}  // namespace roads

}  // namespace dosi::gis
