"""Spans of an article's text named by IRIs that carry their offsets (NIF-style ``#char=``).

A span is ``{article IRI}#char={start},{end}`` (RFC 5147 character offsets into the article's
``kz:text``, end exclusive); a statement's evidence adds ``;fact={hash}``, the hash of the
triple it supports (``layout.fact_iri``), so that one span can support several statements. The
IRI alone gives the article and the offsets, and with the article's text the exact words:
no node of five to ten triples per mention (see the ontology CHANGELOG). In a store the span's
rule is folded into the IRI too (``…;rule={id}``, ``layout.stored``); ``parse_span`` reads
both forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

_SPAN = re.compile(r"^(?P<article>[^#]+)#char=(?P<start>[0-9]+),(?P<end>[0-9]+)(?:;.*)?$")


class Span(NamedTuple):
    article: str
    start: int
    end: int

    def text(self, body: str) -> str:
        """The words of the span in its article's text ``body``."""
        return body[self.start:self.end]


def span_iri(article: str, start: int, end: int, fact: str = "") -> str:
    """The IRI of a span of ``article`` (an IRI), with the fact hash of a statement's evidence.

    >>> span_iri("https://w3id.org/kzgraph/id/article/a1", 4, 9)
    'https://w3id.org/kzgraph/id/article/a1#char=4,9'
    >>> span_iri("https://w3id.org/kzgraph/id/article/a1", 4, 9, "0123abcd")
    'https://w3id.org/kzgraph/id/article/a1#char=4,9;fact=0123abcd'
    """
    return f"{article}#char={start},{end}" + (f";fact={fact}" if fact else "")


def parse_span(iri: str) -> Span | None:
    """The article and offsets a span IRI names; None for any other IRI.

    >>> parse_span("https://w3id.org/kzgraph/id/article/a1#char=4,9;fact=0123abcd")
    Span(article='https://w3id.org/kzgraph/id/article/a1', start=4, end=9)
    >>> parse_span("https://w3id.org/kzgraph/id/article/a1#char=4,9;rule=region-name").end
    9
    >>> parse_span("https://w3id.org/kzgraph/id/region/akmola") is None
    True
    """
    match = _SPAN.match(iri)
    if match is None:
        return None
    return Span(match["article"], int(match["start"]), int(match["end"]))


def sentence_of(span: Span, sentences: Iterable[str]) -> Span | None:
    """The sentence (among the IRIs of its article's sentences) that holds the span's start.

    >>> a = "https://w3id.org/kzgraph/id/article/a1"
    >>> sentence_of(Span(a, 12, 20), [f"{a}#char=0,10", f"{a}#char=11,30"])
    Span(article='https://w3id.org/kzgraph/id/article/a1', start=11, end=30)
    """
    for iri in sentences:
        sentence = parse_span(iri)
        if sentence is not None and sentence.start <= span.start < sentence.end:
            return sentence
    return None
