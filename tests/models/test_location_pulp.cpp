// Cross-check against an independent solve: PuLP + CBC on textbook formulations (tests/models/location_pulp.py),
// for all four models on the San Francisco instance and on seeded random instances with and without
// required facilities. Skipped (with the reason) only when no python3 can import pulp.

#include "LocationTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dosi::models;
using namespace dosi::test::location;

class TestLocationPulp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void crossCheck_data();
    void crossCheck();

private:
    QString m_python;
    QTemporaryDir m_dir;
};

namespace {

bool importsPulp(const QString& python)
{
    QProcess proc;
    proc.start(python, {QStringLiteral("-c"), QStringLiteral("import pulp")});
    return proc.waitForFinished(60000) && proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0;
}

QJsonObject instanceJson(const LocationProblem& pr)
{
    QJsonObject o;
    o[QStringLiteral("model")] = locationModelName(pr.model);
    o[QStringLiteral("n")] = pr.costs.rows;
    o[QStringLiteral("m")] = pr.costs.cols;
    QJsonArray w, pairs, req;
    for (double v : pr.weights) w.append(v);
    for (int i = 0; i < pr.costs.rows; ++i)
        for (qint64 k = pr.costs.rowStart[i]; k < pr.costs.rowStart[i + 1]; ++k)
            pairs.append(QJsonArray{i, pr.costs.col[k], double(pr.costs.cost[k])});
    for (int j : pr.required) req.append(j);
    o[QStringLiteral("weights")] = w;
    o[QStringLiteral("pairs")] = pairs;
    o[QStringLiteral("required")] = req;
    o[QStringLiteral("radius")] = pr.radius;
    o[QStringLiteral("p")] = pr.p;
    return o;
}

}  // namespace

void TestLocationPulp::initTestCase()
{
    QStringList candidates;
    for (const QString& name : {QStringLiteral("python3"), QStringLiteral("python")}) {
        const QString exe = QStandardPaths::findExecutable(name);
        if (!exe.isEmpty()) candidates << exe;
    }
    // A Python from a version manager may not see the distribution's packages (python3-pulp).
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) candidates << QStringLiteral("/usr/bin/python3");
    for (const QString& py : std::as_const(candidates)) {
        if (importsPulp(py)) {
            m_python = py;
            break;
        }
    }
    if (m_python.isEmpty())
        QSKIP("python3 -c \"import pulp\" fails for every python3 found: install python3-pulp (Debian) or "
              "`pip install pulp` to run the PuLP + CBC cross-check.");
    QVERIFY(m_dir.isValid());
}

void TestLocationPulp::crossCheck_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("seed");   // 0 = San Francisco
    QTest::addColumn<int>("required");
    const LocationModel models[] = {LocationModel::Mclp, LocationModel::Lscp, LocationModel::PMedian,
                                    LocationModel::PCenter};
    for (LocationModel m : models) {
        const QByteArray name = locationModelName(m).toUtf8();
        QTest::newRow((name + " sf").constData()) << int(m) << 0 << 0;
        QTest::newRow((name + " sf required").constData()) << int(m) << 0 << 2;
        for (int seed : {1, 2, 3}) {
            QTest::newRow((name + " random " + QByteArray::number(seed)).constData()) << int(m) << seed << 0;
            QTest::newRow((name + " random required " + QByteArray::number(seed)).constData()) << int(m) << seed << 3;
        }
    }
}

void TestLocationPulp::crossCheck()
{
    QFETCH(int, model);
    QFETCH(int, seed);
    QFETCH(int, required);
    const auto lm = LocationModel(model);
    LocationProblem pr;
    if (seed == 0) {
        pr = sfProblem(lm, 4000, 4);
        for (int j = 0; j < required; ++j) pr.required << 3 * j + 1;
    } else {
        // Sparse costs (pairs within 6) for the coverage models, complete for the others.
        const bool coverage = isCoverageModel(lm);
        pr = randomProblem(1000 + seed, lm, 120, 25, 5, required, 2.0,
                           coverage ? 6.0 : std::numeric_limits<double>::infinity());
    }
    QVERIFY(validateProblem(pr));

    const QString in = m_dir.filePath(QStringLiteral("inst_%1_%2_%3.json").arg(model).arg(seed).arg(required));
    const QString out = in + QStringLiteral(".out");
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(instanceJson(pr)).toJson(QJsonDocument::Compact));
    }
    QProcess proc;
    proc.setWorkingDirectory(m_dir.path());
    proc.start(m_python, {QStringLiteral(DOSI_SOURCE_DIR "/tests/models/location_pulp.py"), in, out});
    QVERIFY(proc.waitForFinished(240000));
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject res = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(res.value(QStringLiteral("status")).toString(), QStringLiteral("Optimal"));
    const double pulpObjective = res.value(QStringLiteral("objective")).toDouble();

    for (SolveMethod m : {SolveMethod::Exact, SolveMethod::Auto}) {
        const auto s = solveLocation(pr, withMethod(m));
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QVERIFY(s->optimal);
        QVERIFY2(closeTo(s->objective, pulpObjective, 1e-6),
                 qPrintable(QStringLiteral("dosi %1, pulp %2").arg(s->objective, 0, 'g', 12).arg(pulpObjective, 0, 'g', 12)));
    }
    // The heuristic lies between its bound and the optimum.
    const auto h = solveLocation(pr, withMethod(SolveMethod::Heuristic));
    QVERIFY(h);
    const double tol = 1e-6 * std::max(1.0, std::abs(pulpObjective));
    if (lm == LocationModel::Mclp) QVERIFY(h->objective <= pulpObjective + tol && pulpObjective <= h->bound + tol);
    else QVERIFY(h->objective >= pulpObjective - tol && pulpObjective >= h->bound - tol);
}

QTEST_GUILESS_MAIN(TestLocationPulp)
#include "test_location_pulp.moc"
