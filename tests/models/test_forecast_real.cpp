// Forecasts on real series: Seoul's 25 자치구, hourly living population 2024-01-01 .. 06-05
// (14-day horizon, four origins a week apart), and the dong registered population 2017-2021.
// Prints every figure (qInfo) for the notes; asserts finiteness, determinism and speed.
#include "ForecastFixture.h"

#include "dosi/core/Values.h"
#include "dosi/models/Forecast.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace dosi;
using namespace dosi::models;

namespace {

QString guFile()
{
    return QStringLiteral(DOSI_SHARED_DATA)
        + QStringLiteral("/real/living_population/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv");
}

QString dongFile()
{
    return QStringLiteral(DOSI_SHARED_DATA) + QStringLiteral("/real/decline/kingkangzza_POP5_2017-2021_seoul_daejeon.csv");
}

// CODE_AD,YEAR,ALL -> one unit per dong, years 2017..2021.
Panel readDongPanel(const QString& path)
{
    Panel p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return p;
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    const QStringList head = in.readLine().trimmed().split(QLatin1Char(','));
    const int cCode = head.indexOf(QStringLiteral("CODE_AD")), cYear = head.indexOf(QStringLiteral("YEAR")),
              cAll = head.indexOf(QStringLiteral("ALL"));
    if (cCode < 0 || cYear < 0 || cAll < 0) return p;
    QMap<QString, QVector<double>> byUnit;
    while (!in.atEnd()) {
        const QStringList c = in.readLine().trimmed().split(QLatin1Char(','));
        if (c.size() != head.size()) continue;
        const int y = c[cYear].toInt() - 2017;
        if (y < 0 || y > 4) continue;
        QVector<double>& v = byUnit[c[cCode]];
        if (v.isEmpty()) v = QVector<double>(5, missingValue());
        v[y] = c[cAll].toDouble();
    }
    p.kind = TimeKind::Year;
    p.times = {"2017", "2018", "2019", "2020", "2021"};
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) p.units.append(UnitSeries{it.key(), it.value(), {}});
    return p;
}

QString fmt(const BacktestScore& s)
{
    return QStringLiteral("MAPE %1 %  MASE %2  RMSE %3  (%4 origins, %5 points)")
        .arg(s.mape, 0, 'f', 3)
        .arg(s.mase, 0, 'f', 3)
        .arg(s.rmse, 0, 'f', 1)
        .arg(s.origins)
        .arg(s.points);
}

QVector<ForecastMethod> statisticalMethods()
{
    return {ForecastMethod::Naive, ForecastMethod::SeasonalNaive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend};
}

}  // namespace

