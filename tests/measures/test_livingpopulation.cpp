// importLivingPopulation: hanbyul weekly JSON, the 자치구 CSV, the 250 m grid CSV, the official 행정동 schema
// (fixtures), and failures that must name the file, line and field.
#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/MeasureImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kSample = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample");
const QString kHanbyul2019 = kSample + QStringLiteral("/hanbyul_week20190304_dong_hourly_whole.json");
const QString kHanbyul2020 = kSample + QStringLiteral("/hanbyul_week20200309_dong_hourly_whole.json");
const QString kGuFile =
    QStringLiteral(DOSI_SHARED_DATA "/real/living_population/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv");
const QString kGridFile =
    QStringLiteral(DOSI_SHARED_DATA "/real/grid/busycafe_250_LOCAL_RESD_20260708_minimal.cp949.csv");

int rowOf(const MeasureTable& t, const QString& unit, const QString& time)
{
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.units[r] == unit && t.times[r] == time) return r;
    return -1;
}

double valueAt(const MeasureTable& t, const QString& field, const QString& unit, const QString& time)
{
    const int r = rowOf(t, unit, time);
    const int f = t.fieldIndex(field);
    if (r < 0 || f < 0) return -999999;
    return t.columns[f][r];
}

// The 32 columns of the official Seoul 행정동 living-population file.
QString quoted(const QStringList& fields)
{
    QStringList q;
    for (const QString& f : fields) q << QLatin1Char('"') + f + QLatin1Char('"');
    return q.join(QLatin1Char(','));
}

QStringList dongRow(const QString& day, const QString& hour, const QString& code, const QString& total)
{
    QStringList r = {day, hour, code, total};
    for (int i = 0; i < 28; ++i) r << QString::number(100 + i) + QStringLiteral(".12345");
    return r;
}

// Writes lines (already joined) as CP949 with CRLF.
QString writeCp949(const QTemporaryDir& dir, const QString& name, const QStringList& lines)
{
    QStringEncoder enc("windows-949");
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
    f.write(enc.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
    return path;
}

QString writeUtf8(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    return dosi::test::writeFixture(dir, name, bytes);
}

}  // namespace

class TestLivingPopulation : public QObject {
    Q_OBJECT
private slots:
    void fieldNames()
    {
        QCOMPARE(livingPopulationFieldName(QStringLiteral("총생활인구수")), QStringLiteral("total"));
        QCOMPARE(livingPopulationFieldName(QStringLiteral("생활인구합계")), QStringLiteral("total"));
        QCOMPARE(livingPopulationFieldName(QStringLiteral("남자0세부터9세생활인구수")), QStringLiteral("male_0_9"));
        QCOMPARE(livingPopulationFieldName(QStringLiteral("여자65세부터69세생활인구수")), QStringLiteral("female_65_69"));
        QCOMPARE(livingPopulationFieldName(QStringLiteral("여자70세이상생활인구수")), QStringLiteral("female_70_plus"));
        QCOMPARE(livingPopulationFieldName(QStringLiteral("기타")), QStringLiteral("기타"));
    }

