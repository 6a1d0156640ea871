// Six thematic indices: indicator normalisation, weighted composites, decile grades and the JSON form
// of the index specification.
#include "dosi/models/ThematicIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::models {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Ranks 1..n of the values at `idx` (ascending), ties getting the mean of their ranks.
QVector<double> meanRanks(const QVector<double>& values, const QVector<int>& idx)
{
    QVector<int> order = idx;
    std::stable_sort(order.begin(), order.end(), [&values](int a, int b) { return values[a] < values[b]; });
    QVector<double> rank(values.size(), kNaN);
    int i = 0;
    const int n = int(order.size());
    while (i < n) {
        int j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]]) ++j;
        const double mean = (i + 1 + j + 1) / 2.0;
        for (int k = i; k <= j; ++k) rank[order[k]] = mean;
        i = j + 1;
    }
    return rank;
}

QString directionName(Direction d)
{
    return d == Direction::HigherIsWorse ? QStringLiteral("higher_is_worse") : QStringLiteral("higher_is_better");
}

}  // namespace

QVector<IndexArea> indexAreas()
{
    return {IndexArea::Population, IndexArea::Economy, IndexArea::Housing,
            IndexArea::Safety,     IndexArea::Mobility, IndexArea::Welfare};
}

QString indexAreaName(IndexArea a)
{
    switch (a) {
    case IndexArea::Population: return QStringLiteral("population");
    case IndexArea::Economy: return QStringLiteral("economy");
    case IndexArea::Housing: return QStringLiteral("housing");
    case IndexArea::Safety: return QStringLiteral("safety");
    case IndexArea::Mobility: return QStringLiteral("mobility");
    case IndexArea::Welfare: return QStringLiteral("welfare");
    }
    return QStringLiteral("population");
}

bool indexAreaFromName(const QString& name, IndexArea* out)
{
    const QString n = name.trimmed().toLower();
    for (IndexArea a : indexAreas()) {
        if (indexAreaName(a) == n) {
            if (out) *out = a;
            return true;
        }
    }
    return false;
}

QString indexAreaLabel(IndexArea a)
{
    switch (a) {
    case IndexArea::Population: return QCoreApplication::translate("dosi::models::ThematicIndex", "Population");
    case IndexArea::Economy: return QCoreApplication::translate("dosi::models::ThematicIndex", "Economy");
    case IndexArea::Housing: return QCoreApplication::translate("dosi::models::ThematicIndex", "Housing environment");
    case IndexArea::Safety: return QCoreApplication::translate("dosi::models::ThematicIndex", "Living safety");
    case IndexArea::Mobility: return QCoreApplication::translate("dosi::models::ThematicIndex", "Mobility");
    case IndexArea::Welfare: return QCoreApplication::translate("dosi::models::ThematicIndex", "Welfare and culture");
    }
    return {};
}

QString normalisationName(Normalisation n)
{
    switch (n) {
    case Normalisation::MinMax: return QStringLiteral("minmax");
    case Normalisation::ZScore: return QStringLiteral("zscore");
    case Normalisation::Rank: return QStringLiteral("rank");
    }
    return QStringLiteral("minmax");
}

bool normalisationFromName(const QString& name, Normalisation* out)
{
    const QString n = name.trimmed().toLower();
    for (Normalisation v : {Normalisation::MinMax, Normalisation::ZScore, Normalisation::Rank}) {
        if (normalisationName(v) == n) {
            if (out) *out = v;
            return true;
        }
    }
    return false;
}

QJsonObject IndicatorSpec::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("layer"), layer},
        {QStringLiteral("field"), field},
        {QStringLiteral("direction"), directionName(direction)},
        {QStringLiteral("normalisation"), normalisationName(normalisation)},
        {QStringLiteral("weight"), weight},
    };
    if (!denominator.isEmpty()) o.insert(QStringLiteral("denominator"), denominator);
    if (!time.isEmpty()) o.insert(QStringLiteral("time"), time);
    if (change) o.insert(QStringLiteral("change"), true);
    if (!baseTime.isEmpty()) o.insert(QStringLiteral("base_time"), baseTime);
    if (!note.isEmpty()) o.insert(QStringLiteral("note"), note);
    return o;
}

