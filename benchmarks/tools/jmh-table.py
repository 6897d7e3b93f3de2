#!/usr/bin/env python3
"""Prints a Markdown table from a JMH JSON result: median time and allocation per benchmark,
grouped by shape (the method name without the contender, plus the @Param values), with each
contender's ratio to the first contender named.

Usage: python3 jmh-table.py [--per PARAM] result.json BenchmarkClass contender1 contender2 ...
  e.g. python3 jmh-table.py result.json RequestSerializationBenchmark Esdsl Typed Floor
       python3 jmh-table.py --per hits result.json SearchResponseBenchmark esdsl elasticsearchJava plainDatabind

--per PARAM adds the time and the bytes per unit of that @Param (e.g. µs/hit and B/hit with
--per hits), dividing each figure by the parameter's value.
"""
import json
import statistics
import sys

args = sys.argv[1:]
per = None
if args and args[0] == "--per":
    per, args = args[1], args[2:]
results, benchmark, contenders = json.load(open(args[0])), args[1], args[2:]
rows = {}
for r in results:
    cls, name = r["benchmark"].rsplit(".", 2)[1:]
    if cls != benchmark:
        continue
    contender = next((c for c in contenders if name.endswith(c)), None)
    if contender is None:
        continue
    params = r.get("params", {})
    shape = (name[: -len(contender)] + " " + " ".join(f"{k}={v}" for k, v in params.items())).strip()
    raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    units = float(params[per]) if per else None
    rows.setdefault(shape, {})[contender] = (statistics.median(raw), r["primaryMetric"]["scoreError"],
                                              r["primaryMetric"]["scoreUnit"], alloc, units)


def unit_of(score_unit):
    return score_unit.split("/")[0]


extra = f" time/{per.rstrip('s')} | B/{per.rstrip('s')} |" if per else ""
print(f"| shape | contender | median | error (99.9%) | B/op |{extra} time / {contenders[0]} | B/op / {contenders[0]} |")
print("|---|---|---|---|---|" + ("---|---|" if per else "") + "---|---|")
for shape, by in rows.items():
    base = by.get(contenders[0])
    for c in contenders:
        if c not in by:
            continue
        median, error, unit, alloc, units = by[c]
        tratio = f"{median / base[0]:.2f}" if base else "n/a"
        aratio = f"{alloc / base[3]:.2f}" if base and alloc and base[3] else "n/a"
        allocs = f"{alloc:,.0f}" if alloc else "n/a"
        cells = ""
        if per:
            per_alloc = f"{alloc / units:,.0f}" if alloc else "n/a"
            cells = f" {median / units:,.2f} {unit_of(unit)} | {per_alloc} |"
        print(f"| {shape} | {c} | {median:,.2f} {unit} | ±{error:,.2f} | {allocs} |{cells} {tratio} | {aratio} |")
