// importTable (indicator tables keyed by unit and time) and the code-system helpers / join report.
#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/MeasureImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kPop5 = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/kingkangzza_POP5_2017-2021_seoul_daejeon.csv");

QString writeUtf8(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
    f.write(text.toUtf8());
    return path;
}

int rowOf(const MeasureTable& t, const QString& unit, const QString& time)
{
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.units[r] == unit && t.times[r] == time) return r;
    return -1;
}

}  // namespace

class TestTableImport : public QObject {
    Q_OBJECT
private slots:
    void codeSystems_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("system");
        QTest::addColumn<QString>("mois");
        QTest::newRow("mois") << "1111053000" << int(CodeSystem::Mois10) << "1111053000";
        QTest::newRow("seoul8") << "11110530" << int(CodeSystem::Seoul8) << "1111053000";
        QTest::newRow("seoul8 padded") << "11110515     " << int(CodeSystem::Seoul8) << "1111051500";
        QTest::newRow("seoul8 float") << "11110530.0" << int(CodeSystem::Seoul8) << "1111053000";
        QTest::newRow("kostat") << "1101053" << int(CodeSystem::Kostat7) << "1101053";
        QTest::newRow("gu") << "11110" << int(CodeSystem::Gu5) << "11110";
        QTest::newRow("grid cell") << "다사52505325" << int(CodeSystem::Unknown) << "다사52505325";
        QTest::newRow("six digits") << "111105" << int(CodeSystem::Unknown) << "111105";
        QTest::newRow("letters") << "1111053a" << int(CodeSystem::Unknown) << "1111053a";
        QTest::newRow("empty") << "" << int(CodeSystem::Unknown) << "";
    }
    void codeSystems()
    {
        QFETCH(QString, code);
        QFETCH(int, system);
        QFETCH(QString, mois);
        QCOMPARE(int(detectCodeSystem(code)), system);
        QCOMPARE(toMois10(code), mois);
    }

    void joinReportCounts()
    {
        // layer: 4 dongs (one listed twice); table: 3 of them plus two foreign codes, with repeats (many times).
        const QStringList layer = {"1111053000", "1111051500", "1111054000", "1111055000", "1111053000"};
        const QStringList table = {"1111053000", "1111053000", "1111051500", "1111054000", "4128500000",
                                   "1101053", "4128500000"};
        const JoinReport r = joinReport(layer, table);
        QCOMPARE(r.matched, 3);
        QCOMPARE(r.layerUnits, 4);
        QCOMPARE(r.unmatchedInTable, QStringList({"1101053", "4128500000"}));
        QCOMPARE(r.unitsWithoutData, QStringList({"1111055000"}));
        QCOMPARE(r.summary(), QStringLiteral("3 of 4 units matched; 2 table codes unmatched: 1101053, 4128500000; "
                                             "1 unit without data: 1111055000"));
        const JoinReport all = joinReport({"a", "b"}, {"b", "a"});
        QCOMPARE(all.matched, 2);
        QCOMPARE(all.summary(), QStringLiteral("2 of 2 units matched; 0 table codes unmatched"));
        QStringList many;
        for (int i = 0; i < 12; ++i) many << QStringLiteral("x%1").arg(i, 2, 10, QLatin1Char('0'));
        const JoinReport cut = joinReport({}, many);
        QCOMPARE(cut.unmatchedInTable.size(), 12);
        QVERIFY2(cut.summary().endsWith(QStringLiteral("x09, … (2 more)")), qPrintable(cut.summary()));
    }

    void pop5ByCodeAndYear()
    {
        auto r = importTable(kPop5, QStringLiteral("pop5"), QStringLiteral("CODE_AD"), QStringLiteral("YEAR"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("table-csv"));
        QCOMPARE(t.rowCount(), 2520);
        QCOMPARE(r->rowsRead, 2520);
        QCOMPARE(r->info.timeKind, TimeKind::Year);
        QCOMPARE(r->info.kind, LayerKind::Measure);
        QCOMPARE(r->info.source, QFileInfo(kPop5).absoluteFilePath());
        QSet<QString> years(t.times.begin(), t.times.end());
        QCOMPARE(years, QSet<QString>({"2017", "2018", "2019", "2020", "2021"}));
        // ALL, 0_4 ... 95_99, 100_ : 22 numeric fields; index, SD, SGG, NAME_AD, CODE, CODE_AD, YEAR are not fields
        QCOMPARE(t.fields.size(), 22);
        QCOMPARE(t.fields.first(), QStringLiteral("ALL"));
        QCOMPARE(t.fields.last(), QStringLiteral("100_"));
        QVERIFY(!t.fields.contains(QStringLiteral("CODE")));
        QVERIFY(!t.fields.contains(QString()));
        QCOMPARE(r->info.fields.size(), 22);
        // From the file: "0,서울특별시,종로구,청운효자동,1101072,1111051500,13272.0,455.0,...,2017"
        const int row2017 = rowOf(t, "1111051500", "2017");
        QVERIFY(row2017 >= 0);
        QCOMPARE(t.columns[t.fieldIndex("ALL")][row2017], 13272.0);
        QCOMPARE(t.columns[t.fieldIndex("0_4")][row2017], 455.0);
        // and its 2021 row: ALL 11978.0, 100_ 2.0
        const int row2021 = rowOf(t, "1111051500", "2021");
        QCOMPARE(t.columns[t.fieldIndex("ALL")][row2021], 11978.0);
        QCOMPARE(t.columns[t.fieldIndex("100_")][row2021], 2.0);
        // warnings: text columns listed, the code column listed separately, the index column not at all
        const QString warnings = r->warnings.join('\n');
        QVERIFY2(warnings.contains(QStringLiteral("text columns skipped: SD, SGG, NAME_AD")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("code columns not imported: CODE")), qPrintable(warnings));
        QCOMPARE(r->warnings.size(), 2);
    }

    void noTimeColumn()
    {
        QTemporaryDir dir;
        const QString path = writeUtf8(dir, QStringLiteral("idx.csv"),
                                       QStringLiteral("Unnamed: 0;행정동코드;지수;메모\r\n"
                                                      "0;11110530;1,5;a\r\n"  // ';' delimiter: "1,5" is not a number
                                                      "1;11110515;2;b\r\n"));
        auto bad = importTable(path, QStringLiteral("i"), QStringLiteral("행정동코드"));
        QVERIFY(!bad.ok());  // 지수 and 메모 are text -> nothing numeric left
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("idx.csv")), qPrintable(bad.errorMessage()));

        const QString good = writeUtf8(dir, QStringLiteral("idx2.csv"),
                                       QStringLiteral("Unnamed: 0,행정동코드,지수,메모\n"
                                                      "0,11110530,1.5,a\n"
                                                      "1,11110515,*,b\n"
                                                      "2,1111054000,,c\n"));
        auto r = importTable(good, QStringLiteral("i"), QStringLiteral("행정동코드"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->info.timeKind, TimeKind::None);
        QCOMPARE(r->table.units, QStringList({"1111053000", "1111051500", "1111054000"}));
        QCOMPARE(r->table.times, QStringList({"", "", ""}));
        QCOMPARE(r->table.fields, QStringList({"지수"}));
        QCOMPARE(r->table.columns[0][0], 1.5);
        QVERIFY(isMasked(r->table.columns[0][1]));
        QVERIFY(isMissing(r->table.columns[0][2]));
        QCOMPARE(r->maskedCount, 1);
        QCOMPARE(r->warnings, QStringList({QStringLiteral("idx2.csv: text columns skipped: 메모")}));
    }

    void timeKinds_data()
    {
        QTest::addColumn<QString>("t1");
        QTest::addColumn<QString>("t2");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("k1");
        QTest::addColumn<QString>("k2");
        QTest::newRow("year") << "2017" << "2018.0" << int(TimeKind::Year) << "2017" << "2018";
        QTest::newRow("day") << "20190304" << "2019-03-05" << int(TimeKind::Day) << "2019-03-04" << "2019-03-05";
        QTest::newRow("quarter") << "2024Q1" << "20242" << int(TimeKind::Quarter) << "2024Q1" << "2024Q2";
        QTest::newRow("quarter spaced") << "2024 Q3" << "2024-Q4" << int(TimeKind::Quarter) << "2024Q3" << "2024Q4";
    }
    void timeKinds()
    {
        QFETCH(QString, t1);
        QFETCH(QString, t2);
        QFETCH(int, kind);
        QFETCH(QString, k1);
        QFETCH(QString, k2);
        QTemporaryDir dir;
        const QString path = writeUtf8(dir, QStringLiteral("t.csv"),
                                       QStringLiteral("gu_cd,when,value\n11110,%1,1\n11110,%2,2\n").arg(t1, t2));
        auto r = importTable(path, QStringLiteral("t"), QStringLiteral("gu_cd"), QStringLiteral("when"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(int(r->info.timeKind), kind);
        QCOMPARE(r->table.times, QStringList({k1, k2}));
        QCOMPARE(r->table.units, QStringList({"11110", "11110"}));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("missing key") << "a,b\n1,2\n" << "code" << "" << QStringList{"f.csv", "\"code\"", "a, b"};
        QTest::newRow("missing time") << "code,b\n1,2\n" << "code" << "YEAR" << QStringList{"f.csv", "\"YEAR\""};
        QTest::newRow("column count") << "code,YEAR,v\n11110,2017,1\n11140,2017\n" << "code" << "YEAR"
                                      << QStringList{"f.csv line 3", "3", "2"};
        QTest::newRow("bad year") << "code,YEAR,v\n11110,2017,1\n11140,17,1\n" << "code" << "YEAR"
                                  << QStringList{"f.csv line 3, field YEAR", "\"17\""};
        QTest::newRow("mixed kinds") << "code,YEAR,v\n11110,2017,1\n11140,2017Q1,1\n" << "code" << "YEAR"
                                     << QStringList{"f.csv line 3, field YEAR", "quarter", "year"};
        QTest::newRow("duplicate") << "code,YEAR,v\n11110530,2017,1\n11110515,2017,1\n1111053000,2017,2\n" << "code"
                                   << "YEAR" << QStringList{"f.csv line 4", "1111053000", "line 2"};
        QTest::newRow("empty key") << "code,v\n11110,1\n,2\n" << "code" << ""
                                   << QStringList{"f.csv line 3, field code"};
    }
    void failures()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, time);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto r = importTable(writeUtf8(dir, QStringLiteral("f.csv"), text), QStringLiteral("f"), key, time);
        QVERIFY(!r.ok());
        for (const QString& e : expected) QVERIFY2(r.errorMessage().contains(e), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "test_tableimport.moc"
