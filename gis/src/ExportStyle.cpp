// qgisStyleQml(): the QGIS style of an exported layer, reproducing the Dosi legend (VectorExport.h).
#include "dosi/gis/VectorExport.h"

#include <QColor>
#include <QXmlStreamWriter>

namespace dosi::gis {

namespace {

enum class SymbolKind { Fill, Marker, Line };

SymbolKind symbolKind(const FeatureLayerData* data)
{
    if (!data) return SymbolKind::Fill;
    for (const Geometry& g : data->geometries) {
        switch (g.type) {
        case Geometry::Type::Point:
        case Geometry::Type::MultiPoint: return SymbolKind::Marker;
        case Geometry::Type::LineString:
        case Geometry::Type::MultiLineString: return SymbolKind::Line;
        case Geometry::Type::Polygon:
        case Geometry::Type::MultiPolygon: return SymbolKind::Fill;
        case Geometry::Type::Empty: break;
        }
    }
    return SymbolKind::Fill;
}

QString rgba(const QColor& c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

QString number(double v) { return QString::number(v, 'g', 17); }

void prop(QXmlStreamWriter& w, const char* key, const QString& value)
{
    w.writeStartElement(QStringLiteral("prop"));
    w.writeAttribute(QStringLiteral("k"), QString::fromLatin1(key));
    w.writeAttribute(QStringLiteral("v"), value);
    w.writeEndElement();
}

// One symbol, as QGIS writes it (legacy <prop k v> properties, which every QGIS 3 reads).
// Outlines follow the Dosi map: firm for boundaries, faint for the thousands of grid cells.
void writeSymbol(QXmlStreamWriter& w, const QString& name, SymbolKind kind, const QColor& color, bool grid)
{
    w.writeStartElement(QStringLiteral("symbol"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("type"), kind == SymbolKind::Fill     ? QStringLiteral("fill")
                                             : kind == SymbolKind::Marker ? QStringLiteral("marker")
                                                                          : QStringLiteral("line"));
    w.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("layer"));
    w.writeAttribute(QStringLiteral("class"), kind == SymbolKind::Fill     ? QStringLiteral("SimpleFill")
                                              : kind == SymbolKind::Marker ? QStringLiteral("SimpleMarker")
                                                                           : QStringLiteral("SimpleLine"));
    w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    switch (kind) {
    case SymbolKind::Fill:
        prop(w, "color", rgba(color));
        prop(w, "joinstyle", QStringLiteral("bevel"));
        prop(w, "outline_color", grid ? QStringLiteral("90,90,90,60") : QStringLiteral("40,40,40,220"));
        prop(w, "outline_style", QStringLiteral("solid"));
        prop(w, "outline_width", grid ? QStringLiteral("0.1") : QStringLiteral("0.26"));
        prop(w, "outline_width_unit", QStringLiteral("MM"));
        prop(w, "style", QStringLiteral("solid"));
        break;
    case SymbolKind::Marker:
        prop(w, "color", rgba(color));
        prop(w, "name", QStringLiteral("circle"));
        prop(w, "outline_color", QStringLiteral("40,40,40,255"));
        prop(w, "outline_style", QStringLiteral("solid"));
        prop(w, "outline_width", QStringLiteral("0.2"));
        prop(w, "outline_width_unit", QStringLiteral("MM"));
        prop(w, "scale_method", QStringLiteral("diameter"));
        prop(w, "size", QStringLiteral("3"));
        prop(w, "size_unit", QStringLiteral("MM"));
        break;
    case SymbolKind::Line:
        prop(w, "capstyle", QStringLiteral("round"));
        prop(w, "joinstyle", QStringLiteral("round"));
        prop(w, "line_color", rgba(color));
        prop(w, "line_style", QStringLiteral("solid"));
        prop(w, "line_width", QStringLiteral("0.6"));
        prop(w, "line_width_unit", QStringLiteral("MM"));
        break;
    }
    w.writeEndElement();   // layer
    w.writeEndElement();   // symbol
}

}  // namespace

QString qgisStyleQml(const ExportLayer& layer)
{
    const SymbolKind kind = symbolKind(layer.data.get());
    const bool grid = layer.data && layer.data->info.kind == LayerKind::Grid;
    QVector<const LegendEntry*> classes;
    for (const LegendEntry& e : layer.legend.entries)
        if (e.kind == LegendEntry::Kind::Class) classes << &e;

    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    w.writeStartElement(QStringLiteral("qgis"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
    w.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology"));
    w.writeStartElement(QStringLiteral("renderer-v2"));
    if (!layer.columns.isEmpty() && !classes.isEmpty()) {
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("graduatedSymbol"));
        w.writeAttribute(QStringLiteral("attr"), layer.columns.first().name);
        w.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        // Dosi's classes are (lower, upper] with the first one closed; QGIS takes the first range
        // with lower <= v <= upper, which for ranges in ascending order is the same class.
        w.writeStartElement(QStringLiteral("ranges"));
        for (int i = 0; i < classes.size(); ++i) {
            w.writeStartElement(QStringLiteral("range"));
            w.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            w.writeAttribute(QStringLiteral("lower"), number(classes[i]->lower));
            w.writeAttribute(QStringLiteral("upper"), number(classes[i]->upper));
            w.writeAttribute(QStringLiteral("label"), classes[i]->label);
            w.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            w.writeEndElement();
        }
        w.writeEndElement();   // ranges
        w.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < classes.size(); ++i) writeSymbol(w, QString::number(i), kind, classes[i]->color, grid);
        w.writeEndElement();   // symbols
    } else {
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("symbols"));
        writeSymbol(w, QStringLiteral("0"), kind, QColor(217, 217, 217), grid);
        w.writeEndElement();
    }
    w.writeEndElement();   // renderer-v2
    w.writeTextElement(QStringLiteral("layerOpacity"), QStringLiteral("1"));
    w.writeEndElement();   // qgis
    w.writeEndDocument();
    return xml;
}

}  // namespace dosi::gis
