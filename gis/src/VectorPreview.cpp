// previewVector: fields, count and first rows of a GDAL vector source.
#include "dosi/gis/VectorPreview.h"

#include "GdalUtil.h"
#include "dosi/gis/CsvReader.h"
#include "dosi/gis/VectorImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dosi::gis {

namespace {

bool isUtf8(const QString& encoding)
{
    const QString e = encoding.trimmed().toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return e.isEmpty() || e == QLatin1String("UTF8");
}

// Exact match in candidate order, then a case-insensitive match (as importVector detects).
QString detect(const QStringList& fields, const QStringList& candidates)
{
    for (const QString& c : candidates)
        if (fields.contains(c)) return c;
    for (const QString& c : candidates)
        for (const QString& f : fields)
            if (f.compare(c, Qt::CaseInsensitive) == 0) return f;
    return {};
}

}  // namespace

Result<VectorPreview> previewVector(const QString& path, const QString& encoding, int maxRows)
{
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    if (!fi.exists())
        return makeError(QCoreApplication::translate("dosi::gis::VectorPreview", "Cannot open %1: the file does not exist.")
                             .arg(shown));
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    const QByteArray nativePath = fi.absoluteFilePath().toUtf8();

    VectorPreview out;
    out.file = fi.absoluteFilePath();
    GDALDriverH drv = GDALIdentifyDriverEx(nativePath.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    out.driver = drv ? QString::fromUtf8(GDALGetDriverShortName(drv)) : QString();
    const bool shapefile = out.driver == QLatin1String("ESRI Shapefile");
    const bool recode = !isUtf8(encoding) && !shapefile && out.driver != QLatin1String("GeoJSON")
                        && out.driver != QLatin1String("GPKG");
    gdal::CslPtr openOptions;
    if (shapefile && !isUtf8(encoding))
        openOptions.reset(CSLSetNameValue(nullptr, "ENCODING", encoding.toUtf8().constData()));

    gdal::DatasetPtr ds(GDALOpenEx(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                   openOptions.get(), nullptr));
    if (!ds) {
        const QString why = errors.lastError();
        if (why.isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::VectorPreview",
                                                         "Cannot open %1: it is not a vector data source GDAL can read.")
                                 .arg(shown));
        return makeError(QCoreApplication::translate("dosi::gis::VectorPreview",
                                                     "Cannot open %1 as a vector data source: %2")
                             .arg(shown, why));
    }
    if (GDALDatasetGetLayerCount(ds.get()) <= 0)
        return makeError(QCoreApplication::translate("dosi::gis::VectorPreview", "%1 contains no vector layers.").arg(shown));
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) out.sourceCrs = gdal::srsLabel(srs);

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(defn);
    for (int i = 0; i < fieldCount; ++i)
        out.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    if (OGR_L_TestCapability(layer, OLCFastFeatureCount)) out.featureCount = OGR_L_GetFeatureCount(layer, TRUE);

    OGR_L_ResetReading(layer);
    while (out.rows.size() < maxRows) {
        gdal::FeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!feature) break;
        auto f = static_cast<OGRFeatureH>(feature.get());
        QStringList row;
        for (int i = 0; i < fieldCount; ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(f, i)) {
                row << QString();
                continue;
            }
            const QByteArray raw(OGR_F_GetFieldAsString(f, i));
            if (recode) {
                auto decoded = decodeText(raw, encoding, shown);
                row << (decoded ? decoded.value() : QString::fromUtf8(raw));
            } else {
                row << QString::fromUtf8(raw);
            }
        }
        out.rows << row;
    }
    out.detectedCodeField = detect(out.fields, codeFieldCandidates());
    out.detectedLabelField = detect(out.fields, labelFieldCandidates());
    return out;
}

}  // namespace dosi::gis
