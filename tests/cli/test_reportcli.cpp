// dosi-cli report: the report language apart from the system's, templates saved in the project and
// used again, sections, chosen runs (a location run's sites and coverage, a forecast's backtest),
// and bad options that fail with one message and leave the project as it was.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "TestFiles.h"

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));   // messages in English; the report's language is chosen
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DOSI_CLI), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

class TestReportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) QSKIP("poppler-utils is not installed");
        QVERIFY(m_tmp.isValid());
        m_project = m_tmp.filePath(QStringLiteral("analysis.dosi"));
        QVERIFY(QFile::copy(QStringLiteral(DOSI_SAMPLE_PROJECT), m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        Run r = cli({QStringLiteral("regen"), m_project, QStringLiteral("forecast"), QStringLiteral("--layer"), QStringLiteral("population"),
                     QStringLiteral("--field"), QStringLiteral("ALL"), QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_forecast = QJsonDocument::fromJson(r.out.toUtf8()).object();
        r = cli({QStringLiteral("locate"), m_project, QStringLiteral("--model"), QStringLiteral("mclp"), QStringLiteral("--type"), QStringLiteral("cctv"),
                 QStringLiteral("--name"), QStringLiteral("Gangnam CCTV"), QStringLiteral("--demand"), QStringLiteral("grid250"), QStringLiteral("--weight"),
                 QStringLiteral("living_population_grid250.total"), QStringLiteral("--candidates"), QStringLiteral("grid250"), QStringLiteral("--within"),
                 QStringLiteral("gu.sggnm=강남구"), QStringLiteral("--radius"), QStringLiteral("500"), QStringLiteral("--p"), QStringLiteral("4"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_locate = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(m_locate.value(QStringLiteral("new_sites")).toArray().size(), 4);
    }

    // A Korean report from an English environment; its content saved as a template and used again.
    void koreanReportAndTemplate()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("ko.pdf"));
        Run r = cli({QStringLiteral("report"), m_project, pdf, QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--sections"),
                     QStringLiteral("cover,contents,runs,data"), QStringLiteral("--date"), QStringLiteral("2026-03-31"), QStringLiteral("--save-template"),
                     QStringLiteral("분기 보고서")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("분기 보고서")), qPrintable(r.err));   // "saved the template"
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("목차")), qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("2026년 3월 31일")));
        // The forecast's measured accuracy: the chosen method's MAPE as the CLI printed it (2 decimals).
        const QJsonArray backtest = m_forecast.value(QStringLiteral("backtest")).toArray();
        QVERIFY(!backtest.isEmpty());
        const double mape = backtest.first().toObject().value(QStringLiteral("mape")).toDouble();
        QVERIFY2(text.contains(QString::number(mape, 'f', 2)), qPrintable(QString::number(mape, 'f', 2)));
        // Every new site of the location run is listed.
        for (const QJsonValue& site : m_locate.value(QStringLiteral("new_sites")).toArray())
            QVERIFY2(text.contains(site.toString()), qPrintable(site.toString()));
        QVERIFY(!text.contains(QStringLiteral("Highest and lowest")));   // "maps" and "rankings" were left out

        // The template again, in another run: same language and sections, no options needed.
        const QString again = m_tmp.filePath(QStringLiteral("again.pdf"));
        r = cli({QStringLiteral("report"), m_project, again, QStringLiteral("--template"), QStringLiteral("분기 보고서"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-31")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pdfText(again), text);
    }

    // Only the chosen run, in English: the location run's figures and no forecast.
    void chosenRun()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("en.pdf"));
        const QString id = QString::number(m_locate.value(QStringLiteral("run")).toInt());
        QVERIFY(id != QLatin1String("0"));
        Run r = cli({QStringLiteral("report"), m_project, pdf, QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--sections"),
                     QStringLiteral("runs"), QStringLiteral("--runs"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Location analysis (MCLP)")));
        QVERIFY(text.contains(QStringLiteral("Demand covered")));
        QVERIFY(!text.contains(QStringLiteral("Measured accuracy")));
        QVERIFY(text.contains(m_locate.value(QStringLiteral("optimal")).toBool() ? QStringLiteral("yes") : QStringLiteral("no")));
    }

    void badOptions()
    {
        const QByteArray before = dosi::test::sha256File(m_project);
        const QString pdf = m_tmp.filePath(QStringLiteral("bad.pdf"));
        const QList<QPair<QStringList, QString>> cases{
            {{QStringLiteral("--template"), QStringLiteral("nope")}, QStringLiteral("nope")},
            {{QStringLiteral("--sections"), QStringLiteral("cover,appendix")}, QStringLiteral("appendix")},
            {{QStringLiteral("--language"), QStringLiteral("fr")}, QStringLiteral("fr")},
            {{QStringLiteral("--runs"), QStringLiteral("999")}, QStringLiteral("999")},
            {{QStringLiteral("--date"), QStringLiteral("31/03/2026")}, QStringLiteral("31/03/2026")},
            {{QStringLiteral("--layer"), QStringLiteral("living_population"), QStringLiteral("--time"), QStringLiteral("1999-01-01T00")},
             QStringLiteral("1999-01-01T00")},
        };
        for (const auto& [options, named] : cases) {
            const Run r = cli(QStringList{QStringLiteral("report"), m_project, pdf} + options + QStringList{QStringLiteral("--save-template"), QStringLiteral("x")});
            QVERIFY2(r.code != 0, qPrintable(options.join(u' ')));
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
            QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.err));   // one line
            QVERIFY(!QFile::exists(pdf));
        }
        QCOMPARE(dosi::test::sha256File(m_project), before);
    }

private:
    QTemporaryDir m_tmp;
    QString m_project;
    QJsonObject m_forecast;
    QJsonObject m_locate;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "test_reportcli.moc"
