// The thematic indices' inputs (RegenData.h): the documented default specification and the raw
// indicator values read from the project.
//
// Time selection of an indicator: `time` empty = the layer's latest key; a key = that key; a prefix
// of keys (e.g. the day "2019-03-06" of an hourly layer, the year "2021" of a quarterly one) = the
// mean of the matching keys' known values.

#include "dosi/models/RegenData.h"

#include "RegenFields.h"
#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenData)
};

// Titles and notes are English source text marked for translation in the context
// "dosi::models::IndexIndicators" (the panel translates them for display; the spec stores English).
IndicatorSpec indicator(const QString& id, const char* title, const FieldRef& ref, Direction d, double weight,
                        const char* note)
{
    IndicatorSpec s;
    s.id = id;
    s.title = QString::fromUtf8(title);
    s.layer = ref.layer;
    s.field = ref.field;
    s.direction = d;
    s.weight = weight;
    s.note = QString::fromUtf8(note);
    return s;
}

// The first measure layer whose name mentions one of the words (or `fallback` when none does).
QString layerNamed(const ProjectStore& store, const QStringList& words, const QString& fallback)
{
    for (const LayerInfo& l : store.layers()) {
        if (l.kind != LayerKind::Measure) continue;
        const QString n = (l.name + QLatin1Char(' ') + l.title).toLower();
        for (const QString& w : words)
            if (n.contains(w)) return l.name;
    }
    return fallback;
}

QString firstStoredField(const ProjectStore& store, const QString& layer, const QStringList& names, const QString& fallback)
{
    const auto l = store.layer(layer);
    if (!l) return fallback;
    for (const QString& n : names)
        for (const FieldInfo& f : l->fields)
            if (f.name.compare(n, Qt::CaseInsensitive) == 0) return f.name;
    return fallback;
}

// The latest weekday (Mon-Fri) of an hourly layer, e.g. "2020-03-13"; empty when there is none.
QString latestWeekday(const ProjectStore& store, const QString& layer)
{
    auto times = store.measureTimes(layer);
    if (!times) return {};
    for (auto it = times->crbegin(); it != times->crend(); ++it) {
        const QDate d = QDate::fromString(it->left(10), Qt::ISODate);
        if (d.isValid() && d.dayOfWeek() <= 5) return it->left(10);
    }
    return {};
}

// unit -> value at the selected time (see the file comment).
QMap<QString, double> valuesAt(const QVector<detail::KeyedValue>& values, const QString& time, const QString& latest)
{
    const QString want = time.isEmpty() ? latest : time;
    QMap<QString, QPair<double, int>> acc;
    for (const detail::KeyedValue& kv : values) {
        if (kv.time != want && !kv.time.startsWith(want)) continue;
        auto& a = acc[kv.unit];
        if (hasValue(kv.value)) { a.first += kv.value; a.second += 1; }
    }
    QMap<QString, double> out;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it)
        out.insert(it.key(), it->second > 0 ? it->first / it->second : missingValue());
    return out;
}

}  // namespace

