// ImportJob, the kinds of the CLI's movement, sales and points-from-CSV imports: preview (with a dry run on the
// first file or its first lines), run (any thread) and commit (GUI thread).
#include "ImportJobDetail.h"

#include "dosi/gis/CsvReader.h"
#include "dosi/gis/LayerFeatures.h"
#include "dosi/gis/PointImport.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dosi::desktop::detail {

namespace {

const QString kSeoulOd = QStringLiteral("seoul-od-csv");
const QString kOdTable = QStringLiteral("od-table-csv");

QString firstToLast(QStringList times)
{
    times.removeAll(QString());
    if (times.isEmpty()) return {};
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times.size() == 1 ? times.first()
                             : ImportJobTr::tr("%1 to %2 (%3)").arg(times.first(), times.last()).arg(times.size());
}

// The header of a delimited file from its first line only (big movement files are read once, by the importer).
Result<QStringList> headerOf(const QString& path, const QString& encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return makeError(ImportJobTr::tr("Cannot open %1: %2").arg(shown(path), f.errorString()));
    const QString name = QFileInfo(path).fileName();
    auto text = gis::decodeText(f.readLine(), encoding, name);
    if (!text) return text.error();
    return gis::CsvReader::fromText(text.value(), name).header();
}

// Column guesses for origin-destination tables (KOSTAT 인구이동, Seoul 생활이동 행정동, HTS extracts, ...).
void guessOdColumns(const QStringList& columns, QMap<Column, QString>* detected)
{
    const auto has = [](const QString& col, std::initializer_list<const char*> parts) {
        const QString lower = col.toLower();
        return std::any_of(parts.begin(), parts.end(), [&](const char* p) { return lower.contains(QString::fromUtf8(p)); });
    };
    (*detected)[Column::Origin] = guessColumn(
        columns,
        {QStringLiteral("origin"), QStringLiteral("o_code"), QStringLiteral("o_admdong_cd"), QStringLiteral("from"),
         QStringLiteral("출발 행정동 코드"), QStringLiteral("출발_행정동_코드"), QStringLiteral("출발지코드"),
         QStringLiteral("전출행정기관코드")},
        [&](const QString& c) { return c.toLower().startsWith(QLatin1String("o_")) || has(c, {"origin", "출발", "전출"}); });
    (*detected)[Column::Dest] = guessColumn(
        columns,
        {QStringLiteral("destination"), QStringLiteral("dest"), QStringLiteral("d_code"), QStringLiteral("d_admdong_cd"),
         QStringLiteral("to"), QStringLiteral("도착 행정동 코드"), QStringLiteral("도착_행정동_코드"),
         QStringLiteral("도착지코드"), QStringLiteral("전입행정기관코드")},
        [&](const QString& c) { return c.toLower().startsWith(QLatin1String("d_")) || has(c, {"dest", "도착", "전입"}); });
    (*detected)[Column::Count] = guessColumn(
        columns,
        {QStringLiteral("count"), QStringLiteral("cnt"), QStringLiteral("flow"), QStringLiteral("trips"),
         QStringLiteral("movers"), QStringLiteral("이동인구(합)"), QStringLiteral("이동인구"), QStringLiteral("이동자수")},
        [&](const QString& c) { return has(c, {"cnt", "count", "이동인구"}); });
    (*detected)[Column::Period] = guessColumn(
        columns,
        {QStringLiteral("period"), QStringLiteral("month"), QStringLiteral("ym"), QStringLiteral("yyyymm"),
         QStringLiteral("대상연월"), QStringLiteral("기준연월"), QStringLiteral("기준년월"), QStringLiteral("date"),
         QStringLiteral("year")},
        {});
}

// The CRS the x/y values of the first rows suggest ("" = no guess); *note says how sure the guess is.
QString guessCrs(const ImportPreview& p, const QString& xCol, const QString& yCol, QString* note)
{
    const int xi = int(p.header.indexOf(xCol)), yi = int(p.header.indexOf(yCol));
    if (xi < 0 || yi < 0) return {};
    constexpr double inf = std::numeric_limits<double>::infinity();
    double minX = inf, maxX = -inf, minY = inf, maxY = -inf;
    for (const QStringList& row : p.rows) {
        double x = 0, y = 0;
        if (!gis::parseNumber(row.value(xi), &x) || !gis::parseNumber(row.value(yi), &y) || !std::isfinite(x)
            || !std::isfinite(y))
            continue;
        minX = std::min(minX, x), maxX = std::max(maxX, x), minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    const auto within = [&](double x0, double x1, double y0, double y1) {
        return minX <= maxX && minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1;
    };
    if (within(120, 135, 30, 45)) return QStringLiteral("EPSG:4326");
    if (within(600000, 1500000, 1400000, 2300000)) return QStringLiteral("EPSG:5179");
    if (within(-100000, 700000, -200000, 800000)) {
        *note = ImportJobTr::tr("guessed from the values; EPSG:5186 and EPSG:5174 give similar numbers");
        return QStringLiteral("EPSG:5181");
    }
    return {};
}

bool looksLikeLatLon(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(','));
    double lat = 0, lon = 0;
    return parts.size() == 2 && gis::parseNumber(parts[0], &lat) && gis::parseNumber(parts[1], &lon) && std::fabs(lat) <= 90
        && std::fabs(lon) <= 180 && std::fabs(lat) > 0;
}

gis::PointCsvOptions pointOptions(const ImportRequest& r)
{
    gis::PointCsvOptions o;
    o.latLonColumn = r.column(Column::LatLon);
    if (o.latLonColumn.isEmpty()) {
        o.xColumn = r.column(Column::X);
        o.yColumn = r.column(Column::Y);
    }
    o.crs = r.crs.trimmed();   // with a lat,lon column: "" = EPSG:4326
    o.idField = r.column(Column::Code);
    o.labelField = r.column(Column::Label);
    o.encoding = r.encoding;
    o.skipInvalid = r.skipInvalid;
    return o;
}

QString notSeoulMovement(const QString& file, const QStringList& header)
{
    return ImportJobTr::tr("%1 is not a Seoul movement (OA-22300) file; choose its origin, destination and count "
                           "columns (its columns are: %2).")
        .arg(shown(file), header.join(QStringLiteral(", ")));
}

}  // namespace

