// The fast multi-core living-population reader must give exactly what the general reader gives:
// the same table bit for bit (units, times, values with their NaN payloads), the same counts, and
// the same message, for quirky files it reads itself, for files it hands back to the general reader,
// and for bad input. Files over 8 MB are cut into several chunks, so line numbers cross chunks.

#include "../common/TestFiles.h"

#include "dosi/core/Values.h"
#include "dosi/gis/MeasureImport.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace dosi;
using namespace dosi::gis;
using dosi::test::seoulDongHeader;
using dosi::test::writeFixture;

namespace {

QByteArray csvLine(const QStringList& fields, bool quoted)
{
    QStringList out;
    for (const QString& f : fields) out << (quoted ? QLatin1Char('"') + f + QLatin1Char('"') : f);
    return out.join(QLatin1Char(',')).toUtf8();
}

// rows of the 32-column 행정동 schema; value(h, d, c) is the text of column c (0 = total).
QByteArray dongFile(int days, int dongs, bool quoted, const QByteArray& eol,
                    const std::function<QString(int day, int hour, int dong, int col)>& value)
{
    QByteArray out = csvLine(seoulDongHeader(), true) + eol;
    for (int d = 0; d < days; ++d)
        for (int h = 0; h < 24; ++h)
            for (int g = 0; g < dongs; ++g) {
                QStringList f{QStringLiteral("201903%1").arg(d + 1, 2, 10, QLatin1Char('0')),
                              QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')), QString::number(11110515 + g * 10)};
                for (int c = 0; c < 29; ++c) f << value(d, h, g, c);
                out += csvLine(f, quoted) + eol;
            }
    return out;
}

quint64 bits(double v)
{
    quint64 b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

struct Outcome {
    bool ok = false;
    QString error;
    MeasureImport m;
};

Outcome run(const QStringList& files, CsvReading reading)
{
    Outcome o;
    auto r = importLivingPopulation(files, QStringLiteral("lp"), {}, reading);
    o.ok = r.ok();
    if (r.ok()) o.m = std::move(r).value();
    else o.error = r.errorMessage();
    return o;
}

// fastFiles: how many of the files the fast reader must have read itself (-1: do not check).
void sameOutcome(const QStringList& files, int fastFiles = -1)
{
    const Outcome fast = run(files, CsvReading::Auto);
    const Outcome general = run(files, CsvReading::General);
    QCOMPARE(general.m.filesReadFast, 0);
    if (fastFiles >= 0 && fast.ok) QCOMPARE(fast.m.filesReadFast, fastFiles);
    QCOMPARE(fast.ok, general.ok);
    QCOMPARE(fast.error, general.error);
    if (!fast.ok) return;
    QCOMPARE(fast.m.format, general.m.format);
    QCOMPARE(fast.m.rowsRead, general.m.rowsRead);
    QCOMPARE(fast.m.maskedCount, general.m.maskedCount);
    QCOMPARE(fast.m.table.fields, general.m.table.fields);
    QCOMPARE(fast.m.table.units, general.m.table.units);
    QCOMPARE(fast.m.table.times, general.m.table.times);
    for (qsizetype f = 0; f < fast.m.table.columns.size(); ++f)
        for (qsizetype r = 0; r < fast.m.table.rowCount(); ++r)
            if (bits(fast.m.table.columns[f][r]) != bits(general.m.table.columns[f][r]))
                QFAIL(qPrintable(QStringLiteral("field %1 row %2: %3 vs %4")
                                     .arg(fast.m.table.fields[f]).arg(r)
                                     .arg(fast.m.table.columns[f][r], 0, 'g', 17)
                                     .arg(general.m.table.columns[f][r], 0, 'g', 17)));
}

QString quirkyValue(int d, int h, int g, int c)
{
    const int k = (d * 24 + h) * 7 + g * 3 + c;
    switch (k % 19) {
    case 0: return QStringLiteral("*");
    case 1: return QStringLiteral("540.");
    case 2: return QStringLiteral("  12.5 ");
    case 3: return QString();
    case 4: return QStringLiteral("0.1");
    case 5: return QStringLiteral("12345678901234567.25");      // more digits than the fast path takes
    case 6: return QStringLiteral("1.5e3");
    case 7: return QStringLiteral("-0.0");
    case 8: return QStringLiteral("+7");
    case 9: return QStringLiteral("%1.%2").arg(k * 37 % 100000).arg(k % 10000, 4, 10, QLatin1Char('0'));
    case 10: return QStringLiteral(".5");
    case 11: return QStringLiteral("0.30000000000000004");
    case 12: return QStringLiteral("0.000000000000000000015");  // 22 digits, 2 of them significant
    case 13: return QStringLiteral("999999999999999");          // 15 significant digits: the fast path
    case 14: return QStringLiteral("1000000000000001");         // 16: the general parser
    case 15: return QStringLiteral("-12.");
    case 16: return QStringLiteral("00042.50");
    case 17: return QStringLiteral("12.5  ");                   // trailing blanks after a plain number
    default: return QString::number(k);
    }
}

}  // namespace

class TestFastCsv : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void quirkyFilesReadAlike_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("quoted, CRLF") << true << QByteArray("\r\n");
        QTest::newRow("bare, LF") << false << QByteArray("\n");
    }

