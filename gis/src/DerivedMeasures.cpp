// Derived living-population measures and time aggregation (see DerivedMeasures.h for the rules).
#include "dosi/gis/DerivedMeasures.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/MeasureImport.h"

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

// Stored names with the official Seoul column names read as their band names ("남자0세부터9세생활인구수"
// -> male_0_9, "총생활인구수" -> total); the indexes stay those of the stored fields.
QStringList canonicalFields(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) out << livingPopulationFieldName(f);
    return out;
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

// `canon` = canonicalFields(in.fields); every name must be in it.
QVector<const QVector<double>*> columnsOf(const MeasureTable& in, const QStringList& canon, const QStringList& names)
{
    QVector<const QVector<double>*> out;
    for (const QString& n : names) out << &in.columns[canon.indexOf(n)];
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
    const QStringList canon = canonicalFields(fields);
    QStringList out;
    for (const QString& n : derivedMeasureNames())
        if (passThrough(n, canon) || absent(neededFields(n), canon).isEmpty()) out << n;
    return out;
}

Result<MeasureTable> deriveMeasures(const MeasureTable& in, const QStringList& wanted, QStringList* notes)
{
    const int rows = in.rowCount();
    const QStringList canon = canonicalFields(in.fields);
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
        if (passThrough(name, canon) && name != QLatin1String("total_bands")) {
            column = in.columns[canon.indexOf(name)];
        } else {
            const QStringList missing = absent(neededFields(name), canon);
            if (!missing.isEmpty()) {
                const bool undocumented = isAgeMeasure(name) && canon.contains(QStringLiteral("age_band_1"));
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
                const auto women = columnsOf(in, canon, bands({QStringLiteral("female")}, 3, 7));
                const auto old = columnsOf(in, canon, bands(kBoth, 12, 14));
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
                const auto cols = columnsOf(in, canon, neededFields(name));
                for (int r = 0; r < rows; ++r) column[r] = sumRow(cols, r);
            }
        }
        if ((name == QLatin1String("total_bands") || (name == QLatin1String("total") && !canon.contains(name)))
            && notes) {
            if (canon.contains(QStringLiteral("total"))) {
                const QVector<double>& published = in.columns[canon.indexOf(QStringLiteral("total"))];
                double worst = 0;
                int at = -1;
                for (int r = 0; r < rows; ++r)
                    if (hasValue(published[r]) && hasValue(column[r]) && std::abs(published[r] - column[r]) > worst) {
                        worst = std::abs(published[r] - column[r]);
                        at = r;
                    }
                if (at >= 0 && !in.times[at].isEmpty())
                    notes->append(QCoreApplication::translate("dosi::DerivedMeasures",
                                                              "total_bands differs from the published total by up "
                                                              "to %1 (unit %2 at %3); the published parts need not "
                                                              "sum to the total.")
                                      .arg(worst, 0, 'f', 5)
                                      .arg(in.units[at], in.times[at]));
                else if (at >= 0)
                    notes->append(QCoreApplication::translate("dosi::DerivedMeasures",
                                                              "total_bands differs from the published total by up "
                                                              "to %1 (unit %2); the published parts need not sum to "
                                                              "the total.")
                                      .arg(worst, 0, 'f', 5)
                                      .arg(in.units[at]));
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

namespace {

// The stored fields that deriving `wanted` reads (stored names, e.g. Korean column names).
QStringList sourceFields(const QStringList& wanted, const QStringList& stored)
{
    const QStringList canon = canonicalFields(stored);
    QStringList out;
    auto add = [&](const QString& c) {
        const int i = int(canon.indexOf(c));
        if (i >= 0 && !out.contains(stored[i])) out << stored[i];
    };
    for (const QString& name : wanted) {
        if (passThrough(name, canon) && name != QLatin1String("total_bands")) {
            add(name);
            continue;
        }
        for (const QString& f : neededFields(name)) add(f);
        // The published total, for the band-sum discrepancy note.
        if (name == QLatin1String("total") || name == QLatin1String("total_bands")) add(QStringLiteral("total"));
    }
    return out;
}

QStringList fieldNames(const LayerInfo& layer)
{
    QStringList out;
    for (const FieldInfo& f : layer.fields) out << f.name;
    return out;
}

// deriveMeasures() over no rows: the same errors, without reading anything.
Result<void> checkDerivable(const QStringList& stored, const QStringList& wanted)
{
    MeasureTable probe;
    probe.fields = stored;
    probe.columns.resize(stored.size());
    auto r = deriveMeasures(probe, wanted, nullptr);
    if (!r) return r.error();
    return {};
}

}  // namespace

QString derivedMeasureLabel(const QString& name)
{
    const char* text = nullptr;
    if (name == QLatin1String("total")) text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Total population");
    else if (name == QLatin1String("total_bands"))
        text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Sum of the 28 age/sex bands");
    else if (name == QLatin1String("male")) text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Men");
    else if (name == QLatin1String("female")) text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Women");
    else if (name == QLatin1String("age_0_14")) text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Age 0-14");
    else if (name == QLatin1String("age_15_64")) text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Age 15-64");
    else if (name == QLatin1String("age_65_plus"))
        text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Age 65 and over");
    else if (name == QLatin1String("extinction_risk"))
        text = QT_TRANSLATE_NOOP("dosi::DerivedMeasures", "Extinction risk index (소멸위험지수)");
    return text ? QCoreApplication::translate("dosi::DerivedMeasures", text) : name;
}

QStringList extraDerivedMeasures(const QStringList& storedFields)
{
    QStringList out;
    for (const QString& n : derivableMeasures(storedFields))
        if (!storedFields.contains(n)) out << n;
    return out;
}

bool measureFieldAvailable(const LayerInfo& layer, const QString& field)
{
    if (layer.fieldIndex(field) >= 0) return true;
    return layer.kind == LayerKind::Measure && derivableMeasures(fieldNames(layer)).contains(field);
}

Result<MeasureTable> readMeasuresWithDerived(const ProjectStore& store, const QString& layer,
                                             const QStringList& fields, const QString& time, QStringList* notes)
{
    const std::optional<LayerInfo> info = store.layer(layer);
    if (!info || info->kind != LayerKind::Measure)
        return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "The project has no measure layer named \"%1\".")
                             .arg(layer));
    const QStringList stored = fieldNames(*info);
    QStringList derived;
    for (const QString& f : fields) {
        if (stored.contains(f)) continue;
        if (!derivedMeasureNames().contains(f))
            return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "Layer \"%1\" has no field \"%2\".")
                                 .arg(layer, f));
        if (auto ok = checkDerivable(stored, {f}); !ok)
            return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "Layer \"%1\": %2")
                                 .arg(layer, ok.errorMessage()));
        if (!derived.contains(f)) derived << f;
    }
    if (derived.isEmpty()) return store.readMeasures(layer, fields, time);

    QStringList read;
    for (const QString& f : fields)
        if (stored.contains(f) && !read.contains(f)) read << f;
    for (const QString& f : sourceFields(derived, stored))
        if (!read.contains(f)) read << f;
    auto table = store.readMeasures(layer, read, time);
    if (!table) return table.error();
    auto computed = deriveMeasures(table.value(), derived, notes);
    if (!computed) return computed.error();
    MeasureTable out;
    out.units = table->units;
    out.times = table->times;
    for (const QString& f : fields) {
        if (out.fields.contains(f)) continue;
        const bool isStored = stored.contains(f);
        const MeasureTable& from = isStored ? table.value() : computed.value();
        out.fields << f;
        out.columns << from.columns[from.fieldIndex(f)];
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

bool timeAggregateFromName(const QString& name, TimeAggregate* by)
{
    const QString n = name.trimmed().toLower();
    TimeAggregate v;
    if (n == QLatin1String("hour-of-day")) v = TimeAggregate::HourOfDay;
    else if (n == QLatin1String("day")) v = TimeAggregate::Day;
    else if (n == QLatin1String("week")) v = TimeAggregate::Week;
    else return false;
    if (by) *by = v;
    return true;
}

QString timeAggregateName(TimeAggregate by)
{
    switch (by) {
    case TimeAggregate::HourOfDay: return QStringLiteral("hour-of-day");
    case TimeAggregate::Day: return QStringLiteral("day");
    case TimeAggregate::Week: return QStringLiteral("week");
    }
    return {};
}

bool statFromName(const QString& name, Stat* stat)
{
    const QString n = name.trimmed().toLower();
    Stat v;
    if (n == QLatin1String("sum")) v = Stat::Sum;
    else if (n == QLatin1String("mean")) v = Stat::Mean;
    else return false;
    if (stat) *stat = v;
    return true;
}

QString statName(Stat stat) { return stat == Stat::Sum ? QStringLiteral("sum") : QStringLiteral("mean"); }

Result<DerivedLayer> deriveLayer(const ProjectStore& store, const QString& layer, const QStringList& measures,
                                 const TimeAggregate* by, Stat stat)
{
    const std::optional<LayerInfo> info = store.layer(layer);
    if (!info || info->kind != LayerKind::Measure)
        return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "The project has no measure layer named \"%1\".")
                             .arg(layer));
    if (measures.isEmpty())
        return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "No measure to derive; known: %1.")
                             .arg(derivedMeasureNames().join(QStringLiteral(", "))));
    const QStringList stored = fieldNames(*info);
    if (auto ok = checkDerivable(stored, measures); !ok)
        return makeError(QCoreApplication::translate("dosi::DerivedMeasures", "Layer \"%1\": %2").arg(layer, ok.errorMessage()));
    auto read = store.readMeasures(layer, sourceFields(measures, stored));
    if (!read) return read.error();
    MeasureTable in = std::move(read).value();
    DerivedLayer out;
    out.timeKind = info->timeKind;
    if (by) {
        TimeAggregateReport rep;
        in = aggregateTime(in, *by, stat, &rep);
        if (in.rowCount() == 0)
            return makeError(QCoreApplication::translate("dosi::DerivedMeasures",
                                                         "Layer \"%1\" has no hourly or daily time keys to aggregate by %2.")
                                 .arg(layer, timeAggregateName(*by)));
        out.maskedLeftOut = rep.maskedTotal;
        out.missingLeftOut = rep.missingTotal;
        out.skippedRows = rep.skippedRows;
        out.timeKind = *by == TimeAggregate::Day ? TimeKind::Day : TimeKind::None;
    }
    auto derived = deriveMeasures(in, measures, &out.notes);
    if (!derived) return derived.error();
    out.table = std::move(derived).value();
    for (const QVector<double>& column : out.table.columns) {
        int masked = 0, missing = 0;
        for (double v : column) {
            if (isMasked(v)) ++masked;
            else if (std::isnan(v)) ++missing;
        }
        out.masked << masked;
        out.missing << missing;
    }
    return out;
}

}  // namespace dosi::gis
