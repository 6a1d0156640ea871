#pragma once
// Thematic (choropleth) map layers built from a project: feature geometries joined with a
// measure at one time, classified and coloured, plus the legend that explains them.
//
// Loading (geometry decode) happens once per layer; recolouring for another time or field
// only re-joins values and re-classifies (FeatureLayerData is shared and immutable).

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/gis/Geometry.h"
#include "dosi/gis/MapView.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace dosi::gis {

// Geometry and identity of one feature layer, decoded once.
struct FeatureLayerData {
    LayerInfo info;
    QVector<Geometry> geometries;   // EPSG:5179
    QStringList codes;              // unit code per feature (LayerInfo::codeField)
    QStringList labels;             // label per feature (LayerInfo::labelField)
    Envelope extent;
    // Numeric attributes (Real and Integer fields), read with the geometry so that mapping a field of
    // the feature layer itself does not read the layer again: attributeValues[k][feature] holds
    // attributeFields[k] (NaN = missing).
    QStringList attributeFields;
    QVector<QVector<double>> attributeValues;
};

Result<std::shared_ptr<const FeatureLayerData>> loadFeatureLayer(const ProjectStore& store, const QString& layerName);

// What to show. `layer` is a feature layer, or a measure layer (then its geometryLayer is drawn).
// Empty field = the layer's first numeric field; empty time = the first time of the layer.
// classes: "quantile:5", "equal:5", "jenks:5", "stddev:1", "manual:10,20,30".
struct ThematicSpec {
    QString layer;
    QString field;
    QString time;
    QString classes = QStringLiteral("quantile:5");
    QString ramp = QStringLiteral("YlOrRd");   // ColorBrewer sequential/diverging name
};

struct LegendEntry {
    enum class Kind { Class, Missing, Masked };
    QColor color;
    QString label;                  // e.g. "12,345 – 23,456"
    int count = 0;                  // features in the class
    Kind kind = Kind::Class;        // Masked entries are drawn hatched
    double lower = 0, upper = 0;    // class bounds (Kind::Class)
};

struct Legend {
    QString title;                  // layer / field / time
    QVector<LegendEntry> entries;   // classes, then "No data" / "Masked (≤3)" when present
    // Point layers: values shown as graduated circles in the legend (largest first; empty: none).
    // The circles' radii follow graduatedRadius() (MapRenderer.h) with symbolMaximum.
    QVector<double> symbolValues;
    double symbolMaximum = 0;
};

struct ThematicLayer {
    std::shared_ptr<const FeatureLayerData> data;
    QVector<double> values;         // per feature; NaN = missing (see core Values.h for masked)
    QVector<QColor> fills;          // per feature
    QVector<double> breaks;         // class upper bounds
    Legend legend;
    QString field;
    QString time;
    QStringList times;              // the measure's whole time axis (empty if none)
    double opacity = 1.0;
    bool visible = true;
    Envelope valueExtent;           // extent of features that have a value
    QVector<int> selected;          // feature indexes drawn highlighted (linked selection)
    bool showLabels = false;        // feature labels (FeatureLayerData::labels), placed without overlap
    // Point layers with values are drawn as graduated circles (area ∝ value). The value drawn at
    // the largest radius; <= 0 means the largest |value| of this layer (set it to the maximum over
    // all times so that sizes stay comparable while playing through time).
    double symbolMaxValue = 0;
};

// Builds a thematic layer. `cached` (may be null) avoids re-reading the geometry.
Result<ThematicLayer> buildThematicLayer(const ProjectStore& store, const ThematicSpec& spec,
                                         std::shared_ptr<const FeatureLayerData> cached = nullptr);

// An outline-only layer (e.g. 자치구 boundaries over the dongs).
ThematicLayer outlineLayer(std::shared_ptr<const FeatureLayerData> data);

// Map decorations drawn over the layers.
struct MapDecorations {
    QString title;
    QString sourceLine;             // data source / attribution line
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    QString timeStamp;              // drawn near the title when set
    // Presentation (projectors): `scale` multiplies the automatic size (decorationScale());
    // `highContrast` draws dark boxes with white text and strong outlines; `topMargin` keeps that
    // many logical pixels free at the top (e.g. under an overlay band).
    double scale = 1.0;
    bool highContrast = false;
    double topMargin = 0.0;
};

// Headless one-shot: builds the layer and renders it to an image (used by dosi-cli render,
// the report and the demo). The view fits the features that have values.
// Extras for renderThematicImage(): an offline background map under the layer and labels.
struct ThematicImageOptions {
    QString basemap;                // any GDAL raster (GeoTIFF, MBTiles, VRT); empty = none
    bool labels = false;            // feature labels (e.g. dong names), placed without overlap
};

Result<QImage> renderThematicImage(const ProjectStore& store, const ThematicSpec& spec, const QSize& size,
                                   const MapDecorations& decorations = {}, const ThematicImageOptions& options = {});

struct RenderRequest;
// Applies the options to a request whose layers are set (every headless map: thematic, difference,
// side by side, flows): labels on its thematic layers; the basemap under them, slightly faded, with
// the layers a little transparent over it. Fails naming a basemap that cannot be read.
Result<void> applyImageOptions(const ThematicImageOptions& options, RenderRequest& req);

// Number formatting used by legends and reports: thousands separators (QLocale; the C locale
// is replaced by English so separators always appear). decimals < 0 picks 0 for integers and
// otherwise enough decimals for three significant digits (at most 4).
QString formatNumber(double value, int decimals = -1);
// Decimals that make the class bounds of `breaks` (and `minimum`) distinguishable.
int legendDecimals(double minimum, const QVector<double>& breaks);
// The legend label of class `index` (lower, upper]: "1,200 – 3,400"; when every value is a whole
// number (`whole`) and the class can hold only one ("0", "1" for a 0/1 code), that value.
QString classLabel(int index, double lower, double upper, int decimals, bool whole);
// True when every finite value is a whole number.
bool allWholeNumbers(const QVector<double>& values);

// Default decorations for a thematic layer: title = legend title, time stamp = time label.
MapDecorations defaultDecorations(const ThematicLayer& layer);

}  // namespace dosi::gis
