// GUI test of the import wizard (offscreen): boundaries from the real Daejeon GeoJSON, a small Seoul
// living-population CSV (masked value kept), cancelling a long import, and a bad file (one error, nothing added).
// With DOSI_WIZARD_SHOTS=<folder> (under xvfb with the xcb platform) it also saves a screenshot of every
// page in English and Korean through ImageMagick's `import -window root`.
#include "ImportWizard.h"
#include "LanguageManager.h"
#include "LayerPanel.h"
#include "MainWindow.h"

#include "dosi/core/Values.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ImportWizardFixture.h"
#include "TestFiles.h"
#include <memory>

using namespace dosi;
using namespace dosi::desktop;
using dosi::test::quotedLine;
using dosi::test::writeFile;

namespace {

const QString kDaejeon = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_daejeon_ver20210401.geojson");

}  // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void importsBoundaries();
    void layerNameMustBeUnique();
    void importsLivingPopulation();
    void cancelLeavesProjectUnchanged();
    void badFileShowsOneError();
    void screenshots();

private:
    QPointer<ImportWizard> openWizard(ImportKind kind, const QStringList& files)
    {
        return dosi::test::openWizard(m_window.get(), kind, files);
    }
    static bool runToEnd(ImportWizard* wizard, const QString& name, int timeoutMs = 60000)
    {
        return dosi::test::runToEnd(wizard, name, timeoutMs);
    }

    QTemporaryDir m_dir;
    QString m_livingCsv;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<dosi::test::TestWindow> m_window;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());

    // 2 Daejeon dongs (8-digit Seoul-style codes) x 2 hours, every field quoted, UTF-8 with BOM; one '*'.
    QByteArray csv = "\xEF\xBB\xBF" + quotedLine(dosi::test::seoulDongHeader());
    const QStringList codes = {QStringLiteral("30110530"), QStringLiteral("30110551")};
    for (const QString& hour : {QStringLiteral("08"), QStringLiteral("09")}) {
        for (const QString& code : codes) {
            QStringList row = {QStringLiteral("20190304"), hour, code, QStringLiteral("1234.5")};
            for (int i = 0; i < 28; ++i) row << QString::number(10 + i) + QStringLiteral(".25");
            if (hour == QLatin1String("09") && code == codes.first()) row[6] = QStringLiteral("*");
            csv += quotedLine(row);
        }
    }
    m_livingCsv = m_dir.filePath(QStringLiteral("LOCAL_PEOPLE_DONG_201903.csv"));
    QVERIFY(writeFile(m_livingCsv, csv));

    m_window = dosi::test::startTestWindow(QStringLiteral("test_importwizard"), &m_language);
    QVERIFY(m_window);
}

void TestImportWizard::cleanupTestCase()
{
    dosi::test::stopTestWindow(&m_window, &m_language);
}

