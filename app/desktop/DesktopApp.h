#pragma once
// Start-up of the desktop application: application identity (QSettings location),
// the Hangul-capable default font and the command line ("dosi [project.dosi]").

#include <QString>

class QApplication;

namespace dosi::desktop {

// Organisation/application names and version; sets the default font (see below).
void configureApplication(QApplication& app);

// Uses "Noto Sans CJK KR" as the application font family when it is installed.
// Returns true when it was found.
bool applyHangulFont(QApplication& app);

// Parses the command line (--help, --version and an optional project path).
// Returns the absolute project path, or an empty string.
QString projectPathFromCommandLine(const QApplication& app);

}  // namespace dosi::desktop
