"""Measure that ``--timeout`` really stops a runaway query, and how late.

The query counts a three-way cartesian product of the sample store (about 5e10 rows: hours of
work). For each limit it prints how long ``kzgraph.query.saved.run`` took to raise ``QueryTimeout``,
and checks that no child process is left behind.

    python benchmarks/query_timeout.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kzgraph.errors import QueryTimeout  # noqa: E402
from kzgraph.graph.store import sample_store  # noqa: E402
from kzgraph.query.saved import read_query, run_with_timeout  # noqa: E402

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"


def main() -> None:
    store = sample_store()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cartesian.rq"
        path.write_text(CARTESIAN, encoding="utf-8")
        query = read_query(path)
        for limit in (0.5, 1.0, 2.0, 5.0):
            start = time.perf_counter()
            try:
                run_with_timeout(lambda: store, query, timeout=limit)
                outcome = "finished (unexpected)"
            except QueryTimeout:
                outcome = "stopped"
            elapsed = time.perf_counter() - start
            try:
                os.waitpid(-1, os.WNOHANG)
                left = "a child is left"
            except ChildProcessError:
                left = "no child left"
            print(f"--timeout {limit:>3}: {outcome} after {elapsed:.2f} s "
                  f"({elapsed - limit:+.2f} s), {left}")


if __name__ == "__main__":
    main()
