#pragma once
// Doubly-constrained gravity model: estimates home→work flows between zones where no movement file
// exists. T_ij = A_i B_j O_i D_j f(d_ij), with Furness (IPF) balancing so that every row sums to its
// production O_i and every column to its attraction D_j, and a distance decay f(d) = exp(-beta d) (d in km)
// or d^-beta whose beta is FITTED so that the model's mean trip length equals a target (Hyman's method:
// secant steps on beta, safeguarded by bisection). The target is either the mean trip length of observed
// OD flows or, without them, an explicit assumption (kDefaultMeanTripKm).
//
// estimateFlowsFromPopulation() builds the model from the project's layers: productions = night-time
// living population (mean of hours 03–05 over all days), attractions = weekday daytime population (mean of
// hours 13–15 over Monday–Friday) rescaled to the production total (a doubly-constrained model needs equal
// totals), distances between zone centroids in EPSG:5179. Its output layer is an OD measure layer
// (unit "O>D", time "") with estimated = true.

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::models {

// Default target mean trip length (straight-line km between dong centroids) used when no observed OD flows
// are given. THIS IS AN ASSUMPTION, not a measurement: Statistics Korea's 「통근 근로자 이동 특성 분석」
// (2024-12-20, mobile-phone data, not an approved statistic) reports a mean one-way commute of 17.3 km
// nationally and 19.0 km in the capital region, measured along travel routes and including trips that leave
// the city. Straight-line distances inside one city are shorter; 10 km is a rounded working value for
// intra-Seoul commutes. Pass a measured value (--mean-trip-km) or observed flows whenever possible.
inline constexpr double kDefaultMeanTripKm = 10.0;

enum class DistanceDecay { Exponential, Power };

struct GravityZone {
    QString code;
    double x = 0, y = 0;        // centroid, EPSG:5179 metres
    double production = 0;      // O_i (trips leaving), >= 0
    double attraction = 0;      // D_j (trips arriving), >= 0
    double selfDistanceKm = 0;  // intrazonal distance; <= 0 = half the distance to the nearest other centroid
};

struct ObservedFlow {
    QString origin, dest;
    double count = 0;
};

struct GravityOptions {
    DistanceDecay decay = DistanceDecay::Exponential;
    double targetMeanTripKm = 0;          // > 0: fit beta to it; ignored when observed flows are given
    double fixedBeta = -1;                // >= 0: use this beta, no fitting
    double tolerance = 1e-9;              // max relative error of row and column sums
    int maxIterations = 100000;           // Furness iterations per balancing
    double meanTripTolerance = 1e-6;      // relative, for the beta fit
    int maxFitIterations = 100;
};

struct GravityResult {
    QStringList zones;          // codes in input order
    QVector<double> flows;      // n x n, row-major: flows[i * n + j] = T_ij
    QVector<double> distanceKm; // n x n
    double beta = 0;
    DistanceDecay decay = DistanceDecay::Exponential;
    QString betaSource;         // "fitted to observed flows", "fitted to assumed mean trip length", "fixed"
    double targetMeanTripKm = 0;
    double meanTripKm = 0;      // of the estimated flows
    int fitIterations = 0;
    int balancingIterations = 0;  // of the final balancing
    double maxRelativeError = 0;  // max over rows and columns of |sum - marginal| / marginal
    double total = 0;             // sum of flows
};

// Zones with zero production and attraction are kept (their rows/columns are zero).
// Fails when the totals differ by more than 1e-9 relative, a marginal is negative or not finite, there are
// fewer than two zones, the target mean trip length is outside what the zones allow, or balancing does not
// converge.
Result<GravityResult> runGravity(const QVector<GravityZone>& zones, const GravityOptions& options,
                                 const QVector<ObservedFlow>& observed = {});

// Mean trip length (km) of an n x n flow matrix over the given distances.
double meanTripLength(const QVector<double>& flows, const QVector<double>& distanceKm);

// Area-weighted centroid of a (multi)polygon given as ISO WKB (holes subtracted); *area gets the area.
// Falls back to the envelope centre for non-polygonal or degenerate geometry. False for unreadable WKB.
bool polygonCentroid(const QByteArray& wkb, double* x, double* y, double* area = nullptr);

// Population marginals from an hourly living-population table (unit = zone code, time = hour key).
struct PopulationMarginals {
    QStringList units;             // sorted
    QVector<double> night;         // mean of hours 03-05, all days
    QVector<double> day;           // mean of hours 13-15, Monday-Friday
    QStringList days;              // dates used (yyyy-MM-dd)
    QStringList skippedUnits;      // units without a known night or day value
    int maskedValues = 0;          // masked values left out of the means
};
// Days outside [from, to] are ignored (null dates = open).
Result<PopulationMarginals> populationMarginals(const MeasureTable& hourly, const QString& field,
                                                const QDate& from = {}, const QDate& to = {});

// The whole chain on project data. zoneCodes/zoneWkb: the zone layer's codes and geometries (EPSG:5179).
struct FlowEstimate {
    LayerInfo info;                // kind Measure, estimated = true, OD style, geometryLayer = zoneLayer
    MeasureTable table;            // unit "O>D", time "", fields flow, distance_km
    GravityResult model;
    PopulationMarginals marginals;
    QStringList unmatchedUnits;    // population units without a zone geometry
    double nightTotal = 0;         // of the zones used (= total flow)
    double dayTotal = 0;           // before rescaling
    QStringList warnings;
};
Result<FlowEstimate> estimateFlowsFromPopulation(const MeasureTable& hourlyPopulation, const QString& field,
                                                 const QStringList& zoneCodes, const QVector<QByteArray>& zoneWkb,
                                                 const QString& zoneLayer, const QString& name,
                                                 const GravityOptions& options,
                                                 const QVector<ObservedFlow>& observed = {},
                                                 const QDate& from = {}, const QDate& to = {});

// Description stored with estimated flow layers.
QString gravityDescription();

}  // namespace dosi::models
