"""The IRIs kzgraph mints and the one prefix map used by queries and exports."""

from __future__ import annotations

KZ = "https://w3id.org/kzgraph/ontology#"
ID = "https://w3id.org/kzgraph/id/"
GRAPH = "https://w3id.org/kzgraph/graph/"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

PREFIXES: dict[str, str] = {
    "kz": KZ,
    "kzid": ID,
    "schema": SCHEMA,
    "wd": WD,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
}

KIND_PREFIXES: dict[str, str] = {
    kind: f"{ID}{kind}/"
    for kind in ("article", "country", "organization", "person", "place", "program", "project",
                 "region", "sector")
}
"""One prefix per kind of resource, so that ``region:akmola`` is a valid SPARQL name for
``kzid:region/akmola`` (a ``/`` is not allowed in a prefixed name). Declared in every query."""

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n"
                          for p, ns in {**PREFIXES, **KIND_PREFIXES}.items())
"""The prefix map and the kind prefixes as SPARQL ``PREFIX`` lines, one per line (saved queries
rely on them)."""

REFERENCE_GRAPH = GRAPH + "reference"
ONTOLOGY_GRAPH = GRAPH + "ontology"
INFERRED_GRAPH = GRAPH + "inferred"
"""What `kzgraph reason` derives: a graph of its own, so a query can leave it out."""


def resource(kind: str, key: str) -> str:
    """The IRI of an extracted or reference resource.

    >>> resource("region", "akmola")
    'https://w3id.org/kzgraph/id/region/akmola'
    """
    return f"{ID}{kind}/{key}"


def article_graph(key: str) -> str:
    """The named graph that holds one article's statements.

    >>> article_graph("a02")
    'https://w3id.org/kzgraph/graph/article/a02'
    """
    return f"{GRAPH}article/{key}"


def compact(iri: str) -> str:
    """Shorten an IRI with the prefix map, for tables meant to be read.

    >>> compact("https://w3id.org/kzgraph/id/region/akmola")
    'kzid:region/akmola'
    >>> compact("http://example.org/x")
    'http://example.org/x'
    """
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"
