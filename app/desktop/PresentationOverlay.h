#pragma once
// PresentationOverlay: the distraction-free title band of presentation mode, laid over the map
// canvas: project title, saved view, layer and time label (no clock) on a slim dark band at the
// top, a discreet "n / N" position, and a key hint under the band that fades after a few seconds.
// Transparent for the mouse; sizes follow the screen so that a projector at 1024x768 and at
// 1920x1080 both stay readable from the back of a room.

#include <QRect>
#include <QString>
#include <QWidget>

class QPainter;

namespace dosi::desktop {

class PresentationOverlay : public QWidget {
    Q_OBJECT
public:
    struct Content {
        QString project;    // project title
        QString view;       // saved view (bookmark) name, or "Current view"
        QString layer;      // layer — field
        QString time;       // time label, empty without a time axis
        QString position;   // "2 / 5"
        QString hint;       // keys, or a short message; fades
        double hintOpacity = 1.0;
    };

    explicit PresentationOverlay(QWidget* canvas);

    void setContent(const Content& content);
    Content content() const { return m_content; }
    void setHintOpacity(double opacity);

    // Main text size of the band on a screen of `size` (pixels).
    static double fontPixels(const QSize& size);
    // The band at the top of a screen of `size`; grows with the screen.
    static QRect bandRect(const QSize& size);
    // The hint's box under the band (empty when there is no hint).
    static QRect hintRect(const QSize& size, const Content& content);
    // Draws band and hint as they appear on a screen of `size`.
    static void paint(QPainter& painter, const QSize& size, const Content& content);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Content m_content;
};

}  // namespace dosi::desktop
