// Features and targets of the boosted panel forecaster; see BoostedFeatures.h.
#include "BoostedFeatures.h"

#include "dosi/core/TimeAxis.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace dosi::models::detail {

namespace {

// At most this many training rows (the most recent times of every unit).
constexpr int kMaxTrainingRows = 300000;

// Fills missing values: the value `lag[i]` steps earlier (already filled; one season, or the last
// holiday-free same hour of week), else linear between the nearest values, else the nearest value.
std::vector<double> filled(const std::vector<double>& raw, const std::vector<int>& lag)
{
    std::vector<double> f = raw;
    const int n = int(f.size());
    for (int i = 0; i < n; ++i)
        if (std::isnan(f[i]) && i < int(lag.size()) && lag[i] > 0 && i - lag[i] >= 0) f[i] = f[i - lag[i]];
    int prev = -1;
    for (int i = 0; i < n; ++i) {
        if (!std::isnan(f[i])) {
            if (prev >= 0 && i - prev > 1)
                for (int k = prev + 1; k < i; ++k) f[k] = f[prev] + (f[i] - f[prev]) * double(k - prev) / (i - prev);
            else if (prev < 0)
                for (int k = 0; k < i; ++k) f[k] = f[i];
            prev = i;
        }
    }
    if (prev >= 0)
        for (int k = prev + 1; k < n; ++k) f[k] = f[prev];
    return f;
}

double meanAbs(const std::vector<double>& xs)
{
    double s = 0;
    int n = 0;
    for (double x : xs)
        if (!std::isnan(x)) {
            s += std::abs(x);
            ++n;
        }
    return n > 0 && s > 0 ? s / n : 1.0;
}

inline float f32(double x) { return std::isfinite(x) ? float(x) : std::numeric_limits<float>::quiet_NaN(); }

int roundUp(int x, int m) { return m > 0 ? ((x + m - 1) / m) * m : x; }

}  // namespace

Result<BoostedContext> BoostedContext::make(const Panel& panel, int originIndex, int horizon)
{
    BoostedContext c;
    c.m_kind = panel.kind;
    c.m_origin = originIndex;
    c.m_horizon = horizon;
    switch (panel.kind) {
    case TimeKind::Hour: c.m_baseLag = 168, c.m_season = 168, c.m_block = 24; break;
    case TimeKind::Day: c.m_baseLag = 7, c.m_season = 7, c.m_block = 1; break;
    case TimeKind::Quarter: c.m_baseLag = 4, c.m_season = 4, c.m_block = 1; break;
    case TimeKind::Year:
    case TimeKind::None: c.m_baseLag = 1, c.m_season = 0, c.m_block = 1; break;
    }
    c.m_covLag = std::max(roundUp(horizon, c.m_season), c.m_season > 0 ? c.m_season : 1);
    c.m_nCov = int(panel.covariateNames.size());
    if (!panel.times.isEmpty()) c.buildCalendar(panel.times.first());

    const int n = originIndex + horizon;
    // Lags of the base per step (calendar-aware for hours and days).
    c.m_cleanLags.assign(n, {0, 0, 0});
    if (c.m_season > 0)
        for (int t = 0; t < n; ++t) {
            int found = 0;
            for (int k = 1; k <= 6 && found < 3; ++k) {
                const int lag = k * c.m_season;
                const bool hourOrDay = c.m_kind == TimeKind::Hour || c.m_kind == TimeKind::Day;
                if (hourOrDay && c.m_calendar && c.day(c.dayOf(t - lag)).holiday) continue;
                c.m_cleanLags[t][found++] = lag;
            }
        }
    c.m_stepHoliday.assign(n, 0);
    if (c.m_calendar && (c.m_kind == TimeKind::Hour || c.m_kind == TimeKind::Day))
        for (int t = 0; t < n; ++t) c.m_stepHoliday[t] = c.day(c.dayOf(t)).holiday ? 1 : 0;
    std::vector<int> fillLag(originIndex, 0);
    for (int t = 0; t < originIndex; ++t) fillLag[t] = c.m_cleanLags[t][0];
    c.m_units.resize(panel.units.size());
    for (int ui = 0; ui < panel.units.size(); ++ui) {
        const UnitSeries& src = panel.units[ui];
        Unit& u = c.m_units[ui];
        u.raw.assign(src.values.constBegin(), src.values.constBegin() + originIndex);   // nothing after the origin
        u.ext = filled(u.raw, fillLag);
        u.ext.resize(n, kNaN);
        u.scale = meanAbs(u.raw);
        u.dev.assign(n, kNaN);
        u.devSum.assign(n + 1, 0.0);
        u.devCount.assign(n + 1, 0);
        for (double x : u.raw)
            if (x < 0) u.nonNegative = false;
        u.cov.resize(c.m_nCov);
        u.covScale.assign(c.m_nCov, 1.0);
        for (int k = 0; k < c.m_nCov; ++k) {
            std::vector<double> raw(originIndex, kNaN);
            if (k < src.covariates.size()) {
                const QVector<double>& cv = src.covariates[k];
                for (int t = 0; t < originIndex && t < cv.size(); ++t) raw[t] = cv[t];
            }
            u.covScale[k] = meanAbs(raw);
            u.cov[k] = filled(raw, fillLag);
        }
        if (c.m_calendar && (c.m_kind == TimeKind::Hour || c.m_kind == TimeKind::Day)) {
            double off = 0, work = 0;
            int nOff = 0, nWork = 0;
            for (int t = 0; t < originIndex; ++t) {
                if (std::isnan(u.raw[t])) continue;
                if (c.dayOff(c.dayOf(t))) off += u.raw[t], ++nOff;
                else work += u.raw[t], ++nWork;
            }
            if (nOff > 0 && nWork > 0 && work != 0) u.offRatio = (off / nOff) / (work / nWork);
        }
    }
    for (Unit& u : c.m_units)
        for (int t = 0; t < originIndex; ++t) c.updateDev(u, t);
    switch (c.m_kind) {
    case TimeKind::Hour: c.m_cols = 14; break;
    case TimeKind::Day: c.m_cols = 13; break;
    case TimeKind::Quarter: c.m_cols = 5; break;
    case TimeKind::Year:
    case TimeKind::None: c.m_cols = 5; break;
    }
    c.m_cols += c.m_nCov;
    return c;
}

