"""Statements -> quads: one named graph per article, with the article's metadata and evidence.

``extract_graphs(articles)`` is the one way from articles to RDF: it extracts each and gives
its ``ArticleGraph``, which writes the self-contained graph (``kzgraph extract``) or the store's
layout (``layout.py``), and carries the fingerprint a build compares.

Evidence design (documented on ``kz:Mention`` in the ontology): the article carries its text
(``kz:text``) and its sentences are spans (``spans.py``: IRIs that carry their offsets, with
``kz:inArticle``). Every entity has a span per mention (``kz:mentionOf``, ``kz:rule``) and every
statement one (``kz:evidenceSubject``, ``kz:evidenceProperty``, ``kz:evidenceObject``,
``kz:rule``); a span's words and its sentence follow from its offsets.

The graph is written as N-Quads lines, which are sorted as text and parsed once: pyoxigraph
makes a quad whose object is a literal several times faster from its line than from term
objects, and the sorted lines are the order of (subject, predicate, object) as N-Triples terms.
Every IRI is checked by ``ox.NamedNode`` (or extends a checked one with a path that keeps it
valid) and every literal is written as pyoxigraph writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import pyoxigraph as ox

from ..extract.pipeline import entity_class, property_iri
from ..model import Article, Extraction, Value
from ..namespaces import DCTERMS, KZ, OWL, RDF, RDFS, SCHEMA, SKOS, XSD, article_graph, resource
from ..reference import reference_store, reference_triples
from ..schema import kz_superclasses
from .layout import Fingerprint, StoredGraph, Triples, fact_hash, fingerprint, stored
from .spans import span_iri

_CURRENCIES = {"KZT", "USD", "EUR", "RUB", "CNY", "HUF", "KRW"}


def _iri(value: str) -> str:
    """An IRI as an N-Triples term; ``ValueError`` where it is not a valid IRI.

    >>> _iri("https://w3id.org/kzgraph/id/region/akmola")
    '<https://w3id.org/kzgraph/id/region/akmola>'
    """
    return str(ox.NamedNode(value))


def _under(parent: str, path: str) -> str:
    """The IRI term of ``path`` under the IRI term ``parent``. Paths of ASCII letters, digits,
    hyphens and slashes keep a valid IRI valid, so this one is not checked again.

    >>> _under("<https://w3id.org/kzgraph/id/article/a1>", "quantity/4-9")
    '<https://w3id.org/kzgraph/id/article/a1/quantity/4-9>'
    """
    return f"{parent[:-1]}/{path}>"


@cache
def _term(iri: str) -> str:
    """A class, property or datatype IRI as an N-Triples term; each is checked once."""
    return _iri(iri)


@cache
def _kz(name: str) -> str:
    return _iri(KZ + name)


# How pyoxigraph writes characters in a literal: the control characters, the quote, the
# backslash and the two noncharacters U+FFFE and U+FFFF escaped (a test checks every character).
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPED = re.compile("[" + "".join(map(re.escape, map(chr, _ESCAPES))) + "]")
_STRING = XSD + "string"


def _literal(value: str, *, datatype: str = "", language: str = "") -> str:
    """A literal as an N-Triples term, as ``str(ox.Literal(...))`` writes it.

    >>> print(_literal('say "hi"\\n', language="en"), _literal("7", datatype=XSD + "integer"))
    "say \\"hi\\"\\n"@en "7"^^<http://www.w3.org/2001/XMLSchema#integer>
    """
    if not value.isprintable() or '"' in value or "\\" in value:  # else nothing to escape
        value = _ESCAPED.sub(lambda char: _ESCAPES[ord(char.group())], value)
    quoted = f'"{value}"'
    if language:
        return f"{quoted}@{language}"
    if datatype and datatype != _STRING:
        return f"{quoted}^^{_term(datatype)}"
    return quoted


TYPE = _term(RDF + "type")
LABEL = _term(RDFS + "label")
ALT = _term(SKOS + "altLabel")
SAME_AS = _term(OWL + "sameAs")


@cache
def _links() -> dict[str, tuple[str, ...]]:
    """owl:sameAs links of reference resources, so an article's output is self-contained."""
    links: dict[str, list[str]] = {}
    for quad in reference_store().quads_for_pattern(None, ox.NamedNode(OWL + "sameAs"), None):
        links.setdefault(quad.subject.value, []).append(str(quad.object))
    return {k: tuple(v) for k, v in links.items()}


