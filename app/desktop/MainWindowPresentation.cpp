// MainWindow, presentation mode: full screen for projectors (see MainWindow.h, PresentationMode.h).
#include "MainWindow.h"

#include "PresentationMode.h"

#include <QAction>
#include <QMenu>

namespace dosi::desktop {

void MainWindow::createPresentation()
{
    m_presentation = new PresentationMode(this);
    m_presentAct = new QAction(this);
    m_presentAct->setObjectName(QStringLiteral("actionPresentation"));
    m_presentAct->setCheckable(true);
    m_presentAct->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_presentAct->setIcon(QIcon::fromTheme(QStringLiteral("view-presentation")));
    connect(m_presentAct, &QAction::triggered, this, [this](bool on) { setPresentationMode(on); });
    connect(m_presentation, &PresentationMode::activeChanged, m_presentAct, &QAction::setChecked);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentAct);
    // On the window itself too: its shortcut must work while the menu bar is hidden.
    addAction(m_presentAct);
}

void MainWindow::retranslatePresentation()
{
    if (!m_presentAct) return;
    m_presentAct->setText(tr("&Presentation Mode"));
    m_presentAct->setIconText(tr("Present"));
    m_presentAct->setStatusTip(tr("Full screen for a projector: only the map, large high-contrast legend, saved views "
                                  "stepped with the arrow keys, Space plays the time, Esc leaves"));
    m_presentAct->setToolTip(tr("Presentation mode (F5)"));
    m_presentation->retranslate();
}

void MainWindow::setPresentationMode(bool on)
{
    if (!m_presentation) return;
    if (on) m_presentation->enter();
    else m_presentation->leave();
    m_presentAct->setChecked(isPresenting());
}

bool MainWindow::isPresenting() const
{
    return m_presentation && m_presentation->isActive();
}

}  // namespace dosi::desktop
