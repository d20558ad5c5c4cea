"""Validate a store: SHACL shapes, ``*-violation.rq`` checks and OWL 2 DL consistency.

Three independent parts, each giving ``Finding`` values:

- the shapes in ``ontology/shapes.ttl`` (pySHACL, no inference) over the union of the ontology,
  the reference data and the article graphs. The inferred graph is left out: it holds what the
  asserted data implies, and it has no evidence of its own;
- the quality checks ``ontology/checks/*-violation.rq``: SPARQL queries over the store, any row
  they return is a finding (``?node``, and optionally ``?graph`` and ``?detail``);
- OWL 2 DL consistency of the same union with HermiT (through owlready2), less the evidence
  layer (mentions and sentences, which the shapes check). HermiT says only that the whole is
  inconsistent; the entity is named by the ``disjoint-types`` and ``functional-property``
  checks, whose rows are the usual causes (they are OWL 2 RL's cax-dw and prp-fp, in the store).

Each finding names its rule, the offending node and, where the node is described in an article's
graph, the article it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox

from ..errors import QueryError, ValidationError
from ..graph.spans import parse_span
from ..namespaces import GRAPH, INFERRED_GRAPH, KZ, compact, resource
from ..resources import ontology_dir
from .findings import FORMATS, Finding, Report, format_report
from .shacl import IRI, shape_findings, shapes_file

PARTS = ("shapes", "checks", "owl")
_ARTICLE_GRAPH = GRAPH + "article/"
_EXPLAINING = ("disjoint-types", "functional-property")


def check_files() -> list[Path]:
    """The quality checks, sorted by name."""
    return sorted((ontology_dir() / "checks").glob("*-violation.rq"))


def rule_id(path: Path) -> str:
    """A check's rule id: its file name without ``-violation.rq``.

    >>> rule_id(Path("checks/dangling-iri-violation.rq"))
    'dangling-iri'
    """
    return path.name.removesuffix(".rq").removesuffix("-violation")


# ---- SHACL -------------------------------------------------------------------------------------


def asserted_triples(store) -> list[ox.Triple]:
    """The union of every graph but the inferred one, as triples (duplicates removed)."""
    inferred = ox.NamedNode(INFERRED_GRAPH)
    return list({ox.Triple(q.subject, q.predicate, q.object)
                 for q in store if q.graph_name != inferred})


# ---- SPARQL checks -----------------------------------------------------------------------------


def check_findings(store, files: list[Path] | None = None) -> list[Finding]:
    """Run the ``*-violation.rq`` checks on a store; each row is a finding."""
    from ..query.saved import read_query, run

    findings = []
    for path in files if files is not None else check_files():
        query = read_query(path)
        try:
            answer = run(store, query)
        except QueryError as error:
            raise ValidationError(f"check cannot run: {error.message}",
                                  location=str(path)) from None
        for row in answer.records():
            node, graph, detail = (row.get(name) for name in ("node", "graph", "detail"))
            article = ""
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(_ARTICLE_GRAPH):
                article = resource("article", graph.value[len(_ARTICLE_GRAPH):])
            findings.append(Finding(
                rule=rule_id(path), part="checks", node=node.value if node is not None else "",
                message=query.title + (f": {IRI.sub(lambda m: compact(m.group(1)), detail.value)}"
                                       if detail is not None else ""),
                article=article))
    return findings


# ---- OWL ---------------------------------------------------------------------------------------


def owl_input(triples: list[ox.Triple]) -> list[ox.Triple]:
    """What HermiT reasons over: everything but the evidence layer.

    The spans (mentions, sentences, the evidence of statements) and the articles' texts are
    half of a store's triples and say nothing about entities beyond ``kz:mentionOf``; shapes
    S09 and S10 and the checks look at them. Left in, the evidence took HermiT past 5 minutes
    on a 100,000-triple store; left out, seconds.
    """
    text = ox.NamedNode(KZ + "text")
    return [t for t in triples if t.predicate != text
            and not (isinstance(t.subject, ox.NamedNode) and parse_span(t.subject.value))]


def owl_findings(triples: list[ox.Triple], explaining: list[Finding]) -> list[Finding]:
    """HermiT's verdict on ``triples``: no finding, or one per entity that explains it."""
    from .hermit import Inconsistent, reasoner_name, run_hermit

    try:
        run_hermit(owl_input(triples))
    except Inconsistent:
        base = (f"{reasoner_name()} finds the ontology, reference data and instance data "
                "inconsistent (no OWL 2 model)")
        causes = [f for f in explaining if f.rule in _EXPLAINING]
        if not causes:
            return [Finding("OWL-consistency", "owl", "", base + "; no single entity found")]
        return [Finding("OWL-consistency", "owl", f.node, f"{base}: {f.message}",
                        article=f.article) for f in causes]
    return []


# ---- all together ------------------------------------------------------------------------------


def validate(store, *, parts: tuple[str, ...] = PARTS,
             progress: Callable[[str], None] | None = None) -> Report:
    """Validate a ``GraphStore``: the shapes, the checks and OWL consistency, as asked.

    ``progress`` hears a line as each part starts (the OWL part can take a minute).

    >>> from kzgraph.graph.store import sample_store
    >>> report = validate(sample_store(), parts=("checks",))  # no Java needed for these
    >>> report.conforms, report.parts
    (True, ('checks',))
    """
    say = progress or (lambda message: None)
    findings: list[Finding] = []
    triples = asserted_triples(store) if {"shapes", "owl"} & set(parts) else []
    if "shapes" in parts:
        say(f"SHACL shapes: {len(triples)} triples")
        findings += shape_findings(triples)
    checks = []
    if {"checks", "owl"} & set(parts):
        say("quality checks")
        checks = check_findings(store)
    if "checks" in parts:
        findings += checks
    if "owl" in parts:
        say("OWL 2 DL consistency: HermiT")
        findings += owl_findings(triples, checks)
    return Report(tuple(_sorted(_with_articles(findings, store))), tuple(parts))


def _with_articles(findings: list[Finding], store) -> list[Finding]:
    """Fill in the article of each finding whose node is described in an article's graph."""
    out = []
    for finding in findings:
        if finding.article or not finding.node.startswith(("http://", "https://")):
            out.append(finding)
            continue
        graphs = sorted(q.graph_name.value for q in store.quads_for_pattern(
            ox.NamedNode(finding.node), None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)
            and q.graph_name.value.startswith(_ARTICLE_GRAPH))
        article = resource("article", graphs[0][len(_ARTICLE_GRAPH):]) if graphs else ""
        out.append(Finding(**{**asdict(finding), "article": article}))
    return out


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(set(findings), key=lambda f: (f.rule, f.node, f.value, f.message))


__all__ = ["FORMATS", "PARTS", "Finding", "Report", "check_files", "check_findings",
           "format_report", "owl_findings", "rule_id", "shape_findings", "shapes_file", "validate"]
