"""What the ontology (``ontology/kzgraph.ttl``) says about classes and properties, read once.

The extractor keeps a statement only where the property's ``rdfs:domain`` and ``rdfs:range``
allow its subject's and object's classes (``allows``); triples give every entity its class and
the ``kz:`` classes above it (``kz_superclasses``); the scorer reads types through
``subclasses``. None of this is restated in code: it is read from the ontology's own axioms.

>>> from kzgraph.namespaces import KZ
>>> sorted(c.removeprefix(KZ) for c in kz_superclasses(KZ + "Company"))
['Company', 'Organization']
>>> allows(KZ + "locatedIn", KZ + "Project", KZ + "Region")
True
>>> allows(KZ + "locatedIn", KZ + "Person", KZ + "Region")
False
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pyoxigraph as ox

from .namespaces import KZ, OWL, RDF, RDFS
from .resources import ontology_file

_FIRST, _REST, _NIL = RDF + "first", RDF + "rest", RDF + "nil"


@cache
def _axioms() -> tuple[dict[str, set[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(class -> direct superclasses, property -> domain classes, property -> range classes)."""
    out: dict[ox.NamedNode | ox.BlankNode, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in ox.parse(path=str(ontology_file())):
        out[t.subject][t.predicate.value].append(t.object)

    def classes(node) -> frozenset[str]:
        """A class IRI, or the members of an ``owl:unionOf`` class expression."""
        if isinstance(node, ox.NamedNode):
            return frozenset({node.value})
        found: set[str] = set()
        for union in out[node].get(OWL + "unionOf", ()):
            while isinstance(union, ox.BlankNode):
                found |= {m.value for m in out[union].get(_FIRST, ())}
                union = (out[union].get(_REST) or [ox.NamedNode(_NIL)])[0]
        return frozenset(found)

    parents: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, frozenset[str]] = {}
    ranges: dict[str, frozenset[str]] = {}
    for subject, props in out.items():
        if not isinstance(subject, ox.NamedNode):
            continue
        for parent in props.get(RDFS + "subClassOf", ()):
            if isinstance(parent, ox.NamedNode):
                parents[subject.value].add(parent.value)
        for node in props.get(RDFS + "domain", ()):
            domains[subject.value] = domains.get(subject.value, frozenset()) | classes(node)
        for node in props.get(RDFS + "range", ()):
            ranges[subject.value] = ranges.get(subject.value, frozenset()) | classes(node)
    return parents, domains, ranges


@cache
def superclasses(cls: str) -> frozenset[str]:
    """A class and every class above it (``rdfs:subClassOf``, transitively)."""
    parents = _axioms()[0]
    found, todo = {cls}, [cls]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)


@cache
def kz_superclasses(cls: str) -> frozenset[str]:
    """A class and the ``kz:`` classes above it: the types an entity of that class carries."""
    return frozenset(c for c in superclasses(cls) if c.startswith(KZ))


@cache
def subclasses(cls: str) -> frozenset[str]:
    """A class and every class below it."""
    parents = _axioms()[0]
    return frozenset({cls, *(c for c in parents if cls in superclasses(c))})


def allows(prop: str, subject_class: str, object_class: str | None = None) -> bool:
    """Whether the ontology lets ``prop`` join a subject of ``subject_class`` to an object of
    ``object_class`` (None: a literal or a quantity, whose range is not checked here). A
    property without a domain or a range allows any class there."""
    _, domains, ranges = _axioms()
    domain, range_ = domains.get(prop), ranges.get(prop)
    if domain and not domain & superclasses(subject_class):
        return False
    return not (object_class and range_ and not range_ & superclasses(object_class))
