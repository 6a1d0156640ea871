// The fast reader for Seoul 행정동 and 자치구 living-population CSV files.
//
// These files are large (a year of one city is 3.7 M rows of 32 columns) and regular: after the
// header, every byte is ASCII and every field is a code, a date, an hour or a number, optionally in
// double quotes. This reader works on the raw bytes, on all cores (the file is cut into chunks at
// line ends, and each worker reads its chunk with plain reads into its own buffer: no memory map,
// whose page faults cost more than the copy), and parses decimals exactly without building strings. It accepts only what it is sure
// to read exactly as the general reader (LivingPopulationCsv.cpp) would; at the first thing it does
// not expect (a non-ASCII byte, an escaped quote, a line break inside quotes, a wrong field count, a
// token that is not a plain number, a bad date ...) it gives up and the general reader reads the file
// again, so that messages (file, line, column) and edge cases stay exactly those of the general reader.

#include "MeasureImportParts.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/MeasureImport.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <charconv>
#include <chrono>
#include <functional>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace dosi::gis::detail {

namespace {

constexpr qint64 kChunkBytes = 8 * 1024 * 1024;

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

// [+-]digits[.digits] read from q: returns where the number ends, or nullptr when there is none the
// fast path takes (no digit, more than 15 significant digits, more than 22 decimals).
inline const char* scanDecimal(const char* q, const char* stop, double* out)
{
    static const double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    bool negative = false;
    if (q < stop && (*q == '+' || *q == '-')) negative = *q++ == '-';
    quint64 mantissa = 0;
    int digits = 0, fraction = 0;
    bool dot = false;
    for (; q < stop; ++q) {
        const unsigned d = unsigned(uchar(*q)) - unsigned('0');
        if (d < 10) {
            ++digits;
            mantissa = mantissa * 10 + d;
            fraction += dot;
        } else if (*q == '.' && !dot) {
            dot = true;
        } else {
            break;
        }
    }
    // At most 15 significant digits (mantissa < 10^15; 19 digits cannot overflow).
    if (digits == 0 || digits > 19 || mantissa >= 1000000000000000ULL || fraction > 22) return nullptr;
    // Both operands are exact doubles, so the one rounding of the division gives the correctly
    // rounded value of the decimal (as strtod and from_chars do).
    const double v = double(qint64(mantissa)) / kPow10[fraction];
    *out = negative ? -v : v;
    return q;
}

// [+-]digits[.digits] with at least one digit, as the general reader's number check (no exponent).
bool plainDecimal(std::string_view s, double* out)
{
    const char* end = s.data() + s.size();
    return scanDecimal(s.data(), end, out) == end;
}

// A value field read straight from the bytes: a plain decimal, bare or in double quotes, ending at a
// comma or at the end of the record. Returns where the field ends, or nullptr: then the field goes
// through the token path (blanks, '*', an empty field, long numbers ...), which reads it alike.
inline const char* directValue(const char* f, const char* stop, double* out)
{
    const bool quoted = f < stop && *f == '"';
    const char* e = scanDecimal(f + quoted, stop, out);
    if (e && quoted) e = e < stop && *e == '"' ? e + 1 : nullptr;
    return e && (e == stop || *e == ',') ? e : nullptr;
}

struct Columns {
    int date = -1, hour = -1, unit = -1;
    std::vector<int> valueOf;   // column -> value index, or -1
    int count = 0;
};

// One chunk's rows. Units are chunk-local ids into `unitCodes`; times are date * 100 + hour.
// A run of whole lines. Pass 1 counts its records; pass 2 parses them straight into the output
// columns from row `firstRow` on; units and times stay chunk-local ids until the merge.
struct Chunk {
    qint64 begin = 0;                  // file offsets: whole lines
    qint64 end = 0;
    qsizetype records = 0;             // non-blank lines (pass 1)
    qsizetype firstRow = 0;            // of the whole file
    std::vector<std::string> unitCodes;
    std::vector<qint32> unit;
    std::vector<qint32> time;
    std::vector<qint32> line;          // line within the chunk (0-based, from the chunk's start)
    qint32 lines = 0;                  // physical lines in the chunk
    int masked = 0;
};

// Reads bytes [begin, end) of the file into `buf` (a worker's own buffer, reused across chunks).
bool readRange(const QString& path, qint64 begin, qint64 end, std::vector<char>* buf)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(begin)) return false;
    buf->resize(size_t(end - begin));
    return f.read(buf->data(), end - begin) == end - begin;
}

