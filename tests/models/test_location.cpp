// Location models on PySAL spopt's San Francisco instance (published values), evaluation, bad input,
// the coverage curve and cancellation.

#include "LocationTestUtil.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace dosi::models;
using namespace dosi::test::location;

class TestLocation : public QObject {
    Q_OBJECT
private slots:
    void names();
    void evaluate();
    void sfMclp();
    void sfPMedian();
    void sfLscp();
    void sfPCenter();
    void sfRequired();
    void sfCurve();
    void badInput();
    void pMedianMissingPair();
    void cancel();
    void timeLimit();
    void cancelInsideCbc();
    void concurrent();
};

void TestLocation::names()
{
    for (LocationModel m : {LocationModel::Lscp, LocationModel::Mclp, LocationModel::PMedian, LocationModel::PCenter})
        QCOMPARE(locationModelFromName(locationModelName(m)), std::optional<LocationModel>(m));
    QCOMPARE(locationModelFromName(QStringLiteral("p-median")), std::optional<LocationModel>(LocationModel::PMedian));
    QCOMPARE(locationModelFromName(QStringLiteral("P-Center")), std::optional<LocationModel>(LocationModel::PCenter));
    QVERIFY(!locationModelFromName(QStringLiteral("kmeans")));
    QVERIFY(isCoverageModel(LocationModel::Lscp) && isCoverageModel(LocationModel::Mclp));
    QVERIFY(!isCoverageModel(LocationModel::PMedian) && !isCoverageModel(LocationModel::PCenter));
}

void TestLocation::evaluate()
{
    // 4 points on a line at 0, 1, 2, 10; sites at 0 (required), 2, 9; point 4 has no cost to site 0.
    LocationProblem pr;
    pr.model = LocationModel::Mclp;
    pr.demandIds = ids(QStringLiteral("d"), 4);
    pr.candidateIds = ids(QStringLiteral("c"), 3);
    pr.weights = {1, 2, 3, 4};
    pr.required = {0};
    const double pos[4] = {0, 1, 2, 10}, site[3] = {0, 2, 9};
    pr.costs = matrixFrom(4, 3, [&](int i, int j) {
        return (i == 3 && j == 0) ? std::nan("") : std::abs(pos[i] - site[j]);
    });
    pr.radius = 0.5;
    pr.p = 1;
    LocationSolution s;
    s.selected = {1};
    evaluateSolution(pr, s);
    QCOMPARE(s.selected, QVector<int>({0, 1}));   // required added
    QCOMPARE(s.newSites, QVector<int>({1}));
    QCOMPARE(s.assignment, QVector<int>({0, 0, 1, 1}));
    QCOMPARE(s.demandCost, QVector<double>({0, 1, 0, 8}));
    QCOMPARE(s.covered, QVector<bool>({true, false, true, false}));
    QCOMPARE(s.coveredUnits, 2);
    QCOMPARE(s.totalUnits, 4);
    QCOMPARE(s.uncoverableUnits, 2);   // the points at 1 and 10 have no site within 0.5
    QCOMPARE(s.coveredDemand, 4.0);
    QCOMPARE(s.totalDemand, 10.0);
    QCOMPARE(s.objective, 4.0);
    QCOMPARE(s.meanCost, (0 * 1 + 1 * 2 + 0 * 3 + 8 * 4) / 10.0);
    QCOMPARE(s.maxCost, 8.0);
    pr.model = LocationModel::PMedian;
    evaluateSolution(pr, s);
    QCOMPARE(s.objective, 34.0);
    QCOMPARE(s.coveredUnits, 4);
    pr.model = LocationModel::PCenter;
    evaluateSolution(pr, s);
    QCOMPARE(s.objective, 8.0);
}

void TestLocation::sfMclp()
{
    const LocationProblem pr = sfProblem(LocationModel::Mclp, 5000, 4);
    QCOMPARE(pr.demandIds.size(), 205);
    QCOMPARE(pr.candidateIds.size(), 16);
    QVERIFY(pr.costs.isComplete());
    const auto en = solveByEnumeration(pr);
    QVERIFY2(en, qPrintable(en.errorMessage()));
    for (SolveMethod m : {SolveMethod::Auto, SolveMethod::Exact, SolveMethod::Heuristic}) {
        const auto s = solveLocation(pr, withMethod(m));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        // spopt: 184 of 205 tracts covered (n_cli_uncov 21, perc_cov 89.756...).
        QCOMPARE(s->coveredUnits, 184);
        QCOMPARE(s->totalUnits, 205);
        QCOMPARE(s->newSites.size(), 4);
        QVERIFY(closeTo(s->objective, en->objective));
        QVERIFY(s->optimal);
        QCOMPARE(s->gap, 0.0);
        if (m == SolveMethod::Exact) QCOMPARE(s->method, QStringLiteral("cbc"));
    }
    QCOMPARE(en->coveredUnits, 184);
}

