// hanbyul-here/seoul-population-by-time weekly JSON: one record per 행정동 with 168 hourly values.
#include "MeasureImportParts.h"

#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QHash>
#include <QSet>

namespace dosi::gis::detail {

namespace {

struct JsonField {
    const char* key;
    const char* name;
};

const JsonField kFields[] = {
    {"t", "total"},        {"f", "female"},       {"m", "male"},         {"a1", "age_band_1"}, {"a2", "age_band_2"},
    {"a3", "age_band_3"},  {"a4", "age_band_4"},  {"a5", "age_band_5"},  {"a6", "age_band_6"},
};

QString fieldDescription(int index)
{
    switch (index) {
    case 0: return QCoreApplication::translate("dosi::MeasureImport", "total living population (t)");
    case 1: return QCoreApplication::translate("dosi::MeasureImport", "female living population (f)");
    case 2: return QCoreApplication::translate("dosi::MeasureImport", "male living population (m)");
    default:
        return QCoreApplication::translate("dosi::MeasureImport",
                                           "age band %1 as published by the source (bands undocumented)")
            .arg(index - 2);
    }
}

// value: number, null (missing) or a numeric string ("*" = masked)
bool jsonNumber(const QJsonValue& v, double* out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isNull() || v.isUndefined()) {
        *out = missingValue();
        return true;
    }
    if (v.isString()) return parseNumber(v.toString(), out);
    return false;
}

}  // namespace

Result<MeasurePart> readHanbyulJson(const QString& path)
{
    const QString file = fileLabel(path);
    static const QRegularExpression weekRe(QStringLiteral("week(\\d{8})"));
    const auto m = weekRe.match(QFileInfo(path).fileName());
    const QDate first = m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd")) : QDate();
    if (!first.isValid())
        return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                     "%1: the first day of the week must be in the file name as "
                                                     "\"week\" followed by YYYYMMDD (e.g. week20190304_whole.json).")
                             .arg(file));

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "Cannot open %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 is not valid JSON (at byte %2): %3")
                             .arg(file).arg(perr.offset).arg(perr.errorString()));
    if (!doc.isArray())
        return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                     "%1 is not a known living-population file: expected a JSON array "
                                                     "of records with code_8 and hourly arrays t, f, m, a1…a6.")
                             .arg(file));
    const QJsonArray records = doc.array();

    MeasurePart part;
    part.file = path;
    part.format = QStringLiteral("hanbyul-json");
    part.json = true;
    const int nFields = int(std::size(kFields));
    for (int i = 0; i < nFields; ++i) {
        part.fields.append(FieldInfo{QString::fromLatin1(kFields[i].name), FieldType::Real, fieldDescription(i)});
        part.table.fields.append(QString::fromLatin1(kFields[i].name));
    }
    part.table.columns.resize(nFields);

    QHash<QString, int> absentKeys;  // key -> records without it
    QSet<QString> unknownKeys;
    static const QSet<QString> known = {QStringLiteral("code_8"), QStringLiteral("full_name"), QStringLiteral("id"),
                                        QStringLiteral("t"), QStringLiteral("f"), QStringLiteral("m"),
                                        QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                                        QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("a6")};
    for (int r = 0; r < records.size(); ++r) {
        const QJsonObject o = records[r].toObject();
        const int recordNo = r + 1;
        const QJsonValue codeValue = o.value(QStringLiteral("code_8"));
        QString code;
        if (codeValue.isDouble()) code = QString::number(codeValue.toInteger());
        else if (codeValue.isString()) code = codeValue.toString().trimmed();
        if (code.isEmpty())
            return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 record %2: no code_8.")
                                 .arg(file).arg(recordNo));
        const QString unit = toMois10(code);
        const QJsonArray total = o.value(QStringLiteral("t")).toArray();
        const int hours = int(total.size());
        if (hours == 0)
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 record %2 (code %3): no hourly total \"t\".")
                                 .arg(file).arg(recordNo).arg(code));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key())) unknownKeys.insert(it.key());

        QVector<QJsonArray> arrays(nFields);
        for (int i = 0; i < nFields; ++i) {
            const QString key = QString::fromLatin1(kFields[i].key);
            if (!o.contains(key)) {
                ++absentKeys[key];
                continue;
            }
            arrays[i] = o.value(key).toArray();
            if (arrays[i].size() != hours)
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1 record %2 (code %3), field %4: %5 values instead of %6.")
                                     .arg(file).arg(recordNo).arg(code, key).arg(arrays[i].size()).arg(hours));
        }
        const int base = int(part.table.units.size());
        for (int h = 0; h < hours; ++h) {
            part.table.units.append(unit);
            part.table.times.append(hourKey(first.addDays(h / 24), h % 24));
            part.locations.append(recordNo);
        }
        for (int i = 0; i < nFields; ++i) {
            QVector<double>& column = part.table.columns[i];
            column.resize(base + hours);
            for (int h = 0; h < hours; ++h) {
                double v = missingValue();
                if (!arrays[i].isEmpty() && !jsonNumber(arrays[i][h], &v))
                    return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                                 "%1 record %2 (code %3), field %4, hour %5: not a "
                                                                 "number.")
                                         .arg(file).arg(recordNo).arg(code, QString::fromLatin1(kFields[i].key))
                                         .arg(h));
                if (isMasked(v)) ++part.maskedCount;
                column[base + h] = v;
            }
        }
        part.rowsRead += hours;
    }
    if (part.table.rowCount() == 0)
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 has no records.").arg(file));
    for (int i = 0; i < nFields; ++i) {
        const QString key = QString::fromLatin1(kFields[i].key);
        if (absentKeys.contains(key))
            part.warnings.append(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1: \"%2\" is absent from %3 of %4 records; %5 is "
                                                             "left missing there.")
                                     .arg(file, key)
                                     .arg(absentKeys.value(key))
                                     .arg(records.size())
                                     .arg(QString::fromLatin1(kFields[i].name)));
    }
    if (!unknownKeys.isEmpty()) {
        QStringList keys(unknownKeys.begin(), unknownKeys.end());
        keys.sort();
        part.warnings.append(QCoreApplication::translate("dosi::MeasureImport", "%1: keys not imported: %2")
                                 .arg(file, keys.join(QStringLiteral(", "))));
    }
    return part;
}

}  // namespace dosi::gis::detail
