// dosi-cli derive, and derived measures as --field of render / export geotiff / interpolate, on a copy of
// the bundled sample (its hanbyul living population has total/male/female only) plus the real
// kjs0227 행정동 table with the 28 official age/sex columns (imported as an indicator table, keyed by
// the 7-digit KOSTAT codes, joined to the Seoul boundaries by adm_cd).
//
// Expected values are computed here from the stored values read back with ProjectStore::readMeasures,
// never through gis/DerivedMeasures; one 소멸위험지수 is a golden value worked out by hand from the CSV.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <cmath>

using namespace dosi;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kKjs = QStringLiteral(DOSI_SHARED_DATA "/real/living_population/kjs0227_Gravity_input_TAZ-level.csv");
const QString kSeoul = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample/hangjeongdong_seoul_ver20210401.geojson");

// The official column names of a band, as stored by the table import.
QString band(const QString& sex, const QString& ages)   // sex "남자"/"여자", ages "20세부터24세" / "70세이상"
{
    return sex + ages + QStringLiteral("생활인구수");
}

const QStringList kWomen20to39 = {band(QStringLiteral("여자"), QStringLiteral("20세부터24세")),
                                  band(QStringLiteral("여자"), QStringLiteral("25세부터29세")),
                                  band(QStringLiteral("여자"), QStringLiteral("30세부터34세")),
                                  band(QStringLiteral("여자"), QStringLiteral("35세부터39세"))};
const QStringList kOld = {band(QStringLiteral("남자"), QStringLiteral("65세부터69세")),
                          band(QStringLiteral("남자"), QStringLiteral("70세이상")),
                          band(QStringLiteral("여자"), QStringLiteral("65세부터69세")),
                          band(QStringLiteral("여자"), QStringLiteral("70세이상"))};

double value(const MeasureTable& t, const QString& field, int row) { return t.columns[t.fieldIndex(field)][row]; }

int rowOf(const MeasureTable& t, const QString& unit, const QString& time = {})
{
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.units[r] == unit && t.times[r] == time) return r;
    return -1;
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

}  // namespace

class TestDeriveCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_project;   // sample + dong7 boundaries + lp_taz (kjs0227 table)

    std::unique_ptr<ProjectStore> open(const QString& path)
    {
        auto s = ProjectStore::open(path);
        if (!s) qWarning("%s", qPrintable(s.errorMessage()));
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_project = m_tmp.filePath(QStringLiteral("derive.dosi"));
        QVERIFY(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        Run r = cli({QStringLiteral("import"), m_project, QStringLiteral("boundaries"), kSeoul, QStringLiteral("--name"),
                     QStringLiteral("dong7"), QStringLiteral("--code-field"), QStringLiteral("adm_cd"),
                     QStringLiteral("--label-field"), QStringLiteral("adm_nm")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import"), m_project, QStringLiteral("table"), kKjs, QStringLiteral("--name"),
                 QStringLiteral("lp_taz"), QStringLiteral("--key"), QStringLiteral("행정동코드"), QStringLiteral("--layer"),
                 QStringLiteral("dong7")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // 소멸위험지수 and age/sex sums of the 28-band table, stored as a new layer.
    void deriveBands()
    {
        const Run r = cli({QStringLiteral("derive"), m_project, QStringLiteral("--layer"), QStringLiteral("lp_taz"),
                           QStringLiteral("--measures"), QStringLiteral("extinction_risk,age_65_plus,female,total_bands"),
                           QStringLiteral("--name"), QStringLiteral("lp_taz_derived")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The notes: the band sum against the published total, and the masked/missing counts.
        // Worst case by Python's csv module: 1124081, |총생활인구수 - sum of the 28 bands| = 0.2098.
        QVERIFY2(r.err.contains(QStringLiteral("total_bands differs from the published total by up to 0.20980 (unit 1124081);")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("extinction_risk: 0 masked, 0 missing of 424 record(s).")), qPrintable(r.err));

        auto store = open(m_project);
        QVERIFY(store);
        const auto info = store->layer(QStringLiteral("lp_taz_derived"));
        QVERIFY(info.has_value());
        QCOMPARE(info->kind, LayerKind::Measure);
        QCOMPARE(info->geometryLayer, QStringLiteral("dong7"));
        QCOMPARE(info->source, QStringLiteral("derive:lp_taz:extinction_risk,age_65_plus,female,total_bands"));
        QVERIFY2(info->title.contains(QStringLiteral("derived from lp_taz")), qPrintable(info->title));
        QCOMPARE(info->fields.size(), 4);
        QVERIFY(info->fields[0].description.contains(QStringLiteral("소멸위험지수")));

        auto derived = store->readMeasures(QStringLiteral("lp_taz_derived"));
        QVERIFY2(derived.ok(), qPrintable(derived.errorMessage()));
        auto raw = store->readMeasures(QStringLiteral("lp_taz"));
        QVERIFY2(raw.ok(), qPrintable(raw.errorMessage()));
        QCOMPARE(derived->rowCount(), raw->rowCount());
        QCOMPARE(derived->rowCount(), 424);

        // Golden, by hand from the CSV row of 1101072 (청운효자동):
        //   women 20-39 = 415462.7121 + 526863.3814 + 482152.7686 + 554807.5058 = 1979286.3679
        //   65+         = 211213.7403 + 493759.8544 + 301671.9246 + 961364.2164 = 1968009.7357
        //   ratio       = 1.005729967...
        const int golden = rowOf(derived.value(), QStringLiteral("1101072"));
        QVERIFY(golden >= 0);
        QVERIFY(std::abs(value(derived.value(), QStringLiteral("extinction_risk"), golden) - 1979286.3679 / 1968009.7357) < 1e-9);
        QVERIFY(std::abs(value(derived.value(), QStringLiteral("extinction_risk"), golden) - 1.0057299677) < 1e-9);
        QVERIFY(std::abs(value(derived.value(), QStringLiteral("age_65_plus"), golden) - 1968009.7357) < 1e-6);

        // Independently from the stored bands, for a few units.
        const QStringList women = kWomen20to39, old = kOld;
        int checked = 0;
        for (const QString& unit : {QStringLiteral("1101053"), QStringLiteral("1101072"), QStringLiteral("1125074"),
                                    QStringLiteral("1124080")}) {
            const int d = rowOf(derived.value(), unit), s = rowOf(raw.value(), unit);
            QVERIFY2(d >= 0 && s >= 0, qPrintable(unit));
            double w = 0, o = 0, female = 0, all = 0;
            for (const QString& f : women) w += value(raw.value(), f, s);
            for (const QString& f : old) o += value(raw.value(), f, s);
            for (int i = 0; i < raw->fields.size(); ++i) {
                const QString& f = raw->fields[i];
                if (!f.endsWith(QStringLiteral("생활인구수")) || f == QStringLiteral("총생활인구수")) continue;
                all += raw->columns[i][s];
                if (f.startsWith(QStringLiteral("여자"))) female += raw->columns[i][s];
            }
            QVERIFY2(close(value(derived.value(), QStringLiteral("extinction_risk"), d), w / o), qPrintable(unit));
            QVERIFY2(close(value(derived.value(), QStringLiteral("age_65_plus"), d), o), qPrintable(unit));
            QVERIFY2(close(value(derived.value(), QStringLiteral("female"), d), female), qPrintable(unit));
            QVERIFY2(close(value(derived.value(), QStringLiteral("total_bands"), d), all), qPrintable(unit));
            ++checked;
        }
        QCOMPARE(checked, 4);
    }

    // Hourly hanbyul values summed per day: checked against sums of the raw hourly records.
    void deriveByDay()
    {
        const Run r = cli({QStringLiteral("derive"), m_project, QStringLiteral("--layer"), QStringLiteral("living_population"),
                           QStringLiteral("--measures"), QStringLiteral("total,male,female"), QStringLiteral("--name"),
                           QStringLiteral("lp_day"), QStringLiteral("--by"), QStringLiteral("day")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto store = open(m_project);
        QVERIFY(store);
        const auto info = store->layer(QStringLiteral("lp_day"));
        QVERIFY(info.has_value());
        QCOMPARE(info->timeKind, TimeKind::Day);
        QCOMPARE(info->geometryLayer, QStringLiteral("dong"));
        QCOMPARE(info->source, QStringLiteral("derive:living_population:total,male,female:by=day,stat=sum"));

        auto raw = store->readMeasures(QStringLiteral("living_population"), {QStringLiteral("total"), QStringLiteral("male"),
                                                                             QStringLiteral("female")});
        QVERIFY2(raw.ok(), qPrintable(raw.errorMessage()));
        auto days = store->readMeasures(QStringLiteral("lp_day"));
        QVERIFY2(days.ok(), qPrintable(days.errorMessage()));

        // Sums of the known hourly values per (unit, day), and the missing values left out.
        QHash<QString, QVector<double>> sums;
        qint64 missing = 0, masked = 0;
        for (int row = 0; row < raw->rowCount(); ++row) {
            const QString key = raw->units[row] + QLatin1Char('|') + raw->times[row].left(10);
            QVector<double>& s = sums[key];
            s.resize(3);
            for (int f = 0; f < 3; ++f) {
                const double v = raw->columns[f][row];
                if (isMasked(v)) ++masked;
                else if (std::isnan(v)) ++missing;
                else s[f] += v;
            }
        }
        QCOMPARE(days->rowCount(), int(sums.size()));
        QVERIFY2(r.err.contains(QStringLiteral("%1 masked and %2 missing input value(s) left out").arg(masked).arg(missing)),
                 qPrintable(r.err));
        QCOMPARE(days->rowCount(), 424 * 14);   // 424 dongs x 2 weeks of days
        int checked = 0;
        for (const QString& unit : {QStringLiteral("1111053000"), QStringLiteral("1168054500"), QStringLiteral("1174070000")})
            for (const QString& day : {QStringLiteral("2019-03-04"), QStringLiteral("2019-03-10"), QStringLiteral("2020-03-12")}) {
                const int d = rowOf(days.value(), unit, day);
                QVERIFY2(d >= 0, qPrintable(unit + QLatin1Char(' ') + day));
                const QVector<double> expected = sums.value(unit + QLatin1Char('|') + day);
                QVERIFY(expected.value(0) > 0);
                for (int f = 0; f < 3; ++f)
                    QVERIFY2(close(value(days.value(), raw->fields[f], d), expected[f]),
                             qPrintable(QStringLiteral("%1 %2 %3").arg(unit, day, raw->fields[f])));
                ++checked;
            }
        QCOMPARE(checked, 9);
    }

    // A derived name as --field where the layer does not store it.
    void renderDerivedField()
    {
        const QString er = m_tmp.filePath(QStringLiteral("er.png")), total = m_tmp.filePath(QStringLiteral("total.png"));
        Run r = cli({QStringLiteral("render"), m_project, er, QStringLiteral("--layer"), QStringLiteral("lp_taz"),
                     QStringLiteral("--field"), QStringLiteral("extinction_risk"), QStringLiteral("--size"),
                     QStringLiteral("800x600")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("render"), m_project, total, QStringLiteral("--layer"), QStringLiteral("lp_taz"),
                 QStringLiteral("--field"), QStringLiteral("total"), QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage a(er), b(total);
        QCOMPARE(a.size(), QSize(800, 600));
        QCOMPARE(b.size(), QSize(800, 600));
        // Count differing pixels: the dongs are coloured by other values, not only the legend text.
        int differ = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                if (a.pixel(x, y) != b.pixel(x, y)) ++differ;
        QVERIFY2(differ > 800 * 600 / 20, qPrintable(QString::number(differ)));

        // The same field as a GeoTIFF band.
        r = cli({QStringLiteral("export"), m_project, QStringLiteral("geotiff"), m_tmp.filePath(QStringLiteral("er.tif")),
                 QStringLiteral("--layer"), QStringLiteral("lp_taz"), QStringLiteral("--field"), QStringLiteral("extinction_risk"),
                 QStringLiteral("--cell"), QStringLiteral("500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(m_tmp.filePath(QStringLiteral("er.tif"))).size() > 0);

        // A name that is neither stored nor derivable is still refused.
        r = cli({QStringLiteral("render"), m_project, er, QStringLiteral("--layer"), QStringLiteral("living_population"),
                 QStringLiteral("--field"), QStringLiteral("extinction_risk")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("extinction_risk")), qPrintable(r.err));
    }

    // interpolate --from LAYER.<derived>: onto the very polygons it came from, the values come back.
    void interpolateDerivedField()
    {
        const Run r = cli({QStringLiteral("interpolate"), m_project, QStringLiteral("--from"),
                           QStringLiteral("lp_taz.extinction_risk"), QStringLiteral("--to"), QStringLiteral("dong7"),
                           QStringLiteral("--as"), QStringLiteral("er_on_dong7"), QStringLiteral("--mode"),
                           QStringLiteral("intensive")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto store = open(m_project);
        QVERIFY(store);
        auto moved = store->readMeasures(QStringLiteral("er_on_dong7"));
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(moved->fields, QStringList{QStringLiteral("extinction_risk")});
        auto raw = store->readMeasures(QStringLiteral("lp_taz"));
        QVERIFY(raw.ok());
        const int m = rowOf(moved.value(), QStringLiteral("1101053")), s = rowOf(raw.value(), QStringLiteral("1101053"));
        QVERIFY(m >= 0 && s >= 0);
        double w = 0, o = 0;
        for (const QString& f : kWomen20to39) w += value(raw.value(), f, s);
        for (const QString& f : kOld) o += value(raw.value(), f, s);
        QVERIFY2(std::abs(moved->columns[0][m] - w / o) < 1e-6, qPrintable(QString::number(moved->columns[0][m], 'g', 12)));
    }

    // Bad requests: one error line, non-zero exit, the project file byte for byte unchanged.
    void errorsLeaveProjectUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString d = QStringLiteral("derive"), l = QStringLiteral("--layer"), m = QStringLiteral("--measures"),
                      n = QStringLiteral("--name");
        QTest::newRow("unknown measure") << QStringList{d, l, QStringLiteral("lp_taz"), m, QStringLiteral("extinction_risk,age_20_39"), n, QStringLiteral("x")}
                                         << QStringLiteral("\"age_20_39\" is not a derived measure");
        QTest::newRow("no documented bands") << QStringList{d, l, QStringLiteral("living_population"), m, QStringLiteral("extinction_risk"), n, QStringLiteral("x")}
                                             << QStringLiteral("no documented age bands");
        QTest::newRow("not a measure layer") << QStringList{d, l, QStringLiteral("dong"), m, QStringLiteral("total"), n, QStringLiteral("x")}
                                             << QStringLiteral("no measure layer named \"dong\"");
        QTest::newRow("existing name") << QStringList{d, l, QStringLiteral("lp_taz"), m, QStringLiteral("total"), n, QStringLiteral("dong")}
                                       << QStringLiteral("already has a layer named \"dong\"");
        QTest::newRow("bad aggregate") << QStringList{d, l, QStringLiteral("living_population"), m, QStringLiteral("total"), n, QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("month")}
                                       << QStringLiteral("--by must be hour-of-day, day or week");
        QTest::newRow("no time to aggregate") << QStringList{d, l, QStringLiteral("lp_taz"), m, QStringLiteral("total"), n, QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("week")}
                                              << QStringLiteral("no hourly or daily time keys");
    }
    void errorsLeaveProjectUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = dosi::test::sha256File(m_project);
        QVERIFY(!before.isEmpty());
        args.insert(1, m_project);
        const Run r = cli(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
        QCOMPARE(dosi::test::sha256File(m_project), before);
    }
};

QTEST_GUILESS_MAIN(TestDeriveCli)
#include "test_derivecli.moc"
