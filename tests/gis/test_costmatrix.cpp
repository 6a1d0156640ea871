// CostMatrix: lookup, fromRows, Euclidean costs with the grid index (against brute force, with
// timings for the sizes), and cost tables: every error with its file, line and column,
// transposed tables, CP949, and the real San Francisco network-distance table from PySAL spopt.
#include "TestFiles.h"
#include "dosi/gis/CostMatrix.h"
#include "dosi/gis/CsvReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtTest>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

QString sfDir()
{
    return QStringLiteral(DOSI_SHARED_DATA "/peer/spopt_sf");
}

QStringList columnOf(const QString& path, const QString& column)
{
    auto t = readCsv(path);
    if (!t) return {};
    const int c = t->columnIndex(column);
    QStringList out;
    for (const QStringList& row : t->rows) out << row.value(c);
    return out;
}

// Brute force: every pair within maxDistance, row by row with ascending columns.
qint64 brutePairs(const QVector<QPointF>& a, const QVector<QPointF>& b, double r, CostMatrix* check = nullptr)
{
    qint64 n = 0;
    for (int i = 0; i < a.size(); ++i)
        for (int j = 0; j < b.size(); ++j) {
            const double d = std::hypot(a[i].x() - b[j].x(), a[i].y() - b[j].y());
            if (d <= r) {
                if (check && check->col.value(n, -1) != j) {
                    qWarning("row %d: expected column %d at pair %lld, found %d", i, j, n, check->col.value(n, -1));
                    return -1;
                }
                if (check && std::abs(check->cost.value(n) - d) > 1e-3) return -1;
                ++n;
            }
        }
    return n;
}

QVector<QPointF> randomPoints(int n, QRandomGenerator& rng, double w, double h)
{
    QVector<QPointF> out(n);
    for (QPointF& p : out) p = QPointF(940000 + rng.generateDouble() * w, 1940000 + rng.generateDouble() * h);
    return out;
}

const QStringList kDemand = {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")};
const QStringList kCand = {QStringLiteral("c1"), QStringLiteral("c2")};

}  // namespace

class TestCostMatrix : public QObject {
    Q_OBJECT
private slots:
    void atAndFromRows();
    void euclideanSmall();
    void euclideanMatchesBruteForce();
    void euclideanTimings();
    void tableNormal();
    void tableTransposed();
    void tableAmbiguousIds();
    void tableCp949();
    void tableMaxCost();
    void tableErrors_data();
    void tableErrors();
    void tableEmptyFile();
    void tableRequireComplete();
    void sanFranciscoTable();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text) { return test::writeFixture(m_dir, name, text); }
    Result<CostMatrix> read(const QByteArray& text, bool complete = false,
                            const QString& name = QStringLiteral("t.csv"))
    {
        CostTableOptions o;
        o.fromColumn = QStringLiteral("from");
        o.toColumn = QStringLiteral("to");
        o.costColumn = QStringLiteral("cost");
        o.requireComplete = complete;
        return readCostTable(write(name, text), kDemand, kCand, o);
    }
};

void TestCostMatrix::atAndFromRows()
{
    const CostMatrix m = CostMatrix::fromRows(3, 4, [](int row, QVector<QPair<int, double>>& out) {
        if (row == 0)
            out = {{3, 30.f}, {1, 10.f}, {2, 20.f}, {1, 5.f}, {7, 1.f}, {-1, 1.f}};   // unsorted, repeat, out of range
        if (row == 2) out = {{0, 0.f}};
    });
    QCOMPARE(m.rows, 3);
    QCOMPARE(m.cols, 4);
    QCOMPARE(m.rowStart, (QVector<qint64>{0, 3, 3, 4}));
    QCOMPARE(m.col, (QVector<int>{1, 2, 3, 0}));
    QCOMPARE(m.cost, (QVector<double>{5, 20, 30, 0}));   // the repeated pair keeps its least cost
    QCOMPARE(m.at(0, 1), 5.0);
    QCOMPARE(m.at(0, 3), 30.0);
    QCOMPARE(m.at(2, 0), 0.0);
    QVERIFY(std::isnan(m.at(0, 0)));
    QVERIFY(std::isnan(m.at(1, 2)));
    QVERIFY(std::isnan(m.at(5, 0)));
    QVERIFY(std::isnan(m.at(0, -1)));
    QCOMPARE(m.pairCount(), 4);
    QVERIFY(!m.isComplete());
    const CostMatrix full = CostMatrix::fromRows(2, 2, [](int row, QVector<QPair<int, double>>& out) {
        out = {{1, double(row + 1)}, {0, double(row)}};
    });
    QVERIFY(full.isComplete());
    QCOMPARE(full.at(1, 1), 2.0);
}

