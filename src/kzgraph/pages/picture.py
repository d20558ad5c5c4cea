"""A readable picture of RDF: entities as nodes, relations as edges, literals folded into nodes.

``picture_from`` turns triples into a :class:`Picture`: every resource with a kz: class (or
that a relation points to) is a node with its English label and kind; literal facts, amounts
(``schema:MonetaryAmount`` / ``schema:QuantitativeValue`` nodes), project statuses and Wikidata
links are folded into the node they describe, so a project shows its investment and jobs
instead of a cloud of value nodes. Mentions, sentences and the ``kz:mentions`` links are
evidence, not content: they are left out of the drawing and used for each node's and edge's
evidence sentences. A context store supplies property labels (from the ontology), labels of
nodes the triples do not label, and the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..graph.spans import parse_span, sentence_of
from ..namespaces import KZ, OWL, RDF, RDFS, SCHEMA, SKOS, WD, XSD, compact

if TYPE_CHECKING:
    from ..graph.store import GraphStore

KINDS = ("project", "region", "sector", "program", "organization", "person", "article", "other")
_KIND_OF_CLASS = {
    KZ + "Project": "project", KZ + "Region": "region", KZ + "Sector": "sector",
    KZ + "Program": "program", KZ + "Organization": "organization",
    KZ + "Company": "organization", KZ + "GovernmentBody": "organization",
    KZ + "Person": "person", KZ + "Article": "article",
}
_AMOUNTS = {SCHEMA + "MonetaryAmount", SCHEMA + "QuantitativeValue"}
NOT_DRAWN = {  # structure and evidence: never an edge of the picture
    KZ + "mentions", KZ + "mentionOf", KZ + "evidenceSubject", KZ + "evidenceProperty",
    KZ + "evidenceObject", KZ + "inArticle", KZ + "rule", KZ + "text", KZ + "contentHash",
    SKOS + "inScheme", SKOS + "topConceptOf", SCHEMA + "url", RDFS + "comment",
    SKOS + "definition", "http://purl.org/dc/terms/source",
    "http://purl.org/dc/terms/bibliographicCitation", KZ + "centreName", KZ + "confusableName",
    KZ + "formerIsoCode", SKOS + "editorialNote", SKOS + "scopeNote",
}
_NAME_PROPS = (RDFS + "label", SKOS + "prefLabel", SCHEMA + "headline")
_ALT = SKOS + "altLabel"
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
           (Decimal(10) ** 6, "million"))


@dataclass(frozen=True)
class Node:
    """One drawn resource: ``facts`` are (property label, value) pairs folded into it."""

    iri: str
    label: str
    kind: str
    facts: tuple[tuple[str, str], ...] = ()
    alt_labels: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str
    prop: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Picture:
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def format_amount(value: str, unit: str = "", qualifier: str = "") -> str:
    """An amount as a person writes it: large numbers in words, others with separators.

    >>> format_amount("4600000000000", "KZT")
    '4.6 trillion KZT'
    >>> format_amount("100000", "jobs", "about")
    'about 100,000 jobs'
    >>> format_amount("2.50", "USD")
    '2.5 USD'
    >>> format_amount("n/a")
    'n/a'
    """
    try:
        number = Decimal(value)
    except InvalidOperation:
        text = value
    else:
        text = f"{number:,f}"
        for scale, word in _SCALES:
            if abs(number) >= scale:
                text = f"{(number / scale).normalize():f} {word}"
                break
        else:
            if "." in text:
                text = text.rstrip("0").rstrip(".")
    return " ".join(part for part in (qualifier, text, unit) if part)


def literal_text(term: ox.Literal) -> str:
    """A literal as plain text; decimals and integers with thousands separators.

    >>> literal_text(ox.Literal("2016-12-06", datatype=ox.NamedNode(XSD + "date")))
    '2016-12-06'
    >>> literal_text(ox.Literal("23000", datatype=ox.NamedNode(XSD + "integer")))
    '23,000'
    """
    if term.datatype.value in (XSD + "integer", XSD + "decimal"):
        return format_amount(term.value)
    return term.value


def local_name(iri: str) -> str:
    """The last segment of an IRI in words, for terms that have no label.

    >>> local_name("https://schema.org/datePublished")
    'date published'
    """
    name = iri.rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


class _Context:
    """Labels, kinds and evidence looked up in a store (the union of its graphs)."""

    def __init__(self, store: GraphStore | None) -> None:
        self.store = store
        self._labels: dict[str, str] = {}

    def _objects(self, iri: str, prop: str) -> list[ox.Literal | ox.NamedNode]:
        if self.store is None:
            return []
        pattern = self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(prop), None)
        return sorted({q.object for q in pattern}, key=str)

    def label(self, iri: str) -> str:
        if iri not in self._labels:
            names = [o for prop in _NAME_PROPS for o in self._objects(iri, prop)
                     if isinstance(o, ox.Literal)]
            english = [o for o in names if o.language in ("en", None)]
            self._labels[iri] = (english or names)[0].value if names else ""
        return self._labels[iri]

    def types(self, iri: str) -> set[str]:
        return {o.value for o in self._objects(iri, RDF + "type")}

    def node_evidence(self, iri: str) -> tuple[str, ...]:
        """The sentences of the spans that mention a resource."""
        if self.store is None:
            return ()
        return self._sentences(q.subject.value for q in self.store.quads_for_pattern(
            None, ox.NamedNode(KZ + "mentionOf"), ox.NamedNode(iri)))

    def edge_evidence(self, subject: str, prop: str, obj: ox.NamedNode) -> tuple[str, ...]:
        """The sentences of the spans that are the evidence of one statement."""
        if self.store is None:
            return ()
        spans = {q.subject.value for q in self.store.quads_for_pattern(
            None, ox.NamedNode(KZ + "evidenceSubject"), ox.NamedNode(subject))}
        return self._sentences(s for s in spans if {prop, obj.value} <= {
            o.value for p in ("evidenceProperty", "evidenceObject")
            for o in self._objects(s, KZ + p)})

    def _sentences(self, spans: Iterable[str]) -> tuple[str, ...]:
        found = set()
        for span in filter(None, map(parse_span, spans)):
            article = ox.NamedNode(span.article)
            sentence = sentence_of(span, (q.subject.value for q in self.store.quads_for_pattern(
                None, ox.NamedNode(KZ + "inArticle"), article)))
            for body in self._objects(span.article, KZ + "text"):
                found.add((sentence or span).text(body.value))
        return tuple(sorted(found))


def picture_from(triples: Iterable[ox.Triple | ox.Quad], *, title: str,
                 context: GraphStore | None = None) -> Picture:
    """Fold triples into a picture; ``context`` supplies labels and evidence sentences."""
    ctx = _Context(context)
    by_subject: dict[str, list[tuple[str, ox.NamedNode | ox.Literal]]] = {}
    for t in triples:
        if isinstance(t.subject, ox.NamedNode) and not isinstance(t.object, ox.BlankNode):
            by_subject.setdefault(t.subject.value, []).append((t.predicate.value, t.object))
    types = {s: {o.value for p, o in props if p == RDF + "type"} or ctx.types(s)
             for s, props in by_subject.items()}

    def kind_of(iri: str) -> str:
        known = types.get(iri) or ctx.types(iri)
        return next((_KIND_OF_CLASS[c] for c in sorted(known) if c in _KIND_OF_CLASS), "other")

    def folded(iri: str) -> bool:
        known = types.get(iri) or ctx.types(iri)
        return bool(known & _AMOUNTS) or KZ + "ProjectStatus" in known or iri.startswith(KZ)

    hidden = {s for s in types if parse_span(s)}
    drawn = {s for s, t in types.items() if s not in hidden and not folded(s)
             and (kind_of(s) != "other" or any(isinstance(o, ox.NamedNode)
                                               and p not in NOT_DRAWN and p != RDF + "type"
                                               for p, o in by_subject[s]))}
    edges: list[Edge] = []
    facts: dict[str, list[tuple[str, str]]] = {}
    for subject in sorted(drawn):
        for prop, obj in sorted(by_subject[subject], key=lambda po: (po[0], str(po[1]))):
            if prop in NOT_DRAWN or prop in _NAME_PROPS or prop in (RDF + "type", _ALT):
                continue
            name = ctx.label(prop) or local_name(prop)
            if isinstance(obj, ox.Literal):
                facts.setdefault(subject, []).append((name, literal_text(obj)))
            elif prop == OWL + "sameAs":
                if obj.value.startswith(WD):
                    facts.setdefault(subject, []).append(("Wikidata", compact(obj.value)))
            elif folded(obj.value):
                facts.setdefault(subject, []).append((name, _folded_value(obj.value, by_subject,
                                                                          ctx)))
            elif obj.value not in hidden:
                edges.append(Edge(subject, obj.value, name, prop,
                                  ctx.edge_evidence(subject, prop, obj)))
    targets = {e.target for e in edges} - drawn
    nodes = []
    for iri in sorted(drawn | targets):
        props = by_subject.get(iri, [])
        own = sorted((_NAME_PROPS.index(p), o.language not in ("en", None), o.value)
                     for p, o in props if p in _NAME_PROPS and isinstance(o, ox.Literal))
        label = (own[0][2] if own else ctx.label(iri)) or compact(iri)
        alts = tuple(sorted({o.value for p, o in props if p == _ALT}))
        nodes.append(Node(iri, label, kind_of(iri), tuple(facts.get(iri, ())), alts,
                          ctx.node_evidence(iri)))
    return Picture(title, tuple(nodes), tuple(edges))


def _folded_value(iri: str, by_subject, ctx: _Context) -> str:
    """An amount node or a status individual as one line of text."""
    props = dict(by_subject.get(iri, []))
    if not props and ctx.store is not None:
        props = {q.predicate.value: q.object
                 for q in ctx.store.quads_for_pattern(ox.NamedNode(iri), None, None)}
    if SCHEMA + "value" in props:
        unit = props.get(SCHEMA + "currency") or props.get(SCHEMA + "unitText")
        qualifier = props.get(KZ + "valueQualifier")
        return format_amount(props[SCHEMA + "value"].value, unit.value if unit else "",
                             qualifier.value if qualifier else "")
    return ctx.label(iri) or local_name(iri)
