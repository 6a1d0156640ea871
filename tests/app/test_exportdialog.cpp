// GUI test of File > Export… on the sample project (offscreen): the dialog opens on the map's layer,
// exports the 250 m grid layer to GeoTIFF (one pixel per cell, the cells' values) and GeoPackage (the
// layer and its QGIS style) on a worker thread, answers the file chooser through its hook, and applies the
// project's privacy rule to unsaved edits too.
#include "AppFixture.h"
#include "ExportDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuietWindow.h"
#include "ThematicPanel.h"

#include "dosi/gis/ThematicMap.h"

#include <QComboBox>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_api.h>

#include <cmath>
#include <memory>

using namespace dosi;
using namespace dosi::desktop;

namespace {

using TestWindow = dosi::testing::QuietWindow;

// The file chooser answered by the test.
class AnsweringDialog : public ExportDialog {
public:
    using ExportDialog::ExportDialog;
    QString answer;
    QString askedSuggestion, askedFilter;

protected:
    QString askOutputPath(const QString& suggested, const QString& filter) override
    {
        askedSuggestion = suggested;
        askedFilter = filter;
        return answer;
    }
};

const QString kGridLayer = QStringLiteral("living_population_grid250");

}  // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheMapLayer();
    void gridToGeoTiff();
    void gridToGeoPackage();
    void fileChooserHook();
    void cancelLeavesNothing();
    void unsavedEditsAndPrivacyRule();

private:
    ExportDialog* openDialog();
    bool runExport(ExportDialog* dialog);

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
};

void TestExportDialog::initTestCase()
{
    GDALAllRegister();
    m_project = dosi::testing::startWithSample(QStringLiteral("test_exportdialog"), m_dir);
    if (m_project.isEmpty()) QSKIP("the sample project (resources/sample.dosi) has not been built");
    m_language = std::make_unique<LanguageManager>();
    m_language->apply(QStringLiteral("en"), false);
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
    QVERIFY(m_window->thematicPanel()->setActiveLayer(kGridLayer));
    QVERIFY2(m_window->errors.isEmpty(), qPrintable(m_window->errors.join(QLatin1Char('\n'))));
}

void TestExportDialog::cleanupTestCase()
{
    m_window.reset();
}

ExportDialog* TestExportDialog::openDialog()
{
    // A closed dialog is deleted later; wait for it so that findChild() finds the new one.
    if (!QTest::qWaitFor([this] { return !m_window->findChild<ExportDialog*>(); })) return nullptr;
    m_window->showExportDialog();
    auto* dialog = m_window->findChild<ExportDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog)) qWarning("the export dialog was not shown");
    return dialog;
}

bool TestExportDialog::runExport(ExportDialog* dialog)
{
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("exportStart"))->click();
    if (!dialog->isRunning() && done.isEmpty()) return false;   // refused: the reason is in the status line
    if (!done.wait(120000) && done.isEmpty()) return false;
    return done.first().at(0).toBool();
}

void TestExportDialog::opensOnTheMapLayer()
{
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->checkedLayers(), QStringList{kGridLayer});
    QCOMPARE(dialog->threshold(), 3);   // the project's rule (the default)
    auto* layers = dialog->findChild<QListWidget*>(QStringLiteral("exportLayers"));
    QVERIFY(layers && layers->count() >= 5);
    // GeoTIFF takes one layer: checking another unchecks the first.
    dialog->setFormat(ExportDialog::Format::GeoTiff);
    for (int i = 0; i < layers->count(); ++i)
        if (layers->item(i)->data(Qt::UserRole).toString() == QLatin1String("living_population"))
            layers->item(i)->setCheckState(Qt::Checked);
    QCOMPARE(dialog->checkedLayers(), QStringList{QStringLiteral("living_population")});
    // Refused without a file: said in the status line.
    dialog->setOutputPath(QString());
    QVERIFY(!dialog->startExport());
    QVERIFY(!dialog->statusText().isEmpty());
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());
}

void TestExportDialog::gridToGeoTiff()
{
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::GeoTiff);
    dialog->setCheckedLayers({kGridLayer});
    dialog->setTimeMode(ExportDialog::TimeMode::Current);
    dialog->setCellSize(0);   // automatic: the grid's own 250 m cells
    dialog->setCog(true);
    const QString tif = m_dir.filePath(QStringLiteral("grid.tif"));
    dialog->setOutputPath(tif);
    QVERIFY2(runExport(dialog), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("estimated")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->progressDialog());

    auto layer = gis::buildThematicLayer(*m_window->session()->store(), {kGridLayer, {}, {}});
    QVERIFY(layer.ok());
    GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(GDALGetGeoTransform(ds, gt), CE_None);
    QCOMPARE(gt[1], 250.0);
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "LAYOUT", "IMAGE_STRUCTURE")), QByteArray("COG"));
    QCOMPARE(QByteArray(GDALGetMetadataItem(ds, "DOSI_ESTIMATED", nullptr)), QByteArray("yes"));
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    QVector<double> px(qsizetype(w) * h);
    QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 0, 0, w, h, px.data(), w, h, GDT_Float64, 0, 0), CE_None);
    int compared = 0;
    for (int i = 0; i < layer->values.size(); ++i) {
        const double v = layer->values[i];
        if (!std::isfinite(v) || v <= 3) continue;
        const Envelope e = layer->data->geometries[i].envelope();
        const int col = int(std::lround((e.minX - gt[0]) / 250.0)), row = int(std::lround((gt[3] - e.maxY) / 250.0));
        QVERIFY(col >= 0 && row >= 0 && col < w && row < h);
        QCOMPARE(px[row * w + col], v);
        ++compared;
    }
    QVERIFY(compared > 9000);
    GDALClose(ds);
    dialog->close();
}

