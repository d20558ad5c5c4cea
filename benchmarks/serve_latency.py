"""Latency of `kzgraph serve` under load, beside the bare `oxigraph serve-read-only` it runs.

Run by hand::

    python benchmarks/serve_latency.py --clients 20 --seconds 10 --runs 3
    python benchmarks/serve_latency.py --store kz.store

The store (the sample corpus built into a temporary store, or ``--store``) is served one way at
a time, alternating: ``kzgraph serve`` (the front server, its checks and the child) and the
same Oxigraph server alone (``oxigraph serve-read-only --union-default-graph``, the queries
sent with the kzgraph prefixes in front, as ``kzgraph serve`` adds them). ``--clients`` threads
each send the saved queries in turn (parameters unbound), a SPARQL JSON ``POST`` at a time, for
``--seconds``. Prints, per way, the median over ``--runs`` of the latency percentiles (p50, p90,
p99, in ms), the answers per second and the errors (anything but a 200).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from kzgraph.namespaces import SPARQL_PREFIXES
from kzgraph.query.saved import saved_queries
from kzgraph.remote.serve import oxigraph_command


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(way: str, store: Path) -> tuple[subprocess.Popen, str, str]:
    """The server process, its query URL and the text to put in front of each query."""
    port = free_port()
    if way == "kzgraph":
        command = [sys.executable, "-c", "from kzgraph.cli import main; main()", "serve",
                   "--store", str(store), "--bind", f"127.0.0.1:{port}"]
        prefix = ""
    else:
        command = [oxigraph_command(), "serve-read-only", "--location", str(store),
                   "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        prefix = SPARQL_PREFIXES
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(600):
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
            return process, url, prefix
        except OSError:
            time.sleep(0.1)
    process.kill()
    sys.exit(f"{way} did not answer")


def hammer(url: str, texts: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    """Latencies in ms of every answer, and the number of errors."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client(number: int) -> None:
        deadline = time.monotonic() + seconds
        turn = number
        while time.monotonic() < deadline:
            body = texts[turn % len(texts)].encode("utf-8")
            turn += 1
            request = urllib.request.Request(url, data=body, method="POST", headers={
                "Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json"})
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:
                    answer.read()
                    ok = answer.status == 200
            except (urllib.error.URLError, OSError):
                ok = False
            took = (time.perf_counter() - start) * 1000
            with lock:
                if ok:
                    latencies.append(took)
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0]


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank).

    >>> percentile([1, 2, 3, 4], 0.5), percentile([1, 2, 3, 4], 0.99)
    (2, 4)
    """
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="a store from kzgraph build (default: sample)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kzgraph-bench-"))
    try:
        store = args.store
        if store is None:
            store = work / "kz.store"
            subprocess.run([sys.executable, "-c", "from kzgraph.cli import main; main()",
                            "build", "--store", str(store)], check=True, capture_output=True)
        texts = [q.text for q in saved_queries()]
        results: dict[str, list[tuple[float, float, float, float, int]]] = {
            "kzgraph": [], "oxigraph": []}
        for run in range(args.runs):
            for way in (("kzgraph", "oxigraph") if run % 2 == 0 else ("oxigraph", "kzgraph")):
                process, url, prefix = start(way, store)
                try:
                    latencies, errors = hammer(url, [prefix + t for t in texts], args.clients,
                                               args.seconds)
                finally:
                    process.terminate()
                    process.wait()
                results[way].append((percentile(latencies, 0.5), percentile(latencies, 0.9),
                                     percentile(latencies, 0.99), len(latencies) / args.seconds,
                                     errors))
        print(f"{args.clients} clients, {args.seconds:g} s, {len(texts)} saved queries in turn, "
              f"median of {args.runs} runs")
        for way, rows in results.items():
            p50, p90, p99, rate = (statistics.median(r[i] for r in rows) for i in range(4))
            print(f"{way:<9} p50 {p50:7.1f} ms  p90 {p90:7.1f} ms  p99 {p99:7.1f} ms  "
                  f"{rate:7.1f} answers/s  errors {sum(r[4] for r in rows)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
