#include "SeoulFixture.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/gis/Geometry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtMath>
#include <cmath>

namespace dosi::test {

QPointF lonLatTo5179(double lonDeg, double latDeg)
{
    const double a = 6378137.0, f = 1.0 / 298.257222101;   // GRS80
    const double e2 = f * (2 - f), ep2 = e2 / (1 - e2);
    const double k0 = 0.9996, lat0 = qDegreesToRadians(38.0), lon0 = qDegreesToRadians(127.5);
    const double fe = 1000000.0, fn = 2000000.0;
    auto meridian = [&](double phi) {
        const double e4 = e2 * e2, e6 = e4 * e2;
        return a * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi)
                    + (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) - (35 * e6 / 3072) * std::sin(6 * phi));
    };
    const double phi = qDegreesToRadians(latDeg), lam = qDegreesToRadians(lonDeg);
    const double N = a / std::sqrt(1 - e2 * std::sin(phi) * std::sin(phi));
    const double T = std::tan(phi) * std::tan(phi);
    const double C = ep2 * std::cos(phi) * std::cos(phi);
    const double A = (lam - lon0) * std::cos(phi);
    const double M = meridian(phi), M0 = meridian(lat0);
    const double x = k0 * N * (A + (1 - T + C) * std::pow(A, 3) / 6 + (5 - 18 * T + T * T + 72 * C - 58 * ep2) * std::pow(A, 5) / 120);
    const double y = k0 * (M - M0 + N * std::tan(phi) * (A * A / 2 + (5 - T + 9 * C + 4 * C * C) * std::pow(A, 4) / 24
                                                         + (61 - 58 * T + T * T + 600 * C - 330 * ep2) * std::pow(A, 6) / 720));
    return {fe + x, fn + y};
}

namespace {

gis::Ring ringFromJson(const QJsonArray& coords)
{
    gis::Ring r;
    r.reserve(coords.size());
    for (const QJsonValue& c : coords) {
        const QJsonArray p = c.toArray();
        r.append(lonLatTo5179(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return r;
}

gis::Geometry geometryFromJson(const QJsonObject& g)
{
    gis::Geometry out;
    const QString type = g.value(QStringLiteral("type")).toString();
    const QJsonArray coords = g.value(QStringLiteral("coordinates")).toArray();
    auto polygon = [](const QJsonArray& rings) {
        gis::Polygon p;
        for (const QJsonValue& r : rings) p.rings.append(ringFromJson(r.toArray()));
        return p;
    };
    if (type == QLatin1String("Polygon")) {
        out.type = gis::Geometry::Type::Polygon;
        out.polygons.append(polygon(coords));
    } else if (type == QLatin1String("MultiPolygon")) {
        out.type = gis::Geometry::Type::MultiPolygon;
        for (const QJsonValue& p : coords) out.polygons.append(polygon(p.toArray()));
    }
    return out;
}

}  // namespace

Result<std::unique_ptr<ProjectStore>> buildSeoulFixture(const QString& path, int hours)
{
    const QString sample = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/");
    QFile gj(sample + QStringLiteral("hangjeongdong_seoul_ver20210401.geojson"));
    if (!gj.open(QIODevice::ReadOnly)) return makeError(QStringLiteral("cannot open %1").arg(gj.fileName()));
    const QJsonArray features = QJsonDocument::fromJson(gj.readAll()).object().value(QStringLiteral("features")).toArray();
    if (features.isEmpty()) return makeError(QStringLiteral("no features in %1").arg(gj.fileName()));

    auto created = ProjectStore::create(path, QStringLiteral("Render fixture"));
    if (!created) return created.error();
    std::unique_ptr<ProjectStore> store = std::move(created.value());

    LayerInfo dongs;
    dongs.name = QString::fromLatin1(kDongLayer);
    dongs.title = QStringLiteral("Seoul 행정동");
    dongs.kind = LayerKind::Boundaries;
    dongs.codeField = QStringLiteral("code");
    dongs.labelField = QStringLiteral("name");
    dongs.fields = {FieldInfo{QStringLiteral("code"), FieldType::Text, {}}, FieldInfo{QStringLiteral("name"), FieldType::Text, {}},
                    FieldInfo{QStringLiteral("gu"), FieldType::Text, {}}};
    dongs.source = gj.fileName();
    QVector<FeatureRecord> recs;
    for (const QJsonValue& fv : features) {
        const QJsonObject f = fv.toObject();
        const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        const gis::Geometry g = geometryFromJson(f.value(QStringLiteral("geometry")).toObject());
        FeatureRecord r;
        r.wkb = g.toWkb();
        r.envelope = g.envelope();
        r.values = {props.value(QStringLiteral("adm_cd2")).toString(), props.value(QStringLiteral("adm_nm")).toString(),
                    props.value(QStringLiteral("sggnm")).toString()};
        recs.append(r);
    }
    if (auto ok = store->addFeatureLayer(dongs, recs); !ok) return ok.error();

    QFile pj(sample + QStringLiteral("hanbyul_week20190304_dong_hourly_whole.json"));
    if (!pj.open(QIODevice::ReadOnly)) return makeError(QStringLiteral("cannot open %1").arg(pj.fileName()));
    const QJsonArray dongsPop = QJsonDocument::fromJson(pj.readAll()).array();
    MeasureTable table;
    table.fields = {QStringLiteral("total")};
    for (int h = 0; h < hours; ++h) {
        const QString time = hourKey(QDate(2019, 3, 4).addDays(h / 24), h % 24);
        for (const QJsonValue& dv : dongsPop) {
            const QJsonObject d = dv.toObject();
            const QString unit = QString::number(d.value(QStringLiteral("code_8")).toInteger()) + QStringLiteral("00");
            table.addRow(unit, time, {d.value(QStringLiteral("t")).toArray().at(h).toDouble()});
        }
    }
    LayerInfo pop;
    pop.name = QString::fromLatin1(kPopLayer);
    pop.title = QStringLiteral("Living population");
    pop.kind = LayerKind::Measure;
    pop.geometryLayer = dongs.name;
    pop.timeKind = TimeKind::Hour;
    pop.source = pj.fileName();
    if (auto ok = store->addMeasureLayer(pop, table); !ok) return ok.error();
    if (auto ok = store->setMetaValue(QStringLiteral("attribution"),
                                      QStringLiteral("행정동 경계: 통계청 SGIS (공공누리 제1유형), 가공 vuski/admdongkor (CC BY 4.0)\n"
                                                     "생활인구: 서울 열린데이터광장 서울생활인구 (via hanbyul-here/seoul-population-by-time)"));
        !ok)
        return ok.error();
    return store;
}

}  // namespace dosi::test
