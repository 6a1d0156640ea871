// MainWindow, reports and exports: File > Report… and File > Export… (see MainWindow.h).
#include "MainWindow.h"

#include "LanguageManager.h"
#include "ReportDialog.h"

#include <QAction>
#include <QMenu>

namespace dosi::desktop {

void MainWindow::createOutputActions()
{
    m_reportAct = new QAction(this);
    m_reportAct->setObjectName(QStringLiteral("actionReport"));
    m_reportAct->setShortcut(QKeySequence::Print);
    connect(m_reportAct, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_exportAct = new QAction(this);
    m_exportAct->setObjectName(QStringLiteral("actionExport"));
    m_exportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAct, &QAction::triggered, this, &MainWindow::showExportDialog);
    // After Import…, before Quit.
    m_fileMenu->insertAction(m_quitAct, m_reportAct);
    m_fileMenu->insertAction(m_quitAct, m_exportAct);
    m_fileMenu->insertSeparator(m_quitAct);
    auto enable = [this]() {
        m_reportAct->setEnabled(m_session.hasProject());
        m_exportAct->setEnabled(m_session.hasProject());
    };
    connect(&m_session, &ProjectSession::projectReplaced, this, enable);
    enable();
}

void MainWindow::retranslateOutput()
{
    m_reportAct->setText(tr("&Report…"));
    m_reportAct->setStatusTip(tr("Write a PDF report of the project: maps, tables, charts, model runs and sources"));
    m_exportAct->setText(tr("&Export…"));
    m_exportAct->setStatusTip(tr("Export layers as GeoTIFF, GeoPackage (with QGIS styles) or CSV"));
}

void MainWindow::showReportDialog()
{
    if (!m_session.hasProject()) return;
    if (auto* open = findChild<ReportDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ReportDialog(&m_session, m_language ? m_language->language() : QStringLiteral("en"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_session, &ProjectSession::projectReplaced, dialog, &QDialog::reject);
    dialog->open();
}

}  // namespace dosi::desktop
