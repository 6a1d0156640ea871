// National grid (국가지점번호): id codec against SOURCES.md §7 and the real Seoul 250 m grid ids,
// the Daejeon 250 m grid (9,009 cells, GUIDE.md §4), and the grid as a feature layer.
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Interpolate.h"
#include "dosi/gis/NationalGrid.h"
#include "dosi/gis/VectorImport.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kSample = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/");
const QString kGridData = QStringLiteral(DOSI_SHARED_DATA "/real/grid/");

ImportedLayer load(const char* file)
{
    auto r = importVector(kSample + QLatin1String(file), QStringLiteral("dongs"), {});
    if (!r.ok()) qFatal("%s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

QVector<Geometry> geometries(const QVector<FeatureRecord>& features)
{
    QVector<Geometry> out;
    for (const FeatureRecord& f : features) out << Geometry::fromWkb(f.wkb);
    return out;
}

Geometry square(double x0, double y0, double size)
{
    Geometry g;
    g.type = Geometry::Type::Polygon;
    g.polygons = {Polygon{{Ring{QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size),
                                QPointF(x0, y0 + size), QPointF(x0, y0)}}}};
    return g;
}

// (cell id, 8-digit dong code) pairs from the real Seoul Open API XML and the OA-22784 CSV.
QList<QPair<QString, QString>> realCells()
{
    QList<QPair<QString, QString>> out;
    QFile xml(kGridData + QStringLiteral("busycafe_se250m_spop_local_resd_sample_20260708.xml"));
    if (!xml.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(xml.fileName()));
    QXmlStreamReader r(&xml);
    QString cell, dong;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("CELL_ID")) cell = r.readElementText().trimmed();
        else if (r.isStartElement() && r.name() == QLatin1String("H_DNG_CD")) dong = r.readElementText().trimmed();
        else if (r.isEndElement() && r.name() == QLatin1String("row")) out << qMakePair(cell, dong);
    }
    auto csv = readCsv(kGridData + QStringLiteral("busycafe_250_LOCAL_RESD_20260708_minimal.cp949.csv"));
    if (!csv.ok()) qFatal("%s", qPrintable(csv.errorMessage()));
    const int cellCol = int(csv->header.indexOf(QStringLiteral("250M격자")));
    const int dongCol = int(csv->header.indexOf(QStringLiteral("행정동코드")));
    if (cellCol < 0 || dongCol < 0) qFatal("unexpected CSV header");
    for (const QStringList& row : csv->rows) out << qMakePair(row[cellCol].trimmed(), row[dongCol].trimmed());
    return out;
}

}  // namespace

class TestNationalGrid : public QObject {
    Q_OBJECT
private slots:
    void workedExample();
    void roundTrips_data();
    void roundTrips();
    void shorterIds();
    void rejects();
    void realSeoulIds();
    void daejeonGrid();
    void smallGridExact();
    void gridFeatureLayer();
};

void TestNationalGrid::workedExample()
{
    // SOURCES.md §7: 다사52505325 -> E 952,500, N 1,953,250 (EPSG:5179), its south-west corner.
    double e = 0, n = 0, unit = 0;
    QVERIFY(parseCellId(QStringLiteral("다사52505325"), &e, &n, &unit));
    QCOMPARE(e, 952500.0);
    QCOMPARE(n, 1953250.0);
    QCOMPARE(unit, 10.0);
    QCOMPARE(cellId(952500.0, 1953250.0), QStringLiteral("다사52505325"));
    QCOMPARE(cellId(952749.99, 1953499.99), QStringLiteral("다사52505325"));
    QCOMPARE(cellId(952499.99, 1953250.0), QStringLiteral("다사52255325"));
    QCOMPARE(cellId(952750.0, 1953500.0), QStringLiteral("다사52755350"));
    // The origin cell and the far corner of the lettered area.
    QCOMPARE(cellId(700000.0, 1300000.0), QStringLiteral("가가00000000"));
    QCOMPARE(cellId(1499999.0, 2099999.0), QStringLiteral("아아99759975"));
}

void TestNationalGrid::roundTrips_data()
{
    QTest::addColumn<int>("cellSize");
    QTest::addColumn<int>("digits");
    QTest::newRow("100 m") << 100 << 3;
    QTest::newRow("250 m") << 250 << 4;
    QTest::newRow("500 m") << 500 << 3;
    QTest::newRow("1 km") << 1000 << 2;
    QTest::newRow("10 km") << 10000 << 1;
}

