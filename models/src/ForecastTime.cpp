// Time keys after the last one of a series, and season lengths. See Forecast.h.
#include "ForecastInternal.h"

#include <QDate>
#include <QRegularExpression>

namespace dosi::models {

namespace detail {

namespace {

// Digits key[from .. from+len) as a number; false unless they are all ASCII digits.
bool digits(const QString& key, int from, int len, int* out)
{
    int v = 0;
    for (int i = from; i < from + len; ++i) {
        const QChar c = key.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *out = v;
    return true;
}

bool dayNumber(const QString& key, qint64* out)
{
    int y = 0, m = 0, d = 0;
    if (key.size() < 10 || key.at(4) != QLatin1Char('-') || key.at(7) != QLatin1Char('-') || !digits(key, 0, 4, &y)
        || !digits(key, 5, 2, &m) || !digits(key, 8, 2, &d))
        return false;
    const QDate date(y, m, d);
    if (!date.isValid()) return false;
    *out = date.toJulianDay();
    return true;
}

}  // namespace

bool timeOrdinal(const QString& key, TimeKind kind, qint64* out)
{
    int a = 0, b = 0;
    switch (kind) {
    case TimeKind::Hour:
        if (key.size() != 13 || key.at(10) != QLatin1Char('T') || !dayNumber(key, out) || !digits(key, 11, 2, &a) || a > 23)
            return false;
        *out = *out * 24 + a;
        return true;
    case TimeKind::Day:
        return key.size() == 10 && dayNumber(key, out);
    case TimeKind::Quarter:
        if (key.size() != 6 || key.at(4) != QLatin1Char('Q') || !digits(key, 0, 4, &a) || !digits(key, 5, 1, &b) || b < 1
            || b > 4)
            return false;
        *out = qint64(a) * 4 + (b - 1);
        return true;
    case TimeKind::Year:
        if (key.size() != 4 || !digits(key, 0, 4, &a)) return false;
        *out = a;
        return true;
    case TimeKind::None: break;
    }
    return false;
}

}  // namespace detail

int seasonLength(TimeKind kind)
{
    switch (kind) {
    case TimeKind::Hour: return 168;   // one week of hours
    case TimeKind::Day: return 7;
    case TimeKind::Quarter: return 4;
    case TimeKind::Year:
    case TimeKind::None: break;
    }
    return 0;
}

QStringList nextTimeKeys(const QString& last, TimeKind kind, int count)
{
    QStringList out;
    if (count <= 0) return out;
    out.reserve(count);
    switch (kind) {
    case TimeKind::Hour: {
        QDate d;
        int h = 0;
        if (!parseHourKey(last, &d, &h)) return {};
        for (int i = 0; i < count; ++i) {
            if (++h == 24) {
                h = 0;
                d = d.addDays(1);
            }
            out << hourKey(d, h);
        }
        return out;
    }
    case TimeKind::Day: {
        QDate d = QDate::fromString(last, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid()) return {};
        for (int i = 0; i < count; ++i) {
            d = d.addDays(1);
            out << d.toString(QStringLiteral("yyyy-MM-dd"));
        }
        return out;
    }
    case TimeKind::Quarter: {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})Q([1-4])$"));
        const auto m = re.match(last);
        if (!m.hasMatch()) return {};
        int y = m.captured(1).toInt(), q = m.captured(2).toInt();
        for (int i = 0; i < count; ++i) {
            if (++q == 5) {
                q = 1;
                ++y;
            }
            out << QStringLiteral("%1Q%2").arg(y).arg(q);
        }
        return out;
    }
    case TimeKind::Year: {
        static const QRegularExpression re(QStringLiteral("^\\d{4}$"));
        if (!re.match(last).hasMatch()) return {};
        const int y = last.toInt();
        for (int i = 1; i <= count; ++i) out << yearKey(y + i);
        return out;
    }
    case TimeKind::None: break;
    }
    return {};
}

}  // namespace dosi::models
