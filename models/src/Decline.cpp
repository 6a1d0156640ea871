// Legal decline diagnosis (도시재생특별법 제13조, 시행령 제17조): the three criteria, their reasons
// and the verdict. The numeric core (evaluateTrend) is shared with the decline outlook.
#include "dosi/models/Decline.h"

#include "DeclineCore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace dosi::models {

namespace detail {

DenseYears denseYears(const YearSeries& s, int upTo)
{
    DenseYears d;
    int first = 0, last = 0;
    bool any = false;
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        if (upTo > 0 && it.key() > upTo) break;   // QMap iterates in key order
        if (!any) first = it.key();
        last = it.key();
        any = true;
    }
    if (!any) return d;
    d.first = first;
    d.v.fill(std::numeric_limits<double>::quiet_NaN(), last - first + 1);
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        if (upTo > 0 && it.key() > upTo) break;
        d.v[it.key() - first] = it.value();
    }
    return d;
}

int latestYearWithValue(const DenseYears& d)
{
    for (int i = int(d.v.size()) - 1; i >= 0; --i)
        if (!std::isnan(d.v[i])) return d.first + i;
    return 0;
}

TrendEval evaluateTrend(const DenseYears& d, int last, const TrendParams& p)
{
    TrendEval e;

    // Peak test: the value of `last` against the highest value of the window ending in `last`.
    PeakEval& pk = e.peak;
    const int peakYears = std::max(1, p.peakYears);
    pk.windowStart = last - peakYears + 1;
    pk.current = d.at(last);
    for (int y = pk.windowStart; y <= last; ++y) {
        const double v = d.at(y);
        if (std::isnan(v)) continue;
        if (pk.covered == 0) pk.firstCovered = y;
        ++pk.covered;
        if (std::isnan(pk.peak) || v >= pk.peak) {   // ties: the latest year holding the peak
            pk.peak = v;
            pk.peakYear = y;
        }
    }
    if (std::isnan(pk.current) || pk.covered == 0 || !(pk.peak > 0)) {
        pk.status = CriterionStatus::NotAssessable;
    } else {
        pk.drop = (pk.peak - pk.current) / pk.peak;
        // A missing year of the window can only hide a higher peak, so a drop found on the years
        // available is certain; only "not met" depends on the coverage.
        if (pk.drop >= p.peakDrop - 1e-12)
            pk.status = CriterionStatus::Met;
        else if (p.requireFullPeakWindow && pk.covered < peakYears)
            pk.status = CriterionStatus::NotAssessable;
        else
            pk.status = CriterionStatus::NotMet;
    }

    // Run test: year-on-year changes between the values of the recent window. A change with a
    // missing end is unknown: it breaks a run of known declines but could be a decline.
    RunEval& r = e.run;
    const int k = std::max(1, p.consecutiveYears);
    const int recent = std::max(1, p.recentYears);
    r.firstYear = last - recent + 1;
    int known = 0, optimistic = 0;
    for (int y = r.firstYear + 1; y <= last; ++y) {
        const double a = d.at(y - 1), b = d.at(y);
        if (std::isnan(a) || std::isnan(b)) {
            known = 0;
            ++optimistic;
        } else if (b < a) {
            ++known;
            ++optimistic;
        } else {
            known = 0;
            optimistic = 0;
        }
        if (known > r.knownRun) {
            r.knownRun = known;
            r.knownRunEnd = y;
        }
        r.optimisticRun = std::max(r.optimisticRun, optimistic);
    }
    r.status = r.knownRun >= k ? CriterionStatus::Met
               : r.optimisticRun >= k ? CriterionStatus::NotAssessable
                                      : CriterionStatus::NotMet;

    if (pk.status == CriterionStatus::Met || r.status == CriterionStatus::Met)
        e.status = CriterionStatus::Met;
    else if (pk.status == CriterionStatus::NotAssessable || r.status == CriterionStatus::NotAssessable)
        e.status = CriterionStatus::NotAssessable;
    else
        e.status = CriterionStatus::NotMet;
    return e;
}

bool trendMet(const DenseYears& d, int last, const TrendParams& p)
{
    return evaluateTrend(d, last, p).status == CriterionStatus::Met;
}

}  // namespace detail

