#pragma once
// What-if scenarios: changes to the input measures of chosen units, applied in memory before a
// diagnosis, index or forecast run. The project's layers are never changed; the scenario is stored
// with the run (RunInfo::params["scenario"]).
//
// An adjustment changes `layer.field` for the listed units (empty = every unit) at every time key
// >= `fromTime` (empty = all times; keys compare as text, which orders Year, Quarter, Day and Hour
// keys correctly within one kind):
//   Add    v + value     (e.g. a housing project adds 2,000 residents from 2020)
//   Scale  v * value     (e.g. sales fall 10 %: value 0.9)
// Missing and masked values stay as they are.

#include "dosi/core/Layer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dosi::models {

struct Adjustment {
    enum class Op { Add, Scale };
    QString layer, field;
    QStringList units;
    QString fromTime;
    Op op = Op::Add;
    double value = 0;

    QJsonObject toJson() const;
    static Adjustment fromJson(const QJsonObject& o);
    QString describe() const;   // translated, e.g. "living_population.total +2000 in 11110530 from 2020"
};

struct Scenario {
    QString name;               // empty = the baseline (no changes)
    QVector<Adjustment> adjustments;

    bool isBaseline() const { return adjustments.isEmpty(); }
    QJsonObject toJson() const;
    static Scenario fromJson(const QJsonObject& o);
};

// Applies the scenario's adjustments for `layer` to a table read from that layer, in the order listed
// (so an Add then a Scale scales the added value too). Returns the number of distinct values the
// adjustments touched; adjustments of other layers or of fields the table lacks are ignored.
int applyScenario(const Scenario& s, const QString& layer, MeasureTable& table);

}  // namespace dosi::models
