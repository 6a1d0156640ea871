// dosi_forecast_bench: forecast accuracy figures for bench/run (not a user tool, not installed).
// Prints one figure per line: NAME VALUE UNIT [comment].
//
//   dosi_forecast_bench gu GU.csv OUTDIR
//       Seoul's 자치구 hourly living population (UTF-8 with BOM: 기준일ID,시간대구분,자치구코드,
//       총생활인구수): one panel of 25 districts on consecutive hours (hours without rows are missing
//       values). Rolling-origin backtest (backtestMethod): 14-day horizon (336 h), 4 origins 168 h
//       apart, the last one 336 h before the end of the data, for snaive, ets, boosted and auto
//       (auto chooses at each origin with an inner backtest on the data before it). MAPE (mean over
//       the districts of each district's MAPE over all held-out hours) and MASE (scaled by the
//       in-sample seasonal-naive error at lag 168 of the data before each origin). Then the wall
//       time of forecastPanel(auto) for all 25 districts (inner backtest + forecast + intervals)
//       and of the boosted model alone (train + 336-hour forecast at the end of the data).
//       Writes OUTDIR/gu_panel.csv (time, one column per district, empty = missing) and
//       OUTDIR/gu_splits.txt (horizon, season, origin indices and times) for
//       bench/forecast_statsmodels.py, which scores Holt-Winters on exactly these splits.
//   dosi_forecast_bench dong DONG.csv
//       Dong registered population by year (CODE_AD, YEAR, ALL; 2017-2021): one-year-ahead forecasts
//       of 2020 from 2017-2019 and of 2021 from 2017-2020 for naive, linear, ets, boosted and auto,
//       every method on both splits (pointForecasts). MAPE per method over both years and per year.

#include "dosi/core/TimeAxis.h"
#include "dosi/core/Values.h"
#include "dosi/models/Forecast.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace dosi;
using namespace dosi::models;

namespace {

constexpr quint64 kSeed = 20241122;

int fail(const QString& message)
{
    std::fprintf(stderr, "dosi_forecast_bench: %s\n", qPrintable(message));
    return 1;
}

void figure(const QString& name, double value, const char* unit, const QString& comment = {})
{
    const QString v = !std::isfinite(value)                                ? QStringLiteral("n/a")
                      : value == std::floor(value) && std::abs(value) < 1e15 ? QString::number(qint64(value))
                                                                             : QString::number(value, 'f', 3);
    std::printf("%s %s %s%s\n", qPrintable(name), qPrintable(v), unit,
                comment.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + comment + QLatin1Char(')')));
    std::fflush(stdout);
}

// Splits a CSV line on commas (the bench files have no quoted fields; quotes are dropped).
QStringList fields(const QString& line)
{
    QStringList out = line.trimmed().split(QLatin1Char(','));
    for (QString& f : out) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"'))) f = f.mid(1, f.size() - 2);
    }
    return out;
}

