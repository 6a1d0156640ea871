// MapRenderJob: renderMap() on the global thread pool; only the newest frame is delivered.
#include "dosi/gis/MapRenderer.h"

#include <QFuture>
#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace dosi::gis {

struct MapRenderJob::Impl {
    std::shared_ptr<std::atomic_bool> cancel;     // of the newest request
    std::atomic<quint64> generation{0};
    std::atomic<int> running{0};
    std::unique_ptr<PathCache> cache = std::make_unique<PathCache>();
    QMutex futuresMutex;
    QList<QFuture<void>> futures;
};

MapRenderJob::MapRenderJob(QObject* parent) : QObject(parent), d(std::make_unique<Impl>())
{
    qRegisterMetaType<dosi::gis::MapView>("dosi::gis::MapView");
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForDone();
}

void MapRenderJob::start(const RenderRequest& request)
{
    if (d->cancel) d->cancel->store(true);
    auto flag = std::make_shared<std::atomic_bool>(false);
    d->cancel = flag;
    const quint64 gen = ++d->generation;
    d->running.fetch_add(1);
    PathCache* cache = d->cache.get();
    QPointer<MapRenderJob> self(this);
    Impl* impl = d.get();
    QFuture<void> f = QtConcurrent::run([request, flag, gen, cache, self, impl]() {
        QImage image = renderMap(request, flag.get(), cache);
        const bool deliver = !image.isNull() && !flag->load() && gen == impl->generation.load();
        if (deliver && self) {
            // Queued to the job's thread (the GUI thread); checked again there, as a newer request
            // may have arrived in between.
            QMetaObject::invokeMethod(
                self.data(),
                [self, image, view = request.view, gen, impl]() {
                    if (self && gen == impl->generation.load()) emit self->finished(image, view);
                },
                Qt::QueuedConnection);
        }
        impl->running.fetch_sub(1);
    });
    QMutexLocker lock(&d->futuresMutex);
    d->futures.removeIf([](const QFuture<void>& x) { return x.isFinished(); });
    d->futures.append(f);
}

void MapRenderJob::cancel()
{
    if (d->cancel) d->cancel->store(true);
    ++d->generation;   // nothing in flight may be delivered any more
}

bool MapRenderJob::isRunning() const { return d->running.load() > 0; }

void MapRenderJob::waitForDone()
{
    QList<QFuture<void>> futures;
    {
        QMutexLocker lock(&d->futuresMutex);
        futures = d->futures;
    }
    for (QFuture<void>& f : futures) f.waitForFinished();
    QMutexLocker lock(&d->futuresMutex);
    d->futures.removeIf([](const QFuture<void>& x) { return x.isFinished(); });
}

PathCache* MapRenderJob::pathCache() const { return d->cache.get(); }

}  // namespace dosi::gis

