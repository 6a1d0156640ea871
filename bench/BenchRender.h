#pragma once
// dosi_bench render modes (bench_render.cpp): the national-grid workload, the render and recolour timings.

#include <QString>

namespace dosi::bench {

int makeNationalGrid(const QString& path, int cell);
int timeRender(const QString& path, const QString& layer, const QString& field, int reps, const QString& out);
int timeRecolour(const QString& path, const QString& from, const QString& grid, const QString& day, int reps);

}  // namespace dosi::bench
