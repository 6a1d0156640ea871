#pragma once
// Dosi's user-interface translations: the compiled catalogues (dosi_<lang>.qm) are embedded
// as Qt resources under ":/i18n/". Used by the desktop app and dosi-cli (Qt Core only).

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace dosi::i18n {

// Languages with a catalogue, plus the source language: {"en", "ko"}.
QStringList availableLanguages();

// Resource path of a language's catalogue, e.g. ":/i18n/dosi_ko.qm" (empty for "en").
QString catalogPath(const QString& language);

// "system" or "" -> the language of `systemLocale` when Dosi has it, else "en";
// "en"/"ko" stay as they are; anything unknown -> "en".
QString resolveLanguage(const QString& setting, const QLocale& systemLocale = QLocale::system());

// Loads the catalogue of `language` into `translator`. False for "en" (nothing to load)
// or when the catalogue is missing.
bool loadTranslator(QTranslator& translator, const QString& language);

}  // namespace dosi::i18n
