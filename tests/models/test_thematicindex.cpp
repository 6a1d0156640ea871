// Thematic indices: normalisation (min-max, z-score, rank with ties, direction), weights, missing
// indicators (NaN, never zero), decile grades and the JSON form of the specification, all against
// hand-computed values.
#include "dosi/models/ThematicIndex.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace dosi::models;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

void compareVectors(const QVector<double>& got, const QVector<double>& want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        if (std::isnan(want[i])) {
            QVERIFY2(std::isnan(got[i]), qPrintable(QStringLiteral("index %1: %2, want NaN").arg(i).arg(got[i])));
        } else {
            QVERIFY2(std::abs(got[i] - want[i]) < 1e-12,
                     qPrintable(QStringLiteral("index %1: %2, want %3").arg(i).arg(got[i]).arg(want[i])));
        }
    }
}

IndicatorSpec indicator(const QString& id, Normalisation n, Direction d, double weight)
{
    IndicatorSpec s;
    s.id = id;
    s.title = id;
    s.layer = QStringLiteral("layer");
    s.field = id;
    s.normalisation = n;
    s.direction = d;
    s.weight = weight;
    return s;
}

IndicatorValues values(const QString& id, const QStringList& units, const QVector<double>& v)
{
    IndicatorValues out;
    out.id = id;
    for (int i = 0; i < units.size(); ++i) out.byUnit.insert(units[i], v[i]);
    return out;
}

}  // namespace

class TestThematicIndex : public QObject {
    Q_OBJECT
private slots:
    void minMax();
    void zScore();
    void rankWithTies();
    void decilesOfTen();
    void decilesOfTwentyFive();
    void decileTies();
    void weightsAndMissing();
    void unavailableIndicator();
    void specJsonRoundTrip();
    void names();
};

void TestThematicIndex::minMax()
{
    // min 10, max 30.
    compareVectors(normaliseIndicator({10, 20, 30, NaN, 20}, Normalisation::MinMax, Direction::HigherIsBetter),
                   {0, 0.5, 1, NaN, 0.5});
    compareVectors(normaliseIndicator({10, 20, 30, NaN, 25}, Normalisation::MinMax, Direction::HigherIsWorse),
                   {1, 0.5, 0, NaN, 0.25});
    compareVectors(normaliseIndicator({5, 5, NaN}, Normalisation::MinMax, Direction::HigherIsWorse), {0.5, 0.5, NaN});
    compareVectors(normaliseIndicator({NaN, NaN}, Normalisation::MinMax, Direction::HigherIsBetter), {NaN, NaN});
}

void TestThematicIndex::zScore()
{
    // mean 5, population sd 2 (squares 9 1 1 1 0 0 4 16 = 32, /8 = 4).
    compareVectors(normaliseIndicator({2, 4, 4, 4, 5, 5, 7, 9, NaN}, Normalisation::ZScore, Direction::HigherIsBetter),
                   {-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2, NaN});
    compareVectors(normaliseIndicator({2, 4, 4, 4, 5, 5, 7, 9}, Normalisation::ZScore, Direction::HigherIsWorse),
                   {1.5, 0.5, 0.5, 0.5, 0, 0, -1, -2});
    compareVectors(normaliseIndicator({3, 3}, Normalisation::ZScore, Direction::HigherIsBetter), {0, 0});
}

void TestThematicIndex::rankWithTies()
{
    // ranks 1, 2.5, 2.5, 4 over 4 values -> (r - 1) / 3.
    compareVectors(normaliseIndicator({10, 20, 20, 40, NaN}, Normalisation::Rank, Direction::HigherIsBetter),
                   {0, 0.5, 0.5, 1, NaN});
    compareVectors(normaliseIndicator({40, 20, 10, 20}, Normalisation::Rank, Direction::HigherIsWorse), {0, 0.5, 1, 0.5});
    // Three tied at the bottom of five: ranks 2, 2, 2, 4, 5 -> 0.25, 0.25, 0.25, 0.75, 1.
    compareVectors(normaliseIndicator({1, 1, 1, 7, 9}, Normalisation::Rank, Direction::HigherIsBetter),
                   {0.25, 0.25, 0.25, 0.75, 1});
    compareVectors(normaliseIndicator({NaN, 42}, Normalisation::Rank, Direction::HigherIsBetter), {NaN, 0.5});
}

