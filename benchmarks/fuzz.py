"""Fuzz the extractor and the exporters with many more examples than the test run.

Runs the properties of ``tests/test_fuzz.py`` (the extractor never raises, every IRI it mints is
valid, every format parses back isomorphic) on ``--examples`` texts (100,000 by default: arbitrary
Unicode, word salads and mutated corpus articles), then prints how many ran, how fast, and the
smallest failing text if any. Exit status 1 when a property failed.

    python benchmarks/fuzz.py                  # 100,000 examples (hours on one core)
    python benchmarks/fuzz.py --examples 2000  # a quick look
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from test_fuzz import TEXTS, check_text  # noqa: E402


def fuzz(examples: int) -> tuple[int, float, BaseException | None]:
    """Run ``check_text`` on ``examples`` generated texts: (texts tried, seconds, failure)."""
    tried = 0

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(TEXTS)
    def property_holds(text: str) -> None:
        nonlocal tried
        tried += 1
        check_text(text)

    start = time.perf_counter()
    try:
        property_holds()
    except Exception as error:  # noqa: BLE001 - a failing property is the result we report
        return tried, time.perf_counter() - start, error
    return tried, time.perf_counter() - start, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="texts to try")
    args = parser.parse_args()
    tried, seconds, failure = fuzz(args.examples)
    print(f"{tried} texts in {seconds:.1f} s ({tried / seconds:.0f} texts/s), "
          f"failures: {0 if failure is None else 1}")
    if failure is not None:
        print(f"first failure (shrunk): {type(failure).__name__}: {failure}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
