"""Fuzz the extractor and the exporters with many more examples than the test run.

Runs the properties of ``tests/test_fuzz.py`` (the extractor never raises, every IRI it mints is
valid, every format parses back isomorphic) on ``--examples`` texts (100,000 by default: arbitrary
Unicode, word salads and mutated corpus articles), split between ``--jobs`` processes that each
draw their own texts (seed ``--seed`` + the job's number). A failing text does not stop the run:
every failure is kept (one line per distinct error, with the first text that gave it) and written
to ``--failures`` as JSON lines. ``--seconds`` bounds the run: texts not tried by then are
counted as not run. Exit status 1 when a property failed.

    python benchmarks/fuzz.py --jobs 2                      # 100,000 texts on two cores
    python benchmarks/fuzz.py --examples 2000 --model none  # a quick look, rules only
    nice -n 19 python benchmarks/fuzz.py --jobs 2 --seconds 3600 --failures fuzz.jsonl
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]


class OutOfTime(BaseException):
    """Raised inside the property once the time is up: hypothesis lets it through unshrunk."""


def fuzz(examples: int, seed: int, deadline: float) -> tuple[int, float, dict[str, dict]]:
    """Run ``check_text`` on ``examples`` texts drawn from ``seed``, until ``deadline`` (a
    ``time.time()``): (texts tried, seconds, failures by error)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as with_seed
    from test_fuzz import TEXTS, check_text

    tried = 0
    failures: dict[str, dict] = {}

    @with_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(TEXTS)
    def property_holds(text: str) -> None:
        nonlocal tried
        if time.time() > deadline:
            raise OutOfTime
        tried += 1
        try:
            check_text(text)
        except Exception as error:  # noqa: BLE001 - every failure is a result, the run goes on
            first = str(error).splitlines()[0][:200] if str(error) else ""
            what = f"{type(error).__name__}: {first}"
            found = failures.setdefault(what, {"error": what, "count": 0, "text": text})
            found["count"] += 1

    start = time.perf_counter()
    try:
        property_holds()
    except OutOfTime:
        pass
    return tried, time.perf_counter() - start, failures


def _job(args: tuple[int, int, float]) -> tuple[int, float, dict[str, dict]]:
    return fuzz(*args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="texts to try in all")
    parser.add_argument("--jobs", type=int, default=1, help="processes (each its own texts)")
    parser.add_argument("--seed", type=int, default=0, help="first job's seed")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long (0: never)")
    parser.add_argument("--model", help="spaCy pipeline (`none`: the rules alone); default: "
                                        "$KZGRAPH_MODEL, else the installed English one")
    parser.add_argument("--failures", type=Path, help="write every failure here (JSON lines)")
    args = parser.parse_args()
    if args.model:
        os.environ["KZGRAPH_MODEL"] = args.model  # the workers inherit it
    deadline = time.time() + args.seconds if args.seconds else float("inf")
    shares = [args.examples // args.jobs + (i < args.examples % args.jobs)
              for i in range(args.jobs)]
    tasks = [(share, args.seed + i, deadline) for i, share in enumerate(shares)]
    start = time.perf_counter()
    if args.jobs == 1:
        results = [_job(tasks[0])]
    else:
        # SIGTERM ends the run as Ctrl-C does, so leaving the pool stops its workers too
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.map(_job, tasks)
    seconds = time.perf_counter() - start
    tried = sum(r[0] for r in results)
    failures: dict[str, dict] = {}
    for _, _, found in results:
        for what, failure in found.items():
            failures.setdefault(what, {**failure, "count": 0})["count"] += failure["count"]
    print(f"{tried} texts in {seconds:.1f} s ({tried / seconds:.1f} texts/s, {args.jobs} jobs, "
          f"model {os.environ.get('KZGRAPH_MODEL') or 'default'}); not run: "
          f"{args.examples - tried}; failing texts: "
          f"{sum(f['count'] for f in failures.values())}, distinct errors: {len(failures)}")
    for failure in failures.values():
        print(f"  {failure['count']} x {failure['error']}; first text: {failure['text'][:120]!r}")
    if args.failures:
        args.failures.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n"
                                         for f in failures.values()), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
