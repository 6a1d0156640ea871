// Correctness on synthetic instances of the size (the bench in bench/ compares with PuLP + CBC):
//   MCLP 19,000 random demand points x 1,000 candidates in a 30 km x 20 km box, 1 km radius, p = 30:
//     exact (CBC) proven optimal; the heuristic within 1 % of it, fast.
//   MCLP on a 100 x 100 grid of 250 m cells (every cell a candidate, 1 km radius, ~50 per row), p = 30:
//     a result with its gap inside the time limit.
// Times are printed with qInfo only; speed is measured side by side with PuLP + CBC in bench/.

#include "LocationTestUtil.h"

#include <QElapsedTimer>
#include <QtTest>

#include <random>

using namespace dosi::models;
using namespace dosi::test::location;

class TestLocationLarge : public QObject {
    Q_OBJECT
private slots:
    void mclp19k();
    void mclpGrid10k();
    void pmedian19k();
};

namespace {

LocationProblem box19k(LocationModel model, unsigned seed, int p, double limit)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> ux(0, 30000), uy(0, 20000);
    std::uniform_int_distribution<int> uw(1, 100);
    QVector<QPointF> d(19000), c(1000);
    for (auto& pt : d) pt = QPointF(ux(rng), uy(rng));
    for (auto& pt : c) pt = QPointF(ux(rng), uy(rng));
    LocationProblem pr;
    pr.model = model;
    pr.demandIds = ids(QStringLiteral("d"), d.size());
    pr.candidateIds = ids(QStringLiteral("c"), c.size());
    for (int i = 0; i < d.size(); ++i) pr.weights << uw(rng);
    pr.costs = dosi::gis::euclideanCosts(d, c, limit);
    pr.radius = 1000;
    pr.p = p;
    return pr;
}

}  // namespace

void TestLocationLarge::mclp19k()
{
    QElapsedTimer t;
    t.start();
    const LocationProblem pr = box19k(LocationModel::Mclp, 2024, 30, 1000);
    qInfo("19k x 1k: %lld pairs, costs in %lld ms", pr.costs.pairCount(), t.elapsed());
    t.restart();
    const auto ex = solveLocation(pr, withMethod(SolveMethod::Exact));
    const qint64 exactMs = t.elapsed();
    QVERIFY2(ex, qPrintable(ex.errorMessage()));
    t.restart();
    const auto h = solveLocation(pr, withMethod(SolveMethod::Heuristic));
    const qint64 heurMs = t.elapsed();
    QVERIFY(h);
    t.restart();
    const auto au = solveLocation(pr, withMethod(SolveMethod::Auto));
    const qint64 autoMs = t.elapsed();
    QVERIFY(au);
    qInfo("MCLP exact: %.0f covered, optimal %d, %lld ms (%s)", ex->objective, ex->optimal, exactMs,
          qPrintable(ex->notes.join(QStringLiteral("; "))));
    qInfo("MCLP heuristic: %.0f covered (%.3f %% below the optimum), bound %.0f, gap %.4f %%, %lld ms",
          h->objective, 100 * (ex->objective - h->objective) / ex->objective, h->bound, 100 * h->gap, heurMs);
    qInfo("MCLP auto: %.0f, optimal %d, method %s, %lld ms", au->objective, au->optimal, qPrintable(au->method), autoMs);
    QVERIFY(ex->optimal);
    QVERIFY(au->optimal);
    QCOMPARE(au->objective, ex->objective);
    QVERIFY(h->objective >= 0.99 * ex->objective);
    QVERIFY(h->bound >= ex->objective);
}

void TestLocationLarge::mclpGrid10k()
{
    // 100 x 100 cells of 250 m; weights: a smooth population surface with empty cells (rivers, hills).
    const int side = 100;
    QVector<QPointF> cells;
    LocationProblem pr;
    pr.model = LocationModel::Mclp;
    std::mt19937 rng(99);
    std::uniform_real_distribution<double> u(0, 1);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c) {
            cells << QPointF(125 + 250 * c, 125 + 250 * r);
            const double base = 400 * (1 + std::sin(c / 9.0) * std::cos(r / 13.0)) * u(rng);
            pr.weights << (u(rng) < 0.15 ? 0.0 : std::round(base));
        }
    pr.demandIds = ids(QStringLiteral("g"), cells.size());
    pr.candidateIds = ids(QStringLiteral("s"), cells.size());
    QElapsedTimer t;
    t.start();
    pr.costs = dosi::gis::euclideanCosts(cells, cells, 1000);
    pr.radius = 1000;
    pr.p = 30;
    qInfo("grid 10k x 10k: %lld pairs (%.1f per row), costs in %lld ms", pr.costs.pairCount(),
          double(pr.costs.pairCount()) / cells.size(), t.elapsed());
    for (SolveMethod m : {SolveMethod::Heuristic, SolveMethod::Auto}) {
        t.restart();
        const auto s = solveLocation(pr, withMethod(m, 25));
        const qint64 ms = t.elapsed();
        QVERIFY2(s, qPrintable(s.errorMessage()));
        qInfo("grid %s: %.0f covered of %.0f, bound %.0f, gap %.4f %%, optimal %d, method %s, %lld ms (%s)",
              m == SolveMethod::Heuristic ? "heuristic" : "auto", s->objective, s->totalDemand, s->bound, 100 * s->gap,
              s->optimal, qPrintable(s->method), ms, qPrintable(s->notes.join(QStringLiteral("; "))));
        QVERIFY(s->bound >= s->objective);
    }
}

void TestLocationLarge::pmedian19k()
{
    // p-median over pairs within 5 km (about 130 candidates per point).
    const LocationProblem pr = box19k(LocationModel::PMedian, 7, 30, 5000);
    for (SolveMethod m : {SolveMethod::Heuristic, SolveMethod::Auto}) {
        QElapsedTimer t;
        t.start();
        const auto s = solveLocation(pr, withMethod(m, 30));
        const qint64 ms = t.elapsed();
        if (!s) {
            // With pairs cut at 5 km, 30 sites may not reach everybody: that must be said clearly.
            QVERIFY(s.errorMessage().contains(QStringLiteral("reaches")));
            qInfo("p-median 19k: %s", qPrintable(s.errorMessage()));
            return;
        }
        qInfo("p-median 19k %s: mean %.1f m, bound gap %.4f %%, optimal %d, method %s, %lld ms (%s)",
              m == SolveMethod::Heuristic ? "heuristic" : "auto", s->meanCost, 100 * s->gap, s->optimal,
              qPrintable(s->method), ms, qPrintable(s->notes.join(QStringLiteral("; "))));
        QVERIFY(s->bound <= s->objective * (1 + 1e-9));
    }
}

QTEST_GUILESS_MAIN(TestLocationLarge)
#include "test_location_large.moc"
