#pragma once
// ComparePanel: compare two periods of the active layer. Period A is the one that holds the
// current time of the time controller; period B is chosen here. A period is one time step, or
// (hourly and daily layers) the day or ISO week around it, written as a "FROM/TO" span of keys
// (gis/ThematicCompare.h). Modes: off, difference map (A − B), side by side.

#include "MapComposer.h"

#include "dosi/core/TimeAxis.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace dosi::desktop {

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    enum class Span { Step, Day, Week };

    explicit ComparePanel(QWidget* parent = nullptr);

    void setTimes(const QStringList& times, TimeKind kind);   // keeps the mode
    void setCurrentTime(const QString& key);                   // updates period A

    CompareMode mode() const;
    void setMode(CompareMode mode);
    Span span() const;
    void setSpan(Span span);                                   // ignored when the axis has no such span
    QStringList periodsB() const;                              // offered for B (keys or spans)
    QString periodB() const;
    bool setPeriodB(const QString& period);                    // a key or span listed in periodsB()
    QString periodA() const;                                   // for the current time

    // The period (key or "FROM/TO" span) holding `key` at `span`.
    static QString periodOf(const QStringList& times, TimeKind kind, Span span, const QString& key);
    static QString periodLabel(const QString& period, TimeKind kind);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillPeriods();
    void updateLabelA();

    QComboBox* m_mode = nullptr;
    QComboBox* m_span = nullptr;
    QComboBox* m_periodB = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_spanLabel = nullptr;
    QLabel* m_bLabel = nullptr;
    QLabel* m_aText = nullptr;
    QStringList m_times;
    TimeKind m_kind = TimeKind::None;
    QString m_current;
    bool m_updating = false;
};

}  // namespace dosi::desktop
