// MainWindow, Edit menu: undo and redo of the planner's edits (UndoHistory).
#include "MainWindow.h"

#include "BookmarkPanel.h"
#include "LayerPanel.h"
#include "ThematicPanel.h"
#include "UndoHistory.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace dosi::desktop {

void MainWindow::createUndo()
{
    m_undo = new UndoHistory(this);
    QUndoStack* stack = m_undo->stack();
    m_undoAct = new QAction(this);
    m_undoAct->setObjectName(QStringLiteral("actionUndo"));
    m_undoAct->setShortcuts(QKeySequence::Undo);
    m_undoAct->setEnabled(false);
    m_undoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    connect(m_undoAct, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAct = new QAction(this);
    m_redoAct->setObjectName(QStringLiteral("actionRedo"));
    m_redoAct->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAct->setEnabled(false);
    m_redoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    connect(m_redoAct, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAct, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAct, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);

    m_editMenu = new QMenu(this);
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu);
    m_editMenu->addAction(m_undoAct);
    m_editMenu->addAction(m_redoAct);

    // What is recorded.
    m_bookmarkPanel->recorded = [this](const QString& text, const QList<Bookmark>& before) { m_undo->recordBookmarks(text, before); };
    connect(m_thematicPanel, &ThematicPanel::styleEdited, this, [this](const ThematicStyle& before, const ThematicStyle& after) {
        m_undo->recordThematic(tr("Change Thematic Style"), before, after);
    });
    // (Layer visibility and order: onLayerVisibility() and onLayerOrder(); opacity: onLayerOpacity().)

    // What undo and redo wrote: the panels, the map and the modified flag follow.
    connect(m_undo, &UndoHistory::bookmarksRestored, this, [this] {
        m_bookmarkPanel->reload();
        m_session.notifyEdited();
    });
    connect(m_undo, &UndoHistory::layersRestored, this, [this] {
        if (const ProjectStore* store = m_session.store()) m_layerPanel->setLayers(store->layers());
        m_session.notifyEdited();
        refreshMap();
    });
    connect(m_undo, &UndoHistory::thematicRestored, this, [this](const ThematicStyle& style) { m_thematicPanel->applyStyle(style); });
    connect(m_undo, &UndoHistory::failed, this, [this](const QString& message) { showError(tr("Cannot undo the change"), message); });
    // Another project: its own history.
    connect(&m_session, &ProjectSession::projectReplaced, this, [this] { m_undo->setStore(m_session.store()); });
    m_undo->setStore(m_session.store());
}

void MainWindow::retranslateUndo()
{
    if (!m_editMenu) return;
    m_editMenu->setTitle(tr("&Edit"));
    const QUndoStack* stack = m_undo->stack();
    m_undoAct->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAct->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_undoAct->setStatusTip(tr("Undo the last change to bookmarks, layers or the thematic style"));
    m_redoAct->setStatusTip(tr("Redo the change undone last"));
}

}  // namespace dosi::desktop
