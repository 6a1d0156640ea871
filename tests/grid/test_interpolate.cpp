// Area-weighted interpolation: hand-made squares with known answers (both modes, masked and missing
// values), and the real Seoul 행정동 with real living population (hanbyul week 2019-03-04) moved onto
// the 250 m grid and back with totals preserved.
#include "dosi/core/Values.h"
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Interpolate.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/NationalGrid.h"
#include "dosi/gis/VectorImport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

#include <cmath>
#include <map>

using namespace dosi;
using namespace dosi::gis;

namespace {

Geometry rect(double x0, double y0, double x1, double y1)
{
    Geometry g;
    g.type = Geometry::Type::Polygon;
    g.polygons = {Polygon{{Ring{QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)}}}};
    return g;
}

// A triangle, so the general (non-rectangle) intersection path is used too.
Geometry triangle(double x0, double y0, double x1, double y1, double x2, double y2)
{
    Geometry g;
    g.type = Geometry::Type::Polygon;
    g.polygons = {Polygon{{Ring{QPointF(x0, y0), QPointF(x1, y1), QPointF(x2, y2), QPointF(x0, y0)}}}};
    return g;
}

// Sources: four unit squares, values 1 2 / 3 4 from the bottom left:  s2 s3
//                                                                     s0 s1
QVector<Geometry> twoByTwo()
{
    return {rect(0, 0, 1, 1), rect(1, 0, 2, 1), rect(0, 1, 1, 2), rect(1, 1, 2, 2)};
}
const QVector<double> kValues{1, 2, 3, 4};

double sum(const QVector<double>& v)
{
    double s = 0;
    for (double x : v) s += x;
    return s;
}

std::map<QString, double> totalsByTime(const MeasureTable& t, int field)
{
    std::map<QString, double> out;
    for (int r = 0; r < t.rowCount(); ++r) out[t.times[r]] += t.columns[field][r];
    return out;
}

}  // namespace

class TestInterpolate : public QObject {
    Q_OBJECT
private slots:
    void intensiveTwoByTwo();
    void extensiveTwoByTwo();
    void maskedAndMissing();
    void generalPolygons();
    void measureTable();
    void seoulDongsToGridAndBack();
};

void TestInterpolate::intensiveTwoByTwo()
{
    // A: the centre square (a quarter of each source) -> mean 2.5; B: the left column -> (1+3)/2;
    // C: half outside, over half of s1 only -> 2; D: outside everything -> missing.
    const QVector<Geometry> targets{rect(0.5, 0.5, 1.5, 1.5), rect(0, 0, 1, 2), rect(1.5, 0, 3, 1), rect(5, 5, 6, 6)};
    auto ov = computeOverlay(twoByTwo(), targets);
    QVERIFY2(ov.ok(), qPrintable(ov.errorMessage()));
    QCOMPARE(ov->pairCount(), 4 + 2 + 1);
    const QVector<double> out = transfer(ov.value(), kValues, ov->sourceArea, InterpolationMode::Intensive);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[0], 2.5);
    QCOMPARE(out[1], 2.0);
    QCOMPARE(out[2], 2.0);
    QVERIFY(isMissing(out[3]));
    // Weighted unevenly: [0, 1.5] x [0, 1] holds all of s0 and half of s1 -> (1*1 + 2*0.5) / 1.5.
    auto ov2 = computeOverlay(twoByTwo(), {rect(0, 0, 1.5, 1)});
    QVERIFY(ov2.ok());
    QCOMPARE(transfer(ov2.value(), kValues, {}, InterpolationMode::Intensive)[0], 2.0 / 1.5);
}