IndexSpec defaultIndexSpec(const ProjectStore& store)
{
    IndexSpec spec;
    auto src = resolveDeclineSources(store, {});
    const DeclineSources sources = src ? src.value() : DeclineSources{};
    const QString pop = sources.population.isNull() ? QStringLiteral("population") : sources.population.layer;
    const QString popAll = sources.population.isNull() ? QStringLiteral("ALL") : sources.population.field;
    const QString living = layerNamed(store, {QStringLiteral("living"), QStringLiteral("생활인구")}, QStringLiteral("living_population"));

    AreaSpec p{IndexArea::Population, {}, 0.5};
    IndicatorSpec change = indicator(QStringLiteral("pop_change"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Population change over the years available"),
                                     {pop, popAll}, Direction::HigherIsBetter, 1.0,
                                     QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Relative change of the registered population from the first to the latest year."));
    change.change = true;
    p.indicators.append(change);
    const auto popLayer = store.layer(pop);
    const bool fiveYear = popLayer && popLayer->fieldIndex(QStringLiteral("65_69")) >= 0;
    IndicatorSpec aged = indicator(QStringLiteral("aged_share"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Share of people aged 65 and over"),
                                   {pop, fiveYear ? QStringLiteral("65_69+70_74+75_79+80_84+85_89+90_94+95_99+100_")
                                                  : QStringLiteral("age_65_plus")},
                                   Direction::HigherIsWorse, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Ageing: people 65+ over all residents, latest year."));
    aged.denominator = popAll;
    p.indicators.append(aged);
    IndicatorSpec young = indicator(QStringLiteral("youth_share"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Share of children aged 0-14"),
                                    {pop, fiveYear ? QStringLiteral("0_4+5_9+10_14") : QStringLiteral("age_0_14")},
                                    Direction::HigherIsBetter, 0.5, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Children 0-14 over all residents, latest year."));
    young.denominator = popAll;
    p.indicators.append(young);
    QString extinctionLayer = living;
    for (const LayerInfo& l : store.layers())
        if (l.kind == LayerKind::Measure &&
            gis::measureFieldAvailable(l, QStringLiteral("extinction_risk"))) { extinctionLayer = l.name; break; }
    p.indicators.append(indicator(QStringLiteral("extinction_risk"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Extinction risk index (소멸위험지수)"),
                                  {extinctionLayer, QStringLiteral("extinction_risk")}, Direction::HigherIsBetter, 1.0,
                                  QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Women aged 20-39 over people aged 65+; below 0.5 counts as at risk of extinction.")));
    const QString births = layerNamed(store, {QStringLiteral("birth"), QStringLiteral("cbr"), QStringLiteral("출생")}, QStringLiteral("births"));
    p.indicators.append(indicator(QStringLiteral("birth_rate"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Crude birth rate"),
                                  {births, firstStoredField(store, births, {QStringLiteral("CBR"), QStringLiteral("birth_rate")}, QStringLiteral("CBR"))},
                                  Direction::HigherIsBetter, 0.5, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Births per 1,000 residents, latest year.")));
    spec.areas.append(p);

    AreaSpec e{IndexArea::Economy, {}, 0.5};
    const QString sales = layerNamed(store, {QStringLiteral("sales"), QStringLiteral("매출")}, QStringLiteral("sales"));
    IndicatorSpec salesChange = indicator(QStringLiteral("sales_change"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Card sales change"),
                                          {sales, firstStoredField(store, sales, {QStringLiteral("당월_매출_금액"), QStringLiteral("sales"),
                                                                                  QStringLiteral("amount")}, QStringLiteral("당월_매출_금액"))},
                                          Direction::HigherIsBetter, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Relative change of estimated card sales, first to latest period."));
    salesChange.change = true;
    e.indicators.append(salesChange);
    IndicatorSpec bizChange = indicator(QStringLiteral("business_change"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Change in the number of businesses"),
                                        sources.businesses.isNull() ? FieldRef{QStringLiteral("businesses"), QStringLiteral("businesses")} : sources.businesses,
                                        Direction::HigherIsBetter, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Relative change of business counts, first to latest year."));
    bizChange.change = true;
    e.indicators.append(bizChange);
    spec.areas.append(e);

    AreaSpec h{IndexArea::Housing, {}, 0.5};
    FieldRef oldShare = sources.oldBuildingShare.isNull() ? FieldRef{QStringLiteral("buildings"), QStringLiteral("old_share")} : sources.oldBuildingShare;
    IndicatorSpec old = indicator(QStringLiteral("old_buildings"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Share of buildings 20+ years old"),
                                  sources.oldBuildings.isNull() ? oldShare : sources.oldBuildings, Direction::HigherIsWorse, 1.0,
                                  QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Old buildings over all buildings (the decline diagnosis' building criterion)."));
    if (!sources.oldBuildings.isNull()) old.denominator = sources.allBuildings.field;
    h.indicators.append(old);
    spec.areas.append(h);

    AreaSpec s{IndexArea::Safety, {}, 0.5};
    s.indicators.append(indicator(QStringLiteral("traffic_accidents"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Traffic accidents per 1,000 residents"),
                                  {layerNamed(store, {QStringLiteral("accident"), QStringLiteral("사고")}, QStringLiteral("accidents")), QStringLiteral("per_1000")},
                                  Direction::HigherIsWorse, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Import a table of accidents per 1,000 residents by unit.")));
    s.indicators.append(indicator(QStringLiteral("crime"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Reported crimes per 1,000 residents"),
                                  {layerNamed(store, {QStringLiteral("crime"), QStringLiteral("범죄")}, QStringLiteral("crime")), QStringLiteral("per_1000")},
                                  Direction::HigherIsWorse, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Import a table of crimes per 1,000 residents by unit.")));
    spec.areas.append(s);

    AreaSpec m{IndexArea::Mobility, {}, 0.5};
    IndicatorSpec dayNight = indicator(QStringLiteral("day_night_change"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Daytime over night-time living population"),
                                       {living, QStringLiteral("total")}, Direction::HigherIsBetter, 1.0,
                                       QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Living population at 14 h against 04 h of the latest weekday: people who come in during the day."));
    const QString day = latestWeekday(store, living);
    dayNight.change = true;
    dayNight.time = day.isEmpty() ? QString() : day + QStringLiteral("T14");
    dayNight.baseTime = day.isEmpty() ? QString() : day + QStringLiteral("T04");
    m.indicators.append(dayNight);
    m.indicators.append(indicator(QStringLiteral("transit_stops"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Bus stops per km²"),
                                  {layerNamed(store, {QStringLiteral("transit"), QStringLiteral("bus"), QStringLiteral("정류장")}, QStringLiteral("transit")),
                                   QStringLiteral("stops_per_km2")},
                                  Direction::HigherIsBetter, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Import a table of bus stops per km² by unit.")));
    spec.areas.append(m);

    AreaSpec w{IndexArea::Welfare, {}, 0.5};
    w.indicators.append(indicator(QStringLiteral("welfare_facilities"), QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Welfare and cultural facilities per 1,000 residents"),
                                  {layerNamed(store, {QStringLiteral("welfare"), QStringLiteral("복지")}, QStringLiteral("welfare")), QStringLiteral("per_1000")},
                                  Direction::HigherIsBetter, 1.0, QT_TRANSLATE_NOOP("dosi::models::IndexIndicators", "Import a table of facilities per 1,000 residents by unit.")));
    spec.areas.append(w);
    return spec;
}

QVector<IndicatorValues> readIndicatorValues(const ProjectStore& store, const IndexSpec& spec, const Scenario& scenario)
{
    QVector<IndicatorValues> out;
    for (const AreaSpec& area : spec.areas) {
        for (const IndicatorSpec& ind : area.indicators) {
            IndicatorValues iv;
            iv.id = ind.id;
            const auto layer = store.layer(ind.layer);
            if (!layer) {
                iv.problem = Tr::tr("No layer \"%1\" in the project.").arg(ind.layer);
                out.append(iv);
                continue;
            }
            auto values = detail::readFieldValues(store, FieldRef{ind.layer, ind.field}, {}, scenario);
            Result<QVector<detail::KeyedValue>> denom = QVector<detail::KeyedValue>{};
            if (values && !ind.denominator.isEmpty())
                denom = detail::readFieldValues(store, FieldRef{ind.layer, ind.denominator}, {}, scenario);
            if (!values || !denom) {
                iv.problem = values ? denom.errorMessage() : values.errorMessage();
                out.append(iv);
                continue;
            }
            QString first, last;
            for (const detail::KeyedValue& kv : values.value()) {
                if (first.isEmpty() || kv.time < first) first = kv.time;
                if (kv.time > last) last = kv.time;
            }
            auto at = [&](const QString& time) {
                QMap<QString, double> v = valuesAt(values.value(), time, last);
                if (!ind.denominator.isEmpty()) {
                    const QMap<QString, double> d = valuesAt(denom.value(), time, last);
                    for (auto it = v.begin(); it != v.end(); ++it) {
                        const double dv = d.value(it.key(), missingValue());
                        *it = (hasValue(*it) && hasValue(dv) && dv != 0) ? *it / dv : missingValue();
                    }
                }
                return v;
            };
            QMap<QString, double> now = at(ind.time);
            if (ind.change) {
                const QString base = ind.baseTime.isEmpty() ? first : ind.baseTime;
                const QMap<QString, double> before = at(base);
                for (auto it = now.begin(); it != now.end(); ++it) {
                    const double b = before.value(it.key(), missingValue());
                    *it = (hasValue(*it) && hasValue(b) && b != 0) ? (*it - b) / b : missingValue();
                }
            }
            iv.byUnit = now;
            if (now.isEmpty()) iv.problem = Tr::tr("Layer \"%1\" has no values at %2.").arg(ind.layer, ind.time.isEmpty() ? last : ind.time);
            out.append(iv);
        }
    }
    return out;
}

QStringList indexUnits(const ProjectStore& store, const IndexSpec& spec)
{
    for (const AreaSpec& area : spec.areas)
        for (const IndicatorSpec& ind : area.indicators) {
            const auto l = store.layer(ind.layer);
            if (!l || l->geometryLayer.isEmpty()) continue;
            const auto g = store.layer(l->geometryLayer);
            if (!g) continue;
            const int code = g->fieldIndex(g->codeField);
            auto features = store.readFeatures(g->name);
            if (code < 0 || !features) continue;
            QStringList units;
            for (const FeatureRecord& f : features.value()) units.append(f.values.value(code).toString());
            units.removeDuplicates();
            units.sort();
            return units;
        }
    QSet<QString> all;
    for (const AreaSpec& area : spec.areas)
        for (const IndicatorSpec& ind : area.indicators)
            if (store.hasLayer(ind.layer))
                if (auto u = store.measureUnits(ind.layer)) for (const QString& x : u.value()) all.insert(x);
    QStringList units(all.cbegin(), all.cend());
    units.sort();
    return units;
}

}  // namespace dosi::models
