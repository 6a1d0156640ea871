#pragma once
// Private: the report's own language. Report strings follow ReportOptions::translator and
// ReportOptions::locale, not the UI's, so a Korean desktop can hand out an English report.
//
// lupdate does not evaluate #if, so it reads the Q_DECLARE_TR_FUNCTIONS line below and files
// every ReportTr::tr() string under the context "dosi::Report"; the compiler sees the tr()
// declared after it, which asks the translator that ReportLanguage installed for this thread.

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

class QTranslator;

namespace dosi::models::report {

struct ReportTr {
#if 0
    Q_DECLARE_TR_FUNCTIONS(dosi::Report)
#endif
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1);
};

// Installs a translator (null = the English source) and locale for report strings on the
// current thread while alive. Outside it, ReportTr::tr() uses the application's translators.
class ReportLanguage {
public:
    ReportLanguage(const QTranslator* translator, const QLocale& locale);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

private:
    bool m_previousActive;
    const QTranslator* m_previousTranslator;
    QLocale m_previousLocale;
};

// The report locale (English when none is installed) and formatting in it.
QLocale reportLocale();
QString formatNumber(double v, int decimals = -1);   // -1: 0 decimals for whole numbers, else up to 3 significant
QString formatPercent(double share, int decimals = 1);   // 0.123 -> "12.3 %"
QString formatDate(const QDate& d);
QString timeText(const QString& key);   // hour keys with the weekday in the report language

}  // namespace dosi::models::report
