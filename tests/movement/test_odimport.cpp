// OD importers: the real OA-22300 sample checked row by row, HH/HHMM time codes, masked counts,
// generic OD tables (KOSTAT-style monthly migration, CP949), bad input, zone report and net flows.
#include "dosi/core/Values.h"
#include "dosi/gis/OdImport.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kSample =
    QStringLiteral(DOSI_SHARED_DATA "/real/mobility/busycafe_purpose_od_OA-22300_sample_20260630.csv");
const QString kHeader = QStringLiteral(
    "o_admdong_cd,d_admdong_cd,st_time_cd,fns_time_cd,in_forn_div_nm,forn_citiz_nm,move_purpose,move_dist,move_time,"
    "cnt,etl_ymd\n");

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    return dosi::test::writeFixture(dir, name, bytes);
}

int rowOf(const MeasureTable& t, const QString& unit, const QString& time)
{
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.units[r] == unit && t.times[r] == time) return r;
    return -1;
}

double at(const MeasureTable& t, int row, const QString& field) { return t.columns[t.fieldIndex(field)][row]; }

}  // namespace

class TestOdImport : public QObject {
    Q_OBJECT
private slots:
    // Every row of the real 5-row sample, checked by hand against the file:
    //  1  11410710,41285000,0700,...,1,17885,86,3.27,20260630 -> 1141071000>41285000 @ 2026-06-30T07, 출근, 3.27
    //  2  11410710,41285000,05,...  ,1,13147,71,3.50          -> 1141071000>41285000 @ T05, 출근, 3.50
    //  3  11410710,41287000,0740,...,1,17660, 0,2.92          -> 1141071000>41287000 @ T07, 출근, 2.92
    //  4  11410720,11110615,0800,...,1, 5962,175,3.50         -> 1141072000>1111061500 @ T08, 출근, 3.50
    //  5  11440600,11440600,1820,...,7,    0,114,3.70         -> 1144060000>1144060000 @ T18, 기타, 3.70
    void realSample()
    {
        auto r = importSeoulMovement({kSample}, QStringLiteral("movement"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const OdImport& od = r.value();
        QCOMPARE(od.format, QStringLiteral("seoul-od-csv"));
        QCOMPARE(od.rowsRead, 5);
        QCOMPARE(od.maskedRecords, 0);
        QCOMPARE(od.table.rowCount(), 5);
        QCOMPARE(od.info.timeKind, TimeKind::Hour);
        QCOMPARE(od.info.kind, LayerKind::Measure);
        QVERIFY(isOdLayer(od.info));
        QCOMPARE(od.table.fields,
                 QStringList({"count", "p1_commute", "p2_school", "p3_home", "p4_shopping", "p5_tourism",
                              "p6_hospital", "p7_other", "masked", "mean_dist_m", "mean_time_min"}));
        struct Expect {
            const char* unit;
            const char* time;
            int purpose;
            double count, dist, minutes;
        };
        const Expect rows[] = {
            {"1141071000>41285000", "2026-06-30T07", 1, 3.27, 17885, 86},
            {"1141071000>41285000", "2026-06-30T05", 1, 3.50, 13147, 71},
            {"1141071000>41287000", "2026-06-30T07", 1, 2.92, 17660, 0},
            {"1141072000>1111061500", "2026-06-30T08", 1, 3.50, 5962, 175},
            {"1144060000>1144060000", "2026-06-30T18", 7, 3.70, 0, 114},
        };
        for (const Expect& e : rows) {
            const int row = rowOf(od.table, QLatin1String(e.unit), QLatin1String(e.time));
            QVERIFY2(row >= 0, e.unit);
            QCOMPARE(at(od.table, row, "count"), e.count);
            for (int p = 1; p <= 7; ++p)
                QCOMPARE(at(od.table, row, odPurposeFields()[p - 1]), p == e.purpose ? e.count : 0.0);
            QCOMPARE(at(od.table, row, "masked"), 0.0);
            QCOMPARE(at(od.table, row, "mean_dist_m"), e.dist);
            QCOMPARE(at(od.table, row, "mean_time_min"), e.minutes);
        }
        QCOMPARE(od.zones, QStringList({"1111061500", "1141071000", "1141072000", "1144060000", "41285000", "41287000"}));

        // Zones outside the loaded boundaries (here: a boundary list holding the four Seoul dongs).
        const OdZoneReport rep =
            odZoneReport(od.table, {"1111061500", "1141071000", "1141072000", "1144060000", "1168064000"});
        QCOMPARE(rep.matched, QStringList({"1111061500", "1141071000", "1141072000", "1144060000"}));
        QCOMPARE(rep.outside, QStringList({"41285000", "41287000"}));
        QCOMPARE(rep.recordsOutside, 3);
        QCOMPARE(rep.summary(), QStringLiteral("4 of 6 zones in the boundaries; 2 outside (3 OD rows): 41285000, 41287000"));
    }

    void mixedTimeCodesAggregate()
    {
        QTemporaryDir dir;
        QByteArray text = kHeader.toUtf8();
        text += "11110530,11680640,07,08,내국인,한국,1,1000,10,2.00,20190304\n"
                "11110530,11680640,0700,0720,내국인,한국,1,3000,30,4.00,20190304\n"
                "11110530,11680640,0720,0740,내국인,한국,2,2000,20,1.50,20190304\n"
                "11110530,11680640,0740,08,장기외국인,기타,1,2000,20,0.50,20190304\n"
                "11110530,11680640,740,08,단기외국인,기타,4,2000,20,1.00,20190304\n"   // leading zero lost
                "11110530,11680640,0800,0820,내국인,한국,3,5000,50,7.00,20190304\n"
                "11110530,11680640,23,0020,내국인,한국,3,5000,50,1.25,20190305\n";
        auto r = importSeoulMovement({write(dir, "mixed.csv", text)}, QStringLiteral("m"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(t.rowCount(), 3);
        const int h7 = rowOf(t, "1111053000>1168064000", "2019-03-04T07");
        QVERIFY(h7 >= 0);
        QCOMPARE(at(t, h7, "count"), 9.0);          // 2 + 4 + 1.5 + 0.5 + 1
        QCOMPARE(at(t, h7, "p1_commute"), 6.5);     // 2 + 4 + 0.5
        QCOMPARE(at(t, h7, "p2_school"), 1.5);
        QCOMPARE(at(t, h7, "p4_shopping"), 1.0);
        QCOMPARE(at(t, h7, "p3_home"), 0.0);
        // count-weighted: (1000*2 + 3000*4 + 2000*1.5 + 2000*0.5 + 2000*1) / 9
        QVERIFY(qAbs(at(t, h7, "mean_dist_m") - 20000.0 / 9.0) < 1e-9);
        const int h8 = rowOf(t, "1111053000>1168064000", "2019-03-04T08");
        QCOMPARE(at(t, h8, "p3_home"), 7.0);
        QVERIFY(rowOf(t, "1111053000>1168064000", "2019-03-05T23") >= 0);
    }

    void maskedCounts()
    {
        QTemporaryDir dir;
        QByteArray text = kHeader.toUtf8();
        text += "11110530,11680640,07,08,내국인,한국,1,1000,10,2.00,20190304\n"
                "11110530,11680640,0720,08,내국인,한국,1,1000,10,*,20190304\n"
                "11110530,11680640,0740,08,내국인,한국,4,1000,10,*,20190304\n"
                "11110530,11110530,09,10,내국인,한국,4,0,10,*,20190304\n"
                "11110530,11110530,0920,10,내국인,한국,4,0,10,*,20190304\n";
        auto r = importSeoulMovement({write(dir, "masked.csv", text)}, QStringLiteral("m"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->maskedRecords, 4);
        QCOMPARE(r->maskedCells, 1);
        const int a = rowOf(t, "1111053000>1168064000", "2019-03-04T07");
        QCOMPARE(at(t, a, "count"), 2.0);                 // the known part only
        QCOMPARE(at(t, a, "masked"), 2.0);                // two masked records left out
        QCOMPARE(at(t, a, "p1_commute"), 2.0);
        QVERIFY(isMasked(at(t, a, "p4_shopping")));       // its only record was masked: not zero
        const int b = rowOf(t, "1111053000>1111053000", "2019-03-04T09");
        QVERIFY(isMasked(at(t, b, "count")));
        QCOMPARE(at(t, b, "masked"), 2.0);
        QVERIFY(isMissing(at(t, b, "mean_dist_m")));
        QVERIFY(r->warnings.join(' ').contains("4 record(s) had a masked count"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "11110530,11680640,07,08,내국인,한국,1,1000,10,2.00,20190304\n";
        QTest::newRow("missing column")
            << QByteArray("o_admdong_cd,d_admdong_cd,st_time_cd,fns_time_cd,move_purpose,etl_ymd\n"
                          "11110530,11680640,07,08,1,20190304\n")
            << "bad.csv line 1: column \"cnt\" is missing";
        QTest::newRow("non-numeric count") << kHeader.toUtf8() + ok
                                                  + "11110530,11680640,07,08,내국인,한국,1,1000,10,3.x,20190304\n"
                                           << "bad.csv line 3, column cnt: \"3.x\" is not a count";
        QTest::newRow("bad hour") << kHeader.toUtf8() + "11110530,11680640,25,08,내국인,한국,1,1000,10,2,20190304\n"
                                  << "bad.csv line 2, column st_time_cd: \"25\" is not a time code";
        QTest::newRow("bad minutes") << kHeader.toUtf8() + ok
                                            + "11110530,11680640,0761,08,내국인,한국,1,1000,10,2.00,20190304\n"
                                     << "bad.csv line 3, column st_time_cd: \"0761\" is not a time code";
        QTest::newRow("bad finish") << kHeader.toUtf8() + "11110530,11680640,07,8a,내국인,한국,1,1000,10,2,20190304\n"
                                    << "bad.csv line 2, column fns_time_cd: \"8a\" is not a time code";
        QTest::newRow("bad purpose") << kHeader.toUtf8() + "11110530,11680640,07,08,내국인,한국,9,1000,10,2,20190304\n"
                                     << "bad.csv line 2, column move_purpose: \"9\" is not a movement purpose code";
        QTest::newRow("bad date") << kHeader.toUtf8() + "11110530,11680640,07,08,내국인,한국,1,1000,10,2,20190230\n"
                                  << "bad.csv line 2, column etl_ymd: \"20190230\" is not a date";
        QTest::newRow("empty origin") << kHeader.toUtf8() + ",11680640,07,08,내국인,한국,1,1000,10,2,20190304\n"
                                      << "bad.csv line 2, column o_admdong_cd: the origin code is empty.";
        QTest::newRow("duplicate row") << kHeader.toUtf8() + ok + ok
                                       << "bad.csv line 3: the record repeats line 2 exactly";
        QTest::newRow("short row") << kHeader.toUtf8() + "11110530,11680640,07,08\n"
                                   << "bad.csv line 2: expected 11 fields as in the header, found 4.";
        QTest::newRow("header only") << kHeader.toUtf8() << "bad.csv has a header but no data rows.";
        QTest::newRow("empty file") << QByteArray() << "bad.csv is empty";
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto r = importSeoulMovement({write(dir, "bad.csv", body)}, QStringLiteral("m"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
    }

    void sameFileTwice()
    {
        auto r = importSeoulMovement({kSample, kSample}, QStringLiteral("m"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains("busycafe_purpose_od_OA-22300_sample_20260630.csv is given twice"),
                 qPrintable(r.errorMessage()));
    }

    void header()
    {
        QVERIFY(isSeoulMovementHeader(kHeader.trimmed().split(',')));
        QVERIFY(!isSeoulMovementHeader({"origin", "dest", "month", "n"}));
    }

    // KOSTAT-style monthly migration (전출 = origin, 전입 = destination), CP949, broken down by sex (summed).
    void genericMonthlyTable()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral(
            "전출행정구역코드,전입행정구역코드,전입연월,성별,이동자수\n"
            "11110,11680,202403,1,120\n"
            "11110,11680,202403,2,95\n"
            "11680,11110,202403,1,*\n"
            "11680,11110,202403,2,40\n"
            "11110,11680,202404,1,*\n"
            "1111053000,11680640,202404,1,7\n");
        QStringEncoder enc("windows-949");
        QVERIFY(enc.isValid());
        const QString path = write(dir, "migration.csv", enc.encode(text));
        auto r = importOdTable(path, QStringLiteral("mig"), QStringLiteral("전출행정구역코드"),
                               QStringLiteral("전입행정구역코드"), QStringLiteral("전입연월"), QStringLiteral("이동자수"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("od-table-csv"));
        QCOMPARE(r->info.timeKind, TimeKind::Day);
        QCOMPARE(r->rowsRead, 6);
        QCOMPARE(r->maskedRecords, 2);
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(at(t, rowOf(t, "11110>11680", "2024-03-01"), "count"), 215.0);
        const int back = rowOf(t, "11680>11110", "2024-03-01");
        QCOMPARE(at(t, back, "count"), 40.0);
        QCOMPARE(at(t, back, "masked"), 1.0);
        QVERIFY(isMasked(at(t, rowOf(t, "11110>11680", "2024-04-01"), "count")));
        QCOMPARE(at(t, rowOf(t, "1111053000>1168064000", "2024-04-01"), "count"), 7.0);  // 8-digit -> MOIS 10
        QVERIFY(r->warnings.join(' ').contains("YYYY-MM-01"));

        // Periods of other kinds; no period column.
        const QString q = write(dir, "q.csv", "o,d,q,n\n1,2,2024Q1,3\n1,2,2024 Q2,4\n");
        auto rq = importOdTable(q, "q", "o", "d", "q", "n");
        QVERIFY2(rq.ok(), qPrintable(rq.errorMessage()));
        QCOMPARE(rq->info.timeKind, TimeKind::Quarter);
        QCOMPARE(rq->table.times, QStringList({"2024Q1", "2024Q2"}));
        auto rn = importOdTable(q, "q", "o", "d", QString(), "n");
        QVERIFY2(rn.ok(), qPrintable(rn.errorMessage()));
        QCOMPARE(rn->info.timeKind, TimeKind::None);
        QCOMPARE(rn->table.rowCount(), 1);
        QCOMPARE(at(rn->table, 0, "count"), 7.0);
    }

    void genericBadInput()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "t.csv", "o,d,month,n\n1,2,202403,3\n1,2,2024-13,4\n");
        auto missing = importOdTable(path, "x", "o", "d", "month", "count");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorMessage().contains("t.csv line 1: column \"count\" is missing; its columns are: o, d, month, n"),
                 qPrintable(missing.errorMessage()));
        auto badPeriod = importOdTable(path, "x", "o", "d", "month", "n");
        QVERIFY(!badPeriod.ok());
        QVERIFY2(badPeriod.errorMessage().contains("t.csv line 3, column month: \"2024-13\" is not a period"),
                 qPrintable(badPeriod.errorMessage()));
        const QString mixed = write(dir, "m.csv", "o,d,p,n\n1,2,2024,3\n1,2,202403,4\n");
        auto mixedKinds = importOdTable(mixed, "x", "o", "d", "p", "n");
        QVERIFY(!mixedKinds.ok());
        QVERIFY2(mixedKinds.errorMessage().contains("m.csv line 3, column p: \"202403\" is a day but earlier rows hold year"),
                 qPrintable(mixedKinds.errorMessage()));
        const QString text = write(dir, "n.csv", "o,d,p,n\n1,2,2024,three\n");
        auto nonNumeric = importOdTable(text, "x", "o", "d", "p", "n");
        QVERIFY(!nonNumeric.ok());
        QVERIFY2(nonNumeric.errorMessage().contains("n.csv line 2, column n: \"three\" is not a count"),
                 qPrintable(nonNumeric.errorMessage()));
    }

    // Hand example: A->B 10, B->A 4, A->A 3 (internal), A->C masked, C->A masked.
    void netFlowsByHand()
    {
        MeasureTable od;
        od.fields = {"count"};
        od.columns.resize(1);
        const QString t = "2019-03-04T08";
        od.addRow("A>B", t, {10});
        od.addRow("B>A", t, {4});
        od.addRow("A>A", t, {3});
        od.addRow("A>C", t, {maskedValue()});
        od.addRow("C>A", t, {maskedValue()});
        od.addRow("A>B", "2019-03-04T09", {1});
        const QVector<NetFlow> f = netFlows(od);
        QCOMPARE(f.size(), 5);  // A@08, A@09, B@08, B@09, C@08
        QCOMPARE(f[0].zone, QStringLiteral("A"));
        QCOMPARE(f[0].time, t);
        QCOMPARE(f[0].inflow, 4.0);
        QCOMPARE(f[0].outflow, 10.0);
        QCOMPARE(f[0].internal, 3.0);
        QCOMPARE(f[0].net, -6.0);
        QCOMPARE(f[0].masked, 2);
        QCOMPARE(f[1].zone, QStringLiteral("A"));
        QCOMPARE(f[1].outflow, 1.0);
        QCOMPARE(f[1].net, -1.0);
        QCOMPARE(f[2].zone, QStringLiteral("B"));
        QCOMPARE(f[2].inflow, 10.0);
        QCOMPARE(f[2].outflow, 4.0);
        QCOMPARE(f[2].net, 6.0);
        QCOMPARE(f[2].masked, 0);
        QCOMPARE(f[4].zone, QStringLiteral("C"));
        QVERIFY(isMasked(f[4].inflow));
        QVERIFY(isMasked(f[4].outflow));
        QVERIFY(isMasked(f[4].net));
        QCOMPARE(f[4].masked, 2);

        const MeasureTable nt = netFlowTable(f);
        QCOMPARE(nt.fields, QStringList({"inflow", "outflow", "internal", "net", "masked"}));
        QCOMPARE(nt.rowCount(), 5);
        QCOMPARE(nt.units[2], QStringLiteral("B"));
        QCOMPARE(nt.columns[3][2], 6.0);

        // Real sample: 1141071000 sends 3.27 + 3.50 + ... out; the 대흥동 loop is internal.
        auto r = importSeoulMovement({kSample}, "m");
        QVERIFY(r.ok());
        double out07 = 0;
        for (const NetFlow& n : netFlows(r->table))
            if (n.zone == "1141071000" && n.time == "2026-06-30T07") out07 = n.outflow;
            else if (n.zone == "1144060000") QCOMPARE(n.internal, 3.70);
        QVERIFY(qAbs(out07 - (3.27 + 2.92)) < 1e-12);
    }

    void unitHelpers()
    {
        QString o, d;
        QVERIFY(splitOdUnit("1111053000>1168064000", &o, &d));
        QCOMPARE(o, QStringLiteral("1111053000"));
        QCOMPARE(d, QStringLiteral("1168064000"));
        QVERIFY(!splitOdUnit("1111053000", &o, &d));
        QVERIFY(!splitOdUnit(">x", &o, &d));
        QVERIFY(!splitOdUnit("a>b>c", &o, &d));
        QCOMPARE(odUnit("a", "b"), QStringLiteral("a>b"));
        LayerInfo info;
        setOdZoneLayer(info, "dong");
        QVERIFY(isOdLayer(info));
        QCOMPARE(info.geometryLayer, QStringLiteral("dong"));
        QCOMPARE(info.style.value("zones").toString(), QStringLiteral("dong"));
    }
};

QTEST_GUILESS_MAIN(TestOdImport)
#include "test_odimport.moc"
