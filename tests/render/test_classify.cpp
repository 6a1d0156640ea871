// Classification and colour ramps: golden values computed by hand or published elsewhere.
#include "dosi/core/Values.h"
#include "dosi/gis/Classify.h"
#include "dosi/gis/ColorRamp.h"

#include <QRandomGenerator>
#include <QtTest>
#include <functional>
#include <limits>

using namespace dosi;
using namespace dosi::gis;

namespace {

void compareBreaks(const QVector<double>& actual, const QVector<double>& expected, double tol = 1e-9)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        if (std::abs(actual[i] - expected[i]) > tol)
            QFAIL(qPrintable(QStringLiteral("break %1: %2 != %3").arg(i).arg(actual[i], 0, 'g', 12).arg(expected[i], 0, 'g', 12)));
    }
}

// Exhaustive optimum: every way to cut the sorted distinct values into k contiguous classes.
double bruteForceBestSsd(const QVector<double>& values, int k)
{
    QVector<double> v = classifiableValues(values);
    v.erase(std::unique(v.begin(), v.end()), v.end());
    double best = std::numeric_limits<double>::infinity();
    QVector<double> breaks(k);
    std::function<void(int, int)> rec = [&](int cls, int from) {
        if (cls == k - 1) {
            breaks[cls] = v.last();
            best = std::min(best, withinClassSquaredDeviation(values, breaks));
            return;
        }
        for (int end = from; end <= v.size() - (k - cls); ++end) {
            breaks[cls] = v[end];
            rec(cls + 1, end + 1);
        }
    };
    rec(0, 0);
    return best;
}

}  // namespace

class TestClassify : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void quantileByHand();
    void equalIntervalByHand();
    void missingAndMaskedExcluded();
    void jenksPublishedExample();
    void jenksObviousGroups();
    void jenksMatchesBruteForce();
    void jenksLargeInputIsSampledDeterministically();
    void stdDevByHand();
    void manual();
    void classIndexUsesUpperBounds();
    void colorBrewerValues();
};

void TestClassify::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("count");
    QTest::newRow("quantile:5") << "quantile:5" << true << int(ClassMethod::Quantile) << 5;
    QTest::newRow("equal:7") << "equal:7" << true << int(ClassMethod::EqualInterval) << 7;
    QTest::newRow("jenks:4") << " Jenks:4 " << true << int(ClassMethod::Jenks) << 4;
    QTest::newRow("stddev:0.5") << "stddev:0.5" << true << int(ClassMethod::StdDev) << 5;
    QTest::newRow("manual") << "manual:10,20,30" << true << int(ClassMethod::Manual) << 4;
    QTest::newRow("too many") << "quantile:12" << false << 0 << 0;
    QTest::newRow("one class") << "equal:1" << false << 0 << 0;
    QTest::newRow("unknown") << "kmeans:5" << false << 0 << 0;
    QTest::newRow("manual not increasing") << "manual:30,20" << false << 0 << 0;
    QTest::newRow("manual junk") << "manual:1,x" << false << 0 << 0;
}

void TestClassify::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, method);
    QFETCH(int, count);
    const auto spec = parseClassSpec(text);
    QCOMPARE(spec.ok(), ok);
    if (!ok) {
        QVERIFY(spec.errorMessage().contains(text.trimmed()) || spec.errorMessage().contains(text));
        return;
    }
    QCOMPARE(int(spec->method), method);
    QCOMPARE(spec->count, count);
    if (spec->method == ClassMethod::StdDev) QCOMPARE(spec->stddevStep, 0.5);
    if (spec->method == ClassMethod::Manual) QCOMPARE(spec->manualBreaks, (QVector<double>{10, 20, 30}));
}

void TestClassify::quantileByHand()
{
    // 1..10, type-7 quantiles: h = 9p -> p=.25: x[2]+.25(x[3]-x[2]) = 3.25; .5: 5.5; .75: 7.75.
    const QVector<double> v{7, 3, 10, 1, 5, 2, 9, 4, 8, 6};
    compareBreaks(quantileBreaks(v, 4), {3.25, 5.5, 7.75, 10});
    // 5 classes of 1..10: h = 1.8, 3.6, 5.4, 7.2 -> 2.8, 4.6, 6.4, 8.2.
    compareBreaks(quantileBreaks(v, 5), {2.8, 4.6, 6.4, 8.2, 10});
    // Ties collapse duplicate breaks instead of making empty classes.
    compareBreaks(quantileBreaks({1, 1, 1, 1, 1, 1, 2}, 3), {1, 2});
}

void TestClassify::equalIntervalByHand()
{
    compareBreaks(equalIntervalBreaks({0, 3, 10, 20}, 4), {5, 10, 15, 20});
    compareBreaks(equalIntervalBreaks({-10, 0, 50}, 3), {10, 30, 50});
}

void TestClassify::missingAndMaskedExcluded()
{
    const QVector<double> clean{0, 3, 10, 20};
    QVector<double> dirty = clean;
    dirty << missingValue() << maskedValue() << std::numeric_limits<double>::infinity();
    QCOMPARE(classifiableValues(dirty), classifiableValues(clean));
    compareBreaks(equalIntervalBreaks(dirty, 4), equalIntervalBreaks(clean, 4));
    compareBreaks(quantileBreaks(dirty, 2), quantileBreaks(clean, 2));
    compareBreaks(jenksBreaks(dirty, 2), jenksBreaks(clean, 2));
    QCOMPARE(classIndex(maskedValue(), {1, 2}), -1);
    QCOMPARE(classIndex(missingValue(), {1, 2}), -1);
}

