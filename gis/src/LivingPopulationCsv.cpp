// Seoul living-population CSV files: 행정동 (OA-14991), 자치구, and 250 m grid (OA-22784).
#include "MeasureImportParts.h"

#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/MeasureImport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dosi::gis {

QString livingPopulationFieldName(const QString& koreanColumn)
{
    const QString c = koreanColumn.trimmed();
    if (c == QStringLiteral("총생활인구수") || c == QStringLiteral("생활인구합계")) return QStringLiteral("total");
    static const QRegularExpression range(QStringLiteral("^(남자|여자)(\\d+)세부터(\\d+)세생활인구수$"));
    static const QRegularExpression plus(QStringLiteral("^(남자|여자)(\\d+)세이상생활인구수$"));
    auto sex = [](const QString& s) {
        return s == QStringLiteral("남자") ? QStringLiteral("male") : QStringLiteral("female");
    };
    if (const auto m = range.match(c); m.hasMatch())
        return QStringLiteral("%1_%2_%3").arg(sex(m.captured(1)), m.captured(2), m.captured(3));
    if (const auto m = plus.match(c); m.hasMatch())
        return QStringLiteral("%1_%2_plus").arg(sex(m.captured(1)), m.captured(2));
    return c;
}

namespace detail {

namespace {

int col(const QStringList& header, const char16_t* name)
{
    return int(header.indexOf(QString::fromUtf16(name)));
}

bool detectSchema(const QStringList& h, LivingCsvColumns* s)
{
    const int cell = col(h, u"250M격자");
    if (cell >= 0 && col(h, u"일자") >= 0 && col(h, u"시간") >= 0) {
        s->format = QStringLiteral("seoul-grid-csv");
        s->date = col(h, u"일자");
        s->hour = col(h, u"시간");
        s->unit = cell;
        s->dong = col(h, u"행정동코드");
    } else if (col(h, u"기준일ID") >= 0 && col(h, u"시간대구분") >= 0 && col(h, u"행정동코드") >= 0
               && col(h, u"집계구코드") < 0) {
        s->format = QStringLiteral("seoul-dong-csv");
        s->date = col(h, u"기준일ID");
        s->hour = col(h, u"시간대구분");
        s->unit = col(h, u"행정동코드");
    } else if (col(h, u"기준일ID") >= 0 && col(h, u"시간대구분") >= 0 && col(h, u"자치구코드") >= 0) {
        s->format = QStringLiteral("seoul-gu-csv");
        s->date = col(h, u"기준일ID");
        s->hour = col(h, u"시간대구분");
        s->unit = col(h, u"자치구코드");
    } else {
        return false;
    }
    for (int i = 0; i < h.size(); ++i)
        if (i != s->date && i != s->hour && i != s->unit && i != s->dong) s->values.append(i);
    return !s->values.isEmpty();
}

// Sum of two partial values of one grid cell; *partialMasked set when a masked part is dropped.
double addPart(double a, double b, bool* partialMasked)
{
    if (hasValue(a) && hasValue(b)) return a + b;
    if (hasValue(a) || hasValue(b)) {
        if (isMasked(a) || isMasked(b)) *partialMasked = true;
        return hasValue(a) ? a : b;
    }
    if (isMasked(a) || isMasked(b)) return maskedValue();
    return missingValue();
}

}  // namespace

bool livingCsvSchema(const QStringList& header, MeasurePart* part, LivingCsvColumns* schema)
{
    if (!detectSchema(header, schema)) return false;
    part->format = schema->format;
    for (int c : schema->values) {
        FieldInfo f;
        f.name = livingPopulationFieldName(header[c]);
        f.type = FieldType::Real;
        f.description = header[c];
        part->fields.append(f);
        part->table.fields.append(f.name);
    }
    return true;
}

Result<MeasurePart> readLivingPopulationCsv(const QString& path, const PartProgress& progress)
{
    Result<CsvReader> opened = CsvReader::open(path);
    if (!opened) return opened.error();
    CsvReader& reader = opened.value();
    const QString file = fileLabel(path);
    const QStringList header = reader.header();

    MeasurePart part;
    LivingCsvColumns schema;
    if (!livingCsvSchema(header, &part, &schema))
        return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                     "%1 is not a known living-population file: expected the Seoul "
                                                     "행정동 (기준일ID, 시간대구분, 행정동코드, …), 자치구 (… 자치구코드 …) "
                                                     "or 250 m grid (일자, 시간, 행정동코드, 250M격자, …) columns, found: %2")
                             .arg(file, header.join(QStringLiteral(", "))));

    part.file = path;
    const int nValues = int(schema.values.size());
    part.table.columns.resize(nValues);
    const bool grid = schema.format == QLatin1String("seoul-grid-csv");
    const bool dong = schema.format == QLatin1String("seoul-dong-csv");

    QHash<QString, int> gridRows;       // cell|time -> row
    QSet<QString> gridParts;            // cell|time|dong
    QSet<int> partialMaskedRows;
    QHash<QString, QDate> dateCache;

    QStringList fields;
    int line = 0;
    QVector<double> values(nValues);
    while (reader.next(&fields, &line)) {
        ++part.rowsRead;
        if ((part.rowsRead % 20000) == 0 && progress && !progress(reader.progress())) return makeError(cancelledMessage());
        if (fields.size() != header.size())
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 line %2: expected %3 fields as in the header, found %4.")
                                 .arg(file).arg(line).arg(header.size()).arg(fields.size()));
        const QString& dateText = fields[schema.date];
        QDate date = dateCache.value(dateText);
        if (!date.isValid()) {
            date = QDate::fromString(dateText, QStringLiteral("yyyyMMdd"));
            if (!date.isValid())
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1 line %2, field %3: \"%4\" is not a date (YYYYMMDD).")
                                     .arg(file).arg(line).arg(header[schema.date], dateText));
            dateCache.insert(dateText, date);
        }
        bool hourOk = false;
        const int hour = fields[schema.hour].toInt(&hourOk);
        if (!hourOk || hour < 0 || hour > 23)
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 line %2, field %3: \"%4\" is not an hour (00-23).")
                                 .arg(file).arg(line).arg(header[schema.hour], fields[schema.hour]));
        QString unit = fields[schema.unit];
        if (unit.isEmpty())
            return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 line %2, field %3: the code is empty.")
                                 .arg(file).arg(line).arg(header[schema.unit]));
        if (dong) unit = toMois10(unit);
        for (int v = 0; v < nValues; ++v) {
            const QString& token = fields[schema.values[v]];
            if (!parseNumber(token, &values[v]))
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1 line %2, field %3: \"%4\" is not a number.")
                                     .arg(file).arg(line).arg(header[schema.values[v]], token.trimmed()));
            if (isMasked(values[v])) ++part.maskedCount;
        }
        const QString time = hourKey(date, hour);

        if (grid) {
            const QString key = unit + QLatin1Char('|') + time;
            const QString partKey = key + QLatin1Char('|') + (schema.dong >= 0 ? fields[schema.dong] : QString());
            if (gridParts.contains(partKey))
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1 line %2: cell %3 at %4 appears twice for the same "
                                                             "행정동.")
                                     .arg(file).arg(line).arg(unit, time));
            gridParts.insert(partKey);
            const auto it = gridRows.constFind(key);
            if (it != gridRows.constEnd()) {
                bool partialMasked = false;
                for (int v = 0; v < nValues; ++v) {
                    double& cell = part.table.columns[v][*it];
                    cell = addPart(cell, values[v], &partialMasked);
                }
                if (partialMasked) partialMaskedRows.insert(*it);
                continue;
            }
            gridRows.insert(key, int(part.table.units.size()));
        }
        part.table.units.append(unit);
        part.table.times.append(time);
        for (int v = 0; v < nValues; ++v) part.table.columns[v].append(values[v]);
        part.locations.append(line);
    }
    if (!reader.errorMessage().isEmpty()) return makeError(reader.errorMessage());
    if (part.table.rowCount() == 0)
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 has no data rows.").arg(file));
    if (!partialMaskedRows.isEmpty())
        part.warnings.append(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1: %2 grid cells span several 행정동 with some parts masked "
                                                         "('*'); their values sum the known parts only.")
                                 .arg(file).arg(partialMaskedRows.size()));
    return part;
}

}  // namespace detail
}  // namespace dosi::gis
