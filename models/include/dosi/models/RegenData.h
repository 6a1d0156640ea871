#pragma once
// Reading the regeneration models' inputs from a project: which layers hold population, business
// and building data (found by name or given), yearly series per unit, indicator values, and
// forecast panels. A scenario (Scenario.h) is applied to what is read; the project is not changed.
//
// Field expressions: a field name, or names joined by "+" (their sum per row), e.g.
// "65_69+70_74+75_79+80_84+85_89+90_94+95_99+100_" for people aged 65 and over in a table of 5-year
// bands. A sum with any missing part is missing. Derived measures (DerivedMeasures.h, e.g.
// "extinction_risk") are computed when the layer does not store the field.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/Decline.h"
#include "dosi/models/Forecast.h"
#include "dosi/models/Scenario.h"
#include "dosi/models/ThematicIndex.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dosi::models {

// A layer and a field expression. Empty layer = not available.
struct FieldRef {
    QString layer, field;
    bool isNull() const { return layer.isEmpty(); }
    QString text() const { return isNull() ? QString() : layer + QLatin1Char('.') + field; }
    // "LAYER.FIELD" (the first dot splits); false when there is no dot.
    static bool parse(const QString& text, FieldRef* out);
};

// The decline diagnosis' inputs. Buildings: either a share field (fraction 0..1, or percent when any
// value exceeds 1) or old/total counts.
struct DeclineSources {
    FieldRef population;      // yearly
    FieldRef businesses;      // yearly
    FieldRef oldBuildingShare;
    FieldRef oldBuildings, allBuildings;

    QJsonObject toJson() const;
    static DeclineSources fromJson(const QJsonObject& o);
};

// Fills what `given` leaves empty from the project's yearly measure layers:
//   population   a layer named population/인구/resident..., field ALL/total/population/P_ALL/총인구
//   businesses   a layer whose name mentions business/사업체/establishment, its first numeric field
//   buildings    a layer whose name mentions building/건축물/노후: a share field (old_share, 노후비율...)
//                or old + total counts
// Layers named in `given` are checked: an unknown layer or field is an error naming it.
Result<DeclineSources> resolveDeclineSources(const ProjectStore& store, const DeclineSources& given);

// unit -> year -> value of a yearly layer's field expression (scenario applied).
Result<QMap<QString, YearSeries>> readYearSeries(const ProjectStore& store, const FieldRef& ref,
                                                 const Scenario& scenario = {});

// Per-unit inputs of the diagnosis, for every unit of any source layer (sorted by unit).
Result<QVector<UnitDeclineInput>> readDeclineInputs(const ProjectStore& store, const DeclineSources& sources,
                                                    const Scenario& scenario = {});

// The documented default index specification: for every area the indicators Dosi proposes, pointing
// at the layers this project has (or at the layer names the planner should import, which then show
// as unavailable with the reason).
IndexSpec defaultIndexSpec(const ProjectStore& store);

// Raw indicator values for every indicator of the spec (scenario applied). Indicators whose layer or
// field is missing come back with `problem` set, never as zeros.
QVector<IndicatorValues> readIndicatorValues(const ProjectStore& store, const IndexSpec& spec,
                                             const Scenario& scenario = {});

// The units an index is computed over: the codes of the feature layer the indicators' layers are
// keyed by (or the union of their units when none is set).
QStringList indexUnits(const ProjectStore& store, const IndexSpec& spec);

// A forecast panel of one field expression of a measure layer with a time axis. Keys are made
// consecutive (a gap becomes missing values); when gaps make up more than half of the span, only
// the last gap-free stretch is kept and `notes` says so. `units` empty = all.
Result<Panel> readPanel(const ProjectStore& store, const FieldRef& ref, const QStringList& units = {},
                        const Scenario& scenario = {}, QStringList* notes = nullptr);

// The display name of a unit code (from the layer's geometry layer's label field), or the code.
QMap<QString, QString> unitNames(const ProjectStore& store, const QString& measureLayer);

}  // namespace dosi::models
