#pragma once
// Robust delimited-text reading for public Korean data files: UTF-8 (with or without a BOM)
// or CP949/EUC-KR, quoted fields with "" escapes and embedded newlines, CRLF, trailing spaces,
// ',' ';' or TAB delimiters, and Seoul's numeric quirks ("540.", "*" = masked).
//
// CsvReader streams records one by one (for large living-population files); readCsv() loads a
// whole file into a CsvTable. Line numbers are 1-based physical lines (the header is line 1);
// a record spanning several lines reports the line it starts on.

#include "dosi/core/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

struct CsvTable {
    QString file;                 // the path as given
    QStringList header;           // trimmed column names (a leading BOM removed)
    QVector<QStringList> rows;    // data records; a row may have more or fewer fields than the header
    QVector<int> lineNumbers;     // physical line each row starts on (aligned with rows)
    QString encoding;             // "UTF-8", "CP949", or the explicit encoding used
    QChar delimiter = QLatin1Char(',');

    int columnIndex(const QString& name) const;  // exact, then case-insensitive; -1 if absent
};

// Decodes file bytes. encoding empty = detect: a BOM (UTF-8/UTF-16), else strict UTF-8,
// else CP949. Accepted explicit names: "UTF-8", "CP949" (also "EUC-KR", "MS949", "UHC"),
// or any name Qt's converter knows. *used receives the canonical name.
// CP949 is decoded with ICU's "windows-949" (Microsoft's table): ICU's own "CP949" alias is
// IBM-949, which rejects extended Hangul such as 똠 (0x8C63).
Result<QString> decodeText(const QByteArray& bytes, const QString& encoding, const QString& fileName,
                           QString* used = nullptr);

// Streaming reader. Usage:
//   auto r = CsvReader::open(path); if (!r) ...;
//   QStringList f; int line; while (r->next(&f, &line)) {...}  if (!r->errorMessage().isEmpty()) ...
class CsvReader {
public:
    static Result<CsvReader> open(const QString& path, const QString& encoding = {});
    // Reads from already-decoded text (fileName is used in messages only).
    static CsvReader fromText(const QString& text, const QString& fileName);

    const QString& file() const { return m_file; }
    const QStringList& header() const { return m_header; }
    const QString& encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delim; }

    // Reads the next data record; false at the end or on a malformed file (see errorMessage()).
    bool next(QStringList* fields, int* line);
    QString errorMessage() const { return m_error; }
    // Fraction of the text consumed, 0..1 (for progress reports).
    double progress() const;

private:
    CsvReader() = default;
    void start();
    bool readRecord(QStringList* fields, int* line);

    QString m_file;
    QString m_text;
    QString m_encoding;
    QStringList m_header;
    QChar m_delim = QLatin1Char(',');
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

Result<CsvTable> readCsv(const QString& path, const QString& encoding = {});

// Parses a numeric token: "540." -> 540, " 12.5 " -> 12.5, "*" -> maskedValue(), "" -> missingValue().
// Returns false for anything else ("12a", "nan", "1,234").
bool parseNumber(const QString& token, double* out);

}  // namespace dosi::gis
