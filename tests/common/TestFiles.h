#pragma once
// Small file helpers shared by the test executables (header-only).

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
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

// The 32-column header of Seoul's 행정동 living-population files (LOCAL_PEOPLE_DONG).
inline QStringList seoulDongHeader()
{
    QStringList h = {QStringLiteral("기준일ID"), QStringLiteral("시간대구분"), QStringLiteral("행정동코드"),
                     QStringLiteral("총생활인구수")};
    const QList<QPair<int, int>> bands = {{0, 9},   {10, 14}, {15, 19}, {20, 24}, {25, 29}, {30, 34}, {35, 39},
                                          {40, 44}, {45, 49}, {50, 54}, {55, 59}, {60, 64}, {65, 69}};
    for (const QString& sex : {QStringLiteral("남자"), QStringLiteral("여자")}) {
        for (const auto& b : bands) h << QStringLiteral("%1%2세부터%3세생활인구수").arg(sex).arg(b.first).arg(b.second);
        h << sex + QStringLiteral("70세이상생활인구수");
    }
    return h;
}

}  // namespace dosi::test
