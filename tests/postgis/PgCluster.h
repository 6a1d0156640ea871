#pragma once
// A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl start on a
// free loopback port, stop and delete at the end. Runs the server as the "postgres" user
// when the test runs as root (PostgreSQL refuses to run as root).

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class PgCluster {
public:
    PgCluster() = default;
    ~PgCluster() { stop(); }

    // Empty string on success, else why it could not start. `skip` is set when the server
    // binaries are not installed at all.
    QString start(bool* skip);
    void stop();

    int port() const { return m_port; }
    QString folder() const { return m_dir.path(); }
    // GDAL connection string for a database of this cluster.
    QString gdalConnection(const QString& db) const;
    // Runs psql against `db` with one command; returns stdout, or sets *error.
    QString psql(const QString& db, const QString& command, QString* error) const;
    // Runs one of the server's client tools (or any program) as the cluster owner.
    int runAsOwner(const QString& program, const QStringList& args, QString* output = nullptr) const;

private:
    QString tool(const QString& name) const;
    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
};
