#pragma once
// Small file helpers shared by the test executables (header-only).

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace dosi::test {

// Writes `bytes` to `name` inside `dir` and returns the path; aborts the test run when it cannot.
inline QString writeFixture(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

// SHA-256 of a file's bytes (empty when it cannot be read): "unchanged" checks compare these.
inline QByteArray sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace dosi::test
