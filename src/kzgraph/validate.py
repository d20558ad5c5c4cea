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

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError, ValidationError
from .namespaces import GRAPH, INFERRED_GRAPH, KZ, RDF, SPARQL_PREFIXES, compact, resource
from .resources import ontology_dir

SH = "http://www.w3.org/ns/shacl#"
SHAPES = "https://w3id.org/kzgraph/shapes#"
FORMATS = ("text", "json", "turtle")
PARTS = ("shapes", "checks", "owl")
_ARTICLE_GRAPH = GRAPH + "article/"
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_IRI = re.compile(r"<?(https?://[^\s<>\"]+[^\s<>\".,;:)])>?")
_EXPLAINING = ("disjoint-types", "functional-property")


@dataclass(frozen=True)
class Finding:
    """One problem: the rule that found it, the node, what is wrong and where it came from."""

    rule: str
    part: str
    node: str
    message: str
    value: str = ""
    article: str = ""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    parts: tuple[str, ...]

    @property
    def conforms(self) -> bool:
        return not self.findings


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


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
                 for q in store.store if q.graph_name != inferred})


def shape_findings(triples: list[ox.Triple]) -> list[Finding]:
    """Run the shapes on ``triples``; one finding per SHACL result.

    pySHACL checks the core constraints. It parses a SPARQL-based constraint again for every
    focus node (0.2 s each, measured), so those (``sh:sparql``) run here instead, once each, in
    an Oxigraph store: ``$this`` becomes a variable and the rows are kept for the shape's targets.
    """
    import pyshacl
    import rdflib

    shapes = rdflib.Graph().parse(shapes_file(), format="turtle")
    core = rdflib.Graph()
    sparql = rdflib.URIRef(SH + "sparql")
    for triple in shapes:
        if triple[1] != sparql:
            core.add(triple)
    data = _rdflib_graph(triples)
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=core, inference="none",
                                                advanced=False, allow_warnings=False)
    sh = rdflib.Namespace(SH)
    findings = []
    for result in report.objects(None, sh.result):
        value = report.value(result, sh.value)
        path = report.value(result, sh.resultPath)
        message = _IRI.sub(lambda m: compact(m.group(1)), str(report.value(result, sh.resultMessage)
                                                             or ""))
        if path is not None and not isinstance(path, rdflib.BNode):
            message = f"{compact(str(path))}: {message}"
        findings.append(Finding(
            rule=_rule_of(shapes, report.value(result, sh.sourceShape)), part="shapes",
            node=_term(report.value(result, sh.focusNode)), message=message,
            value=_term(value) if value is not None else ""))
    return findings + _sparql_findings(shapes, triples)


def _rdflib_graph(triples: list[ox.Triple]):
    """An rdflib graph of ``triples``, term by term: 1.7x faster than through N-Triples."""
    import rdflib

    memo: dict = {}

    def term(node):
        found = memo.get(node)
        if found is None:
            if isinstance(node, ox.NamedNode):
                found = rdflib.URIRef(node.value)
            elif isinstance(node, ox.BlankNode):
                found = rdflib.BNode(node.value)
            elif node.language or node.datatype.value == _STRING:
                found = rdflib.Literal(node.value, lang=node.language)  # as rdflib parses it
            else:
                found = rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))
            memo[node] = found
        return found

    graph = rdflib.Graph()
    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)
    return graph


def _sparql_findings(shapes, triples: list[ox.Triple]) -> list[Finding]:
    import rdflib

    sh = rdflib.Namespace(SH)
    store = ox.Store()
    store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
    findings = []
    for shape, constraint in sorted(shapes.subject_objects(sh.sparql)):
        targets = _targets(shapes, shape, store)
        text = str(shapes.value(constraint, sh.select)).replace("$this", "?this")
        template = str(shapes.value(constraint, sh.message) or shapes.value(shape, sh.message))
        try:
            rows = store.query(SPARQL_PREFIXES + text)
        except SyntaxError as error:
            raise ValidationError(f"shape {compact(str(shape))}: {error}",
                                  location=str(shapes_file())) from None
        names = [v.value for v in rows.variables]
        for row in rows:
            if row["this"] not in targets:
                continue
            cells = {n: compact(row[n].value) for n in names if row[n] is not None}
            message = _fill(template, cells)
            findings.append(Finding(
                rule=_rule_of(shapes, shape), part="shapes", node=_ox_term(row["this"]),
                message=message, value=_ox_term(row["value"]) if "value" in cells else ""))
    return findings


