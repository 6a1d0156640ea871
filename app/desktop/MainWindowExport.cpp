// MainWindow, File > Export…: GeoTIFF, GeoPackage and CSV exports of chosen layers.
#include "MainWindow.h"

#include "ExportDialog.h"
#include "ThematicPanel.h"

#include "dosi/gis/ThematicMap.h"

namespace dosi::desktop {

void MainWindow::showExportDialog()
{
    if (!m_session.hasProject()) return;
    // One export dialog at a time: raise the open one (a closed one may await deletion).
    for (ExportDialog* open : findChildren<ExportDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!open->isVisible()) continue;
        open->raise();
        open->activateWindow();
        return;
    }
    ExportDialog::Context context;
    context.store = m_session.store();
    context.projectPath = m_session.isUntitled() ? QString() : m_session.filePath();
    context.modified = m_session.isModified();
    // What the map shows: its layer, and the field and time it resolved to.
    const ThematicChoice c = m_thematicPanel->choice();
    context.layer = c.layer;
    context.classes = c.classes;
    context.field = c.field;
    context.time = c.time;
    if (const gis::ThematicLayer* active = m_composer.activeLayer()) {
        if (context.field.isEmpty()) context.field = active->field;
        if (context.time.isEmpty()) context.time = active->time;
    }
    auto* dialog = new ExportDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the store: it closes when another project replaces this one.
    connect(&m_session, &ProjectSession::projectReplaced, dialog, &QDialog::reject);
    dialog->open();
}

}  // namespace dosi::desktop
