// ChartPanel: linked time-series chart of selected units.
#include "ChartPanel.h"

#include "TimeController.h"

#include "dosi/core/Values.h"
#include "dosi/gis/DerivedMeasures.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace dosi::desktop {

namespace {

// ColorBrewer Set1 (without yellow), then Dark2.
const QColor Palette[] = {QColor(0xe4, 0x1a, 0x1c), QColor(0x37, 0x7e, 0xb8), QColor(0x4d, 0xaf, 0x4a),
                          QColor(0x98, 0x4e, 0xa3), QColor(0xff, 0x7f, 0x00), QColor(0xa6, 0x56, 0x28),
                          QColor(0xf7, 0x81, 0xbf), QColor(0x1b, 0x9e, 0x77), QColor(0x66, 0x66, 0x66)};

}  // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumHeight(160);
    m_plot->setInteractions(QCP::iSelectPlottables);
    m_plot->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));   // 35,000
    m_plot->legend->setVisible(true);
    // The legend below the plot, one row of names, so it never hides the lines.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(4, 0, 4, 4));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(QColor(0, 0, 0, 160), 1.5, Qt::DashLine));
    m_marker->setSelectable(false);
    m_marker->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_message);

    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChartPanel::onRelease);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::selectionChangedByUser, this, [this] { emit highlightChanged(highlighted()); });
    retranslateUi();
}

QString ChartPanel::shortName(const QString& label)
{
    const QString t = label.trimmed();
    const int space = t.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? t : t.mid(space + 1);
}

void ChartPanel::setLayer(const ProjectStore* store, const QString& layer, const QString& field, const QStringList& times,
                          TimeKind kind, std::shared_ptr<const gis::FeatureLayerData> features)
{
    const bool same = store == m_store && layer == m_layer && field == m_field && times == m_times;
    m_features = std::move(features);
    if (same) return;
    const bool sameLayer = store == m_store && layer == m_layer;
    m_store = store;
    m_layer = layer;
    m_field = field;
    m_times = times;
    m_kind = kind == TimeKind::None && !times.isEmpty() ? guessTimeKind(times.first()) : kind;
    m_timeIndex.clear();
    for (int i = 0; i < times.size(); ++i) m_timeIndex.insert(times.at(i), i);
    if (!sameLayer) m_units.clear();   // other units (another geometry layer)
    rebuild();
}

void ChartPanel::setUnits(const QStringList& codes)
{
    if (codes == m_units) return;
    m_units = codes;
    rebuild();
}

