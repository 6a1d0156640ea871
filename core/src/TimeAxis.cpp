#include "dosi/core/TimeAxis.h"

#include <QLocale>
#include <QRegularExpression>

namespace dosi {

QString timeKindName(TimeKind kind)
{
    switch (kind) {
    case TimeKind::Hour: return QStringLiteral("hour");
    case TimeKind::Day: return QStringLiteral("day");
    case TimeKind::Quarter: return QStringLiteral("quarter");
    case TimeKind::Year: return QStringLiteral("year");
    case TimeKind::None: break;
    }
    return QStringLiteral("none");
}

TimeKind timeKindFromName(const QString& name)
{
    if (name == QLatin1String("hour")) return TimeKind::Hour;
    if (name == QLatin1String("day")) return TimeKind::Day;
    if (name == QLatin1String("quarter")) return TimeKind::Quarter;
    if (name == QLatin1String("year")) return TimeKind::Year;
    return TimeKind::None;
}

QString hourKey(const QDate& date, int hour)
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T')
        + QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

QString yearKey(int year) { return QString::number(year); }

bool parseHourKey(const QString& key, QDate* date, int* hour)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})$"));
    const auto m = re.match(key);
    if (!m.hasMatch()) return false;
    const QDate d = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
    const int h = m.captured(2).toInt();
    if (!d.isValid() || h < 0 || h > 23) return false;
    if (date) *date = d;
    if (hour) *hour = h;
    return true;
}

TimeKind guessTimeKind(const QString& key)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression quarter(QStringLiteral("^\\d{4}Q[1-4]$"));
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (key.isEmpty()) return TimeKind::None;
    if (parseHourKey(key, nullptr, nullptr)) return TimeKind::Hour;
    if (day.match(key).hasMatch()) return TimeKind::Day;
    if (quarter.match(key).hasMatch()) return TimeKind::Quarter;
    if (year.match(key).hasMatch()) return TimeKind::Year;
    return TimeKind::None;
}

QString timeLabel(const QString& key, TimeKind kind)
{
    if (kind == TimeKind::Hour) {
        QDate d;
        int h = 0;
        if (parseHourKey(key, &d, &h)) {
            return QStringLiteral("%1 (%2) %3:00")
                .arg(d.toString(QStringLiteral("yyyy-MM-dd")),
                     QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat))
                .arg(h, 2, 10, QLatin1Char('0'));
        }
    }
    return key;
}

bool parsePeriodKey(const QString& token, PeriodForms accepted, PeriodKey* out)
{
    // Compact and separated dates share one pattern; the back-reference keeps the separator consistent.
    static const QRegularExpression year(QStringLiteral("^(\\d{4})(?:\\.0)?$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})\\s*-?\\s*[Qq]([1-4])$"));
    static const QRegularExpression quarterCode(QStringLiteral("^(\\d{4})([1-4])(?:\\.0)?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-./]?(\\d{2})(?:\\.0)?$"));
    static const QRegularExpression day(QStringLiteral("^(\\d{4})(-?)(\\d{2})\\2(\\d{2})(?:\\.0)?$"));
    static const QRegularExpression hour(QStringLiteral("^(\\d{4})(-?)(\\d{2})\\2(\\d{2})[T ]?(\\d{2})$"));
    const QString t = token.trimmed();
    PeriodKey k;
    QRegularExpressionMatch m;
    if (accepted.testFlag(PeriodForm::Year) && (m = year.match(t)).hasMatch()) {
        k.key = m.captured(1);
        k.kind = TimeKind::Year;
    } else if (accepted.testFlag(PeriodForm::Quarter) && (m = quarter.match(t)).hasMatch()) {
        k.key = m.captured(1) + QLatin1Char('Q') + m.captured(2);
        k.kind = TimeKind::Quarter;
    } else if (accepted.testFlag(PeriodForm::QuarterCode) && (m = quarterCode.match(t)).hasMatch()) {
        k.key = m.captured(1) + QLatin1Char('Q') + m.captured(2);
        k.kind = TimeKind::Quarter;
    } else if (accepted.testFlag(PeriodForm::Month) && (m = month.match(t)).hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!d.isValid()) return false;
        k.key = d.toString(QStringLiteral("yyyy-MM-dd"));
        k.kind = TimeKind::Day;
        k.month = true;
    } else if (accepted.testFlag(PeriodForm::Day) && (m = day.match(t)).hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (!d.isValid()) return false;
        k.key = d.toString(QStringLiteral("yyyy-MM-dd"));
        k.kind = TimeKind::Day;
    } else if (accepted.testFlag(PeriodForm::Hour) && (m = hour.match(t)).hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        const int h = m.captured(5).toInt();
        if (!d.isValid() || h > 23) return false;
        k.key = hourKey(d, h);
        k.kind = TimeKind::Hour;
    } else {
        return false;
    }
    if (out) *out = std::move(k);
    return true;
}

bool parseHourOfDayCode(const QString& token, int* hour)
{
    const QString t = token.trimmed();
    if (t.isEmpty() || t.size() > 4) return false;
    for (QChar c : t)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
    int h = 0, m = 0;
    if (t.size() <= 2) {
        h = t.toInt();
    } else {
        h = t.left(t.size() - 2).toInt();
        m = t.right(2).toInt();
    }
    if (h > 23 || m > 59) return false;
    if (hour) *hour = h;
    return true;
}

}  // namespace dosi
