#pragma once
// Time keys of measure tables. Stored as sortable text:
//   Hour    "2019-03-04T08"
//   Day     "2019-03-04"
//   Quarter "2024Q1"
//   Year    "2017"
//   None    ""

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dosi {

enum class TimeKind { None, Hour, Day, Quarter, Year };

QString timeKindName(TimeKind kind);               // "hour", "day", ... ("none")
TimeKind timeKindFromName(const QString& name);    // unknown -> None

QString hourKey(const QDate& date, int hour);      // "2019-03-04T08"
QString yearKey(int year);                         // "2017"

// Parses a key of the given kind. Returns false when it does not match.
bool parseHourKey(const QString& key, QDate* date, int* hour);

// Guesses the kind of a key ("2019-03-04T08" -> Hour, "2017" -> Year, ...).
TimeKind guessTimeKind(const QString& key);

// A short label for display, e.g. "2019-03-04 (Mon) 08:00".
QString timeLabel(const QString& key, TimeKind kind);

}  // namespace dosi
