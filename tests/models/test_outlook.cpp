// Decline outlook: the chance of meeting the population criterion within the forecast horizon, on
// forecasts whose answer is known (already met, flat, a certain fall, a symmetric case, equal
// spreads that make the random walk stand still), and reproducibility with the seed.
#include "dosi/models/DeclineOutlook.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace dosi::models;

namespace {

YearSeries flatHistory(double v)
{
    YearSeries s;
    for (int y = 2017; y <= 2021; ++y) s.insert(y, v);
    return s;
}

// Points from 2022 on with the given values and sds: the 80 % interval is value -/+ z(0.9) sd.
UnitForecast forecast(const QVector<double>& values, const QVector<double>& sds)
{
    const double z = inverseNormalCdf(0.9);
    UnitForecast f;
    f.unit = QStringLiteral("1111053000");
    f.method = ForecastMethod::DampedTrend;
    for (int i = 0; i < values.size(); ++i) {
        ForecastPoint p;
        p.time = QString::number(2022 + i);
        p.value = values[i];
        p.lo = values[i] - z * sds[i];
        p.hi = values[i] + z * sds[i];
        f.points << p;
    }
    return f;
}

}  // namespace

class TestOutlook : public QObject {
    Q_OBJECT
private slots:
    void inverseNormal();
    void alreadyMet();
    void flatForecast();
    void certainFall();
    void certainRunOfDeclines();
    void symmetricAtThreshold();
    void randomWalkNotIndependent();
    void deterministic();
    void noForecast();
    void assumptions();
};

void TestOutlook::inverseNormal()
{
    QVERIFY(std::abs(inverseNormalCdf(0.9) - 1.2815515655446004) < 1e-12);
    QVERIFY(std::abs(inverseNormalCdf(0.975) - 1.959963984540054) < 1e-12);
    QVERIFY(std::abs(inverseNormalCdf(0.01) + 2.3263478740408408) < 1e-12);
    QVERIFY(std::abs(inverseNormalCdf(1e-10) + 6.361340902404056) < 1e-9);
    QCOMPARE(inverseNormalCdf(0.5), 0.0);
    QVERIFY(std::isinf(inverseNormalCdf(1.0)));
    QVERIFY(std::isnan(inverseNormalCdf(1.5)));
}

void TestOutlook::alreadyMet()
{
    YearSeries h;
    h.insert(2018, 100);
    h.insert(2019, 99);
    h.insert(2020, 98);
    h.insert(2021, 97);   // three consecutive declines
    const UnitOutlook o = populationOutlook(h, forecast({120}, {1}), DeclineThresholds(), OutlookOptions());
    QCOMPARE(o.probability, 1.0);
    QVERIFY(o.metNow);
    QCOMPARE(o.unit, QStringLiteral("1111053000"));
    QVERIFY2(o.note.contains(QStringLiteral("Declined in 3 consecutive years")), qPrintable(o.note));
}

void TestOutlook::flatForecast()
{
    // Flat at 1,000 with sd 0.01: whole-number paths stay at 1,000, never a decline.
    const UnitOutlook o = populationOutlook(flatHistory(1000), forecast({1000, 1000, 1000, 1000, 1000}, {0.01, 0.01, 0.01, 0.01, 0.01}),
                                            DeclineThresholds(), OutlookOptions());
    QVERIFY(!o.metNow);
    QCOMPARE(o.probability, 0.0);
    QCOMPARE(o.firstLikelyYear, 0);
    QCOMPARE(o.note, QStringLiteral("The population criterion is met in 0 of 2000 simulated paths by 2026."));
}

void TestOutlook::certainFall()
{
    // Flat, then 25 % below the peak in 2026: met in 2026 on every path.
    const UnitOutlook o = populationOutlook(flatHistory(1000), forecast({1000, 1000, 1000, 1000, 750}, {0.1, 0.1, 0.1, 0.1, 0.1}),
                                            DeclineThresholds(), OutlookOptions());
    QCOMPARE(o.probability, 1.0);
    QVERIFY(!o.metNow);
    QCOMPARE(o.firstLikelyYear, 2026);
}

void TestOutlook::certainRunOfDeclines()
{
    // 990, 980, 970: three consecutive declines by 2024 (a 3 % fall only).
    const UnitOutlook o = populationOutlook(flatHistory(1000), forecast({990, 980, 970, 960}, {0.1, 0.1, 0.1, 0.1}),
                                            DeclineThresholds(), OutlookOptions());
    QCOMPARE(o.probability, 1.0);
    QCOMPARE(o.firstLikelyYear, 2024);
}