void TestImportWizard::importsBoundaries()
{
    QVERIFY(m_window->newProject());
    QPointer<ImportWizard> wizard = openWizard(ImportKind::Boundaries, {kDaejeon});
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY(wizard->isPreviewReady());
    QCOMPARE(wizard->previewTable()->rowCount(), 20);
    QVERIFY(wizard->previewTable()->columnCount() >= 7);
    QVERIFY2(wizard->previewFacts()->text().contains(QStringLiteral("adm_cd2")), qPrintable(wizard->previewFacts()->text()));
    QVERIFY(wizard->previewFacts()->text().contains(QStringLiteral("Features: 79")));
    QVERIFY(wizard->previewFacts()->text().contains(QStringLiteral("EPSG:4326")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(wizard->codeFieldCombo()->currentText(), QStringLiteral("adm_cd2"));
    QCOMPARE(wizard->labelFieldCombo()->currentText(), QStringLiteral("adm_nm"));
    QCOMPARE(wizard->layerNameEdit()->text(), QStringLiteral("hangjeongdong_daejeon_ver20210401"));
    QVERIFY(runToEnd(wizard, QStringLiteral("daejeon")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    QVERIFY(m_window->errors.isEmpty());
    QVERIFY(wizard->reportView()->toPlainText().contains(QStringLiteral("79 of 79")));

    const std::optional<LayerInfo> layer = m_window->session()->store()->layer(QStringLiteral("daejeon"));
    QVERIFY(layer.has_value());
    QCOMPARE(layer->featureCount, qint64(79));
    QCOMPARE(layer->codeField, QStringLiteral("adm_cd2"));
    QCOMPARE(m_window->session()->store()->readFeatures(QStringLiteral("daejeon"))->size(), 79);
    QVERIFY(m_window->layerPanel()->displayedNames().contains(QStringLiteral("daejeon")));
    QVERIFY(m_window->session()->isModified());
    QVERIFY(m_window->isWindowModified());
    wizard->accept();
    QTRY_VERIFY(wizard.isNull());   // deleted on close
}

void TestImportWizard::layerNameMustBeUnique()
{
    QPointer<ImportWizard> wizard = openWizard(ImportKind::Boundaries, {kDaejeon});
    wizard->next();
    QTRY_VERIFY(wizard->isPreviewReady());
    wizard->next();
    // The default name is made unique; a taken name blocks the Import button.
    QCOMPARE(wizard->layerNameEdit()->text(), QStringLiteral("hangjeongdong_daejeon_ver20210401"));
    wizard->setLayerName(QStringLiteral("daejeon"));
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->setLayerName(QString());
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->setLayerName(QStringLiteral("daejeon2"));
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(!m_window->session()->store()->hasLayer(QStringLiteral("daejeon2")));
}

void TestImportWizard::importsLivingPopulation()
{
    QPointer<ImportWizard> wizard = openWizard(ImportKind::LivingPopulation, {m_livingCsv});
    wizard->next();
    QTRY_VERIFY(wizard->isPreviewReady());
    QCOMPARE(wizard->previewTable()->rowCount(), 4);
    QCOMPARE(wizard->previewTable()->columnCount(), 32);
    const QString facts = wizard->previewFacts()->text();
    QVERIFY2(facts.contains(QStringLiteral("UTF-8")) && facts.contains(QStringLiteral("by dong")), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("1 masked")), qPrintable(facts));
    QVERIFY(runToEnd(wizard, QStringLiteral("living")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Succeeded);
    QVERIFY(m_window->errors.isEmpty());

    ProjectStore* store = m_window->session()->store();
    const std::optional<LayerInfo> layer = store->layer(QStringLiteral("living"));
    QVERIFY(layer.has_value());
    QCOMPARE(layer->rowCount, qint64(4));
    QCOMPARE(layer->timeKind, TimeKind::Hour);
    QCOMPARE(layer->geometryLayer, QStringLiteral("daejeon"));   // joined to the layer with most matches
    QCOMPARE(wizard->summary().geometryLayer, QStringLiteral("daejeon"));
    auto table = store->readMeasures(QStringLiteral("living"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(table->units.contains(QStringLiteral("3011053000")));
    int masked = 0;
    for (const QVector<double>& col : table->columns)
        for (double v : col) masked += isMasked(v) ? 1 : 0;
    QCOMPARE(masked, 1);
    const int total = table->fieldIndex(QStringLiteral("total"));
    QVERIFY(total >= 0);
    QCOMPARE(table->columns[total][0], 1234.5);
    QVERIFY(wizard->reportView()->toPlainText().contains(QStringLiteral("1 masked")));
    QVERIFY(wizard->reportView()->toPlainText().contains(QStringLiteral("2 of 79")));
    QVERIFY(m_window->layerPanel()->displayedNames().contains(QStringLiteral("living")));
    wizard->accept();
}

void TestImportWizard::cancelLeavesProjectUnchanged()
{
    // ~200,000 rows: 500 units x 24 hours x 17 days.
    const QString big = m_dir.filePath(QStringLiteral("LOCAL_PEOPLE_DONG_BIG.csv"));
    {
        QByteArray csv = quotedLine(dosi::test::seoulDongHeader());
        QByteArray tail;
        for (int i = 0; i < 28; ++i) tail += "," + QByteArray::number(10 + i) + ".5";
        tail += "\r\n";
        csv.reserve(40 * 1024 * 1024);
        for (int day = 1; day <= 17; ++day)
            for (int h = 0; h < 24; ++h)
                for (int u = 0; u < 500; ++u)
                    csv += "201903" + QByteArray::number(day).rightJustified(2, '0') + ","
                           + QByteArray::number(h).rightJustified(2, '0') + "," + QByteArray::number(11110000 + u * 10)
                           + ",1000.5" + tail;
        QVERIFY(writeFile(big, csv));
    }
    ProjectStore* store = m_window->session()->store();
    const int layersBefore = int(store->layers().size());
    const int errorsBefore = int(m_window->errors.size());

    QPointer<ImportWizard> wizard = openWizard(ImportKind::LivingPopulation, {big});
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isPreviewReady(), 30000);
    QVERIFY2(wizard->previewFacts()->text().contains(QStringLiteral("First 5000 lines")),
             qPrintable(wizard->previewFacts()->text()));
    wizard->next();
    wizard->setLayerName(QStringLiteral("big"));
    wizard->next();
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Running);
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    // Cancel while the worker runs. (The fast reader takes these 204,000 rows in well under a tenth
    // of a second, so waiting for a progress report first would race with the end of the import.)
    // A cancel made before the worker's result reaches the GUI thread always wins: nothing is written.
    QTest::mouseClick(wizard->cancelImportButton(), Qt::LeftButton);
    QVERIFY(!wizard->cancelImportButton()->isEnabled());   // taken: "Cancelling…"
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runState() != ImportWizard::RunState::Running, 60000);
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Cancelled);
    QCOMPARE(int(store->layers().size()), layersBefore);
    QVERIFY(!store->hasLayer(QStringLiteral("big")));
    QCOMPARE(int(m_window->errors.size()), errorsBefore);   // cancelling is not an error
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());

    // The wizard's own Cancel while running: stops the worker, then closes.
    wizard->back();
    wizard->next();
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Running);
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), 60000);
    QCOMPARE(int(store->layers().size()), layersBefore);
    QCOMPARE(int(m_window->errors.size()), errorsBefore);
}

