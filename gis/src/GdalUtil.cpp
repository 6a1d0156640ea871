#include "GdalUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>
#include <mutex>
#include <system_error>

namespace dosi::gis::gdal {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx(&ErrorCollector::handler, this);
    CPLErrorReset();
}

ErrorCollector::~ErrorCollector() { CPLPopErrorHandler(); }

void CPL_STDCALL ErrorCollector::handler(CPLErr cls, CPLErrorNum, const char* msg)
{
    auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
    if (!self) return;
    const QString text = QString::fromUtf8(msg ? msg : "");
    if (cls == CE_Failure || cls == CE_Fatal) self->m_lastError = text;
    else if (cls == CE_Warning && self->m_warnings.size() < 200) self->m_warnings.append(text);
}

SrsPtr srsFromUserInput(const QString& definition)
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(srs.get(), definition.toUtf8().constData()) != OGRERR_NONE) return {};
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

SrsPtr srsFromEpsg(int code)
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    if (OSRImportFromEPSG(srs.get(), code) != OGRERR_NONE) return {};
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

namespace {
QString authorityCode(OGRSpatialReferenceH srs)
{
    const char* auth = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code) return QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
    return {};
}

QString wkt2(OGRSpatialReferenceH srs)
{
    char* wkt = nullptr;
    const char* opts[] = {"FORMAT=WKT2_2018", nullptr};
    if (OSRExportToWktEx(srs, &wkt, opts) != OGRERR_NONE) {
        CPLFree(wkt);
        return {};
    }
    CplString holder(wkt);
    return QString::fromUtf8(wkt);
}
}  // namespace

QString srsLabel(OGRSpatialReferenceH srs)
{
    if (!srs) return {};
    QString code = authorityCode(srs);
    if (!code.isEmpty()) return code;
    const char* name = OSRGetName(srs);
    if (name && *name) return QString::fromUtf8(name);
    return wkt2(srs);
}

QString srsDefinition(OGRSpatialReferenceH srs)
{
    if (!srs) return {};
    const QString code = authorityCode(srs);
    if (!code.isEmpty()) return code;
    return wkt2(srs);
}

namespace {
std::filesystem::path fsPath(const QString& p)
{
#ifdef _WIN32
    return std::filesystem::path(p.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(p).toStdString());
#endif
}
}  // namespace

QString tempPathBeside(const QString& target)
{
    const QFileInfo fi(target);
    const QString name = QStringLiteral(".%1.%2.tmp.%3")
                             .arg(fi.completeBaseName(),
                                  QUuid::createUuid().toString(QUuid::Id128).left(12), fi.suffix());
    return fi.absoluteDir().filePath(name);
}

bool commitTemp(const QString& tmp, const QString& target, QString* why)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(tmp), fsPath(target), ec);
    if (ec) {
        if (why) *why = QString::fromStdString(ec.message());
        discardTemp(tmp);
        return false;
    }
    QFile::remove(tmp + QStringLiteral(".aux.xml"));
    return true;
}

void discardTemp(const QString& tmp)
{
    QFile::remove(tmp);
    QFile::remove(tmp + QStringLiteral(".aux.xml"));
    QFile::remove(tmp + QStringLiteral(".ovr"));
    QFile::remove(tmp + QStringLiteral(".msk"));
}

}  // namespace dosi::gis::gdal
