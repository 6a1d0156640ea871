#pragma once
// Waiting for the map canvas in the desktop tests, and the layer it draws in colour.

#include "MapCanvas.h"

#include "dosi/gis/ThematicMap.h"

#include <QTest>
#include <QVector>

namespace dosi::testing {

// True once `canvas` has finished a frame after `before` (its frame count when the change was made).
inline bool waitForNewFrame(const desktop::MapCanvas* canvas, int before, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return canvas->frameCount() > before && !canvas->isRendering(); }, timeoutMs);
}

// The drawn layer with thematic colours and a legend (null when none); valid until the next call.
inline const gis::ThematicLayer* drawnActive(const desktop::MapCanvas* canvas)
{
    static QVector<gis::ThematicLayer> layers;
    layers = canvas->layers();
    for (const gis::ThematicLayer& l : layers)
        if (!l.fills.isEmpty() && !l.legend.entries.isEmpty()) return &l;
    return nullptr;
}

}  // namespace dosi::testing
