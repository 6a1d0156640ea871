// dosi-cli as a user drives it: the contract of ../shared/GUIDE.md §5, the bundled sample,
// and bad input that must leave the project untouched.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty()) p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray sha(const QString& path) { return dosi::test::sha256File(path); }

QString sampleFile(const char* name) { return QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/") + QString::fromLatin1(name); }

QJsonObject layerByName(const QJsonObject& info, const QString& name)
{
    for (const auto& v : info.value(QStringLiteral("layers")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name) return v.toObject();
    return {};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QJsonObject info(const QString& project)
    {
        const Run r = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        if (r.code != 0) qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("dosi-cli ")));
    }

    void newAndInfo()
    {
        const QString p = m_tmp.filePath(QStringLiteral("new.dosi"));
        QCOMPARE(cli({QStringLiteral("new"), p, QStringLiteral("--title"), QStringLiteral("성동구 2025")}).code, 0);
        const QJsonObject i = info(p);
        QCOMPARE(i.value(QStringLiteral("schema_version")).toInt(), 4);
        QCOMPARE(i.value(QStringLiteral("title")).toString(), QStringLiteral("성동구 2025"));
        QVERIFY(i.value(QStringLiteral("layers")).toArray().isEmpty());
        QVERIFY(i.value(QStringLiteral("runs")).isArray());
        // Refuses to overwrite.
        const Run again = cli({QStringLiteral("new"), p});
        QVERIFY(again.code != 0);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
    }

    void importSeoulBoundaries()
    {
        const QString p = m_tmp.filePath(QStringLiteral("seoul.dosi"));
        QCOMPARE(cli({QStringLiteral("new"), p}).code, 0);
        const Run r = cli({QStringLiteral("import"), p, QStringLiteral("boundaries"), sampleFile("hangjeongdong_seoul_ver20210401.geojson"),
                           QStringLiteral("--name"), QStringLiteral("dong"), QStringLiteral("--code-field"), QStringLiteral("adm_cd2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject l = layerByName(info(p), QStringLiteral("dong"));
        QCOMPARE(l.value(QStringLiteral("features")).toInt(), 425);
        QCOMPARE(l.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:5179"));
        QVERIFY(l.value(QStringLiteral("fields")).toArray().contains(QJsonValue(QStringLiteral("adm_nm"))));

        const Run d = cli({QStringLiteral("dissolve"), p, QStringLiteral("--layer"), QStringLiteral("dong"), QStringLiteral("--by"),
                           QStringLiteral("sgg"), QStringLiteral("--name"), QStringLiteral("gu")});
        QVERIFY2(d.code == 0, qPrintable(d.err));
        QCOMPARE(layerByName(info(p), QStringLiteral("gu")).value(QStringLiteral("features")).toInt(), 25);

        // layer --hide / --show change only whether the layer is drawn.
        QVERIFY(layerByName(info(p), QStringLiteral("gu")).value(QStringLiteral("visible")).toBool());
        QCOMPARE(cli({QStringLiteral("layer"), p, QStringLiteral("gu"), QStringLiteral("--hide")}).code, 0);
        QVERIFY(!layerByName(info(p), QStringLiteral("gu")).value(QStringLiteral("visible")).toBool());
        QVERIFY(cli({QStringLiteral("layer"), p, QStringLiteral("gu")}).out.contains(QLatin1String("hidden")));
        QCOMPARE(cli({QStringLiteral("layer"), p, QStringLiteral("gu"), QStringLiteral("--show")}).code, 0);
        QVERIFY(layerByName(info(p), QStringLiteral("gu")).value(QStringLiteral("visible")).toBool());
        const Run both = cli({QStringLiteral("layer"), p, QStringLiteral("gu"), QStringLiteral("--show"), QStringLiteral("--hide")});
        QCOMPARE(both.code, 1);
        QVERIFY2(both.err.contains(QLatin1String("--show and --hide")), qPrintable(both.err));
        const Run none = cli({QStringLiteral("layer"), p, QStringLiteral("nope"), QStringLiteral("--hide")});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("no layer named \"nope\"")), qPrintable(none.err));
        QCOMPARE(layerByName(info(p), QStringLiteral("dong")).value(QStringLiteral("features")).toInt(), 425);
    }

    void badInputLeavesProjectUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString seoul = sampleFile("hangjeongdong_seoul_ver20210401.geojson");
        QTest::newRow("missing code field") << QStringList{QStringLiteral("import"), QStringLiteral("@P"), QStringLiteral("boundaries"), seoul,
                                                           QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--code-field"),
                                                           QStringLiteral("no_such_field")}
                                            << QStringLiteral("no_such_field");
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("@P"), QStringLiteral("boundaries"),
                                                     m_tmp.filePath(QStringLiteral("absent.geojson")), QStringLiteral("--name"), QStringLiteral("x")}
                                      << QStringLiteral("absent.geojson");
        QTest::newRow("duplicate layer") << QStringList{QStringLiteral("dissolve"), QStringLiteral("@P"), QStringLiteral("--layer"),
                                                        QStringLiteral("dong"), QStringLiteral("--by"), QStringLiteral("sgg"),
                                                        QStringLiteral("--name"), QStringLiteral("dong")}
                                         << QStringLiteral("already has a layer named \"dong\"");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("dissolve"), QStringLiteral("@P"), QStringLiteral("--layer"),
                                                      QStringLiteral("dong"), QStringLiteral("--by"), QStringLiteral("nope"),
                                                      QStringLiteral("--name"), QStringLiteral("g")}
                                       << QStringLiteral("no field \"nope\"");
    }
    void badInputLeavesProjectUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString p = m_tmp.filePath(QStringLiteral("bad-%1.dosi").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        QCOMPARE(cli({QStringLiteral("new"), p}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), p, QStringLiteral("boundaries"), sampleFile("hangjeongdong_daejeon_ver20210401.geojson"),
                      QStringLiteral("--name"), QStringLiteral("dong")})
                     .code,
                 0);
        const QByteArray before = sha(p);
        args.replaceInStrings(QStringLiteral("@P"), p);
        const Run r = cli(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);   // one clear line
        QCOMPARE(sha(p), before);
    }

    void badProjectFiles()
    {
        const QString text = m_tmp.filePath(QStringLiteral("notes.dosi"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a project\n");
        f.close();
        Run r = cli({QStringLiteral("info"), text, QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("notes.dosi")) && r.err.contains(QLatin1String("not a Dosi project")), qPrintable(r.err));

        const QString p = m_tmp.filePath(QStringLiteral("cut.dosi"));
        QCOMPARE(cli({QStringLiteral("new"), p}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), p, QStringLiteral("boundaries"), sampleFile("hangjeongdong_daejeon_ver20210401.geojson"),
                      QStringLiteral("--name"), QStringLiteral("dong")})
                     .code,
                 0);
        QFile cut(p);
        QVERIFY(cut.resize(cut.size() / 3));
        r = cli({QStringLiteral("info"), p});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("cut.dosi")) && r.err.contains(QLatin1String("damaged or truncated")), qPrintable(r.err));
    }

    void sampleProject()
    {
        const QString sample = QStringLiteral(DOSI_SAMPLE_PROJECT);
        QVERIFY2(QFileInfo::exists(sample), "the build did not produce resources/sample.dosi");
        const QJsonObject i = info(sample);
        QCOMPARE(layerByName(i, QStringLiteral("dong")).value(QStringLiteral("features")).toInt(), 425 + 79);
        QCOMPARE(layerByName(i, QStringLiteral("gu")).value(QStringLiteral("features")).toInt(), 25 + 5);
        const QJsonObject lp = layerByName(i, QStringLiteral("living_population"));
        QCOMPARE(lp.value(QStringLiteral("rows")).toInt(), 424 * 168 * 2);
        QCOMPARE(lp.value(QStringLiteral("geometry_layer")).toString(), QStringLiteral("dong"));
        const QJsonObject t = lp.value(QStringLiteral("time")).toObject();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("hour"));
        QCOMPARE(t.value(QStringLiteral("count")).toInt(), 336);
        QCOMPARE(t.value(QStringLiteral("first")).toString(), QStringLiteral("2019-03-04T00"));
        QCOMPARE(t.value(QStringLiteral("last")).toString(), QStringLiteral("2020-03-15T23"));
        // Data quality of the join: the 2021 boundaries renamed six 강북구 dongs of 2019.
        const QJsonObject q = lp.value(QStringLiteral("quality")).toObject();
        QCOMPARE(q.value(QStringLiteral("matched_units")).toInt(), 418);
        QCOMPARE(q.value(QStringLiteral("unmatched_codes")).toArray().size(), 6);
        QCOMPARE(q.value(QStringLiteral("masked_share")).toDouble(), 0.0);
        // The 2020 week has no sixth age band: 1/9 of that week's values are missing, not zero.
        QVERIFY(qAbs(q.value(QStringLiteral("missing_share")).toDouble() - 0.5 / 9) < 1e-12);
        const QJsonObject pop = layerByName(i, QStringLiteral("population"));
        QCOMPARE(pop.value(QStringLiteral("rows")).toInt(), 2520);
        // The grid's empty cells are not drawn by default; the estimated commuting flows are there.
        QVERIFY(!layerByName(i, QStringLiteral("grid250")).value(QStringLiteral("visible")).toBool());
        QVERIFY(layerByName(i, QStringLiteral("commuting")).value(QStringLiteral("estimated")).toBool());
        QCOMPARE(pop.value(QStringLiteral("time")).toObject().value(QStringLiteral("first")).toString(), QStringLiteral("2017"));
        QCOMPARE(pop.value(QStringLiteral("time")).toObject().value(QStringLiteral("last")).toString(), QStringLiteral("2021"));
    }

    void renderSample()
    {
        const QString out = m_tmp.filePath(QStringLiteral("map.png"));
        const Run r = cli({QStringLiteral("render"), QStringLiteral(DOSI_SAMPLE_PROJECT), out, QStringLiteral("--layer"),
                           QStringLiteral("living_population"), QStringLiteral("--field"), QStringLiteral("total"), QStringLiteral("--time"),
                           QStringLiteral("2019-03-06T14"), QStringLiteral("--size"), QStringLiteral("640x480")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage img(out);
        QCOMPARE(img.size(), QSize(640, 480));
        // A choropleth, not a blank page: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4) colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        const Run bad = cli({QStringLiteral("render"), QStringLiteral(DOSI_SAMPLE_PROJECT), out, QStringLiteral("--layer"),
                             QStringLiteral("living_population"), QStringLiteral("--size"), QStringLiteral("huge")});
        QVERIFY(bad.code != 0);
        QVERIFY(bad.err.contains(QLatin1String("--size")));
    }

    void exportGeoTiffAndReport()
    {
        const QString tif = m_tmp.filePath(QStringLiteral("lp.tif"));
        Run r = cli({QStringLiteral("export"), QStringLiteral(DOSI_SAMPLE_PROJECT), QStringLiteral("geotiff"), tif, QStringLiteral("--layer"),
                     QStringLiteral("living_population"), QStringLiteral("--field"), QStringLiteral("total"), QStringLiteral("--time"),
                     QStringLiteral("2019-03-06T14,2019-03-06T03")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(tif);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("II*\0", 4));
        f.close();
        const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
        if (!gdalinfo.isEmpty()) {
            QProcess p;
            p.start(gdalinfo, {tif});
            QVERIFY(p.waitForFinished(60000));
            const QString o = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(o.contains(QLatin1String("Korea 2000 / Unified CS")), qPrintable(o));
            QVERIFY(o.contains(QLatin1String("Band 2")));
            QVERIFY(o.contains(QLatin1String("total 2019-03-06T03")));
        }

        // An estimated layer (interpolated onto the grid) is labelled as such in the GeoTIFF.
        const QString est = m_tmp.filePath(QStringLiteral("grid.tif"));
        r = cli({QStringLiteral("export"), QStringLiteral(DOSI_SAMPLE_PROJECT), QStringLiteral("geotiff"), est, QStringLiteral("--layer"),
                 QStringLiteral("living_population_grid250"), QStringLiteral("--cell"), QStringLiteral("250")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (!gdalinfo.isEmpty()) {
            QProcess p;
            p.start(gdalinfo, {est});
            QVERIFY(p.waitForFinished(60000));
            const QString o = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(o.contains(QLatin1String("total 2019-03-06T14 (estimated)")), qPrintable(o));
        }

        const QString pdf = m_tmp.filePath(QStringLiteral("report.pdf"));
        r = cli({QStringLiteral("report"), QStringLiteral(DOSI_SAMPLE_PROJECT), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(QLatin1String("Dosi sample")), qPrintable(text.left(500)));
            QVERIFY(text.contains(QStringLiteral("통계지리정보서비스")));   // the attribution page
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