void TestLocation::sfPMedian()
{
    const LocationProblem pr = sfProblem(LocationModel::PMedian, 0, 4);
    const auto en = solveByEnumeration(pr);
    QVERIFY2(en, qPrintable(en.errorMessage()));
    for (SolveMethod m : {SolveMethod::Auto, SolveMethod::Exact, SolveMethod::Heuristic}) {
        const auto s = solveLocation(pr, withMethod(m));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        // spopt's published mean weighted distance.
        QVERIFY2(closeTo(s->meanCost, 2982.1268579890657, 1e-6), qPrintable(QString::number(s->meanCost, 'g', 17)));
        QVERIFY(closeTo(s->objective, en->objective, 1e-9));
        QVERIFY(s->bound <= s->objective * (1 + 1e-9));
        if (m != SolveMethod::Heuristic) QVERIFY(s->optimal);
        QCOMPARE(s->coveredUnits, 205);
        QCOMPARE(s->newSites.size(), 4);
    }
}

void TestLocation::sfLscp()
{
    for (double radius : {3000.0, 5000.0, 8000.0}) {
        const LocationProblem pr = sfProblem(LocationModel::Lscp, radius, 0);
        const auto en = solveByEnumeration(pr);
        QVERIFY2(en, qPrintable(en.errorMessage()));
        for (SolveMethod m : {SolveMethod::Auto, SolveMethod::Exact, SolveMethod::Heuristic}) {
            const auto s = solveLocation(pr, withMethod(m));
            QVERIFY2(s, qPrintable(s.errorMessage()));
            QCOMPARE(s->coveredUnits + s->uncoverableUnits, 205);   // every coverable tract covered
            QVERIFY(s->bound <= en->objective && en->objective <= s->objective);
            if (m != SolveMethod::Heuristic) {
                QCOMPARE(s->objective, en->objective);
                QVERIFY(s->optimal);
            }
            QCOMPARE(s->p, s->newSites.size());
        }
    }
}

void TestLocation::sfPCenter()
{
    for (int p : {1, 2, 4, 6}) {
        const LocationProblem pr = sfProblem(LocationModel::PCenter, 0, p);
        const auto en = solveByEnumeration(pr);
        QVERIFY2(en, qPrintable(en.errorMessage()));
        for (SolveMethod m : {SolveMethod::Auto, SolveMethod::Exact, SolveMethod::Heuristic}) {
            const auto s = solveLocation(pr, withMethod(m));
            QVERIFY2(s, qPrintable(s.errorMessage()));
            QVERIFY(s->bound <= en->objective + 1e-9 && en->objective <= s->objective + 1e-9);
            QCOMPARE(s->maxCost, s->objective);
            QCOMPARE(s->newSites.size(), p);
            if (m != SolveMethod::Heuristic) {
                QVERIFY(closeTo(s->objective, en->objective));
                QVERIFY(s->optimal);
            }
        }
    }
}

void TestLocation::sfRequired()
{
    // Two stores already open: they are in every solution and not counted in p.
    for (LocationModel model : {LocationModel::Mclp, LocationModel::PMedian, LocationModel::PCenter, LocationModel::Lscp}) {
        LocationProblem pr = sfProblem(model, 5000, 3);
        pr.required = {0, 5};
        const auto en = solveByEnumeration(pr);
        QVERIFY2(en, qPrintable(en.errorMessage()));
        const auto s = solveLocation(pr, withMethod(SolveMethod::Auto));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QVERIFY(s->selected.contains(0) && s->selected.contains(5));
        QVERIFY(!s->newSites.contains(0) && !s->newSites.contains(5));
        if (model != LocationModel::Lscp) QCOMPARE(s->newSites.size(), 3);
        QVERIFY2(closeTo(s->objective, en->objective), qPrintable(locationModelName(model)));
        QVERIFY(s->optimal);
    }
}

