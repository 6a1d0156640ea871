// importOdTable (any origin-destination table), the zone report and net in/outflow per zone.
#include "dosi/gis/OdImport.h"

#include "OdImportDetail.h"

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/gis/CodeSystem.h"
#include "dosi/gis/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace dosi::gis {

using detail::odCellError;

namespace {

// Period cell -> time key (see OdImport.h): months, dates, years, quarters, date and hour.
constexpr PeriodForms kOdPeriodForms =
    PeriodForm::Year | PeriodForm::Month | PeriodForm::Day | PeriodForm::Hour | PeriodForm::Quarter;

}  // namespace

Result<OdImport> importOdTable(const QString& path, const QString& name, const QString& originColumn,
                               const QString& destColumn, const QString& periodColumn, const QString& countColumn,
                               const QString& encoding)
{
    const QString file = QFileInfo(path).fileName();
    Result<CsvReader> opened = CsvReader::open(path, encoding);
    if (!opened) return opened.error();
    CsvReader& r = opened.value();
    const QStringList h = r.header();
    auto column = [&](const QString& wanted) -> int {
        if (wanted.trimmed().isEmpty()) return -1;
        int i = int(h.indexOf(wanted.trimmed()));
        if (i < 0)
            for (int k = 0; k < h.size(); ++k)
                if (h[k].compare(wanted.trimmed(), Qt::CaseInsensitive) == 0) return k;
        return i;
    };
    const int o = column(originColumn), d = column(destColumn), c = column(countColumn);
    const int p = column(periodColumn);
    const std::pair<int, QString> required[] = {{o, originColumn}, {d, destColumn}, {c, countColumn}};
    for (const auto& [idx, wanted] : required)
        if (idx < 0)
            return makeError(QCoreApplication::translate("dosi::OdImport",
                                                         "%1 line 1: column \"%2\" is missing; its columns are: %3")
                                 .arg(file, wanted, h.join(QStringLiteral(", "))));
    if (!periodColumn.trimmed().isEmpty() && p < 0)
        return makeError(
            QCoreApplication::translate("dosi::OdImport", "%1 line 1: column \"%2\" is missing; its columns are: %3")
                .arg(file, periodColumn, h.join(QStringLiteral(", "))));

    detail::OdAccumulator acc;
    OdImport out;
    TimeKind kind = TimeKind::None;
    QHash<quint64, int> seen;
    QHash<QString, QPair<QString, TimeKind>> periods;
    bool sawMonth = false;
    QStringList f;
    int line = 0;
    while (r.next(&f, &line)) {
        if (QString e = detail::checkRecord(file, h, f, line, seen); !e.isEmpty()) return makeError(e);
        const QString origin = toMois10(f[o]);
        const QString dest = toMois10(f[d]);
        if (origin.isEmpty())
            return makeError(odCellError(file, line, h[o],
                                         QCoreApplication::translate("dosi::OdImport", "the origin code is empty.")));
        if (dest.isEmpty())
            return makeError(odCellError(
                file, line, h[d], QCoreApplication::translate("dosi::OdImport", "the destination code is empty.")));
        QString timeKey;
        if (p >= 0) {
            auto it = periods.constFind(f[p]);
            if (it == periods.constEnd()) {
                PeriodKey period;
                if (!parsePeriodKey(f[p], kOdPeriodForms, &period))
                    return makeError(odCellError(
                        file, line, h[p],
                        QCoreApplication::translate("dosi::OdImport",
                                                    "\"%1\" is not a period (YYYYMM month, date, year, quarter "
                                                    "or date and hour).")
                            .arg(f[p])));
                it = periods.insert(f[p], qMakePair(period.key, period.kind));
                sawMonth = sawMonth || period.month;
            }
            timeKey = it->first;
            if (kind != TimeKind::None && it->second != kind)
                return makeError(odCellError(
                    file, line, h[p],
                    QCoreApplication::translate("dosi::OdImport", "\"%1\" is a %2 but earlier rows hold %3 values.")
                        .arg(f[p], timeKindName(it->second), timeKindName(kind))));
            kind = it->second;
        }
        double count = 0;
        if (!parseNumber(f[c], &count) || isMissing(count) || count < 0)
            return makeError(odCellError(
                file, line, h[c],
                QCoreApplication::translate("dosi::OdImport", "\"%1\" is not a count (a number >= 0 or * for masked).")
                    .arg(f[c])));
        detail::OdCell& cell = acc.cell(acc.zone(origin), acc.zone(dest), acc.time(timeKey));
        cell.add(0, count);
        if (isMasked(count)) {
            ++cell.maskedRecords;
            ++out.maskedRecords;
        }
        ++out.rowsRead;
    }
    if (!r.errorMessage().isEmpty()) return makeError(r.errorMessage());
    if (out.rowsRead == 0)
        return makeError(QCoreApplication::translate("dosi::OdImport", "%1 has a header but no data rows.").arg(file));

    out.table = acc.finish({QStringLiteral("count")}, false, &out.maskedCells);
    out.zones = acc.zones();
    std::sort(out.zones.begin(), out.zones.end());
    out.format = QStringLiteral("od-table-csv");
    out.info.fields.append(
        FieldInfo{QStringLiteral("count"), FieldType::Real,
                  QCoreApplication::translate("dosi::OdImport", "%1 (masked parts left out, see masked)").arg(h[c])});
    out.info.fields.append(FieldInfo{
        QStringLiteral("masked"), FieldType::Integer,
        QCoreApplication::translate("dosi::OdImport", "records with a masked count (*) not included in count")});
    out.info.name = name;
    out.info.title = name;
    out.info.kind = LayerKind::Measure;
    out.info.timeKind = kind;
    out.info.source = QFileInfo(path).absoluteFilePath();
    out.info.rowCount = out.table.rowCount();
    setOdZoneLayer(out.info, QString());
    if (out.table.rowCount() < out.rowsRead)
        out.warnings.append(
            QCoreApplication::translate("dosi::OdImport",
                                        "%1: %2 rows were summed into %3 (origin, destination, period) cells.")
                .arg(file)
                .arg(out.rowsRead)
                .arg(out.table.rowCount()));
    if (out.maskedRecords > 0)
        out.warnings.append(
            QCoreApplication::translate("dosi::OdImport",
                                        "%1 record(s) had a masked count (*): each OD cell holds the sum of its known "
                                        "records and counts the masked ones in \"masked\"; %2 cell(s) are entirely "
                                        "masked.")
                .arg(out.maskedRecords)
                .arg(out.maskedCells));
    if (sawMonth)
        out.warnings.append(
            QCoreApplication::translate("dosi::OdImport",
                                        "%1: months are stored as the day key of their first day (YYYY-MM-01).")
                .arg(file));
    return out;
}

