"""Statements -> quads: one named graph per article, with the article's metadata and evidence.

Evidence design (documented on ``kz:Mention`` in the ontology): every entity has mention nodes
(``kz:mentionOf``) and every statement has one (``kz:evidenceSubject``, ``kz:evidenceProperty``,
``kz:evidenceObject``), each with its article, sentence, character offsets, text and rule id.
"""

from __future__ import annotations

import hashlib
from functools import cache
from operator import itemgetter

import pyoxigraph as ox

from .extract.reference import reference_store
from .model import Extraction, Mention, Value
from .namespaces import DCTERMS, KZ, OWL, RDF, RDFS, SCHEMA, SKOS, XSD, article_graph, resource

_CLASSES = {"person": "Person", "region": "Region", "project": "Project", "sector": "Sector",
            "program": "Program", "organization": "Organization", "article": "Article"}
_ORG_CLASSES = {"company": "Company", "ministry": "GovernmentBody", "agency": "GovernmentBody",
                "other": "Organization"}
_SCHEMA_PROPS = {"startDate", "endDate"}
_CURRENCIES = {"KZT", "USD", "EUR", "RUB", "CNY"}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache
def _kz(name: str) -> ox.NamedNode:
    """An ontology term; each is made once (a few dozen names: classes, properties, statuses)."""
    return ox.NamedNode(KZ + name)


TYPE = _n(RDF + "type")
LABEL = _n(RDFS + "label")
ALT = _n(SKOS + "altLabel")
SAME_AS = _n(OWL + "sameAs")
INTEGER = _n(XSD + "integer")


@cache
def _links() -> dict[str, tuple[ox.NamedNode, ...]]:
    """owl:sameAs links of reference resources, so an article's output is self-contained."""
    links: dict[str, list[ox.NamedNode]] = {}
    for quad in reference_store().quads_for_pattern(None, SAME_AS, None):
        links.setdefault(quad.subject.value, []).append(quad.object)
    return {k: tuple(sorted(v, key=lambda n: n.value)) for k, v in links.items()}


@cache
def _reference_alt_labels() -> dict[str, frozenset[str]]:
    labels: dict[str, set[str]] = {}
    for quad in reference_store().quads_for_pattern(None, ALT, None):
        if quad.object.language == "en":
            labels.setdefault(quad.subject.value, set()).add(quad.object.value)
    return {k: frozenset(v) for k, v in labels.items()}