bool readGuPanel(const QString& path, Panel* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);   // drops the BOM
    const QStringList head = fields(in.readLine());
    const int cDay = head.indexOf(QStringLiteral("기준일ID")), cHour = head.indexOf(QStringLiteral("시간대구분")),
              cUnit = head.indexOf(QStringLiteral("자치구코드")), cValue = head.indexOf(QStringLiteral("총생활인구수"));
    if (cDay < 0 || cHour < 0 || cUnit < 0 || cValue < 0) {
        *error = QStringLiteral("%1: expected columns 기준일ID,시간대구분,자치구코드,총생활인구수").arg(path);
        return false;
    }
    QMap<QString, QHash<QString, double>> byUnit;
    QString first, last;
    int lineNo = 1;
    while (!in.atEnd()) {
        ++lineNo;
        const QString line = in.readLine();
        if (line.trimmed().isEmpty()) continue;
        const QStringList c = fields(line);
        const QDate d = QDate::fromString(c.value(cDay), QStringLiteral("yyyyMMdd"));
        bool okH = false, okV = false;
        const int h = c.value(cHour).toInt(&okH);
        const double v = c.value(cValue).toDouble(&okV);
        if (!d.isValid() || !okH || h < 0 || h > 23 || !okV) {
            *error = QStringLiteral("%1:%2: bad row").arg(path).arg(lineNo);
            return false;
        }
        const QString key = hourKey(d, h);
        byUnit[c.value(cUnit)][key] = v;
        if (first.isEmpty() || key < first) first = key;
        if (last.isEmpty() || key > last) last = key;
    }
    if (byUnit.isEmpty()) {
        *error = QStringLiteral("%1: no rows").arg(path);
        return false;
    }
    out->kind = TimeKind::Hour;
    out->times = QStringList{first};
    while (out->times.last() < last) out->times << nextTimeKeys(out->times.last(), TimeKind::Hour, 1);
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        UnitSeries s;
        s.unit = it.key();
        s.values.reserve(out->times.size());
        for (const QString& t : out->times) s.values.append(it.value().value(t, missingValue()));
        out->units.append(s);
    }
    return true;
}

bool writeGuFiles(const Panel& p, const QVector<int>& origins, int horizon, const QString& dir, QString* error)
{
    QFile pf(QDir(dir).filePath(QStringLiteral("gu_panel.csv")));
    QFile sf(QDir(dir).filePath(QStringLiteral("gu_splits.txt")));
    if (!pf.open(QIODevice::WriteOnly | QIODevice::Truncate) || !sf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write the split files in %1").arg(dir);
        return false;
    }
    QTextStream ps(&pf), ss(&sf);
    ps << "time";
    for (const UnitSeries& s : p.units) ps << ',' << s.unit;
    ps << '\n';
    for (int t = 0; t < p.times.size(); ++t) {
        ps << p.times[t];
        for (const UnitSeries& s : p.units) {
            ps << ',';
            if (hasValue(s.values[t])) ps << QString::number(s.values[t], 'g', QLocale::FloatingPointShortest);
        }
        ps << '\n';
    }
    ss << "# Rolling-origin splits of dosi_forecast_bench (0-based indices into gu_panel.csv rows):\n"
       << "# training = rows [0, origin), held out = rows [origin, origin + horizon).\n";
    ss << "horizon " << horizon << "\nseason " << seasonLength(p.kind) << '\n';
    for (int o : origins) ss << "origin " << o << ' ' << p.times[o] << '\n';
    return true;
}

