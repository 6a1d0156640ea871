// UndoHistory: recorded project edits, undone and redone by writing their states back.
#include "UndoHistory.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace dosi::desktop {

LayerDisplay LayerDisplay::of(const ProjectStore& store)
{
    LayerDisplay d;
    for (const LayerInfo& l : store.layers()) {
        d.order << l.name;
        d.visible.insert(l.name, l.visible);
        d.style.insert(l.name, l.style);
    }
    return d;
}

// A recorded edit: the first redo (on push) does nothing, later ones write `after`; undo writes `before`.
class UndoCommandBase : public QUndoCommand {
public:
    UndoCommandBase(UndoHistory* history, const QString& text) : m_history(history) { setText(text); }
    void undo() override { m_history->runRestore([this] { return write(false); }); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_history->runRestore([this] { return write(true); });
    }

protected:
    virtual Result<void> write(bool after) = 0;
    ProjectStore* store() const { return m_history->m_store; }
    UndoHistory* m_history;

private:
    bool m_first = true;
};

namespace {

class BookmarkCommand : public UndoCommandBase {
public:
    BookmarkCommand(UndoHistory* h, const QString& text, QList<Bookmark> before, QList<Bookmark> after)
        : UndoCommandBase(h, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Result<void> write(bool after) override
    {
        if (!store()) return {};
        Result<void> r = UndoHistory::restoreBookmarks(*store(), after ? m_after : m_before);
        emit m_history->bookmarksRestored();
        return r;
    }

private:
    QList<Bookmark> m_before, m_after;
};

class LayerCommand : public UndoCommandBase {
public:
    LayerCommand(UndoHistory* h, const QString& text, LayerDisplay before, LayerDisplay after, const QString& mergeKey)
        : UndoCommandBase(h, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
    {
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const LayerCommand*>(other);
        if (!o || o->m_mergeKey != m_mergeKey) return false;
        m_after = o->m_after;
        return true;
    }

protected:
    Result<void> write(bool after) override
    {
        if (!store()) return {};
        Result<void> r = after ? UndoHistory::restoreLayers(*store(), m_before, m_after)
                               : UndoHistory::restoreLayers(*store(), m_after, m_before);
        emit m_history->layersRestored();
        return r;
    }

private:
    LayerDisplay m_before, m_after;
    QString m_mergeKey;
};

class ThematicCommand : public UndoCommandBase {
public:
    ThematicCommand(UndoHistory* h, const QString& text, ThematicStyle before, ThematicStyle after)
        : UndoCommandBase(h, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Result<void> write(bool after) override
    {
        emit m_history->thematicRestored(after ? m_after : m_before);
        return {};
    }

private:
    ThematicStyle m_before, m_after;
};

bool sameBookmark(const Bookmark& a, const Bookmark& b)
{
    return a.name == b.name && a.state == b.state && a.created == b.created;
}

}  // namespace

UndoHistory::UndoHistory(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("undoStack"));
}

UndoHistory::~UndoHistory() = default;

void UndoHistory::setStore(ProjectStore* store)
{
    m_store = store;
    clear();
}

void UndoHistory::clear()
{
    m_stack->clear();
}

void UndoHistory::runRestore(const std::function<Result<void>()>& write)
{
    m_restoring = true;
    const Result<void> r = write();
    m_restoring = false;
    if (!r) emit failed(r.errorMessage());
}

void UndoHistory::recordBookmarks(const QString& text, const QList<Bookmark>& before)
{
    if (!m_store || m_restoring) return;
    const QList<Bookmark> after = m_store->bookmarks();
    if (after.size() == before.size() && std::equal(after.cbegin(), after.cend(), before.cbegin(), sameBookmark)) return;
    m_stack->push(new BookmarkCommand(this, text, before, after));
}

void UndoHistory::recordLayers(const QString& text, const LayerDisplay& before, const QString& mergeKey)
{
    if (!m_store || m_restoring) return;
    LayerDisplay after = LayerDisplay::of(*m_store);
    if (after == before) return;
    m_stack->push(new LayerCommand(this, text, before, std::move(after), mergeKey));
}

void UndoHistory::recordThematic(const QString& text, const ThematicStyle& before, const ThematicStyle& after)
{
    if (m_restoring || before == after) return;
    m_stack->push(new ThematicCommand(this, text, before, after));
}

Result<void> UndoHistory::restoreBookmarks(ProjectStore& store, const QList<Bookmark>& target)
{
    const QList<Bookmark> now = store.bookmarks();
    // Bookmarks keep the order they were added in: keep the common beginning, then remove the rest
    // and add the target's rest in its order.
    int keep = 0;
    while (keep < now.size() && keep < target.size() && sameBookmark(now.at(keep), target.at(keep))) ++keep;
    for (int i = keep; i < now.size(); ++i)
        if (Result<void> r = store.removeBookmark(now.at(i).name); !r) return r;
    for (int i = keep; i < target.size(); ++i)
        if (Result<void> r = store.setBookmark(target.at(i)); !r) return r;
    return {};
}

Result<void> UndoHistory::restoreLayers(ProjectStore& store, const LayerDisplay& from, const LayerDisplay& to)
{
    const LayerDisplay now = LayerDisplay::of(store);
    if (from.order != to.order) {
        QStringList order;
        for (const QString& name : to.order)
            if (now.order.contains(name)) order << name;
        for (const QString& name : now.order)
            if (!order.contains(name)) order << name;   // added since: on top, as now
        if (order != now.order)
            if (Result<void> r = store.setLayerOrder(order); !r) return r;
    }
    for (auto it = to.visible.cbegin(); it != to.visible.cend(); ++it) {
        if (!now.visible.contains(it.key()) || from.visible.value(it.key()) == it.value()) continue;
        if (now.visible.value(it.key()) != it.value())
            if (Result<void> r = store.setLayerVisible(it.key(), it.value()); !r) return r;
    }
    for (auto it = to.style.cbegin(); it != to.style.cend(); ++it) {
        if (!now.style.contains(it.key()) || from.style.value(it.key()) == it.value()) continue;
        if (now.style.value(it.key()) != it.value())
            if (Result<void> r = store.setLayerStyle(it.key(), it.value()); !r) return r;
    }
    return {};
}

}  // namespace dosi::desktop