def extraction_quads(extraction: Extraction) -> list[ox.Quad]:
    """All quads of one article's graph, sorted (so serialisations are deterministic)."""
    article = extraction.article
    graph = _n(article_graph(article.key))
    base = resource("article", article.key)
    art = _n(base)
    triples: set[tuple] = set()

    def add(s, p, o) -> None:
        triples.add((s, p, o))

    add(art, TYPE, _kz("Article"))
    if article.title:
        add(art, _n(SCHEMA + "headline"), ox.Literal(article.title))
    if article.url:
        add(art, _n(SCHEMA + "url"), ox.Literal(article.url, datatype=_n(XSD + "anyURI")))
    if article.published:
        add(art, _n(SCHEMA + "datePublished"),
            ox.Literal(article.published.isoformat(), datatype=_n(XSD + "date")))
    if article.outlet:
        add(art, _n(DCTERMS + "publisher"), ox.Literal(article.outlet))
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    add(art, _kz("contentHash"), ox.Literal(digest))

    sentence_nodes = []
    for sentence in extraction.sentences:
        node = _n(f"{base}/sentence/{sentence.index + 1}")
        sentence_nodes.append((sentence, node))
        add(node, TYPE, _kz("Sentence"))
        add(node, _kz("inArticle"), art)
        add(node, _kz("startOffset"), _int(sentence.start))
        add(node, _kz("endOffset"), _int(sentence.end))
        add(node, _kz("text"), ox.Literal(article.text[sentence.start : sentence.end]))

    def evidence(node: ox.NamedNode, mention: Mention) -> None:
        add(node, TYPE, _kz("Mention"))
        add(node, _kz("inArticle"), art)
        for sentence, snode in sentence_nodes:
            if sentence.start <= mention.start < sentence.end:
                add(node, _kz("inSentence"), snode)
                break
        add(node, _kz("startOffset"), _int(mention.start))
        add(node, _kz("endOffset"), _int(mention.end))
        add(node, _kz("text"), ox.Literal(mention.text))
        add(node, _kz("rule"), ox.Literal(mention.rule))

    for entity in extraction.entities:
        node = _n(resource(entity.kind, entity.key))
        cls = _CLASSES[entity.kind]
        if entity.kind == "organization":
            cls = _ORG_CLASSES.get(entity.mentions[0].key.split(":", 1)[0], "Organization")
        add(node, TYPE, _kz(cls))
        add(node, LABEL, ox.Literal(entity.label, language="en"))
        for alt in set(entity.alt_labels) | _reference_alt_labels().get(node.value, set()):
            if alt != entity.label:
                add(node, ALT, ox.Literal(alt, language="en"))
        for link in _links().get(node.value, ()):
            add(node, SAME_AS, link)
        add(art, _kz("mentions"), node)
        for mention in entity.mentions:
            mnode = _n(f"{base}/mention/{mention.start}-{mention.end}")
            add(mnode, _kz("mentionOf"), node)
            evidence(mnode, mention)

    for statement in extraction.statements:
        kind, key = statement.subject
        subject = art if kind == "article" else _n(resource(kind, key))
        prop = _n((SCHEMA if statement.prop in _SCHEMA_PROPS else KZ) + statement.prop)
        ev = statement.evidence
        obj = _object(statement.obj, f"{base}/quantity/{ev.start}-{ev.end}", add)
        digest = hashlib.sha1(f"{subject.value} {prop.value} {obj}".encode()).hexdigest()[:12]
        enode = _n(f"{base}/evidence/{ev.start}-{ev.end}-{digest}")
        add(subject, prop, obj)
        add(enode, _kz("evidenceSubject"), subject)
        add(enode, _kz("evidenceProperty"), prop)
        if isinstance(obj, ox.NamedNode):
            add(enode, _kz("evidenceObject"), obj)
        evidence(enode, ev)

    return _sorted([ox.Quad(s, p, o, graph) for s, p, o in triples])


def _sorted(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Quads in the order of (subject, predicate, object) as N-Triples terms.

    Sorting the quads' N-Quads lines gives that order and is cheaper than a key of three
    ``str()`` calls per quad: a line is the subject, predicate and object terms separated by
    spaces, and where one term is a prefix of another (``"x"`` and ``"x"@en``) the longer one
    continues with a character above the space.
    """
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()
    return [quad for _, quad in sorted(zip(lines, quads, strict=True), key=itemgetter(0))]


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=INTEGER)


def _object(obj, quantity_iri: str, add) -> ox.NamedNode | ox.Literal:
    if isinstance(obj, tuple):
        return _n(resource(*obj))
    assert isinstance(obj, Value)
    if obj.datatype == "status":
        return _kz(obj.lexical)
    if obj.unit:
        return _quantity(obj, _n(quantity_iri), add)
    if obj.datatype:
        return ox.Literal(obj.lexical, datatype=_n(obj.datatype))
    return ox.Literal(obj.lexical)


def _quantity(value: Value, node: ox.NamedNode, add) -> ox.NamedNode:
    amount = ox.Literal(value.lexical, datatype=_n(XSD + "decimal"))
    if value.unit in _CURRENCIES:
        add(node, TYPE, _n(SCHEMA + "MonetaryAmount"))
        add(node, _n(SCHEMA + "currency"), ox.Literal(value.unit))
    else:
        add(node, TYPE, _n(SCHEMA + "QuantitativeValue"))
        add(node, _n(SCHEMA + "unitText"), ox.Literal(value.unit))
    add(node, _n(SCHEMA + "value"), amount)
    if value.qualifier:
        add(node, _kz("valueQualifier"), ox.Literal(value.qualifier))
    return node
