// importPointsCsv(): delimited text with coordinate columns -> a Points layer in EPSG:5179.
#include "dosi/gis/PointImport.h"

#include "dosi/core/Values.h"
#include "dosi/gis/Crs.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/Geometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace dosi::gis {

namespace {

constexpr int kMaxWarnings = 100;

void addWarning(ImportReport& report, const QString& text)
{
    if (report.warnings.size() < kMaxWarnings) report.warnings << text;
    else if (report.warnings.size() == kMaxWarnings)
        report.warnings << QCoreApplication::translate("dosi::gis::PointImport", "Further warnings were left out.");
}

bool looksLikeIdentifier(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    return upper.endsWith(QLatin1String("CODE")) || upper.endsWith(QLatin1String("CD"))
        || upper.endsWith(QLatin1String("_ID")) || upper == QLatin1String("ID") || name.contains(QStringLiteral("코드"));
}

bool hasLeadingZero(const QString& token)
{
    const QString t = token.trimmed();
    return t.size() > 1 && t.startsWith(QLatin1Char('0')) && t[1].isDigit();
}

// Real when every non-empty value is a number (and at least one is given); otherwise Text.
FieldType columnType(const CsvTable& csv, int c)
{
    if (looksLikeIdentifier(csv.header[c])) return FieldType::Text;
    bool any = false;
    double v;
    for (const QStringList& row : csv.rows) {
        if (c >= row.size()) continue;
        const QString& token = row[c];
        if (token.trimmed().isEmpty()) continue;
        if (!parseNumber(token, &v) || !hasValue(v) || hasLeadingZero(token)) return FieldType::Text;
        any = true;
    }
    return any ? FieldType::Real : FieldType::Text;
}

// "37.5372628,126.8383789" (also with spaces, ';' or a space as separator) -> lat, lon.
bool parseLatLon(const QString& token, double* lat, double* lon)
{
    static const QRegularExpression sep(QStringLiteral("\\s*[,;]\\s*|\\s+"));
    const QStringList parts = token.trimmed().split(sep, Qt::SkipEmptyParts);
    if (parts.size() != 2) return false;
    if (!parseNumber(parts[0], lat) || !parseNumber(parts[1], lon)) return false;
    return std::isfinite(*lat) && std::isfinite(*lon) && std::fabs(*lat) <= 90.0 && std::fabs(*lon) <= 180.0;
}

QString uniqueName(const QStringList& header, const QString& base)
{
    QString name = base;
    for (int i = 1; header.contains(name, Qt::CaseInsensitive); ++i) name = base + QStringLiteral("_%1").arg(i);
    return name;
}

}  // namespace

Result<ImportedLayer> importPointsCsv(const QString& path, const QString& name, const QString& xCol,
                                      const QString& yCol, const QString& crs, const QString& idField,
                                      const QString& encoding)
{
    PointCsvOptions o;
    o.xColumn = xCol;
    o.yColumn = yCol;
    o.crs = crs;
    o.idField = idField;
    o.encoding = encoding;
    return importPointsCsv(path, name, o);
}

