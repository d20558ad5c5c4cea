"""How counts read in the messages kzgraph prints: "1 article", "2 articles"."""

from __future__ import annotations


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and the noun, singular for exactly one (``nouns``: an irregular plural).

    >>> plural(1, "graph"), plural(0, "graph"), plural(2, "bad file"), plural(3, "query", "queries")
    ('1 graph', '0 graphs', '2 bad files', '3 queries')
    """
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
