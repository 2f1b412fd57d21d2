"""The pandas peer of the benchmark: the calls figures of one period from a
calls.csv, as an analyst would compute them with pandas, to set beside
bench/duckdb-calls.ts (same figures, same aliases, same region rules, same
period filter) and our metrics.json.

    python3 bench/pandas-calls.py --csv DIR/calls.csv --spec SPEC.json

SPEC.json (or `--spec-json '{…}'`) is written by bench/pandas-peer.ts from the
project's own tables (DEFAULT_CONFIG's province and regions, the alias lists
of duckdb-calls.ts, the outcome/channel/satisfaction names, the period's days),
so that nothing here repeats them:

    {"start": "2025-01-01", "endExclusive": "2025-04-01", "days": [...],
     "province": "贵州省", "regions": [{"name": "贵阳市", "aliases": ["贵阳"]}, ...],
     "outcomes": {"接通": ["接通", "answered", ...], ...}, "channels": {...},
     "satisfactions": ["非常满意", ...], "answered": "接通", "other": "其他省市", "unknown": "未知"}

Prints `{"ms": …, "importMs": …, "figures": …}` on stdout: ms is in-process,
from before reading the CSV to the last result; importMs is what
`import pandas` took (part of the wall time a user waits for, which the
bench measures from outside).
"""
import argparse
import json
import resource
import sys
import time

t_import = time.perf_counter()
import pandas as pd  # noqa: E402  (timed: the import is part of what a user waits for)

import_ms = (time.perf_counter() - t_import) * 1000

# Only the columns the figures need: the generated file has 13, the demo's 12.
USECOLS = ["start_time", "caller_province", "caller_city", "channel", "outcome", "satisfaction"]
# Text columns of a few distinct values each: categorical, which keeps them
# small, and a string method on one (the first .str.strip()) runs once per
# category instead of once per row.
DTYPES = {c: "category" for c in USECOLS if c != "start_time"} | {"start_time": str}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def alias_map(aliases):
    """{canonical: [alias, …]} → {lower-cased alias: canonical} (aliases match case-insensitively, as in DuckDB's lower(trim(…)))."""
    return {a.lower(): name for name, als in aliases.items() for a in als}


def counts(series, keys):
    """value_counts over the expected keys, zeros included, as plain ints."""
    vc = series.value_counts()
    return {k: int(vc.get(k, 0)) for k in keys}


def figures(csv, spec):
    df = pd.read_csv(
        csv,
        usecols=USECOLS,
        dtype=DTYPES,
        # a blank cell is missing; 'NA', 'null' and the like stay text (a city could be spelt so)
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    # a malformed start_time becomes NaT and so falls outside every period (DuckDB would stop; our CLI skips the row)
    df["start_time"] = pd.to_datetime(df["start_time"], format=TIME_FORMAT, errors="coerce")
    df = df[(df["start_time"] >= pd.Timestamp(spec["start"])) & (df["start_time"] < pd.Timestamp(spec["endExclusive"]))]

    outcome = df["outcome"].str.strip().str.lower().map(alias_map(spec["outcomes"]))
    channel = df["channel"].str.strip().str.lower().map(alias_map(spec["channels"]))
    # a row whose outcome or channel is none of the known values is not a call we count (DuckDB's `valid`)
    valid = outcome.notna() & channel.notna()
    calls = df[valid].assign(outcome=outcome[valid], channel=channel[valid])
    calls["answered"] = calls["outcome"] == spec["answered"]
    answered = calls[calls["answered"]]

    outcome_names = list(spec["outcomes"])
    by_outcome = counts(calls["outcome"], outcome_names)
    by_channel = counts(answered["channel"], list(spec["channels"]))

    # region: blank province → 未知; another province → 其他省市; else the city's
    # configured region by exact name or alias, or 未知 (duckdb-calls.ts regionCase)
    city_region = {n: r["name"] for r in spec["regions"] for n in [r["name"], *r["aliases"]]}
    province = answered["caller_province"].str.strip()
    region = answered["caller_city"].str.strip().map(city_region).fillna(spec["unknown"])
    region = region.mask(province != spec["province"], spec["other"])
    region = region.mask(province.isna() | (province == ""), spec["unknown"])
    by_region = counts(region, [r["name"] for r in spec["regions"]] + [spec["other"], spec["unknown"]])

    sats = spec["satisfactions"]
    sat = answered["satisfaction"].str.strip()
    by_satisfaction = counts(sat[sat.isin(sats)], sats)

    hours = calls["start_time"].dt.hour.value_counts()
    by_hour = [int(hours.get(h, 0)) for h in range(24)]

    per_day = calls.groupby(calls["start_time"].dt.normalize())["answered"].agg(["size", "sum"])
    by_date = {d: [0, 0] for d in spec["days"]}
    for day, row in per_day.iterrows():
        by_date[day.strftime("%Y-%m-%d")] = [int(row["size"]), int(row["sum"])]

    return {
        "inbound": sum(by_outcome.values()),
        "answered": by_outcome[spec["answered"]],
        "byOutcome": by_outcome,
        "byChannel": by_channel,
        "byRegion": by_region,
        "byDate": by_date,
        "byHour": by_hour,
        "bySatisfaction": by_satisfaction,
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--csv", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--spec", help="path of the spec JSON")
    g.add_argument("--spec-json", help="the spec JSON itself")
    a = p.parse_args()
    if a.spec is not None:
        with open(a.spec, encoding="utf-8") as f:
            spec = json.load(f)
    else:
        spec = json.loads(a.spec_json)
    t0 = time.perf_counter()
    fig = figures(a.csv, spec)
    ms = (time.perf_counter() - t0) * 1000
    json.dump({"ms": ms, "importMs": import_ms, "figures": fig}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    # the peak RSS, for bench/measure.ts when GNU time is missing (with it, its own line comes last and wins)
    sys.stderr.write("\nMAXRSS_KB=%d\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
