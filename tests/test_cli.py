"""The ``kzgraph`` command line, driven with click's CliRunner on the bundled sample corpus.

stdout and stderr are asserted separately (click 8.2+ keeps them apart): results go to stdout,
errors are one ``Error: ...`` line on stderr with no traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result

from conftest import one_line_error
from kzgraph.cli import main
from kzgraph.graph.store import GraphStore
from kzgraph.namespaces import KZ, compact
from kzgraph.query.saved import saved_queries

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "src" / "kzgraph" / "sample"
SAMPLE_ARTICLE = sorted(SAMPLE_DIR.glob("*.txt"))[0]

# (sector key, name, projectCount, projects) as `kzgraph query sectors` shows them, in its order.
SECTOR_ROWS = [
    ("aluminum-industry", "aluminum industry", "1", "production of aluminum (Pavlodar Region)"),
    ("aquaculture", "aquaculture", "1",
     "aquaculture complex for production of caviar and sturgeon (West Kazakhstan Region)"),
    ("chemical-industry", "chemical industry", "1",
     "production of glyphosate and glyphosate containing herbicides (Akmola Region)"),
    ("food-industry", "food industry", "1",
     "plant for processing of oilseeds (North Kazakhstan Region)"),
    ("manufacturing", "manufacturing", "0", ""),
    ("mechanical-engineering", "mechanical engineering", "0", ""),
    ("metallurgy", "metallurgy", "0", ""),
    ("mining", "mining", "1", "mining and iron processing complex (Almaty Region)"),
    ("oil-refining", "oil refining", "0", ""),
    ("railway-engineering", "railway engineering", "0", ""),
]
SECTOR_COLUMNS = ["sector", "name", "projectCount", "projects", "articles"]
SECTOR_SHOWN = {  # how each format writes the first sector's IRI
    "table": "sector:aluminum-industry",
    "csv": "https://w3id.org/kzgraph/id/sector/aluminum-industry",
    "tsv": "<https://w3id.org/kzgraph/id/sector/aluminum-industry>",
}


def sector_rows(names: list[str], rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows as (sector key, name, projectCount, projects), whatever the format wrote."""
    def plain(cell: str) -> str:
        literal = re.fullmatch(r'"(.*)"(@[\w-]+|\^\^<[^>]*>)?', cell)
        return literal.group(1) if literal else cell

    names = [n.lstrip("?") for n in names]
    out = []
    for row in rows:
        cells = dict(zip(names, (plain(c) for c in row), strict=True))
        key = re.split(r"[:/]", cells["sector"].rstrip(">"))[-1]
        out.append((key, cells["name"], cells["projectCount"], cells["projects"]))
    return out


@pytest.fixture(scope="module")
def built_store(tmp_path_factory) -> Path:
    """The sample corpus built once into a store on disk, by `kzgraph build`."""
    path = tmp_path_factory.mktemp("built") / "kz.store"
    result = CliRunner().invoke(main, ["build", "--store", str(path)])
    assert result.exit_code == 0, result.stderr
    return path


def assert_one_line_error(result: Result, exit_code: int, *fragments: str) -> str:
    return one_line_error(result, *fragments, exit_code=exit_code)


def quad_count(path: Path) -> int:
    store = GraphStore(path)
    try:
        return len(store.quads())
    finally:
        del store  # closes the store, so the next open of the same folder is not locked


# ---- output parsers: one per --format, each giving rows of strings with IRIs compacted ----

