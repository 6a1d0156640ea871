// summarizeLayer on a project holding the real Seoul boundaries and the real hanbyul week (2019-03-04),
// golden figures computed independently from the JSON and GeoJSON with Python's json module; and the
// query plan of the one-hour measure query (as readMeasures issues it), read with sqlite3 directly.
#include "dosi/core/ProjectStore.h"
#include "dosi/core/Values.h"
#include "dosi/gis/LayerSummary.h"
#include "dosi/gis/MeasureImport.h"
#include "dosi/gis/VectorImport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

#include <cmath>

using namespace dosi;
using namespace dosi::gis;

namespace {

const QString kSample = QStringLiteral(DOSI_SOURCE_DIR "/resources/sample");

QString quoteId(const QString& id)
{
    QString q = id;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// EXPLAIN QUERY PLAN rows (the "detail" column).
QStringList queryPlan(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    QStringList out;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open")};
    }
    sqlite3_stmt* st = nullptr;
    const QByteArray q = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
    if (sqlite3_prepare_v2(db, q.constData(), -1, &st, nullptr) != SQLITE_OK) {
        out << QStringLiteral("prepare failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

}  // namespace

class TestLayerSummary : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
    int m_maskedAtImport = -1;
    qint64 m_missingAtImport = -1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("summary.dosi"));
        auto created = ProjectStore::create(m_path, QStringLiteral("summary"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_store = std::move(created).value();

        auto dongs = importVector(kSample + QStringLiteral("/hangjeongdong_seoul_ver20210401.geojson"),
                                  QStringLiteral("dongs"), {});
        QVERIFY2(dongs.ok(), qPrintable(dongs.errorMessage()));
        QVERIFY(m_store->addFeatureLayer(dongs->info, dongs->features).ok());

        auto living = importLivingPopulation({kSample + QStringLiteral("/hanbyul_week20190304_dong_hourly_whole.json")},
                                             QStringLiteral("living"));
        QVERIFY2(living.ok(), qPrintable(living.errorMessage()));
        m_maskedAtImport = living->maskedCount;
        m_missingAtImport = 0;
        for (const auto& col : living->table.columns)
            for (double v : col) m_missingAtImport += isMissing(v) ? 1 : 0;
        living->info.geometryLayer = QStringLiteral("dongs");
        QVERIFY(m_store->addMeasureLayer(living->info, living->table).ok());
        auto saved = m_store->save();
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    }

    void measureLayer()
    {
        auto r = summarizeLayer(*m_store, QStringLiteral("living"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const LayerSummary& s = r.value();
        QCOMPARE(s.kind, LayerKind::Measure);
        QCOMPARE(s.timeKind, TimeKind::Hour);
        QCOMPARE(s.units, 424);
        QCOMPARE(s.times, 168);
        QCOMPARE(s.firstTime, QStringLiteral("2019-03-04T00"));
        QCOMPARE(s.lastTime, QStringLiteral("2019-03-10T23"));
        QCOMPARE(s.rows, qint64(424 * 168));
        QCOMPARE(s.absentRows, qint64(0));
        QCOMPARE(s.fields, 9);
        QCOMPARE(s.values, qint64(424 * 168 * 9));
        // The JSON holds no '*' and no nulls (Python count); the store must give back what the import read.
        QCOMPARE(s.maskedValues, qint64(m_maskedAtImport));
        QCOMPARE(s.maskedValues, qint64(0));
        QCOMPARE(s.missingValues, m_missingAtImport);
        QCOMPARE(s.maskedShare, 0.0);
        // Join (Python: 418 common codes; 6 codes of the 2019 data are pre-2021 Gangdong/Songpa codes).
        QVERIFY(s.joined);
        QCOMPARE(s.geometryLayer, QStringLiteral("dongs"));
        QCOMPARE(s.join.layerUnits, 425);
        QCOMPARE(s.join.matched, 418);
        QCOMPARE(s.join.unmatchedInTable,
                 QStringList({"1130559000", "1130560000", "1130560600", "1130561000", "1130562000", "1130563000"}));
        QCOMPARE(s.join.unitsWithoutData.size(), 7);
        QVERIFY(s.join.unitsWithoutData.contains(QStringLiteral("1153080000")));
        QVERIFY2(s.text().contains(QStringLiteral("418 of 425")), qPrintable(s.text()));
    }

    void maskedShareCounted()
    {
        MeasureTable t;
        t.fields = {QStringLiteral("a"), QStringLiteral("b")};
        t.addRow(QStringLiteral("1111053000"), QStringLiteral("2019-03-04T00"), {1, maskedValue()});
        t.addRow(QStringLiteral("1111053000"), QStringLiteral("2019-03-04T01"), {missingValue(), maskedValue()});
        t.addRow(QStringLiteral("9999999999"), QStringLiteral("2019-03-04T00"), {3, 4});
        LayerInfo info;
        info.name = QStringLiteral("small");
        info.timeKind = TimeKind::Hour;
        info.geometryLayer = QStringLiteral("dongs");
        QVERIFY(m_store->addMeasureLayer(info, t).ok());
        auto r = summarizeLayer(*m_store, QStringLiteral("small"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->values, qint64(6));
        QCOMPARE(r->maskedValues, qint64(2));
        QCOMPARE(r->missingValues, qint64(1));
        QCOMPARE(r->maskedShare, 2.0 / 6.0);
        QCOMPARE(r->missingShare, 1.0 / 6.0);
        QCOMPARE(r->absentRows, qint64(1));  // 9999999999 has no 01h record
        QCOMPARE(r->join.matched, 1);
        QCOMPARE(r->join.unmatchedInTable, QStringList({"9999999999"}));
        QVERIFY(m_store->removeLayer(QStringLiteral("small")).ok());
    }

    void featureLayer()
    {
        auto r = summarizeLayer(*m_store, QStringLiteral("dongs"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->rows, qint64(425));
        QCOMPARE(r->units, 425);
        QVERIFY(!summarizeLayer(*m_store, QStringLiteral("nope")).ok());
    }

    // The queries behind readMeasures(layer, {field}, time) and readUnitMeasures(layer, unit) must be
    // served by indexes, never a SCAN of the measure table: the time key is looked up in
    // dosi_measure_times, then the block is read by (block, unit) or the unit by (unit, block).
    void oneHourQueryUsesIndex()
    {
        const auto info = m_store->layer(QStringLiteral("living"));
        QVERIFY(info.has_value());
        const QString t = quoteId(info->table);
        const QStringList queries = {
            QStringLiteral("SELECT time, block, slot FROM dosi_measure_times WHERE table_name = '%1' AND time = "
                           "'2019-03-05T08' ORDER BY block, slot").arg(info->table),
            QStringLiteral("SELECT unit, block, data FROM %1 WHERE block = 1 ORDER BY block, unit").arg(t),
            QStringLiteral("SELECT unit, block, data FROM %1 WHERE unit = '1111053000' ORDER BY block, unit").arg(t),
        };
        for (const QString& sql : queries) {
            const QStringList plan = queryPlan(m_path, sql);
            const QString text = plan.join(QStringLiteral(" | "));
            qInfo("plan: %s", qPrintable(text));
            QVERIFY2(!plan.isEmpty(), "no plan");
            QVERIFY2(text.startsWith(QStringLiteral("SEARCH "))
                         && (text.contains(QStringLiteral("INDEX")) || text.contains(QStringLiteral("PRIMARY KEY"))),
                     qPrintable(text));
            for (const QString& step : plan)
                QVERIFY2(!step.startsWith(QStringLiteral("SCAN ")) && !step.contains(QStringLiteral("TEMP B-TREE")),
                         qPrintable(text));
        }
        // And the values come back: 424 units for that hour, every hour for one unit.
        auto hour = m_store->readMeasures(QStringLiteral("living"), {QStringLiteral("total")}, QStringLiteral("2019-03-05T08"));
        QVERIFY(hour.ok());
        QCOMPARE(hour->rowCount(), 424);
        auto unit = m_store->readUnitMeasures(QStringLiteral("living"), QStringLiteral("1111053000"), {QStringLiteral("total")});
        QVERIFY2(unit.ok(), qPrintable(unit.errorMessage()));
        QCOMPARE(unit->rowCount(), int(m_store->measureTimes(QStringLiteral("living"))->size()));
        QVERIFY(unit->rowCount() >= 168);
        QVERIFY(std::is_sorted(unit->times.begin(), unit->times.end()));
        // The unit's series agrees with the hour map at that hour.
        const int inHour = int(hour->units.indexOf(QStringLiteral("1111053000")));
        const int inSeries = int(unit->times.indexOf(QStringLiteral("2019-03-05T08")));
        QVERIFY(inHour >= 0 && inSeries >= 0);
        QCOMPARE(unit->columns[0][inSeries], hour->columns[0][inHour]);
    }
};

QTEST_GUILESS_MAIN(TestLayerSummary)
#include "test_layersummary.moc"
