// Bad input (issue 3): wrong encoding, missing/renamed columns, non-numeric values, duplicate (unit, time)
// rows, unknown codes, empty file, header only, truncated last line, a zip instead of a CSV, a Shapefile
// without .prj. Each case is one data row; the library importers must fail with one message naming the
// file (and the line and column where one applies), and dosi-cli must leave the project byte-for-byte
// unchanged (SHA-256 before/after).
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/VectorImport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kSample = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample");
const QString kReal = QStringLiteral(DOSI_SHARED_DATA "/real");

QStringList dongRow(const QString& hour, const QString& code = QStringLiteral("11110530"))
{
    QStringList r = {QStringLiteral("20190304"), hour, code, QStringLiteral("1000.5")};
    for (int i = 0; i < 28; ++i) r << QString::number(10 + i) + QStringLiteral(".25");
    return r;
}

QString quoted(const QStringList& fields)
{
    QStringList q;
    for (const QString& f : fields) q << QLatin1Char('"') + f + QLatin1Char('"');
    return q.join(QLatin1Char(','));
}

QByteArray lines(const QStringList& l) { return (l.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(); }

QByteArray sha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DOSI_CLI), args);
    if (!p.waitForFinished(300000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString header = quoted(dosi::test::seoulDongHeader());
        write("dong_ok.csv", lines({header, quoted(dongRow("00")), quoted(dongRow("01"))}));
        // UTF-8 with one invalid byte (0xFF) in line 3, column 5 (남자0세부터9세생활인구수).
        {
            QByteArray bytes = lines({header, quoted(dongRow("00")), quoted(dongRow("01"))});
            const qsizetype line3 = bytes.indexOf("\"20190304\",\"01\"");
            const qsizetype col5 = bytes.indexOf("\"10.25\"", line3);
            bytes.insert(col5 + 1, '\xFF');
            write("dong_badbyte.csv", bytes);
        }
        // Table in CP949 (column 4 holds Hangul names from line 2 on).
        {
            QStringEncoder enc("windows-949");
            QVERIFY(enc.isValid());
            write("table_cp949.csv", enc.encode(QStringLiteral("adm_cd,year,pop,name\n11110530,2017,100,사직동\n"
                                                               "11110540,2017,200,삼청동\n")));
        }
        QStringList noHour = dosi::test::seoulDongHeader();
        noHour.removeAt(1);
        QStringList row = dongRow("00");
        row.removeAt(1);
        write("dong_missing_col.csv", lines({quoted(noHour), quoted(row)}));
        QStringList renamed = dosi::test::seoulDongHeader();
        renamed[2] = QStringLiteral("행정동_코드");
        write("dong_renamed_col.csv", lines({quoted(renamed), quoted(dongRow("00"))}));
        write("table_ok.csv", "CODE_AD,YEAR,POP\n11110530,2017,100\n11110540,2017,200\n");
        QStringList bad = dongRow("01");
        bad[4] = QStringLiteral("12a");
        write("dong_nonnumeric.csv", lines({header, quoted(dongRow("00")), quoted(bad)}));
        write("table_nonnumeric.csv", "CODE_AD,YEAR,POP\n11110530,2017,100\n11110540,2017,n/a\n11110550,2017,300\n");
        write("dong_duplicate.csv", lines({header, quoted(dongRow("00")), quoted(dongRow("00"))}));
        write("table_duplicate.csv", "CODE_AD,YEAR,POP\n11110530,2017,100\n11110540,2017,200\n11110530,2017,300\n");
        write("empty.csv", QByteArray());
        write("dong_header_only.csv", lines({header}));
        write("table_header_only.csv", "CODE_AD,YEAR,POP\n");
        {
            // Cut in the middle of a quoted field: line 4, column 3.
            QByteArray b = lines({header, quoted(dongRow("00")), quoted(dongRow("01"))});
            b += "\"20190304\",\"02\",\"1111";
            write("dong_cut_quoted.csv", b);
            QByteArray few = lines({header, quoted(dongRow("00")), quoted(dongRow("01"))});
            few += quoted(dongRow("02").mid(0, 20)).toUtf8();
            write("dong_cut_fields.csv", few);
        }
        write("header_bytes.csv", QByteArray("PK\x03\x04\x14\x00\x00\x00", 8));
        // A real zip made with `zip` when it is installed (the minimal header file otherwise).
        {
            QProcess zip;
            zip.setWorkingDirectory(m_dir.path());
            zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("made.zip"), QStringLiteral("dong_ok.csv")});
            if (!zip.waitForFinished(30000) || zip.exitCode() != 0 || !QFile::exists(path("made.zip")))
                QVERIFY(QFile::copy(path("header_bytes.csv"), path("made.zip")));
            QVERIFY(QFile::copy(path("made.zip"), path("made_zip_named.csv")));
        }
        // Shapefile without .prj.
        const QString shp = kReal + QStringLiteral("/boundaries/kostat2013_seoul_submunicipalities.");
        for (const char* ext : {"shp", "shx", "dbf", "cpg"})
            QVERIFY(QFile::copy(shp + QLatin1String(ext), path(QStringLiteral("noprj.") + QLatin1String(ext))));
        // A table with one code unknown to the boundaries.
        write("table_unknown.csv", "CODE_AD,YEAR,POP\n11110530,2017,100\n99999999,2017,200\n");

        // The project the CLI cases try to change.
        m_project = path("bad.dosi");
        Run r = cli({QStringLiteral("new"), m_project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import"), m_project, QStringLiteral("boundaries"),
                 kSample + QStringLiteral("/hangjeongdong_seoul_ver20210401.geojson"), QStringLiteral("--name"),
                 QStringLiteral("dongs")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // api: living | table | table-utf8 (encoding forced to UTF-8) ; key/time for tables.
    void libraryFailures_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QStringList>("expect");
        const QString none;
        QTest::newRow("cp949 forced as UTF-8") << "table-utf8" << "table_cp949.csv" << "adm_cd" << "year"
                                               << QStringList{"table_cp949.csv", "line 2, column 4", "not valid UTF-8"};
        QTest::newRow("utf8 invalid byte (living)") << "living" << "dong_badbyte.csv" << none << none
                                                    << QStringList{"dong_badbyte.csv", "line 3, column 5", "0xFF"};
        QTest::newRow("utf8 invalid byte (table)") << "table" << "dong_badbyte.csv" << "행정동코드" << none
                                                   << QStringList{"dong_badbyte.csv", "line 3, column 5", "UTF-8"};
        QTest::newRow("missing column") << "living" << "dong_missing_col.csv" << none << none
                                        << QStringList{"dong_missing_col.csv", "not a known living-population file",
                                                       "시간대구분"};
        QTest::newRow("renamed column (living)") << "living" << "dong_renamed_col.csv" << none << none
                                                 << QStringList{"dong_renamed_col.csv", "행정동_코드"};
        QTest::newRow("renamed key column (table)") << "table" << "table_ok.csv" << "ADM_CODE" << "YEAR"
                                                    << QStringList{"table_ok.csv", "no key column \"ADM_CODE\"", "CODE_AD"};
        QTest::newRow("renamed time column (table)") << "table" << "table_ok.csv" << "CODE_AD" << "YR"
                                                     << QStringList{"table_ok.csv", "no time column \"YR\""};
        QTest::newRow("non-numeric (living)") << "living" << "dong_nonnumeric.csv" << none << none
                                              << QStringList{"dong_nonnumeric.csv", "line 3", "남자0세부터9세생활인구수", "\"12a\""};
        QTest::newRow("non-numeric (table)") << "table" << "table_nonnumeric.csv" << "CODE_AD" << "YEAR"
                                             << QStringList{"table_nonnumeric.csv", "line 3", "field POP", "\"n/a\""};
        QTest::newRow("duplicate (living)") << "living" << "dong_duplicate.csv" << none << none
                                            << QStringList{"dong_duplicate.csv line 3", "1111053000", "2019-03-04T00",
                                                           "first at dong_duplicate.csv line 2"};
        QTest::newRow("duplicate (table)") << "table" << "table_duplicate.csv" << "CODE_AD" << "YEAR"
                                           << QStringList{"table_duplicate.csv line 4", "1111053000", "first at line 2"};
        QTest::newRow("empty (living)") << "living" << "empty.csv" << none << none << QStringList{"empty.csv", "empty"};
        QTest::newRow("empty (table)") << "table" << "empty.csv" << "CODE_AD" << none << QStringList{"empty.csv", "empty"};
        QTest::newRow("header only (living)") << "living" << "dong_header_only.csv" << none << none
                                              << QStringList{"dong_header_only.csv", "no data rows"};
        QTest::newRow("header only (table)") << "table" << "table_header_only.csv" << "CODE_AD" << "YEAR"
                                             << QStringList{"table_header_only.csv", "no data rows"};
        QTest::newRow("cut in a quoted field") << "living" << "dong_cut_quoted.csv" << none << none
                                               << QStringList{"dong_cut_quoted.csv", "line 4, column 3", "not closed"};
        QTest::newRow("cut: too few fields") << "living" << "dong_cut_fields.csv" << none << none
                                             << QStringList{"dong_cut_fields.csv", "line 4", "expected 32 fields",
                                                            "found 20"};
        QTest::newRow("real zip (living)")
            << "living" << kReal + "/facilities/busycafe_seoul_hotspot_areas_121.zip" << none << none
            << QStringList{"busycafe_seoul_hotspot_areas_121.zip", "ZIP archive"};
        QTest::newRow("made zip (table)") << "table" << "made.zip" << "CODE_AD" << none
                                          << QStringList{"made.zip", "ZIP archive"};
        QTest::newRow("zip named .csv (living)") << "living" << "made_zip_named.csv" << none << none
                                                 << QStringList{"made_zip_named.csv", "ZIP archive"};
        QTest::newRow("zip header bytes (living)") << "living" << "header_bytes.csv" << none << none
                                                   << QStringList{"header_bytes.csv", "ZIP archive"};
    }

    void libraryFailures()
    {
        QFETCH(QString, api);
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, time);
        QFETCH(QStringList, expect);
        const QString p = QDir::isAbsolutePath(file) ? file : path(file);
        QString message;
        if (api == QLatin1String("living")) {
            auto r = importLivingPopulation({p}, QStringLiteral("x"));
            QVERIFY(!r.ok());
            message = r.errorMessage();
        } else {
            auto r = importTable(p, QStringLiteral("x"), key, time,
                                 api == QLatin1String("table-utf8") ? QStringLiteral("UTF-8") : QString());
            QVERIFY(!r.ok());
            message = r.errorMessage();
        }
        for (const QString& e : expect) QVERIFY2(message.contains(e), qPrintable(QStringLiteral("%1 -- missing \"%2\"").arg(message, e)));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }

    // The good files really import (so the failures above come from the defect, not the fixture).
    void controls()
    {
        auto living = importLivingPopulation({path("dong_ok.csv")}, QStringLiteral("x"));
        QVERIFY2(living.ok(), qPrintable(living.errorMessage()));
        QCOMPARE(living->table.rowCount(), 2);
        auto table = importTable(path("table_ok.csv"), QStringLiteral("x"), QStringLiteral("CODE_AD"), QStringLiteral("YEAR"));
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        auto cp949 = importTable(path("table_cp949.csv"), QStringLiteral("x"), QStringLiteral("adm_cd"), QStringLiteral("year"));
        QVERIFY2(cp949.ok(), qPrintable(cp949.errorMessage()));  // detected CP949
    }

    void unknownCodesAreReported()
    {
        auto table = importTable(path("table_unknown.csv"), QStringLiteral("x"), QStringLiteral("CODE_AD"),
                                 QStringLiteral("YEAR"));
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        auto dongs = importVector(kSample + QStringLiteral("/hangjeongdong_seoul_ver20210401.geojson"), QStringLiteral("d"), {});
        QVERIFY2(dongs.ok(), qPrintable(dongs.errorMessage()));
        const int code = dongs->info.fieldIndex(dongs->info.codeField);
        QStringList codes;
        for (const FeatureRecord& f : dongs->features) codes << f.values.value(code).toString();
        const JoinReport r = joinReport(codes, table->table.units);
        QCOMPARE(r.matched, 1);
        QCOMPARE(r.unmatchedInTable, QStringList({"9999999900"}));
        QVERIFY(r.summary().contains(QStringLiteral("9999999900")));
    }

    void shapefileWithoutPrj()
    {
        auto r = importVector(path("noprj.shp"), QStringLiteral("k"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("noprj.shp")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("no coordinate reference system")), qPrintable(r.errorMessage()));
        VectorImportOptions opt;
        opt.sourceCrs = QStringLiteral("EPSG:4326");
        auto ok = importVector(path("noprj.shp"), QStringLiteral("k"), opt);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(ok->features.size(), 423);  // ogrinfo counts 423 features
        QCOMPARE(ok->report.sourceCrs, QStringLiteral("EPSG:4326"));
    }

    // ---------------------------------------------------------------------------------------------
    // dosi-cli: a failed import leaves the project byte-for-byte unchanged.
    void cliFailures_data()
    {
        QTest::addColumn<QStringList>("args");  // after "import P.dosi"; "@x" = file x in the fixture folder
        QTest::addColumn<QStringList>("expect");
        QTest::newRow("cp949 forced as UTF-8")
            << QStringList{"table", "@table_cp949.csv", "--name", "t", "--key", "adm_cd", "--time", "year", "--encoding", "UTF-8"}
            << QStringList{"table_cp949.csv", "line 2, column 4"};
        QTest::newRow("utf8 invalid byte") << QStringList{"living-population", "@dong_badbyte.csv", "--name", "l"}
                                           << QStringList{"dong_badbyte.csv", "line 3, column 5"};
        QTest::newRow("missing column") << QStringList{"living-population", "@dong_missing_col.csv", "--name", "l"}
                                        << QStringList{"dong_missing_col.csv"};
        QTest::newRow("renamed key") << QStringList{"table", "@table_ok.csv", "--name", "t", "--key", "ADM_CODE"}
                                     << QStringList{"table_ok.csv", "ADM_CODE"};
        QTest::newRow("non-numeric") << QStringList{"living-population", "@dong_nonnumeric.csv", "--name", "l"}
                                     << QStringList{"dong_nonnumeric.csv line 3", "남자0세부터9세생활인구수"};
        QTest::newRow("duplicate in one file") << QStringList{"living-population", "@dong_duplicate.csv", "--name", "l"}
                                               << QStringList{"dong_duplicate.csv line 3"};
        QTest::newRow("duplicate across files")
            << QStringList{"living-population", "@dong_ok.csv", "@dong_duplicate.csv", "--name", "l"}
            << QStringList{"dong_duplicate.csv line 2", "first at dong_ok.csv line 2"};
        QTest::newRow("empty") << QStringList{"living-population", "@empty.csv", "--name", "l"} << QStringList{"empty.csv"};
        QTest::newRow("header only") << QStringList{"table", "@table_header_only.csv", "--name", "t", "--key", "CODE_AD"}
                                     << QStringList{"table_header_only.csv", "no data rows"};
        QTest::newRow("cut quoted") << QStringList{"living-population", "@dong_cut_quoted.csv", "--name", "l"}
                                    << QStringList{"dong_cut_quoted.csv line 4, column 3"};
        QTest::newRow("cut fields") << QStringList{"living-population", "@dong_ok.csv", "@dong_cut_fields.csv", "--name", "l"}
                                    << QStringList{"dong_cut_fields.csv line 4"};
        QTest::newRow("zip") << QStringList{"living-population", kReal + "/facilities/busycafe_seoul_hotspot_areas_121.zip",
                                            "--name", "l"}
                             << QStringList{"busycafe_seoul_hotspot_areas_121.zip", "ZIP archive"};
        QTest::newRow("shapefile without prj") << QStringList{"boundaries", "@noprj.shp", "--name", "k"}
                                               << QStringList{"noprj.shp", "no coordinate reference system"};
        QTest::newRow("existing layer name") << QStringList{"living-population", "@dong_ok.csv", "--name", "dongs"}
                                             << QStringList{"dongs"};
    }

    void cliFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expect);
        for (QString& a : args)
            if (a.startsWith(QLatin1Char('@'))) a = path(a.mid(1));
        const QByteArray before = sha(m_project);
        QVERIFY(!before.isEmpty());
        const Run r = cli(QStringList{QStringLiteral("import"), m_project} + args);
        QVERIFY2(r.code != 0 && r.code != -1, qPrintable(r.err));
        for (const QString& e : expect) QVERIFY2(r.err.contains(e), qPrintable(QStringLiteral("%1 -- missing \"%2\"").arg(r.err, e)));
        QCOMPARE(sha(m_project), before);
        // No stray working or temporary files beside the project.
        const QStringList beside = QDir(m_dir.path()).entryList({QStringLiteral("*bad.dosi*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(beside, QStringList({"bad.dosi"}));
    }

    // Last: the same inputs, corrected, do change the project.
    void cliSuccesses()
    {
        const QByteArray before = sha(m_project);
        Run r = cli({QStringLiteral("import"), m_project, QStringLiteral("boundaries"), path("noprj.shp"), QStringLiteral("--name"),
                     QStringLiteral("kostat"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(sha(m_project) != before);
        r = cli({QStringLiteral("import"), m_project, QStringLiteral("table"), path("table_unknown.csv"), QStringLiteral("--name"),
                 QStringLiteral("unknown"), QStringLiteral("--key"), QStringLiteral("CODE_AD"), QStringLiteral("--time"),
                 QStringLiteral("YEAR"), QStringLiteral("--layer"), QStringLiteral("dongs")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1 table code unmatched")) || r.err.contains(QStringLiteral("9999999900")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray layers = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("layers")).toArray();
        QStringList names;
        for (const auto& l : layers) names << l.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, QStringList({"dongs", "kostat", "unknown"}));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