void TestLocation::sfCurve()
{
    const LocationProblem pr = sfProblem(LocationModel::Mclp, 3000, 1);
    int lastPct = -1;
    bool monotone = true;
    SolveOptions o;
    o.progress = [&](int pct, const QString&) {
        if (pct < lastPct) monotone = false;
        lastPct = pct;
    };
    const auto curve = coverageCurve(pr, 16, o);
    QVERIFY2(curve, qPrintable(curve.errorMessage()));
    QVERIFY(monotone);
    QCOMPARE(lastPct, 100);
    QVERIFY(!curve->isEmpty());
    double prev = 0, total = 0;
    for (double w : pr.weights) total += w;
    for (int k = 0; k < curve->size(); ++k) {
        const CoveragePoint& pt = curve->at(k);
        QCOMPARE(pt.p, k + 1);
        QCOMPARE(pt.newSites.size(), pt.p);
        QVERIFY(pt.coveredDemand >= prev);
        QVERIFY(pt.optimal);
        QVERIFY(closeTo(pt.coveredShare, pt.coveredDemand / total));
        prev = pt.coveredDemand;
        if (pt.p <= 3) {
            LocationProblem q = pr;
            q.p = pt.p;
            const auto en = solveByEnumeration(q);
            QVERIFY(en);
            QVERIFY(closeTo(pt.coveredDemand, en->objective));
        }
    }
    // It stops as soon as everything coverable is covered.
    LocationProblem all = pr;
    all.p = 16;
    const auto full = solveLocation(all);
    QVERIFY(full);
    QVERIFY(closeTo(curve->last().coveredDemand, full->objective));
    QVERIFY(curve->size() < 16);
    for (int k = 0; k + 1 < curve->size(); ++k) QVERIFY(curve->at(k).coveredDemand < full->objective);
}

void TestLocation::badInput()
{
    LocationProblem ok = sfProblem(LocationModel::Mclp, 5000, 4);
    QVERIFY(validateProblem(ok));

    LocationProblem p = ok;
    p.weights.fill(0);
    auto r = validateProblem(p);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("no weights")), qPrintable(r.errorMessage()));
    QVERIFY(!solveLocation(p));

    p = ok;
    p.weights[7] = -1;
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(p.demandIds[7]));

    p = ok;
    p.radius = 0;
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(QStringLiteral("radius")));
    p.model = LocationModel::PMedian;   // the radius does not matter there
    QVERIFY(validateProblem(p));

    p = ok;
    p.p = 17;
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(QStringLiteral("larger than the 16 candidate")));
    p.p = 15;
    p.required = {0, 1};
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(QStringLiteral("larger than the 14 candidate")));
    p.p = 0;
    p.required.clear();
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(QStringLiteral("at least 1")));
    p.model = LocationModel::Lscp;   // LSCP has no p
    QVERIFY(validateProblem(p));

    p = ok;
    p.costs.cost[10] = -5;
    r = validateProblem(p);
    QVERIFY(!r && r.errorMessage().contains(QStringLiteral("negative")));
    QVERIFY(r.errorMessage().contains(p.demandIds[0]));

    p = ok;
    p.weights.removeLast();
    QVERIFY(!validateProblem(p));
    p = ok;
    p.required = {16};
    QVERIFY(!validateProblem(p));
    QVERIFY(!solveByEnumeration(p));
}

void TestLocation::pMedianMissingPair()
{
    LocationProblem pr = sfProblem(LocationModel::PMedian, 0, 4);
    // Tract 12 loses every pair.
    const LocationProblem full = pr;
    pr.costs = matrixFrom(205, 16, [&](int i, int j) {
        if (i == 12) return std::nan("");
        return double(full.costs.cost[full.costs.rowStart[i] + j]);
    });
    auto r = validateProblem(pr);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(pr.demandIds[12]), qPrintable(r.errorMessage()));
    QVERIFY(!solveLocation(pr));
    pr.model = LocationModel::PCenter;
    QVERIFY(!validateProblem(pr));
    // Coverage models just report it as uncoverable.
    pr.model = LocationModel::Mclp;
    pr.radius = 5000;
    const auto s = solveLocation(pr);
    QVERIFY(s);
    QVERIFY(!s->covered[12]);
    QCOMPARE(s->assignment[12], -1);
    QVERIFY(std::isnan(s->demandCost[12]));
}

void TestLocation::cancel()
{
    // A mid-sized instance; keepGoing turns false after a few checks.
    const LocationProblem pr = randomProblem(7, LocationModel::PMedian, 3000, 300, 20, 0, 1.0);
    for (SolveMethod m : {SolveMethod::Exact, SolveMethod::Heuristic}) {
        std::atomic<int> calls{0};
        SolveOptions o = withMethod(m, 120);
        o.keepGoing = [&] { return ++calls < 5; };
        QElapsedTimer t;
        t.start();
        const auto s = solveLocation(pr, o);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QVERIFY(s->cancelled);
        QVERIFY(!s->optimal || m == SolveMethod::Heuristic);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(s->newSites.size(), 20);
    }
    // Cancelling the coverage curve is an error (nothing half-done is returned).
    LocationProblem mc = randomProblem(8, LocationModel::Mclp, 2000, 200, 1, 0, 1.0);
    SolveOptions o;
    o.keepGoing = [] { return false; };
    QVERIFY(!coverageCurve(mc, 20, o));
    const auto s = solveLocation(mc, o);
    QVERIFY(s && s->cancelled);
}

