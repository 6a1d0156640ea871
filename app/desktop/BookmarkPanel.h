#pragma once
// BookmarkPanel: named views stored in the project (ProjectStore bookmarks). A bookmark's state
// is whatever the window's capture function returns (view centre and scale, active layer, field,
// time, visible layers); going to a bookmark hands it back to the apply function. Previous/next
// (PageUp/PageDown) step through the bookmarks in order during a workshop.

#include "dosi/core/ProjectStore.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QAction;
class QListWidget;
class QToolButton;

namespace dosi::desktop {

class BookmarkPanel : public QWidget {
    Q_OBJECT
public:
    explicit BookmarkPanel(QWidget* parent = nullptr);

    std::function<QJsonObject()> captureState;
    std::function<void(const QJsonObject&)> applyState;
    std::function<void()> edited;                                    // the project changed
    std::function<void(const QString&)> showError;
    // After an edit (add, update, rename, delete): what it was and the bookmarks before it (undo).
    std::function<void(const QString& text, const QList<Bookmark>& before)> recorded;
    // Asks for a name (title, proposed name); empty = cancelled. Default: QInputDialog.
    std::function<QString(const QString&, const QString&)> askName;

    void setStore(ProjectStore* store);   // refreshes the list
    void reload();                        // the store's bookmarks changed (undo): refreshes the list
    QStringList names() const;
    QString current() const;

    bool addBookmark(const QString& name);      // the current state under `name` (replaces one of that name)
    bool goTo(const QString& name);
    bool renameBookmark(const QString& from, const QString& to);
    bool removeBookmark(const QString& name);
    bool step(int delta);                       // +1 next, -1 previous (wraps)

    QAction* previousAction() const { return m_prevAct; }
    QAction* nextAction() const { return m_nextAct; }
    QAction* addAction() const { return m_addAct; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh(const QString& select = {});
    void updateButtons();
    QString proposeName() const;

    ProjectStore* m_store = nullptr;
    QListWidget* m_list = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_rename = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
    QAction* m_addAct = nullptr;
    QAction* m_renameAct = nullptr;
    QAction* m_removeAct = nullptr;
    QAction* m_prevAct = nullptr;
    QAction* m_nextAct = nullptr;
};

}  // namespace dosi::desktop
