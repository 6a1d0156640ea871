#include "dosi/gis/CsvReader.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <charconv>

namespace dosi::gis {

namespace {

// The name under which Qt (ICU) offers Microsoft's CP949 (Unified Hangul Code); empty if none.
// "CP949" itself is tried late on purpose: ICU maps it to IBM-949, a different table.
QByteArray koreanCodecName()
{
    for (const char* name : {"windows-949", "x-windows-949", "ms949", "CP949", "EUC-KR"})
        if (QStringDecoder(name).isValid()) return QByteArray(name);
    return {};
}

bool isKoreanName(const QString& upper)
{
    static const QStringList names = {QStringLiteral("CP949"), QStringLiteral("CP-949"), QStringLiteral("EUC-KR"),
                                      QStringLiteral("EUCKR"), QStringLiteral("MS949"), QStringLiteral("UHC"),
                                      QStringLiteral("WINDOWS-949"), QStringLiteral("X-WINDOWS-949"),
                                      QStringLiteral("KS_C_5601-1987"), QStringLiteral("KSC5601")};
    return names.contains(upper);
}

// Length of the valid UTF-8 sequence at i, or 0 when the bytes there are invalid or truncated.
int utf8SequenceAt(const unsigned char* p, qsizetype n, qsizetype i);

// Strict UTF-8 check without building a string (overlongs, surrogates and > U+10FFFF rejected).
bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceAt(p, n, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

int utf8SequenceAt(const unsigned char* p, qsizetype n, qsizetype i)
{
    const unsigned char c = p[i];
    if (c < 0x80) return 1;
    int extra;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + extra >= n) return 0;  // truncated sequence
    if (p[i + 1] < lo || p[i + 1] > hi) return 0;
    for (int k = 2; k <= extra; ++k)
        if ((p[i + k] & 0xC0) != 0x80) return 0;
    return extra + 1;
}

// Where UTF-8 decoding fails: first invalid byte offset (-1 if none), the number of invalid bytes,
// and the number of valid three-byte sequences (Hangul in UTF-8; CP949 Hangul never yields many).
struct Utf8Scan {
    qsizetype firstInvalid = -1;
    qsizetype invalid = 0;
    qsizetype threeByte = 0;
};

Utf8Scan scanUtf8(const QByteArray& bytes)
{
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceAt(p, n, i);
        if (len == 0) {
            if (scan.firstInvalid < 0) scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
            continue;
        }
        if (len == 3) ++scan.threeByte;
        i += len;
    }
    return scan;
}

// 1-based line and delimited column of a byte offset (delimiter guessed from the first line,
// quotes respected), for messages about undecodable bytes.
void locateByte(const QByteArray& bytes, qsizetype offset, int* line, int* column)
{
    int counts[3] = {0, 0, 0};
    for (qsizetype i = 0; i < bytes.size() && bytes[i] != '\n'; ++i) {
        if (bytes[i] == ',') ++counts[0];
        else if (bytes[i] == ';') ++counts[1];
        else if (bytes[i] == '\t') ++counts[2];
    }
    char delim = ',';
    if (counts[1] > counts[0] && counts[1] >= counts[2]) delim = ';';
    if (counts[2] > counts[0] && counts[2] > counts[1]) delim = '\t';
    *line = 1;
    *column = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"') quoted = !quoted;
        else if (c == '\n') {
            ++*line;
            if (!quoted) *column = 1;
        } else if (c == delim && !quoted) ++*column;
    }
}

QString invalidUtf8Message(const QByteArray& bytes, qsizetype offset, const QString& fileName)
{
    int line = 1, column = 1;
    locateByte(bytes, offset, &line, &column);
    return QCoreApplication::translate("dosi::CsvReader",
                                       "%1 line %2, column %3: not valid UTF-8 text (byte 0x%4); if the file is "
                                       "CP949 (EUC-KR), give that encoding.")
        .arg(fileName)
        .arg(line)
        .arg(column)
        .arg(QString::number(uchar(bytes[offset]), 16).toUpper());
}

