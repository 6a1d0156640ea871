#include "Sqlite.h"

#include <cmath>

namespace dosi::sql {

QString Db::open(const QString& path, bool readOnly)
{
    close();
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return msg;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    return {};
}

void Db::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QString Db::exec(const QString& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return {};
    QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(err);
    return msg;
}

QString Db::lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

Stmt::Stmt(const Db& db, const QString& sql) : m_db(db)
{
    const QByteArray s = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db.handle(), s.constData(), int(s.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_error = db.lastError();
        m_rc = rc;
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Stmt::~Stmt() { sqlite3_finalize(m_stmt); }

void Stmt::bind(int i, const QString& v)
{
    const QByteArray b = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

void Stmt::bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }

void Stmt::bind(int i, double v)
{
    if (std::isnan(v))
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_double(m_stmt, i, v);
}

void Stmt::bindBlob(int i, const QByteArray& v)
{
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

void Stmt::bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

void Stmt::bindVariant(int i, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        bindNull(i);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: bind(i, v.toLongLong()); break;
    case QMetaType::Double:
    case QMetaType::Float: bind(i, v.toDouble()); break;
    case QMetaType::QByteArray: bindBlob(i, v.toByteArray()); break;
    default: bind(i, v.toString()); break;
    }
}

bool Stmt::step()
{
    if (!m_stmt) return false;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE) m_error = m_db.lastError();
    return m_rc == SQLITE_ROW;
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rc = SQLITE_OK;
}

QString Stmt::text(int i) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
}

QByteArray Stmt::blob(int i) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, i)) : QByteArray();
}

QVariant Stmt::variant(int i) const
{
    switch (type(i)) {
    case SQLITE_INTEGER: return QVariant(int64(i));
    case SQLITE_FLOAT: return QVariant(real(i));
    case SQLITE_TEXT: return QVariant(text(i));
    case SQLITE_BLOB: return QVariant(blob(i));
    default: return QVariant();
    }
}

QString quoteId(const QString& id)
{
    QString s = id;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Transaction::Transaction(Db& db) : m_db(db) { m_started = db.exec(QStringLiteral("BEGIN IMMEDIATE")).isEmpty(); }

Transaction::~Transaction()
{
    if (m_started && !m_done) m_db.exec(QStringLiteral("ROLLBACK"));
}

QString Transaction::commit()
{
    if (!m_started) return QStringLiteral("transaction not started");
    const QString e = m_db.exec(QStringLiteral("COMMIT"));
    if (e.isEmpty()) m_done = true;
    return e;
}

}  // namespace dosi::sql
