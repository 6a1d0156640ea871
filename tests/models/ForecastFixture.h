#pragma once
// Panels for the forecast tests (header-only).

#include "dosi/core/TimeAxis.h"
#include "dosi/models/Forecast.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTextStream>

#include <cmath>

namespace dosi::test {

// `n` consecutive keys of `kind` from a fixed start (Hour 2024-01-01T00, Day 2000-01-01, Quarter
// 2000Q1, Year 1990).
inline QStringList timeKeys(TimeKind kind, int n)
{
    QString first;
    switch (kind) {
    case TimeKind::Hour: first = QStringLiteral("2024-01-01T00"); break;
    case TimeKind::Day: first = QStringLiteral("2000-01-01"); break;
    case TimeKind::Quarter: first = QStringLiteral("2000Q1"); break;
    case TimeKind::Year: first = QStringLiteral("1990"); break;
    case TimeKind::None: break;
    }
    QStringList out{first};
    out << models::nextTimeKeys(first, kind, n - 1);
    return out;
}

inline models::Panel makePanel(TimeKind kind, const QVector<QVector<double>>& series)
{
    models::Panel p;
    p.kind = kind;
    p.times = timeKeys(kind, series.isEmpty() ? 0 : series.first().size());
    for (int i = 0; i < series.size(); ++i)
        p.units.append(models::UnitSeries{QStringLiteral("u%1").arg(i), series[i], {}});
    return p;
}

// Seoul's 자치구 hourly living population (UTF-8 with BOM; 기준일ID,시간대구분,자치구코드,총생활인구수):
// one unit per district, consecutive hours (the file lacks 2024-02-19 and 02-20: missing values).
// Empty panel when the file cannot be read.
inline models::Panel readGuHourlyPanel(const QString& path)
{
    models::Panel p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return p;
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine();   // header (the BOM is dropped by QTextStream)
    QMap<QString, QHash<QString, double>> byUnit;   // unit -> time -> value
    QMap<QString, bool> times;
    while (!in.atEnd()) {
        const QStringList c = in.readLine().trimmed().split(QLatin1Char(','));
        if (c.size() != 4) continue;
        const QDate d = QDate::fromString(c[0], QStringLiteral("yyyyMMdd"));
        const QString key = hourKey(d, c[1].toInt());
        byUnit[c[2]][key] = c[3].toDouble();
        times[key] = true;
    }
    p.kind = TimeKind::Hour;
    if (times.isEmpty()) return p;
    // Consecutive hours from the first to the last: hours without rows are missing values.
    p.times = QStringList{times.firstKey()};
    while (p.times.last() < times.lastKey()) p.times << models::nextTimeKeys(p.times.last(), TimeKind::Hour, 1);
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        models::UnitSeries s;
        s.unit = it.key();
        for (const QString& t : p.times) s.values.append(it.value().value(t, std::nan("")));
        p.units.append(s);
    }
    return p;
}

}  // namespace dosi::test
