// Desktop: the thematic panel offers the measures a living-population layer can derive (labelled as
// derived) and the map composer draws them with values computed from the stored bands.
#include "MapComposer.h"
#include "ThematicPanel.h"

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/Geometry.h"

#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <cmath>

using namespace dosi;

namespace {

FeatureRecord square(double x0, double y0, const QString& code)
{
    gis::Geometry g;
    g.type = gis::Geometry::Type::Polygon;
    gis::Polygon poly;
    poly.rings << gis::Ring{{x0, y0}, {x0 + 1000, y0}, {x0 + 1000, y0 + 1000}, {x0, y0 + 1000}, {x0, y0}};
    g.polygons << poly;
    FeatureRecord r;
    r.wkb = g.toWkb();
    r.envelope = Envelope{x0, y0, x0 + 1000, y0 + 1000};
    r.values = {code, code};
    return r;
}

// Band i of unit k (k = 1, 2, 3): male (10 + i) * k, female (20 + i) * k^2, so the units' ratios differ:
// women 20-39 = 98 k^2, 65+ = 45 k + 65 k^2.
QVector<double> bandValues(int k)
{
    QVector<double> v = {600.0 * k};
    for (int i = 0; i < 14; ++i) v << (10 + i) * double(k);
    for (int i = 0; i < 14; ++i) v << (20 + i) * double(k * k);
    return v;
}

}  // namespace

class TestDerivedPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = ProjectStore::create(m_dir.filePath(QStringLiteral("p.dosi")), QStringLiteral("panel"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_store = std::move(created).value();
        LayerInfo dongs;
        dongs.name = QStringLiteral("dongs");
        dongs.kind = LayerKind::Boundaries;
        dongs.codeField = QStringLiteral("code");
        dongs.labelField = QStringLiteral("name");
        dongs.fields = {FieldInfo{QStringLiteral("code"), FieldType::Text, {}}, FieldInfo{QStringLiteral("name"), FieldType::Text, {}}};
        QVERIFY(m_store->addFeatureLayer(dongs, {square(950000, 1950000, QStringLiteral("D1")),
                                                 square(951000, 1950000, QStringLiteral("D2")),
                                                 square(952000, 1950000, QStringLiteral("D3"))})
                    .ok());
        LayerInfo lp;
        lp.name = QStringLiteral("lp");
        lp.title = QStringLiteral("Living population");
        lp.kind = LayerKind::Measure;
        lp.geometryLayer = QStringLiteral("dongs");
        lp.timeKind = TimeKind::Hour;
        MeasureTable t;
        // Official field names, as importLivingPopulation stores them.
        t.fields << QStringLiteral("total");
        for (const QString& sex : {QStringLiteral("male"), QStringLiteral("female")})
            for (const char* b : {"0_9", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54",
                                  "55_59", "60_64", "65_69", "70_plus"})
                t.fields << sex + QLatin1Char('_') + QLatin1String(b);
        t.columns.resize(t.fields.size());
        for (int k = 1; k <= 3; ++k)
            t.addRow(QStringLiteral("D%1").arg(k), QStringLiteral("2019-03-04T08"), bandValues(k));
        for (const QString& f : t.fields) lp.fields << FieldInfo{f, FieldType::Real, {}};
        auto added = m_store->addMeasureLayer(lp, t);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }

    void panelOffersDerived()
    {
        desktop::ThematicPanel panel;
        panel.setProject(m_store.get());
        QVERIFY(panel.setActiveLayer(QStringLiteral("lp")));
        auto* fields = panel.findChild<QComboBox*>(QStringLiteral("thematicField"));
        QVERIFY(fields);
        // Stored fields first (29), then the derived ones not stored: total_bands, male, female, age groups, 소멸위험지수.
        QCOMPARE(fields->count(), 29 + 7);
        QCOMPARE(fields->itemData(0).toString(), QStringLiteral("total"));
        const int er = fields->findData(QStringLiteral("extinction_risk"));
        QCOMPARE(er, fields->count() - 1);
        QCOMPARE(fields->itemText(er), QStringLiteral("Derived: Extinction risk index (소멸위험지수)"));
        QCOMPARE(fields->itemText(fields->findData(QStringLiteral("age_65_plus"))), QStringLiteral("Derived: Age 65 and over"));
        // "total" is stored, so it is not offered twice.
        QCOMPARE(fields->findData(QStringLiteral("total")), 0);

        panel.setField(QStringLiteral("extinction_risk"));
        const desktop::ThematicChoice choice = panel.choice();
        QCOMPARE(choice.field, QStringLiteral("extinction_risk"));
        QCOMPARE(choice.time, QStringLiteral("2019-03-04T08"));

        // The map draws it from the bands.
        desktop::MapComposer composer;
        composer.reset(m_store.get());
        const desktop::Composition c = composer.compose(choice);
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        const gis::ThematicLayer* active = composer.activeLayer();
        QVERIFY(active);
        QCOMPARE(active->field, QStringLiteral("extinction_risk"));
        QCOMPARE(active->values.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const int k = active->data->codes[i].mid(1).toInt();
            const double expected = 98.0 * k * k / (45.0 * k + 65.0 * k * k);   // 98/110, 392/350, 882/720
            QVERIFY2(std::abs(active->values[i] - expected) < 1e-12, qPrintable(QString::number(active->values[i])));
        }
    }
};

QTEST_MAIN(TestDerivedPanel)
#include "test_derivedpanel.moc"
