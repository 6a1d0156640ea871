#!/usr/bin/env python3
"""Benchmark workload: a year of hourly 행정동 living population in the official Seoul
32-column schema (LOCAL_PEOPLE_DONG), built deterministically from the real weekly
profiles in resources/sample (hanbyul 2019-03-04 week).

THIS IS A BENCHMARK WORKLOAD, NOT DATA: day d repeats the real profile of the same weekday,
and the 14 male / 14 female age bands are an even split of the real male/female totals.
Never import it into a project that is shown as data.

usage: make_living_year.py DAYS OUT.csv
"""
import json
import os
import sys
from datetime import date, timedelta

BANDS = ["0세부터9세", "10세부터14세", "15세부터19세", "20세부터24세", "25세부터29세", "30세부터34세",
         "35세부터39세", "40세부터44세", "45세부터49세", "50세부터54세", "55세부터59세", "60세부터64세",
         "65세부터69세", "70세이상"]


def main():
    days, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    week = json.load(open(os.path.join(root, "resources", "sample", "hanbyul_week20190304_dong_hourly_whole.json"), encoding="utf-8"))
    header = ["기준일ID", "시간대구분", "행정동코드", "총생활인구수"]
    header += ["남자%s생활인구수" % b for b in BANDS] + ["여자%s생활인구수" % b for b in BANDS]
    start = date(2019, 1, 1)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join('"%s"' % h for h in header) + "\r\n")
        for d in range(days):
            day = start + timedelta(days=d)
            slot = day.weekday() * 24            # the week file starts on a Monday
            ymd = day.strftime("%Y%m%d")
            for h in range(24):
                for dong in week:
                    t, m, fe = dong["t"][slot + h], dong["m"][slot + h], dong["f"][slot + h]
                    row = [ymd, "%02d" % h, str(dong["code_8"]), "%.4f" % t]
                    row += ["%.4f" % (m / 14.0)] * 14 + ["%.4f" % (fe / 14.0)] * 14
                    f.write(",".join('"%s"' % v for v in row) + "\r\n")


if __name__ == "__main__":
    main()
