// Measure layers stored in (unit, time block) rows: random round trips against an in-memory
// reference (dense and sparse layers, both block sizes, masked and missing values, partial last
// blocks), the one-unit and one-time reads, duplicate keys, and the upgrade of a schema-1 file.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace dosi;

namespace {

quint64 bitsOf(double v)
{
    quint64 b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

using Key = QPair<QString, QString>;                // (time, unit): the order readMeasures returns
using Reference = QMap<Key, QVector<double>>;

enum class Values {
    Mixed,       // integers, long fractions, masked, missing: mostly float64 blocks
    Decimals,    // k / 10^d with d in 0..4 as in published counts ("563.6429"), masked, missing: scaled blocks
    Awkward,     // decimals with, now and then, a value the scaled form cannot hold exactly
};

double awkwardValue(QRandomGenerator& rng)
{
    quint64 oddNan = 0x7ff8000000000123ULL;
    double nan;
    std::memcpy(&nan, &oddNan, sizeof nan);
    const double pick[] = {-0.0, 0.1 + 0.2, 3e9, -2147483648.0, 1.0 / 3.0, 1e-12, nan,
                           std::numeric_limits<double>::infinity(), 12345678.9012345, 5e-324};
    return pick[rng.bounded(int(sizeof pick / sizeof pick[0]))];
}

// A random table: `units` x `times` cells, each present with probability `fill`; values as `kind`.
MeasureTable randomTable(int units, int times, int fields, double fill, quint32 seed, Reference* ref,
                         Values kind = Values::Mixed)
{
    QRandomGenerator rng(seed);
    MeasureTable t;
    for (int f = 0; f < fields; ++f) t.fields << QStringLiteral("f%1").arg(f);
    t.columns.resize(fields);
    QVector<QPair<int, int>> cells;
    for (int u = 0; u < units; ++u)
        for (int h = 0; h < times; ++h)
            if (rng.generateDouble() < fill) cells.append({u, h});
    // Rows in a shuffled order: the store must not depend on the input order.
    for (qsizetype i = cells.size() - 1; i > 0; --i) std::swap(cells[i], cells[rng.bounded(int(i + 1))]);
    for (const auto& [u, h] : cells) {
        const QString unit = QStringLiteral("U%1").arg(u, 6, 10, QLatin1Char('0'));
        const QString time = QStringLiteral("T%1").arg(h, 5, 10, QLatin1Char('0'));
        QVector<double> v(fields);
        for (int f = 0; f < fields; ++f) {
            const double r = rng.generateDouble();
            if (r < 0.05) v[f] = maskedValue();
            else if (r < 0.1) v[f] = missingValue();
            else if (kind == Values::Awkward && r < 0.1005) v[f] = awkwardValue(rng);
            else if (kind != Values::Mixed) {
                // Up to 100,000 with 0 to 4 decimals, some negative.
                static const double scale[] = {1, 10, 100, 1000, 10000};
                const int d = int(rng.bounded(5));
                const double k = std::round((double(rng.bounded(1000000000)) - (r < 0.2 ? 5e8 : 0)) / scale[4 - d]);
                v[f] = k / scale[d];
            } else v[f] = r < 0.5 ? double(rng.bounded(100000)) : r * 1e6 / 7;
        }
        t.addRow(unit, time, v);
        ref->insert({time, unit}, v);
    }
    return t;
}

void compareToReference(const MeasureTable& got, const Reference& ref, const QVector<int>& fieldIndex)
{
    QCOMPARE(got.rowCount(), int(ref.size()));
    int row = 0;
    for (auto it = ref.constBegin(); it != ref.constEnd(); ++it, ++row) {
        QCOMPARE(got.times[row], it.key().first);
        QCOMPARE(got.units[row], it.key().second);
        for (qsizetype w = 0; w < fieldIndex.size(); ++w)
            QCOMPARE(bitsOf(got.columns[w][row]), bitsOf(it.value()[fieldIndex[w]]));   // NaN payloads too
    }
}

// dosi_layers.source of layer "m" as stored in the file.
QString rawLayerSource(const QString& path)
{
    sqlite3* db = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT source FROM dosi_layers WHERE name = 'm'", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

// How many rows of measure table "m" use each format (first byte of data).
QMap<int, int> rowFormats(const QString& path)
{
    QMap<int, int> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT unicode(substr(hex(substr(data, 1, 1)), 2, 1)) - 48, count(*) FROM m GROUP BY 1",
                               -1, &st, nullptr) == SQLITE_OK)
            while (sqlite3_step(st) == SQLITE_ROW) out.insert(sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

qint64 rowBytes(const QString& path)
{
    qint64 out = -1;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT sum(length(data)) FROM m", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            out = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

}  // namespace

class TestMeasureBlocks : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("fields");
        QTest::addColumn<double>("fill");
        QTest::addColumn<int>("values");
        const int mixed = int(Values::Mixed), decimals = int(Values::Decimals), awkward = int(Values::Awkward);
        QTest::newRow("wide dense, 24-slot blocks, partial last block") << 37 << 61 << 29 << 1.0 << mixed;
        QTest::newRow("wide, holes") << 40 << 50 << 9 << 0.6 << mixed;
        QTest::newRow("narrow, 168-slot blocks") << 25 << 400 << 2 << 0.9 << mixed;
        QTest::newRow("narrow, very sparse blocks") << 300 << 500 << 1 << 0.01 << mixed;
        QTest::newRow("one time") << 500 << 1 << 3 << 1.0 << mixed;
        // units x times above the direct-index limit: the sorted path.
        QTest::newRow("sparse pairs (sorted path)") << 12000 << 6000 << 3 << 0.0003 << mixed;
        // Short decimals: the scaled integer rows, dense and sparse, and blocks that fall back.
        QTest::newRow("decimals, wide dense") << 37 << 61 << 29 << 1.0 << decimals;
        QTest::newRow("decimals, holes") << 40 << 50 << 9 << 0.6 << decimals;
        QTest::newRow("decimals, narrow sparse") << 300 << 500 << 1 << 0.01 << decimals;
        QTest::newRow("decimals, sparse pairs") << 12000 << 6000 << 3 << 0.0003 << decimals;
        QTest::newRow("awkward values, wide") << 30 << 60 << 12 << 0.9 << awkward;
        QTest::newRow("awkward values, narrow") << 40 << 400 << 2 << 0.5 << awkward;
    }

    void roundTrip()
    {
        QFETCH(int, units);
        QFETCH(int, times);
        QFETCH(int, fields);
        QFETCH(double, fill);
        QFETCH(int, values);
        Reference ref;
        const MeasureTable t =
            randomTable(units, times, fields, fill, quint32(units * 7919 + times + values), &ref, Values(values));
        QVERIFY(t.rowCount() > 0);
        const QString path = m_tmp.filePath(QStringLiteral("rt%1_%2_%3.dosi").arg(units).arg(times).arg(values));
        {
            auto s = ProjectStore::create(path, QStringLiteral("blocks"));
            QVERIFY(s.ok());
            LayerInfo info;
            info.name = QStringLiteral("m");
            auto r = s.value()->addMeasureLayer(info, t);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QVERIFY(s.value()->save().ok());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.ok());
        const ProjectStore& s = *opened.value();
        QCOMPARE(s.layer(QStringLiteral("m"))->rowCount, qint64(ref.size()));

        QVector<int> all(fields);
        for (int f = 0; f < fields; ++f) all[f] = f;
        auto everything = s.readMeasures(QStringLiteral("m"));
        QVERIFY2(everything.ok(), qPrintable(everything.errorMessage()));
        compareToReference(*everything, ref, all);

        // A subset of fields, in another order.
        const QStringList some = fields > 1 ? QStringList{QStringLiteral("f%1").arg(fields - 1), QStringLiteral("f0")}
                                            : QStringList{QStringLiteral("f0")};
        const QVector<int> someIndex = fields > 1 ? QVector<int>{fields - 1, 0} : QVector<int>{0};
        auto subset = s.readMeasures(QStringLiteral("m"), some);
        QVERIFY(subset.ok());
        compareToReference(*subset, ref, someIndex);

        // Times and units.
        QSet<QString> timeSet, unitSet;
        for (auto it = ref.constBegin(); it != ref.constEnd(); ++it) timeSet.insert(it.key().first), unitSet.insert(it.key().second);
        QStringList expectTimes(timeSet.begin(), timeSet.end()), expectUnits(unitSet.begin(), unitSet.end());
        std::sort(expectTimes.begin(), expectTimes.end());
        std::sort(expectUnits.begin(), expectUnits.end());
        QCOMPARE(s.measureTimes(QStringLiteral("m")).value(), expectTimes);
        QCOMPARE(s.measureUnits(QStringLiteral("m")).value(), expectUnits);

        // One time (first, middle, last) and one unit (first, middle, last) against the reference.
        for (const QString& time : {expectTimes.first(), expectTimes[expectTimes.size() / 2], expectTimes.last()}) {
            Reference one;
            for (auto it = ref.constBegin(); it != ref.constEnd(); ++it)
                if (it.key().first == time) one.insert(it.key(), it.value());
            auto got = s.readMeasures(QStringLiteral("m"), some, time);
            QVERIFY(got.ok());
            compareToReference(*got, one, someIndex);
        }
        for (const QString& unit : {expectUnits.first(), expectUnits[expectUnits.size() / 2], expectUnits.last()}) {
            Reference one;
            for (auto it = ref.constBegin(); it != ref.constEnd(); ++it)
                if (it.key().second == unit) one.insert(it.key(), it.value());
            auto got = s.readUnitMeasures(QStringLiteral("m"), unit);
            QVERIFY(got.ok());
            compareToReference(*got, one, all);
        }
        QCOMPARE(s.readMeasures(QStringLiteral("m"), {}, QStringLiteral("no such time"))->rowCount(), 0);
        QCOMPARE(s.readUnitMeasures(QStringLiteral("m"), QStringLiteral("no such unit"))->rowCount(), 0);

        // Short decimals are stored as scaled integers (format 3 or 4), everything else as float64.
        const QMap<int, int> formats = rowFormats(path);
        if (Values(values) == Values::Decimals) {
            QCOMPARE(formats.value(1) + formats.value(2), 0);
            QVERIFY(formats.value(3) + formats.value(4) > 0);
        }
        if (Values(values) == Values::Awkward) {   // some blocks each way
            QVERIFY(formats.value(1) + formats.value(2) > 0);
            QVERIFY(formats.value(3) + formats.value(4) > 0);
        }
    }

    // A dense day of 29 fields with four decimals takes 4 bytes a value, not 8.
    void scaledRowsAreHalfTheSize()
    {
        MeasureTable t;
        for (int f = 0; f < 29; ++f) t.fields << QStringLiteral("f%1").arg(f);
        t.columns.resize(29);
        for (int h = 0; h < 24; ++h) {
            QVector<double> v(29);
            for (int f = 0; f < 29; ++f) v[f] = (563642.9 + h * 1000 + f) / 1000.0 * 10.0;   // "5636.429"-like
            for (int f = 0; f < 29; ++f) v[f] = std::round(v[f] * 10000) / 10000;
            t.addRow(QStringLiteral("11110530"), QStringLiteral("2019-01-01T%1").arg(h, 2, 10, QLatin1Char('0')), v);
        }
        const QString path = m_tmp.filePath(QStringLiteral("half.dosi"));
        {
            auto s = ProjectStore::create(path, QStringLiteral("half"));
            LayerInfo info;
            info.name = QStringLiteral("m");
            QVERIFY(s.value()->addMeasureLayer(info, t).ok());
            QVERIFY(s.value()->save().ok());
        }
        QCOMPARE(rowFormats(path), (QMap<int, int>{{3, 1}}));
        QCOMPARE(rowBytes(path), qint64(2 + 29 * 24 * 4));
        auto opened = ProjectStore::open(path);
        auto back = opened.value()->readMeasures(QStringLiteral("m"));
        QVERIFY(back.ok());
        for (int f = 0; f < 29; ++f)
            for (int h = 0; h < 24; ++h) QCOMPARE(bitsOf(back->columns[f][h]), bitsOf(t.columns[f][h]));
    }

    // Bookmarks keep their order, replace by name, rename, refuse duplicates and survive save and open.
    void bookmarks()
    {
        const QString path = m_tmp.filePath(QStringLiteral("bookmarks.dosi"));
        {
            auto s = ProjectStore::create(path, QStringLiteral("views"));
            ProjectStore& p = *s.value();
            QVERIFY(p.bookmarks().isEmpty());
            QVERIFY(p.setBookmark({QStringLiteral("종로 오후"), QJsonObject{{QStringLiteral("scale"), 12.5}}, {}}).ok());
            QVERIFY(p.setBookmark({QStringLiteral("Gangnam"), QJsonObject{{QStringLiteral("time"), QStringLiteral("T1")}}, {}}).ok());
            QVERIFY(p.setBookmark({QStringLiteral("종로 오후"), QJsonObject{{QStringLiteral("scale"), 20.0}}, {}}).ok());
            QVERIFY(!p.setBookmark({QStringLiteral("  "), {}, {}}).ok());
            QVERIFY(!p.renameBookmark(QStringLiteral("Gangnam"), QStringLiteral("종로 오후")).ok());
            QVERIFY(p.renameBookmark(QStringLiteral("Gangnam"), QStringLiteral("강남")).ok());
            QVERIFY(!p.removeBookmark(QStringLiteral("Gangnam")).ok());
            QVERIFY(p.setBookmark({QStringLiteral("gone"), {}, {}}).ok());
            QVERIFY(p.removeBookmark(QStringLiteral("gone")).ok());
            QVERIFY(p.isModified());
            QVERIFY(p.save().ok());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.ok());
        const QList<Bookmark> b = opened.value()->bookmarks();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].name, QStringLiteral("종로 오후"));
        QCOMPARE(b[0].state.value(QStringLiteral("scale")).toDouble(), 20.0);
        QCOMPARE(b[1].name, QStringLiteral("강남"));
        QCOMPARE(b[1].state.value(QStringLiteral("time")).toString(), QStringLiteral("T1"));
        QVERIFY(b[1].created.size() >= 19);
    }

    void duplicateInLaterBlockIsRefused()
    {
        MeasureTable t;
        t.fields = {QStringLiteral("v")};
        for (int h = 0; h < 300; ++h) t.addRow(QStringLiteral("a"), QStringLiteral("T%1").arg(h, 3, 10, QLatin1Char('0')), {double(h)});
        t.addRow(QStringLiteral("a"), QStringLiteral("T250"), {1.0});
        auto s = ProjectStore::create({}, QStringLiteral("dup"));
        LayerInfo info;
        info.name = QStringLiteral("m");
        auto r = s.value()->addMeasureLayer(info, t);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("unit a, time T250 appears twice")), qPrintable(r.errorMessage()));
        QVERIFY(!s.value()->hasLayer(QStringLiteral("m")));
        // The times of the failed layer are not left behind: a layer of the same name works.
        t.units.removeLast();
        t.times.removeLast();
        t.columns[0].removeLast();
        QVERIFY(s.value()->addMeasureLayer(info, t).ok());
        QCOMPARE(s.value()->measureTimes(QStringLiteral("m"))->size(), 300);
        QVERIFY(s.value()->removeLayer(QStringLiteral("m")).ok());
        QVERIFY(s.value()->addMeasureLayer(info, t).ok());
        QCOMPARE(s.value()->measureTimes(QStringLiteral("m"))->size(), 300);
    }

    // saveAndClose moves the working copy into place (or copies it across volumes); the file then
    // opens with everything in it, and the closed store refuses further work without crashing.
    void saveAndCloseWritesTheProject_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("same volume as the working copy") << m_tmp.path();
        // /dev/shm is another file system than the temp folder on Linux: the copy path.
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable()) QTest::newRow("another volume") << QStringLiteral("/dev/shm");
    }

    void saveAndCloseWritesTheProject()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir(folder + QStringLiteral("/dosi-close-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("closed.dosi"));
        const QString source = dir.filePath(QStringLiteral("data/living.csv"));
        Reference ref;
        const MeasureTable t = randomTable(30, 50, 5, 0.8, 7u, &ref);
        {
            auto s = ProjectStore::create(path, QStringLiteral("close"));
            QVERIFY(s.ok());
            LayerInfo info;
            info.name = QStringLiteral("m");
            info.source = source;
            QVERIFY(s.value()->addMeasureLayer(info, t).ok());
            auto r = s.value()->saveAndClose();
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QCOMPARE(s.value()->filePath(), QFileInfo(path).absoluteFilePath());
            QVERIFY(!s.value()->isModified());
            QVERIFY(!s.value()->saveAndClose().ok());   // closed: refused, no crash
            QVERIFY(s.value()->layers().isEmpty());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("closed.dosi")});
        // A new project is an ordinary document (the working copy it came from is owner-only).
        QVERIFY(QFile::permissions(path).testFlag(QFile::ReadOther));
        QVERIFY(QFile::permissions(path).testFlag(QFile::WriteOwner));
#ifndef Q_OS_WIN
        // Saving over a file keeps that file's permissions.
        const QFileDevice::Permissions chosen = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                                | QFile::WriteUser | QFile::ReadGroup | QFile::WriteGroup;
        QVERIFY(QFile::setPermissions(path, chosen));
        {
            auto again = ProjectStore::open(path);
            QVERIFY(again.ok());
            QVERIFY(again.value()->setTitle(QStringLiteral("again")).ok());
            QVERIFY(again.value()->saveAndClose().ok());
        }
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadOther | QFile::WriteOther | QFile::ExeOther), chosen);
        QVERIFY(!QFile::permissions(path).testFlag(QFile::ReadOther));
