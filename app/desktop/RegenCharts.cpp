// Charts of the regeneration panel: forecast with interval band, radar of the index grades.
#include "RegenCharts.h"

#include "TimeController.h"

#include <QDate>
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include <numbers>
#include <qcustomplot.h>

namespace dosi::desktop {

namespace {

const QColor HistoryColour(0x37, 0x4e, 0x6e);
const QColor ForecastColour(0xd9, 0x5f, 0x02);

QCustomPlot* makePlot(QWidget* parent, QCPTextElement** title)
{
    auto* plot = new QCustomPlot(parent);
    plot->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));   // 35,000
    plot->plotLayout()->insertRow(0);
    *title = new QCPTextElement(plot, QString(), QFont(parent->font().family(), parent->font().pointSize(), QFont::Bold));
    (*title)->setMargins(QMargins(4, 4, 4, 0));
    plot->plotLayout()->addElement(0, 0, *title);
    plot->setMinimumHeight(180);
    return plot;
}

}  // namespace

// --- Forecast chart ---------------------------------------------------------------------------

RegenForecastChart::RegenForecastChart(QWidget* parent) : QWidget(parent)
{
    m_plot = makePlot(this, &m_title);
    m_plot->setObjectName(QStringLiteral("regenForecastPlot"));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    // The legend in one row under the plot, so that it never hides the lines.
    m_plot->legend->setVisible(true);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(4, 0, 4, 2));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    // Long hourly histories: drag and zoom along time (the wheel), values follow.
    m_plot->setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { updateTicks(); });

    m_history = m_plot->addGraph();
    m_history->setPen(QPen(HistoryColour, 2));
    m_lo = m_plot->addGraph();
    m_lo->setPen(QPen(QColor(ForecastColour.red(), ForecastColour.green(), ForecastColour.blue(), 90), 1));
    m_hi = m_plot->addGraph();
    m_hi->setPen(m_lo->pen());
    QColor band = ForecastColour;
    band.setAlpha(55);
    m_hi->setBrush(band);
    m_hi->setChannelFillGraph(m_lo);
    m_forecast = m_plot->addGraph();
    m_forecast->setPen(QPen(ForecastColour, 2.5));
    m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_lo));
    m_origin = new QCPItemStraightLine(m_plot);
    m_origin->setPen(QPen(QColor(0, 0, 0, 150), 1.2, Qt::DashLine));
    m_origin->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->installEventFilter(this);
    clear();
}

void RegenForecastChart::clear(const QString& message)
{
    m_series = Series();
    for (QCPGraph* g : {m_history, m_lo, m_hi, m_forecast}) g->data()->clear();
    m_origin->setVisible(false);
    m_title->setText(message);
    m_plot->legend->setVisible(false);
    m_plot->xAxis->setRange(-0.5, 0.5);
    updateTicks();
    m_plot->replot();
}

void RegenForecastChart::setSeries(const Series& s)
{
    m_series = s;
    const int n = int(s.history.size()), h = int(s.value.size());
    QVector<double> hx(n), fx(h);
    for (int i = 0; i < n; ++i) hx[i] = i;
    for (int i = 0; i < h; ++i) fx[i] = n + i;
    m_history->setData(hx, s.history, true);
    m_forecast->setData(fx, s.value, true);
    m_lo->setData(fx, s.lo, true);
    m_hi->setData(fx, s.hi, true);
    const bool dots = n + h <= 40;
    m_history->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssCircle, 5) : QCPScatterStyle());
    m_forecast->setScatterStyle(h <= 40 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 6) : QCPScatterStyle());
    m_history->setName(tr("History"));
    m_forecast->setName(tr("Forecast (estimated)"));
    m_hi->setName(s.intervalLabel);
    m_origin->point1->setCoords(n - 0.5, 0);
    m_origin->point2->setCoords(n - 0.5, 1);
    m_origin->setVisible(n > 0 && h > 0);
    m_title->setText(s.subtitle.isEmpty() ? s.title : s.title + QLatin1Char('\n') + s.subtitle);
    m_plot->legend->setVisible(true);

    double lo = qInf(), hi = -qInf();
    auto take = [&](const QVector<double>& v) {
        for (double x : v)
            if (std::isfinite(x)) lo = qMin(lo, x), hi = qMax(hi, x);
    };
    take(s.history);
    take(s.value);
    take(s.lo);
    take(s.hi);
    if (lo <= hi) {
        const double pad = (hi - lo) * 0.08 + std::abs(hi) * 1e-3 + 1e-9;
        m_plot->yAxis->setRange(lo - pad, hi + pad);
    }
    // A long history starts zoomed on its end: three horizons (at least two weeks of hours) before
    // the origin; drag or zoom to see the rest.
    const int season = s.kind == TimeKind::Hour ? 336 : s.kind == TimeKind::Day ? 28 : 0;
    const int shown = qMax(qMax(3 * h, season), 12);
    m_plot->xAxis->setRange(n > shown ? n - shown - 0.5 : -0.5, qMax(0.5, n + h - 0.5));
    updateTicks();
    m_plot->replot();
}

