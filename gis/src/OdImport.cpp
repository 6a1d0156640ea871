// Seoul 생활이동 (OA-22300) import, and the OD cell accumulator shared with OdImportTable.cpp.
#include "dosi/gis/OdImport.h"

#include "OdImportDetail.h"
#include "dosi/core/TimeAxis.h"

#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace dosi::gis {

namespace detail {

void OdCell::add(int field, double v)
{
    if (isMasked(v)) {
        anyMasked |= quint8(1u << field);
        return;
    }
    sum[size_t(field)] += v;
    anyKnown |= quint8(1u << field);
}

double OdCell::value(int field) const
{
    if (anyKnown & (1u << field)) return sum[size_t(field)];
    if (anyMasked & (1u << field)) return maskedValue();
    return 0.0;
}

int OdAccumulator::zone(const QString& code)
{
    const auto it = m_zoneIndex.constFind(code);
    if (it != m_zoneIndex.constEnd()) return *it;
    m_zones.append(code);
    m_zoneIndex.insert(code, int(m_zones.size()) - 1);
    return int(m_zones.size()) - 1;
}

int OdAccumulator::time(const QString& key)
{
    const auto it = m_timeIndex.constFind(key);
    if (it != m_timeIndex.constEnd()) return *it;
    m_times.append(key);
    m_timeIndex.insert(key, int(m_times.size()) - 1);
    return int(m_times.size()) - 1;
}

OdCell& OdAccumulator::cell(int origin, int dest, int time)
{
    // 21 bits per zone index, 22 bits for time: 2 M zones and 4 M time keys.
    const quint64 key = (quint64(origin) << 43) | (quint64(dest) << 22) | quint64(time);
    const auto it = m_cellIndex.constFind(key);
    if (it != m_cellIndex.constEnd()) return m_cells[*it];
    m_cellIndex.insert(key, int(m_cells.size()));
    m_cells.append(OdCell{});
    m_keys.append(Key{origin, dest, time});
    return m_cells.last();
}

MeasureTable OdAccumulator::finish(const QStringList& valueFields, bool withMeans, int* maskedCells) const
{
    MeasureTable t;
    t.fields = valueFields;
    t.fields << QStringLiteral("masked");
    if (withMeans) t.fields << QStringLiteral("mean_dist_m") << QStringLiteral("mean_time_min");
    t.columns.resize(t.fields.size());

    QVector<QString> units(m_cells.size());
    for (int i = 0; i < m_cells.size(); ++i)
        units[i] = odUnit(m_zones[m_keys[i].origin], m_zones[m_keys[i].dest]);
    QVector<int> order(m_cells.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (units[a] != units[b]) return units[a] < units[b];
        return m_times[m_keys[a].time] < m_times[m_keys[b].time];
    });
    const int nv = int(valueFields.size());
    int masked = 0;
    for (auto& c : t.columns)
        c.reserve(order.size());
    t.units.reserve(order.size());
    t.times.reserve(order.size());
    for (int i : order) {
        const OdCell& c = m_cells[i];
        t.units.append(units[i]);
        t.times.append(m_times[m_keys[i].time]);
        for (int f = 0; f < nv; ++f)
            t.columns[f].append(c.value(f));
        if (isMasked(c.value(0))) ++masked;
        t.columns[nv].append(c.maskedRecords);
        if (withMeans) {
            t.columns[nv + 1].append(c.distWeight > 0 ? c.distSum / c.distWeight : missingValue());
            t.columns[nv + 2].append(c.timeWeight > 0 ? c.timeSum / c.timeWeight : missingValue());
        }
    }
    if (maskedCells) *maskedCells = masked;
    return t;
}

QString normaliseOdZone(const QString& code)
{
    const QString t = code.trimmed();
    if (detectCodeSystem(t) == CodeSystem::Seoul8 && t.startsWith(QLatin1String("11"))) return toMois10(t);
    return t;
}

QString odCellError(const QString& file, int line, const QString& column, const QString& what)
{
    return QCoreApplication::translate("dosi::OdImport", "%1 line %2, column %3: %4")
        .arg(file)
        .arg(line)
        .arg(column, what);
}

quint64 recordFingerprint(const QStringList& fields)
{
    const QString joined = fields.join(QChar(0x1f));
    const quint64 a = quint64(qHash(joined, 0x9e3779b9u));
    const quint64 b = quint64(qHash(joined, 0x85ebca6bu));
    return a ^ (b << 32) ^ (b >> 32);
}

