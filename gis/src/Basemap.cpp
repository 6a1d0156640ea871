#include "dosi/gis/Basemap.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dosi::gis {

struct Basemap::Impl {
    QString path;
};

Basemap::Basemap() : d(std::make_unique<Impl>()) {}
Basemap::~Basemap() = default;
QString Basemap::path() const { return d->path; }

Result<std::shared_ptr<const Basemap>> Basemap::open(const QString& path)
{
    return makeError(QCoreApplication::translate("dosi::gis::Basemap", "Cannot open %1 as a background map.")
                         .arg(QFileInfo(path).fileName()));
}

void drawBasemap(QPainter&, const Basemap&, const MapView&, double, const std::atomic_bool*) {}

}  // namespace dosi::gis