void countRecords(Chunk& c, const char* begin, const char* end)
{
    for (const char* p = begin; p < end;) {
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* next = eol ? eol + 1 : end;
        const char* stop = eol ? eol : end;
        if (stop > p && stop[-1] == '\r') --stop;
        if (stop > p) ++c.records;
        p = next;
    }
}

bool parseChunk(Chunk& c, const char* begin, const char* end, const Columns& cols, double* const* out,
                const std::atomic<bool>& cancel)
{
    std::unordered_map<std::string_view, qint32> unitIds;
    std::unordered_map<qint32, bool> dateOk;
    c.unit.reserve(size_t(c.records));
    c.time.reserve(size_t(c.records));
    c.line.reserve(size_t(c.records));
    qsizetype row = c.firstRow;
    const char* p = begin;
    std::vector<std::string_view> fields(size_t(cols.count));
    std::vector<char> direct(size_t(cols.count), 0);   // value field already read by directValue
    std::string_view lastUnit;
    qint32 lastUnitId = -1;
    while (p < end) {
        if ((c.lines & 0x3fff) == 0 && cancel.load(std::memory_order_relaxed)) return false;
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* next = eol ? eol + 1 : end;
        const char* stop = eol ? eol : end;
        if (stop > p && stop[-1] == '\r') --stop;
        const qint32 lineNo = c.lines++;
        if (stop == p) {                                 // blank line
            p = next;
            continue;
        }
        // Split the record; value fields that are plain decimals go straight to the output.
        if (row >= c.firstRow + c.records) return false;
        int n = 0;
        const char* f = p;
        for (;;) {
            if (n >= cols.count) return false;
            if (const int v = cols.valueOf[size_t(n)]; v >= 0) {
                double value;
                if (const char* after = directValue(f, stop, &value)) {
                    out[v][row] = value;
                    direct[size_t(n++)] = 1;
                    if (after >= stop) break;
                    f = after + 1;
                    continue;
                }
            }
            direct[size_t(n)] = 0;
            const char* q = f;
            while (q < stop && isBlank(*q)) ++q;
            std::string_view token;
            const char* after;
            // Only ASCII without '"' or CR inside a field; anything else is the general reader's.
            auto plainByte = [](char ch) { return !(ch & 0x80) && ch != '"' && ch != '\r'; };
            if (q < stop && *q == '"') {
                const char* close = q + 1;
                while (close < stop && *close != '"') {
                    if (!plainByte(*close)) return false;
                    ++close;
                }
                if (close >= stop) return false;          // unclosed on this line
                token = std::string_view(q + 1, size_t(close - q - 1));
                after = close + 1;
                while (after < stop && isBlank(*after)) ++after;
                if (after < stop && *after != ',') return false;   // "" escape or text after the quote
                const std::string_view t = trim(token);
                if (t.size() != token.size()) {
                    double ignored;
                    if (!plainDecimal(t, &ignored)) return false;    // the general reader keeps the spaces
                }
                token = t;
            } else {
                after = q;
                while (after < stop && *after != ',') {
                    if (!plainByte(*after)) return false;
                    ++after;
                }
                token = trim(std::string_view(q, size_t(after - q)));
            }
            fields[size_t(n++)] = token;
            if (after >= stop) break;
            f = after + 1;
        }
        if (n != cols.count) return false;

        // Date (YYYYMMDD) and hour (0..23).
        const std::string_view d = fields[size_t(cols.date)];
        if (d.size() != 8) return false;
        qint32 date = 0;
        for (char ch : d) {
            if (ch < '0' || ch > '9') return false;
            date = date * 10 + (ch - '0');
        }
        auto known = dateOk.find(date);
        if (known == dateOk.end())
            known = dateOk.emplace(date, QDate(date / 10000, date / 100 % 100, date % 100).isValid()).first;
        if (!known->second) return false;
        const std::string_view h = fields[size_t(cols.hour)];
        if (h.empty() || h.size() > 2 || h[0] < '0' || h[0] > '9' || (h.size() == 2 && (h[1] < '0' || h[1] > '9')))
            return false;
        const int hour = h.size() == 2 ? (h[0] - '0') * 10 + (h[1] - '0') : h[0] - '0';
        if (hour > 23) return false;

        const std::string_view u = fields[size_t(cols.unit)];
        if (u.empty()) return false;
        if (u != lastUnit) {
            auto it = unitIds.find(u);
            if (it == unitIds.end()) {
                it = unitIds.emplace(u, qint32(c.unitCodes.size())).first;
                c.unitCodes.emplace_back(u);
            }
            lastUnit = u;
            lastUnitId = it->second;
        }

        for (int col = 0; col < cols.count; ++col) {
            const int v = cols.valueOf[size_t(col)];
            if (v < 0 || direct[size_t(col)]) continue;
            const std::string_view t = fields[size_t(col)];
            double value;
            if (t.empty()) {
                value = missingValue();
            } else if (t.size() == 1 && t[0] == '*') {
                value = maskedValue();
                ++c.masked;
            } else if (!plainDecimal(t, &value)) {
                // Long or exotic numbers: the general reader's own parser, for identical results.
                if (!parseNumber(QString::fromLatin1(t.data(), qsizetype(t.size())), &value)) return false;
                if (isMasked(value)) ++c.masked;
            }
            out[v][row] = value;
        }
        c.unit.push_back(lastUnitId);
        c.time.push_back(date * 100 + hour);
        c.line.push_back(lineNo);
        ++row;
        p = next;
    }
    return row == c.firstRow + c.records;
}

