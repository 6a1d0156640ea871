// BookmarkPanel: named views of the project.
#include "BookmarkPanel.h"

#include <QAction>
#include <algorithm>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dosi::desktop {

BookmarkPanel::BookmarkPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bookmarkPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("bookmarkList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto action = [this](const char* name, const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addAct = action("actionAddBookmark", QKeySequence(Qt::CTRL | Qt::Key_B), [this] {
        const QString name = askName ? askName(tr("Add Bookmark"), proposeName()) : QString();
        if (!name.trimmed().isEmpty()) addBookmark(name.trimmed());
    });
    m_addAct->setIcon(QIcon::fromTheme(QStringLiteral("bookmark-new")));
    m_renameAct = action("actionRenameBookmark", QKeySequence(), [this] {
        const QString from = current();
        if (from.isEmpty() || !askName) return;
        const QString to = askName(tr("Rename Bookmark"), from).trimmed();
        if (!to.isEmpty() && to != from) renameBookmark(from, to);
    });
    m_removeAct = action("actionRemoveBookmark", QKeySequence(), [this] {
        if (!current().isEmpty()) removeBookmark(current());
    });
    // Window-wide: the presenter steps through the views with a clicker (PageUp/PageDown).
    m_prevAct = action("actionPreviousBookmark", QKeySequence(Qt::Key_PageUp), [this] { step(-1); });
    m_nextAct = action("actionNextBookmark", QKeySequence(Qt::Key_PageDown), [this] { step(+1); });

    auto button = [this](QAction* a, QStyle::StandardPixmap icon) {
        auto* b = new QToolButton(this);
        a->setIcon(a->icon().isNull() ? style()->standardIcon(icon) : a->icon());
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        return b;
    };
    m_add = button(m_addAct, QStyle::SP_FileDialogNewFolder);
    m_rename = button(m_renameAct, QStyle::SP_FileDialogDetailedView);
    m_remove = button(m_removeAct, QStyle::SP_TrashIcon);
    m_prev = button(m_prevAct, QStyle::SP_ArrowUp);
    m_next = button(m_nextAct, QStyle::SP_ArrowDown);

    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {m_add, m_rename, m_remove}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_prev);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    askName = [this](const QString& title, const QString& proposed) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, proposed, &ok);
        return ok ? name : QString();
    };
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { goTo(item->text()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &BookmarkPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void BookmarkPanel::setStore(ProjectStore* store)
{
    m_store = store;
    refresh();
}

QStringList BookmarkPanel::names() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->text();
    return out;
}

QString BookmarkPanel::current() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->text() : QString();
}

void BookmarkPanel::refresh(const QString& select)
{
    const QString keep = select.isEmpty() ? current() : select;
    m_list->clear();
    if (m_store) {
        for (const Bookmark& b : m_store->bookmarks()) {
            auto* item = new QListWidgetItem(b.name, m_list);
            const QString time = b.state.value(QStringLiteral("timeLabel")).toString();
            const QString layer = b.state.value(QStringLiteral("layer")).toString();
            item->setToolTip(time.isEmpty() ? layer : tr("%1 — %2").arg(layer, time));
        }
    }
    const QList<QListWidgetItem*> found = m_list->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty()) m_list->setCurrentItem(found.first());
    updateButtons();
}

void BookmarkPanel::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    m_addAct->setEnabled(m_store != nullptr);
    m_renameAct->setEnabled(has);
    m_removeAct->setEnabled(has);
    m_prevAct->setEnabled(m_list->count() > 0);
    m_nextAct->setEnabled(m_list->count() > 0);
}

QString BookmarkPanel::proposeName() const
{
    const QStringList existing = names();
    for (int n = int(existing.size()) + 1;; ++n) {
        const QString name = tr("View %1").arg(n);
        if (!existing.contains(name)) return name;
    }
}

void BookmarkPanel::reload()
{
    refresh();
}

bool BookmarkPanel::addBookmark(const QString& name)
{
    if (!m_store || !captureState) return false;
    const QList<Bookmark> before = m_store->bookmarks();
    const bool exists = std::any_of(before.cbegin(), before.cend(), [&name](const Bookmark& b) { return b.name == name.trimmed(); });
    Bookmark b;
    b.name = name;
    b.state = captureState();
    b.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (Result<void> r = m_store->setBookmark(b); !r) {
        if (showError) showError(r.errorMessage());
        return false;
    }
    refresh(name);
    if (recorded) recorded(exists ? tr("Update Bookmark “%1”").arg(name) : tr("Add Bookmark “%1”").arg(name), before);
    if (edited) edited();
    return true;
}

bool BookmarkPanel::goTo(const QString& name)
{
    if (!m_store) return false;
    for (const Bookmark& b : m_store->bookmarks()) {
        if (b.name != name) continue;
        const QList<QListWidgetItem*> found = m_list->findItems(name, Qt::MatchExactly);
        if (!found.isEmpty()) m_list->setCurrentItem(found.first());
        if (applyState) applyState(b.state);
        return true;
    }
    return false;
}

bool BookmarkPanel::renameBookmark(const QString& from, const QString& to)
{
    if (!m_store) return false;
    const QList<Bookmark> before = m_store->bookmarks();
    if (Result<void> r = m_store->renameBookmark(from, to); !r) {
        if (showError) showError(r.errorMessage());
        return false;
    }
    refresh(to);
    if (recorded) recorded(tr("Rename Bookmark “%1”").arg(from), before);
    if (edited) edited();
    return true;
}

bool BookmarkPanel::removeBookmark(const QString& name)
{
    if (!m_store) return false;
    const QList<Bookmark> before = m_store->bookmarks();
    if (Result<void> r = m_store->removeBookmark(name); !r) {
        if (showError) showError(r.errorMessage());
        return false;
    }
    refresh();
    if (recorded) recorded(tr("Delete Bookmark “%1”").arg(name), before);
    if (edited) edited();
    return true;
}

bool BookmarkPanel::step(int delta)
{
    const int n = m_list->count();
    if (n == 0) return false;
    int row = m_list->currentRow();
    row = row < 0 ? (delta > 0 ? 0 : n - 1) : ((row + delta) % n + n) % n;
    return goTo(m_list->item(row)->text());
}

void BookmarkPanel::retranslateUi()
{
    m_addAct->setText(tr("&Add Bookmark…"));
    m_addAct->setToolTip(tr("Add a bookmark of the current view, time and layers"));
    m_renameAct->setText(tr("&Rename Bookmark…"));
    m_removeAct->setText(tr("&Delete Bookmark"));
    m_prevAct->setText(tr("&Previous Bookmark"));
    m_prevAct->setToolTip(tr("Go to the previous bookmark (PageUp)"));
    m_nextAct->setText(tr("&Next Bookmark"));
    m_nextAct->setToolTip(tr("Go to the next bookmark (PageDown)"));
    m_list->setToolTip(tr("Double-click a bookmark to go to it"));
}

void BookmarkPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
