// CostMatrix basics and Euclidean costs with a uniform-grid index over the candidates.
#include "dosi/gis/CostMatrix.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace dosi::gis {

double CostMatrix::at(int i, int j) const
{
    if (i < 0 || i >= rows || j < 0 || j >= cols || rowStart.size() != rows + 1)
        return std::numeric_limits<double>::quiet_NaN();
    const int* first = col.constData() + rowStart[i];
    const int* last = col.constData() + rowStart[i + 1];
    const int* it = std::lower_bound(first, last, j);
    if (it == last || *it != j) return std::numeric_limits<double>::quiet_NaN();
    return double(cost[it - col.constData()]);
}

CostMatrix CostMatrix::fromRows(int rows, int cols,
                                const std::function<void(int row, QVector<QPair<int, double>>& out)>& fill)
{
    CostMatrix m;
    m.rows = std::max(rows, 0);
    m.cols = std::max(cols, 0);
    m.rowStart.resize(m.rows + 1);
    m.rowStart[0] = 0;
    QVector<QPair<int, double>> buf;
    for (int i = 0; i < m.rows; ++i) {
        buf.clear();
        if (fill) fill(i, buf);
        std::sort(buf.begin(), buf.end(), [](const QPair<int, double>& a, const QPair<int, double>& b) {
            return a.first < b.first || (a.first == b.first && a.second < b.second);
        });
        int last = -1;
        for (const auto& p : std::as_const(buf)) {
            if (p.first < 0 || p.first >= m.cols) continue;   // not a candidate
            if (p.first == last) continue;                    // a repeated pair keeps its least cost
            m.col.append(p.first);
            m.cost.append(p.second);
            last = p.first;
        }
        m.rowStart[i + 1] = m.col.size();
    }
    return m;
}

