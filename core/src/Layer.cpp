#include "dosi/core/Layer.h"

#include <algorithm>

namespace dosi {

QString layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Boundaries: return QStringLiteral("boundaries");
    case LayerKind::Points: return QStringLiteral("points");
    case LayerKind::Grid: return QStringLiteral("grid");
    case LayerKind::Measure: return QStringLiteral("measure");
    }
    return QStringLiteral("boundaries");
}

LayerKind layerKindFromName(const QString& name)
{
    if (name == QLatin1String("points")) return LayerKind::Points;
    if (name == QLatin1String("grid")) return LayerKind::Grid;
    if (name == QLatin1String("measure")) return LayerKind::Measure;
    return LayerKind::Boundaries;
}

void Envelope::expand(const Envelope& o)
{
    if (o.isNull()) return;
    if (isNull()) {
        *this = o;
        return;
    }
    minX = std::min(minX, o.minX);
    minY = std::min(minY, o.minY);
    maxX = std::max(maxX, o.maxX);
    maxY = std::max(maxY, o.maxY);
}

int LayerInfo::fieldIndex(const QString& fieldName) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName) return i;
    return -1;
}

void MeasureTable::addRow(const QString& unit, const QString& time, const QVector<double>& values)
{
    if (columns.size() != fields.size()) columns.resize(fields.size());
    units.append(unit);
    times.append(time);
    for (int f = 0; f < fields.size(); ++f)
        columns[f].append(f < values.size() ? values[f] : std::numeric_limits<double>::quiet_NaN());
}

}  // namespace dosi