int benchGu(const QString& path, const QString& dir)
{
    Panel gu;
    QString error;
    if (!readGuPanel(path, &gu, &error)) return fail(error);
    const int horizon = 336, nOrigins = 4, step = 168;
    const int T = gu.times.size();
    QVector<int> origins;
    for (int k = nOrigins - 1; k >= 0; --k) origins.append(T - horizon - k * step);
    if (origins.first() < 2 * 168) return fail(QStringLiteral("the series is too short for the backtest"));
    if (!writeGuFiles(gu, origins, horizon, dir, &error)) return fail(error);
    int missing = 0;
    for (const UnitSeries& s : gu.units)
        for (double v : s.values) missing += hasValue(v) ? 0 : 1;
    figure(QStringLiteral("forecast_gu_units"), gu.units.size(), "units");
    figure(QStringLiteral("forecast_gu_hours"), T, "hours",
           QStringLiteral("%1 .. %2, %3 missing values").arg(gu.times.first(), gu.times.last()).arg(missing));
    figure(QStringLiteral("forecast_gu_origins"), origins.size(), "origins",
           QStringLiteral("%1 .. %2, 168 h apart, horizon %3 h").arg(gu.times[origins.first()], gu.times[origins.last()]).arg(horizon));

    ForecastOptions opt;
    opt.horizon = horizon;
    opt.origins = nOrigins;
    opt.originStep = step;
    opt.seed = kSeed;
    for (ForecastMethod m : {ForecastMethod::SeasonalNaive, ForecastMethod::DampedTrend, ForecastMethod::Boosted,
                             ForecastMethod::Auto}) {
        const QString name = forecastMethodName(m);
        QElapsedTimer timer;
        timer.start();
        auto s = backtestMethod(gu, m, opt);
        const double secs = timer.nsecsElapsed() / 1e9;
        if (!s) return fail(QStringLiteral("backtest %1: %2").arg(name, s.errorMessage()));
        if (s->origins != nOrigins)
            return fail(QStringLiteral("backtest %1 used %2 origins, not %3").arg(name).arg(s->origins).arg(nOrigins));
        figure(QStringLiteral("forecast_gu_mape_") + name, s->mape, "%");
        figure(QStringLiteral("forecast_gu_mase_") + name, s->mase, "x");
        figure(QStringLiteral("forecast_gu_backtest_seconds_") + name, secs, "s",
               QStringLiteral("%1 origins x 25 districts").arg(s->origins));
    }

    // Forecasting all districts from the end of the data, as the panel does.
    opt.method = ForecastMethod::Auto;
    QElapsedTimer timer;
    timer.start();
    auto r = forecastPanel(gu, opt);
    const double secs = timer.nsecsElapsed() / 1e9;
    if (!r) return fail(QStringLiteral("forecastPanel auto: %1").arg(r.errorMessage()));
    QStringList tried;
    for (const BacktestScore& s : r->methodScores)
        tried << QStringLiteral("%1 %2").arg(forecastMethodName(s.method)).arg(s.mape, 0, 'f', 3);
    figure(QStringLiteral("forecast_gu_auto_seconds"), secs, "s",
           QStringLiteral("forecastPanel auto, %1 districts x %2 h; chose %3; inner MAPE %4")
               .arg(r->units.size())
               .arg(horizon)
               .arg(forecastMethodName(r->chosen), tried.join(QStringLiteral(", "))));
    timer.start();
    auto b = pointForecasts(gu, T, ForecastMethod::Boosted, horizon, kSeed);
    const double bsecs = timer.nsecsElapsed() / 1e9;
    if (!b) return fail(QStringLiteral("boosted: %1").arg(b.errorMessage()));
    figure(QStringLiteral("forecast_gu_boosted_fit_seconds"), bsecs, "s",
           QStringLiteral("one model over %1 districts x %2 h: train + %3-step forecast").arg(gu.units.size()).arg(T).arg(horizon));
    return 0;
}

bool readDongPanel(const QString& path, Panel* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    const QStringList head = fields(in.readLine());
    const int cCode = head.indexOf(QStringLiteral("CODE_AD")), cYear = head.indexOf(QStringLiteral("YEAR")),
              cAll = head.indexOf(QStringLiteral("ALL"));
    if (cCode < 0 || cYear < 0 || cAll < 0) {
        *error = QStringLiteral("%1: expected columns CODE_AD, YEAR, ALL").arg(path);
        return false;
    }
    QMap<int, bool> years;
    QMap<QString, QHash<int, double>> byUnit;
    int lineNo = 1;
    while (!in.atEnd()) {
        ++lineNo;
        const QString line = in.readLine();
        if (line.trimmed().isEmpty()) continue;
        const QStringList c = fields(line);
        bool okY = false, okV = false;
        const int y = c.value(cYear).toInt(&okY);
        const double v = c.value(cAll).toDouble(&okV);
        if (!okY || !okV || c.value(cCode).isEmpty()) {
            *error = QStringLiteral("%1:%2: bad row").arg(path).arg(lineNo);
            return false;
        }
        byUnit[c.value(cCode)][y] = v;
        years[y] = true;
    }
    if (years.isEmpty()) {
        *error = QStringLiteral("%1: no rows").arg(path);
        return false;
    }
    out->kind = TimeKind::Year;
    for (int y = years.firstKey(); y <= years.lastKey(); ++y) out->times << yearKey(y);
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        UnitSeries s;
        s.unit = it.key();
        for (int y = years.firstKey(); y <= years.lastKey(); ++y) s.values.append(it.value().value(y, missingValue()));
        out->units.append(s);
    }
    return true;
}