namespace {

using detail::DenseYears;
using detail::TrendEval;
using detail::TrendParams;

enum class Subject { Population, Businesses };

QString num(double v)
{
    static const QLocale en(QLocale::English, QLocale::UnitedStates);
    const double r = std::round(v);
    if (std::abs(v - r) <= 1e-9 * std::max(1.0, std::abs(v))) return en.toString(r, 'f', 0);
    return en.toString(v, 'f', std::abs(v) >= 100 ? 1 : 2);
}

QString pct1(double fraction) { return QString::number(fraction * 100, 'f', 1); }
QString pctThreshold(double fraction) { return QString::number(fraction * 100, 'g', 6); }

QString yearRange(int a, int b)
{
    return a == b ? QString::number(a) : QStringLiteral("%1–%2").arg(a).arg(b);
}

QString yearList(const QVector<int>& years)
{
    QStringList out;
    for (int y : years) out << QString::number(y);
    return out.join(QStringLiteral(", "));
}

QString peakWindowText(const detail::PeakEval& pk, int last, int peakYears)
{
    if (pk.covered >= peakYears)
        return QCoreApplication::translate("dosi::models::Decline", "peak over %1").arg(yearRange(pk.windowStart, last));
    return QCoreApplication::translate("dosi::models::Decline", "peak over %1: the data covers %2 of the %3 years")
        .arg(yearRange(pk.firstCovered, last))
        .arg(pk.covered)
        .arg(peakYears);
}

QString peakSentence(Subject subj, const detail::PeakEval& pk, int last, const TrendParams& p)
{
    const bool pop = subj == Subject::Population;
    if (std::isnan(pk.current)) {
        return pop ? QCoreApplication::translate("dosi::models::Decline",
                                                 "No population value for %1: the fall from the peak cannot be computed.")
                         .arg(last)
                   : QCoreApplication::translate("dosi::models::Decline",
                                                 "No business count for %1: the fall from the peak cannot be computed.")
                         .arg(last);
    }
    if (!(pk.peak > 0)) {
        return pop ? QCoreApplication::translate("dosi::models::Decline",
                                                 "The population peak of %1 is not positive: the fall from the peak cannot be computed.")
                         .arg(yearRange(pk.firstCovered, last))
                   : QCoreApplication::translate("dosi::models::Decline",
                                                 "The business count peak of %1 is not positive: the fall from the peak cannot be computed.")
                         .arg(yearRange(pk.firstCovered, last));
    }
    const QString window = peakWindowText(pk, last, std::max(1, p.peakYears));
    if (pk.status == CriterionStatus::Met) {
        return (pop ? QCoreApplication::translate("dosi::models::Decline", "Population %1 in %2 is %3 % below the %4 peak of %5 (%6).")
                    : QCoreApplication::translate("dosi::models::Decline", "Business count %1 in %2 is %3 % below the %4 peak of %5 (%6)."))
            .arg(num(pk.current))
            .arg(last)
            .arg(pct1(pk.drop))
            .arg(pk.peakYear)
            .arg(num(pk.peak))
            .arg(window);
    }
    if (pk.status == CriterionStatus::NotAssessable) {   // requireFullPeakWindow with a partial window
        return (pop ? QCoreApplication::translate("dosi::models::Decline",
                                                  "Population %1 in %2 is %3 % below the %4 peak of %5 (%6); the full %7-year "
                                                  "window is required to rule out an earlier, higher peak.")
                    : QCoreApplication::translate("dosi::models::Decline",
                                                  "Business count %1 in %2 is %3 % below the %4 peak of %5 (%6); the full %7-year "
                                                  "window is required to rule out an earlier, higher peak."))
            .arg(num(pk.current))
            .arg(last)
            .arg(pct1(pk.drop))
            .arg(pk.peakYear)
            .arg(num(pk.peak))
            .arg(window)
            .arg(std::max(1, p.peakYears));
    }
    if (pk.peakYear == last) {
        return (pop ? QCoreApplication::translate("dosi::models::Decline", "Population %1 in %2 is itself the peak (%3).")
                    : QCoreApplication::translate("dosi::models::Decline", "Business count %1 in %2 is itself the peak (%3)."))
            .arg(num(pk.current))
            .arg(last)
            .arg(window);
    }
    return (pop ? QCoreApplication::translate("dosi::models::Decline",
                                              "Population %1 in %2 is %3 % below the %4 peak of %5 (%6), less than the %7 % required.")
                : QCoreApplication::translate("dosi::models::Decline",
                                              "Business count %1 in %2 is %3 % below the %4 peak of %5 (%6), less than the %7 % required."))
        .arg(num(pk.current))
        .arg(last)
        .arg(pct1(pk.drop))
        .arg(pk.peakYear)
        .arg(num(pk.peak))
        .arg(window)
        .arg(pctThreshold(p.peakDrop));
}

QString runSentence(const DenseYears& d, const detail::RunEval& r, int last, const TrendParams& p)
{
    const int k = std::max(1, p.consecutiveYears);
    const QString window = yearRange(r.firstYear, last);
    QVector<int> runYears;
    for (int y = r.knownRunEnd - r.knownRun + 1; r.knownRun > 0 && y <= r.knownRunEnd; ++y) runYears << y;
    QVector<int> missing;
    for (int y = r.firstYear; y <= last; ++y)
        if (!d.has(y)) missing << y;

    if (r.status == CriterionStatus::Met) {
        return QCoreApplication::translate("dosi::models::Decline", "Declined in %1 consecutive years (%2).")
            .arg(r.knownRun)
            .arg(yearList(runYears));
    }
    QString s;
    if (r.knownRun == 0)
        s = QCoreApplication::translate("dosi::models::Decline", "No year-on-year decline in %1 (%2 consecutive years needed).")
                .arg(window)
                .arg(k);
    else
        s = QCoreApplication::translate("dosi::models::Decline",
                                        "Longest run of declines in %1: %2 (%3 of the %4 consecutive years needed).")
                .arg(window, yearList(runYears))
                .arg(r.knownRun)
                .arg(k);
    if (r.status == CriterionStatus::NotAssessable) {
        s += QLatin1Char(' ')
             + QCoreApplication::translate("dosi::models::Decline",
                                           "No value for %1: a run of %2 consecutive declines in %3 cannot be ruled out.")
                   .arg(yearList(missing))
                   .arg(k)
                   .arg(window);
    } else if (!missing.isEmpty()) {
        s += QLatin1Char(' ')
             + QCoreApplication::translate("dosi::models::Decline",
                                           "No value for %1, but even as declines these years cannot complete a run of %2.")
                   .arg(yearList(missing))
                   .arg(k);
    }
    return s;
}

CriterionResult assessTrend(Subject subj, const YearSeries& s, const DeclineThresholds& t, int asOfYear)
{
    CriterionResult out;
    out.dropFromPeak = std::numeric_limits<double>::quiet_NaN();
    const bool pop = subj == Subject::Population;
    TrendParams p;
    p.peakDrop = pop ? t.popPeakDrop : t.bizPeakDrop;
    p.peakYears = pop ? t.popPeakYears : t.bizPeakYears;
    p.consecutiveYears = t.consecutiveYears;
    p.recentYears = t.recentYears;
    p.requireFullPeakWindow = t.requireFullPeakWindow;

    const DenseYears d = detail::denseYears(s, asOfYear);
    const int latest = detail::latestYearWithValue(d);
    if (latest == 0) {
        out.status = CriterionStatus::NotAssessable;
        bool anyValue = false;
        for (double v : s) anyValue = anyValue || !std::isnan(v);
        if (anyValue && asOfYear > 0)
            out.reason = (pop ? QCoreApplication::translate("dosi::models::Decline", "No population value in or before %1.")
                              : QCoreApplication::translate("dosi::models::Decline", "No business count in or before %1."))
                             .arg(asOfYear);
        else
            out.reason = pop ? QCoreApplication::translate("dosi::models::Decline",
                                                           "No population by year: import a table of population by year "
                                                           "(dosi-cli import … table --time YEAR).")
                             : QCoreApplication::translate("dosi::models::Decline",
                                                           "No business counts by year: import a table of business counts "
                                                           "(dosi-cli import … table --time YEAR).");
        return out;
    }
    const int last = asOfYear > 0 ? asOfYear : latest;
    const TrendEval e = detail::evaluateTrend(d, last, p);
    out.status = e.status;
    out.dropFromPeak = e.peak.drop;
    out.longestDeclineRun = e.run.knownRun;
    out.reason = peakSentence(subj, e.peak, last, p) + QLatin1Char(' ') + runSentence(d, e.run, last, p);

    std::set<int> used;
    for (int y = e.peak.windowStart; y <= last; ++y)
        if (d.has(y)) used.insert(y);
    for (int y = e.run.firstYear; y <= last; ++y)
        if (d.has(y)) used.insert(y);
    for (int y : used) out.years << QString::number(y);
    return out;
}

}  // namespace

