// dissolve: Seoul 행정동 -> 25 자치구 and Daejeon 79 dongs -> 5 gu, areas conserved (GEOS union).
#include "dosi/gis/Dissolve.h"
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/VectorImport.h"

#include <QtTest>

using namespace dosi;
using namespace dosi::gis;

namespace {
ImportedLayer load(const char* file)
{
    auto r = importVector(QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/") + QLatin1String(file),
                          QStringLiteral("dongs"), {});
    if (!r.ok()) qFatal("%s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

double totalArea(const QVector<FeatureRecord>& features)
{
    double sum = 0;
    for (const FeatureRecord& f : features) sum += area(Geometry::fromWkb(f.wkb));
    return sum;
}
}  // namespace

class TestDissolve : public QObject {
    Q_OBJECT
private slots:
    void seoulToGu();
    void daejeonToGu();
    void unknownField();
    void unionOfSquares();
    void twoCitiesLabelledByDistrict();
};

void TestDissolve::seoulToGu()
{
    const ImportedLayer dongs = load("hangjeongdong_seoul_ver20210401.geojson");
    auto r = dissolve(dongs.info, dongs.features, QStringLiteral("sgg"), QStringLiteral("gu"));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const DissolveResult& gu = r.value();
    QCOMPARE(gu.features.size(), 25);
    QCOMPARE(gu.info.name, QStringLiteral("gu"));
    QCOMPARE(gu.info.kind, LayerKind::Boundaries);
    QVERIFY(gu.info.source.isEmpty());
    QCOMPARE(gu.info.codeField, QStringLiteral("sgg"));
    QCOMPARE(gu.info.fields.first().name, QStringLiteral("sgg"));
    QCOMPARE(gu.info.fields.first().type, FieldType::Text);
    QStringList kept;
    for (const FieldInfo& f : gu.info.fields) kept << f.name;
    QCOMPARE(kept, (QStringList{"sgg", "sido", "sidonm", "sggnm"}));
    QCOMPARE(gu.info.labelField, QStringLiteral("sggnm"));

    const QStringList expectedCodes = {"11110", "11140", "11170", "11200", "11215", "11230", "11260",
                                       "11290", "11305", "11320", "11350", "11380", "11410", "11440",
                                       "11470", "11500", "11530", "11545", "11560", "11590", "11620",
                                       "11650", "11680", "11710", "11740"};
    QStringList codes;
    for (const FeatureRecord& f : gu.features) {
        QCOMPARE(f.values.size(), gu.info.fields.size());
        codes << f.values[0].toString();
        const Geometry g = Geometry::fromWkb(f.wkb);
        QCOMPARE(g.type, Geometry::Type::MultiPolygon);
        QVERIFY(isValid(g));
        QVERIFY(!f.envelope.isNull());
    }
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(gu.features[0].values[3].toString(), QString::fromUtf8("종로구"));
    QCOMPARE(gu.features[24].values[3].toString(), QString::fromUtf8("강동구"));
    QCOMPARE(gu.features[0].values[2].toString(), QString::fromUtf8("서울특별시"));

    const double dongArea = totalArea(dongs.features);
    const double guArea = totalArea(gu.features);
    QVERIFY2(std::abs(guArea - dongArea) <= 1e-4 * dongArea,
             qPrintable(QStringLiteral("%1 vs %2").arg(guArea).arg(dongArea)));
}

void TestDissolve::daejeonToGu()
{
    const ImportedLayer dongs = load("hangjeongdong_daejeon_ver20210401.geojson");
    QCOMPARE(dongs.features.size(), 79);
    auto r = dissolve(dongs.info, dongs.features, QStringLiteral("sgg"), QStringLiteral("gu"));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->features.size(), 5);
    QStringList codes;
    for (const FeatureRecord& f : r->features) codes << f.values[0].toString();
    QCOMPARE(codes, (QStringList{"30110", "30140", "30170", "30200", "30230"}));
    const double dongArea = totalArea(dongs.features);
    QVERIFY(std::abs(totalArea(r->features) - dongArea) <= 1e-4 * dongArea);
    // Dissolving further by sido gives one city.
    auto city = dissolve(r->info, r->features, QStringLiteral("sido"), QStringLiteral("city"));
    QVERIFY2(city.ok(), qPrintable(city.errorMessage()));
    QCOMPARE(city->features.size(), 1);
    QCOMPARE(city->features[0].values[0].toString(), QStringLiteral("30"));
    QCOMPARE(city->info.labelField, QStringLiteral("sidonm"));
}

// Seoul and Daejeon together: 중구 occurs in both, so no name field is unique per 자치구, but the
// district name still tells far more apart than the province name they share.
void TestDissolve::twoCitiesLabelledByDistrict()
{
    ImportedLayer dongs = load("hangjeongdong_seoul_ver20210401.geojson");
    dongs.features += load("hangjeongdong_daejeon_ver20210401.geojson").features;
    auto r = dissolve(dongs.info, dongs.features, QStringLiteral("sgg"), QStringLiteral("gu"));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->features.size(), 30);
    QCOMPARE(r->info.labelField, QStringLiteral("sggnm"));
}

void TestDissolve::unknownField()
{
    LayerInfo info;
    info.name = QStringLiteral("dongs");
    info.fields = {FieldInfo{QStringLiteral("code"), FieldType::Text, {}}};
    auto r = dissolve(info, {}, QStringLiteral("gu"), QStringLiteral("x"));
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("gu")));
    QVERIFY(r.errorMessage().contains(QStringLiteral("dongs")));
}

void TestDissolve::unionOfSquares()
{
    // Two adjacent unit squares and one apart: union keeps area 3, two polygons.
    auto sq = [](double x) {
        Geometry g;
        g.type = Geometry::Type::Polygon;
        g.polygons = {Polygon{{Ring{{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}, {x, 0}}}}};
        return g;
    };
    auto u = unionAll({sq(0), sq(1), sq(5)});
    QVERIFY(u.ok());
    QCOMPARE(u->type, Geometry::Type::MultiPolygon);
    QCOMPARE(u->polygons.size(), 2);
    QCOMPARE(area(u.value()), 3.0);
}

QTEST_GUILESS_MAIN(TestDissolve)
#include "test_dissolve.moc"
