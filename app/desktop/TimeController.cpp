// TimeController: slider, play/pause, speed and loop over a time axis.
#include "TimeController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <cmath>

namespace dosi::desktop {

namespace {
constexpr double Speeds[] = {0.5, 1.0, 2.0, 4.0, 8.0};
}

TimeController::TimeController(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeController"));
    setFocusPolicy(Qt::StrongFocus);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setTracking(true);
    m_slider->setPageStep(6);
    m_slider->setRange(0, 0);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timeLabel"));
    QFont big = m_label->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_label->setFont(big);
    m_label->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("2019-03-04 (Mon) 08:00  W10")) + 8);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("timePosition"));

    auto tool = [this](const char* name, QStyle::StandardPixmap icon) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setIcon(style()->standardIcon(icon));
        b->setAutoRaise(true);
        b->setIconSize(QSize(24, 24));
        return b;
    };
    m_first = tool("timeFirst", QStyle::SP_MediaSkipBackward);
    m_prev = tool("timePrev", QStyle::SP_MediaSeekBackward);
    m_play = tool("playButton", QStyle::SP_MediaPlay);
    m_play->setCheckable(true);
    m_next = tool("timeNext", QStyle::SP_MediaSeekForward);
    m_last = tool("timeLast", QStyle::SP_MediaSkipForward);

    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("timeSpeed"));
    for (double s : Speeds) m_speedBox->addItem(QString(), s);
    m_speedBox->setCurrentIndex(1);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speedBox);
    m_loop = new QCheckBox(this);
    m_loop->setObjectName(QStringLiteral("timeLoop"));
    m_loop->setChecked(true);

    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs());

    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    for (QToolButton* b : {m_first, m_prev, m_play, m_next, m_last}) row->addWidget(b);
    row->addSpacing(6);
    row->addWidget(m_slider, 1);
    row->addSpacing(6);
    row->addWidget(m_label);
    auto* options = new QHBoxLayout;
    options->addWidget(m_position);
    options->addStretch(1);
    options->addWidget(m_speedLabel);
    options->addWidget(m_speedBox);
    options->addWidget(m_loop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addLayout(options);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        updateLabel();
        if (!m_updating) emit indexChanged(v);
    });
    connect(m_first, &QToolButton::clicked, this, [this] { setIndex(0); });
    connect(m_last, &QToolButton::clicked, this, [this] { setIndex(int(m_times.size()) - 1); });
    connect(m_prev, &QToolButton::clicked, this, [this] { stepBy(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepBy(+1); });
    connect(m_play, &QToolButton::toggled, this, &TimeController::setPlaying);
    connect(m_timer, &QTimer::timeout, this, &TimeController::advance);
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(m_speedBox->currentData().toDouble()); });

    retranslateUi();
    updateEnabled();
}

void TimeController::setTimes(const QStringList& times, TimeKind kind)
{
    m_updating = true;
    m_times = times;
    m_kind = kind == TimeKind::None && !times.isEmpty() ? guessTimeKind(times.first()) : kind;
    m_slider->setRange(0, qMax(0, int(times.size()) - 1));
    m_slider->setValue(0);
    // Ticks at day boundaries for hours, every step otherwise.
    m_slider->setTickInterval(m_kind == TimeKind::Hour ? 24 : 1);
    m_slider->setPageStep(m_kind == TimeKind::Hour ? 24 : 1);
    m_updating = false;
    if (times.size() <= 1) setPlaying(false);
    updateEnabled();
    updateLabel();
}

int TimeController::index() const
{
    return m_times.isEmpty() ? -1 : m_slider->value();
}

void TimeController::setIndex(int index)
{
    if (m_times.isEmpty()) return;
    m_slider->setValue(qBound(0, index, int(m_times.size()) - 1));
}

QString TimeController::currentTime() const
{
    const int i = index();
    return i >= 0 && i < m_times.size() ? m_times.at(i) : QString();
}

void TimeController::stepBy(int delta)
{
    if (m_times.size() <= 1) return;
    const int n = int(m_times.size());
    int next = index() + delta;
    if (loops())
        next = ((next % n) + n) % n;
    setIndex(next);
}

void TimeController::advance()
{
    const int n = int(m_times.size());
    if (n <= 1) {
        setPlaying(false);
        return;
    }
    if (readyForNext && !readyForNext()) return;   // try again at the next tick
    if (index() >= n - 1 && !loops()) {
        setPlaying(false);
        return;
    }
    setIndex(index() >= n - 1 ? 0 : index() + 1);
}

QString TimeController::labelText() const
{
    return m_label->text();
}