void BoostedContext::buildCalendar(const QString& firstKey)
{
    QDate d0;
    switch (m_kind) {
    case TimeKind::Hour: m_calendar = parseHourKey(firstKey, &d0, &m_hour0); break;
    case TimeKind::Day:
        d0 = QDate::fromString(firstKey, Qt::ISODate);
        m_calendar = d0.isValid();
        break;
    case TimeKind::Quarter: {
        const int q = firstKey.indexOf(QLatin1Char('Q'));
        bool okY = false, okQ = false;
        if (q > 0) {
            m_year0 = firstKey.left(q).toInt(&okY);
            m_quarter0 = firstKey.mid(q + 1).toInt(&okQ);
        }
        m_calendar = okY && okQ && m_quarter0 >= 1 && m_quarter0 <= 4;
        return;
    }
    case TimeKind::Year: m_year0 = firstKey.toInt(&m_calendar); return;
    case TimeKind::None: return;
    }
    if (!m_calendar) return;
    // Days from 7 weeks before step 0 (the base looks back up to 6 weeks) to 2 days after the last step.
    const int steps = m_origin + m_horizon;
    const int lastDay = m_kind == TimeKind::Hour ? (m_hour0 + steps - 1) / 24 : steps - 1;
    const int before = 49;
    m_dayBase = before;
    const int count = before + lastDay + 3;
    m_days.resize(count);
    std::vector<bool> off(count);
    for (int i = 0; i < count; ++i) {
        const QDate d = d0.addDays(i - before);
        // Workers' Day (근로자의 날, 1 May) is not a public holiday but a paid holiday for employees
        // (Act on the Designation of Workers' Day); living population dips as on a holiday.
        m_days[i].holiday = isKoreanPublicHoliday(d) || (d.month() == 5 && d.day() == 1);
        m_days[i].weekday = d.dayOfWeek();
        off[i] = m_days[i].holiday || m_days[i].weekday >= 6;
    }
    for (int i = 0; i < count;) {
        if (!off[i]) {
            ++i;
            continue;
        }
        int j = i;
        while (j < count && off[j]) ++j;
        for (int k = i; k < j; ++k) m_days[k].offRun = j - i;
        i = j;
    }
}

int BoostedContext::dayOf(int t) const
{
    if (m_kind == TimeKind::Hour) {
        const int h = m_hour0 + t;
        return (h >= 0 ? h / 24 : -((-h + 23) / 24)) + m_dayBase;
    }
    return t + m_dayBase;
}

