// Reading the regeneration models' inputs from a project (RegenData.h): sources, yearly series,
// diagnosis inputs, forecast panels and unit names.

#include "dosi/models/RegenData.h"

#include "RegenFields.h"
#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::RegenData)
};

QJsonObject refJson(const FieldRef& r) { return r.isNull() ? QJsonObject{} : QJsonObject{{QStringLiteral("layer"), r.layer}, {QStringLiteral("field"), r.field}}; }
FieldRef refFromJson(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return FieldRef{o.value(QStringLiteral("layer")).toString(), o.value(QStringLiteral("field")).toString()};
}

bool nameMentions(const QString& name, const QStringList& words)
{
    const QString n = name.toLower();
    for (const QString& w : words)
        if (n.contains(w)) return true;
    return false;
}

// The first field of `layer` (case-insensitive) among `names`.
QString firstField(const LayerInfo& layer, const QStringList& names)
{
    for (const QString& want : names)
        for (const FieldInfo& f : layer.fields)
            if (f.name.compare(want, Qt::CaseInsensitive) == 0) return f.name;
    return {};
}

QList<LayerInfo> yearlyLayers(const ProjectStore& store)
{
    QList<LayerInfo> out;
    for (const LayerInfo& l : store.layers())
        if (l.kind == LayerKind::Measure && l.timeKind == TimeKind::Year) out.append(l);
    return out;
}

Result<void> checkRef(const ProjectStore& store, const FieldRef& ref, const QString& what)
{
    if (ref.isNull()) return {};
    const auto layer = store.layer(ref.layer);
    if (!layer) return makeError(Tr::tr("The project has no layer \"%1\" (%2).").arg(ref.layer, what));
    if (layer->kind != LayerKind::Measure)
        return makeError(Tr::tr("Layer \"%1\" (%2) holds no measures.").arg(ref.layer, what));
    if (auto ok = detail::checkFieldExpression(*layer, ref.field); !ok)
        return makeError(Tr::tr("%1 (%2)").arg(ok.errorMessage(), what));
    return {};
}

}  // namespace

bool FieldRef::parse(const QString& text, FieldRef* out)
{
    const int dot = int(text.indexOf(QLatin1Char('.')));
    if (dot <= 0 || dot == text.size() - 1) return false;
    *out = FieldRef{text.left(dot), text.mid(dot + 1)};
    return true;
}

QJsonObject DeclineSources::toJson() const
{
    return {{QStringLiteral("population"), refJson(population)},
            {QStringLiteral("businesses"), refJson(businesses)},
            {QStringLiteral("old_building_share"), refJson(oldBuildingShare)},
            {QStringLiteral("old_buildings"), refJson(oldBuildings)},
            {QStringLiteral("all_buildings"), refJson(allBuildings)}};
}

DeclineSources DeclineSources::fromJson(const QJsonObject& o)
{
    DeclineSources s;
    s.population = refFromJson(o.value(QStringLiteral("population")));
    s.businesses = refFromJson(o.value(QStringLiteral("businesses")));
    s.oldBuildingShare = refFromJson(o.value(QStringLiteral("old_building_share")));
    s.oldBuildings = refFromJson(o.value(QStringLiteral("old_buildings")));
    s.allBuildings = refFromJson(o.value(QStringLiteral("all_buildings")));
    return s;
}

