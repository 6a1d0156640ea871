// AnimationExporter: numbered PNG frames and an optional MP4.
#include "AnimationExporter.h"

#include "TimeController.h"

#include "dosi/gis/ThematicCompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace dosi::desktop {

namespace {
const QString VideoName = QStringLiteral("animation.mp4");
}

AnimationExporter::AnimationExporter(QObject* parent) : QObject(parent)
{
    connect(&m_frameWatcher, &QFutureWatcher<QString>::finished, this, &AnimationExporter::onFrameDone);
    connect(&m_videoWatcher, &QFutureWatcher<QString>::finished, this, &AnimationExporter::onVideoDone);
}

AnimationExporter::~AnimationExporter()
{
    if (m_cancel) *m_cancel = true;
    m_frameWatcher.waitForFinished();
    m_videoWatcher.waitForFinished();
}

QString AnimationExporter::ffmpegPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

QString AnimationExporter::frameName(int number)
{
    return QStringLiteral("frame_%1.png").arg(number, 4, 10, QLatin1Char('0'));
}

bool AnimationExporter::comparePeriods(const QStringList& axis, TimeKind kind, ComparePanel::Span span, const QStringList& frames,
                                       const QString& periodA, const QString& periodB, bool follow, QStringList* periodsA,
                                       QStringList* periodsB, QString* error)
{
    periodsA->clear();
    periodsB->clear();
    // A period's keys: one key, or FROM/TO.
    auto ends = [](const QString& period) {
        const int slash = int(period.indexOf(QLatin1Char('/')));
        return slash < 0 ? QStringList{period, period} : QStringList{period.left(slash), period.mid(slash + 1)};
    };
    const int refA = int(axis.indexOf(ends(periodA).first()));
    const QStringList bEnds = ends(periodB);
    const int fromB = int(axis.indexOf(bEnds.first())), toB = int(axis.indexOf(bEnds.last()));
    if (follow && (refA < 0 || fromB < 0 || toB < 0)) {
        *error = tr("The periods A and B are not on the layer's time axis.");
        return false;
    }
    for (const QString& t : frames) {
        const QString a = ComparePanel::periodOf(axis, kind, span, t);
        QString b = periodB;
        if (follow) {
            const int shift = int(axis.indexOf(ends(a).first())) - refA;
            const int from = fromB + shift, to = toB + shift;
            if (from < 0 || to >= axis.size()) {
                *error = tr("Period B, moved along with A, would leave the time axis at %1; export fewer frames or "
                            "choose another period B.")
                             .arg(TimeController::displayLabel(t, kind));
                return false;
            }
            b = from == to ? axis.at(from) : axis.at(from) + QLatin1Char('/') + axis.at(to);
        }
        *periodsA << a;
        *periodsB << b;
    }
    return true;
}

bool AnimationExporter::start(const AnimationInput& input, const AnimationOptions& options, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (m_running) return fail(tr("An animation is already being exported."));
    if (!input.store || input.times.isEmpty() || input.activeIndex < 0 || input.activeIndex >= input.request.layers.size())
        return fail(tr("There is no thematic layer with a time axis to animate."));
    if (!input.request.view.isValid()) return fail(tr("The map has no view to export."));
    if (input.compare != CompareMode::None && (input.periodsA.size() != input.times.size() || input.periodsB.size() != input.times.size()))
        return fail(tr("The periods to compare are not set."));
    if (options.folder.isEmpty()) return fail(tr("Choose a folder for the frames."));
    if (options.video && ffmpegPath().isEmpty())
        return fail(tr("ffmpeg was not found on the PATH; export the PNG frames only, or install ffmpeg."));

    // The temporary folder sits next to the target so that the frames are moved, not copied.
    const QFileInfo target(options.folder);
    const QString parent = target.absoluteDir().absolutePath();
    if (!QDir().mkpath(parent)) return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    auto temp = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral(".dosi-frames-XXXXXX")));
    if (!temp->isValid())
        return fail(tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), temp->errorString()));

    m_input = input;
    m_options = options;
    if (m_options.size.isEmpty()) m_options.size = input.request.view.size();
    if (m_input.request.view.size() != m_options.size)
        m_input.request.view = gis::MapView::fit(m_input.request.view.extent(), m_options.size, 0.0);
    m_input.request.devicePixelRatio = 1.0;
    m_temp = std::move(temp);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_index = 0;
    m_written.clear();
    m_running = true;
    emit progress(0, int(m_input.times.size()));
    next();
    return true;
}

void AnimationExporter::cancel()
{
    if (!m_running) return;
    if (m_cancel) *m_cancel = true;
}

Result<gis::RenderRequest> AnimationExporter::frameRequest(int index) const
{
    gis::ThematicSpec spec = m_input.spec;
    spec.time = m_input.times.at(index);
    const gis::ThematicLayer& current = m_input.request.layers.at(m_input.activeIndex);
    const bool difference = m_input.compare == CompareMode::Difference;
    if (difference) spec.time = m_input.periodsA.at(index);
    auto built = difference ? gis::buildDifferenceLayer(*m_input.store, spec, m_input.periodsB.at(index), current.data)
                            : gis::buildThematicLayer(*m_input.store, spec, current.data);
    if (!built) return built.error();
    gis::ThematicLayer layer = built.value();
    layer.opacity = current.opacity;
    layer.selected = current.selected;
    layer.showLabels = current.showLabels;
    gis::RenderRequest request = m_input.request;
    request.layers[m_input.activeIndex] = layer;
    gis::MapDecorations decorations = gis::defaultDecorations(layer);
    decorations.legend = true;
    decorations.scaleBar = true;
    decorations.northArrow = true;
    decorations.sourceLine = m_input.request.decorations.sourceLine;
    decorations.timeStamp = TimeController::displayLabel(m_input.times.at(index), m_input.kind);
    if (difference) {
        // As the difference map of dosi-cli render: the title's first line, then the two periods.
        const QStringList lines = layer.legend.title.split(QLatin1Char('\n'));
        decorations.title = lines.value(0);
        decorations.timeStamp = lines.mid(1).join(QStringLiteral(" · "));
    }
    request.decorations = decorations;
    return request;
}

