#pragma once
// Time keys of measure tables. Stored as sortable text:
//   Hour    "2019-03-04T08"
//   Day     "2019-03-04"
//   Quarter "2024Q1"
//   Year    "2017"
//   None    ""

#include <QDateTime>
#include <QFlags>
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

// ---------------------------------------------------------------------------------------------
// Period cells of imported tables -> time keys. One parser for every importer; each importer
// says which forms it accepts. Surrounding spaces are ignored; compact numeric forms may carry a
// pandas float suffix ".0" (not the hour forms).
//   Year         "2024", "2024.0"                                    -> Year    "2024"
//   Quarter      "2024Q1", "2024 Q1", "2024-q1"                      -> Quarter "2024Q1"
//   QuarterCode  "20241", "20241.0" (상권 기준_년분기_코드)             -> Quarter "2024Q1"
//   Month        "202403", "2024-03", "2024.03", "2024/03"           -> Day     "2024-03-01" (month = true;
//                                                                        TimeKind has no Month)
//   Day          "20240315", "2024-03-15"                            -> Day     "2024-03-15"
//   Hour         "2024031508", "2024-03-15T08", "2024-03-15 08"      -> Hour    "2024-03-15T08"
// Invalid dates ("20240230"), months ("2024-13") and hours ("...24") are rejected.
enum class PeriodForm : unsigned {
    Year = 0x01,
    Quarter = 0x02,
    QuarterCode = 0x04,
    Month = 0x08,
    Day = 0x10,
    Hour = 0x20,
};
Q_DECLARE_FLAGS(PeriodForms, PeriodForm)
Q_DECLARE_OPERATORS_FOR_FLAGS(PeriodForms)

struct PeriodKey {
    QString key;                   // e.g. "2024-03-01"
    TimeKind kind = TimeKind::None;
    bool month = false;            // a month stored as the Day key of its first day
};

// False when the token is none of the accepted forms.
bool parsePeriodKey(const QString& token, PeriodForms accepted, PeriodKey* out);

// Time-of-day codes: "7", "07" (hour), "0720", "720" (HHMM, a leading zero may be lost) -> the hour
// 0..23. False for anything else (non-digits, more than 4 digits, hour > 23, minutes > 59).
bool parseHourOfDayCode(const QString& token, int* hour);

}  // namespace dosi
