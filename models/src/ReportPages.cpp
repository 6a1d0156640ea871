#include "ReportPages.h"

#include <QFontMetricsF>
#include <algorithm>

namespace dosi::models::report {

namespace {
constexpr double kMarginMm = 18.0;
constexpr double kFooterMm = 10.0;
const char* kFamily = "Noto Sans CJK KR";
}  // namespace

PageCanvas::PageCanvas(QPainter& painter, const QRectF& pagePx, double dotsPerMm) : p(painter), m_page(pagePx), m_dpmm(dotsPerMm) {}

QRectF PageCanvas::content() const
{
    return m_page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm + kFooterMm));
}

QFont PageCanvas::font(double pointSize, bool bold) const
{
    QFont f(QString::fromLatin1(kFamily));
    f.setStyleHint(QFont::SansSerif);
    // Without this, Latin runs shaped with the CJK font get digit glyphs that Qt's PDF engine
    // cannot map back to Unicode, so "2019" would vanish from extracted text.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);   // QPdfWriter maps points through its resolution
    f.setBold(bold);
    return f;
}

double PageCanvas::text(const QRectF& area, const QString& s, const QFont& f, int flags, const QColor& color)
{
    p.setFont(f);
    p.setPen(color);
    QRectF bound;
    p.drawText(area, flags, s, &bound);
    return bound.height();
}

void PageCanvas::footer(int page, int pages, const QString& left)
{
    const QRectF c = content();
    const QRectF band(c.left(), m_page.bottom() - mm(kMarginMm + kFooterMm) + mm(4), c.width(), mm(kFooterMm));
    p.setPen(QPen(QColor(160, 160, 160), mm(0.2)));
    p.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    const QFont f = font(8);
    text(band.adjusted(0, mm(1.5), 0, 0), QStringLiteral("%1 / %2").arg(page).arg(pages), f, Qt::AlignHCenter | Qt::AlignTop,
         QColor(90, 90, 90));
    // The title on the left, cut short before it reaches the centred page number.
    const QString shortLeft = QFontMetricsF(f, p.device()).elidedText(left, Qt::ElideRight, band.width() * 0.42);
    text(band.adjusted(0, mm(1.5), 0, 0), shortLeft, f, Qt::AlignLeft | Qt::AlignTop, QColor(120, 120, 120));
}

void PageCanvas::rule(double y)
{
    const QRectF c = content();
    p.setPen(QPen(QColor(60, 60, 60), mm(0.3)));
    p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
}

double PageCanvas::headingBlock(const QString& heading, bool dryRun)
{
    const QRectF c = content();
    if (dryRun) return measure(heading, font(16, true), c.width()) + mm(6);
    const double h = text(c, heading, font(16, true));
    rule(c.top() + h + mm(2));
    return h + mm(6);
}

void PageCanvas::cover(const QString& title, const QStringList& lines)
{
    const QRectF c = content();
    p.fillRect(QRectF(m_page.left(), m_page.top(), m_page.width(), mm(8)), QColor(0xbd, 0x00, 0x26));
    double y = c.top() + c.height() * 0.25;
    y += text(QRectF(c.left(), y, c.width(), c.height()), title, font(26, true)) + mm(4);
    rule(y);
    y += mm(8);
    for (const QString& line : lines) {
        if (line.isEmpty()) continue;
        y += text(QRectF(c.left(), y, c.width(), c.bottom() - y), line, font(12), Qt::AlignLeft | Qt::TextWordWrap,
                  QColor(50, 50, 50))
             + mm(3);
    }
}

int PageCanvas::contents(const QString& heading, const QVector<ContentsLine>& lines, int first, bool dryRun)
{
    const QRectF c = content();
    double y = c.top() + headingBlock(heading, dryRun);
    const QFont f = font(10.5);
    const QFontMetricsF fm(f, p.device());
    int i = first;
    for (; i < lines.size(); ++i) {
        if (y + fm.height() * 1.6 > c.bottom()) break;
        const ContentsLine& l = lines[i];
        if (!dryRun) {
            const QString num = QString::number(l.page);
            const double numW = fm.horizontalAdvance(num);
            const QString label = fm.elidedText(l.text, Qt::ElideRight, c.width() - numW - mm(12));
            text(QRectF(c.left(), y, c.width(), fm.height() * 1.5), label, f, Qt::AlignLeft | Qt::AlignTop);
            text(QRectF(c.left(), y, c.width(), fm.height() * 1.5), num, f, Qt::AlignRight | Qt::AlignTop);
            // Dotted leader between the entry and its page number.
            p.setPen(QPen(QColor(150, 150, 150), mm(0.2), Qt::DotLine));
            const double ly = y + fm.ascent();
            p.drawLine(QPointF(c.left() + fm.horizontalAdvance(label) + mm(2), ly), QPointF(c.right() - numW - mm(2), ly));
        }
        y += fm.height() * 1.6;
    }
    return i;
}

int PageCanvas::contentsPageCount(const QString& heading, const QVector<ContentsLine>& lines)
{
    int pages = 0;
    for (int next = 0; next < lines.size() || pages == 0;) {
        next = contents(heading, lines, next, true);
        ++pages;
    }
    return pages;
}

double PageCanvas::measure(const QString& s, const QFont& f, double width) const
{
    p.setFont(f);
    return p.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, s).height();
}

}  // namespace dosi::models::report
