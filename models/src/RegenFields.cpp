// Field expressions of measure layers (RegenFields.h).

#include "RegenFields.h"

#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"
#include "dosi/models/RegenData.h"

#include <QCoreApplication>
#include <QSet>

namespace dosi::models::detail {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenData)
};
}  // namespace

QStringList expressionParts(const QString& expression)
{
    QStringList parts;
    for (const QString& p : expression.split(QLatin1Char('+'), Qt::SkipEmptyParts)) parts.append(p.trimmed());
    return parts;
}

Result<void> checkFieldExpression(const LayerInfo& layer, const QString& expression)
{
    const QStringList parts = expressionParts(expression);
    if (parts.isEmpty()) return makeError(Tr::tr("No field given for layer \"%1\".").arg(layer.name));
    for (const QString& p : parts)
        if (!gis::measureFieldAvailable(layer, p))
            return makeError(Tr::tr("Layer \"%1\" has no field \"%2\".").arg(layer.name, p));
    return {};
}

Result<QVector<KeyedValue>> readFieldValues(const ProjectStore& store, const FieldRef& ref, const QStringList& units,
                                            const Scenario& scenario, const QString& time)
{
    const auto layer = store.layer(ref.layer);
    if (!layer) return makeError(Tr::tr("The project has no layer \"%1\".").arg(ref.layer));
    if (auto ok = checkFieldExpression(*layer, ref.field); !ok) return ok.error();
    const QStringList parts = expressionParts(ref.field);
    QStringList unique;
    for (const QString& p : parts)
        if (!unique.contains(p)) unique.append(p);
    auto table = gis::readMeasuresWithDerived(store, ref.layer, unique, time);
    if (!table) return table.error();
    applyScenario(scenario, ref.layer, table.value());
    QVector<int> cols;
    for (const QString& p : parts) cols.append(table->fieldIndex(p));
    const QSet<QString> wanted(units.cbegin(), units.cend());
    QVector<KeyedValue> out;
    out.reserve(table->rowCount());
    for (int r = 0; r < table->rowCount(); ++r) {
        if (!wanted.isEmpty() && !wanted.contains(table->units[r])) continue;
        double sum = 0;
        bool missing = false;
        for (int c : cols) {
            const double v = c >= 0 ? table->columns[c][r] : missingValue();
            if (!hasValue(v)) { missing = true; break; }
            sum += v;
        }
        out.append(KeyedValue{table->units[r], table->times[r], missing ? missingValue() : sum});
    }
    return out;
}

}  // namespace dosi::models::detail
