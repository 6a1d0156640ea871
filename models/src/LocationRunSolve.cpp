// Solving a location scenario (LocationRun.h): costs, the model, the coverage curve, service areas,
// and the JSON that `dosi-cli locate` prints.

#include "dosi/models/LocationRun.h"

#include "dosi/gis/GeosOps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::LocationRun)
};

// Above this many (demand, candidate) pairs a full matrix for p-median / p-center is refused.
constexpr qint64 kMaxDensePairs = 60'000'000;

QString costUnit(const LocationScenario& s)
{
    switch (s.distance) {
    case DistanceMode::Euclidean: return QStringLiteral("m");
    case DistanceMode::Network: return QStringLiteral("min");
    case DistanceMode::CostTable:
        return s.costTableOptions.costColumn.isEmpty() ? QStringLiteral("cost") : s.costTableOptions.costColumn;
    }
    return {};
}

Result<gis::CostMatrix> buildCosts(const LocationInputs& in, bool coverage, const SolveOptions& opt)
{
    const LocationScenario& s = in.scenario;
    const double limit = coverage ? s.radius : std::numeric_limits<double>::infinity();
    const qint64 pairs = qint64(in.demandPoints.size()) * in.candidatePoints.size();
    gis::CostMatrix m;
    switch (s.distance) {
    case DistanceMode::Euclidean:
        if (!coverage && pairs > kMaxDensePairs)
            return makeError(Tr::tr("%1 × %2 demand–candidate pairs are too many for %3, which needs the cost of "
                                    "every pair; use fewer candidates or a coverage model (LSCP, MCLP).")
                                 .arg(in.demandPoints.size())
                                 .arg(in.candidatePoints.size())
                                 .arg(locationModelName(s.model)));
        m = gis::euclideanCosts(in.demandPoints, in.candidatePoints, limit);
        break;
    case DistanceMode::CostTable: {
        gis::CostTableOptions o = s.costTableOptions;
        o.requireComplete = !coverage;
        o.maxCost = limit;
        auto t = gis::readCostTable(s.costTable, in.problem.demandIds, in.problem.candidateIds, o);
        if (!t) return t.error();
        m = std::move(t.value());
        break;
    }
    case DistanceMode::Network: {
        if (!in.network) return makeError(Tr::tr("The road network was not built."));
        auto progress = [&](int done, int total) {
            if (opt.progress && total > 0) opt.progress(int(20.0 * done / total), Tr::tr("Travel times on the road network"));
            return !opt.keepGoing || opt.keepGoing();
        };
        auto t = in.network->travelTimes(in.demandPoints, in.candidatePoints, limit, progress);
        if (!t) return t.error();
        m = std::move(t.value());
        break;
    }
    }
    m.unit = costUnit(s);
    return m;
}

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

}  // namespace

Result<LocationRun> runLocation(const LocationInputs& inputs, const SolveOptions& options, int curvePMax)
{
    QElapsedTimer timer;
    timer.start();
    LocationRun run;
    run.inputs = inputs;
    LocationProblem& problem = run.inputs.problem;
    const bool coverage = isCoverageModel(problem.model);
    if (options.progress) options.progress(0, Tr::tr("Computing costs"));
    if (coverage && !(problem.radius > 0))
        return makeError(Tr::tr("The service standard (radius) must be greater than 0."));
    // The curve is an MCLP at the same radius, so it needs only the pairs within it as well.
    if (run.inputs.scenario.distance == DistanceMode::Network && !run.inputs.network) {
        if (options.progress) options.progress(0, Tr::tr("Building the road network"));
        auto net = gis::RoadNetwork::build(run.inputs.scenario.roadLayer, run.inputs.roadLines, run.inputs.roadFields,
                                           run.inputs.roadValues, run.inputs.scenario.roadOptions);
        if (!net) return net.error();
        run.inputs.network = std::make_shared<const gis::RoadNetwork>(std::move(net.value()));
    }
    auto costs = buildCosts(run.inputs, coverage, options);
    if (!costs) return costs.error();
    problem.costs = std::move(costs.value());
    if (options.keepGoing && !options.keepGoing()) {
        run.solution.cancelled = true;
        return run;
    }
    if (auto ok = validateProblem(problem); !ok) return ok.error();

    if (curvePMax > 0) {
        if (!coverage)
            return makeError(Tr::tr("The coverage curve needs a coverage model (LSCP or MCLP) with a radius."));
        LocationProblem mclp = problem;
        mclp.model = LocationModel::Mclp;
        SolveOptions o = options;
        if (options.progress)
            o.progress = [&](int pct, const QString& phase) { options.progress(20 + pct * 40 / 100, phase); };
        auto curve = coverageCurve(mclp, curvePMax, o);
        if (!curve) return curve.error();
        run.curve = curve.value();
        // With existing facilities, the curve starts at what they cover alone (p = 0).
        if (!problem.required.isEmpty() && (run.curve.isEmpty() || run.curve.first().p > 0)) {
            LocationSolution existing;
            existing.model = LocationModel::Mclp;
            existing.radius = problem.radius;
            existing.selected = problem.required;
            std::sort(existing.selected.begin(), existing.selected.end());
            evaluateSolution(mclp, existing);
            CoveragePoint zero;
            zero.p = 0;
            zero.coveredDemand = existing.coveredDemand;
            zero.coveredShare = existing.totalDemand > 0 ? existing.coveredDemand / existing.totalDemand : 0.0;
            zero.bound = existing.coveredDemand;
            zero.optimal = true;
            run.curve.prepend(zero);
        }
        if (options.keepGoing && !options.keepGoing()) {
            run.solution.cancelled = true;
            return run;
        }
    }
    SolveOptions o = options;
    const int base = curvePMax > 0 ? 60 : 20;
    if (options.progress)
        o.progress = [&](int pct, const QString& phase) { options.progress(base + pct * (95 - base) / 100, phase); };
    auto solution = solveLocation(problem, o);
    if (!solution) return solution.error();
    run.solution = solution.value();
    if (run.solution.cancelled) return run;

    if (coverage && run.inputs.scenario.distance != DistanceMode::CostTable) {
        if (options.progress) options.progress(95, Tr::tr("Drawing service areas"));
        for (int j : run.solution.selected) {
            const QPointF pt = run.inputs.candidatePoints.value(j);
            if (run.inputs.scenario.distance == DistanceMode::Network && run.inputs.network) {
                auto iso = run.inputs.network->isochrone({pt}, problem.radius);
                run.areas << (iso ? iso.value() : gis::Geometry());
            } else {
                run.areas << gis::buffer(gis::Geometry::point(pt.x(), pt.y()), problem.radius, 16);
            }
        }
    }
    run.solution.seconds = timer.elapsed() / 1000.0;
    if (options.progress) options.progress(100, Tr::tr("Done"));
    return run;
}

