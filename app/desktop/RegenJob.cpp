// RegenJob: a model run on a worker thread with progress and cancel.
#include "RegenJob.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace dosi::desktop {

// Shared between the GUI thread and the worker.
struct RegenJob::Control {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

RegenJob::RegenJob(QWidget* parent) : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("regenProgress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("regenCancel"));
    m_cancel->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("regenStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_status);
    m_bar->hide();
    m_cancel->hide();
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &RegenJob::poll);
    connect(m_cancel, &QPushButton::clicked, this, &RegenJob::cancel);
    m_cancel->setText(tr("Cancel"));
}

RegenJob::~RegenJob()
{
    if (m_control) m_control->cancel = true;
    if (m_watcher) m_watcher->waitForFinished();
}

bool RegenJob::isRunning() const
{
    return m_watcher != nullptr;
}

bool RegenJob::start(const QString& status, Work work, std::function<void(bool cancelled)> done)
{
    if (isRunning()) return false;
    auto control = std::make_shared<Control>();
    m_control = control;
    m_done = std::move(done);
    m_bar->setRange(0, 0);   // busy until the work reports a total
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    setMessage(status);
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RegenJob::finished);
    m_watcher->setFuture(QtConcurrent::run([control, work = std::move(work)] {
        work([control](int done, int total) {
            control->done = done;
            control->total = total;
            return !control->cancel.load();
        });
    }));
    m_timer->start();
    emit runningChanged(true);
    return true;
}

void RegenJob::cancel()
{
    if (!m_control || !isRunning()) return;
    m_control->cancel = true;
    m_cancel->setEnabled(false);
    setMessage(tr("Cancelling…"));
}

void RegenJob::waitForFinished()
{
    if (m_watcher) m_watcher->waitForFinished();
}

void RegenJob::poll()
{
    if (!m_control) return;
    const int total = m_control->total;
    if (total <= 0) return;
    m_bar->setRange(0, total);
    m_bar->setValue(qBound(0, int(m_control->done), total));
}

void RegenJob::finished()
{
    m_timer->stop();
    const bool cancelled = m_control && m_control->cancel.load();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_control.reset();
    m_cancel->hide();
    m_bar->hide();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (cancelled) setMessage(tr("Cancelled; nothing was stored."));
    if (done) done(cancelled);
    emit runningChanged(false);
}

void RegenJob::setMessage(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString RegenJob::message() const
{
    return m_status->text();
}

void RegenJob::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) m_cancel->setText(tr("Cancel"));
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