// Decodes all of bytes; false on any invalid or truncated sequence. *valid = the codec exists.
// The decoder is built here and never moved: in Qt 6.4 a moved ICU-backed QStringDecoder stops
// reporting errors. Stateless makes a truncated final sequence an error.
bool decodeStrict(const QByteArray& codec, const QByteArray& bytes, QString* out, bool* valid)
{
    QStringDecoder decoder(codec.constData(), QStringConverter::Flag::Stateless);
    *valid = decoder.isValid();
    if (!*valid) return false;
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

bool isNumericText(QStringView s)
{
    // optional sign, digits with an optional '.', optional exponent; at least one digit
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) ++i;
    int digits = 0;
    while (i < n && s[i].isDigit() && s[i].unicode() < 128) { ++i; ++digits; }
    if (i < n && s[i] == QLatin1Char('.')) {
        ++i;
        while (i < n && s[i].isDigit() && s[i].unicode() < 128) { ++i; ++digits; }
    }
    if (digits == 0) return false;
    if (i < n && (s[i] == QLatin1Char('e') || s[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) ++i;
        int exp = 0;
        while (i < n && s[i].isDigit() && s[i].unicode() < 128) { ++i; ++exp; }
        if (exp == 0) return false;
    }
    return i == n;
}

}  // namespace

int CsvTable::columnIndex(const QString& name) const
{
    const qsizetype exact = header.indexOf(name);
    if (exact >= 0) return int(exact);
    for (int i = 0; i < header.size(); ++i)
        if (header[i].compare(name.trimmed(), Qt::CaseInsensitive) == 0) return i;
    return -1;
}

Result<QString> decodeText(const QByteArray& bytes, const QString& encoding, const QString& fileName,
                           QString* used)
{
    QString text;
    bool valid = false;
    const QString upper = encoding.trimmed().toUpper();
    if (!upper.isEmpty()) {
        QByteArray codec;
        QString canonical;
        if (upper == QLatin1String("UTF-8") || upper == QLatin1String("UTF8")) {
            codec = "UTF-8";
            canonical = QStringLiteral("UTF-8");
        } else if (isKoreanName(upper)) {
            codec = koreanCodecName();
            canonical = QStringLiteral("CP949");
        } else {
            codec = encoding.trimmed().toLatin1();
            canonical = encoding.trimmed();
        }
        const bool ok = !codec.isEmpty() && decodeStrict(codec, bytes, &text, &valid);
        if (!valid)
            return makeError(QCoreApplication::translate("dosi::CsvReader", "%1: the text encoding \"%2\" is not supported.")
                                 .arg(fileName, encoding));
        if (!ok && canonical == QLatin1String("UTF-8")) {
            const Utf8Scan scan = scanUtf8(bytes);
            if (scan.firstInvalid >= 0) return makeError(invalidUtf8Message(bytes, scan.firstInvalid, fileName));
        }
        if (!ok)
            return makeError(QCoreApplication::translate("dosi::CsvReader", "%1 is not valid %2 text.").arg(fileName, canonical));
        if (used) *used = canonical;
    } else if (auto bom = QStringConverter::encodingForData(bytes); bom.has_value()) {
        const QByteArray codec = QStringConverter::nameForEncoding(*bom);
        if (!decodeStrict(codec, bytes, &text, &valid))
            return makeError(QCoreApplication::translate("dosi::CsvReader",
                                                         "%1 starts with a byte order mark but is not valid %2 text.")
                                 .arg(fileName, QString::fromLatin1(codec)));
        if (used) *used = QString::fromLatin1(codec);
    } else if (isValidUtf8(bytes) && decodeStrict("UTF-8", bytes, &text, &valid)) {
        if (used) *used = QStringLiteral("UTF-8");
    } else {
        // Mostly UTF-8 Hangul with a few bad bytes: a damaged UTF-8 file, not CP949.
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.firstInvalid >= 0 && scan.threeByte >= 4 && scan.threeByte >= 4 * scan.invalid)
            return makeError(invalidUtf8Message(bytes, scan.firstInvalid, fileName));
        const QByteArray korean = koreanCodecName();
        if (korean.isEmpty())
            return makeError(QCoreApplication::translate("dosi::CsvReader",
                                                         "%1 is not UTF-8 and this build cannot decode CP949 text.")
                                 .arg(fileName));
        if (!decodeStrict(korean, bytes, &text, &valid))
            return makeError(QCoreApplication::translate("dosi::CsvReader",
                                                         "%1 is neither UTF-8 nor CP949 (EUC-KR) text; give its "
                                                         "encoding explicitly.")
                                 .arg(fileName));
        if (used) *used = QStringLiteral("CP949");
    }
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    return text;
}

