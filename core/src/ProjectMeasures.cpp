// ProjectStore: measure layers (values keyed by unit and time), stored in blocks (MeasureBlocks.h).

#include "MeasureBlocks.h"
#include "ProjectStoreImpl.h"

namespace dosi {

Result<void> ProjectStore::addMeasureLayer(LayerInfo info, const MeasureTable& data)
{
    info.kind = LayerKind::Measure;
    if (auto r = layerdb::placeNewLayer(*this, info); !r) return r;
    if (info.fields.isEmpty())
        for (const QString& f : data.fields) info.fields.append(FieldInfo{f, FieldType::Real, {}});
    if (info.fields.size() != data.fields.size())
        return makeError(StoreTr::tr("Layer \"%1\": the field list does not match the data.").arg(info.name));
    info.rowCount = data.rowCount();

    sql::Transaction tx(d->db);
    if (!tx.started()) return d->fail(StoreTr::tr("Cannot write to the project"));
    info.table = layerdb::uniqueTableName(d->db, info.name);
    if (QString e = blocks::writeTable(d->db, info.table, data); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot write layer \"%1\": %2").arg(info.name, e));
    if (auto r = layerdb::registerAndCommit(d->db, tx, info, QStringLiteral("attributes"), {}, Envelope::null()); !r)
        return r;
    d->modified = true;
    return {};
}

namespace {

Result<MeasureTable> readLayerMeasures(const ProjectStore& store, const sql::Db& db, const QString& layerName,
                                       const QStringList& fields, const QString& time, const QString& unit)
{
    const auto info = store.layer(layerName);
    if (!info || info->kind != LayerKind::Measure)
        return makeError(StoreTr::tr("The project has no measure layer named \"%1\".").arg(layerName));
    QStringList names = fields;
    if (names.isEmpty())
        for (const FieldInfo& f : info->fields) names << f.name;
    QVector<int> index;
    for (const QString& f : names) {
        const int i = info->fieldIndex(f);
        if (i < 0) return makeError(StoreTr::tr("Layer \"%1\" has no field \"%2\".").arg(layerName, f));
        index << i;
    }
    auto out = blocks::readTable(db, info->table, int(info->fields.size()), index, names, time, unit);
    if (!out) return makeError(StoreTr::tr("Cannot read layer \"%1\": %2").arg(layerName, out.errorMessage()));
    return out;
}

Result<QStringList> listOf(const ProjectStore& store, const QString& layerName,
                           const std::function<QString(const QString& table, QStringList*)>& read)
{
    const auto info = store.layer(layerName);
    if (!info || info->kind != LayerKind::Measure)
        return makeError(StoreTr::tr("The project has no measure layer named \"%1\".").arg(layerName));
    QStringList out;
    if (QString e = read(info->table, &out); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot read layer \"%1\": %2").arg(layerName, e));
    return out;
}

}  // namespace

Result<MeasureTable> ProjectStore::readMeasures(const QString& layerName, const QStringList& fields, const QString& time) const
{
    return readLayerMeasures(*this, d->db, layerName, fields, time, {});
}

Result<MeasureTable> ProjectStore::readUnitMeasures(const QString& layerName, const QString& unit,
                                                     const QStringList& fields) const
{
    if (unit.isEmpty()) return makeError(StoreTr::tr("No unit was given for layer \"%1\".").arg(layerName));
    return readLayerMeasures(*this, d->db, layerName, fields, {}, unit);
}

Result<MeasureCounts> ProjectStore::measureCounts(const QString& layerName) const
{
    const auto info = layer(layerName);
    if (!info || info->kind != LayerKind::Measure)
        return makeError(StoreTr::tr("The project has no measure layer named \"%1\".").arg(layerName));
    MeasureCounts c;
    if (QString e = blocks::countTable(d->db, info->table, int(info->fields.size()), &c.rows, &c.maskedValues,
                                       &c.missingValues);
        !e.isEmpty())
        return makeError(StoreTr::tr("Cannot read layer \"%1\": %2").arg(layerName, e));
    return c;
}

Result<QStringList> ProjectStore::measureTimes(const QString& layerName) const
{
    return listOf(*this, layerName, [this](const QString& t, QStringList* out) { return blocks::sortedTimes(d->db, t, out); });
}

Result<QStringList> ProjectStore::measureUnits(const QString& layerName) const
{
    return listOf(*this, layerName, [this](const QString& t, QStringList* out) { return blocks::sortedUnits(d->db, t, out); });
}

}  // namespace dosi
