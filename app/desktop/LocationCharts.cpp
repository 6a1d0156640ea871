// LocationCurveChart: coverage as p grows, with the marginal gain of each facility.
#include "LocationCharts.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace dosi::desktop {

namespace {
const QColor ShareColour(0x1f, 0x6f, 0xd1);
const QColor GainColour(0xf0, 0xa2, 0x3b);
}  // namespace

LocationCurveChart::LocationCurveChart(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("locationCurvePlot"));
    m_plot->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_plot->setMinimumHeight(200);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    m_title->setMargins(QMargins(4, 4, 4, 0));
    m_plot->plotLayout()->addElement(0, 0, m_title);

    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis2->setVisible(true);

    // Bars first, so that the line is drawn over them.
    m_gain = new QCPBars(m_plot->xAxis, m_plot->yAxis2);
    m_gain->setWidth(0.5);
    QColor gainFill = GainColour;
    gainFill.setAlpha(120);
    m_gain->setBrush(gainFill);
    m_gain->setPen(QPen(GainColour.darker(120)));
    m_share = m_plot->addGraph();
    m_share->setPen(QPen(ShareColour, 2));
    m_share->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ShareColour, 1.5), Qt::white, 8));
    m_optimal = m_plot->addGraph();
    m_optimal->setLineStyle(QCPGraph::lsNone);
    m_optimal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ShareColour, 8));

    // The legend in one row under the plot, so that it never hides the bars.
    m_plot->legend->setVisible(true);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(4, 0, 4, 2));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    retranslateUi();
    clear();
}

void LocationCurveChart::clear(const QString& message)
{
    m_curve.clear();
    m_share->data()->clear();
    m_optimal->data()->clear();
    m_gain->data()->clear();
    m_title->setText(message);
    m_plot->legend->setVisible(false);
    m_plot->xAxis->setRange(0.5, 5.5);
    m_plot->yAxis->setRange(0, 100);
    m_plot->yAxis2->setRange(0, 10);
    m_plot->replot();
}

void LocationCurveChart::setCurve(const QString& title, const QVector<LocationCurvePoint>& curve)
{
    if (curve.isEmpty()) return clear(title);
    m_curve = curve;
    QVector<double> x, y, ox, oy, gx, gy;
    double previous = 0, maxGain = 0, maxShare = 0;
    int maxP = 1;
    for (const LocationCurvePoint& c : curve) {
        const double share = 100.0 * c.coveredShare;
        x << c.p;
        y << share;
        if (c.optimal) ox << c.p, oy << share;
        gx << c.p;
        gy << share - previous;
        maxGain = qMax(maxGain, share - previous);
        previous = share;
        maxP = qMax(maxP, c.p);
        maxShare = qMax(maxShare, share);
    }
    m_share->setData(x, y, true);
    m_optimal->setData(ox, oy, true);
    m_gain->setData(gx, gy, true);
    m_title->setText(title);
    m_plot->legend->setVisible(true);
    m_plot->xAxis->setRange(0.4, maxP + 0.6);
    // Up to a little above the highest share (a few per cent would be a flat line on 0..100).
    m_plot->yAxis->setRange(0, qBound(1.0, maxShare * 1.12, 100.0));
    m_plot->yAxis2->setRange(0, maxGain > 0 ? maxGain * 1.15 : 1);
    m_plot->replot();
}

QString LocationCurveChart::titleText() const
{
    return m_title->text();
}

void LocationCurveChart::retranslateUi()
{
    m_plot->xAxis->setLabel(tr("New facilities (p)"));
    m_plot->yAxis->setLabel(tr("Covered demand (%)"));
    m_plot->yAxis2->setLabel(tr("Gain over p − 1 (points)"));
    m_share->setName(tr("Covered share"));
    m_optimal->setName(tr("Proven optimal"));
    m_gain->setName(tr("Marginal gain"));
    m_plot->replot();
}

void LocationCurveChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