// ---------------------------------------------------------------------------------------------

Result<CsvReader> CsvReader::open(const QString& path, const QString& encoding)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("dosi::CsvReader", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06")))
        return makeError(QCoreApplication::translate("dosi::CsvReader",
                                                     "%1 is a ZIP archive (or an Excel .xlsx workbook), not a CSV "
                                                     "text file; extract it and import the CSV file inside.")
                             .arg(name));
    QString used;
    Result<QString> text = decodeText(bytes, encoding, name, &used);
    if (!text) return text.error();
    CsvReader r;
    r.m_file = path;
    r.m_encoding = used;
    r.m_text = std::move(text).value();
    r.start();
    if (!r.m_error.isEmpty()) return makeError(r.m_error);
    return r;
}

CsvReader CsvReader::fromText(const QString& text, const QString& fileName)
{
    CsvReader r;
    r.m_file = fileName;
    r.m_encoding = QStringLiteral("UTF-8");
    r.m_text = text;
    if (r.m_text.startsWith(QChar(0xFEFF))) r.m_text.remove(0, 1);
    r.start();
    return r;
}

void CsvReader::start()
{
    // Delimiter: the most frequent of ',' ';' TAB on the first line, outside quotes.
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == QLatin1Char('"')) quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) break;
        else if (!quoted && c == QLatin1Char(',')) ++counts[0];
        else if (!quoted && c == QLatin1Char(';')) ++counts[1];
        else if (!quoted && c == QLatin1Char('\t')) ++counts[2];
    }
    m_delim = QLatin1Char(',');
    if (counts[1] > counts[0] && counts[1] >= counts[2]) m_delim = QLatin1Char(';');
    if (counts[2] > counts[0] && counts[2] > counts[1]) m_delim = QLatin1Char('\t');

    int line = 0;
    if (!readRecord(&m_header, &line)) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("dosi::CsvReader", "%1 is empty: no header line.").arg(QFileInfo(m_file).fileName());
        return;
    }
    for (QString& h : m_header) h = h.trimmed();
}

double CsvReader::progress() const
{
    return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size());
}

bool CsvReader::next(QStringList* fields, int* line)
{
    if (!m_error.isEmpty()) return false;
    return readRecord(fields, line);
}

