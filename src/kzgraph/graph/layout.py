"""How a store holds article graphs: each fact once, and every article still replaceable whole.

``kzgraph extract`` writes an article as one self-contained graph (DESIGN.md). A store splits
the same triples so that the union of its graphs, which queries read, holds each fact once:

- the article's graph ``graph/article/{key}`` keeps what only that article can say: its header,
  text and content hash, ``kz:mentions``, its spans (``{article}#char=...``: sentences and the
  evidence of entities and statements), the nodes under its IRI (quantities) and everything
  about its own projects (a project's IRI is keyed by its article);
- a span's ``kz:rule`` is folded into its IRI (``{article}#char=53,66;rule=region-name``,
  ``stored`` below): the rule is the largest share of an article's quads (18.5 of 122 on
  generated articles) and the IRI names the span anyway, so the store keeps one quad fewer per
  mention and per statement, and the saved query ``evidence`` reads the rule from the IRI;
- the entities graph ``graph/entities`` keeps the triples about shared entities (types, labels,
  other names, links, roles of regions, sectors, programs, organizations and persons), each once
  however many articles state it, and none that the reference graph already holds;
- for each triple it put in the entities graph, the article's graph says
  ``<article> kz:assertsFact <https://w3id.org/kzgraph/fact/HASH>`` (HASH: the first 16 hex
  digits of the SHA-1 of the triple in N-Triples, ``stored`` below). These are the counts: a
  delete or a replace drops a shared triple, in the same transaction, when no other article
  graph asserts it any more.

So a fact two articles state stays when one of them is deleted, and a label only the deleted
article gave goes with it. Queries see the same triples as with self-contained graphs, just not
repeated, and the spans' rules in their IRIs; ``kzgraph export`` writes the layout as it is, so
a copy loaded elsewhere answers the same saved queries.

Both forms are written from one value, an article's triples by subject (``Triples``), which
``triples.py`` makes directly (and ``triples_of`` from N-Triples text): so the store's form
is made without writing the self-contained one first and parsing it back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from ..namespaces import DCTERMS, GRAPH, KZ, SCHEMA, article_graph, resource

if TYPE_CHECKING:  # the dataclasses cost 10-20 ms to import, and `kzgraph query` needs none
    from ..model import Article

ENTITIES_GRAPH = GRAPH + "entities"
"""The graph of shared entities' triples, each once."""
ASSERTS = KZ + "assertsFact"
FACT = "https://w3id.org/kzgraph/fact/"
"""Where fact IRIs are: not resources (``id/``) but names of triples."""
RULE = f"<{KZ}rule>"


class StoredGraph(NamedTuple):
    """One article in the store's layout, as N-Quads ready to load."""

    key: str
    graph: bytes
    """The article's own graph."""
    shared: bytes
    """Its triples about shared entities, in the entities graph."""
    facts: frozenset[str]
    """The IRIs of those triples' facts (what its ``kz:assertsFact`` name)."""
    quads: int
    """Lines in ``graph`` and ``shared`` together."""


def fact_hash(triple: str) -> str:
    """The hash that names a triple (N-Triples text, no final `` .``): the first 16 hex digits
    of its SHA-1, in fact IRIs and in the IRIs of a statement's evidence (``spans.py``).

    >>> fact_hash('<http://example.org/s> <http://example.org/p> "o"')
    'df36e5253288c174'
    """
    return hashlib.sha1(triple.encode("utf-8")).hexdigest()[:16]


def fact_iri(triple: str) -> str:
    """The IRI that names a triple in ``kz:assertsFact``.

    >>> fact_iri('<http://example.org/s> <http://example.org/p> "o"')
    'https://w3id.org/kzgraph/fact/df36e5253288c174'
    """
    return FACT + fact_hash(triple)


