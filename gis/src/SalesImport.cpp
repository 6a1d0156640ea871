// importSales(): 서울시 상권분석서비스 추정매출-상권 (55 columns) -> quarterly measures per 행정동 and per
// (행정동, industry). See SalesImport.h for the rules.
#include "dosi/gis/SalesImport.h"

#include "dosi/core/Values.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <map>

namespace dosi::gis {

namespace {

struct ColumnSpec {
    const char* field;
    const char* korean;     // as in the published CSV
    const char* alternate;  // the other Korean spelling (or nullptr)
    const char* api;        // Open API name
};

// Output order. The time-band counts are spelled "시간대_건수~06_매출_건수" in the published files (sic).
const ColumnSpec kColumns[] = {
    {"sales_amount", "당월_매출_금액", nullptr, "THSMON_SELNG_AMT"},
    {"sales_count", "당월_매출_건수", nullptr, "THSMON_SELNG_CO"},
    {"weekday_amount", "주중_매출_금액", nullptr, "MDWK_SELNG_AMT"},
    {"weekend_amount", "주말_매출_금액", nullptr, "WKEND_SELNG_AMT"},
    {"mon_amount", "월요일_매출_금액", nullptr, "MON_SELNG_AMT"},
    {"tue_amount", "화요일_매출_금액", nullptr, "TUES_SELNG_AMT"},
    {"wed_amount", "수요일_매출_금액", nullptr, "WED_SELNG_AMT"},
    {"thu_amount", "목요일_매출_금액", nullptr, "THUR_SELNG_AMT"},
    {"fri_amount", "금요일_매출_금액", nullptr, "FRI_SELNG_AMT"},
    {"sat_amount", "토요일_매출_금액", nullptr, "SAT_SELNG_AMT"},
    {"sun_amount", "일요일_매출_금액", nullptr, "SUN_SELNG_AMT"},
    {"h00_06_amount", "시간대_00~06_매출_금액", nullptr, "TMZON_00_06_SELNG_AMT"},
    {"h06_11_amount", "시간대_06~11_매출_금액", nullptr, "TMZON_06_11_SELNG_AMT"},
    {"h11_14_amount", "시간대_11~14_매출_금액", nullptr, "TMZON_11_14_SELNG_AMT"},
    {"h14_17_amount", "시간대_14~17_매출_금액", nullptr, "TMZON_14_17_SELNG_AMT"},
    {"h17_21_amount", "시간대_17~21_매출_금액", nullptr, "TMZON_17_21_SELNG_AMT"},
    {"h21_24_amount", "시간대_21~24_매출_금액", nullptr, "TMZON_21_24_SELNG_AMT"},
    {"male_amount", "남성_매출_금액", nullptr, "ML_SELNG_AMT"},
    {"female_amount", "여성_매출_금액", nullptr, "FML_SELNG_AMT"},
    {"age10_amount", "연령대_10_매출_금액", nullptr, "AGRDE_10_SELNG_AMT"},
    {"age20_amount", "연령대_20_매출_금액", nullptr, "AGRDE_20_SELNG_AMT"},
    {"age30_amount", "연령대_30_매출_금액", nullptr, "AGRDE_30_SELNG_AMT"},
    {"age40_amount", "연령대_40_매출_금액", nullptr, "AGRDE_40_SELNG_AMT"},
    {"age50_amount", "연령대_50_매출_금액", nullptr, "AGRDE_50_SELNG_AMT"},
    {"age60_plus_amount", "연령대_60_이상_매출_금액", nullptr, "AGRDE_60_ABOVE_SELNG_AMT"},
    {"weekday_count", "주중_매출_건수", nullptr, "MDWK_SELNG_CO"},
    {"weekend_count", "주말_매출_건수", nullptr, "WKEND_SELNG_CO"},
    {"mon_count", "월요일_매출_건수", nullptr, "MON_SELNG_CO"},
    {"tue_count", "화요일_매출_건수", nullptr, "TUES_SELNG_CO"},
    {"wed_count", "수요일_매출_건수", nullptr, "WED_SELNG_CO"},
    {"thu_count", "목요일_매출_건수", nullptr, "THUR_SELNG_CO"},
    {"fri_count", "금요일_매출_건수", nullptr, "FRI_SELNG_CO"},
    {"sat_count", "토요일_매출_건수", nullptr, "SAT_SELNG_CO"},
    {"sun_count", "일요일_매출_건수", nullptr, "SUN_SELNG_CO"},
    {"h00_06_count", "시간대_건수~06_매출_건수", "시간대_00~06_매출_건수", "TMZON_00_06_SELNG_CO"},
    {"h06_11_count", "시간대_건수~11_매출_건수", "시간대_06~11_매출_건수", "TMZON_06_11_SELNG_CO"},
    {"h11_14_count", "시간대_건수~14_매출_건수", "시간대_11~14_매출_건수", "TMZON_11_14_SELNG_CO"},
    {"h14_17_count", "시간대_건수~17_매출_건수", "시간대_14~17_매출_건수", "TMZON_14_17_SELNG_CO"},
    {"h17_21_count", "시간대_건수~21_매출_건수", "시간대_17~21_매출_건수", "TMZON_17_21_SELNG_CO"},
    {"h21_24_count", "시간대_건수~24_매출_건수", "시간대_21~24_매출_건수", "TMZON_21_24_SELNG_CO"},
    {"male_count", "남성_매출_건수", nullptr, "ML_SELNG_CO"},
    {"female_count", "여성_매출_건수", nullptr, "FML_SELNG_CO"},
    {"age10_count", "연령대_10_매출_건수", nullptr, "AGRDE_10_SELNG_CO"},
    {"age20_count", "연령대_20_매출_건수", nullptr, "AGRDE_20_SELNG_CO"},
    {"age30_count", "연령대_30_매출_건수", nullptr, "AGRDE_30_SELNG_CO"},
    {"age40_count", "연령대_40_매출_건수", nullptr, "AGRDE_40_SELNG_CO"},
    {"age50_count", "연령대_50_매출_건수", nullptr, "AGRDE_50_SELNG_CO"},
    {"age60_plus_count", "연령대_60_이상_매출_건수", nullptr, "AGRDE_60_ABOVE_SELNG_CO"},
};
constexpr int kValueCount = int(sizeof(kColumns) / sizeof(kColumns[0]));

int findColumn(const QStringList& header, const QStringList& names)
{
    for (const QString& n : names) {
        const int i = int(header.indexOf(n));
        if (i >= 0) return i;
    }
    for (const QString& n : names)
        for (int i = 0; i < header.size(); ++i)
            if (header[i].compare(n, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

QStringList names(const ColumnSpec& c)
{
    QStringList out{QString::fromUtf8(c.korean)};
    if (c.alternate) out << QString::fromUtf8(c.alternate);
    out << QString::fromLatin1(c.api);
    return out;
}

// Column positions of one sales file.
struct SalesColumns {
    int quarter = -1, area = -1, industry = -1, industryName = -1;
    QVector<int> values;  // aligned with kColumns
};

Result<SalesColumns> mapColumns(const QStringList& header, const QString& file)
{
    SalesColumns c;
    QStringList missing;
    const auto need = [&](const QStringList& alternatives) {
        const int i = findColumn(header, alternatives);
        if (i < 0) missing << alternatives.first();
        return i;
    };
    c.quarter = need({QStringLiteral("기준_년분기_코드"), QStringLiteral("STDR_YYQU_CD")});
    c.area = need({QStringLiteral("상권_코드"), QStringLiteral("TRDAR_CD")});
    c.industry = need({QStringLiteral("서비스_업종_코드"), QStringLiteral("SVC_INDUTY_CD")});
    c.industryName = findColumn(header, {QStringLiteral("서비스_업종_코드_명"), QStringLiteral("SVC_INDUTY_CD_NM")});
    for (const ColumnSpec& spec : kColumns) c.values << need(names(spec));
    if (!missing.isEmpty()) {
        const QString shown = missing.size() > 5 ? (missing.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …"))
                                                 : missing.join(QStringLiteral(", "));
        return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 is not a card-sales file (estimated sales per commercial area): %2 column(s) missing: %3.")
                             .arg(file)
                             .arg(missing.size())
                             .arg(shown));
    }
    return c;
}

bool parseQuarter(const QString& token, QString* key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})([1-4])(\\.0)?$"));
    const QRegularExpressionMatch m = re.match(token.trimmed());
    if (!m.hasMatch()) return false;
    *key = m.captured(1) + QLatin1Char('Q') + m.captured(2);
    return true;
}

void accumulate(QVector<double>& acc, const QVector<double>& values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (!hasValue(values[i])) continue;
        acc[i] = hasValue(acc[i]) ? acc[i] + values[i] : values[i];
    }
}

using Aggregate = std::map<std::pair<QString, QString>, QVector<double>>;  // (unit, time) -> values

void toTable(const Aggregate& agg, MeasureTable& table)
{
    table.fields.clear();
    for (const ColumnSpec& c : kColumns) table.fields << QString::fromLatin1(c.field);
    table.columns = QVector<QVector<double>>(kValueCount);
    for (const auto& [key, values] : agg) table.addRow(key.first, key.second, values);
}

QStringList sortedList(const QSet<QString>& set)
{
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

QString shortList(const QStringList& list, const QString& sep = QStringLiteral(", "))
{
    return list.size() > 10 ? list.mid(0, 10).join(sep) + sep + QStringLiteral("…") : list.join(sep);
}

}  // namespace

QList<FieldInfo> salesFields()
{
    QList<FieldInfo> out;
    for (const ColumnSpec& c : kColumns)
        out << FieldInfo{QString::fromLatin1(c.field), FieldType::Real, QString::fromUtf8(c.korean)};
    return out;
}

Result<SalesImport> importSales(const QStringList& salesFiles, const QString& areasFile,
                                const QVector<Geometry>& dongPolygons, const QStringList& dongCodes,
                                const QString& name, const std::function<bool(int done, int total)>& progress)
{
    if (salesFiles.isEmpty()) return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "No card-sales file was given."));
    const int total = 1000 * (int(salesFiles.size()) + 1);
    const auto cancelled = [&](int done) { return progress && !progress(done, total); };
    const Error cancelError{QCoreApplication::translate("dosi::gis::SalesImport", "The card-sales import was cancelled.")};