QJsonObject DeclineThresholds::toJson() const
{
    return QJsonObject{
        {QStringLiteral("pop_peak_drop"), popPeakDrop},
        {QStringLiteral("pop_peak_years"), popPeakYears},
        {QStringLiteral("biz_peak_drop"), bizPeakDrop},
        {QStringLiteral("biz_peak_years"), bizPeakYears},
        {QStringLiteral("consecutive_years"), consecutiveYears},
        {QStringLiteral("recent_years"), recentYears},
        {QStringLiteral("old_building_share"), oldBuildingShare},
        {QStringLiteral("old_building_age"), oldBuildingAge},
        {QStringLiteral("require_full_peak_window"), requireFullPeakWindow},
    };
}

DeclineThresholds DeclineThresholds::fromJson(const QJsonObject& o)
{
    DeclineThresholds t;
    auto real = [&o](const char* key, double& v) {
        const QJsonValue j = o.value(QLatin1String(key));
        if (j.isDouble()) v = j.toDouble();
    };
    auto integer = [&o](const char* key, int& v) {
        const QJsonValue j = o.value(QLatin1String(key));
        if (j.isDouble()) v = int(std::lround(j.toDouble()));
    };
    real("pop_peak_drop", t.popPeakDrop);
    integer("pop_peak_years", t.popPeakYears);
    real("biz_peak_drop", t.bizPeakDrop);
    integer("biz_peak_years", t.bizPeakYears);
    integer("consecutive_years", t.consecutiveYears);
    integer("recent_years", t.recentYears);
    real("old_building_share", t.oldBuildingShare);
    integer("old_building_age", t.oldBuildingAge);
    const QJsonValue full = o.value(QLatin1String("require_full_peak_window"));
    if (full.isBool()) t.requireFullPeakWindow = full.toBool();
    return t;
}