    void hanbyul2019()
    {
        auto r = importLivingPopulation({kHanbyul2019}, QStringLiteral("living"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("hanbyul-json"));
        QCOMPARE(t.rowCount(), 424 * 168);
        QCOMPARE(t.rowCount(), 71232);
        QCOMPARE(QSet<QString>(t.units.begin(), t.units.end()).size(), 424);
        QCOMPARE(QSet<QString>(t.times.begin(), t.times.end()).size(), 168);
        QCOMPARE(t.fields, QStringList({"total", "female", "male", "age_band_1", "age_band_2", "age_band_3",
                                        "age_band_4", "age_band_5", "age_band_6"}));
        // First values in the file: code_8 11110530, t[0] = 14993, f[0] = 7928.
        QCOMPARE(t.units[0], QStringLiteral("1111053000"));
        QCOMPARE(t.times[0], QStringLiteral("2019-03-04T00"));
        QCOMPARE(valueAt(t, "total", "1111053000", "2019-03-04T00"), 14993.0);
        QCOMPARE(valueAt(t, "female", "1111053000", "2019-03-04T00"), 7928.0);
        QCOMPARE(t.times[167], QStringLiteral("2019-03-10T23"));
        QCOMPARE(t.units[167], QStringLiteral("1111053000"));
        QCOMPARE(t.times[168], QStringLiteral("2019-03-04T00"));
        // LayerInfo
        QCOMPARE(r->info.name, QStringLiteral("living"));
        QCOMPARE(r->info.kind, LayerKind::Measure);
        QCOMPARE(r->info.timeKind, TimeKind::Hour);
        QVERIFY(r->info.geometryLayer.isEmpty());
        QCOMPARE(r->info.source, QFileInfo(kHanbyul2019).absoluteFilePath());
        QCOMPARE(r->info.rowCount, qint64(71232));
        QCOMPARE(r->info.fields.size(), 9);
        QCOMPARE(r->info.fields[8].name, QStringLiteral("age_band_6"));
        QCOMPARE(r->info.fields[8].description,
                 QStringLiteral("age band 6 as published by the source (bands undocumented)"));
        QCOMPARE(r->rowsRead, 71232);
        QCOMPARE(r->maskedCount, 0);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join('\n')));
        // no hole anywhere in the 2019 file
        for (const auto& column : t.columns)
            for (double v : column) QVERIFY(hasValue(v));
    }

    void hanbyul2020HasNoAgeBand6()
    {
        auto r = importLivingPopulation({kHanbyul2020}, QStringLiteral("living2020"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(t.rowCount(), 71232);
        QCOMPARE(t.times.first(), QStringLiteral("2020-03-09T00"));
        QCOMPARE(valueAt(t, "total", "1111053000", "2020-03-09T00"), 13486.0);
        const QVector<double>& a6 = t.columns[t.fieldIndex("age_band_6")];
        QCOMPARE(a6.size(), 71232);
        for (double v : a6) {
            QVERIFY(std::isnan(v));  // not zero
            QVERIFY(isMissing(v));
        }
        const QVector<double>& a5 = t.columns[t.fieldIndex("age_band_5")];
        QVERIFY(hasValue(a5[0]));
        QVERIFY2(r->warnings.join(' ').contains(QStringLiteral("\"a6\" is absent from 424 of 424 records")),
                 qPrintable(r->warnings.join(' ')));
    }

    void hanbyulBothWeeks()
    {
        int calls = 0, lastDone = -1, lastTotal = 0;
        auto r = importLivingPopulation({kHanbyul2019, kHanbyul2020}, QStringLiteral("weeks"),
                                        [&](int done, int total) {
                                            ++calls;
                                            lastDone = done;
                                            lastTotal = total;
                                            return true;
                                        });
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->table.rowCount(), 2 * 71232);
        QCOMPARE(QSet<QString>(r->table.times.begin(), r->table.times.end()).size(), 336);
        QVERIFY(calls >= 3);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(r->info.source, QFileInfo(kHanbyul2019).absoluteFilePath());
    }

    void sameWeekTwiceIsDuplicate()
    {
        auto twice = importLivingPopulation({kHanbyul2019, kHanbyul2019}, QStringLiteral("dup"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.errorMessage().contains(QStringLiteral("more than once")), qPrintable(twice.errorMessage()));

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy_week20190304.json"));
        QVERIFY(QFile::copy(kHanbyul2019, copy));
        auto r = importLivingPopulation({kHanbyul2019, copy}, QStringLiteral("dup"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().startsWith(QStringLiteral("copy_week20190304.json record 1: unit 1111053000 at "
                                                            "2019-03-04T00 appears twice")),
                 qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("hanbyul_week20190304_dong_hourly_whole.json record 1")));
    }

    void cancel()
    {
        auto r = importLivingPopulation({kHanbyul2019}, QStringLiteral("x"), [](int, int) { return false; });
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("cancel")));
    }

    void hanbyulNeedsWeekInName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("whole.json"));
        QVERIFY(QFile::copy(kHanbyul2019, path));
        auto r = importLivingPopulation({path}, QStringLiteral("x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("whole.json")), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("week")));
    }

    void guFile()
    {
        if (!QFileInfo::exists(kGuFile)) QSKIP("shared real data (DOSI_SHARED_DATA/real/living_population) is not available");
        auto r = importLivingPopulation({kGuFile}, QStringLiteral("gu"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("seoul-gu-csv"));
        QCOMPARE(t.rowCount(), 93000);
        QCOMPARE(r->rowsRead, 93000);
        QCOMPARE(QSet<QString>(t.units.begin(), t.units.end()).size(), 25);
        QSet<QString> days;
        for (const QString& time : t.times) days.insert(time.left(10));
        QCOMPARE(days.size(), 155);
        QVERIFY(days.contains(QStringLiteral("2024-01-01")));
        QVERIFY(days.contains(QStringLiteral("2024-06-05")));
        QCOMPARE(t.fields, QStringList({QStringLiteral("total")}));
        QCOMPARE(r->info.fields[0].description, QStringLiteral("총생활인구수"));
        // First data line of the file: 20240605,00,11110,204218.2552 ; last: 20240101,23,11740,535369.8749
        QCOMPARE(t.units[0], QStringLiteral("11110"));
        QCOMPARE(t.times[0], QStringLiteral("2024-06-05T00"));
        QCOMPARE(t.columns[0][0], 204218.2552);
        QCOMPARE(valueAt(t, "total", "11740", "2024-01-01T23"), 535369.8749);
    }

    void gridFile()
    {
        if (!QFileInfo::exists(kGridFile)) QSKIP("shared real data (DOSI_SHARED_DATA/real/grid) is not available");
        auto r = importLivingPopulation({kGridFile}, QStringLiteral("grid"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("seoul-grid-csv"));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.fields, QStringList({QStringLiteral("total")}));
        QCOMPARE(r->info.fields[0].description, QStringLiteral("생활인구합계"));
        QCOMPARE(t.units, QStringList({QStringLiteral("다사52505325"), QStringLiteral("다사52755375")}));
        QCOMPARE(t.times[0], QStringLiteral("2026-07-08T00"));
        QCOMPARE(t.columns[0][0], 16.41);
        QVERIFY(isMasked(t.columns[0][1]));
        QCOMPARE(r->maskedCount, 1);
    }

    void gridPartialCellsAreSummed()
    {
        QTemporaryDir dir;
        const QStringList lines = {
            QStringLiteral("일자,시간,행정동코드,250M격자,생활인구합계"),
            QStringLiteral("20260708,00,11110515     ,다사52505325,16.41"),
            QStringLiteral("20260708,00,11110530     ,다사52505325,3.59"),
            QStringLiteral("20260708,00,11110515     ,다사52755375,*"),
            QStringLiteral("20260708,00,11110530     ,다사52755375,5"),
            QStringLiteral("20260708,01,11110515     ,다사52755375,*"),
            QStringLiteral("20260708,01,11110530     ,다사52755375,*"),
        };
        auto r = importLivingPopulation({writeCp949(dir, QStringLiteral("grid.csv"), lines)}, QStringLiteral("g"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(valueAt(t, "total", "다사52505325", "2026-07-08T00"), 20.0);
        QCOMPARE(valueAt(t, "total", "다사52755375", "2026-07-08T00"), 5.0);
        QVERIFY(isMasked(valueAt(t, "total", "다사52755375", "2026-07-08T01")));
        QCOMPARE(r->maskedCount, 3);
        QCOMPARE(r->warnings.size(), 1);

        auto dup = importLivingPopulation(
            {writeCp949(dir, QStringLiteral("griddup.csv"), lines.mid(0, 2) + lines.mid(1, 1))}, QStringLiteral("g"));
        QVERIFY(!dup.ok());
        QVERIFY2(dup.errorMessage().contains(QStringLiteral("griddup.csv line 3")), qPrintable(dup.errorMessage()));
    }

    void officialDongSchema()
    {
        QTemporaryDir dir;
        QStringList row2 = dongRow("20190304", "00", "11110530", "14993.12345");
        row2[5] = QStringLiteral("*");      // 남자10세부터14세 masked
        row2[6] = QStringLiteral("540.");   // trailing point
        row2[7] = QStringLiteral(" 12.5 "); // spaces inside the quotes
        const QStringList lines = {quoted(dosi::test::seoulDongHeader()), quoted(row2),
                                   quoted(dongRow("20190304", "01", "11110530", "14807")),
                                   quoted(dongRow("20190304", "00", "11110515", "*"))};
        auto r = importLivingPopulation({writeCp949(dir, QStringLiteral("LOCAL_PEOPLE_DONG_201903.csv"), lines)},
                                        QStringLiteral("dong"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const MeasureTable& t = r->table;
        QCOMPARE(r->format, QStringLiteral("seoul-dong-csv"));
        QCOMPARE(t.fields.size(), 29);
        QCOMPARE(t.fields[0], QStringLiteral("total"));
        QCOMPARE(t.fields[1], QStringLiteral("male_0_9"));
        QCOMPARE(t.fields[14], QStringLiteral("male_70_plus"));
        QCOMPARE(t.fields[15], QStringLiteral("female_0_9"));
        QCOMPARE(t.fields[28], QStringLiteral("female_70_plus"));
        QCOMPARE(r->info.fields[1].description, QStringLiteral("남자0세부터9세생활인구수"));
        QCOMPARE(t.units, QStringList({"1111053000", "1111053000", "1111051500"}));
        QCOMPARE(t.times, QStringList({"2019-03-04T00", "2019-03-04T01", "2019-03-04T00"}));
        QCOMPARE(t.columns[0][0], 14993.12345);
        QVERIFY(isMasked(t.columns[2][0]));
        QCOMPARE(t.columns[3][0], 540.0);
        QCOMPARE(t.columns[4][0], 12.5);
        QVERIFY(isMasked(t.columns[0][2]));
        QCOMPARE(r->maskedCount, 2);
        QCOMPARE(r->rowsRead, 3);

        // The same data as UTF-8 with a BOM, second day: concatenates with the CP949 file.
        QStringList other = {quoted(dosi::test::seoulDongHeader()), quoted(dongRow("20190305", "00", "11110530", "1"))};
        const QString utf8 = writeUtf8(dir, QStringLiteral("LOCAL_PEOPLE_DONG_20190305.csv"),
                                       "\xEF\xBB\xBF" + other.join(QStringLiteral("\r\n")).toUtf8());
        auto both = importLivingPopulation({dir.filePath(QStringLiteral("LOCAL_PEOPLE_DONG_201903.csv")), utf8},
                                           QStringLiteral("dong"));
        QVERIFY2(both.ok(), qPrintable(both.errorMessage()));
        QCOMPARE(both->table.rowCount(), 4);
        QCOMPARE(both->table.times.last(), QStringLiteral("2019-03-05T00"));
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");
        const QString header = quoted(dosi::test::seoulDongHeader());
        const QString good = quoted(dongRow("20190304", "00", "11110530", "1"));
        const QString good2 = quoted(dongRow("20190304", "02", "11110530", "1"));
        QStringList shortRow = dongRow("20190304", "01", "11110530", "1");
        shortRow.removeLast();
        QTest::newRow("column count") << QStringList{header, good, good2, quoted(shortRow)}
                                      << QStringList{"bad.csv", "line 4", "32", "31"};
        QTest::newRow("not a number")
            << QStringList{header, quoted(dongRow("20190304", "00", "11110530", "1")),
                           quoted(dongRow("20190304", "01", "11110530", "12a"))}
            << QStringList{"bad.csv line 3, field 총생활인구수: \"12a\" is not a number"};
        QTest::newRow("duplicate")
            << QStringList{header, quoted(dongRow("20190304", "00", "11110530", "1")),
                           quoted(dongRow("20190304", "01", "11110530", "1")),
                           quoted(dongRow("20190304", "00", "11110530", "2"))}
            << QStringList{"bad.csv line 4", "1111053000", "2019-03-04T00", "bad.csv line 2"};
        QTest::newRow("bad hour") << QStringList{header, quoted(dongRow("20190304", "24", "11110530", "1"))}
                                  << QStringList{"bad.csv line 2", "시간대구분", "24"};
        QTest::newRow("bad date") << QStringList{header, quoted(dongRow("20190230", "01", "11110530", "1"))}
                                  << QStringList{"bad.csv line 2", "기준일ID", "20190230"};
        QTest::newRow("unknown schema") << QStringList{"date,hour,code,total", "20190304,00,11110530,1"}
                                        << QStringList{"bad.csv", "not a known living-population file"};
        QTest::newRow("header only") << QStringList{header} << QStringList{"bad.csv", "no data"};
    }
    void badInputs()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto r = importLivingPopulation({writeCp949(dir, QStringLiteral("bad.csv"), lines)}, QStringLiteral("x"));
        QVERIFY(!r.ok());
        for (const QString& e : expected) QVERIFY2(r.errorMessage().contains(e), qPrintable(r.errorMessage()));
    }

    void mixedFormatsRejected()
    {
        if (!QFileInfo::exists(kGuFile)) QSKIP("shared real data is not available");
        auto r = importLivingPopulation({kHanbyul2019, kGuFile}, QStringLiteral("x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QFileInfo(kGuFile).fileName()), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("hanbyul-json")));
        auto none = importLivingPopulation({}, QStringLiteral("x"));
        QVERIFY(!none.ok());
        auto missing = importLivingPopulation({QStringLiteral("/no/such/living.csv")}, QStringLiteral("x"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("living.csv")));
    }
};

QTEST_GUILESS_MAIN(TestLivingPopulation)
#include "test_livingpopulation.moc"