int BoostedContext::hourOf(int t) const
{
    const int h = (m_hour0 + t) % 24;
    return h < 0 ? h + 24 : h;
}

const BoostedContext::Day& BoostedContext::day(int dayIndex) const
{
    static const Day none;
    return dayIndex >= 0 && dayIndex < int(m_days.size()) ? m_days[dayIndex] : none;
}

bool BoostedContext::dayOff(int dayIndex) const
{
    const Day& d = day(dayIndex);
    return d.holiday || d.weekday >= 6;
}

double BoostedContext::cleanLag(const Unit& u, int t, int j) const
{
    const int lag = t >= 0 && t < int(m_cleanLags.size()) ? m_cleanLags[t][j - 1] : 0;
    return lag > 0 ? v(u, t - lag) : kNaN;
}

double BoostedContext::base(const Unit& u, int t) const
{
    const double b = m_season > 0 ? cleanLag(u, t, 1) : v(u, t - m_baseLag);
    if (!std::isnan(b)) return b;
    // Too early for a full season: the last value before the origin.
    if (t >= m_origin) return v(u, m_origin - 1);
    return kNaN;
}

double BoostedContext::scaleOf(const Unit& u, double b) const { return std::max({std::abs(b), 0.1 * u.scale, 1e-12}); }

void BoostedContext::updateDev(Unit& u, int t) const
{
    const double b = base(u, t);
    const double d = (u.ext[t] - b) / scaleOf(u, b);
    u.dev[t] = d;
    const bool counted = !holidayStep(t) && std::isfinite(d);
    u.devSum[t + 1] = u.devSum[t] + (counted ? d : 0.0);
    u.devCount[t + 1] = u.devCount[t] + (counted ? 1 : 0);
}

void BoostedContext::row(int ui, int t, float* out, double* baseOut, double* scaleOut) const
{
    const Unit& u = m_units[ui];
    const double b = base(u, t);
    const double s = scaleOf(u, b);
    *baseOut = b;
    *scaleOut = s;
    auto rel = [&](double x) { return f32((x - b) / s); };
    int k = 0;
    const auto hol = [&](int d) { return m_calendar ? float(day(d).holiday ? 1 : 0) : f32(kNaN); };
    const auto run = [&](int d) { return m_calendar ? float(day(d).offRun) : f32(kNaN); };
    switch (m_kind) {
    case TimeKind::Hour:
    case TimeKind::Day: {
        const bool hour = m_kind == TimeKind::Hour;
        const int step = hour ? 24 : 1;   // one day
        const int d = dayOf(t);
        if (hour) out[k++] = float(hourOf(t));
        out[k++] = m_calendar ? float(day(d).weekday) : f32(kNaN);
        out[k++] = hol(d);
        out[k++] = run(d);
        out[k++] = hol(d - 1);
        out[k++] = hol(d + 1);
        out[k++] = rel(v(u, t - m_season));
        out[k++] = rel(cleanLag(u, t, 2));
        out[k++] = rel(cleanLag(u, t, 3));
        double sunday = kNaN;
        for (int j = 1; j <= 7 && m_calendar; ++j)
            if (day(d - j).weekday == 7) {
                sunday = v(u, t - step * j);
                break;
            }
        out[k++] = rel(sunday);
        out[k++] = f32(devAt(u, t - step));
        // Mean deviation from the base over the last 7 days (steps t - 7 days .. t - 1 day), holidays
        // left out.
        const int hi = std::max(0, t - step + 1), lo = std::max(0, t - 7 * step);
        const int cnt = hi > lo ? u.devCount[hi] - u.devCount[lo] : 0;
        out[k++] = cnt > 0 ? f32((u.devSum[hi] - u.devSum[lo]) / cnt) : f32(kNaN);
        out[k++] = float(ui);
        out[k++] = f32(u.offRatio);
        break;
    }
    case TimeKind::Quarter:
        out[k++] = m_calendar ? float((m_quarter0 - 1 + t) % 4 + 1) : f32(kNaN);
        out[k++] = rel(v(u, t - 1));
        out[k++] = f32((v(u, t - 1) - v(u, t - 5)) / s);
        out[k++] = rel(v(u, t - 8));
        out[k++] = f32(std::log10(u.scale));
        break;
    case TimeKind::Year:
    case TimeKind::None:
        out[k++] = float(m_kind == TimeKind::Year && m_calendar ? m_year0 + t : t);
        out[k++] = rel(v(u, t - 2));
        out[k++] = rel(v(u, t - 3));
        out[k++] = rel(v(u, t - 4));
        out[k++] = f32(std::log10(u.scale));
        break;
    }
    for (int c = 0; c < m_nCov; ++c) {
        const int tc = t - m_covLag;
        const double x = tc >= 0 && tc < int(u.cov[c].size()) ? u.cov[c][tc] : kNaN;
        out[k++] = f32(x / u.covScale[c]);
    }
}

