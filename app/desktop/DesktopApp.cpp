// Start-up of the desktop application.
#include "DesktopApp.h"

#include "dosi/core/ProjectStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>

namespace dosi::desktop {

void configureApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Dosi"));
    QApplication::setOrganizationDomain(QStringLiteral("dosi.kr"));
    QApplication::setApplicationName(QStringLiteral("Dosi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dosi"));
    QApplication::setApplicationVersion(ProjectStore::appVersion());
    applyHangulFont(app);
}

bool applyHangulFont(QApplication& app)
{
    const QString family = QStringLiteral("Noto Sans CJK KR");
    if (!QFontDatabase::families().contains(family)) return false;
    QFont font = app.font();
    font.setFamily(family);
    app.setFont(font);
    return true;
}

QString projectPathFromCommandLine(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("dosi::desktop", "Dosi - GIS decision support"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("dosi::desktop", "A Dosi project (.dosi) to open."),
                                 QStringLiteral("[project.dosi]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    return args.isEmpty() ? QString() : QFileInfo(args.first()).absoluteFilePath();
}

}  // namespace dosi::desktop
