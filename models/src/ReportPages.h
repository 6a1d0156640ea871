#pragma once
// Private: page layout helpers for the PDF report (mm-based geometry on a QPdfWriter painter).

#include "dosi/gis/ThematicMap.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace dosi::models::report {

struct ContentsLine {
    QString text;
    int page = 0;
};

class PageCanvas {
public:
    PageCanvas(QPainter& painter, const QRectF& pagePx, double dotsPerMm);

    double mm(double v) const { return v * m_dpmm; }
    QRectF content() const;                        // page minus margins (px)
    QFont font(double pointSize, bool bold = false) const;

    // Draws wrapped text at the top of `area`; returns the height used (px).
    double text(const QRectF& area, const QString& s, const QFont& f, int flags = Qt::AlignLeft | Qt::TextWordWrap,
                const QColor& color = QColor(20, 20, 20));
    void footer(int page, int pages, const QString& left);
    void rule(double y);

    void cover(const QString& title, const QStringList& lines);
    // Draws contents lines from `first` on; returns the index of the first line that did not fit.
    // With dryRun nothing is drawn.
    int contents(const QString& heading, const QVector<ContentsLine>& lines, int first = 0, bool dryRun = false);
    int contentsPageCount(const QString& heading, const QVector<ContentsLine>& lines);
    // Height (px) of wrapped text in `width`.
    double measure(const QString& s, const QFont& f, double width) const;
    QPainter& painter() { return p; }

private:
    double headingBlock(const QString& heading, bool dryRun = false);

    QPainter& p;
    QRectF m_page;
    double m_dpmm;
};

}  // namespace dosi::models::report