// --- Movement ---------------------------------------------------------------------------

Result<void> previewMovement(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                             ImportPreview* out)
{
    const QString first = request.files.first();
    if (auto r = readCsvHead(first, request.encoding, maxRows, out); !r) return r;
    out->columns = out->header;
    if (gis::isSeoulMovementHeader(out->header)) {
        out->format = kSeoulOd;
        out->facts << ImportJobTr::tr("Schema: %1").arg(ImportJobTr::tr("Seoul movement by origin and destination (OA-22300)"));
        const DryRunFile dryFile(first, true);
        auto dry = gis::importSeoulMovement({dryFile.path()}, QStringLiteral("preview"),
                                            [&cancelled](int, int) { return !cancelled(); });
        if (!dry) {
            out->problem = dryFile.problem(dry.errorMessage());
            return {};
        }
        out->facts << dryFile.fact(ImportJobTr::tr("%1 record(s) in %2 origin-destination cell(s), %3 zone(s), "
                                                          "%4 masked count(s)")
                                              .arg(dry->rowsRead)
                                              .arg(dry->table.rowCount())
                                              .arg(dry->zones.size())
                                              .arg(dry->maskedRecords));
        out->facts << ImportJobTr::tr("Hours: %1").arg(firstToLast(dry->table.times));
        return {};
    }
    out->format = kOdTable;
    out->facts << ImportJobTr::tr("Schema: %1").arg(ImportJobTr::tr("origin-destination table"));
    guessOdColumns(out->columns, &out->detected);
    const QString origin = out->detected.value(Column::Origin), dest = out->detected.value(Column::Dest),
                  count = out->detected.value(Column::Count), period = out->detected.value(Column::Period);
    if (origin.isEmpty() || dest.isEmpty() || count.isEmpty()) {
        out->problem = ImportJobTr::tr("This is not a Seoul movement (OA-22300) file, and its origin, destination and "
                                       "count columns were not all detected: choose them on the next page.");
        return {};
    }
    out->facts << ImportJobTr::tr("Origin: %1, destination: %2, count: %3, period: %4")
                      .arg(origin, dest, count, period.isEmpty() ? ImportJobTr::tr("none") : period);
    const DryRunFile dryFile(first, true);
    auto dry = gis::importOdTable(dryFile.path(), QStringLiteral("preview"), origin, dest, period,
                                  count, request.encoding);
    if (!dry) {
        out->problem = dryFile.problem(dry.errorMessage());
        return {};
    }
    out->facts << dryFile.fact(ImportJobTr::tr("%1 record(s) in %2 origin-destination cell(s), %3 zone(s)")
                                          .arg(dry->rowsRead)
                                          .arg(dry->table.rowCount())
                                          .arg(dry->zones.size()));
    if (request.files.size() > 1)
        out->problem = ImportJobTr::tr("%1 is not a Seoul movement (OA-22300) file; another origin-destination table is "
                                       "imported one file at a time.")
                           .arg(shown(first));
    return {};
}

