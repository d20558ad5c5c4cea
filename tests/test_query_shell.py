"""`kzgraph query` in the shell: the README session's examples run as shown, and the options
users of sqlite-utils, datasette and arq expect (-p NAME VALUE, --limit, -o, --max-width,
format aliases, --query, JSON-LD for CONSTRUCT, completion of saved-query names)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import one_line_error
from kzgraph.cli import main
from kzgraph.cli.query import _saved_query_names

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SESSION = README.split("## A session", 1)[1].split("```console\n", 1)[1].split("\n```", 1)[0]
EXAMPLES = [  # (command line, the output the README shows)
    (m.group(1), m.group(2))
    for m in re.finditer(r"^\$ (kzgraph [^\n]*)\n(.*?)(?=^\$ |\Z)", SESSION + "\n", re.S | re.M)
    if "--store" not in m.group(1) and " build " not in m.group(1)
]


def test_the_session_has_the_query_examples():
    shown = " ".join(command for command, _ in EXAMPLES)
    for name in ("sectors", "timeline", "investments", "articles", "companies", "--query"):
        assert f"query {name}" in shown or name in shown, name


@pytest.mark.parametrize(("command", "output"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_session_example_runs_as_shown(command, output):
    args = shlex.split(command, comments=True)[1:]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == output.rstrip("\n") + "\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_limit_says_how_many_rows_it_left_out():
    result = run("query", "sectors", "--limit", "3")
    assert result.stdout.endswith("(10 rows, 7 not shown: raise --limit)\n")
    assert len(result.stdout.splitlines()) == 2 + 3 + 1


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_limit_applies_to_every_format(fmt):
    result = run("query", "sectors", "--limit", "2", "--format", fmt)
    lines = result.stdout.splitlines()
    count = len(json.loads(result.stdout)) if fmt == "json" else len(lines) - (fmt != "jsonl")
    assert count == 2


def test_max_width_cuts_long_cells():
    result = run("query", "sectors", "--max-width", "80")
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "…" in result.stdout


@pytest.mark.parametrize("spelling", ["CSV", "Csv", "csv"])
def test_format_names_in_any_case(spelling):
    assert run("query", "sectors", "--format", spelling).stdout == run(
        "query", "sectors", "--csv").stdout


@pytest.mark.parametrize(("alias", "name"), [("srj", "sparql-json"), ("srx", "xml"),
                                             ("ndjson", "jsonl")])
def test_format_aliases(alias, name):
    assert run("query", "articles", "--format", alias).stdout == run(
        "query", "articles", "--format", name).stdout


@pytest.mark.parametrize(("alias", "name"), [("ttl", "turtle"), ("nt", "ntriples"),
                                             ("nq", "nquads"), ("JSONLD", "jsonld")])
def test_export_format_aliases_and_dash_for_stdout(alias, name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dashed = run("export", "--format", alias, "-o", "-")
    assert dashed.exit_code == 0, dashed.stderr
    assert not (tmp_path / "-").exists()
    assert dashed.stdout == run("export", "--format", name).stdout


def test_output_file(tmp_path):
    target = tmp_path / "sectors.csv"
    result = run("query", "sectors", "--csv", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == run("query", "sectors", "--csv").stdout


def test_p_name_value_and_param_name_equals_value_agree():
    short = run("query", "sectors", "-p", "region", "region:pavlodar")
    long = run("query", "sectors", "--param", "region=kzid:region/pavlodar")
    assert short.exit_code == 0, short.stderr
    assert short.stdout == long.stdout
    assert "(1 row)" in short.stdout


def test_a_repeated_parameter_is_an_error():
    result = run("query", "sectors", "-p", "region", "region:akmola", "--param",
                 "region=region:pavlodar")
    one_line_error(result, "'region' is given twice", exit_code=2)


def test_pasted_values_run_again():
    """An IRI the table prints, pasted into a query, finds the same thing."""
    first = run("query", "--query", "SELECT ?p WHERE { ?p kz:locatedIn region:pavlodar }")
    shown = first.stdout.splitlines()[2]
    assert shown.startswith("project:") and "\\/" in shown
    again = run("query", "--query", f"SELECT ?label WHERE {{ {shown} rdfs:label ?label }}")
    assert again.exit_code == 0, again.stderr
    assert "production of aluminum" in again.stdout


def test_construct_as_json_is_json_ld():
    result = run("query", "--query", "CONSTRUCT { ?r a kz:Region } WHERE { ?r a kz:Region }",
                 "--json")
    assert result.exit_code == 0, result.stderr
    assert any(node.get("@id", "").endswith("/region/akmola") for node in json.loads(result.stdout))


def test_construct_as_csv_names_the_graph_formats():
    result = run("query", "--query", "CONSTRUCT { ?r a kz:Region } WHERE { ?r a kz:Region }",
                 "--csv")
    one_line_error(result, "turtle", "jsonld", exit_code=None)


def test_queries_as_json():
    listing = json.loads(run("queries", "--format", "json").stdout)
    by_name = {q["name"]: q for q in listing}
    assert {"companies", "investments", "timeline", "articles", "sectors"} <= set(by_name)
    assert {p["name"] for p in by_name["investments"]["params"]} >= {"by", "region", "from", "to"}


def test_completion_offers_saved_query_names():
    assert [item.value for item in _saved_query_names(None, None, "inv")] == ["investments"]


def test_bash_completion_as_the_readme_sets_it_up():
    """What `eval "$(_KZGRAPH_COMPLETE=bash_source kzgraph)"` installs, and what it then asks."""
    script = CliRunner().invoke(main, [], prog_name="kzgraph",
                                env={"_KZGRAPH_COMPLETE": "bash_source"})
    assert "complete -o nosort -F _kzgraph_completion kzgraph" in script.stdout
    answer = CliRunner().invoke(main, [], prog_name="kzgraph", env={
        "_KZGRAPH_COMPLETE": "bash_complete", "COMP_WORDS": "kzgraph query inv",
        "COMP_CWORD": "2"})
    assert answer.stdout == "plain,investments\n"
    assert "_KZGRAPH_COMPLETE=bash_source kzgraph" in README


@pytest.mark.parametrize(("text", "position", "message"), [
    ("SELEC ?s WHERE { ?s ?p ?o }", "1:1", "unknown keyword 'SELEC'; did you mean SELECT?"),
    ("SELECT ?s\nWHER { ?s ?p ?o }", "2:1", "unknown keyword 'WHER'; did you mean WHERE?"),
    ("SELECT ?s WHERE {\n  ?s ?p 1e5 .\n  FILTR (?s) }", "3:3",
     "unknown keyword 'FILTR'; did you mean FILTER?"),
    ("# a comment\n\nSELECT ?s WHERE { ?s ?p ?o } ORDR BY ?s", "3:30",
     "unknown keyword 'ORDR'; did you mean ORDER?"),
    ("SELECT ?s WHERE {\n ?s nope:x ?o }", "2:", "prefix 'nope:' is not declared"),
], ids=["SELEC", "WHER-on-line-2", "FILTR-after-a-number", "ORDR-after-comments",
        "undeclared-prefix"])
def test_syntax_errors_name_the_keyword_at_the_users_own_line(text, position, message):
    """Positions count the lines of the query as written, not the prefixes put in front."""
    line = one_line_error(run("query", "--query", text), f"<query>:{position}", message,
                          exit_code=2)
    assert line.endswith("(SPARQL syntax error)")


@pytest.mark.parametrize(("args", "fragments"), [
    (["query", "sectors", "--format", "xlsx"], ["'xlsx' is not one of table", "--help"]),
    (["query", "sectors", "--limt", "3"], ["--limt", "--limit"]),
    (["query", "sectors", "-p", "region"], ["-p' requires 2 arguments"]),
    (["query", "sectors", "-p", "region=pavlodar", "x"], ["-p region pavlodar"]),
    (["export", "--format", "foo"], ["'foo' is not one of turtle"]),
    (["queries", "--format", "x"], ["not one of text, json"]),
], ids=["bad-format", "misspelt-option", "p-needs-two", "p-with-equals", "export-format",
        "queries-format"])
def test_option_errors_are_one_line_with_the_fix(args, fragments):
    one_line_error(run(*args), *fragments, exit_code=2)


def test_query_takes_every_format_the_library_writes():
    from kzgraph.cli.query import _QUERY_FORMATS
    from kzgraph.query.results import FORMATS, GRAPH_FORMATS, ResultFormat

    assert set(_QUERY_FORMATS) == set(FORMATS) | set(GRAPH_FORMATS) \
        == {f.value for f in ResultFormat}


def test_extract_and_export_take_every_format_the_library_writes():
    from kzgraph.cli.graph import RDF_FORMATS
    from kzgraph.graph.export import ExportFormat

    assert RDF_FORMATS == tuple(f.value for f in ExportFormat)


@pytest.mark.parametrize(("fmt", "parsed"), [("table", "true\n"), ("srj", "true"), ("xml", "true")])
def test_ask_in_each_format(fmt, parsed):
    import pyoxigraph as ox

    out = run("query", "--query", "ASK { ?r a kz:Region }", "--format", fmt).stdout
    assert out.endswith("\n")
    if fmt == "table":
        assert out == parsed
    else:
        kind = ox.QueryResultsFormat.JSON if fmt == "srj" else ox.QueryResultsFormat.XML
        assert bool(ox.parse_query_results(out.encode(), kind)) is True
