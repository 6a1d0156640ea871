// The gradient-boosted panel forecaster (models/src/BoostedForecast*, XGBoost C API) and the Korean
// public-holiday table: no leakage past the origin, determinism (also across thread counts),
// holiday effects learnt on a synthetic panel, growth on a yearly panel, XGBoost errors as Result
// errors, and the real 자치구 hourly series (four origins a week apart, 14-day horizon).
#include "../../models/src/BoostedForecast.h"
#include "ForecastFixture.h"

#include "dosi/core/Values.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace dosi;
using namespace dosi::models;
using detail::boostedPointForecasts;
using detail::BoostedParams;
using detail::isKoreanPublicHoliday;

namespace {

QString guFile()
{
    return QStringLiteral(DOSI_SHARED_DATA)
        + QStringLiteral("/real/living_population/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv");
}

bool dayOff(const QDate& d) { return d.dayOfWeek() >= 6 || isKoreanPublicHoliday(d); }

// Hourly panel from 2024-01-01T00, `days` days: units of very different size with a daily cycle,
// weekends and holidays like Sundays but lower (business districts empty out, residential ones
// fill up), 1 % multiplicative noise, fixed seed.
Panel syntheticHourly(int days, int units = 6)
{
    Panel p;
    p.kind = TimeKind::Hour;
    p.times = dosi::test::timeKeys(TimeKind::Hour, days * 24);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.01);
    const QDate d0(2024, 1, 1);
    for (int u = 0; u < units; ++u) {
        UnitSeries s;
        s.unit = QStringLiteral("u%1").arg(u);
        const double level = 20000.0 * std::pow(3.0, u);          // 20 k .. 4.9 M
        const double business = -0.3 + 0.6 * u / std::max(1, units - 1);   // -0.3 residential .. 0.3 business
        for (int t = 0; t < days * 24; ++t) {
            const QDate d = d0.addDays(t / 24);
            const int h = t % 24;
            const double daytime = std::max(0.0, std::sin(3.14159265358979 * (h - 6) / 14.0));   // 6 h .. 20 h
            double f = 1.0 + business * daytime;
            if (dayOff(d) || (d.month() == 5 && d.day() == 1)) f = 1.0 - business * daytime * (isKoreanPublicHoliday(d) ? 1.5 : 1.0);
            if (d.dayOfWeek() == 6) f = 1.0 - 0.6 * business * daytime;   // Saturday: half way
            s.values.append(level * f * (1.0 + noise(rng)));
        }
        p.units.append(s);
    }
    return p;
}

double mape(const Panel& p, int origin, const QVector<QVector<double>>& f)
{
    double s = 0;
    int n = 0;
    for (int u = 0; u < p.units.size(); ++u)
        for (int h = 0; h < f[u].size(); ++h) {
            const double y = p.units[u].values[origin + h];
            if (!hasValue(y) || y == 0) continue;
            s += std::abs(y - f[u][h]) / std::abs(y);
            ++n;
        }
    return n ? 100.0 * s / n : std::numeric_limits<double>::quiet_NaN();
}

QVector<QVector<double>> seasonalNaive(const Panel& p, int origin, int horizon, int season)
{
    QVector<QVector<double>> out;
    for (const UnitSeries& s : p.units) {
        QVector<double> f;
        for (int h = 0; h < horizon; ++h) f.append(s.values[origin - season + h % season]);
        out.append(f);
    }
    return out;
}

bool identical(const QVector<QVector<double>>& a, const QVector<QVector<double>>& b)
{
    if (a.size() != b.size()) return false;
    for (int u = 0; u < a.size(); ++u) {
        if (a[u].size() != b[u].size()) return false;
        for (int h = 0; h < a[u].size(); ++h)
            if (std::memcmp(&a[u][h], &b[u][h], sizeof(double)) != 0) return false;
    }
    return true;
}

}  // namespace

