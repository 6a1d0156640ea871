#include "dosi/gis/ThematicCompare.h"

#include <QCoreApplication>

namespace dosi::gis {

Result<ThematicLayer> buildDifferenceLayer(const ProjectStore&, const ThematicSpec&, const QString&,
                                           std::shared_ptr<const FeatureLayerData>)
{
    return makeError(QCoreApplication::translate("dosi::gis::ThematicCompare", "Difference maps are not available yet."));
}

Result<QImage> renderSideBySide(const ProjectStore&, const ThematicSpec&, const QString&, const QSize&, const MapDecorations&)
{
    return makeError(QCoreApplication::translate("dosi::gis::ThematicCompare", "Side-by-side maps are not available yet."));
}

}  // namespace dosi::gis
