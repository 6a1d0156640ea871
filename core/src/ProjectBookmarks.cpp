// ProjectStore: bookmarks (named map views), in dosi_bookmarks (schema 3).

#include "ProjectStoreImpl.h"

#include <QJsonDocument>

namespace dosi {

QList<Bookmark> ProjectStore::bookmarks() const
{
    QList<Bookmark> out;
    sql::Stmt st(d->db, QStringLiteral("SELECT name, state, created FROM dosi_bookmarks ORDER BY id"));
    while (st.step())
        out.append(Bookmark{st.text(0), QJsonDocument::fromJson(st.text(1).toUtf8()).object(), st.text(2)});
    return out;
}

Result<void> ProjectStore::setBookmark(const Bookmark& bookmark)
{
    const QString name = bookmark.name.trimmed();
    if (name.isEmpty()) return makeError(StoreTr::tr("A bookmark needs a name."));
    const QString state = QString::fromUtf8(QJsonDocument(bookmark.state).toJson(QJsonDocument::Compact));
    sql::Stmt st(d->db, QStringLiteral("INSERT INTO dosi_bookmarks (name, state, created) VALUES (?, ?, ?)"
                                       " ON CONFLICT(name) DO UPDATE SET state = excluded.state"));
    st.bind(1, name);
    st.bind(2, state);
    st.bind(3, bookmark.created.isEmpty() ? schema::isoNow() : bookmark.created);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot store bookmark \"%1\"").arg(name));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::removeBookmark(const QString& name)
{
    sql::Stmt st(d->db, QStringLiteral("DELETE FROM dosi_bookmarks WHERE name = ?"));
    st.bind(1, name);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot remove bookmark \"%1\"").arg(name));
    if (d->db.changes() == 0) return makeError(StoreTr::tr("The project has no bookmark named \"%1\".").arg(name));
    d->modified = true;
    return {};
}

Result<void> ProjectStore::renameBookmark(const QString& from, const QString& to)
{
    const QString name = to.trimmed();
    if (name.isEmpty()) return makeError(StoreTr::tr("A bookmark needs a name."));
    if (name == from) return {};
    {
        sql::Stmt taken(d->db, QStringLiteral("SELECT 1 FROM dosi_bookmarks WHERE name = ?"));
        taken.bind(1, name);
        if (taken.step()) return makeError(StoreTr::tr("A bookmark named \"%1\" already exists.").arg(name));
    }
    sql::Stmt st(d->db, QStringLiteral("UPDATE dosi_bookmarks SET name = ? WHERE name = ?"));
    st.bind(1, name);
    st.bind(2, from);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot rename bookmark \"%1\"").arg(from));
    if (d->db.changes() == 0) return makeError(StoreTr::tr("The project has no bookmark named \"%1\".").arg(from));
    d->modified = true;
    return {};
}

}  // namespace dosi
