#include "dosi/gis/VectorImport.h"

#include "GdalUtil.h"
#include "dosi/gis/Crs.h"
#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Geometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QHash>
#include <QStringDecoder>

#include <cmath>
#include <optional>

namespace dosi::gis {

QStringList codeFieldCandidates()
{
    return {QStringLiteral("adm_cd2"),  QStringLiteral("adm_cd"),    QStringLiteral("ADM_CD"),
            QStringLiteral("ADM_DR_CD"), QStringLiteral("code"),     QStringLiteral("CODE"),
            QStringLiteral("EMD_CD"),   QStringLiteral("SIG_CD"),    QStringLiteral("CTPRVN_CD"),
            QStringLiteral("ADSTRD_CD"), QStringLiteral("TOT_REG_CD"), QStringLiteral("BJD_CD"),
            QStringLiteral("LI_CD"),    QStringLiteral("id"),        QStringLiteral("ID")};
}

QStringList labelFieldCandidates()
{
    return {QStringLiteral("adm_nm"),     QStringLiteral("ADM_NM"),     QStringLiteral("ADM_DR_NM"),
            QStringLiteral("name"),       QStringLiteral("NAME"),       QStringLiteral("EMD_KOR_NM"),
            QStringLiteral("SIG_KOR_NM"), QStringLiteral("CTP_KOR_NM"), QStringLiteral("ADSTRD_NM"),
            QStringLiteral("LI_KOR_NM"),  QStringLiteral("nm"),         QStringLiteral("NM")};
}

namespace {

constexpr int kMaxWarnings = 100;

struct SourceField {
    int index = -1;
    QString name;
    OGRFieldType ogrType = OFTString;
    FieldType type = FieldType::Text;
};

FieldType mapType(OGRFieldType t)
{
    switch (t) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    default:
        return FieldType::Text;
    }
}

// Exact match in candidate order, then a case-insensitive match.
int detectField(const QVector<SourceField>& fields, const QStringList& candidates)
{
    for (const QString& c : candidates)
        for (int i = 0; i < fields.size(); ++i)
            if (fields[i].name == c) return i;
    for (const QString& c : candidates)
        for (int i = 0; i < fields.size(); ++i)
            if (fields[i].name.compare(c, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

int findField(const QVector<SourceField>& fields, const QString& name)
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == name) return i;
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

QString fieldList(const QVector<SourceField>& fields)
{
    QStringList names;
    for (const SourceField& f : fields) names << f.name;
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

bool isUtf8Name(const QString& enc)
{
    const QString e = enc.trimmed().toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return e.isEmpty() || e == QLatin1String("UTF8");
}

class TextDecoder {
public:
    explicit TextDecoder(const QString& encoding)
    {
        if (!isUtf8Name(encoding)) m_dec.emplace(encoding.toUtf8().constData());
    }
    bool valid() const { return !m_dec || m_dec->isValid(); }
    QString operator()(const char* s)
    {
        if (!m_dec || !m_dec->isValid()) return QString::fromUtf8(s);
        return m_dec->decode(QByteArrayView(s));
    }

private:
    std::optional<QStringDecoder> m_dec;
};

QString codeText(OGRFeatureH f, const SourceField& field, TextDecoder& decode)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, field.index)) return {};
    switch (field.ogrType) {
    case OFTInteger:
    case OFTInteger64:
        return QString::number(OGR_F_GetFieldAsInteger64(f, field.index));
    case OFTReal: {
        const double v = OGR_F_GetFieldAsDouble(f, field.index);
        if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.0e15) return QString::number(qint64(v));
        return QString::number(v, 'g', 17);
    }
    default:
        return decode(OGR_F_GetFieldAsString(f, field.index)).trimmed();
    }
}

QVariant fieldValue(OGRFeatureH f, const SourceField& field, TextDecoder& decode)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, field.index)) return {};
    switch (field.type) {
    case FieldType::Integer:
        return QVariant(qlonglong(OGR_F_GetFieldAsInteger64(f, field.index)));
    case FieldType::Real:
        return QVariant(OGR_F_GetFieldAsDouble(f, field.index));
    case FieldType::Text:
        return QVariant(decode(OGR_F_GetFieldAsString(f, field.index)));
    }
    return {};
}

