// ComparePanel: period A / period B choice for difference and side-by-side maps.
#include "ComparePanel.h"

#include "TimeController.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace dosi::desktop {

namespace {

QDate dateOf(const QString& key)
{
    return QDate::fromString(key.left(10), QStringLiteral("yyyy-MM-dd"));
}

// Group id of a key at a span: the day, or the ISO year and week.
QString groupOf(const QString& key, ComparePanel::Span span)
{
    const QDate d = dateOf(key);
    if (!d.isValid() || span == ComparePanel::Span::Step) return key;
    if (span == ComparePanel::Span::Day) return key.left(10);
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

}  // namespace

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparePanel"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_mode->addItem(QString(), int(CompareMode::None));
    m_mode->addItem(QString(), int(CompareMode::Difference));
    m_mode->addItem(QString(), int(CompareMode::SideBySide));
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("compareSpan"));
    m_periodB = new QComboBox(this);
    m_periodB->setObjectName(QStringLiteral("comparePeriodB"));
    m_periodB->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modeLabel = new QLabel(this);
    m_spanLabel = new QLabel(this);
    m_bLabel = new QLabel(this);
    m_aText = new QLabel(this);
    m_aText->setObjectName(QStringLiteral("comparePeriodA"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 2);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_mode);
    layout->addSpacing(8);
    layout->addWidget(m_spanLabel);
    layout->addWidget(m_span);
    layout->addSpacing(8);
    layout->addWidget(m_aText);
    layout->addSpacing(8);
    layout->addWidget(m_bLabel);
    layout->addWidget(m_periodB);
    layout->addStretch(1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const bool on = mode() != CompareMode::None;
        m_span->setEnabled(on && m_span->count() > 1);
        m_periodB->setEnabled(on);
        if (!m_updating) emit changed();
    });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) return;
        fillPeriods();
        updateLabelA();
        if (mode() != CompareMode::None) emit changed();
    });
    connect(m_periodB, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && mode() != CompareMode::None) emit changed();
    });
    retranslateUi();
    setTimes({}, TimeKind::None);
}

void ComparePanel::setTimes(const QStringList& times, TimeKind kind)
{
    m_updating = true;
    m_times = times;
    m_kind = kind == TimeKind::None && !times.isEmpty() ? guessTimeKind(times.first()) : kind;
    const QVariant previous = m_span->currentData();
    m_span->clear();
    m_span->addItem(tr("Time step"), int(Span::Step));
    if (m_kind == TimeKind::Hour) m_span->addItem(tr("Day"), int(Span::Day));
    if (m_kind == TimeKind::Hour || m_kind == TimeKind::Day) m_span->addItem(tr("Week"), int(Span::Week));
    const int i = m_span->findData(previous);
    m_span->setCurrentIndex(i >= 0 ? i : 0);
    m_current = times.isEmpty() ? QString() : times.first();
    fillPeriods();
    m_updating = false;
    setEnabled(times.size() > 1);
    m_span->setEnabled(mode() != CompareMode::None && m_span->count() > 1);
    m_periodB->setEnabled(mode() != CompareMode::None);
    updateLabelA();
}

void ComparePanel::setCurrentTime(const QString& key)
{
    m_current = key;
    updateLabelA();
}

CompareMode ComparePanel::mode() const
{
    return CompareMode(m_mode->currentData().toInt());
}

void ComparePanel::setMode(CompareMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

ComparePanel::Span ComparePanel::span() const
{
    return Span(m_span->currentData().toInt());
}

void ComparePanel::setSpan(Span span)
{
    const int i = m_span->findData(int(span));
    if (i >= 0) m_span->setCurrentIndex(i);
}

QStringList ComparePanel::periodsB() const
{
    QStringList out;
    for (int i = 0; i < m_periodB->count(); ++i) out << m_periodB->itemData(i).toString();
    return out;
}

QString ComparePanel::periodB() const
{
    return m_periodB->currentData().toString();
}

bool ComparePanel::setPeriodB(const QString& period)
{
    const int i = m_periodB->findData(period);
    if (i < 0) return false;
    m_periodB->setCurrentIndex(i);
    return true;
}

QString ComparePanel::periodA() const
{
    return m_current.isEmpty() ? QString() : periodOf(m_times, m_kind, span(), m_current);
}

QString ComparePanel::periodOf(const QStringList& times, TimeKind, Span span, const QString& key)
{
    if (span == Span::Step) return key;
    const QString group = groupOf(key, span);
    QString first, last;
    for (const QString& t : times) {
        if (groupOf(t, span) != group) continue;
        if (first.isEmpty()) first = t;
        last = t;
    }
    if (first.isEmpty() || first == last) return key;
    return first + QLatin1Char('/') + last;
}

QString ComparePanel::periodLabel(const QString& period, TimeKind kind)
{
    const int slash = period.indexOf(QLatin1Char('/'));
    if (slash < 0) return TimeController::displayLabel(period, kind);
    const QString from = period.left(slash), to = period.mid(slash + 1);
    const QDate a = dateOf(from), b = dateOf(to);
    if (a.isValid() && a == b) return tr("%1 (whole day)").arg(a.toString(QStringLiteral("yyyy-MM-dd")));
    if (a.isValid() && b.isValid())
        return tr("%1 – %2 (W%3)").arg(a.toString(QStringLiteral("yyyy-MM-dd")), b.toString(QStringLiteral("MM-dd"))).arg(a.weekNumber());
    return tr("%1 – %2").arg(from, to);
}

void ComparePanel::fillPeriods()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString previous = periodB();
    m_periodB->clear();
    QStringList seen;
    for (const QString& t : m_times) {
        const QString p = periodOf(m_times, m_kind, span(), t);
        if (!seen.isEmpty() && seen.last() == p) continue;
        seen << p;
        m_periodB->addItem(periodLabel(p, m_kind), p);
    }
    int i = m_periodB->findData(previous);
    if (i < 0) i = m_periodB->count() > 1 ? m_periodB->count() - 1 : 0;   // default: the last period
    m_periodB->setCurrentIndex(m_periodB->count() > 0 ? i : -1);
    m_updating = wasUpdating;
}

void ComparePanel::updateLabelA()
{
    const QString a = periodA();
    m_aText->setText(a.isEmpty() ? QString() : tr("A: %1").arg(periodLabel(a, m_kind)));
}

void ComparePanel::retranslateUi()
{
    m_updating = true;
    m_mode->setItemText(0, tr("Off"));
    m_mode->setItemText(1, tr("Difference map (A − B)"));
    m_mode->setItemText(2, tr("Side by side (A | B)"));
    const Span s = span();
    const QString current = m_current, b = periodB();
    setTimes(m_times, m_kind);
    m_updating = true;
    setSpan(s);
    fillPeriods();
    setPeriodB(b);
    m_current = current;
    m_updating = false;
    updateLabelA();
    m_modeLabel->setText(tr("Compare:"));
    m_spanLabel->setText(tr("Period:"));
    m_bLabel->setText(tr("B:"));
    m_mode->setToolTip(tr("Compare the current period (A) with another period (B)"));
    m_aText->setToolTip(tr("Period A follows the time slider"));
}

void ComparePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
