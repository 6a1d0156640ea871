#pragma once
// Field expressions of measure layers ("a" or "a+b+c"), read with the scenario applied. Private to
// the models library (RegenData.cpp, RegenIndexData.cpp).

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/Scenario.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::models {
struct FieldRef;
}

namespace dosi::models::detail {

struct KeyedValue {
    QString unit, time;
    double value;
};

QStringList expressionParts(const QString& expression);
// Every part is a stored or derivable field of the layer; the error names the missing one.
Result<void> checkFieldExpression(const LayerInfo& layer, const QString& expression);
// Values of the expression per (unit, time), in the store's order. `units` empty = all; `time` empty = all.
Result<QVector<KeyedValue>> readFieldValues(const ProjectStore& store, const FieldRef& ref, const QStringList& units,
                                            const Scenario& scenario, const QString& time = {});

}  // namespace dosi::models::detail
