// writeGeoPackage(): exported layers with their QGIS styles and export notes (VectorExport.h).
#include "dosi/gis/VectorExport.h"

#include "GdalUtil.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace dosi::gis {

namespace {

struct GpkgTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::Export)
};

// SQLite's default limit is 2000 columns per table; leave room for fid, geom, code and label.
constexpr int kMaxColumns = 1990;

Error writeError(const QString& shown, const QString& why)
{
    return makeError(GpkgTr::tr("Cannot write the GeoPackage %1: %2").arg(shown, why));
}

QByteArray utf8(const QString& s) { return s.toUtf8(); }

OGRwkbGeometryType layerGeometryType(const QVector<Geometry>& geoms)
{
    bool poly = false, point = false, multiPoint = false, line = false;
    for (const Geometry& g : geoms) {
        switch (g.type) {
        case Geometry::Type::Polygon:
        case Geometry::Type::MultiPolygon: poly = true; break;
        case Geometry::Type::Point: point = true; break;
        case Geometry::Type::MultiPoint: multiPoint = true; break;
        case Geometry::Type::LineString:
        case Geometry::Type::MultiLineString: line = true; break;
        case Geometry::Type::Empty: break;
        }
    }
    const int kinds = int(poly) + int(point || multiPoint) + int(line);
    if (kinds != 1) return wkbUnknown;
    if (poly) return wkbMultiPolygon;
    if (line) return wkbMultiLineString;
    return multiPoint ? wkbMultiPoint : wkbPoint;
}

OGRGeometryH toOgr(const Geometry& g, OGRwkbGeometryType layerType)
{
    if (g.isEmpty()) return nullptr;
    const QByteArray wkb = g.toWkb();
    OGRGeometryH h = nullptr;
    if (OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &h, size_t(wkb.size())) != OGRERR_NONE) return nullptr;
    if (layerType == wkbMultiPolygon) h = OGR_G_ForceToMultiPolygon(h);
    else if (layerType == wkbMultiLineString) h = OGR_G_ForceToMultiLineString(h);
    else if (layerType == wkbMultiPoint) h = OGR_G_ForceToMultiPoint(h);
    return h;
}

bool addField(OGRLayerH layer, const char* name, OGRFieldType type, int width = 0, OGRFieldSubType sub = OFSTNone)
{
    OGRFieldDefnH f = OGR_Fld_Create(name, type);
    if (width > 0) OGR_Fld_SetWidth(f, width);
    if (sub != OFSTNone) OGR_Fld_SetSubType(f, sub);
    const bool ok = OGR_L_CreateField(layer, f, TRUE) == OGRERR_NONE;
    OGR_Fld_Destroy(f);
    return ok;
}

// The table QGIS creates to keep styles in a GeoPackage (QgsOgrProviderMetadata::saveStyle):
// same name, FID column, field names, widths and types, so QGIS reads and updates it as its own.
OGRLayerH createLayerStyles(GDALDatasetH ds)
{
    gdal::CslPtr lco(CSLSetNameValue(nullptr, "FID", "id"));
    OGRLayerH l = GDALDatasetCreateLayer(ds, "layer_styles", nullptr, wkbNone, lco.get());
    if (!l) return nullptr;
    bool ok = addField(l, "f_table_catalog", OFTString, 256) && addField(l, "f_table_schema", OFTString, 256)
              && addField(l, "f_table_name", OFTString, 256) && addField(l, "f_geometry_column", OFTString, 256)
              && addField(l, "styleName", OFTString, 30) && addField(l, "styleQML", OFTString)
              && addField(l, "styleSLD", OFTString) && addField(l, "useAsDefault", OFTInteger, 0, OFSTBoolean)
              && addField(l, "description", OFTString) && addField(l, "owner", OFTString, 30)
              && addField(l, "ui", OFTString, 30);
    OGRFieldDefnH t = OGR_Fld_Create("update_time", OFTDateTime);
    OGR_Fld_SetDefault(t, "CURRENT_TIMESTAMP");
    ok = ok && OGR_L_CreateField(l, t, TRUE) == OGRERR_NONE;
    OGR_Fld_Destroy(t);
    return ok ? l : nullptr;
}

