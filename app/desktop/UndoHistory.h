#pragma once
// UndoHistory: the window's undo stack (Edit > Undo / Redo), a QUndoStack of the edits a planner
// makes to the open project: bookmarks added, updated, renamed and deleted; layers shown, hidden,
// reordered and made more or less opaque; and the thematic style (field and classes) of the map.
//
// Edits are made first and recorded afterwards with the state from before them (the panels keep
// making their edits as they always did); a recorded command's first redo does nothing. Undo and
// redo write the state back to the store: the whole bookmark list (names, states, creation times and
// order, exactly as it was), and for layers the properties the command changed. After writing they
// tell the window (signals) so that the panels, the map and the modified flag follow. The history
// is cleared when another project is opened.

#include "ThematicPanel.h"

#include "dosi/core/ProjectStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

class QUndoStack;

namespace dosi::desktop {

// How the layers are drawn: order, visibility and style of each.
struct LayerDisplay {
    QStringList order;                       // bottom to top
    QHash<QString, bool> visible;
    QHash<QString, QJsonObject> style;
    bool operator==(const LayerDisplay& o) const { return order == o.order && visible == o.visible && style == o.style; }

    static LayerDisplay of(const ProjectStore& store);
};

class UndoHistory : public QObject {
    Q_OBJECT
public:
    explicit UndoHistory(QObject* parent = nullptr);
    ~UndoHistory() override;

    QUndoStack* stack() const { return m_stack; }
    void setStore(ProjectStore* store);      // another project: clears the history
    void clear();
    bool isRestoring() const { return m_restoring; }   // undo or redo is writing

    // Records an edit already made; `before` is the state before it, the store holds the state after.
    void recordBookmarks(const QString& text, const QList<Bookmark>& before);
    // Consecutive records with the same `mergeKey` (e.g. one layer's opacity while its slider moves)
    // become one step.
    void recordLayers(const QString& text, const LayerDisplay& before, const QString& mergeKey = {});
    void recordThematic(const QString& text, const ThematicStyle& before, const ThematicStyle& after);

    // The store's bookmarks made exactly `target` (names, states, creation times, order).
    static Result<void> restoreBookmarks(ProjectStore& store, const QList<Bookmark>& target);
    // The properties that differ between `from` and `to` set as in `to` (layers since removed are skipped;
    // layers added since keep their place on top).
    static Result<void> restoreLayers(ProjectStore& store, const LayerDisplay& from, const LayerDisplay& to);

signals:
    void bookmarksRestored();
    void layersRestored();
    void thematicRestored(const dosi::desktop::ThematicStyle& style);
    void failed(const QString& message);

private:
    friend class UndoCommandBase;
    void runRestore(const std::function<Result<void>()>& write);

    QUndoStack* m_stack = nullptr;
    ProjectStore* m_store = nullptr;
    bool m_restoring = false;
};

}  // namespace dosi::desktop
