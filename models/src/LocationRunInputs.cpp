// Reading a location scenario from the project (LocationRun.h): demand points and weights,
// candidates, existing facilities, and the road network. Costs are built later, in runLocation().

#include "dosi/models/LocationRun.h"

#include "RegenStore.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/GeosOps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace dosi::models {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::LocationRun)
};

struct SiteSet {
    QStringList ids;
    QStringList names;
    QVector<QPointF> points;
    QVector<QVariantList> values;   // the layer's attributes per feature
    QStringList fields;
};

// Features of a feature layer as points: points as they are, grid cells by their centre and other
// polygons by a point on their surface. Ids come from idField (else the layer's code field, else fid).
Result<SiteSet> readSites(const ProjectStore& store, const QString& layerName, const QString& idField,
                          const QString& role)
{
    const auto layer = store.layer(layerName);
    if (!layer)
        return makeError(Tr::tr("The %1 layer “%2” is not in the project.").arg(role, layerName));
    if (!layer->isFeatureLayer())
        return makeError(Tr::tr("The %1 layer “%2” has no features (it is a table of values); choose a layer "
                                "of points, cells or areas.")
                             .arg(role, layerName));
    const QString idName = idField.isEmpty() ? layer->codeField : idField;
    const int idIdx = layer->fieldIndex(idName);
    if (!idField.isEmpty() && idIdx < 0)
        return makeError(Tr::tr("The %1 layer “%2” has no field “%3”.").arg(role, layerName, idField));
    const int labelIdx = layer->fieldIndex(layer->labelField);
    auto features = store.readFeatures(layerName);
    if (!features) return features.error();
    SiteSet out;
    for (const FieldInfo& f : layer->fields) out.fields << f.name;
    QSet<QString> seen;
    for (const FeatureRecord& f : features.value()) {
        const gis::Geometry g = gis::Geometry::fromWkb(f.wkb);
        QPointF pt;
        bool ok = false;
        if (g.isEmpty()) continue;
        if (layer->kind == LayerKind::Grid) {
            const Envelope e = g.envelope();
            pt = QPointF((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
            ok = true;
        } else {
            pt = gis::pointOnSurface(g, &ok);
        }
        if (!ok) continue;
        QString id = idIdx >= 0 ? f.values.value(idIdx).toString() : QString::number(f.fid);
        if (id.isEmpty()) id = QString::number(f.fid);
        if (seen.contains(id))
            return makeError(Tr::tr("The %1 layer “%2” has the id “%3” more than once in field “%4”; choose a "
                                    "field with one value per feature.")
                                 .arg(role, layerName, id, idName));
        seen.insert(id);
        out.ids << id;
        out.names << (labelIdx >= 0 ? f.values.value(labelIdx).toString() : id);
        out.points << pt;
        out.values << QVariantList(f.values.begin(), f.values.end());
    }
    if (out.ids.isEmpty())
        return makeError(Tr::tr("The %1 layer “%2” has no features with a geometry.").arg(role, layerName));
    return out;
}

// Does a measure time key fall in the scenario's weightTime? ("" = all, "03..05" = those hours of every
// day, "A..B" = keys from A to B, else the key itself.)
bool timeMatches(const QString& spec, const QString& key)
{
    if (spec.isEmpty()) return true;
    const int dots = int(spec.indexOf(QStringLiteral("..")));
    if (dots < 0) return key == spec;
    const QString from = spec.left(dots).trimmed(), to = spec.mid(dots + 2).trimmed();
    bool h1 = false, h2 = false;
    const int a = from.toInt(&h1), b = to.toInt(&h2);
    if (h1 && h2 && from.size() <= 2 && to.size() <= 2) {
        QDate d;
        int hour = -1;
        if (!parseHourKey(key, &d, &hour)) return false;
        return a <= b ? (hour >= a && hour <= b) : (hour >= a || hour <= b);
    }
    return key >= from && key <= to;
}

// Demand weights aligned with `ids`: from a field of the demand layer itself or from a measure layer over
// it (averaged over the matching times). Masked values (<= 3 people) and missing records count 0 and are
// reported in notes.
Result<QVector<double>> readWeights(const ProjectStore& store, const LocationScenario& s, const SiteSet& demand,
                                    QStringList& notes)
{
    QVector<double> w(demand.ids.size(), 1.0);
    if (s.weightField.isEmpty()) {
        notes << Tr::tr("No weight field was chosen: every demand point weighs 1.");
        return w;
    }
    if (s.weightLayer.isEmpty() || s.weightLayer == s.demandLayer) {
        const int idx = int(demand.fields.indexOf(s.weightField));
        if (idx < 0)
            return makeError(Tr::tr("The demand layer “%1” has no field “%2” to weigh demand by.")
                                 .arg(s.demandLayer, s.weightField));
        int bad = 0;
        for (int i = 0; i < demand.ids.size(); ++i) {
            bool ok = false;
            const double v = demand.values[i].value(idx).toDouble(&ok);
            w[i] = ok && std::isfinite(v) ? v : 0.0;
            if (!ok || !std::isfinite(v)) ++bad;
        }
        if (bad > 0)
            notes << Tr::tr("%n demand point(s) have no number in “%1” and weigh 0.", nullptr, bad).arg(s.weightField);
        return w;
    }
    const auto layer = store.layer(s.weightLayer);
    if (!layer) return makeError(Tr::tr("The weight layer “%1” is not in the project.").arg(s.weightLayer));
    if (layer->kind != LayerKind::Measure || layer->geometryLayer != s.demandLayer)
        return makeError(Tr::tr("The weight layer “%1” is not a table of values over the demand layer “%2”.")
                             .arg(s.weightLayer, s.demandLayer));
    if (layer->fieldIndex(s.weightField) < 0)
        return makeError(Tr::tr("The weight layer “%1” has no field “%2”.").arg(s.weightLayer, s.weightField));
    const bool single = !s.weightTime.isEmpty() && !s.weightTime.contains(QStringLiteral(".."));
    auto table = store.readMeasures(s.weightLayer, {s.weightField}, single ? s.weightTime : QString());
    if (!table) return table.error();
    const MeasureTable& t = table.value();
    QHash<QString, int> index;
    for (int i = 0; i < demand.ids.size(); ++i) index.insert(demand.ids[i], i);
    QVector<double> sum(demand.ids.size(), 0.0);
    QVector<int> count(demand.ids.size(), 0);
    int masked = 0, rows = 0;
    const int fi = t.fieldIndex(s.weightField);
    for (int r = 0; r < t.rowCount(); ++r) {
        if (!timeMatches(s.weightTime, t.times[r])) continue;
        ++rows;
        const auto it = index.constFind(t.units[r]);
        if (it == index.constEnd()) continue;
        const double v = t.columns[fi][r];
        if (isMasked(v)) ++masked;
        sum[it.value()] += hasValue(v) ? v : 0.0;
        ++count[it.value()];
    }
    if (rows == 0)
        return makeError(Tr::tr("The weight layer “%1” has no values at “%2”.")
                             .arg(s.weightLayer, s.weightTime.isEmpty() ? Tr::tr("any time") : s.weightTime));
    int without = 0;
    for (int i = 0; i < w.size(); ++i) {
        w[i] = count[i] > 0 ? sum[i] / count[i] : 0.0;
        if (count[i] == 0) ++without;
    }
    if (without > 0)
        notes << Tr::tr("%n demand point(s) have no value in “%1” and weigh 0.", nullptr, without).arg(s.weightLayer);
    if (masked > 0)
        notes << Tr::tr("%n masked value(s) (3 people or fewer) count as 0.", nullptr, masked);
    return w;
}

struct StudyArea {
    QVector<gis::Geometry> parts;
    QVector<Envelope> boxes;
    bool contains(const QPointF& pt) const
    {
        for (int k = 0; k < parts.size(); ++k) {
            const Envelope& e = boxes[k];
            if (pt.x() < e.minX || pt.x() > e.maxX || pt.y() < e.minY || pt.y() > e.maxY) continue;
            if (gis::containsPoint(parts[k], pt)) return true;
        }
        return false;
    }
};

Result<StudyArea> readStudyArea(const ProjectStore& store, const LocationScenario& s)
{
    StudyArea area;
    const auto layer = store.layer(s.areaLayer);
    if (!layer || !layer->isFeatureLayer())
        return makeError(Tr::tr("The study-area layer “%1” is not a layer of areas in the project.").arg(s.areaLayer));
    const int idx = layer->fieldIndex(s.areaField);
    if (idx < 0) return makeError(Tr::tr("The study-area layer “%1” has no field “%2”.").arg(s.areaLayer, s.areaField));
    auto features = store.readFeatures(s.areaLayer);
    if (!features) return features.error();
    QSet<QString> found;
    for (const FeatureRecord& f : features.value()) {
        const QString v = f.values.value(idx).toString();
        if (!s.areaValues.contains(v)) continue;
        const gis::Geometry g = gis::Geometry::fromWkb(f.wkb);
        if (!g.isPolygonal()) continue;
        found.insert(v);
        area.parts << g;
        area.boxes << g.envelope();
    }
    for (const QString& v : s.areaValues)
        if (!found.contains(v))
            return makeError(Tr::tr("The study-area layer “%1” has no area with %2 = “%3”.").arg(s.areaLayer, s.areaField, v));
    return area;
}

void keepInside(SiteSet& set, const StudyArea& area)
{
    SiteSet out;
    out.fields = set.fields;
    for (int i = 0; i < set.ids.size(); ++i) {
        if (!area.contains(set.points[i])) continue;
        out.ids << set.ids[i];
        out.names << set.names[i];
        out.points << set.points[i];
        if (i < set.values.size()) out.values << set.values[i];
    }
    set = std::move(out);
}

}  // namespace

Result<LocationInputs> readLocationInputs(const ProjectStore& store, const LocationScenario& scenario)
{
    LocationInputs in;
    in.scenario = scenario;
    const LocationScenario& s = scenario;
    if (s.demandLayer.isEmpty()) return makeError(Tr::tr("Choose a demand layer."));
    auto demand = readSites(store, s.demandLayer, s.demandIdField, Tr::tr("demand"));
    if (!demand) return demand.error();
    std::optional<StudyArea> area;
    if (!s.areaLayer.isEmpty()) {
        auto a = readStudyArea(store, s);
        if (!a) return a.error();
        area = std::move(a.value());
        keepInside(demand.value(), *area);
        if (demand->ids.isEmpty())
            return makeError(Tr::tr("No demand point of “%1” lies in the study area (%2).")
                                 .arg(s.demandLayer, s.areaValues.join(QStringLiteral(", "))));
    }
    auto weights = readWeights(store, s, demand.value(), in.notes);
    if (!weights) return weights.error();

    SiteSet candidates;
    if (!s.candidateLayer.isEmpty()) {
        auto c = readSites(store, s.candidateLayer, s.candidateIdField, Tr::tr("candidate"));
        if (!c) return c.error();
        candidates = std::move(c.value());
    }
    for (int i = 0; i < s.drawnCandidates.size(); ++i) {
        const QString id = QStringLiteral("drawn_%1").arg(i + 1);
        candidates.ids << id;
        candidates.names << id;
        candidates.points << s.drawnCandidates[i];
    }
    if (candidates.ids.isEmpty())
        return makeError(Tr::tr("Choose a candidate layer or draw candidate sites on the map."));
    if (area) {
        keepInside(candidates, *area);
        if (candidates.ids.isEmpty())
            return makeError(Tr::tr("No candidate site lies in the study area (%1).").arg(s.areaValues.join(QStringLiteral(", "))));
    }

    // Candidates far from all demand (outside its extent grown by the service radius) can serve nobody.
    Envelope extent = Envelope::null();
    for (const QPointF& p : demand->points) extent.expand({p.x(), p.y(), p.x(), p.y()});
    const double grow = s.distance == DistanceMode::Euclidean && isCoverageModel(s.model) ? s.radius : 0.0;
    auto beyondReach = [&](const QPointF& p) {
        return p.x() < extent.minX - grow || p.x() > extent.maxX + grow || p.y() < extent.minY - grow ||
               p.y() > extent.maxY + grow;
    };
    const int outside = int(std::count_if(candidates.points.cbegin(), candidates.points.cend(), beyondReach));
    if (outside == candidates.ids.size())
        return makeError(Tr::tr("None of the %n candidate site(s) lies within the demand area of “%1”; check that "
                                "the candidates and the demand are the same place.",
                                nullptr, outside)
                             .arg(s.demandLayer));
    if (outside > 0 && !area)   // with a study area, the candidates kept are inside it by definition
        in.notes << Tr::tr("%n candidate site(s) lie outside the demand area.", nullptr, outside);

    in.problem.model = s.model;
    in.problem.demandIds = demand->ids;
    in.problem.weights = weights.value();
    in.problem.candidateIds = candidates.ids;
    in.problem.radius = s.radius;
    in.problem.p = s.p;
    in.demandPoints = demand->points;
    in.candidatePoints = candidates.points;
    in.candidateNames = candidates.names;
    in.demandGeometryLayer = s.demandLayer;

    if (!s.existingLayer.isEmpty()) {
        auto e = readSites(store, s.existingLayer, QString(), Tr::tr("existing facilities"));
        if (!e) return e.error();
        // Straight-line coverage: a facility farther than the radius from the whole demand extent serves
        // nobody there (e.g. a national charger list for one city), so it is left out and counted.
        const bool prune = s.distance == DistanceMode::Euclidean && isCoverageModel(s.model);
        int far = 0;
        for (int i = 0; i < e->ids.size(); ++i) {
            const QPointF& p = e->points[i];
            if (prune && beyondReach(p)) {
                ++far;
                continue;
            }
            in.problem.required << int(in.problem.candidateIds.size());
            in.problem.candidateIds << QStringLiteral("existing:") + e->ids[i];
            in.candidateNames << e->names[i];
            in.candidatePoints << e->points[i];
        }
        if (far > 0)
            in.notes << Tr::tr("%n existing facilities lie beyond the service radius of the whole demand area and "
                               "were left out.", nullptr, far);
    }

    if (s.distance == DistanceMode::Network) {
        if (s.roadLayer.isEmpty()) return makeError(Tr::tr("Choose a road layer for network travel times."));
        const auto roads = store.layer(s.roadLayer);
        if (!roads || !roads->isFeatureLayer())
            return makeError(Tr::tr("The road layer “%1” is not a layer of lines in the project.").arg(s.roadLayer));
        auto features = store.readFeatures(s.roadLayer);
        if (!features) return features.error();
        for (const FieldInfo& f : roads->fields) in.roadFields << f.name;
        for (const FeatureRecord& f : features.value()) {
            in.roadLines << gis::Geometry::fromWkb(f.wkb);
            in.roadValues << f.values;
        }
    }
    if (s.distance == DistanceMode::CostTable && !QFile::exists(s.costTable))
        return makeError(Tr::tr("The cost table “%1” does not exist.").arg(s.costTable));

    detail::Fingerprint fp;
    fp.add(s.toJson());
    for (int i = 0; i < in.problem.demandIds.size(); ++i) {
        fp.add(in.problem.demandIds[i]);
        fp.add(in.demandPoints[i].x());
        fp.add(in.demandPoints[i].y());
        fp.add(in.problem.weights[i]);
    }
    for (int j = 0; j < in.problem.candidateIds.size(); ++j) {
        fp.add(in.problem.candidateIds[j]);
        fp.add(in.candidatePoints[j].x());
        fp.add(in.candidatePoints[j].y());
    }
    if (s.distance == DistanceMode::CostTable) {
        QFile f(s.costTable);
        if (f.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            fp.add(QString::fromLatin1(h.result().toHex()));
        }
    }
    if (s.distance == DistanceMode::Network) fp.add(QString::number(store.layer(s.roadLayer)->featureCount));
    in.fingerprint = fp.hex();
    return in;
}

}  // namespace dosi::models
