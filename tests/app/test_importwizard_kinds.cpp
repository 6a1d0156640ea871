// GUI test (offscreen) of the import wizard's movement, card-sales and points-from-CSV kinds, driven as a user
// would on a new project holding the real Seoul 행정동 boundaries:
//   - movement: the real OA-22300 sample plus a second day (two files at once), and a generic OD table whose
//     columns are not detected and are mapped on the mapping page;
//   - sales: the two real 추정매출 samples at once with the real commercial-area file (OA-15560);
//   - points: a CSV with x/y in EPSG:5181 (coordinates checked against gdaltransform), a CSV whose x/y columns
//     must be mapped, and the real EV charger list with one "lat,lon" column;
//   - cancelling a long movement import, and a points CSV with a non-numeric x: the project stays unchanged.
#include "ImportWizard.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "ProjectSession.h"

#include "ImportWizardFixture.h"

#include "dosi/gis/Geometry.h"
#include "dosi/gis/OdImport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using namespace dosi;
using namespace dosi::desktop;
using dosi::test::openWizard;
using dosi::test::runFromMapping;
using dosi::test::runToEnd;
using dosi::test::toMapping;
using dosi::test::writeFile;

namespace {

const QString kReal = QStringLiteral(DOSI_SHARED_DATA "/real");
const QString kSeoulDongs = kReal + QStringLiteral("/boundaries/hangjeongdong_seoul_ver20210401.geojson");
const QString kMovement = kReal + QStringLiteral("/mobility/busycafe_purpose_od_OA-22300_sample_20260630.csv");
const QString kSales2024 = kReal + QStringLiteral("/commercial/ejjunm_sample_sales_2024.csv");
const QString kSales2025 = kReal + QStringLiteral("/commercial/ejjunm_sample_sales_2025.csv");
const QString kAreas = kReal + QStringLiteral("/commercial/scksh_trade_area_OA-15560.csv");
const QString kEvChargers = kReal + QStringLiteral("/facilities/zackwoo05_ev_chargerinfo_sample_small.csv");

// The value of `field` at (unit, time), NaN when absent.
double measureAt(const ProjectStore& store, const QString& layer, const QString& unit, const QString& time,
                 const QString& field)
{
    auto table = store.readMeasures(layer, {field});
    if (!table) return NAN;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->units[r] == unit && table->times[r] == time) return table->columns[0][r];
    return NAN;
}

QPointF pointOf(const FeatureRecord& f)
{
    const gis::Geometry g = gis::Geometry::fromWkb(f.wkb);
    return g.points.isEmpty() ? QPointF(NAN, NAN) : g.points.first();
}

// Names and sizes of the project's layers: equal before and after means the project is unchanged.
QStringList layerSignature(const ProjectStore& store)
{
    QStringList out;
    for (const LayerInfo& l : store.layers())
        out << QStringLiteral("%1:%2:%3").arg(l.name).arg(l.featureCount).arg(l.rowCount);
    return out;
}

}  // namespace

class TestImportWizardKinds : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void importsSeoulMovementFiles();
    void mapsGenericOdColumns();
    void importsSalesWithAreas();
    void importsPointsCsvInEpsg5181();
    void mapsUndetectedPointColumns();
    void importsLatLonColumn();
    void cancelMovementLeavesProjectUnchanged();
    void badCoordinateNamesFileLineColumn();

private:
    QPointer<ImportWizard> open(ImportKind kind, const QStringList& files)
    {
        return openWizard(m_window.get(), kind, files);
    }
    ProjectStore& store() { return *m_window->session()->store(); }

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<dosi::test::TestWindow> m_window;
};

