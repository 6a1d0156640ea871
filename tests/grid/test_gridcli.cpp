// dosi-cli grid / interpolate (CmdGrid.cpp) on a project with the real Seoul 행정동 and living population.
#include "CliContext.h"

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/VectorImport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace dosi::cli {
int cmdGrid(CliContext& ctx);
int cmdInterpolate(CliContext& ctx);
}  // namespace dosi::cli

using namespace dosi;

class TestGridCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gridAndBack();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_project;
    int run(int (*cmd)(cli::CliContext&), QStringList args)
    {
        cli::CliContext ctx(std::move(args));
        return cmd(ctx);
    }
};

void TestGridCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("seoul.dosi"));
    auto store = ProjectStore::create(m_project, QStringLiteral("grid test"));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    auto dongs = gis::importVector(QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson"),
                                   QStringLiteral("dongs"), {});
    QVERIFY2(dongs.ok(), qPrintable(dongs.errorMessage()));
    QVERIFY((*store)->addFeatureLayer(dongs->info, dongs->features).ok());
    auto pop = gis::importLivingPopulation(
        {QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hanbyul_week20190304_dong_hourly_whole.json")}, QStringLiteral("living"));
    QVERIFY2(pop.ok(), qPrintable(pop.errorMessage()));
    pop->info.geometryLayer = QStringLiteral("dongs");
    QVERIFY((*store)->addMeasureLayer(pop->info, pop->table).ok());
    QVERIFY((*store)->save().ok());
}

void TestGridCli::gridAndBack()
{
    QCOMPARE(run(cli::cmdGrid, {m_project, "--cell", "250", "--over", "dongs", "--name", "grid250"}), 0);
    QCOMPARE(run(cli::cmdInterpolate, {m_project, "--from", "living.total", "--to", "grid250", "--time", "2019-03-04T08"}), 0);
    QCOMPARE(run(cli::cmdInterpolate,
                 {m_project, "--from", "living_total_on_grid250.total", "--to", "dongs", "--as", "back", "--mode", "extensive"}),
             0);
    auto store = ProjectStore::open(m_project);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const auto grid = (*store)->layer(QStringLiteral("grid250"));
    QVERIFY(grid);
    QCOMPARE(grid->kind, LayerKind::Grid);
    QCOMPARE(grid->codeField, QStringLiteral("cell_id"));
    QVERIFY(grid->featureCount > 9000);
    const auto onGrid = (*store)->layer(QStringLiteral("living_total_on_grid250"));
    QVERIFY(onGrid);
    QCOMPARE(onGrid->geometryLayer, QStringLiteral("grid250"));
    QCOMPARE(onGrid->timeKind, TimeKind::Hour);
    QVERIFY(onGrid->estimated);

    // Totals: the dongs that have a boundary (418 of 424 codes) -> grid -> dongs.
    auto src = (*store)->readMeasures(QStringLiteral("living"), {QStringLiteral("total")}, QStringLiteral("2019-03-04T08"));
    auto mid = (*store)->readMeasures(QStringLiteral("living_total_on_grid250"));
    auto back = (*store)->readMeasures(QStringLiteral("back"));
    QVERIFY(src.ok() && mid.ok() && back.ok());
    auto codes = (*store)->measureUnits(QStringLiteral("back"));
    QVERIFY(codes.ok());
    QCOMPARE(codes->size(), 425);   // every dong overlaps some cell
    const QSet<QString> withBoundary(back->units.begin(), back->units.end());
    double t0 = 0, t1 = 0, t2 = 0;
    for (int r = 0; r < src->rowCount(); ++r)
        if (withBoundary.contains(src->units[r])) t0 += src->columns[0][r];
    for (double v : mid->columns[0]) t1 += hasValue(v) ? v : 0;
    int missing = 0;
    for (double v : back->columns[0]) {
        if (hasValue(v)) t2 += v;
        else ++missing;
    }
    QVERIFY(t0 > 5e6);
    QVERIFY(std::abs(t1 - t0) <= 1e-9 * t0);
    QVERIFY(std::abs(t2 - t0) <= 1e-9 * t0);
    QCOMPARE(missing, 0);   // dongs without 2019 data are left out as sources, not as targets
    QCOMPARE(back->times.first(), QStringLiteral("2019-03-04T08"));
}

void TestGridCli::badInput()
{
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(run(cli::cmdGrid, {m_project, "--cell", "300", "--over", "dongs", "--name", "g300"}) != 0);
    QVERIFY(run(cli::cmdGrid, {m_project, "--over", "nope", "--name", "g"}) != 0);
    QVERIFY(run(cli::cmdInterpolate, {m_project, "--from", "living", "--to", "dongs"}) != 0);
    QVERIFY(run(cli::cmdInterpolate, {m_project, "--from", "living.nope", "--to", "dongs"}) != 0);
    QVERIFY(run(cli::cmdInterpolate, {m_project, "--from", "living.total", "--to", "dongs", "--mode", "odd"}) != 0);
    QVERIFY(run(cli::cmdInterpolate, {m_project, "--from", "living.total", "--to", "living"}) != 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestGridCli)
#include "test_gridcli.moc"
