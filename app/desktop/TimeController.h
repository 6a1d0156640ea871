#pragma once
// TimeController: the time axis of the active thematic layer as a slider with a large,
// readable label ("2019-03-04 (Mon) 08:00", "2024Q1", "2017"), previous/next, play/pause
// with a speed (steps per second) and looping. Keyboard: Left/Right step, Home/End jump,
// Space plays/pauses — on the controller, and on any widget it filters (the map canvas).

#include "dosi/core/TimeAxis.h"

#include <QStringList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QKeyEvent;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace dosi::desktop {

class TimeController : public QWidget {
    Q_OBJECT
public:
    explicit TimeController(QWidget* parent = nullptr);

    // A new time axis; goes to its first time (no indexChanged signal).
    void setTimes(const QStringList& times, TimeKind kind);
    QStringList times() const { return m_times; }
    TimeKind timeKind() const { return m_kind; }

    int index() const;                      // -1 when there is no time axis
    void setIndex(int index);               // clamped; emits indexChanged when it changes
    QString currentTime() const;            // key, or empty
    void stepBy(int delta);                 // wraps only while looping
    QString labelText() const;              // as shown
    static QString displayLabel(const QString& key, TimeKind kind);

    void setPlaying(bool playing);
    bool isPlaying() const;
    void setSpeed(double stepsPerSecond);   // 0.5, 1, 2, 4 (others are accepted too)
    double speed() const { return m_speed; }
    int intervalMs() const;                 // of the play timer
    void setLoop(bool loop);
    bool loops() const;

    // While playing, a step waits until this returns true (e.g. the map finished its frame), so that a
    // slow frame is shown rather than cancelled by the next one. Unset = never wait.
    std::function<bool()> readyForNext;

    // Handles the time keys; true when the key was used.
    bool handleKey(QKeyEvent* event);

    QSlider* slider() const { return m_slider; }

signals:
    void indexChanged(int index);
    void playingChanged(bool playing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateLabel();
    void updateEnabled();
    void advance();                         // one play step

    QSlider* m_slider = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_position = nullptr;
    QToolButton* m_first = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_last = nullptr;
    QComboBox* m_speedBox = nullptr;
    QCheckBox* m_loop = nullptr;
    QLabel* m_speedLabel = nullptr;
    QTimer* m_timer = nullptr;
    QStringList m_times;
    TimeKind m_kind = TimeKind::None;
    double m_speed = 1.0;
    bool m_updating = false;
};

}  // namespace dosi::desktop