class TestForecastReal : public QObject {
    Q_OBJECT
    Panel gu;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(guFile())) QSKIP("the real 자치구 file is not available");
        gu = dosi::test::readGuHourlyPanel(guFile());
        QCOMPARE(gu.units.size(), 25);
        QCOMPARE(gu.times.size(), 3768);   // 157 days, 2024-02-19 and 02-20 missing in the file
        QCOMPARE(gu.times.first(), QStringLiteral("2024-01-01T00"));
        QCOMPARE(gu.times.last(), QStringLiteral("2024-06-05T23"));
        QCOMPARE(gu.units.first().unit, QStringLiteral("11110"));
        for (const UnitSeries& s : gu.units) {
            int missing = 0;
            for (int t = 0; t < s.values.size(); ++t) {
                if (!hasValue(s.values[t])) {
                    ++missing;
                    QVERIFY(gu.times[t].startsWith(QStringLiteral("2024-02-19")) || gu.times[t].startsWith(QStringLiteral("2024-02-20")));
                } else {
                    QVERIFY(s.values[t] > 0);
                }
            }
            QCOMPARE(missing, 48);
        }
    }

    void guBacktest()
    {
        ForecastOptions opt;
        opt.horizon = 336;
        opt.origins = 4;
        opt.originStep = 168;
        QVector<BacktestScore> per1, per2;
        QElapsedTimer timer;
        for (ForecastMethod m : statisticalMethods()) {
            timer.start();
            auto s = backtestMethod(gu, m, opt);
            QVERIFY2(s, qPrintable(s.errorMessage()));
            qInfo("gu hourly backtest %-7s %s  [%lld ms]", qPrintable(forecastMethodName(m)), qPrintable(fmt(*s)),
                  timer.elapsed());
            QCOMPARE(s->origins, 4);
            QCOMPARE(s->points, 25 * 4 * 336);
            QVERIFY(std::isfinite(s->mape) && std::isfinite(s->mase) && std::isfinite(s->rmse));
        }
        // Deterministic: two runs of ets give identical scores per unit.
        auto a = backtestMethod(gu, ForecastMethod::DampedTrend, opt, &per1);
        auto b = backtestMethod(gu, ForecastMethod::DampedTrend, opt, &per2);
        QVERIFY(a && b);
        QCOMPARE(per1.size(), 25);
        for (int u = 0; u < 25; ++u) {
            QCOMPARE(per1[u].mape, per2[u].mape);
            QCOMPARE(per1[u].rmse, per2[u].rmse);
            QVERIFY(std::isfinite(per1[u].mape));
        }
        auto sn = backtestMethod(gu, ForecastMethod::SeasonalNaive, opt);
        QVERIFY(sn);
        qInfo("gu hourly ets / snaive mean MAPE: %.3f / %.3f", a->mape, sn->mape);
        // Auto (nested: at each origin the method is chosen on the data before it), without boosted.
        opt.autoCandidates = statisticalMethods();
        timer.start();
        auto au = backtestMethod(gu, ForecastMethod::Auto, opt);
        QVERIFY2(au, qPrintable(au.errorMessage()));
        qInfo("gu hourly backtest auto (statistical candidates) %s  [%lld ms]", qPrintable(fmt(*au)), timer.elapsed());
        QVERIFY(std::isfinite(au->mape));
    }

    // All 25 districts, horizon 336, auto with its inner backtest (boosted left out: timed in the bench).
    void guForecastAutoTiming()
    {
        ForecastOptions opt;
        opt.horizon = 336;
        opt.origins = 4;
        opt.originStep = 168;
        opt.autoCandidates = statisticalMethods();
        QElapsedTimer timer;
        timer.start();
        auto r = forecastPanel(gu, opt);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r, qPrintable(r.errorMessage()));
        qInfo("gu forecastPanel auto, 25 districts x 336 h: %lld ms, chose %s", ms, qPrintable(forecastMethodName(r->chosen)));
        for (const BacktestScore& s : r->methodScores)
            qInfo("  candidate %-7s %s", qPrintable(forecastMethodName(s.method)), qPrintable(fmt(s)));
        for (const QString& n : r->notes) qInfo("  note: %s", qPrintable(n));
        QCOMPARE(r->units.size(), 25);
        for (const UnitForecast& u : r->units) {
            QCOMPARE(u.points.size(), 336);
            QCOMPARE(u.points.first().time, QStringLiteral("2024-06-06T00"));
            QCOMPARE(u.points.last().time, QStringLiteral("2024-06-19T23"));
            for (const ForecastPoint& p : u.points) QVERIFY(p.lo <= p.value && p.value <= p.hi && p.lo < p.hi);
            QVERIFY(std::isfinite(u.backtest.mape));
        }
        const UnitForecast& u0 = r->units.first();
        qInfo("  %s first step %s: %.0f [%.0f, %.0f]; step 336: %.0f [%.0f, %.0f]", qPrintable(u0.unit),
              qPrintable(u0.points.first().time), u0.points.first().value, u0.points.first().lo, u0.points.first().hi,
              u0.points.last().value, u0.points.last().lo, u0.points.last().hi);
        // Generous bound for a loaded shared machine; the figure is printed above.
        QVERIFY2(ms < 6000, qPrintable(QString::number(ms)));
    }

    // Auto with every candidate, the boosted panel model included: printed for the notes; the
    // chosen method has the lowest mean MAPE of the candidates listed.
    void guForecastAutoWithBoosted()
    {
        ForecastOptions opt;
        opt.horizon = 336;
        opt.origins = 4;
        opt.originStep = 168;
        QElapsedTimer timer;
        timer.start();
        auto r = forecastPanel(gu, opt);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r, qPrintable(r.errorMessage()));
        qInfo("gu forecastPanel auto incl. boosted: %lld ms, chose %s", ms, qPrintable(forecastMethodName(r->chosen)));
        double best = 1e300;
        for (const BacktestScore& s : r->methodScores) {
            qInfo("  candidate %-7s %s", qPrintable(forecastMethodName(s.method)), qPrintable(fmt(s)));
            best = std::min(best, s.mape);
        }
        for (const QString& n : r->notes) qInfo("  note: %s", qPrintable(n));
        QVERIFY(r->methodScores.size() >= 4);
        for (const BacktestScore& s : r->methodScores)
            if (s.method == r->chosen) QCOMPARE(s.mape, best);
        for (const UnitForecast& u : r->units) {
            QCOMPARE(u.points.size(), 336);
            QCOMPARE(u.method, r->chosen);
        }
    }

    // Dong registered population 2017-2021: one-year-ahead error of each method.
    void dongYearly()
    {
        if (!QFile::exists(dongFile())) QSKIP("the dong population file is not available");
        const Panel p = readDongPanel(dongFile());
        QVERIFY(p.units.size() > 400);
        qInfo("dong yearly: %d units", int(p.units.size()));
        ForecastOptions opt;
        opt.horizon = 1;
        for (ForecastMethod m : {ForecastMethod::Naive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend,
                                 ForecastMethod::Auto}) {
            auto s = backtestMethod(p, m, opt);
            QVERIFY2(s, qPrintable(s.errorMessage()));
            qInfo("dong yearly 1-year backtest %-7s %s", qPrintable(forecastMethodName(m)), qPrintable(fmt(*s)));
            QVERIFY(std::isfinite(s->mape));
        }
        opt.horizon = 3;
        auto r = forecastPanel(p, opt);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        qInfo("dong yearly forecastPanel auto h=3 chose %s", qPrintable(forecastMethodName(r->chosen)));
        for (const QString& n : r->notes) qInfo("  note: %s", qPrintable(n));
        QCOMPARE(r->units.first().points.last().time, QStringLiteral("2024"));
    }
};

QTEST_GUILESS_MAIN(TestForecastReal)
#include "test_forecast_real.moc"
