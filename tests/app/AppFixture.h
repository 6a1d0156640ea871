#pragma once
// Test fixture for the desktop tests: writes a small project with
//   "dongs"  12 square boundaries (4 x 3 km) in EPSG:5179, codes D01..D12
//   "gu"     2 boundaries covering the west and east halves (outlines)
//   "pop"    hourly measure on "dongs", 2019-03-04T00..T23, fields "total" and "elderly";
//            the ranking of the units reverses every hour, so every hour draws differently.
//   "gu_pop" yearly measure on "gu", 2017..2019, field "pop" (a second thematic layer, on top)

#include "dosi/core/ProjectStore.h"
#include "dosi/core/TimeAxis.h"
#include "dosi/gis/Geometry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace dosi::testing {

// A writable copy of the built sample project (resources/sample.dosi) in `dir`; empty when the sample
// has not been built or cannot be copied.
inline QString copySampleProject(const QTemporaryDir& dir)
{
    const QString sample = QStringLiteral(DOSI_BINARY_DIR "/resources/sample.dosi");
    const QString copy = dir.filePath(QStringLiteral("sample.dosi"));
    if (!QFileInfo::exists(sample) || !QFile::copy(sample, copy)) return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

// The start of a desktop test called `appName`: test paths and settings of its own (cleared), and a
// writable copy of the sample project in `dir` (see copySampleProject()).
inline QString startWithSample(const QString& appName, const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DosiTest"));
    QCoreApplication::setApplicationName(appName);
    QSettings().clear();
    return copySampleProject(dir);
}

// Shows `window` at `size` and waits until it is on screen and active.
inline bool showActive(QWidget* window, const QSize& size)
{
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// With DOSI_SCREENSHOT_DIR set (under xvfb-run with QT_QPA_PLATFORM=xcb), saves the screen as
// DIR/name.png after letting the map render for settleMs.
inline void screenshot(const QString& name, int settleMs)
{
    const QString dir = qEnvironmentVariable("DOSI_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(settleMs);
    QProcess::execute(QStringLiteral("import"),
                      {QStringLiteral("-window"), QStringLiteral("root"), QDir(dir).filePath(name + QStringLiteral(".png"))});
}

// Stored runs whose kind starts with `prefix` ("regen.", "locate.").
inline int runCount(const ProjectStore& store, const QString& prefix)
{
    int n = 0;
    for (const RunInfo& r : store.runs()) n += r.kind.startsWith(prefix) ? 1 : 0;
    return n;
}

inline FeatureRecord squareFeature(double x0, double y0, double w, double h, const QVector<QVariant>& values)
{
    gis::Geometry g;
    g.type = gis::Geometry::Type::Polygon;
    gis::Polygon poly;
    poly.rings << gis::Ring{{x0, y0}, {x0 + w, y0}, {x0 + w, y0 + h}, {x0, y0 + h}, {x0, y0}};
    g.polygons << poly;
    FeatureRecord r;
    r.wkb = g.toWkb();
    r.envelope = Envelope{x0, y0, x0 + w, y0 + h};
    r.values = values;
    return r;
}

// Returns an error message, or an empty string on success.
inline QString writeFixtureProject(const QString& path)
{
    auto created = ProjectStore::create(path, QStringLiteral("Fixture"));
    if (!created) return created.errorMessage();
    ProjectStore& store = *created.value();

    const double x0 = 950000, y0 = 1950000, cell = 1000;
    LayerInfo dongs;
    dongs.name = QStringLiteral("dongs");
    dongs.title = QStringLiteral("Dongs");
    dongs.kind = LayerKind::Boundaries;
    dongs.codeField = QStringLiteral("code");
    dongs.labelField = QStringLiteral("name");
    dongs.fields = {FieldInfo{QStringLiteral("code"), FieldType::Text, {}},
                    FieldInfo{QStringLiteral("name"), FieldType::Text, {}}};
    QVector<FeatureRecord> features;
    QStringList codes;
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 4; ++col) {
            const int i = row * 4 + col;
            const QString code = QStringLiteral("D%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            codes << code;
            features << squareFeature(x0 + col * cell, y0 + row * cell, cell, cell,
                                      {code, QStringLiteral("Dong %1").arg(i + 1)});
        }
    }
    if (auto r = store.addFeatureLayer(dongs, features); !r) return r.errorMessage();

    LayerInfo gu;
    gu.name = QStringLiteral("gu");
    gu.title = QStringLiteral("Gu");
    gu.kind = LayerKind::Boundaries;
    gu.fields = dongs.fields;
    QVector<FeatureRecord> guFeatures;
    guFeatures << squareFeature(x0, y0, 2 * cell, 3 * cell, {QStringLiteral("G1"), QStringLiteral("West")});
    guFeatures << squareFeature(x0 + 2 * cell, y0, 2 * cell, 3 * cell, {QStringLiteral("G2"), QStringLiteral("East")});
    if (auto r = store.addFeatureLayer(gu, guFeatures); !r) return r.errorMessage();

    LayerInfo pop;
    pop.name = QStringLiteral("pop");
    pop.title = QStringLiteral("Living population");
    pop.kind = LayerKind::Measure;
    pop.geometryLayer = QStringLiteral("dongs");
    pop.timeKind = TimeKind::Hour;
    pop.fields = {FieldInfo{QStringLiteral("total"), FieldType::Real, QStringLiteral("Total")},
                  FieldInfo{QStringLiteral("elderly"), FieldType::Real, QStringLiteral("65 and over")}};
    MeasureTable table;
    table.fields = {QStringLiteral("total"), QStringLiteral("elderly")};
    table.columns.resize(2);
    const QDate day(2019, 3, 4);
    for (int h = 0; h < 24; ++h) {
        for (int i = 0; i < codes.size(); ++i) {
            const int rank = (h % 2 == 0) ? i : int(codes.size()) - 1 - i;
            table.addRow(codes.at(i), hourKey(day, h), {1000.0 + 100.0 * rank + h, 50.0 + 7.0 * ((i * 5 + h) % 12)});
        }
    }
    if (auto r = store.addMeasureLayer(pop, table); !r) return r.errorMessage();

    LayerInfo guPop;
    guPop.name = QStringLiteral("gu_pop");
    guPop.title = QStringLiteral("Gu population");
    guPop.kind = LayerKind::Measure;
    guPop.geometryLayer = QStringLiteral("gu");
    guPop.timeKind = TimeKind::Year;
    guPop.fields = {FieldInfo{QStringLiteral("pop"), FieldType::Real, {}}};
    MeasureTable yearly;
    yearly.fields = {QStringLiteral("pop")};
    for (int year = 2017; year <= 2019; ++year) {
        yearly.addRow(QStringLiteral("G1"), yearKey(year), {100000.0 + year});
        yearly.addRow(QStringLiteral("G2"), yearKey(year), {200000.0 - year});
    }
    if (auto r = store.addMeasureLayer(guPop, yearly); !r) return r.errorMessage();
    if (auto r = store.save(); !r) return r.errorMessage();
    return {};
}

// Share of pixels whose colours differ by more than a small tolerance (sum of RGB differences > 24);
// 1 when the sizes differ.
inline double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull()) return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differ = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (qAbs(qRed(p[col]) - qRed(q[col])) + qAbs(qGreen(p[col]) - qGreen(q[col])) + qAbs(qBlue(p[col]) - qBlue(q[col])) > 24)
                ++differ;
    }
    return double(differ) / (double(x.width()) * x.height());
}

}  // namespace dosi::testing
