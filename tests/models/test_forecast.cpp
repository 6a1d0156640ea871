// Forecast engine: baselines against exact expectations, damped ETS on known shapes, time keys,
// leakage-free backtest splits, hand-computed scores, the automatic choice, cancel.
// Intervals are in test_forecast_intervals.cpp, the real 자치구 series in test_forecast_real.cpp.
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

QVector<double> forecastOne(TimeKind kind, const QVector<double>& values, ForecastMethod m, int horizon)
{
    const Panel p = makePanel(kind, {values});
    auto r = pointForecasts(p, values.size(), m, horizon, 1);
    if (!r) qFatal("pointForecasts: %s", qPrintable(r.error().message));
    return r->first();
}

bool near(double a, double b, double tol) { return std::abs(a - b) <= tol; }

// Auto without the boosted model (tested in test_boosted*; slow for these small checks).
QVector<ForecastMethod> statisticalMethods()
{
    return {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend};
}

}  // namespace

class TestForecast : public QObject {
    Q_OBJECT
private slots:
    void methodNames()
    {
        QCOMPARE(forecastMethodNames(), QStringList({"naive", "snaive", "linear", "ets", "boosted", "auto"}));
        for (const QString& n : forecastMethodNames()) {
            ForecastMethod m;
            QVERIFY(forecastMethodFromName(n, &m));
            QCOMPARE(forecastMethodName(m), n);
            QVERIFY(!forecastMethodLabel(m).isEmpty());
        }
        ForecastMethod m;
        QVERIFY(!forecastMethodFromName(QStringLiteral("arima"), &m));
    }

    void timeKeys()
    {
        QCOMPARE(nextTimeKeys("2024-06-05T23", TimeKind::Hour, 2), QStringList({"2024-06-06T00", "2024-06-06T01"}));
        QCOMPARE(nextTimeKeys("2024-12-31T22", TimeKind::Hour, 2), QStringList({"2024-12-31T23", "2025-01-01T00"}));
        QCOMPARE(nextTimeKeys("2024-02-28T23", TimeKind::Hour, 1), QStringList({"2024-02-29T00"}));
        QCOMPARE(nextTimeKeys("2024-02-28", TimeKind::Day, 2), QStringList({"2024-02-29", "2024-03-01"}));
        QCOMPARE(nextTimeKeys("2023-12-31", TimeKind::Day, 1), QStringList({"2024-01-01"}));
        QCOMPARE(nextTimeKeys("2024Q4", TimeKind::Quarter, 3), QStringList({"2025Q1", "2025Q2", "2025Q3"}));
        QCOMPARE(nextTimeKeys("2024Q2", TimeKind::Quarter, 1), QStringList({"2024Q3"}));
        QCOMPARE(nextTimeKeys("2021", TimeKind::Year, 3), QStringList({"2022", "2023", "2024"}));
        QVERIFY(nextTimeKeys("2021", TimeKind::Hour, 1).isEmpty());
        QVERIFY(nextTimeKeys("2024Q5", TimeKind::Quarter, 1).isEmpty());
        QVERIFY(nextTimeKeys("2021", TimeKind::None, 1).isEmpty());
        QVERIFY(nextTimeKeys("2021", TimeKind::Year, 0).isEmpty());
        QCOMPARE(seasonLength(TimeKind::Hour), 168);
        QCOMPARE(seasonLength(TimeKind::Day), 7);
        QCOMPARE(seasonLength(TimeKind::Quarter), 4);
        QCOMPARE(seasonLength(TimeKind::Year), 0);
    }

    void naive()
    {
        QCOMPARE(forecastOne(TimeKind::Year, {1, 5, 3, 7}, ForecastMethod::Naive, 3), QVector<double>({7, 7, 7}));
        // A missing last value: the last actual one.
        QCOMPARE(forecastOne(TimeKind::Year, {1, 5, 3, missingValue()}, ForecastMethod::Naive, 2),
                 QVector<double>({3, 3}));
        // Without a season, seasonal naive is naive.
        QCOMPARE(forecastOne(TimeKind::Year, {1, 5, 3, 7}, ForecastMethod::SeasonalNaive, 2), QVector<double>({7, 7}));
    }