    void quirkyFilesReadAlike()
    {
        QFETCH(bool, quoted);
        QFETCH(QByteArray, eol);
        const QByteArray body = dongFile(2, 5, quoted, eol, quirkyValue);
        sameOutcome({writeFixture(m_tmp, QStringLiteral("q%1.csv").arg(quoted), body)}, 1);
        // A UTF-8 BOM, a blank line in the middle and no line end at the end.
        QByteArray bom = "\xEF\xBB\xBF" + body;
        bom.insert(bom.indexOf('\n', 5000) + 1, eol);
        bom.chop(eol.size());
        sameOutcome({writeFixture(m_tmp, QStringLiteral("bom%1.csv").arg(quoted), bom)}, 1);
        // The header in CP949, as Seoul publishes it.
        QStringEncoder cp949("windows-949");
        QVERIFY(cp949.isValid());
        const qsizetype headerEnd = body.indexOf('\n');
        QByteArray korean = cp949.encode(QString::fromUtf8(body.left(headerEnd)));
        korean += body.mid(headerEnd);
        sameOutcome({writeFixture(m_tmp, QStringLiteral("cp%1.csv").arg(quoted), korean)}, 1);
    }

    // Files the fast reader hands back: the outcome is still the general reader's.
    void handedBackFilesReadAlike_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("escaped quote") << QByteArray("\"11110535\"") << QByteArray("\"1111\"\"0535\"");
        QTest::newRow("line break in quotes") << QByteArray("\"11110535\"") << QByteArray("\"1111\n0535\"");
        QTest::newRow("Hangul in a code") << QByteArray("\"11110535\"") << QByteArray("\"종로11110535\"");
        QTest::newRow("bad date") << QByteArray("\"20190302\"") << QByteArray("\"20190231\"");
        QTest::newRow("bad hour") << QByteArray("\"20190302\",\"05\"") << QByteArray("\"20190302\",\"24\"");
        QTest::newRow("not a number") << QByteArray("\"540.\"") << QByteArray("\"54O\"");
        QTest::newRow("extra field") << QByteArray("\"540.\"") << QByteArray("\"540.\",\"1\"");
        QTest::newRow("empty code") << QByteArray("\"11110555\"") << QByteArray("\"\"");
        QTest::newRow("semicolons") << QByteArray(",") << QByteArray(";");
    }

    void handedBackFilesReadAlike()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray body = dongFile(2, 5, true, "\n", quirkyValue);
        const qsizetype at = body.indexOf(from, body.size() / 2);
        QVERIFY(at > 0);
        if (from == ",") body.replace(",", ";");
        else body.replace(at, from.size(), to);
        sameOutcome({writeFixture(m_tmp, QStringLiteral("back_%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))), body)}, 0);
    }

    // A file of several chunks with a duplicate near its end, and a second file repeating a row of
    // the first: the messages name the right lines.
    void largeFilesAndDuplicates()
    {
        auto plain = [](int d, int h, int g, int c) { return QStringLiteral("%1.%2").arg(d * 1000 + h * 10 + g).arg(c); };
        QByteArray big = dongFile(10, 40, true, "\n", plain);        // 9,600 rows
        while (big.size() < 20 * 1024 * 1024) big += big.mid(big.indexOf('\n') + 1).replace("201903", "201904");
        QVERIFY(big.size() > 16 * 1024 * 1024);
        const QString ok = writeFixture(m_tmp, QStringLiteral("big.csv"), big);
        sameOutcome({ok});
        const Outcome fast = run({ok}, CsvReading::Auto);
        QVERIFY2(!fast.ok, "the appended copies repeat April rows");
        QVERIFY2(fast.error.contains(QLatin1String("big.csv line ")), qPrintable(fast.error));

        QByteArray unique = dongFile(10, 40, false, "\n", plain);
        const QString a = writeFixture(m_tmp, QStringLiteral("a.csv"), unique);
        const QByteArray line17 = unique.split('\n').at(16);
        const QString b = writeFixture(m_tmp, QStringLiteral("b.csv"),
                                       unique.left(unique.indexOf('\n') + 1) + "\n\n" + line17 + "\n");
        sameOutcome({a, b});
        QCOMPARE(run({a}, CsvReading::Auto).m.filesReadFast, 1);
        const Outcome dup = run({a, b}, CsvReading::Auto);
        QVERIFY(!dup.ok);
        QVERIFY2(dup.error.startsWith(QLatin1String("b.csv line 4: unit ")), qPrintable(dup.error));
        QVERIFY2(dup.error.contains(QLatin1String("(first at a.csv line 17)")), qPrintable(dup.error));
    }

    void cancelStopsTheFastReader()
    {
        auto plain = [](int d, int h, int g, int c) { return QString::number(d + h + g + c); };
        const QString path = writeFixture(m_tmp, QStringLiteral("cancel.csv"), dongFile(31, 424, false, "\n", plain));
        int calls = 0;
        auto r = importLivingPopulation({path}, QStringLiteral("lp"), [&](int, int) { return ++calls < 2; });
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("cancelled")), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestFastCsv)
#include "test_fastcsv.moc"
