// Gravity model inputs from project data: population marginals, zone centroids, and the estimated OD layer.
#include "dosi/models/Gravity.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/OdImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <cmath>

namespace dosi::models {

namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

QString gravityDescription()
{
    return QCoreApplication::translate("dosi::Gravity", "Estimated by a doubly-constrained gravity model (not measured)");
}

bool polygonCentroid(const QByteArray& wkb, double* x, double* y, double* area)
{
    bool ok = false;
    const gis::Geometry g = gis::Geometry::fromWkb(wkb, &ok);
    if (!ok) return false;
    double a = 0, cx = 0, cy = 0;
    for (const gis::Polygon& poly : g.polygons) {
        for (int r = 0; r < poly.rings.size(); ++r) {
            const gis::Ring& ring = poly.rings[r];
            // Shoelace; the outer ring counts positive and holes negative whatever their orientation.
            double ra = 0, rx = 0, ry = 0;
            const QPointF o = ring.isEmpty() ? QPointF() : ring.first();  // shift for precision
            for (int k = 0; k + 1 < ring.size(); ++k) {
                const double x0 = ring[k].x() - o.x(), y0 = ring[k].y() - o.y();
                const double x1 = ring[k + 1].x() - o.x(), y1 = ring[k + 1].y() - o.y();
                const double c = x0 * y1 - x1 * y0;
                ra += c;
                rx += (x0 + x1) * c;
                ry += (y0 + y1) * c;
            }
            if (ra == 0) continue;
            const double ringArea = ra / 2.0;
            // centroid of the ring = o + (rx, ry) / (6 * ringArea)
            const double gx = o.x() + rx / (6.0 * ringArea), gy = o.y() + ry / (6.0 * ringArea);
            const double w = (r == 0 ? 1.0 : -1.0) * std::abs(ringArea);
            a += w;
            cx += w * gx;
            cy += w * gy;
        }
    }
    if (a > 0) {
        *x = cx / a;
        *y = cy / a;
    } else {
        const Envelope e = g.envelope();
        if (e.isNull()) return false;
        *x = (e.minX + e.maxX) / 2.0;
        *y = (e.minY + e.maxY) / 2.0;
        a = 0;
    }
    if (area) *area = a;
    return true;
}

Result<PopulationMarginals> populationMarginals(const MeasureTable& hourly, const QString& field, const QDate& from,
                                                const QDate& to)
{
    const int fi = hourly.fieldIndex(field);
    if (fi < 0)
        return makeError(QCoreApplication::translate("dosi::Gravity", "The population layer has no field \"%1\" (it has: %2).")
                             .arg(field, hourly.fields.join(QStringLiteral(", "))));
    struct Acc {
        double nightSum = 0, daySum = 0;
        int night = 0, day = 0;
    };
    QMap<QString, Acc> acc;
    QMap<QString, bool> days;
    PopulationMarginals out;
    for (int r = 0; r < hourly.rowCount(); ++r) {
        QDate date;
        int hour = 0;
        if (!parseHourKey(hourly.times[r], &date, &hour)) continue;
        if ((from.isValid() && date < from) || (to.isValid() && date > to)) continue;
        const bool isNight = hour >= 3 && hour <= 5;
        const bool isDay = hour >= 13 && hour <= 15 && date.dayOfWeek() <= 5;
        Acc& a = acc[hourly.units[r]];
        if (!isNight && !isDay) continue;
        const double v = hourly.columns[fi][r];
        if (isMasked(v)) {
            ++out.maskedValues;
            continue;
        }
        if (!hasValue(v)) continue;
        days.insert(date.toString(QStringLiteral("yyyy-MM-dd")), true);
        if (isNight) {
            a.nightSum += v;
            ++a.night;
        } else {
            a.daySum += v;
            ++a.day;
        }
    }
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        if (it->night == 0 || it->day == 0) {
            out.skippedUnits << it.key();
            continue;
        }
        out.units << it.key();
        out.night << it->nightSum / it->night;
        out.day << it->daySum / it->day;
    }
    out.days = days.keys();
    if (out.units.isEmpty())
        return makeError(QCoreApplication::translate("dosi::Gravity",
                                                     "The population layer has no unit with known values at night "
                                                     "(03-05 h) and on weekday afternoons (13-15 h) in the chosen days."));
    return out;
}

