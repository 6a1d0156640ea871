#pragma once
// Stored reference images for render tests (header-only; same approach as test_renderer.cpp):
// the fraction of pixels whose channels differ by more than a threshold must stay small.
// DOSI_UPDATE_REFERENCE=1 rewrites the reference instead (then look at it!). On a mismatch the actual
// image is written to <build>/<name>_actual.png.

#include <QFileInfo>
#include <QImage>
#include <QString>
#include <QtGlobal>
#include <cstdlib>

namespace dosi::test {

// Fraction of pixels where any channel differs by more than `threshold`.
inline double differingFraction(const QImage& a, const QImage& b, int threshold)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size()) return 1.0;
    qint64 differ = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > threshold || std::abs(qGreen(p[col]) - qGreen(q[col])) > threshold
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > threshold || std::abs(qAlpha(p[col]) - qAlpha(q[col])) > threshold)
                ++differ;
        }
    }
    return double(differ) / double(qint64(x.width()) * x.height());
}

// Empty when `image` matches the reference at `path` (at most `maxFraction` of pixels differing by
// more than 40 per channel); otherwise the failure message.
inline QString checkReference(const QImage& image, const QString& path, const QString& actualPath, double maxFraction = 0.01)
{
    if (qEnvironmentVariableIntValue("DOSI_UPDATE_REFERENCE") == 1) {
        if (!image.save(path)) return QStringLiteral("cannot write %1").arg(path);
        qWarning("Reference image written to %s", qPrintable(path));
        return {};
    }
    const QImage reference(path);
    if (reference.isNull()) return QStringLiteral("Missing %1; run with DOSI_UPDATE_REFERENCE=1 to create it.").arg(path);
    if (reference.size() != image.size())
        return QStringLiteral("size %1x%2 differs from the reference %3x%4")
            .arg(image.width()).arg(image.height()).arg(reference.width()).arg(reference.height());
    const double frac = differingFraction(image, reference, 40);
    if (frac > maxFraction) {
        image.save(actualPath);
        return QStringLiteral("%1 % of pixels differ from %2; actual image written to %3")
            .arg(frac * 100, 0, 'f', 2)
            .arg(path, actualPath);
    }
    return {};
}

}  // namespace dosi::test
