// importSales / placeCommercialAreas on the real 상권분석서비스 samples (ejjunm 2024/2025, 100 rows each),
// the real OA-15560 commercial-area tables (scksh 2023-06, woocastle 2021-12 CP949) and the real Seoul
// 행정동 boundaries (ver20210401), plus bad input.
#include "TestFiles.h"
#include "dosi/core/Values.h"
#include "dosi/gis/Crs.h"
#include "dosi/gis/SalesImport.h"
#include "dosi/gis/VectorImport.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

QString commercial(const QString& name)
{
    return QStringLiteral(DOSI_SHARED_DATA "/real/commercial/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

// Distance from a point to the boundary of a polygon (plain geometry, independent of GEOS).
double boundaryDistance(const QPointF& p, const Geometry& g)
{
    double best = 1e300;
    for (const Polygon& poly : g.polygons)
        for (const Ring& ring : poly.rings)
            for (int i = 1; i < ring.size(); ++i) best = std::min(best, segmentDistance(p, ring[i - 1], ring[i]));
    return best;
}

double value(const MeasureTable& t, const QString& unit, const QString& time, const QString& field)
{
    const int fi = t.fieldIndex(field);
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.units[r] == unit && t.times[r] == time) return fi >= 0 ? t.columns[fi][r] : missingValue();
    return missingValue();
}

}  // namespace

class TestSalesImport : public QObject {
    Q_OBJECT

private:
    QVector<Geometry> m_dongs;
    QStringList m_codes;

    // A 상권 is an area and X/Y its representative point, and the areas file is newer than the boundaries:
    // a few points sit just across a dong line from the dong the file names. Require the agreement share
    // and that every disagreeing point lies within maxMetres of the polygon of the dong its file names
    // (so a disagreement is an edge case, not a misplacement).
    void checkDisagreements(const SalesPlacement& placed, double minShare, double maxMetres)
    {
        qInfo("%s: agree %d of %d (%.2f %%)", qPrintable(QFileInfo(placed.areasFile).fileName()), placed.agreeing,
              placed.withFileCode, 100.0 * placed.agreementShare());
        QVERIFY(placed.agreementShare() >= minShare);
        double worst = 0;
        int known = 0;
        for (const QString& d : placed.disagreeing) {
            const QString area = d.section(QLatin1Char(':'), 0, 0);
            const QString fileDong = d.section(QStringLiteral("file "), 1).section(QLatin1Char(','), 0, 0);
            const int idx = int(m_codes.indexOf(fileDong));
            if (idx < 0) continue;  // a dong code newer than the 2021 boundaries
            ++known;
            worst = std::max(worst, boundaryDistance(placed.areaPoint.value(area), m_dongs[idx]));
        }
        qInfo("  %d disagreeing with a known dong; farthest %.0f m from it", known, worst);
        QVERIFY(worst < maxMetres);
    }

    Result<SalesImport> importBoth(const QString& areas)
    {
        return importSales({commercial(QStringLiteral("ejjunm_sample_sales_2024.csv")),
                            commercial(QStringLiteral("ejjunm_sample_sales_2025.csv"))},
                           areas, m_dongs, m_codes, QStringLiteral("sales"));
    }

private slots:
    void initTestCase()
    {
        VectorImportOptions o;
        o.codeField = QStringLiteral("adm_cd2");
        auto dongs = importVector(QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson"),
                                  QStringLiteral("dongs"), o);
        QVERIFY2(dongs, qPrintable(dongs.errorMessage()));
        const int idx = dongs->info.fieldIndex(QStringLiteral("adm_cd2"));
        for (const FeatureRecord& f : dongs->features) {
            m_dongs << Geometry::fromWkb(f.wkb);
            m_codes << f.values[idx].toString();
        }
        QCOMPARE(m_dongs.size(), 425);
    }

