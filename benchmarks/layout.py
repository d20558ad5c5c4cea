"""Saved queries on a store against the same questions on its compact facts graph, side by side.

``python benchmarks/layout.py STORE [STORE...] [--runs 5] [--queries a,b] [--out FILE]``

For each store (built by ``kzgraph build``), two baselines are made in a scratch folder beside
it, each a store of the same engine (pyoxigraph on disk) with one graph:

- ``facts``: every triple of the union once, without evidence (the spans and the articles'
  ``kz:text``) and without ``kz:assertsFact``: the compact facts graph;
- ``flat``: every triple of the union once, evidence included (the baseline for the queries
  that read evidence: ``evidence`` and ``figures``).

Then every saved query (with the prefixes and parameters ``kzgraph query`` adds) runs in this
process on the store and on its baseline, alternately, ``--runs`` times each; the answer is read
to the end. Prints median seconds, the ratio and the row counts (they must agree).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from kzgraph.namespaces import GRAPH, KZ, SPARQL_PREFIXES
from kzgraph.query.saved import bind, find_query, with_values
from kzgraph.resources import queries_dir

ROOT = Path(__file__).resolve().parent
VALUES = {"evidence": {"entity": "kzid:region/akmola"}}
READS_EVIDENCE = ("evidence", "figures")


_FACTS = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER (?g != <{GRAPH}inferred>)
  FILTER (?p NOT IN (<{KZ}assertsFact>, <{KZ}text>))
  FILTER (!(isIRI(?s) && CONTAINS(STR(?s), "#char=")))
}}"""
_FLAT = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{GRAPH}inferred>)
}}"""


def baselines(store: ox.Store, folder: Path) -> dict[str, ox.Store]:
    """The ``facts`` and ``flat`` baselines of a store (made once, kept in ``folder``).

    The union's triples (evidence and the store's counts left out for ``facts``) are written
    as N-Triples and bulk-loaded into one graph, which keeps each once.
    """
    out = {}
    for name, query in (("facts", _FACTS), ("flat", _FLAT)):
        path = folder / f"{name}.store"
        if not (path / "done").exists():
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
            dump = folder / f"{name}.nt"
            ox.serialize(store.query(query), output=str(dump), format=ox.RdfFormat.N_TRIPLES)
            base = ox.Store(str(path))
            base.bulk_load(path=str(dump), format=ox.RdfFormat.N_TRIPLES)
            base.flush()
            del base
            dump.unlink()
            (path / "done").write_text("ok")
        out[name] = ox.Store.read_only(str(path))
    return out


def time_query(store: ox.Store, text: str) -> tuple[float, int]:
    start = time.perf_counter()
    rows = sum(1 for _ in store.query(text, use_default_graph_as_union=True))
    return time.perf_counter() - start, rows


def measure(path: Path, runs: int, only: tuple[str, ...] = ()) -> dict:
    store = ox.Store.read_only(str(path))
    bases = baselines(store, path.parent / f"{path.name}.baselines")
    out = {"store": path.name, "quads": len(store),
           "store_mb": sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20,
           "baseline_triples": {name: len(base) for name, base in bases.items()}, "queries": {}}
    for rq in sorted(queries_dir().glob("*.rq")):
        if only and rq.stem not in only:
            continue
        saved = find_query(str(rq))
        text = SPARQL_PREFIXES + with_values(saved.text, bind(saved, VALUES.get(rq.stem, {})))
        base_name = "flat" if rq.stem in READS_EVIDENCE else "facts"
        times = {"store": [], base_name: []}
        rows = {}
        for _ in range(runs):
            for name, engine in (("store", store), (base_name, bases[base_name])):
                seconds, rows[name] = time_query(engine, text)
                times[name].append(seconds)
        ours, base = statistics.median(times["store"]), statistics.median(times[base_name])
        out["queries"][rq.stem] = {"store_s": ours, "baseline": base_name, "baseline_s": base,
                                   "ratio": ours / base if base else None, "rows": rows}
        print(f"{path.name} {rq.stem:9} store {ours:8.3f} s  {base_name} {base:8.3f} s  "
              f"{ours / base if base else float('nan'):5.2f}x  rows {rows}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", default="", help="only these saved queries (comma-separated)")
    parser.add_argument("--out", type=Path, help="results JSON (default: print only)")
    args = parser.parse_args(argv)
    only = tuple(filter(None, args.queries.split(",")))
    results = [measure(path, args.runs, only) for path in args.stores]
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