bool CsvReader::readRecord(QStringList* fields, int* line)
{
    const QChar quote = QLatin1Char('"');
    const qsizetype n = m_text.size();
    const QChar* s = m_text.constData();
    // Skip blank lines.
    while (m_pos < n && (s[m_pos] == QLatin1Char('\n') || s[m_pos] == QLatin1Char('\r'))) {
        if (s[m_pos] == QLatin1Char('\r') && m_pos + 1 < n && s[m_pos + 1] == QLatin1Char('\n')) ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= n) return false;

    fields->clear();
    *line = m_line;
    QString field;
    for (;;) {
        // One field starting at m_pos.
        qsizetype p = m_pos;
        while (p < n && s[p] == QLatin1Char(' ')) ++p;
        if (p < n && s[p] == quote) {
            const int startLine = m_line;
            field.clear();
            ++p;
            for (;;) {
                if (p >= n) {
                    m_error = QCoreApplication::translate("dosi::CsvReader",
                                                          "%1 line %2, column %3: a quoted field is not closed (is "
                                                          "the file cut off?).")
                                  .arg(QFileInfo(m_file).fileName())
                                  .arg(startLine)
                                  .arg(fields->size() + 1);
                    return false;
                }
                const QChar c = s[p];
                if (c == quote) {
                    if (p + 1 < n && s[p + 1] == quote) {
                        field.append(quote);
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    if (c == QLatin1Char('\r') && p + 1 < n && s[p + 1] == QLatin1Char('\n')) ++p;
                    field.append(QLatin1Char('\n'));
                    ++m_line;
                    ++p;
                    continue;
                }
                field.append(c);
                ++p;
            }
            // Anything between the closing quote and the delimiter is kept (lenient), spaces dropped.
            while (p < n && s[p] != m_delim && s[p] != QLatin1Char('\n') && s[p] != QLatin1Char('\r')) {
                if (s[p] != QLatin1Char(' ') && s[p] != QLatin1Char('\t')) field.append(s[p]);
                ++p;
            }
            const QString trimmed = field.trimmed();
            if (trimmed.size() != field.size() && isNumericText(trimmed)) field = trimmed;
            fields->append(field);
        } else {
            qsizetype e = p;
            while (e < n && s[e] != m_delim && s[e] != QLatin1Char('\n') && s[e] != QLatin1Char('\r')) ++e;
            fields->append(QStringView(s + p, e - p).trimmed().toString());
            p = e;
        }
        m_pos = p;
        if (p >= n) break;
        if (s[p] == m_delim) {
            ++m_pos;
            continue;
        }
        // End of line.
        if (s[p] == QLatin1Char('\r') && p + 1 < n && s[p + 1] == QLatin1Char('\n')) ++m_pos;
        ++m_pos;
        ++m_line;
        break;
    }
    return true;
}

Result<CsvTable> readCsv(const QString& path, const QString& encoding)
{
    Result<CsvReader> reader = CsvReader::open(path, encoding);
    if (!reader) return reader.error();
    CsvTable t;
    t.file = path;
    t.header = reader->header();
    t.encoding = reader->encoding();
    t.delimiter = reader->delimiter();
    QStringList fields;
    int line = 0;
    while (reader->next(&fields, &line)) {
        t.rows.append(fields);
        t.lineNumbers.append(line);
    }
    if (!reader->errorMessage().isEmpty()) return makeError(reader->errorMessage());
    return t;
}

bool parseNumber(const QString& token, double* out)
{
    const QStringView t = QStringView(token).trimmed();
    if (t.isEmpty()) {
        *out = missingValue();
        return true;
    }
    if (t.size() == 1 && t[0] == QLatin1Char('*')) {
        *out = maskedValue();
        return true;
    }
    if (!isNumericText(t)) return false;
    // Validated ASCII: convert with from_chars (no locale, accepts "540."), falling back to Qt for long tokens.
    char buf[64];
    qsizetype start = t[0] == QLatin1Char('+') ? 1 : 0;
    const qsizetype len = t.size() - start;
    if (len < qsizetype(sizeof buf)) {
        for (qsizetype i = 0; i < len; ++i) buf[i] = char(t[start + i].unicode());
        double v = 0;
        const auto res = std::from_chars(buf, buf + len, v);
        if (res.ec == std::errc() && res.ptr == buf + len) {
            *out = v;
            return true;
        }
        if (res.ec == std::errc::result_out_of_range) return false;
    }
    bool ok = false;
    QString copy = t.toString();
    if (copy.endsWith(QLatin1Char('.'))) copy.chop(1);
    const double v = copy.toDouble(&ok);
    if (!ok) return false;
    *out = v;
    return true;
}

}  // namespace dosi::gis