QString OdZoneReport::summary() const
{
    const int total = int(matched.size() + outside.size());
    QString s = QCoreApplication::translate("dosi::OdImport", "%1 of %2 zones in the boundaries")
                    .arg(matched.size())
                    .arg(total);
    if (!outside.isEmpty()) {
        QStringList shown = outside.mid(0, 10);
        if (outside.size() > 10) shown << QStringLiteral("…");
        s += QCoreApplication::translate("dosi::OdImport", "; %1 outside (%2 OD rows): %3")
                 .arg(outside.size())
                 .arg(recordsOutside)
                 .arg(shown.join(QStringLiteral(", ")));
    }
    return s;
}

OdZoneReport odZoneReport(const MeasureTable& od, const QStringList& boundaryCodes)
{
    const QSet<QString> known(boundaryCodes.cbegin(), boundaryCodes.cend());
    QSet<QString> in, out;
    OdZoneReport rep;
    QString a, b;
    for (const QString& unit : od.units) {
        if (!splitOdUnit(unit, &a, &b)) continue;
        bool outside = false;
        for (const QString& z : {a, b}) {
            if (known.contains(z))
                in.insert(z);
            else {
                out.insert(z);
                outside = true;
            }
        }
        if (outside) ++rep.recordsOutside;
    }
    rep.matched = QStringList(in.cbegin(), in.cend());
    rep.outside = QStringList(out.cbegin(), out.cend());
    rep.matched.sort();
    rep.outside.sort();
    return rep;
}

namespace {

struct Side {
    double sum = 0;
    int known = 0;
    int masked = 0;
    void add(double v)
    {
        if (isMasked(v))
            ++masked;
        else if (hasValue(v)) {
            sum += v;
            ++known;
        }
    }
    double value() const { return known > 0 || masked == 0 ? sum : maskedValue(); }
};

}  // namespace

QVector<NetFlow> netFlows(const MeasureTable& od, const QString& field)
{
    const int fi = od.fieldIndex(field);
    if (fi < 0) return {};
    struct Acc {
        Side in, out, internal;
    };
    QMap<QPair<QString, QString>, Acc> acc;  // (zone, time) -> sums, ordered
    QString a, b;
    for (int r = 0; r < od.rowCount(); ++r) {
        if (!splitOdUnit(od.units[r], &a, &b)) continue;
        const double v = od.columns[fi][r];
        const QString& t = od.times[r];
        if (a == b) {
            acc[qMakePair(a, t)].internal.add(v);
        } else {
            acc[qMakePair(a, t)].out.add(v);
            acc[qMakePair(b, t)].in.add(v);
        }
    }
    QVector<NetFlow> flows;
    flows.reserve(acc.size());
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        NetFlow n;
        n.zone = it.key().first;
        n.time = it.key().second;
        n.inflow = it->in.value();
        n.outflow = it->out.value();
        n.internal = it->internal.value();
        n.net = (isMasked(n.inflow) || isMasked(n.outflow)) ? maskedValue() : n.inflow - n.outflow;
        n.masked = it->in.masked + it->out.masked + it->internal.masked;
        flows.append(n);
    }
    return flows;
}

MeasureTable netFlowTable(const QVector<NetFlow>& flows)
{
    MeasureTable t;
    t.fields = QStringList{QStringLiteral("inflow"), QStringLiteral("outflow"), QStringLiteral("internal"),
                           QStringLiteral("net"), QStringLiteral("masked")};
    t.columns.resize(5);
    for (const NetFlow& n : flows)
        t.addRow(n.zone, n.time, {n.inflow, n.outflow, n.internal, n.net, double(n.masked)});
    return t;
}

}  // namespace dosi::gis