void TestClassify::jenksPublishedExample()
{
    // Data set and expected breaks from the jenkspy test suite (mthh/jenkspy, tests/test_jenks.py,
    // "data2" with 4 classes -> [1, 416, 767, 1083, 1424]; the first value there is the minimum).
    const QVector<double> data{132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416, 963, 359, 1422, 658, 73, 1326, 245,
                               848, 683, 255, 1223, 253, 654, 736, 1079, 39, 583, 1367, 1237, 327, 1083, 328, 951, 678,
                               927, 301, 96, 297, 179, 230, 767, 1248, 1, 37, 1352, 1009, 663, 1283, 679, 230};
    compareBreaks(jenksBreaks(data, 4), {416, 767, 1083, 1424});
    QCOMPARE(withinClassSquaredDeviation(data, jenksBreaks(data, 4)), bruteForceBestSsd(data, 4));
}

void TestClassify::jenksObviousGroups()
{
    compareBreaks(jenksBreaks({22, 1, 2, 3, 10, 11, 12, 20, 21}, 3), {3, 12, 22});
    // Fewer distinct values than classes: one class per value.
    compareBreaks(jenksBreaks({5, 5, 7}, 4), {5, 7});
}

void TestClassify::jenksMatchesBruteForce()
{
    QRandomGenerator rng(20190304);
    for (int round = 0; round < 20; ++round) {
        QVector<double> v;
        const int n = 8 + int(rng.bounded(10));
        for (int i = 0; i < n; ++i) v.append(std::round(rng.generateDouble() * 1000) / 10.0);
        for (int k = 2; k <= 4; ++k) {
            const QVector<double> b = jenksBreaks(v, k);
            QCOMPARE(b.size(), k);
            QVERIFY(qFuzzyCompare(1.0 + withinClassSquaredDeviation(v, b), 1.0 + bruteForceBestSsd(v, k)));
        }
    }
}

void TestClassify::jenksLargeInputIsSampledDeterministically()
{
    QRandomGenerator rng(7);
    QVector<double> v;
    for (int i = 0; i < 20000; ++i) v.append(rng.generateDouble() < 0.5 ? rng.generateDouble() * 10 : 100 + rng.generateDouble() * 10);
    const QVector<double> a = jenksBreaks(v, 2);
    const QVector<double> b = jenksBreaks(v, 2);
    QCOMPARE(a, b);
    QCOMPARE(a.size(), 2);
    QVERIFY(a[0] < 10.0 && a[0] > 9.0);   // the top of the low group
    QCOMPARE(a[1], classifiableValues(v).last());   // the maximum is always in the sample
}

void TestClassify::stdDevByHand()
{
    // mean 5, population SD 2 -> breaks at 3, 5, 7 (inside [2, 9]), then the maximum.
    const QVector<double> v{2, 4, 4, 4, 5, 5, 7, 9};
    compareBreaks(stdDevBreaks(v, 1.0), {3, 5, 7, 9});
    compareBreaks(stdDevBreaks(v, 2.0), {5, 9});
}

void TestClassify::manual()
{
    compareBreaks(manualBreaks({5, 12, 35}, {10, 20}), {10, 20, 35});
    compareBreaks(manualBreaks({5, 12}, {10, 20}), {10, 20});
}

void TestClassify::classIndexUsesUpperBounds()
{
    const QVector<double> b{10, 20, 30};
    QCOMPARE(classIndex(-5, b), 0);
    QCOMPARE(classIndex(10, b), 0);
    QCOMPARE(classIndex(10.0001, b), 1);
    QCOMPARE(classIndex(30, b), 2);
    QCOMPARE(classIndex(31, b), 2);
}

void TestClassify::colorBrewerValues()
{
    // colorbrewer2.org, YlOrRd 5-class and RdBu 3-class.
    const QVector<QColor> y = rampColors(QStringLiteral("YlOrRd"), 5);
    QCOMPARE(y.size(), 5);
    QCOMPARE(y.first().name(), QStringLiteral("#ffffb2"));
    QCOMPARE(y.last().name(), QStringLiteral("#bd0026"));
    const QVector<QColor> r = rampColors(QStringLiteral("rdbu"), 3);
    QCOMPARE(r[0].name(), QStringLiteral("#ef8a62"));
    QCOMPARE(r[1].name(), QStringLiteral("#f7f7f7"));
    QCOMPARE(r[2].name(), QStringLiteral("#67a9cf"));
    for (const QString& name : sequentialRampNames() + divergingRampNames())
        for (int k = 3; k <= 9; ++k) QCOMPARE(rampColors(name, k).size(), k);
    QCOMPARE(sequentialRampNames().size(), 8);
    QCOMPARE(divergingRampNames().size(), 4);
    QVERIFY(isDivergingRamp(QStringLiteral("PiYG")));
    QCOMPARE(rampColors(QStringLiteral("Blues"), 4, true).first().name(), QStringLiteral("#2171b5"));
    QCOMPARE(missingColor().name(), QStringLiteral("#d9d9d9"));
    QCOMPARE(maskedColor().name(), QStringLiteral("#bdbdbd"));
}

QTEST_GUILESS_MAIN(TestClassify)
#include "test_classify.moc"
