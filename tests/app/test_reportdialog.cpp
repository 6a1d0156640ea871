// File > Report…: the dialog writes the sample's report on a worker (saved project) or on the main
// thread (unsaved changes), in the language chosen in the dialog; Cancel leaves nothing behind; the
// choice is saved as a template in the project and loaded again.
#include "AppFixture.h"
#include "ProjectSession.h"
#include "ReportDialog.h"

#include "dosi/models/ReportTemplate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace dosi;
using namespace dosi::desktop;

namespace {

class TestDialog : public ReportDialog {
public:
    using ReportDialog::ReportDialog;
    QString path;
    QString templateName;

protected:
    QString askOutputPath() override { return path; }
    QString askTemplateName() override { return templateName; }
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void setChecked(QListWidget* list, const QString& id, bool on)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id) list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

}  // namespace

class TestReportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) QSKIP("poppler-utils is not installed");
        QVERIFY(m_dir.isValid());
        const QString project = testing::copySampleProject(m_dir);
        QVERIFY(!project.isEmpty());
        QVERIFY(m_session.open(project).ok());
    }

    void writesOnWorkerAndCancels()
    {
        TestDialog dialog(&m_session, QStringLiteral("en"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("en"));
        QVERIFY(dialog.mapList()->count() >= 2);
        // Cancel at once: no file.
        dialog.path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy finished(&dialog, &ReportDialog::finished);
        dialog.writeTo(dialog.path);
        QVERIFY(dialog.isWriting());   // saved project: on a worker, the call returns at once
        auto* progress = dialog.findChild<QProgressDialog*>();
        QVERIFY(progress);
        emit progress->canceled();   // as the Cancel button does
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(dialog.path));

        dialog.path = m_dir.filePath(QStringLiteral("report.pdf"));
        dialog.findChild<QLineEdit*>(QStringLiteral("reportTitle"))->setText(QStringLiteral("Committee briefing"));
        dialog.writeTo(dialog.path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        const QString text = pdfText(dialog.path);
        QVERIFY(text.contains(QStringLiteral("Committee briefing")));
        QVERIFY(text.contains(QStringLiteral("Contents")));
        QVERIFY(text.contains(QStringLiteral("10 highest")));
    }

    void templateSavedAndKorean()
    {
        {
            TestDialog dialog(&m_session, QStringLiteral("en"));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ko")));
            setChecked(dialog.sectionList(), QStringLiteral("rankings"), false);
            dialog.templateName = QStringLiteral("분기 보고서");
            dialog.findChild<QPushButton*>(QStringLiteral("saveTemplate"))->click();
            QVERIFY(m_session.isModified());
            auto saved = models::reportTemplate(*m_session.store(), QStringLiteral("분기 보고서"));
            QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
            QCOMPARE(saved->language, QStringLiteral("ko"));
            QVERIFY(!saved->has(QStringLiteral("rankings")));
            QVERIFY(saved->has(QStringLiteral("maps")));

            // Unsaved changes: written on the main thread, in Korean.
            dialog.path = m_dir.filePath(QStringLiteral("ko.pdf"));
            QSignalSpy finished(&dialog, &ReportDialog::finished);
            dialog.writeTo(dialog.path);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
            const QString text = pdfText(dialog.path);
            QVERIFY2(text.contains(QStringLiteral("목차")), qPrintable(text.left(800)));
            QVERIFY(!text.contains(QStringLiteral("10 highest")));
        }
        // A new dialog offers the template and applies it.
        TestDialog again(&m_session, QStringLiteral("en"));
        const int index = again.templateBox()->findData(QStringLiteral("분기 보고서"));
        QVERIFY(index > 0);
        again.templateBox()->setCurrentIndex(index);
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("ko"));
        QVERIFY(!again.currentTemplate().has(QStringLiteral("rankings")));
        testing::screenshot(QStringLiteral("report_dialog"), 300);
    }

private:
    QTemporaryDir m_dir;
    ProjectSession m_session;
};

QTEST_MAIN(TestReportDialog)
#include "test_reportdialog.moc"