void TestThematicIndex::decilesOfTen()
{
    const QVector<double> scores = {0.7, 0.1, 1.0, 0.4, 0.2, 0.9, 0.3, 0.6, 0.5, 0.8};
    QCOMPARE(decileGrades(scores), (QVector<int>{7, 1, 10, 4, 2, 9, 3, 6, 5, 8}));
}

void TestThematicIndex::decilesOfTwentyFive()
{
    // grade = 1 + floor(10 (rank - 1) / 25) = 1 + floor(0.4 (rank - 1)).
    QVector<double> scores;
    for (int i = 0; i < 25; ++i) scores << 24 - i;   // descending: rank of element i is 25 - i
    scores << NaN;
    QVector<int> want = {1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 7, 8, 8, 9, 9, 9, 10, 10};
    std::reverse(want.begin(), want.end());
    want << 0;
    QCOMPARE(decileGrades(scores), want);
}

void TestThematicIndex::decileTies()
{
    // Mean ranks 1.5, 1.5, 3, 4 of n = 4: 1 + floor(1.25) = 2, 2, 1 + floor(5) = 6, 1 + floor(7.5) = 8.
    QCOMPARE(decileGrades({1, 1, 2, 3, NaN}), (QVector<int>{2, 2, 6, 8, 0}));
    QCOMPARE(decileGrades({NaN}), (QVector<int>{0}));
    QCOMPARE(decileGrades({5}), (QVector<int>{1}));
}

void TestThematicIndex::weightsAndMissing()
{
    // Units A..E; total weight 4, at most 50 % may be missing.
    //   young  MinMax better  w2: A 10, B 20, C 30, D -, E -   -> A 0, B .5, C 1
    //   old    Rank   worse   w1: A 5, B 1, C 3, D 2, E 6      -> ranks A4 B1 C3 D2 E5 -> (r-1)/4 flipped:
    //                                                             A .25, B 1, C .5, D .75, E 0
    //   green  MinMax better  w1: A 0, D 4                     -> A 0, D 1
    // A: (2*0 + .25 + 0) / 4 = .0625; B: (2*.5 + 1) / 3 = 2/3 (green missing, 25 %);
    // C: (2*1 + .5) / 3 = 5/6; D: (.75 + 1) / 2 = .875 (young missing, exactly 50 %: allowed);
    // E: young and green missing (75 %): no index. Grades over 4: 1, 3, 6, 8.
    const QStringList units = {"A", "B", "C", "D", "E"};
    AreaSpec spec;
    spec.area = IndexArea::Population;
    spec.indicators = {indicator("young", Normalisation::MinMax, Direction::HigherIsBetter, 2),
                       indicator("old", Normalisation::Rank, Direction::HigherIsWorse, 1),
                       indicator("green", Normalisation::MinMax, Direction::HigherIsBetter, 1)};
    IndicatorValues green;
    green.id = QStringLiteral("green");
    green.byUnit.insert(QStringLiteral("A"), 0);
    green.byUnit.insert(QStringLiteral("D"), 4);   // B, C, E absent
    const QVector<IndicatorValues> vals = {values("young", units, {10, 20, 30, NaN, NaN}),
                                           values("old", units, {5, 1, 3, 2, 6}), green};
    const AreaResult r = computeArea(spec, units, vals);
    QCOMPARE(r.area, IndexArea::Population);
    QVERIFY(r.unavailable.isEmpty());
    QCOMPARE(r.units.size(), 5);
    const double want[] = {0.0625, 2.0 / 3.0, 5.0 / 6.0, 0.875};
    const int grades[] = {1, 3, 6, 8};
    for (int i = 0; i < 4; ++i) {
        const UnitIndex& u = r.units.value(units[i]);
        QVERIFY2(std::abs(u.score - want[i]) < 1e-12, qPrintable(QStringLiteral("%1: %2").arg(units[i]).arg(u.score)));
        QCOMPARE(u.grade, grades[i]);
    }
    QCOMPARE(r.units.value("A").missing, QStringList());
    QCOMPARE(r.units.value("B").missing, QStringList{"green"});
    QCOMPARE(r.units.value("D").missing, QStringList{"young"});
    // Missing stays missing: NaN, not a zero score (zero-filling would give D (0 + .75 + 1) / 4).
    QVERIFY(std::isnan(r.units.value("D").normalised.value("young")));
    QCOMPARE(r.units.value("D").normalised.value("old"), 0.75);
    const UnitIndex e = r.units.value("E");
    QVERIFY(std::isnan(e.score));
    QCOMPARE(e.grade, 0);
    QCOMPARE(e.missing, (QStringList{"young", "green"}));
    QCOMPARE(e.normalised.value("old"), 0.0);

    // A stricter limit (25 %) drops D; a weight change moves the scores.
    spec.maxMissingWeight = 0.25;
    const AreaResult strict = computeArea(spec, units, vals);
    QVERIFY(std::isnan(strict.units.value("D").score));
    QVERIFY(std::abs(strict.units.value("B").score - 2.0 / 3.0) < 1e-12);
    spec.maxMissingWeight = 0.5;
    spec.indicators[0].weight = 1;   // young w1: A (0 + .25 + 0) / 3, B (.5 + 1) / 2
    const AreaResult reweighted = computeArea(spec, units, vals);
    QVERIFY(std::abs(reweighted.units.value("A").score - 0.25 / 3) < 1e-12);
    QVERIFY(std::abs(reweighted.units.value("B").score - 0.75) < 1e-12);
}

