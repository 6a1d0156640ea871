// Legal decline diagnosis on hand-made series with known answers (consecutive declines, falls from
// the peak, missing years, short data, asOfYear, businesses, buildings, verdicts, thresholds JSON)
// and on the real registered population of four dongs (2017-2021).
#include "dosi/models/Decline.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace dosi::models;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

YearSeries series(int first, std::initializer_list<double> values)
{
    YearSeries s;
    int y = first;
    for (double v : values) s.insert(y++, v);
    return s;
}

QStringList years(int a, int b)
{
    QStringList out;
    for (int y = a; y <= b; ++y) out << QString::number(y);
    return out;
}

}  // namespace

class TestDecline : public QObject {
    Q_OBJECT
private slots:
    void threeConsecutiveDeclines();
    void twoDeclinesAreNotEnough();
    void twentyPercentFromPeak();
    void peakWindowBoundary();
    void missingYearNotAssessable();
    void missingYearBreaksRun();
    void missingYearThatCannotCompleteRun();
    void missingYearsDoNotHideMet();
    void missingLastYear();
    void fewerYearsThanNeeded();
    void noData();
    void asOfYear();
    void businesses();
    void buildings();
    void verdicts();
    void thresholdsJson();
    void requireFullPeakWindow();
    void realDongs();
};

void TestDecline::threeConsecutiveDeclines()
{
    // 100 105 104 103 102: declines into 2019, 2020, 2021; peak 105 (2018), drop 3/105 = 2.857 %.
    const CriterionResult r = assessPopulation(series(2017, {100, 105, 104, 103, 102}), DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::Met);
    QCOMPARE(r.longestDeclineRun, 3);
    QVERIFY(std::abs(r.dropFromPeak - 3.0 / 105.0) < 1e-12);
    QCOMPARE(r.years, years(2017, 2021));
    QCOMPARE(r.reason, QStringLiteral("Population 102 in 2021 is 2.9 % below the 2018 peak of 105 (peak over 2017–2021: "
                                      "the data covers 5 of the 30 years), less than the 20 % required. Declined in 3 "
                                      "consecutive years (2019, 2020, 2021)."));
}

void TestDecline::twoDeclinesAreNotEnough()
{
    // 100 99 98 99 98: declines 2018, 2019 (run 2), rise 2020, decline 2021; drop from 100 = 2 %.
    const CriterionResult r = assessPopulation(series(2017, {100, 99, 98, 99, 98}), DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::NotMet);
    QCOMPARE(r.longestDeclineRun, 2);
    QVERIFY2(r.reason.endsWith(QStringLiteral("Longest run of declines in 2017–2021: 2018, 2019 (2 of the 3 consecutive "
                                             "years needed).")),
            qPrintable(r.reason));
}

void TestDecline::twentyPercentFromPeak()
{
    // Peak 1,100 in 2018; 880 in 2021 is exactly 20 % below (met), 881.1 is 19.9 % (not met).
    // Changes: 2019 decline, 2020 rise, 2021 decline: no run of 3.
    const CriterionResult met = assessPopulation(series(2017, {1000, 1100, 1000, 1050, 880}), DeclineThresholds());
    QCOMPARE(met.status, CriterionStatus::Met);
    QCOMPARE(met.dropFromPeak, 0.2);
    QCOMPARE(met.longestDeclineRun, 1);
    QCOMPARE(met.reason, QStringLiteral("Population 880 in 2021 is 20.0 % below the 2018 peak of 1,100 (peak over 2017–2021: "
                                        "the data covers 5 of the 30 years). Longest run of declines in 2017–2021: 2019 "
                                        "(1 of the 3 consecutive years needed)."));

    const CriterionResult notMet = assessPopulation(series(2017, {1000, 1100, 1000, 1050, 881.1}), DeclineThresholds());
    QCOMPARE(notMet.status, CriterionStatus::NotMet);
    QVERIFY(std::abs(notMet.dropFromPeak - 0.199) < 1e-12);
    QVERIFY2(notMet.reason.startsWith(QStringLiteral("Population 881.1 in 2021 is 19.9 % below the 2018 peak of 1,100")),
             qPrintable(notMet.reason));
}

