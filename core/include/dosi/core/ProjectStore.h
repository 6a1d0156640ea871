#pragma once
// ProjectStore: a Dosi project file (.dosi), which is a GeoPackage (SQLite).
//
// On open, the file is validated and copied into a private working copy; every edit goes
// to the working copy inside an SQLite transaction. save()/saveAs() write a compacted copy
// next to the target and rename it over the target, so the file on disk is always either
// the old or the new project, never half of each. Source paths are stored relative to the
// project file's folder and returned absolute.
//
// Tables: dosi_meta (key/value, holds schema_version), dosi_layers (one row per layer),
// dosi_runs (model runs), GeoPackage feature tables in EPSG:5179, and measure tables
// registered as GeoPackage "attributes". A measure table holds the records of one layer keyed by
// (unit, time block), with the values of up to 24 (or 168) consecutive time keys packed in one row
// and indexes on (unit, block) and (block, unit); dosi_measure_times maps each time key to its block.
// So a map of one hour, a unit's series and a day or week of one unit are each a few index lookups,
// and an import writes one row per unit and day rather than one per unit and hour.
// (Schema 1 stored one row per (unit, time); opening such a file converts it. Schema 3 adds packed
// integer blocks for short decimals and dosi_bookmarks; schema 4 gives runs a title and details.)

#include "dosi/core/Layer.h"
#include "dosi/core/Result.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace dosi {

struct RunInfo {
    qint64 id = 0;
    QString kind;      // e.g. "regen.diagnose", "locate.mclp"
    QString model;
    QString version;
    QString created;   // ISO 8601 UTC
    QJsonObject params;
    QString fingerprint;
    QJsonObject metrics;
    QStringList resultLayers;
    QString title;         // e.g. the scenario's name (schema 4)
    QJsonObject details;   // per-unit detail that the result layers cannot carry (schema 4)
};

// A named view of the map (extent, time, layers ...). `state` is the desktop's to define; the
// project keeps bookmarks by name, in the order they were added.
struct Bookmark {
    QString name;
    QJsonObject state;
    QString created;   // ISO 8601 UTC
};

// Counts over all values of a measure layer (see Values.h for masked and missing).
struct MeasureCounts {
    qint64 rows = 0;            // (unit, time) records
    qint64 maskedValues = 0;
    qint64 missingValues = 0;
};

class ProjectStore {
public:
    static constexpr int SchemaVersion = 4;   // bump with a step in ProjectSchema.cpp
    static constexpr int AnalysisSrid = 5179;
    static QString fileSuffix() { return QStringLiteral("dosi"); }

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    // A new, empty project. With a path, it is written there at once (atomically).
    static Result<std::unique_ptr<ProjectStore>> create(const QString& path, const QString& title);
    // Opens an existing project. Refuses files that are not Dosi projects, are damaged,
    // or come from a newer Dosi; upgrades older schemas in the working copy.
    static Result<std::unique_ptr<ProjectStore>> open(const QString& path);
    // Opens a project to read it only (info, render, export): no working copy, so a large project
    // opens at once. Checked like open(); a file that needs an upgrade or has a journal beside it is
    // opened with a working copy instead. Edits fail and save() refuses.
    static Result<std::unique_ptr<ProjectStore>> openReadOnly(const QString& path);
    bool isReadOnly() const;

    QString filePath() const;             // empty for an untitled project
    bool isUntitled() const { return filePath().isEmpty(); }
    bool isModified() const;
    int schemaVersion() const;            // of the working copy (always current once open)
    int fileSchemaVersion() const;        // as found in the file on open

    Result<void> save();
    Result<void> saveAs(const QString& path);
    // Saves and closes the project (for one-shot tools such as dosi-cli): the working copy itself
    // is moved into place when it can be, so a large project is not copied. Nothing but the file
    // name may be asked of the store afterwards.
    Result<void> saveAndClose();

    QString title() const;
    Result<void> setTitle(const QString& title);
    QString metaValue(const QString& key) const;
    Result<void> setMetaValue(const QString& key, const QString& value);

    // Layers, bottom to top.
    QList<LayerInfo> layers() const;
    std::optional<LayerInfo> layer(const QString& name) const;
    bool hasLayer(const QString& name) const { return layer(name).has_value(); }

    // Writes a new feature layer (boundaries, points, grid) in one transaction.
    Result<void> addFeatureLayer(LayerInfo info, const QVector<FeatureRecord>& features);
    // Appends features to an existing feature layer with the same fields.
    Result<void> appendFeatures(const QString& layerName, const QVector<FeatureRecord>& features);
    // Writes a new measure layer (values keyed by unit and time) in one transaction.
    Result<void> addMeasureLayer(LayerInfo info, const MeasureTable& data);
    Result<void> removeLayer(const QString& name);

    // Display properties.
    Result<void> setLayerVisible(const QString& name, bool visible);
    Result<void> setLayerOrder(const QStringList& bottomToTop);
    Result<void> setLayerStyle(const QString& name, const QJsonObject& style);

    Result<QVector<FeatureRecord>> readFeatures(const QString& layerName) const;
    // Empty `fields` = all fields; empty `time` = all times.
    Result<MeasureTable> readMeasures(const QString& layerName, const QStringList& fields = {},
                                      const QString& time = {}) const;
    // One unit's records over all times (an hourly profile, a yearly series), sorted by time.
    Result<MeasureTable> readUnitMeasures(const QString& layerName, const QString& unit,
                                          const QStringList& fields = {}) const;
    Result<MeasureCounts> measureCounts(const QString& layerName) const;   // one streaming pass
    Result<QStringList> measureTimes(const QString& layerName) const;   // sorted
    Result<QStringList> measureUnits(const QString& layerName) const;   // sorted

    QList<RunInfo> runs() const;   // without details (they can be large): see run()
    std::optional<RunInfo> run(qint64 id) const;   // with details
    Result<qint64> addRun(const RunInfo& run);
    // Removes the run record and its result layers.
    Result<void> removeRun(qint64 id);

    // Bookmarks (dosi_bookmarks), in the order they were first added.
    QList<Bookmark> bookmarks() const;
    // Adds a bookmark, or replaces the state of the one with the same name (keeping its place).
    Result<void> setBookmark(const Bookmark& bookmark);
    Result<void> removeBookmark(const QString& name);   // an unknown name is an error
    Result<void> renameBookmark(const QString& from, const QString& to);

    static QString appVersion();

    struct Impl;

private:
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    Result<void> saveTo(const QString& path, bool close);
    std::unique_ptr<Impl> d;
};

}  // namespace dosi
