#pragma once
// Private to gis: how a feature's code finds its measure unit. Exact match, else the Seoul 8-digit
// code of a MOIS 10-digit code ending in "00" (living-population files use the 8-digit codes).

#include "dosi/core/Values.h"

#include <QHash>
#include <QString>

namespace dosi::gis::detail {

inline double lookupUnit(const QHash<QString, double>& byUnit, const QString& code)
{
    auto it = byUnit.constFind(code);
    if (it != byUnit.constEnd()) return *it;
    if (code.size() == 10 && code.endsWith(QLatin1String("00"))) {
        it = byUnit.constFind(code.left(8));
        if (it != byUnit.constEnd()) return *it;
    }
    return missingValue();
}

}  // namespace dosi::gis::detail
