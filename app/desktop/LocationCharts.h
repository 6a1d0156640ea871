#pragma once
// LocationCurveChart: the coverage–p curve of the location panel (QCustomPlot). The covered share of
// demand (%) as p grows is a line; points whose p was solved to proven optimality are filled, the
// others hollow; the marginal gain of each added facility (percentage points) is drawn as bars on the
// right axis, so that planners see where another facility stops paying.

#include "LocationWidgets.h"

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPTextElement;

namespace dosi::desktop {

class LocationCurveChart : public QWidget {
    Q_OBJECT
public:
    explicit LocationCurveChart(QWidget* parent = nullptr);

    void setCurve(const QString& title, const QVector<LocationCurvePoint>& curve);
    void clear(const QString& message = {});

    QVector<LocationCurvePoint> curve() const { return m_curve; }
    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* shareGraph() const { return m_share; }       // x = p, y = covered share in %
    QCPGraph* optimalGraph() const { return m_optimal; }   // the proven-optimal points only
    QCPBars* gainBars() const { return m_gain; }           // x = p, y = gain over p - 1 in percentage points
    QString titleText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QCustomPlot* m_plot = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPGraph* m_share = nullptr;
    QCPGraph* m_optimal = nullptr;
    QCPBars* m_gain = nullptr;
    QVector<LocationCurvePoint> m_curve;
};

}  // namespace dosi::desktop
