#pragma once
// AnimationExporter: the current map view over a range of times as numbered PNG frames
// (frame_0001.png …) with legend and time stamp, optionally joined into an MP4 (H.264,
// yuv420p) when ffmpeg is installed. Each frame's thematic layer is built on the GUI thread
// (one indexed query), drawn and written on a worker thread while the next one is built.
// With a period comparison on (ComparePanel), the frames are what the map shows: the difference
// map A − B, or the two periods side by side, where A is the period of each frame's time and B
// stays as chosen (or moves along with A, AnimationOptions::followB).
// Frames go to a temporary folder next to the target and are moved into place only when
// every frame (and the video) succeeded, so a cancelled or failed export leaves nothing behind.

#include "ComparePanel.h"

#include "dosi/core/ProjectStore.h"
#include "dosi/gis/MapRenderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

namespace dosi::desktop {

struct AnimationInput {
    const ProjectStore* store = nullptr;
    gis::ThematicSpec spec;                  // layer, field, classes (time is set per frame)
    QStringList times;                       // the frames, in order
    TimeKind kind = TimeKind::None;
    gis::RenderRequest request;              // view, layers, decorations, basemap of the current map
    int activeIndex = -1;                    // request.layers index replaced per frame
    // Comparison (see comparePeriods()): per frame, period A and period B. Difference: the active
    // layer is the difference A − B; side by side: the frame is gis::renderSideBySide() at the size.
    CompareMode compare = CompareMode::None;
    QStringList periodsA;
    QStringList periodsB;
};

struct AnimationOptions {
    QString folder;                          // where frame_0001.png … go (created when missing)
    QSize size;                              // empty = the view's size
    double framesPerSecond = 2.0;
    bool video = false;                      // also animation.mp4 (needs ffmpeg)
    bool followB = false;                    // comparison: period B moves along with A
};

class AnimationExporter : public QObject {
    Q_OBJECT
public:
    explicit AnimationExporter(QObject* parent = nullptr);
    ~AnimationExporter() override;

    static QString ffmpegPath();             // empty when ffmpeg is not on PATH
    static QString frameName(int number);    // "frame_0001.png"

    // The periods of a comparison animation over `frames` (keys of `axis`): A = the period at `span`
    // holding each frame's time (ComparePanel::periodOf); B = `periodB`, or with `follow` B moved along
    // the axis by as many steps as A lies from `periodA` (the A shown when the export starts), so that
    // e.g. each hour of one week is compared with the same hour of the other. False (with `error`)
    // when a moved B would leave the axis.
    static bool comparePeriods(const QStringList& axis, TimeKind kind, ComparePanel::Span span, const QStringList& frames,
                               const QString& periodA, const QString& periodB, bool follow, QStringList* periodsA,
                               QStringList* periodsB, QString* error);

    // Starts; false (with `error`) when the input cannot be exported.
    bool start(const AnimationInput& input, const AnimationOptions& options, QString* error);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel && *m_cancel; }
    QStringList writtenFiles() const { return m_written; }   // after success, absolute paths

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString& message);         // message: error, or what was written

private:
    void next();                             // build frame m_index on the GUI thread, render on a worker
    void onFrameDone();
    void onVideoDone();
    void finish(bool ok, const QString& message);
    Result<gis::RenderRequest> frameRequest(int index) const;   // not side by side
    bool moveIntoPlace(QString* error);

    AnimationInput m_input;
    AnimationOptions m_options;
    std::unique_ptr<QTemporaryDir> m_temp;
    QFutureWatcher<QString> m_frameWatcher;  // worker result: error message, empty = written
    QFutureWatcher<QString> m_videoWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_index = 0;
    bool m_running = false;
    QStringList m_written;
};

}  // namespace dosi::desktop