void TestNationalGrid::roundTrips()
{
    QFETCH(int, cellSize);
    QFETCH(int, digits);
    // A deterministic spread of points over South Korea (E 750-1,300 km, N 1,450-2,100 km).
    for (int i = 0; i < 2000; ++i) {
        const double e = 750000.0 + std::fmod(i * 7919.37, 550000.0);
        const double n = 1450000.0 + std::fmod(i * 104729.11, 649000.0);
        const QString id = cellId(e, n, cellSize);
        QCOMPARE(id.size(), 2 + 2 * digits);
        double ce = 0, cn = 0;
        QVERIFY2(parseCellId(id, &ce, &cn), qPrintable(id));
        QVERIFY(ce <= e && e < ce + cellSize);
        QVERIFY(cn <= n && n < cn + cellSize);
        QCOMPARE(std::fmod(ce - 700000.0, double(cellSize)), 0.0);
        QCOMPARE(std::fmod(cn - 1300000.0, double(cellSize)), 0.0);
        QCOMPARE(cellId(ce, cn, cellSize), id);
        QCOMPARE(cellId(ce + cellSize - 0.001, cn + cellSize - 0.001, cellSize), id);
    }
}

void TestNationalGrid::shorterIds()
{
    double e = 0, n = 0, unit = 0;
    QVERIFY(parseCellId(QStringLiteral("다사525532"), &e, &n, &unit));   // 100 m
    QCOMPARE(e, 952500.0);
    QCOMPARE(n, 1953200.0);
    QCOMPARE(unit, 100.0);
    QVERIFY(parseCellId(QStringLiteral("다사5253"), &e, &n, &unit));     // 1 km
    QCOMPARE(e, 952000.0);
    QCOMPARE(n, 1953000.0);
    QCOMPARE(unit, 1000.0);
    QVERIFY(parseCellId(QStringLiteral(" 다사 "), &e, &n, &unit));      // the 100 km square
    QCOMPARE(e, 900000.0);
    QCOMPARE(n, 1900000.0);
    QCOMPARE(cellId(952560.0, 1953260.0, 100), QStringLiteral("다사525532"));
    QCOMPARE(cellId(952560.0, 1953260.0, 1000), QStringLiteral("다사5253"));
}

void TestNationalGrid::rejects()
{
    double e = 0, n = 0;
    QVERIFY(!parseCellId(QString(), &e, &n));
    QVERIFY(!parseCellId(QStringLiteral("다사5250532"), &e, &n));      // odd digit count
    QVERIFY(!parseCellId(QStringLiteral("자사52505325"), &e, &n));     // letter beyond 아
    QVERIFY(!parseCellId(QStringLiteral("다사5250532X"), &e, &n));
    QVERIFY(!parseCellId(QStringLiteral("다사5250532500"), &e, &n));   // too many digits
    QVERIFY(!parseCellId(QStringLiteral("DA5250532"), &e, &n));
    QVERIFY(cellId(699999.0, 1953250.0).isEmpty());
    QVERIFY(cellId(952500.0, 2100000.0).isEmpty());
    QVERIFY(cellId(952500.0, 1953250.0, 300).isEmpty());   // does not divide 100 km
    QVERIFY(cellId(952500.0, 1953250.0, 0).isEmpty());
    QVERIFY(cellId(std::nan(""), 1953250.0).isEmpty());
}

void TestNationalGrid::realSeoulIds()
{
    // Each real cell must parse, format back to itself, and touch (or lie within 250 m of) the
    // Seoul 행정동 named in its row (H_DNG_CD, 8 digits = MOIS code without "00").
    const ImportedLayer seoul = load("hangjeongdong_seoul_ver20210401.geojson");
    const int codeIdx = seoul.info.fieldIndex(seoul.info.codeField);
    QHash<QString, Geometry> dongs;
    for (const FeatureRecord& f : seoul.features) dongs.insert(f.values[codeIdx].toString(), Geometry::fromWkb(f.wkb));
    const auto cells = realCells();
    QCOMPARE(cells.size(), 7);   // 5 XML rows + 2 CSV rows
    for (const auto& [id, dong8] : cells) {
        double e = 0, n = 0, unit = 0;
        QVERIFY2(parseCellId(id, &e, &n, &unit), qPrintable(id));
        QCOMPARE(unit, 10.0);
        QCOMPARE(cellId(e, n), id);
        QCOMPARE(cellId(e + 125, n + 125, 250), id);
        QVERIFY2(e > 940000 && e < 970000 && n > 1935000 && n < 1965000, qPrintable(id));   // Seoul
        const QString code = dong8 + QStringLiteral("00");
        QVERIFY2(dongs.contains(code), qPrintable(code));
        // The cell grown by 250 m on each side must overlap the dong.
        auto ov = computeOverlay({square(e - 250, n - 250, 750)}, {dongs.value(code)});
        QVERIFY(ov.ok());
        QVERIFY2(ov->pairCount() == 1 && ov->area[0] > 0, qPrintable(id + QStringLiteral(" vs ") + code));
    }
    // The worked example cell itself overlaps 청운효자동 (1111051500).
    double e = 0, n = 0;
    QVERIFY(parseCellId(QStringLiteral("다사52505325"), &e, &n));
    auto direct = computeOverlay({square(e, n, 250)}, {dongs.value(QStringLiteral("1111051500"))});
    QVERIFY(direct.ok());
    qInfo("다사52505325 ∩ 청운효자동 = %.1f m²", direct->pairCount() ? direct->area[0] : 0.0);
}

