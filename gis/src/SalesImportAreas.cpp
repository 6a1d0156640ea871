// placeCommercialAreas(): commercial-area points (OA-15560, EPSG:5181) -> 행정동 by point-in-polygon (GEOS).
#include "dosi/gis/SalesImport.h"

#include "GeosUtil.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/Crs.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <memory>

namespace dosi::gis {

namespace {

int findColumn(const CsvTable& csv, const QStringList& names)
{
    for (const QString& n : names) {
        const int i = csv.columnIndex(n);
        if (i >= 0) return i;
    }
    return -1;
}

struct PreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* p) const
    {
        if (p) GEOSPreparedGeom_destroy_r(ctx, p);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// Point-in-polygon over a set of polygons: envelope test, then a prepared GEOS "intersects"
// (a point on a shared boundary goes to the first polygon that touches it).
class PolygonLocator {
public:
    explicit PolygonLocator(const QVector<Geometry>& polygons)
    {
        m_geoms.reserve(polygons.size());
        for (const Geometry& g : polygons) {
            Entry e;
            e.envelope = g.envelope();
            if (g.isPolygonal() && !g.isEmpty()) {
                e.geom = geos::toGeos(m_ctx, g);
                if (e.geom) e.prepared = PreparedPtr(GEOSPrepare_r(m_ctx, e.geom.get()), PreparedDeleter{m_ctx.handle()});
            }
            m_geoms.push_back(std::move(e));
        }
    }

    // Index of the polygon holding p, or -1.
    int locate(const QPointF& p) const
    {
        for (int i = 0; i < int(m_geoms.size()); ++i) {
            const Entry& e = m_geoms[i];
            if (!e.prepared || e.envelope.isNull()) continue;
            if (p.x() < e.envelope.minX || p.x() > e.envelope.maxX || p.y() < e.envelope.minY || p.y() > e.envelope.maxY)
                continue;
            geos::GeomPtr pt = geos::own(m_ctx, GEOSGeom_createPointFromXY_r(m_ctx, p.x(), p.y()));
            if (pt && GEOSPreparedIntersects_r(m_ctx, e.prepared.get(), pt.get()) == 1) return i;
        }
        return -1;
    }

private:
    struct Entry {
        Envelope envelope = Envelope::null();
        geos::GeomPtr geom;
        PreparedPtr prepared;
    };
    geos::Context m_ctx;
    std::vector<Entry> m_geoms;
};

}  // namespace

Result<SalesPlacement> placeCommercialAreas(const QString& areasFile, const QVector<Geometry>& dongPolygons,
                                            const QStringList& dongCodes)
{
    const QString file = QFileInfo(areasFile).fileName();
    if (dongPolygons.size() != dongCodes.size() || dongPolygons.isEmpty())
        return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "Cannot place the commercial areas of %1: no dong boundaries were given.").arg(file));

    Result<CsvTable> read = readCsv(areasFile);
    if (!read) return read.error();
    const CsvTable& csv = read.value();
    const QString columns = csv.header.join(QStringLiteral(", "));
    const int codeCol = findColumn(csv, {QStringLiteral("TRDAR_CD"), QStringLiteral("상권_코드")});
    const int xCol = findColumn(csv, {QStringLiteral("XCNTS_VALUE"), QStringLiteral("엑스좌표_값")});
    const int yCol = findColumn(csv, {QStringLiteral("YDNTS_VALUE"), QStringLiteral("와이좌표_값")});
    const int dongCol = findColumn(csv, {QStringLiteral("ADSTRD_CD"), QStringLiteral("행정동_코드")});
    const auto missing = [&](const QString& what) {
        return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 has no column %2; it is not a commercial-area file. Its columns are: %3")
                             .arg(file, what, columns));
    };
    if (codeCol < 0) return missing(QStringLiteral("TRDAR_CD / 상권_코드"));
    if (xCol < 0) return missing(QStringLiteral("XCNTS_VALUE / 엑스좌표_값"));
    if (yCol < 0) return missing(QStringLiteral("YDNTS_VALUE / 와이좌표_값"));
    if (csv.rows.isEmpty()) return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 has no commercial areas (no data rows).").arg(file));

    auto created = CoordinateTransform::create(QStringLiteral("EPSG:5181"), QString::fromLatin1(kAnalysisCrs));
    if (!created) return created.error();
    const CoordinateTransform& ct = created.value();

    SalesPlacement out;
    out.areasFile = QFileInfo(areasFile).absoluteFilePath();
    const PolygonLocator locator(dongPolygons);
    QSet<QString> unplaced;
    for (int r = 0; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        const int line = csv.lineNumbers[r];
        if (row.size() != csv.header.size())
            return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2: expected %3 fields as in the header, found %4.")
                                 .arg(file).arg(line).arg(csv.header.size()).arg(row.size()));
        const QString code = row[codeCol].trimmed();
        if (code.isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2, column %3: the commercial-area code is empty.")
                                 .arg(file).arg(line).arg(csv.header[codeCol]));
        double xy[2];
        const int cols[2] = {xCol, yCol};
        for (int k = 0; k < 2; ++k)
            if (!parseNumber(row[cols[k]], &xy[k]) || !std::isfinite(xy[k]))
                return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2, column %3: \"%4\" is not a coordinate.")
                                     .arg(file).arg(line).arg(csv.header[cols[k]], row[cols[k]]));
        if (out.areaPoint.contains(code)) {
            out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2: the commercial-area code %3 appears again; the first row is used.")
                                .arg(file).arg(line).arg(code);
            continue;
        }
        const QPointF p = ct.transform(QPointF(xy[0], xy[1]));
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2: the point (%3, %4) cannot be transformed from EPSG:5181 to EPSG:5179.")
                                 .arg(file).arg(line).arg(xy[0], 0, 'f').arg(xy[1], 0, 'f'));
        ++out.areasRead;
        out.areaPoint.insert(code, p);
        const int hit = locator.locate(p);
        if (hit < 0) {
            unplaced.insert(code);
            continue;
        }
        ++out.placed;
        const QString dong = dongCodes[hit];
        out.areaDong.insert(code, dong);
        if (dongCol >= 0 && !row[dongCol].trimmed().isEmpty()) {
            ++out.withFileCode;
            const QString fileDong = toMois10(row[dongCol]);
            if (fileDong == toMois10(dong)) ++out.agreeing;
            else out.disagreeing << QStringLiteral("%1: file %2, polygon %3").arg(code, fileDong, dong);
        }
    }
    out.unplaced = QStringList(unplaced.begin(), unplaced.end());
    out.unplaced.sort();
    return out;
}

}  // namespace dosi::gis