// OGR geometry -> dosi Geometry (2D, linear, collections of polygons as MultiPolygon).
Geometry readGeometry(OGRGeometryH g)
{
    gdal::GeometryPtr holder;
    if (OGR_G_HasCurveGeometry(g, TRUE)) {
        holder.reset(OGR_G_GetLinearGeometry(g, 0, nullptr));
        g = static_cast<OGRGeometryH>(holder.get());
    }
    if (g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbGeometryCollection) {
        OGRGeometryH clone = OGR_G_Clone(g);
        holder.reset(OGR_G_ForceToMultiPolygon(clone));
        g = static_cast<OGRGeometryH>(holder.get());
    }
    if (!g || OGR_G_IsEmpty(g)) return {};
    QByteArray wkb(qsizetype(OGR_G_WkbSizeEx(g)), Qt::Uninitialized);
    if (OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(wkb.data())) != OGRERR_NONE) return {};
    bool ok = false;
    Geometry out = Geometry::fromWkb(wkb, &ok);
    if (!ok) return {};
    if (out.type == Geometry::Type::Polygon) out.type = Geometry::Type::MultiPolygon;
    return out;
}

bool hasNaN(const Geometry& g)
{
    auto bad = [](const QPointF& p) { return !std::isfinite(p.x()) || !std::isfinite(p.y()); };
    for (const QPointF& p : g.points)
        if (bad(p)) return true;
    for (const auto& l : g.lines)
        for (const QPointF& p : l)
            if (bad(p)) return true;
    for (const Polygon& poly : g.polygons)
        for (const Ring& r : poly.rings)
            for (const QPointF& p : r)
                if (bad(p)) return true;
    return false;
}

void addWarning(ImportReport& report, const QString& text)
{
    if (report.warnings.size() < kMaxWarnings) report.warnings << text;
    else if (report.warnings.size() == kMaxWarnings)
        report.warnings << QCoreApplication::translate("dosi::gis::VectorImport", "Further warnings were left out.");
}

}  // namespace

