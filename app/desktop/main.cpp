// dosi: the desktop application. Everything but the start-up sequence lives in
// dosi_desktop_lib (see MainWindow.h).
#include "DesktopApp.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    dosi::desktop::configureApplication(app);
    dosi::desktop::LanguageManager language;
    language.apply(dosi::desktop::LanguageManager::storedSetting(), false);
    const QString project = dosi::desktop::projectPathFromCommandLine(app);

    dosi::desktop::MainWindow window(&language);
    // First start: the whole screen (workshops run full screen on a projector); later, as left.
    if (QSettings().contains(QStringLiteral("ui/geometry")))
        window.show();
    else
        window.showMaximized();
    if (!project.isEmpty()) QTimer::singleShot(0, &window, [&window, project] { window.openProject(project); });
    return app.exec();
}
