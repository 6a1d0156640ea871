// Loads Dosi's embedded translation catalogues.
#include "dosi/translations/Translations.h"

#include <QFile>
#include <QTranslator>

namespace dosi::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString catalogPath(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en")) return {};
    return QStringLiteral(":/i18n/dosi_%1.qm").arg(language);
}

QString resolveLanguage(const QString& setting, const QLocale& systemLocale)
{
    const QString s = setting.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("system")) {
        if (systemLocale.language() == QLocale::Korean) return QStringLiteral("ko");
        return QStringLiteral("en");
    }
    if (availableLanguages().contains(s)) return s;
    return QStringLiteral("en");
}

bool loadTranslator(QTranslator& translator, const QString& language)
{
    const QString path = catalogPath(language);
    if (path.isEmpty() || !QFile::exists(path)) return false;
    return translator.load(path);
}

}  // namespace dosi::i18n
