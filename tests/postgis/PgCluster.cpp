#include "PgCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace {

QString findServerBin()
{
    // Debian keeps the server tools in /usr/lib/postgresql/<version>/bin.
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb"))) return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

// A random high port; start() tries again when the server cannot bind it.
int randomPort() { return 20000 + int(QRandomGenerator::global()->bounded(20000)); }

}  // namespace

QString PgCluster::tool(const QString& name) const { return m_bin + QLatin1Char('/') + name; }

int PgCluster::runAsOwner(const QString& program, const QStringList& args, QString* output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    if (m_asPostgres) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        if (output) *output = QStringLiteral("timed out: ") + program;
        return -1;
    }
    if (output) *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString PgCluster::start(bool* skip)
{
    *skip = false;
    m_bin = findServerBin();
    if (m_bin.isEmpty()) {
        *skip = true;
        return QStringLiteral("the PostgreSQL server is not installed (scripts/deps installs postgresql-15-postgis-3)");
    }
    if (!m_dir.isValid()) return QStringLiteral("cannot create a temporary folder");
#ifndef _WIN32
    m_asPostgres = ::geteuid() == 0;
#endif
    QString out;
    if (m_asPostgres && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()}) != 0)
        return QStringLiteral("cannot hand the cluster folder to the postgres user");
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (runAsOwner(tool(QStringLiteral("initdb")), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                                                    QStringLiteral("-U"), QStringLiteral("dosi"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                                    QStringLiteral("--no-locale")},
                   &out) != 0)
        return QStringLiteral("initdb failed: ") + out;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = randomPort();
        const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c dynamic_shared_memory_type=mmap").arg(m_port).arg(m_dir.path());
        if (runAsOwner(tool(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-l"),
                                                        m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
                       &out) == 0) {
            m_running = true;
            return {};
        }
    }
    return QStringLiteral("pg_ctl start failed: ") + out;
}

void PgCluster::stop()
{
    if (!m_running) return;
    runAsOwner(tool(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PgCluster::gdalConnection(const QString& db) const
{
    return QStringLiteral("PG:dbname=%1 host=127.0.0.1 port=%2 user=dosi").arg(db).arg(m_port);
}

QString PgCluster::psql(const QString& db, const QString& command, QString* error) const
{
    QString out;
    const int rc = runAsOwner(tool(QStringLiteral("psql")), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                                                              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                                                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                                                              QStringLiteral("-U"), QStringLiteral("dosi"), QStringLiteral("-d"), db,
                                                              QStringLiteral("-c"), command},
                              &out);
    if (rc != 0 && error) *error = out;
    return out.trimmed();
}
