#!/usr/bin/env python3
"""Prints a Markdown table from a JMH JSON result of single-shot runs: per shape (the @Param
values) and contender, the median of the run time and of each named secondary result over the
measured iterations, with ratios to the first contender named. JMH's console sums @AuxCounters
(EVENTS) over iterations; the per-iteration values in the JSON are what this table uses.

Usage: python3 jmh-runs-table.py result.json BenchmarkClass contender1,contender2,... secondary1 secondary2 ...
  e.g. python3 jmh-runs-table.py target/jmh-bulk.json BulkIndexingBenchmark esdsl,bulkIngester,rawNdjson \
           docsPerSecond clientCpuSeconds clientCpuMicrosPerDoc
"""
import json
import statistics
import sys

results, benchmark = json.load(open(sys.argv[1])), sys.argv[2]
contenders, secondaries = sys.argv[3].split(","), sys.argv[4:]
rows = {}
for r in results:
    cls, name = r["benchmark"].rsplit(".", 2)[1:]
    if cls != benchmark or name not in contenders:
        continue
    shape = " ".join(f"{k}={v}" for k, v in r.get("params", {}).items())
    values = {"time": statistics.median(v for fork in r["primaryMetric"]["rawData"] for v in fork)}
    for s in secondaries:
        raw = r.get("secondaryMetrics", {}).get(s, {}).get("rawData")
        values[s] = statistics.median(v for fork in raw for v in fork) if raw else None
    rows.setdefault(shape, {})[name] = (values, r["primaryMetric"]["scoreUnit"])

columns = ["time"] + secondaries
print("| shape | contender | " + " | ".join(columns) + " | " + " | ".join(f"{c} / {contenders[0]}" for c in columns) + " |")
print("|---|---|" + "---|" * (2 * len(columns)))
for shape, by in rows.items():
    base = by.get(contenders[0], ({}, ""))[0]
    for c in contenders:
        if c not in by:
            continue
        values, unit = by[c]
        cells = [f"{values['time']:,.2f} {unit}"] + [f"{values[s]:,.2f}" if values[s] is not None else "n/a" for s in secondaries]
        ratios = [f"{values[k] / base[k]:.2f}" if values.get(k) and base.get(k) else "n/a" for k in columns]
        print(f"| {shape} | {c} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