void TestDecline::peakWindowBoundary()
{
    // 1990..2021: the 5,000 of 1991 is 31 years before 2021, outside the 30-year window 1992-2021,
    // whose peak is 1,200 (1992). 1,000 in 2021 is 16.7 % below it: not met.
    YearSeries s;
    s.insert(1990, 900);
    s.insert(1991, 5000);
    s.insert(1992, 1200);
    for (int y = 1993; y <= 2021; ++y) s.insert(y, 1000);
    const CriterionResult r = assessPopulation(s, DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::NotMet);
    QVERIFY(std::abs(r.dropFromPeak - 200.0 / 1200.0) < 1e-12);
    QVERIFY2(r.reason.startsWith(QStringLiteral("Population 1,000 in 2021 is 16.7 % below the 1992 peak of 1,200 (peak over "
                                                "1992–2021), less than the 20 % required.")),
             qPrintable(r.reason));
    QCOMPARE(r.years, years(1992, 2021));
    // A 35-year window reaches the 1991 peak: (5000 - 1000) / 5000 = 80 %.
    DeclineThresholds t;
    t.popPeakYears = 35;
    QCOMPARE(assessPopulation(s, t).status, CriterionStatus::Met);
    QCOMPARE(assessPopulation(s, t).dropFromPeak, 0.8);
}

void TestDecline::missingYearNotAssessable()
{
    // 100 99 NaN 97 96: changes 2018 decline, 2019 and 2020 unknown, 2021 decline. Known run 1, but
    // with 2019 and 2020 as declines the run could be 4: not assessable. Drop 4 %: not met.
    const CriterionResult r = assessPopulation(series(2017, {100, 99, NaN, 97, 96}), DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::NotAssessable);
    QCOMPARE(r.longestDeclineRun, 1);
    QCOMPARE(r.years, (QStringList{"2017", "2018", "2020", "2021"}));
    QVERIFY2(r.reason.endsWith(QStringLiteral("No value for 2019: a run of 3 consecutive declines in 2017–2021 cannot be "
                                              "ruled out.")),
             qPrintable(r.reason));
}

void TestDecline::missingYearBreaksRun()
{
    // 100 99 98 (2020 absent) 96: falling throughout, but the changes into 2020 and 2021 are
    // unknown, so the known run is 2 (2018, 2019) and the criterion is not met: not assessable.
    YearSeries s = series(2017, {100, 99, 98});
    s.insert(2021, 96);
    const CriterionResult r = assessPopulation(s, DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::NotAssessable);
    QCOMPARE(r.longestDeclineRun, 2);
    QVERIFY2(r.reason.contains(QStringLiteral("No value for 2020:")), qPrintable(r.reason));
    // With a fall of 20 % the peak test decides: met despite the gap.
    s.insert(2021, 80);
    QCOMPARE(assessPopulation(s, DeclineThresholds()).status, CriterionStatus::Met);
}

void TestDecline::missingYearThatCannotCompleteRun()
{
    // 100 101 NaN 102 103: rises around the gap; even as declines 2019 and 2020 make a run of 2.
    const CriterionResult r = assessPopulation(series(2017, {100, 101, NaN, 102, 103}), DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::NotMet);
    QCOMPARE(r.longestDeclineRun, 0);
    QCOMPARE(r.reason, QStringLiteral("Population 103 in 2021 is itself the peak (peak over 2017–2021: the data covers 4 of the "
                                      "30 years). No year-on-year decline in 2017–2021 (3 consecutive years needed). No value "
                                      "for 2019, but even as declines these years cannot complete a run of 3."));
}

void TestDecline::missingYearsDoNotHideMet()
{
    // NaN 100 99 98 97: three known declines 2019-2021.
    const CriterionResult r = assessPopulation(series(2017, {NaN, 100, 99, 98, 97}), DeclineThresholds());
    QCOMPARE(r.status, CriterionStatus::Met);
    QCOMPARE(r.longestDeclineRun, 3);
    QCOMPARE(r.years, years(2018, 2021));
}

void TestDecline::missingLastYear()
{
    // 2021 is NaN. As of 2021: no current value (peak test not assessable); run test: flat, the
    // unknown change into 2021 makes at most a run of 1: the criterion is not assessable.
    const YearSeries s = series(2017, {100, 100, 100, 100, NaN});
    const CriterionResult r = assessPopulation(s, DeclineThresholds(), 2021);
    QCOMPARE(r.status, CriterionStatus::NotAssessable);
    QVERIFY(std::isnan(r.dropFromPeak));
    QVERIFY2(r.reason.startsWith(QStringLiteral("No population value for 2021: the fall from the peak cannot be computed.")),
             qPrintable(r.reason));
    // asOfYear 0: the latest year with a value (2020) is assessed: flat, not met.
    const CriterionResult latest = assessPopulation(s, DeclineThresholds());
    QCOMPARE(latest.status, CriterionStatus::NotMet);
    QCOMPARE(latest.years, years(2017, 2020));
}

