#pragma once
// The main window for desktop tests: errors are collected ("title: message") instead of shown, and
// the questions that would block (save changes?, file choosers) are answered "discard" / "none".

#include "MainWindow.h"

#include <QStringList>

namespace dosi::testing {

class QuietWindow : public desktop::MainWindow {
public:
    using desktop::MainWindow::MainWindow;
    QStringList errors;

protected:
    void showError(const QString& title, const QString& message) override { errors << title + QStringLiteral(": ") + message; }
    SaveChoice askSaveChanges() override { return SaveChoice::Discard; }
    QString askSavePath() override { return {}; }
    QString askOpenPath() override { return {}; }
};

}  // namespace dosi::testing
