#pragma once
// Charts of the regeneration panel (QCustomPlot):
//   RegenForecastChart  one unit's history, its forecast, the prediction interval as a band and a
//                       vertical line at the forecast origin; the title says "estimated" and gives the
//                       backtest error.
//   RegenRadarChart     a unit's six thematic index grades (1..10) as a radar; an area without an index
//                       is drawn as a dashed spoke labelled "missing", never as zero.

#include "dosi/core/TimeAxis.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;

namespace dosi::desktop {

class RegenForecastChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString title;                      // e.g. "사직동 — population.ALL"
        QString subtitle;                   // e.g. "estimated · naive · backtest MAPE 5.3 %, MASE 3.23"
        TimeKind kind = TimeKind::None;
        QStringList historyTimes;
        QVector<double> history;            // NaN = gap
        QStringList forecastTimes;
        QVector<double> value, lo, hi;
        QString intervalLabel;              // e.g. "80 % interval"
    };

    explicit RegenForecastChart(QWidget* parent = nullptr);
    void setSeries(const Series& s);
    void clear(const QString& message = {});

    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* historyGraph() const { return m_history; }
    QCPGraph* forecastGraph() const { return m_forecast; }
    QCPGraph* lowerGraph() const { return m_lo; }
    QCPGraph* upperGraph() const { return m_hi; }   // filled down to lowerGraph()
    double originX() const;                          // x of the origin line, NaN when hidden
    QString titleText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTicks();

    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPGraph* m_history = nullptr;
    QCPGraph* m_forecast = nullptr;
    QCPGraph* m_lo = nullptr;
    QCPGraph* m_hi = nullptr;
    QCPItemStraightLine* m_origin = nullptr;
    Series m_series;
};

class RegenRadarChart : public QWidget {
    Q_OBJECT
public:
    explicit RegenRadarChart(QWidget* parent = nullptr);

    // One value per axis on 0..maxValue (NaN = missing); `details` is printed under each axis label.
    void setValues(const QString& title, const QStringList& axes, const QVector<double>& values,
                   const QStringList& details, double maxValue = 10);
    void clear(const QString& message = {});

    QVector<double> values() const { return m_values; }
    QStringList axisLabels() const;   // as drawn, e.g. "Economy\nmissing"
    QCustomPlot* plot() const { return m_plot; }
    QCPCurve* shape() const { return m_shape; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void keepRound();

    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPCurve* m_shape = nullptr;
    QVector<double> m_values;
    QList<QCPItemText*> m_labels;
};

}  // namespace dosi::desktop
