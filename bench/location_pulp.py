#!/usr/bin/env python3
"""The peer of dosi_location_bench mclp: the same MCLP (demand.csv, candidates.csv; radius, p) built
with numpy + PuLP and solved by CBC through PuLP's COIN_CMD (Debian's python3-pulp), model building
included in the time. Prints "NAME VALUE UNIT" lines."""
import csv
import sys
import time

import numpy as np
import pulp


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    xy = np.array([[float(r["x"]), float(r["y"])] for r in rows])
    w = np.array([float(r["w"]) for r in rows]) if rows and "w" in rows[0] else None
    return xy, w


def main():
    folder, radius, p = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    dxy, w = read(f"{folder}/demand.csv")
    cxy, _ = read(f"{folder}/candidates.csv")
    t0 = time.perf_counter()
    # Coverage sets: candidates within the radius of each demand point (chunked distance matrix).
    covers = [[] for _ in range(len(dxy))]
    for start in range(0, len(dxy), 2000):
        block = dxy[start:start + 2000]
        d2 = ((block[:, None, :] - cxy[None, :, :]) ** 2).sum(axis=2)
        for k, row in enumerate(d2 <= radius * radius):
            covers[start + k] = np.nonzero(row)[0].tolist()
    prob = pulp.LpProblem("mclp", pulp.LpMaximize)
    x = [pulp.LpVariable(f"x{j}", cat="Binary") for j in range(len(cxy))]
    y = {i: pulp.LpVariable(f"y{i}", cat="Binary") for i in range(len(dxy)) if covers[i]}
    prob += pulp.lpSum(w[i] * y[i] for i in y)
    for i, yi in y.items():
        prob += yi <= pulp.lpSum(x[j] for j in covers[i])
    prob += pulp.lpSum(x) == p
    t1 = time.perf_counter()
    status = prob.solve(pulp.COIN_CMD(msg=0))
    t2 = time.perf_counter()
    print(f"location_mclp_pulp_build_seconds {t1 - t0:.6g} s")
    print(f"location_mclp_pulp_seconds {t2 - t0:.6g} s")
    print(f"location_mclp_pulp_objective {pulp.value(prob.objective):.10g} people")
    print(f"location_mclp_pulp_optimal {1 if pulp.LpStatus[status] == 'Optimal' else 0} bool")


if __name__ == "__main__":
    main()