void TestDecline::fewerYearsThanNeeded()
{
    // Two years, -10 %: the peak test is not met on the years available, and the three changes
    // into 2018-2020 are unknown: a run of 3 cannot be ruled out.
    const CriterionResult two = assessPopulation(series(2020, {100, 90}), DeclineThresholds());
    QCOMPARE(two.status, CriterionStatus::NotAssessable);
    QCOMPARE(two.longestDeclineRun, 1);
    QVERIFY2(two.reason.contains(QStringLiteral("the data covers 2 of the 30 years")), qPrintable(two.reason));
    QVERIFY2(two.reason.contains(QStringLiteral("No value for 2017, 2018, 2019:")), qPrintable(two.reason));
    // Two years, -25 %: met on the peak test.
    QCOMPARE(assessPopulation(series(2020, {100, 75}), DeclineThresholds()).status, CriterionStatus::Met);
    // One year only: not assessable.
    QCOMPARE(assessPopulation(series(2021, {100}), DeclineThresholds()).status, CriterionStatus::NotAssessable);
    // Three rising years 2019-2021: the unknown changes into 2018 and 2019 cannot make a run of 3.
    QCOMPARE(assessPopulation(series(2019, {100, 101, 102}), DeclineThresholds()).status, CriterionStatus::NotMet);
}

void TestDecline::noData()
{
    const CriterionResult pop = assessPopulation(YearSeries(), DeclineThresholds());
    QCOMPARE(pop.status, CriterionStatus::NotAssessable);
    QVERIFY(pop.years.isEmpty());
    const CriterionResult biz = assessBusinesses(series(2019, {NaN, NaN}), DeclineThresholds());
    QCOMPARE(biz.status, CriterionStatus::NotAssessable);
    QCOMPARE(biz.reason, QStringLiteral("No business counts by year: import a table of business counts "
                                        "(dosi-cli import … table --time YEAR)."));
    const CriterionResult before = assessPopulation(series(2017, {1, 2}), DeclineThresholds(), 2010);
    QCOMPARE(before.status, CriterionStatus::NotAssessable);
    QCOMPARE(before.reason, QStringLiteral("No population value in or before 2010."));
}

void TestDecline::asOfYear()
{
    // 2015..2021: 100 110 120 119 118 117 130.
    const YearSeries s = series(2015, {100, 110, 120, 119, 118, 117, 130});
    // As of 2019: window 2015-2019, declines 2018, 2019 (run 2), 118 vs peak 120: not met.
    const CriterionResult r2019 = assessPopulation(s, DeclineThresholds(), 2019);
    QCOMPARE(r2019.status, CriterionStatus::NotMet);
    QCOMPARE(r2019.longestDeclineRun, 2);
    QCOMPARE(r2019.years, years(2015, 2019));   // 2020 and 2021 are not used
    // As of 2020: declines 2018-2020: met.
    QCOMPARE(assessPopulation(s, DeclineThresholds(), 2020).status, CriterionStatus::Met);
    // Latest (2021): window 2017-2021 still holds the run 2018-2020: met, run of 3.
    const CriterionResult latest = assessPopulation(s, DeclineThresholds());
    QCOMPARE(latest.status, CriterionStatus::Met);
    QCOMPARE(latest.longestDeclineRun, 3);
    QCOMPARE(latest.years, years(2015, 2021));
    // diagnoseUnit passes asOfYear through.
    UnitDeclineInput in;
    in.population = s;
    QCOMPARE(diagnoseUnit(in, DeclineThresholds(), 2019).population.status, CriterionStatus::NotMet);
    // Business counts that end in 2020. Three known declines (2018-2020) meet the criterion even as
    // of 2021; with two (2019, 2020) the unknown change into 2021 could complete a run: not
    // assessable as of 2021, but not met as of 2020 (run 2, 48 is 4 % below 50).
    in.businesses = series(2017, {50, 49, 48, 47});
    QCOMPARE(diagnoseUnit(in, DeclineThresholds(), 2021).businesses.status, CriterionStatus::Met);
    in.businesses = series(2017, {50, 50, 49, 48});   // declines 2019, 2020 only
    QCOMPARE(diagnoseUnit(in, DeclineThresholds(), 2021).businesses.status, CriterionStatus::NotAssessable);
    const UnitDecline split = diagnoseUnit(in, DeclineThresholds(), 2021, 2020);
    QCOMPARE(split.population.status, CriterionStatus::Met);       // as of 2021 (run 2018-2020 in 2017-2021)
    QCOMPARE(split.businesses.status, CriterionStatus::NotMet);    // as of 2020: run 2, 4 % below the peak
    QCOMPARE(split.verdict, DeclineVerdict::Undetermined);         // buildings not assessable
}

