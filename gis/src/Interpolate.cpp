#include "dosi/gis/Interpolate.h"

#include "GridGeos.h"
#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace dosi::gis {

namespace {


struct Item {
    geos::GeomPtr g;
    bool rect = false;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;   // when rect
    double area = 0;
    int vertices = 0;
};

// An axis-aligned rectangle (a grid cell): one polygon, one ring of 4 corners.
bool asRectangle(const Geometry& g, Item* it)
{
    if (g.polygons.size() != 1 || g.polygons[0].rings.size() != 1) return false;
    const Ring& r = g.polygons[0].rings[0];
    if (r.size() != 5 || r.front() != r.back()) return false;
    const Envelope e = g.envelope();
    for (int i = 0; i < 4; ++i) {
        const QPointF& p = r[i];
        const QPointF& q = r[i + 1];
        if (p.x() != q.x() && p.y() != q.y()) return false;   // not axis-parallel
        if ((p.x() != e.minX && p.x() != e.maxX) || (p.y() != e.minY && p.y() != e.maxY)) return false;
    }
    if (!(e.width() > 0 && e.height() > 0)) return false;
    it->rect = true;
    it->x0 = e.minX;
    it->y0 = e.minY;
    it->x1 = e.maxX;
    it->y1 = e.maxY;
    return true;
}

Result<std::vector<Item>> convert(const geos::Context& ctx, const QVector<Geometry>& list, const QString& which)
{
    std::vector<Item> items(size_t(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Geometry& g = list[i];
        if (!g.isPolygonal() || g.polygons.isEmpty()) continue;
        Item& it = items[size_t(i)];
        it.g = geos::toGeos(ctx, g);
        if (!it.g)
            return makeError(QCoreApplication::translate("dosi::gis::Interpolate",
            "Polygon %1 of the %2 layer could not be read: %3").arg(i + 1).arg(which, ctx.lastError()));
        if (!asRectangle(g, &it) && GEOSisValid_r(ctx, it.g.get()) != 1) {
            geos::GeomPtr fixed = geos::own(ctx, GEOSMakeValid_r(ctx, it.g.get()));
            if (fixed) it.g = std::move(fixed);
        }
        it.area = it.rect ? (it.x1 - it.x0) * (it.y1 - it.y0) : geos::areaOf(ctx, it.g.get());
        it.vertices = g.pointCount();
    }
    return items;
}

double averageVertices(const std::vector<Item>& items)
{
    double n = 0, v = 0;
    for (const Item& it : items)
        if (it.g) {
            n += 1;
            v += it.vertices;
        }
    return n > 0 ? v / n : 0.0;
}

}  // namespace

QVector<double> Overlay::coveredSourceArea() const
{
    QVector<double> out(sourceCount, 0.0);
    for (int k = 0; k < pairCount(); ++k) out[src[k]] += area[k];
    return out;
}

QVector<double> Overlay::coveredTargetArea() const
{
    QVector<double> out(targetCount, 0.0);
    for (int k = 0; k < pairCount(); ++k) out[dst[k]] += area[k];
    return out;
}

Overlay Overlay::reversed() const
{
    Overlay r;
    r.sourceCount = targetCount;
    r.targetCount = sourceCount;
    r.src = dst;
    r.dst = src;
    r.area = area;
    r.sourceArea = targetArea;
    r.targetArea = sourceArea;
    return r;
}

Result<Overlay> computeOverlay(const QVector<Geometry>& sources, const QVector<Geometry>& targets,
                               const std::function<bool(int done, int total)>& progress)
{
    geos::Context ctx;
    auto srcItems = convert(ctx, sources, QCoreApplication::translate("dosi::gis::Interpolate",
            "source"));
    if (!srcItems) return srcItems.error();
    auto dstItems = convert(ctx, targets, QCoreApplication::translate("dosi::gis::Interpolate",
            "target"));
    if (!dstItems) return dstItems.error();

    Overlay ov;
    ov.sourceCount = int(sources.size());
    ov.targetCount = int(targets.size());
    ov.sourceArea.resize(ov.sourceCount);
    ov.targetArea.resize(ov.targetCount);
    for (int i = 0; i < ov.sourceCount; ++i) ov.sourceArea[i] = srcItems.value()[size_t(i)].area;
    for (int j = 0; j < ov.targetCount; ++j) ov.targetArea[j] = dstItems.value()[size_t(j)].area;

    // Prepare the side with the more detailed polygons and index the other.
    const bool swapSides = averageVertices(dstItems.value()) > averageVertices(srcItems.value());
    const std::vector<Item>& outer = swapSides ? dstItems.value() : srcItems.value();
    const std::vector<Item>& inner = swapSides ? srcItems.value() : dstItems.value();

    geos::IndexTree tree(ctx);
    for (size_t i = 0; i < inner.size(); ++i)
        if (inner[i].g) tree.insert(inner[i].g.get(), int(i));

    const int total = int(outer.size());
    for (int o = 0; o < total; ++o) {
        if (progress && o % 64 == 0 && !progress(o, total)) return makeError(QCoreApplication::translate("dosi::gis::Interpolate",
            "The interpolation was cancelled."));
        const Item& a = outer[size_t(o)];
        if (!a.g) continue;
        geos::PreparedPtr prep = geos::prepare(ctx, a.g.get());
        if (!prep) return makeError(QCoreApplication::translate("dosi::gis::Interpolate",
            "A polygon could not be prepared: %1").arg(ctx.lastError()));
        std::vector<int> cands = tree.query(a.g.get());
        std::sort(cands.begin(), cands.end());
        for (int i : cands) {
            const Item& b = inner[size_t(i)];
            double shared = 0;
            if (GEOSPreparedContainsProperly_r(ctx, prep.get(), b.g.get()) == 1) {
                shared = b.area;
            } else if (GEOSPreparedIntersects_r(ctx, prep.get(), b.g.get()) != 1) {
                continue;
            } else if (b.rect) {
                shared = geos::clippedArea(ctx, a.g.get(), b.x0, b.y0, b.x1, b.y1);
            } else if (a.rect) {
                shared = geos::clippedArea(ctx, b.g.get(), a.x0, a.y0, a.x1, a.y1);
            } else {
                geos::GeomPtr cut = geos::own(ctx, GEOSIntersection_r(ctx, a.g.get(), b.g.get()));
                if (!cut) cut = geos::own(ctx, GEOSIntersectionPrec_r(ctx, a.g.get(), b.g.get(), 1e-3));
                if (!cut)
                    return makeError(QCoreApplication::translate("dosi::gis::Interpolate",
            "Two polygons could not be intersected: %1").arg(ctx.lastError()));
                shared = geos::areaOf(ctx, cut.get());
            }
            if (!(shared > 0)) continue;
            ov.src.push_back(swapSides ? i : o);
            ov.dst.push_back(swapSides ? o : i);
            ov.area.push_back(shared);
        }
    }
    if (progress) progress(total, total);
    return ov;
}

QVector<double> transfer(const Overlay& ov, const QVector<double>& values, const QVector<double>& srcBase,
                         InterpolationMode mode)
{
    QVector<double> out(ov.targetCount, 0.0);
    QVector<double> weight(ov.targetCount, 0.0);
    QVector<char> state(ov.targetCount, 0);   // bit 1: touched, 2: a missing source, 4: a masked source
    const bool extensive = mode == InterpolationMode::Extensive;
    for (int k = 0; k < ov.pairCount(); ++k) {
        const int s = ov.src[k], t = ov.dst[k];
        state[t] |= 1;
        const double v = s < values.size() ? values[s] : missingValue();
        if (std::isnan(v)) {
            state[t] |= isMasked(v) ? 4 : 2;
            continue;
        }
        const double a = ov.area[k];
        if (extensive) {
            const double base = s < srcBase.size() ? srcBase[s] : 0.0;
            if (base > 0) out[t] += v * (a / base);
        } else {
            out[t] += v * a;
            weight[t] += a;
        }
    }
    for (int t = 0; t < ov.targetCount; ++t) {
        if (!(state[t] & 1) || (state[t] & 2)) out[t] = missingValue();
        else if (state[t] & 4) out[t] = maskedValue();
        else if (!extensive) out[t] = weight[t] > 0 ? out[t] / weight[t] : missingValue();
    }
    return out;
}

MeasureTable interpolateMeasures(const Overlay& ov, const QStringList& sourceUnits, const QStringList& targetUnits,
                                 const MeasureTable& table, InterpolationMode mode, ShareBase base,
                                 const QStringList& fields)
{
    MeasureTable out;
    QVector<int> fieldIdx;
    for (const QString& f : fields.isEmpty() ? table.fields : fields) {
        const int i = table.fieldIndex(f);
        if (i < 0) continue;
        fieldIdx << i;
        out.fields << f;
    }
    out.columns.resize(out.fields.size());

    QHash<QString, int> sourceIndex;
    for (int i = 0; i < sourceUnits.size(); ++i) sourceIndex.insert(sourceUnits[i], i);
    std::map<QString, QVector<int>> rowsByTime;   // ordered by time key
    for (int r = 0; r < table.rowCount(); ++r) rowsByTime[table.times.value(r)].push_back(r);

    const QVector<double> srcBase = base == ShareBase::Covered ? ov.coveredSourceArea() : ov.sourceArea;
    const QVector<double> covered = ov.coveredTargetArea();
    QVector<int> targets;
    for (int t = 0; t < ov.targetCount; ++t)
        if (covered[t] > 0) targets << t;

    QVector<double> values(ov.sourceCount);
    for (const auto& [time, rows] : rowsByTime) {
        for (int t : targets) {
            out.units << targetUnits.value(t);
            out.times << time;
        }
        for (int f = 0; f < fieldIdx.size(); ++f) {
            values.fill(missingValue());
            const QVector<double>& col = table.columns[fieldIdx[f]];
            for (int r : rows) {
                const auto it = sourceIndex.constFind(table.units[r]);
                if (it != sourceIndex.constEnd()) values[it.value()] = col[r];
            }
            const QVector<double> moved = transfer(ov, values, srcBase, mode);
            QVector<double>& dst = out.columns[f];
            for (int t : targets) dst << moved[t];
        }
    }
    return out;
}

QString interpolationModeName(InterpolationMode mode)
{
    return mode == InterpolationMode::Intensive ? QStringLiteral("intensive") : QStringLiteral("extensive");
}

bool interpolationModeFromName(const QString& name, InterpolationMode* mode)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("extensive")) *mode = InterpolationMode::Extensive;
    else if (n == QLatin1String("intensive")) *mode = InterpolationMode::Intensive;
    else return false;
    return true;
}

}  // namespace dosi::gis