def _fill(template: str, cells: dict[str, str]) -> str:
    """An ``sh:message`` with its ``{?name}`` / ``{$name}`` variables filled in.

    >>> _fill("{$this} is both a {?value} and a {?other}", {"this": "x", "value": "kz:Person"})
    'x is both a kz:Person and a ?'
    """
    return re.sub(r"\{[?$](\w+)\}", lambda m: cells.get(m.group(1), "?"), template)


def _targets(shapes, shape, store: ox.Store) -> set:
    """The focus nodes of a shape: its targets, with instances of subclasses for classes."""
    import rdflib

    sh = rdflib.Namespace(SH)
    patterns = {sh.targetClass: "?x rdf:type/rdfs:subClassOf* <{}>",
                sh.targetSubjectsOf: "?x <{}> ?o", sh.targetObjectsOf: "?s <{}> ?x"}
    found = {ox.NamedNode(str(n)) for n in shapes.objects(shape, sh.targetNode)}
    for kind, pattern in patterns.items():
        for target in shapes.objects(shape, kind):
            query = f"{SPARQL_PREFIXES}SELECT DISTINCT ?x WHERE {{ {pattern.format(target)} }}"
            found |= {row["x"] for row in store.query(query)}
    return found


def _ox_term(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _rule_of(shapes, shape) -> str:
    """The shape IRI's rule id; a blank property shape takes its parent's."""
    import rdflib

    seen = set()
    while isinstance(shape, rdflib.BNode) and shape not in seen:
        seen.add(shape)
        parent = next(iter(shapes.subjects(rdflib.URIRef(SH + "property"), shape)), None)
        parent = parent or next(iter(shapes.subjects(rdflib.URIRef(SH + "sparql"), shape)), None)
        shape = parent if parent is not None else shape
    text = str(shape)
    return text[len(SHAPES):] if text.startswith(SHAPES) else text


def _term(term) -> str:
    import rdflib

    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


# ---- SPARQL checks -----------------------------------------------------------------------------


def check_findings(store, files: list[Path] | None = None) -> list[Finding]:
    """Run the ``*-violation.rq`` checks on a store; each row is a finding."""
    from .queries import read_query, run

    findings = []
    for path in files if files is not None else check_files():
        query = read_query(path)
        try:
            rows = run(store, query)
        except QueryError as error:
            raise ValidationError(f"check cannot run: {error.message}",
                                  location=str(path)) from None
        for row in rows:
            node, graph, detail = (row[name] if name in _names(rows) else None
                                   for name in ("node", "graph", "detail"))
            article = ""
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(_ARTICLE_GRAPH):
                article = resource("article", graph.value[len(_ARTICLE_GRAPH):])
            findings.append(Finding(
                rule=rule_id(path), part="checks", node=node.value if node is not None else "",
                message=query.title + (f": {_IRI.sub(lambda m: compact(m.group(1)), detail.value)}"
                                       if detail is not None else ""),
                article=article))
    return findings


def _names(rows) -> set[str]:
    return {v.value for v in rows.variables}


# ---- OWL ---------------------------------------------------------------------------------------


def owl_input(triples: list[ox.Triple]) -> list[ox.Triple]:
    """What HermiT reasons over: everything but the evidence layer.

    Mentions and sentences are most of a store (4 in 5 triples of the dev corpus) and say
    nothing about entities beyond ``kz:mentionOf``; shapes S09 and S10 check them. Left in,
    they took HermiT past 5 minutes on a 100,000-triple store; left out, seconds.
    """
    evidence = {ox.NamedNode(KZ + "Mention"), ox.NamedNode(KZ + "Sentence")}
    type_ = ox.NamedNode(RDF + "type")
    layer = {t.subject for t in triples if t.predicate == type_ and t.object in evidence}
    return [t for t in triples if t.subject not in layer]


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


def validate(store, *, parts: tuple[str, ...] = PARTS) -> Report:
    """Validate a ``GraphStore``: the shapes, the checks and OWL consistency, as asked."""
    findings: list[Finding] = []
    triples = asserted_triples(store) if {"shapes", "owl"} & set(parts) else []
    if "shapes" in parts:
        findings += shape_findings(triples)
    checks = check_findings(store) if {"checks", "owl"} & set(parts) else []
    if "checks" in parts:
        findings += checks
    if "owl" in parts:
        findings += owl_findings(triples, checks)
    return Report(tuple(_sorted(_with_articles(findings, store))), tuple(parts))


def _with_articles(findings: list[Finding], store) -> list[Finding]:
    """Fill in the article of each finding whose node is described in an article's graph."""
    out = []
    for finding in findings:
        if finding.article or not finding.node.startswith(("http://", "https://")):
            out.append(finding)
            continue
        graphs = sorted(q.graph_name.value for q in store.store.quads_for_pattern(
            ox.NamedNode(finding.node), None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)
            and q.graph_name.value.startswith(_ARTICLE_GRAPH))
        article = resource("article", graphs[0][len(_ARTICLE_GRAPH):]) if graphs else ""
        out.append(Finding(**{**asdict(finding), "article": article}))
    return out


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(set(findings), key=lambda f: (f.rule, f.node, f.value, f.message))


# ---- reports -----------------------------------------------------------------------------------


def format_report(report: Report, fmt: str = "text") -> str:
    """The report as text grouped by rule, as JSON, or as a SHACL-style Turtle report."""
    if fmt == "json":
        return json.dumps({"conforms": report.conforms, "parts": list(report.parts),
                           "findings": [asdict(f) for f in report.findings]},
                          indent=2, ensure_ascii=False) + "\n"
    if fmt == "turtle":
        return _turtle(report)
    if report.conforms:
        return f"conforms: no findings ({', '.join(report.parts)})\n"
    lines = []
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    for rule, findings in by_rule.items():
        lines.append(f"{rule} ({findings[0].part}): {len(findings)} finding"
                     + ("s" if len(findings) != 1 else ""))
        for f in findings:
            where = f" [article {compact(f.article)}]" if f.article else ""
            value = f" value {_short(f.value)}" if f.value else ""
            lines.append(f"  {compact(f.node) or '-'}{where}{value}: {f.message}")
    count = len(report.findings)
    lines.append(f"{count} finding{'s' if count != 1 else ''} in {len(by_rule)} rule"
                 f"{'s' if len(by_rule) != 1 else ''}")
    return "\n".join(lines) + "\n"


def _short(value: str) -> str:
    value = compact(value)
    return value if len(value) <= 60 else value[:57] + "..."


def _turtle(report: Report) -> str:
    """A ``sh:ValidationReport`` with one ``sh:result`` per finding, in a stable order."""
    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    root = ox.BlankNode("report")
    triples = [ox.Triple(root, n(RDF + "type"), n(SH + "ValidationReport")),
               ox.Triple(root, n(SH + "conforms"),
                         ox.Literal(str(report.conforms).lower(),
                                    datatype=n("http://www.w3.org/2001/XMLSchema#boolean")))]
    for index, f in enumerate(report.findings, 1):
        result = ox.BlankNode(f"result{index}")
        triples += [ox.Triple(root, n(SH + "result"), result),
                    ox.Triple(result, n(RDF + "type"), n(SH + "ValidationResult")),
                    ox.Triple(result, n(SH + "resultSeverity"), n(SH + "Violation")),
                    ox.Triple(result, n(SH + "sourceShape"), n(SHAPES + f.rule)),
                    ox.Triple(result, n(SH + "resultMessage"), ox.Literal(f.message))]
        if f.node.startswith(("http://", "https://")):
            triples.append(ox.Triple(result, n(SH + "focusNode"), n(f.node)))
        if f.value:
            triples.append(ox.Triple(result, n(SH + "value"), ox.Literal(f.value)))
        if f.article:
            triples.append(ox.Triple(result, n("http://www.w3.org/ns/prov#wasDerivedFrom"),
                                     n(f.article)))
    prefixes = {"sh": SH, "kzsh": SHAPES, "prov": "http://www.w3.org/ns/prov#"}
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
