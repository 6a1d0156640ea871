// RecentFiles: "Open Recent" list in QSettings.
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace dosi::desktop {

namespace {
QString normalised(const QString& path)
{
    const QFileInfo fi(path);
    return fi.exists() ? fi.canonicalFilePath() : fi.absoluteFilePath();
}
}  // namespace

RecentFiles::RecentFiles(const QString& settingsKey) : m_key(settingsKey) {}

QStringList RecentFiles::stored() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::store(const QStringList& files) const
{
    QSettings().setValue(m_key, files);
}

QStringList RecentFiles::files() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& f : all) {
        if (QFileInfo(f).isFile() && !existing.contains(f)) existing << f;
    }
    while (existing.size() > MaxEntries) existing.removeLast();
    if (existing != all) store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty()) return;
    const QString p = normalised(path);
    QStringList list = stored();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > MaxEntries) list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = stored();
    list.removeAll(normalised(path));
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

}  // namespace dosi::desktop