@cache
def _reference_alt_labels() -> dict[str, frozenset[str]]:
    labels: dict[str, set[str]] = {}
    for quad in reference_store().quads_for_pattern(None, ox.NamedNode(SKOS + "altLabel"), None):
        if quad.object.language == "en":
            labels.setdefault(quad.subject.value, set()).add(quad.object.value)
    return {k: frozenset(v) for k, v in labels.items()}


def extraction_quads(extraction: Extraction) -> list[ox.Quad]:
    """The quads of an extraction's self-contained graph, sorted."""
    return ArticleGraph(extraction, fingerprint(extraction.article)).quads()


class ArticleGraph(NamedTuple):
    """One article's graph, made once: the extraction it came from and the article's
    fingerprint (what a build compares to skip an unchanged article)."""

    extraction: Extraction
    fingerprint: Fingerprint

    def nquads(self) -> str:
        """The self-contained graph (what ``kzgraph extract`` writes) as sorted N-Quads."""
        graph = _iri(article_graph(self.extraction.article.key))
        triples = _triples(self.extraction, self.fingerprint.hash)
        return "".join(sorted(f"{t} {graph} .\n" for t in triples.lines()))

    def quads(self) -> list[ox.Quad]:
        """The self-contained graph's quads, sorted (so serialisations are deterministic)."""
        # lenient: the IRIs were checked and the literals are written as pyoxigraph writes them
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS, lenient=True))

    def stored(self) -> StoredGraph:
        """The graph in the store's layout (``layout.py``): facts about shared entities apart."""
        return stored(self.extraction.article.key,
                      _triples(self.extraction, self.fingerprint.hash),
                      reference=reference_triples())


def extract_graphs(articles: Iterable[Article], *, model: str | None = None,
                   ) -> Iterator[ArticleGraph]:
    """Extract articles (``model``: the spaCy pipeline, ``"none"`` for the rules alone) into
    their graphs: the one way from an article to RDF (extract, build, store, evaluate)."""
    from ..extract.pipeline import extract_all

    for extraction in extract_all(articles, model=model):
        yield ArticleGraph(extraction, fingerprint(extraction.article))


def extract_graph(article: Article, *, model: str | None = None) -> ArticleGraph:
    """One article's graph (see ``extract_graphs``)."""
    return next(extract_graphs([article], model=model))


def _triples(extraction: Extraction, content_hash: str) -> Triples:
    """One article's self-contained graph by subject (``layout.Triples``)."""
    article = extraction.article
    base = resource("article", article.key)
    art = _iri(base)
    span_term = _span_terms(base)
    about: dict[str, set[str]] = {}
    spans: dict[str, tuple[set[str], set[str]]] = {}
    own = about[art] = {f"{TYPE} {_kz('Article')}"}
    if article.title:
        own.add(f"{_term(SCHEMA + 'headline')} {_literal(article.title)}")
    if article.url:
        own.add(f"{_term(SCHEMA + 'url')} {_literal(article.url, datatype=XSD + 'anyURI')}")
    if article.published:
        own.add(f"{_term(SCHEMA + 'datePublished')} "
                f"{_literal(article.published.isoformat(), datatype=XSD + 'date')}")
    if article.outlet:
        own.add(f"{_term(DCTERMS + 'publisher')} {_literal(article.outlet)}")
    own.add(f"{_kz('contentHash')} {_literal(content_hash)}")
    own.add(f"{_kz('text')} {_literal(article.text)}")
    in_article = f"{_kz('inArticle')} {art}"
    for sentence in extraction.sentences:
        spans.setdefault(span_term(sentence.start, sentence.end), (set(), set()))[0].add(
            in_article)

    def evidence(span: str, pairs: Iterable[str], rule: str) -> None:
        said, rules = spans.setdefault(span, (set(), set()))
        said.update(pairs)
        rules.add(_rule_literal(rule))

    for entity in extraction.entities:
        node = _iri(resource(entity.kind, entity.key))
        about.setdefault(node, set()).update(_entity_pairs(
            entity.kind, entity.key, entity_class(entity), entity.label, entity.alt_labels))
        own.add(f"{_kz('mentions')} {node}")
        mention_of = f"{_kz('mentionOf')} {node}"
        for mention in entity.mentions:
            evidence(span_term(mention.start, mention.end), (mention_of,), mention.rule)

    def add(s: str, p: str, o: str) -> None:
        about.setdefault(s, set()).add(f"{p} {o}")

    for statement in extraction.statements:
        kind, key = statement.subject
        subject = art if kind == "article" else _iri(resource(kind, key))
        prop = _term(property_iri(statement.prop))
        ev = statement.evidence
        obj = _object(statement.obj, _under(art, f"quantity/{ev.start}-{ev.end}"), add)
        add(subject, prop, obj)
        pairs = [f"{_kz('evidenceSubject')} {subject}", f"{_kz('evidenceProperty')} {prop}"]
        if obj.startswith("<"):
            pairs.append(f"{_kz('evidenceObject')} {obj}")
        evidence(span_term(ev.start, ev.end, fact_hash(f"{subject} {prop} {obj}")), pairs,
                 ev.rule)

    return Triples(about, spans)


