// SettingsDialog: language preference.
#include "SettingsDialog.h"

#include "LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dosi::desktop {

SettingsDialog::SettingsDialog(LanguageManager* language, QWidget* parent) : QDialog(parent), m_language(language)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(QString(), QStringLiteral("system"));
    // Language names are shown in their own language, never translated.
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_combo->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_label = new QLabel(this);
    m_label->setBuddy(m_combo);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout;
    form->addRow(m_label, m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setSelectedLanguage(m_language ? m_language->setting() : QStringLiteral("system"));
    retranslateUi();
}

QString SettingsDialog::selectedLanguage() const
{
    return m_combo->currentData().toString();
}

void SettingsDialog::setSelectedLanguage(const QString& setting)
{
    const int i = m_combo->findData(setting);
    m_combo->setCurrentIndex(i >= 0 ? i : 0);
}

void SettingsDialog::accept()
{
    if (m_language) m_language->apply(selectedLanguage(), true);
    QDialog::accept();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_label->setText(tr("&Language:"));
    m_combo->setItemText(0, tr("System default"));
    m_note->setText(tr("The interface switches language at once. \"System default\" follows the language of the operating system."));
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok)) ok->setText(tr("OK"));
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel)) cancel->setText(tr("Cancel"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace dosi::desktop
