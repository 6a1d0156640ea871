#pragma once
// The national grid (국가지점번호): square cells aligned to EPSG:5179, named like `다사52505325`.
//
// Id rule (see ../shared/GUIDE.md §4 and ../shared/data/real/SOURCES.md §7):
//  - origin E 700,000 m, N 1,300,000 m (EPSG:5179);
//  - two Hangul letters name the 100 km square: first the easting index, then the northing index,
//    가 나 다 라 마 바 사 아 = 0..7;
//  - then k + k digits: the easting and northing of the cell's south-west corner inside that square,
//    in units of 10^(5-k) m: 4+4 digits = 10 m (250 m cells, e.g. 다사52505325), 3+3 = 100 m
//    (100 m / 500 m cells), 2+2 = 1 km, 1+1 = 10 km, none = the 100 km square itself.
// cellId() uses the coarsest of these units that names the corner exactly (250 m -> 4+4, 100 m -> 3+3,
// 1 km -> 2+2), which is how the published Seoul and SGIS grid files write them.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QString>
#include <QVector>
#include <functional>

namespace dosi::gis {

inline constexpr double kNationalGridOriginE = 700000.0;
inline constexpr double kNationalGridOriginN = 1300000.0;

// Id of the cell of `cellSize` metres (a multiple of 10 that divides 100,000) containing (e, n),
// in EPSG:5179. Empty when the point lies outside the 800 km x 800 km lettered area or the size is
// not allowed.
QString cellId(double e, double n, int cellSize = 250);

// South-west corner of the cell named by `id` (letters + 0, 2, 4, 6 or 8 digits; surrounding spaces
// ignored). `unit` (optional) receives the digit unit in metres (10, 100, 1000, 10000 or 100000).
// False for anything else.
bool parseCellId(const QString& id, double* e, double* n, double* unit = nullptr);

struct GridCell {
    QString id;
    Geometry geometry;        // Polygon: the square cell
    double coveredArea = 0;   // m² of the cell inside the union of the input polygons (> 0)
};

struct GridLayer {
    double cellSize = 250;
    QVector<GridCell> cells;  // south to north, west to east
};

// Every aligned cell whose intersection with the union of `polygons` (EPSG:5179) has a positive
// area. cellSize must be a multiple of 10 m that divides 100,000 m (e.g. 100, 250, 500, 1000).
// progress(done, total) is called per row of cells; returning false cancels.
Result<GridLayer> buildGrid(const QVector<Geometry>& polygons, double cellSize,
                            const std::function<bool(int done, int total)>& progress = {});

struct GridFeatures {
    LayerInfo info;                    // kind Grid, fields cell_id (Text; code and label) and coverage (Real)
    QVector<FeatureRecord> features;   // coverage = share of the cell inside the polygons, 0..1
};

// The grid as a project feature layer named `name`.
GridFeatures gridFeatures(const GridLayer& grid, const QString& name);

}  // namespace dosi::gis
