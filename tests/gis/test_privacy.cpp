// The privacy rule of the exports: the project's threshold, which measures count people, suppression.
#include "dosi/core/Values.h"
#include "dosi/gis/OdImport.h"
#include "dosi/gis/Privacy.h"

#include <QtTest>

#include <cmath>

Q_DECLARE_METATYPE(dosi::LayerInfo)

using namespace dosi;
using namespace dosi::gis;

namespace {
LayerInfo measureLayer(const QString& name, const QList<FieldInfo>& fields, const QString& source = {})
{
    LayerInfo l;
    l.name = name;
    l.title = name;
    l.kind = LayerKind::Measure;
    l.fields = fields;
    l.source = source;
    return l;
}
FieldInfo real(const QString& name, const QString& description = {})
{
    return FieldInfo{name, FieldType::Real, description};
}
}  // namespace

class TestPrivacy : public QObject {
    Q_OBJECT
private slots:
    void projectRule();
    void peopleCounts_data();
    void peopleCounts();
    void defaultField();
    void suppression();
};

void TestPrivacy::projectRule()
{
    auto created = ProjectStore::create({}, QStringLiteral("privacy"));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    ProjectStore& store = *created.value();
    QCOMPARE(privacyRule(store).threshold, 3.0);   // default
    QVERIFY(privacyRule(store).enabled());
    QVERIFY(store.setMetaValue(QStringLiteral("privacy_threshold"), QStringLiteral("5")).ok());
    QCOMPARE(privacyRule(store).threshold, 5.0);
    QVERIFY(store.setMetaValue(QStringLiteral("privacy_threshold"), QStringLiteral("0")).ok());
    QCOMPARE(privacyRule(store).threshold, 0.0);
    QVERIFY(!privacyRule(store).enabled());
    QVERIFY(store.setMetaValue(QStringLiteral("privacy_threshold"), QStringLiteral("-2")).ok());
    QVERIFY(!privacyRule(store).enabled());
    QVERIFY(store.setMetaValue(QStringLiteral("privacy_threshold"), QStringLiteral("lots")).ok());
    QCOMPARE(privacyRule(store).threshold, 3.0);   // not a number: the default
}

