// dosi_location_bench: the issue-6 location figures, printed "NAME VALUE UNIT" for bench/run.
//
//   dosi_location_bench mclp PROJECT OUTDIR
//     MCLP over every 250 m cell of the sample (about 19,000 demand points, weighted by the registered
//     population of 2021 spread over the cells by area: layer grid_pop made by bench/run) x 1,000 candidate
//     cells (every 19th cell after a seeded shuffle), radius 1 km, p = 30. Times the exact solve (costs
//     included) and the heuristic alone, and writes the instance (demand.csv, candidates.csv) for
//     location_pulp.py, which solves the same instance with PuLP + CBC.
//   dosi_location_bench seoul PROJECT
//     Every Seoul 250 m cell with living population (about 10,000) as demand and as a candidate,
//     radius 1 km, p = 30, method auto with a 30 s limit: seconds and gap.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/LocationRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <numeric>
#include <random>
#include <cstdio>

using namespace dosi;
using namespace dosi::models;

namespace {

void figure(const char* name, double value, const char* unit)
{
    std::printf("%s %.10g %s\n", name, value, unit);
    std::fflush(stdout);
}

bool writeCsv(const QString& path, const QVector<QPointF>& pts, const QVector<double>* w)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << (w ? "x,y,w\n" : "x,y\n");
    for (int i = 0; i < pts.size(); ++i) {
        out << QString::number(pts[i].x(), 'f', 3) << ',' << QString::number(pts[i].y(), 'f', 3);
        if (w) out << ',' << QString::number((*w)[i], 'g', 17);
        out << '\n';
    }
    return true;
}

int fail(const QString& m)
{
    std::fprintf(stderr, "dosi_location_bench: %s\n", qPrintable(m));
    return 1;
}

int mclpBench(const QString& project, const QString& outDir)
{
    auto store = ProjectStore::openReadOnly(project);
    if (!store) return fail(store.errorMessage());
    LocationScenario s;
    s.model = LocationModel::Mclp;
    s.demandLayer = QStringLiteral("grid250");
    s.weightLayer = QStringLiteral("grid_pop");
    s.weightField = QStringLiteral("ALL");
    s.weightTime = QStringLiteral("2021");
    s.candidateLayer = QStringLiteral("grid250");
    s.radius = 1000;
    s.p = 30;
    auto in = readLocationInputs(*store.value(), s);
    if (!in) return fail(in.errorMessage());
    // 1,000 candidates: a seeded shuffle of the cells, the first 1,000.
    QVector<int> order(in->candidatePoints.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(20261122));
    order.resize(std::min<qsizetype>(1000, order.size()));
    std::sort(order.begin(), order.end());
    LocationInputs sub = in.value();
    sub.candidatePoints.clear();
    sub.candidateNames.clear();
    sub.problem.candidateIds.clear();
    for (int j : order) {
        sub.candidatePoints << in->candidatePoints[j];
        sub.candidateNames << in->candidateNames[j];
        sub.problem.candidateIds << in->problem.candidateIds[j];
    }
    figure("location_mclp_demand_points", sub.demandPoints.size(), "points");
    figure("location_mclp_candidates", sub.candidatePoints.size(), "sites");
    QDir().mkpath(outDir);
    if (!writeCsv(QDir(outDir).filePath(QStringLiteral("demand.csv")), sub.demandPoints, &sub.problem.weights) ||
        !writeCsv(QDir(outDir).filePath(QStringLiteral("candidates.csv")), sub.candidatePoints, nullptr))
        return fail(QStringLiteral("cannot write the instance to %1").arg(outDir));

    double bestExact = 0;
    for (int rep = 0; rep < 3; ++rep) {   // best of 3
        SolveOptions o;
        o.method = SolveMethod::Exact;
        o.timeLimitSeconds = 600;
        QElapsedTimer t;
        t.start();
        auto run = runLocation(sub, o);
        const double sec = t.nsecsElapsed() / 1e9;
        if (!run) return fail(run.errorMessage());
        if (rep == 0 || sec < bestExact) bestExact = sec;
        if (rep == 0) {
            figure("location_mclp_objective_exact", run->solution.objective, "people");
            figure("location_mclp_optimal", run->solution.optimal ? 1 : 0, "bool");
            figure("location_mclp_gap_exact", run->solution.gap, "ratio");
        }
    }
    figure("location_mclp_seconds_exact", bestExact, "s");
    SolveOptions h;
    h.method = SolveMethod::Heuristic;
    double bestHeur = 0;
    for (int rep = 0; rep < 3; ++rep) {
        QElapsedTimer t;
        t.start();
        auto run = runLocation(sub, h);
        const double sec = t.nsecsElapsed() / 1e9;
        if (!run) return fail(run.errorMessage());
        if (rep == 0 || sec < bestHeur) bestHeur = sec;
        if (rep == 0) {
            figure("location_mclp_objective_heuristic", run->solution.objective, "people");
            figure("location_mclp_bound_heuristic", run->solution.bound, "people");
        }
    }
    figure("location_mclp_seconds_heuristic", bestHeur, "s");
    SolveOptions a;
    QElapsedTimer t;
    t.start();
    auto run = runLocation(sub, a);
    if (!run) return fail(run.errorMessage());
    figure("location_mclp_seconds_auto", t.nsecsElapsed() / 1e9, "s");
    figure("location_mclp_optimal_auto", run->solution.optimal ? 1 : 0, "bool");
    return 0;
}