Result<DeclineSources> resolveDeclineSources(const ProjectStore& store, const DeclineSources& given)
{
    DeclineSources s = given;
    if (auto c = checkRef(store, s.population, Tr::tr("population")); !c) return c.error();
    if (auto c = checkRef(store, s.businesses, Tr::tr("businesses")); !c) return c.error();
    if (auto c = checkRef(store, s.oldBuildingShare, Tr::tr("old building share")); !c) return c.error();
    if (auto c = checkRef(store, s.oldBuildings, Tr::tr("old buildings")); !c) return c.error();
    if (auto c = checkRef(store, s.allBuildings, Tr::tr("all buildings")); !c) return c.error();
    if (s.oldBuildings.isNull() != s.allBuildings.isNull())
        return makeError(Tr::tr("Old buildings need both the count of old buildings and the count of all buildings."));

    const QList<LayerInfo> yearly = yearlyLayers(store);
    if (s.population.isNull()) {
        for (const LayerInfo& l : yearly) {
            if (!nameMentions(l.name + QLatin1Char(' ') + l.title, {QStringLiteral("population"), QStringLiteral("인구"),
                                                                     QStringLiteral("resident"), QStringLiteral("pop")}))
                continue;
            const QString f = firstField(l, {QStringLiteral("ALL"), QStringLiteral("total"), QStringLiteral("population"),
                                             QStringLiteral("P_ALL"), QStringLiteral("총인구"), QStringLiteral("총인구수")});
            if (!f.isEmpty()) { s.population = {l.name, f}; break; }
        }
    }
    if (s.businesses.isNull()) {
        for (const LayerInfo& l : yearly) {
            if (!nameMentions(l.name + QLatin1Char(' ') + l.title, {QStringLiteral("business"), QStringLiteral("사업체"),
                                                                     QStringLiteral("establishment"), QStringLiteral("firm")}))
                continue;
            QString f = firstField(l, {QStringLiteral("businesses"), QStringLiteral("count"), QStringLiteral("total"),
                                       QStringLiteral("사업체수"), QStringLiteral("사업체")});
            if (f.isEmpty() && !l.fields.isEmpty()) f = l.fields.first().name;
            if (!f.isEmpty()) { s.businesses = {l.name, f}; break; }
        }
    }
    if (s.oldBuildingShare.isNull() && s.oldBuildings.isNull()) {
        for (const LayerInfo& l : store.layers()) {
            if (l.kind != LayerKind::Measure) continue;
            if (!nameMentions(l.name + QLatin1Char(' ') + l.title, {QStringLiteral("building"), QStringLiteral("건축물"),
                                                                     QStringLiteral("노후"), QStringLiteral("건물")}))
                continue;
            const QString share = firstField(l, {QStringLiteral("old_share"), QStringLiteral("old_building_share"),
                                                 QStringLiteral("노후건축물비율"), QStringLiteral("노후비율"), QStringLiteral("share")});
            if (!share.isEmpty()) { s.oldBuildingShare = {l.name, share}; break; }
            const QString old = firstField(l, {QStringLiteral("old"), QStringLiteral("old_buildings"), QStringLiteral("노후건축물수"),
                                               QStringLiteral("노후건축물")});
            const QString all = firstField(l, {QStringLiteral("total"), QStringLiteral("all"), QStringLiteral("buildings"),
                                               QStringLiteral("건축물수"), QStringLiteral("전체건축물수")});
            if (!old.isEmpty() && !all.isEmpty()) { s.oldBuildings = {l.name, old}; s.allBuildings = {l.name, all}; break; }
        }
    }
    return s;
}

Result<QMap<QString, YearSeries>> readYearSeries(const ProjectStore& store, const FieldRef& ref, const Scenario& scenario)
{
    auto values = detail::readFieldValues(store, ref, {}, scenario);
    if (!values) return values.error();
    QMap<QString, YearSeries> out;
    for (const detail::KeyedValue& kv : values.value()) {
        bool ok = false;
        const int year = kv.time.left(4).toInt(&ok);
        if (!ok) continue;
        out[kv.unit][year] = kv.value;
    }
    return out;
}

Result<QVector<UnitDeclineInput>> readDeclineInputs(const ProjectStore& store, const DeclineSources& sources,
                                                    const Scenario& scenario)
{
    QMap<QString, UnitDeclineInput> units;
    auto unitOf = [&units](const QString& code) -> UnitDeclineInput& {
        UnitDeclineInput& u = units[code];
        if (u.unit.isEmpty()) {
            u.unit = code;
            u.oldBuildingShare = missingValue();
        }
        return u;
    };
    if (!sources.population.isNull()) {
        auto s = readYearSeries(store, sources.population, scenario);
        if (!s) return s.error();
        for (auto it = s->cbegin(); it != s->cend(); ++it) unitOf(it.key()).population = it.value();
    }
    if (!sources.businesses.isNull()) {
        auto s = readYearSeries(store, sources.businesses, scenario);
        if (!s) return s.error();
        for (auto it = s->cbegin(); it != s->cend(); ++it) unitOf(it.key()).businesses = it.value();
    }
    // Buildings: the latest value per unit.
    auto latest = [&](const FieldRef& ref) -> Result<QMap<QString, double>> {
        auto v = detail::readFieldValues(store, ref, {}, scenario);
        if (!v) return v.error();
        QMap<QString, QPair<QString, double>> best;
        for (const detail::KeyedValue& kv : v.value()) {
            auto it = best.find(kv.unit);
            if (it == best.end() || kv.time > it->first) best[kv.unit] = {kv.time, kv.value};
        }
        QMap<QString, double> out;
        for (auto it = best.cbegin(); it != best.cend(); ++it) out[it.key()] = it->second;
        return out;
    };
    if (!sources.oldBuildingShare.isNull()) {
        auto v = latest(sources.oldBuildingShare);
        if (!v) return v.error();
        bool percent = false;
        for (double x : v.value())
            if (hasValue(x) && x > 1.0) percent = true;
        for (auto it = v->cbegin(); it != v->cend(); ++it) {
            UnitDeclineInput& u = unitOf(it.key());
            u.hasBuildings = true;
            u.oldBuildingShare = percent ? it.value() / 100.0 : it.value();
        }
    } else if (!sources.oldBuildings.isNull()) {
        auto old = latest(sources.oldBuildings);
        if (!old) return old.error();
        auto all = latest(sources.allBuildings);
        if (!all) return all.error();
        for (auto it = all->cbegin(); it != all->cend(); ++it) {
            UnitDeclineInput& u = unitOf(it.key());
            u.hasBuildings = true;
            const double o = old->value(it.key(), missingValue());
            u.oldBuildingShare = (hasValue(o) && hasValue(it.value()) && it.value() > 0) ? o / it.value() : missingValue();
        }
    }
    return QVector<UnitDeclineInput>(units.cbegin(), units.cend());
}