class Triples(NamedTuple):
    """An article's self-contained graph (N-Triples text) by subject, as both of its forms need
    it: ``kzgraph extract`` writes every triple (``lines``), the store folds each span's rules
    into the span's IRI (``stored``)."""

    about: dict[str, set[str]]
    """Each subject that is no span: its ``"p o"`` pairs."""
    spans: dict[str, tuple[set[str], set[str]]]
    """Each span (``{article}#char=...``): its ``"p o"`` pairs other than ``kz:rule``, and its
    rules (N-Triples literals)."""

    def lines(self) -> Iterator[str]:
        """Every triple (``"s p o"``): the self-contained graph."""
        for subject, pairs in self.about.items():
            for pair in pairs:
                yield f"{subject} {pair}"
        for span, (pairs, rules) in self.spans.items():
            for pair in pairs:
                yield f"{span} {pair}"
            for rule in rules:
                yield f"{span} {RULE} {rule}"


def triples_of(triples: Iterable[str]) -> Triples:
    """Triples (``"s p o"`` N-Triples text) by subject (``Triples``).

    >>> s = "<https://w3id.org/kzgraph/id/article/a#char=4,9>"
    >>> triples_of([f"{s} <http://e/of> <http://e/x>", f'{s} {RULE} "region-name"']).spans
    {'<https://w3id.org/kzgraph/id/article/a#char=4,9>': ({'<http://e/of> <http://e/x>'}, \
{'"region-name"'})}
    """
    about: dict[str, set[str]] = {}
    spans: dict[str, tuple[set[str], set[str]]] = {}
    for triple in triples:
        subject, pair = triple.split(" ", 1)
        if "#char=" not in subject:
            about.setdefault(subject, set()).add(pair)
            continue
        pairs, rules = spans.setdefault(subject, (set(), set()))
        if pair.startswith(RULE + " "):
            rules.add(pair[len(RULE) + 1:])
        else:
            pairs.add(pair)
    return Triples(about, spans)


@cache
def _rule_part(literal: str) -> str:
    """A rule id (an N-Triples literal) as it goes into a span's IRI (each made once: an
    article's spans share a few dozen rules).

    >>> _rule_part('"ruler:region"'), _rule_part('"a rule"')
    ('ruler:region', 'a%20rule')
    """
    if literal.endswith('"') and "\\" not in literal:
        value = literal[1:-1]
    else:  # escapes, a language or a datatype: pyoxigraph reads it
        import pyoxigraph as ox

        value = next(ox.parse(f"<x:s> <x:p> {literal} .", format=ox.RdfFormat.N_TRIPLES)
                     ).object.value
    return quote(value, safe=":/")


@lru_cache(maxsize=1 << 16)
def _shared_fact(triple: str, reference: frozenset[str]) -> str:
    """The fact IRI of a triple about a shared entity, or "" where the reference graph holds it
    (each made once per process: the same regions, sectors and labels recur in article after
    article)."""
    return "" if triple in reference else fact_iri(triple)