Result<FlowEstimate> estimateFlowsFromPopulation(const MeasureTable& hourlyPopulation, const QString& field,
                                                 const QStringList& zoneCodes, const QVector<QByteArray>& zoneWkb,
                                                 const QString& zoneLayer, const QString& name,
                                                 const GravityOptions& options, const QVector<ObservedFlow>& observed,
                                                 const QDate& from, const QDate& to)
{
    Result<PopulationMarginals> m = populationMarginals(hourlyPopulation, field, from, to);
    if (!m) return m.error();
    FlowEstimate est;
    est.marginals = std::move(m).value();
    const PopulationMarginals& pm = est.marginals;

    QHash<QString, int> geomIndex;
    for (int i = 0; i < zoneCodes.size() && i < zoneWkb.size(); ++i)
        if (!geomIndex.contains(zoneCodes[i])) geomIndex.insert(zoneCodes[i], i);

    QVector<GravityZone> zones;
    for (int u = 0; u < pm.units.size(); ++u) {
        const int g = geomIndex.value(pm.units[u], -1);
        double x = 0, y = 0, area = 0;
        if (g < 0 || !polygonCentroid(zoneWkb[g], &x, &y, &area)) {
            est.unmatchedUnits << pm.units[u];
            continue;
        }
        GravityZone z;
        z.code = pm.units[u];
        z.x = x;
        z.y = y;
        z.production = pm.night[u];
        z.attraction = pm.day[u];
        // Mean distance between two random points of a disc of the zone's area: 128 r / (45 pi).
        if (area > 0) z.selfDistanceKm = 128.0 * std::sqrt(area / kPi) / (45.0 * kPi) / 1000.0;
        zones.append(z);
        est.nightTotal += z.production;
        est.dayTotal += z.attraction;
    }
    if (zones.size() < 2)
        return makeError(QCoreApplication::translate("dosi::Gravity",
                                                     "Fewer than two population units match a zone of layer \"%1\".")
                             .arg(zoneLayer));
    if (est.dayTotal <= 0)
        return makeError(QCoreApplication::translate("dosi::Gravity", "The daytime population of the matched zones is zero."));
    const double scale = est.nightTotal / est.dayTotal;
    for (GravityZone& z : zones) z.attraction *= scale;
    if (!est.unmatchedUnits.isEmpty())
        est.warnings << QCoreApplication::translate("dosi::Gravity", "%1 population unit(s) have no zone geometry and are left out: %2")
                            .arg(est.unmatchedUnits.size())
                            .arg(est.unmatchedUnits.mid(0, 10).join(QStringLiteral(", ")));
    if (!pm.skippedUnits.isEmpty())
        est.warnings << QCoreApplication::translate("dosi::Gravity",
                                                    "%1 population unit(s) lack night or weekday-afternoon values and are "
                                                    "left out: %2")
                            .arg(pm.skippedUnits.size())
                            .arg(pm.skippedUnits.mid(0, 10).join(QStringLiteral(", ")));

    Result<GravityResult> run = runGravity(zones, options, observed);
    if (!run) return run.error();
    est.model = std::move(run).value();
    const GravityResult& g = est.model;
    const int n = int(zones.size());

    est.table.fields = QStringList{QStringLiteral("flow"), QStringLiteral("distance_km")};
    est.table.columns.resize(2);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double t = g.flows[i * n + j];
            if (!(t > 0)) continue;
            est.table.addRow(gis::odUnit(zones[i].code, zones[j].code), QString(), {t, g.distanceKm[i * n + j]});
        }

    LayerInfo& info = est.info;
    info.name = name;
    info.title = name;
    info.kind = LayerKind::Measure;
    info.timeKind = TimeKind::None;
    info.estimated = true;
    info.fields = {FieldInfo{QStringLiteral("flow"), FieldType::Real,
                             QCoreApplication::translate("dosi::Gravity",
                                                         "home-to-work flow (people). %1.")
                                 .arg(gravityDescription())},
                   FieldInfo{QStringLiteral("distance_km"), FieldType::Real,
                             QCoreApplication::translate("dosi::Gravity", "straight-line distance between zone centroids (km)")}};
    gis::setOdZoneLayer(info, zoneLayer);
    info.style.insert(QStringLiteral("estimated_by"), QStringLiteral("gravity-doubly-constrained"));
    info.style.insert(QStringLiteral("description"), gravityDescription());
    info.style.insert(QStringLiteral("decay"),
                      g.decay == DistanceDecay::Exponential ? QStringLiteral("exp(-beta*d)") : QStringLiteral("d^-beta"));
    info.style.insert(QStringLiteral("beta"), g.beta);
    info.style.insert(QStringLiteral("beta_source"), g.betaSource);
    info.style.insert(QStringLiteral("target_mean_trip_km"), g.targetMeanTripKm);
    info.style.insert(QStringLiteral("mean_trip_km"), g.meanTripKm);
    info.rowCount = est.table.rowCount();
    return est;
}

}  // namespace dosi::models