void ChartPanel::setCurrentTime(const QString& key)
{
    m_current = key;
    const int i = m_timeIndex.value(key, -1);
    m_marker->setVisible(i >= 0 && !m_units.isEmpty());
    if (i >= 0) {
        m_marker->point1->setCoords(i, 0);
        m_marker->point2->setCoords(i, 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double ChartPanel::currentTimeMarker() const
{
    return m_marker->visible() ? m_marker->point1->coords().x() : std::nan("");
}

QStringList ChartPanel::highlighted() const
{
    QStringList out;
    for (int g = 0; g < m_plot->graphCount() && g < m_units.size(); ++g)
        if (m_plot->graph(g)->selected()) out << m_units.at(g);
    return out.isEmpty() ? m_units : out;
}

QVector<double> ChartPanel::series(const QString& code) const
{
    return m_series.value(code);
}

QStringList ChartPanel::legendNames() const
{
    QStringList out;
    for (int g = 0; g < m_plot->graphCount(); ++g) out << m_plot->graph(g)->name();
    return out;
}

QString ChartPanel::message() const
{
    return m_message->text();
}

void ChartPanel::rebuild()
{
    m_plot->clearGraphs();
    m_series.clear();
    m_error.clear();
    QHash<QString, QString> labels;
    if (m_features)
        for (int i = 0; i < m_features->codes.size() && i < m_features->labels.size(); ++i)
            labels.insert(m_features->codes.at(i), m_features->labels.at(i));

    QVector<double> keys(m_times.size());
    for (int i = 0; i < keys.size(); ++i) keys[i] = i;
    int n = 0;
    for (const QString& code : std::as_const(m_units)) {
        QVector<double> values(m_times.size(), std::nan(""));
        if (m_store && !m_layer.isEmpty()) {
            auto table = readUnit(code);
            const int f = table ? table->fieldIndex(m_field.isEmpty() && table->fields.size() ? table->fields.first() : m_field) : -1;
            if (!table) {
                m_error = table.errorMessage();
            } else if (f < 0) {
                m_error = tr("The layer has no field \"%1\" to chart.").arg(m_field);
            } else {
                for (int r = 0; r < table->rowCount(); ++r) {
                    const int i = m_timeIndex.value(table->times.at(r), -1);
                    const double v = table->columns.at(f).at(r);
                    if (i >= 0 && hasValue(v)) values[i] = v;   // masked and missing: gaps
                }
            }
        }
        m_series.insert(code, values);
        QCPGraph* graph = m_plot->addGraph();
        const QString label = labels.value(code);
        graph->setName(label.isEmpty() ? code : shortName(label));
        const QColor colour = Palette[n++ % int(std::size(Palette))];
        graph->setPen(QPen(colour, 2));
        graph->setSelectable(QCP::stWhole);
        QCPSelectionDecorator* decorator = new QCPSelectionDecorator;
        decorator->setPen(QPen(colour.darker(130), 4));
        graph->setSelectionDecorator(decorator);
        if (m_times.size() <= 12) {
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        }
        graph->setData(keys, values, true);
    }
    updateAxes();
    if (!m_error.isEmpty())
        m_message->setText(m_error);
    else if (m_units.isEmpty())
        m_message->setText(tr("Click a unit on the map to see its chart; Ctrl+click adds units to compare."));
    else
        m_message->setText(tr("Click the chart to go to a time; click a line to highlight its unit."));
    setCurrentTime(m_current);
    m_plot->replot();
}

bool ChartPanel::isDerivedField() const
{
    if (!m_store || m_field.isEmpty()) return false;
    const std::optional<LayerInfo> info = m_store->layer(m_layer);
    if (!info) return false;
    for (const FieldInfo& f : info->fields)
        if (f.name == m_field) return false;
    return gis::derivedMeasureNames().contains(m_field);
}

Result<MeasureTable> ChartPanel::readUnit(const QString& code) const
{
    if (!isDerivedField())
        return m_store->readUnitMeasures(m_layer, code, m_field.isEmpty() ? QStringList() : QStringList{m_field});
    // A derived measure (total, by sex, age groups, 소멸위험지수): computed from the unit's stored fields
    // row by row with the derivation the map uses (gis::deriveMeasures via readMeasuresWithDerived).
    auto table = m_store->readUnitMeasures(m_layer, code);
    if (!table) return table.error();
    return gis::deriveMeasures(table.value(), {m_field});
}

void ChartPanel::updateAxes()
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    ticker->clear();
    const int n = int(m_times.size());
    // Room for a label every ~56 pixels.
    const int room = qMax(2, (m_plot->axisRect()->width() > 50 ? m_plot->axisRect()->width() : m_plot->width() - 60) / 56);
    if (m_kind == TimeKind::Hour) {
        // Day starts: every day, or every n-th day when the axis is short.
        int days = 0;
        for (const QString& t : std::as_const(m_times)) days += t.endsWith(QLatin1String("T00")) ? 1 : 0;
        const int every = qMax(1, (days + room - 1) / room);
        int day = 0;
        int lastYear = 0;
        for (int i = 0; i < n; ++i) {
            QDate d;
            int h = 0;
            if (!parseHourKey(m_times.at(i), &d, &h) || h != 0) continue;
            if (day++ % every != 0) continue;
            // The year on the first tick and where it changes (the sample's 2019 and 2020 weeks).
            const QString date = d.toString(d.year() != lastYear ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd"));
            lastYear = d.year();
            ticker->addTick(i, QStringLiteral("%1\n%2").arg(date, QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat)));
        }
    } else {
        const int every = qMax(1, (n + room - 1) / room);
        for (int i = 0; i < n; i += every) ticker->addTick(i, TimeController::displayLabel(m_times.at(i), m_kind));
    }
    m_plot->xAxis->setRange(-0.5, qMax(0.5, n - 0.5));
    m_plot->yAxis->rescale();
    bool found = false;
    QCPRange y = m_plot->graphCount() ? m_plot->graph(0)->getValueRange(found) : QCPRange();
    for (int g = 1; g < m_plot->graphCount(); ++g) {
        bool ok = false;
        const QCPRange r = m_plot->graph(g)->getValueRange(ok);
        if (ok) y = found ? QCPRange(qMin(y.lower, r.lower), qMax(y.upper, r.upper)) : r;
        found = found || ok;
    }
    if (found) {
        const double pad = (y.upper - y.lower) * 0.08 + 1e-9;
        m_plot->yAxis->setRange(qMin(0.0, y.lower - pad), y.upper + pad);
    }
    m_plot->yAxis->setLabel(isDerivedField() ? gis::derivedMeasureLabel(m_field) : m_field);
    m_plot->legend->setVisible(m_plot->graphCount() > 0);
    m_plot->setVisible(m_plot->graphCount() > 0);
}

void ChartPanel::onRelease(QMouseEvent* event)
{
    if (m_times.isEmpty() || m_units.isEmpty()) return;
    const QPointF pos = event->position();
    if (!m_plot->axisRect()->rect().contains(pos.toPoint())) return;
    if (m_plot->legend->visible() && m_plot->legend->outerRect().contains(pos.toPoint())) return;
    const int i = int(std::lround(m_plot->xAxis->pixelToCoord(pos.x())));
    if (i < 0 || i >= m_times.size()) return;
    emit timeClicked(m_times.at(i));
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize) {
        QMetaObject::invokeMethod(this, [this] {
            updateAxes();
            m_plot->replot();
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::retranslateUi()
{
    rebuild();
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