@cache
def _rule_literal(rule: str) -> str:
    return _literal(rule)


@lru_cache(maxsize=1 << 12)
def _entity_pairs(kind: str, key: str, cls: str, label: str, alt_labels: tuple[str, ...]
                  ) -> frozenset[str]:
    """What an entity's graph says of it (``"p o"``): its classes, label, other names and
    links; each made once per process (the same regions and sectors recur in article after
    article)."""
    iri = resource(kind, key)
    pairs = {f"{TYPE} {_term(c)}" for c in kz_superclasses(cls)}  # a company is an organization
    pairs.add(f"{LABEL} {_literal(label, language='en')}")
    for alt in set(alt_labels) | _reference_alt_labels().get(iri, set()):
        if alt != label:
            pairs.add(f"{ALT} {_literal(alt, language='en')}")
    pairs.update(f"{SAME_AS} {link}" for link in _links().get(iri, ()))
    return frozenset(pairs)


def _span_terms(article: str) -> Callable[..., str]:
    """How the terms of an article's spans are made (``span_iri``: its checked IRI ``article``
    with a fragment of offsets and a hex hash). Such a fragment keeps a valid IRI valid, so a
    span is checked again only where the article's IRI has a fragment of its own.

    >>> _span_terms("https://w3id.org/kzgraph/id/article/a1")(4, 9)
    '<https://w3id.org/kzgraph/id/article/a1#char=4,9>'
    """
    if "#" in article:
        return lambda *span: _iri(span_iri(article, *span))
    return lambda *span: f"<{span_iri(article, *span)}>"


def _object(obj, quantity: str, add) -> str:
    """The N-Triples term of a statement's object (adding a quantity's own triples)."""
    if isinstance(obj, tuple):
        return _iri(resource(*obj))
    assert isinstance(obj, Value)
    if obj.datatype == "status":
        return _kz(obj.lexical)
    if obj.unit:
        return _quantity(obj, quantity, add)
    if obj.datatype:
        return _literal(obj.lexical, datatype=obj.datatype)
    return _literal(obj.lexical)


def _quantity(value: Value, node: str, add) -> str:
    amount = _literal(value.lexical, datatype=XSD + "decimal")
    if value.unit in _CURRENCIES:
        add(node, TYPE, _term(SCHEMA + "MonetaryAmount"))
        add(node, _term(SCHEMA + "currency"), _literal(value.unit))
    else:
        add(node, TYPE, _term(SCHEMA + "QuantitativeValue"))
        add(node, _term(SCHEMA + "unitText"), _literal(value.unit))
    add(node, _term(SCHEMA + "value"), amount)
    if value.qualifier:
        add(node, _kz("valueQualifier"), _literal(value.qualifier))
    return node