void TestInterpolate::extensiveTwoByTwo()
{
    // Left and right halves: 1+3 and 2+4; a 4 x 1 strip over the middle row line: half of each.
    auto halves = computeOverlay(twoByTwo(), {rect(0, 0, 1, 2), rect(1, 0, 2, 2)});
    QVERIFY(halves.ok());
    const QVector<double> lr = transfer(halves.value(), kValues, halves->coveredSourceArea(), InterpolationMode::Extensive);
    QCOMPARE(lr, (QVector<double>{4, 6}));
    auto strip = computeOverlay(twoByTwo(), {rect(-1, 0.5, 3, 1.5)});
    QVERIFY(strip.ok());
    // Whole base: each source gives half its value; covered base: all of it.
    QCOMPARE(transfer(strip.value(), kValues, strip->sourceArea, InterpolationMode::Extensive)[0], 5.0);
    QCOMPARE(transfer(strip.value(), kValues, strip->coveredSourceArea(), InterpolationMode::Extensive)[0], 10.0);
    // And back from the halves to the four squares: each half splits evenly over its two squares.
    const Overlay back = halves->reversed();
    const QVector<double> sq = transfer(back, lr, back.coveredSourceArea(), InterpolationMode::Extensive);
    QCOMPARE(sq, (QVector<double>{2, 3, 2, 3}));
    QCOMPARE(sum(sq), 10.0);
}

void TestInterpolate::maskedAndMissing()
{
    const QVector<Geometry> targets{rect(0.5, 0.5, 1.5, 1.5), rect(0, 0, 1, 2), rect(1, 0, 2, 1)};
    auto ov = computeOverlay(twoByTwo(), targets);
    QVERIFY(ov.ok());
    for (InterpolationMode mode : {InterpolationMode::Extensive, InterpolationMode::Intensive}) {
        // s3 masked: the centre target is masked (not zero, not a sum of the rest); others unaffected.
        QVector<double> v = kValues;
        v[3] = maskedValue();
        QVector<double> out = transfer(ov.value(), v, ov->sourceArea, mode);   // targets overlap: whole base
        QVERIFY(isMasked(out[0]));
        QCOMPARE(out[1], mode == InterpolationMode::Extensive ? 4.0 : 2.0);
        QCOMPARE(out[2], 2.0);
        // s0 missing and s3 masked: missing wins where both contribute.
        v[0] = missingValue();
        out = transfer(ov.value(), v, ov->sourceArea, mode);
        QVERIFY(isMissing(out[0]));
        QVERIFY(isMissing(out[1]));
        QCOMPARE(out[2], 2.0);
        // Too few values: the absent sources count as missing.
        out = transfer(ov.value(), {1, 2}, ov->sourceArea, mode);
        QVERIFY(isMissing(out[0]));
        QCOMPARE(out[2], 2.0);
    }
}

void TestInterpolate::generalPolygons()
{
    // Triangles (general GEOS intersection) against squares, and empty / non-polygonal entries.
    const QVector<Geometry> tris{triangle(0, 0, 2, 0, 0, 2), triangle(2, 0, 2, 2, 0, 2), Geometry::point(1, 1), Geometry()};
    auto ov = computeOverlay(tris, twoByTwo());
    QVERIFY(ov.ok());
    QCOMPARE(ov->sourceArea[0], 2.0);
    QCOMPARE(ov->sourceArea[2], 0.0);
    const QVector<double> out = transfer(ov.value(), {8, 4, 100, 100}, ov->coveredSourceArea(), InterpolationMode::Extensive);
    // Triangle 0 covers s0 fully (1) and half of s1, s2; triangle 1 the rest.
    QCOMPARE(out[0], 4.0);
    QCOMPARE(out[1], 2.0 + 1.0);
    QCOMPARE(out[2], 2.0 + 1.0);
    QCOMPARE(out[3], 2.0);
    QCOMPARE(sum(out), 12.0);
    // Same pairs whichever side is prepared.
    auto rev = computeOverlay(twoByTwo(), tris);
    QVERIFY(rev.ok());
    QCOMPARE(rev->pairCount(), ov->pairCount());
    QCOMPARE(sum(rev->coveredSourceArea()), sum(ov->coveredTargetArea()));
}

