#include "dosi/gis/Dissolve.h"

#include "dosi/gis/GeosOps.h"
#include "dosi/gis/Geometry.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace dosi::gis {

namespace {

bool nameLike(const QString& field)
{
    return field.contains(QLatin1String("nm"), Qt::CaseInsensitive)
           || field.contains(QLatin1String("name"), Qt::CaseInsensitive);
}

QString keyOf(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) return {};
    return v.toString().trimmed();
}

}  // namespace

Result<DissolveResult> dissolve(const LayerInfo& layer, const QVector<FeatureRecord>& features,
                                const QString& byField, const QString& newName)
{
    const int byIdx = layer.fieldIndex(byField);
    if (byIdx < 0) {
        QStringList names;
        for (const FieldInfo& f : layer.fields) names << f.name;
        return makeError(QCoreApplication::translate("dosi::gis::Dissolve",
                                                     "Layer %1 has no field \"%2\". Available fields: %3.")
                             .arg(layer.name, byField, names.join(QStringLiteral(", "))));
    }
    const int nFields = int(layer.fields.size());

    // Group members, ordered by group value.
    QMap<QString, QVector<int>> groups;
    for (int i = 0; i < features.size(); ++i) {
        const QString key = keyOf(features[i].values.value(byIdx));
        if (key.isEmpty())
            return makeError(QCoreApplication::translate("dosi::gis::Dissolve",
                                                         "Feature %1 of layer %2 has no value in field \"%3\".")
                                 .arg(i + 1)
                                 .arg(layer.name, byField));
        groups[key].append(i);
    }
    if (groups.isEmpty())
        return makeError(QCoreApplication::translate("dosi::gis::Dissolve", "Layer %1 has no features to dissolve.")
                             .arg(layer.name));

    // Fields whose value is constant within every group.
    QVector<int> kept;
    for (int f = 0; f < nFields; ++f) {
        if (f == byIdx) continue;
        bool constant = true;
        for (auto it = groups.cbegin(); it != groups.cend() && constant; ++it) {
            const QVariant first = features[it.value().first()].values.value(f);
            for (int member : it.value()) {
                if (features[member].values.value(f) != first) {
                    constant = false;
                    break;
                }
            }
        }
        if (constant) kept << f;
    }

    DissolveResult out;
    LayerInfo& info = out.info;
    info.name = newName;
    info.title = newName;
    info.kind = LayerKind::Boundaries;
    info.codeField = layer.fields[byIdx].name;
    info.fields << FieldInfo{layer.fields[byIdx].name, FieldType::Text, layer.fields[byIdx].description};
    for (int f : kept) info.fields << layer.fields[f];

    // Label: the kept name-like text field that tells the most groups apart (e.g. 자치구 names
    // rather than the province name they share; 중구 in two cities still beats 서울특별시).
    info.labelField = info.codeField;
    int bestDistinct = 0;
    for (int f : kept) {
        if (layer.fields[f].type != FieldType::Text || !nameLike(layer.fields[f].name)) continue;
        QSet<QString> distinct;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            distinct.insert(keyOf(features[it.value().first()].values.value(f)));
        if (int(distinct.size()) > bestDistinct) {
            bestDistinct = int(distinct.size());
            info.labelField = layer.fields[f].name;
        }
    }

    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QVector<Geometry> parts;
        parts.reserve(it.value().size());
        for (int member : it.value()) {
            bool ok = false;
            Geometry g = Geometry::fromWkb(features[member].wkb, &ok);
            if (!ok)
                return makeError(QCoreApplication::translate("dosi::gis::Dissolve",
                                                             "Feature %1 of layer %2 has an unreadable geometry.")
                                     .arg(member + 1)
                                     .arg(layer.name));
            parts << std::move(g);
        }
        auto merged = unionAll(parts);
        if (!merged)
            return makeError(QCoreApplication::translate("dosi::gis::Dissolve",
                                                         "Dissolving layer %1: group %2 failed. %3")
                                 .arg(layer.name, it.key(), merged.errorMessage()));
        FeatureRecord rec;
        rec.wkb = merged->toWkb();
        rec.envelope = merged->envelope();
        rec.values << QVariant(it.key());
        const FeatureRecord& first = features[it.value().first()];
        for (int f : kept) rec.values << first.values.value(f);
        out.features << std::move(rec);
    }
    info.featureCount = out.features.size();
    return out;
}

}  // namespace dosi::gis
