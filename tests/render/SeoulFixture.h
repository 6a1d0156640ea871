#pragma once
// Test fixture: a small Dosi project with the real Seoul 행정동 boundaries (ver20210401,
// projected to EPSG:5179 with a transverse Mercator formula written here, so the test does not
// depend on the importer) and a few hours of real living population (hanbyul week 2019-03-04).

#include "dosi/core/ProjectStore.h"

#include <QPointF>

#include <QString>
#include <memory>

namespace dosi::test {

// GRS80 transverse Mercator with EPSG:5179's parameters (lat0 38, lon0 127.5, k0 0.9996,
// false easting 1,000,000, false northing 2,000,000). Snyder (1987), eq. 8-9 to 8-13.
QPointF lonLatTo5179(double lonDeg, double latDeg);

inline const char* kDongLayer = "dongs";
inline const char* kPopLayer = "living_pop";

// Creates `path` with layer "dongs" (code = adm_cd2, name = adm_nm, gu = sggnm) and measure
// layer "living_pop" (field "total", times 2019-03-04T00 .. T<hours-1>, units = code_8 + "00").
Result<std::unique_ptr<ProjectStore>> buildSeoulFixture(const QString& path, int hours = 4);

}  // namespace dosi::test
