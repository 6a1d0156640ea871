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

}  // namespace dosi