void TestCostMatrix::euclideanSmall()
{
    const QVector<QPointF> demand = {{0, 0}, {3000, 4000}, {1000, 0}, {50000, 50000}};
    const QVector<QPointF> cand = {{0, 0}, {600, 800}, {1000, 1000}, {3000, 3000}};
    const CostMatrix m = euclideanCosts(demand, cand, 1000);
    QCOMPARE(m.unit, QStringLiteral("m"));
    QCOMPARE(m.limit, 1000.0);
    QCOMPARE(m.at(0, 0), 0.0);
    QCOMPARE(m.at(0, 1), 1000.0);      // exactly at the radius: kept
    QVERIFY(std::isnan(m.at(0, 2)));   // 1414 m
    QCOMPARE(m.at(1, 3), 1000.0);
    QCOMPARE(m.at(2, 0), 1000.0);
    QCOMPARE(m.at(2, 2), 1000.0);
    QVERIFY(std::abs(m.at(2, 1) - std::hypot(400.0, 800.0)) < 1e-3);
    QCOMPARE(m.rowStart[4] - m.rowStart[3], 0);   // far away: nothing
    QCOMPARE(m.pairCount(), 6);

    const CostMatrix all = euclideanCosts(demand, cand);
    QVERIFY(all.isComplete());
    QVERIFY(std::isinf(all.limit));
    QVERIFY(std::abs(all.at(3, 0) - std::hypot(50000.0, 50000.0)) < 0.01);
    QVERIFY(std::abs(all.at(1, 2) - std::hypot(2000.0, 3000.0)) < 1e-3);

    QCOMPARE(euclideanCosts(demand, cand, 0).pairCount(), 1);   // only the coincident pair
    QCOMPARE(euclideanCosts(demand, cand, -5).pairCount(), 0);
    QCOMPARE(euclideanCosts({}, cand, 100).rowStart, QVector<qint64>{0});
    QCOMPARE(euclideanCosts(demand, {}, 100).pairCount(), 0);
}

void TestCostMatrix::euclideanMatchesBruteForce()
{
    QRandomGenerator rng(20240611);
    const QVector<QPointF> demand = randomPoints(3000, rng, 20000, 15000);
    const QVector<QPointF> cand = randomPoints(400, rng, 20000, 15000);
    for (double r : {0.5, 250.0, 1000.0, 3333.0, 40000.0}) {
        CostMatrix m = euclideanCosts(demand, cand, r);
        const qint64 expected = brutePairs(demand, cand, r, &m);
        QVERIFY2(expected >= 0, qPrintable(QStringLiteral("radius %1: pairs differ from brute force").arg(r)));
        QCOMPARE(m.pairCount(), expected);
        for (int i = 0; i < m.rows; ++i)
            for (qint64 k = m.rowStart[i] + 1; k < m.rowStart[i + 1]; ++k) QVERIFY(m.col[k - 1] < m.col[k]);
    }
    // Candidates clustered in one spot with a tiny radius over a wide area: the grid stays small.
    QVector<QPointF> far = cand;
    far << QPointF(1e7, 1e7);
    CostMatrix m = euclideanCosts(demand, far, 1.0);
    QCOMPARE(m.pairCount(), brutePairs(demand, far, 1.0, &m));
}

