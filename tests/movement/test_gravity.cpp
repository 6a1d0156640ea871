// Doubly-constrained gravity model: marginals reproduced to 1e-9, beta fitted to a hand-solvable
// mean trip length, fitting to observed flows, and the estimate on the real sample (hanbyul 2019 week
// living population over the Seoul dong boundaries) marked estimated in the project.
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/OdImport.h"
#include "dosi/gis/VectorImport.h"
#include "dosi/models/Gravity.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace dosi;
using namespace dosi::models;

namespace {

// Equilateral triangle with 4 km sides, intrazonal distance 1 km, 100 trips produced and attracted by each zone.
QVector<GravityZone> triangle()
{
    QVector<GravityZone> z(3);
    const double h = 2000.0 * std::sqrt(3.0);
    z[0] = {"A", 0, 0, 100, 100, 1.0};
    z[1] = {"B", 4000, 0, 100, 100, 1.0};
    z[2] = {"C", 2000, h, 100, 100, 1.0};
    return z;
}

double maxMarginalError(const GravityResult& g, const QVector<GravityZone>& zones)
{
    const int n = int(zones.size());
    double err = 0;
    for (int i = 0; i < n; ++i) {
        double row = 0, col = 0;
        for (int j = 0; j < n; ++j) {
            row += g.flows[i * n + j];
            col += g.flows[j * n + i];
        }
        if (zones[i].production > 0) err = std::max(err, std::abs(row - zones[i].production) / zones[i].production);
        if (zones[i].attraction > 0) err = std::max(err, std::abs(col - zones[i].attraction) / zones[i].attraction);
    }
    return err;
}

}  // namespace

class TestGravity : public QObject {
    Q_OBJECT
private slots:
    // By symmetry T_ii = 100 / (1 + 2q) and T_ij = 100 q / (1 + 2q) with q = exp(-3 beta); the mean trip length
    // is (1 + 8q) / (1 + 2q) km. A target of 2 km gives q = 1/4, beta = ln(4) / 3 = 0.462098..., T_ii = 66.67.
    void fittedBetaByHand()
    {
        GravityOptions opt;
        opt.targetMeanTripKm = 2.0;
        opt.meanTripTolerance = 1e-10;
        auto r = runGravity(triangle(), opt);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const GravityResult& g = r.value();
        QVERIFY2(std::abs(g.beta - std::log(4.0) / 3.0) < 1e-8, qPrintable(QString::number(g.beta, 'g', 12)));
        QVERIFY(std::abs(g.meanTripKm - 2.0) < 1e-9);
        QVERIFY(std::abs(g.flows[0] - 200.0 / 3.0) < 1e-6);
        QVERIFY(std::abs(g.flows[1] - 50.0 / 3.0) < 1e-6);
        QVERIFY(std::abs(g.distanceKm[1] - 4.0) < 1e-12);
        QCOMPARE(g.distanceKm[0], 1.0);
        QVERIFY(g.maxRelativeError <= 1e-9);
        QVERIFY(g.fitIterations > 1);
        QCOMPARE(g.betaSource, QStringLiteral("fitted to the given mean trip length"));
    }

    // Observed flows with a mean trip length of (2 x 1 km + 1 x 4 km) / 3 = 2 km give the same beta.
    void fittedToObservedFlows()
    {
        GravityOptions opt;
        opt.meanTripTolerance = 1e-10;
        opt.targetMeanTripKm = 7.0;  // ignored: observed flows win
        const QVector<ObservedFlow> obs = {{"A", "A", 2}, {"A", "B", 1}, {"X", "A", 50}, {"B", "C", maskedValue()}};
        auto r = runGravity(triangle(), opt, obs);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->targetMeanTripKm, 2.0);
        QVERIFY(std::abs(r->beta - std::log(4.0) / 3.0) < 1e-8);
        QCOMPARE(r->betaSource, QStringLiteral("fitted to observed flows"));