IndicatorSpec IndicatorSpec::fromJson(const QJsonObject& o)
{
    IndicatorSpec s;
    s.id = o.value(QLatin1String("id")).toString();
    s.title = o.value(QLatin1String("title")).toString();
    s.layer = o.value(QLatin1String("layer")).toString();
    s.field = o.value(QLatin1String("field")).toString();
    s.denominator = o.value(QLatin1String("denominator")).toString();
    s.time = o.value(QLatin1String("time")).toString();
    s.change = o.value(QLatin1String("change")).toBool(false);
    s.baseTime = o.value(QLatin1String("base_time")).toString();
    s.direction = o.value(QLatin1String("direction")).toString() == QLatin1String("higher_is_worse")
                      ? Direction::HigherIsWorse
                      : Direction::HigherIsBetter;
    Normalisation n = Normalisation::MinMax;
    if (normalisationFromName(o.value(QLatin1String("normalisation")).toString(), &n)) s.normalisation = n;
    const QJsonValue w = o.value(QLatin1String("weight"));
    if (w.isDouble()) s.weight = w.toDouble();
    s.note = o.value(QLatin1String("note")).toString();
    return s;
}

QJsonObject IndexSpec::toJson() const
{
    QJsonArray arr;
    for (const AreaSpec& a : areas) {
        QJsonArray inds;
        for (const IndicatorSpec& i : a.indicators) inds.append(i.toJson());
        arr.append(QJsonObject{{QStringLiteral("area"), indexAreaName(a.area)},
                               {QStringLiteral("max_missing_weight"), a.maxMissingWeight},
                               {QStringLiteral("indicators"), inds}});
    }
    return QJsonObject{{QStringLiteral("areas"), arr}};
}

IndexSpec IndexSpec::fromJson(const QJsonObject& o)
{
    IndexSpec s;
    for (const QJsonValue& v : o.value(QLatin1String("areas")).toArray()) {
        const QJsonObject ao = v.toObject();
        AreaSpec a;
        if (!indexAreaFromName(ao.value(QLatin1String("area")).toString(), &a.area)) continue;   // unknown area: skipped
        const QJsonValue mm = ao.value(QLatin1String("max_missing_weight"));
        if (mm.isDouble()) a.maxMissingWeight = mm.toDouble();
        for (const QJsonValue& iv : ao.value(QLatin1String("indicators")).toArray()) a.indicators << IndicatorSpec::fromJson(iv.toObject());
        s.areas << a;
    }
    return s;
}

QVector<double> normaliseIndicator(const QVector<double>& raw, Normalisation n, Direction d)
{
    QVector<double> out(raw.size(), kNaN);
    QVector<int> idx;
    for (int i = 0; i < raw.size(); ++i)
        if (!std::isnan(raw[i])) idx << i;
    if (idx.isEmpty()) return out;
    const bool worse = d == Direction::HigherIsWorse;

    switch (n) {
    case Normalisation::MinMax: {
        double lo = raw[idx[0]], hi = raw[idx[0]];
        for (int i : idx) {
            lo = std::min(lo, raw[i]);
            hi = std::max(hi, raw[i]);
        }
        for (int i : idx) {
            const double s = hi > lo ? (raw[i] - lo) / (hi - lo) : 0.5;
            out[i] = worse ? 1.0 - s : s;
        }
        break;
    }
    case Normalisation::ZScore: {
        double mean = 0;
        for (int i : idx) mean += raw[i];
        mean /= idx.size();
        double ss = 0;
        for (int i : idx) ss += (raw[i] - mean) * (raw[i] - mean);
        const double sd = std::sqrt(ss / idx.size());
        for (int i : idx) {
            const double z = sd > 0 ? (raw[i] - mean) / sd : 0.0;
            out[i] = worse ? -z : z;
        }
        break;
    }
    case Normalisation::Rank: {
        const QVector<double> rank = meanRanks(raw, idx);
        const int cnt = int(idx.size());
        for (int i : idx) {
            const double s = cnt > 1 ? (rank[i] - 1.0) / (cnt - 1) : 0.5;
            out[i] = worse ? 1.0 - s : s;
        }
        break;
    }
    }
    return out;
}

