#pragma once
// Area-weighted interpolation between two polygon layers (행정동 -> 250 m grid, grid -> 행정동, ...).
//
// computeOverlay() intersects the layers once (GEOS, STRtree, prepared geometries, rectangle clipping
// for grid cells); transfer() then moves any number of value vectors (e.g. every hour) quickly.
//
// Modes, with a_st = area of source s ∩ target t:
//  - Extensive (counts, e.g. people): target t = Σ_s v_s · a_st / base_s. With base_s = the part of
//    s covered by targets (Σ_t a_st; ShareBase::Covered, the default) every source's total reaches
//    the targets, so totals are preserved whenever each source overlaps some target. With
//    ShareBase::Whole (base_s = area of s) the part of a source outside all targets is dropped.
//  - Intensive (densities, rates, shares): target t = Σ_s v_s · a_st / Σ_s a_st, the area-weighted
//    mean over the covered part of t.
// Missing rule: a source without a value (NaN: missing or masked, see dosi/core/Values.h) makes every
// target it overlaps missing; the target is marked masked when all such sources were masked, missing
// otherwise. It is never read as zero. Targets that overlap no source are missing.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"

#include <QStringList>
#include <QVector>
#include <functional>

namespace dosi::gis {

struct Overlay {
    int sourceCount = 0;
    int targetCount = 0;
    QVector<int> src, dst;          // one entry per intersecting pair with positive area
    QVector<double> area;           // a_st in m²
    QVector<double> sourceArea;     // area of each source polygon
    QVector<double> targetArea;     // area of each target polygon

    int pairCount() const { return int(src.size()); }
    QVector<double> coveredSourceArea() const;   // Σ_t a_st per source
    QVector<double> coveredTargetArea() const;   // Σ_s a_st per target
    Overlay reversed() const;                     // sources and targets swapped
};

enum class InterpolationMode { Extensive, Intensive };
enum class ShareBase { Covered, Whole };

// Polygons in one planar CRS (EPSG:5179). Non-polygonal or empty entries take part in nothing;
// invalid polygons are repaired first. progress(done, total) may cancel.
Result<Overlay> computeOverlay(const QVector<Geometry>& sources, const QVector<Geometry>& targets,
                               const std::function<bool(int done, int total)>& progress = {});

// values: one per source. srcBase: one per source (ignored in Intensive mode), e.g.
// overlay.coveredSourceArea() or overlay.sourceArea. Returns one value per target.
QVector<double> transfer(const Overlay& overlay, const QVector<double>& values, const QVector<double>& srcBase,
                         InterpolationMode mode);

// Moves a measure table keyed by source unit codes onto the target units, every time and every field
// (or `fields` only). sourceUnits[i] / targetUnits[j] are the codes of overlay source i / target j.
// A source unit without a row at some time counts as missing there. Output rows: every target that
// overlaps a source, for every time of the input (ordered by time, then target).
MeasureTable interpolateMeasures(const Overlay& overlay, const QStringList& sourceUnits,
                                 const QStringList& targetUnits, const MeasureTable& table,
                                 InterpolationMode mode, ShareBase base = ShareBase::Covered,
                                 const QStringList& fields = {});

QString interpolationModeName(InterpolationMode mode);                  // "extensive", "intensive"
bool interpolationModeFromName(const QString& name, InterpolationMode* mode);

}  // namespace dosi::gis