Result<ImportedLayer> importPointsCsv(const QString& path, const QString& name, const PointCsvOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString file = QDir::toNativeSeparators(absolute);
    Result<CsvTable> read = readCsv(path, options.encoding);
    if (!read) return read.error();
    const CsvTable& csv = read.value();
    const QString columns = csv.header.join(QStringLiteral(", "));
    const auto noColumn = [&](const QString& what, const QString& col) {
        return makeError(QCoreApplication::translate("dosi::gis::PointImport",
                                                     "%1 has no %2 column \"%3\"; its columns are: %4")
                             .arg(file, what, col, columns));
    };

    const bool latLon = !options.latLonColumn.trimmed().isEmpty();
    int xIdx = -1, yIdx = -1, llIdx = -1;
    if (latLon) {
        llIdx = csv.columnIndex(options.latLonColumn.trimmed());
        if (llIdx < 0) return noColumn(QStringLiteral("lat,lon"), options.latLonColumn);
    } else {
        if (options.xColumn.trimmed().isEmpty() || options.yColumn.trimmed().isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::PointImport",
                                                         "Cannot import points from %1: name the x and y columns "
                                                         "(or one \"lat,lon\" column).")
                                 .arg(file));
        xIdx = csv.columnIndex(options.xColumn.trimmed());
        if (xIdx < 0) return noColumn(QStringLiteral("x"), options.xColumn);
        yIdx = csv.columnIndex(options.yColumn.trimmed());
        if (yIdx < 0) return noColumn(QStringLiteral("y"), options.yColumn);
    }
    QString crs = options.crs.trimmed();
    if (crs.isEmpty()) {
        if (!latLon)
            return makeError(QCoreApplication::translate("dosi::gis::PointImport",
                                                         "Cannot import points from %1: give the coordinate "
                                                         "reference system of its x/y columns (e.g. EPSG:4326).")
                                 .arg(file));
        crs = QStringLiteral("EPSG:4326");
    }
    const bool identity = crs.compare(QLatin1String(kAnalysisCrs), Qt::CaseInsensitive) == 0;
    CoordinateTransform ct;
    if (!identity) {
        auto created = CoordinateTransform::create(crs, QString::fromLatin1(kAnalysisCrs));
        if (!created)
            return makeError(QCoreApplication::translate("dosi::gis::PointImport", "Cannot import %1: %2")
                                 .arg(file, created.errorMessage()));
        ct = std::move(created).value();
    }
    int idIdx = -1;
    if (!options.idField.trimmed().isEmpty()) {
        idIdx = csv.columnIndex(options.idField.trimmed());
        if (idIdx < 0) return noColumn(QStringLiteral("id"), options.idField);
    }
    int labelIdx = idIdx;
    if (!options.labelField.trimmed().isEmpty()) {
        labelIdx = csv.columnIndex(options.labelField.trimmed());
        if (labelIdx < 0) return noColumn(QStringLiteral("label"), options.labelField);
    }

    // Attribute columns: all but the coordinate columns; a generated id first when none is named.
    ImportedLayer out;
    out.report.file = absolute;
    out.report.sourceCrs = identity ? QString::fromLatin1(kAnalysisCrs) : crs;
    LayerInfo& info = out.info;
    QVector<int> kept;
    const QString generatedId = idIdx < 0 ? uniqueName(csv.header, QStringLiteral("id")) : QString();
    if (idIdx < 0) info.fields << FieldInfo{generatedId, FieldType::Text, QString()};
    for (int c = 0; c < csv.header.size(); ++c) {
        if (c == xIdx || c == yIdx || c == llIdx) continue;
        kept << c;
        const FieldType type = c == idIdx ? FieldType::Text : columnType(csv, c);
        info.fields << FieldInfo{csv.header[c].isEmpty() ? QStringLiteral("field_%1").arg(c + 1) : csv.header[c], type,
                                 QString()};
    }

    QHash<QString, int> seenIds;
    for (int r = 0; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        const int line = csv.lineNumbers[r];
        ++out.report.featuresRead;
        if (row.size() != csv.header.size())
            return makeError(QCoreApplication::translate("dosi::gis::PointImport",
                                                         "%1 line %2: expected %3 fields as in the header, found %4.")
                                 .arg(file).arg(line).arg(csv.header.size()).arg(row.size()));
        double x = 0, y = 0;
        bool good = true;
        QString badColumn, badValue;
        if (latLon) {
            good = parseLatLon(row[llIdx], &y, &x);
            badColumn = csv.header[llIdx];
            badValue = row[llIdx];
        } else {
            const int cols[2] = {xIdx, yIdx};
            double* vals[2] = {&x, &y};
            for (int k = 0; k < 2 && good; ++k) {
                good = parseNumber(row[cols[k]], vals[k]) && std::isfinite(*vals[k]);
                if (!good) {
                    badColumn = csv.header[cols[k]];
                    badValue = row[cols[k]];
                }
            }
        }
        QPointF p(x, y);
        if (good && !identity) {
            p = ct.transform(p);
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                good = false;
                badColumn = latLon ? csv.header[llIdx] : csv.header[xIdx] + QLatin1Char('/') + csv.header[yIdx];
                badValue = latLon ? row[llIdx] : row[xIdx] + QLatin1Char(',') + row[yIdx];
            }
        }
        if (!good) {
            const QString message = badValue.trimmed().isEmpty()
                ? QCoreApplication::translate("dosi::gis::PointImport", "%1 line %2, column %3: the coordinate is empty.")
                      .arg(file).arg(line).arg(badColumn)
                : QCoreApplication::translate("dosi::gis::PointImport",
                                              "%1 line %2, column %3: \"%4\" is not a valid coordinate in %5.")
                      .arg(file).arg(line).arg(badColumn, badValue, crs);
            if (!options.skipInvalid) return makeError(message);
            ++out.report.emptySkipped;
            addWarning(out.report, message + QLatin1Char(' ')
                                       + QCoreApplication::translate("dosi::gis::PointImport", "The row was skipped."));
            continue;
        }

        FeatureRecord rec;
        const Geometry g = Geometry::point(p.x(), p.y());
        rec.wkb = g.toWkb();
        rec.envelope = g.envelope();
        if (idIdx < 0) rec.values << QVariant(QString::number(out.features.size() + 1));
        for (int k = 0; k < kept.size(); ++k) {
            const int c = kept[k];
            const FieldInfo& fi = info.fields[idIdx < 0 ? k + 1 : k];
            const QString token = row[c].trimmed();
            if (token.isEmpty()) rec.values << QVariant();
            else if (fi.type == FieldType::Real) {
                double v = 0;
                parseNumber(token, &v);
                rec.values << QVariant(v);
            } else rec.values << QVariant(c == idIdx ? token : row[c]);
        }
        if (idIdx >= 0) {
            const QString id = row[idIdx].trimmed();
            if (id.isEmpty())
                return makeError(QCoreApplication::translate("dosi::gis::PointImport",
                                                             "%1 line %2, column %3: the id is empty.")
                                     .arg(file).arg(line).arg(csv.header[idIdx]));
            const auto dup = seenIds.constFind(id);
            if (dup != seenIds.constEnd())
                addWarning(out.report, QCoreApplication::translate("dosi::gis::PointImport",
                                                                   "%1: lines %2 and %3 share the id %4.")
                                           .arg(file).arg(dup.value()).arg(line).arg(id));
            else seenIds.insert(id, line);
        }
        out.features << std::move(rec);
    }
    if (out.features.isEmpty())
        return makeError(QCoreApplication::translate("dosi::gis::PointImport", "%1 has no points to import.").arg(file));
    out.report.featuresWritten = int(out.features.size());

    info.name = name;
    info.title = name;
    info.kind = LayerKind::Points;
    info.codeField = idIdx < 0 ? generatedId : info.fields[0 + int(kept.indexOf(idIdx))].name;
    info.labelField = labelIdx < 0 ? info.codeField : csv.header[labelIdx];
    info.source = absolute;
    info.featureCount = out.features.size();
    return out;
}

}  // namespace dosi::gis
