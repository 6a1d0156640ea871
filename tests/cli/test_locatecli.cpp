// dosi-cli locate as an analyst drives it (../shared/GUIDE.md §5):
//  - PySAL spopt's San Francisco instance (205 tracts, 16 stores, network distances as a cost table,
//    POP2000 weights) gives spopt's published values: MCLP r = 5000, p = 4 covers 184 of 205 tracts;
//    p-median p = 4 has mean weighted distance 2982.1268579890657.
//  - The sample project with the real Gangnam CCTV points kept as existing facilities (GUIDE's
//    "CCTV for Gangnam"), and the real EV charger list for Daejeon; runs are stored, listed and shown
//    again on reopening.
//  - Bad input (radius 0, p too large, no weights, candidates elsewhere, cost tables with missing pairs
//    or negative costs): one clear error and the project byte for byte unchanged.

#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code;
    QString out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

QString shared(const char* rel) { return QStringLiteral(DOSI_SHARED_DATA "/") + QString::fromUtf8(rel); }

QStringList sfArgs(const QString& project, const QString& model)
{
    return {QStringLiteral("locate"), project, QStringLiteral("--model"), model, QStringLiteral("--demand"),
            QStringLiteral("tracts"), QStringLiteral("--weight"), QStringLiteral("POP2000"), QStringLiteral("--candidates"),
            QStringLiteral("stores"), QStringLiteral("--costs"),
            shared("peer/spopt_sf/SF_network_distance_candidateStore_16_censusTract_205_new.csv"),
            QStringLiteral("--cost-from"), QStringLiteral("name"), QStringLiteral("--cost-to"),
            QStringLiteral("DestinationName"), QStringLiteral("--cost-value"), QStringLiteral("distance"),
            QStringLiteral("--json")};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) out << x.toString();
    return out;
}

}  // namespace

class TestLocateCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_sf;
    QString m_sample;

    void mustPass(const QStringList& args)
    {
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.err));
    }

    // Runs a command that must fail, and checks the message and that the project did not change.
    void mustFail(const QString& project, const QStringList& args, const QString& messagePart)
    {
        const QByteArray before = dosi::test::sha256File(project);
        const Run r = cli(args);
        QVERIFY2(r.code != 0, qPrintable(QStringLiteral("expected failure: ") + args.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(r.err.trimmed(), messagePart)));
        // One error line, the last (notes such as "1 candidate lies outside the demand area" may come first).
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QStringLiteral("error:")).size(), 1);
        QVERIFY(lines.last().startsWith(QStringLiteral("dosi-cli: error: ")));
        QCOMPARE(dosi::test::sha256File(project), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_sf = m_tmp.filePath(QStringLiteral("sf.dosi"));
        mustPass({QStringLiteral("new"), m_sf});
        mustPass({QStringLiteral("import"), m_sf, QStringLiteral("points"),
                  shared("peer/spopt_sf/SF_demand_205_centroid_uniform_weight.csv"), QStringLiteral("--name"),
                  QStringLiteral("tracts"), QStringLiteral("--x"), QStringLiteral("long"), QStringLiteral("--y"),
                  QStringLiteral("lat"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--id-field"),
                  QStringLiteral("NAME")});
        mustPass({QStringLiteral("import"), m_sf, QStringLiteral("points"),
                  shared("peer/spopt_sf/SF_store_site_16_longlat.csv"), QStringLiteral("--name"), QStringLiteral("stores"),
                  QStringLiteral("--x"), QStringLiteral("long"), QStringLiteral("--y"), QStringLiteral("lat"),
                  QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--id-field"), QStringLiteral("NAME")});
        m_sample = m_tmp.filePath(QStringLiteral("sample.dosi"));
        QVERIFY(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), m_sample));
        QFile::setPermissions(m_sample, QFile::ReadOwner | QFile::WriteOwner);
    }

    void sanFranciscoMclp()
    {
        QStringList args = sfArgs(m_sf, QStringLiteral("mclp"));
        args << QStringLiteral("--radius") << QStringLiteral("5000") << QStringLiteral("--p") << QStringLiteral("4");
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        for (const char* key : {"model", "p", "radius", "objective", "optimal", "gap", "selected", "covered_units",
                                "total_units", "covered_demand", "total_demand", "mean_cost", "max_cost", "seconds"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("mclp"));
        QCOMPARE(o.value(QStringLiteral("covered_units")).toInt(), 184);   // spopt's published value
        QCOMPARE(o.value(QStringLiteral("total_units")).toInt(), 205);
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("selected")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("objective")).toDouble(), o.value(QStringLiteral("covered_demand")).toDouble());
        QVERIFY(o.value(QStringLiteral("run")).toInt() > 0);
    }

    void sanFranciscoPMedian()
    {
        QStringList args = sfArgs(m_sf, QStringLiteral("pmedian"));
        args << QStringLiteral("--p") << QStringLiteral("4");
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const double mean = o.value(QStringLiteral("mean_cost")).toDouble();
        QVERIFY2(std::abs(mean - 2982.1268579890657) < 1e-6 * 2982.1268579890657, qPrintable(QString::number(mean, 'g', 17)));
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("covered_units")).toInt(), 205);
        const double total = o.value(QStringLiteral("total_demand")).toDouble();
        QVERIFY(std::abs(o.value(QStringLiteral("objective")).toDouble() - mean * total) < 1e-6 * mean * total);
    }

    void sanFranciscoLscpAndPCenter()
    {
        QStringList lscp = sfArgs(m_sf, QStringLiteral("lscp"));
        lscp << QStringLiteral("--radius") << QStringLiteral("5000") << QStringLiteral("--no-save");
        Run r = cli(lscp);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("objective")).toInt(), o.value(QStringLiteral("selected")).toArray().size());
        QCOMPARE(o.value(QStringLiteral("covered_units")).toInt() + o.value(QStringLiteral("uncoverable_units")).toInt(), 205);
        QVERIFY(o.value(QStringLiteral("max_cost")).toDouble() <= 5000.0 + 1e-6
                || o.value(QStringLiteral("uncoverable_units")).toInt() > 0);

        QStringList pc = sfArgs(m_sf, QStringLiteral("pcenter"));
        pc << QStringLiteral("--p") << QStringLiteral("4") << QStringLiteral("--no-save");
        r = cli(pc);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("optimal")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("objective")).toDouble(), o.value(QStringLiteral("max_cost")).toDouble());
        QCOMPARE(o.value(QStringLiteral("covered_units")).toInt(), 205);
    }

    void runsListedAfterReopening()
    {
        const Run r = cli({QStringLiteral("locate"), m_sf, QStringLiteral("--runs"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray runs = json(r).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);   // mclp and pmedian were stored; lscp/pcenter had --no-save
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("mclp"));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("covered_units")).toInt(), 184);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("pmedian"));
        const Run info = cli({QStringLiteral("info"), m_sf, QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue& l : json(info).value(QStringLiteral("layers")).toArray())
            names << l.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("loc_sites_1")) && names.contains(QStringLiteral("loc_coverage_1")),
                 qPrintable(names.join(QLatin1Char(','))));
    }

    void gangnamCctvWithExisting()
    {
        mustPass({QStringLiteral("import"), m_sample, QStringLiteral("points"), shared("real/facilities/whatsmap_gangnam_cctv.csv"),
                  QStringLiteral("--name"), QStringLiteral("cctv"), QStringLiteral("--x"), QStringLiteral("longitude"),
                  QStringLiteral("--y"), QStringLiteral("latitude"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326")});
        const QStringList base{QStringLiteral("locate"), m_sample, QStringLiteral("--model"), QStringLiteral("mclp"),
                               QStringLiteral("--type"), QStringLiteral("cctv"), QStringLiteral("--demand"),
                               QStringLiteral("grid250"), QStringLiteral("--weight"),
                               QStringLiteral("living_population_grid250.total"), QStringLiteral("--candidates"),
                               QStringLiteral("grid250"), QStringLiteral("--within"), QStringLiteral("gu.sggnm=강남구"),
                               QStringLiteral("--radius"), QStringLiteral("300"), QStringLiteral("--p"), QStringLiteral("5"),
                               QStringLiteral("--json")};
        Run r = cli(base + QStringList{QStringLiteral("--no-save")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject without = json(r);
        r = cli(base + QStringList{QStringLiteral("--existing"), QStringLiteral("cctv"), QStringLiteral("--name"),
                                   QStringLiteral("Gangnam CCTV")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject with = json(r);
        // Same demand; 1,763 real cameras already cover most of it, so 5 more cover more than 5 alone.
        QCOMPARE(with.value(QStringLiteral("total_demand")).toDouble(), without.value(QStringLiteral("total_demand")).toDouble());
        QVERIFY(with.value(QStringLiteral("existing")).toInt() == 1763);
        QVERIFY(with.value(QStringLiteral("covered_demand")).toDouble() > without.value(QStringLiteral("covered_demand")).toDouble());
        QCOMPARE(strings(with.value(QStringLiteral("new_sites"))).size(), 5);
        QVERIFY(with.value(QStringLiteral("total_units")).toInt() > 500);   // Gangnam is ~40 km², ~600 cells
        QVERIFY(with.value(QStringLiteral("total_units")).toInt() < 1000);
        QVERIFY(with.value(QStringLiteral("optimal")).toBool());
        for (const QString& id : strings(with.value(QStringLiteral("new_sites")))) QVERIFY(id.startsWith(QStringLiteral("다사")));
    }

    // The real EV charger list (500 national, 9 in Daejeon per SOURCES.md) kept as existing facilities for
    // Daejeon's 79 dongs weighted by 2021 registered population; new sites from the 250 m cells in Daejeon.
    void daejeonEvChargers()
    {
        mustPass({QStringLiteral("import"), m_sample, QStringLiteral("points"),
                  shared("real/facilities/zackwoo05_ev_chargerinfo_sample_small.csv"), QStringLiteral("--name"),
                  QStringLiteral("ev"), QStringLiteral("--latlon"), QStringLiteral("위도경도")});
        const QStringList base{QStringLiteral("locate"), m_sample, QStringLiteral("--type"), QStringLiteral("ev_charger"),
                               QStringLiteral("--demand"), QStringLiteral("dong"), QStringLiteral("--weight"),
                               QStringLiteral("population.ALL"), QStringLiteral("--time"), QStringLiteral("2021"),
                               QStringLiteral("--candidates"), QStringLiteral("grid250"), QStringLiteral("--existing"),
                               QStringLiteral("ev"), QStringLiteral("--within"), QStringLiteral("gu.sidonm=대전광역시"),
                               QStringLiteral("--json"), QStringLiteral("--no-save")};
        Run r = cli(base + QStringList{QStringLiteral("--model"), QStringLiteral("lscp"), QStringLiteral("--radius"),
                                       QStringLiteral("1000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("total_units")).toInt(), 79);
        QCOMPARE(o.value(QStringLiteral("existing")).toInt(), 9);   // the other 491 are beyond reach, left out
        QCOMPARE(o.value(QStringLiteral("covered_units")).toInt(), 79);
        QVERIFY(o.value(QStringLiteral("optimal")).toBool());
        QCOMPARE(o.value(QStringLiteral("objective")).toInt(), strings(o.value(QStringLiteral("new_sites"))).size());
        QVERIFY(o.value(QStringLiteral("max_cost")).toDouble() <= 1000.0);
        r = cli(base + QStringList{QStringLiteral("--model"), QStringLiteral("mclp"), QStringLiteral("--radius"),
                                   QStringLiteral("1000"), QStringLiteral("--p"), QStringLiteral("10")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = json(r);
        QVERIFY(o.value(QStringLiteral("optimal")).toBool());
        QVERIFY(o.value(QStringLiteral("covered_units")).toInt() < 79);   // 10 new sites are not enough for all
        QCOMPARE(strings(o.value(QStringLiteral("new_sites"))).size(), 10);
        r = cli(base + QStringList{QStringLiteral("--model"), QStringLiteral("pcenter"), QStringLiteral("--p"), QStringLiteral("10")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("objective")).toDouble(), o.value(QStringLiteral("max_cost")).toDouble());
    }

    void badInput()
    {
        const QStringList sf = sfArgs(m_sf, QStringLiteral("mclp"));
        mustFail(m_sf, sf + QStringList{QStringLiteral("--radius"), QStringLiteral("0"), QStringLiteral("--p"), QStringLiteral("2")},
                 QStringLiteral("radius"));
        mustFail(m_sf, sf + QStringList{QStringLiteral("--radius"), QStringLiteral("5000"), QStringLiteral("--p"), QStringLiteral("17")},
                 QStringLiteral("16"));
        mustFail(m_sf, sfArgs(m_sf, QStringLiteral("nearest")), QStringLiteral("--model"));

        // Cost tables: a missing pair (p-median needs every pair) and a negative cost.
        const QString missing = dosi::test::writeFixture(m_tmp, QStringLiteral("missing.csv"),
            "from,to,cost\nStore_1,060750479.01,10\n");
        QStringList pm = sfArgs(m_sf, QStringLiteral("pmedian"));
        pm[pm.indexOf(QStringLiteral("--costs")) + 1] = missing;
        pm[pm.indexOf(QStringLiteral("--cost-from")) + 1] = QStringLiteral("from");
        pm[pm.indexOf(QStringLiteral("--cost-to")) + 1] = QStringLiteral("to");
        pm[pm.indexOf(QStringLiteral("--cost-value")) + 1] = QStringLiteral("cost");
        mustFail(m_sf, pm + QStringList{QStringLiteral("--p"), QStringLiteral("2")}, QStringLiteral("missing.csv"));
        const QString negative = dosi::test::writeFixture(m_tmp, QStringLiteral("negative.csv"),
            "from,to,cost\nStore_1,060750479.01,-5\n");
        pm[pm.indexOf(QStringLiteral("--costs")) + 1] = negative;
        mustFail(m_sf, pm + QStringList{QStringLiteral("--p"), QStringLiteral("2")}, QStringLiteral("negative.csv"));

        // Demand with no weights: a field that is 0 everywhere (living population of the grid at 14 h has
        // no Daejeon cells, so Daejeon demand weighs nothing).
        mustFail(m_sample, {QStringLiteral("locate"), m_sample, QStringLiteral("--model"), QStringLiteral("mclp"),
                            QStringLiteral("--demand"), QStringLiteral("grid250"), QStringLiteral("--weight"),
                            QStringLiteral("living_population_grid250.total"), QStringLiteral("--candidates"),
                            QStringLiteral("grid250"), QStringLiteral("--within"), QStringLiteral("gu.sggnm=유성구"),
                            QStringLiteral("--radius"), QStringLiteral("500"), QStringLiteral("--p"), QStringLiteral("2")},
                 QStringLiteral("weight"));
        // Candidates far from the demand: San Francisco stores for Seoul dongs.
        mustPass({QStringLiteral("import"), m_sample, QStringLiteral("points"), shared("peer/spopt_sf/SF_store_site_16_longlat.csv"),
                  QStringLiteral("--name"), QStringLiteral("sf_stores"), QStringLiteral("--x"), QStringLiteral("long"),
                  QStringLiteral("--y"), QStringLiteral("lat"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326")});
        mustFail(m_sample, {QStringLiteral("locate"), m_sample, QStringLiteral("--model"), QStringLiteral("mclp"),
                            QStringLiteral("--demand"), QStringLiteral("dong"), QStringLiteral("--candidates"),
                            QStringLiteral("sf_stores"), QStringLiteral("--radius"), QStringLiteral("500"),
                            QStringLiteral("--p"), QStringLiteral("2")},
                 QStringLiteral("demand area"));
    }
};

QTEST_GUILESS_MAIN(TestLocateCli)
#include "test_locatecli.moc"