double RegenForecastChart::originX() const
{
    return m_origin->visible() ? m_origin->point1->coords().x() : std::nan("");
}

QString RegenForecastChart::titleText() const
{
    return m_title->text();
}

void RegenForecastChart::updateTicks()
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    ticker->clear();
    const QStringList times = m_series.historyTimes + m_series.forecastTimes;
    const int n = int(times.size());
    if (n == 0) return;
    const QCPRange range = m_plot->xAxis->range();
    const int first = qBound(0, int(std::ceil(range.lower)), n - 1), last = qBound(0, int(std::floor(range.upper)), n - 1);
    const int width = m_plot->axisRect()->width() > 50 ? m_plot->axisRect()->width() : m_plot->width() - 60;
    if (m_series.kind == TimeKind::Hour) {
        // Day starts in view, every k-th day so that labels do not overlap.
        QList<int> starts;
        for (int i = first; i <= last; ++i)
            if (times.at(i).endsWith(QLatin1String("T00"))) starts << i;
        const int room = qMax(2, width / 52);
        const int every = qMax(1, int((starts.size() + room - 1) / room));
        for (int k = 0; k < starts.size(); k += every) {
            QDate d;
            int hour = 0;
            if (parseHourKey(times.at(starts.at(k)), &d, &hour)) ticker->addTick(starts.at(k), d.toString(QStringLiteral("MM-dd")));
        }
        if (starts.isEmpty()) ticker->addTick(first, TimeController::displayLabel(times.at(first), m_series.kind));
        return;
    }
    const int labelWidth = m_plot->fontMetrics().horizontalAdvance(TimeController::displayLabel(times.last(), m_series.kind)) + 14;
    const int room = qMax(2, width / qMax(30, labelWidth));
    const int every = qMax(1, (last - first + 1 + room - 1) / room);
    for (int i = first - first % every; i <= last; i += every)
        if (i >= first) ticker->addTick(i, TimeController::displayLabel(times.at(i), m_series.kind));
}

bool RegenForecastChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, [this] {
            updateTicks();
            m_plot->replot();
        }, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

// --- Radar chart ------------------------------------------------------------------------------

RegenRadarChart::RegenRadarChart(QWidget* parent) : QWidget(parent)
{
    m_plot = makePlot(this, &m_title);
    m_plot->setObjectName(QStringLiteral("regenRadarPlot"));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) axis->setVisible(false);
    m_plot->axisRect()->setAutoMargins(QCP::msNone);
    m_plot->axisRect()->setMargins(QMargins(2, 2, 2, 2));
    m_plot->yAxis->setRange(-1.5, 1.5);
    m_plot->xAxis->setRange(-1.8, 1.8);
    m_plot->setMinimumHeight(240);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->installEventFilter(this);
}

void RegenRadarChart::clear(const QString& message)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_labels.clear();
    m_shape = nullptr;
    m_values.clear();
    m_title->setText(message);
    m_plot->replot();
}