    void seasonalNaive()
    {
        QCOMPARE(forecastOne(TimeKind::Quarter, {10, 20, 30, 40, 11, 21, 31, 41}, ForecastMethod::SeasonalNaive, 6),
                 QVector<double>({11, 21, 31, 41, 11, 21}));
        // A masked value one season back is interpolated from its neighbours.
        QCOMPARE(forecastOne(TimeKind::Quarter, {10, 20, 30, 40, 11, maskedValue(), 31, 41}, ForecastMethod::SeasonalNaive, 2),
                 QVector<double>({11, 21}));
        // Hourly: one week (168 h) back.
        QVector<double> v;
        for (int t = 0; t < 2 * 168 + 5; ++t) v.append(1000 + t);
        const QVector<double> f = forecastOne(TimeKind::Hour, v, ForecastMethod::SeasonalNaive, 400);
        QCOMPARE(f.size(), 400);
        for (int h = 1; h <= 400; ++h) QCOMPARE(f[h - 1], v[v.size() - 168 + (h - 1) % 168]);
    }

    void linearTrend()
    {
        QVector<double> v;
        for (int t = 0; t < 6; ++t) v.append(3 + 2.5 * t);
        const QVector<double> f = forecastOne(TimeKind::Year, v, ForecastMethod::LinearTrend, 3);
        for (int h = 1; h <= 3; ++h) QVERIFY2(near(f[h - 1], 3 + 2.5 * (5 + h), 1e-9), qPrintable(QString::number(f[h - 1])));
        // A gap inside an exact line is filled on the line.
        v[2] = missingValue();
        QVERIFY(near(forecastOne(TimeKind::Year, v, ForecastMethod::LinearTrend, 1)[0], 3 + 2.5 * 6, 1e-9));
        // OLS through 1, 2, 6: slope 2.5, intercept 0.5 -> 8 at t = 3.
        QVERIFY(near(forecastOne(TimeKind::Year, {1, 2, 6}, ForecastMethod::LinearTrend, 1)[0], 8.0, 1e-9));
    }

    void dampedEtsConstant()
    {
        for (TimeKind kind : {TimeKind::Year, TimeKind::Quarter, TimeKind::Hour}) {
            const int n = kind == TimeKind::Hour ? 400 : 12;
            const QVector<double> f = forecastOne(kind, QVector<double>(n, 50.0), ForecastMethod::DampedTrend, 10);
            for (double x : f) QVERIFY2(near(x, 50.0, 1e-9), qPrintable(QString::number(x, 'g', 17)));
        }
    }

    void dampedEtsTrend()
    {
        // A perfect line: the damped forecast lies between the line and the line damped with the
        // strongest damping allowed (phi = 0.8).
        QVector<double> v;
        for (int t = 0; t < 20; ++t) v.append(100 + 5 * t);
        const QVector<double> f = forecastOne(TimeKind::Year, v, ForecastMethod::DampedTrend, 5);
        double phiSum = 0, pw = 1;
        for (int h = 1; h <= 5; ++h) {
            pw *= 0.8;
            phiSum += pw;
            const double line = 100 + 5 * (19 + h), damped = 100 + 5 * 19 + 5 * phiSum;
            QVERIFY2(f[h - 1] <= line + 1e-6 && f[h - 1] >= damped - 1e-6, qPrintable(QString::number(f[h - 1])));
        }
        QVERIFY(near(f[0], 200, 1.0));   // one step: within one unit of the line (slope 5)
        // Line plus an exact quarterly pattern: near the line plus the pattern.
        const double s[4] = {5, -5, 10, -10};
        QVector<double> q;
        for (int t = 0; t < 24; ++t) q.append(100 + 2 * t + s[t % 4]);
        const QVector<double> fq = forecastOne(TimeKind::Quarter, q, ForecastMethod::DampedTrend, 4);
        for (int h = 1; h <= 4; ++h)
            QVERIFY2(near(fq[h - 1], 100 + 2 * (23 + h) + s[(23 + h) % 4], 2.0 * h), qPrintable(QString::number(fq[h - 1])));
    }

