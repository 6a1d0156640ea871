// Living-population import: detects each file's format, reads it, and concatenates the parts,
// rejecting mixed formats and duplicate (unit, time) rows.
#include "dosi/gis/MeasureImport.h"

#include "MeasureImportParts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace dosi::gis {

namespace detail {

QString fileLabel(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString locationText(const MeasurePart& part, int row)
{
    const int loc = part.locations.value(row);
    return part.json ? QCoreApplication::translate("dosi::MeasureImport", "%1 record %2").arg(fileLabel(part.file)).arg(loc)
                     : QCoreApplication::translate("dosi::MeasureImport", "%1 line %2").arg(fileLabel(part.file)).arg(loc);
}

QString cancelledMessage()
{
    return QCoreApplication::translate("dosi::MeasureImport", "The import was cancelled.");
}

}  // namespace detail

namespace {

using detail::MeasurePart;

bool looksLikeJson(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = f.read(64).trimmed();
    return head.startsWith('[') || head.startsWith('{');
}

Result<MeasurePart> readPart(const QString& path, const detail::PartProgress& progress, CsvReading reading)
{
    if (!QFileInfo::exists(path))
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 does not exist.")
                             .arg(QDir::toNativeSeparators(path)));
    if (looksLikeJson(path)) return detail::readHanbyulJson(path);
    if (reading == CsvReading::Auto)
        if (auto fast = detail::readLivingPopulationFast(path, progress)) return std::move(*fast);
    return detail::readLivingPopulationCsv(path, progress);
}

QStringList fieldNames(const QList<FieldInfo>& fields)
{
    QStringList names;
    for (const FieldInfo& f : fields) names.append(f.name);
    return names;
}

}  // namespace

Result<MeasureImport> importLivingPopulation(const QStringList& files, const QString& name,
                                             const std::function<bool(int done, int total)>& progress,
                                             CsvReading reading)
{
    if (files.isEmpty())
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "No living-population file was given."));
    const int steps = 1000;  // progress units per file
    const int total = int(files.size()) * steps;

    MeasureImport out;
    QList<MeasurePart> parts;
    QStringList absolute;
    for (const QString& f : files) {
        const QString abs = QFileInfo(f).absoluteFilePath();
        if (absolute.contains(abs))
            return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 is given more than once.")
                                 .arg(detail::fileLabel(f)));
        absolute.append(abs);
    }
    for (int i = 0; i < files.size(); ++i) {
        if (progress && !progress(i * steps, total)) return makeError(detail::cancelledMessage());
        auto partProgress = [&](double fraction) {
            return !progress || progress(i * steps + int(fraction * (steps - 1)), total);
        };
        Result<MeasurePart> read = readPart(files[i], partProgress, reading);
        if (!read) return read.error();
        parts.append(std::move(read).value());
        const MeasurePart& part = parts.last();
        const MeasurePart& first = parts.first();
        if (part.format != first.format || fieldNames(part.fields) != fieldNames(first.fields))
            return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                         "%1 has a different format (%2) from %3 (%4); import "
                                                         "them separately.")
                                 .arg(detail::fileLabel(part.file), part.format, detail::fileLabel(first.file),
                                      first.format));
    }

    // Concatenate (the first part is moved, not copied).
    QVector<int> partStart;   // first row of each part in the whole table
    for (MeasurePart& part : parts) {
        partStart.append(out.table.rowCount());
        if (out.table.columns.isEmpty()) {
            out.table = std::move(part.table);
        } else {
            out.table.units += part.table.units;
            out.table.times += part.table.times;
            for (int f = 0; f < out.table.columns.size(); ++f) out.table.columns[f] += part.table.columns[f];
        }
        part.table = MeasureTable();
        out.rowsRead += part.rowsRead;
        out.maskedCount += part.maskedCount;
        out.filesReadFast += part.readFast ? 1 : 0;
        out.warnings += part.warnings;
    }
    out.format = parts.first().format;

    // Every (unit, time) once, across all files.
    if (const auto [earlier, later] = findDuplicateKey(out.table); later >= 0) {
        auto where = [&](int row) {
            const int p = int(std::upper_bound(partStart.begin(), partStart.end(), row) - partStart.begin()) - 1;
            return detail::locationText(parts[p], row - partStart[p]);
        };
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1: unit %2 at %3 appears twice (first at %4).")
                             .arg(where(later), out.table.units[later], out.table.times[later], where(earlier)));
    }

    const MeasurePart& first = parts.first();
    out.info.name = name;
    out.info.title = name;
    out.info.kind = LayerKind::Measure;
    out.info.timeKind = TimeKind::Hour;
    out.info.fields = first.fields;
    out.info.source = QFileInfo(files.first()).absoluteFilePath();
    out.info.rowCount = out.table.rowCount();
    if (progress && !progress(total, total)) return makeError(detail::cancelledMessage());
    return out;
}

}  // namespace dosi::gis
