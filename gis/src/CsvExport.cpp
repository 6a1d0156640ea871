// writeCsv(): an exported layer as a CSV table for Excel (VectorExport.h).
#include "dosi/gis/VectorExport.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace dosi::gis {

namespace {

struct CsvTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::Export)
};

// RFC 4180 quoting: fields holding a comma, a quote or a line break are quoted, quotes doubled.
QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString csvValue(double v)
{
    if (isMasked(v)) return QStringLiteral("*");
    if (!std::isfinite(v)) return QString();
    // The fewest digits that read back to the same double; C locale (a '.' decimal point).
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

}  // namespace

Result<void> writeCsv(const QString& path, const ExportLayer& layer)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    const auto error = [&](const QString& why) {
        return makeError(CsvTr::tr("Cannot write the CSV file %1: %2").arg(shown, why));
    };
    if (!layer.data) return error(CsvTr::tr("layer \"%1\" has no features.").arg(layer.info.name));
    if (!QFileInfo(file).absoluteDir().exists()) return error(CsvTr::tr("the folder does not exist."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) return error(out.errorString());

    const QString eol = QStringLiteral("\r\n");
    QStringList header{QStringLiteral("code"), QStringLiteral("label")};
    for (const ExportTextColumn& c : layer.textColumns) header << csvField(c.name);
    for (const ExportColumn& c : layer.columns) header << csvField(c.name);
    header << QStringLiteral("estimated");
    QString text = QString(QChar(0xFEFF));   // byte-order mark: Excel reads the file as UTF-8
    text += header.join(QLatin1Char(',')) + eol;
    const QString estimated = layer.info.estimated ? QStringLiteral("yes") : QStringLiteral("no");
    const FeatureLayerData& data = *layer.data;
    const int n = int(data.codes.size());
    QStringList row;
    for (int i = 0; i < n; ++i) {
        row.clear();
        row << csvField(data.codes.value(i)) << csvField(data.labels.value(i));
        for (const ExportTextColumn& c : layer.textColumns) row << csvField(c.values.value(i));
        for (const ExportColumn& c : layer.columns) row << csvValue(c.values.value(i, missingValue()));
        row << estimated;
        text += row.join(QLatin1Char(',')) + eol;
        if (text.size() > (1 << 20)) {
            if (out.write(text.toUtf8()) < 0) return error(out.errorString());
            text.clear();
        }
    }
    if (out.write(text.toUtf8()) < 0 || !out.commit()) return error(out.errorString());
    return {};
}

}  // namespace dosi::gis