void TestDecline::businesses()
{
    // 2011: 300 (outside the 10-year window 2012-2021), 2012: 200, 2013-2020: 195, 2021: 190.
    YearSeries s;
    s.insert(2011, 300);
    s.insert(2012, 200);
    for (int y = 2013; y <= 2020; ++y) s.insert(y, 195);
    s.insert(2021, 190);
    const CriterionResult met = assessBusinesses(s, DeclineThresholds());
    QCOMPARE(met.status, CriterionStatus::Met);
    QCOMPARE(met.dropFromPeak, 0.05);
    QCOMPARE(met.reason, QStringLiteral("Business count 190 in 2021 is 5.0 % below the 2012 peak of 200 (peak over 2012–2021). "
                                        "Longest run of declines in 2017–2021: 2021 (1 of the 3 consecutive years needed)."));
    QCOMPARE(met.years, years(2012, 2021));
    s.insert(2021, 191);   // 4.5 %
    const CriterionResult notMet = assessBusinesses(s, DeclineThresholds());
    QCOMPARE(notMet.status, CriterionStatus::NotMet);
    QVERIFY(std::abs(notMet.dropFromPeak - 0.045) < 1e-12);
    // The population thresholds (20 %, 30 years) reach the 300 of 2011: (300 - 191) / 300 = 36.3 %.
    QCOMPARE(assessPopulation(s, DeclineThresholds()).status, CriterionStatus::Met);
    // Three consecutive declines meet the business criterion too.
    QCOMPARE(assessBusinesses(series(2017, {50, 50, 49, 48, 47.5}), DeclineThresholds()).status, CriterionStatus::Met);
}

void TestDecline::buildings()
{
    const DeclineThresholds t;
    const CriterionResult met = assessBuildings(0.5, true, t);
    QCOMPARE(met.status, CriterionStatus::Met);
    QCOMPARE(met.reason, QStringLiteral("50.0 % of buildings are 20 or more years old (threshold 50 %)."));
    const CriterionResult notMet = assessBuildings(0.499, true, t);
    QCOMPARE(notMet.status, CriterionStatus::NotMet);
    QCOMPARE(notMet.reason, QStringLiteral("49.9 % of buildings are 20 or more years old, less than the 50 % required."));
    QCOMPARE(assessBuildings(0.9, false, t).status, CriterionStatus::NotAssessable);
    QCOMPARE(assessBuildings(NaN, true, t).status, CriterionStatus::NotAssessable);
    DeclineThresholds t2;
    t2.oldBuildingShare = 0.6;
    QCOMPARE(assessBuildings(0.55, true, t2).status, CriterionStatus::NotMet);
}

void TestDecline::verdicts()
{
    const DeclineThresholds t;
    const YearSeries declining = series(2017, {100, 99, 98, 97, 96});   // met (run of 4)
    const YearSeries flat = series(2017, {100, 100, 100, 100, 100});    // not met

    UnitDeclineInput in;
    in.unit = QStringLiteral("3020061000");
    // Two met (population, businesses), buildings not assessable: qualifies.
    in.population = declining;
    in.businesses = declining;
    UnitDecline d = diagnoseUnit(in, t);
    QCOMPARE(d.unit, in.unit);
    QCOMPARE(d.met, 2);
    QCOMPARE(d.buildings.status, CriterionStatus::NotAssessable);
    QCOMPARE(d.verdict, DeclineVerdict::Qualifies);
    // One met, two not assessable: undetermined.
    in.businesses = YearSeries();
    d = diagnoseUnit(in, t);
    QCOMPARE(d.met, 1);
    QCOMPARE(d.verdict, DeclineVerdict::Undetermined);
    // One met, one not assessable, one not met: undetermined.
    in.hasBuildings = true;
    in.oldBuildingShare = 0.2;
    QCOMPARE(diagnoseUnit(in, t).verdict, DeclineVerdict::Undetermined);
    // One met, two not met: does not qualify.
    in.businesses = flat;
    QCOMPARE(diagnoseUnit(in, t).verdict, DeclineVerdict::DoesNotQualify);
    // Zero met, one not assessable: does not qualify (even if it were met, only 1).
    in.population = flat;
    in.hasBuildings = false;
    d = diagnoseUnit(in, t);
    QCOMPARE(d.met, 0);
    QCOMPARE(d.verdict, DeclineVerdict::DoesNotQualify);
    // Three met.
    in.population = declining;
    in.businesses = declining;
    in.hasBuildings = true;
    in.oldBuildingShare = 0.7;
    d = diagnoseUnit(in, t);
    QCOMPARE(d.met, 3);
    QCOMPARE(d.verdict, DeclineVerdict::Qualifies);

    QCOMPARE(declineVerdictName(DeclineVerdict::Qualifies), QStringLiteral("qualifies"));
    QCOMPARE(declineVerdictName(DeclineVerdict::DoesNotQualify), QStringLiteral("does_not_qualify"));
    QCOMPARE(declineVerdictName(DeclineVerdict::Undetermined), QStringLiteral("undetermined"));
    QCOMPARE(criterionStatusName(CriterionStatus::Met), QStringLiteral("met"));
    QCOMPARE(criterionStatusName(CriterionStatus::NotMet), QStringLiteral("not_met"));
    QCOMPARE(criterionStatusName(CriterionStatus::NotAssessable), QStringLiteral("not_assessable"));
}