QString checkRecord(const QString& file, const QStringList& header, const QStringList& fields, int line,
                    QHash<quint64, int>& seen)
{
    if (fields.size() != header.size())
        return QCoreApplication::translate("dosi::OdImport", "%1 line %2: expected %3 fields as in the header, found %4.")
            .arg(file)
            .arg(line)
            .arg(header.size())
            .arg(fields.size());
    const quint64 fp = recordFingerprint(fields);
    if (const auto it = seen.constFind(fp); it != seen.constEnd())
        return QCoreApplication::translate("dosi::OdImport", "%1 line %2: the record repeats line %3 exactly (duplicate row).")
            .arg(file)
            .arg(line)
            .arg(*it);
    seen.insert(fp, line);
    return {};
}

}  // namespace detail

using detail::odCellError;

QStringList odPurposeFields()
{
    return {QStringLiteral("p1_commute"),  QStringLiteral("p2_school"),  QStringLiteral("p3_home"),
            QStringLiteral("p4_shopping"), QStringLiteral("p5_tourism"), QStringLiteral("p6_hospital"),
            QStringLiteral("p7_other")};
}

QString odUnit(const QString& origin, const QString& dest)
{
    return origin + QLatin1Char('>') + dest;
}

bool splitOdUnit(const QString& unit, QString* origin, QString* dest)
{
    const qsizetype p = unit.indexOf(QLatin1Char('>'));
    if (p <= 0 || p == unit.size() - 1 || unit.indexOf(QLatin1Char('>'), p + 1) >= 0) return false;
    if (origin) *origin = unit.left(p);
    if (dest) *dest = unit.mid(p + 1);
    return true;
}

void setOdZoneLayer(LayerInfo& info, const QString& zoneLayer)
{
    info.geometryLayer = zoneLayer;
    info.style.insert(QStringLiteral("od"), true);
    info.style.insert(QStringLiteral("zones"), zoneLayer);
}

bool isOdLayer(const LayerInfo& info)
{
    return info.style.value(QStringLiteral("od")).toBool();
}

bool isSeoulMovementHeader(const QStringList& header)
{
    for (const char* c : {"o_admdong_cd", "d_admdong_cd", "st_time_cd", "move_purpose", "cnt"})
        if (!header.contains(QLatin1String(c), Qt::CaseInsensitive)) return false;
    return true;
}

