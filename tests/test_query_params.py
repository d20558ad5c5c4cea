"""Parameters by any name: an IRI parameter takes an IRI, a prefixed name, a label, an
alternative label or a key, in any case; an ambiguous name lists the candidates, and a name or
IRI that matches nothing says so and suggests the nearest, instead of answering "(0 rows)"."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import one_line_error
from kzgraph.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


PAVLODAR = run("query", "sectors", "--csv", "-p", "region", "region:pavlodar").stdout


@pytest.mark.parametrize("value", [
    "kzid:region/pavlodar", "<https://w3id.org/kzgraph/id/region/pavlodar>", "region:pavlodar",
    "Pavlodar Region", "pavlodar region", "PAVLODAR", "pavlodar", "Pavlodar oblysy",
    "  pavlodar-region ",
], ids=["kzid", "full-iri", "kind-prefix", "label", "label-lower-case", "alt-label-upper-case",
        "key", "other-spelling", "punctuation-and-spaces"])
def test_every_spelling_of_a_region_gives_its_rows(value):
    result = run("query", "sectors", "--csv", "-p", "region", value)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == PAVLODAR
    assert "aluminum-industry" in result.stdout


@pytest.mark.parametrize(("args", "rows"), [
    (["query", "projects", "-p", "status", "Launched"], 5),
    (["query", "projects", "-p", "status", "planned"], 0),
    (["query", "evidence", "-p", "entity", "akmola", "--csv"], None),  # the key wins over
], ids=["status-label", "status-label-no-projects", "key-beats-alias"])   # Astana's old name
def test_labels_of_other_kinds(args, rows):
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    if rows is not None:
        assert f"({rows} row" in result.stdout
    else:
        assert "region:" not in result.stdout and "/region/akmola" in result.stdout


@pytest.mark.parametrize(("args", "fragments"), [
    (["query", "sectors", "-p", "region", "Aqmola"],
     ["sectors:", "'Aqmola' is ambiguous", "region:akmola", "region:astana"]),
    (["query", "sectors", "-p", "region", "pavlodr"],
     ["no region in the store has that label or key", "did you mean region:pavlodar"]),
    (["query", "sectors", "-p", "region", "region:pavlodr"],
     ["the store holds nothing with that IRI", "did you mean region:pavlodar"]),
    (["query", "projects", "-p", "status", "kz:Launchd"],
     ["nothing with that IRI", "kz:Launched"]),
], ids=["ambiguous", "typo-in-a-name", "typo-in-an-iri", "typo-in-a-status"])
def test_names_that_do_not_match_one_thing_are_errors(args, fragments):
    line = one_line_error(run(*args), *fragments, exit_code=2)
    assert "site-packages" not in line and "/queries/" not in line  # named, not by its path
