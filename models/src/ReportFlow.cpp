#include "ReportFlow.h"

#include "ReportText.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace dosi::models::report {

Block sectionBlock(const QString& heading)
{
    Block b;
    b.kind = Block::Kind::Section;
    b.text = heading;
    b.inContents = true;
    return b;
}

Block headingBlock(const QString& heading, bool inContents)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.text = heading;
    b.inContents = inContents;
    return b;
}

Block textBlock(const QString& text, bool small)
{
    Block b;
    b.kind = Block::Kind::Text;
    b.text = text;
    b.small = small;
    return b;
}

Block tableBlock(TableBlock table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::move(table);
    return b;
}

Block chartBlock(ChartBlock chart)
{
    Block b;
    b.kind = Block::Kind::Chart;
    b.chart = std::move(chart);
    return b;
}

Block mapBlock(const QString& caption, std::function<QImage(const QSizeF& mm)> render)
{
    Block b;
    b.kind = Block::Kind::Map;
    b.caption = caption;
    b.render = std::move(render);
    return b;
}

Flow::Flow(PageCanvas& canvas, bool draw, std::function<void()> newPage)
    : m_canvas(canvas), m_draw(draw), m_newPage(std::move(newPage))
{
}

void Flow::breakPage()
{
    if (m_newPage) m_newPage();
    ++m_page;
    m_y = m_canvas.content().top();
}

double Flow::remaining() const { return m_canvas.content().bottom() - m_y; }

int Flow::run(const QVector<Block>& blocks)
{
    m_page = 1;
    m_y = m_canvas.content().top();
    bool first = true;
    for (int i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // A heading stays with what follows it: a map needs most of a page, a chart its height.
        m_keep = m_canvas.mm(35);
        if (i + 1 < blocks.size()) {
            const Block& next = blocks[i + 1];
            if (next.kind == Block::Kind::Map) m_keep = m_canvas.content().height() * 0.6;
            if (next.kind == Block::Kind::Chart) m_keep = m_canvas.mm(next.chart.heightMm + 12);
        }
        switch (b.kind) {
        case Block::Kind::Section:
            if (!first) breakPage();
            section(b);
            break;
        case Block::Kind::Heading: heading(b); break;
        case Block::Kind::Text: paragraph(b); break;
        case Block::Kind::Table: table(b.table); break;
        case Block::Kind::Chart: chart(b.chart); break;
        case Block::Kind::Map: map(b); break;
        }
        first = false;
    }
    return m_page;
}

void Flow::section(const Block& b)
{
    const QRectF c = m_canvas.content();
    const double h = m_canvas.measure(b.text, m_canvas.font(16, true), c.width());
    if (m_draw) {
        m_canvas.text(QRectF(c.left(), m_y, c.width(), h + 1), b.text, m_canvas.font(16, true));
        m_canvas.rule(m_y + h + m_canvas.mm(2));
    }
    if (b.inContents) m_contents.append({b.text, m_page});
    m_y += h + m_canvas.mm(6);
}

void Flow::heading(const Block& b)
{
    const QRectF c = m_canvas.content();
    const QFont f = m_canvas.font(12, true);
    const double h = m_canvas.measure(b.text, f, c.width());
    if (remaining() < h + m_keep) breakPage();   // keep a heading with what follows
    if (m_draw) m_canvas.text(QRectF(c.left(), m_y, c.width(), h + 1), b.text, f);
    if (b.inContents) m_contents.append({QStringLiteral("    ") + b.text, m_page});
    m_y += h + m_canvas.mm(2.5);
}

void Flow::paragraph(const Block& b)
{
    const QRectF c = m_canvas.content();
    const QFont f = m_canvas.font(b.small ? 8.5 : 10);
    const double h = m_canvas.measure(b.text, f, c.width());
    if (h > remaining() && m_y > c.top()) breakPage();
    if (m_draw)
        m_canvas.text(QRectF(c.left(), m_y, c.width(), h + 1), b.text, f, Qt::AlignLeft | Qt::TextWordWrap,
                      b.small ? QColor(80, 80, 80) : QColor(20, 20, 20));
    m_y += h + m_canvas.mm(b.small ? 2 : 3);
}

