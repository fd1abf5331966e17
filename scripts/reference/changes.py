#!/usr/bin/env python3
"""Independent recomputation of `bulletin build --baseline` differences, from the raw survey CSVs.

Reads two rounds (the files test/helpers/rounds.ts makes), computes for the share figures named
below, per country and sex (the cells the country figures publish), the share answering "yes", each round's share of
valid answers ("don't know", "prefer not to answer" and blanks left out), then the difference and
its 95 % interval. Both figures are about the migrants who were working before March 2020
(employment_before one of WORKING), the population their sentences name:
  - unweighted: Newcombe's hybrid score interval (Newcombe 1998, method 10) from Wilson intervals;
  - weighted: d +/- z * sqrt(se1^2 + se2^2), se the linearisation standard error of a domain mean in
    a design with weights only (R: svymean(~y, subset(svydesign(ids=~1, weights=~weight, data), ...)),
    var = N/(N-1) * sum(w^2 (y - p)^2) / (sum w)^2 with N the rows of the whole round).
Only the standard library: no numpy, no scipy. Usage:
  python3 scripts/reference/changes.py R1.csv R2.csv [--weighted] > expected.json
"""
import csv
import json
import math
import sys
from statistics import NormalDist

Z = NormalDist().inv_cdf(0.975)
FIGURES = {"lost_job_covid": "b4-{c}-lost-job-sex", "had_written_contract": "b4-{c}-written-contract"}
VALID = {"yes", "no"}
WORKING = {"employed_formal", "employed_informal", "self_employed", "daily_worker"}


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["consent"] == "yes"]
    return rows


def wilson(x, n):
    p = x / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return c - h, c + h


def estimate(rows, N, var, sex, code, weighted):
    base = [r for r in rows if r[var] in VALID and r["employment_before"] in WORKING and (sex == "_total" or r["sex"] == sex)]
    n = len(base)
    x = sum(1 for r in base if r[var] == code)
    if not weighted:
        return {"p": x / n, "n": n, "x": x, "se": None}
    w = [float(r["weight"]) for r in base]
    y = [1.0 if r[var] == code else 0.0 for r in base]
    sw = sum(w)
    p = sum(a * b for a, b in zip(w, y)) / sw
    ss = sum((a * (b - p)) ** 2 for a, b in zip(w, y))
    var_ = N / (N - 1) * ss / (sw * sw)
    return {"p": p, "n": n, "x": x, "se": math.sqrt(var_)}


def main():
    r1, r2 = read(sys.argv[1]), read(sys.argv[2])
    weighted = "--weighted" in sys.argv
    out = []
    for var, fig in FIGURES.items():
        for c in sorted({r["country"] for r in r1} & {r["country"] for r in r2}):
            a = [r for r in r1 if r["country"] == c]
            b = [r for r in r2 if r["country"] == c]
            for sex in ("female", "male"):
                for code in ("yes",):
                    e1 = estimate(a, len(r1), var, sex, code, weighted)
                    e2 = estimate(b, len(r2), var, sex, code, weighted)
                    d = e2["p"] - e1["p"]
                    if weighted:
                        h = Z * math.sqrt(e1["se"] ** 2 + e2["se"] ** 2)
                        lo, hi = d - h, d + h
                    else:
                        l1, u1 = wilson(e2["x"], e2["n"])
                        l2, u2 = wilson(e1["x"], e1["n"])
                        p1, p2 = e2["p"], e1["p"]
                        lo = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
                        hi = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
                    out.append({
                        "figure": fig.format(c=c.lower()), "country": c, "sex": sex, "category": code,
                        "value": e2["p"], "baseline_value": e1["p"], "difference": d,
                        "diff_low": lo, "diff_high": hi, "significant": lo > 0 or hi < 0,
                        "n": e2["n"], "baseline_n": e1["n"],
                    })
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
