#include "dosi/gis/PostgisSource.h"

#include "GdalUtil.h"
#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dosi::gis {

namespace {

struct DbTr {
    Q_DECLARE_TR_FUNCTIONS(DbTr)
};

QString shownConnection(const QString& c)
{
    QString s = c;
    s.replace(QRegularExpression(QStringLiteral("password=\\S+")), QStringLiteral("password=***"));
    return s;
}

// Accepts plain or schema-qualified identifiers only; quotes every part.
bool quoteIdentifier(const QString& id, QString* out)
{
    static const QRegularExpression part(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_]*$"));
    QStringList parts = id.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 2) return false;
    for (QString& p : parts) {
        if (!part.match(p).hasMatch()) return false;
        p = QLatin1Char('"') + p + QLatin1Char('"');
    }
    *out = parts.join(QLatin1Char('.'));
    return true;
}

bool isNumeric(OGRFieldType t) { return t == OFTInteger || t == OFTInteger64 || t == OFTReal; }

}  // namespace

Result<QString> databaseAggregateSql(const DatabaseMeasureQuery& q, const QStringList& valueColumns)
{
    static const QStringList aggs{QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max"),
                                  QStringLiteral("count")};
    const QString agg = q.aggregate.toLower();
    if (!aggs.contains(agg))
        return makeError(DbTr::tr("Unknown aggregate \"%1\" (sum, avg, min, max, count).").arg(q.aggregate));
    QString table, unit, time;
    if (!quoteIdentifier(q.table, &table)) return makeError(DbTr::tr("\"%1\" is not a valid table name.").arg(q.table));
    if (!quoteIdentifier(q.unitColumn, &unit)) return makeError(DbTr::tr("\"%1\" is not a valid column name.").arg(q.unitColumn));
    if (!q.timeColumn.isEmpty() && !quoteIdentifier(q.timeColumn, &time))
        return makeError(DbTr::tr("\"%1\" is not a valid column name.").arg(q.timeColumn));
    QStringList select{unit + QStringLiteral("::text AS dosi_unit"),
                       time.isEmpty() ? QStringLiteral("''::text AS dosi_time") : time + QStringLiteral("::text AS dosi_time")};
    for (int i = 0; i < valueColumns.size(); ++i) {
        QString c;
        if (!quoteIdentifier(valueColumns[i], &c))
            return makeError(DbTr::tr("\"%1\" is not a valid column name.").arg(valueColumns[i]));
        select << QStringLiteral("%1(%2)::double precision AS v%3").arg(agg, c).arg(i);
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), table);
    if (!q.where.trimmed().isEmpty()) sql += QStringLiteral(" WHERE ") + q.where;
    sql += QStringLiteral(" GROUP BY 1, 2 ORDER BY 2, 1");
    return sql;
}

Result<MeasureImport> importDatabaseMeasures(const DatabaseMeasureQuery& q, const QString& name)
{
    const QString shown = shownConnection(q.connection);
    // Names are checked before anything reaches the database.
    if (auto names = databaseAggregateSql(q, q.valueColumns); !names) return names.error();
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    gdal::DatasetPtr ds(GDALOpenEx(q.connection.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return makeError(DbTr::tr("Cannot connect to %1: %2").arg(shown, errors.lastError().trimmed()));

    // Which numeric columns to aggregate.
    OGRLayerH src = GDALDatasetGetLayerByName(ds.get(), q.table.toUtf8().constData());
    if (!src) return makeError(DbTr::tr("%1 has no table \"%2\".").arg(shown, q.table));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(src);
    QSet<QString> numeric, all;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        const QString n = QString::fromUtf8(OGR_Fld_GetNameRef(f));
        all.insert(n);
        if (isNumeric(OGR_Fld_GetType(f))) numeric.insert(n);
    }
    for (const QString& c : {q.unitColumn, q.timeColumn})
        if (!c.isEmpty() && !all.contains(c)) return makeError(DbTr::tr("Table \"%1\" in %2 has no column \"%3\".").arg(q.table, shown, c));
    QStringList values = q.valueColumns;
    if (values.isEmpty()) {
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
            const QString n = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
            if (numeric.contains(n) && n != q.unitColumn && n != q.timeColumn) values << n;
        }
    }
    if (values.isEmpty()) return makeError(DbTr::tr("Table \"%1\" in %2 has no numeric column to import.").arg(q.table, shown));
    for (const QString& v : values) {
        if (!all.contains(v)) return makeError(DbTr::tr("Table \"%1\" in %2 has no column \"%3\".").arg(q.table, shown, v));
        if (!numeric.contains(v)) return makeError(DbTr::tr("Column \"%1\" of table \"%2\" is not numeric.").arg(v, q.table));
    }

    auto sql = databaseAggregateSql(q, values);
    if (!sql) return sql.error();
    errors.clear();
    OGRLayerH res = GDALDatasetExecuteSQL(ds.get(), sql->toUtf8().constData(), nullptr, nullptr);
    if (!res) return makeError(DbTr::tr("The database query on %1 failed: %2").arg(shown, errors.lastError().trimmed()));

    MeasureImport out;
    out.format = QStringLiteral("database-aggregate");
    out.info.name = name;
    out.info.kind = LayerKind::Measure;
    out.info.source = shown + QStringLiteral(" ") + q.table;
    for (const QString& v : values)
        out.info.fields.append(FieldInfo{v, FieldType::Real, DbTr::tr("%1 of %2 in %3 (aggregated in the database)").arg(q.aggregate.toLower(), v, q.table)});
    out.table.fields = values;
    out.table.columns.resize(values.size());
    QSet<QString> seen;
    OGR_L_ResetReading(res);
    for (OGRFeatureH f; (f = OGR_L_GetNextFeature(res)) != nullptr;) {
        gdal::FeaturePtr hold(f);
        const QString unit = toMois10(QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)).trimmed());
        const QString time = QString::fromUtf8(OGR_F_GetFieldAsString(f, 1)).trimmed();
        if (unit.isEmpty()) {
            out.warnings << DbTr::tr("%1: rows with an empty unit code were skipped.").arg(q.table);
            continue;
        }
        const QString key = unit + QLatin1Char('\x1f') + time;
        if (seen.contains(key)) {
            GDALDatasetReleaseResultSet(ds.get(), res);
            return makeError(DbTr::tr("Table \"%1\": unit %2 and time %3 appear twice after normalising the codes.").arg(q.table, unit, time));
        }
        seen.insert(key);
        QVector<double> row;
        for (int i = 0; i < values.size(); ++i)
            row << (OGR_F_IsFieldSetAndNotNull(f, i + 2) ? OGR_F_GetFieldAsDouble(f, i + 2) : missingValue());
        out.table.addRow(unit, time, row);
        ++out.rowsRead;
    }
    GDALDatasetReleaseResultSet(ds.get(), res);
    out.warnings.removeDuplicates();
    out.info.timeKind = out.table.times.isEmpty() ? TimeKind::None : guessTimeKind(out.table.times.first());
    if (!q.timeColumn.isEmpty() && out.info.timeKind == TimeKind::None && !out.table.times.isEmpty())
        out.warnings << DbTr::tr("%1: the time values (e.g. \"%2\") are not in a known format.").arg(q.table, out.table.times.first());
    return out;
}

}  // namespace dosi::gis
