#pragma once
// Private RAII helpers over the GDAL/OGR C API: owning handles, one-time driver registration,
// a scoped error collector (no printing to stderr) and atomic-file helpers.

#include <QString>
#include <QStringList>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace dosi::gis::gdal {

// GDALAllRegister() once per process (thread-safe).
void ensureRegistered();

struct DatasetDeleter { void operator()(void* h) const { if (h) GDALClose(h); } };
struct FeatureDeleter { void operator()(void* h) const { if (h) OGR_F_Destroy(h); } };
struct GeometryDeleter { void operator()(void* h) const { if (h) OGR_G_DestroyGeometry(h); } };
struct SrsDeleter { void operator()(void* h) const { if (h) OSRRelease(h); } };
struct TransformDeleter { void operator()(void* h) const { if (h) OCTDestroyCoordinateTransformation(h); } };
struct CslDeleter { void operator()(char** h) const { if (h) CSLDestroy(h); } };
struct CplFreeDeleter { void operator()(void* h) const { if (h) CPLFree(h); } };

using DatasetPtr = std::unique_ptr<void, DatasetDeleter>;
using FeaturePtr = std::unique_ptr<void, FeatureDeleter>;
using GeometryPtr = std::unique_ptr<void, GeometryDeleter>;
using SrsPtr = std::unique_ptr<void, SrsDeleter>;
using TransformPtr = std::unique_ptr<void, TransformDeleter>;
using CslPtr = std::unique_ptr<char*, CslDeleter>;
using CplString = std::unique_ptr<char, CplFreeDeleter>;

// Collects GDAL errors and warnings of this thread for its lifetime instead of printing them.
class ErrorCollector {
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector&) = delete;
    ErrorCollector& operator=(const ErrorCollector&) = delete;

    QString lastError() const { return m_lastError; }   // most recent CE_Failure/CE_Fatal
    QStringList warnings() const { return m_warnings; }
    void clear() { m_lastError.clear(); m_warnings.clear(); }

private:
    static void CPL_STDCALL handler(CPLErr cls, CPLErrorNum num, const char* msg);
    QString m_lastError;
    QStringList m_warnings;
};

// A spatial reference with traditional GIS axis order (x = lon/easting).
SrsPtr srsFromUserInput(const QString& definition);
SrsPtr srsFromEpsg(int code);
// "EPSG:4326" when an authority code is known, else the CRS name (or WKT if unnamed).
QString srsLabel(OGRSpatialReferenceH srs);
// PROJ-ready definition (authority code, else WKT2).
QString srsDefinition(OGRSpatialReferenceH srs);

// A unique temporary path beside `target` (same folder, so a rename is atomic).
QString tempPathBeside(const QString& target);
// Renames tmp over target (replacing it). On failure removes tmp and returns false with why.
bool commitTemp(const QString& tmp, const QString& target, QString* why);
// Removes a temporary GDAL file and any side-car files GDAL may have written.
void discardTemp(const QString& tmp);

}  // namespace dosi::gis::gdal