void TestOutlook::symmetricAtThreshold()
{
    // History 1,000.5 (not whole: no rounding); the 2022 point sits exactly 20 % below the peak
    // (800.4) with sd 20: met when the draw is <= 800.4, probability 1/2.
    OutlookOptions opt;
    opt.paths = 10000;
    const UnitOutlook o = populationOutlook(flatHistory(1000.5), forecast({800.4}, {20}), DeclineThresholds(), opt);
    qInfo("symmetric: %.4f", o.probability);
    QVERIFY2(std::abs(o.probability - 0.5) < 0.05, qPrintable(QString::number(o.probability)));
    QVERIFY2(std::abs(o.probability - 0.5) < 0.02, qPrintable(QString::number(o.probability)));   // 4 standard errors
}

void TestOutlook::randomWalkNotIndependent()
{
    // Three points at 1,000.5 with the same sd 100: the random walk adds no error after the first
    // step, so the path is flat after 2022 (no run of declines) and the criterion is met only when
    // the one draw is <= 800.4: P = Phi(-200.1 / 100) = Phi(-2.001) = 0.02270. Independent errors
    // per year would give about 0.13 (runs of declines and three chances at the peak test).
    OutlookOptions opt;
    opt.paths = 20000;
    const UnitOutlook o = populationOutlook(flatHistory(1000.5), forecast({1000.5, 1000.5, 1000.5}, {100, 100, 100}),
                                            DeclineThresholds(), opt);
    qInfo("random walk: %.4f (expected 0.0227)", o.probability);
    QVERIFY2(std::abs(o.probability - 0.02270) < 0.006, qPrintable(QString::number(o.probability)));
}

void TestOutlook::deterministic()
{
    const UnitForecast f = forecast({950, 900, 870, 860, 850}, {30, 45, 60, 70, 80});
    OutlookOptions opt;
    const UnitOutlook a = populationOutlook(flatHistory(1000), f, DeclineThresholds(), opt);
    const UnitOutlook b = populationOutlook(flatHistory(1000), f, DeclineThresholds(), opt);
    QCOMPARE(a.probability, b.probability);
    QCOMPARE(a.firstLikelyYear, b.firstLikelyYear);
    QCOMPARE(a.note, b.note);
    QVERIFY(a.probability > 0 && a.probability < 1);
    // Another seed draws other paths (the probability stays close).
    opt.seed = 7;
    const UnitOutlook c = populationOutlook(flatHistory(1000), f, DeclineThresholds(), opt);
    qInfo("seed 20241122: %.4f (likely from %d), seed 7: %.4f", a.probability, a.firstLikelyYear, c.probability);
    QVERIFY(std::abs(c.probability - a.probability) < 0.05);
}

void TestOutlook::noForecast()
{
    UnitForecast empty;
    empty.unit = QStringLiteral("x");
    empty.note = QStringLiteral("too short to forecast");
    const UnitOutlook o = populationOutlook(flatHistory(1000), empty, DeclineThresholds(), OutlookOptions());
    QVERIFY(std::isnan(o.probability));
    QCOMPARE(o.note, QStringLiteral("too short to forecast"));

    UnitForecast quarterly = forecast({900}, {10});
    quarterly.points[0].time = QStringLiteral("2022Q1");
    const UnitOutlook q = populationOutlook(flatHistory(1000), quarterly, DeclineThresholds(), OutlookOptions());
    QVERIFY(std::isnan(q.probability));
    QVERIFY2(q.note.contains(QStringLiteral("2022Q1")), qPrintable(q.note));
}

void TestOutlook::assumptions()
{
    const QStringList a = outlookAssumptions(OutlookOptions());
    QCOMPARE(a.size(), 5);
    for (const QString& s : a) QVERIFY(!s.isEmpty());
    QVERIFY2(a[0].contains(QStringLiteral("80 %")) && a[0].contains(QStringLiteral("1.2816")), qPrintable(a[0]));
    QVERIFY2(a[3].contains(QStringLiteral("2000")) && a[3].contains(QStringLiteral("20241122")), qPrintable(a[3]));
}

QTEST_GUILESS_MAIN(TestOutlook)
#include "test_outlook.moc"