void TestInterpolate::measureTable()
{
    auto ov = computeOverlay(twoByTwo(), {rect(0, 0, 1, 2), rect(1, 0, 2, 2), rect(7, 7, 8, 8)});
    QVERIFY(ov.ok());
    MeasureTable t;
    t.fields = {QStringLiteral("people"), QStringLiteral("other")};
    t.columns.resize(2);
    const QStringList units{"a", "b", "c", "d"};
    for (int h = 0; h < 2; ++h)
        for (int i = 0; i < 4; ++i)
            if (!(h == 1 && i == 3)) t.addRow(units[i], QStringLiteral("2019-03-04T0%1").arg(h), {kValues[i] * (h + 1), 0});
    const MeasureTable out = interpolateMeasures(ov.value(), units, {"L", "R", "X"}, t, InterpolationMode::Extensive,
                                                 ShareBase::Covered, {QStringLiteral("people")});
    QCOMPARE(out.fields, QStringList{QStringLiteral("people")});
    QCOMPARE(out.rowCount(), 4);   // X overlaps nothing and is left out
    QCOMPARE(out.units, (QStringList{"L", "R", "L", "R"}));
    QCOMPARE(out.times[2], QStringLiteral("2019-03-04T01"));
    QCOMPARE(out.columns[0][0], 4.0);
    QCOMPARE(out.columns[0][1], 6.0);
    QCOMPARE(out.columns[0][2], 8.0);
    QVERIFY(isMissing(out.columns[0][3]));   // d has no row at 01h
}

