#pragma once
// Derived living-population measures (by sex, age group, 소멸위험지수) and time aggregation
// (hour-of-day profiles, day and week totals) over a MeasureTable.
//
// Input fields are those of importLivingPopulation(): "total" and the 28 official age/sex bands
// male_0_9, male_10_14, male_15_19, ..., male_65_69, male_70_plus, female_0_9, ..., female_70_plus;
// or the hanbyul JSON fields total, male, female, age_band_1..6 (bands undocumented).
//
// Derived names (deriveMeasures' `wanted`):
//   "total"           the published total when present, else the sum of all 28 bands
//   "total_bands"     the sum of all 28 bands (notes report its largest difference from "total";
//                     the published parts need not sum to the total)
//   "male", "female"  the sum of that sex's 14 bands, or the layer's own male/female field
//   "age_0_14"        0_9 + 10_14 of both sexes
//   "age_15_64"       15_19 ... 60_64 of both sexes
//   "age_65_plus"     65_69 + 70_plus of both sexes
//   "extinction_risk" 소멸위험지수 = women 20-39 (female_20_24 + 25_29 + 30_34 + 35_39) / people 65+
//
// The official Seoul column names count as the band names they stand for ("총생활인구수" = total,
// "남자0세부터9세생활인구수" = male_0_9, see livingPopulationFieldName()), so an indicator table
// imported with the file's own column names derives like a living-population layer.
//
// Missing and masked (Values.h) rules, per row:
//   - a sum with any missing part is missing; otherwise a sum with any masked part is masked
//     (a masked count is an unknown 0..3, so the sum is unknown too);
//   - extinction_risk is missing when a needed part is missing or the 65+ count is 0,
//     masked when a needed part is masked (and none is missing).

#include "dosi/core/Layer.h"
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

// All derived names, in the order listed above.
QStringList derivedMeasureNames();

// The derived measures that a layer with these fields allows (subset of derivedMeasureNames()).
QStringList derivableMeasures(const QStringList& fields);

// One column per wanted name, rows (units, times) as in `in`. Fails with one message naming the
// measure and the missing fields; for a layer with only undocumented bands (age_band_1..) the
// message says "the layer has no documented age bands". notes (optional) receives remarks such as
// the largest band-sum discrepancy from the published total.
Result<MeasureTable> deriveMeasures(const MeasureTable& in, const QStringList& wanted, QStringList* notes = nullptr);

// A translated display name, e.g. "Extinction risk index (소멸위험지수)"; unknown names are returned as is.
QString derivedMeasureLabel(const QString& name);

// The derived measures a layer offers beyond the fields it stores under those names (what a field
// list adds to the stored fields).
QStringList extraDerivedMeasures(const QStringList& storedFields);

// True when the measure layer stores `field` or can derive it.
bool measureFieldAvailable(const LayerInfo& layer, const QString& field);

// ProjectStore::readMeasures() that also computes the derived measures the layer does not store
// (e.g. "extinction_risk" on a living-population layer with the 28 bands), reading only the bands
// they need. Columns come in the order of `fields` (empty = every stored field, nothing derived).
// Fails with one message when a field is neither stored nor derivable. notes as in deriveMeasures().
Result<MeasureTable> readMeasuresWithDerived(const ProjectStore& store, const QString& layer,
                                             const QStringList& fields, const QString& time = {},
                                             QStringList* notes = nullptr);

// ---------------------------------------------------------------------------------------------
// Time aggregation of an hourly (or daily) table, per unit and field.
//   HourOfDay  time key "00".."23" (profile over all days)       needs hour keys
//   Day        time key "2019-03-04"                             hour or day keys
//   Week       time key "2019-W10" (ISO 8601 week, Monday first) hour or day keys
// Sum = sum of the known values of the group; Mean = their mean. Masked and missing values are
// left out and counted. A group without any known value is masked when it had a masked value,
// else missing. (A sum with masked values is a lower bound: each masked value hides 0..3 people.)
enum class TimeAggregate { HourOfDay, Day, Week };
enum class Stat { Sum, Mean };

struct TimeAggregateReport {
    QVector<QVector<int>> known;    // [field][output row] values that entered the statistic
    QVector<QVector<int>> masked;   // [field][output row] masked values left out
    QVector<QVector<int>> missing;  // [field][output row] missing values left out
    qint64 maskedTotal = 0;
    qint64 missingTotal = 0;
    int skippedRows = 0;            // input rows whose time key does not fit the aggregate
};

// Output rows are sorted by unit, then time key.
MeasureTable aggregateTime(const MeasureTable& in, TimeAggregate by, Stat stat, TimeAggregateReport* report = nullptr);

// "hour-of-day", "day", "week" / "sum", "mean" (the dosi-cli spellings); false for other names.
bool timeAggregateFromName(const QString& name, TimeAggregate* by);
QString timeAggregateName(TimeAggregate by);
bool statFromName(const QString& name, Stat* stat);
QString statName(Stat stat);

// ---------------------------------------------------------------------------------------------
// Derived measures of a stored layer as a new table (dosi-cli derive).
//
// With `by`, the fields the measures need are aggregated over time first (aggregateTime) and the
// measures derived from the aggregates: a day's 소멸위험지수 is the day's women 20-39 over the day's
// people 65+, not a sum of hourly ratios. Without it, the measures are derived row by row.
struct DerivedLayer {
    MeasureTable table;             // one column per measure, in the order asked for
    TimeKind timeKind = TimeKind::None;  // of the output keys (Day for days; None for "00".."23" and "2019-W10")
    QStringList notes;              // deriveMeasures() remarks
    QVector<int> masked;            // per measure: masked output values
    QVector<int> missing;           // per measure: missing output values
    qint64 maskedLeftOut = 0;       // with `by`: masked input values left out of the statistics
    qint64 missingLeftOut = 0;      // with `by`: missing input values left out
    int skippedRows = 0;            // with `by`: input rows whose time key does not fit the aggregate
};

// Fails (one message) for an unknown measure, a measure the layer's fields cannot give, a layer that
// is not a measure layer, or - with `by` - a layer without hourly/daily keys to aggregate.
Result<DerivedLayer> deriveLayer(const ProjectStore& store, const QString& layer, const QStringList& measures,
                                 const TimeAggregate* by = nullptr, Stat stat = Stat::Sum);

}  // namespace dosi::gis
