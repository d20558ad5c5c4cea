"""The same articles give byte-identical Turtle and N-Triples, across runs and across
``PYTHONHASHSEED`` values (so no set or dict order leaks into the output): each run is a fresh
``kzgraph`` process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLES = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
SEEDS = ["0", "1", "4242"]
RUN = "import sys; from kzgraph.cli import main; main(sys.argv[1:])"


def kzgraph(args: list[str], seed: str, out: Path) -> bytes:
    """Run ``kzgraph ARGS -o OUT`` in a new process with this hash seed; OUT's bytes."""
    env = {k: v for k, v in os.environ.items() if k != "KZGRAPH_STORE"}
    env.update(PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", RUN, *args, "-o", str(out)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_export_is_byte_identical_across_hash_seeds(tmp_path, fmt):
    outputs = {seed: kzgraph(["export", "--format", fmt], seed, tmp_path / f"{seed}.out")
               for seed in SEEDS}
    again = kzgraph(["export", "--format", fmt], SEEDS[0], tmp_path / "again.out")
    assert len(outputs[SEEDS[0]]) > 10_000
    assert again == outputs[SEEDS[0]]
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs[SEEDS[0]], f"PYTHONHASHSEED={seed} differs"


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_extracting_the_dev_corpus_is_byte_identical_across_hash_seeds(tmp_path, fmt):
    if not DEV_ARTICLES.is_dir():
        pytest.skip(f"{DEV_ARTICLES} is absent (a clone outside the kzgraph workspace)")
    outputs = {seed: kzgraph(["extract", str(DEV_ARTICLES), "--format", fmt], seed,
                             tmp_path / f"{seed}.out") for seed in SEEDS}
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs[SEEDS[0]], f"PYTHONHASHSEED={seed} differs"