void AnimationExporter::next()
{
    if (*m_cancel) {
        finish(false, tr("Export cancelled; nothing was written."));
        return;
    }
    const QString time = m_input.times.at(m_index);
    gis::RenderRequest request;
    QImage ready;   // side by side: drawn here, only written on the worker
    if (m_input.compare == CompareMode::SideBySide) {
        gis::ThematicSpec spec = m_input.spec;
        spec.time = m_input.periodsA.at(m_index);
        gis::MapDecorations decorations;   // as the map shows it (MainWindow::updateSideBySide)
        decorations.legend = decorations.scaleBar = decorations.northArrow = true;
        auto image = gis::renderSideBySide(*m_input.store, spec, m_input.periodsB.at(m_index), m_options.size, decorations);
        if (!image) {
            finish(false, tr("Frame %1 (%2): %3").arg(m_index + 1).arg(time, image.errorMessage()));
            return;
        }
        ready = image.value();
    } else {
        auto built = frameRequest(m_index);
        if (!built) {
            finish(false, tr("Frame %1 (%2): %3").arg(m_index + 1).arg(time, built.errorMessage()));
            return;
        }
        request = built.value();
    }

    const QString path = QDir(m_temp->path()).filePath(frameName(m_index + 1));
    auto cancel = m_cancel;
    m_frameWatcher.setFuture(QtConcurrent::run([request, ready, path, cancel]() -> QString {
        const QImage image = ready.isNull() ? gis::renderMap(request, cancel.get()) : ready;
        if (image.isNull()) return *cancel ? QString() : tr("The frame could not be drawn.");
        QImageWriter writer(path, "png");
        if (!writer.write(image)) return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return {};
    }));
}

void AnimationExporter::onFrameDone()
{
    const QString error = m_frameWatcher.result();
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    if (*m_cancel) {
        finish(false, tr("Export cancelled; nothing was written."));
        return;
    }
    ++m_index;
    emit progress(m_index, int(m_input.times.size()));
    if (m_index < m_input.times.size()) {
        next();
        return;
    }
    if (!m_options.video) {
        QString moveError;
        if (!moveIntoPlace(&moveError)) finish(false, moveError);
        else finish(true, tr("%n frame(s) written to %1", nullptr, int(m_written.size())).arg(QDir::toNativeSeparators(m_options.folder)));
        return;
    }
    const QString ffmpeg = ffmpegPath();
    const QString dir = m_temp->path();
    const double fps = m_options.framesPerSecond > 0 ? m_options.framesPerSecond : 2.0;
    auto cancel = m_cancel;
    m_videoWatcher.setFuture(QtConcurrent::run([ffmpeg, dir, fps, cancel]() -> QString {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ffmpeg, {QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                               QStringLiteral("-framerate"), QString::number(fps), QStringLiteral("-i"),
                               QStringLiteral("frame_%04d.png"), QStringLiteral("-vf"),
                               QStringLiteral("scale=trunc(iw/2)*2:trunc(ih/2)*2"), QStringLiteral("-c:v"),
                               QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                               VideoName});
        if (!process.waitForStarted(10000)) return tr("Cannot start ffmpeg: %1").arg(process.errorString());
        while (!process.waitForFinished(200)) {
            if (*cancel) {
                process.kill();
                process.waitForFinished(5000);
                return {};
            }
            if (process.state() == QProcess::NotRunning) break;
        }
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return tr("ffmpeg failed (exit code %1): %2").arg(process.exitCode()).arg(output.right(600));
        if (QFileInfo(QDir(dir).filePath(VideoName)).size() <= 0) return tr("ffmpeg wrote an empty video.");
        return {};
    }));
}

void AnimationExporter::onVideoDone()
{
    const QString error = m_videoWatcher.result();
    if (*m_cancel) {
        finish(false, tr("Export cancelled; nothing was written."));
        return;
    }
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    QString moveError;
    if (!moveIntoPlace(&moveError)) finish(false, moveError);
    else
        finish(true, tr("%n frame(s) and %1 written to %2", nullptr, int(m_written.size()) - 1)
                         .arg(VideoName, QDir::toNativeSeparators(m_options.folder)));
}

bool AnimationExporter::moveIntoPlace(QString* error)
{
    QDir target(m_options.folder);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_options.folder));
        return false;
    }
    QStringList names;
    for (int i = 1; i <= m_input.times.size(); ++i) names << frameName(i);
    if (m_options.video) names << VideoName;
    for (const QString& name : names) {
        const QString to = target.absoluteFilePath(name);
        if (QFileInfo::exists(to) && !QFile::remove(to)) {
            *error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(to));
            return false;
        }
        if (!QFile::rename(QDir(m_temp->path()).filePath(name), to)) {
            *error = tr("Cannot move %1 into %2.").arg(name, QDir::toNativeSeparators(target.absolutePath()));
            return false;
        }
        m_written << to;
    }
    return true;
}

void AnimationExporter::finish(bool ok, const QString& message)
{
    m_running = false;
    m_temp.reset();   // removes the temporary folder and whatever is left in it
    if (!ok) m_written.clear();
    emit finished(ok, message);
}

}  // namespace dosi::desktop