class TestBoosted : public QObject {
    Q_OBJECT

private slots:
    void holidayTable_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        const auto on = [](int y, int m, int d) {
            QTest::addRow("%04d-%02d-%02d on", y, m, d) << QDate(y, m, d) << true;
        };
        const auto off = [](int y, int m, int d) {
            QTest::addRow("%04d-%02d-%02d off", y, m, d) << QDate(y, m, d) << false;
        };
        // 2024: Seollal 9-11 Feb + substitute 12 (11th a Sunday), the National Assembly election,
        // Children's Day on a Sunday + substitute, Buddha's Birthday, Chuseok, Armed Forces Day.
        for (int d = 9; d <= 12; ++d) on(2024, 2, d);
        off(2024, 2, 8);
        off(2024, 2, 13);
        on(2024, 1, 1);
        on(2024, 3, 1);
        on(2024, 4, 10);
        off(2024, 4, 11);
        off(2024, 5, 1);   // Workers' Day is not a public holiday
        on(2024, 5, 5);
        on(2024, 5, 6);
        off(2024, 5, 7);
        on(2024, 5, 15);
        on(2024, 6, 6);
        on(2024, 8, 15);
        for (int d = 16; d <= 18; ++d) on(2024, 9, d);
        on(2024, 10, 1);
        on(2024, 10, 3);
        on(2024, 10, 9);
        on(2024, 12, 25);
        // 2025: temporary 27 Jan, 3·1 on a Saturday + substitute 3 Mar, Children's Day = Buddha's
        // Birthday + substitute, the presidential election, Chuseok 5-7 Oct + substitute 8.
        on(2025, 1, 27);
        for (int d = 28; d <= 30; ++d) on(2025, 1, d);
        on(2025, 3, 3);
        on(2025, 5, 5);
        on(2025, 5, 6);
        on(2025, 6, 3);
        on(2025, 10, 3);
        for (int d = 5; d <= 9; ++d) on(2025, 10, d);
        off(2025, 10, 10);
        // Earlier rules: Buddha's Birthday substitute from 2023, Christmas not substituted in 2022,
        // the early presidential election of 2017, national days substituted from 2021.
        on(2023, 5, 29);
        off(2022, 12, 26);
        on(2017, 5, 9);
        off(2017, 12, 20);   // the originally scheduled election day
        on(2017, 10, 2);
        on(2017, 10, 6);
        on(2021, 8, 16);
        off(2020, 8, 16);
        on(2020, 8, 17);   // temporary
        // 2026: Memorial Day on a Saturday has no substitute; Constitution Day is a holiday again.
        on(2026, 3, 2);
        on(2026, 5, 25);
        on(2026, 6, 3);
        off(2026, 6, 8);
        on(2026, 7, 17);
        on(2026, 10, 5);
        // Outside the table: fixed dates only.
        on(2030, 1, 1);
        on(2016, 8, 15);
        off(2016, 2, 8);   // Seollal 2016 (lunar) is not known outside the table
    }

    void holidayTable()
    {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        QCOMPARE(isKoreanPublicHoliday(date), holiday);
    }

    void holidayCounts()
    {
        // Public holidays per year, weekends included (KASI 월력요항 lists plus designations).
        const QMap<int, int> expected = {{2017, 18}, {2018, 18}, {2019, 16}, {2020, 18}, {2021, 18},
                                         {2022, 19}, {2023, 18}, {2024, 19}, {2025, 19}, {2026, 21}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            int n = 0;
            for (QDate d(it.key(), 1, 1); d.year() == it.key(); d = d.addDays(1)) n += isKoreanPublicHoliday(d) ? 1 : 0;
            QVERIFY2(n == it.value(), qPrintable(QStringLiteral("%1: %2 holidays").arg(it.key()).arg(n)));
        }
        QVERIFY(!isKoreanPublicHoliday(QDate()));
    }

    // Values (and covariates) at and after the origin are never read: poisoning them changes nothing.
    void noLeakage()
    {
        Panel p = syntheticHourly(70, 4);
        p.covariateNames = {QStringLiteral("other")};
        for (UnitSeries& s : p.units) {
            QVector<double> cov;
            for (double v : s.values) cov.append(v * 0.5 + 10);
            s.covariates = {cov};
        }
        const int origin = 60 * 24;
        auto clean = boostedPointForecasts(p, origin, 336, 42);
        QVERIFY2(clean, qPrintable(clean.errorMessage()));
        QCOMPARE(clean->size(), 4);
        QCOMPARE(clean->first().size(), 336);
        for (const QVector<double>& f : *clean)
            for (double v : f) QVERIFY(std::isfinite(v) && v > 0);
        const double poisons[] = {1e12, -1e12, missingValue(), 0.0};
        for (double poison : poisons) {
            Panel q = p;
            for (UnitSeries& s : q.units) {
                for (int t = origin; t < s.values.size(); ++t) s.values[t] = poison;
                for (int t = origin; t < s.covariates[0].size(); ++t) s.covariates[0][t] = poison;
            }
            auto poisoned = boostedPointForecasts(q, origin, 336, 42);
            QVERIFY2(poisoned, qPrintable(poisoned.errorMessage()));
            QVERIFY2(identical(*clean, *poisoned), qPrintable(QString::number(poison)));
        }
        // A panel that simply ends at the origin gives the same forecasts too.
        Panel cut = p;
        cut.times = cut.times.mid(0, origin);
        for (UnitSeries& s : cut.units) {
            s.values = s.values.mid(0, origin);
            s.covariates[0] = s.covariates[0].mid(0, origin);
        }
        auto ended = boostedPointForecasts(cut, origin, 336, 42);
        QVERIFY2(ended, qPrintable(ended.errorMessage()));
        QVERIFY(identical(*clean, *ended));
    }

    void deterministic()
    {
        const Panel p = syntheticHourly(80, 5);
        const int origin = 66 * 24;
        auto a = boostedPointForecasts(p, origin, 336, 7);
        auto b = boostedPointForecasts(p, origin, 336, 7);
        QVERIFY(a && b);
        QVERIFY(identical(*a, *b));
        // The same model whatever the number of threads.
        BoostedParams one, two;
        one.threads = 1;
        two.threads = 2;
        auto c = boostedPointForecasts(p, origin, 336, 7, one);
        auto d = boostedPointForecasts(p, origin, 336, 7, two);
        QVERIFY(c && d);
        QVERIFY(identical(*c, *d));
        QVERIFY(identical(*a, *c));
    }

    // Weekly pattern + holiday dips: the boosted model beats the seasonal naive at 336 h over a
    // window with holidays (5 and 6 May, 15 May) in the forecast and in the week before it.
    void beatsSeasonalNaiveOnHolidays()
    {
        const Panel p = syntheticHourly(157, 6);
        const int origin = int(p.times.indexOf(QStringLiteral("2024-05-02T00")));
        QVERIFY(origin > 0);
        QElapsedTimer timer;
        timer.start();
        auto f = boostedPointForecasts(p, origin, 336, 20241122);
        const qint64 ms = timer.elapsed();
        QVERIFY2(f, qPrintable(f.errorMessage()));
        const double mb = mape(p, origin, *f);
        const double ms0 = mape(p, origin, seasonalNaive(p, origin, 336, 168));
        qInfo("synthetic hourly, 6 units, origin 2024-05-02T00, 336 h: boosted MAPE %.3f %%, seasonal naive %.3f %% "
              "(%lld ms)", mb, ms0, ms);
        QVERIFY(std::isfinite(mb));
        QVERIFY2(mb < 0.6 * ms0, qPrintable(QStringLiteral("%1 vs %2").arg(mb).arg(ms0)));
        // The holiday itself: 15 May (Wednesday) 14 h in the most business-like unit is forecast
        // well below the Wednesday before (the seasonal-naive value).
        const int h = int(p.times.indexOf(QStringLiteral("2024-05-15T14"))) - origin;
        const UnitSeries& biz = p.units.last();
        const double actual = biz.values[origin + h], lastWeek = biz.values[origin + h - 168];
        qInfo("2024-05-15T14 business unit: actual %.0f, boosted %.0f, a week before %.0f", actual, f->last()[h], lastWeek);
        QVERIFY(std::abs(f->last()[h] - actual) < 0.25 * std::abs(lastWeek - actual));
    }

    // Yearly panel growing 2 % a year (units of different size): one step ahead continues it.
    void yearlyGrowth()
    {
        Panel p;
        p.kind = TimeKind::Year;
        p.times = {"2017", "2018", "2019", "2020", "2021"};
        for (int u = 0; u < 60; ++u) {
            UnitSeries s;
            s.unit = QString::number(u);
            const double growth = (u % 2 == 0) ? 0.02 : -0.03;   // half grow, half decline
            double v = 5000 + 400.0 * u;
            for (int t = 0; t < 5; ++t, v *= 1 + growth) s.values.append(v);
            p.units.append(s);
        }
        auto f = boostedPointForecasts(p, 4, 1, 1);
        QVERIFY2(f, qPrintable(f.errorMessage()));
        for (int u = 0; u < 60; ++u) {
            const double actual = p.units[u].values[4];
            QVERIFY2(std::abs((*f)[u][0] - actual) / actual < 0.005,
                     qPrintable(QStringLiteral("unit %1: %2 vs %3").arg(u).arg((*f)[u][0]).arg(actual)));
        }
    }

    void quarterlyAndDaily()
    {
        // Quarterly: a unit's seasonal pattern with a level per unit; forecast one year.
        Panel q;
        q.kind = TimeKind::Quarter;
        q.times = dosi::test::timeKeys(TimeKind::Quarter, 24);
        const double pattern[4] = {1.0, 1.1, 1.05, 0.9};
        for (int u = 0; u < 10; ++u) {
            UnitSeries s;
            s.unit = QString::number(u);
            for (int t = 0; t < 24; ++t) s.values.append((100 + 50 * u) * pattern[t % 4]);
            q.units.append(s);
        }
        auto fq = boostedPointForecasts(q, 20, 4, 3);
        QVERIFY2(fq, qPrintable(fq.errorMessage()));
        for (int u = 0; u < 10; ++u)
            for (int h = 0; h < 4; ++h) QVERIFY(std::abs((*fq)[u][h] - q.units[u].values[20 + h]) < 1e-3 * q.units[u].values[20 + h]);
        // Daily: a weekly pattern; the forecast repeats it.
        Panel d;
        d.kind = TimeKind::Day;
        d.times = dosi::test::timeKeys(TimeKind::Day, 140);
        for (int u = 0; u < 5; ++u) {
            UnitSeries s;
            s.unit = QString::number(u);
            for (int t = 0; t < 140; ++t) s.values.append((1000 + 100 * u) * (1 + 0.1 * (t % 7)));
            d.units.append(s);
        }
        auto fd = boostedPointForecasts(d, 126, 14, 3);
        QVERIFY2(fd, qPrintable(fd.errorMessage()));
        QVERIFY(mape(d, 126, *fd) < 1.0);
    }

    void errors()
    {
        const Panel p = syntheticHourly(30, 2);
        QVERIFY(!boostedPointForecasts(p, 0, 24, 1));
        QVERIFY(!boostedPointForecasts(p, p.times.size() + 1, 24, 1));
        QVERIFY(!boostedPointForecasts(p, 500, 0, 1));
        // Too short for a single training row (nothing a week before the origin).
        auto shortRun = boostedPointForecasts(p, 100, 24, 1);
        QVERIFY(!shortRun);
        QVERIFY(shortRun.errorMessage().contains(QStringLiteral("training")));
        // An XGBoost failure (a parameter it rejects) becomes a Result error naming XGBoost.
        BoostedParams bad;
        bad.maxDepth = -3;
        auto r = boostedPointForecasts(p, 500, 24, 1, bad);
        QVERIFY(!r);
        qInfo("XGBoost error: %s", qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("XGBoost")));
    }

    // The real 자치구 file: four origins a week apart ending 336 h before the end, 14-day horizon.
    void realGu()
    {
        if (!QFile::exists(guFile())) QSKIP("the real 자치구 file is not available");
        const Panel gu = dosi::test::readGuHourlyPanel(guFile());
        QCOMPARE(gu.units.size(), 25);
        QCOMPARE(gu.times.size(), 3768);
        const int T = gu.times.size();
        double sumB = 0, sumS = 0;
        qint64 slowest = 0;
        for (int k = 3; k >= 0; --k) {
            const int origin = T - 336 - 168 * k;
            QElapsedTimer timer;
            timer.start();
            auto f = boostedPointForecasts(gu, origin, 336, 20241122);
            const qint64 ms = timer.elapsed();
            slowest = std::max(slowest, ms);
            QVERIFY2(f, qPrintable(f.errorMessage()));
            const double mb = mape(gu, origin, *f), msn = mape(gu, origin, seasonalNaive(gu, origin, 336, 168));
            qInfo("gu origin %s: boosted MAPE %.3f %%, seasonal naive %.3f %%, train + forecast %lld ms",
                  qPrintable(gu.times[origin]), mb, msn, ms);
            QVERIFY(std::isfinite(mb) && mb < 5.0);
            sumB += mb;
            sumS += msn;
        }
        qInfo("gu mean over 4 origins: boosted MAPE %.3f %%, seasonal naive %.3f %%; slowest fit %lld ms", sumB / 4,
              sumS / 4, slowest);
        QVERIFY(sumB < sumS);
    }
};

QTEST_GUILESS_MAIN(TestBoosted)
#include "test_boosted.moc"
