#!/usr/bin/env python3
"""Merges the fragments of one deploy/bench/run into results.json, prints the Markdown report and, with
--baseline, compares every figure with the baseline (exit 1 on a regression beyond the tolerance)."""
import argparse
import json
import pathlib
import re
import sys

TOLERANCE = 3.0  # a time may be 3x the baseline, a throughput a third of it
# Below these absolute differences a slower figure is noise, whatever the ratio (sub-millisecond timings).
FLOOR = {"ms": 2.0, "s": 1.0}


def merge(into, other):
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value


def number(text):
    if re.fullmatch(r"-?\d+", text or ""):
        return int(text)
    return float(text) if re.fullmatch(r"-?\d+\.\d+", text or "") else text


def collect(work):
    results = {}
    for name in ["engine", "pg", "load-app", "http"]:
        path = work / f"{name}.json"
        if path.exists():
            merge(results, json.loads(path.read_text()))
    meta = {}
    if (work / "meta.txt").exists():
        for line in (work / "meta.txt").read_text().splitlines():
            key, _, value = line.partition("=")
            meta[key] = number(value)
    results["machine"] = {k: meta[k] for k in ["nproc", "memory", "cpu", "java", "postgres"] if k in meta}
    results["run"] = {k: v for k, v in meta.items() if k not in results["machine"]}
    http = results.setdefault("http", {})
    for key in ["first_start_ms", "restart_ready_ms", "cold_ready_ms", "cold_indexed_ms"]:
        if key in meta:
            http[key.replace("_ms", "_s")] = round(meta[key] / 1000, 3)
    if "rebuild_ms" in meta:
        status_file = work / "status.json"
        docs = meta["docs"] * 2
        if status_file.exists():
            status = json.loads(status_file.read_text())
            docs = (status.get("rebuild") or {}).get("total") or docs
        http["rebuild_s"] = round(meta["rebuild_ms"] / 1000, 3)
        http["rebuild_docs_per_s"] = round(docs / (meta["rebuild_ms"] / 1000), 1)
    if meta.get("one_build") == 1 and "cold_indexed_ms" in meta:
        # --one-build: the application's start-up build from its tables (JVM start included) is the index figure.
        seconds = meta["cold_indexed_ms"] / 1000
        index = results.setdefault("index", {})
        index.update({"source": "application start-up build", "docs": meta["docs"] * 2, "seconds": round(seconds, 3),
                      "docs_per_s": round(meta["docs"] * 2 / seconds, 1)})
        for key in ["app_index_mb", "app_peak_rss_mb"]:
            if meta.get(key) not in (None, ""):
                index[key.replace("app_", "")] = meta[key]
    if (work / "wrk.txt").exists():
        wrk = http.setdefault("wrk", {})
        for line in (work / "wrk.txt").read_text().splitlines():
            name, _, rest = line.partition(" ")
            wrk[name] = {k: number(v) for k, v in re.findall(r"(\w+)=(\S+)", rest)}
    relevance = {}
    for track in ["sbir", "zh"]:
        path = work / f"relevance-{track}.txt"
        if path.exists():
            found = re.search(r"nDCG@10: ([0-9.]+)", path.read_text())
            relevance[track] = {"ndcg_at_10": float(found.group(1))} if found else {"error": path.read_text()[-300:]}
    results["relevance"] = relevance or {"skipped": "no evaluation sets (EVAL_DIR)"}
    engine_p50 = dig(results, "search.engine.p50_ms")
    fts = dig(results, "pg.fts.p50_ms")
    if engine_p50 and fts:
        results.setdefault("ratio", {})["lucene_vs_pg_fts_p50"] = round(fts / engine_p50, 2)
        results["ratio"]["lucene_vs_pg_trgm_p50"] = round(dig(results, "pg.trgm.p50_ms") / engine_p50, 2)
    return results


def dig(results, dotted):
    value = results
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flatten(inner, f"{prefix}{key}.")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield prefix[:-1], value


def direction(key):
    """+1: higher is better (throughput), -1: lower is better (time), 0: informational."""
    last = key.rsplit(".", 1)[-1]
    if key.startswith(("run.", "machine.", "relevance.")) or last in ("count", "queries", "docs", "requests"):
        return 0
    # Before the "_s" suffix test: rebuild_docs_per_s is a throughput, not a time.
    if last == "rps" or last.endswith("per_s") or key.startswith("ratio."):
        return 1
    if last.endswith("_ms") or last.endswith("_s") or last == "seconds":
        return -1
    return 0


def compare(results, baseline):
    rows, failures = [], []
    base = dict(flatten(baseline))
    for key, value in flatten(results):
        if key not in base:
            continue
        old, sense = base[key], direction(key)
        verdict = ""
        unit = "ms" if key.endswith("_ms") else "s"
        if sense < 0 and old >= 0 and value > TOLERANCE * old and value - old > FLOOR[unit]:
            verdict = "**REGRESSION**"
        elif sense > 0 and old > 0 and value < old / TOLERANCE:
            verdict = "**REGRESSION**"
        elif key.endswith("errors") and value > old:
            verdict = "**REGRESSION** (errors)"
        if verdict:
            failures.append(key)
        ratio = f"{value / old:.2f}×" if old else "–"
        rows.append(f"| {key} | {old:g} | {value:g} | {ratio} | {verdict} |")
    return rows, failures


def fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer() and digits == 2 and abs(value) >= 1:
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def report(r, out):
    p = lambda *a: print(*a, file=out)
    m, run = r.get("machine", {}), r.get("run", {})
    docs = int(run.get("docs", 0))
    p(f"# Jiebang benchmark: {docs:,} challenges + {docs:,} labs{' (smoke)' if run.get('smoke') else ''}")
    p()
    p(f"{m.get('nproc')} cores ({m.get('cpu', '?')}), {m.get('memory')}, {m.get('java')}, PostgreSQL {m.get('postgres', '–')}; "
      f"commit {run.get('commit')}; {run.get('started')} – {run.get('finished')}. "
      f"Load average at the steps: engine {run.get('load_engine_start')}→{run.get('load_engine_end')}, "
      f"pg {run.get('load_pg_start')}→{run.get('load_pg_end')}, http {run.get('load_http_start')}.")
    p()
    g = lambda k: dig(r, k)
    if g("index"):
        p("## Index build (in-process, production classes, one writer fed by a thread per core)")
        if g("index.source"):
            p(f"One build (`--one-build`): the application built the index of {fmt(g('index.docs'))} documents from its "
              f"tables at start-up in {fmt(g('index.seconds'), 1)} s including JVM start (**{fmt(g('index.docs_per_s'), 0)} "
              f"docs/s**), {fmt(g('index.index_mb'))} MB on disk, peak RSS of the application {fmt(g('index.peak_rss_mb'))} MB "
              f"(heap limit as `APP_JAVA_OPTS`); the in-process figures below search and match in that index.")
        elif g("index.reused"):
            p("An index kept from an earlier run (KEEP_INDEX) was searched; nothing was indexed in this run.")
        else:
            p("| documents | threads | seconds | docs/s | size on disk | peak heap | GC | reopen + first search |")
            p("|---:|---:|---:|---:|---:|---:|---:|---:|")
            p(f"| {fmt(g('index.docs'))} | {g('index.threads') or 1} | {fmt(g('index.seconds'), 1)} | {fmt(g('index.docs_per_s'), 0)} | "
              f"{fmt(g('index.size_mb'), 1)} MB | {fmt(g('index.peak_heap_mb'), 0)} MB of {fmt(g('index.max_heap_mb'), 0)} | "
              f"{g('index.gc_count')} collections, {g('index.gc_ms')} ms | {fmt(g('index.open_s'))} s |")
        p()
        p("## Latency (ms)")
        p("| what | calls | p50 | p90 | p99 | max | per s | empty results | 16 threads p50 | p99 | per s |")
        p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        rows = [("search, engine (all queries)", "search.engine"), ("… Chinese", "search.engine.zh"),
                ("… English", "search.engine.en"), ("… mixed", "search.engine.mixed"),
                ("… with filters", "search.engine.filtered"), ("lab search, engine", "search.labs_engine"),
                ("matching: labs for a challenge", "match.engine"),
                ("matching: challenges for a lab", "match.engine.challenges_for"),
                ("search over HTTP", "search.http"),
                ("PostgreSQL FTS ('simple', GIN)", "pg.fts"), ("PostgreSQL pg_trgm ILIKE", "pg.trgm")]
        for label, key in rows:
            f = g(key)
            if not f:
                continue
            t = f.get("threads16") or {}
            p(f"| {label} | {f.get('count')} | {fmt(f.get('p50_ms'))} | {fmt(f.get('p90_ms'))} | {fmt(f.get('p99_ms'))} | "
              f"{fmt(f.get('max_ms'))} | {fmt(f.get('per_s'), 0)} | {fmt(100 * f.get('empty_share', 0), 1)} % | "
              f"{fmt(t.get('p50_ms'))} | {fmt(t.get('p99_ms'))} | {fmt(t.get('per_s'), 0)} |")
        p()
    if g("pg"):
        p(f"PostgreSQL: COPY {fmt(g('pg.rows_per_s'), 0)} rows/s ({fmt(g('pg.load_s'), 1)} s), GIN tsvector index "
          f"{fmt(g('pg.fts_index_s'), 1)} s, pg_trgm index {fmt(g('pg.trgm_index_s'), 1)} s, table with indexes "
          f"{fmt(g('pg.table_mb'), 0)} MB. Lucene is **{fmt(g('ratio.lucene_vs_pg_fts_p50'), 1)}×** faster than "
          f"PostgreSQL FTS at p50 ({fmt(g('ratio.lucene_vs_pg_trgm_p50'), 1)}× than pg_trgm) and finds something for "
          f"{fmt(100 * (1 - (g('search.engine.empty_share') or 0)), 1)} % of the queries against "
          f"{fmt(100 * (1 - (g('pg.fts.empty_share') or 0)), 1)} % (FTS) and {fmt(100 * (1 - (g('pg.trgm.empty_share') or 0)), 1)} % (trgm).")
        p()
    if g("http"):
        p("## Application over HTTP")
        rebuild = ("admin rebuild: not run (`--one-build`: the start-up build below is the rebuild)"
                   if g("run.one_build") == 1 else
                   f"admin rebuild of {fmt(docs * 2)} documents: {fmt(g('http.rebuild_s'), 1)} s "
                   f"({fmt(g('http.rebuild_docs_per_s'), 0)} docs/s)")
        p(f"First start on an empty database (migrations, demo data): {fmt(g('http.first_start_s'), 1)} s; "
          f"COPY into the application's tables {fmt(g('http_load.load_s'), 1)} s; {rebuild}. "
          f"Start-up with the existing index until ready: {fmt(g('http.restart_ready_s'), 1)} s; "
          f"without an index (readiness waits until the index built from the database is complete): ready in "
          f"{fmt(g('http.cold_ready_s'), 1)} s, index complete after {fmt(g('http.cold_indexed_s'), 1)} s.")
        p()
        if g("http.wrk"):
            p("| wrk | connections | requests/s | p50 (ms) | p99 (ms) | errors | requests | load avg |")
            p("|---|---:|---:|---:|---:|---:|---:|---:|")
            for name, w in g("http.wrk").items():
                p(f"| {name} | {run.get('connections', 32)} | {fmt(w.get('rps'), 0)} | {fmt(w.get('p50_ms'))} | "
                  f"{fmt(w.get('p99_ms'))} | {fmt(w.get('errors'))} | {fmt(w.get('requests'))} | {w.get('load')} |")
            p()
    p("## Relevance")
    rel = r.get("relevance", {})
    if "skipped" in rel:
        p(f"Skipped: {rel['skipped']}.")
    else:
        for track, v in rel.items():
            p(f"- {track}: nDCG@10 {v.get('ndcg_at_10', v.get('error'))}")
    p()
    targets(r, p, docs)


