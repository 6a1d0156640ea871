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

// One content row of the highest/lowest table.
struct RankRow {
    int rank = 0;
    QString label;
    QString code;
    QString value;
};

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
    void contents(const QString& heading, const QVector<ContentsLine>& lines);
    // Map page: heading, caption line and the map image scaled into the remaining area.
    void mapPage(const QString& heading, const QString& caption, const QImage& map);
    QSizeF mapAreaMm(const QString& caption) const;   // for rendering the image at the right aspect
    void rankPage(const QString& heading, const QString& note, const QString& highestTitle, const QVector<RankRow>& highest,
                  const QString& lowestTitle, const QVector<RankRow>& lowest, const QStringList& columns);
    // Draws paragraphs from `first` on; returns the index of the first paragraph that did not fit
    // (paragraphs.size() when all did). With dryRun nothing is drawn, only measured.
    int textPage(const QString& heading, const QStringList& paragraphs, int first = 0, bool dryRun = false);
    // How many pages textPage() needs for all paragraphs.
    int textPageCount(const QString& heading, const QStringList& paragraphs);

private:
    double headingBlock(const QString& heading);
    double table(double top, const QString& title, const QVector<RankRow>& rows, const QStringList& columns);

    QPainter& p;
    QRectF m_page;
    double m_dpmm;
};

}  // namespace dosi::models::report
