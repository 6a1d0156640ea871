#pragma once
// ChartPanel: the linked chart (QCustomPlot) of the units selected on the map. One line per
// unit over the active layer's time axis (the hourly profile of two weeks, a yearly series),
// read with ProjectStore::readUnitMeasures; the legend names the units (dong names); a
// vertical line marks the current time. Clicking the chart sets the map's time; clicking a
// line highlights that unit (on the chart and, through highlightChanged, on the map). A derived
// field (gis/DerivedMeasures.h: total, by sex, age groups, 소멸위험지수) is derived from the unit's
// stored fields with the same derivation as the map.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/TimeAxis.h"
#include "dosi/gis/ThematicMap.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <memory>

class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;

namespace dosi::desktop {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);

    // The layer and field the chart reads. Keeps the units when layer and field stay the same.
    void setLayer(const ProjectStore* store, const QString& layer, const QString& field, const QStringList& times,
                  TimeKind kind, std::shared_ptr<const gis::FeatureLayerData> features);
    void setUnits(const QStringList& codes);         // replaces the lines
    QStringList units() const { return m_units; }
    void setCurrentTime(const QString& key);

    // Units whose line is selected on the chart, or all units when none is.
    QStringList highlighted() const;
    QVector<double> series(const QString& code) const;   // values as plotted (NaN = gap)
    QStringList legendNames() const;
    QString message() const;                         // e.g. why there is no chart
    QCustomPlot* plot() const { return m_plot; }
    double currentTimeMarker() const;                // x of the time line, NaN when hidden
    QString layerName() const { return m_layer; }
    QString fieldName() const { return m_field; }
    bool isDerivedField() const;                     // the field is derived, not stored

    static QString shortName(const QString& label); // "서울특별시 종로구 사직동" -> "사직동"

signals:
    void timeClicked(const QString& key);
    void highlightChanged(const QStringList& codes);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    Result<MeasureTable> readUnit(const QString& code) const;   // the unit's records of the field
    void updateAxes();
    void retranslateUi();
    void onRelease(QMouseEvent* event);

    QCustomPlot* m_plot = nullptr;
    QCPItemStraightLine* m_marker = nullptr;
    QLabel* m_message = nullptr;
    const ProjectStore* m_store = nullptr;
    QString m_layer;
    QString m_field;
    QStringList m_times;
    TimeKind m_kind = TimeKind::None;
    QHash<QString, int> m_timeIndex;
    std::shared_ptr<const gis::FeatureLayerData> m_features;
    QStringList m_units;
    QHash<QString, QVector<double>> m_series;
    QString m_current;
    QString m_error;
};

}  // namespace dosi::desktop
