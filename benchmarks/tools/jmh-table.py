#!/usr/bin/env python3
"""Prints a Markdown table from a JMH JSON result: median time and allocation per benchmark,
grouped by shape (the method name without the contender, plus the @Param values), with each
contender's ratio to the first contender named.

Usage: python3 jmh-table.py result.json BenchmarkClass [contender1 contender2 ...] [options]
  e.g. python3 jmh-table.py result.json RequestSerializationBenchmark Esdsl Typed Floor
       python3 jmh-table.py result.json SearchResponseBenchmark esdsl elasticsearchJava plainDatabind --per hits
       python3 jmh-table.py result.json StartupBenchmark esdslNone esdslTemplatesUnchanged --delta
       python3 jmh-table.py result.json BulkIndexingBenchmark --metric docs
  Without contenders, every method is a contender of its own (in the order JMH ran them) and the
  shape is the @Param values alone. Works for every mode (average time, single shot, throughput).

Options:
  --per PARAM    also divide time and B/op by the numeric value of @Param PARAM (e.g. µs/hit)
  --metric NAME  add a column with the median of the secondary metric NAME (an @AuxCounters
                 field or a profiler's metric, e.g. gc.alloc.rate); repeatable
  --delta        add a column with the difference to the first contender (time − first)
"""
import argparse
import json
import statistics


def parse_args():
    parser = argparse.ArgumentParser(description="Markdown table of a JMH JSON result.")
    parser.add_argument("result")
    parser.add_argument("benchmark")
    parser.add_argument("contenders", nargs="*")
    parser.add_argument("--per", metavar="PARAM")
    parser.add_argument("--metric", metavar="NAME", action="append", default=[])
    parser.add_argument("--delta", action="store_true")
    return parser.parse_args()


def median(metric):
    raw = [v for fork in metric.get("rawData", []) for v in fork]
    return statistics.median(raw) if raw else metric["score"]


def score_error(metric):
    """JMH's 99.9% error, or None where it has too few samples (it writes "NaN")."""
    value = metric.get("scoreError")
    return value if isinstance(value, (int, float)) and value == value else None


def number(value):
    if value is None:
        return "n/a"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"


def ratio(value, base):
    return f"{value / base:.2f}" if value is not None and base else "n/a"


def main():
    args = parse_args()
    results = json.load(open(args.result))
    contenders = list(args.contenders)
    rows = {}
    for r in results:
        cls, name = r["benchmark"].rsplit(".", 2)[1:]
        if cls != args.benchmark:
            continue
        params = r.get("params", {})
        if args.contenders:
            contender = next((c for c in contenders if name.endswith(c)), None)
            if contender is None:
                continue
            prefix = name[: -len(contender)]
        else:
            contender, prefix = name, ""
            if contender not in contenders:
                contenders.append(contender)
        shape = (prefix + " " + " ".join(f"{k}={v}" for k, v in params.items())).strip() or "—"
        per = float(params[args.per]) if args.per else 1.0
        primary = r["primaryMetric"]
        secondary = r.get("secondaryMetrics", {})
        alloc = secondary.get("gc.alloc.rate.norm", {}).get("score")
        rows.setdefault(shape, {})[contender] = {
            "median": median(primary) / per,
            "error": score_error(primary) / per if score_error(primary) is not None else None,
            "unit": primary["scoreUnit"] if not args.per else primary["scoreUnit"].replace("/op", f"/{args.per.rstrip('s')}"),
            "alloc": alloc / per if alloc is not None else None,
            "metrics": [median(secondary[m]) if m in secondary else None for m in args.metric],
        }
    if not rows:
        raise SystemExit(f"No results of {args.benchmark} in {args.result}")
    first = contenders[0]
    per = f"/{args.per.rstrip('s')}" if args.per else "/op"
    header = ["shape", "contender", "median", "error (99.9%)", f"B{per}"]
    header += [f"{m} (median)" for m in args.metric]
    header += [f"time / {first}", f"B{per} / {first}"]
    if args.delta:
        header.append(f"time − {first}")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for shape, by in rows.items():
        base = by.get(first)
        for c in contenders:
            if c not in by:
                continue
            row = by[c]
            error = f"±{row['error']:,.2f}" if row["error"] is not None else "n/a"
            alloc = f"{row['alloc']:,.0f}" if row["alloc"] is not None else "n/a"
            cells = [shape, c, f"{row['median']:,.2f} {row['unit']}", error, alloc]
            cells += [number(m) for m in row["metrics"]]
            cells += [ratio(row["median"], base and base["median"]), ratio(row["alloc"], base and base["alloc"])]
            if args.delta:
                cells.append(f"{row['median'] - base['median']:+,.0f}" if base else "n/a")
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
