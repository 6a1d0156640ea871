#pragma once
// RecentFiles: the "Open Recent" list kept in QSettings (most recent first, at most 8,
// files that no longer exist are dropped when the list is read).

#include <QString>
#include <QStringList>

namespace dosi::desktop {

class RecentFiles {
public:
    static constexpr int MaxEntries = 8;

    explicit RecentFiles(const QString& settingsKey = QStringLiteral("recent/files"));

    QStringList files() const;            // existing files only; prunes the stored list
    void add(const QString& path);        // moves it to the front
    void remove(const QString& path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList& files) const;

    QString m_key;
};

}  // namespace dosi::desktop
