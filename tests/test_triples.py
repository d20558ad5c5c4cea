"""triples.py writes each article graph as N-Quads lines, sorts them and parses them once
(leniently). These tests hold the assumptions that makes safe: a literal is written exactly as
pyoxigraph writes it (for every character), it parses back to the same literal, the sorted
lines are the order of the quads' (subject, predicate, object) terms, and an invalid IRI is
still refused.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest import SHARED
from kzgraph.articles import find_articles, read_article
from kzgraph.extract.pipeline import extract
from kzgraph.graph.spans import parse_span, sentence_of
from kzgraph.graph.triples import _literal, extraction_quads
from kzgraph.model import Article
from kzgraph.namespaces import KZ, XSD
from kzgraph.resources import sample_dir

# Every Unicode scalar value, in chunks of 1,000 (escaping is per character).
CODE_POINTS = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
CHUNKS = ["".join(map(chr, CODE_POINTS[i:i + 1000])) for i in range(0, len(CODE_POINTS), 1000)]
KINDS = {"plain": {}, "language": {"language": "en"},
         "datatype": {"datatype": XSD + "integer"}, "string": {"datatype": XSD + "string"}}


def _ox_literal(value: str, *, datatype: str = "", language: str = "") -> ox.Literal:
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)


@pytest.mark.parametrize("kind", KINDS.values(), ids=KINDS.keys())
def test_every_character_is_written_as_pyoxigraph_writes_it(kind):
    differ = [i for i, chunk in enumerate(CHUNKS)
              if _literal(chunk, **kind) != str(_ox_literal(chunk, **kind))]
    assert differ == []


def test_written_literals_parse_back_to_the_same_literals():
    lines = "".join(f'<http://example.org/s> <http://example.org/p> {_literal(chunk)} .\n'
                    for chunk in CHUNKS)
    parsed = [q.object for q in ox.parse(lines, format=ox.RdfFormat.N_QUADS, lenient=True)]
    assert parsed == [ox.Literal(chunk) for chunk in CHUNKS]


def _articles() -> list[Article]:
    paths = [sample_dir(), SHARED / "corpus" / "dev" / "articles", SHARED / "corpus" / "seed"]
    return [read_article(p) for p in find_articles([p for p in paths if p.is_dir()])]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.key)
def test_quads_are_in_the_order_of_their_terms(article):
    quads = extraction_quads(extract(article))
    assert len(quads) > 20
    assert quads == sorted(quads, key=lambda q: (str(q.subject), str(q.predicate),
                                                 str(q.object)))


def test_an_article_key_that_makes_an_invalid_iri_is_refused():
    with pytest.raises(ValueError):
        extraction_quads(extract(Article(key="a b", text="Plant in Akmola region.")))


def test_a_text_with_quotes_and_control_characters_keeps_them():
    text = 'The "Orda Glass" plant\tin Akmola region\x00 opened.\r\nIt cost $2 billion\\.'
    quads = extraction_quads(extract(Article(key="k", text=text)))
    [body] = [q.object.value for q in quads if q.predicate.value == KZ + "text"]
    assert body == text
    sentences = {parse_span(q.subject.value).text(body) for q in quads
                 if q.predicate.value == KZ + "inArticle"}
    assert 'The "Orda Glass" plant\tin Akmola region\x00 opened.' in sentences


@pytest.mark.parametrize("article", _articles()[:40], ids=lambda a: a.key)
def test_every_span_is_the_words_the_extractor_found_in_one_sentence(article):
    """A span's IRI is all the store keeps of a mention: its offsets must give back the
    mention's text, and one sentence of the article must hold it."""
    extraction = extract(article)
    quads = extraction_quads(extraction)
    sentences = [q.subject.value for q in quads if q.predicate.value == KZ + "inArticle"]
    found = {(m.start, m.end): m.text for e in extraction.entities for m in e.mentions}
    found |= {(s.evidence.start, s.evidence.end): s.evidence.text for s in extraction.statements}
    spans = {parse_span(q.subject.value) for q in quads if q.predicate.value == KZ + "rule"}
    assert {(span.start, span.end) for span in spans} == set(found)
    for span in spans:
        assert span.text(article.text) == found[span.start, span.end]
        assert sentence_of(span, sentences) is not None, span
