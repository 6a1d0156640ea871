#pragma once
// RegenJob: runs one regeneration model off the GUI thread, with a progress bar, a Cancel button and
// a status line. The work gets a progress callback (done, total) that returns false once the user has
// cancelled; it must only compute on what was read on the GUI thread (the store is not thread-safe).
// `done` runs back on the GUI thread, where the results are stored.

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
template <typename T> class QFutureWatcher;

namespace dosi::desktop {

class RegenJob : public QWidget {
    Q_OBJECT
public:
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<void(const Progress& progress)>;

    explicit RegenJob(QWidget* parent = nullptr);
    ~RegenJob() override;   // cancels and waits for the worker

    // Starts `work` on a worker thread; `done(cancelled)` runs on the GUI thread once it has returned.
    // Refused (false) while another run of this job is going.
    bool start(const QString& status, Work work, std::function<void(bool cancelled)> done);
    void cancel();
    bool isRunning() const;
    void waitForFinished();   // tests

    // The line under the bar: what happened (an error in red).
    void setMessage(const QString& text, bool error = false);
    QString message() const;

    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Control;
    void poll();
    void finished();

    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
    QFutureWatcher<void>* m_watcher = nullptr;
    std::shared_ptr<Control> m_control;
    std::function<void(bool)> m_done;
};

}  // namespace dosi::desktop