namespace {

bool finitePoint(const QPointF& p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// Every pair: columns are ascending by construction.
CostMatrix allPairs(const QVector<QPointF>& demand, const QVector<QPointF>& candidates)
{
    CostMatrix m;
    m.rows = int(demand.size());
    m.cols = int(candidates.size());
    m.rowStart.resize(m.rows + 1);
    m.rowStart[0] = 0;
    m.col.reserve(qsizetype(m.rows) * m.cols);
    m.cost.reserve(qsizetype(m.rows) * m.cols);
    for (int i = 0; i < m.rows; ++i) {
        const QPointF p = demand[i];
        if (finitePoint(p)) {
            for (int j = 0; j < m.cols; ++j) {
                const QPointF q = candidates[j];
                if (!finitePoint(q)) continue;
                const double dx = p.x() - q.x(), dy = p.y() - q.y();
                m.col.append(j);
                m.cost.append(std::sqrt(dx * dx + dy * dy));
            }
        }
        m.rowStart[i + 1] = m.col.size();
    }
    return m;
}

}  // namespace

CostMatrix euclideanCosts(const QVector<QPointF>& demand, const QVector<QPointF>& candidates, double maxDistance)
{
    if (std::isnan(maxDistance) || maxDistance < 0) maxDistance = -1;   // nothing is within reach
    if (std::isinf(maxDistance)) {
        CostMatrix m = allPairs(demand, candidates);
        m.unit = QStringLiteral("m");
        return m;
    }

    CostMatrix m;
    m.rows = int(demand.size());
    m.cols = int(candidates.size());
    m.limit = maxDistance < 0 ? 0.0 : maxDistance;
    m.unit = QStringLiteral("m");
    m.rowStart.fill(0, m.rows + 1);
    if (maxDistance < 0 || m.rows == 0 || m.cols == 0) return m;

    // Bucket the candidates in a grid of cells at least maxDistance wide, so that every candidate
    // within reach of a point lies in the point's cell or one of its eight neighbours.
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    int finite = 0;
    for (const QPointF& q : candidates) {
        if (!finitePoint(q)) continue;
        ++finite;
        minX = std::min(minX, q.x());
        maxX = std::max(maxX, q.x());
        minY = std::min(minY, q.y());
        maxY = std::max(maxY, q.y());
    }
    if (finite == 0) return m;
    const double w = maxX - minX, h = maxY - minY;
    double cell = std::max(maxDistance, 1e-9 * std::max({w, h, 1.0}));
    // Keep the grid to a few cells per candidate (a tiny radius over a wide area).
    const double maxCells = std::max(1024.0, 4.0 * finite);
    while ((std::floor(w / cell) + 1) * (std::floor(h / cell) + 1) > maxCells) cell *= 2;
    const int nx = int(std::floor(w / cell)) + 1;
    const int ny = int(std::floor(h / cell)) + 1;

    // Counting sort of the candidates by cell (CSR); candidates stay ascending within a cell.
    std::vector<int> cellStart(size_t(nx) * ny + 1, 0);
    std::vector<int> cellOf(size_t(m.cols), -1);
    for (int j = 0; j < m.cols; ++j) {
        const QPointF q = candidates[j];
        if (!finitePoint(q)) continue;
        const int cx = std::min(nx - 1, int((q.x() - minX) / cell));
        const int cy = std::min(ny - 1, int((q.y() - minY) / cell));
        cellOf[size_t(j)] = cy * nx + cx;
        ++cellStart[size_t(cellOf[size_t(j)]) + 1];
    }
    for (size_t c = 1; c < cellStart.size(); ++c) cellStart[c] += cellStart[c - 1];
    std::vector<int> members(static_cast<size_t>(finite));
    std::vector<double> mx(static_cast<size_t>(finite)), my(static_cast<size_t>(finite));
    {
        std::vector<int> fillAt(cellStart.begin(), cellStart.end() - 1);
        for (int j = 0; j < m.cols; ++j) {
            if (cellOf[size_t(j)] < 0) continue;
            const int at = fillAt[size_t(cellOf[size_t(j)])]++;
            members[size_t(at)] = j;
            mx[size_t(at)] = candidates[j].x();
            my[size_t(at)] = candidates[j].y();
        }
    }

    std::vector<std::pair<int, double>> found;
    for (int i = 0; i < m.rows; ++i) {
        const QPointF p = demand[i];
        found.clear();
        if (finitePoint(p)) {
            const double fx = (p.x() - minX) / cell, fy = (p.y() - minY) / cell;
            const double reach = maxDistance / cell + 1e-9;   // a hair wider against rounding at cell edges
            // Cells overlapping the disc around p (clamped; a point far outside the grid finds none).
            const double x0 = std::floor(fx - reach), x1 = std::floor(fx + reach);
            const double y0 = std::floor(fy - reach), y1 = std::floor(fy + reach);
            if (x1 >= 0 && y1 >= 0 && x0 < nx && y0 < ny) {
                const int cx0 = int(std::max(0.0, x0)), cx1 = int(std::min(double(nx - 1), x1));
                const int cy0 = int(std::max(0.0, y0)), cy1 = int(std::min(double(ny - 1), y1));
                for (int cy = cy0; cy <= cy1; ++cy) {
                    const int from = cellStart[size_t(cy) * nx + cx0];
                    const int to = cellStart[size_t(cy) * nx + cx1 + 1];   // cells of a row are contiguous
                    for (int k = from; k < to; ++k) {
                        const double dx = p.x() - mx[size_t(k)], dy = p.y() - my[size_t(k)];
                        const double d2 = dx * dx + dy * dy;
                        if (d2 > maxDistance * maxDistance * (1 + 1e-12) + 1e-12) continue;
                        const double d = std::sqrt(d2);
                        if (d <= maxDistance) found.emplace_back(members[size_t(k)], d);
                    }
                }
                if (cy1 > cy0 || cx1 > cx0) std::sort(found.begin(), found.end());
            }
        }
        for (const auto& [j, c] : found) {
            m.col.append(j);
            m.cost.append(c);
        }
        m.rowStart[i + 1] = m.col.size();
    }
    return m;
}

}  // namespace dosi::gis
