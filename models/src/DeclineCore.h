#pragma once
// Private: the numeric core of the trend criteria of the decline diagnosis (population and
// businesses), shared by Decline.cpp (which words the reasons) and DeclineOutlook.cpp (which runs it
// on thousands of simulated paths and therefore must not allocate or format text).

#include "dosi/models/Decline.h"

#include <QVector>

#include <cmath>
#include <limits>

namespace dosi::models::detail {

// A yearly series laid out densely from `first`; absent years are NaN.
struct DenseYears {
    int first = 0;
    QVector<double> v;

    double at(int year) const
    {
        const int i = year - first;
        return (i >= 0 && i < v.size()) ? v[i] : std::numeric_limits<double>::quiet_NaN();
    }
    bool has(int year) const { return !std::isnan(at(year)); }
    int lastYear() const { return first + int(v.size()) - 1; }
};

// The series' years <= upTo (0 = every year) laid out densely. Empty `v` when there are none.
DenseYears denseYears(const YearSeries& s, int upTo);
// The latest year with a value (0 when none).
int latestYearWithValue(const DenseYears& d);

struct TrendParams {
    double peakDrop = 0.2;
    int peakYears = 30;
    int consecutiveYears = 3;
    int recentYears = 5;
    bool requireFullPeakWindow = false;
};

struct PeakEval {
    CriterionStatus status = CriterionStatus::NotAssessable;
    double current = std::numeric_limits<double>::quiet_NaN();   // value in the last year
    double peak = std::numeric_limits<double>::quiet_NaN();
    int peakYear = 0;          // the latest year holding the peak
    int windowStart = 0;       // last - peakYears + 1
    int firstCovered = 0;      // the first year of the window with a value
    int covered = 0;           // years of the window with a value
    double drop = std::numeric_limits<double>::quiet_NaN();   // (peak - current) / peak
};

struct RunEval {
    CriterionStatus status = CriterionStatus::NotAssessable;
    int firstYear = 0;         // last - recentYears + 1: the first year of the recent window
    int knownRun = 0;          // longest run of known declines
    int knownRunEnd = 0;       // the last year of that run (0 when none)
    int optimisticRun = 0;     // longest run if every unknown change were a decline
};

struct TrendEval {
    CriterionStatus status = CriterionStatus::NotAssessable;
    PeakEval peak;
    RunEval run;
};

// Evaluates the peak-drop and consecutive-decline tests with `last` as the assessment year.
TrendEval evaluateTrend(const DenseYears& d, int last, const TrendParams& p);

// Fast path for simulations: true when either test is met (no NotAssessable bookkeeping).
bool trendMet(const DenseYears& d, int last, const TrendParams& p);

}  // namespace dosi::models::detail