Result<ImportedLayer> importVector(const QString& path, const QString& layerName,
                                   const VectorImportOptions& options,
                                   const std::function<bool(int done, int total)>& progress)
{
    const QFileInfo fi(path);
    // GDAL virtual files and database connections ("PG:dbname=... host=...") are not files.
    const bool database = path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
    const bool virtualPath = database || path.startsWith(QLatin1String("/vsi"));
    const QString file = virtualPath ? path : fi.absoluteFilePath();
    QString shown = QDir::toNativeSeparators(file);
    if (database) shown.replace(QRegularExpression(QStringLiteral("password=\\S+")), QStringLiteral("password=***"));
    if (!virtualPath && !fi.exists())
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                     "Cannot open %1: the file does not exist.")
                             .arg(shown));

    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    const QByteArray nativePath = virtualPath ? path.toUtf8() : file.toUtf8();

    ImportedLayer out;
    out.report.file = file;

    // Shapefiles recode text themselves; other drivers hand out raw bytes that we decode.
    QString decodeWith;
    gdal::CslPtr openOptions;
    if (!isUtf8Name(options.encoding)) {
        GDALDriverH drv = GDALIdentifyDriverEx(nativePath.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
        const QString drvName = drv ? QString::fromUtf8(GDALGetDriverShortName(drv)) : QString();
        if (drvName == QLatin1String("ESRI Shapefile")) {
            openOptions.reset(CSLSetNameValue(nullptr, "ENCODING", options.encoding.toUtf8().constData()));
        } else if (drvName == QLatin1String("GeoJSON") || drvName == QLatin1String("GPKG")) {
            addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                               "%1 is always UTF-8; the encoding %2 was ignored.")
                                       .arg(shown, options.encoding));
        } else {
            decodeWith = options.encoding;
        }
    }
    TextDecoder decode(decodeWith);
    if (!decode.valid())
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                     "Cannot read %1: the text encoding %2 is not supported.")
                             .arg(shown, options.encoding));

    gdal::DatasetPtr ds(GDALOpenEx(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                   openOptions.get(), nullptr));
    if (!ds) {
        const QString why = errors.lastError();
        if (why.isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "Cannot open %1: it is not a vector data source GDAL can read.")
                                 .arg(shown));
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                     "Cannot open %1 as a vector data source: %2")
                             .arg(shown, why));
    }
    const int layerCount = GDALDatasetGetLayerCount(ds.get());
    if (layerCount <= 0)
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport", "%1 contains no vector layers.")
                             .arg(shown));
    OGRLayerH layer = nullptr;
    if (options.sourceLayer.isEmpty()) {
        layer = GDALDatasetGetLayer(ds.get(), 0);
    } else {
        layer = GDALDatasetGetLayerByName(ds.get(), options.sourceLayer.toUtf8().constData());
        if (!layer) {
            QStringList names;
            for (int i = 0; i < layerCount; ++i)
                names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i)));
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "%1 has no layer \"%2\". Available layers: %3.")
                                 .arg(shown, options.sourceLayer, names.join(QStringLiteral(", "))));
        }
    }

    // A shapefile without .cpg or code-page byte: GDAL falls back to ISO-8859-1.
    const QString shpEncoding = QString::fromUtf8(GDALGetMetadataItem(layer, "SOURCE_ENCODING", "SHAPEFILE"));
    if (options.encoding.isEmpty() && !virtualPath
        && fi.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0
        && (shpEncoding.isEmpty() || shpEncoding.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0)
        && !QFileInfo::exists(fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".cpg")))
        && !QFileInfo::exists(fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".CPG"))))
        addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                           "%1 has no .cpg file; if names look garbled, "
                                                           "give the text encoding (e.g. CP949).")
                                   .arg(shown));

    // Fields.
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QVector<SourceField> fields;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        SourceField f;
        f.index = i;
        f.name = QString::fromUtf8(OGR_Fld_GetNameRef(fd));
        f.ogrType = OGR_Fld_GetType(fd);
        f.type = mapType(f.ogrType);
        fields << f;
    }
    int codeIdx = -1;
    if (!options.codeField.isEmpty()) {
        codeIdx = findField(fields, options.codeField);
        if (codeIdx < 0)
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "%1 has no code field \"%2\". Available fields: %3.")
                                 .arg(shown, options.codeField, fieldList(fields)));
    } else {
        codeIdx = detectField(fields, codeFieldCandidates());
        if (codeIdx < 0)
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "No code field could be detected in %1. "
                                                         "Name one of its fields: %2.")
                                 .arg(shown, fieldList(fields)));
    }
    fields[codeIdx].type = FieldType::Text;
    int labelIdx = -1;
    if (!options.labelField.isEmpty()) {
        labelIdx = findField(fields, options.labelField);
        if (labelIdx < 0)
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "%1 has no label field \"%2\". Available fields: %3.")
                                 .arg(shown, options.labelField, fieldList(fields)));
    } else {
        labelIdx = detectField(fields, labelFieldCandidates());
        if (labelIdx < 0) labelIdx = codeIdx;
    }

    // Coordinate reference system.
    gdal::SrsPtr srcSrs;
    if (!options.sourceCrs.trimmed().isEmpty()) {
        srcSrs = gdal::srsFromUserInput(options.sourceCrs.trimmed());
        if (!srcSrs)
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "Cannot import %1: the coordinate reference system "
                                                         "\"%2\" is not recognised.")
                                 .arg(shown, options.sourceCrs));
    } else if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer)) {
        srcSrs.reset(OSRClone(layerSrs));
    }
    if (!srcSrs)
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                     "%1 has no coordinate reference system; "
                                                     "give one (e.g. EPSG:4326).")
                             .arg(shown));
    out.report.sourceCrs = gdal::srsLabel(static_cast<OGRSpatialReferenceH>(srcSrs.get()));
    const bool identity = out.report.sourceCrs == QLatin1String(kAnalysisCrs);
    CoordinateTransform ct;
    if (!identity) {
        auto created = CoordinateTransform::create(
            gdal::srsDefinition(static_cast<OGRSpatialReferenceH>(srcSrs.get())), QString::fromLatin1(kAnalysisCrs));
        if (!created)
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport", "Cannot import %1: %2")
                                 .arg(shown, created.errorMessage()));
        ct = std::move(created).value();
    }

    // Features.
    const GIntBig counted = OGR_L_GetFeatureCount(layer, OGR_L_TestCapability(layer, OLCFastFeatureCount) ? TRUE : FALSE);
    const int total = counted > 0 ? int(counted) : 0;
    const bool polygonLayer = options.kind == LayerKind::Boundaries || options.kind == LayerKind::Grid;
    QHash<QString, int> seenCodes;
    OGR_L_ResetReading(layer);
    int number = 0;
    int notPolygon = 0;   // lines or points in a boundaries layer (e.g. roads): kept, reported once
    while (true) {
        gdal::FeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!feature) break;
        auto f = static_cast<OGRFeatureH>(feature.get());
        ++number;
        ++out.report.featuresRead;
        if (progress && (number % 64 == 0 || number == total) && !progress(number, total))
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport", "Import of %1 cancelled.")
                                 .arg(shown));

        const QString code = codeText(f, fields[codeIdx], decode);
        if (code.isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "Feature %1 in %2 has an empty code in field \"%3\".")
                                 .arg(number)
                                 .arg(shown, fields[codeIdx].name));
        const auto dup = seenCodes.constFind(code);
        if (dup != seenCodes.constEnd())
            addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                               "Features %1 and %2 share the code %3.")
                                       .arg(dup.value())
                                       .arg(number)
                                       .arg(code));
        else
            seenCodes.insert(code, number);

        Geometry geom = readGeometry(OGR_F_GetGeometryRef(f));
        if (geom.isEmpty()) {
            ++out.report.emptySkipped;
            addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                               "Feature %1 (code %2) has no geometry; skipped.")
                                       .arg(number)
                                       .arg(code));
            continue;
        }
        if (!identity) geom = ct.transform(geom);
        if (hasNaN(geom))
            return makeError(QCoreApplication::translate("dosi::gis::VectorImport",
                                                         "Feature %1 (code %2) in %3 cannot be transformed "
                                                         "from %4 to EPSG:5179.")
                                 .arg(number)
                                 .arg(code, shown, out.report.sourceCrs));
        if (geom.isPolygonal()) {
            QString reason;
            if (!isValid(geom, &reason)) {
                geom = makeValid(geom);
                ++out.report.invalidRepaired;
                addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                                   "Feature %1 (code %2): invalid geometry "
                                                                   "repaired (%3).")
                                           .arg(number)
                                           .arg(code, reason));
                if (geom.polygons.isEmpty()) {
                    ++out.report.emptySkipped;
                    addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                                       "Feature %1 (code %2) has no area "
                                                                       "after repair; skipped.")
                                               .arg(number)
                                               .arg(code));
                    continue;
                }
            }
            geom.type = Geometry::Type::MultiPolygon;
        } else if (polygonLayer) {
            ++notPolygon;
        }

        FeatureRecord rec;
        rec.wkb = geom.toWkb();
        rec.envelope = geom.envelope();
        rec.values.reserve(fields.size());
        for (int i = 0; i < fields.size(); ++i)
            rec.values << (i == codeIdx ? QVariant(code) : fieldValue(f, fields[i], decode));
        out.features << std::move(rec);
    }
    if (progress && !progress(number, total > 0 ? total : number))
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport", "Import of %1 cancelled.")
                             .arg(shown));
    if (!errors.lastError().isEmpty() && out.report.featuresRead == 0)
        return makeError(QCoreApplication::translate("dosi::gis::VectorImport", "Cannot read %1: %2")
                             .arg(shown, errors.lastError()));
    out.report.featuresWritten = int(out.features.size());
    if (notPolygon > 0)
        addWarning(out.report, QCoreApplication::translate("dosi::gis::VectorImport",
                                                           "%1 of %2 features are lines or points, not polygons; "
                                                           "they are kept as they are.")
                                   .arg(notPolygon)
                                   .arg(out.report.featuresRead));
    for (const QString& w : errors.warnings())
        if (!out.report.warnings.contains(w)) addWarning(out.report, w);

    LayerInfo& info = out.info;
    info.name = layerName;
    info.title = layerName;
    info.kind = options.kind;
    info.codeField = fields[codeIdx].name;
    info.labelField = fields[labelIdx].name;
    info.source = database ? shown : file;   // never store a database password
    info.featureCount = out.features.size();
    for (const SourceField& f : fields) info.fields << FieldInfo{f.name, f.type, QString()};
    return out;
}

}  // namespace dosi::gis
