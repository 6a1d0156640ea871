#pragma once
// Layer descriptions and the records that flow in and out of the project store.
// Geometry is carried as ISO WKB (little-endian, 2D) in EPSG:5179; core never parses it
// beyond the envelope that the caller supplies.

#include "dosi/core/TimeAxis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace dosi {

enum class LayerKind { Boundaries, Points, Grid, Measure };

QString layerKindName(LayerKind kind);             // "boundaries", "points", "grid", "measure"
LayerKind layerKindFromName(const QString& name);  // unknown -> Boundaries

enum class FieldType { Real, Integer, Text };

struct FieldInfo {
    QString name;
    FieldType type = FieldType::Real;
    QString description;  // human-readable, may be empty
};

struct Envelope {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool isNull() const { return maxX < minX || maxY < minY; }
    static Envelope null() { return {1, 1, 0, 0}; }
    void expand(const Envelope& o);
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

// One project layer as recorded in the dosi_layers table.
struct LayerInfo {
    QString name;                 // unique within the project
    LayerKind kind = LayerKind::Boundaries;
    QString table;                // SQLite table holding it (set by the store)
    QString title;                // display title, defaults to name
    // Feature layers: which attribute is the unit code and which the label.
    QString codeField = QStringLiteral("code");
    QString labelField = QStringLiteral("name");
    // Measure layers: the feature layer whose codes key the units.
    QString geometryLayer;
    TimeKind timeKind = TimeKind::None;
    QList<FieldInfo> fields;      // attribute or value columns (not fid/geom/unit/time)
    QString source;               // where it came from; absolute in memory, relative on disk
    bool visible = true;
    int order = 0;                // drawing order, 0 = bottom
    bool estimated = false;       // values come from a model, not measured
    QJsonObject style;            // renderer style (free-form JSON)
    qint64 featureCount = 0;      // features (feature layers) or
    qint64 rowCount = 0;          // measure records (measure layers)

    bool isFeatureLayer() const { return kind != LayerKind::Measure; }
    int fieldIndex(const QString& fieldName) const;
};

struct FeatureRecord {
    qint64 fid = 0;               // assigned by the store on write when 0
    QByteArray wkb;               // ISO WKB in EPSG:5179
    Envelope envelope;            // of the geometry
    QVector<QVariant> values;     // aligned with LayerInfo::fields
};

// Columnar measure data: one row per (unit, time).
// Values are doubles; see Values.h for missing and masked.
struct MeasureTable {
    QStringList fields;
    QStringList units;
    QStringList times;
    QVector<QVector<double>> columns;  // columns[field][row]

    int rowCount() const { return int(units.size()); }
    int fieldIndex(const QString& name) const { return int(fields.indexOf(name)); }
    void addRow(const QString& unit, const QString& time, const QVector<double>& values);
};

// The first (unit, time) key that occurs twice, as {earlier row, later row} with the later row as
// small as possible; {-1, -1} when every key is unique.
QPair<int, int> findDuplicateKey(const MeasureTable& table);

}  // namespace dosi
