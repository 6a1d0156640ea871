// ProjectStore: opening, validating, saving and metadata. Layer I/O is in ProjectLayers.cpp.

#include "ProjectStoreImpl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>
#include <filesystem>
#include <system_error>

#ifndef DOSI_VERSION_STRING
#define DOSI_VERSION_STRING "0.0.0"
#endif

namespace dosi {

namespace {

std::filesystem::path fsPath(const QString& p)
{
#ifdef _WIN32
    return std::filesystem::path(QDir::toNativeSeparators(p).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(p).toStdString());
#endif
}

QString nativeName(const QString& path) { return QDir::toNativeSeparators(path); }

}  // namespace

QString absoluteSource(const QString& source, const QString& dir)
{
    // Connection strings and URIs ("PG:dbname=...", "https://...") are not paths; a one-letter
    // scheme is a Windows drive ("C:/...").
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    if (dir.isEmpty() || source.isEmpty() || uri.match(source).hasMatch() || QFileInfo(source).isAbsolute()) return source;
    return QDir::cleanPath(QDir(dir).absoluteFilePath(source));
}

namespace {

// Rewrites dosi_layers.source from absolute to relative to `dir` (toRelative) or back.
QString rebaseSources(sql::Db& db, const QString& dir, bool toRelative)
{
    if (dir.isEmpty()) return {};
    const QDir base(dir);
    QList<QPair<QString, QString>> updates;
    {
        sql::Stmt st(db, QStringLiteral("SELECT name, source FROM dosi_layers WHERE source IS NOT NULL AND source <> ''"));
        // Connection strings and URIs ("PG:dbname=...", "https://...") are not paths; a
        // one-letter scheme is a Windows drive ("C:/...").
        static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
        while (st.step()) {
            const QString src = st.text(1);
            if (uri.match(src).hasMatch()) continue;
            const QString out = toRelative ? (QFileInfo(src).isAbsolute() ? base.relativeFilePath(src) : src)
                                           : absoluteSource(src, dir);
            if (out != src) updates.append({st.text(0), out});
        }
        if (st.failed()) return st.error();
    }
    sql::Stmt up(db, QStringLiteral("UPDATE dosi_layers SET source = ? WHERE name = ?"));
    for (const auto& [name, src] : updates) {
        up.reset();
        up.bind(1, src);
        up.bind(2, name);
        up.step();
        if (up.failed()) return up.error();
    }
    return {};
}

// The working copy is private and temporary: durability comes from the atomic save, so it
// can skip fsync and keep more pages in memory.
void configureWorkingCopy(sql::Db& db)
{
    db.exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;"
                           " PRAGMA temp_store = MEMORY"));
}

// Makes a saved file final: source paths relative to its folder and the save time, committed with
// synchronous FULL so that the file is on disk before it replaces the target.
QString finishSavedFile(sql::Db& db, const QString& dir)
{
    db.exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL"));
    sql::Transaction tx(db);
    if (!tx.started()) return db.lastError();
    if (QString e = rebaseSources(db, dir, true); !e.isEmpty()) return e;
    sql::Stmt st(db, QStringLiteral("INSERT OR REPLACE INTO dosi_meta(key, value) VALUES ('saved', ?)"));
    st.bind(1, schema::isoNow());
    st.step();
    if (st.failed()) return st.error();
    return tx.commit();
}

// A saved file gets the permissions of the file it replaces, or the usual ones for a new document
// (the private working copy it may come from is owner-only).
void giveFinalPermissions(const QString& file, const QFileInfo& target)
{
    const QFileDevice::Permissions usual = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                                           | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(file, target.exists() ? QFile::permissions(target.absoluteFilePath()) : usual);
}

Result<std::unique_ptr<QTemporaryDir>> makeWorkDir()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dosi-XXXXXX"));
    if (!dir->isValid())
        return makeError(StoreTr::tr("Cannot create a working folder in %1: %2").arg(nativeName(QDir::tempPath()), dir->errorString()));
    return dir;
}

}  // namespace

QString ProjectStore::Impl::projectDir() const
{
    return filePath.isEmpty() ? QString() : QFileInfo(filePath).absolutePath();
}

Result<void> ProjectStore::Impl::fail(const QString& what) const
{
    return makeError(StoreTr::tr("%1: %2").arg(what, db.lastError()));
}

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

ProjectStore::~ProjectStore() = default;

