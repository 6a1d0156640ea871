#pragma once
// Private parts of ProjectStore shared by its .cpp files.

#include "Sqlite.h"
#include "dosi/core/ProjectStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

namespace dosi {

struct ProjectStore::Impl {
    sql::Db db;                                // the working copy
    std::unique_ptr<QTemporaryDir> workDir;
    QString workPath;
    QString filePath;                          // the user's file; empty = untitled
    bool modified = false;
    int fileSchema = ProjectStore::SchemaVersion;
    bool readOnly = false;                     // openReadOnly(): db is the user's file itself

    QString projectDir() const;                // folder of filePath, or empty
    Result<void> fail(const QString& what) const;   // wraps the last SQLite error
};

// `source` made absolute against the project's folder `dir` (URIs, connection strings and absolute
// paths unchanged).
QString absoluteSource(const QString& source, const QString& dir);

namespace schema {
// Creates every table of a new, current-version project in `db`.
QString createAll(sql::Db& db, const QString& title);
// Upgrades `db` from `from` to ProjectStore::SchemaVersion. Empty on success.
QString upgrade(sql::Db& db, int from);
// Reads schema_version from dosi_meta; -1 when absent or unreadable.
int readSchemaVersion(sql::Db& db);
// Registers a table in gpkg_contents (and gpkg_geometry_columns when geometryType is set).
QString registerTable(sql::Db& db, const QString& table, const QString& dataType, const QString& identifier,
                      const QString& geometryType, const Envelope& env);
QString isoNow();
}  // namespace schema

namespace gpkg {
// GeoPackage geometry blob around ISO WKB.
QByteArray wrapWkb(const QByteArray& wkb, const Envelope& env, int srid);
// Returns the WKB inside a GeoPackage blob (empty when it is not one); fills env if present.
QByteArray unwrapWkb(const QByteArray& blob, Envelope* env);
}  // namespace gpkg

namespace layerdb {
// A table name for a new layer that no table uses yet.
QString uniqueTableName(sql::Db& db, const QString& layerName);
// Checks the name of a new layer and puts it on top of the others.
Result<void> placeNewLayer(const ProjectStore& store, LayerInfo& info);
// Registers a freshly written table in gpkg_contents and dosi_layers, then commits.
Result<void> registerAndCommit(sql::Db& db, sql::Transaction& tx, const LayerInfo& info, const QString& dataType,
                               const QString& geometryType, const Envelope& env);
}  // namespace layerdb

// lupdate sees tr() calls through Q_DECLARE_TR_FUNCTIONS with this context.
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(StoreTr)
};

}  // namespace dosi
