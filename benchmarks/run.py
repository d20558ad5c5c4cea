"""Every scale measurement of kzgraph in one run, side by side with its baselines.

``python benchmarks/run.py [--quick] [--sizes 1000,10000,100000] [--runs 3] [--out FILE]``

1. generate the corpus (``generate.py``, seeded) once, for the largest size;
2. extraction throughput in one process (articles/s, MB/s of text), and the write path:
   pyoxigraph's transactional ``load`` against ``bulk_load`` (what the build uses for new
   articles), on the N-Quads of the same articles;
3. ``kzgraph build`` as a process for each size: wall time, articles/s, peak RSS (the build
   process alone and with its workers), store size on disk; then an unchanged re-build;
4. queries on a store of about 1M quads: the whole ``kzgraph query`` process against the whole
   ``oxigraph query`` process on the same store (given the exact text kzgraph runs), for every
   saved query, and rdflib (parse the N-Quads export, run the same query) for ``sectors``; then
   ``sectors`` on the largest store (kzgraph and oxigraph only);
5. start-up: ``kzgraph --help`` and ``kzgraph query`` on a one-article store, whole process, and
   the import time of ``kzgraph.cli`` from ``python -X importtime``.

Prints a table of medians and ratios, and writes everything as JSON (default
``benchmarks/results/<UTC time>.json``). Timings are for reading, never for asserting.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

RDFLIB_SCRIPT = """
import sys, rdflib
data = rdflib.Dataset(default_union=True)
data.parse(sys.argv[1], format="nquads")
rows = list(data.query(open(sys.argv[2], encoding="utf-8").read()))
print(len(rows))
"""


def run_process(args: list[str], *, timeout: float, env: dict | None = None) -> dict:
    """Run a process to the end, sampling the RSS of it and its children every 50 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, start_new_session=True)
    peak = {"rss": 0, "tree": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            own, tree = _rss(process.pid)
            peak["rss"], peak["tree"] = max(peak["rss"], own), max(peak["tree"], tree)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = process.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        out, err = process.communicate()
        timed_out = True
    done.set()
    sampler.join()
    if process.returncode != 0 and not timed_out:
        raise SystemExit(f"{' '.join(args)} failed:\n{err}")
    return {"seconds": time.perf_counter() - start, "timed_out": timed_out, "stdout": out,
            "stderr": err, "peak_rss_mb": peak["rss"] / 2**20,
            "peak_rss_with_workers_mb": peak["tree"] / 2**20}


def _rss(leader: int) -> tuple[int, int]:
    """RSS in bytes of a process, and of every process in its session."""
    page = os.sysconf("SC_PAGE_SIZE")
    own = tree = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[3]) != leader:  # the session id
                continue
            rss = int(Path(f"/proc/{name}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        tree += rss
        if int(name) == leader:
            own = rss
    return own, tree


def kzgraph(*args: str) -> list[str]:
    return [sys.executable, "-m", "kzgraph", *args]


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def corpus_paths(corpus: Path, size: int, total: int) -> list[str]:
    """The first ``size`` articles as folders of the generated corpus (1,000 per folder)."""
    if size == total or size % 1000 == 0:
        return [str(corpus / f"{i:03d}") for i in range((size + 999) // 1000)]
    raise SystemExit(f"size {size}: use a multiple of 1000 or the largest size")


def measure_extraction(corpus: Path, limit: int, work: Path) -> dict:
    import pyoxigraph as ox

    from kzgraph.articles import find_articles, read_article
    from kzgraph.graph.build import extract_nquads

    articles = [read_article(p) for p in list(find_articles([corpus]))[:limit]]
    extract_nquads(articles[:1])  # load the reference data before timing
    start = time.perf_counter()
    results = extract_nquads(articles)
    seconds = time.perf_counter() - start
    text = sum(len(a.text.encode("utf-8")) for a in articles)
    data = [r.graph + r.shared for r in results]  # what a build writes, in the store's layout
    quads = sum(r.quads for r in results)
    write = {}
    for name in ("load", "bulk_load"):
        folder = work / f"write-{name}.store"
        shutil.rmtree(folder, ignore_errors=True)
        store = ox.Store(str(folder))
        start = time.perf_counter()
        for i in range(0, len(data), 200):
            getattr(store, name)(input=b"".join(data[i:i + 200]), format=ox.RdfFormat.N_QUADS,
                                 lenient=True)
        store.flush()
        write[name] = quads / (time.perf_counter() - start)
        del store
        shutil.rmtree(folder, ignore_errors=True)
    return {"articles": len(articles), "seconds": seconds,
            "articles_per_s": len(articles) / seconds, "mb_text_per_s": text / 2**20 / seconds,
            "quads_per_article": quads / len(articles),
            "write_quads_per_s_load_transactional": write["load"],
            "write_quads_per_s_bulk_load": write["bulk_load"]}


def measure_build(corpus: Path, size: int, total: int, work: Path, runs: int, jobs: int,
                  timeout: float) -> dict:
    paths = corpus_paths(corpus, size, total)
    store = work / f"build-{size}.store"
    results = []
    for _ in range(runs):
        shutil.rmtree(store, ignore_errors=True)
        result = run_process(kzgraph("build", *paths, "--store", str(store), "--jobs", str(jobs)),
                             timeout=timeout)
        if result["timed_out"]:
            raise SystemExit(f"build of {size} articles took over {timeout} s")
        results.append(result)
    again = run_process(kzgraph("build", *paths, "--store", str(store)), timeout=timeout)
    seconds = median([r["seconds"] for r in results])
    return {"articles": size, "runs": runs, "jobs": jobs, "seconds": seconds,
            "articles_per_s": size / seconds,
            "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
            "peak_rss_with_workers_mb": max(r["peak_rss_with_workers_mb"] for r in results),
            "store_mb": disk_mb(store), "summary": _last_line(results[-1], store),
            "unchanged_rebuild_seconds": again["seconds"],
            "unchanged_rebuild_summary": _last_line(again, store)}


def _last_line(result: dict, store: Path) -> str:
    """The build's summary line, with the store's name instead of its path."""
    return result["stderr"].strip().splitlines()[-1].replace(str(store), store.name)


def _rows(engine: str, out: str) -> int | None:
    lines = out.strip().splitlines()
    if not lines:
        return None
    if engine == "kzgraph":
        return int(lines[-1].strip("()").split()[0])
    if engine == "oxigraph":
        return len(lines) - 1
    return int(lines[-1])


QUERY_VALUES = {"evidence": {"entity": "kzid:region/akmola"}}
"""Values for the saved queries' required parameters."""
RDFLIB_QUERIES = ("sectors",)
"""rdflib parses the whole export for each query: only these are run with it."""


def measure_queries(store: Path, work: Path, runs: int, timeout: float, *,
                    rdflib_timeout: float | None, only: tuple[str, ...] = ()) -> dict:
    """Every saved query (or those in ``only``), whole process: ``kzgraph query`` against
    ``oxigraph query`` on the same store with the text kzgraph runs (prefixes and bound
    parameters), and rdflib."""
    from kzgraph.namespaces import SPARQL_PREFIXES
    from kzgraph.query.saved import bind, find_query, with_values
    from kzgraph.remote.serve import oxigraph_command

    export = work / f"{store.name}.nq"
    if rdflib_timeout and not export.exists():
        run_process(kzgraph("export", "--store", str(store), "--format", "nquads", "-o",
                            str(export)), timeout=3600)
    out = {"store": store.name, "quads": _count_quads(store)}
    for path in sorted((ROOT / "queries").glob("*.rq")):
        if only and path.stem not in only:
            continue
        name, values = path.stem, QUERY_VALUES.get(path.stem, {})
        saved = find_query(str(path))
        prefixed = work / f"{name}.prefixed.rq"
        prefixed.write_text(SPARQL_PREFIXES + with_values(saved.text, bind(saved, values)),
                            encoding="utf-8")
        params = [a for k, v in values.items() for a in ("--param", f"{k}={v}")]
        commands = {
            "kzgraph": kzgraph("query", str(path), "--store", str(store), *params),
            "oxigraph": [oxigraph_command(), "query", "--location",
                         str(store), "--query-file", str(prefixed), "--results-format", "csv",
                         "--union-default-graph"],
        }
        if rdflib_timeout and name in RDFLIB_QUERIES:
            commands["rdflib"] = [sys.executable, "-c", RDFLIB_SCRIPT, str(export), str(prefixed)]
        out[name] = {}
        for engine, command in commands.items():
            times, rows = [], None
            for _ in range(runs if engine != "rdflib" else 1):
                result = run_process(command, timeout=rdflib_timeout if engine == "rdflib"
                                     else timeout)
                if result["timed_out"]:
                    times = []
                    break
                times.append(result["seconds"])
                rows = _rows(engine, result["stdout"])
            out[name][engine] = {"seconds": median(times) if times else None, "runs": times,
                                 "rows": rows, "timed_out_after": None if times else
                                 (rdflib_timeout if engine == "rdflib" else timeout),
                                 "peak_rss_mb": result["peak_rss_mb"]}
    return out


def _count_quads(store: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(store)))


def measure_startup(work: Path, runs: int) -> dict:
    tiny = work / "one-article.store"
    if not tiny.exists():
        run_process(kzgraph("build", "--store", str(tiny), "--jobs", "1"), timeout=300)
    out = {}
    for name, args in {"help": ["--help"],
                       "query": ["query", "sectors", "--store", str(tiny)]}.items():
        times = [run_process(kzgraph(*args), timeout=60)["seconds"] for _ in range(runs)]
        out[f"kzgraph_{name}_seconds"] = median(times)
    for name, module in {"cli": "kzgraph.cli",
                         "query": "kzgraph.cli, kzgraph.query.saved, kzgraph.graph.store"}.items():
        totals = []
        for _ in range(runs):
            done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                                  capture_output=True, text=True, check=True)
            totals.append(_import_us(done.stderr) / 1e6)
        out[f"import_{name}_seconds"] = median(totals)
    bare = [run_process([sys.executable, "-c", "pass"], timeout=60)["seconds"]
            for _ in range(runs)]
    out["python_bare_seconds"] = median(bare)
    return out


def _import_us(importtime: str) -> int:
    """Microseconds spent importing ``kzgraph`` modules (with all they import), from
    ``-X importtime`` output: the cumulative times of its top-level ``kzgraph*`` lines.

    >>> _import_us("import time: self [us] | cumulative | imported package\\n"
    ...            "import time:  5 | 10 | kzgraph\\nimport time:  2 | 3 |   click\\n"
    ...            "import time:  1 | 4 | kzgraph.cli\\nimport time:  9 | 9 | site\\n")
    14
    """
    total = 0
    for line in importtime.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].startswith(" kzgraph") and parts[1].strip().isdigit():
            total += int(parts[1])
    return total


def report(results: dict) -> str:
    lines = []
    ex = results.get("extraction")
    if ex:
        lines += [f"extraction, 1 process: {ex['articles_per_s']:.1f} articles/s, "
                  f"{ex['mb_text_per_s']:.3f} MB/s of text, {ex['quads_per_article']:.0f} "
                  "quads/article",
                  "write path: transactional load "
                  f"{ex['write_quads_per_s_load_transactional']:,.0f} quads/s, bulk_load "
                  f"{ex['write_quads_per_s_bulk_load']:,.0f} quads/s", ""]
    lines.append(f"{'articles':>9} {'build s':>8} {'art/s':>7} {'RSS MB':>7} {'+workers':>9} "
                 f"{'store MB':>9} {'rebuild s':>10}")
    for b in results["builds"]:
        lines.append(f"{b['articles']:>9} {b['seconds']:>8.1f} {b['articles_per_s']:>7.1f} "
                     f"{b['peak_rss_mb']:>7.0f} {b['peak_rss_with_workers_mb']:>9.0f} "
                     f"{b['store_mb']:>9.0f} {b['unchanged_rebuild_seconds']:>10.1f}")
    for q in results.get("queries", ()):
        lines.append("")
        lines.append(f"queries on {q['store']} ({q['quads']:,} quads): whole process, median s")
        for name in [n for n in q if isinstance(q[n], dict) and "oxigraph" in q[n]]:
            cells = []
            base = q[name]["oxigraph"]["seconds"]
            ours = q[name]["kzgraph"]["seconds"]
            for engine, r in q[name].items():
                if r["seconds"] is None:
                    cells.append(f"{engine} >{r['timed_out_after']:.0f} (timeout)")
                elif engine == "rdflib":
                    ratio = f" ({r['seconds'] / ours:.0f}x kzgraph)" if ours else ""
                    cells.append(f"{engine} {r['seconds']:.2f}{ratio} [{r['rows']} rows]")
                else:
                    ratio = f" ({r['seconds'] / base:.2f}x oxigraph)" if base else ""
                    cells.append(f"{engine} {r['seconds']:.2f}{ratio} [{r['rows']} rows]")
            lines.append(f"  {name}: " + "; ".join(cells))
    s = results.get("startup")
    if s:
        lines += ["", f"start-up: kzgraph --help {s['kzgraph_help_seconds'] * 1000:.0f} ms, "
                  f"kzgraph query (1-article store) {s['kzgraph_query_seconds'] * 1000:.0f} ms, "
                  f"bare python {s['python_bare_seconds'] * 1000:.0f} ms; imports: cli "
                  f"{s['import_cli_seconds'] * 1000:.0f} ms, cli+queries+store "
                  f"{s['import_query_seconds'] * 1000:.0f} ms"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="100 articles, one run each: a smoke run, not a measurement")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--query-articles", type=int, default=4000,
                        help="articles in the store the query baselines run on (~260 quads each)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120.0, help="per query process")
    parser.add_argument("--rdflib-timeout", type=float, default=300.0,
                        help="per rdflib process (parse the export, run the query)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kzgraph-bench"),
                        help="scratch folder for the corpus and the stores")
    parser.add_argument("--out", type=Path, help="results JSON (default: benchmarks/results/)")
    parser.add_argument("--parts", default="extraction,builds,queries,startup",
                        help="which measurements to run (comma-separated)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.query_articles = "100", 1, 100
        args.timeout = args.rdflib_timeout = 60.0
    sizes = sorted(int(s) for s in args.sizes.split(","))
    total = sizes[-1]
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{total}"
    if not (corpus / "done").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate.generate(total, corpus, seed=0)
        (corpus / "done").write_text("ok")
    results: dict = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                 "load_average_at_start": os.getloadavg()},
                     "options": {"sizes": sizes, "runs": args.runs, "jobs": args.jobs,
                                 "query_articles": args.query_articles, "quick": args.quick}}
    parts = set(args.parts.split(","))
    if "extraction" in parts:
        print("extraction ...", file=sys.stderr)
        results["extraction"] = measure_extraction(corpus, min(total, 1000), args.work)
    results["builds"] = []
    for size in sizes if "builds" in parts else ():
        print(f"build {size} ...", file=sys.stderr)
        runs = args.runs if size <= 1000 else 1
        results["builds"].append(measure_build(corpus, size, total, args.work, runs, args.jobs,
                                               timeout=max(600.0, size * 0.1)))
    if "queries" in parts:
        measure_all_queries(args, results, corpus, sizes, total)
    if "startup" in parts:
        print("start-up ...", file=sys.stderr)
        results["startup"] = measure_startup(args.work, max(args.runs, 5))
    table = report(results)
    print(table)
    out = args.out or HERE / "results" / f"{results['when'][:16].replace(':', '')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results -> {out}", file=sys.stderr)
    return 0


def measure_all_queries(args, results: dict, corpus: Path, sizes: list[int], total: int) -> None:
    query_store = args.work / f"build-{args.query_articles}.store"
    if args.query_articles not in sizes or not query_store.exists():
        print(f"query store of {args.query_articles} articles ...", file=sys.stderr)
        paths = corpus_paths(corpus, args.query_articles, total)
        shutil.rmtree(query_store, ignore_errors=True)
        run_process(kzgraph("build", *paths, "--store", str(query_store)), timeout=3600)
    print("queries ...", file=sys.stderr)
    results["queries"] = [measure_queries(query_store, args.work, args.runs, args.timeout,
                                          rdflib_timeout=args.rdflib_timeout)]
    if total > args.query_articles:
        results["queries"].append(measure_queries(args.work / f"build-{total}.store", args.work,
                                                  args.runs, args.timeout,
                                                  rdflib_timeout=None, only=("sectors",)))


if __name__ == "__main__":
    sys.exit(main())