// Runs job(i) for every chunk on all cores while this thread reports progress (from `from` to `to`)
// and passes on a cancel. Returns false when a job gave up; *cancelled when progress said stop.
bool forEachChunk(size_t count, const std::function<bool(size_t)>& job, const PartProgress& progress, double from,
                  double to, std::atomic<bool>& cancel, bool* cancelled)
{
    std::atomic<bool> giveUp{false};
    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    auto work = [&]() {
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= count || giveUp.load() || cancel.load()) return;
            if (!job(i)) giveUp.store(true);
            done.fetch_add(1);
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<int>(threads, int(count)); ++t) pool.emplace_back(work);
    while (done.load() < count && !giveUp.load()) {
        if (progress && !progress(from + (to - from) * double(done.load()) / double(count))) {
            cancel.store(true);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (std::thread& t : pool) t.join();
    *cancelled = cancel.load();
    return !giveUp.load();
}

}  // namespace

std::optional<Result<MeasurePart>> readLivingPopulationFast(const QString& path, const PartProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const qint64 size = file.size();
    if (size <= 0) return std::nullopt;
    // The header line, from the first bytes.
    const QByteArray head = file.read(std::min<qint64>(size, 1 << 20));
    const char* data = head.constData();
    if (head.size() >= 2 && ((uchar(data[0]) == 0xFF && uchar(data[1]) == 0xFE) || (uchar(data[0]) == 0xFE && uchar(data[1]) == 0xFF)))
        return std::nullopt;                                                 // UTF-16
    if (head.size() >= 4 && data[0] == 'P' && data[1] == 'K') return std::nullopt;  // a ZIP: the general message
    const char* headerEnd = static_cast<const char*>(std::memchr(data, '\n', size_t(head.size())));
    if (!headerEnd) return std::nullopt;
    const QByteArray headerBytes(data, qsizetype(headerEnd - data));
    if (headerBytes.count('"') % 2 != 0) return std::nullopt;
    const QString name = fileLabel(path);
    Result<QString> headerText = decodeText(headerBytes, {}, name);
    if (!headerText) return std::nullopt;
    CsvReader headerReader = CsvReader::fromText(*headerText, name);
    if (!headerReader.errorMessage().isEmpty() || headerReader.delimiter() != QLatin1Char(',')) return std::nullopt;
    const QStringList header = headerReader.header();

    MeasurePart part;
    LivingCsvColumns found;
    if (!livingCsvSchema(header, &part, &found) || found.format == QLatin1String("seoul-grid-csv")) return std::nullopt;
    Columns cols;
    cols.count = int(header.size());
    cols.date = found.date;
    cols.hour = found.hour;
    cols.unit = found.unit;
    cols.valueOf.assign(size_t(cols.count), -1);
    for (int v = 0; v < found.values.size(); ++v) cols.valueOf[size_t(found.values[v])] = v;
    const int nValues = int(found.values.size());

    // Chunks cut at line ends: from each nominal cut, read on to the next line break.
    std::vector<Chunk> chunks;
    qint64 pos = qint64(headerEnd - data) + 1;
    QByteArray window;
    while (pos < size) {
        qint64 stop = std::min<qint64>(pos + kChunkBytes, size);
        while (stop < size) {
            if (!file.seek(stop)) return std::nullopt;
            window = file.read(64 * 1024);
            if (window.isEmpty()) return std::nullopt;
            const qsizetype nl = window.indexOf('\n');
            if (nl >= 0) {
                stop += nl + 1;
                break;
            }
            stop += window.size();
        }
        Chunk c;
        c.begin = pos;
        c.end = std::min(stop, size);
        chunks.push_back(std::move(c));
        pos = chunks.back().end;
    }
    file.close();
    auto withChunk = [&](size_t i, const std::function<bool(const char*, const char*)>& work) {
        thread_local std::vector<char> buf;
        if (!readRange(path, chunks[i].begin, chunks[i].end, &buf)) return false;
        return work(buf.data(), buf.data() + buf.size());
    };

    // Pass 1: records per chunk, so that every value goes straight to its place in the output.
    std::atomic<bool> cancel{false};
    bool cancelled = false;
    if (!forEachChunk(chunks.size(), [&](size_t i) {
                          return withChunk(i, [&](const char* b, const char* e) { countRecords(chunks[i], b, e); return true; });
                      }, progress, 0, 0.1,
                      cancel, &cancelled))
        return std::nullopt;
    if (cancelled) return Result<MeasurePart>(makeError(cancelledMessage()));
    qsizetype rows = 0;
    for (Chunk& c : chunks) {
        c.firstRow = rows;
        rows += c.records;
    }
    if (rows == 0) return std::nullopt;   // the general reader names the empty file
    part.table.columns.resize(nValues);
    std::vector<double*> out(static_cast<size_t>(nValues));
    for (int v = 0; v < nValues; ++v) {
        part.table.columns[v].resize(rows);
        out[size_t(v)] = part.table.columns[v].data();
    }

    // Pass 2: parse.
    if (!forEachChunk(chunks.size(), [&](size_t i) {
                          return withChunk(i, [&](const char* b, const char* e) {
                              return parseChunk(chunks[i], b, e, cols, out.data(), cancel);
                          });
                      }, progress,
                      0.1, 0.85, cancel, &cancelled)) {
        if (cancelled) return Result<MeasurePart>(makeError(cancelledMessage()));
        return std::nullopt;
    }
    if (cancelled) return Result<MeasurePart>(makeError(cancelledMessage()));

    // Merge: one QString per distinct unit and time, shared by all rows.
    const bool dong = found.format == QLatin1String("seoul-dong-csv");
    QHash<QString, QString> unitStrings;
    std::unordered_map<qint32, QString> timeStrings;
    std::vector<std::vector<QString>> chunkUnits(chunks.size());
    for (size_t i = 0; i < chunks.size(); ++i) {
        for (const std::string& code : chunks[i].unitCodes) {
            QString s = QString::fromLatin1(code.data(), qsizetype(code.size()));
            if (dong) s = toMois10(s);
            auto it = unitStrings.constFind(s);
            if (it == unitStrings.constEnd()) it = unitStrings.insert(s, s);
            chunkUnits[i].push_back(*it);
        }
        qint32 last = -1;
        for (qint32 t : chunks[i].time) {
            if (t == last) continue;
            last = t;
            if (timeStrings.find(t) == timeStrings.end())
                timeStrings.emplace(t, hourKey(QDate(t / 1000000, t / 10000 % 100, t / 100 % 100), t % 100));
        }
    }
    part.file = path;
    part.format = found.format;
    part.readFast = true;
    part.table.units.resize(rows);
    part.table.times.resize(rows);
    part.locations.resize(rows);
    std::vector<qint32> firstLine(chunks.size());
    qint32 line = 2;
    for (size_t i = 0; i < chunks.size(); ++i) {
        firstLine[i] = line;
        line += chunks[i].lines;
        part.rowsRead += int(chunks[i].records);
        part.maskedCount += chunks[i].masked;
    }
    // Workers write disjoint rows through plain pointers (no container calls across threads).
    QString* units = part.table.units.data();
    QString* times = part.table.times.data();
    int* locations = part.locations.data();
    forEachChunk(
        chunks.size(),
        [&](size_t i) {
            const Chunk& c = chunks[i];
            for (size_t r = 0; r < c.unit.size(); ++r) {
                const qsizetype row = c.firstRow + qsizetype(r);
                units[row] = chunkUnits[i][size_t(c.unit[r])];
                times[row] = timeStrings.at(c.time[r]);
                locations[row] = firstLine[i] + c.line[r];
            }
            return true;
        },
        {}, 0.85, 0.95, cancel, &cancelled);
    if (progress && !progress(1.0)) return Result<MeasurePart>(makeError(cancelledMessage()));
    return Result<MeasurePart>(std::move(part));
}

}  // namespace dosi::gis::detail
