// Derived living-population measures and time aggregation (see DerivedMeasures.h for the rules).
#include "dosi/gis/DerivedMeasures.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace dosi::gis {

namespace {

// The official band suffixes, youngest first.
const QStringList& bandSuffixes()
{
    static const QStringList s = {QStringLiteral("0_9"),   QStringLiteral("10_14"), QStringLiteral("15_19"),
                                  QStringLiteral("20_24"), QStringLiteral("25_29"), QStringLiteral("30_34"),
                                  QStringLiteral("35_39"), QStringLiteral("40_44"), QStringLiteral("45_49"),
                                  QStringLiteral("50_54"), QStringLiteral("55_59"), QStringLiteral("60_64"),
                                  QStringLiteral("65_69"), QStringLiteral("70_plus")};
    return s;
}

QStringList bands(const QStringList& sexes, int from, int to)  // suffix indexes [from, to)
{
    QStringList out;
    for (const QString& sex : sexes)
        for (int i = from; i < to; ++i) out << sex + QLatin1Char('_') + bandSuffixes()[i];
    return out;
}

const QStringList kBoth = {QStringLiteral("male"), QStringLiteral("female")};

// Fields each derived measure needs (band fields); "total", "male", "female" may also come as is.
QStringList neededFields(const QString& name)
{
    if (name == QLatin1String("total") || name == QLatin1String("total_bands")) return bands(kBoth, 0, 14);
    if (name == QLatin1String("male")) return bands({QStringLiteral("male")}, 0, 14);
    if (name == QLatin1String("female")) return bands({QStringLiteral("female")}, 0, 14);
    if (name == QLatin1String("age_0_14")) return bands(kBoth, 0, 2);
    if (name == QLatin1String("age_15_64")) return bands(kBoth, 2, 12);
    if (name == QLatin1String("age_65_plus")) return bands(kBoth, 12, 14);
    if (name == QLatin1String("extinction_risk"))
        return bands({QStringLiteral("female")}, 3, 7) + bands(kBoth, 12, 14);
    return {};
}

bool isAgeMeasure(const QString& name)
{
    return name.startsWith(QLatin1String("age_")) || name == QLatin1String("extinction_risk");
}

bool passThrough(const QString& name, const QStringList& fields)
{
    return (name == QLatin1String("total") || name == QLatin1String("male") || name == QLatin1String("female"))
        && fields.contains(name);
}

QStringList absent(const QStringList& needed, const QStringList& fields)
{
    QStringList out;
    for (const QString& f : needed)
        if (!fields.contains(f)) out << f;
    return out;
}

// Sum of one row over columns; missing dominates masked (see the header).
double sumRow(const QVector<const QVector<double>*>& cols, int row)
{
    double s = 0;
    bool masked = false;
    for (const QVector<double>* c : cols) {
        const double v = (*c)[row];
        if (isMasked(v)) masked = true;
        else if (std::isnan(v)) return missingValue();
        else s += v;
    }
    return masked ? maskedValue() : s;
}

QVector<const QVector<double>*> columnsOf(const MeasureTable& in, const QStringList& names)
{
    QVector<const QVector<double>*> out;
    for (const QString& n : names) out << &in.columns[in.fieldIndex(n)];
    return out;
}

}  // namespace

QStringList derivedMeasureNames()
{
    return {QStringLiteral("total"),    QStringLiteral("total_bands"), QStringLiteral("male"),
            QStringLiteral("female"),   QStringLiteral("age_0_14"),    QStringLiteral("age_15_64"),
            QStringLiteral("age_65_plus"), QStringLiteral("extinction_risk")};
}

QStringList derivableMeasures(const QStringList& fields)
{
    QStringList out;
    for (const QString& n : derivedMeasureNames())
        if (passThrough(n, fields) || absent(neededFields(n), fields).isEmpty()) out << n;
    return out;
}