void TestImportWizardKinds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_window = dosi::test::startTestWindow(QStringLiteral("test_importwizard_kinds"), &m_language);
    QVERIFY(m_window);

    // The Seoul 행정동 boundaries, through the wizard: the zones of movement and the dongs of sales.
    QVERIFY(m_window->newProject());
    QPointer<ImportWizard> wizard = open(ImportKind::Boundaries, {kSeoulDongs});
    QVERIFY(runToEnd(wizard, QStringLiteral("dong")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    QCOMPARE(store().layer(QStringLiteral("dong"))->codeField, QStringLiteral("adm_cd2"));
    wizard->accept();
    QTRY_VERIFY(wizard.isNull());
}

void TestImportWizardKinds::cleanupTestCase()
{
    dosi::test::stopTestWindow(&m_window, &m_language);
}

void TestImportWizardKinds::importsSeoulMovementFiles()
{
    // A second day: the real sample with etl_ymd 20260701.
    QFile in(kMovement);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString secondDay = m_dir.filePath(QStringLiteral("purpose_od_20260701.csv"));
    QVERIFY(writeFile(secondDay, in.readAll().replace("20260630", "20260701")));

    QPointer<ImportWizard> wizard = open(ImportKind::Movement, {kMovement, secondDay});
    QVERIFY(wizard->currentPage()->isComplete());   // many files are allowed
    wizard->next();
    QTRY_VERIFY(wizard->isPreviewReady());
    const QString facts = wizard->previewFacts()->text();
    QVERIFY2(facts.contains(QStringLiteral("OA-22300")) && facts.contains(QStringLiteral("Encoding: UTF-8")), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("First file: 5 record(s) in 5 origin-destination cell(s), 6 zone(s)")),
             qPrintable(facts));
    QVERIFY(wizard->previewProblem()->text().isEmpty());
    QCOMPARE(wizard->previewTable()->rowCount(), 5);
    QCOMPARE(wizard->previewTable()->columnCount(), 11);
    QCOMPARE(wizard->previewTable()->item(0, 9)->text(), QStringLiteral("3.27"));
    wizard->next();
    // OA-22300 needs no column mapping.
    QVERIFY(!wizard->columnCombo(Column::Origin)->isVisibleTo(wizard));
    QVERIFY(!wizard->encodingCombo()->isVisibleTo(wizard));
    QVERIFY(wizard->zoneLayerCombo()->isVisibleTo(wizard));
    QVERIFY(runFromMapping(wizard, QStringLiteral("movement")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    QVERIFY(m_window->errors.isEmpty());

    const std::optional<LayerInfo> layer = store().layer(QStringLiteral("movement"));
    QVERIFY(layer);
    QVERIFY(gis::isOdLayer(*layer));
    QCOMPARE(layer->rowCount, qint64(10));
    QCOMPARE(layer->timeKind, TimeKind::Hour);
    QCOMPARE(layer->geometryLayer, QStringLiteral("dong"));
    QCOMPARE(layer->fields.size(), 11);
    QCOMPARE(layer->fields.first().name, QStringLiteral("count"));
    // First record: 11410710 -> 41285000, 0700, purpose 1 (commute), 17885 m, cnt 3.27.
    const QString unit = QStringLiteral("1141071000>41285000");
    QCOMPARE(measureAt(store(), QStringLiteral("movement"), unit, QStringLiteral("2026-06-30T07"), QStringLiteral("count")), 3.27);
    QCOMPARE(measureAt(store(), QStringLiteral("movement"), unit, QStringLiteral("2026-07-01T07"), QStringLiteral("p1_commute")), 3.27);
    QCOMPARE(measureAt(store(), QStringLiteral("movement"), unit, QStringLiteral("2026-06-30T07"), QStringLiteral("mean_dist_m")), 17885.0);
    const QString report = wizard->reportView()->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Zones of layer \"dong\": 4 of 6 zones")), qPrintable(report));
    QVERIFY(m_window->layerPanel()->displayedNames().contains(QStringLiteral("movement")));
    wizard->accept();
    QTRY_VERIFY(wizard.isNull());
}

