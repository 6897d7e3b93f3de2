#!/usr/bin/env python3
"""Prints a Markdown table from a JMH JSON result: median time and allocation per benchmark,
grouped by shape, with each contender's ratio to the first contender named on the command line.

Usage: python3 jmh-table.py result.json Esdsl Typed Floor
"""
import json
import statistics
import sys

results = json.load(open(sys.argv[1]))
contenders = sys.argv[2:]
rows = {}
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    contender = next(c for c in contenders if name.endswith(c))
    shape = name[: -len(contender)]
    raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    rows.setdefault(shape, {})[contender] = (statistics.median(raw), r["primaryMetric"]["scoreError"],
                                              r["primaryMetric"]["scoreUnit"], alloc)

print("| shape | contender | median | error (99.9%) | B/op | time ratio to " + contenders[0] + " | B/op ratio |")
print("|---|---|---|---|---|---|---|")
for shape, by in rows.items():
    base = by[contenders[0]]
    for c in contenders:
        if c not in by:
            continue
        median, error, unit, alloc = by[c]
        ratio = median / base[0]
        aratio = (alloc / base[3]) if alloc and base[3] else float("nan")
        print(f"| {shape} | {c} | {median:,.0f} {unit} | ±{error:,.0f} | {alloc:,.0f} | {ratio:.2f} | {aratio:.2f} |")