void TestCostMatrix::euclideanTimings()
{
    // ~19,000 demand points x 1,000 candidates over Seoul's extent (about 37 x 30 km), radius 1 km.
    QRandomGenerator rng(7);
    const QVector<QPointF> demand = randomPoints(19000, rng, 37000, 30000);
    const QVector<QPointF> cand = randomPoints(1000, rng, 37000, 30000);
    QElapsedTimer t;
    t.start();
    CostMatrix m = euclideanCosts(demand, cand, 1000);
    const double ms1 = t.nsecsElapsed() / 1e6;
    QCOMPARE(m.pairCount(), brutePairs(demand, cand, 1000, &m));
    qInfo("euclideanCosts 19000 x 1000, 1 km: %.2f ms, %lld pairs", ms1, m.pairCount());
    QVERIFY2(ms1 < 100, qPrintable(QStringLiteral("took %1 ms").arg(ms1)));

    // The Seoul 250 m grid with every cell a candidate: ~10,000 x 10,000, radius 1 km.
    QVector<QPointF> cells;
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x) cells << QPointF(940125 + 250 * x, 1940125 + 250 * y);
    t.restart();
    m = euclideanCosts(cells, cells, 1000);
    const double ms2 = t.nsecsElapsed() / 1e6;
    qInfo("euclideanCosts 10000 x 10000, 1 km: %.2f ms, %lld pairs", ms2, m.pairCount());
    QVERIFY2(ms2 < 1000, qPrintable(QStringLiteral("took %1 ms").arg(ms2)));
    // An interior cell sees every cell centre within 4 cells' distance: 49 of them (the lattice points in a disc of
    // radius 4).
    const int interior = 50 * 100 + 50;
    QCOMPARE(m.rowStart[interior + 1] - m.rowStart[interior], 49);
    QCOMPARE(m.at(interior, interior), 0.0);
    QCOMPARE(m.at(interior, interior + 4), 1000.0);
    QVERIFY(std::isnan(m.at(interior, interior + 404)));   // (4, 4) cells = 1414 m
}

void TestCostMatrix::tableNormal()
{
    auto r = read("from,to,cost\nc1,d1,10\nc1,d2,20.5\nc2,d1,5\n\"c2\",\" d3 \",0\n");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->rows, 3);
    QCOMPARE(r->cols, 2);
    QCOMPARE(r->unit, QStringLiteral("cost"));
    QCOMPARE(r->at(0, 0), 10.0);
    QCOMPARE(r->at(0, 1), 5.0);
    QCOMPARE(r->at(1, 0), 20.5);
    QVERIFY(std::isnan(r->at(1, 1)));   // absent = unreachable
    QCOMPARE(r->at(2, 1), 0.0);
    QCOMPARE(r->pairCount(), 4);
    QCOMPARE(r->col, (QVector<int>{0, 1, 0, 1}));

    // Column names match case-insensitively; other columns and their order do not matter.
    CostTableOptions o;
    o.fromColumn = QStringLiteral("Origin");
    o.toColumn = QStringLiteral("DEST");
    o.costColumn = QStringLiteral("Minutes");
    auto r2 =
        readCostTable(write(QStringLiteral("names.csv"), "note;minutes;dest;origin\nx;3;d2;c2\n"), kDemand, kCand, o);
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage()));
    QCOMPARE(r2->at(1, 1), 3.0);
    QCOMPARE(r2->unit, QStringLiteral("minutes"));
}

void TestCostMatrix::tableTransposed()
{
    auto r = read("from,to,cost\nd1,c1,10\nd1,c2,11\nd3,c2,7\n");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->at(0, 0), 10.0);
    QCOMPARE(r->at(0, 1), 11.0);
    QCOMPARE(r->at(2, 1), 7.0);
    QCOMPARE(r->pairCount(), 3);
    // An id that does not fit the direction found: the message says the table runs the other way.
    auto bad = read("from,to,cost\nd1,c1,10\nd2,c9,3\n");
    QVERIFY(!bad.ok());
    QVERIFY2(
        bad.errorMessage().contains(QStringLiteral("t.csv line 3, column 2 (\"to\"): \"c9\" is not a candidate id")),
        qPrintable(bad.errorMessage()));
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("from demand to candidates")), qPrintable(bad.errorMessage()));
}