void TestInterpolate::seoulDongsToGridAndBack()
{
    auto dongs = importVector(QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson"),
                              QStringLiteral("dongs"), {});
    QVERIFY2(dongs.ok(), qPrintable(dongs.errorMessage()));
    auto pop = importLivingPopulation({QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hanbyul_week20190304_dong_hourly_whole.json")},
                                      QStringLiteral("living"));
    QVERIFY2(pop.ok(), qPrintable(pop.errorMessage()));

    // Keep the first day, field "total"; the dongs that have data (units = code_8 + "00" = adm_cd2).
    MeasureTable day;
    day.fields = {QStringLiteral("total")};
    day.columns.resize(1);
    const int total = pop->table.fieldIndex(QStringLiteral("total"));
    for (int r = 0; r < pop->table.rowCount(); ++r)
        if (pop->table.times[r].startsWith(QLatin1String("2019-03-04")))
            day.addRow(pop->table.units[r], pop->table.times[r], {pop->table.columns[total][r]});
    QCOMPARE(day.rowCount(), 424 * 24);
    const QSet<QString> withData(day.units.begin(), day.units.end());

    const int codeIdx = dongs->info.fieldIndex(dongs->info.codeField);
    QVector<Geometry> dongGeoms, allGeoms;
    QStringList dongCodes;
    for (const FeatureRecord& f : dongs->features) {
        const Geometry g = Geometry::fromWkb(f.wkb);
        allGeoms << g;
        if (!withData.contains(f.values[codeIdx].toString())) continue;
        dongGeoms << g;
        dongCodes << f.values[codeIdx].toString();
    }
    // 418 of the 425 dongs (2021 boundaries) match the 2019 codes; 강북구 recoded 6 dongs since.
    QCOMPARE(dongCodes.size(), 418);

    QElapsedTimer clock;
    clock.start();
    auto grid = buildGrid(allGeoms, 250);
    qInfo("Seoul 250 m grid: %d cells in %lld ms", int(grid.ok() ? grid->cells.size() : 0), clock.restart());
    QVERIFY2(grid.ok(), qPrintable(grid.errorMessage()));
    QVERIFY(grid->cells.size() > 9000 && grid->cells.size() < 12000);
    QVector<Geometry> cellGeoms;
    QStringList cellIds;
    for (const GridCell& c : grid->cells) {
        cellGeoms << c.geometry;
        cellIds << c.id;
    }

    auto ov = computeOverlay(dongGeoms, cellGeoms);
    qInfo("dong x cell overlay: %d pairs in %lld ms", int(ov.ok() ? ov->pairCount() : 0), clock.restart());
    QVERIFY2(ov.ok(), qPrintable(ov.errorMessage()));
    // Every dong is covered by the grid: its covered area is its area.
    const QVector<double> covered = ov->coveredSourceArea();
    for (int i = 0; i < dongGeoms.size(); ++i)
        QVERIFY2(std::abs(covered[i] - ov->sourceArea[i]) <= 1e-9 * ov->sourceArea[i], qPrintable(dongCodes[i]));

    // Dong -> grid: per-hour totals equal the dong totals (whole or covered base alike).
    // (over the dongs that have both data and a boundary)
    const QSet<QString> matched(dongCodes.begin(), dongCodes.end());
    std::map<QString, double> dongTotals;
    for (int r = 0; r < day.rowCount(); ++r)
        if (matched.contains(day.units[r])) dongTotals[day.times[r]] += day.columns[0][r];
    const MeasureTable onGrid = interpolateMeasures(ov.value(), dongCodes, cellIds, day, InterpolationMode::Extensive);
    const MeasureTable onGridWhole =
        interpolateMeasures(ov.value(), dongCodes, cellIds, day, InterpolationMode::Extensive, ShareBase::Whole);
    const auto gridTotals = totalsByTime(onGrid, 0);
    const auto gridTotalsWhole = totalsByTime(onGridWhole, 0);
    QCOMPARE(gridTotals.size(), size_t(24));
    for (const auto& [time, t] : dongTotals) {
        QVERIFY(t > 5e6);   // Seoul's living population is about 10 million
        QVERIFY2(std::abs(gridTotals.at(time) - t) <= 1e-9 * t, qPrintable(time));
        QVERIFY2(std::abs(gridTotalsWhole.at(time) - t) <= 1e-9 * t, qPrintable(time));
    }
    for (double v : onGrid.columns[0]) QVERIFY(hasValue(v) && v >= 0);

    // Grid -> dong through the reversed overlay (same as computing it grid-first): totals again.
    const Overlay back = ov->reversed();
    auto direct = computeOverlay(cellGeoms, dongGeoms);
    QVERIFY(direct.ok());
    QCOMPARE(direct->pairCount(), back.pairCount());
    QVERIFY(std::abs(sum(direct->area) - sum(back.area)) <= 1e-9 * sum(back.area));
    clock.restart();
    const MeasureTable again = interpolateMeasures(direct.value(), cellIds, dongCodes, onGrid, InterpolationMode::Extensive);
    qInfo("grid -> dong transfer of 24 hours: %lld ms", clock.elapsed());
    QCOMPARE(again.rowCount(), 24 * dongCodes.size());
    const auto backTotals = totalsByTime(again, 0);
    for (const auto& [time, t] : dongTotals) QVERIFY2(std::abs(backTotals.at(time) - t) <= 1e-9 * t, qPrintable(time));

    // Intensive: a constant density stays that constant everywhere, both ways.
    QVector<double> density(dongGeoms.size(), 123.25);
    const QVector<double> cellDensity = transfer(ov.value(), density, {}, InterpolationMode::Intensive);
    const QVector<double> cellCovered = ov->coveredTargetArea();
    for (int c = 0; c < cellDensity.size(); ++c) {
        if (cellCovered[c] > 0) QVERIFY(std::abs(cellDensity[c] - 123.25) < 1e-9);
        else QVERIFY(isMissing(cellDensity[c]));   // cells over the 7 dongs without data only
    }
    const QVector<double> dongDensity = transfer(back, cellDensity, {}, InterpolationMode::Intensive);
    for (double v : dongDensity) QVERIFY(std::abs(v - 123.25) < 1e-9);
    // A missing dong value reaches the cells it overlaps as missing, never as zero.
    density[0] = missingValue();
    const QVector<double> holed = transfer(ov.value(), density, {}, InterpolationMode::Intensive);
    int missingCells = 0;
    for (int k = 0; k < ov->pairCount(); ++k)
        if (ov->src[k] == 0) {
            QVERIFY(isMissing(holed[ov->dst[k]]));
            ++missingCells;
        }
    QVERIFY(missingCells > 0);
}

QTEST_GUILESS_MAIN(TestInterpolate)
#include "test_interpolate.moc"