    // EPSG:5181 -> 5179 of 상권 3110008 (배화여자대학교, X 197093, Y 453418 in scksh_trade_area_OA-15560.csv).
    // Golden value: echo "197093 453418" | gdaltransform -s_srs EPSG:5181 -t_srs EPSG:5179 -output_xy
    //   -> 952946.326362836 1953569.58088925
    void transform5181()
    {
        auto placed = placeCommercialAreas(commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes);
        QVERIFY2(placed, qPrintable(placed.errorMessage()));
        const QPointF p = placed->areaPoint.value(QStringLiteral("3110008"));
        QVERIFY(std::fabs(p.x() - 952946.326362836) < 0.01);
        QVERIFY(std::fabs(p.y() - 1953569.58088925) < 0.01);
        QCOMPARE(placed->areaDong.value(QStringLiteral("3110008")), QStringLiteral("1111051500"));  // 청운효자동
    }

    // All 1,650 상권 of OA-15560 (2023-06) against the 2021-04 boundaries; the file's own ADSTRD_CD must
    // agree with the polygon for at least 99 % of them.
    void placementScksh()
    {
        auto placed = placeCommercialAreas(commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes);
        QVERIFY2(placed, qPrintable(placed.errorMessage()));
        QCOMPARE(placed->areasRead, 1650);
        qInfo("scksh: placed %d of %d, unplaced %s; agree %d of %d; disagree: %s", placed->placed, placed->areasRead,
              qPrintable(placed->unplaced.join(QLatin1Char(' '))), placed->agreeing, placed->withFileCode,
              qPrintable(placed->disagreeing.join(QStringLiteral("; "))));
        QCOMPARE(placed->placed + placed->unplaced.size(), placed->areasRead);
        QCOMPARE(placed->placed, 1650);
        QCOMPARE(placed->withFileCode, placed->placed);
        checkDisagreements(placed.value(), 0.98, 150.0);  // measured: 98.18 %, farthest 99 m
    }

    // The Korean-header variants: 100-row ejjunm area sample (UTF-8+BOM) and woocastle 2021-12 (CP949, quoted).
    void placementKoreanHeaders()
    {
        auto sample = placeCommercialAreas(commercial(QStringLiteral("ejjunm_sample_area.csv")), m_dongs, m_codes);
        QVERIFY2(sample, qPrintable(sample.errorMessage()));
        QCOMPARE(sample->areasRead, 100);
        QCOMPARE(sample->placed, 100);
        checkDisagreements(sample.value(), 0.97, 150.0);  // measured: 97 of 100, farthest 16 m

        auto cp949 = placeCommercialAreas(commercial(QStringLiteral("woocastle_trade_area_OA-15560_202112.cp949.csv")),
                                          m_dongs, m_codes);
        QVERIFY2(cp949, qPrintable(cp949.errorMessage()));
        QCOMPARE(cp949->areasRead, 1671);
        QCOMPARE(cp949->placed, 1671);
        // measured: 93.9 %; 28 of the 102 are old 강북구 codes (e.g. 1130563000, now 1130563500), the
        // other 74 lie at most 473 m from the dong the file names (its 상권 points are older than the boundaries).
        checkDisagreements(cp949.value(), 0.93, 500.0);
        // The same 상권 point read from the CP949 bytes and the UTF-8 conversion.
        auto utf8 = placeCommercialAreas(commercial(QStringLiteral("woocastle_trade_area_OA-15560_202112.utf8.csv")),
                                         m_dongs, m_codes);
        QVERIFY(utf8);
        QCOMPARE(utf8->areaDong, cp949->areaDong);
    }

