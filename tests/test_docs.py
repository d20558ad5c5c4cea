"""The README stays true: its session output is what the CLI prints, and every command is in it."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import REPO
from kzgraph.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")
ARCHITECTURE = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"kzgraph {name}" in README, name


def test_the_readme_session_is_real():
    block = re.search(r"\$ kzgraph query sectors\.rq\n(.*?\(\d+ rows?\)\n)", README, re.S)
    result = CliRunner().invoke(main, ["query", "sectors.rq"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == block.group(1)


@pytest.mark.parametrize("text", [README, ARCHITECTURE], ids=["README", "ARCHITECTURE"])
def test_every_file_the_docs_name_exists(text):
    for path in re.findall(r"`((?:ontology|queries|src|tests|benchmarks|\.ci)/[\w./*-]+)`", text):
        assert list(REPO.glob(path)), path


def test_the_architecture_lists_every_package_and_the_readme_links_it():
    listed = set(re.findall(r"^\| \d \| `(\w+)/` \|", ARCHITECTURE, re.M))
    packages = {p.parent.name for p in (REPO / "src" / "kzgraph").glob("*/__init__.py")}
    assert listed == packages
    assert "(ARCHITECTURE.md)" in README
