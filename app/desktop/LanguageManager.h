#pragma once
// LanguageManager: the user-interface language. Reads and writes the "ui/language"
// setting ("system", "en" or "ko"), installs the matching translator and default locale.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget, which
// retranslate themselves in changeEvent().

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace dosi::desktop {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QString settingsKey() { return QStringLiteral("ui/language"); }
    static QString storedSetting();              // "system" when unset

    // Applies a setting ("system", "en", "ko"); with `save` also stores it in QSettings.
    void apply(const QString& setting, bool save = true);
    QString setting() const { return m_setting; }
    QString language() const { return m_language; }   // resolved: "en" or "ko"

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QString m_setting = QStringLiteral("system");
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_dosi;
    std::unique_ptr<QTranslator> m_qt;
};

}  // namespace dosi::desktop