void TestDecline::thresholdsJson()
{
    DeclineThresholds t;
    t.popPeakDrop = 0.25;
    t.popPeakYears = 20;
    t.bizPeakDrop = 0.07;
    t.bizPeakYears = 8;
    t.consecutiveYears = 2;
    t.recentYears = 4;
    t.oldBuildingShare = 0.6;
    t.oldBuildingAge = 30;
    t.requireFullPeakWindow = true;
    const QByteArray bytes = QJsonDocument(t.toJson()).toJson();
    const DeclineThresholds u = DeclineThresholds::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(u.popPeakDrop, 0.25);
    QCOMPARE(u.popPeakYears, 20);
    QCOMPARE(u.bizPeakDrop, 0.07);
    QCOMPARE(u.bizPeakYears, 8);
    QCOMPARE(u.consecutiveYears, 2);
    QCOMPARE(u.recentYears, 4);
    QCOMPARE(u.oldBuildingShare, 0.6);
    QCOMPARE(u.oldBuildingAge, 30);
    QCOMPARE(u.requireFullPeakWindow, true);
    QCOMPARE(u.toJson(), t.toJson());
    // Missing keys keep their defaults.
    const DeclineThresholds partial = DeclineThresholds::fromJson(QJsonObject{{QStringLiteral("pop_peak_drop"), 0.3}});
    QCOMPARE(partial.popPeakDrop, 0.3);
    QCOMPARE(partial.toJson().value(QStringLiteral("biz_peak_drop")).toDouble(), 0.05);
    QCOMPARE(partial.popPeakYears, 30);
    QCOMPARE(partial.requireFullPeakWindow, false);
    QCOMPARE(DeclineThresholds::fromJson(QJsonObject()).toJson(), DeclineThresholds().toJson());
    // Edited thresholds change the outcome: 2 consecutive declines within the last 4 years (2018-2021:
    // the change into 2018 is outside). The partial 20-year window would be not assessable, so:
    DeclineThresholds v = u;
    v.requireFullPeakWindow = false;
    QCOMPARE(assessPopulation(series(2017, {100, 99, 98, 99, 100}), v).status, CriterionStatus::NotMet);
    QCOMPARE(assessPopulation(series(2017, {100, 100, 99, 98, 100}), v).status, CriterionStatus::Met);
    QCOMPARE(assessPopulation(series(2017, {100, 99, 98, 99, 100}), u).status, CriterionStatus::NotAssessable);
}