void TestCostMatrix::tableAmbiguousIds()
{
    // Numeric ids on both sides: rows that fit both ways wait until a row decides the direction.
    const QStringList demand = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    const QStringList cand = {QStringLiteral("1"), QStringLiteral("2")};
    CostTableOptions o;
    o.fromColumn = QStringLiteral("from");
    o.toColumn = QStringLiteral("to");
    o.costColumn = QStringLiteral("cost");
    auto r = readCostTable(write(QStringLiteral("amb.csv"), "from,to,cost\n1,2,12\n2,1,21\n3,1,31\n"), demand, cand, o);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));   // "3" is only a demand id: from = demand
    QCOMPARE(r->at(0, 1), 12.0);                      // demand 1, candidate 2
    QCOMPARE(r->at(1, 0), 21.0);
    QCOMPARE(r->at(2, 0), 31.0);
    auto n = readCostTable(write(QStringLiteral("amb2.csv"), "from,to,cost\n1,2,12\n2,3,23\n"), demand, cand, o);
    QVERIFY2(n.ok(), qPrintable(n.errorMessage()));   // "3" is only a demand id in "to": from = candidate
    QCOMPARE(n->at(1, 0), 12.0);                      // demand 2, candidate 1
    QCOMPARE(n->at(2, 1), 23.0);
    auto both = readCostTable(write(QStringLiteral("amb3.csv"), "from,to,cost\n1,2,12\n"), demand, cand, o);
    QVERIFY2(both.ok(), qPrintable(both.errorMessage()));   // undecided: from = candidate, as documented
    QCOMPARE(both->at(1, 0), 12.0);
}

void TestCostMatrix::tableCp949()
{
    const QStringList demand = {QStringLiteral("역삼1동"), QStringLiteral("똠방동")};
    const QStringList cand = {QStringLiteral("강남소방서"), QStringLiteral("서초소방서")};
    QStringEncoder enc("windows-949");
    if (!enc.isValid()) QSKIP("no CP949 encoder in this Qt build");
    const QByteArray bytes =
        enc.encode(QStringLiteral("출발,도착,시간(분)\n강남소방서,역삼1동,3.5\n서초소방서,똠방동,4.25\n"));
    CostTableOptions o;
    o.fromColumn = QStringLiteral("출발");
    o.toColumn = QStringLiteral("도착");
    o.costColumn = QStringLiteral("시간(분)");
    auto r = readCostTable(write(QStringLiteral("cp949.csv"), bytes), demand, cand, o);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->at(0, 0), 3.5);
    QCOMPARE(r->at(1, 1), 4.25);
    QCOMPARE(r->unit, QStringLiteral("시간(분)"));
    // UTF-8 with a BOM reads the same.
    auto u = readCostTable(
        write(QStringLiteral("bom.csv"),
              QByteArray("\xEF\xBB\xBF") + QStringLiteral("출발,도착,시간(분)\n서초소방서,역삼1동,9\n").toUtf8()),
        demand, cand, o);
    QVERIFY2(u.ok(), qPrintable(u.errorMessage()));
    QCOMPARE(u->at(0, 1), 9.0);
}

void TestCostMatrix::tableMaxCost()
{
    CostTableOptions o;
    o.fromColumn = QStringLiteral("from");
    o.toColumn = QStringLiteral("to");
    o.costColumn = QStringLiteral("cost");
    o.maxCost = 10;
    auto r = readCostTable(write(QStringLiteral("max.csv"), "from,to,cost\nc1,d1,10\nc1,d2,10.001\nc2,d3,1\n"), kDemand,
                           kCand, o);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->limit, 10.0);
    QCOMPARE(r->at(0, 0), 10.0);
    QVERIFY(std::isnan(r->at(1, 0)));
    QCOMPARE(r->at(2, 1), 1.0);
    QCOMPARE(r->pairCount(), 2);
}

