#pragma once
// Legal decline diagnosis (도시재생 활성화 및 지원에 관한 특별법 제13조, 시행령 제17조).
// A unit qualifies as declining when it meets 2 or more of three criteria:
//
//   Population  the latest value is >= `popPeakDrop` (20 %) below the peak of the last `popPeakYears`
//               (30) years, OR it declined in >= `consecutiveYears` (3) consecutive years within the
//               last `recentYears` (5) years
//   Businesses  >= `bizPeakDrop` (5 %) below the peak of the last `bizPeakYears` (10) years, OR
//               declining in >= 3 consecutive years within the last 5 years
//   Buildings   >= `oldBuildingShare` (50 %) of buildings are >= `oldBuildingAge` (20) years old
//
// "Within the last 5 years" means the year-on-year changes between the values of the last 5 years
// (e.g. 2017-2021: the changes 2017→18, 18→19, 19→20, 20→21). A decline is a strictly lower value
// than the year before.
//
// Each criterion is Met, NotMet or NotAssessable, with a reason and the years used. A criterion is
// never silently false: without enough data it is NotAssessable. When the data covers fewer years
// than the peak window, the peak is taken over the years available and the reason says so; with
// `requireFullPeakWindow` such a criterion that is not otherwise met is NotAssessable instead.
// The verdict: Qualifies (>= 2 Met), DoesNotQualify (fewer than 2 Met even if every NotAssessable
// criterion were met), Undetermined (otherwise).
//
// Details of the trend criteria (population, businesses):
//   - the assessment year L is `asOfYear` (values after it are ignored) or, with 0, the latest year
//     with a value; the peak window is L-29..L (popPeakYears), the recent window L-4..L;
//   - peak test: drop = (peak - v(L)) / peak, met when drop >= the threshold; ties of the peak take
//     the latest year. Without a value for L, or a peak <= 0, the peak test is not assessable. A
//     missing year can only hide a higher peak, so a drop found on the years available is certain;
//     `requireFullPeakWindow` therefore only turns "not met" into "not assessable";
//   - run test: a change into year y is a decline (v(y) < v(y-1)), not a decline, or unknown when
//     either value is missing (NaN or absent). An unknown change breaks a run of known declines;
//     when counting unknown changes as declines could complete a run of `consecutiveYears`, the run
//     test is not assessable (years before the first data year are unknown too);
//   - the criterion is Met when either test is met, else NotAssessable when either is, else NotMet;
//   - `years` lists the years with a value in the peak or recent window (ascending);
//     `dropFromPeak` is NaN when the peak test could not compute it; `longestDeclineRun` counts
//     known declines only.
// Reasons are translated sentences with the numbers, e.g. "Population 18,204 in 2021 is 23.4 %
// below the 2017 peak of 23,770 (peak over 2017–2021: the data covers 5 of the 30 years). Declined
// in 3 consecutive years (2019, 2020, 2021)."

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::models {

struct DeclineThresholds {
    double popPeakDrop = 0.20;
    int popPeakYears = 30;
    double bizPeakDrop = 0.05;
    int bizPeakYears = 10;
    int consecutiveYears = 3;
    int recentYears = 5;
    double oldBuildingShare = 0.50;
    int oldBuildingAge = 20;
    bool requireFullPeakWindow = false;

    QJsonObject toJson() const;
    static DeclineThresholds fromJson(const QJsonObject& o);   // missing keys keep their defaults
};

enum class CriterionStatus { Met, NotMet, NotAssessable };
QString criterionStatusName(CriterionStatus s);   // "met", "not_met", "not_assessable"

enum class DeclineVerdict { Qualifies, DoesNotQualify, Undetermined };
QString declineVerdictName(DeclineVerdict v);     // "qualifies", "does_not_qualify", "undetermined"

struct CriterionResult {
    CriterionStatus status = CriterionStatus::NotAssessable;
    QString reason;      // translated sentence with the numbers, e.g. "-23.4 % from the 2017 peak ..."
    QStringList years;   // the years the test used
    double dropFromPeak = 0;     // fraction, when computed (NaN otherwise)
    int longestDeclineRun = 0;   // consecutive declining years found
};

// A yearly series of one unit: year -> value (NaN = missing or masked).
using YearSeries = QMap<int, double>;

struct UnitDeclineInput {
    QString unit;
    YearSeries population;
    YearSeries businesses;
    double oldBuildingShare = 0;   // fraction of buildings >= oldBuildingAge years old; NaN = no data
    bool hasBuildings = false;
};

struct UnitDecline {
    QString unit;
    CriterionResult population, businesses, buildings;
    int met = 0;
    DeclineVerdict verdict = DeclineVerdict::Undetermined;
};

// `asOfYear`: the last year of the assessment (0 = each series' latest year).
CriterionResult assessPopulation(const YearSeries& s, const DeclineThresholds& t, int asOfYear = 0);
CriterionResult assessBusinesses(const YearSeries& s, const DeclineThresholds& t, int asOfYear = 0);
CriterionResult assessBuildings(double oldShare, bool hasData, const DeclineThresholds& t);
UnitDecline diagnoseUnit(const UnitDeclineInput& in, const DeclineThresholds& t, int asOfYear = 0);
// The same with separate assessment years for population and businesses (business counts are often
// published a year or two after the population; 0 = each series' latest year with a value).
UnitDecline diagnoseUnit(const UnitDeclineInput& in, const DeclineThresholds& t, int popAsOfYear, int bizAsOfYear);

}  // namespace dosi::models