void TestDecline::requireFullPeakWindow()
{
    // 5 years, -10 % from the 2017 peak, no run of declines (100 90 95 92 90: 2018 d, 2019 rise,
    // 2020 d, 2021 d: run 2).
    const YearSeries s = series(2017, {100, 90, 95, 92, 90});
    DeclineThresholds t;
    QCOMPARE(assessPopulation(s, t).status, CriterionStatus::NotMet);
    t.requireFullPeakWindow = true;
    const CriterionResult r = assessPopulation(s, t);
    QCOMPARE(r.status, CriterionStatus::NotAssessable);
    QVERIFY2(r.reason.contains(QStringLiteral("the full 30-year window is required")), qPrintable(r.reason));
    // A fall of 25 % on the years available is met whatever came before.
    QCOMPARE(assessPopulation(series(2017, {100, 90, 95, 92, 75}), t).status, CriterionStatus::Met);
    // A full 30-year window: not met.
    YearSeries full;
    for (int y = 1992; y <= 2021; ++y) full.insert(y, 100);
    full.insert(2021, 90);
    QCOMPARE(assessPopulation(full, t).status, CriterionStatus::NotMet);
    // One missing year inside the 30 years makes the window incomplete again.
    full.insert(2000, NaN);
    QCOMPARE(assessPopulation(full, t).status, CriterionStatus::NotAssessable);
}

void TestDecline::realDongs()
{
    // Registered population (ALL) by year, read from the real file. Values checked by hand:
    //   3020061000 대전 유성구 원신흥동  46587 46466 46528 46103 27697 (2017-2021)
    //       drop from the 2017 peak (46587 - 27697) / 46587 = 40.5 %: met; declines 2020, 2021 only
    //   1126065500 서울 중랑구 망우본동  32066 31433 30711 30431 32155
    //       2021 is the peak; declines 2018, 2019, 2020: met on the run
    //   1114059000 서울 중구 광희동      5001 4929 4905 5224 5255: run 2, at the peak: not met
    //   1153080000 서울 구로구 항동      (new dong) 2020: 16284, 2021: 16349: not assessable
    QFile f(QStringLiteral(DOSI_SHARED_DATA "/real/decline/kingkangzza_POP5_2017-2021_seoul_daejeon.csv"));
    QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(f.fileName()));
    QTextStream in(&f);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    const int codeCol = int(header.indexOf(QStringLiteral("CODE_AD")));
    const int yearCol = int(header.indexOf(QStringLiteral("YEAR")));
    const int allCol = int(header.indexOf(QStringLiteral("ALL")));
    QVERIFY(codeCol >= 0 && yearCol >= 0 && allCol >= 0);
    QMap<QString, YearSeries> pop;
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char(','));
        if (cells.size() != header.size()) continue;
        pop[cells[codeCol]].insert(cells[yearCol].toInt(), cells[allCol].toDouble());
    }
    QVERIFY(pop.size() > 500);
    const DeclineThresholds t;

    const CriterionResult wonsinheung = assessPopulation(pop.value(QStringLiteral("3020061000")), t);
    QCOMPARE(wonsinheung.status, CriterionStatus::Met);
    QVERIFY(std::abs(wonsinheung.dropFromPeak - (46587.0 - 27697.0) / 46587.0) < 1e-12);
    QCOMPARE(wonsinheung.longestDeclineRun, 2);
    QCOMPARE(wonsinheung.reason,
             QStringLiteral("Population 27,697 in 2021 is 40.5 % below the 2017 peak of 46,587 (peak over 2017–2021: the data "
                            "covers 5 of the 30 years). Longest run of declines in 2017–2021: 2020, 2021 (2 of the 3 "
                            "consecutive years needed)."));

    const CriterionResult mangu = assessPopulation(pop.value(QStringLiteral("1126065500")), t);
    QCOMPARE(mangu.status, CriterionStatus::Met);
    QCOMPARE(mangu.dropFromPeak, 0.0);
    QCOMPARE(mangu.longestDeclineRun, 3);
    QVERIFY2(mangu.reason.endsWith(QStringLiteral("Declined in 3 consecutive years (2018, 2019, 2020).")), qPrintable(mangu.reason));

    const CriterionResult gwanghui = assessPopulation(pop.value(QStringLiteral("1114059000")), t);
    QCOMPARE(gwanghui.status, CriterionStatus::NotMet);
    QCOMPARE(gwanghui.longestDeclineRun, 2);

    const CriterionResult hang = assessPopulation(pop.value(QStringLiteral("1153080000")), t);
    for (const CriterionResult* r : {&wonsinheung, &mangu, &gwanghui, &hang})
        qInfo("%s: %s", qPrintable(criterionStatusName(r->status)), qPrintable(r->reason));
    QCOMPARE(hang.status, CriterionStatus::NotAssessable);
    QCOMPARE(hang.years, (QStringList{"2020", "2021"}));
    QVERIFY2(hang.reason.contains(QStringLiteral("No value for 2017, 2018, 2019:")), qPrintable(hang.reason));
}

QTEST_GUILESS_MAIN(TestDecline)
#include "test_decline.moc"
