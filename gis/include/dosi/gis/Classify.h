#pragma once
// Classification of values into choropleth classes: quantile, equal interval, Jenks natural
// breaks (Fisher-Jenks), standard deviation and manual breaks.
//
// Breaks are class UPPER bounds in ascending order; the lower bound of the first class is the
// minimum of the values. A value v belongs to the first class i with v <= breaks[i].
// NaN values (missing or masked, see core Values.h) are never classified.

#include "dosi/core/Result.h"

#include <QString>
#include <QVector>

namespace dosi::gis {

enum class ClassMethod { Quantile, EqualInterval, Jenks, StdDev, Manual };

struct ClassSpec {
    ClassMethod method = ClassMethod::Quantile;
    int count = 5;                   // number of classes (quantile, equal, jenks)
    double stddevStep = 1.0;         // class width in standard deviations (stddev)
    QVector<double> manualBreaks;    // interior breaks (manual), ascending
};

// Parses "quantile:5", "equal:5" (also "equal-interval"), "jenks:5" (also "natural"),
// "stddev:1" (also "stddev:0.5"), "manual:10,20,30". Class counts must be 2..9.
Result<ClassSpec> parseClassSpec(const QString& text);

// The values that can be classified (not NaN, not infinite), sorted ascending.
QVector<double> classifiableValues(const QVector<double>& values);

// Type-7 (linear interpolation) quantiles: break i = Q((i+1)/k), last = max.
QVector<double> quantileBreaks(const QVector<double>& values, int classes);
// min + (i+1) * (max - min) / k.
QVector<double> equalIntervalBreaks(const QVector<double>& values, int classes);
// Exact Fisher-Jenks optimum (minimal within-class sum of squared deviations).
// For more than kJenksMaxValues values, the optimum is computed on a deterministic sample:
// the sorted values at ranks round(i * (n-1) / (kJenksMaxValues-1)), i = 0..kJenksMaxValues-1,
// which always includes the minimum and the maximum. Fewer distinct values than classes
// give one class per distinct value.
inline constexpr int kJenksMaxValues = 3000;
QVector<double> jenksBreaks(const QVector<double>& values, int classes);
// Classes of `step` standard deviations (population SD) centred on the mean; the outer classes
// are open-ended up to min / max. Returns upper bounds like the others.
QVector<double> stdDevBreaks(const QVector<double>& values, double step);
// Interior breaks given by the user, with the maximum appended when it is above the last break.
QVector<double> manualBreaks(const QVector<double>& values, const QVector<double>& interior);

// Dispatches on spec.method.
QVector<double> classBreaks(const QVector<double>& values, const ClassSpec& spec);

// Index of the class of v, or -1 for NaN / no breaks. Values above the last break fall into
// the last class.
int classIndex(double v, const QVector<double>& breaks);

// Sum of squared deviations from the class means for a classification (goodness of fit).
double withinClassSquaredDeviation(const QVector<double>& values, const QVector<double>& breaks);

}  // namespace dosi::gis
