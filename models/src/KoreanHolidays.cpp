// Korean public holidays (관공서의 공휴일에 관한 규정 / 공휴일에 관한 법률), a calendar feature of the
// boosted forecaster.
//
// Source: the Korea Astronomy and Space Science Institute (한국천문연구원) 월력요항 of each year
// (the base of Korean calendars and of its 특일 정보 service), as reported by the press when
// published, plus the holidays designated afterwards:
//   - election days (공직선거법 §34: presidential, National Assembly and local elections are public
//     holidays): 2017-05-09 (early presidential), 2018-06-13, 2020-04-15, 2022-03-09, 2022-06-01,
//     2024-04-10, 2025-06-03 (early presidential), 2026-06-03;
//   - temporary holidays (임시공휴일, cabinet decisions): 2017-10-02, 2020-08-17, 2023-10-02,
//     2024-10-01 (Armed Forces Day), 2025-01-27;
//   - 2026-07-17: Constitution Day (제헌절) is a public holiday again from 2026 (공휴일에 관한 법률
//     amended by the National Assembly on 2026-01-29, in force three months after promulgation).
// Substitute holidays (대체공휴일) follow the rules in force in each year: Seollal and Chuseok when a
// day overlaps a Sunday or another holiday and Children's Day on a Saturday or Sunday (since 2014);
// the national days 3·1, 8·15, 10·3 and 10·9 (since 2021); Buddha's Birthday and Christmas (since
// May 2023). New Year's Day and Memorial Day never get one.
// Seollal and Chuseok are listed as their three days (the day before, the day, the day after).
//
// Outside 2017-2026 only the fixed-date holidays are known (lunar dates and designations are not).
#include "BoostedForecast.h"

#include <QDate>

#include <algorithm>
#include <iterator>

namespace dosi::models::detail {

namespace {

constexpr int kFirstYear = 2017;
constexpr int kLastYear = 2026;

// yyyymmdd, sorted.
constexpr int kHolidays[] = {
    // 2017
    20170101, 20170127, 20170128, 20170129, 20170130,  // New Year; Seollal; substitute (29th a Sunday)
    20170301, 20170503, 20170505, 20170509,            // 3·1; Buddha; Children; presidential election
    20170606, 20170815, 20171002, 20171003, 20171004,  // Memorial; Liberation; temporary; 10·3 + Chuseok
    20171005, 20171006, 20171009, 20171225,            // Chuseok; substitute (3rd = 10·3); Hangul; Christmas
    // 2018
    20180101, 20180215, 20180216, 20180217, 20180301,  // Seollal 15-17
    20180505, 20180507, 20180522, 20180606, 20180613,  // Children (Sat) + substitute; Buddha; local election
    20180815, 20180923, 20180924, 20180925, 20180926,  // Chuseok 23-25, substitute 26 (23rd a Sunday)
    20181003, 20181009, 20181225,
    // 2019
    20190101, 20190204, 20190205, 20190206, 20190301,  // Seollal 4-6
    20190505, 20190506, 20190512, 20190606, 20190815,  // Children (Sun) + substitute; Buddha (Sun)
    20190912, 20190913, 20190914, 20191003, 20191009,  // Chuseok 12-14
    20191225,
    // 2020
    20200101, 20200124, 20200125, 20200126, 20200127,  // Seollal 24-26, substitute 27
    20200301, 20200415, 20200430, 20200505, 20200606,  // National Assembly election; Buddha
    20200815, 20200817, 20200930, 20201001, 20201002,  // temporary 8-17; Chuseok 30 Sep - 2 Oct
    20201003, 20201009, 20201225,
    // 2021
    20210101, 20210211, 20210212, 20210213, 20210301,  // Seollal 11-13
    20210505, 20210519, 20210606, 20210815, 20210816,  // Buddha; 8·15 (Sun) + substitute
    20210920, 20210921, 20210922, 20211003, 20211004,  // Chuseok 20-22; 10·3 (Sun) + substitute
    20211009, 20211011, 20211225,                      // 10·9 (Sat) + substitute
    // 2022
    20220101, 20220131, 20220201, 20220202, 20220301,  // Seollal 31 Jan - 2 Feb
    20220309, 20220505, 20220508, 20220601, 20220606,  // presidential election; Buddha; local election
    20220815, 20220909, 20220910, 20220911, 20220912,  // Chuseok 9-11, substitute 12
    20221003, 20221009, 20221010, 20221225,            // 10·9 (Sun) + substitute
    // 2023
    20230101, 20230121, 20230122, 20230123, 20230124,  // Seollal 21-23, substitute 24
    20230301, 20230505, 20230527, 20230529, 20230606,  // Buddha (Sat) + substitute
    20230815, 20230928, 20230929, 20230930, 20231002,  // Chuseok 28-30; temporary 10-2
    20231003, 20231009, 20231225,
    // 2024
    20240101, 20240209, 20240210, 20240211, 20240212,  // Seollal 9-11, substitute 12
    20240301, 20240410, 20240505, 20240506, 20240515,  // election; Children (Sun) + substitute; Buddha
    20240606, 20240815, 20240916, 20240917, 20240918,  // Chuseok 16-18
    20241001, 20241003, 20241009, 20241225,            // temporary (Armed Forces Day)
    // 2025
    20250101, 20250127, 20250128, 20250129, 20250130,  // temporary 1-27; Seollal 28-30
    20250301, 20250303, 20250505, 20250506, 20250603,  // 3·1 (Sat) + substitute; Children = Buddha + sub.
    20250606, 20250815, 20251003, 20251005, 20251006,  // presidential election; Chuseok 5-7
    20251007, 20251008, 20251009, 20251225,            // substitute 8 (5th a Sunday)
    // 2026
    20260101, 20260216, 20260217, 20260218, 20260301,  // Seollal 16-18
    20260302, 20260505, 20260524, 20260525, 20260603,  // 3·1 (Sun) + sub.; Buddha (Sun) + sub.; local el.
    20260606, 20260717, 20260815, 20260817, 20260924,  // Constitution Day; 8·15 (Sat) + sub.; Chuseok 24-26
    20260925, 20260926, 20261003, 20261005, 20261009,  // 10·3 (Sat) + substitute
    20261225,
};

constexpr bool sortedTable()
{
    for (std::size_t i = 1; i < std::size(kHolidays); ++i)
        if (kHolidays[i - 1] >= kHolidays[i]) return false;
    return true;
}
static_assert(sortedTable(), "the holiday table must be sorted and free of duplicates");
static_assert(std::size(kHolidays) == 184, "184 holidays in 2017-2026");

}  // namespace

bool isKoreanPublicHoliday(const QDate& date)
{
    if (!date.isValid()) return false;
    const int y = date.year(), m = date.month(), d = date.day();
    if (y >= kFirstYear && y <= kLastYear)
        return std::binary_search(std::begin(kHolidays), std::end(kHolidays), y * 10000 + m * 100 + d);
    // Fixed-date holidays of any year.
    const int md = m * 100 + d;
    return md == 101 || md == 301 || md == 505 || md == 606 || md == 815 || md == 1003 || md == 1009
           || md == 1225;
}

}  // namespace dosi::models::detail
