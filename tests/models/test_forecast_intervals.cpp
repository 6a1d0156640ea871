// Prediction intervals: ordered around the point, empirical backtest quantiles when there are 20
// errors per step (checked exactly), and coverage on simulated random walks near the level.
#include "ForecastFixture.h"

#include "dosi/core/Values.h"
#include "dosi/models/Forecast.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace dosi;
using namespace dosi::models;
using dosi::test::makePanel;

namespace {

QVector<ForecastMethod> statisticalMethods()
{
    return {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend};
}

QVector<QVector<double>> randomWalks(int units, int length, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> step(0, 1);
    QVector<QVector<double>> out(units);
    for (auto& w : out) {
        double y = 1000;
        for (int t = 0; t < length; ++t) {
            y += step(rng);
            w.append(y);
        }
    }
    return out;
}

// Share of the actual values after each cut inside the forecast intervals of naive.
double coverage(const QVector<QVector<double>>& walks, const ForecastOptions& opt, const QVector<int>& cuts)
{
    const Panel full = makePanel(TimeKind::Year, walks);
    int in = 0, total = 0;
    for (int cut : cuts) {
        Panel p = full;
        p.times = p.times.mid(0, cut);
        for (UnitSeries& s : p.units) s.values = s.values.mid(0, cut);
        auto r = forecastPanel(p, opt);
        if (!r) qFatal("forecastPanel: %s", qPrintable(r.error().message));
        for (int u = 0; u < walks.size(); ++u)
            for (int h = 0; h < opt.horizon; ++h) {
                const ForecastPoint& pt = r->units[u].points[h];
                const double y = walks[u][cut + h];
                in += y >= pt.lo && y <= pt.hi;
                ++total;
            }
    }
    return double(in) / total;
}

}  // namespace

class TestForecastIntervals : public QObject {
    Q_OBJECT
private slots:
    void ordered()
    {
        std::mt19937_64 rng(2);
        std::normal_distribution<double> noise(0, 40);
        QVector<QVector<double>> hourly(3);
        for (int u = 0; u < 3; ++u)
            for (int t = 0; t < 24 * 7 * 6; ++t)
                hourly[u].append(3000 + 500 * std::sin(2 * M_PI * t / 24) + (t % 168 > 120 ? -300 : 0) + noise(rng));
        hourly[1][500] = missingValue();
        const QVector<QVector<double>> yearly = {{13272, 13000, 12850, 12600, 12500}, {900, 950, 990, 1100, 1080}};
        for (const auto& [kind, series] : {std::pair{TimeKind::Hour, hourly}, std::pair{TimeKind::Year, yearly}}) {
            for (ForecastMethod m : {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend,
                                     ForecastMethod::DampedTrend, ForecastMethod::Auto}) {
                ForecastOptions opt;
                opt.method = m;
                opt.horizon = kind == TimeKind::Hour ? 200 : 3;
                opt.autoCandidates = statisticalMethods();
                auto r = forecastPanel(makePanel(kind, series), opt);
                QVERIFY2(r, qPrintable(r.errorMessage()));
                for (const UnitForecast& u : r->units) {
                    QCOMPARE(u.points.size(), opt.horizon);
                    for (const ForecastPoint& p : u.points) {
                        QVERIFY2(p.lo <= p.value && p.value <= p.hi,
                                 qPrintable(QStringLiteral("%1 %2: %3 [%4, %5]")
                                                .arg(forecastMethodName(m), p.time)
                                                .arg(p.value)
                                                .arg(p.lo)
                                                .arg(p.hi)));
                        QVERIFY(std::isfinite(p.lo) && std::isfinite(p.hi));
                    }
                    // Wider further out for the random-walk-like baselines.
                    if (m == ForecastMethod::Naive) QVERIFY(u.points.last().hi - u.points.last().lo > u.points.first().hi - u.points.first().lo);
                }
            }
        }
    }

    // 30 origins: 30 backtest errors per step, so the interval is their empirical quantiles. The
    // series alternates 100, 110: naive's one-step backtest errors are +10 and -10, fifteen each
    // (origins alternate in parity with a step of 5), so the 80 % interval is the point +- 10
    // (a normal approximation would give +- 1.28 x 14.8).
    void empiricalQuantiles()
    {
        QVector<double> y;
        for (int t = 0; t < 200; ++t) y.append(100 + 10 * (t % 2));
        ForecastOptions opt;
        opt.method = ForecastMethod::Naive;
        opt.horizon = 1;
        opt.origins = 30;
        opt.originStep = 5;
        auto r = forecastPanel(makePanel(TimeKind::Year, {y}), opt);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        const ForecastPoint& p = r->units[0].points[0];
        QCOMPARE(p.value, 110.0);
        QCOMPARE(p.lo, 100.0);
        QCOMPARE(p.hi, 120.0);
        QCOMPARE(r->units[0].backtest.origins, 30);
        // With 4 origins: the normal approximation from the robust sd of the one-step residuals
        // (all |10|): 110 +- z(0.9) x 1.4826 x 10.
        opt.origins = 4;
        auto n = forecastPanel(makePanel(TimeKind::Year, {y}), opt);
        QVERIFY(n);
        QVERIFY(std::abs(n->units[0].points[0].hi - (110 + 1.2815516 * 14.826)) < 1e-3);
    }

    void randomWalkCoverage()
    {
        const QVector<QVector<double>> walks = randomWalks(40, 420, 99);
        QVector<int> cuts;
        for (int c = 200; c <= 400; c += 20) cuts.append(c);
        ForecastOptions opt;
        opt.method = ForecastMethod::Naive;
        opt.horizon = 10;
        opt.level = 0.8;
        // Normal approximation (4 origins: fewer than 20 errors per step): sd sqrt(h).
        const double normal = coverage(walks, opt, cuts);
        qInfo("random walk 80 %% interval coverage, normal approximation: %.3f", normal);
        QVERIFY2(std::abs(normal - 0.8) <= 0.1, qPrintable(QString::number(normal)));
        // Empirical quantiles of 25 backtest errors per step.
        opt.origins = 25;
        opt.originStep = 7;
        const double empirical = coverage(walks, opt, cuts);
        qInfo("random walk 80 %% interval coverage, empirical backtest quantiles: %.3f", empirical);
        QVERIFY2(std::abs(empirical - 0.8) <= 0.1, qPrintable(QString::number(empirical)));
        // 95 %.
        opt.origins = 4;
        opt.level = 0.95;
        const double wide = coverage(walks, opt, cuts);
        qInfo("random walk 95 %% interval coverage, normal approximation: %.3f", wide);
        QVERIFY2(std::abs(wide - 0.95) <= 0.05, qPrintable(QString::number(wide)));
    }
};

QTEST_GUILESS_MAIN(TestForecastIntervals)
#include "test_forecast_intervals.moc"