        auto none = runGravity(triangle(), opt, {{"X", "Y", 3}});
        QVERIFY(!none.ok());
        QVERIFY(none.errorMessage().contains("None of the observed flows"));
    }

    // Unequal marginals, both decay forms, a zone with no attraction: every row and column sum within 1e-9.
    void marginalsReproduced_data()
    {
        QTest::addColumn<int>("decay");
        QTest::addColumn<double>("target");
        QTest::newRow("exp") << int(DistanceDecay::Exponential) << 3.0;
        QTest::newRow("exp long") << int(DistanceDecay::Exponential) << 3.6;
        QTest::newRow("power") << int(DistanceDecay::Power) << 3.0;
    }
    void marginalsReproduced()
    {
        QFETCH(int, decay);
        QFETCH(double, target);
        QVector<GravityZone> z = {
            {"1", 0, 0, 500, 120, 0},        {"2", 1500, 300, 80, 700, 0}, {"3", 4200, 2500, 300, 0, 0},
            {"4", 7000, -800, 20, 200, 0.7}, {"5", 2500, 5200, 250, 40, 0}, {"6", 9000, 6000, 0, 90, 0},
        };
        GravityOptions opt;
        opt.decay = DistanceDecay(decay);
        opt.targetMeanTripKm = target;
        auto r = runGravity(z, opt);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(maxMarginalError(r.value(), z) <= 1e-9);
        QVERIFY(r->maxRelativeError <= 1e-9);
        QVERIFY(std::abs(r->total - 1150.0) < 1e-6);
        QVERIFY(std::abs(r->meanTripKm - target) < 1e-6 * target);
        for (int j = 0; j < 6; ++j) QCOMPARE(r->flows[5 * 6 + j], 0.0);  // zone 6 produces nothing
        // Half the distance to the nearest other centroid when no intrazonal distance is given.
        QVERIFY(std::abs(r->distanceKm[0] - std::hypot(1.5, 0.3) / 2.0) < 1e-12);
    }

    void fixedBetaAndErrors()
    {
        GravityOptions opt;
        opt.fixedBeta = 0.0;  // no decay: T_ij = O_i D_j / T
        auto r = runGravity(triangle(), opt);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(std::abs(r->flows[1] - 100.0 / 3.0) < 1e-9);
        QCOMPARE(r->betaSource, QStringLiteral("fixed"));

        GravityOptions tooLong;
        tooLong.targetMeanTripKm = 50;
        auto e = runGravity(triangle(), tooLong);
        QVERIFY(!e.ok());
        QVERIFY2(e.errorMessage().contains("too long for these zones"), qPrintable(e.errorMessage()));
        GravityOptions tooShort;
        tooShort.targetMeanTripKm = 0.5;  // below the 1 km intrazonal distance
        auto s = runGravity(triangle(), tooShort);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains("too short"), qPrintable(s.errorMessage()));
        QVector<GravityZone> unequal = triangle();
        unequal[0].attraction = 90;
        auto u = runGravity(unequal, GravityOptions{});
        QVERIFY(!u.ok());
        QVERIFY(u.errorMessage().contains("same total"));
    }

    void centroid()
    {
        // 10 x 10 square with a 2 x 2 hole at its corner: centroid shifts away from the hole.
        gis::Geometry g;
        g.type = gis::Geometry::Type::Polygon;
        gis::Polygon p;
        p.rings.append({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
        p.rings.append({{0, 0}, {0, 2}, {2, 2}, {2, 0}, {0, 0}});
        g.polygons.append(p);
        double x = 0, y = 0, a = 0;
        QVERIFY(polygonCentroid(g.toWkb(), &x, &y, &a));
        QCOMPARE(a, 96.0);
        QVERIFY(std::abs(x - (100 * 5.0 - 4 * 1.0) / 96.0) < 1e-12);
        QVERIFY(std::abs(y - (100 * 5.0 - 4 * 1.0) / 96.0) < 1e-12);
    }

    // Real sample: hanbyul 2019 week (Seoul dongs, hourly) over the Seoul boundaries.
    void realSeoulEstimate()
    {
        const QString src = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/");
        auto pop = gis::importLivingPopulation({src + "hanbyul_week20190304_dong_hourly_whole.json"}, "lp");
        QVERIFY2(pop.ok(), qPrintable(pop.errorMessage()));
        gis::VectorImportOptions vo;
        vo.codeField = "adm_cd2";
        auto dongs = gis::importVector(src + "hangjeongdong_seoul_ver20210401.geojson", "dong", vo);
        QVERIFY2(dongs.ok(), qPrintable(dongs.errorMessage()));
        const int codeIdx = dongs->info.fieldIndex("adm_cd2");
        QStringList codes;
        QVector<QByteArray> wkb;
        for (const FeatureRecord& f : dongs->features) {
            codes << f.values[codeIdx].toString();
            wkb << f.wkb;
        }

        // Independent night (03-05 h, all 7 days) and weekday-afternoon (13-15 h, Mon-Fri) means.
        const MeasureTable& t = pop->table;
        const int ti = t.fieldIndex("total");
        QHash<QString, QPair<double, int>> night, day;
        for (int r = 0; r < t.rowCount(); ++r) {
            QDate d;
            int h = 0;
            QVERIFY(parseHourKey(t.times[r], &d, &h));
            if (!hasValue(t.columns[ti][r])) continue;
            if (h >= 3 && h <= 5) {
                night[t.units[r]].first += t.columns[ti][r];
                night[t.units[r]].second += 1;
            }
            if (h >= 13 && h <= 15 && d.dayOfWeek() <= 5) {
                day[t.units[r]].first += t.columns[ti][r];
                day[t.units[r]].second += 1;
            }
        }
        double nightTotal = 0;
        int matched = 0;
        const QSet<QString> codeSet(codes.cbegin(), codes.cend());
        for (auto it = night.cbegin(); it != night.cend(); ++it) {
            if (!codeSet.contains(it.key()) || !day.contains(it.key())) continue;
            QCOMPARE(it->second, 21);             // 3 hours x 7 days
            QCOMPARE(day[it.key()].second, 15);   // 3 hours x 5 weekdays
            nightTotal += it->first / it->second;
            ++matched;
        }
        QVERIFY2(matched >= 410, qPrintable(QStringLiteral("%1 matched; units like %2, codes like %3").arg(matched).arg(night.keys().value(0), codes.value(0))));

        auto est = estimateFlowsFromPopulation(t, "total", codes, wkb, "dong", "commute_est", GravityOptions{});
        QVERIFY2(est.ok(), qPrintable(est.errorMessage()));
        const FlowEstimate& e = est.value();
        QCOMPARE(e.model.zones.size(), qsizetype(matched));
        QCOMPARE(e.marginals.days.size(), qsizetype(7));
        QVERIFY(std::abs(e.nightTotal - nightTotal) <= 1e-9 * nightTotal);
        QVERIFY2(std::abs(e.model.total - nightTotal) <= 1e-9 * nightTotal,
                 qPrintable(QStringLiteral("%1 vs %2").arg(e.model.total, 0, 'f', 6).arg(nightTotal, 0, 'f', 6)));
        double stored = 0;
        for (double v : e.table.columns[e.table.fieldIndex("flow")]) stored += v;
        QVERIFY(std::abs(stored - nightTotal) <= 1e-9 * nightTotal);
        QCOMPARE(e.table.rowCount(), matched * matched);
        QVERIFY(e.model.maxRelativeError <= 1e-9);
        QVERIFY(std::abs(e.model.meanTripKm - kDefaultMeanTripKm) < 1e-5);
        QVERIFY(e.model.beta > 0);
        QCOMPARE(e.model.betaSource, QStringLiteral("fitted to the assumed default mean trip length"));
        qInfo("Seoul 2019 week: %d dongs, night total %.1f, beta %.5f /km, %d fit steps, %d Furness iterations, "
              "max rel. error %.2e",
              matched, nightTotal, e.model.beta, e.model.fitIterations, e.model.balancingIterations,
              e.model.maxRelativeError);

        // Marked estimated, as an OD layer on the dong zones, and so it stays in the project.
        QVERIFY(e.info.estimated);
        QVERIFY(gis::isOdLayer(e.info));
        QCOMPARE(e.info.geometryLayer, QStringLiteral("dong"));
        QCOMPARE(e.info.style.value("description").toString(),
                 QStringLiteral("Estimated by a doubly-constrained gravity model (not measured)"));
        QVERIFY(e.info.fields[0].description.contains("Estimated by a doubly-constrained gravity model (not measured)"));
        auto store = ProjectStore::create(QString(), "t");
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QVERIFY((*store)->addFeatureLayer(dongs->info, dongs->features).ok());
        auto added = (*store)->addMeasureLayer(e.info, e.table);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        const auto back = (*store)->layer("commute_est");
        QVERIFY(back.has_value());
        QVERIFY(back->estimated);
        QVERIFY(gis::isOdLayer(*back));
        QCOMPARE(back->rowCount, qint64(matched) * matched);
    }
};

QTEST_GUILESS_MAIN(TestGravity)
#include "test_gravity.moc"
