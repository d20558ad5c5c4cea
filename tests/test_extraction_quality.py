"""The regression guard on extraction quality: `kzgraph evaluate` over the dev articles and
the seed, as CI runs it, with floors a little under what the extractor reaches today.

The README's evaluation table is the command's real output; a test keeps it so.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conftest import REPO, SHARED
from kzgraph.cli import main

CORPUS = SHARED / "corpus"
ARGS = ["evaluate", "--gold", str(CORPUS / "dev" / "gold"), "--gold", str(CORPUS / "seed"),
        "--articles", str(CORPUS / "dev" / "articles"), "--articles", str(CORPUS / "seed")]
MIN_OVERALL = 0.91  # reached: 0.939 with the statistical model (eighteen dev articles and the seed)
# Each category must stay at or above its floor, a little under what it reaches today.
FLOORS = {"persons": 0.92, "regions": 0.95, "sectors": 0.90, "programs": 0.90,
          "organizations": 0.88, "projects": 0.86, "project->region": 0.95,
          "project->company": 0.77, "project->status": 0.78, "quantities": 0.94, "dates": 0.92}


@pytest.fixture(scope="module")
def corpus():
    if not (CORPUS / "dev" / "gold").is_dir():
        pytest.skip(f"{CORPUS} is absent (a clone outside the kzgraph workspace)")
    return CORPUS


def test_overall_f1_guard_passes(corpus):
    result = CliRunner().invoke(main, [*ARGS, "--min-f1", str(MIN_OVERALL)])
    assert result.exit_code == 0, result.stdout + result.stderr


def test_every_category_meets_its_floor(corpus):
    result = CliRunner().invoke(main, [*ARGS, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    f1 = {name: numbers["f1"] for name, numbers in report["categories"].items()}
    low = {name: f1[name] for name, floor in FLOORS.items() if f1[name] < floor}
    assert low == {}


def test_readme_table_is_what_the_command_prints(corpus):
    result = CliRunner().invoke(main, ARGS)
    assert result.exit_code == 0, result.stderr
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = re.search(r"--articles corpus/seed\n(category.*?overall[^\n]*\n)", readme, re.S)
    assert table, "the README has no evaluation table"
    assert table.group(1) == result.stdout
