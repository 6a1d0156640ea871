#include "ReportText.h"

#include "dosi/core/TimeAxis.h"

#include <QTranslator>
#include <cmath>

namespace dosi::models::report {

namespace {
thread_local bool t_active = false;   // outside a report: the UI's language (error messages)
thread_local const QTranslator* t_translator = nullptr;
thread_local QLocale t_locale = QLocale(QLocale::English, QLocale::UnitedStates);
}  // namespace

QString ReportTr::tr(const char* source, const char* disambiguation, int n)
{
    if (!t_active) return QCoreApplication::translate("dosi::Report", source, disambiguation, n);
    QString out;
    if (t_translator) out = t_translator->translate("dosi::Report", source, disambiguation, n);
    if (out.isEmpty()) out = QString::fromUtf8(source);
    if (n >= 0) out.replace(QStringLiteral("%n"), t_locale.toString(n));
    return out;
}

ReportLanguage::ReportLanguage(const QTranslator* translator, const QLocale& locale)
    : m_previousActive(t_active), m_previousTranslator(t_translator), m_previousLocale(t_locale)
{
    t_active = true;
    t_translator = translator;
    t_locale = locale;
    t_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

ReportLanguage::~ReportLanguage()
{
    t_active = m_previousActive;
    t_translator = m_previousTranslator;
    t_locale = m_previousLocale;
}

QLocale reportLocale() { return t_locale; }

QString formatNumber(double v, int decimals)
{
    if (!std::isfinite(v)) return QStringLiteral("–");
    if (decimals < 0) {
        if (v == std::round(v) && std::fabs(v) < 1e15) decimals = 0;
        else {
            const double a = std::fabs(v);
            decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 3;
        }
    }
    return t_locale.toString(v, 'f', decimals);
}

QString formatPercent(double share, int decimals)
{
    if (!std::isfinite(share)) return QStringLiteral("–");
    return t_locale.toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString formatDate(const QDate& d) { return t_locale.toString(d, QLocale::LongFormat); }

QString timeText(const QString& key)
{
    QDate d;
    int h = 0;
    if (parseHourKey(key, &d, &h))
        return QStringLiteral("%1 (%2) %3:00")
            .arg(d.toString(Qt::ISODate), t_locale.dayName(d.dayOfWeek(), QLocale::ShortFormat))
            .arg(h, 2, 10, QLatin1Char('0'));
    return key;
}

}  // namespace dosi::models::report
