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
