#!/usr/bin/env python3
"""Independent solve of a Dosi location instance with PuLP + CBC (textbook formulations, no reduction).

Usage: location_pulp.py INSTANCE.json [OUT.json]

INSTANCE.json: {"model": "mclp"|"lscp"|"pmedian"|"pcenter", "n": demand points, "m": candidates,
                "weights": [n], "pairs": [[i, j, cost], ...], "required": [j, ...], "radius": r, "p": p}
Prints (or writes) {"objective": value, "status": "Optimal", "selected": [j, ...], "seconds": solve+build time}.
Demand points with weight 0 carry no demand (as in Dosi): they are left out of LSCP, p-median and p-center.
"""
import json
import sys
import time

import pulp


def solver():
    cbc = pulp.PULP_CBC_CMD(msg=0)
    if cbc.available():
        return cbc
    return pulp.COIN_CMD(msg=0)  # Debian's python3-pulp uses the system cbc binary


def solve(inst):
    t0 = time.time()
    model, n, m = inst["model"], inst["n"], inst["m"]
    w = inst["weights"]
    req = set(inst.get("required", []))
    radius, p = inst.get("radius", 0), inst.get("p", 0)
    rows = [[] for _ in range(n)]
    for i, j, c in inst["pairs"]:
        rows[int(i)].append((int(j), float(c)))
    x = [pulp.LpVariable("x%d" % j, cat="Binary") for j in range(m)]
    sense = pulp.LpMaximize if model == "mclp" else pulp.LpMinimize
    prob = pulp.LpProblem("dosi_" + model, sense)
    for j in req:
        prob += x[j] == 1
    if model == "mclp":
        y = {}
        for i in range(n):
            near = [j for j, c in rows[i] if c <= radius]
            if w[i] > 0 and near:
                y[i] = pulp.LpVariable("y%d" % i, cat="Binary")
                prob += y[i] <= pulp.lpSum(x[j] for j in near)
        prob += pulp.lpSum(w[i] * y[i] for i in y)
        prob += pulp.lpSum(x) == p + len(req)
    elif model == "lscp":
        prob += pulp.lpSum(x[j] for j in range(m) if j not in req)
        for i in range(n):
            near = [j for j, c in rows[i] if c <= radius]
            if w[i] > 0 and near:
                prob += pulp.lpSum(x[j] for j in near) >= 1
    else:
        z = {}
        for i in range(n):
            if w[i] <= 0:
                continue
            for j, c in rows[i]:
                z[i, j] = pulp.LpVariable("z%d_%d" % (i, j), lowBound=0, upBound=1)
                prob += z[i, j] <= x[j]
            prob += pulp.lpSum(z[i, j] for j, _ in rows[i]) == 1
        prob += pulp.lpSum(x) == p + len(req)
        if model == "pmedian":
            prob += pulp.lpSum(w[i] * c * z[i, j] for i in range(n) if w[i] > 0 for j, c in rows[i])
        else:
            d = pulp.LpVariable("D", lowBound=0)
            prob += d
            for i in range(n):
                if w[i] > 0:
                    prob += pulp.lpSum(c * z[i, j] for j, c in rows[i]) <= d
    prob.solve(solver())
    status = pulp.LpStatus[prob.status]
    selected = [j for j in range(m) if (x[j].value() or 0) > 0.5]
    return {"objective": pulp.value(prob.objective), "status": status, "selected": selected,
            "seconds": time.time() - t0}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        inst = json.load(f)
    out = json.dumps(solve(inst))
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(out)
    else:
        print(out)


if __name__ == "__main__":
    main()