QString ProjectStore::appVersion() { return QStringLiteral(DOSI_VERSION_STRING); }

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString& path, const QString& title)
{
    auto impl = std::make_unique<Impl>();
    auto dir = makeWorkDir();
    if (!dir) return dir.error();
    impl->workDir = std::move(dir).value();
    impl->workPath = impl->workDir->filePath(QStringLiteral("work.dosi"));
    if (QString e = impl->db.open(impl->workPath, false); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot create a project: %1").arg(e));
    impl->db.exec(QStringLiteral("PRAGMA page_size = 65536"));
    configureWorkingCopy(impl->db);
    {
        sql::Transaction tx(impl->db);
        if (QString e = schema::createAll(impl->db, title); !e.isEmpty())
            return makeError(StoreTr::tr("Cannot create a project: %1").arg(e));
        if (QString e = tx.commit(); !e.isEmpty()) return makeError(StoreTr::tr("Cannot create a project: %1").arg(e));
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(impl)));
    if (!path.isEmpty()) {
        if (auto r = store->saveAs(path); !r) return r.error();
    }
    return store;
}

namespace {

// What open() learns from a file before using it: refuses files that are not Dosi projects, are
// truncated, or come from a newer Dosi.
struct CheckedFile {
    QFileInfo info;
    QString shown;
    qint64 headerBytes = -1;   // page size x page count from the header, when the header says so
    int version = -1;
    bool hasJournal = false;
};

Result<CheckedFile> checkProjectFile(const QString& path)
{
    CheckedFile out;
    const QString shown = nativeName(path);
    const QFileInfo fi(path);
    out.info = fi;
    out.shown = shown;
    if (!fi.exists()) return makeError(StoreTr::tr("Cannot open %1: the file does not exist.").arg(shown));
    if (!fi.isFile() || !fi.isReadable()) return makeError(StoreTr::tr("Cannot open %1: it is not a readable file.").arg(shown));

    // A Dosi project is an SQLite file: check the 16-byte header before handing it to SQLite.
    qint64& headerBytes = out.headerBytes;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, f.errorString()));
        const QByteArray head = f.read(100);
        if (!head.startsWith("SQLite format 3"))
            return makeError(StoreTr::tr("%1 is not a Dosi project: it is not a GeoPackage/SQLite file.").arg(shown));
        if (head.size() < 100)
            return makeError(StoreTr::tr("%1 is damaged or truncated: the file header is incomplete.").arg(shown));
        const qint64 pageSize = qFromBigEndian<quint16>(head.constData() + 16) == 1
                                    ? 65536 : qFromBigEndian<quint16>(head.constData() + 16);
        if (qFromBigEndian<quint32>(head.constData() + 92) == qFromBigEndian<quint32>(head.constData() + 24))
            headerBytes = pageSize * qint64(qFromBigEndian<quint32>(head.constData() + 28));
        if (headerBytes > fi.size())
            return makeError(StoreTr::tr("%1 is damaged or truncated: the file ends before its last page.").arg(shown));
    }

    sql::Db src;
    if (QString e = src.open(fi.absoluteFilePath(), true); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, e));
    {
        sql::Stmt has(src, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('dosi_meta', 'dosi_layers')"));
        if (!has.valid() || !has.step()) {
            return makeError(StoreTr::tr("%1 is damaged or truncated: %2").arg(shown, has.valid() ? has.error() : has.error()));
        }
        if (has.int64(0) < 2)
            return makeError(StoreTr::tr("%1 is not a Dosi project: it has no dosi_meta/dosi_layers tables.").arg(shown));
    }
    const int version = schema::readSchemaVersion(src);
    if (version < 1) return makeError(StoreTr::tr("%1 is not a Dosi project: its schema version is missing or invalid.").arg(shown));
    if (version > ProjectStore::SchemaVersion) {
        return makeError(StoreTr::tr("%1 was written by a newer version of Dosi (project schema %2; this version reads up "
                                 "to schema %3). Please update Dosi to open it.")
                             .arg(shown)
                             .arg(version)
                             .arg(ProjectStore::SchemaVersion));
    }
    out.version = version;
    out.hasJournal = QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("-journal"))
                     || QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("-wal"));
    return out;
}

QString quickCheck(const sql::Db& db)
{
    sql::Stmt qc(db, QStringLiteral("PRAGMA quick_check"));
    if (!qc.step()) return qc.error();
    return qc.text(0) == QLatin1String("ok") ? QString() : qc.text(0);
}

}  // namespace