Result<void> runMovement(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out)
{
    const QString first = request.files.first();
    auto header = headerOf(first, request.encoding);
    if (!header) return header.error();
    Result<gis::OdImport> imported = makeError(QString());
    if (gis::isSeoulMovementHeader(header.value())) {
        imported = gis::importSeoulMovement(request.files, request.layerName, progress);
    } else {
        if (request.files.size() != 1 || request.column(Column::Origin).isEmpty() || request.column(Column::Dest).isEmpty()
            || request.column(Column::Count).isEmpty())
            return makeError(notSeoulMovement(first, header.value()));
        imported = runWhole<gis::OdImport>(progress, first, [&] {
            return gis::importOdTable(first, request.layerName, request.column(Column::Origin), request.column(Column::Dest),
                                      request.column(Column::Period), request.column(Column::Count), request.encoding);
        });
    }
    if (!imported) return imported.error();
    out->od = std::move(imported).value();
    return {};
}

Result<void> commitOd(ProjectStore& store, gis::OdImport& od, const ImportRequest& request, ImportSummary* summary)
{
    const auto zoneScore = [&od](const QStringList& codes, QString* text) {
        const gis::OdZoneReport r = gis::odZoneReport(od.table, codes);
        *text = r.summary();
        return int(r.matched.size());
    };
    QString zones, report;
    if (request.zoneLayer.isEmpty()) {
        zones = bestFeatureLayer(store, {}, zoneScore, &report);
    } else {
        const std::optional<LayerInfo> layer = store.layer(request.zoneLayer);
        if (!layer || !layer->isFeatureLayer())
            return makeError(ImportJobTr::tr("The project has no feature layer named \"%1\".").arg(request.zoneLayer));
        zones = layer->name;
        zoneScore(gis::featureCodes(store, *layer), &report);
    }
    gis::setOdZoneLayer(od.info, zones);
    if (auto r = store.addMeasureLayer(od.info, od.table); !r) return r;
    summary->geometryLayer = zones;
    summary->lines << ImportJobTr::tr("Imported %1 record(s) from %2 file(s) into %3 origin-destination cell(s) (%4).")
                          .arg(od.rowsRead)
                          .arg(request.files.size())
                          .arg(od.table.rowCount())
                          .arg(od.format == kSeoulOd ? ImportJobTr::tr("Seoul movement by origin and destination (OA-22300)")
                                                     : ImportJobTr::tr("origin-destination table"));
    summary->lines << ImportJobTr::tr("%1 masked count(s) kept as masked.").arg(od.maskedRecords);
    if (zones.isEmpty())
        summary->warnings << ImportJobTr::tr("No feature layer has these zone codes; the layer is stored without zones.");
    else
        summary->lines << ImportJobTr::tr("Zones of layer \"%1\": %2").arg(zones, report);
    summary->warnings << od.warnings;
    return {};
}

// --- Sales ------------------------------------------------------------------------------