QString TimeController::displayLabel(const QString& key, TimeKind kind)
{
    if (kind == TimeKind::None) kind = guessTimeKind(key);
    switch (kind) {
    case TimeKind::Hour: {
        QDate d;
        int h = 0;
        if (parseHourKey(key, &d, &h)) return tr("%1  W%2").arg(timeLabel(key, kind)).arg(d.weekNumber());
        break;
    }
    case TimeKind::Day: {
        const QDate d = QDate::fromString(key, QStringLiteral("yyyy-MM-dd"));
        if (d.isValid())
            return tr("%1 (%2)  W%3")
                .arg(key, QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat))
                .arg(d.weekNumber());
        break;
    }
    case TimeKind::Quarter:
        if (key.size() == 6 && key.at(4) == QLatin1Char('Q')) return tr("%1 Q%2").arg(key.left(4), key.mid(5));
        break;
    case TimeKind::Year:
    case TimeKind::None: break;
    }
    return key;
}

void TimeController::updateLabel()
{
    const int i = index();
    if (i < 0) {
        m_label->setText(tr("No time axis"));
        m_position->clear();
        return;
    }
    m_label->setText(displayLabel(m_times.at(i), m_kind));
    m_position->setText(tr("%1 of %2").arg(i + 1).arg(m_times.size()));
}

void TimeController::updateEnabled()
{
    const bool axis = m_times.size() > 1;
    for (QWidget* w : std::initializer_list<QWidget*>{m_slider, m_first, m_prev, m_play, m_next, m_last, m_speedBox, m_loop})
        w->setEnabled(axis);
}

void TimeController::setPlaying(bool playing)
{
    if (playing && m_times.size() <= 1) playing = false;
    const bool was = m_timer->isActive();
    if (playing && !was) {
        // Playing from the last time starts again at the first.
        if (index() >= int(m_times.size()) - 1 && !m_updating) setIndex(0);
        m_timer->start(intervalMs());
    } else if (!playing) {
        m_timer->stop();
    }
    if (m_play->isChecked() != playing) m_play->setChecked(playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play through the times (Space)"));
    if (was != playing) emit playingChanged(playing);
}

bool TimeController::isPlaying() const
{
    return m_timer->isActive();
}

void TimeController::setSpeed(double stepsPerSecond)
{
    if (!(stepsPerSecond > 0)) return;
    m_speed = stepsPerSecond;
    m_timer->setInterval(intervalMs());
    for (int i = 0; i < m_speedBox->count(); ++i) {
        if (qFuzzyCompare(m_speedBox->itemData(i).toDouble(), stepsPerSecond)) {
            const QSignalBlocker block(m_speedBox);
            m_speedBox->setCurrentIndex(i);
        }
    }
}

int TimeController::intervalMs() const
{
    return int(std::lround(1000.0 / m_speed));
}

void TimeController::setLoop(bool loop)
{
    m_loop->setChecked(loop);
}

bool TimeController::loops() const
{
    return m_loop->isChecked();
}

bool TimeController::handleKey(QKeyEvent* event)
{
    if (m_times.isEmpty() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    switch (event->key()) {
    case Qt::Key_Left: stepBy(-1); return true;
    case Qt::Key_Right: stepBy(+1); return true;
    case Qt::Key_Home: setIndex(0); return true;
    case Qt::Key_End: setIndex(int(m_times.size()) - 1); return true;
    case Qt::Key_Space: setPlaying(!isPlaying()); return true;
    default: return false;
    }
}

bool TimeController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event))) return true;
    return QWidget::eventFilter(watched, event);
}

void TimeController::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event)) QWidget::keyPressEvent(event);
}

void TimeController::retranslateUi()
{
    for (int i = 0; i < m_speedBox->count(); ++i) {
        const double s = m_speedBox->itemData(i).toDouble();
        m_speedBox->setItemText(i, tr("%1 / s").arg(QLocale().toString(s, 'g', 3)));
    }
    m_speedLabel->setText(tr("Speed:"));
    m_speedBox->setToolTip(tr("Time steps shown per second while playing"));
    m_loop->setText(tr("Loop"));
    m_loop->setToolTip(tr("Start again at the first time after the last one"));
    m_first->setToolTip(tr("First time (Home)"));
    m_prev->setToolTip(tr("Previous time (Left)"));
    m_next->setToolTip(tr("Next time (Right)"));
    m_last->setToolTip(tr("Last time (End)"));
    m_play->setToolTip(isPlaying() ? tr("Pause (Space)") : tr("Play through the times (Space)"));
    updateLabel();
}

void TimeController::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