void TestThematicIndex::unavailableIndicator()
{
    const QStringList units = {"A", "B", "C"};
    AreaSpec spec;
    spec.area = IndexArea::Safety;
    spec.indicators = {indicator("lights", Normalisation::MinMax, Direction::HigherIsBetter, 1),
                       indicator("crime", Normalisation::MinMax, Direction::HigherIsWorse, 1)};
    IndicatorValues crime;
    crime.id = QStringLiteral("crime");
    crime.problem = QStringLiteral("no layer 'crime'");
    // Half the weight unavailable: the index is the lights score alone (0, .5, 1).
    const AreaResult r = computeArea(spec, units, {values("lights", units, {1, 2, 3}), crime});
    QCOMPARE(r.unavailable, QStringList{"crime"});
    QCOMPARE(r.problems, QStringList{"crime: no layer 'crime'"});
    QCOMPARE(r.units.value("B").score, 0.5);
    QCOMPARE(r.units.value("C").grade, 1 + 6);   // rank 3 of 3: 1 + floor(20 / 3)
    QCOMPARE(r.units.value("A").missing, QStringList{"crime"});
    // Two thirds of the weight unavailable: no unit gets an index.
    spec.indicators[1].weight = 2;
    const AreaResult none = computeArea(spec, units, {values("lights", units, {1, 2, 3}), crime});
    for (const QString& u : units) {
        QVERIFY(std::isnan(none.units.value(u).score));
        QCOMPARE(none.units.value(u).grade, 0);
    }
    // An indicator whose values were never read is unavailable too, with a problem.
    const AreaResult unread = computeArea(spec, units, {values("lights", units, {1, 2, 3})});
    QCOMPARE(unread.unavailable, QStringList{"crime"});
    QCOMPARE(unread.problems.size(), 1);
}

