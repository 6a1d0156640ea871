#pragma once
// Six thematic indices of urban regeneration, each a documented composite of indicators.
//
// For every area (population, economy, housing environment, living safety, mobility, welfare and
// culture) an index is the weighted mean of its indicators' normalised scores:
//   1. each indicator has one raw value per unit (NaN = missing: shown as missing, never zero);
//   2. normalisation over the units that have a value, oriented so that higher = better:
//        MinMax  (x - min) / (max - min)                 -> 0..1   (all equal -> 0.5)
//        ZScore  (x - mean) / sd (population sd)          -> z      (sd 0 -> 0)
//        Rank    (rank - 1) / (n - 1), ties get the mean rank -> 0..1 (n = 1 -> 0.5)
//      an indicator where higher is worse (HigherIsWorse) is flipped: MinMax/Rank 1 - s, ZScore -s;
//   3. index = sum(w_i * s_i) / sum(w_i) over the indicators the unit has; a unit missing indicators
//      carrying more than `maxMissingWeight` (50 %) of the area's weight gets no index (NaN) and
//      lists them;
//   4. grade 1..10 by deciles of the index over the units that have one: grade = 1 + floor(10 *
//      (rank - 1) / n) with rank 1 = lowest index, so 10 is the best-off tenth and 1 the most
//      declined tenth (Daejeon graded its analysis cells 1..10 the same way). Tied scores share
//      their mean rank, so equal indices always get equal grades.
// Details: the normalisation runs over the `units` passed to computeArea (not every unit of the
// layer); an indicator that no unit has a value for, or whose IndicatorValues is absent or carries a
// `problem`, is "unavailable" (listed with its problem as "id: problem") and counts as missing
// weight for every unit; negative weights count as 0; an area whose weights sum to 0 gives no index.

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::models {

enum class IndexArea { Population, Economy, Housing, Safety, Mobility, Welfare };
QVector<IndexArea> indexAreas();
QString indexAreaName(IndexArea a);    // "population", "economy", "housing", "safety", "mobility", "welfare"
bool indexAreaFromName(const QString& name, IndexArea* out);
QString indexAreaLabel(IndexArea a);   // translated, e.g. "Housing environment"

enum class Direction { HigherIsBetter, HigherIsWorse };
enum class Normalisation { MinMax, ZScore, Rank };
QString normalisationName(Normalisation n);    // "minmax", "zscore", "rank"
bool normalisationFromName(const QString& name, Normalisation* out);

// Where an indicator's raw value comes from. The value of a unit is `layer.field` at `time` (empty =
// the latest time the layer has). With `change` set, the value is the relative change
// (v(time) - v(baseTime)) / v(baseTime) (empty baseTime = the earliest time). With `denominator`
// set, the value is field / denominator (both at the same time), e.g. a share of the population.
struct IndicatorSpec {
    QString id;              // unique within the area, e.g. "pop_change_5y"
    QString title;           // display title (English source; translated by the panel)
    QString layer, field;
    QString denominator;     // optional field of the same layer
    QString time;
    bool change = false;
    QString baseTime;
    Direction direction = Direction::HigherIsBetter;
    Normalisation normalisation = Normalisation::MinMax;
    double weight = 1.0;
    QString note;            // documentation shown in the panel (why this indicator)

    QJsonObject toJson() const;
    static IndicatorSpec fromJson(const QJsonObject& o);
};

struct AreaSpec {
    IndexArea area = IndexArea::Population;
    QVector<IndicatorSpec> indicators;
    double maxMissingWeight = 0.5;
};

struct IndexSpec {
    QVector<AreaSpec> areas;   // in indexAreas() order
    QJsonObject toJson() const;
    static IndexSpec fromJson(const QJsonObject& o);
};

// Raw values per indicator id per unit, as read from the project (IndexInputs.h fills it).
struct IndicatorValues {
    QString id;
    QMap<QString, double> byUnit;    // unit -> raw value (NaN = missing)
    QString problem;                 // non-empty when the whole indicator is unavailable (e.g. "no layer 'buildings'")
};

struct UnitIndex {
    double score = 0;                // NaN when not computed
    int grade = 0;                   // 1..10, 0 when no score
    QMap<QString, double> normalised;   // indicator id -> oriented normalised score (NaN missing)
    QStringList missing;             // indicator ids missing for this unit
};

struct AreaResult {
    IndexArea area = IndexArea::Population;
    QMap<QString, UnitIndex> units;  // unit -> result
    QStringList unavailable;         // indicator ids unavailable for every unit, with problems in `problems`
    QStringList problems;
};

// Normalises one indicator (oriented, see above); NaN in -> NaN out.
QVector<double> normaliseIndicator(const QVector<double>& raw, Normalisation n, Direction d);
// Grades 1..10 by deciles (NaN -> 0).
QVector<int> decileGrades(const QVector<double>& scores);

// Computes one area for the given units from the raw indicator values (matched by id).
AreaResult computeArea(const AreaSpec& spec, const QStringList& units, const QVector<IndicatorValues>& values);

}  // namespace dosi::models
