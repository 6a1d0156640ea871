#pragma once
// Private: the report body as a flow of blocks (section headings, text, tables, charts, maps)
// laid out onto pages. The same layout runs twice: once measuring (to number the pages for the
// contents) and once drawing.

#include "ReportPages.h"

#include <QColor>
#include <QImage>
#include <QSizeF>
#include <QStringList>
#include <QVector>
#include <functional>

namespace dosi::models::report {

struct TableBlock {
    QString title;
    QStringList columns;
    QVector<double> widths;           // fractions of the content width; empty = equal
    QVector<bool> rightAligned;       // per column; empty = numbers right-aligned from column 1 on
    QVector<QStringList> rows;
    QString note;                     // small print under the table
};

struct ChartSeries {
    QString name;
    QVector<double> values;           // NaN = gap
    QColor color;
};

struct ChartBlock {
    QString title;
    QStringList xLabels;              // one per value
    int labelEvery = 1;               // label every n-th x position
    QVector<ChartSeries> series;
    bool bars = false;                // grouped bars instead of lines
    QString yTitle;
    QString note;
    double heightMm = 70;
};

struct Block {
    enum class Kind { Section, Heading, Text, Table, Chart, Map };
    Kind kind = Kind::Text;
    QString text;                     // heading or paragraph
    bool inContents = false;          // Section and Heading: listed in the contents
    bool small = false;               // Text: small print
    TableBlock table;
    ChartBlock chart;
    QString caption;                  // Map
    std::function<QImage(const QSizeF& mm)> render;   // Map: drawn at the size of the area left
};

Block sectionBlock(const QString& heading);
Block headingBlock(const QString& heading, bool inContents = false);
Block textBlock(const QString& text, bool small = false);
Block tableBlock(TableBlock table);
Block chartBlock(ChartBlock chart);
Block mapBlock(const QString& caption, std::function<QImage(const QSizeF& mm)> render);

class Flow {
public:
    // `newPage` is called before every page after the first (the caller draws the footer and
    // starts a new PDF page). With draw == false nothing is painted and maps are not rendered.
    Flow(PageCanvas& canvas, bool draw, std::function<void()> newPage);
    // Lays out the blocks; returns the number of pages used. contentsPages() gives, for every
    // block with inContents, the page (1-based, counted from the flow's first page) it starts on.
    int run(const QVector<Block>& blocks);
    const QVector<QPair<QString, int>>& contents() const { return m_contents; }
    // A map's image failed to render: the message of the first failure.
    QString error() const { return m_error; }

private:
    void breakPage();
    double remaining() const;
    void section(const Block& b);
    void heading(const Block& b);
    void paragraph(const Block& b);
    void table(const TableBlock& t);
    void chart(const ChartBlock& c);
    void map(const Block& b);
    void drawChart(const QRectF& area, const ChartBlock& c);

    PageCanvas& m_canvas;
    bool m_draw;
    std::function<void()> m_newPage;
    int m_page = 1;
    double m_y = 0;
    double m_keep = 0;   // room a heading needs below it
    QVector<QPair<QString, int>> m_contents;
    QString m_error;
};

}  // namespace dosi::models::report
