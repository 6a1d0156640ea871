#pragma once
// Shared helpers of the location-model tests (header-only): cost matrices from callbacks, seeded random
// instances, and PySAL spopt's San Francisco instance read from ../shared/data/peer/spopt_sf.

#include "dosi/gis/CostMatrix.h"
#include "dosi/models/Location.h"

#include <QFile>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <functional>
#include <limits>
#include <random>

namespace dosi::test::location {

using dosi::gis::CostMatrix;
using namespace dosi::models;

// A matrix from cost(i, j); a NaN cost leaves the pair out.
inline CostMatrix matrixFrom(int rows, int cols, const std::function<double(int, int)>& cost)
{
    CostMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.rowStart.append(0);
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < cols; ++j) {
            const double c = cost(i, j);
            if (std::isnan(c)) continue;
            m.col.append(j);
            m.cost.append(float(c));
        }
        m.rowStart.append(m.col.size());
    }
    return m;
}

inline QStringList ids(const QString& prefix, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i) out << QStringLiteral("%1%2").arg(prefix).arg(i + 1);
    return out;
}

// Random points in a 10 x 10 square, integer weights 0..9 (about one in ten zero), Euclidean costs rounded to
// 0.01; pairs beyond `limit` left out. `required` candidates (the first ones) are always open.
inline LocationProblem randomProblem(unsigned seed, LocationModel model, int n, int m, int p, int required,
                                     double radius, double limit = std::numeric_limits<double>::infinity())
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 10);
    std::uniform_int_distribution<int> w(0, 9);
    QVector<QPointF> d(n), c(m);
    for (auto& pt : d) pt = QPointF(u(rng), u(rng));
    for (auto& pt : c) pt = QPointF(u(rng), u(rng));
    LocationProblem pr;
    pr.model = model;
    pr.demandIds = ids(QStringLiteral("d"), n);
    pr.candidateIds = ids(QStringLiteral("c"), m);
    for (int i = 0; i < n; ++i) pr.weights << w(rng);
    pr.weights[0] = 5;   // never all zero
    for (int j = 0; j < required; ++j) pr.required << j;
    pr.costs = matrixFrom(n, m, [&](int i, int j) {
        const double dist = std::round(std::hypot(d[i].x() - c[j].x(), d[i].y() - c[j].y()) * 100) / 100;
        return dist <= limit ? dist : std::numeric_limits<double>::quiet_NaN();
    });
    pr.radius = radius;
    pr.p = p;
    return pr;
}

// Splits one CSV line (double quotes, no embedded newlines).
inline QStringList csvFields(const QString& line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int k = 0; k < line.size(); ++k) {
        const QChar ch = line[k];
        if (quoted) {
            if (ch == QLatin1Char('"') && k + 1 < line.size() && line[k + 1] == QLatin1Char('"')) { cur += ch; ++k; }
            else if (ch == QLatin1Char('"')) quoted = false;
            else cur += ch;
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            out << cur;
            cur.clear();
        } else {
            cur += ch;
        }
    }
    out << cur;
    return out;
}

inline QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty()) rows << csvFields(line);
    }
    return rows;
}

// spopt's San Francisco instance: 205 census tracts (keyed by NAME, POP2000 weights) x 16 stores with
// network distances. Returns an empty problem (no demand) when the files are missing or do not parse.
inline LocationProblem sfProblem(LocationModel model, double radius, int p)
{
    const QString dir = QStringLiteral(DOSI_SHARED_DATA "/peer/spopt_sf/");
    const auto demand = readCsv(dir + QStringLiteral("SF_demand_205_centroid_uniform_weight.csv"));
    const auto stores = readCsv(dir + QStringLiteral("SF_store_site_16_longlat.csv"));
    const auto dist = readCsv(dir + QStringLiteral("SF_network_distance_candidateStore_16_censusTract_205_new.csv"));
    LocationProblem pr;
    if (demand.size() < 2 || stores.size() < 2 || dist.size() < 2) return pr;
    const int nameCol = demand[0].indexOf(QStringLiteral("NAME")), popCol = demand[0].indexOf(QStringLiteral("POP2000"));
    const int storeCol = stores[0].indexOf(QStringLiteral("NAME"));
    QHash<QString, int> row, col;
    for (int k = 1; k < demand.size(); ++k) {
        row.insert(demand[k][nameCol], pr.demandIds.size());
        pr.demandIds << demand[k][nameCol];
        pr.weights << demand[k][popCol].toDouble();
    }
    for (int k = 1; k < stores.size(); ++k) {
        col.insert(stores[k][storeCol], pr.candidateIds.size());
        pr.candidateIds << stores[k][storeCol];
    }
    const int dCol = dist[0].indexOf(QStringLiteral("distance")), sCol = dist[0].indexOf(QStringLiteral("name")),
              tCol = dist[0].indexOf(QStringLiteral("DestinationName"));
    QVector<double> cost(pr.demandIds.size() * pr.candidateIds.size(), std::numeric_limits<double>::quiet_NaN());
    for (int k = 1; k < dist.size(); ++k) {
        const int i = row.value(dist[k][tCol], -1), j = col.value(dist[k][sCol], -1);
        if (i < 0 || j < 0) return {};
        cost[i * pr.candidateIds.size() + j] = dist[k][dCol].toDouble();
    }
    const int m = int(pr.candidateIds.size());
    pr.costs = matrixFrom(int(pr.demandIds.size()), m, [&](int i, int j) { return cost[i * m + j]; });
    pr.model = model;
    pr.radius = radius;
    pr.p = p;
    return pr;
}

inline SolveOptions withMethod(SolveMethod method, double seconds = 60)
{
    SolveOptions o;
    o.method = method;
    o.timeLimitSeconds = seconds;
    return o;
}

inline bool closeTo(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

}  // namespace dosi::test::location
