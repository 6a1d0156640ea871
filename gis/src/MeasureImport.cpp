// Living-population import: detects each file's format, reads it, and concatenates the parts,
// rejecting mixed formats and duplicate (unit, time) rows.
#include "dosi/gis/MeasureImport.h"

#include "MeasureImportParts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

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

Result<MeasurePart> readPart(const QString& path, const detail::PartProgress& progress)
{
    if (!QFileInfo::exists(path))
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "%1 does not exist.")
                             .arg(QDir::toNativeSeparators(path)));
    if (looksLikeJson(path)) return detail::readHanbyulJson(path);
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
                                             const std::function<bool(int done, int total)>& progress)
{
    if (files.isEmpty())
        return makeError(QCoreApplication::translate("dosi::MeasureImport", "No living-population file was given."));
    const int steps = 1000;  // progress units per file
    const int total = int(files.size()) * steps;

    MeasureImport out;
    QList<MeasurePart> parts;
    QHash<QString, QPair<int, int>> seen;  // unit|time -> (part, row)
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
        Result<MeasurePart> read = readPart(files[i], partProgress);
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
        const int p = int(parts.size()) - 1;
        for (int r = 0; r < part.table.rowCount(); ++r) {
            const QString key = part.table.units[r] + QLatin1Char('|') + part.table.times[r];
            const auto it = seen.constFind(key);
            if (it != seen.constEnd())
                return makeError(QCoreApplication::translate("dosi::MeasureImport",
                                                             "%1: unit %2 at %3 appears twice (first at %4).")
                                     .arg(detail::locationText(part, r), part.table.units[r], part.table.times[r],
                                          detail::locationText(parts[it->first], it->second)));
            seen.insert(key, {p, r});
        }
    }

    // Concatenate.
    const MeasurePart& first = parts.first();
    out.format = first.format;
    out.table.fields = first.table.fields;
    out.table.columns.resize(first.table.fields.size());
    for (MeasurePart& part : parts) {
        out.table.units += part.table.units;
        out.table.times += part.table.times;
        for (int f = 0; f < out.table.columns.size(); ++f) out.table.columns[f] += part.table.columns[f];
        out.rowsRead += part.rowsRead;
        out.maskedCount += part.maskedCount;
        out.warnings += part.warnings;
        part.table = MeasureTable();
    }

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