void TestNationalGrid::daejeonGrid()
{
    // GUIDE.md §4: the 250 m grid over the Daejeon boundaries holds exactly 9,009 cells.
    const ImportedLayer daejeon = load("hangjeongdong_daejeon_ver20210401.geojson");
    QCOMPARE(daejeon.features.size(), 79);
    auto grid = buildGrid(geometries(daejeon.features), 250);
    QVERIFY2(grid.ok(), qPrintable(grid.errorMessage()));
    QCOMPARE(grid->cells.size(), 9009);
    QSet<QString> ids;
    double covered = 0;
    for (const GridCell& c : grid->cells) {
        ids.insert(c.id);
        QVERIFY(c.coveredArea > 0 && c.coveredArea <= 62500.0 + 1e-6);
        covered += c.coveredArea;
        const Envelope env = c.geometry.envelope();
        QCOMPARE(cellId(env.minX, env.minY), c.id);
        QCOMPARE(env.width(), 250.0);
    }
    QCOMPARE(ids.size(), 9009);
    auto merged = unionAll(geometries(daejeon.features));
    QVERIFY(merged.ok());
    QVERIFY(std::abs(covered - area(merged.value())) < 1e-9 * covered);
    // Daejeon's 100 km square is 다바 (E 900-1,000 km, N 1,800-1,900 km).
    qInfo("Daejeon grid: %s .. %s", qPrintable(grid->cells.first().id), qPrintable(grid->cells.last().id));
}

void TestNationalGrid::smallGridExact()
{
    // A 600 m x 400 m rectangle starting at a cell corner: 3 x 2 cells at 250 m (the third column
    // and the second row partly), a touching edge adds nothing.
    Geometry rect;
    rect.type = Geometry::Type::Polygon;
    rect.polygons = {Polygon{{Ring{QPointF(952500, 1953250), QPointF(953100, 1953250), QPointF(953100, 1953650),
                                   QPointF(952500, 1953650), QPointF(952500, 1953250)}}}};
    auto grid = buildGrid({rect, square(953100, 1953250, 150)}, 250);   // second part touches only at x = 953100..
    QVERIFY(grid.ok());
    QStringList ids;
    for (const GridCell& c : grid->cells) ids << c.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("다사52505325"), QStringLiteral("다사52755325"), QStringLiteral("다사53005325"),
                              QStringLiteral("다사52505350"), QStringLiteral("다사52755350"), QStringLiteral("다사53005350")}));
    QCOMPARE(grid->cells[0].coveredArea, 62500.0);
    QCOMPARE(grid->cells[2].coveredArea, 100.0 * 250 + 150.0 * 150);
    QCOMPARE(grid->cells[5].coveredArea, 100.0 * 150);
    QVERIFY(!buildGrid({rect}, 300).ok());
    QVERIFY(!buildGrid({}, 250).ok());
    QVERIFY(!buildGrid({square(10, 10, 100)}, 250).ok());   // not EPSG:5179
}

void TestNationalGrid::gridFeatureLayer()
{
    auto grid = buildGrid({square(952500, 1953250, 500)}, 250);
    QVERIFY(grid.ok());
    const GridFeatures layer = gridFeatures(grid.value(), QStringLiteral("grid250"));
    QCOMPARE(layer.info.kind, LayerKind::Grid);
    QCOMPARE(layer.info.codeField, QStringLiteral("cell_id"));
    QCOMPARE(layer.info.labelField, QStringLiteral("cell_id"));
    QCOMPARE(layer.features.size(), 4);
    QCOMPARE(layer.features[0].values[0].toString(), QStringLiteral("다사52505325"));
    QCOMPARE(layer.features[0].values[1].toDouble(), 1.0);
    const Geometry g = Geometry::fromWkb(layer.features[3].wkb);
    QCOMPARE(area(g), 62500.0);
    QCOMPARE(layer.features[3].envelope.minX, 952750.0);
}

QTEST_GUILESS_MAIN(TestNationalGrid)
#include "test_nationalgrid.moc"