void TestExportDialog::gridToGeoPackage()
{
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::GeoPackage);
    dialog->setCheckedLayers({kGridLayer, QStringLiteral("living_population")});
    dialog->setTimeMode(ExportDialog::TimeMode::Current);
    const QString gpkg = m_dir.filePath(QStringLiteral("export.gpkg"));
    dialog->setOutputPath(gpkg);
    QVERIFY2(runExport(dialog), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("Exported 2 layer(s)")));

    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH grid = GDALDatasetGetLayerByName(ds, kGridLayer.toUtf8().constData());
    QVERIFY(grid);
    QCOMPARE(OGR_L_GetFeatureCount(grid, TRUE), GIntBig(19135));
    QVERIFY(OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(grid), "total_2019_03_06T14") >= 0);
    QVERIFY(GDALDatasetGetLayerByName(ds, "living_population"));
    OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
    QVERIFY(styles);
    QCOMPARE(OGR_L_GetFeatureCount(styles, TRUE), GIntBig(2));
    OGR_L_SetAttributeFilter(styles, "f_table_name = 'living_population_grid250'");
    OGRFeatureH f = OGR_L_GetNextFeature(styles);
    QVERIFY(f);
    const QString qml = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(styles), "styleQML")));
    OGR_F_Destroy(f);
    QVERIFY(qml.contains(QLatin1String("graduatedSymbol")));
    QVERIFY(qml.contains(QLatin1String("attr=\"total_2019_03_06T14\"")));
    QCOMPARE(qml.count(QLatin1String("<range ")), 5);   // quantile:5, as the map
    GDALClose(ds);
    dialog->close();
}

void TestExportDialog::fileChooserHook()
{
    ExportDialog::Context c;
    c.store = m_window->session()->store();
    c.projectPath = m_project;
    c.modified = false;
    c.layer = kGridLayer;
    AnsweringDialog dialog(c, m_window.get());
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.answer = m_dir.filePath(QStringLiteral("chosen.csv"));
    dialog.findChild<QPushButton*>(QStringLiteral("exportBrowse"))->click();
    QVERIFY(dialog.askedSuggestion.endsWith(kGridLayer + QStringLiteral(".csv")));
    QVERIFY(dialog.askedFilter.contains(QLatin1String("*.csv")));
    QCOMPARE(dialog.outputPath(), dialog.answer);
    // The suffix follows the format.
    dialog.setFormat(ExportDialog::Format::GeoPackage);
    QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("chosen.gpkg")));
    dialog.setFormat(ExportDialog::Format::Csv);
    QVERIFY2(runExport(&dialog), qPrintable(dialog.statusText()));
    QFile csv(dialog.outputPath());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF" "code,label,total_2019_03_06T14,estimated\r\n"));
}

void TestExportDialog::cancelLeavesNothing()
{
    // Every hour of the dong layer (336 columns, read by the worker), cancelled at once from the
    // progress dialog: no file, no temporary file.
    QTemporaryDir out;
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::GeoPackage);
    dialog->setCheckedLayers({QStringLiteral("living_population")});
    dialog->setTimeMode(ExportDialog::TimeMode::All);
    dialog->setOutputPath(out.filePath(QStringLiteral("all.gpkg")));
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QVERIFY(dialog->progressDialog());
    auto* cancel = dialog->progressDialog()->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(dialog->statusText().contains(QLatin1String("Cancelled")), qPrintable(dialog->statusText()));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());
}

void TestExportDialog::unsavedEditsAndPrivacyRule()
{
    // An unsaved edit (a stricter rule): the dialog reads the layers on the GUI thread and applies it.
    ProjectStore* store = m_window->session()->store();
    QVERIFY(store->setMetaValue(QStringLiteral("privacy_threshold"), QStringLiteral("1000")).ok());
    m_window->session()->notifyEdited();
    QVERIFY(m_window->session()->isModified());
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->threshold(), 1000);
    dialog->setFormat(ExportDialog::Format::Csv);
    dialog->setCheckedLayers({QStringLiteral("living_population")});
    dialog->setTimeMode(ExportDialog::TimeMode::Chosen);
    dialog->setChosenTimes({QStringLiteral("2019-03-04T03")});
    const QString path = m_dir.filePath(QStringLiteral("night.csv"));
    dialog->setOutputPath(path);
    auto layer = gis::buildThematicLayer(*store, {QStringLiteral("living_population"), QStringLiteral("total"),
                                                  QStringLiteral("2019-03-04T03")});
    QVERIFY(layer.ok());
    int expected = 0;
    for (double v : layer->values) expected += v > 0 && v <= 1000 ? 1 : 0;
    QVERIFY2(runExport(dialog), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("%1 value(s) of 1,000 or fewer people suppressed").arg(expected)),
             qPrintable(dialog->statusText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("code,label,total_2019_03_04T03,estimated\r\n")), qPrintable(text.left(80)));
    QCOMPARE(int(text.count(QStringLiteral(",*,no"))), expected);
    dialog->close();
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
