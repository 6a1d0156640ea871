#pragma once
// Private RAII helpers over the SQLite C API (not installed, not public).

#include <sqlite3.h>

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace dosi::sql {

class Db {
public:
    Db() = default;
    ~Db() { close(); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    Db(Db&& o) noexcept : m_db(o.m_db) { o.m_db = nullptr; }
    Db& operator=(Db&& o) noexcept
    {
        if (this != &o) {
            close();
            m_db = o.m_db;
            o.m_db = nullptr;
        }
        return *this;
    }

    // Returns an empty string on success, SQLite's message otherwise.
    QString open(const QString& path, bool readOnly);
    void close();
    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results. Empty string on success.
    QString exec(const QString& sql);
    QString lastError() const;
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }   // rows changed by the last statement

private:
    sqlite3* m_db = nullptr;
};

class Stmt {
public:
    Stmt(const Db& db, const QString& sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool valid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    void bind(int i, const QString& v);
    void bind(int i, qint64 v);
    void bind(int i, int v) { bind(i, qint64(v)); }
    void bind(int i, double v);   // NaN binds NULL
    void bindBlob(int i, const QByteArray& v);
    // Bind bytes that stay valid until the next step/reset (no copy).
    void bindStaticBlob(int i, const char* data, int size) { sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_STATIC); }
    void bindStaticText(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bindNull(int i);
    void bindVariant(int i, const QVariant& v);

    // step(): true while a row is available. After false, check done().
    bool step();
    bool done() const { return m_rc == SQLITE_DONE; }
    bool failed() const { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    void reset();

    int columnCount() const { return sqlite3_column_count(m_stmt); }
    int type(int i) const { return sqlite3_column_type(m_stmt, i); }
    bool isNull(int i) const { return type(i) == SQLITE_NULL; }
    QString text(int i) const;
    qint64 int64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    QByteArray blob(int i) const;
    // The column's bytes without a copy, valid until the next step/reset.
    const char* blobData(int i, int* size) const
    {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
        *size = sqlite3_column_bytes(m_stmt, i);
        return p;
    }
    QVariant variant(int i) const;

private:
    const Db& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    QString m_error;
};

// Quotes an identifier for SQL: "na""me".
QString quoteId(const QString& id);

// A transaction that rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Db& db);
    ~Transaction();
    QString commit();   // empty on success
    bool started() const { return m_started; }

private:
    Db& m_db;
    bool m_started = false;
    bool m_done = false;
};

}  // namespace dosi::sql