namespace {

struct Columns {
    int origin = -1, dest = -1, start = -1, finish = -1, purpose = -1, dist = -1, minutes = -1, count = -1, date = -1;
};

int indexOf(const QStringList& header, const char* name)
{
    return int(header.indexOf(QRegularExpression(QStringLiteral("^%1$").arg(QLatin1String(name)),
                                                 QRegularExpression::CaseInsensitiveOption)));
}

Result<Columns> findColumns(const QStringList& header, const QString& file)
{
    Columns c;
    c.origin = indexOf(header, "o_admdong_cd");
    c.dest = indexOf(header, "d_admdong_cd");
    c.start = indexOf(header, "st_time_cd");
    c.finish = indexOf(header, "fns_time_cd");
    c.purpose = indexOf(header, "move_purpose");
    c.dist = indexOf(header, "move_dist");
    c.minutes = indexOf(header, "move_time");
    c.count = indexOf(header, "cnt");
    c.date = indexOf(header, "etl_ymd");
    const std::pair<int, const char*> required[] = {{c.origin, "o_admdong_cd"}, {c.dest, "d_admdong_cd"},
                                                    {c.start, "st_time_cd"},    {c.purpose, "move_purpose"},
                                                    {c.count, "cnt"},           {c.date, "etl_ymd"}};
    for (const auto& [idx, name] : required)
        if (idx < 0)
            return makeError(QCoreApplication::translate(
                                 "dosi::OdImport",
                                 "%1 line 1: column \"%2\" is missing (Seoul movement OA-22300 schema); its columns "
                                 "are: %3")
                                 .arg(file, QLatin1String(name), header.join(QStringLiteral(", "))));
    return c;
}

// Reads one file into the accumulator.
Result<int> readMovementFile(const QString& path, detail::OdAccumulator& acc, int* masked, QStringList* warnings,
                             const std::function<bool(double)>& progress)
{
    const QString file = QFileInfo(path).fileName();
    Result<CsvReader> opened = CsvReader::open(path);
    if (!opened) return opened.error();
    CsvReader& r = opened.value();
    Result<Columns> cols = findColumns(r.header(), file);
    if (!cols) return cols.error();
    const Columns c = cols.value();
    const QStringList& h = r.header();

    QHash<quint64, int> seen;
    QStringList f;
    int line = 0, rows = 0, textDist = 0;
    QHash<QString, QDate> dates;
    while (r.next(&f, &line)) {
        if (QString e = detail::checkRecord(file, h, f, line, seen); !e.isEmpty()) return makeError(e);

        const QString o = detail::normaliseOdZone(f[c.origin]);
        const QString d = detail::normaliseOdZone(f[c.dest]);
        if (o.isEmpty())
            return makeError(odCellError(file, line, h[c.origin],
                                         QCoreApplication::translate("dosi::OdImport", "the origin code is empty.")));
        if (d.isEmpty())
            return makeError(
                odCellError(file, line, h[c.dest],
                            QCoreApplication::translate("dosi::OdImport", "the destination code is empty.")));
        int hour = 0, finishHour = 0;
        if (!parseHourOfDayCode(f[c.start], &hour))
            return makeError(odCellError(
                file, line, h[c.start],
                QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a time code (HH or HHMM, hour 00-23).")
                    .arg(f[c.start])));
        if (c.finish >= 0 && !f[c.finish].trimmed().isEmpty() && !parseHourOfDayCode(f[c.finish], &finishHour))
            return makeError(odCellError(
                file, line, h[c.finish],
                QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a time code (HH or HHMM, hour 00-23).")
                    .arg(f[c.finish])));
        const QString dateText = f[c.date].trimmed();
        QDate date = dates.value(dateText);
        if (!date.isValid()) {
            date = QDate::fromString(dateText.left(8), QStringLiteral("yyyyMMdd"));
            if (dateText.size() != 8 || !date.isValid())
                return makeError(odCellError(
                    file, line, h[c.date],
                    QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a date (YYYYMMDD).").arg(dateText)));
            dates.insert(dateText, date);
        }
        bool okPurpose = false;
        const int purpose = f[c.purpose].trimmed().toInt(&okPurpose);
        if (!okPurpose || purpose < 1 || purpose > 7)
            return makeError(odCellError(
                file, line, h[c.purpose],
                QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a movement purpose code (1-7).")
                    .arg(f[c.purpose])));
        double count = 0;
        if (!parseNumber(f[c.count], &count) || isMissing(count) || count < 0)
            return makeError(odCellError(
                file, line, h[c.count],
                QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a count (a number >= 0 or * for masked).")
                    .arg(f[c.count])));

        detail::OdCell& cell = acc.cell(acc.zone(o), acc.zone(d), acc.time(hourKey(date, hour)));
        cell.add(0, count);
        cell.add(purpose, count);
        if (isMasked(count)) {
            ++cell.maskedRecords;
            ++*masked;
        } else {
            double v = 0;
            if (c.dist >= 0 && parseNumber(f[c.dist], &v) && hasValue(v)) {
                cell.distSum += v * count;
                cell.distWeight += count;
            } else if (c.dist >= 0 && !f[c.dist].trimmed().isEmpty()) {
                ++textDist;
            }
            if (c.minutes >= 0 && parseNumber(f[c.minutes], &v) && hasValue(v)) {
                cell.timeSum += v * count;
                cell.timeWeight += count;
            } else if (c.minutes >= 0 && !f[c.minutes].trimmed().isEmpty()) {
                ++textDist;
            }
        }
        ++rows;
        if (progress && rows % 20000 == 0 && !progress(r.progress()))
            return makeError(QCoreApplication::translate("dosi::OdImport", "Import cancelled."));
    }
    if (!r.errorMessage().isEmpty()) return makeError(r.errorMessage());
    if (rows == 0)
        return makeError(QCoreApplication::translate("dosi::OdImport", "%1 has a header but no data rows.").arg(file));
    if (textDist > 0)
        warnings->append(QCoreApplication::translate(
                             "dosi::OdImport",
                             "%1: %2 move_dist/move_time values were not numbers and are left out of the mean "
                             "distance and time.")
                             .arg(file)
                             .arg(textDist));
    return rows;
}

}  // namespace

Result<OdImport> importSeoulMovement(const QStringList& files, const QString& name,
                                     const std::function<bool(int done, int total)>& progress)
{
    if (files.isEmpty()) return makeError(QCoreApplication::translate("dosi::OdImport", "No movement file given."));
    QSet<QString> given;
    for (const QString& f : files) {
        const QString canon = QFileInfo(f).absoluteFilePath();
        if (given.contains(canon))
            return makeError(
                QCoreApplication::translate("dosi::OdImport", "%1 is given twice.").arg(QFileInfo(f).fileName()));
        given.insert(canon);
    }
    detail::OdAccumulator acc;
    OdImport out;
    const int total = int(files.size()) * 1000;
    for (int i = 0; i < files.size(); ++i) {
        if (progress && !progress(i * 1000, total))
            return makeError(QCoreApplication::translate("dosi::OdImport", "Import cancelled."));
        auto part = [&](double fr) { return !progress || progress(i * 1000 + int(fr * 999), total); };
        Result<int> rows = readMovementFile(files[i], acc, &out.maskedRecords, &out.warnings, part);
        if (!rows) return rows.error();
        out.rowsRead += rows.value();
    }
    QStringList fields{QStringLiteral("count")};
    fields << odPurposeFields();
    out.table = acc.finish(fields, true, &out.maskedCells);
    out.zones = acc.zones();
    std::sort(out.zones.begin(), out.zones.end());
    out.format = QStringLiteral("seoul-od-csv");

    static const char* const purposeNames[] = {
        QT_TRANSLATE_NOOP("dosi::OdImport", "commute (출근)"), QT_TRANSLATE_NOOP("dosi::OdImport", "school (등교)"),
        QT_TRANSLATE_NOOP("dosi::OdImport", "home (귀가)"),    QT_TRANSLATE_NOOP("dosi::OdImport", "shopping (쇼핑)"),
        QT_TRANSLATE_NOOP("dosi::OdImport", "tourism (관광)"), QT_TRANSLATE_NOOP("dosi::OdImport", "hospital (병원)"),
        QT_TRANSLATE_NOOP("dosi::OdImport", "other (기타)")};
    out.info.fields.append(
        FieldInfo{QStringLiteral("count"), FieldType::Real,
                  QCoreApplication::translate("dosi::OdImport",
                                              "movers, all purposes (cnt; masked parts left out, see masked)")});
    for (int p = 0; p < 7; ++p)
        out.info.fields.append(FieldInfo{odPurposeFields()[p], FieldType::Real,
                                         QCoreApplication::translate("dosi::OdImport", "movers with purpose %1")
                                             .arg(QCoreApplication::translate("dosi::OdImport", purposeNames[p]))});
    out.info.fields.append(FieldInfo{
        QStringLiteral("masked"), FieldType::Integer,
        QCoreApplication::translate("dosi::OdImport", "records with a masked count (*) not included in the sums")});
    out.info.fields.append(
        FieldInfo{QStringLiteral("mean_dist_m"), FieldType::Real,
                  QCoreApplication::translate("dosi::OdImport",
                                              "mean movement distance in metres (move_dist, weighted by cnt)")});
    out.info.fields.append(FieldInfo{
        QStringLiteral("mean_time_min"), FieldType::Real,
        QCoreApplication::translate("dosi::OdImport", "mean movement time in minutes (move_time, weighted by cnt)")});
    out.info.name = name;
    out.info.title = name;
    out.info.kind = LayerKind::Measure;
    out.info.timeKind = TimeKind::Hour;
    out.info.source = QFileInfo(files.first()).absoluteFilePath();
    out.info.rowCount = out.table.rowCount();
    setOdZoneLayer(out.info, QString());
    if (out.maskedRecords > 0)
        out.warnings.append(QCoreApplication::translate(
                                "dosi::OdImport",
                                "%1 record(s) had a masked count (*): each OD cell holds the sum of its known "
                                "records and counts the masked ones in \"masked\"; %2 cell(s) are entirely masked.")
                                .arg(out.maskedRecords)
                                .arg(out.maskedCells));
    if (progress) progress(total, total);
    return out;
}

}  // namespace dosi::gis