OGRLayerH createExportInfo(GDALDatasetH ds)
{
    gdal::CslPtr lco(CSLSetNameValue(nullptr, "DESCRIPTION",
                                     "Dosi export: value columns, estimated flag and privacy rule"));
    OGRLayerH l = GDALDatasetCreateLayer(ds, "dosi_export_info", nullptr, wkbNone, lco.get());
    if (!l) return nullptr;
    const bool ok = addField(l, "table_name", OFTString) && addField(l, "column_name", OFTString)
                    && addField(l, "layer", OFTString) && addField(l, "title", OFTString)
                    && addField(l, "field", OFTString) && addField(l, "time", OFTString)
                    && addField(l, "estimated", OFTInteger, 0, OFSTBoolean)
                    && addField(l, "people_count", OFTInteger, 0, OFSTBoolean)
                    && addField(l, "privacy_threshold", OFTReal) && addField(l, "suppressed", OFTInteger)
                    && addField(l, "masked", OFTInteger) && addField(l, "source", OFTString)
                    && addField(l, "note", OFTString) && addField(l, "dosi_version", OFTString);
    return ok ? l : nullptr;
}

void setString(OGRFeatureH f, OGRFeatureDefnH defn, const char* field, const QString& value)
{
    OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, field), utf8(value).constData());
}

void setInt(OGRFeatureH f, OGRFeatureDefnH defn, const char* field, int value)
{
    OGR_F_SetFieldInteger(f, OGR_FD_GetFieldIndex(defn, field), value);
}

struct TempGpkg {
    QString path;
    bool keep = false;
    ~TempGpkg()
    {
        if (keep || path.isEmpty()) return;
        gdal::discardTemp(path);
        for (const char* side : {"-journal", "-wal", "-shm"}) QFile::remove(path + QLatin1String(side));
    }
};

}  // namespace

