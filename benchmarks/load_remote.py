"""Time `kzgraph load` into a real Oxigraph server: the bulk path against one PUT per graph.

Run by hand (it takes minutes, and the `oxigraph` server from the test extra)::

    python benchmarks/load_remote.py --triples 1000000 --graphs 1000
    python benchmarks/load_remote.py --triples 1000000 --graphs 1 --methods bulk

``--store DIR`` uses an existing store (from ``kzgraph build``); the ``engine`` method is the
baseline: ``oxigraph dump`` of the store piped into one POST to the server's bulk loader.
Otherwise it builds a synthetic store on disk (``--graphs`` article graphs sharing
``--triples`` triples, plus the ontology and reference graphs). It starts ``oxigraph serve``
on a fresh store on a free loopback port, and runs ``kzgraph load --store DIR --method M``
as a separate process per method, twice (a first load into an empty server, then a re-run
replacing every graph). It prints the wall time, triples per second and the loader's peak
resident memory, from ``os.wait4``: a flat figure whatever the store's size shows that graphs
are streamed.

Measured on the 2-core machine while other jobs kept its load average at 5-7 (so about half
of what an idle machine gives), 1,002,909 triples in 1,002 graphs:

====================  =========  ============  ============
method                 wall (s)   triples/s    loader RSS
====================  =========  ============  ============
bulk, first load           63.5        15,790        114 MB
bulk, re-run              187.9         5,337        114 MB
put, first load          1097.2           914         92 MB
====================  =========  ============  ============

The bulk re-run pays for Oxigraph deleting a million triples (DROP, some 10 k/s here) before
loading them again. Reading the local store is the other limit: iterating 1 M quads out of an
on-disk pyoxigraph store took 12-20 s here, serialising them 0.8 s; a raw ``curl`` POST of the
same N-Quads to ``/store?no_transaction`` took 39 s, and 122 s without ``no_transaction``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from kzgraph.remote.serve import oxigraph_command

KZ = "https://w3id.org/kzgraph/ontology#"
ID = "https://w3id.org/kzgraph/id/"
GRAPH = "https://w3id.org/kzgraph/graph/article/"


def synthetic_quads(triples: int, graphs: int):
    """Project-like resources, five triples each, spread evenly over the article graphs."""
    per_graph = max(1, triples // graphs)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kinds = [ox.NamedNode(KZ + p) for p in ("locatedIn", "inSector", "jobs", "status")]
    for g in range(graphs):
        graph = ox.NamedNode(f"{GRAPH}bench-{g:05d}")
        for i in range(per_graph // 5):
            subject = ox.NamedNode(f"{ID}project/bench-{g}-{i}")
            yield ox.Quad(subject, label, ox.Literal(f"project {g}-{i}", language="en"), graph)
            yield ox.Quad(subject, kinds[0], ox.NamedNode(f"{ID}region/r{i % 20}"), graph)
            yield ox.Quad(subject, kinds[1], ox.NamedNode(f"{ID}sector/s{i % 40}"), graph)
            yield ox.Quad(subject, kinds[2], ox.Literal(str(i % 900)), graph)
            yield ox.Quad(subject, kinds[3], ox.NamedNode(KZ + "Launched"), graph)


def build(path: Path, triples: int, graphs: int) -> None:
    """Write the synthetic store and print its number of quads."""
    from kzgraph.graph.store import GraphStore  # creates it with the ontology and reference graphs

    store = GraphStore(path)._store  # raw writes: a synthetic store, not articles
    store.bulk_extend(synthetic_quads(triples, graphs))
    store.flush()
    print(len(store))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_load(store: Path, endpoint: str, method: str) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB, and the loader's last stderr line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "from kzgraph.cli import main; main()", "load", "--endpoint",
         endpoint, "--store", str(store), "--method", method],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        sys.exit(f"load failed: {err.strip().splitlines()[-1]}")
    return seconds, usage.ru_maxrss // 1024, err.strip().splitlines()[-1]


def run_engine_pipeline(store: Path, port: int, oxigraph: str) -> float:
    """The same engine's own tools, the floor for ``load``: ``oxigraph dump`` of the store piped
    into one POST to the server's bulk loader. Wall seconds."""
    start = time.perf_counter()
    dump = subprocess.Popen([oxigraph, "dump", "--location", str(store), "--format", "nq"],
                            stdout=subprocess.PIPE)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/store?no_transaction", method="POST",
        data=iter(lambda: dump.stdout.read(1 << 20), b""),
        headers={"Content-Type": "application/n-quads"})
    urllib.request.urlopen(request, timeout=3600).close()
    if dump.wait() != 0:
        sys.exit("oxigraph dump failed")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--graphs", type=int, default=1000)
    parser.add_argument("--methods", default="engine,bulk,put",
                        help="engine: oxigraph dump | POST, the baseline; bulk, put: kzgraph load")
    parser.add_argument("--store", type=Path,
                        help="an existing store (from kzgraph build) instead of a synthetic one")
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build), args.triples, args.graphs)
        return
    work = Path(tempfile.mkdtemp(prefix="kzgraph-bench-"))
    try:
        store_dir = args.store or work / "kz.store"
        start = time.perf_counter()
        if args.store:
            total = len(ox.Store.read_only(str(store_dir)))
        else:
            # Built in a child process: a loader forked from a big parent would report the
            # parent's memory as its own peak (ru_maxrss survives exec).
            total = int(subprocess.run(
                [sys.executable, __file__, "--build", str(store_dir), "--triples",
                 str(args.triples), "--graphs", str(args.graphs)],
                check=True, capture_output=True, text=True).stdout)
        print(f"store: {total:,} quads, ready in {time.perf_counter() - start:.1f} s")
        oxigraph = oxigraph_command()
        for method in args.methods.split(","):
            port = free_port()
            server = subprocess.Popen(
                [oxigraph, "serve", "--location",
                 str(work / f"server-{method}"), "--bind", f"127.0.0.1:{port}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                for _ in range(100):
                    try:
                        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                        break
                    except OSError:
                        time.sleep(0.1)
                if method == "engine":
                    seconds = run_engine_pipeline(store_dir, port, oxigraph)
                    print(f"{method:<6} first load {seconds:7.1f} s wall, "
                          f"{total / seconds:9,.0f} triples/s")
                    continue
                for run in ("first load", "re-run"):
                    seconds, rss, line = run_load(store_dir, f"http://127.0.0.1:{port}/query",
                                                  method)
                    print(f"{method:<6} {run:<10} {seconds:7.1f} s wall, "
                          f"{total / seconds:9,.0f} triples/s, peak RSS {rss} MB | {line}")
            finally:
                server.terminate()
                server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
