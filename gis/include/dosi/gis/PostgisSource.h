#pragma once
// PostGIS (or any GDAL SQL-capable database) as a shared data warehouse.
//
// Boundaries come through importVector() with a "PG:..." connection string and
// VectorImportOptions::sourceLayer naming the table. Measures too big for the desktop are
// aggregated in the database: importDatabaseMeasures() sends one
//   SELECT unit, time, AGG(v1), AGG(v2) ... FROM table [WHERE ...] GROUP BY unit, time
// and stores only the result, keyed by (unit, time) like any other measure layer.

#include "dosi/core/Result.h"
#include "dosi/gis/MeasureImport.h"

#include <QString>
#include <QStringList>

namespace dosi::gis {

struct DatabaseMeasureQuery {
    QString connection;        // e.g. "PG:dbname=city host=127.0.0.1 port=5432 user=dosi"
    QString table;             // table or view, optionally schema-qualified ("stats.living")
    QString unitColumn;        // unit code column (codes normalised with toMois10)
    QString timeColumn;        // empty = no time axis
    QStringList valueColumns;  // empty = every numeric column except unit and time
    QString aggregate = QStringLiteral("sum");   // sum, avg, min, max, count
    QString where;             // optional SQL condition, passed to the database as is
};

// The SQL that importDatabaseMeasures() sends (for display and logging).
Result<QString> databaseAggregateSql(const DatabaseMeasureQuery& query, const QStringList& valueColumns);

Result<MeasureImport> importDatabaseMeasures(const DatabaseMeasureQuery& query, const QString& name);

}  // namespace dosi::gis