QString criterionStatusName(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met: return QStringLiteral("met");
    case CriterionStatus::NotMet: return QStringLiteral("not_met");
    case CriterionStatus::NotAssessable: break;
    }
    return QStringLiteral("not_assessable");
}

QString declineVerdictName(DeclineVerdict v)
{
    switch (v) {
    case DeclineVerdict::Qualifies: return QStringLiteral("qualifies");
    case DeclineVerdict::DoesNotQualify: return QStringLiteral("does_not_qualify");
    case DeclineVerdict::Undetermined: break;
    }
    return QStringLiteral("undetermined");
}

CriterionResult assessPopulation(const YearSeries& s, const DeclineThresholds& t, int asOfYear)
{
    return assessTrend(Subject::Population, s, t, asOfYear);
}

CriterionResult assessBusinesses(const YearSeries& s, const DeclineThresholds& t, int asOfYear)
{
    return assessTrend(Subject::Businesses, s, t, asOfYear);
}

CriterionResult assessBuildings(double oldShare, bool hasData, const DeclineThresholds& t)
{
    CriterionResult out;
    out.dropFromPeak = std::numeric_limits<double>::quiet_NaN();
    if (!hasData || std::isnan(oldShare)) {
        out.status = CriterionStatus::NotAssessable;
        out.reason = QCoreApplication::translate("dosi::models::Decline",
                                                 "No building ages: import a table of buildings by age or of the share of "
                                                 "buildings %1 or more years old (dosi-cli import … table).")
                         .arg(t.oldBuildingAge);
        return out;
    }
    if (oldShare >= t.oldBuildingShare - 1e-12) {
        out.status = CriterionStatus::Met;
        out.reason = QCoreApplication::translate("dosi::models::Decline",
                                                 "%1 % of buildings are %2 or more years old (threshold %3 %).")
                         .arg(pct1(oldShare))
                         .arg(t.oldBuildingAge)
                         .arg(pctThreshold(t.oldBuildingShare));
    } else {
        out.status = CriterionStatus::NotMet;
        out.reason = QCoreApplication::translate("dosi::models::Decline",
                                                 "%1 % of buildings are %2 or more years old, less than the %3 % required.")
                         .arg(pct1(oldShare))
                         .arg(t.oldBuildingAge)
                         .arg(pctThreshold(t.oldBuildingShare));
    }
    return out;
}

UnitDecline diagnoseUnit(const UnitDeclineInput& in, const DeclineThresholds& t, int asOfYear)
{
    return diagnoseUnit(in, t, asOfYear, asOfYear);
}

UnitDecline diagnoseUnit(const UnitDeclineInput& in, const DeclineThresholds& t, int popAsOfYear, int bizAsOfYear)
{
    UnitDecline out;
    out.unit = in.unit;
    out.population = assessPopulation(in.population, t, popAsOfYear);
    out.businesses = assessBusinesses(in.businesses, t, bizAsOfYear);
    out.buildings = assessBuildings(in.oldBuildingShare, in.hasBuildings, t);
    int notAssessable = 0;
    for (const CriterionResult* c : {&out.population, &out.businesses, &out.buildings}) {
        if (c->status == CriterionStatus::Met) ++out.met;
        if (c->status == CriterionStatus::NotAssessable) ++notAssessable;
    }
    if (out.met >= 2)
        out.verdict = DeclineVerdict::Qualifies;
    else if (out.met + notAssessable < 2)
        out.verdict = DeclineVerdict::DoesNotQualify;
    else
        out.verdict = DeclineVerdict::Undetermined;
    return out;
}

}  // namespace dosi::models