void TestImportWizard::badFileShowsOneError()
{
    ProjectStore* store = m_window->session()->store();
    const int layersBefore = int(store->layers().size());
    m_window->errors.clear();

    // A zip archive named .csv, given as living population.
    const QString zip = m_dir.filePath(QStringLiteral("not_a_table.csv"));
    QByteArray bytes("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    for (int i = 0; i < 200; ++i) bytes += char(i * 37 % 256);
    QVERIFY(writeFile(zip, bytes));
    QPointer<ImportWizard> wizard = openWizard(ImportKind::LivingPopulation, {zip});
    QVERIFY(runToEnd(wizard, QStringLiteral("broken")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Failed);
    QCOMPARE(m_window->errors.size(), 1);
    QVERIFY2(m_window->errors.first().contains(QStringLiteral("not_a_table.csv")), qPrintable(m_window->errors.first()));
    QCOMPARE(int(store->layers().size()), layersBefore);
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());

    // Boundaries from a file GDAL cannot read.
    m_window->errors.clear();
    wizard = openWizard(ImportKind::Boundaries, {zip});
    QVERIFY(runToEnd(wizard, QStringLiteral("broken")));
    QCOMPARE(wizard->runState(), ImportWizard::RunState::Failed);
    QCOMPARE(m_window->errors.size(), 1);
    QVERIFY(m_window->errors.first().contains(QStringLiteral("not_a_table.csv")));
    QCOMPARE(int(store->layers().size()), layersBefore);
    wizard->reject();
}

void TestImportWizard::screenshots()
{
    const QString folder = qEnvironmentVariable("DOSI_WIZARD_SHOTS");
    if (folder.isEmpty()) QSKIP("set DOSI_WIZARD_SHOTS=<folder> (under xvfb) to take screenshots");
    QDir().mkpath(folder);
    auto shoot = [&](QWidget* w, const QString& name) {
        w->raise();
        w->activateWindow();
        QTest::qWait(400);
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     QDir(folder).filePath(name + QStringLiteral(".png"))});
    };
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        m_language->apply(lang, false);
        QTest::qWait(200);
        struct Case { ImportKind kind; QStringList files; QString tag; };
        const QString points = m_dir.filePath(QStringLiteral("stations.csv"));   // columns to map by hand
        QVERIFY(writeFile(points, "station,east_m,north_m\nA,990000,1820000\nB,991000,1821000\n"));
        const QString movement = QStringLiteral(DOSI_SHARED_DATA "/real/mobility/busycafe_purpose_od_OA-22300_sample_20260630.csv");
        const QList<Case> cases = {{ImportKind::Boundaries, {kDaejeon}, QStringLiteral("boundaries")},
                                   {ImportKind::LivingPopulation, {m_livingCsv}, QStringLiteral("living")},
                                   {ImportKind::Movement, {movement}, QStringLiteral("movement")},
                                   {ImportKind::PointsCsv, {points}, QStringLiteral("points")}};
        for (const Case& c : cases) {
            QPointer<ImportWizard> wizard = openWizard(c.kind, c.files);
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            shoot(wizard, QStringLiteral("%1-%2-1-source").arg(lang, c.tag));
            wizard->next();
            QTRY_VERIFY(wizard->isPreviewReady());
            shoot(wizard, QStringLiteral("%1-%2-2-preview").arg(lang, c.tag));
            wizard->next();
            const QList<LayerInfo> existing = m_window->session()->store()->layers();
            wizard->setLayerName(existing.isEmpty() ? QString() : existing.first().name);   // shows the name problem
            shoot(wizard, QStringLiteral("%1-%2-3-mapping").arg(lang, c.tag));
            wizard->setLayerName(QStringLiteral("shot_%1_%2").arg(lang, c.tag));
            if (c.kind == ImportKind::PointsCsv) {
                wizard->setColumn(Column::X, QStringLiteral("east_m"));
                wizard->setColumn(Column::Y, QStringLiteral("north_m"));
                wizard->setCrs(QStringLiteral("EPSG:5179"));
            }
            wizard->next();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->runState() != ImportWizard::RunState::Running, 30000);
            shoot(wizard, QStringLiteral("%1-%2-4-run").arg(lang, c.tag));
            wizard->accept();
            QTRY_VERIFY(wizard.isNull());
        }
    }
    m_language->apply(QStringLiteral("en"), false);
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