    // Nothing at or after the origin is read: poisoning those values leaves every forecast unchanged.
    void noLeakage()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> noise(0, 10);
        QVector<QVector<double>> series(3);
        for (int u = 0; u < 3; ++u)
            for (int t = 0; t < 500; ++t)
                series[u].append(1000 + 100 * u + 3 * t / 24.0 + 80 * std::sin(2 * M_PI * t / 24) + noise(rng));
        const Panel clean = makePanel(TimeKind::Hour, series);
        Panel poisoned = clean;
        const int origin = 420;   // auto: an inner backtest from 372 (boosted needs two weeks)
        for (UnitSeries& s : poisoned.units)
            for (int t = origin; t < s.values.size(); ++t) s.values[t] = 1e15 * (t % 2 ? 1 : -1);
        for (ForecastMethod m : {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend,
                                 ForecastMethod::DampedTrend, ForecastMethod::Boosted, ForecastMethod::Auto}) {
            auto a = pointForecasts(clean, origin, m, 48, 5);
            auto b = pointForecasts(poisoned, origin, m, 48, 5);
            QVERIFY2(a && b, qPrintable(a.errorMessage() + b.errorMessage()));
            QCOMPARE(*a, *b);
            QCOMPARE(a->size(), 3);
            for (const QVector<double>& f : *a) {
                QCOMPARE(f.size(), 48);
                for (double x : f) QVERIFY(std::isfinite(x) && std::abs(x) < 1e5);
            }
        }
        QVERIFY(!pointForecasts(clean, 0, ForecastMethod::Naive, 1, 1));
        QVERIFY(!pointForecasts(clean, 501, ForecastMethod::Naive, 1, 1));
    }

    // Origins 8, 6, 4 (horizon 2, step = horizon); naive scores computed by hand.
    void backtestScoresByHand()
    {
        const QVector<double> y = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
        const Panel p = makePanel(TimeKind::Year, {y});
        ForecastOptions opt;
        opt.horizon = 2;
        opt.origins = 3;
        QVector<BacktestScore> perUnit;
        auto s = backtestMethod(p, ForecastMethod::Naive, opt, &perUnit);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(s->origins, 3);
        QCOMPARE(s->points, 6);
        QCOMPARE(perUnit.size(), 1);
        double ape = 0, scaled = 0, sq = 0;
        for (int o : {4, 6, 8}) {
            double mae = 0;   // in-sample naive MAE of y[0 .. o)
            for (int t = 1; t < o; ++t) mae += std::abs(y[t] - y[t - 1]);
            mae /= o - 1;
            for (int h = 0; h < 2; ++h) {
                const double e = y[o + h] - y[o - 1];
                ape += std::abs(e) / y[o + h];
                scaled += std::abs(e) / mae;
                sq += e * e;
            }
        }
        QVERIFY(near(s->mape, 100 * ape / 6, 1e-9));   // 62.5 %
        QVERIFY(near(s->mape, 62.5, 1e-9));
        QVERIFY(near(s->mase, scaled / 6, 1e-12));
        QVERIFY(near(s->rmse, std::sqrt(sq / 6), 1e-9));
        QCOMPARE(perUnit[0].mape, s->mape);

        // A held-out zero is left out of MAPE, a missing one out of everything.
        QVector<double> z = y;
        z[9] = 0;
        z[7] = missingValue();
        auto s2 = backtestMethod(makePanel(TimeKind::Year, {z}), ForecastMethod::Naive, opt);
        QVERIFY(s2);
        QCOMPARE(s2->points, 5);
        // Origin 8 must not interpolate y[7] towards y[8] (after the origin): it carries y[6] = 64,
        // 256 -> 192/256, 0 -> no APE. Origin 6: 64 -> 32/64, y[7] missing. Origin 4: 8/16, 24/32.
        QVERIFY(near(s2->mape, 100 * (192.0 / 256 + 0.5 + 0.5 + 0.75) / 4, 1e-9));
    }

    void backtestOriginsShortSeries()
    {
        const Panel p = makePanel(TimeKind::Year, {{10, 12, 13, 15, 16}});
        ForecastOptions opt;
        opt.horizon = 1;
        auto naive = backtestMethod(p, ForecastMethod::Naive, opt);
        QVERIFY(naive);
        QCOMPARE(naive->origins, 2);   // origins 4 and 3: at least three training values
        QCOMPARE(naive->points, 2);
        QVERIFY(near(naive->mape, 100 * (1.0 / 16 + 2.0 / 15) / 2, 1e-9));
        auto ets = backtestMethod(p, ForecastMethod::DampedTrend, opt);
        QVERIFY(ets);
        QCOMPARE(ets->origins, 1);     // four values needed
        // Horizon 3 on five values: the compared horizon is cut to two steps from origin 3.
        opt.horizon = 3;
        auto lin = backtestMethod(p, ForecastMethod::LinearTrend, opt);
        QVERIFY(lin);
        QCOMPARE(lin->origins, 1);
        QCOMPARE(lin->points, 2);
        QVERIFY(!backtestMethod(makePanel(TimeKind::Year, {{1, 2, 3}}), ForecastMethod::Naive, opt));
    }

    void autoPicksSeasonalNaive()
    {
        // A seasonal random walk (each hour of the week drifts from its value a week before):
        // seasonal naive is the best forecast.
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 20);
        QVector<QVector<double>> series(4);
        for (int u = 0; u < 4; ++u) {
            for (int t = 0; t < 168; ++t)
                series[u].append(5000 + 1500 * std::sin(2 * M_PI * t / 24) * (t / 24 < 5 ? 1.0 : 0.4) + 50 * u);
            for (int t = 168; t < 168 * 8; ++t) series[u].append(series[u][t - 168] + noise(rng));
        }
        ForecastOptions opt;
        opt.horizon = 168;
        opt.autoCandidates = statisticalMethods();
        auto r = forecastPanel(makePanel(TimeKind::Hour, series), opt);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(forecastMethodName(r->chosen), QStringLiteral("snaive"));
        QCOMPARE(r->units.size(), 4);
        QCOMPARE(r->units[0].points.size(), 168);
        QCOMPARE(r->units[0].points[0].time, QStringLiteral("2024-02-26T00"));
        QCOMPARE(r->methodScores.size(), 4);
        QCOMPARE(r->units[0].backtest.method, ForecastMethod::SeasonalNaive);
        QCOMPARE(r->units[0].backtest.origins, 4);

        // A fixed weekly pattern plus independent noise: a seasonal method wins by far (damped ETS
        // may beat seasonal naive here, as it averages the noise over several weeks).
        QVector<QVector<double>> fixed(4);
        for (int u = 0; u < 4; ++u)
            for (int t = 0; t < 168 * 8; ++t)
                fixed[u].append(5000 + 1500 * std::sin(2 * M_PI * t / 24) * ((t % 168) / 24 < 5 ? 1.0 : 0.4) + noise(rng));
        auto f = forecastPanel(makePanel(TimeKind::Hour, fixed), opt);
        QVERIFY2(f, qPrintable(f.errorMessage()));
        QVERIFY2(f->chosen == ForecastMethod::SeasonalNaive || f->chosen == ForecastMethod::DampedTrend,
                 qPrintable(forecastMethodName(f->chosen)));
        QCOMPARE(f->methodScores[0].method, ForecastMethod::Naive);
        for (const BacktestScore& sc : f->methodScores)
            if (sc.method == f->chosen) QVERIFY(sc.mape < f->methodScores[0].mape / 5);
    }

    void autoPicksLinear()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 2);
        QVector<QVector<double>> series(5);
        for (int u = 0; u < 5; ++u)
            for (int t = 0; t < 30; ++t) series[u].append(100 + (3 + u) * t + noise(rng));
        ForecastOptions opt;
        opt.horizon = 5;
        auto r = forecastPanel(makePanel(TimeKind::Year, series), opt);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(forecastMethodName(r->chosen), QStringLiteral("linear"));
        QCOMPARE(r->methodScores.size(), 4);   // naive, linear, ets, boosted
        QCOMPARE(r->units[0].points.last().time, QStringLiteral("2024"));
        // The scores listed are each candidate's backtest; the chosen one has the lowest MAPE.
        double best = 1e300;
        ForecastMethod bestM = ForecastMethod::Naive;
        for (const BacktestScore& s : r->methodScores)
            if (s.mape < best) {
                best = s.mape;
                bestM = s.method;
            }
        QCOMPARE(bestM, ForecastMethod::LinearTrend);
    }

    // Dong-like yearly series: five values; auto still chooses, and too-short units say why.
    void shortYearlySeries()
    {
        const double nan = missingValue();
        const Panel p = makePanel(TimeKind::Year, {{13272, 13000, 12850, 12600, 12500}, {nan, nan, nan, 900, 950}});
        ForecastOptions opt;
        opt.horizon = 3;
        auto r = forecastPanel(p, opt);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QVERIFY(!r->notes.isEmpty());
        QCOMPARE(r->units[0].points.size(), 3);
        QCOMPARE(r->units[0].points[0].time, QStringLiteral("1995"));
        opt.method = ForecastMethod::LinearTrend;
        auto lin = forecastPanel(p, opt);
        QVERIFY(lin);
        QCOMPARE(lin->units[0].points.size(), 3);
        // OLS by hand: mean 12844.4, slope -1944 / 10 = -194.4 -> 12844.4 + 3 (-194.4) at t = 5.
        QVERIFY(near(lin->units[0].points[0].value, 12261.2, 1e-6));
        QVERIFY(lin->units[1].points.isEmpty());
        QVERIFY2(lin->units[1].note.contains(QStringLiteral("2 value")), qPrintable(lin->units[1].note));
        QCOMPARE(lin->methodScores.size(), 2);   // linear and the seasonal-naive baseline
        QCOMPARE(lin->methodScores[1].method, ForecastMethod::SeasonalNaive);
    }

    void deterministicAndCancel()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 30);
        QVector<QVector<double>> series(3);
        for (int u = 0; u < 3; ++u)
            for (int t = 0; t < 24 * 7 * 5; ++t) series[u].append(2000 + 300 * std::sin(2 * M_PI * t / 24) + noise(rng));
        const Panel p = makePanel(TimeKind::Hour, series);
        ForecastOptions opt;
        opt.horizon = 48;
        opt.method = ForecastMethod::DampedTrend;
        int last = -1, total = 0;
        bool monotone = true;
        opt.progress = [&](int done, int tot) {
            monotone = monotone && done >= last && done <= tot;
            last = done;
            total = tot;
            return true;
        };
        auto a = forecastPanel(p, opt);
        QVERIFY(monotone);
        QCOMPARE(last, total);
        QVERIFY(total > 0);
        last = -1;
        auto b = forecastPanel(p, opt);
        QVERIFY(a && b);
        QVERIFY(monotone);
        for (int u = 0; u < 3; ++u) {
            QCOMPARE(a->units[u].points.size(), 48);
            for (int h = 0; h < 48; ++h) {
                QCOMPARE(a->units[u].points[h].value, b->units[u].points[h].value);
                QCOMPARE(a->units[u].points[h].lo, b->units[u].points[h].lo);
            }
            QCOMPARE(a->units[u].backtest.mape, b->units[u].backtest.mape);
        }
        int calls = 0;
        opt.method = ForecastMethod::Auto;
        opt.autoCandidates = statisticalMethods();
        opt.progress = [&](int, int) { return ++calls < 3; };
        auto c = forecastPanel(p, opt);
        QVERIFY(!c);
        QCOMPARE(c.error().message, QStringLiteral("Cancelled."));
        QCOMPARE(calls, 3);
    }

    void badInput()
    {
        Panel p = makePanel(TimeKind::Year, {{1, 2, 3, 4}});
        ForecastOptions opt;
        opt.horizon = 0;
        QVERIFY(!forecastPanel(p, opt));
        opt.horizon = 1;
        opt.level = 1.5;
        QVERIFY(!forecastPanel(p, opt));
        opt.level = 0.8;
        p.units[0].values.removeLast();
        auto r = forecastPanel(p, opt);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("u0")));
        // A gap in the time keys (instead of a missing value) is refused.
        Panel gap = makePanel(TimeKind::Year, {{1, 2, 3, 4}});
        gap.times[2] = QStringLiteral("1993");
        auto g = forecastPanel(gap, opt);
        QVERIFY(!g);
        QVERIFY2(g.error().message.contains(QStringLiteral("\"1993\" follows \"1991\"")), qPrintable(g.error().message));
        QCOMPARE(minTrainingPoints(ForecastMethod::SeasonalNaive, TimeKind::Hour), 168);
        QCOMPARE(minTrainingPoints(ForecastMethod::LinearTrend, TimeKind::Year), 3);
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "test_forecast.moc"
