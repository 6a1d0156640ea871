// dosi-cli regen as a planner drives it: diagnosis with imported business and building tables,
// indices, forecasts with --out CSV, the outlook, what-if runs compared with the baseline, runs kept
// across reopening, and bad options that leave the project unchanged.
//
// Population: the real registered population of Daejeon's dongs (resources/sample, kingkangzza POP5):
//   3011051500 중앙동  5809 5392 5175 4963 4545   (-21.8 % from the 2017 peak; 4 declines)
//   3011053000 효동   28052 27587 27046 25338 24722 (-11.9 %; 4 consecutive declines)
//   3011054500 신인동 12643 12443 12557 12322 11997 (-5.1 %; declines 2018, 2020, 2021: longest run 2)
//   3011055100 판암1동 9667 12391 12757 12503 12393 (-2.9 %; 2 declines)
// Business counts and old-building shares below are TEST FIXTURES (made up for the test, not data).

#include "TestFiles.h"

#include <QFileInfo>
#include <QImage>
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
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

QString sampleFile(const char* name) { return QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/") + QString::fromLatin1(name); }

QJsonObject unitResult(const QJsonObject& o, const QString& unit)
{
    for (const auto& v : o.value(QStringLiteral("results")).toArray())
        if (v.toObject().value(QStringLiteral("unit")).toString() == unit) return v.toObject();
    return {};
}

QString status(const QJsonObject& unit, const char* criterion)
{
    return unit.value(QLatin1String(criterion)).toObject().value(QStringLiteral("status")).toString();
}

}  // namespace

class TestRegenCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_project;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_project = m_tmp.filePath(QStringLiteral("daejeon.dosi"));
        const QString biz = dosi::test::writeFixture(m_tmp, QStringLiteral("businesses.csv"),
            "CODE_AD,YEAR,businesses\n"
            "3011053000,2017,100\n3011053000,2018,98\n3011053000,2019,97\n3011053000,2020,96\n3011053000,2021,95\n"
            "3011054500,2017,100\n3011054500,2018,101\n3011054500,2019,102\n3011054500,2020,103\n3011054500,2021,104\n");
        const QString bld = dosi::test::writeFixture(m_tmp, QStringLiteral("buildings.csv"),
            "CODE_AD,old_share\n3011053000,0.62\n3011054500,0.40\n3011051500,0.55\n");
        const QList<QStringList> steps = {
            {QStringLiteral("new"), m_project},
            {QStringLiteral("import"), m_project, QStringLiteral("boundaries"), sampleFile("hangjeongdong_daejeon_ver20210401.geojson"),
             QStringLiteral("--name"), QStringLiteral("dong"), QStringLiteral("--code-field"), QStringLiteral("adm_cd2"),
             QStringLiteral("--label-field"), QStringLiteral("adm_nm")},
            {QStringLiteral("import"), m_project, QStringLiteral("table"), sampleFile("kingkangzza_POP5_2017-2021_seoul_daejeon.csv"),
             QStringLiteral("--name"), QStringLiteral("population"), QStringLiteral("--key"), QStringLiteral("CODE_AD"),
             QStringLiteral("--time"), QStringLiteral("YEAR"), QStringLiteral("--layer"), QStringLiteral("dong")},
            {QStringLiteral("import"), m_project, QStringLiteral("table"), biz, QStringLiteral("--name"), QStringLiteral("businesses"),
             QStringLiteral("--key"), QStringLiteral("CODE_AD"), QStringLiteral("--time"), QStringLiteral("YEAR"),
             QStringLiteral("--layer"), QStringLiteral("dong")},
            {QStringLiteral("import"), m_project, QStringLiteral("table"), bld, QStringLiteral("--name"), QStringLiteral("buildings"),
             QStringLiteral("--key"), QStringLiteral("CODE_AD"), QStringLiteral("--layer"), QStringLiteral("dong")},
        };
        for (const QStringList& s : steps) {
            const Run r = cli(s);
            QVERIFY2(r.code == 0, qPrintable(s.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.err));
        }
    }

    // The three criteria from the project's own layers, found by name; verdicts as computed by hand.
    void diagnosisWithImportedTables()
    {
        const Run r = cli({QStringLiteral("regen"), m_project, QStringLiteral("diagnose"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const QJsonObject sources = o.value(QStringLiteral("sources")).toObject();
        QCOMPARE(sources.value(QStringLiteral("population")).toObject().value(QStringLiteral("layer")).toString(), QStringLiteral("population"));
        QCOMPARE(sources.value(QStringLiteral("businesses")).toObject().value(QStringLiteral("layer")).toString(), QStringLiteral("businesses"));
        QCOMPARE(sources.value(QStringLiteral("old_building_share")).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("old_share"));
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2021);

        const QJsonObject hyo = unitResult(o, QStringLiteral("3011053000"));
        QCOMPARE(status(hyo, "population"), QStringLiteral("met"));
        QCOMPARE(status(hyo, "businesses"), QStringLiteral("met"));
        QCOMPARE(status(hyo, "buildings"), QStringLiteral("met"));
        QCOMPARE(hyo.value(QStringLiteral("verdict")).toString(), QStringLiteral("qualifies"));
        QCOMPARE(hyo.value(QStringLiteral("name")).toString(), QStringLiteral("대전광역시 동구 효동"));

        const QJsonObject sinin = unitResult(o, QStringLiteral("3011054500"));
        QCOMPARE(status(sinin, "population"), QStringLiteral("not_met"));
        QCOMPARE(status(sinin, "businesses"), QStringLiteral("not_met"));
        QCOMPARE(status(sinin, "buildings"), QStringLiteral("not_met"));
        QCOMPARE(sinin.value(QStringLiteral("verdict")).toString(), QStringLiteral("does_not_qualify"));

        const QJsonObject jungang = unitResult(o, QStringLiteral("3011051500"));   // -21.8 %: met by the peak test
        QCOMPARE(status(jungang, "population"), QStringLiteral("met"));
        QCOMPARE(status(jungang, "businesses"), QStringLiteral("not_assessable"));
        QCOMPARE(jungang.value(QStringLiteral("verdict")).toString(), QStringLiteral("qualifies"));

        const QJsonObject panam = unitResult(o, QStringLiteral("3011055100"));   // 1 not met + 2 unknown
        QCOMPARE(status(panam, "population"), QStringLiteral("not_met"));
        QCOMPARE(panam.value(QStringLiteral("verdict")).toString(), QStringLiteral("undetermined"));
        QVERIFY(!panam.value(QStringLiteral("businesses")).toObject().value(QStringLiteral("reason")).toString().isEmpty());

        // Edited thresholds: 5 consecutive declines (more than 5 years of data can show) and a 25 % fall:
        // neither 효동 (-11.9 %) nor 중앙동 (-21.8 %) meets the population criterion any more.
        const Run strict = cli({QStringLiteral("regen"), m_project, QStringLiteral("diagnose"), QStringLiteral("--json"),
                                QStringLiteral("--no-save"), QStringLiteral("--threshold"), QStringLiteral("consecutive_years=5"),
                                QStringLiteral("--threshold"), QStringLiteral("pop_peak_drop=0.25")});
        QVERIFY2(strict.code == 0, qPrintable(strict.err));
        const QJsonObject s = json(strict);
        QCOMPARE(s.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("consecutive_years")).toInt(), 5);
        QCOMPARE(status(unitResult(s, QStringLiteral("3011053000")), "population"), QStringLiteral("not_met"));
        QCOMPARE(status(unitResult(s, QStringLiteral("3011051500")), "population"), QStringLiteral("not_met"));
    }

    // Forecast CSV: unit,time,value,lo,hi; the naive method carries 2021 forward exactly.
    void forecastCsv()
    {
        const QString out = m_tmp.filePath(QStringLiteral("fc.csv"));
        const Run r = cli({QStringLiteral("regen"), m_project, QStringLiteral("forecast"), QStringLiteral("--layer"), QStringLiteral("population"),
                           QStringLiteral("--field"), QStringLiteral("ALL"), QStringLiteral("--horizon"), QStringLiteral("3"),
                           QStringLiteral("--method"), QStringLiteral("naive"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("unit,time,value,lo,hi"));
        const QJsonObject o = json(r);
        QCOMPARE(lines.size() - 1, o.value(QStringLiteral("units")).toInt() * 3);
        bool found = false;
        for (const QString& l : lines) {
            const QStringList c = l.split(QLatin1Char(','));
            if (c.value(0) != QLatin1String("3011053000") || c.value(1) != QLatin1String("2024")) continue;
            found = true;
            QCOMPARE(c[2].toDouble(), 24722.0);
            QVERIFY(c[3].toDouble() < 24722.0 && c[4].toDouble() > 24722.0);
        }
        QVERIFY(found);
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("naive"));
        QVERIFY(o.value(QStringLiteral("estimated")).toBool());
        // Every forecast carries its backtest error (and the seasonal-naive baseline's).
        const QJsonArray bt = o.value(QStringLiteral("backtest")).toArray();
        QVERIFY(!bt.isEmpty());
        QVERIFY(bt[0].toObject().value(QStringLiteral("mape")).toDouble() > 0);
        QVERIFY(unitResult(o, QStringLiteral("3011053000")).contains(QStringLiteral("mase")));
    }

    // What-if: 5,000 more residents in 효동 from 2019 break its run of declines; compared with the
    // baseline run, exactly the units the scenario touched differ.
    void scenarioComparedWithBaseline()
    {
        const Run base = cli({QStringLiteral("regen"), m_project, QStringLiteral("diagnose"), QStringLiteral("--json"),
                              QStringLiteral("--title"), QStringLiteral("baseline")});
        QVERIFY2(base.code == 0, qPrintable(base.err));
        const Run what = cli({QStringLiteral("regen"), m_project, QStringLiteral("diagnose"), QStringLiteral("--json"),
                              QStringLiteral("--add"), QStringLiteral("population.ALL=5000@2019"), QStringLiteral("--units"),
                              QStringLiteral("3011053000"), QStringLiteral("--scenario-name"), QStringLiteral("housing project")});
        QVERIFY2(what.code == 0, qPrintable(what.err));
        const QJsonObject w = json(what);
        QCOMPARE(status(unitResult(w, QStringLiteral("3011053000")), "population"), QStringLiteral("not_met"));
        QCOMPARE(unitResult(w, QStringLiteral("3011053000")).value(QStringLiteral("verdict")).toString(), QStringLiteral("qualifies"));   // biz + bld
        const int a = json(base).value(QStringLiteral("run")).toInt(), b = w.value(QStringLiteral("run")).toInt();
        QVERIFY(a > 0 && b > a);
        const Run cmp = cli({QStringLiteral("regen"), m_project, QStringLiteral("compare"), QString::number(a), QString::number(b),
                             QStringLiteral("--json")});
        QVERIFY2(cmp.code == 0, qPrintable(cmp.err));
        const QJsonObject c = json(cmp);
        QCOMPARE(c.value(QStringLiteral("changed_units")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("b")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("housing project"));
        for (const auto& row : c.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = row.toObject();
            if (r.value(QStringLiteral("unit")).toString() != QLatin1String("3011053000")) continue;
            const QJsonObject pop = r.value(QStringLiteral("population")).toObject();
            QCOMPARE(pop.value(QStringLiteral("a")).toDouble(), 1.0);
            QCOMPARE(pop.value(QStringLiteral("b")).toDouble(), 0.0);
        }
        // The two runs' result layers side by side on one map, with shared classes.
        const QString png = m_tmp.filePath(QStringLiteral("sbs.png"));
        QString layerA, layerB;
        for (const auto& v : json(cli({QStringLiteral("regen"), m_project, QStringLiteral("runs"), QStringLiteral("--json")}))
                                 .value(QStringLiteral("runs")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("id")).toInt() == a) layerA = r.value(QStringLiteral("layers")).toArray()[0].toString();
            if (r.value(QStringLiteral("id")).toInt() == b) layerB = r.value(QStringLiteral("layers")).toArray()[0].toString();
        }
        QVERIFY(layerA.startsWith(QLatin1String("diagnosis_")) && layerB.startsWith(QLatin1String("diagnosis_")) && layerA != layerB);
        const Run sbs = cli({QStringLiteral("render"), m_project, png, QStringLiteral("--layer"), layerA, QStringLiteral("--field"),
                             QStringLiteral("population"), QStringLiteral("--beside"), layerB, QStringLiteral("--size"), QStringLiteral("1200x600")});
        QVERIFY2(sbs.code == 0, qPrintable(sbs.err));
        QImage img(png);
        QCOMPARE(img.size(), QSize(1200, 600));
        // The left map (A) and the right map (B) differ only where 효동 changed: the halves are not identical.
        QVERIFY(img.copy(0, 80, 599, 440) != img.copy(601, 80, 599, 440));
        const Run mixed = cli({QStringLiteral("render"), m_project, png, QStringLiteral("--layer"), layerA, QStringLiteral("--field"),
                               QStringLiteral("population"), QStringLiteral("--beside"), QStringLiteral("population")});
        QVERIFY(mixed.code != 0);
        QVERIFY2(mixed.err.contains(QLatin1String("no field")), qPrintable(mixed.err));

        // Stored with the project: listed after reopening, the scenario in the run's parameters.
        const Run runs = cli({QStringLiteral("regen"), m_project, QStringLiteral("runs"), QStringLiteral("--json")});
        QCOMPARE(runs.code, 0);
        const QJsonArray list = json(runs).value(QStringLiteral("runs")).toArray();
        QVERIFY(list.size() >= 3);
        QCOMPARE(list.last().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("housing project"));
        QVERIFY(!list.last().toObject().value(QStringLiteral("fingerprint")).toString().isEmpty());
        QVERIFY(list.last().toObject().value(QStringLiteral("fingerprint")) != list[list.size() - 2].toObject().value(QStringLiteral("fingerprint")));
    }

    // The index: the population area scored from the population table; areas without data say so.
    void indexReportsMissingAreas()
    {
        const Run r = cli({QStringLiteral("regen"), m_project, QStringLiteral("index"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("areas")).toArray().size(), 6);
        for (const auto& a : o.value(QStringLiteral("areas")).toArray()) {
            const QJsonObject area = a.toObject();
            if (area.value(QStringLiteral("area")).toString() == QLatin1String("population"))
                QVERIFY(area.value(QStringLiteral("units_scored")).toInt() >= 77);
            if (area.value(QStringLiteral("area")).toString() == QLatin1String("safety")) {
                QCOMPARE(area.value(QStringLiteral("units_scored")).toInt(), 0);
                QVERIFY(!area.value(QStringLiteral("indicators")).toArray()[0].toObject().value(QStringLiteral("available")).toBool());
            }
        }
        const QJsonObject hyo = unitResult(o, QStringLiteral("3011053000"));
        const int grade = hyo.value(QStringLiteral("population")).toObject().value(QStringLiteral("grade")).toInt();
        QVERIFY(grade >= 1 && grade <= 10);
        QVERIFY(hyo.value(QStringLiteral("safety")).toObject().value(QStringLiteral("score")).isNull());   // missing, not zero
    }

    // Bad options fail with one clear line and leave the file as it was.
    void badOptionsLeaveProjectUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << QStringList{QStringLiteral("predict")} << QStringLiteral("Unknown regen model");
        QTest::newRow("bad threshold") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--threshold"), QStringLiteral("nope=1")}
                                       << QStringLiteral("--threshold must be KEY=VALUE");
        QTest::newRow("unknown layer") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--population"), QStringLiteral("people.ALL")}
                                       << QStringLiteral("no layer \"people\"");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--population"), QStringLiteral("population.TOTAL")}
                                       << QStringLiteral("no field \"TOTAL\"");
        QTest::newRow("no horizon") << QStringList{QStringLiteral("forecast"), QStringLiteral("--layer"), QStringLiteral("population"),
                                                   QStringLiteral("--field"), QStringLiteral("ALL")}
                                    << QStringLiteral("--horizon");
        QTest::newRow("bad method") << QStringList{QStringLiteral("forecast"), QStringLiteral("--layer"), QStringLiteral("population"),
                                                   QStringLiteral("--field"), QStringLiteral("ALL"), QStringLiteral("--horizon"), QStringLiteral("2"),
                                                   QStringLiteral("--method"), QStringLiteral("arima")}
                                    << QStringLiteral("--method must be one of");
        QTest::newRow("no time axis") << QStringList{QStringLiteral("forecast"), QStringLiteral("--layer"), QStringLiteral("buildings"),
                                                     QStringLiteral("--field"), QStringLiteral("old_share"), QStringLiteral("--horizon"), QStringLiteral("2")}
                                      << QStringLiteral("no time axis");
        QTest::newRow("bad add") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--add"), QStringLiteral("population.ALL=lots")}
                                 << QStringLiteral("is not a number");
        QTest::newRow("unknown run") << QStringList{QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("999")}
                                     << QStringLiteral("no run 999");
    }

    void badOptionsLeaveProjectUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = dosi::test::sha256File(m_project);
        const Run r = cli(QStringList{QStringLiteral("regen"), m_project} + args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(dosi::test::sha256File(m_project), before);
    }
};

QTEST_GUILESS_MAIN(TestRegenCli)
#include "test_regencli.moc"