Result<void> previewSales(const ImportRequest& request, const std::function<bool()>& cancelled, int maxRows,
                          ImportPreview* out)
{
    const QString first = request.files.first();
    if (auto r = readCsvHead(first, QString(), maxRows, out); !r) return r;
    out->columns = out->header;
    out->format = QStringLiteral("seoul-sales-csv");
    out->facts << ImportJobTr::tr("Schema: %1").arg(ImportJobTr::tr("Seoul estimated card sales by commercial area"));
    if (request.areasFile.isEmpty()) {
        out->problem = ImportJobTr::tr("Choose the commercial-area file on the first page.");
        return {};
    }
    if (request.zones.polygons.isEmpty()) {
        out->problem = ImportJobTr::tr("The project has no boundary layer to place the commercial areas in; import the "
                                       "dong boundaries first.");
        return {};
    }
    const DryRunFile dryFile(first, true);
    auto dry = gis::importSales({dryFile.path()}, request.areasFile, request.zones.polygons,
                                request.zones.codes, QStringLiteral("preview"),
                                [&cancelled](int, int) { return !cancelled(); });
    if (!dry) {
        out->problem = dryFile.problem(dry.errorMessage());
        return {};
    }
    const gis::SalesPlacement& pl = dry->placement;
    out->facts << ImportJobTr::tr("Commercial areas: %1 read from %2, %3 placed in a dong of \"%4\"")
                      .arg(pl.areasRead)
                      .arg(QFileInfo(request.areasFile).fileName())
                      .arg(pl.placed)
                      .arg(request.zones.layer);
    out->facts << dryFile.fact(ImportJobTr::tr("%1 sales row(s) of %2 commercial area(s), %3 placed in a dong")
                                          .arg(dry->rowsRead)
                                          .arg(dry->salesAreas.size())
                                          .arg(dry->rowsPlaced));
    out->facts << ImportJobTr::tr("Quarters: %1").arg(firstToLast(dry->table.times));
    return {};
}

Result<void> runSales(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out)
{
    if (request.areasFile.isEmpty()) return makeError(ImportJobTr::tr("Choose the commercial-area file on the first page."));
    if (request.zones.polygons.isEmpty())
        return makeError(ImportJobTr::tr("The project has no boundary layer to place the commercial areas in; import the "
                                         "dong boundaries first."));
    auto imported = gis::importSales(request.files, request.areasFile, request.zones.polygons, request.zones.codes,
                                     request.layerName, progress);
    if (!imported) return imported.error();
    out->sales = std::move(imported).value();
    return {};
}

Result<void> commitSales(ProjectStore& store, gis::SalesImport& s, const ImportRequest& request, ImportSummary* summary)
{
    s.info.geometryLayer = request.zones.layer;
    s.industryInfo.geometryLayer.clear();   // units are "DONG|INDUSTRY", not features of the dong layer
    if (auto r = store.addMeasureLayer(s.info, s.table); !r) return r;
    if (auto r = store.addMeasureLayer(s.industryInfo, s.industryTable); !r) {
        (void)store.removeLayer(s.info.name);   // all or nothing
        return r;
    }
    const gis::SalesPlacement& pl = s.placement;
    summary->geometryLayer = request.zones.layer;
    summary->lines << ImportJobTr::tr("Commercial areas in %1: %2 read, %3 placed in a dong of \"%4\", %5 in no dong.")
                          .arg(shown(request.areasFile))
                          .arg(pl.areasRead)
                          .arg(pl.placed)
                          .arg(request.zones.layer)
                          .arg(pl.unplaced.size());
    if (pl.withFileCode > 0)
        summary->lines << ImportJobTr::tr("The areas file's own dong code agrees with the polygon for %1 of %2 (%3 %).")
                              .arg(pl.agreeing)
                              .arg(pl.withFileCode)
                              .arg(100.0 * pl.agreementShare(), 0, 'f', 1);
    summary->lines << ImportJobTr::tr("Imported %1 of %2 sales row(s) from %3 file(s): \"%4\" has %5 record(s) by dong and "
                                      "quarter, \"%6\" has %7 record(s) by dong, industry and quarter.")
                          .arg(s.rowsPlaced)
                          .arg(s.rowsRead)
                          .arg(request.files.size())
                          .arg(s.info.name)
                          .arg(s.table.rowCount())
                          .arg(s.industryInfo.name)
                          .arg(s.industryTable.rowCount());
    summary->warnings << s.warnings;
    return {};
}

// --- Points from CSV --------------------------------------------------------------------