void TestImportWizardKinds::mapsGenericOdColumns()
{
    // Column names no guess knows: origin, destination and count must be mapped (the period is detected).
    const QString od = m_dir.filePath(QStringLiteral("od_by_month.csv"));
    QVERIFY(writeFile(od, "A_ZONE,B_ZONE,YM,N\n"
                          "11110530,11140670,202403,10\n"
                          "11110530,11140670,202403,5\n"
                          "11140670,11110530,202403,7\n"
                          "11110530,11140670,202404,2\n"));
    QPointer<ImportWizard> wizard = open(ImportKind::Movement, {od});
    wizard->next();
    QTRY_VERIFY(wizard->isPreviewReady());
    QVERIFY(wizard->previewFacts()->text().contains(QStringLiteral("origin-destination table")));
    QVERIFY2(wizard->previewProblem()->text().contains(QStringLiteral("not all detected")),
             qPrintable(wizard->previewProblem()->text()));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(wizard->columnCombo(Column::Origin)->isVisibleTo(wizard));
    QCOMPARE(wizard->columnCombo(Column::Origin)->currentIndex(), -1);
    QCOMPARE(wizard->columnCombo(Column::Period)->currentText(), QStringLiteral("YM"));
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->mappingProblem()->text(), QStringLiteral("Choose the origin column."));
    wizard->setColumn(Column::Origin, QStringLiteral("A_ZONE"));
    wizard->setColumn(Column::Dest, QStringLiteral("B_ZONE"));
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->setColumn(Column::Count, QStringLiteral("N"));
    QVERIFY(wizard->currentPage()->isComplete());
    QVERIFY(runFromMapping(wizard, QStringLiteral("od_month")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);

    const std::optional<LayerInfo> layer = store().layer(QStringLiteral("od_month"));
    QVERIFY(layer);
    QCOMPARE(layer->rowCount, qint64(3));
    QCOMPARE(layer->timeKind, TimeKind::Day);   // a month is the Day key of its first day
    QCOMPARE(layer->geometryLayer, QStringLiteral("dong"));
    const QString unit = QStringLiteral("1111053000>1114067000");
    QCOMPARE(measureAt(store(), QStringLiteral("od_month"), unit, QStringLiteral("2024-03-01"), QStringLiteral("count")), 15.0);
    QCOMPARE(measureAt(store(), QStringLiteral("od_month"), unit, QStringLiteral("2024-04-01"), QStringLiteral("count")), 2.0);
    wizard->accept();
}

