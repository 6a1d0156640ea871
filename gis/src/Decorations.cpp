// Map decorations: title and time stamp, legend, flow legend, scale bar, north arrow and source line.
#include "dosi/gis/MapRenderer.h"

#include "dosi/gis/ColorRamp.h"
#include "dosi/gis/DecorationLayout.h"
#include "dosi/gis/FlowMap.h"
#include "DecorationsDetail.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <functional>

namespace dosi::gis {

namespace {

// Chooses the box of a legend of a given size (see placeBox()).
using Placer = std::function<QRectF(const QSizeF&)>;

QFont mapFont(double pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK KR"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

// Colours of the map furniture: the usual light boxes, or (presentation) dark boxes with white
// text and strong white edges that a projector keeps readable.
struct Style {
    QColor boxFill = QColor(255, 255, 255, 215), boxEdge = QColor(0, 0, 0, 60);
    double edgeWidth = 0.8;                       // times the scale
    QColor text = QColor(20, 20, 20), subText = QColor(60, 60, 60), faintText = QColor(70, 70, 70);
    QColor swatchEdge = QColor(80, 80, 80), note = QColor(165, 0, 38);
    QColor ink = QColor(30, 30, 30), paper = Qt::white;   // the two halves of scale bar and north arrow
    QColor arrowInk = QColor(20, 20, 20);
    QColor strip = QColor(255, 255, 255, 190);            // behind the source line
};

Style styleFor(const MapDecorations& d)
{
    Style st;
    if (!d.highContrast) return st;
    st.boxFill = QColor(0, 0, 0, 230);
    st.boxEdge = QColor(255, 255, 255);
    st.edgeWidth = 1.6;
    st.text = Qt::white;
    st.subText = st.faintText = QColor(225, 225, 225);
    st.swatchEdge = QColor(235, 235, 235);
    st.note = QColor(255, 140, 140);
    st.ink = st.arrowInk = Qt::white;
    st.paper = Qt::black;
    st.strip = QColor(0, 0, 0, 220);
    return st;
}

const ThematicLayer* legendLayer(const RenderRequest& request)
{
    for (auto it = request.layers.crbegin(); it != request.layers.crend(); ++it)
        if (it->visible && !it->legend.entries.isEmpty()) return &*it;
    return nullptr;
}

// A round length (1, 2 or 5 times a power of ten metres) close to `target` metres.
double niceLength(double target)
{
    if (!(target > 0)) return 0;
    const double p = std::pow(10.0, std::floor(std::log10(target)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= target) return m * p;
    return p;
}

QString lengthLabel(double metres)
{
    if (metres >= 1000) {
        const double km = metres / 1000.0;
        return QStringLiteral("%1 km").arg(km == std::round(km) ? QString::number(qint64(km)) : QString::number(km, 'g', 3));
    }
    return QStringLiteral("%1 m").arg(QString::number(metres, 'g', 4));
}

void drawBox(QPainter& p, const QRectF& r, double s, const Style& st)
{
    p.setPen(QPen(st.boxEdge, st.edgeWidth * s));
    p.setBrush(st.boxFill);
    p.drawRoundedRect(r, 3 * s, 3 * s);
}

double sourceLineHeight(const RenderRequest& request, double s)
{
    return request.decorations.sourceLine.isEmpty() ? 0.0 : QFontMetricsF(mapFont(9 * s)).height() + 4 * s;
}

// Decorations are sized for a 600-pixel map and grow with larger (print) images.
double autoScale(const QSize& size) { return std::max(0.75, std::min(size.width(), size.height()) / 600.0); }

QRectF drawTitle(QPainter& p, const RenderRequest& request, double s, const Style& st)
{
    const MapDecorations& d = request.decorations;
    if (d.title.isEmpty() && d.timeStamp.isEmpty()) return {};
    const QFont tf = mapFont(16 * s, true), sf = mapFont(12 * s);
    const QFontMetricsF tm(tf), sm(sf);
    const double maxW = request.view.size().width() * 0.6;
    const QString title = tm.elidedText(d.title, Qt::ElideRight, maxW);
    const double w = std::max(d.title.isEmpty() ? 0.0 : tm.horizontalAdvance(title),
                              d.timeStamp.isEmpty() ? 0.0 : sm.horizontalAdvance(d.timeStamp));
    const double h = (d.title.isEmpty() ? 0 : tm.height()) + (d.timeStamp.isEmpty() ? 0 : sm.height() + 2 * s);
    const QRectF box(10 * s, 10 * s + d.topMargin, w + 16 * s, h + 10 * s);
    drawBox(p, box, s, st);
    double y = box.top() + 5 * s;
    p.setPen(st.text);
    if (!d.title.isEmpty()) {
        p.setFont(tf);
        p.drawText(QPointF(box.left() + 8 * s, y + tm.ascent()), title);
        y += tm.height() + 2 * s;
    }
    if (!d.timeStamp.isEmpty()) {
        p.setFont(sf);
        p.setPen(st.subText);
        p.drawText(QPointF(box.left() + 8 * s, y + sm.ascent()), d.timeStamp);
    }
    return box;
}

// Draws the thematic legend where `place` puts it; returns its box (null when none).
QRectF drawLegend(QPainter& p, const RenderRequest& request, double s, const Placer& place, const Style& st)
{
    const ThematicLayer* layer = legendLayer(request);
    if (!layer) return {};
    const Legend& legend = layer->legend;
    const QFont hf = mapFont(12 * s, true), sf = mapFont(11 * s), ef = mapFont(11 * s);
    const QFontMetricsF hm(hf), sm(sf), em(ef);
    const double sw = 20 * s, sh = 13 * s, gap = 6 * s, rowH = std::max(sh, em.height()) + 3 * s;
    const double maxTitle = request.view.size().width() * 0.45;
    // The first title line is bold; further lines (e.g. the two periods of a difference map) are not.
    const QStringList titleLines = legend.title.split(QLatin1Char('\n'));
    QStringList shownTitle;
    double textW = 0, titleH = 0;
    for (int i = 0; i < titleLines.size(); ++i) {
        const QFontMetricsF& m = i == 0 ? hm : sm;
        shownTitle << m.elidedText(titleLines[i], Qt::ElideRight, maxTitle);
        textW = std::max(textW, m.horizontalAdvance(shownTitle.last()) - sw - gap);
        titleH += m.height() + (i == 0 ? 0 : 1 * s);
    }
    QStringList labels;
    for (const LegendEntry& e : legend.entries) {
        // A negative count means the label already says how many (e.g. "A 12 · B 9").
        const QString label = e.count < 0 ? e.label : QStringLiteral("%1  (%2)").arg(e.label).arg(e.count);
        labels << label;
        textW = std::max(textW, em.horizontalAdvance(label));
    }
    const double w = sw + gap + textW + 16 * s;
    const double h = titleH + 4 * s + rowH * legend.entries.size() + 10 * s;
    const QRectF box = place(QSizeF(w, h));
    drawBox(p, box, s, st);
    double y = box.top() + 5 * s;
    for (int i = 0; i < shownTitle.size(); ++i) {
        const QFontMetricsF& m = i == 0 ? hm : sm;
        p.setFont(i == 0 ? hf : sf);
        p.setPen(i == 0 ? st.text : st.subText);
        p.drawText(QPointF(box.left() + 8 * s, y + m.ascent()), shownTitle[i]);
        y += m.height() + (i == 0 ? 0 : 1 * s);
    }
    y += 4 * s;
    p.setFont(ef);
    const QBrush hatch = maskedHatchBrush(p.device() ? p.device()->devicePixelRatioF() : 1.0);
    for (int i = 0; i < legend.entries.size(); ++i) {
        const LegendEntry& e = legend.entries[i];
        const QRectF sr(box.left() + 8 * s, y + (rowH - sh) / 2, sw, sh);
        p.setPen(QPen(st.swatchEdge, (request.decorations.highContrast ? 1.0 : 0.6) * s));
        p.setBrush(e.color);
        p.drawRect(sr);
        if (e.kind == LegendEntry::Kind::Masked) {
            p.setPen(Qt::NoPen);
            p.setBrush(hatch);
            p.drawRect(sr);
        }
        p.setPen(st.text);
        p.drawText(QPointF(sr.right() + gap, y + (rowH - em.height()) / 2 + em.ascent()), labels[i]);
        y += rowH;
    }
    return box;
}

const FlowLayer* legendFlows(const RenderRequest& request)
{
    for (auto it = request.flows.crbegin(); it != request.flows.crend(); ++it)
        if (*it && (*it)->visible && !(*it)->legendVolumes.isEmpty()) return it->get();
    return nullptr;
}

// Flow legend (stacked with the thematic one): sample widths with their volumes, the caption, and the
// "estimated" note for model output. Widths are the map's (not scaled with the text).
QRectF drawFlowLegend(QPainter& p, const RenderRequest& request, double s, const Placer& place, const Style& st)
{
    const FlowLayer* flows = legendFlows(request);
    if (!flows) return {};
    const QFont hf = mapFont(12 * s, true), ef = mapFont(11 * s), cf = mapFont(10 * s);
    QFont nf = mapFont(11 * s, true);
    const QFontMetricsF hm(hf), em(ef), cm(cf), nm(nf);
    const double maxText = request.view.size().width() * 0.45;
    const QString title = hm.elidedText(flows->title, Qt::ElideRight, maxText);
    const QString caption = cm.elidedText(flows->caption, Qt::ElideRight, maxText);
    const QString note = nm.elidedText(flows->note, Qt::ElideRight, maxText);
    const double sampleW = std::max(46 * s, 3 * flowArrowSize(flows->maxWidth).width());
    const double gap = 8 * s;
    QVector<double> rowH;
    double labelW = 0;
    for (double v : flows->legendVolumes) {
        const double head = flowArrowSize(flowWidth(*flows, v)).height();
        rowH << std::max(em.height(), head) + 4 * s;
        labelW = std::max(labelW, em.horizontalAdvance(formatNumber(v)));
    }
    double w = std::max({hm.horizontalAdvance(title), sampleW + gap + labelW,
                         caption.isEmpty() ? 0.0 : cm.horizontalAdvance(caption), note.isEmpty() ? 0.0 : nm.horizontalAdvance(note)});
    w += 16 * s;
    double h = hm.height() + 4 * s + 10 * s;
    for (double r : rowH) h += r;
    if (!caption.isEmpty()) h += cm.height() + 2 * s;
    if (!note.isEmpty()) h += nm.height() + 2 * s;
    const QRectF box = place(QSizeF(w, h));
    drawBox(p, box, s, st);
    double y = box.top() + 5 * s;
    p.setFont(hf);
    p.setPen(st.text);
    p.drawText(QPointF(box.left() + 8 * s, y + hm.ascent()), title);
    y += hm.height() + 4 * s;
    for (int i = 0; i < flows->legendVolumes.size(); ++i) {
        const double v = flows->legendVolumes[i];
        const double cy = y + rowH[i] / 2;
        const QPainterPath shape = flowShape(QPointF(box.left() + 8 * s, cy), QPointF(box.left() + 8 * s + sampleW, cy),
                                             flowWidth(*flows, v), 0.0);
        p.setPen(QPen(QColor(255, 255, 255, 210), 0.9));
        p.setBrush(flowColor(*flows, v));
        p.drawPath(shape);
        p.setFont(ef);
        p.setPen(st.text);
        p.drawText(QPointF(box.left() + 8 * s + sampleW + gap, cy - em.height() / 2 + em.ascent()), formatNumber(v));
        y += rowH[i];
    }
    if (!caption.isEmpty()) {
        y += 2 * s;
        p.setFont(cf);
        p.setPen(st.subText);
        p.drawText(QPointF(box.left() + 8 * s, y + cm.ascent()), caption);
        y += cm.height();
    }
    if (!note.isEmpty()) {
        y += 2 * s;
        p.setFont(nf);
        p.setPen(st.note);
        p.drawText(QPointF(box.left() + 8 * s, y + nm.ascent()), note);
    }
    return box;
}

QRectF drawScaleBar(QPainter& p, const RenderRequest& request, double s, const Style& st)
{
    const MapView& v = request.view;
    const double targetPx = std::min(v.size().width() * 0.2, 160.0 * s);
    const double metres = niceLength(targetPx * v.metresPerPixel());
    if (!(metres > 0)) return {};
    const double px = metres / v.metresPerPixel();
    const QFont f = mapFont(11 * s);
    const QFontMetricsF fm(f);
    const QString label = lengthLabel(metres);
    const double w = std::max(px, fm.horizontalAdvance(label)) + 20 * s;
    const double h = fm.height() + 16 * s;
    const double bottom = v.size().height() - 10 * s - sourceLineHeight(request, s);
    const QRectF box(v.size().width() - 10 * s - w, bottom - h, w, h);
    drawBox(p, box, s, st);
    const double x0 = box.left() + 10 * s, yBar = box.bottom() - 7 * s, barH = 5 * s;
    p.setPen(QPen(st.ink, 0.8 * s));
    p.setBrush(st.ink);
    p.drawRect(QRectF(x0, yBar - barH, px / 2, barH));
    p.setBrush(st.paper);
    p.drawRect(QRectF(x0 + px / 2, yBar - barH, px / 2, barH));
    p.setFont(f);
    p.setPen(st.text);
    p.drawText(QPointF(x0 + (px - fm.horizontalAdvance(label)) / 2, yBar - barH - 3 * s - fm.descent()), label);
    return box;
}

QRectF drawNorthArrow(QPainter& p, const RenderRequest& request, double s, const Style& st)
{
    const double w = 22 * s, h = 34 * s;
    const double cx = request.view.size().width() - 10 * s - w / 2 - 6 * s, top = 10 * s + request.decorations.topMargin;
    const QRectF box(cx - w / 2 - 6 * s, top, w + 12 * s, h + 22 * s);
    drawBox(p, box, s, st);
    const QFont f = mapFont(12 * s, true);
    const QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(st.text);
    p.drawText(QPointF(cx - fm.horizontalAdvance(QStringLiteral("N")) / 2, top + 4 * s + fm.ascent()), QStringLiteral("N"));
    const double y0 = top + 6 * s + fm.height(), y1 = y0 + h - 4 * s;
    const QPointF tip(cx, y0), baseL(cx - w / 2, y1), baseR(cx + w / 2, y1), notch(cx, y1 - h * 0.28);
    p.setPen(QPen(st.arrowInk, 0.8 * s));
    p.setBrush(st.arrowInk);
    p.drawPolygon(QPolygonF{tip, baseL, notch});
    p.setBrush(st.paper);
    p.drawPolygon(QPolygonF{tip, notch, baseR});
    return box;
}

QRectF drawSourceLine(QPainter& p, const RenderRequest& request, double s, const Style& st)
{
    const QString& text = request.decorations.sourceLine;
    if (text.isEmpty()) return {};
    const QFont f = mapFont(9 * s);
    const QFontMetricsF fm(f);
    const double width = request.view.size().width();
    const double h = fm.height() + 4 * s;
    const QRectF strip(0, request.view.size().height() - h, width, h);
    p.setPen(Qt::NoPen);
    p.setBrush(st.strip);
    p.drawRect(strip);
    p.setFont(f);
    p.setPen(st.faintText);
    p.drawText(QPointF(8 * s, strip.top() + 2 * s + fm.ascent()), fm.elidedText(text, Qt::ElideRight, width - 16 * s));
    return strip;
}

// The first candidate place (top left corners) where a box of `size` stays inside `bounds` and at
// least 3 pixels away from each of `taken`; the first candidate when none is free.
QRectF placeBox(const QSizeF& size, const QVector<QPointF>& candidates, const QVector<QRectF>& taken, const QRectF& bounds)
{
    for (const QPointF& c : candidates) {
        const QRectF r(c, size);
        if (r.left() < bounds.left() - 0.5 || r.top() < bounds.top() - 0.5 || r.right() > bounds.right() + 0.5
            || r.bottom() > bounds.bottom() + 0.5)
            continue;
        const QRectF clear = r.adjusted(-3, -3, 3, 3);
        if (std::none_of(taken.cbegin(), taken.cend(), [&clear](const QRectF& t) { return !t.isNull() && t.intersects(clear); }))
            return r;
    }
    return QRectF(candidates.value(0), size);
}

}  // namespace

double decorationScale(const QSize& size, const MapDecorations& decorations)
{
    return autoScale(size) * (decorations.scale > 0 ? decorations.scale : 1.0);
}

DecorationBoxes drawDecorations(QPainter& painter, const RenderRequest& request)
{
    DecorationBoxes boxes;
    if (!request.view.isValid()) return boxes;
    const MapDecorations& d = request.decorations;
    const double s = decorationScale(request.view.size(), d);
    const Style st = styleFor(d);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setOpacity(1.0);
    boxes.title = drawTitle(painter, request, s, st);
    if (d.scaleBar) boxes.scaleBar = drawScaleBar(painter, request, s, st);
    if (d.northArrow) boxes.northArrow = drawNorthArrow(painter, request, s, st);
    if (d.legend) {
        // Legends stack at the bottom left: the thematic legend at the bottom, the flow legend above it;
        // a legend that would run into the title (or another piece) goes beside the column or under the
        // title instead. The symbol legend (Symbols.cpp) stands at the right above the scale bar.
        const QSize size = request.view.size();
        const double bottom = size.height() - 10 * s - sourceLineHeight(request, s);
        const double top = 10 * s + d.topMargin, gap = 8 * s;
        const double under = boxes.title.isNull() ? top : boxes.title.bottom() + gap;
        const QRectF bounds(QPointF(0, d.topMargin), QPointF(size.width(), bottom + 10 * s));
        QVector<QRectF> taken{boxes.title, boxes.scaleBar, boxes.northArrow, symbolLegendBox(request)};
        boxes.legend = drawLegend(painter, request, s, [&](const QSizeF& z) {
            return placeBox(z, {QPointF(10 * s, bottom - z.height()), QPointF(10 * s, under)}, taken, bounds);
        }, st);
        taken << boxes.legend;
        const QRectF& legend = boxes.legend;
        boxes.flowLegend = drawFlowLegend(painter, request, s, [&](const QSizeF& z) {
            if (legend.isNull()) return placeBox(z, {QPointF(10 * s, bottom - z.height()), QPointF(10 * s, under)}, taken, bounds);
            return placeBox(z,
                            {QPointF(10 * s, legend.top() - gap - z.height()), QPointF(legend.right() + gap, bottom - z.height()),
                             QPointF(10 * s, under), QPointF(legend.right() + gap, under)},
                            taken, bounds);
        }, st);
    }
    boxes.sourceLine = drawSourceLine(painter, request, s, st);
    painter.restore();
    return boxes;
}

DecorationBoxes decorationBoxes(const RenderRequest& request)
{
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);   // measures only; nearly all is clipped
    QPainter painter(&scratch);
    return drawDecorations(painter, request);
}

double detail::sourceStripHeight(const QSize& viewSize, const QString& text)
{
    if (text.isEmpty()) return 0.0;
    return QFontMetricsF(mapFont(9 * autoScale(viewSize))).height() + 4 * autoScale(viewSize);
}

}  // namespace dosi::gis