void TestThematicIndex::specJsonRoundTrip()
{
    IndexSpec spec;
    AreaSpec pop;
    pop.area = IndexArea::Population;
    pop.maxMissingWeight = 0.4;
    IndicatorSpec extinction = indicator("extinction_risk", Normalisation::Rank, Direction::HigherIsBetter, 2);
    extinction.title = QStringLiteral("소멸위험지수 (women 20-39 / people 65+)");
    extinction.layer = QStringLiteral("population");
    extinction.field = QStringLiteral("f20_39");
    extinction.denominator = QStringLiteral("p65_");
    extinction.time = QStringLiteral("2021");
    extinction.note = QStringLiteral("below 0.5: at risk");
    IndicatorSpec change = indicator("pop_change_5y", Normalisation::ZScore, Direction::HigherIsBetter, 1.5);
    change.change = true;
    change.baseTime = QStringLiteral("2017");
    pop.indicators = {extinction, change};
    AreaSpec welfare;
    welfare.area = IndexArea::Welfare;
    welfare.indicators = {indicator("distance_library", Normalisation::MinMax, Direction::HigherIsWorse, 1)};
    spec.areas = {pop, welfare};

    const QByteArray bytes = QJsonDocument(spec.toJson()).toJson();
    const IndexSpec back = IndexSpec::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(back.toJson(), spec.toJson());
    QCOMPARE(back.areas.size(), 2);
    QCOMPARE(back.areas[0].area, IndexArea::Population);
    QCOMPARE(back.areas[0].maxMissingWeight, 0.4);
    QCOMPARE(back.areas[1].area, IndexArea::Welfare);
    const IndicatorSpec& e = back.areas[0].indicators[0];
    QCOMPARE(e.id, extinction.id);
    QCOMPARE(e.title, extinction.title);
    QCOMPARE(e.layer, extinction.layer);
    QCOMPARE(e.field, extinction.field);
    QCOMPARE(e.denominator, extinction.denominator);
    QCOMPARE(e.time, extinction.time);
    QCOMPARE(e.note, extinction.note);
    QCOMPARE(e.normalisation, Normalisation::Rank);
    QCOMPARE(e.weight, 2.0);
    QCOMPARE(e.change, false);
    const IndicatorSpec& c = back.areas[0].indicators[1];
    QCOMPARE(c.change, true);
    QCOMPARE(c.baseTime, QStringLiteral("2017"));
    QCOMPARE(c.normalisation, Normalisation::ZScore);
    QCOMPARE(c.weight, 1.5);
    QCOMPARE(back.areas[1].indicators[0].direction, Direction::HigherIsWorse);
    QCOMPARE(back.areas[1].indicators[0].normalisation, Normalisation::MinMax);
}

void TestThematicIndex::names()
{
    const QStringList want = {"population", "economy", "housing", "safety", "mobility", "welfare"};
    QCOMPARE(indexAreas().size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(indexAreaName(indexAreas()[i]), want[i]);
        IndexArea a = IndexArea::Population;
        QVERIFY(indexAreaFromName(want[i], &a));
        QCOMPARE(a, indexAreas()[i]);
        QVERIFY(!indexAreaLabel(a).isEmpty());
    }
    QVERIFY(!indexAreaFromName(QStringLiteral("culture"), nullptr));
    QCOMPARE(indexAreaLabel(IndexArea::Housing), QStringLiteral("Housing environment"));
    QCOMPARE(indexAreaLabel(IndexArea::Welfare), QStringLiteral("Welfare and culture"));
    for (Normalisation n : {Normalisation::MinMax, Normalisation::ZScore, Normalisation::Rank}) {
        Normalisation back = Normalisation::MinMax;
        QVERIFY(normalisationFromName(normalisationName(n), &back));
        QCOMPARE(back, n);
    }
    QCOMPARE(normalisationName(Normalisation::ZScore), QStringLiteral("zscore"));
    QVERIFY(!normalisationFromName(QStringLiteral("log"), nullptr));
}

QTEST_GUILESS_MAIN(TestThematicIndex)
#include "test_thematicindex.moc"
