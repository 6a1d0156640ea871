#include "dosi/gis/NationalGrid.h"

#include "GridGeos.h"
#include "dosi/gis/GeosOps.h"

#include <QCoreApplication>

#include <cmath>

namespace dosi::gis {

namespace {

const QString kLetters = QStringLiteral("가나다라마바사아");
constexpr qint64 kSquare = 100000;      // metres per lettered square
constexpr qint64 kExtent = 8 * kSquare; // 가..아

bool allowedCellSize(qint64 cs) { return cs > 0 && cs % 10 == 0 && kSquare % cs == 0; }

// Number of digits per axis (k) whose unit 10^(5-k) m names a corner of this cell size exactly.
int digitsFor(qint64 cs)
{
    qint64 unit = kSquare;
    for (int k = 0; k <= 4; ++k, unit /= 10)
        if (cs % unit == 0) return k;
    return 4;
}

Geometry square(double x0, double y0, double size)
{
    Geometry g;
    g.type = Geometry::Type::Polygon;
    const double x1 = x0 + size, y1 = y0 + size;
    g.polygons = {Polygon{{Ring{QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)}}}};
    return g;
}


}  // namespace

QString cellId(double e, double n, int cellSize)
{
    const qint64 cs = cellSize;
    if (!allowedCellSize(cs) || !std::isfinite(e) || !std::isfinite(n)) return {};
    const double fx = std::floor((e - kNationalGridOriginE) / double(cs));
    const double fy = std::floor((n - kNationalGridOriginN) / double(cs));
    if (fx < 0 || fy < 0 || fx * double(cs) >= double(kExtent) || fy * double(cs) >= double(kExtent)) return {};
    const qint64 cx = qint64(fx) * cs, cy = qint64(fy) * cs;
    const int k = digitsFor(cs);
    qint64 unit = kSquare;
    for (int i = 0; i < k; ++i) unit /= 10;
    QString id;
    id += kLetters.at(int(cx / kSquare));
    id += kLetters.at(int(cy / kSquare));
    if (k > 0) {
        id += QStringLiteral("%1").arg((cx % kSquare) / unit, k, 10, QLatin1Char('0'));
        id += QStringLiteral("%1").arg((cy % kSquare) / unit, k, 10, QLatin1Char('0'));
    }
    return id;
}