void TestImportWizardKinds::importsSalesWithAreas()
{
    QPointer<ImportWizard> wizard = open(ImportKind::Sales, {kSales2024, kSales2025});
    QVERIFY(!wizard->currentPage()->isComplete());   // the commercial-area file is missing
    wizard->setAreasFile(kAreas);
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isPreviewReady(), 30000);
    const QString facts = wizard->previewFacts()->text();
    QVERIFY2(facts.contains(QStringLiteral("Commercial areas: 1650 read from scksh_trade_area_OA-15560.csv, 1650 placed "
                                           "in a dong of \"dong\"")),
             qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("First file: 100 sales row(s)")), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("Quarters: 2024Q1")), qPrintable(facts));
    QCOMPARE(wizard->previewTable()->columnCount(), 55);
    QCOMPARE(wizard->previewTable()->rowCount(), 20);
    wizard->next();
    QCOMPARE(wizard->zoneLayerCombo()->currentText(), QStringLiteral("dong"));
    QVERIFY(runFromMapping(wizard, QStringLiteral("sales")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    QCOMPARE(wizard->summary().layers, QStringList({QStringLiteral("sales"), QStringLiteral("sales_by_industry")}));

    const std::optional<LayerInfo> layer = store().layer(QStringLiteral("sales"));
    QVERIFY(layer);
    QCOMPARE(layer->timeKind, TimeKind::Quarter);
    QCOMPARE(layer->geometryLayer, QStringLiteral("dong"));
    QCOMPARE(layer->fields.first().name, QStringLiteral("sales_amount"));
    // 9 dongs in 2024Q1 by the areas file's own codes, less 교남동 (its one 상권 3110004 lies in 무악동's
    // polygon), plus 3 dongs in 2025Q1.
    QCOMPARE(layer->rowCount, qint64(11));
    // 사직동: 상권 3110007, 3110012 and 3110013, 9 rows of 당월_매출_금액 in 2024Q1 (summed with Python's csv).
    QCOMPARE(measureAt(store(), QStringLiteral("sales"), QStringLiteral("1111053000"), QStringLiteral("2024Q1"),
                       QStringLiteral("sales_amount")),
             4123972651.0);
    QVERIFY(store().layer(QStringLiteral("sales_by_industry"))->rowCount > layer->rowCount);
    QVERIFY(wizard->reportView()->toPlainText().contains(QStringLiteral("1650 read")));
    const QStringList shown = m_window->layerPanel()->displayedNames();
    QVERIFY(shown.contains(QStringLiteral("sales")) && shown.contains(QStringLiteral("sales_by_industry")));
    wizard->accept();
}

void TestImportWizardKinds::importsPointsCsvInEpsg5181()
{
    // Two real 상권 centroids of OA-15560 (X/Y in EPSG:5181) and a third point.
    const QString csv = m_dir.filePath(QStringLiteral("sites_5181.csv"));
    QVERIFY(writeFile(csv, "id,name,x,y\n"
                           "S1,황학동벼룩시장,201642,452260\n"
                           "S2,배화여자대학교,197093,453418\n"
                           "S3,third,198000,451000\n"));
    QPointer<ImportWizard> wizard = open(ImportKind::PointsCsv, {csv});
    wizard->next();
    QTRY_VERIFY(wizard->isPreviewReady());
    const QString facts = wizard->previewFacts()->text();
    QVERIFY2(facts.contains(QStringLiteral("X column: x, Y column: y")) && facts.contains(QStringLiteral("EPSG:5181"))
                 && facts.contains(QStringLiteral("First file: 3 point(s)")),
             qPrintable(facts));
    wizard->next();
    QCOMPARE(wizard->columnCombo(Column::X)->currentText(), QStringLiteral("x"));
    QCOMPARE(wizard->columnCombo(Column::Y)->currentText(), QStringLiteral("y"));
    QCOMPARE(wizard->codeFieldCombo()->currentText(), QStringLiteral("id"));
    QVERIFY(wizard->crsCombo()->isVisibleTo(wizard));
    QCOMPARE(wizard->request().crs, QStringLiteral("EPSG:5181"));
    QVERIFY(runFromMapping(wizard, QStringLiteral("sites")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);

    const std::optional<LayerInfo> layer = store().layer(QStringLiteral("sites"));
    QVERIFY(layer);
    QCOMPARE(layer->kind, LayerKind::Points);
    QCOMPARE(layer->featureCount, qint64(3));
    QCOMPARE(layer->codeField, QStringLiteral("id"));
    QCOMPARE(layer->fields.size(), 2);
    QCOMPARE(layer->fields[1].name, QStringLiteral("name"));
    auto features = store().readFeatures(QStringLiteral("sites"));
    QVERIFY(features);
    QCOMPARE(features->at(0).values.value(0).toString(), QStringLiteral("S1"));
    // gdaltransform -s_srs EPSG:5181 -t_srs EPSG:5179 -output_xy (GDAL 3.6, PROJ 9.1)
    const QPointF p1 = pointOf(features->at(0)), p2 = pointOf(features->at(1));
    QVERIFY2(std::hypot(p1.x() - 957487.394646051, p1.y() - 1952387.83309794) < 1.0, qPrintable(QString::number(p1.x())));
    QVERIFY(std::hypot(p2.x() - 952946.326362836, p2.y() - 1953569.58088925) < 1.0);
    QVERIFY(m_window->layerPanel()->displayedNames().contains(QStringLiteral("sites")));
    wizard->accept();
}

void TestImportWizardKinds::mapsUndetectedPointColumns()
{
    const QString csv = m_dir.filePath(QStringLiteral("stations.csv"));
    QVERIFY(writeFile(csv, "station,east_m,north_m\nA,953000,1952000\nB,954000.5,1951000.25\n"));
    QPointer<ImportWizard> wizard = open(ImportKind::PointsCsv, {csv});
    QVERIFY(toMapping(wizard));
    QVERIFY(wizard->preview().problem.contains(QStringLiteral("No coordinate columns were detected")));
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->setColumn(Column::X, QStringLiteral("east_m"));
    wizard->setColumn(Column::Y, QStringLiteral("north_m"));
    wizard->setColumn(Column::Code, QStringLiteral("station"));
    QCOMPARE(wizard->mappingProblem()->text(), QStringLiteral("Choose the coordinate system of the x and y columns."));
    wizard->setCrs(QStringLiteral("EPSG:5179"));
    QVERIFY2(wizard->currentPage()->isComplete(), qPrintable(wizard->mappingProblem()->text()));
    QVERIFY(runFromMapping(wizard, QStringLiteral("stations")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    auto features = store().readFeatures(QStringLiteral("stations"));
    QVERIFY(features);
    QCOMPARE(features->size(), 2);
    QCOMPARE(pointOf(features->at(1)), QPointF(954000.5, 1951000.25));   // EPSG:5179 is kept as it is
    QCOMPARE(store().layer(QStringLiteral("stations"))->codeField, QStringLiteral("station"));
    wizard->accept();
}

void TestImportWizardKinds::importsLatLonColumn()
{
    QPointer<ImportWizard> wizard = open(ImportKind::PointsCsv, {kEvChargers});
    QVERIFY(toMapping(wizard));
    QCOMPARE(wizard->columnCombo(Column::LatLon)->currentText(), QStringLiteral("위도경도"));
    QVERIFY(!wizard->columnCombo(Column::X)->isEnabled());
    QCOMPARE(wizard->codeFieldCombo()->currentIndex(), 0);   // (generated)
    QCOMPARE(wizard->labelFieldCombo()->currentText(), QStringLiteral("충전소명"));
    QVERIFY(runFromMapping(wizard, QStringLiteral("chargers")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    const std::optional<LayerInfo> layer = store().layer(QStringLiteral("chargers"));
    QCOMPARE(layer->featureCount, qint64(500));   // data rows of the file
    QCOMPARE(layer->labelField, QStringLiteral("충전소명"));
    auto features = store().readFeatures(QStringLiteral("chargers"));
    // "37.5372628,126.8383789" -> gdaltransform -s_srs EPSG:4326 -t_srs EPSG:5179 -output_xy
    const QPointF p = pointOf(features->at(0));
    QVERIFY(std::hypot(p.x() - 941547.997232036, p.y() - 1948865.99630225) < 1.0);
    wizard->accept();
}

void TestImportWizardKinds::cancelMovementLeavesProjectUnchanged()
{
    // 420,000 OA-22300 records (about 30 MB): long enough to cancel after the first progress report.
    const QString big = m_dir.filePath(QStringLiteral("purpose_od_big.csv"));
    {
        QByteArray csv = "o_admdong_cd,d_admdong_cd,st_time_cd,fns_time_cd,in_forn_div_nm,forn_citiz_nm,move_purpose,"
                         "move_dist,move_time,cnt,etl_ymd\n";
        csv.reserve(40 * 1024 * 1024);
        for (int i = 0; i < 420000; ++i)
            csv += QByteArray::number(11110510 + (i % 300) * 10) + "," + QByteArray::number(11140510 + (i / 300 % 200) * 10)
                   + "," + QByteArray::number(i % 24).rightJustified(2, '0') + "20,23,내국인,한국,"
                   + QByteArray::number(1 + i % 7) + "," + QByteArray::number(i) + ",30,2.5,20260630\n";
        QVERIFY(writeFile(big, csv));
    }
    const QStringList before = layerSignature(store());
    const bool modifiedBefore = m_window->session()->isModified();
    const int errorsBefore = int(m_window->errors.size());

    QPointer<ImportWizard> wizard = open(ImportKind::Movement, {big});
    QVERIFY(toMapping(wizard));
    QVERIFY2(wizard->previewFacts()->text().contains(QStringLiteral("First 5000 lines: 5000 record(s)")),
             qPrintable(wizard->previewFacts()->text()));
    wizard->setLayerName(QStringLiteral("big_movement"));
    wizard->next();
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->progressBar()->value() > 0 || wizard->runState() != ImportWizard::RunState::Running, 60000);
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Running);
    QTest::mouseClick(wizard->cancelImportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runState() != ImportWizard::RunState::Running, 60000);
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Cancelled);
    QCOMPARE(layerSignature(store()), before);
    QVERIFY(!store().hasLayer(QStringLiteral("big_movement")));
    QCOMPARE(m_window->session()->isModified(), modifiedBefore);
    QCOMPARE(int(m_window->errors.size()), errorsBefore);   // cancelling is not an error
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());
}

void TestImportWizardKinds::badCoordinateNamesFileLineColumn()
{
    const QString csv = m_dir.filePath(QStringLiteral("bad_points.csv"));
    QVERIFY(writeFile(csv, "id,x,y\nP1,127.0,37.5\nP2,abc,37.6\n"));
    const QStringList before = layerSignature(store());
    m_window->errors.clear();
    QPointer<ImportWizard> wizard = open(ImportKind::PointsCsv, {csv});
    QVERIFY(toMapping(wizard));
    // The dry run already shows it on the preview page.
    QVERIFY2(wizard->preview().problem.contains(QStringLiteral("line 3, column x")), qPrintable(wizard->preview().problem));
    QVERIFY(runFromMapping(wizard, QStringLiteral("bad_points")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Failed);
    QCOMPARE(m_window->errors.size(), 1);
    const QString error = m_window->errors.first();
    QVERIFY2(error.contains(QDir::toNativeSeparators(csv)) && error.contains(QStringLiteral("line 3"))
                 && error.contains(QStringLiteral("column x")) && error.contains(QStringLiteral("\"abc\"")),
             qPrintable(error));
    QCOMPARE(wizard->reportView()->toPlainText(), error);
    QCOMPARE(layerSignature(store()), before);
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());   // back to fix the mapping
    wizard->reject();
}

QTEST_MAIN(TestImportWizardKinds)
#include "test_importwizard_kinds.moc"
