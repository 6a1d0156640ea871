// PresentationOverlay: title band and fading key hint of presentation mode.
#include "PresentationOverlay.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace dosi::desktop {

namespace {

QFont bandFont(double pixels, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK KR"));   // the map's font: Korean names render the same
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

const QColor BandFill(0, 0, 0, 215);
const QColor Primary(255, 255, 255);
const QColor Secondary(205, 205, 205);

}  // namespace

PresentationOverlay::PresentationOverlay(QWidget* canvas) : QWidget(canvas)
{
    setObjectName(QStringLiteral("presentationOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void PresentationOverlay::setContent(const Content& content)
{
    m_content = content;
    update();
}

void PresentationOverlay::setHintOpacity(double opacity)
{
    m_content.hintOpacity = std::clamp(opacity, 0.0, 1.0);
    update(hintRect(size(), m_content).adjusted(-2, -2, 2, 2));
}

double PresentationOverlay::fontPixels(const QSize& size)
{
    // About 1/34 of the screen height: 23 px at 1024x768, 32 px at 1920x1080.
    return std::clamp(std::min(size.height(), int(size.width() * 0.75)) / 34.0, 14.0, 56.0);
}

QRect PresentationOverlay::bandRect(const QSize& size)
{
    return QRect(0, 0, size.width(), int(std::lround(fontPixels(size) * 1.85)));
}

QRect PresentationOverlay::hintRect(const QSize& size, const Content& content)
{
    if (content.hint.isEmpty()) return {};
    const double f = fontPixels(size);
    const QFontMetricsF fm(bandFont(f * 0.66, false));
    const double w = std::min(double(size.width()) - f, fm.horizontalAdvance(content.hint) + 1.6 * f);
    const double h = fm.height() + 0.5 * f;
    const QRect band = bandRect(size);
    return QRectF((size.width() - w) / 2, band.bottom() + 1 + 0.45 * f, w, h).toAlignedRect();
}

void PresentationOverlay::paint(QPainter& p, const QSize& size, const Content& c)
{
    const double f = fontPixels(size);
    const QRect band = bandRect(size);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(band, BandFill);
    p.setPen(QPen(QColor(255, 255, 255, 120), std::max(1.0, f / 14)));
    p.drawLine(QPointF(0, band.bottom() + 0.5), QPointF(size.width(), band.bottom() + 0.5));

    const QFont strong = bandFont(f, true), plain = bandFont(f, false), small = bandFont(f * 0.72, false);
    const QFontMetricsF sm(strong), pm(plain), mm(small);
    const double margin = 0.8 * f, gap = 0.9 * f;
    const double mid = band.top() + band.height() / 2.0;
    auto baseline = [mid](const QFontMetricsF& m) { return mid + (m.ascent() - m.descent()) / 2; };

    // Right: the time (the one thing that changes while playing), then the discreet position.
    double right = size.width() - margin;
    if (!c.position.isEmpty()) {
        const double w = mm.horizontalAdvance(c.position);
        p.setFont(small);
        p.setPen(Secondary);
        p.drawText(QPointF(right - w, baseline(mm)), c.position);
        right -= w + gap;
    }
    if (!c.time.isEmpty()) {
        const QString time = sm.elidedText(c.time, Qt::ElideRight, size.width() * 0.4);
        const double w = sm.horizontalAdvance(time);
        p.setFont(strong);
        p.setPen(Primary);
        p.drawText(QPointF(right - w, baseline(sm)), time);
        right -= w + gap;
    }

    // Left: project · view, then the layer; elided to what is left.
    const double avail = std::max(0.0, right - margin);
    const QString dot = QStringLiteral("  ·  ");
    const QString project = sm.elidedText(c.project, Qt::ElideRight, avail * 0.4);
    const double projectW = project.isEmpty() ? 0 : sm.horizontalAdvance(project);
    const double dotW = pm.horizontalAdvance(dot);
    const QString view = pm.elidedText(c.view, Qt::ElideRight, std::max(0.0, std::min(avail * 0.35, avail - projectW - dotW)));
    const double viewW = view.isEmpty() ? 0 : pm.horizontalAdvance(view);
    double x = margin;
    if (!project.isEmpty()) {
        p.setFont(strong);
        p.setPen(Primary);
        p.drawText(QPointF(x, baseline(sm)), project);
        x += projectW;
    }
    if (!view.isEmpty()) {
        if (x > margin) {
            p.setFont(plain);
            p.setPen(Secondary);
            p.drawText(QPointF(x, baseline(pm)), dot);
            x += dotW;
        }
        p.setFont(plain);
        p.setPen(Primary);
        p.drawText(QPointF(x, baseline(pm)), view);
        x += viewW;
    }
    const double layerRoom = margin + avail - x - gap;
    if (!c.layer.isEmpty() && layerRoom > 3 * f) {
        p.setFont(small);
        p.setPen(Secondary);
        p.drawText(QPointF(x + gap, baseline(mm)), mm.elidedText(c.layer, Qt::ElideRight, layerRoom));
    }

    // The hint under the band, fading.
    const QRect hint = hintRect(size, c);
    if (!hint.isEmpty() && c.hintOpacity > 0.01) {
        const QFont hf = bandFont(f * 0.66, false);
        const QFontMetricsF hm(hf);
        p.setOpacity(std::clamp(c.hintOpacity, 0.0, 1.0));
        p.setPen(QPen(QColor(255, 255, 255, 150), std::max(1.0, f / 20)));
        p.setBrush(QColor(0, 0, 0, 200));
        p.drawRoundedRect(QRectF(hint), hint.height() / 2.0, hint.height() / 2.0);
        p.setFont(hf);
        p.setPen(Primary);
        p.drawText(QRectF(hint), Qt::AlignCenter, hm.elidedText(c.hint, Qt::ElideRight, hint.width() - 0.8 * f));
    }
    p.restore();
}

void PresentationOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paint(p, size(), m_content);
}

}  // namespace dosi::desktop