void Flow::table(const TableBlock& t)
{
    const QRectF c = m_canvas.content();
    const QFont hf = m_canvas.font(8.5, true), bf = m_canvas.font(8.5), tf = m_canvas.font(11, true);
    const double rowH = QFontMetricsF(bf, m_canvas.painter().device()).height() * 1.45;
    const int n = int(t.columns.size());
    QVector<double> w = t.widths;
    if (w.size() != n) w = QVector<double>(n, 1.0 / std::max(1, n));
    QVector<double> x(n + 1, c.left());
    for (int i = 0; i < n; ++i) x[i + 1] = x[i] + w[i] * c.width();
    auto right = [&](int col) { return t.rightAligned.size() == n ? t.rightAligned[col] : col > 0; };
    auto drawRow = [&](const QStringList& cells, const QFont& f) {
        if (!m_draw) return;
        for (int i = 0; i < n; ++i) {
            const QRectF r(x[i] + m_canvas.mm(1), m_y, x[i + 1] - x[i] - m_canvas.mm(2), rowH);
            const QString s = QFontMetricsF(f, m_canvas.painter().device()).elidedText(cells.value(i), Qt::ElideRight, r.width());
            m_canvas.text(r, s, f, int((right(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
        }
    };
    auto header = [&]() {
        if (m_draw) m_canvas.painter().fillRect(QRectF(c.left(), m_y, c.width(), rowH), QColor(232, 232, 232));
        drawRow(t.columns, hf);
        m_y += rowH;
    };
    const double titleH = t.title.isEmpty() ? 0 : m_canvas.measure(t.title, tf, c.width()) + m_canvas.mm(2);
    if (remaining() < titleH + rowH * std::min<qsizetype>(4, t.rows.size() + 1)) breakPage();
    if (!t.title.isEmpty()) {
        if (m_draw) m_canvas.text(QRectF(c.left(), m_y, c.width(), titleH), t.title, tf);
        m_y += titleH;
    }
    header();
    for (int r = 0; r < t.rows.size(); ++r) {
        if (remaining() < rowH) {
            breakPage();
            header();   // the header again on the continuation page
        }
        if (m_draw && r % 2 == 1) m_canvas.painter().fillRect(QRectF(c.left(), m_y, c.width(), rowH), QColor(246, 246, 246));
        drawRow(t.rows[r], bf);
        m_y += rowH;
    }
    if (m_draw) {
        m_canvas.painter().setPen(QPen(QColor(120, 120, 120), m_canvas.mm(0.2)));
        m_canvas.painter().drawLine(QPointF(c.left(), m_y), QPointF(c.right(), m_y));
    }
    m_y += m_canvas.mm(1.5);
    if (!t.note.isEmpty()) paragraph(textBlock(t.note, true));
    m_y += m_canvas.mm(4);
}

void Flow::chart(const ChartBlock& ch)
{
    const QRectF c = m_canvas.content();
    const QFont tf = m_canvas.font(11, true);
    const double titleH = ch.title.isEmpty() ? 0 : m_canvas.measure(ch.title, tf, c.width()) + m_canvas.mm(2);
    const double h = m_canvas.mm(ch.heightMm);
    if (remaining() < titleH + h) breakPage();
    if (!ch.title.isEmpty()) {
        if (m_draw) m_canvas.text(QRectF(c.left(), m_y, c.width(), titleH), ch.title, tf);
        m_y += titleH;
    }
    if (m_draw) drawChart(QRectF(c.left(), m_y, c.width(), h), ch);
    m_y += h + m_canvas.mm(2);
    if (!ch.note.isEmpty()) paragraph(textBlock(ch.note, true));
    m_y += m_canvas.mm(3);
}

void Flow::map(const Block& b)
{
    const QRectF c = m_canvas.content();
    const QFont f = m_canvas.font(9);
    const double capH = b.caption.isEmpty() ? 0 : m_canvas.measure(b.caption, f, c.width()) + m_canvas.mm(2);
    if (remaining() - capH < c.height() * 0.55) breakPage();
    if (!b.caption.isEmpty()) {
        if (m_draw) m_canvas.text(QRectF(c.left(), m_y, c.width(), capH), b.caption, f, Qt::AlignLeft | Qt::TextWordWrap, QColor(80, 80, 80));
        m_y += capH;
    }
    const QRectF area(c.left(), m_y, c.width(), c.bottom() - m_y);
    if (m_draw && b.render) {
        const QImage image = b.render(QSizeF(area.width() / m_canvas.mm(1), area.height() / m_canvas.mm(1)));
        if (image.isNull()) {
            if (m_error.isEmpty()) m_error = b.caption.isEmpty() ? QStringLiteral("—") : b.caption;
        } else {
            const QSizeF s = QSizeF(image.size()).scaled(area.size(), Qt::KeepAspectRatio);
            const QRectF target(area.left() + (area.width() - s.width()) / 2, area.top(), s.width(), s.height());
            m_canvas.painter().drawImage(target, image);
            m_canvas.painter().setPen(QPen(QColor(120, 120, 120), m_canvas.mm(0.2)));
            m_canvas.painter().setBrush(Qt::NoBrush);
            m_canvas.painter().drawRect(target);
        }
    }
    m_y = c.bottom();   // a map fills the rest of its page
}

void Flow::drawChart(const QRectF& area, const ChartBlock& ch)
{
    QPainter& p = m_canvas.painter();
    const QFont f = m_canvas.font(7.5);
    const QFontMetricsF fm(f, p.device());
    double lo = 0, hi = 0;
    int count = 0;
    for (const ChartSeries& s : ch.series) {
        count = std::max(count, int(s.values.size()));
        for (double v : s.values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    }
    if (count == 0) return;
    if (hi <= lo) hi = lo + 1;
    // "Nice" ticks: 1, 2 or 5 times a power of ten, about five of them.
    const double raw = (hi - lo) / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    double labelW = 0;
    for (double v = lo; v <= hi + step / 2; v += step) labelW = std::max(labelW, fm.horizontalAdvance(formatNumber(v)));
    const double legendH = ch.series.size() > 1 ? fm.height() * 1.6 : 0;
    const QRectF plot(area.left() + labelW + m_canvas.mm(3), area.top() + m_canvas.mm(2) + (ch.yTitle.isEmpty() ? 0 : fm.height()),
                      area.width() - labelW - m_canvas.mm(5), area.height() - fm.height() * 2.4 - legendH - m_canvas.mm(2)
                                                                 - (ch.yTitle.isEmpty() ? 0 : fm.height()));
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const double slot = plot.width() / count;
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };
    p.setFont(f);
    if (!ch.yTitle.isEmpty()) {
        p.setPen(QColor(70, 70, 70));
        p.drawText(QPointF(area.left(), area.top() + fm.ascent()), ch.yTitle);
    }
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(QColor(225, 225, 225), m_canvas.mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(70, 70, 70));
        p.drawText(QRectF(area.left(), y - fm.height() / 2, labelW, fm.height()), Qt::AlignRight | Qt::AlignVCenter, formatNumber(v));
    }
    p.setPen(QPen(QColor(90, 90, 90), m_canvas.mm(0.25)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const int every = std::max(1, ch.labelEvery);
    for (int i = 0; i < ch.xLabels.size() && i < count; i += every) {
        p.setPen(QColor(70, 70, 70));
        const double w = slot * every;
        p.drawText(QRectF(xOf(i) - w / 2, plot.bottom() + m_canvas.mm(1), w, fm.height() * 1.2), Qt::AlignHCenter | Qt::AlignTop,
                   ch.xLabels[i]);
    }
    const int nSeries = int(ch.series.size());
    for (int s = 0; s < nSeries; ++s) {
        const ChartSeries& series = ch.series[s];
        if (ch.bars) {
            const double bw = slot * 0.75 / nSeries;
            for (int i = 0; i < series.values.size(); ++i) {
                if (!std::isfinite(series.values[i])) continue;
                const double x = xOf(i) - slot * 0.375 + bw * s;
                const double y0 = yOf(std::max(0.0, lo)), y1 = yOf(series.values[i]);
                p.fillRect(QRectF(x, std::min(y0, y1), bw, std::fabs(y1 - y0)), series.color);
            }
        } else {
            QPainterPath path;
            bool open = false;
            for (int i = 0; i < series.values.size(); ++i) {
                if (!std::isfinite(series.values[i])) {
                    open = false;
                    continue;
                }
                const QPointF pt(xOf(i), yOf(series.values[i]));
                if (open) path.lineTo(pt);
                else path.moveTo(pt);
                open = true;
            }
            p.setPen(QPen(series.color, m_canvas.mm(0.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }
    if (nSeries > 1) {
        double x = plot.left();
        const double y = area.bottom() - legendH + fm.height() * 0.3;
        for (const ChartSeries& s : ch.series) {
            p.fillRect(QRectF(x, y + fm.height() * 0.25, m_canvas.mm(4), fm.height() * 0.5), s.color);
            p.setPen(QColor(40, 40, 40));
            p.drawText(QPointF(x + m_canvas.mm(5), y + fm.ascent()), s.name);
            x += m_canvas.mm(8) + fm.horizontalAdvance(s.name);
        }
    }
}

}  // namespace dosi::models::report
