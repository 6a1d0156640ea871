// Every model against exhaustive enumeration on seeded random instances: with and without required
// facilities, complete and sparse costs, some zero weights; Exact and Auto reach the optimum, Heuristic lies
// between its bound and the optimum.

#include "LocationTestUtil.h"

#include <QtTest>

using namespace dosi::models;
using namespace dosi::test::location;

class TestLocationRandom : public QObject {
    Q_OBJECT
private slots:
    void againstEnumeration_data();
    void againstEnumeration();
    void heuristicQuality();
};

void TestLocationRandom::againstEnumeration_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("required");
    QTest::addColumn<bool>("sparse");
    for (LocationModel m : {LocationModel::Mclp, LocationModel::Lscp, LocationModel::PMedian, LocationModel::PCenter}) {
        for (int seed = 1; seed <= 6; ++seed) {
            for (int req : {0, 2}) {
                const bool sparse = seed % 2 == 0;
                QTest::newRow(QStringLiteral("%1 seed %2 req %3%4").arg(locationModelName(m)).arg(seed).arg(req)
                                  .arg(sparse ? QStringLiteral(" sparse") : QString()).toUtf8().constData())
                    << int(m) << seed << req << sparse;
            }
        }
    }
}

void TestLocationRandom::againstEnumeration()
{
    QFETCH(int, model);
    QFETCH(int, seed);
    QFETCH(int, required);
    QFETCH(bool, sparse);
    const auto lm = LocationModel(model);
    // 40-70 points, 12-14 candidates, p = 2..4, radius 1.5..2.5; sparse: pairs within 5 (p-median and
    // p-center keep the complete matrix where a point would have no pair).
    const int n = 40 + 5 * seed, m = 12 + seed % 3, p = 2 + seed % 3;
    const double radius = 1.5 + 0.2 * seed;
    LocationProblem pr = randomProblem(unsigned(seed * 7919 + model), lm, n, m, p, required, radius, sparse ? 5.0 : 1e9);
    if (!validateProblem(pr)) pr = randomProblem(unsigned(seed * 7919 + model), lm, n, m, p, required, radius);
    QVERIFY(validateProblem(pr));
    const auto en = solveByEnumeration(pr);
    if (!en) {
        // Sparse p-median / p-center instances may have no feasible p-subset: the solvers must say so too.
        QVERIFY(sparse);
        QVERIFY(!solveLocation(pr, withMethod(SolveMethod::Exact)));
        return;
    }
    const double opt = en->objective;
    const bool maximise = lm == LocationModel::Mclp;
    for (SolveMethod method : {SolveMethod::Exact, SolveMethod::Auto, SolveMethod::Heuristic}) {
        const auto s = solveLocation(pr, withMethod(method));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        const QString where = QStringLiteral("method %1 (%2): objective %3, optimum %4, bound %5")
                                  .arg(int(method)).arg(s->method).arg(s->objective, 0, 'g', 12).arg(opt, 0, 'g', 12)
                                  .arg(s->bound, 0, 'g', 12);
        // Solution shape.
        for (int j : std::as_const(pr.required)) QVERIFY(s->selected.contains(j));
        if (lm != LocationModel::Lscp) QCOMPARE(s->newSites.size(), p);
        QCOMPARE(s->selected.size(), s->newSites.size() + pr.required.size());
        QVERIFY(std::is_sorted(s->selected.begin(), s->selected.end()));
        // The objective is what evaluateSolution says for the sites.
        LocationSolution check;
        check.selected = s->selected;
        evaluateSolution(pr, check);
        QVERIFY(closeTo(check.objective, s->objective));
        if (lm == LocationModel::Lscp) {
            for (int i = 0; i < pr.costs.rows; ++i) {
                if (!(pr.weights[i] > 0)) continue;
                bool coverable = false;
                for (qint64 k = pr.costs.rowStart[i]; k < pr.costs.rowStart[i + 1]; ++k)
                    coverable |= pr.costs.cost[k] <= pr.radius;
                QVERIFY(!coverable || s->covered[i]);
            }
        }
        // Bound and optimum.
        const double tol = 1e-7 * std::max(1.0, std::abs(opt));
        if (maximise) QVERIFY2(s->objective <= opt + tol && opt <= s->bound + tol, qPrintable(where));
        else QVERIFY2(s->objective >= opt - tol && opt >= s->bound - tol, qPrintable(where));
        QVERIFY(s->gap >= 0);
        if (method != SolveMethod::Heuristic) {
            QVERIFY2(closeTo(s->objective, opt, 1e-7), qPrintable(where));
            QVERIFY2(s->optimal, qPrintable(where));
        }
        if (s->optimal) QCOMPARE(s->gap, 0.0);
        // p-center's bisection only calls CBC for radii the heuristic covers and the Lagrangian bound leave open.
        if (method == SolveMethod::Exact && lm != LocationModel::PCenter) QCOMPARE(s->method, QStringLiteral("cbc"));
        QVERIFY(!s->cancelled);
    }
}

void TestLocationRandom::heuristicQuality()
{
    // Larger instances (no enumeration): the heuristic stays within 2 % of CBC's optimum and its bound holds.
    for (LocationModel lm : {LocationModel::Mclp, LocationModel::PMedian, LocationModel::Lscp}) {
        for (unsigned seed : {21u, 22u}) {
            const LocationProblem pr = randomProblem(seed, lm, 800, 120, 10, seed % 2 ? 3 : 0, 1.2);
            const auto ex = solveLocation(pr, withMethod(SolveMethod::Exact, 120));
            const auto h = solveLocation(pr, withMethod(SolveMethod::Heuristic));
            QVERIFY2(ex && h, qPrintable(ex.errorMessage() + h.errorMessage()));
            QVERIFY(ex->optimal);
            const double opt = ex->objective;
            const QString where = QStringLiteral("%1 seed %2: heuristic %3 bound %4, optimum %5")
                                      .arg(locationModelName(lm)).arg(seed).arg(h->objective, 0, 'g', 12)
                                      .arg(h->bound, 0, 'g', 12).arg(opt, 0, 'g', 12);
            if (lm == LocationModel::Mclp) QVERIFY2(h->objective >= 0.98 * opt && h->bound >= opt - 1e-6, qPrintable(where));
            else if (lm == LocationModel::Lscp) QVERIFY2(h->objective <= 1.1 * opt + 1 && h->bound <= opt + 1e-6, qPrintable(where));
            else QVERIFY2(h->objective <= 1.02 * opt && h->bound <= opt * (1 + 1e-9), qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestLocationRandom)
#include "test_location_random.moc"
