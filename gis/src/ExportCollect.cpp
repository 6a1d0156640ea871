// collectExportLayer(): what an export writes, read from the project (see VectorExport.h).
#include "dosi/gis/VectorExport.h"

#include "dosi/core/Values.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dosi::gis {

namespace {

struct ExportTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::gis::Export)
};

bool isNumeric(const FieldInfo& f) { return f.type == FieldType::Real || f.type == FieldType::Integer; }

// Letters, digits and '_' kept; anything else becomes '_'.
QString safeName(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) out += (c.isLetterOrNumber() || c == QLatin1Char('_')) ? c : QLatin1Char('_');
    return out;
}

QString uniqueName(const QString& base, QStringList* taken)
{
    if (!taken) return base;
    QString name = base;
    for (int k = 2; taken->contains(name.toLower()); ++k) name = QStringLiteral("%1_%2").arg(base).arg(k);
    taken->append(name.toLower());
    return name;
}

}  // namespace

QString exportColumnName(const QString& field, const QString& time, QStringList* taken)
{
    QString base = safeName(time.isEmpty() ? field : field + QLatin1Char('_') + time);
    if (base.isEmpty()) base = QStringLiteral("value");
    if (base.front().isDigit()) base.prepend(QStringLiteral("v_"));
    return uniqueName(base, taken);
}

int ExportLayer::suppressed() const
{
    int n = 0;
    for (const ExportColumn& c : columns) n += c.suppressed;
    return n;
}

QString ExportLayer::note() const
{
    QStringList parts;
    if (info.estimated) parts << ExportTr::tr("Estimated by a model, not measured.");
    bool people = false;
    for (const ExportColumn& c : columns) people = people || c.peopleCount;
    if (people && privacy.enabled())
        parts << ExportTr::tr("Counts of %1 or fewer people are suppressed (privacy rule): %n value(s).", nullptr, suppressed())
                     .arg(formatNumber(privacy.threshold));
    else if (people)
        parts << ExportTr::tr("The privacy rule is off: small counts are not suppressed.");
    int masked = 0;
    for (const ExportColumn& c : columns) masked += c.masked;
    if (masked > 0) parts << ExportTr::tr("%n value(s) masked by the publisher.", nullptr, masked);
    if (!info.source.isEmpty()) {
        const QFileInfo fi(info.source);
        parts << ExportTr::tr("Source: %1").arg(fi.isAbsolute() ? fi.fileName() : info.source);
    }
    return parts.join(QLatin1Char(' '));
}

Result<ExportLayer> collectExportLayer(const ProjectStore& store, const ExportRequest& request, const PrivacyRule& rule,
                                       const ExportProgress& progress)
{
    const auto info = store.layer(request.layer);
    if (!info) return makeError(ExportTr::tr("The project has no layer named \"%1\".").arg(request.layer));
    ExportLayer out;
    out.info = *info;
    out.privacy = rule;
    out.tableName = safeName(info->name);
    if (out.tableName.isEmpty() || out.tableName.front().isDigit()) out.tableName.prepend(QStringLiteral("layer_"));
    const bool isMeasure = info->kind == LayerKind::Measure;

    QStringList fields;
    for (const QString& f : request.fields)
        if (!f.trimmed().isEmpty()) fields << f.trimmed();
    QStringList times;
    for (const QString& t : request.times)
        if (!t.trimmed().isEmpty()) times << t.trimmed();
    const bool allTimes = times.size() == 1 && times.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    if (isMeasure) {
        if (fields.isEmpty()) {
            if (info->fields.isEmpty()) return makeError(ExportTr::tr("Layer \"%1\" has no field to export.").arg(info->name));
            fields << info->fields.first().name;
        }
        if (allTimes) {
            auto all = store.measureTimes(info->name);
            if (!all) return all.error();
            times = all.value();
        }
        if (times.isEmpty()) times << QString();   // the first time (or none)
    } else {
        if (!times.isEmpty() && !allTimes)
            return makeError(ExportTr::tr("Layer \"%1\" has no time axis, so no time can be chosen.").arg(info->name));
        times = QStringList{QString()};
        if (fields.isEmpty())
            for (const FieldInfo& f : info->fields)
                if (isNumeric(f) && f.name != info->codeField) fields << f.name;
    }

    QStringList taken{QStringLiteral("fid"), QStringLiteral("geom"), QStringLiteral("code"), QStringLiteral("label")};
    std::shared_ptr<const FeatureLayerData> data;
    if (!isMeasure) {
        auto loaded = loadFeatureLayer(store, info->name);
        if (!loaded) return loaded.error();
        data = loaded.value();
        // Text attributes (the code and label columns carry codeField and labelField).
        QVector<int> textIdx;
        for (int k = 0; k < info->fields.size(); ++k) {
            const FieldInfo& f = info->fields[k];
            if (f.type != FieldType::Text || f.name == info->codeField || f.name == info->labelField) continue;
            textIdx << k;
            out.textColumns.append(ExportTextColumn{exportColumnName(f.name, {}, &taken), {}});
        }
        if (!textIdx.isEmpty()) {
            auto recs = store.readFeatures(info->name);
            if (!recs) return recs.error();
            for (int c = 0; c < textIdx.size(); ++c) {
                QStringList& values = out.textColumns[c].values;
                values.reserve(recs->size());
                for (const FeatureRecord& r : recs.value())
                    values << (textIdx[c] < r.values.size() ? r.values[textIdx[c]].toString() : QString());
            }
        }
    }

    const int total = int(fields.size() * times.size());
    int done = 0;
    for (const QString& field : std::as_const(fields)) {
        for (const QString& time : std::as_const(times)) {
            ThematicSpec spec;
            spec.layer = info->name;
            spec.field = field;
            spec.time = time;
            spec.classes = request.classes;
            spec.ramp = request.ramp;
            auto layer = buildThematicLayer(store, spec, data);
            if (!layer) return layer.error();
            data = layer->data;
            if (out.columns.isEmpty()) out.legend = layer->legend;
            ExportColumn col;
            col.field = layer->field;
            col.time = isMeasure ? layer->time : QString();
            col.name = exportColumnName(col.field, col.time, &taken);
            col.values = std::move(layer->values);
            for (double v : std::as_const(col.values))
                if (isMasked(v)) ++col.masked;
            col.peopleCount = isPeopleCount(*info, col.field);
            if (col.peopleCount) col.suppressed = suppressSmallCounts(col.values, rule);
            out.columns.append(std::move(col));
            if (progress && !progress(++done, total)) return makeError(ExportTr::tr("The export was cancelled."));
        }
    }
    if (!data) {
        auto loaded = loadFeatureLayer(store, isMeasure ? info->geometryLayer : info->name);
        if (!loaded) return loaded.error();
        data = loaded.value();
    }
    out.data = data;
    return out;
}

}  // namespace dosi::gis