QVector<int> decileGrades(const QVector<double>& scores)
{
    QVector<int> out(scores.size(), 0);
    QVector<int> idx;
    for (int i = 0; i < scores.size(); ++i)
        if (!std::isnan(scores[i])) idx << i;
    if (idx.isEmpty()) return out;
    const QVector<double> rank = meanRanks(scores, idx);
    const double n = idx.size();
    for (int i : idx) {
        const int g = 1 + int(std::floor(10.0 * (rank[i] - 1.0) / n + 1e-9));
        out[i] = std::clamp(g, 1, 10);
    }
    return out;
}

AreaResult computeArea(const AreaSpec& spec, const QStringList& units, const QVector<IndicatorValues>& values)
{
    AreaResult res;
    res.area = spec.area;
    const int nu = int(units.size());
    const int ni = int(spec.indicators.size());

    // Normalised scores per indicator, aligned with `units` (NaN = missing).
    QVector<QVector<double>> norm(ni);
    double totalWeight = 0;
    for (int k = 0; k < ni; ++k) {
        const IndicatorSpec& ind = spec.indicators[k];
        totalWeight += std::max(0.0, ind.weight);
        const IndicatorValues* iv = nullptr;
        for (const IndicatorValues& v : values)
            if (v.id == ind.id) {
                iv = &v;
                break;
            }
        QVector<double> raw(nu, kNaN);
        bool any = false;
        if (iv && iv->problem.isEmpty()) {
            for (int u = 0; u < nu; ++u) {
                raw[u] = iv->byUnit.value(units[u], kNaN);
                any = any || !std::isnan(raw[u]);
            }
        }
        if (!any) {
            res.unavailable << ind.id;
            QString problem = iv ? iv->problem : QString();
            if (problem.isEmpty())
                problem = iv ? QCoreApplication::translate("dosi::models::ThematicIndex", "no unit has a value")
                             : QCoreApplication::translate("dosi::models::ThematicIndex", "no values were read");
            res.problems << QStringLiteral("%1: %2").arg(ind.id, problem);
        }
        norm[k] = normaliseIndicator(raw, ind.normalisation, ind.direction);
    }

    QVector<double> scores(nu, kNaN);
    QVector<UnitIndex> results(nu);
    for (int u = 0; u < nu; ++u) {
        UnitIndex& r = results[u];
        double sumW = 0, sumWS = 0, missingW = 0;
        for (int k = 0; k < ni; ++k) {
            const IndicatorSpec& ind = spec.indicators[k];
            const double w = std::max(0.0, ind.weight);
            const double s = norm[k][u];
            r.normalised.insert(ind.id, s);
            if (std::isnan(s)) {
                r.missing << ind.id;
                missingW += w;
            } else {
                sumW += w;
                sumWS += w * s;
            }
        }
        const bool tooMuchMissing = totalWeight <= 0 || missingW > spec.maxMissingWeight * totalWeight + 1e-12;
        r.score = (!tooMuchMissing && sumW > 0) ? sumWS / sumW : kNaN;
        scores[u] = r.score;
    }
    const QVector<int> grades = decileGrades(scores);
    for (int u = 0; u < nu; ++u) {
        results[u].grade = grades[u];
        res.units.insert(units[u], results[u]);
    }
    return res;
}

}  // namespace dosi::models