void TestLocation::timeLimit()
{
    // CBC on a hard-ish p-median with a tiny time limit: a result with its gap, not optimal unless proven.
    const LocationProblem pr = randomProblem(11, LocationModel::PMedian, 1500, 400, 25, 0, 1.0);
    QElapsedTimer t;
    t.start();
    const auto s = solveLocation(pr, withMethod(SolveMethod::Exact, 1.0));
    QVERIFY2(s, qPrintable(s.errorMessage()));
    QVERIFY2(t.elapsed() < 6000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(s->bound <= s->objective * (1 + 1e-9));
    QVERIFY(s->optimal || s->gap > 0);
    QCOMPARE(s->newSites.size(), 25);
}

void TestLocation::cancelInsideCbc()
{
    // MCLP on a 70 x 70 grid with every cell a candidate, p = 60: CBC is still working when keepGoing turns
    // false after a second; the solve returns soon after with the heuristic solution and cancelled set.
    const int side = 70;
    QVector<QPointF> cells;
    LocationProblem pr;
    pr.model = LocationModel::Mclp;
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            cells << QPointF(250 * c, 250 * r);
            pr.weights << 1 + (r * 7 + c * 13) % 17;
        }
    pr.demandIds = ids(QStringLiteral("g"), cells.size());
    pr.candidateIds = ids(QStringLiteral("s"), cells.size());
    pr.costs = matrixFrom(cells.size(), cells.size(), [&](int i, int j) {
        const double d = std::hypot(cells[i].x() - cells[j].x(), cells[i].y() - cells[j].y());
        return d <= 1000 ? d : std::nan("");
    });
    pr.radius = 1000;
    pr.p = 60;
    QElapsedTimer t, inCbc;
    t.start();
    QStringList phases;
    SolveOptions o = withMethod(SolveMethod::Exact, 120);
    // Cancel half a second after CBC has started.
    o.keepGoing = [&] { return !inCbc.isValid() || inCbc.elapsed() < 500; };
    o.progress = [&](int, const QString& phase) {
        if (phases.isEmpty() || phases.last() != phase) phases << phase;
        if (phase.contains(QStringLiteral("CBC")) && !inCbc.isValid()) inCbc.start();
    };
    const auto s = solveLocation(pr, o);
    const qint64 ms = t.elapsed();
    QVERIFY2(s, qPrintable(s.errorMessage()));
    QVERIFY(inCbc.isValid());
    qInfo("%lld ms in all, %lld ms after CBC started; phases: %s", ms, inCbc.elapsed(),
          qPrintable(phases.join(QStringLiteral(" | "))));
    QVERIFY(s->cancelled);
    QVERIFY(!s->optimal);
    QCOMPARE(s->method, QStringLiteral("cbc"));   // CBC ran and was stopped
    QVERIFY2(inCbc.elapsed() < 2500, qPrintable(QString::number(inCbc.elapsed())));
    QCOMPARE(s->newSites.size(), 60);
    QVERIFY(s->objective > 0 && s->bound >= s->objective);
}

void TestLocation::concurrent()
{
    // Solves on several threads at once (as the desktop does for scenarios): CBC calls are serialised inside,
    // results equal the single-threaded ones.
    const LocationProblem mclp = sfProblem(LocationModel::Mclp, 5000, 4);
    const LocationProblem pmed = sfProblem(LocationModel::PMedian, 0, 4);
    const auto refM = solveLocation(mclp, withMethod(SolveMethod::Exact));
    const auto refP = solveLocation(pmed, withMethod(SolveMethod::Exact));
    QVERIFY(refM && refP);
    QVector<double> got(6, -1);
    QList<QThread*> threads;
    for (int k = 0; k < 6; ++k) {
        threads << QThread::create([&, k] {
            const auto s = solveLocation(k % 2 ? pmed : mclp, withMethod(SolveMethod::Exact));
            got[k] = s ? s->objective : -1;
        });
        threads.last()->start();
    }
    for (QThread* t : std::as_const(threads)) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    for (int k = 0; k < 6; ++k) QVERIFY(closeTo(got[k], k % 2 ? refP->objective : refM->objective));
}

QTEST_GUILESS_MAIN(TestLocation)
#include "test_location.moc"