QJsonObject locationJson(const LocationRun& run)
{
    const LocationSolution& s = run.solution;
    const LocationProblem& pr = run.inputs.problem;
    const bool coverage = isCoverageModel(pr.model);
    QJsonObject o;
    o[QStringLiteral("scenario")] = run.inputs.scenario.name;
    o[QStringLiteral("type")] = facilityTypeName(run.inputs.scenario.type);
    o[QStringLiteral("model")] = locationModelName(pr.model);
    o[QStringLiteral("p")] = pr.model == LocationModel::Lscp ? QJsonValue(int(s.newSites.size())) : QJsonValue(pr.p);
    o[QStringLiteral("radius")] = coverage ? QJsonValue(pr.radius) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("cost_unit")] = pr.costs.unit;
    o[QStringLiteral("objective")] = finiteOrNull(s.objective);
    o[QStringLiteral("bound")] = finiteOrNull(s.bound);
    o[QStringLiteral("optimal")] = s.optimal;
    o[QStringLiteral("gap")] = finiteOrNull(s.gap);
    o[QStringLiteral("method")] = s.method;
    QJsonArray selected, added, existing;
    for (int j : s.selected) selected.append(pr.candidateIds.value(j));
    for (int j : s.newSites) added.append(pr.candidateIds.value(j));
    for (int j : pr.required) existing.append(pr.candidateIds.value(j));
    o[QStringLiteral("selected")] = selected;
    o[QStringLiteral("new_sites")] = added;
    o[QStringLiteral("existing")] = int(existing.size());
    o[QStringLiteral("covered_units")] = s.coveredUnits;
    o[QStringLiteral("total_units")] = s.totalUnits;
    o[QStringLiteral("uncoverable_units")] = s.uncoverableUnits;
    o[QStringLiteral("covered_demand")] = s.coveredDemand;
    o[QStringLiteral("total_demand")] = s.totalDemand;
    o[QStringLiteral("mean_cost")] = finiteOrNull(s.meanCost);
    o[QStringLiteral("max_cost")] = finiteOrNull(s.maxCost);
    o[QStringLiteral("seconds")] = s.seconds;
    o[QStringLiteral("demand_points")] = int(pr.demandIds.size());
    o[QStringLiteral("candidates")] = int(pr.candidateIds.size() - pr.required.size());
    o[QStringLiteral("pairs")] = double(pr.costs.pairCount());
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(run.inputs.notes + s.notes);
    if (!run.curve.isEmpty()) {
        QJsonArray curve;
        for (const CoveragePoint& c : run.curve) {
            QJsonObject pt;
            pt[QStringLiteral("p")] = c.p;
            pt[QStringLiteral("covered_demand")] = c.coveredDemand;
            pt[QStringLiteral("covered_share")] = c.coveredShare;
            pt[QStringLiteral("bound")] = finiteOrNull(c.bound);
            pt[QStringLiteral("optimal")] = c.optimal;
            curve.append(pt);
        }
        o[QStringLiteral("curve")] = curve;
    }
    return o;
}

}  // namespace dosi::models
