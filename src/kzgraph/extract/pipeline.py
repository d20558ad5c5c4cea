"""The extraction pipeline: text -> mentions -> entities -> statements.

``extract(article)`` is the one entry point (``extract_all`` runs it over many articles with
the model reading them in batches). Each stage is a pure function of the text, the model's
reading of it (a spaCy ``Doc``, or None for the rules-only extractor) and the reference data;
the result is a frozen ``Extraction`` that ``triples.py`` turns into RDF. Statements the
ontology's domains and ranges do not allow are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import schema
from ..model import Article, Entity, Extraction, Statement, Value
from ..namespaces import KZ, SCHEMA
from . import aliases, language, mentions, statements
from . import entities as entities_
from .text import sentences

# Each kind's class, and each organization kind's (by its mention key).
CLASSES = {"person": "Person", "region": "Region", "project": "Project", "sector": "Sector",
           "program": "Program", "organization": "Organization", "article": "Article"}
ORG_CLASSES = {"company": "Company", "ministry": "GovernmentBody", "agency": "GovernmentBody",
               "other": "Organization"}
SCHEMA_PROPS = frozenset({"startDate", "endDate"})
_BATCH = 16


def extract(article: Article, *, model: str | None = None) -> Extraction:
    """Extract entities and statements from one article.

    ``model`` names the spaCy pipeline that reads the text (``language.choose``); ``"none"``
    is the rules-only extractor.

    >>> from kzgraph.model import Article
    >>> text = "Tengri Tyres LLP's tire plant was launched in Karaganda Region."
    >>> found = extract(Article("a1", text), model="none")
    >>> sorted((e.kind, e.label) for e in found.entities)[-2:]
    [('project', 'tire plant'), ('region', 'Karaganda Region')]
    """
    return next(extract_all([article], model=model))


def extract_all(articles: Iterable[Article], *, model: str | None = None) -> Iterator[Extraction]:
    """Extract many articles; the model reads their texts in batches (``nlp.pipe``)."""
    name = language.choose(model)
    if name == language.NONE:
        for article in articles:
            yield read(article, None)
        return
    nlp = language.load(name)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == _BATCH:
            yield from _read_batch(nlp, batch)
            batch = []
    yield from _read_batch(nlp, batch)


def _read_batch(nlp, articles: list[Article]) -> Iterator[Extraction]:
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        yield read(article, doc)


def read(article: Article, doc) -> Extraction:
    """One article's extraction from its text and the model's reading of it (``doc``)."""
    sents = sentences(article.text)
    spans = [(s.start, s.end) for s in sents]
    found = aliases.grouped(mentions.find(article, spans, doc))
    entities = entities_.resolve(article, found.by_kind())
    refs = {entities_.Ref(e.kind, e.key) for e in entities}
    said = statements.statements(article, spans, found, refs, doc)
    classes = {entities_.Ref(e.kind, e.key): entity_class(e) for e in entities}
    kept = tuple(s for s in said if _allowed(s, classes))
    return Extraction(article, sents, entities, kept)


def entity_class(entity: Entity) -> str:
    """The most specific ``kz:`` class of an entity (a company is a ``kz:Company``)."""
    if entity.kind == "organization":
        return KZ + ORG_CLASSES.get(entity.mentions[0].key.split(":", 1)[0], "Organization")
    return KZ + CLASSES[entity.kind]


def property_iri(prop: str) -> str:
    return (SCHEMA if prop in SCHEMA_PROPS else KZ) + prop


def _allowed(statement: Statement, classes: dict) -> bool:
    """Whether the ontology's domain and range let the statement be said."""
    subject = KZ + "Article" if statement.subject[0] == "article" else classes.get(
        statement.subject)
    if subject is None:
        return False
    obj = statement.obj
    if isinstance(obj, Value):
        target = KZ + "ProjectStatus" if obj.datatype == "status" else None
    else:
        target = classes.get(obj) or KZ + CLASSES[obj[0]]
    return schema.allows(property_iri(statement.prop), subject, target)
