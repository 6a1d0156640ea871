#pragma once
// SettingsDialog: application preferences (for now the interface language:
// System / English / 한국어). Applying goes through LanguageManager.

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace dosi::desktop {

class LanguageManager;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(LanguageManager* language, QWidget* parent = nullptr);

    QString selectedLanguage() const;      // "system", "en" or "ko"
    void setSelectedLanguage(const QString& setting);

    void accept() override;                // applies and stores the choice

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    LanguageManager* m_language;
    QComboBox* m_combo = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace dosi::desktop