Result<Panel> readPanel(const ProjectStore& store, const FieldRef& ref, const QStringList& units,
                        const Scenario& scenario, QStringList* notes)
{
    const auto layer = store.layer(ref.layer);
    if (!layer) return makeError(Tr::tr("The project has no layer \"%1\".").arg(ref.layer));
    if (layer->kind != LayerKind::Measure || layer->timeKind == TimeKind::None)
        return makeError(Tr::tr("Layer \"%1\" has no time axis to forecast.").arg(ref.layer));
    auto values = detail::readFieldValues(store, ref, units, scenario);
    if (!values) return values.error();
    if (values->isEmpty()) return makeError(Tr::tr("Layer \"%1\" has no values of %2.").arg(ref.layer, ref.field));

    QStringList keys;
    QSet<QString> seen;
    for (const detail::KeyedValue& kv : values.value())
        if (!seen.contains(kv.time)) { seen.insert(kv.time); keys.append(kv.time); }
    std::sort(keys.begin(), keys.end());
    // Consecutive keys from the first to the last.
    QStringList span{keys.first()};
    const int limit = 2000000;
    while (span.last() < keys.last() && span.size() < limit) {
        const QStringList next = nextTimeKeys(span.last(), layer->timeKind, 1);
        if (next.isEmpty() || next.first() <= span.last())
            return makeError(Tr::tr("The time keys of layer \"%1\" cannot be put in sequence.").arg(ref.layer));
        span.append(next.first());
    }
    if (span.last() != keys.last())
        return makeError(Tr::tr("The time keys of layer \"%1\" cannot be put in sequence.").arg(ref.layer));
    if (span.size() > 2 * keys.size()) {
        // Mostly gaps (e.g. two separate weeks a year apart): keep the last gap-free stretch.
        int start = int(span.size()) - 1;
        while (start > 0 && seen.contains(span[start - 1])) --start;
        if (notes)
            notes->append(Tr::tr("The data of %1 has long gaps; only its last continuous stretch (%2 to %3) is used.")
                              .arg(ref.text(), span[start], span.last()));
        span = span.mid(start);
    }
    QHash<QString, int> pos;
    for (int i = 0; i < span.size(); ++i) pos.insert(span[i], i);

    Panel panel;
    panel.kind = layer->timeKind;
    panel.times = span;
    QMap<QString, int> unitIndex;
    for (const detail::KeyedValue& kv : values.value()) {
        const auto p = pos.constFind(kv.time);
        if (p == pos.constEnd()) continue;
        auto u = unitIndex.find(kv.unit);
        if (u == unitIndex.end()) {
            u = unitIndex.insert(kv.unit, int(panel.units.size()));
            UnitSeries s;
            s.unit = kv.unit;
            s.values = QVector<double>(span.size(), missingValue());
            panel.units.append(s);
        }
        panel.units[*u].values[*p] = kv.value;
    }
    std::sort(panel.units.begin(), panel.units.end(), [](const UnitSeries& a, const UnitSeries& b) { return a.unit < b.unit; });
    return panel;
}

QMap<QString, QString> unitNames(const ProjectStore& store, const QString& measureLayer)
{
    QMap<QString, QString> out;
    const auto m = store.layer(measureLayer);
    const QString geomName = m ? (m->isFeatureLayer() ? m->name : m->geometryLayer) : QString();
    const auto g = store.layer(geomName);
    if (!g) return out;
    const int code = g->fieldIndex(g->codeField), label = g->fieldIndex(g->labelField);
    if (code < 0 || label < 0) return out;
    auto features = store.readFeatures(g->name);
    if (!features) return out;
    for (const FeatureRecord& f : features.value()) out.insert(f.values.value(code).toString(), f.values.value(label).toString());
    return out;
}

}  // namespace dosi::models
