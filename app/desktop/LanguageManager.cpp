// LanguageManager: installs Dosi's (and, when present, Qt's own) translators.
#include "LanguageManager.h"

#include "dosi/translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dosi::desktop {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::storedSetting()
{
    const QString v = QSettings().value(settingsKey()).toString();
    return v.isEmpty() ? QStringLiteral("system") : v;
}

void LanguageManager::removeTranslators()
{
    if (m_dosi) QCoreApplication::removeTranslator(m_dosi.get());
    if (m_qt) QCoreApplication::removeTranslator(m_qt.get());
    m_dosi.reset();
    m_qt.reset();
}

void LanguageManager::apply(const QString& setting, bool save)
{
    m_setting = setting.isEmpty() ? QStringLiteral("system") : setting;
    if (save) QSettings().setValue(settingsKey(), m_setting);

    const QString language = i18n::resolveLanguage(m_setting);
    removeTranslators();

    // Day names and number formats follow the interface language.
    QLocale::setDefault(language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = std::move(qt);
            QCoreApplication::installTranslator(m_qt.get());
        }
        auto dosi = std::make_unique<QTranslator>();
        if (i18n::loadTranslator(*dosi, language)) {
            m_dosi = std::move(dosi);
            QCoreApplication::installTranslator(m_dosi.get());
        }
    }
    const bool changed = language != m_language;
    m_language = language;
    if (changed) emit languageChanged(m_language);
}

}  // namespace dosi::desktop
