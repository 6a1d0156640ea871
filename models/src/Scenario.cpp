// What-if scenarios: adjustments applied in memory to measure tables read from the project.
#include "dosi/models/Scenario.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace dosi::models {

namespace {

QString opText(Adjustment::Op op, double value)
{
    const QString v = QString::number(value, 'g', 12);
    if (op == Adjustment::Op::Scale) return QStringLiteral("×") + v;
    return value >= 0 ? QStringLiteral("+") + v : v;
}

QString unitsText(const QStringList& units)
{
    if (units.size() <= 5) return units.join(QStringLiteral(", "));
    return QCoreApplication::translate("dosi::models::Scenario", "%1, … (%2 units)")
        .arg(QStringList(units.mid(0, 3)).join(QStringLiteral(", ")))
        .arg(units.size());
}

}  // namespace

QJsonObject Adjustment::toJson() const
{
    QJsonObject o{
        {QStringLiteral("layer"), layer},
        {QStringLiteral("field"), field},
        {QStringLiteral("units"), QJsonArray::fromStringList(units)},
        {QStringLiteral("op"), op == Op::Scale ? QStringLiteral("scale") : QStringLiteral("add")},
        {QStringLiteral("value"), value},
    };
    if (!fromTime.isEmpty()) o.insert(QStringLiteral("from_time"), fromTime);
    return o;
}

Adjustment Adjustment::fromJson(const QJsonObject& o)
{
    Adjustment a;
    a.layer = o.value(QLatin1String("layer")).toString();
    a.field = o.value(QLatin1String("field")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("units")).toArray()) a.units << v.toString();
    a.fromTime = o.value(QLatin1String("from_time")).toString();
    a.op = o.value(QLatin1String("op")).toString() == QLatin1String("scale") ? Op::Scale : Op::Add;
    a.value = o.value(QLatin1String("value")).toDouble(a.op == Op::Scale ? 1.0 : 0.0);
    return a;
}

QString Adjustment::describe() const
{
    const QString target = layer + QLatin1Char('.') + field;
    const QString change = opText(op, value);
    if (units.isEmpty()) {
        if (fromTime.isEmpty())
            return QCoreApplication::translate("dosi::models::Scenario", "%1 %2 in every unit").arg(target, change);
        return QCoreApplication::translate("dosi::models::Scenario", "%1 %2 in every unit from %3").arg(target, change, fromTime);
    }
    if (fromTime.isEmpty())
        return QCoreApplication::translate("dosi::models::Scenario", "%1 %2 in %3").arg(target, change, unitsText(units));
    return QCoreApplication::translate("dosi::models::Scenario", "%1 %2 in %3 from %4")
        .arg(target, change, unitsText(units), fromTime);
}

QJsonObject Scenario::toJson() const
{
    QJsonArray arr;
    for (const Adjustment& a : adjustments) arr.append(a.toJson());
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("adjustments"), arr}};
}

Scenario Scenario::fromJson(const QJsonObject& o)
{
    Scenario s;
    s.name = o.value(QLatin1String("name")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("adjustments")).toArray()) s.adjustments << Adjustment::fromJson(v.toObject());
    return s;
}

int applyScenario(const Scenario& s, const QString& layer, MeasureTable& table)
{
    QVector<QVector<bool>> touched(table.fields.size());
    int changed = 0;
    for (const Adjustment& a : s.adjustments) {
        if (a.layer != layer) continue;
        const int f = table.fieldIndex(a.field);
        if (f < 0 || f >= table.columns.size()) continue;
        QVector<double>& col = table.columns[f];
        if (touched[f].isEmpty()) touched[f].fill(false, col.size());
        const QSet<QString> units(a.units.cbegin(), a.units.cend());
        const int rows = std::min(int(col.size()), table.rowCount());
        for (int r = 0; r < rows; ++r) {
            if (!units.isEmpty() && !units.contains(table.units[r])) continue;
            if (!a.fromTime.isEmpty() && (r >= table.times.size() || table.times[r] < a.fromTime)) continue;
            double& v = col[r];
            if (!hasValue(v)) continue;   // missing and masked values stay as they are
            v = a.op == Adjustment::Op::Scale ? v * a.value : v + a.value;
            if (!touched[f][r]) {
                touched[f][r] = true;
                ++changed;
            }
        }
    }
    return changed;
}

}  // namespace dosi::models