def stored(key: str, triples: Triples, *, reference: frozenset[str]) -> StoredGraph:
    """An article's self-contained graph in the store's layout.

    The article's own triples are those about the article, the nodes under its IRI and its
    projects (the extractor keys a project by its article), and its spans, each span's rules
    folded into its IRI: every other triple of a span with rule R is said of ``{span};rule=R``
    instead (percent-encoded where a rule id holds characters an IRI cannot), and the rule
    triple goes (a span with two rules becomes two IRIs; one with nothing but rules keeps them).
    The rest are about shared entities, less those ``reference`` holds (the reference graph's
    triples, not stored again).

    >>> a, s = "<https://w3id.org/kzgraph/id/article/a>", "<https://w3id.org/kzgraph/id/article/a"
    >>> out = stored("a", triples_of([
    ...     f"{a} <http://e/p> <http://e/x>", '<http://e/x> <http://e/l> "X"',
    ...     '<http://e/r> <http://e/l> "R"', f"{s}#char=4,9> <http://e/of> <http://e/x>",
    ...     f'{s}#char=4,9> {RULE} "region-name"']),
    ...     reference=frozenset({'<http://e/r> <http://e/l> "R"'}))
    >>> from kzgraph.namespaces import ID
    >>> print(out.graph.decode().replace(ASSERTS, "kz:assertsFact").replace(FACT, "fact/")
    ...       .replace(ID, "kzid:").replace(GRAPH, "graph:"))
    <kzid:article/a#char=4,9;rule=region-name> <http://e/of> <http://e/x> <graph:article/a> .
    <kzid:article/a> <http://e/p> <http://e/x> <graph:article/a> .
    <kzid:article/a> <kz:assertsFact> <fact/5da1e5b2f0578b9d> <graph:article/a> .
    <BLANKLINE>
    >>> print(out.shared.decode(), end="")
    <http://e/x> <http://e/l> "X" <https://w3id.org/kzgraph/graph/entities> .
    """
    own, shared, facts = [], [], set()
    entities, graph = f"<{ENTITIES_GRAPH}>", f"<{article_graph(key)}>"
    article = f"<{resource('article', key)}>"
    asserts = f"{article} <{ASSERTS}> <"
    mine = (article[:-1] + "/", article[:-1] + "#", f"<{resource('project', '')}")
    for subject, pairs in triples.about.items():
        if subject == article or subject.startswith(mine):
            own.extend(f"{subject} {pair} {graph} .\n" for pair in pairs)
            continue
        for pair in pairs:
            triple = f"{subject} {pair}"
            fact = _shared_fact(triple, reference)
            if fact:
                facts.add(fact)
                shared.append(f"{triple} {entities} .\n")
                own.append(f"{asserts}{fact}> {graph} .\n")
    for span, (pairs, rules) in triples.spans.items():
        if rules and pairs:
            own.extend(f"{span[:-1]};rule={_rule_part(rule)}> {pair} {graph} .\n"
                       for rule in rules for pair in pairs)
        else:
            own.extend(f"{span} {pair} {graph} .\n" for pair in pairs)
            own.extend(f"{span} {RULE} {rule} {graph} .\n" for rule in rules)
    own.sort()
    shared.sort()
    return StoredGraph(key, "".join(own).encode("utf-8"), "".join(shared).encode("utf-8"),
                       frozenset(facts), len(own) + len(shared))


def split_extracted(nquads: bytes, *, reference: frozenset[str]) -> list[StoredGraph]:
    """Article graphs as ``kzgraph extract`` writes them (N-Quads) in the store's layout."""
    prefix, by_graph = f"<{article_graph('')}", {}
    for line in nquads.decode("utf-8").splitlines():
        triple, graph, _ = line.rsplit(" ", 2)
        if graph.startswith(prefix):
            by_graph.setdefault(graph[len(prefix):-1], []).append(triple)
    return [stored(key, triples_of(triples), reference=reference)
            for key, triples in by_graph.items()]


class Fingerprint(NamedTuple):
    """What the store records about an article, to tell whether it changed."""

    title: str
    url: str
    published: str
    outlet: str
    hash: str


def fingerprint(article: Article) -> Fingerprint:
    """An article's header fields and the SHA-256 of its text.

    >>> from kzgraph.model import Article
    >>> fingerprint(Article(key="k", text="Hi.", title="T")).hash[:12]
    '17f4444f3932'
    """
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return Fingerprint(article.title or "", article.url or "",
                       article.published.isoformat() if article.published else "",
                       article.outlet or "", digest)


FINGERPRINT = {SCHEMA + "headline": "title", SCHEMA + "url": "url",
               SCHEMA + "datePublished": "published", DCTERMS + "publisher": "outlet",
               KZ + "contentHash": "hash"}
"""The article's properties that hold its fingerprint, as ``_triples`` writes them."""


def stored_fingerprint(values: Iterable[tuple[str, str]]) -> Fingerprint | None:
    """The fingerprint from an article's (property IRI, value) pairs; None without a hash.

    >>> stored_fingerprint([(KZ + "contentHash", "ab"), (SCHEMA + "headline", "T")])
    Fingerprint(title='T', url='', published='', outlet='', hash='ab')
    """
    found = dict.fromkeys(Fingerprint._fields, "")
    for prop, value in values:
        if prop in FINGERPRINT:
            found[FINGERPRINT[prop]] = value
    return Fingerprint(**found) if found["hash"] else None
