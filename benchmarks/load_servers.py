"""Triples per second of `kzgraph load` into each server, beside the server's own bulk loader.

Run by hand (minutes; Virtuoso from Debian's ``virtuoso-opensource``, Oxigraph from the
``oxigraph`` package, the test extra for ``tests/servers.py``)::

    python benchmarks/load_servers.py --triples 200000 --graphs 200 --runs 3

The data: a synthetic store (``load_remote.py``'s: ``--graphs`` article graphs sharing
``--triples`` triples, plus the ontology and reference graphs), and the same quads dumped to one
N-Quads file for the loaders. Each run starts a fresh server on a fresh database, on loopback
ports, and times one load into it (server start-up not counted), alternating the two ways:

=========  =======================================  ==============================================
server     ``kzgraph load`` (a separate process)    the server's own bulk loader
=========  =======================================  ==============================================
oxigraph   ``--method bulk`` into ``oxigraph serve``  ``oxigraph load --file data.nq`` (offline)
virtuoso   ``--method put`` (its only path; four    ``ld_dir`` + ``rdf_loader_run()`` +
           PUTs at a time)                          ``checkpoint`` through ``isql-vt``
=========  =======================================  ==============================================

Jena is not measured: Debian packages its TDB2 tools (``tdb2.tdbloader``) but not Fuseki, its
HTTP server, so there is nothing here for ``kzgraph load`` to send to.

After each load the triples in kzgraph's graphs are counted on the server (not timed): both ways
must give the same count. Prints medians of ``--runs``, the ratio of the loader's rate to
``kzgraph load``'s, and the machine's load average before and after (the ratio holds on a busy
machine, the absolute figures do not).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from servers import Virtuoso, free_port  # noqa: E402

from kzgraph.remote.endpoints import discover  # noqa: E402
from kzgraph.remote.protocol import sparql  # noqa: E402
from kzgraph.remote.serve import oxigraph_command  # noqa: E402

COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kzgraph/')) }")


def kzgraph_load(store: Path, url: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from kzgraph.cli import main; main()", "load",
                           "--endpoint", url, "--store", str(store)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"kzgraph load failed: {done.stderr.strip().splitlines()[-1]}")
    return seconds


def counted(url: str) -> int:
    return int(next(iter(sparql(discover(url), COUNT)))["n"].value)


def oxigraph_run(work: Path, store: Path, data: Path, way: str) -> tuple[float, int]:
    oxigraph = oxigraph_command()
    location = work / f"oxigraph-{way}-{time.monotonic_ns()}"
    if way == "loader":
        start = time.perf_counter()
        subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(data)],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - start
    port = free_port()
    server = subprocess.Popen([oxigraph, "serve", "--location", str(location), "--bind",
                               f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url)
        if way == "kzgraph":
            seconds = kzgraph_load(store, url)
        return seconds, counted(url)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(location, ignore_errors=True)


def virtuoso_run(work: Path, store: Path, data: Path, way: str) -> tuple[float, int]:
    folder = work / f"virtuoso-{way}-{time.monotonic_ns()}"
    server = Virtuoso(folder)
    try:
        if way == "kzgraph":
            seconds = kzgraph_load(store, server.url)
        else:
            shutil.copy(data, folder / "data.nq")
            start = time.perf_counter()
            server.isql(f"ld_dir('{folder}', 'data.nq', 'urn:kzgraph:none'); "
                        "rdf_loader_run(); checkpoint;")
            seconds = time.perf_counter() - start
        return seconds, counted(server.url)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _wait(url: str) -> None:
    import urllib.request

    for _ in range(200):
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answered at {url}")


RUNNERS = {"oxigraph": oxigraph_run, "virtuoso": virtuoso_run}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=200_000)
    parser.add_argument("--graphs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--servers", default="oxigraph,virtuoso")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kzgraph-bench-"))
    try:
        store, data = work / "kz.store", work / "data.nq"
        subprocess.run([sys.executable, str(HERE / "load_remote.py"), "--build", str(store),
                        "--triples", str(args.triples), "--graphs", str(args.graphs)],
                       check=True, capture_output=True)
        with data.open("wb") as out:
            subprocess.run([oxigraph_command(), "dump", "--location", str(store), "--format",
                            "nq"], check=True, stdout=out)
        total = sum(1 for _ in data.open("rb"))
        print(f"data: {total:,} quads in {args.graphs + 2} graphs; load average "
              f"{os.getloadavg()[0]:.1f}")
        for name in args.servers.split(","):
            times: dict[str, list[float]] = {"kzgraph": [], "loader": []}
            counts: set[int] = set()
            for run in range(args.runs):
                for way in (("kzgraph", "loader") if run % 2 == 0 else ("loader", "kzgraph")):
                    seconds, count = RUNNERS[name](work, store, data, way)
                    times[way].append(seconds)
                    counts.add(count)
            if len(counts) != 1:
                sys.exit(f"{name}: the two ways left different counts: {sorted(counts)}")
            ours, theirs = (statistics.median(times[w]) for w in ("kzgraph", "loader"))
            print(f"{name:<9} kzgraph load {ours:6.1f} s ({total / ours:9,.0f} triples/s)  "
                  f"own loader {theirs:6.1f} s ({total / theirs:9,.0f} triples/s)  "
                  f"loader/kzgraph {ours / theirs:4.2f}x  [{counts.pop():,} triples there; "
                  f"load average {os.getloadavg()[0]:.1f}]")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