void RegenRadarChart::setValues(const QString& title, const QStringList& axes, const QVector<double>& values,
                                const QStringList& details, double maxValue)
{
    clear(title);
    m_values = values;
    const int n = int(axes.size());
    if (n < 3) return;
    auto angle = [n](int i) { return std::numbers::pi / 2 - 2 * std::numbers::pi * i / n; };
    // Rings at every fifth of the range, labelled on the first spoke.
    for (int ring = 1; ring <= 5; ++ring) {
        auto* c = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        const double r = ring / 5.0;
        QVector<double> xs, ys;
        for (int i = 0; i <= n; ++i) {
            xs << r * std::cos(angle(i % n));
            ys << r * std::sin(angle(i % n));
        }
        c->setData(xs, ys);
        c->setPen(QPen(QColor(0, 0, 0, ring == 5 ? 90 : 40), 1));
        c->removeFromLegend();
        c->setSelectable(QCP::stNone);
        auto* t = new QCPItemText(m_plot);
        t->position->setCoords(0.03, r);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->setText(QLocale().toString(maxValue * ring / 5.0, 'g', 3));
        t->setColor(QColor(0, 0, 0, 120));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        t->setFont(f);
    }
    QVector<double> px, py;
    for (int i = 0; i < n; ++i) {
        const double a = angle(i);
        const double v = values.value(i, std::nan(""));
        const bool missing = !std::isfinite(v);
        auto* spoke = new QCPItemLine(m_plot);
        spoke->start->setCoords(0, 0);
        spoke->end->setCoords(std::cos(a), std::sin(a));
        spoke->setPen(missing ? QPen(QColor(0xb0, 0x00, 0x20, 150), 1.2, Qt::DashLine) : QPen(QColor(0, 0, 0, 70), 1));
        auto* label = new QCPItemText(m_plot);
        const double lx = 1.14 * std::cos(a), ly = 1.12 * std::sin(a);
        label->position->setCoords(lx, ly);
        Qt::Alignment align = Qt::AlignVCenter;
        align |= std::abs(lx) < 0.2 ? Qt::AlignHCenter : (lx > 0 ? Qt::AlignLeft : Qt::AlignRight);
        if (std::abs(lx) < 0.2) align = (ly > 0 ? Qt::AlignBottom : Qt::AlignTop) | Qt::AlignHCenter;
        label->setPositionAlignment(align);
        label->setTextAlignment(Qt::AlignCenter);
        label->setText(axes.at(i) + QLatin1Char('\n') + (missing ? tr("missing") : details.value(i)));
        label->setColor(missing ? QColor(0xb0, 0x00, 0x20) : QColor(0x20, 0x20, 0x20));
        m_labels << label;
        if (!missing) {
            const double r = qBound(0.0, v / maxValue, 1.0);
            px << r * std::cos(a);
            py << r * std::sin(a);
        }
    }
    if (!px.isEmpty()) {
        px << px.first();
        py << py.first();
        m_shape = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        m_shape->setData(px, py);
        m_shape->setPen(QPen(ForecastColour, 2));
        QColor fill = ForecastColour;
        fill.setAlpha(60);
        m_shape->setBrush(fill);
        m_shape->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ForecastColour, 7));
        m_shape->removeFromLegend();
    }
    keepRound();
    m_plot->replot();
}

QStringList RegenRadarChart::axisLabels() const
{
    QStringList out;
    for (const QCPItemText* t : m_labels) out << t->text();
    return out;
}

void RegenRadarChart::keepRound()
{
    // Same scale on both axes, the radius as large as the labels around it allow.
    const QRect r = m_plot->axisRect()->rect();
    if (r.height() <= 0 || r.width() <= 0) return;
    QSize label(0, 0);
    const QFontMetrics fm(font());
    for (const QCPItemText* t : std::as_const(m_labels)) {
        const QRect b = fm.boundingRect(QRect(0, 0, 1000, 1000), Qt::AlignCenter, t->text());
        label = label.expandedTo(b.size() + QSize(6, 4));
    }
    const double byHeight = (r.height() / 2.0 - label.height()) / 1.12;
    const double byWidth = (r.width() / 2.0 - label.width()) / 1.14;
    const double radius = qMax(20.0, qMin(byHeight, byWidth));   // pixels
    const double xHalf = r.width() / 2.0 / radius, yHalf = r.height() / 2.0 / radius;
    m_plot->xAxis->setRange(-xHalf, xHalf);
    m_plot->yAxis->setRange(-yHalf, yHalf);
}

bool RegenRadarChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, [this] {
            keepRound();
            m_plot->replot();
        }, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

}  // namespace dosi::desktop