int benchDong(const QString& path)
{
    Panel p;
    QString error;
    if (!readDongPanel(path, &p, &error)) return fail(error);
    const int i2020 = int(p.times.indexOf(QStringLiteral("2020"))), i2021 = int(p.times.indexOf(QStringLiteral("2021")));
    if (i2020 < 3 || i2021 != i2020 + 1) return fail(QStringLiteral("%1: expected the years 2017-2021").arg(path));
    figure(QStringLiteral("forecast_dong_year_units"), p.units.size(), "dongs",
           QStringLiteral("years %1 .. %2").arg(p.times.first(), p.times.last()));
    for (ForecastMethod m : {ForecastMethod::Naive, ForecastMethod::LinearTrend, ForecastMethod::DampedTrend,
                             ForecastMethod::Boosted, ForecastMethod::Auto}) {
        const QString name = forecastMethodName(m);
        // Per dong: absolute percentage errors of its forecasts of 2020 and 2021; then the mean over dongs.
        QVector<double> sum(p.units.size(), 0.0);
        QVector<int> count(p.units.size(), 0);
        double yearSum[2] = {0, 0};
        int yearCount[2] = {0, 0};
        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < 2; ++k) {
            const int origin = k == 0 ? i2020 : i2021;
            auto f = pointForecasts(p, origin, m, 1, kSeed);
            if (!f) return fail(QStringLiteral("%1 at %2: %3").arg(name, p.times[origin], f.errorMessage()));
            for (int u = 0; u < p.units.size(); ++u) {
                const double y = p.units[u].values[origin];
                const double fc = (*f)[u].value(0, std::nan(""));
                if (!hasValue(y) || y == 0 || !std::isfinite(fc)) continue;
                const double ape = std::abs(y - fc) / std::abs(y);
                sum[u] += ape;
                ++count[u];
                yearSum[k] += ape;
                ++yearCount[k];
            }
        }
        const double secs = timer.nsecsElapsed() / 1e9;
        double total = 0;
        int units = 0;
        for (int u = 0; u < p.units.size(); ++u)
            if (count[u] > 0) total += sum[u] / count[u], ++units;
        const auto pct = [](double s, int n) { return n > 0 ? 100.0 * s / n : std::nan(""); };
        const QString years = yearCount[0] > 0 && yearCount[1] > 0 ? QStringLiteral("2020 and 2021")
                              : yearCount[1] > 0 ? QStringLiteral("2021 only: %1 needs 4 years").arg(name)
                                                 : QStringLiteral("no year");
        figure(QStringLiteral("forecast_dong_year_mape_") + name, pct(total, units), "%",
               QStringLiteral("%1 dongs, %2; %3 s").arg(units).arg(years).arg(secs, 0, 'f', 2));
        const char* fromYears[2] = {"from 2017-2019", "from 2017-2020"};
        for (int k = 0; k < 2; ++k)
            figure(QStringLiteral("forecast_dong_year_mape_%1_%2").arg(name).arg(2020 + k), pct(yearSum[k], yearCount[k]), "%",
                   yearCount[k] > 0 ? QStringLiteral("%1, %2 dongs").arg(QLatin1String(fromYears[k])).arg(yearCount[k])
                                    : QStringLiteral("%1: no forecast, too few years for %2").arg(QLatin1String(fromYears[k]), name));
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("gu")) return benchGu(args[2], args[3]);
    if (args.size() == 3 && args[1] == QLatin1String("dong")) return benchDong(args[2]);
    std::fprintf(stderr, "usage: dosi_forecast_bench gu GU.csv OUTDIR | dong DONG.csv\n");
    return 2;
}
