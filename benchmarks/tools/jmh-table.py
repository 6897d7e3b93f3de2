#!/usr/bin/env python3
"""Prints a Markdown table from a JMH JSON result: median time and allocation per benchmark,
grouped by shape (the method name without the contender, plus the @Param values), with each
contender's ratio to the first contender named.

Usage: python3 jmh-table.py result.json BenchmarkClass contender1 contender2 ...
  e.g. python3 jmh-table.py result.json RequestSerializationBenchmark Esdsl Typed Floor
       python3 jmh-table.py result.json SearchResponseBenchmark esdsl elasticsearchJava plainDatabind
"""
import json
import statistics
import sys

results, benchmark, contenders = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3:]
rows = {}
for r in results:
    cls, name = r["benchmark"].rsplit(".", 2)[1:]
    if cls != benchmark:
        continue
    contender = next((c for c in contenders if name.endswith(c)), None)
    if contender is None:
        continue
    shape = (name[: -len(contender)] + " " + " ".join(f"{k}={v}" for k, v in r.get("params", {}).items())).strip()
    raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    rows.setdefault(shape, {})[contender] = (statistics.median(raw), r["primaryMetric"]["scoreError"],
                                              r["primaryMetric"]["scoreUnit"], alloc)

print(f"| shape | contender | median | error (99.9%) | B/op | time / {contenders[0]} | B/op / {contenders[0]} |")
print("|---|---|---|---|---|---|---|")
for shape, by in rows.items():
    base = by[contenders[0]]
    for c in contenders:
        if c in by:
            median, error, unit, alloc = by[c]
            aratio = f"{alloc / base[3]:.2f}" if alloc and base[3] else "n/a"
            print(f"| {shape} | {c} | {median:,.2f} {unit} | ±{error:,.2f} | {alloc:,.0f} | {median / base[0]:.2f} | {aratio} |")
