#pragma once
// Shared by the import wizard tests: a main window whose error boxes are recorded, and steps that drive
// the wizard as a user would (Next, wait for the preview, name the layer, Import, wait for the end).

#include "ImportWizard.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace dosi::test {

class TestWindow : public desktop::MainWindow {
public:
    using desktop::MainWindow::MainWindow;
    QStringList errors;

protected:
    void showError(const QString&, const QString& message) override { errors << message; }
    SaveChoice askSaveChanges() override { return SaveChoice::Discard; }
};

// Test-mode settings for `appName`, English, and a shown main window (null when it could not be shown).
inline std::unique_ptr<TestWindow> startTestWindow(const QString& appName, std::unique_ptr<desktop::LanguageManager>* language)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DosiTest"));
    QCoreApplication::setApplicationName(appName);
    QSettings().clear();
    *language = std::make_unique<desktop::LanguageManager>();
    (*language)->apply(QStringLiteral("en"), false);
    auto window = std::make_unique<TestWindow>(language->get());
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
    return window;
}

inline void stopTestWindow(std::unique_ptr<TestWindow>* window, std::unique_ptr<desktop::LanguageManager>* language)
{
    window->reset();
    language->reset();
    QSettings().clear();
}

inline QByteArray quotedLine(const QStringList& fields)
{
    QStringList q;
    for (const QString& f : fields) q << QLatin1Char('"') + f + QLatin1Char('"');
    return q.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QPointer<desktop::ImportWizard> openWizard(desktop::MainWindow* window, desktop::ImportKind kind,
                                                  const QStringList& files)
{
    QPointer<desktop::ImportWizard> wizard = window->showImportWizard();
    wizard->setKind(kind);
    wizard->setFiles(files);
    return wizard;
}

// Source -> preview (waits for it) -> mapping page.
inline bool toMapping(desktop::ImportWizard* wizard)
{
    using W = desktop::ImportWizard;
    if (wizard->currentId() == W::SourcePageId) wizard->next();
    if (!QTest::qWaitFor([&] { return wizard->isPreviewReady(); }, 30000)) return false;
    if (wizard->currentId() == W::PreviewPageId) wizard->next();
    return wizard->currentId() == W::MappingPageId;
}

// Mapping page (sets the name) -> run (waits for the end).
inline bool runFromMapping(desktop::ImportWizard* wizard, const QString& name, int timeoutMs = 60000)
{
    wizard->setLayerName(name);
    wizard->next();
    return QTest::qWaitFor([&] { return wizard->runState() != desktop::ImportWizard::RunState::Running; }, timeoutMs);
}

inline bool runToEnd(desktop::ImportWizard* wizard, const QString& name, int timeoutMs = 60000)
{
    return toMapping(wizard) && runFromMapping(wizard, name, timeoutMs);
}

}  // namespace dosi::test