Result<std::unique_ptr<ProjectStore>> ProjectStore::openReadOnly(const QString& path)
{
    auto checked = checkProjectFile(path);
    if (!checked) return checked.error();
    // An older schema needs the upgrade, a journal beside the file needs rebuilding: a working copy.
    if (checked->version < SchemaVersion || checked->hasJournal || checked->headerBytes <= 0) return open(path);
    auto impl = std::make_unique<Impl>();
    impl->readOnly = true;
    impl->filePath = checked->info.absoluteFilePath();
    impl->fileSchema = checked->version;
    if (QString e = impl->db.open(impl->filePath, true); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot open %1: %2").arg(checked->shown, e));
    if (QString e = quickCheck(impl->db); !e.isEmpty())
        return makeError(StoreTr::tr("%1 is damaged or truncated: %2").arg(checked->shown, e));
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(impl)));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path)
{
    auto checked = checkProjectFile(path);
    if (!checked) return checked.error();
    const QFileInfo& fi = checked->info;
    const QString& shown = checked->shown;
    const qint64 headerBytes = checked->headerBytes;
    const int version = checked->version;

    auto impl = std::make_unique<Impl>();
    auto dir = makeWorkDir();
    if (!dir) return dir.error();
    impl->workDir = std::move(dir).value();
    impl->workPath = impl->workDir->filePath(QStringLiteral("work.dosi"));
    // A whole file is copied as it is (quick_check below reads every page of the copy). One with a
    // journal beside it, or a header that does not give its size, is rebuilt with VACUUM INTO,
    // which reads every page through SQLite.
    const bool plainCopy = headerBytes > 0 && !checked->hasJournal;
    if (plainCopy) {
        if (!QFile::copy(fi.absoluteFilePath(), impl->workPath))
            return makeError(StoreTr::tr("Cannot open %1: cannot copy it to %2.").arg(shown, nativeName(impl->workPath)));
        QFile::setPermissions(impl->workPath, QFile::ReadOwner | QFile::WriteOwner);
    } else {
        sql::Db src;
        if (QString e = src.open(fi.absoluteFilePath(), true); !e.isEmpty())
            return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, e));
        sql::Stmt vac(src, QStringLiteral("VACUUM INTO ?"));
        vac.bind(1, impl->workPath);
        vac.step();
        if (!vac.valid() || vac.failed())
            return makeError(StoreTr::tr("%1 is damaged or truncated: %2").arg(shown, vac.error()));
    }

    if (QString e = impl->db.open(impl->workPath, false); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, e));
    if (QString e = quickCheck(impl->db); !e.isEmpty())
        return makeError(StoreTr::tr("%1 is damaged or truncated: %2").arg(shown, e));
    configureWorkingCopy(impl->db);
    impl->fileSchema = version;
    impl->filePath = fi.absoluteFilePath();
    {
        sql::Transaction tx(impl->db);
        if (version < SchemaVersion) {
            if (QString e = schema::upgrade(impl->db, version); !e.isEmpty())
                return makeError(StoreTr::tr("Cannot upgrade %1 from schema %2: %3").arg(shown).arg(version).arg(e));
        }
        if (QString e = rebaseSources(impl->db, impl->projectDir(), false); !e.isEmpty())
            return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, e));
        if (QString e = tx.commit(); !e.isEmpty()) return makeError(StoreTr::tr("Cannot open %1: %2").arg(shown, e));
    }
    impl->modified = version < SchemaVersion;
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(impl)));
}

QString ProjectStore::filePath() const { return d->filePath; }
bool ProjectStore::isModified() const { return d->modified; }
bool ProjectStore::isReadOnly() const { return d->readOnly; }
int ProjectStore::fileSchemaVersion() const { return d->fileSchema; }
int ProjectStore::schemaVersion() const { return schema::readSchemaVersion(d->db); }

Result<void> ProjectStore::save()
{
    if (d->filePath.isEmpty()) return makeError(StoreTr::tr("The project has no file name yet: use Save As."));
    return saveAs(d->filePath);
}

Result<void> ProjectStore::saveAs(const QString& path) { return saveTo(path, false); }

Result<void> ProjectStore::saveAndClose()
{
    if (d->filePath.isEmpty()) return makeError(StoreTr::tr("The project has no file name yet: use Save As."));
    return saveTo(d->filePath, true);
}