BoostedData BoostedContext::trainingData(const BoostedParams& params) const
{
    BoostedData d;
    d.cols = m_cols;
    const int nUnits = unitCount();
    int t0 = std::max(m_baseLag, 1);
    if (nUnits > 0) t0 = std::max(t0, m_origin - kMaxTrainingRows / nUnits);
    const int maxRows = std::max(0, (m_origin - t0) * nUnits);
    d.x.reserve(std::size_t(maxRows) * m_cols);
    d.y.reserve(maxRows);
    std::vector<float> r(m_cols);
    std::vector<int> rowTime;
    rowTime.reserve(maxRows);
    // Hourly panels: the last weeks, and before them only the days around holidays (what the
    // calendar features learn from), which keeps training fast.
    const int recent = m_kind == TimeKind::Hour && m_calendar ? params.recentWeeks * m_season : 0;
    for (int t = t0; t < m_origin; ++t)
        for (int ui = 0; ui < nUnits; ++ui) {
            const Unit& u = m_units[ui];
            const double y = u.raw[t];
            if (std::isnan(y)) continue;
            if (recent > 0 && t < m_origin - recent && !nearHoliday(t)) continue;
            double b = 0, s = 1;
            row(ui, t, r.data(), &b, &s);
            if (std::isnan(b)) continue;
            const double target = (y - b) / s;
            if (!std::isfinite(target)) continue;
            d.x.insert(d.x.end(), r.begin(), r.end());
            d.y.push_back(float(target));
            rowTime.push_back(t);
            ++d.rows;
        }
    removeDrift(&d, rowTime);
    return d;
}

bool BoostedContext::nearHoliday(int t) const
{
    const int d = dayOf(t);
    return day(d - 1).holiday || day(d).holiday || day(d + 1).holiday || day(d - 7).holiday;
}

void BoostedContext::removeDrift(BoostedData* d, const std::vector<int>& rowTime) const
{
    // Hourly and daily panels: the panel-wide change of level from one week to the next (the
    // median target of the week's days that are not holidays or next to one, all units) is taken
    // out of the targets,
    // so the model learns holiday effects and the return of unusual weeks, not the drift of the
    // training weeks, which a recursive forecast would compound over the horizon.
    if (!(m_kind == TimeKind::Hour || m_kind == TimeKind::Day) || !m_calendar || d->rows == 0) return;
    const int first = rowTime.front() / m_season, last = rowTime.back() / m_season;
    std::vector<std::vector<float>> ordinary(last - first + 1);
    for (int i = 0; i < d->rows; ++i) {
        const int t = rowTime[i];
        const int dd = dayOf(t);
        if (day(dd).holiday || day(dd - 1).holiday || day(dd + 1).holiday) continue;
        ordinary[t / m_season - first].push_back(d->y[i]);
    }
    std::vector<float> shift(ordinary.size(), 0.0f);
    for (std::size_t w = 0; w < ordinary.size(); ++w) {
        std::vector<float>& xs = ordinary[w];
        if (xs.empty()) continue;
        std::nth_element(xs.begin(), xs.begin() + xs.size() / 2, xs.end());
        shift[w] = xs[xs.size() / 2];
    }
    for (int i = 0; i < d->rows; ++i) d->y[i] -= shift[rowTime[i] / m_season - first];
}

void BoostedContext::forecastRow(int u, int t, float* out, double* base, double* scale) const
{
    row(u, t, out, base, scale);
}

void BoostedContext::setForecast(int ui, int t, double value)
{
    Unit& u = m_units[ui];
    if (!std::isfinite(value)) value = base(u, t);
    if (u.nonNegative && value < 0) value = 0;
    u.ext[t] = value;
    updateDev(u, t);
}

QVector<double> BoostedContext::forecasts(int ui) const
{
    const Unit& u = m_units[ui];
    QVector<double> out(m_horizon);
    for (int h = 0; h < m_horizon; ++h) out[h] = u.ext[m_origin + h];
    return out;
}

}  // namespace dosi::models::detail
