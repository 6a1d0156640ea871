// The Korean catalogue is complete (no unfinished or empty message) and the compiled,
// embedded catalogue translates known strings.
#include "dosi/translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void catalogueIsComplete();
    void embeddedCatalogueTranslates();
    void resolveLanguage();
};

void TestTranslations::catalogueIsComplete()
{
    QFile file(QStringLiteral(DOSI_SOURCE_DIR "/translations/dosi_ko.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            ++messages;
            // Either plain text or <numerusform> children; all must be non-empty.
            QString text;
            bool emptyForm = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    if (form.trimmed().isEmpty()) emptyForm = true;
                    text += form;
                }
            }
            if (type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: %1 / %2").arg(context, source);
            else if (text.trimmed().isEmpty() || emptyForm)
                problems << QStringLiteral("empty: %1 / %2").arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 50, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueTranslates()
{
    QCOMPARE(dosi::i18n::catalogPath(QStringLiteral("ko")), QStringLiteral(":/i18n/dosi_ko.qm"));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dosi_ko.qm")));
    QTranslator translator;
    QVERIFY(dosi::i18n::loadTranslator(translator, QStringLiteral("ko")));
    QTranslator english;
    QVERIFY(!dosi::i18n::loadTranslator(english, QStringLiteral("en")));   // source language
    QCOMPARE(translator.translate("dosi::desktop::MainWindow", "&File"), QStringLiteral("파일(&F)"));
    QCOMPARE(translator.translate("dosi::desktop::MainWindow", "Layers"), QStringLiteral("레이어"));
    QCOMPARE(translator.translate("dosi::desktop::MainWindow", "&About Dosi"), QStringLiteral("Dosi 정보(&A)"));
    QCOMPARE(translator.translate("dosi::desktop::ThematicPanel", "Quantile"), QStringLiteral("분위수"));

    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("dosi::desktop::MainWindow", "&Settings…"), QStringLiteral("설정(&S)…"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("dosi::desktop::MainWindow", "&Settings…"), QStringLiteral("&Settings…"));
}

void TestTranslations::resolveLanguage()
{
    using dosi::i18n::resolveLanguage;
    QCOMPARE(resolveLanguage(QStringLiteral("system"), QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("ko"));
    QCOMPARE(resolveLanguage(QString(), QLocale(QLocale::Korean)), QStringLiteral("ko"));
    QCOMPARE(resolveLanguage(QStringLiteral("system"), QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    QCOMPARE(resolveLanguage(QStringLiteral("ko"), QLocale(QLocale::English)), QStringLiteral("ko"));
    QCOMPARE(resolveLanguage(QStringLiteral("en"), QLocale(QLocale::Korean)), QStringLiteral("en"));
    QCOMPARE(resolveLanguage(QStringLiteral("fr"), QLocale(QLocale::Korean)), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
