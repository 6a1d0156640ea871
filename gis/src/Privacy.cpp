#include "dosi/gis/Privacy.h"

#include "dosi/core/Values.h"
#include "dosi/gis/OdImport.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace dosi::gis {

namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        if (text.contains(QString::fromUtf8(w), Qt::CaseInsensitive)) return true;
    return false;
}

// Names that say "not a count of people" (rule 1 of Privacy.h).
bool notACount(const QString& name, const QString& description)
{
    static const QSet<QString> exact = {
        QStringLiteral("masked"),   QStringLiteral("net"),         QStringLiteral("coverage"),
        QStringLiteral("covered"),  QStringLiteral("cost"),        QStringLiteral("weight"),
        QStringLiteral("probability"), QStringLiteral("met_now"),  QStringLiteral("criteria_met"),
        QStringLiteral("qualifies")};
    const QString n = name.toLower();
    if (exact.contains(n)) return true;
    static const QSet<QString> tokens = {
        QStringLiteral("rate"),  QStringLiteral("share"), QStringLiteral("pct"),  QStringLiteral("grade"),
        QStringLiteral("score"), QStringLiteral("risk"),  QStringLiteral("mean"), QStringLiteral("avg"),
        QStringLiteral("dist"),  QStringLiteral("time"),  QStringLiteral("km"),   QStringLiteral("per"),
        QStringLiteral("m"),     QStringLiteral("min")};
    static const QRegularExpression sep(QStringLiteral("[_\\-\\s.]+"));
    const QStringList parts = n.split(sep, Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString& t = parts[i];
        // "_m" and "_min" are units only at the end (mean_dist_m, mean_time_min), not "m" of "m_total".
        if ((t == QLatin1String("m") || t == QLatin1String("min")) && i != parts.size() - 1) continue;
        if (tokens.contains(t)) return true;
    }
    if (containsAny(n, {"ratio", "percent", "index", "density", "distance"})) return true;
    return containsAny(name, {"비율", "지수", "밀도", "금액", "매출", "평균", "거리"})
           || containsAny(description, {"비율", "지수", "밀도", "금액", "매출", "평균", "거리"});
}

bool isPopulationBandName(const QString& name)
{
    static const QSet<QString> exact = {QStringLiteral("total"),      QStringLiteral("all"),
                                        QStringLiteral("male"),       QStringLiteral("female"),
                                        QStringLiteral("total_bands"), QStringLiteral("population")};
    static const QRegularExpression band(QStringLiteral(
        "^(?:(?:male|female)_.+|age_band_\\d+|age_.+|pop.*|\\d+_\\d*)$"));
    const QString n = name.toLower();
    return exact.contains(n) || band.match(n).hasMatch() || name.contains(QString::fromUtf8("인구"));
}

bool mentionsPeople(const QString& text)
{
    return containsAny(text, {"population", "people", "persons", "인구", "생활"});
}

}  // namespace

PrivacyRule privacyRule(const ProjectStore& store)
{
    PrivacyRule rule;
    const QString text = store.metaValue(QStringLiteral("privacy_threshold")).trimmed();
    if (text.isEmpty()) return rule;
    bool ok = false;
    const double t = text.toDouble(&ok);
    if (!ok || !std::isfinite(t)) return rule;
    rule.threshold = t > 0 ? t : 0.0;
    return rule;
}

bool isPeopleCount(const LayerInfo& layer, const QString& field)
{
    QString name = field;
    QString description;
    if (name.isEmpty()) {
        for (const FieldInfo& f : layer.fields) {
            if (f.type == FieldType::Text) continue;
            if (layer.isFeatureLayer() && f.name == layer.codeField) continue;
            name = f.name;
            break;
        }
        if (name.isEmpty()) return false;
    }
    if (const int k = layer.fieldIndex(name); k >= 0) {
        if (layer.fields[k].type == FieldType::Text) return false;
        description = layer.fields[k].description;
    }
    const QString source = layer.source;
    // 1. Criteria, indices, grades, probabilities and other non-counts.
    if (source == QLatin1String("regen.diagnose") || source == QLatin1String("regen.index")
        || source == QLatin1String("regen.outlook"))
        return false;
    if (notACount(name, description)) return false;
    const QString n = name.toLower();
    // 2. Movement counts.
    if (isOdLayer(layer)) {
        if (n == QLatin1String("count") || n == QLatin1String("flow") || odPurposeFields().contains(n)) return true;
    }
    if (n == QLatin1String("inflow") || n == QLatin1String("outflow") || n == QLatin1String("internal")) return true;
    // 3. Population bands and totals (and forecasts of them) in a population layer.
    const bool forecastValue = source == QLatin1String("regen.forecast")
                               && (n == QLatin1String("value") || n == QLatin1String("lo") || n == QLatin1String("hi"));
    if (isPopulationBandName(name) || forecastValue) {
        if (mentionsPeople(layer.name) || mentionsPeople(layer.title) || mentionsPeople(source)
            || mentionsPeople(description))
            return true;
    }
    // 4. The field's own description says it counts people.
    return containsAny(description, {"(people)", "people", "persons", "movers", "인구"});
}

int suppressSmallCounts(QVector<double>& values, const PrivacyRule& rule)
{
    if (!rule.enabled()) return 0;
    int n = 0;
    for (double& v : values) {
        if (v > 0 && v <= rule.threshold) {   // NaN compares false: missing and masked stay as they are
            v = maskedValue();
            ++n;
        }
    }
    return n;
}

}  // namespace dosi::gis