def targets(r, p, docs):
    g = lambda k: dig(r, k)
    wrk = lambda name, k: g(f"http.wrk.{name}.{k}")
    checks = [
        ("search engine p50 ≤ 2 ms", g("search.engine.p50_ms"), lambda v: v <= 2),
        ("search engine p99 ≤ 10 ms", g("search.engine.p99_ms"), lambda v: v <= 10),
        ("search HTTP 1 client p50 ≤ 10 ms", g("search.http.p50_ms"), lambda v: v <= 10),
        ("search HTTP 1 client p99 ≤ 50 ms", g("search.http.p99_ms"), lambda v: v <= 50),
        ("matching p50 ≤ 10 ms", g("match.engine.p50_ms"), lambda v: v <= 10),
        ("matching p99 ≤ 30 ms", g("match.engine.p99_ms"), lambda v: v <= 30),
        ("index build ≥ 1,500 docs/s", g("index.docs_per_s"), lambda v: v >= 1500),
        ("Lucene ≥ 10× PG FTS at p50", g("ratio.lucene_vs_pg_fts_p50"), lambda v: v >= 10),
        ("fewer empty results than PG FTS", g("search.engine.empty_share"),
         lambda v: v < (g("pg.fts.empty_share") or 0)),
    ]
    for name, floor in [("detail", 1500), ("list", 600), ("search", 400)]:
        checks.append((f"wrk {name} ≥ {floor} req/s", wrk(name, "rps"), lambda v, f=floor: v >= f))
    for name in ["detail", "list", "search", "matches"]:
        checks.append((f"wrk {name} p99 ≤ 100 ms, 0 errors", wrk(name, "p99_ms"),
                       lambda v, n=name: v <= 100 and (wrk(n, "errors") or 0) == 0))
    p(f"## Targets (set for 100,000 documents; this run: {docs:,})")
    p("| target | measured | |")
    p("|---|---:|---|")
    for name, value, ok in checks:
        p(f"| {name} | {fmt(value)} | {'–' if value is None else ('met' if ok(value) else '**missed**')} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--baseline")
    args = parser.parse_args()
    results = collect(pathlib.Path(args.work))
    pathlib.Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    report(results, sys.stdout)
    print(f"\nresults: {args.out}")
    if args.baseline:
        baseline = json.loads(pathlib.Path(args.baseline).read_text())
        rows, failures = compare(results, baseline)
        print(f"\n## Comparison with {args.baseline} (fails when a time is > {TOLERANCE:g}× or a throughput < 1/{TOLERANCE:g})")
        print("| figure | baseline | now | now/baseline | |")
        print("|---|---:|---:|---:|---|")
        print("\n".join(rows))
        if baseline.get("run", {}).get("docs") != results.get("run", {}).get("docs"):
            print(f"\nwarning: the baseline has {baseline.get('run', {}).get('docs')} documents, this run {results['run'].get('docs')}")
        if failures:
            print(f"\nFAILED: {len(failures)} figure(s) regressed: {', '.join(failures)}")
            sys.exit(1)
        print("\nno regression")


if __name__ == "__main__":
    main()