#endif
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(opened.value()->metaValue(QStringLiteral("saved")).size() > 10);
        QCOMPARE(opened.value()->layer(QStringLiteral("m"))->source, QFileInfo(source).absoluteFilePath());
        auto all = opened.value()->readMeasures(QStringLiteral("m"));
        QVERIFY(all.ok());
        compareToReference(*all, ref, {0, 1, 2, 3, 4});
        // The source path is stored relative to the project's folder.
        QCOMPARE(rawLayerSource(path), QStringLiteral("data/living.csv"));
    }

    // A project opened to read only: no working copy, the same values, sources absolute, edits refused,
    // the file untouched; a file that needs an upgrade still opens (with a working copy).
    void readOnlyOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.dosi"));
        const QString source = dir.filePath(QStringLiteral("data/living.csv"));
        Reference ref;
        const MeasureTable t = randomTable(20, 60, 4, 0.9, 99u, &ref, Values::Decimals);
        {
            auto s = ProjectStore::create(path, QStringLiteral("ro"));
            LayerInfo info;
            info.name = QStringLiteral("m");
            info.source = source;
            QVERIFY(s.value()->addMeasureLayer(info, t).ok());
            QVERIFY(s.value()->save().ok());
        }
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        {
            auto ro = ProjectStore::openReadOnly(path);
            QVERIFY2(ro.ok(), qPrintable(ro.errorMessage()));
            ProjectStore& s = *ro.value();
            QVERIFY(s.isReadOnly());
            QCOMPARE(s.layer(QStringLiteral("m"))->source, QFileInfo(source).absoluteFilePath());
            auto all = s.readMeasures(QStringLiteral("m"));
            QVERIFY(all.ok());
            compareToReference(*all, ref, {0, 1, 2, 3});
            QVERIFY(!s.setTitle(QStringLiteral("changed")).ok());
            QVERIFY(!s.setBookmark({QStringLiteral("b"), {}, {}}).ok());
            const auto saved = s.save();
            QVERIFY(!saved.ok());
            QVERIFY2(saved.errorMessage().contains(QLatin1String("read-only")), qPrintable(saved.errorMessage()));
        }
        const QByteArray after = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(before == after);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ro.dosi")});

        const QString old = dir.filePath(QStringLiteral("v1.dosi"));
        QVERIFY(QFile::copy(QStringLiteral(DOSI_SOURCE_DIR "/tests/data/schema/project-v1.dosi"), old));
        auto upgraded = ProjectStore::openReadOnly(old);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        QVERIFY(!upgraded.value()->isReadOnly());
        QCOMPARE(upgraded.value()->layer(QStringLiteral("living"))->rowCount, qint64(9));

        // Not a project: the same messages as open().
        const QString text = dir.filePath(QStringLiteral("notes.dosi"));
        { QFile f(text); f.open(QIODevice::WriteOnly); f.write("hello"); }
        auto bad = ProjectStore::openReadOnly(text);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorMessage().contains(QLatin1String("not a Dosi project")), qPrintable(bad.errorMessage()));
    }

    // tests/data/schema/project-v1.dosi was written by Dosi 0.1.0 (schema 1, one row per unit and
    // time): a Seoul 행정동 living-population CSV of 3 dongs x 3 hours with one '*' and one "540.",
    // 30 rows of kingkangzza POP5 (2017), and 3 dong boundaries.
    void upgradesSchema1()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v1.dosi"));
        QVERIFY(QFile::copy(QStringLiteral(DOSI_SOURCE_DIR "/tests/data/schema/project-v1.dosi"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto opened = ProjectStore::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            ProjectStore& s = *opened.value();
            QCOMPARE(s.fileSchemaVersion(), 1);
            QCOMPARE(s.schemaVersion(), ProjectStore::SchemaVersion);
            QVERIFY(s.isModified());
            QCOMPARE(s.layer(QStringLiteral("living"))->rowCount, qint64(9));
            QCOMPARE(s.layer(QStringLiteral("population"))->rowCount, qint64(30));
            QCOMPARE(s.layer(QStringLiteral("dong"))->featureCount, qint64(3));
            QVERIFY(s.bookmarks().isEmpty());   // schema 3's table exists
            QVERIFY(s.setBookmark({QStringLiteral("all"), {}, {}}).ok());
            RunInfo run;   // schema 4's run columns exist
            run.kind = QStringLiteral("regen.index");
            run.title = QStringLiteral("baseline");
            run.details = QJsonObject{{QStringLiteral("x"), 1}};
            QVERIFY(s.addRun(run).ok());
            QVERIFY(s.save().ok());
        }
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.ok());
        const ProjectStore& s = *opened.value();
        QCOMPARE(s.fileSchemaVersion(), ProjectStore::SchemaVersion);
        QVERIFY(!s.isModified());
        QCOMPARE(s.runs().size(), 1);
        QCOMPARE(s.run(s.runs()[0].id)->details.value(QStringLiteral("x")).toInt(), 1);
        auto m = s.readMeasures(QStringLiteral("living"), {QStringLiteral("total"), QStringLiteral("male_15_19"),
                                                           QStringLiteral("male_25_29")});
        QVERIFY(m.ok());
        QCOMPARE(m->rowCount(), 9);
        QCOMPARE(m->units[1], QStringLiteral("1111054000"));
        QCOMPARE(m->times[1], QStringLiteral("2019-03-04T00"));
        QCOMPARE(m->columns[0][1], 1100.0037);
        // "540." in 1111053000 at 02h, male 15-19.
        auto two = s.readMeasures(QStringLiteral("living"), {QStringLiteral("male_15_19")}, QStringLiteral("2019-03-04T02"));
        QCOMPARE(two->units[0], QStringLiteral("1111053000"));
        QCOMPARE(two->columns[0][0], 540.0);
        // '*' in 1111055000 at 01h, male 25-29, is still masked.
        auto one = s.readUnitMeasures(QStringLiteral("living"), QStringLiteral("1111055000"), {QStringLiteral("male_25_29")});
        QCOMPARE(one->rowCount(), 3);
        QCOMPARE(one->times[1], QStringLiteral("2019-03-04T01"));
        QVERIFY(isMasked(one->columns[0][1]));
        QVERIFY(!std::isnan(one->columns[0][0]));
        // POP5: 사직동 (1111053000) had 9,441 people in 2017 (the CSV's ALL column).
        auto pop = s.readUnitMeasures(QStringLiteral("population"), QStringLiteral("1111053000"), {QStringLiteral("ALL")});
        QCOMPARE(pop->rowCount(), 1);
        QCOMPARE(pop->times[0], QStringLiteral("2017"));
        QCOMPARE(pop->columns[0][0], 9441.0);
        QCOMPARE(s.readFeatures(QStringLiteral("dong"))->size(), 3);
        QCOMPARE(s.bookmarks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMeasureBlocks)
#include "test_measureblocks.moc"