void TestCostMatrix::tableErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing columns")
        << QByteArray("origin,to,price\nc1,d1,1\n")
        << QStringLiteral("t.csv line 1: no column \"from\", \"cost\" (the columns are: origin, to, price).");
    QTest::newRow("non-numeric cost") << QByteArray("from,to,cost\nc1,d1,1\nc1,d2,12a\n")
                                      << QStringLiteral("t.csv line 3, column 3 (\"cost\"): \"12a\" is not a number.");
    QTest::newRow("masked cost") << QByteArray("from,to,cost\nc1,d1,*\n")
                                 << QStringLiteral("t.csv line 2, column 3 (\"cost\"): \"*\" is not a number.");
    QTest::newRow("empty cost") << QByteArray("from,to,cost\nc1,d1, \n")
                                << QStringLiteral("t.csv line 2, column 3 (\"cost\"): the cost is empty.");
    QTest::newRow("negative cost") << QByteArray("from,to,cost\nc1,d1,1\n\nc2,d1,-0.5\n")
                                   << QStringLiteral("t.csv line 4, column 3 (\"cost\"): the cost -0.5 is negative.");
    QTest::newRow("unknown from") << QByteArray("from,to,cost\nc1,d1,1\nc9,d2,2\n")
                                  << QStringLiteral("t.csv line 3, column 1 (\"from\"): \"c9\" is not a candidate id.");
    QTest::newRow("unknown to") << QByteArray("from,to,cost\nc1,d1,1\nc2,d7,2\n")
                                << QStringLiteral("t.csv line 3, column 2 (\"to\"): \"d7\" is not a demand id.");
    QTest::newRow("unknown both") << QByteArray("from,to,cost\nx,y,1\n")
                                  << QStringLiteral("t.csv line 2, column 1 (\"from\"): \"x\" is not a candidate id.");
    QTest::newRow("empty id") << QByteArray("from,to,cost\nc1,,1\n")
                              << QStringLiteral("t.csv line 2, column 2 (\"to\"): the id is empty.");
    QTest::newRow("duplicate pair") << QByteArray("from,to,cost\nc1,d1,1\nc1,d2,2\nc2,d2,3\nc1,d2,4\nc1,d1,5\n")
                                    << QStringLiteral(
                                           "t.csv line 5, column 1 (\"from\"): the pair from \"c1\" to \"d2\" "
                                           "already appears on line 3.");
    QTest::newRow("short row")
        << QByteArray("from,to,cost\nc1,d1\n")
        << QStringLiteral("t.csv line 2, column 3 (\"cost\"): the field is missing (the row has 2 fields).");
    QTest::newRow("header only") << QByteArray("from,to,cost\n")
                                 << QStringLiteral("t.csv has a header but no data rows.");
}

void TestCostMatrix::tableErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto r = read(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorMessage(), expected);
}

void TestCostMatrix::tableEmptyFile()
{
    auto r = read(QByteArray(), false, QStringLiteral("empty.csv"));
    QVERIFY(!r.ok());
    QVERIFY2(
        r.errorMessage().contains(QStringLiteral("empty.csv")) && r.errorMessage().contains(QStringLiteral("empty")),
        qPrintable(r.errorMessage()));
    auto missing = readCostTable(m_dir.filePath(QStringLiteral("nope.csv")), kDemand, kCand, {});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("nope.csv")), qPrintable(missing.errorMessage()));
    // Ids that repeat in the layer cannot key a table.
    auto dup = readCostTable(write(QStringLiteral("d.csv"), "from,to,cost\nc1,d1,1\n"),
                             {QStringLiteral("d1"), QStringLiteral("d1")}, kCand, {});
    QVERIFY(!dup.ok());
    QVERIFY2(dup.errorMessage().contains(QStringLiteral("\"d1\" occurs twice")), qPrintable(dup.errorMessage()));
}

