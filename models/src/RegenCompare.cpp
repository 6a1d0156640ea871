// Comparing two regeneration runs unit by unit (RegenRun.h).

#include "dosi/models/RegenRun.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenRun)
};

QJsonValue num(double v) { return hasValue(v) && std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

bool sameValue(double a, double b)
{
    if (!hasValue(a) || !hasValue(b)) return hasValue(a) == hasValue(b);
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

}  // namespace

Result<RunComparison> compareRuns(const ProjectStore& store, qint64 runA, qint64 runB)
{
    const auto a = store.run(runA);
    if (!a) return makeError(Tr::tr("The project has no run %1.").arg(runA));
    const auto b = store.run(runB);
    if (!b) return makeError(Tr::tr("The project has no run %1.").arg(runB));
    if (a->kind != b->kind)
        return makeError(Tr::tr("Runs %1 (%2) and %3 (%4) are of different kinds.").arg(runA).arg(a->kind).arg(runB).arg(b->kind));
    if (a->resultLayers.isEmpty() || b->resultLayers.isEmpty())
        return makeError(Tr::tr("Run %1 or %2 has no result layer.").arg(runA).arg(runB));
    const QString la = a->resultLayers.first(), lb = b->resultLayers.first();
    const auto ia = store.layer(la);
    const auto ib = store.layer(lb);
    if (!ia || !ib) return makeError(Tr::tr("The result layer of run %1 or %2 was removed.").arg(runA).arg(runB));

    RunComparison c;
    c.a = *a;
    c.b = *b;
    for (const FieldInfo& f : ia->fields)
        if (ib->fieldIndex(f.name) >= 0) c.fields.append(f.name);
    auto ta = store.readMeasures(la, c.fields);
    if (!ta) return ta.error();
    auto tb = store.readMeasures(lb, c.fields);
    if (!tb) return tb.error();
    // The last time both have (forecasts: the horizon's end; diagnosis: the year assessed).
    QSet<QString> timesA(ta->times.cbegin(), ta->times.cend());
    QString time;
    for (const QString& t : tb->times)
        if (timesA.contains(t) && t > time) time = t;
    if (time.isEmpty() && !ta->times.isEmpty() && !timesA.contains(QString())) time = ta->times.last();
    QMap<QString, int> rowA, rowB;
    for (int r = 0; r < ta->rowCount(); ++r)
        if (ta->times[r] == time) rowA.insert(ta->units[r], r);
    for (int r = 0; r < tb->rowCount(); ++r)
        if (tb->times[r] == time) rowB.insert(tb->units[r], r);
    QSet<QString> units(rowA.keyBegin(), rowA.keyEnd());
    for (auto it = rowB.keyBegin(); it != rowB.keyEnd(); ++it) units.insert(*it);
    c.units = QStringList(units.cbegin(), units.cend());
    c.units.sort();
    c.valuesA.resize(c.fields.size());
    c.valuesB.resize(c.fields.size());
    QVector<bool> changed(c.units.size(), false);
    for (int f = 0; f < c.fields.size(); ++f) {
        for (int u = 0; u < c.units.size(); ++u) {
            const int ra = rowA.value(c.units[u], -1), rb = rowB.value(c.units[u], -1);
            const double va = ra >= 0 ? ta->columns[f][ra] : missingValue();
            const double vb = rb >= 0 ? tb->columns[f][rb] : missingValue();
            c.valuesA[f].append(va);
            c.valuesB[f].append(vb);
            if (!sameValue(va, vb)) changed[u] = true;
        }
    }
    c.changedUnits = int(std::count(changed.cbegin(), changed.cend(), true));
    return c;
}

QJsonObject comparisonJson(const RunComparison& c)
{
    QJsonArray rows;
    for (int u = 0; u < c.units.size(); ++u) {
        QJsonObject row{{QStringLiteral("unit"), c.units[u]}};
        for (int f = 0; f < c.fields.size(); ++f) {
            const double a = c.valuesA[f][u], b = c.valuesB[f][u];
            row.insert(c.fields[f], QJsonObject{{QStringLiteral("a"), num(a)}, {QStringLiteral("b"), num(b)},
                                                {QStringLiteral("difference"), num(b - a)}});
        }
        rows.append(row);
    }
    QJsonArray fields;
    for (const QString& f : c.fields) fields.append(f);
    return {{QStringLiteral("kind"), c.a.kind},
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("id"), c.a.id}, {QStringLiteral("title"), c.a.title}}},
            {QStringLiteral("b"), QJsonObject{{QStringLiteral("id"), c.b.id}, {QStringLiteral("title"), c.b.title}}},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("units"), int(c.units.size())},
            {QStringLiteral("changed_units"), c.changedUnits},
            {QStringLiteral("rows"), rows}};
}

Result<void> writeComparisonCsv(const RunComparison& c, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) return makeError(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    auto number = [](double v) { return hasValue(v) && std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); };
    QByteArray out("unit,field,a,b,difference\n");
    for (int u = 0; u < c.units.size(); ++u)
        for (int k = 0; k < c.fields.size(); ++k) {
            const double a = c.valuesA[k][u], b = c.valuesB[k][u];
            out += (c.units[u] + QLatin1Char(',') + c.fields[k] + QLatin1Char(',') + number(a) + QLatin1Char(',') + number(b) +
                    QLatin1Char(',') + number(b - a) + QLatin1Char('\n')).toUtf8();
        }
    f.write(out);
    if (!f.commit()) return makeError(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

}  // namespace dosi::models
