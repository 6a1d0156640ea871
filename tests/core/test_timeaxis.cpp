#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"

#include <QTest>

using namespace dosi;

class TestTimeAxis : public QObject {
    Q_OBJECT
private slots:
    void hourKeys()
    {
        QCOMPARE(hourKey(QDate(2019, 3, 4), 8), QStringLiteral("2019-03-04T08"));
        QDate d;
        int h = -1;
        QVERIFY(parseHourKey(QStringLiteral("2020-03-09T23"), &d, &h));
        QCOMPARE(d, QDate(2020, 3, 9));
        QCOMPARE(h, 23);
        QVERIFY(!parseHourKey(QStringLiteral("2020-03-09T24"), &d, &h));
        QVERIFY(!parseHourKey(QStringLiteral("2020-02-30T01"), &d, &h));
    }
    void guessKinds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::newRow("hour") << "2019-03-04T08" << int(TimeKind::Hour);
        QTest::newRow("day") << "2019-03-04" << int(TimeKind::Day);
        QTest::newRow("quarter") << "2024Q1" << int(TimeKind::Quarter);
        QTest::newRow("year") << "2017" << int(TimeKind::Year);
        QTest::newRow("none") << "" << int(TimeKind::None);
        QTest::newRow("garbage") << "20x7" << int(TimeKind::None);
    }
    void guessKinds()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        QCOMPARE(int(guessTimeKind(key)), kind);
    }
    void kindNamesRoundTrip()
    {
        for (TimeKind k : {TimeKind::None, TimeKind::Hour, TimeKind::Day, TimeKind::Quarter, TimeKind::Year})
            QCOMPARE(timeKindFromName(timeKindName(k)), k);
    }
    // The one period parser behind importTable (year, day, quarter, 5-digit quarter code) and
    // importOdTable (year, month, day, hour, quarter).
    void periodKeys_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("forms");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("month");
        const int table = int(PeriodForms(PeriodForm::Year | PeriodForm::Day | PeriodForm::Quarter | PeriodForm::QuarterCode));
        const int od = int(PeriodForms(PeriodForm::Year | PeriodForm::Month | PeriodForm::Day | PeriodForm::Hour | PeriodForm::Quarter));
        const int all = table | od;
        const int year = int(TimeKind::Year), day = int(TimeKind::Day), quarter = int(TimeKind::Quarter),
                  hour = int(TimeKind::Hour);
        QTest::newRow("year") << "2017" << all << true << "2017" << year << false;
        QTest::newRow("year pandas float") << " 2017.0 " << all << true << "2017" << year << false;
        QTest::newRow("quarter") << "2024Q1" << all << true << "2024Q1" << quarter << false;
        QTest::newRow("quarter spaced") << "2024 - q4" << all << true << "2024Q4" << quarter << false;
        QTest::newRow("quarter 5") << "2024Q5" << all << false << "" << 0 << false;
        QTest::newRow("quarter code") << "20243" << table << true << "2024Q3" << quarter << false;
        QTest::newRow("quarter code float") << "20243.0" << table << true << "2024Q3" << quarter << false;
        QTest::newRow("quarter code not od") << "20243" << od << false << "" << 0 << false;
        QTest::newRow("month compact") << "202403" << od << true << "2024-03-01" << day << true;
        QTest::newRow("month dash") << "2024-03" << od << true << "2024-03-01" << day << true;
        QTest::newRow("month dot") << "2024.03" << od << true << "2024-03-01" << day << true;
        QTest::newRow("month slash") << "2024/12" << od << true << "2024-12-01" << day << true;
        QTest::newRow("month 13") << "2024-13" << od << false << "" << 0 << false;
        QTest::newRow("month not table") << "202403" << table << false << "" << 0 << false;
        QTest::newRow("day compact") << "20240315" << all << true << "2024-03-15" << day << false;
        QTest::newRow("day float") << "20240315.0" << all << true << "2024-03-15" << day << false;
        QTest::newRow("day iso") << "2024-03-15" << all << true << "2024-03-15" << day << false;
        QTest::newRow("day mixed separators") << "2024-0315" << all << false << "" << 0 << false;
        QTest::newRow("day feb 30") << "20240230" << all << false << "" << 0 << false;
        QTest::newRow("day leap") << "20240229" << all << true << "2024-02-29" << day << false;
        QTest::newRow("hour compact") << "2024031508" << od << true << "2024-03-15T08" << hour << false;
        QTest::newRow("hour iso") << "2024-03-15T23" << od << true << "2024-03-15T23" << hour << false;
        QTest::newRow("hour space") << "2024-03-15 00" << od << true << "2024-03-15T00" << hour << false;
        QTest::newRow("hour 24") << "2024031524" << od << false << "" << 0 << false;
        QTest::newRow("hour not table") << "2024031508" << table << false << "" << 0 << false;
        QTest::newRow("year only forms") << "20240315" << int(PeriodForms(PeriodForm::Year)) << false << "" << 0 << false;
        QTest::newRow("empty") << "" << all << false << "" << 0 << false;
        QTest::newRow("text") << "last year" << all << false << "" << 0 << false;
        QTest::newRow("3 digits") << "201" << all << false << "" << 0 << false;
    }
    void periodKeys()
    {
        QFETCH(QString, token);
        QFETCH(int, forms);
        QFETCH(bool, ok);
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(bool, month);
        PeriodKey k;
        k.key = QStringLiteral("untouched");
        QCOMPARE(parsePeriodKey(token, PeriodForms::fromInt(forms), &k), ok);
        if (!ok) {
            QCOMPARE(k.key, QStringLiteral("untouched"));   // no partial output on failure
            return;
        }
        QCOMPARE(k.key, key);
        QCOMPARE(int(k.kind), kind);
        QCOMPARE(k.month, month);
        // Every key it makes is one guessTimeKind recognises as the same kind.
        QCOMPARE(int(guessTimeKind(k.key)), kind);
    }
    void hourOfDayCodes_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("hour");   // -1 = rejected
        QTest::newRow("H") << "7" << 7;
        QTest::newRow("HH") << "07" << 7;
        QTest::newRow("HH 23") << "23" << 23;
        QTest::newRow("HHMM") << "0720" << 7;
        QTest::newRow("HHMM lost zero") << "740" << 7;
        QTest::newRow("HHMM late") << " 2340 " << 23;
        QTest::newRow("midnight") << "0000" << 0;
        QTest::newRow("hour 24") << "24" << -1;
        QTest::newRow("minutes 60") << "0760" << -1;
        QTest::newRow("5 digits") << "07200" << -1;
        QTest::newRow("sign") << "-1" << -1;
        QTest::newRow("colon") << "07:20" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void hourOfDayCodes()
    {
        QFETCH(QString, token);
        QFETCH(int, hour);
        int h = -5;
        QCOMPARE(parseHourOfDayCode(token, &h), hour >= 0);
        QCOMPARE(h, hour >= 0 ? hour : -5);
    }
    void maskedIsDistinctFromMissing()
    {
        QVERIFY(isMasked(maskedValue()));
        QVERIFY(!isMissing(maskedValue()));
        QVERIFY(isMissing(missingValue()));
        QVERIFY(!isMasked(missingValue()));
        QVERIFY(!hasValue(maskedValue()));
        QVERIFY(hasValue(0.0));
        QVERIFY(!isMasked(0.0) && !isMissing(0.0));
    }
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "test_timeaxis.moc"