void TestCostMatrix::tableRequireComplete()
{
    const QByteArray text("from,to,cost\nc1,d1,1\nc2,d1,2\nc1,d2,3\nc2,d3,4\nc1,d3,5\n");
    auto r = read(text, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorMessage(),
             QStringLiteral("t.csv has no cost from candidate \"c2\" to demand \"d2\" (5 of 6 pairs are "
                            "given); this model needs the cost of every pair."));
    auto partial = read(text, false);
    QVERIFY2(partial.ok(), qPrintable(partial.errorMessage()));
    QCOMPARE(partial->pairCount(), 5);
    QVERIFY(std::isnan(partial->at(1, 1)));
    auto full = read(QByteArray(text).append("c2,d2,6\n"), true);
    QVERIFY2(full.ok(), qPrintable(full.errorMessage()));
    QVERIFY(full->isComplete());
    QCOMPARE(full->at(1, 1), 6.0);
}

void TestCostMatrix::sanFranciscoTable()
{
    const QString dir = sfDir();
    if (!QFileInfo::exists(dir)) QSKIP("the spopt San Francisco data is not present");
    const QStringList tracts =
        columnOf(dir + QStringLiteral("/SF_demand_205_centroid_uniform_weight.csv"), QStringLiteral("NAME"));
    const QStringList stores = columnOf(dir + QStringLiteral("/SF_store_site_16_longlat.csv"), QStringLiteral("NAME"));
    QCOMPARE(tracts.size(), 205);
    QCOMPARE(stores.size(), 16);
    CostTableOptions o;
    o.fromColumn = QStringLiteral("name");
    o.toColumn = QStringLiteral("DestinationName");
    o.costColumn = QStringLiteral("distance");
    o.requireComplete = true;
    auto r = readCostTable(dir + QStringLiteral("/SF_network_distance_candidateStore_16_censusTract_205_new.csv"),
                           tracts, stores, o);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->rows, 205);
    QCOMPARE(r->cols, 16);
    QVERIFY(r->isComplete());
    QCOMPARE(r->pairCount(), 3280);
    QCOMPARE(r->unit, QStringLiteral("distance"));
    auto value = [&](const QString& store, const QString& tract) {
        return r->at(int(tracts.indexOf(tract)), int(stores.indexOf(store)));
    };
    // Values straight from the file (lines 2, 3, 1000, 2000 and 3280); stored as double.
    QVERIFY(std::abs(value(QStringLiteral("Store_1"), QStringLiteral("060750479.01")) - 671.5733459664615) < 1e-9);
    QVERIFY(std::abs(value(QStringLiteral("Store_1"), QStringLiteral("060750479.02")) - 1333.708062515136) < 1e-9);
    QVERIFY(std::abs(value(QStringLiteral("Store_5"), QStringLiteral("060750113.00")) - 9421.828622952413) < 1e-9);
    QVERIFY(std::abs(value(QStringLiteral("Store_13"), QStringLiteral("060750109.00")) - 7045.115995140375) < 1e-9);
    QVERIFY(std::abs(value(QStringLiteral("Store_19"), QStringLiteral("060816025.00")) - 20875.680520646667) < 1e-9);
    double lo = 1e300, hi = 0;
    for (double c : r->cost) {
        lo = std::min(lo, double(c));
        hi = std::max(hi, double(c));
    }
    QVERIFY(std::abs(lo - 157.26903379682267) < 1e-9);
    QVERIFY(std::abs(hi - 21754.836897854126) < 1e-9);

    // With the roles swapped (stores as demand, tracts as candidates) the same file runs from demand to
    // candidates and is read transposed.
    auto t = readCostTable(dir + QStringLiteral("/SF_network_distance_candidateStore_16_censusTract_205_new.csv"),
                           stores, tracts, o);
    QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
    QCOMPARE(t->rows, 16);
    QCOMPARE(t->cols, 205);
    QVERIFY(t->isComplete());
    QCOMPARE(t->at(int(stores.indexOf(QStringLiteral("Store_5"))), int(tracts.indexOf(QStringLiteral("060750113.00")))),
             value(QStringLiteral("Store_5"), QStringLiteral("060750113.00")));
}

QTEST_GUILESS_MAIN(TestCostMatrix)
#include "test_costmatrix.moc"