def parse_table(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """Cut each line at the columns the dashed rule marks; the last line counts the rows."""
    header, rule, *body, count = text.splitlines()
    assert count == f"({len(body)} row{'' if len(body) == 1 else 's'})"
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    assert set(rule) <= {"-", " "} and starts
    bounds = list(zip(starts, starts[1:] + [None], strict=True))

    def cells(line: str) -> tuple[str, ...]:
        return tuple(line[a:b].strip() for a, b in bounds)

    return list(cells(header)), [cells(line) for line in body]


def parse_delimited(text: str, delimiter: str) -> tuple[list[str], list[tuple[str, ...]]]:
    if delimiter == "\t":  # W3C TSV: no quoting, a term's quotes are its own
        rows = [line.split("\t") for line in text.splitlines()]
    else:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return rows[0], [tuple(r) for r in rows[1:]]


def _sparql_term(kind: str, value: str) -> str:
    return compact(value) if kind == "uri" else value


def parse_json(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    data = json.loads(text)
    names = data["head"]["vars"]
    rows = [tuple(_sparql_term(b[n]["type"], b[n]["value"]) if n in b else "" for n in names)
            for b in data["results"]["bindings"]]
    return names, rows


def parse_xml(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(text)
    names = [v.get("name") for v in root.iterfind("r:head/r:variable", ns)]
    rows = []
    for result in root.iterfind("r:results/r:result", ns):
        cells = {}
        for binding in result.iterfind("r:binding", ns):
            (term,) = list(binding)
            kind = term.tag.rpartition("}")[2]
            cells[binding.get("name")] = _sparql_term(kind, term.text or "")
        rows.append(tuple(cells.get(n, "") for n in names))
    return names, rows


PARSERS = {
    "table": parse_table,
    "csv": lambda text: parse_delimited(text, ","),
    "tsv": lambda text: parse_delimited(text, "\t"),
    "sparql-json": parse_json,
    "xml": parse_xml,
    "json": lambda text: parse_objects(json.loads(text)),
    "jsonl": lambda text: parse_objects([json.loads(line) for line in text.splitlines()]),
}


def parse_objects(objects: list[dict]) -> tuple[list[str], list[tuple[str, ...]]]:
    names = list(objects[0])
    return names, [tuple("" if o[n] is None else str(o[n]) for n in names) for o in objects]


# ---- help ----

def test_main_help_has_examples(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Example" in result.stdout
    for command in main.commands:
        assert command in result.stdout


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_help_has_an_example(runner, command):
    result = runner.invoke(main, [command, "--help"], prog_name="kzgraph")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert f"Usage: kzgraph {command}" in result.stdout
    assert "Example" in result.stdout
    assert "kzgraph " + command in result.stdout.split("Example", 1)[1]


# ---- query: the sample corpus ----

@pytest.mark.parametrize("name", ["sectors.rq", "sectors"], ids=["with-.rq", "bare-name"])
def test_query_sectors_prints_table_of_sample_projects(runner, name):
    result = runner.invoke(main, ["query", name])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    names, rows = parse_table(result.stdout)
    assert names == SECTOR_COLUMNS
    assert sector_rows(names, rows) == SECTOR_ROWS
    assert rows[0][0] == SECTOR_SHOWN["table"]
    assert result.stdout.endswith("(10 rows)\n")


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "sparql-json", "xml", "json", "jsonl"])
def test_query_formats_parse_to_the_same_rows(runner, fmt):
    result = runner.invoke(main, ["query", "sectors", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith("\n")
    names, rows = PARSERS[fmt](result.stdout)
    assert [n.lstrip("?") for n in names] == SECTOR_COLUMNS
    assert sector_rows(names, rows) == SECTOR_ROWS
    if fmt in SECTOR_SHOWN:
        assert rows[0][0] == SECTOR_SHOWN[fmt]


def test_query_param_region_restricts_to_one_row(runner):
    result = runner.invoke(main, ["query", "sectors", "--param", "region=kzid:region/pavlodar",
                                  "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    names, rows = parse_delimited(result.stdout, ",")
    assert sector_rows(names, rows) == [SECTOR_ROWS[0]]


def test_query_param_region_accepts_full_iri_in_angle_brackets(runner):
    """The same value written as <IRI> binds the same term as kzid:... (checked on evidence)."""
    short = runner.invoke(main, ["query", "evidence", "-p", "entity", "kzid:region/akmola"])
    full = runner.invoke(main, ["query", "evidence", "--param",
                                "entity=<https://w3id.org/kzgraph/id/region/akmola>"])
    assert short.exit_code == full.exit_code == 0, (short.stderr, full.stderr)
    assert "Akmola region" in short.stdout
    assert short.stdout == full.stdout


# ---- query: errors are one line, exit 2, no traceback ----

@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        pytest.param(["query", "sectrs"], ["'sectrs'", "did you mean", "sectors"],
                     id="unknown-name-suggests-nearest"),
        pytest.param(["query", "sectrs.rq"], ["did you mean", "sectors"],
                     id="unknown-name-with-.rq"),
        pytest.param(["query", "zzzzzz"], ["saved queries:", "sectors", "evidence"],
                     id="unknown-name-lists-all-when-nothing-is-close"),
        pytest.param(["query", "sectors", "--param", "color=red"],
                     ["unknown parameter 'color'", "region"], id="unknown-param"),
        pytest.param(["query", "sectors", "--param", "region"],
                     ["--param 'region' must be NAME=VALUE"], id="param-without-equals"),
        pytest.param(["query", "sectors", "--param", "=kzid:region/akmola"],
                     ["must be NAME=VALUE"], id="param-without-name"),
        pytest.param(["query", "sectors", "--param", "region=not an iri"],
                     ["region='not an iri'", "not a valid iri"], id="param-not-an-iri"),
        pytest.param(["query", "sectors", "--param", "region=kzid:x> } ; DROP ALL ; #"],
                     ["not a valid iri"], id="param-iri-injection"),
        pytest.param(["query", "evidence"], ["missing --param entity"],
                     id="missing-required-param"),
    ],
)
def test_query_usage_errors(runner, args, fragments):
    assert_one_line_error(runner.invoke(main, args), 2, *fragments)


# Each file has its syntax error on line 3 (the title comment is line 1).
BROKEN_QUERIES = {
    "misspelt-keyword": "# title: broken\nSELECT ?s\nWHEER { ?s ?p ?o . }\nORDER BY ?s\n",
    "unterminated-string": "# title: broken\nSELECT ?s\nWHERE { ?s ?p \"abc\n}\n",
    "iri-with-space": "# title: broken\nSELECT ?s\nWHERE { ?s ?p <a b> . }\nORDER BY ?s\n",
    "bad-limit": "# title: broken\nSELECT ?s\nWHERE { ?s ?p ?o . } LIMIT x\n",
}


@pytest.mark.parametrize("text", BROKEN_QUERIES.values(), ids=BROKEN_QUERIES.keys())
def test_query_file_syntax_error_points_at_file_line_col(runner, tmp_path, text):
    path = tmp_path / "broken.rq"
    path.write_text(text, encoding="utf-8")
    line = assert_one_line_error(runner.invoke(main, ["query", str(path)]), 2,
                                 f"{path}:3:", "SPARQL syntax error")
    column = line.removeprefix(f"Error: {path}:3:").split(":", 1)[0]
    assert column.isdigit()


def test_query_file_with_undeclared_prefix_is_one_line(runner, tmp_path):
    path = tmp_path / "prefix.rq"
    path.write_text("# title: broken\nSELECT ?s\nWHERE { ?s nope:x ?o .\n}\n", encoding="utf-8")
    line = assert_one_line_error(runner.invoke(main, ["query", str(path)]), 2, f"{path}:3:")
    assert "prefix 'nope:' is not declared" in line


def test_query_from_stdin_runs_with_parameters_like_a_file(runner):
    text = (ROOT / "queries" / "sectors.rq").read_text(encoding="utf-8")
    from_stdin = runner.invoke(main, ["query", "-", "--format", "csv", "-p",
                                      "region", "kzid:region/akmola"], input=text)
    from_file = runner.invoke(main, ["query", "sectors", "--format", "csv", "--param",
                                     "region=kzid:region/akmola"])
    assert from_stdin.exit_code == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout
    assert len(list(csv.reader(io.StringIO(from_stdin.stdout)))) == 2  # header and Akmola's row


def test_query_from_stdin_with_a_syntax_error_names_stdin(runner):
    result = runner.invoke(main, ["query", "-"], input="SELECT ?s\nWHEER { ?s ?p ?o . }\n")
    assert_one_line_error(result, 2, "<stdin>:2:", "SPARQL syntax error")


@pytest.mark.parametrize("where", ["stdin", "file"])
def test_a_query_that_is_not_utf8_is_one_line_error(runner, tmp_path, where):
    data = 'SELECT ?s WHERE { ?s rdfs:label "Almaty" }'.encode("cp1251") + b" # \xe0"
    path = tmp_path / "latin.rq"
    path.write_bytes(data)
    args, named = (["-"], "<stdin>") if where == "stdin" else ([str(path)], str(path))
    result = runner.invoke(main, ["query", *args], input=data)
    assert_one_line_error(result, 2, f"{named}: the query is not UTF-8", "save it as UTF-8")


def test_query_store_from_environment_that_does_not_exist(runner, tmp_path):
    missing = tmp_path / "no-such-store"
    result = runner.invoke(main, ["query", "sectors"], env={"KZGRAPH_STORE": str(missing)})
    assert_one_line_error(result, 1, str(missing), "kzgraph build")
    assert not missing.exists()


# ---- queries ----

def test_queries_lists_every_saved_query(runner):
    result = runner.invoke(main, ["queries"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    listed = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    expected = [q.name for q in saved_queries()]
    assert listed == expected
    assert {"evidence", "figures", "people", "programs", "projects", "regions",
            "sectors"} <= set(listed)
    assert "--param region=<iri> (optional)" in result.stdout
    assert "--param entity=<iri> (required)" in result.stdout


# ---- build ----

def test_build_then_query_the_store_gives_the_sample_rows(runner, built_store):
    result = runner.invoke(main, ["query", "sectors", "--store", str(built_store),
                                  "--format", "tsv"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert sector_rows(*parse_delimited(result.stdout, "\t")) == SECTOR_ROWS


def test_build_store_from_environment(runner, built_store):
    result = runner.invoke(main, ["query", "sectors", "--format", "csv"],
                           env={"KZGRAPH_STORE": str(built_store)})
    assert result.exit_code == 0, result.stderr
    assert sector_rows(*parse_delimited(result.stdout, ",")) == SECTOR_ROWS


def test_build_reports_on_stderr_only(runner, tmp_path):
    store = tmp_path / "s"
    result = runner.invoke(main, ["build", "--store", str(store)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("1 article read: 1 extracted (1 new, ")
    assert result.stderr.splitlines()[-1].endswith(f" -> {store}")


def test_build_twice_is_idempotent(runner, tmp_path):
    store = tmp_path / "s"
    first = runner.invoke(main, ["build", "--store", str(store)])
    assert first.exit_code == 0, first.stderr
    count = quad_count(store)
    second = runner.invoke(main, ["build", "--store", str(store)])
    assert second.exit_code == 0, second.stderr
    assert quad_count(store) == count
    assert count > 3000  # ontology + reference data + the article, not an empty store


def test_build_without_store_is_a_usage_error(runner):
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--store" in result.stderr


def test_build_missing_article_is_one_line_error(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    assert_one_line_error(runner.invoke(main, ["build", str(missing), "--store",
                                               str(tmp_path / "s")]), 1, str(missing))


# ---- extract ----

def _projects(turtle: str) -> set[str]:
    """The labels of the projects in a Turtle document (IRIs depend on the article's key)."""
    graph = rdflib.Graph()
    graph.parse(data=turtle, format="turtle")
    return {str(graph.value(p, rdflib.RDFS.label))
            for p in graph.subjects(rdflib.RDF.type, rdflib.URIRef(KZ + "Project"))}


def test_extract_file_prints_turtle_with_five_projects(runner):
    result = runner.invoke(main, ["extract", str(SAMPLE_ARTICLE)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "@prefix kz:" in result.stdout
    assert len(_projects(result.stdout)) == 5


def test_extract_stdin_reads_one_article(runner):
    from_file = runner.invoke(main, ["extract", str(SAMPLE_ARTICLE)])
    from_stdin = runner.invoke(main, ["extract", "-"],
                               input=SAMPLE_ARTICLE.read_text(encoding="utf-8"))
    assert from_stdin.exit_code == 0, from_stdin.stderr
    assert from_stdin.stderr == ""
    assert len(_projects(from_stdin.stdout)) == 5
    assert _projects(from_stdin.stdout) == _projects(from_file.stdout)


def test_extract_stdin_without_text_is_one_line_error(runner):
    result = runner.invoke(main, ["extract", "-"], input="url: http://example.org/\n\n")
    assert_one_line_error(result, 1, "<stdin>", "no text")


@pytest.mark.parametrize(("args", "syntax"), [
    (["-o", "-"], "turtle"), (["--format", "NT"], "nt"), (["--format", "ttl", "-o", "-"], "turtle"),
    (["--format", "JSONLD"], "json-ld"),
], ids=["dash-is-stdout", "alias-nt-any-case", "alias-ttl", "alias-jsonld"])
def test_extract_writes_stdout_for_dash_and_takes_format_aliases(runner, tmp_path, args, syntax):
    result = runner.invoke(main, ["extract", str(SAMPLE_ARTICLE), *args])
    assert result.exit_code == 0, result.stderr
    graph = rdflib.Dataset()
    graph.parse(data=result.stdout, format=syntax)
    assert len(graph) > 100
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("args", [
    ["build", "--jobs", "x", "--store", "s"], ["extract", "--format", "pdf", "a.txt"],
    ["show", "--depth", "-2", "-o", "x.svg"], ["validate", "--skip", "everything"],
    ["load", "--method", "telepathy", "--endpoint", "http://127.0.0.1:1/query"],
], ids=["build", "extract", "show", "validate", "load"])
def test_an_option_error_of_any_command_is_one_line_naming_its_help(runner, args):
    """Usage errors of every command, not only query's, are one line that says where the
    help is (the group's command class)."""
    assert_one_line_error(runner.invoke(main, args), 2, f"see `kzgraph {args[0]} --help`")


# ---- what the fast commands import ----

IMPORT_PROBE = """
import json, sys
from kzgraph.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
heavy = ["spacy", "owlready2", "pyshacl", "kzgraph.extract"]
print("LOADED=" + json.dumps([m for m in heavy if m in sys.modules]))
"""


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--help"], id="help"),
        pytest.param(["query", "--help"], id="query-help"),
        pytest.param(["queries"], id="queries"),
        pytest.param(["query", "sectors", "--store", "{store}"], id="query-built-store"),
        pytest.param(["query", "sectors"], id="query-sample-corpus"),
    ],
)
def test_fast_commands_do_not_import_heavy_modules(built_store, args):
    args = [a.format(store=built_store) for a in args]
    env_free = {k: v for k, v in os.environ.items() if k != "KZGRAPH_STORE"}
    done = subprocess.run([sys.executable, "-c", IMPORT_PROBE, *args], capture_output=True,
                          text=True, cwd=ROOT, env=env_free, timeout=60)
    assert done.returncode == 0, done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("LOADED=")
    assert json.loads(last.removeprefix("LOADED=")) == []
    if args[0] == "query" and args[1] != "--help":
        assert "production of aluminum" in done.stdout  # the query really ran


def test_import_probe_does_see_the_extractor(tmp_path):
    """The probe is honest: `extract` does import kzgraph.extract."""
    done = subprocess.run([sys.executable, "-c", IMPORT_PROBE, "extract", str(SAMPLE_ARTICLE),
                           "-o", str(tmp_path / "a.ttl")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "kzgraph.extract" in json.loads(done.stdout.splitlines()[-1].removeprefix("LOADED="))


def test_a_count_of_one_is_singular(runner, tmp_path):
    """`1 node, 0 edges`, not `1 nodes`; the build's `1 article read` is in test_build.py."""
    output = tmp_path / "akmola.dot"
    result = runner.invoke(main, ["show", "--entity", "Akmola Region", "--depth", "0",
                                  "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"1 node, 0 edges -> {output} (")