bool parseCellId(const QString& idIn, double* e, double* n, double* unitOut)
{
    const QString id = idIn.trimmed();
    if (id.size() < 2) return false;
    const qsizetype ie = kLetters.indexOf(id.at(0));
    const qsizetype in = kLetters.indexOf(id.at(1));
    if (ie < 0 || in < 0) return false;
    const QStringView digits = QStringView(id).mid(2);
    if (digits.size() % 2 != 0 || digits.size() > 8) return false;
    for (QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
    const int k = int(digits.size() / 2);
    qint64 unit = kSquare;
    for (int i = 0; i < k; ++i) unit /= 10;
    const qint64 de = k > 0 ? digits.left(k).toLongLong() : 0;
    const qint64 dn = k > 0 ? digits.mid(k).toLongLong() : 0;
    if (e) *e = kNationalGridOriginE + double(ie * kSquare + de * unit);
    if (n) *n = kNationalGridOriginN + double(in * kSquare + dn * unit);
    if (unitOut) *unitOut = double(unit);
    return true;
}

Result<GridLayer> buildGrid(const QVector<Geometry>& polygons, double cellSize,
                            const std::function<bool(int done, int total)>& progress)
{
    const qint64 cs = qint64(std::llround(cellSize));
    if (double(cs) != cellSize || !allowedCellSize(cs))
        return makeError(QCoreApplication::translate("dosi::gis::NationalGrid",
            "The grid cell size must be a multiple of 10 m that divides 100 km (e.g. 100, 250, 500, 1000), "
            "not %1 m.").arg(cellSize));
    auto merged = unionAll(polygons);
    if (!merged) return merged.error();
    if (merged->polygons.isEmpty())
        return makeError(QCoreApplication::translate("dosi::gis::NationalGrid", "The layer has no polygons to lay a grid over."));
    const Envelope env = merged->envelope();

    geos::Context ctx;
    geos::GeomPtr all = geos::toGeos(ctx, merged.value());
    if (!all) return makeError(QCoreApplication::translate("dosi::gis::NationalGrid",
            "The polygons could not be read for the grid: %1").arg(ctx.lastError()));

    const double size = double(cs);
    const qint64 iy0 = qint64(std::floor((env.minY - kNationalGridOriginN) / size));
    const qint64 iy1 = qint64(std::ceil((env.maxY - kNationalGridOriginN) / size));
    const qint64 ix0 = qint64(std::floor((env.minX - kNationalGridOriginE) / size));
    const qint64 ix1 = qint64(std::ceil((env.maxX - kNationalGridOriginE) / size));
    if (iy0 < 0 || ix0 < 0 || double(iy1) * size > double(kExtent) || double(ix1) * size > double(kExtent))
        return makeError(QCoreApplication::translate("dosi::gis::NationalGrid",
            "The polygons reach outside the national grid (EPSG:5179 E 700,000–1,500,000, "
            "N 1,300,000–2,100,000); are they in EPSG:5179?"));

    GridLayer grid;
    grid.cellSize = size;
    const int rows = int(iy1 - iy0);
    for (qint64 iy = iy0; iy < iy1; ++iy) {
        if (progress && !progress(int(iy - iy0), rows))
            return makeError(QCoreApplication::translate("dosi::gis::NationalGrid", "The grid was cancelled."));
        const double y0 = kNationalGridOriginN + double(iy) * size, y1 = y0 + size;
        // Clip a row strip first, so each cell clips a small geometry.
        geos::GeomPtr strip = geos::own(ctx, GEOSClipByRect_r(ctx, all.get(), env.minX - size, y0, env.maxX + size, y1));
        if (!strip || GEOSisEmpty_r(ctx, strip.get()) == 1 || geos::areaOf(ctx, strip.get()) <= 0) continue;
        double sx0 = 0, sx1 = 0;
        if (GEOSGeom_getXMin_r(ctx, strip.get(), &sx0) != 1 || GEOSGeom_getXMax_r(ctx, strip.get(), &sx1) != 1) continue;
        const qint64 jx0 = std::max(ix0, qint64(std::floor((sx0 - kNationalGridOriginE) / size)));
        const qint64 jx1 = std::min(ix1, qint64(std::ceil((sx1 - kNationalGridOriginE) / size)));
        for (qint64 ix = jx0; ix < jx1; ++ix) {
            const double x0 = kNationalGridOriginE + double(ix) * size;
            const double a = geos::clippedArea(ctx, strip.get(), x0, y0, x0 + size, y1);
            if (!(a > 0)) continue;
            GridCell cell;
            cell.id = cellId(x0 + size / 2, y0 + size / 2, int(cs));
            cell.geometry = square(x0, y0, size);
            cell.coveredArea = std::min(a, size * size);
            grid.cells.push_back(std::move(cell));
        }
    }
    if (progress) progress(rows, rows);
    return grid;
}

GridFeatures gridFeatures(const GridLayer& grid, const QString& name)
{
    GridFeatures out;
    out.info.name = name;
    out.info.title = name;
    out.info.kind = LayerKind::Grid;
    out.info.codeField = QStringLiteral("cell_id");
    out.info.labelField = QStringLiteral("cell_id");
    const QString idText = QCoreApplication::translate("dosi::gis::NationalGrid", "National grid cell id (national point number)");
    const QString coverageText =
        QCoreApplication::translate("dosi::gis::NationalGrid", "Share of the cell inside the source polygons");
    out.info.fields = {FieldInfo{QStringLiteral("cell_id"), FieldType::Text, idText},
                       FieldInfo{QStringLiteral("coverage"), FieldType::Real, coverageText}};
    out.features.reserve(grid.cells.size());
    const double cellArea = grid.cellSize * grid.cellSize;
    for (const GridCell& c : grid.cells) {
        FeatureRecord f;
        f.wkb = c.geometry.toWkb();
        f.envelope = c.geometry.envelope();
        f.values = {c.id, cellArea > 0 ? c.coveredArea / cellArea : 0.0};
        out.features.push_back(std::move(f));
    }
    return out;
}

}  // namespace dosi::gis
