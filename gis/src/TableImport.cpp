// importTable(): any indicator table keyed by unit code (and optionally time) -> MeasureTable.
#include "dosi/gis/MeasureImport.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace dosi::gis {

namespace {

// Codes look numeric but are identifiers, never measures.
bool isIdentifierName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    return upper.endsWith(QLatin1String("CODE")) || upper.endsWith(QLatin1String("CD"))
        || name.contains(QStringLiteral("코드"));
}

bool isIndexColumn(const QString& name)
{
    return name.trimmed().isEmpty() || name.startsWith(QLatin1String("Unnamed:"));
}

// Time key of a table cell: a year, a date or a quarter (also the 5-digit 년분기 code "20241").
constexpr PeriodForms kTableTimeForms =
    PeriodForm::Year | PeriodForm::Day | PeriodForm::Quarter | PeriodForm::QuarterCode;

QString tableError(const QString& file, int line, const QString& field, const QString& what)
{
    return QCoreApplication::translate("dosi::MeasureImport", "%1 line %2, field %3: %4")
        .arg(file).arg(line).arg(field, what);
}

}  // namespace

Result<MeasureImport> importTable(const QString& path, const QString& name, const QString& keyColumn,
                                  const QString& timeColumn, const QString& encoding)
{
    Result<CsvTable> read = readCsv(path, encoding);
    if (!read) return read.error();
    const CsvTable& csv = read.value();
    const QString file = QFileInfo(path).fileName();
    const QString columns = csv.header.join(QStringLiteral(", "));

    const int key = csv.columnIndex(keyColumn);
    if (keyColumn.trimmed().isEmpty() || key < 0)
        return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                     "%1 has no key column \"%2\"; its columns are: %3")
                             .arg(file, keyColumn, columns));
    int time = -1;
    if (!timeColumn.trimmed().isEmpty()) {
        time = csv.columnIndex(timeColumn);
        if (time < 0)
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 has no time column \"%2\"; its columns are: %3")
                                 .arg(file, timeColumn, columns));
    }
    for (int r = 0; r < csv.rows.size(); ++r)
        if (csv.rows[r].size() != csv.header.size())
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 line %2: expected %3 fields as in the header, found %4.")
                                 .arg(file).arg(csv.lineNumbers[r]).arg(csv.header.size()).arg(csv.rows[r].size()));

    if (csv.rows.isEmpty())
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 has no data rows.").arg(file));

    // Classify the columns.
    QVector<int> valueColumns;
    QStringList identifiers, texts, empties;
    for (int c = 0; c < csv.header.size(); ++c) {
        const QString& h = csv.header[c];
        if (c == key || c == time) continue;
        if (c == 0 && isIndexColumn(h)) continue;
        if (isIdentifierName(h)) {
            identifiers.append(h);
            continue;
        }
        int numbers = 0, others = 0, firstOther = -1;
        double v;
        for (int r = 0; r < csv.rows.size(); ++r) {
            const QString& token = csv.rows[r][c];
            if (token.trimmed().isEmpty()) continue;
            if (parseNumber(token, &v)) {
                ++numbers;
            } else {
                if (firstOther < 0) firstOther = r;
                ++others;
            }
        }
        const bool numeric = others == 0, anyValue = numbers > 0;
        // A mostly numeric column with a stray token is a broken value, not a text column.
        if (others > 0 && numbers >= others)
            return makeError(tableError(file, csv.lineNumbers[firstOther], h,
                                        QCoreApplication::translate("dosi::MeasureImport", "\"%1\" is not a number.")
                                            .arg(csv.rows[firstOther][c].trimmed())));
        if (!numeric) texts.append(h.isEmpty() ? QStringLiteral("#%1").arg(c + 1) : h);
        else if (!anyValue) empties.append(h);
        else valueColumns.append(c);
    }
    if (valueColumns.isEmpty())
        return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                     "%1 has no numeric columns to import besides the key; its columns "
                                                     "are: %2")
                             .arg(file, columns));

    MeasureImport out;
    out.format = QStringLiteral("table-csv");
    if (!identifiers.isEmpty())
        out.warnings.append(QCoreApplication::translate("dosi::MeasureImport", "%1: code columns not imported: %2")
                                .arg(file, identifiers.join(QStringLiteral(", "))));
    if (!texts.isEmpty())
        out.warnings.append(QCoreApplication::translate("dosi::MeasureImport", "%1: text columns skipped: %2")
                                .arg(file, texts.join(QStringLiteral(", "))));
    if (!empties.isEmpty())
        out.warnings.append(QCoreApplication::translate("dosi::MeasureImport", "%1: empty columns skipped: %2")
                                .arg(file, empties.join(QStringLiteral(", "))));
    for (int c : valueColumns) {
        out.info.fields.append(FieldInfo{csv.header[c], FieldType::Real, csv.header[c]});
        out.table.fields.append(csv.header[c]);
    }
    out.table.columns.resize(valueColumns.size());

    TimeKind kind = TimeKind::None;
    QHash<QString, int> seen;  // unit|time -> line
    for (int r = 0; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        const int line = csv.lineNumbers[r];
        const QString unit = toMois10(row[key]);
        if (unit.isEmpty())
            return makeError(tableError(file, line, csv.header[key],
                                        QCoreApplication::translate("dosi::MeasureImport", "the code is empty.")));
        QString timeKey;
        if (time >= 0) {
            PeriodKey period;
            if (!parsePeriodKey(row[time], kTableTimeForms, &period))
                return makeError(tableError(file, line, csv.header[time],
                                            QCoreApplication::translate("dosi::MeasureImport",
                                                                        "\"%1\" is not a year, date or quarter.")
                                                .arg(row[time])));
            if (kind != TimeKind::None && period.kind != kind)
                return makeError(tableError(file, line, csv.header[time],
                                            QCoreApplication::translate("dosi::MeasureImport",
                                                                        "\"%1\" is a %2 but earlier rows hold %3 "
                                                                        "values.")
                                                .arg(row[time], timeKindName(period.kind), timeKindName(kind))));
            kind = period.kind;
            timeKey = period.key;
        }
        const QString dupKey = unit + QLatin1Char('|') + timeKey;
        if (const auto it = seen.constFind(dupKey); it != seen.constEnd()) {
            if (timeKey.isEmpty())
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1 line %2: unit %3 appears twice (first at line %4).")
                                     .arg(file).arg(line).arg(unit).arg(*it));
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 line %2: unit %3 at %4 appears twice (first at line %5).")
                                 .arg(file).arg(line).arg(unit, timeKey).arg(*it));
        }
        seen.insert(dupKey, line);
        for (int v = 0; v < valueColumns.size(); ++v) {
            double value;
            parseNumber(row[valueColumns[v]], &value);  // checked above
            if (isMasked(value)) ++out.maskedCount;
            out.table.columns[v].append(value);
        }
        out.table.units.append(unit);
        out.table.times.append(timeKey);
        ++out.rowsRead;
    }

    out.info.name = name;
    out.info.title = name;
    out.info.kind = LayerKind::Measure;
    out.info.timeKind = kind;
    out.info.source = QFileInfo(path).absoluteFilePath();
    out.info.rowCount = out.table.rowCount();
    return out;
}

}  // namespace dosi::gis