Result<void> previewPointsCsv(const ImportRequest& request, int maxRows, ImportPreview* out)
{
    const QString first = request.files.first();
    if (auto r = readCsvHead(first, request.encoding, maxRows, out); !r) return r;
    out->columns = out->header;
    out->format = QStringLiteral("points-csv");
    const QStringList& cols = out->columns;
    QString x = guessColumn(cols,
                            {QStringLiteral("x"), QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"),
                             QStringLiteral("경도"), QStringLiteral("XCNTS_VALUE"), QStringLiteral("엑스좌표_값"),
                             QStringLiteral("x좌표"), QStringLiteral("좌표x"), QStringLiteral("point_x")},
                            {});
    QString y = guessColumn(cols,
                            {QStringLiteral("y"), QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("위도"),
                             QStringLiteral("YDNTS_VALUE"), QStringLiteral("와이좌표_값"), QStringLiteral("y좌표"),
                             QStringLiteral("좌표y"), QStringLiteral("point_y")},
                            {});
    QString note;
    QString crs = guessCrs(*out, x, y, &note);
    if (crs.isEmpty() && !guessCrs(*out, y, x, &note).isEmpty()) {   // latitude in the "x" column
        std::swap(x, y);
        crs = guessCrs(*out, x, y, &note);
    }
    const QString latLon = x.isEmpty() || y.isEmpty()
        ? guessColumn(cols, {QStringLiteral("위도경도"), QStringLiteral("latlon"), QStringLiteral("lat_lon")},
                      [&](const QString& c) {
                          const int i = int(out->header.indexOf(c));
                          return !out->rows.isEmpty() && looksLikeLatLon(out->rows.first().value(i));
                      })
        : QString();
    if (!latLon.isEmpty()) x.clear(), y.clear(), crs = QStringLiteral("EPSG:4326"), note.clear();
    out->detected[Column::X] = x;
    out->detected[Column::Y] = y;
    out->detected[Column::LatLon] = latLon;
    out->detected[Column::Code] = guessColumn(cols, {QStringLiteral("id"), QStringLiteral("fid"), QStringLiteral("관리번호")}, {});
    out->detected[Column::Label] = guessColumn(cols,
                                               {QStringLiteral("name"), QStringLiteral("명칭"), QStringLiteral("시설명"),
                                                QStringLiteral("충전소명"), QStringLiteral("TRDAR_CD_NM"),
                                                QStringLiteral("상권_코드_명")},
                                               {});
    out->detectedCrs = crs;
    if (latLon.isEmpty() && (x.isEmpty() || y.isEmpty())) {
        out->problem = ImportJobTr::tr("No coordinate columns were detected: choose the x and y columns (or one "
                                       "\"lat,lon\" column) and the coordinate system on the next page.");
        return {};
    }
    out->facts << (latLon.isEmpty() ? ImportJobTr::tr("X column: %1, Y column: %2").arg(x, y)
                                    : ImportJobTr::tr("Lat,lon column: %1").arg(latLon));
    if (crs.isEmpty()) {
        out->problem = ImportJobTr::tr("The coordinate system was not recognised from the values; choose it on the next page.");
        return {};
    }
    out->facts << (note.isEmpty() ? ImportJobTr::tr("Coordinate system: %1").arg(crs)
                                  : ImportJobTr::tr("Coordinate system: %1 (%2)").arg(crs, note));
    // Dry run with what was detected: shows a bad coordinate (file, line, column) before the import.
    ImportRequest dryRequest = request;
    dryRequest.columns = out->detected;
    dryRequest.crs = crs;
    const DryRunFile dryFile(first, true);
    auto dry = gis::importPointsCsv(dryFile.path(), QStringLiteral("preview"), pointOptions(dryRequest));
    if (!dry) {
        out->problem = dryFile.problem(dry.errorMessage());
        return {};
    }
    out->facts << dryFile.fact(ImportJobTr::tr("%1 point(s)").arg(dry->report.featuresWritten));
    return {};
}

Result<void> runPointsCsv(const ImportRequest& request, const ImportProgress& progress, ImportOutcome* out)
{
    const QString file = request.files.first();
    auto imported = runWhole<gis::ImportedLayer>(progress, file,
                                                 [&] { return gis::importPointsCsv(file, request.layerName, pointOptions(request)); });
    if (!imported) return imported.error();
    out->features = std::move(imported).value();
    return {};
}

}  // namespace dosi::desktop::detail
