#!/usr/bin/env python3
"""Turns `apt-cache dumpavail` output into the sample app's data set (gzipped JSON lines).

Usage (long descriptions come from apt's English translation index, fetched with
`apt-get update -o Acquire::Languages=en`):
  lz4cat /var/lib/apt/lists/*_main_i18n_Translation-en.lz4 > /tmp/Translation-en
  apt-cache dumpavail | python3 debian-packages.py /tmp/Translation-en > ../src/main/resources/data/debian-packages.jsonl.gz
"""
import gzip
import json
import sys

FIELDS = {
    "Package": "name", "Section": "section", "Priority": "priority", "Maintainer": "maintainer",
    "Version": "version", "Installed-Size": "installed_size", "Architecture": "architecture",
    "Homepage": "homepage", "Source": "source",
}


def records(lines):
    record, key = {}, None
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            if record:
                yield record
            record, key = {}, None
        elif line[0] in " \t" and key:
            record[key] += "\n" + (line[1:] if line.strip() != "." else "")
        elif ":" in line:
            key, _, value = line.partition(":")
            record[key] = value.strip()
    if record:
        yield record


def translations(path):
    with open(path, encoding="utf-8") as lines:
        return {r["Description-md5"]: r["Description-en"] for r in records(lines) if "Description-md5" in r}


LONG = translations(sys.argv[1]) if len(sys.argv) > 1 else {}


def convert(record):
    out = {FIELDS[k]: v for k, v in record.items() if k in FIELDS}
    description = LONG.get(record.get("Description-md5"), record.get("Description", ""))
    summary, _, body = description.partition("\n")
    out["summary"] = summary.strip()
    out["description"] = body.strip()
    if "installed_size" in out:
        out["installed_size"] = int(out["installed_size"])
    if "source" in out:
        out["source"] = out["source"].split(" ")[0]
    return out


seen = set()
with gzip.GzipFile(fileobj=sys.stdout.buffer, mode="wb", compresslevel=9, mtime=0) as gz:
    for record in records(sys.stdin):
        if "Package" not in record or record["Package"] in seen:
            continue
        seen.add(record["Package"])
        gz.write((json.dumps(convert(record), ensure_ascii=False, separators=(",", ":")) + "\n").encode())
