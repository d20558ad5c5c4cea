"""The reference data (``ontology/reference/*.ttl``): regions, programs, heads of state, sectors.

One source for everything that reads it: the extractor's gazetteers (``extract.reference``), the
article graphs (``triples.py`` copies an entity's links and names from it), the store's layout
(a triple the reference graph already holds is not stored again) and the evaluation.
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from .resources import reference_files


@cache
def reference_store() -> ox.Store:
    """The reference data in an in-memory store, parsed once per process."""
    store = ox.Store()
    for path in reference_files():
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


@cache
def reference_triples() -> frozenset[str]:
    """Every reference triple as N-Triples text without the final `` .``, as pyoxigraph writes it.

    >>> ('<https://w3id.org/kzgraph/id/region/akmola> '
    ...  '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...  '<https://w3id.org/kzgraph/ontology#Region>') in reference_triples()
    True
    """
    return frozenset(f"{q.subject} {q.predicate} {q.object}" for q in reference_store())
