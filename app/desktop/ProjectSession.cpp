// ProjectSession: owns the open ProjectStore.
#include "ProjectSession.h"

#include <QFileInfo>

namespace dosi::desktop {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::isModified() const
{
    return m_store && m_store->isModified();
}

bool ProjectSession::isUntitled() const
{
    return !m_store || m_store->isUntitled();
}

QString ProjectSession::filePath() const
{
    return m_store ? m_store->filePath() : QString();
}

QString ProjectSession::displayName() const
{
    if (isUntitled()) return tr("Untitled");
    return QFileInfo(filePath()).fileName();
}

void ProjectSession::replace(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    emit projectReplaced();
    emit filePathChanged(filePath());
    m_lastModified = isModified();
    emit modifiedChanged(m_lastModified);
}

Result<void> ProjectSession::newProject()
{
    auto created = ProjectStore::create(QString(), tr("Untitled"));
    if (!created) return created.error();
    replace(std::move(created).value());
    return {};
}

Result<void> ProjectSession::open(const QString& path)
{
    auto opened = ProjectStore::open(path);
    if (!opened) return opened.error();
    replace(std::move(opened).value());
    return {};
}

Result<void> ProjectSession::save()
{
    if (!m_store || m_store->isUntitled())
        return makeError(tr("The project has no file name yet; use Save As."));
    Result<void> r = m_store->save();
    notifyEdited();
    return r;
}

Result<void> ProjectSession::saveAs(const QString& path)
{
    if (!m_store) return makeError(tr("No project is open."));
    const QString before = m_store->filePath();
    Result<void> r = m_store->saveAs(path);
    if (r && m_store->filePath() != before) emit filePathChanged(m_store->filePath());
    notifyEdited();
    return r;
}

void ProjectSession::notifyEdited()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

}  // namespace dosi::desktop