int seoulBench(const QString& project)
{
    auto store = ProjectStore::openReadOnly(project);
    if (!store) return fail(store.errorMessage());
    LocationScenario s;
    s.model = LocationModel::Mclp;
    s.demandLayer = QStringLiteral("grid250");
    s.weightLayer = QStringLiteral("living_population_grid250");
    s.weightField = QStringLiteral("total");
    s.candidateLayer = QStringLiteral("grid250");
    s.radius = 1000;
    s.p = 30;
    auto in = readLocationInputs(*store.value(), s);
    if (!in) return fail(in.errorMessage());
    // Seoul: the cells with living population (Daejeon's cells have none in this layer).
    LocationInputs seoul = in.value();
    seoul.demandPoints.clear();
    seoul.problem.demandIds.clear();
    seoul.problem.weights.clear();
    seoul.candidatePoints.clear();
    seoul.candidateNames.clear();
    seoul.problem.candidateIds.clear();
    for (int i = 0; i < in->demandPoints.size(); ++i) {
        if (!(in->problem.weights[i] > 0)) continue;
        seoul.demandPoints << in->demandPoints[i];
        seoul.problem.demandIds << in->problem.demandIds[i];
        seoul.problem.weights << in->problem.weights[i];
        seoul.candidatePoints << in->demandPoints[i];
        seoul.candidateNames << in->problem.demandIds[i];
        seoul.problem.candidateIds << in->problem.demandIds[i];
    }
    figure("location_seoul_demand_points", seoul.demandPoints.size(), "points");
    figure("location_seoul_candidates", seoul.candidatePoints.size(), "sites");
    SolveOptions o;
    o.timeLimitSeconds = 25;
    QElapsedTimer t;
    t.start();
    auto run = runLocation(seoul, o);
    if (!run) return fail(run.errorMessage());
    figure("location_seoul_seconds", t.nsecsElapsed() / 1e9, "s");
    figure("location_seoul_objective", run->solution.objective, "people");
    figure("location_seoul_bound", run->solution.bound, "people");
    figure("location_seoul_gap", run->solution.gap, "ratio");
    figure("location_seoul_optimal", run->solution.optimal ? 1 : 0, "bool");
    figure("location_seoul_pairs", double(run->inputs.problem.costs.pairCount()), "pairs");
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("mclp")) return mclpBench(args[2], args[3]);
    if (args.size() >= 3 && args[1] == QLatin1String("seoul")) return seoulBench(args[2]);
    std::fprintf(stderr, "usage: dosi_location_bench mclp PROJECT OUTDIR | seoul PROJECT\n");
    return 2;
}