void TestPrivacy::peopleCounts_data()
{
    QTest::addColumn<LayerInfo>("layer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("people");

    // The sample's layers, as the importers write them.
    const LayerInfo living = measureLayer(QStringLiteral("living_population"),
                                          {real(QStringLiteral("total"), QStringLiteral("total living population (t)")),
                                           real(QStringLiteral("female")), real(QStringLiteral("age_band_3"))});
    QTest::newRow("living total") << living << "total" << true;
    QTest::newRow("living female") << living << "female" << true;
    QTest::newRow("living band") << living << "age_band_3" << true;
    QTest::newRow("living derived male_20_24") << living << "male_20_24" << true;
    QTest::newRow("living derived age_65_plus") << living << "age_65_plus" << true;
    QTest::newRow("living extinction_risk") << living << "extinction_risk" << false;
    const LayerInfo seoulCsv = measureLayer(QStringLiteral("lp"), {real(QStringLiteral("total"), QStringLiteral("총생활인구수"))});
    QTest::newRow("seoul csv total (Korean description)") << seoulCsv << "total" << true;
    const LayerInfo pop = measureLayer(QStringLiteral("population"),
                                       {real(QStringLiteral("ALL"), QStringLiteral("ALL")), real(QStringLiteral("0_4")),
                                        real(QStringLiteral("100_"))});
    QTest::newRow("registered ALL") << pop << "ALL" << true;
    QTest::newRow("registered 0_4") << pop << "0_4" << true;
    QTest::newRow("registered 100_") << pop << "100_" << true;
    const LayerInfo grid = measureLayer(
        QStringLiteral("lp_grid"),
        {real(QStringLiteral("total"), QStringLiteral("extensive of living_population.total, area-weighted onto grid250"))},
        QStringLiteral("interpolate:living_population.total"));
    QTest::newRow("interpolated grid (estimated)") << grid << "total" << true;

    LayerInfo od = measureLayer(QStringLiteral("moves"), {real(QStringLiteral("count")), real(QStringLiteral("p1_commute")),
                                                           real(QStringLiteral("masked")), real(QStringLiteral("mean_dist_m")),
                                                           real(QStringLiteral("mean_time_min"))});
    setOdZoneLayer(od, QStringLiteral("dong"));
    QTest::newRow("od count") << od << "count" << true;
    QTest::newRow("od purpose") << od << "p1_commute" << true;
    QTest::newRow("od masked tally") << od << "masked" << false;
    QTest::newRow("od mean distance") << od << "mean_dist_m" << false;
    QTest::newRow("od mean time") << od << "mean_time_min" << false;
    LayerInfo gravity = measureLayer(QStringLiteral("commuting"),
                                     {real(QStringLiteral("flow"), QStringLiteral("home-to-work flow (people).")),
                                      real(QStringLiteral("distance_km"))});
    setOdZoneLayer(gravity, QStringLiteral("dong"));
    gravity.estimated = true;
    QTest::newRow("gravity flow") << gravity << "flow" << true;
    QTest::newRow("gravity distance") << gravity << "distance_km" << false;
    const LayerInfo net = measureLayer(QStringLiteral("net"), {real(QStringLiteral("inflow")), real(QStringLiteral("net"))});
    QTest::newRow("net inflow") << net << "inflow" << true;
    QTest::newRow("net net") << net << "net" << false;
    // A count outside an OD layer is not assumed to be people (e.g. businesses).
    const LayerInfo businesses = measureLayer(QStringLiteral("businesses"), {real(QStringLiteral("count"))});
    QTest::newRow("businesses count") << businesses << "count" << false;

    // Money, indices, ratios.
    const LayerInfo sales = measureLayer(QStringLiteral("sales"),
                                         {real(QStringLiteral("month_sales_amount"), QStringLiteral("당월_매출_금액")),
                                          real(QStringLiteral("total"), QStringLiteral("당월_매출_금액"))});
    QTest::newRow("sales amount") << sales << "month_sales_amount" << false;
    QTest::newRow("sales total") << sales << "total" << false;
    const LayerInfo ratios = measureLayer(QStringLiteral("population_indicators"),
                                          {real(QStringLiteral("elderly_share")), real(QStringLiteral("aging_ratio")),
                                           real(QStringLiteral("pop_density")), real(QStringLiteral("고령인구비율"))});
    QTest::newRow("share") << ratios << "elderly_share" << false;
    QTest::newRow("ratio") << ratios << "aging_ratio" << false;
    QTest::newRow("density") << ratios << "pop_density" << false;
    QTest::newRow("korean ratio") << ratios << QString::fromUtf8("고령인구비율") << false;
    const LayerInfo index = measureLayer(QStringLiteral("index"), {real(QStringLiteral("population")),
                                                                   real(QStringLiteral("population_grade"))},
                                         QStringLiteral("regen.index"));
    QTest::newRow("regen index population area") << index << "population" << false;
    const LayerInfo diagnosis = measureLayer(QStringLiteral("diagnosis"), {real(QStringLiteral("population"))},
                                             QStringLiteral("regen.diagnose"));
    QTest::newRow("regen criterion code") << diagnosis << "population" << false;
    LayerInfo forecast = measureLayer(QStringLiteral("forecast"), {real(QStringLiteral("value")), real(QStringLiteral("lo"))},
                                      QStringLiteral("regen.forecast"));
    forecast.title = QStringLiteral("Forecast of population · ALL (ETS)");
    QTest::newRow("population forecast") << forecast << "value" << true;
    QTest::newRow("population forecast lo") << forecast << "lo" << true;
    LayerInfo salesForecast = forecast;
    salesForecast.title = QStringLiteral("Forecast of sales · amount (ETS)");
    QTest::newRow("sales forecast") << salesForecast << "value" << false;

    // Location results.
    LayerInfo sites;
    sites.name = QStringLiteral("loc_sites");
    sites.kind = LayerKind::Points;
    sites.codeField = QStringLiteral("id");
    sites.fields = {{QStringLiteral("id"), FieldType::Text, {}}, {QStringLiteral("served_demand"), FieldType::Real, {}}};
    QTest::newRow("location sites") << sites << "served_demand" << false;
    QTest::newRow("text field") << sites << "id" << false;
}

void TestPrivacy::peopleCounts()
{
    QFETCH(LayerInfo, layer);
    QFETCH(QString, field);
    QFETCH(bool, people);
    QCOMPARE(isPeopleCount(layer, field), people);
}

void TestPrivacy::defaultField()
{
    // Empty field: the layer's first numeric field.
    LayerInfo grid;
    grid.name = QStringLiteral("grid250");
    grid.kind = LayerKind::Grid;
    grid.codeField = QStringLiteral("cell_id");
    grid.fields = {{QStringLiteral("cell_id"), FieldType::Text, {}}, {QStringLiteral("coverage"), FieldType::Real, {}}};
    QVERIFY(!isPeopleCount(grid));
    const LayerInfo living = measureLayer(QStringLiteral("living_population"), {real(QStringLiteral("total"))});
    QVERIFY(isPeopleCount(living));
    QVERIFY(!isPeopleCount(measureLayer(QStringLiteral("empty"), {})));
}

void TestPrivacy::suppression()
{
    QVector<double> v{0.0, 0.5, 1.0, 3.0, 3.0001, 4.0, -2.0, missingValue(), maskedValue(), 120.0};
    const int n = suppressSmallCounts(v, PrivacyRule{});
    QCOMPARE(n, 3);   // 0.5, 1, 3
    QCOMPARE(v[0], 0.0);   // zero identifies no one
    QVERIFY(isMasked(v[1]) && isMasked(v[2]) && isMasked(v[3]));
    QCOMPARE(v[4], 3.0001);
    QCOMPARE(v[5], 4.0);
    QCOMPARE(v[6], -2.0);
    QVERIFY(isMissing(v[7]));
    QVERIFY(isMasked(v[8]));
    QCOMPARE(v[9], 120.0);

    QVector<double> w{1.0, 5.0, 9.0};
    QCOMPARE(suppressSmallCounts(w, PrivacyRule{0.0}), 0);   // off
    QCOMPARE(w, (QVector<double>{1.0, 5.0, 9.0}));
    QCOMPARE(suppressSmallCounts(w, PrivacyRule{5.0}), 2);
    QVERIFY(std::isnan(w[0]) && std::isnan(w[1]));
    QCOMPARE(w[2], 9.0);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