Result<void> writeGeoPackage(const QString& path, const QVector<ExportLayer>& items, const GeoPackageOptions& options,
                             const ExportProgress& progress)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    if (items.isEmpty()) return writeError(shown, GpkgTr::tr("there is no layer to export."));
    QSet<QString> tables;
    qint64 totalFeatures = 0;
    for (const ExportLayer& item : items) {
        if (!item.data) return writeError(shown, GpkgTr::tr("layer \"%1\" has no geometry.").arg(item.info.name));
        if (tables.contains(item.tableName.toLower()))
            return writeError(shown, GpkgTr::tr("layer \"%1\" is exported twice.").arg(item.tableName));
        tables.insert(item.tableName.toLower());
        if (item.columns.size() + item.textColumns.size() > kMaxColumns)
            return writeError(shown, GpkgTr::tr("layer \"%1\" would have %2 columns; a GeoPackage table holds at most %3.")
                                         .arg(item.info.name)
                                         .arg(item.columns.size() + item.textColumns.size())
                                         .arg(kMaxColumns));
        totalFeatures += item.data->geometries.size();
    }
    if (!QFileInfo(file).absoluteDir().exists())
        return writeError(shown, GpkgTr::tr("the folder does not exist."));

    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    if (!drv) return writeError(shown, GpkgTr::tr("the GDAL GeoPackage driver is not available."));
    TempGpkg tmp{gdal::tempPathBeside(file)};
    gdal::DatasetPtr ds(GDALCreate(drv, utf8(tmp.path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        const QString why = errors.lastError();
        return writeError(shown, why.isEmpty() ? GpkgTr::tr("the file could not be created.") : why);
    }
    gdal::SrsPtr srs = gdal::srsFromEpsg(5179);
    if (!srs) return writeError(shown, errors.lastError());
    const auto failed = [&](const QString& fallback) {
        const QString why = errors.lastError();
        return writeError(shown, why.isEmpty() ? fallback : why);
    };
    const auto cancelled = [&] { return makeError(GpkgTr::tr("The export was cancelled.")); };

    QSet<QString> identifiers;
    qint64 written = 0;
    const int total = int(std::min<qint64>(totalFeatures, INT_MAX / 2));
    for (const ExportLayer& item : items) {
        const FeatureLayerData& data = *item.data;
        const OGRwkbGeometryType gtype = layerGeometryType(data.geometries);
        QString identifier = item.info.title.isEmpty() ? item.info.name : item.info.title;
        if (item.info.estimated) identifier += GpkgTr::tr(" (estimated)");
        if (identifiers.contains(identifier)) identifier += QStringLiteral(" [%1]").arg(item.tableName);
        identifiers.insert(identifier);
        gdal::CslPtr lco(CSLSetNameValue(nullptr, "GEOMETRY_NAME", "geom"));
        lco.reset(CSLSetNameValue(lco.release(), "FID", "fid"));
        lco.reset(CSLSetNameValue(lco.release(), "IDENTIFIER", utf8(identifier).constData()));
        lco.reset(CSLSetNameValue(lco.release(), "DESCRIPTION", utf8(item.note()).constData()));
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), utf8(item.tableName).constData(),
                                                 static_cast<OGRSpatialReferenceH>(srs.get()), gtype, lco.get());
        if (!layer) return failed(GpkgTr::tr("table \"%1\" could not be created.").arg(item.tableName));
        bool ok = addField(layer, "code", OFTString) && addField(layer, "label", OFTString);
        for (const ExportTextColumn& c : item.textColumns) ok = ok && addField(layer, utf8(c.name).constData(), OFTString);
        for (const ExportColumn& c : item.columns) ok = ok && addField(layer, utf8(c.name).constData(), OFTReal);
        if (!ok) return failed(GpkgTr::tr("the columns of \"%1\" could not be created.").arg(item.tableName));
        GDALSetMetadataItem(layer, "DOSI_LAYER", utf8(item.info.name).constData(), nullptr);
        GDALSetMetadataItem(layer, "DOSI_ESTIMATED", item.info.estimated ? "yes" : "no", nullptr);
        GDALSetMetadataItem(layer, "DOSI_SOURCE", utf8(item.info.source).constData(), nullptr);
        GDALSetMetadataItem(layer, "DOSI_PRIVACY_THRESHOLD", utf8(QString::number(item.privacy.threshold)).constData(), nullptr);
        GDALSetMetadataItem(layer, "DOSI_SUPPRESSED", utf8(QString::number(item.suppressed())).constData(), nullptr);

        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        const int firstText = 2, firstValue = 2 + int(item.textColumns.size());
        if (GDALDatasetStartTransaction(ds.get(), FALSE) != OGRERR_NONE) return failed(GpkgTr::tr("no transaction."));
        const int n = int(data.geometries.size());
        for (int i = 0; i < n; ++i) {
            gdal::FeaturePtr f(OGR_F_Create(defn));
            OGRFeatureH fh = static_cast<OGRFeatureH>(f.get());
            OGR_F_SetFieldString(fh, 0, utf8(data.codes.value(i)).constData());
            OGR_F_SetFieldString(fh, 1, utf8(data.labels.value(i)).constData());
            for (int c = 0; c < item.textColumns.size(); ++c)
                OGR_F_SetFieldString(fh, firstText + c, utf8(item.textColumns[c].values.value(i)).constData());
            for (int c = 0; c < item.columns.size(); ++c) {
                const double v = item.columns[c].values.value(i, missingValue());
                if (std::isfinite(v)) OGR_F_SetFieldDouble(fh, firstValue + c, v);
                else OGR_F_SetFieldNull(fh, firstValue + c);   // missing, masked or suppressed
            }
            if (OGRGeometryH g = toOgr(data.geometries[i], gtype)) OGR_F_SetGeometryDirectly(fh, g);
            if (OGR_L_CreateFeature(layer, fh) != OGRERR_NONE) {
                GDALDatasetRollbackTransaction(ds.get());
                return failed(GpkgTr::tr("feature %1 of \"%2\" could not be written.").arg(i + 1).arg(item.tableName));
            }
            if (progress && (++written % 2000) == 0 && !progress(int(written), total)) {
                GDALDatasetRollbackTransaction(ds.get());
                return cancelled();
            }
        }
        if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            return failed(GpkgTr::tr("\"%1\" could not be written.").arg(item.tableName));
    }

    // The export notes: one row per value column (one per table without any).
    OGRLayerH infoLayer = createExportInfo(ds.get());
    if (!infoLayer) return failed(GpkgTr::tr("the table dosi_export_info could not be created."));
    OGRFeatureDefnH infoDefn = OGR_L_GetLayerDefn(infoLayer);
    GDALDatasetStartTransaction(ds.get(), FALSE);
    for (const ExportLayer& item : items) {
        const int rows = std::max(1, int(item.columns.size()));
        for (int c = 0; c < rows; ++c) {
            gdal::FeaturePtr f(OGR_F_Create(infoDefn));
            OGRFeatureH fh = static_cast<OGRFeatureH>(f.get());
            const ExportColumn* col = c < item.columns.size() ? &item.columns[c] : nullptr;
            setString(fh, infoDefn, "table_name", item.tableName);
            setString(fh, infoDefn, "layer", item.info.name);
            setString(fh, infoDefn, "title", item.info.title);
            if (col) {
                setString(fh, infoDefn, "column_name", col->name);
                setString(fh, infoDefn, "field", col->field);
                setString(fh, infoDefn, "time", col->time);
                setInt(fh, infoDefn, "people_count", col->peopleCount ? 1 : 0);
                setInt(fh, infoDefn, "suppressed", col->suppressed);
                setInt(fh, infoDefn, "masked", col->masked);
            }
            setInt(fh, infoDefn, "estimated", item.info.estimated ? 1 : 0);
            OGR_F_SetFieldDouble(fh, OGR_FD_GetFieldIndex(infoDefn, "privacy_threshold"), item.privacy.threshold);
            setString(fh, infoDefn, "source", item.info.source);
            setString(fh, infoDefn, "note", item.note());
            setString(fh, infoDefn, "dosi_version", ProjectStore::appVersion());
            if (OGR_L_CreateFeature(infoLayer, fh) != OGRERR_NONE) {
                GDALDatasetRollbackTransaction(ds.get());
                return failed(GpkgTr::tr("the export notes could not be written."));
            }
        }
    }
    GDALDatasetCommitTransaction(ds.get());

    if (options.styles) {
        OGRLayerH styles = createLayerStyles(ds.get());
        if (!styles) return failed(GpkgTr::tr("the table layer_styles could not be created."));
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(styles);
        for (const ExportLayer& item : items) {
            gdal::FeaturePtr f(OGR_F_Create(defn));
            OGRFeatureH fh = static_cast<OGRFeatureH>(f.get());
            setString(fh, defn, "f_table_catalog", QString());
            setString(fh, defn, "f_table_schema", QString());
            setString(fh, defn, "f_table_name", item.tableName);
            setString(fh, defn, "f_geometry_column", QStringLiteral("geom"));
            setString(fh, defn, "styleName", item.tableName.left(30));
            setString(fh, defn, "styleQML", qgisStyleQml(item));
            setString(fh, defn, "styleSLD", QString());
            setInt(fh, defn, "useAsDefault", 1);
            setString(fh, defn, "description", item.legend.title.isEmpty() ? item.info.name : item.legend.title);
            setString(fh, defn, "owner", QString());
            if (OGR_L_CreateFeature(styles, fh) != OGRERR_NONE)
                return failed(GpkgTr::tr("the style of \"%1\" could not be written.").arg(item.tableName));
        }
    }

    CPLErrorReset();
    ds.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) return failed(GpkgTr::tr("closing failed."));
    QString why;
    if (!gdal::commitTemp(tmp.path, file, &why)) return writeError(shown, why);
    tmp.keep = true;
    if (progress) progress(total, total);
    return {};
}

}  // namespace dosi::gis
