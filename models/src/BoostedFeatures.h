#pragma once
// Features and targets of the boosted panel forecaster (private to the models library).
//
// Target: the deviation from a base value known at forecast time, scaled to the base,
//   y_t = b_t + d_t * s_t,   s_t = max(|b_t|, 0.1 * unit mean |y|)
// (a relative change for positive series that stays finite at zero), so one model fits units of very
// different size. The base b_t is the value one season back (168 h for hourly series, 7 days,
// 4 quarters, 1 year); for hourly and daily series the most recent same hour and weekday that was
// not a public holiday (up to 6 weeks back), so that a holiday last week does not repeat this week.
// Features (all lags at least `block` steps back, so that a block of steps is predicted at once):
//   Hour     hour, weekday, holiday today / yesterday / tomorrow, length of the run of days off
//            (weekends and holidays) that today belongs to, the value 168 h back and the second and
//            third holiday-free same hours of week (relative to the base), the same hour of the last
//            Sunday, yesterday's deviation from its own base, the mean deviation of the last 7 days,
//            the unit's index and its day-off / working-day ratio
//   Day      the same at daily resolution
//   Quarter  quarter, lags 1 and 8 relative to the base (lag 4), the change of lag 1 over its year
//            (lag 5), unit size (log10 of its mean)
//   Year     year, lags 2, 3, 4 relative to the base (lag 1), unit size (log10 of its mean)
// plus, per covariate (another layer of the same unit), its value `covLag` steps back (at least the
// horizon, in whole seasons), scaled to the unit's mean of that covariate.
// Holidays are Korean public holidays plus Workers' Day (1 May, a paid day off for employees,
// on which living population dips as on a holiday).
// Training (hourly and daily panels): the panel-wide week-to-week drift (median target of the
// week's days away from holidays) is removed from the targets, so the recursive forecast carries
// the last level forward instead of compounding the drift of the training weeks. Hourly panels
// train on the last BoostedParams::recentWeeks weeks plus the days around earlier holidays.
// Missing values before the origin are filled (the base's value, i.e. one season earlier or the
// last holiday-free same hour of week; else linear) for the features only; rows whose target is
// missing are not trained on.

#include "BoostedForecast.h"

#include <array>
#include <limits>
#include <vector>

namespace dosi::models::detail {

struct BoostedData {
    std::vector<float> x;   // rows x cols, row-major
    std::vector<float> y;
    int rows = 0, cols = 0;
};

class BoostedContext {
public:
    // Copies the values and covariates at times [0, originIndex) only.
    static Result<BoostedContext> make(const Panel& panel, int originIndex, int horizon);

    int unitCount() const { return int(m_units.size()); }
    int featureCount() const { return m_cols; }
    int block() const { return m_block; }

    BoostedData trainingData(const BoostedParams& params) const;
    // Feature row of unit u at forecast time t (origin <= t); base and scale of its target.
    void forecastRow(int u, int t, float* row, double* base, double* scale) const;
    void setForecast(int u, int t, double value);
    QVector<double> forecasts(int u) const;

private:
    struct Unit {
        std::vector<double> raw;        // values before the origin, missing = NaN
        std::vector<double> ext;        // filled values before the origin, then the forecasts
        std::vector<double> dev;        // (ext - base) / scale where known
        // Prefix sums over the steps before k that are not on a holiday: dev and its count (for the
        // mean deviation of the last days); extended with every dev set, in time order.
        std::vector<double> devSum;
        std::vector<int> devCount;
        std::vector<std::vector<double>> cov;   // filled covariates before the origin
        std::vector<double> covScale;
        double scale = 1;               // mean |y|
        double offRatio = 1;            // mean on days off / mean on working days (hour, day)
        bool nonNegative = true;
    };
    struct Day {
        bool holiday = false;
        int offRun = 0;                 // length of the run of days off this day belongs to, 0 on working days
        int weekday = 0;                // 1 = Monday .. 7 = Sunday
    };

    double v(const Unit& u, int k) const { return k >= 0 && k < int(u.ext.size()) ? u.ext[k] : kNaN; }
    double devAt(const Unit& u, int k) const { return k >= 0 && k < int(u.dev.size()) ? u.dev[k] : kNaN; }
    // The j-th (1..3) most recent value one or more whole seasons back whose day is not a holiday
    // (hour and day kinds with a calendar; else simply j seasons back).
    double cleanLag(const Unit& u, int t, int j) const;
    double base(const Unit& u, int t) const;
    double scaleOf(const Unit& u, double b) const;
    void updateDev(Unit& u, int t) const;   // t in increasing order per unit
    bool holidayStep(int t) const { return t >= 0 && t < int(m_stepHoliday.size()) && m_stepHoliday[t]; }
    void row(int ui, int t, float* out, double* base, double* scale) const;
    const Day& day(int dayIndex) const;
    int dayOf(int t) const;             // day index of step t (hour, day kinds)
    int hourOf(int t) const;
    bool dayOff(int dayIndex) const;    // weekend or holiday
    void buildCalendar(const QString& firstKey);
    bool nearHoliday(int t) const;
    void removeDrift(BoostedData* d, const std::vector<int>& rowTime) const;

    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    TimeKind m_kind = TimeKind::None;
    int m_origin = 0, m_horizon = 0;
    int m_baseLag = 1, m_season = 0, m_block = 1, m_covLag = 1;
    int m_cols = 0;
    int m_nCov = 0;
    std::vector<Unit> m_units;
    // Calendar: hour of step 0, first day index (may be negative), days; year / quarter of step 0.
    bool m_calendar = false;
    int m_hour0 = 0;
    int m_dayBase = 0;                  // index into m_days of step 0's day
    std::vector<Day> m_days;
    std::vector<std::array<int, 3>> m_cleanLags;   // per step: lags of cleanLag(., t, 1..3), 0 = none
    std::vector<char> m_stepHoliday;                // per step: on a holiday (hour and day kinds)
    int m_year0 = 0, m_quarter0 = 1;
};

}  // namespace dosi::models::detail