    void realSamples()
    {
        auto r = importBoth(commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        const SalesImport& s = r.value();
        QCOMPARE(s.rowsRead, 200);
        QCOMPARE(s.rowsPlaced, 200);
        QCOMPARE(s.rowsNotPlaced, 0);
        QVERIFY(s.unknownAreas.isEmpty());
        QCOMPARE(s.salesAreas.size(), 22);  // 19 골목상권 3110001..3110020 in 2024Q1, 3 관광특구 in 2025Q1
        QCOMPARE(s.info.timeKind, TimeKind::Quarter);
        QCOMPARE(s.info.fields.size(), 48);
        QCOMPARE(s.table.fields.size(), 48);
        QStringList quarters = s.table.times;
        quarters.removeDuplicates();
        quarters.sort();
        QCOMPARE(quarters, (QStringList{QStringLiteral("2024Q1"), QStringLiteral("2025Q1")}));
        QCOMPARE(s.table.rowCount(), 11);  // 8 dongs in 2024Q1, 3 in 2025Q1
        QCOMPARE(s.industryInfo.name, QStringLiteral("sales_by_industry"));
        QCOMPARE(s.industryNames.value(QStringLiteral("CS100001")), QStringLiteral("한식음식점"));

        // 이태원 관광특구 (3001491) is the only sample 상권 in 이태원1동: the dong total is the sum of its 32 rows
        // of 당월_매출_금액 / _건수 in ejjunm_sample_sales_2025.csv
        // (awk -F, '$4==3001491 {s+=$8; c+=$9} END {printf "%.0f %d", s, c}' -> 82660207395 2827782).
        QCOMPARE(value(s.table, QStringLiteral("1117065000"), QStringLiteral("2025Q1"), QStringLiteral("sales_amount")),
                 82660207395.0);
        QCOMPARE(value(s.table, QStringLiteral("1117065000"), QStringLiteral("2025Q1"), QStringLiteral("sales_count")),
                 2827782.0);
        // 이북5도청사 (3110001, in 평창동 1111056000), 한식음식점, 2024Q1: line 2 of the 2024 file.
        const QString unit = QStringLiteral("1111056000|CS100001");
        const double korean = value(s.industryTable, unit, QStringLiteral("2024Q1"), QStringLiteral("sales_amount"));
        QVERIFY(korean >= 385150643.0);
        // 평창동 2024Q1 includes 3110001's three rows (lines 2-4): 385150643 + 11026440 + 52047765.
        const double pyeongchang =
            value(s.table, QStringLiteral("1111056000"), QStringLiteral("2024Q1"), QStringLiteral("sales_amount"));
        QVERIFY(pyeongchang >= 385150643.0 + 11026440.0 + 52047765.0);
        QCOMPARE(pyeongchang, 2986639834.0);
        // The official typo column 시간대_건수~06_매출_건수 -> h00_06_count (종로 청운효자동 2024Q1).
        QCOMPARE(value(s.table, QStringLiteral("1111051500"), QStringLiteral("2024Q1"), QStringLiteral("h00_06_count")),
                 292.0);

        // Totals are preserved: dongs, industries and the raw rows agree.
        double dongSum = 0, industrySum = 0;
        for (double v : s.table.columns[0]) dongSum += v;
        for (double v : s.industryTable.columns[0]) industrySum += v;
        QCOMPARE(dongSum, industrySum);
        // Sum of 당월_매출_금액 over all 200 rows of both files (awk -F, 'NR>1{s+=$8}END{printf "%.0f", s}').
        QCOMPARE(dongSum, 575501784824.0);
        // Weekday + weekend = month total for each dong (published identity).
        const int wd = s.table.fieldIndex(QStringLiteral("weekday_amount"));
        const int we = s.table.fieldIndex(QStringLiteral("weekend_amount"));
        for (int row = 0; row < s.table.rowCount(); ++row)
            QCOMPARE(s.table.columns[wd][row] + s.table.columns[we][row], s.table.columns[0][row]);
    }

    void missingColumn()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(commercial(QStringLiteral("ejjunm_sample_sales_2024.csv")));
        text.replace("당월_매출_건수", "당월_건수");
        const QString p = dosi::test::writeFixture(dir, QStringLiteral("renamed.csv"), text);
        auto r = importSales({p}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                             QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("renamed.csv")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("당월_매출_건수")), qPrintable(r.errorMessage()));
    }

    void nonNumeric()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(commercial(QStringLiteral("ejjunm_sample_sales_2024.csv")));
        text.replace(",11026440,214,", ",11026440,21x,");  // line 3, 당월_매출_건수
        const QString p = dosi::test::writeFixture(dir, QStringLiteral("bad.csv"), text);
        auto r = importSales({p}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                             QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("bad.csv line 3")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("당월_매출_건수")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("21x")), qPrintable(r.errorMessage()));
    }

    void unknownArea()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(commercial(QStringLiteral("ejjunm_sample_sales_2024.csv")));
        text.replace(",3110001,", ",3999999,");  // lines 2-4
        const QString p = dosi::test::writeFixture(dir, QStringLiteral("unknown.csv"), text);
        auto r = importSales({p}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                             QStringLiteral("s"));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->unknownAreas, QStringList{QStringLiteral("3999999")});
        QCOMPARE(r->rowsNotPlaced, 3);
        QCOMPARE(r->rowsPlaced, 97);
        QCOMPARE(r->amountNotPlaced, 385150643.0 + 11026440.0 + 52047765.0);
        QCOMPARE(value(r->table, QStringLiteral("1111056000"), QStringLiteral("2024Q1"), QStringLiteral("sales_amount")),
                 2986639834.0 - (385150643.0 + 11026440.0 + 52047765.0));
        bool warned = false;
        for (const QString& w : r->warnings) warned = warned || w.contains(QStringLiteral("3999999"));
        QVERIFY(warned);
    }

    void duplicateAndBadQuarter()
    {
        QTemporaryDir dir;
        const QByteArray text = readAll(commercial(QStringLiteral("ejjunm_sample_sales_2024.csv")));
        const QList<QByteArray> lines = text.split('\n');
        const QString dup = dosi::test::writeFixture(dir, QStringLiteral("dup.csv"), text + lines[1] + '\n');
        auto r = importSales({dup}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                             QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("dup.csv line 102")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("line 2")), qPrintable(r.errorMessage()));

        QByteArray quarter = text;
        quarter.replace(quarter.indexOf("20241"), 5, "2024X");
        const QString bq = dosi::test::writeFixture(dir, QStringLiteral("quarter.csv"), quarter);
        r = importSales({bq}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                        QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("quarter.csv line 2")), qPrintable(r.errorMessage()));

        // The same file twice.
        const QString real = commercial(QStringLiteral("ejjunm_sample_sales_2024.csv"));
        r = importSales({real, real}, commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                        QStringLiteral("s"));
        QVERIFY(!r);
    }

    void progressAndCancel()
    {
        QList<int> seen;
        auto r = importSales({commercial(QStringLiteral("ejjunm_sample_sales_2024.csv"))},
                             commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                             QStringLiteral("s"), [&](int done, int total) {
                                 seen << done;
                                 return total == 2000;
                             });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(seen.last(), 2000);
        r = importSales({commercial(QStringLiteral("ejjunm_sample_sales_2024.csv"))},
                        commercial(QStringLiteral("scksh_trade_area_OA-15560.csv")), m_dongs, m_codes,
                        QStringLiteral("s"), [](int, int) { return false; });
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(QStringLiteral("cancelled")));
    }

    void badAreasFile()
    {
        // A sales file given as the areas file: no coordinate columns.
        auto r = importSales({commercial(QStringLiteral("ejjunm_sample_sales_2024.csv"))},
                             commercial(QStringLiteral("ejjunm_sample_sales_2025.csv")), m_dongs, m_codes,
                             QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("ejjunm_sample_sales_2025.csv")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("XCNTS_VALUE")), qPrintable(r.errorMessage()));

        // Older 상권 codes (woocastle 2021-12) know none of the 2024 sample's 상권: nothing placed -> error.
        r = importSales({commercial(QStringLiteral("ejjunm_sample_sales_2024.csv"))},
                        commercial(QStringLiteral("woocastle_trade_area_OA-15560_202112.utf8.csv")), m_dongs, m_codes,
                        QStringLiteral("s"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("woocastle")), qPrintable(r.errorMessage()));

        // A non-numeric coordinate names the line.
        QTemporaryDir dir;
        QByteArray text = readAll(commercial(QStringLiteral("ejjunm_sample_area.csv")));
        text.replace(",201642,", ",20l642,");  // line 2
        const QString p = dosi::test::writeFixture(dir, QStringLiteral("areas.csv"), text);
        auto placed = placeCommercialAreas(p, m_dongs, m_codes);
        QVERIFY(!placed);
        QVERIFY2(placed.errorMessage().contains(QStringLiteral("areas.csv line 2")), qPrintable(placed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSalesImport)
#include "test_salesimport.moc"
