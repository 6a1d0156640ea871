// CsvReader: encodings (UTF-8 +/- BOM, CP949), quoting, CRLF, delimiters, Seoul's numeric quirks.
#include "dosi/core/Values.h"
#include "dosi/gis/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace dosi;
using namespace dosi::gis;

namespace {

// "행정동코드" in CP949 (KS X 1001): 행 C7E0, 정 C1A4, 동 B5BF, 코 C4DA, 드 B5E5 — the same bytes head the real
// 250 m grid file's third column. "똠" (0x8C63) exists only in Microsoft's CP949 extension.
const QByteArray kCp949Header = QByteArray::fromHex("c7e0c1a4b5bfc4dab5e5");
const QByteArray kCp949Ddom = QByteArray::fromHex("8c63");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    return dosi::test::writeFixture(dir, name, bytes);
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void parseNumbers_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("trailing point") << "540." << true << 540.0;
        QTest::newRow("spaces") << " 12.5 " << true << 12.5;
        QTest::newRow("negative") << "-3" << true << -3.0;
        QTest::newRow("exponent") << "1.5e3" << true << 1500.0;
        QTest::newRow("five decimals") << "16.41235" << true << 16.41235;
        QTest::newRow("leading point") << ".5" << true << 0.5;
        QTest::newRow("plus sign") << "+5" << true << 5.0;
        QTest::newRow("long decimals") << "0.1000000000000000000000000000000000000000000000000000000000000000001"
                                       << true << 0.1;
        QTest::newRow("out of range") << "1e400" << false << 0.0;
        QTest::newRow("garbage") << "12a" << false << 0.0;
        QTest::newRow("thousands") << "1,234" << false << 0.0;
        QTest::newRow("nan text") << "nan" << false << 0.0;
        QTest::newRow("inf text") << "inf" << false << 0.0;
        QTest::newRow("lone point") << "." << false << 0.0;
        QTest::newRow("two stars") << "**" << false << 0.0;
    }
    void parseNumbers()
    {
        QFETCH(QString, token);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = -1;
        QCOMPARE(parseNumber(token, &v), ok);
        if (ok) QCOMPARE(v, value);
    }
    void parseMaskedAndMissing()
    {
        double v = 0;
        QVERIFY(parseNumber(QStringLiteral("*"), &v));
        QVERIFY(isMasked(v));
        QVERIFY(parseNumber(QStringLiteral(" * "), &v));
        QVERIFY(isMasked(v));
        QVERIFY(parseNumber(QString(), &v));
        QVERIFY(isMissing(v));
        QVERIFY(parseNumber(QStringLiteral("   "), &v));
        QVERIFY(isMissing(v));
    }

    void utf8WithBom()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bom.csv"),
                                        QByteArray("\xEF\xBB\xBF") + QStringLiteral("기준일ID,값\n20240101,1\n").toUtf8());
        auto t = readCsv(path);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t->header, QStringList({QStringLiteral("기준일ID"), QStringLiteral("값")}));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0], QStringList({QStringLiteral("20240101"), QStringLiteral("1")}));
    }
    void utf8WithoutBom()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("plain.csv"),
                                        QStringLiteral("행정동코드,이름\n11110530,사직동\n").toUtf8());
        auto t = readCsv(path);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t->header[0], QStringLiteral("행정동코드"));
        QCOMPARE(t->rows[0][1], QStringLiteral("사직동"));
    }
    void utf8FourByteAndInvalid()
    {
        QTemporaryDir dir;
        auto t = readCsv(writeFile(dir, QStringLiteral("emoji.csv"), QStringLiteral("이름,x\n😀 café,1\n").toUtf8()));
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t->rows[0][0], QStringLiteral("😀 café"));
        // An encoded surrogate is neither UTF-8 nor CP949.
        auto bad = readCsv(writeFile(dir, QStringLiteral("bad.csv"), QByteArray("a\n\xED\xA0\x80\xFF\n")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("bad.csv")), qPrintable(bad.errorMessage()));
    }
    void cp949Detected()
    {
        QTemporaryDir dir;
        // header 행정동코드,이름 ; row 11110530,똠 (an extended-Hangul syllable: IBM-949 would reject it)
        const QByteArray bytes = kCp949Header + ",x\r\n11110530," + kCp949Ddom + "\r\n";
        const QString path = writeFile(dir, QStringLiteral("cp949.csv"), bytes);
        auto t = readCsv(path);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->encoding, QStringLiteral("CP949"));
        QCOMPARE(t->header[0], QStringLiteral("행정동코드"));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0][1], QStringLiteral("똠"));
    }
    void cp949EncoderRoundTrip()
    {
        // The encoder Qt offers for CP949 must give the same bytes as the published code page.
        QStringEncoder enc("windows-949");
        QVERIFY(enc.isValid());
        QCOMPARE(QByteArray(enc.encode(QStringLiteral("행정동코드"))), kCp949Header);
        QCOMPARE(QByteArray(enc.encode(QStringLiteral("똠"))), kCp949Ddom);
    }
    void explicitEncoding()
    {
        QTemporaryDir dir;
        const QByteArray bytes = kCp949Header + "\n1\n";
        const QString path = writeFile(dir, QStringLiteral("enc.csv"), bytes);
        auto t = readCsv(path, QStringLiteral("CP949"));
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->header[0], QStringLiteral("행정동코드"));
        auto e = readCsv(path, QStringLiteral("EUC-KR"));
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        QCOMPARE(e->header[0], QStringLiteral("행정동코드"));
        // Forcing UTF-8 on CP949 bytes fails with a message naming the file.
        auto bad = readCsv(path, QStringLiteral("UTF-8"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("enc.csv")), qPrintable(bad.errorMessage()));
        // A CP949 file cut inside a two-byte character is rejected, not silently shortened.
        const QString cut = writeFile(dir, QStringLiteral("cut.csv"), kCp949Header + "\n" + kCp949Header.left(3));
        auto truncated = readCsv(cut, QStringLiteral("CP949"));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.errorMessage().contains(QStringLiteral("cut.csv")), qPrintable(truncated.errorMessage()));
        QVERIFY(!readCsv(cut).ok());
        auto unknown = readCsv(path, QStringLiteral("no-such-encoding"));
        QVERIFY(!unknown.ok());
    }
    void quotingAndLineEnds()
    {
        QTemporaryDir dir;
        const QByteArray bytes =
            "\"id\",\"name\",\"value\"\r\n"
            "\"1\",\"say \"\"hi\"\"\",\"540.\"\r\n"
            "\"2\",\"a, b\",\" 12.5 \"\r\n"
            "\"3\",\"two\r\nlines\",\"*\"\r\n"
            "4 ,  plain text  ,7   \r\n"
            "\r\n"
            "\"5\",\"  keep  \",\r\n";
        const QString path = writeFile(dir, QStringLiteral("quoted.csv"), bytes);
        auto t = readCsv(path);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->header, QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("value")}));
        QCOMPARE(t->rows.size(), 5);
        QCOMPARE(t->rows[0], QStringList({QStringLiteral("1"), QStringLiteral("say \"hi\""), QStringLiteral("540.")}));
        QCOMPARE(t->rows[1][1], QStringLiteral("a, b"));
        QCOMPARE(t->rows[1][2], QStringLiteral("12.5"));  // quoted numeric token trimmed
        QCOMPARE(t->rows[2][1], QStringLiteral("two\nlines"));
        QCOMPARE(t->rows[3], QStringList({QStringLiteral("4"), QStringLiteral("plain text"), QStringLiteral("7")}));
        QCOMPARE(t->rows[4][1], QStringLiteral("  keep  "));  // quoted text kept as is
        QCOMPARE(t->rows[4][2], QString());
        // physical line numbers: record 3 spans lines 4-5; the blank line 7 is skipped
        QCOMPARE(t->lineNumbers, QVector<int>({2, 3, 4, 6, 8}));
        double v = 0;
        QVERIFY(parseNumber(t->rows[0][2], &v));
        QCOMPARE(v, 540.0);
        QVERIFY(parseNumber(t->rows[2][2], &v));
        QVERIFY(isMasked(v));
    }
    void unclosedQuote()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.csv"), "a,b\n1,2\n3,\"open\n4,5\n");
        auto t = readCsv(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.errorMessage().contains(QStringLiteral("broken.csv line 3")), qPrintable(t.errorMessage()));
    }
    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b;c\n1,2;3\n") << QStringLiteral(",");
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QStringLiteral(";");
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1,5\t2\t3\n") << QStringLiteral("\t");
        QTest::newRow("quoted comma") << QByteArray("\"a,x,y\";b;c\n1;2;3\n") << QStringLiteral(";");
    }
    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QTemporaryDir dir;
        auto t = readCsv(writeFile(dir, QStringLiteral("d.csv"), bytes));
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(QString(t->delimiter), delimiter);
        QCOMPARE(t->rows.size(), 1);
        if (delimiter != QLatin1String(",")) QCOMPARE(t->rows[0].size(), 3);
    }
    void emptyFile()
    {
        QTemporaryDir dir;
        auto t = readCsv(writeFile(dir, QStringLiteral("empty.csv"), QByteArray()));
        QVERIFY(!t.ok());
        QVERIFY(t.errorMessage().contains(QStringLiteral("empty.csv")));
        auto missing = readCsv(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("nope.csv")));
    }
    void realCp949GridFile()
    {
        const QString path = QStringLiteral(DOSI_SHARED_DATA "/real/grid/busycafe_250_LOCAL_RESD_20260708_minimal.cp949.csv");
        if (!QFileInfo::exists(path)) QSKIP("shared real data (DOSI_SHARED_DATA/real/grid) is not available");
        auto t = readCsv(path);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->encoding, QStringLiteral("CP949"));
        QCOMPARE(t->header, QStringList({QStringLiteral("일자"), QStringLiteral("시간"), QStringLiteral("행정동코드"),
                                         QStringLiteral("250M격자"), QStringLiteral("생활인구합계")}));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0][2], QStringLiteral("11110515"));  // right-padded code, trimmed
        QCOMPARE(t->rows[0][3], QStringLiteral("다사52505325"));
        double v = 0;
        QVERIFY(parseNumber(t->rows[0][4], &v));
        QCOMPARE(v, 16.41);
        QVERIFY(parseNumber(t->rows[1][4], &v));
        QVERIFY(isMasked(v));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
