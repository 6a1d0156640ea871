#pragma once
// ProjectSession: the project open in a window. Owns the ProjectStore, replaces it only
// when a new one opened successfully (so a failed open leaves the current project as it
// was) and tells the window when the project or its modified state changes.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace dosi::desktop {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    ProjectStore* store() const { return m_store.get(); }
    bool hasProject() const { return m_store != nullptr; }
    bool isModified() const;
    bool isUntitled() const;
    QString filePath() const;
    QString displayName() const;          // file name, or "Untitled"

    Result<void> newProject();
    Result<void> open(const QString& path);
    Result<void> save();                  // fails for an untitled project
    Result<void> saveAs(const QString& path);

    // Call after editing the store (visibility, order, ...) so the window updates.
    void notifyEdited();

signals:
    void projectReplaced();               // a different store is now open
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void replace(std::unique_ptr<ProjectStore> store);

    std::unique_ptr<ProjectStore> m_store;
    bool m_lastModified = false;
};

}  // namespace dosi::desktop
