#include "dosi/gis/ColorRamp.h"

#include <QHash>
#include <QTransform>
#include <algorithm>

namespace dosi::gis {

namespace {

// ColorBrewer schemes (colorbrewer2.org, Cynthia A. Brewer, Apache-2.0 style licence),
// written as concatenated 6-digit hex colours, one string per class count 3..9.
struct Scheme {
    const char* name;
    bool diverging;
    const char* byCount[7];
};

const Scheme kSchemes[] = {
    {"YlOrRd", false,
     {"ffeda0feb24cf03b20", "ffffb2fecc5cfd8d3ce31a1c", "ffffb2fecc5cfd8d3cf03b20bd0026",
      "ffffb2fed976feb24cfd8d3cf03b20bd0026", "ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026",
      "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026", "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026"}},
    {"YlGnBu", false,
     {"edf8b17fcdbb2c7fb8", "ffffcca1dab441b6c4225ea8", "ffffcca1dab441b6c42c7fb8253494",
      "ffffccc7e9b47fcdbb41b6c42c7fb8253494", "ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84",
      "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84", "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58"}},
    {"Blues", false,
     {"deebf79ecae13182bd", "eff3ffbdd7e76baed62171b5", "eff3ffbdd7e76baed63182bd08519c",
      "eff3ffc6dbef9ecae16baed63182bd08519c", "eff3ffc6dbef9ecae16baed64292c62171b5084594",
      "f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594", "f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b"}},
    {"Greens", false,
     {"e5f5e0a1d99b31a354", "edf8e9bae4b374c476238b45", "edf8e9bae4b374c47631a354006d2c",
      "edf8e9c7e9c0a1d99b74c47631a354006d2c", "edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32",
      "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32", "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b"}},
    {"Reds", false,
     {"fee0d2fc9272de2d26", "fee5d9fcae91fb6a4acb181d", "fee5d9fcae91fb6a4ade2d26a50f15",
      "fee5d9fcbba1fc9272fb6a4ade2d26a50f15", "fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d",
      "fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d", "fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d"}},
    {"Purples", false,
     {"efedf5bcbddc756bb1", "f2f0f7cbc9e29e9ac86a51a3", "f2f0f7cbc9e29e9ac8756bb154278f",
      "f2f0f7dadaebbcbddc9e9ac8756bb154278f", "f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486",
      "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486", "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d"}},
    {"OrRd", false,
     {"fee8c8fdbb84e34a33", "fef0d9fdcc8afc8d59d7301f", "fef0d9fdcc8afc8d59e34a33b30000",
      "fef0d9fdd49efdbb84fc8d59e34a33b30000", "fef0d9fdd49efdbb84fc8d59ef6548d7301f990000",
      "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000", "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000"}},
    {"PuBuGn", false,
     {"ece2f0a6bddb1c9099", "f6eff7bdc9e167a9cf02818a", "f6eff7bdc9e167a9cf1c9099016c59",
      "f6eff7d0d1e6a6bddb67a9cf1c9099016c59", "f6eff7d0d1e6a6bddb67a9cf3690c002818a016450",
      "fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450", "fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636"}},
    {"RdBu", true,
     {"ef8a62f7f7f767a9cf", "ca0020f4a58292c5de0571b0", "ca0020f4a582f7f7f792c5de0571b0",
      "b2182bef8a62fddbc7d1e5f067a9cf2166ac", "b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac",
      "b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac", "b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac"}},
    {"RdYlBu", true,
     {"fc8d59ffffbf91bfdb", "d7191cfdae61abd9e92c7bb6", "d7191cfdae61ffffbfabd9e92c7bb6",
      "d73027fc8d59fee090e0f3f891bfdb4575b4", "d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4",
      "d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4", "d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4"}},
    {"BrBG", true,
     {"d8b365f5f5f55ab4ac", "a6611adfc27d80cdc1018571", "a6611adfc27df5f5f580cdc1018571",
      "8c510ad8b365f6e8c3c7eae55ab4ac01665e", "8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e",
      "8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e", "8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e"}},
    {"PiYG", true,
     {"e9a3c9f7f7f7a1d76a", "d01c8bf1b6dab8e1864dac26", "d01c8bf1b6daf7f7f7b8e1864dac26",
      "c51b7de9a3c9fde0efe6f5d0a1d76a4d9221", "c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221",
      "c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221", "c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221"}},
};

const Scheme* findScheme(const QString& name)
{
    for (const Scheme& s : kSchemes)
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0) return &s;
    return nullptr;
}

QVector<QColor> decode(const char* hex)
{
    QVector<QColor> out;
    const QString s = QString::fromLatin1(hex);
    for (int i = 0; i + 6 <= s.size(); i += 6) out.append(QColor(QLatin1Char('#') + s.mid(i, 6)));
    return out;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

QStringList sequentialRampNames()
{
    QStringList out;
    for (const Scheme& s : kSchemes)
        if (!s.diverging) out << QLatin1String(s.name);
    return out;
}

QStringList divergingRampNames()
{
    QStringList out;
    for (const Scheme& s : kSchemes)
        if (s.diverging) out << QLatin1String(s.name);
    return out;
}

bool isKnownRamp(const QString& name) { return findScheme(name) != nullptr; }

bool isDivergingRamp(const QString& name)
{
    const Scheme* s = findScheme(name);
    return s && s->diverging;
}

QVector<QColor> rampColors(const QString& name, int classes, bool reversed)
{
    const Scheme* s = findScheme(name);
    if (!s) s = &kSchemes[0];
    QVector<QColor> out;
    if (classes <= 0) return out;
    if (classes >= 3 && classes <= 9) {
        out = decode(s->byCount[classes - 3]);
    } else if (classes < 3) {
        const QVector<QColor> three = decode(s->byCount[0]);
        out = classes == 1 ? QVector<QColor>{three[1]} : QVector<QColor>{three[0], three[2]};
    } else {
        const QVector<QColor> nine = decode(s->byCount[6]);
        for (int i = 0; i < classes; ++i) {
            const double pos = double(i) * 8.0 / double(classes - 1);
            const int lo = std::min(7, int(pos));
            out.append(mix(nine[lo], nine[lo + 1], pos - lo));
        }
    }
    if (reversed) std::reverse(out.begin(), out.end());
    return out;
}

QColor missingColor() { return QColor(0xd9, 0xd9, 0xd9); }
QColor maskedColor() { return QColor(0xbd, 0xbd, 0xbd); }
QColor hatchColor() { return QColor(0x73, 0x73, 0x73); }

QBrush maskedHatchBrush(double scale)
{
    QBrush b(hatchColor(), Qt::BDiagPattern);
    if (scale > 1.0) b.setTransform(QTransform::fromScale(scale, scale));
    return b;
}

}  // namespace dosi::gis
