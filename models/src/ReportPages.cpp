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
    text(band.adjusted(0, mm(1.5), 0, 0), left, f, Qt::AlignLeft | Qt::AlignTop, QColor(120, 120, 120));
}

void PageCanvas::rule(double y)
{
    const QRectF c = content();
    p.setPen(QPen(QColor(60, 60, 60), mm(0.3)));
    p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
}

double PageCanvas::headingBlock(const QString& heading)
{
    const QRectF c = content();
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

void PageCanvas::contents(const QString& heading, const QVector<ContentsLine>& lines)
{
    const QRectF c = content();
    double y = c.top() + headingBlock(heading);
    const QFont f = font(11);
    const QFontMetricsF fm(f, p.device());
    for (const ContentsLine& l : lines) {
        const QString num = QString::number(l.page);
        const double numW = fm.horizontalAdvance(num);
        const QString label = fm.elidedText(l.text, Qt::ElideRight, c.width() - numW - mm(12));
        text(QRectF(c.left(), y, c.width(), fm.height() * 1.5), label, f, Qt::AlignLeft | Qt::AlignTop);
        text(QRectF(c.left(), y, c.width(), fm.height() * 1.5), num, f, Qt::AlignRight | Qt::AlignTop);
        // Dotted leader between the entry and its page number.
        p.setPen(QPen(QColor(150, 150, 150), mm(0.2), Qt::DotLine));
        const double ly = y + fm.ascent();
        p.drawLine(QPointF(c.left() + fm.horizontalAdvance(label) + mm(2), ly), QPointF(c.right() - numW - mm(2), ly));
        y += fm.height() * 1.6;
    }
}

QSizeF PageCanvas::mapAreaMm(const QString& caption) const
{
    Q_UNUSED(caption);
    const QRectF c = content();
    // Heading (~12 mm) and caption (~8 mm) above the map.
    return QSizeF(c.width() / m_dpmm, c.height() / m_dpmm - 22.0);
}

void PageCanvas::mapPage(const QString& heading, const QString& caption, const QImage& map)
{
    const QRectF c = content();
    double y = c.top() + headingBlock(heading);
    y += text(QRectF(c.left(), y, c.width(), mm(12)), caption, font(9), Qt::AlignLeft | Qt::TextWordWrap, QColor(80, 80, 80))
         + mm(2);
    QRectF area(c.left(), y, c.width(), c.bottom() - y);
    if (map.isNull()) return;
    QSizeF s = QSizeF(map.size()).scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.left() + (area.width() - s.width()) / 2, area.top(), s.width(), s.height());
    p.drawImage(target, map);
    p.setPen(QPen(QColor(120, 120, 120), mm(0.2)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(target);
}

double PageCanvas::table(double top, const QString& title, const QVector<RankRow>& rows, const QStringList& columns)
{
    const QRectF c = content();
    double y = top + text(QRectF(c.left(), top, c.width(), mm(10)), title, font(12, true)) + mm(2);
    const QFont hf = font(9, true), bf = font(9);
    const QFontMetricsF fm(bf, p.device());
    const double rowH = fm.height() * 1.45;
    // Column widths: rank, label, code, value (fractions of the content width).
    const double w[4] = {0.08, 0.54, 0.18, 0.20};
    auto cell = [&](int col, double yy, const QString& s, const QFont& f, Qt::Alignment a) {
        double x = c.left();
        for (int i = 0; i < col; ++i) x += w[i] * c.width();
        const QRectF r(x + mm(1), yy, w[col] * c.width() - mm(2), rowH);
        text(r, QFontMetricsF(f, p.device()).elidedText(s, Qt::ElideRight, r.width()), f, int(a | Qt::AlignVCenter));
    };
    p.fillRect(QRectF(c.left(), y, c.width(), rowH), QColor(235, 235, 235));
    for (int i = 0; i < 4 && i < columns.size(); ++i)
        cell(i, y, columns[i], hf, i == 3 ? Qt::AlignRight : Qt::AlignLeft);
    y += rowH;
    for (int r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1) p.fillRect(QRectF(c.left(), y, c.width(), rowH), QColor(247, 247, 247));
        cell(0, y, QString::number(rows[r].rank), bf, Qt::AlignLeft);
        cell(1, y, rows[r].label, bf, Qt::AlignLeft);
        cell(2, y, rows[r].code, bf, Qt::AlignLeft);
        cell(3, y, rows[r].value, bf, Qt::AlignRight);
        y += rowH;
    }
    p.setPen(QPen(QColor(120, 120, 120), mm(0.2)));
    p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
    return y;
}

void PageCanvas::rankPage(const QString& heading, const QString& note, const QString& highestTitle, const QVector<RankRow>& highest,
                          const QString& lowestTitle, const QVector<RankRow>& lowest, const QStringList& columns)
{
    const QRectF c = content();
    double y = c.top() + headingBlock(heading);
    if (!note.isEmpty())
        y += text(QRectF(c.left(), y, c.width(), mm(20)), note, font(9), Qt::AlignLeft | Qt::TextWordWrap, QColor(80, 80, 80)) + mm(3);
    y = table(y, highestTitle, highest, columns) + mm(8);
    table(y, lowestTitle, lowest, columns);
}

int PageCanvas::textPage(const QString& heading, const QStringList& paragraphs, int first, bool dryRun)
{
    const QRectF c = content();
    double y = c.top();
    if (dryRun) {
        p.setFont(font(16));
        y += p.boundingRect(QRectF(c.left(), y, c.width(), c.height()), Qt::TextWordWrap, heading).height() + mm(8);
    } else {
        y += headingBlock(heading);
    }
    const QFont f = font(10);
    p.setFont(f);
    int i = first;
    for (; i < paragraphs.size(); ++i) {
        const QRectF area(c.left(), y, c.width(), c.bottom() - y);
        const double h = p.boundingRect(QRectF(area.left(), area.top(), area.width(), 1e9), Qt::TextWordWrap, paragraphs[i]).height();
        if (y + h > c.bottom() && i > first) break;   // a paragraph taller than a page is drawn cut
        if (!dryRun) text(area, paragraphs[i], f);
        y += h + mm(2.5);
    }
    return i;
}

int PageCanvas::textPageCount(const QString& heading, const QStringList& paragraphs)
{
    int pages = 0;
    for (int next = 0; next < paragraphs.size() || pages == 0;) {
        next = textPage(heading, paragraphs, next, true);
        ++pages;
    }
    return pages;
}

}  // namespace dosi::models::report