Result<void> ProjectStore::saveTo(const QString& path, bool close)
{
    if (!d->db.isOpen()) return makeError(StoreTr::tr("The project is closed."));
    if (d->readOnly)
        return makeError(StoreTr::tr("%1 was opened read-only: it cannot be saved.").arg(nativeName(d->filePath)));
    QFileInfo target(path);
    if (target.suffix().isEmpty()) target = QFileInfo(path + QLatin1Char('.') + fileSuffix());
    const QString shown = nativeName(target.filePath());
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) return makeError(StoreTr::tr("Cannot save %1: the folder does not exist.").arg(shown));
    if (target.exists() && !target.isWritable()) return makeError(StoreTr::tr("Cannot save %1: the file is read-only.").arg(shown));

    const QString tmp = dir.filePath(QStringLiteral(".%1.%2.tmp").arg(target.fileName(),
                                                                     QUuid::createUuid().toString(QUuid::Id128).left(8)));
    auto cleanup = [&] { QFile::remove(tmp); };

    if (QString e = setMetaValue(QStringLiteral("app_version"), appVersion()).errorMessage(); !e.isEmpty())
        return makeError(StoreTr::tr("Cannot save %1: %2").arg(shown, e));
    auto failed = [&](const QString& e) {
        cleanup();
        return makeError(StoreTr::tr("Cannot save %1: %2").arg(shown, e));
    };
    // A compact working copy is copied as it is (every change is committed, so the file is whole);
    // one with many free pages (after removed layers) is rewritten compactly with VACUUM INTO.
    qint64 pages = 0, freePages = 0;
    {
        sql::Stmt pc(d->db, QStringLiteral("PRAGMA page_count"));
        if (pc.step()) pages = pc.int64(0);
        sql::Stmt fc(d->db, QStringLiteral("PRAGMA freelist_count"));
        if (fc.step()) freePages = fc.int64(0);
    }
    const bool compact = pages > 0 && freePages * 10 <= pages;
    const QString finalPath = target.absoluteFilePath();
    if (close && compact) {
        // The working copy itself becomes the file: no copy when both are on one volume.
        if (QString e = finishSavedFile(d->db, target.absolutePath()); !e.isEmpty()) return failed(e);
        d->db.close();
        giveFinalPermissions(d->workPath, target);
        std::error_code ec;
        std::filesystem::rename(fsPath(d->workPath), fsPath(finalPath), ec);
        if (!ec) {
            d->filePath = finalPath;
            d->modified = false;
            return {};
        }
        // Another volume: copy it beside the target below.
    }
    if (compact) {
        QFile::remove(tmp);
        if (!QFile::copy(d->workPath, tmp)) return failed(StoreTr::tr("cannot write %1").arg(nativeName(tmp)));
    } else {
        sql::Stmt vac(d->db, QStringLiteral("VACUUM INTO ?"));
        vac.bind(1, tmp);
        vac.step();
        if (!vac.valid() || vac.failed()) return failed(vac.valid() ? vac.error() : d->db.lastError());
    }
    // (A lambda, so that the file is closed before any cleanup.)
    const QString finished = [&]() -> QString {
        sql::Db out;
        if (QString e = out.open(tmp, false); !e.isEmpty()) return e;
        return finishSavedFile(out, target.absolutePath());
    }();
    if (!finished.isEmpty()) return failed(finished);
    giveFinalPermissions(tmp, target);
    std::error_code ec;
    std::filesystem::rename(fsPath(tmp), fsPath(target.absoluteFilePath()), ec);
    if (ec) {
        cleanup();
        return makeError(StoreTr::tr("Cannot save %1: %2").arg(shown, QString::fromLocal8Bit(ec.message().c_str())));
    }
    if (close) d->db.close();
    d->filePath = finalPath;
    d->modified = false;
    return {};
}

QString ProjectStore::title() const { return metaValue(QStringLiteral("title")); }

Result<void> ProjectStore::setTitle(const QString& title) { return setMetaValue(QStringLiteral("title"), title); }

QString ProjectStore::metaValue(const QString& key) const
{
    sql::Stmt st(d->db, QStringLiteral("SELECT value FROM dosi_meta WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

Result<void> ProjectStore::setMetaValue(const QString& key, const QString& value)
{
    sql::Stmt st(d->db, QStringLiteral("INSERT OR REPLACE INTO dosi_meta(key, value) VALUES (?, ?)"));
    st.bind(1, key);
    st.bind(2, value);
    st.step();
    if (st.failed()) return d->fail(StoreTr::tr("Cannot write project metadata"));
    if (key != QLatin1String("saved") && key != QLatin1String("app_version")) d->modified = true;
    return {};
}

}  // namespace dosi
