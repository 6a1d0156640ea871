#pragma once
// ColorBrewer colour ramps (Cynthia Brewer, colorbrewer2.org; published hex values, 3-9 classes)
// and the fixed colours for features without a value.

#include <QBrush>
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::gis {

// Sequential: YlOrRd, YlGnBu, Blues, Greens, Reds, Purples, OrRd, PuBuGn.
// Diverging:  RdBu, RdYlBu, BrBG, PiYG.
QStringList sequentialRampNames();
QStringList divergingRampNames();
bool isKnownRamp(const QString& name);        // case-insensitive
bool isDivergingRamp(const QString& name);

// The published colours for `classes` classes (3..9), light to dark (sequential) or
// first-end to second-end (diverging, e.g. red to blue for RdBu). For 1 or 2 classes the ends
// of the 3-class ramp are used; above 9 the 9-class ramp is interpolated. An unknown name
// falls back to YlOrRd. `reversed` flips the order.
QVector<QColor> rampColors(const QString& name, int classes, bool reversed = false);

QColor missingColor();    // #d9d9d9, flat: no data
QColor maskedColor();     // #bdbdbd, drawn with a diagonal hatch: masked (<= 3 people)
QColor hatchColor();      // the hatch lines over maskedColor()
// Hatch brush for masked features; `scale` is device pixels per logical pixel.
QBrush maskedHatchBrush(double scale = 1.0);

}  // namespace dosi::gis
