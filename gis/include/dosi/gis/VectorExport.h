#pragma once
// Data exports of project layers: what to export is first collected from the project into an
// ExportLayer (geometry, codes, labels, one value column per chosen field and time, the Dosi legend,
// the privacy rule applied), which then needs no project: the writers below (and writeLayerGeoTiff in
// RasterExport.h) run on any thread.
//
// GeoPackage (writeGeoPackage): one table per layer, EPSG:5179, columns
//   fid, geom, code, label, [text attributes of a feature layer], value columns.
// Value columns are named <field>_<time> with every character that is not a letter, digit or '_'
// replaced by '_' (total at 2019-03-04T14 -> total_2019_03_04T14; a field alone when there is no time;
// a leading digit gets "v_"); names are unique within the table, case-insensitively.
// The table `dosi_export_info` (a GeoPackage attributes table) maps every value column back to its
// layer, field and time and says whether it is estimated (model output), whether it counts people,
// the privacy threshold, how many values were suppressed and masked, the source and a note. Each table's
// gpkg_contents description carries the same note, and the layer metadata (gpkg_metadata) holds
// DOSI_ESTIMATED, DOSI_SOURCE and DOSI_PRIVACY_THRESHOLD.
// QGIS styles: a `layer_styles` table as QGIS creates it (id, f_table_catalog, f_table_schema,
// f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui,
// update_time) with one default style per table: a graduatedSymbol renderer on the first value column
// whose ranges and colours are the Dosi legend's classes (features without a value are not drawn, as
// QGIS's graduated renderer does). Tables without a value column get a single-symbol style.
//
// CSV (writeCsv): UTF-8 with a byte-order mark (so Excel in Korea reads the Hangul), CRLF line ends,
// header "code,label,[text attributes],<value columns>,estimated"; missing values are empty, values
// masked by the publisher or suppressed by the privacy rule are written "*" as in Seoul's files, and the
// last column `estimated` is "yes" on every row of a model's output (else "no"). Numbers are written
// with the fewest digits that read back to the same double.
//
// Every writer writes a temporary file beside the target and renames it over the target: the target is
// either the old file or the complete new one, and nothing is left behind on failure or cancel.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Privacy.h"
#include "dosi/gis/ThematicMap.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace dosi::gis {

// What to export of one project layer.
struct ExportRequest {
    QString layer;
    // Measure layers: the fields (empty = the layer's first field). Feature layers: the numeric
    // attributes (empty = all of them). The first one is the one the style shows.
    QStringList fields;
    // Measure layers: time keys (empty = the first time; the single word "all" = every time).
    // Feature layers have no time: a time is an error.
    QStringList times;
    QString classes = QStringLiteral("quantile:5");   // as ThematicSpec
    QString ramp = QStringLiteral("YlOrRd");
};

struct ExportColumn {
    QString name;                 // column name in the GeoPackage / CSV
    QString field;
    QString time;                 // empty when the layer has no time
    QVector<double> values;       // per feature; NaN = missing; masked NaN = masked or suppressed
    bool peopleCount = false;     // isPeopleCount(): the privacy rule applies
    int suppressed = 0;           // values set to masked by the privacy rule
    int masked = 0;               // values already masked by the publisher
};

struct ExportTextColumn {
    QString name;
    QStringList values;           // per feature
};

struct ExportLayer {
    std::shared_ptr<const FeatureLayerData> data;   // geometry (EPSG:5179), codes, labels
    LayerInfo info;                // the exported layer (a measure layer or the feature layer itself)
    QString tableName;             // GeoPackage table name (sanitised layer name)
    QVector<ExportTextColumn> textColumns;   // text attributes of a feature layer
    QVector<ExportColumn> columns;
    Legend legend;                 // Dosi's legend of the first column (what the map shows)
    PrivacyRule privacy;
    bool estimated() const { return info.estimated; }
    int suppressed() const;        // over all columns
    QString note() const;          // translated: estimated / suppression / source, for metadata
};

using ExportProgress = std::function<bool(int done, int total)>;   // returning false cancels

// Reads what `request` asks for from the project (main thread: the store is not thread-safe),
// applies `rule` to the columns that count people, and names the columns. Fails with one message
// naming an unknown layer, field or time.
Result<ExportLayer> collectExportLayer(const ProjectStore& store, const ExportRequest& request,
                                       const PrivacyRule& rule, const ExportProgress& progress = {});

// "<field>_<time>" made safe (see above); `taken` (lower-case) receives the name.
QString exportColumnName(const QString& field, const QString& time, QStringList* taken = nullptr);

// The QGIS style (QML) of a layer: graduatedSymbol on its first value column, else singleSymbol.
QString qgisStyleQml(const ExportLayer& layer);

struct GeoPackageOptions {
    bool styles = true;   // write layer_styles
};

Result<void> writeGeoPackage(const QString& path, const QVector<ExportLayer>& items,
                             const GeoPackageOptions& options = {}, const ExportProgress& progress = {});

Result<void> writeCsv(const QString& path, const ExportLayer& layer);

}  // namespace dosi::gis