    Result<SalesPlacement> placed = placeCommercialAreas(areasFile, dongPolygons, dongCodes);
    if (!placed) return placed.error();
    SalesImport out;
    out.placement = std::move(placed).value();
    out.warnings << out.placement.warnings;
    if (cancelled(1000)) return cancelError;

    Aggregate byDong, byIndustry;
    QHash<QString, QString> seenRows;  // quarter|area|industry -> "file line N"
    QSet<QString> seenFiles, salesAreas, unknown, unplacedSales;
    int emptyValues = 0;
    for (int f = 0; f < salesFiles.size(); ++f) {
        const QString path = salesFiles[f];
        const QString file = QFileInfo(path).fileName();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty() && seenFiles.contains(canonical))
            return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 was given twice.").arg(file));
        seenFiles.insert(canonical);

        Result<CsvReader> opened = CsvReader::open(path);
        if (!opened) return opened.error();
        CsvReader& reader = opened.value();
        Result<SalesColumns> mapped = mapColumns(reader.header(), file);
        if (!mapped) return mapped.error();
        const SalesColumns& cols = mapped.value();
        const int width = int(reader.header().size());

        QStringList row;
        int line = 0;
        QVector<double> values(kValueCount);
        while (reader.next(&row, &line)) {
            ++out.rowsRead;
            if (out.rowsRead % 20000 == 0 && cancelled(1000 * (f + 1) + int(999 * reader.progress())))
                return cancelError;
            if (row.size() != width)
                return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2: expected %3 fields as in the header, found %4.")
                                     .arg(file).arg(line).arg(width).arg(row.size()));
            QString quarter;
            if (!parseQuarter(row[cols.quarter], &quarter))
                return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2, column %3: \"%4\" is not a quarter code such as 20241.")
                                     .arg(file).arg(line).arg(reader.header()[cols.quarter], row[cols.quarter]));
            const QString area = row[cols.area].trimmed();
            const QString industry = row[cols.industry].trimmed();
            if (area.isEmpty() || industry.isEmpty()) {
                const int c = area.isEmpty() ? cols.area : cols.industry;
                return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2, column %3: the code is empty.").arg(file).arg(line).arg(reader.header()[c]));
            }
            const QString rowKey = quarter + QLatin1Char('|') + area + QLatin1Char('|') + industry;
            const QString where = QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2").arg(file).arg(line);
            const auto dup = seenRows.constFind(rowKey);
            if (dup != seenRows.constEnd())
                return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1: commercial area %2, industry %3 and quarter %4 were already given in %5.")
                                     .arg(where, area, industry, quarter, dup.value()));
            seenRows.insert(rowKey, where);
            for (int v = 0; v < kValueCount; ++v) {
                const QString& token = row[cols.values[v]];
                if (!parseNumber(token, &values[v]))
                    return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 line %2, column %3: \"%4\" is not a number.")
                                         .arg(file).arg(line).arg(reader.header()[cols.values[v]], token));
                if (!hasValue(values[v])) ++emptyValues;
            }
            if (cols.industryName >= 0 && !out.industryNames.contains(industry))
                out.industryNames.insert(industry, row[cols.industryName].trimmed());
            salesAreas.insert(area);

            const auto dong = out.placement.areaDong.constFind(area);
            if (dong == out.placement.areaDong.constEnd()) {
                (out.placement.areaPoint.contains(area) ? unplacedSales : unknown).insert(area);
                ++out.rowsNotPlaced;
                if (hasValue(values[0])) out.amountNotPlaced += values[0];
                continue;
            }
            ++out.rowsPlaced;
            const QVector<double> empty(kValueCount, missingValue());
            auto it = byDong.try_emplace({dong.value(), quarter}, empty).first;
            accumulate(it->second, values);
            it = byIndustry.try_emplace({dong.value() + QLatin1Char('|') + industry, quarter}, empty).first;
            accumulate(it->second, values);
        }
        if (!reader.errorMessage().isEmpty()) return makeError(reader.errorMessage());
        if (line == 0) return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "%1 has no data rows.").arg(file));
        if (cancelled(1000 * (f + 2))) return cancelError;
    }

    out.salesAreas = sortedList(salesAreas);
    out.unknownAreas = sortedList(unknown);
    out.unplacedSalesAreas = sortedList(unplacedSales);
    if (!out.unknownAreas.isEmpty())
        out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 commercial area(s) of the sales files are not in %2 and were left out: %3")
                            .arg(out.unknownAreas.size())
                            .arg(QFileInfo(areasFile).fileName(), shortList(out.unknownAreas));
    if (!out.unplacedSalesAreas.isEmpty())
        out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 commercial area(s) of the sales files lie in no dong of the boundaries and were "
                           "left out: %2")
                            .arg(out.unplacedSalesAreas.size())
                            .arg(shortList(out.unplacedSalesAreas));
    if (out.rowsNotPlaced > 0)
        out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 of %2 sales row(s) could not be placed in a dong (sales amount %3 left out).")
                            .arg(out.rowsNotPlaced)
                            .arg(out.rowsRead)
                            .arg(out.amountNotPlaced, 0, 'f', 0);
    if (emptyValues > 0)
        out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 empty value(s) were read as missing.").arg(emptyValues);
    if (!out.placement.disagreeing.isEmpty())
        out.warnings << QCoreApplication::translate("dosi::gis::SalesImport", "%1 of %2 commercial area(s) fall in a different dong than the areas file says: %3")
                            .arg(out.placement.disagreeing.size())
                            .arg(out.placement.withFileCode)
                            .arg(shortList(out.placement.disagreeing, QStringLiteral("; ")));

    toTable(byDong, out.table);
    toTable(byIndustry, out.industryTable);
    const QList<FieldInfo> fields = salesFields();
    for (LayerInfo* info : {&out.info, &out.industryInfo}) {
        info->kind = LayerKind::Measure;
        info->timeKind = TimeKind::Quarter;
        info->fields = fields;
        info->source = QFileInfo(salesFiles.first()).absoluteFilePath();
    }
    out.info.name = name;
    out.info.title = name;
    out.industryInfo.name = name + QStringLiteral("_by_industry");
    out.industryInfo.title = out.industryInfo.name;
    out.info.rowCount = out.table.rowCount();
    out.industryInfo.rowCount = out.industryTable.rowCount();
    if (out.rowsPlaced == 0)
        return makeError(QCoreApplication::translate("dosi::gis::SalesImport", "None of the %1 sales row(s) could be placed in a dong: check that %2 matches the "
                            "sales files and the boundaries.")
                             .arg(out.rowsRead)
                             .arg(QFileInfo(areasFile).fileName()));
    return out;
}

}  // namespace dosi::gis