Result<MeasureTable> deriveMeasures(const MeasureTable& in, const QStringList& wanted, QStringList* notes)
{
    const int rows = in.rowCount();
    MeasureTable out;
    out.units = in.units;
    out.times = in.times;
    for (const QString& name : wanted) {
        if (!derivedMeasureNames().contains(name))
            return makeError(QCoreApplication::translate("dosi::DerivedMeasures",
                                                         "\"%1\" is not a derived measure; known: %2.")
                                 .arg(name, derivedMeasureNames().join(QStringLiteral(", "))));
        if (out.fields.contains(name)) continue;
        QVector<double> column(rows);
        if (passThrough(name, in.fields) && name != QLatin1String("total_bands")) {
            column = in.columns[in.fieldIndex(name)];
        } else {
            const QStringList missing = absent(neededFields(name), in.fields);
            if (!missing.isEmpty()) {
                const bool undocumented = isAgeMeasure(name) && in.fields.contains(QStringLiteral("age_band_1"));
                if (undocumented)
                    return makeError(QCoreApplication::translate("dosi::DerivedMeasures",
                                                                 "Cannot derive %1: the layer has no documented age "
                                                                 "bands (its age_band_1..6 are not defined by the "
                                                                 "source); only total, male and female are available.")
                                         .arg(name));
                QStringList shown = missing.mid(0, 6);
                if (missing.size() > 6) shown << QStringLiteral("…");
                return makeError(QCoreApplication::translate("dosi::DerivedMeasures",
                                                             "Cannot derive %1: the layer lacks the field(s) %2.")
                                     .arg(name, shown.join(QStringLiteral(", "))));
            }
            if (name == QLatin1String("extinction_risk")) {
                const auto women = columnsOf(in, bands({QStringLiteral("female")}, 3, 7));
                const auto old = columnsOf(in, bands(kBoth, 12, 14));
                int zero = 0;
                for (int r = 0; r < rows; ++r) {
                    const double w = sumRow(women, r), o = sumRow(old, r);
                    if (isMissing(w) || isMissing(o)) column[r] = missingValue();
                    else if (isMasked(w) || isMasked(o)) column[r] = maskedValue();
                    else if (o == 0) {
                        column[r] = missingValue();
                        ++zero;
                    } else column[r] = w / o;
                }
                if (zero > 0 && notes)
                    notes->append(QCoreApplication::translate("dosi::DerivedMeasures",
                                                              "extinction_risk: %1 row(s) have no people aged 65+ "
                                                              "and are left missing.")
                                      .arg(zero));
            } else {
                const auto cols = columnsOf(in, neededFields(name));
                for (int r = 0; r < rows; ++r) column[r] = sumRow(cols, r);
            }
        }
        if ((name == QLatin1String("total_bands") || (name == QLatin1String("total") && !in.fields.contains(name)))
            && notes) {
            if (in.fields.contains(QStringLiteral("total"))) {
                const QVector<double>& published = in.columns[in.fieldIndex(QStringLiteral("total"))];
                double worst = 0;
                int at = -1;
                for (int r = 0; r < rows; ++r)
                    if (hasValue(published[r]) && hasValue(column[r]) && std::abs(published[r] - column[r]) > worst) {
                        worst = std::abs(published[r] - column[r]);
                        at = r;
                    }
                if (at >= 0)
                    notes->append(QCoreApplication::translate("dosi::DerivedMeasures",
                                                              "total_bands differs from the published total by up "
                                                              "to %1 (unit %2 at %3); the published parts need not "
                                                              "sum to the total.")
                                      .arg(worst, 0, 'f', 5)
                                      .arg(in.units[at], in.times[at]));
                else
                    notes->append(QCoreApplication::translate("dosi::DerivedMeasures", "total_bands equals the published total wherever both are known."));
            } else {
                notes->append(QCoreApplication::translate("dosi::DerivedMeasures", "The layer has no published total; total is the sum of the 28 age/sex bands."));
            }
        }
        out.fields << name;
        out.columns << column;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

namespace {

// Output time key of an input key, or empty when it does not fit.
QString groupKey(const QString& time, TimeAggregate by)
{
    QDate date;
    int hour = -1;
    if (!parseHourKey(time, &date, &hour)) {
        hour = -1;
        date = QDate::fromString(time, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) return {};
    }
    switch (by) {
    case TimeAggregate::HourOfDay:
        return hour < 0 ? QString() : QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
    case TimeAggregate::Day: return date.toString(QStringLiteral("yyyy-MM-dd"));
    case TimeAggregate::Week: {
        int isoYear = 0;
        const int week = date.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

}  // namespace

MeasureTable aggregateTime(const MeasureTable& in, TimeAggregate by, Stat stat, TimeAggregateReport* report)
{
    // Group rows by (unit, key), output sorted by unit then key.
    QMap<QPair<QString, QString>, QVector<int>> groups;
    QHash<QString, QString> keyCache;
    int skipped = 0;
    for (int r = 0; r < in.rowCount(); ++r) {
        auto it = keyCache.constFind(in.times[r]);
        if (it == keyCache.constEnd()) it = keyCache.insert(in.times[r], groupKey(in.times[r], by));
        if (it->isEmpty()) {
            ++skipped;
            continue;
        }
        groups[{in.units[r], *it}].append(r);
    }
    MeasureTable out;
    out.fields = in.fields;
    const int nf = int(in.fields.size());
    out.columns.resize(nf);
    TimeAggregateReport rep;
    rep.skippedRows = skipped;
    rep.known.resize(nf);
    rep.masked.resize(nf);
    rep.missing.resize(nf);
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        out.units << g.key().first;
        out.times << g.key().second;
        for (int f = 0; f < nf; ++f) {
            const QVector<double>& col = in.columns[f];
            double sum = 0;
            int known = 0, masked = 0, missing = 0;
            for (int r : g.value()) {
                const double v = col[r];
                if (isMasked(v)) ++masked;
                else if (std::isnan(v)) ++missing;
                else {
                    sum += v;
                    ++known;
                }
            }
            double value;
            if (known == 0) value = masked > 0 ? maskedValue() : missingValue();
            else value = stat == Stat::Sum ? sum : sum / known;
            out.columns[f].append(value);
            rep.known[f].append(known);
            rep.masked[f].append(masked);
            rep.missing[f].append(missing);
            rep.maskedTotal += masked;
            rep.missingTotal += missing;
        }
    }
    if (report) *report = std::move(rep);
    return out;
}

}  // namespace dosi::gis
