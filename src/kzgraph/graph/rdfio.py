"""Read RDF safely: the one way kzgraph parses an RDF file, and what it refuses to do.

Everything is parsed by pyoxigraph, which never goes to the network: a JSON-LD document whose
``@context`` is a URL is refused (inline the context instead), and RDF/XML external entities
(``<!ENTITY x SYSTEM "file:///etc/passwd">``, the XXE attack) are never resolved. pyoxigraph does
expand internal entities without a bound, so an entity that refers to another (the "billion
laughs" attack) and entities whose expansion would exceed ``MAX_ENTITY_EXPANSION`` bytes are
refused before parsing. rdflib is not used for reading: its JSON-LD parser fetches remote
contexts. A parse error becomes an ``RdfError`` at ``file:line:col``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from ..errors import RdfError, cannot_read, syntax_position

FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
           "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
           "json": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML,
           "xml": ox.RdfFormat.RDF_XML, "owl": ox.RdfFormat.RDF_XML}
MAX_ENTITY_EXPANSION = 1 << 20
_ENTITY = re.compile(
    rb"<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(?:(SYSTEM|PUBLIC)\b|\"([^\"]*)\"|'([^']*)')")


def read_rdf(path: str | Path, *, format: ox.RdfFormat | None = None) -> list[ox.Quad]:
    """Every quad in the RDF file at ``path`` (format from its extension unless given)."""
    path = Path(path)
    rdf_format = format or FORMATS.get(path.suffix.lstrip(".").lower())
    if rdf_format is None:
        raise RdfError(f"unknown RDF file extension; use one of "
                       f"{', '.join('.' + e for e in FORMATS)}", location=str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RdfError(cannot_read(error), location=str(path)) from None
    return parse_rdf(data, rdf_format, where=str(path))


def parse_rdf(data: bytes, rdf_format: ox.RdfFormat, *, where: str = "<data>") -> list[ox.Quad]:
    """Every quad in ``data``; graph formats give quads in the default graph.

    >>> parse_rdf(b"<http://e/a> <http://e/b> 'c' .", ox.RdfFormat.TURTLE)[0].object
    <Literal value=c datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> parse_rdf(b"<http://e/a> <http://e/b> .", ox.RdfFormat.TURTLE, where="a.ttl")
    Traceback (most recent call last):
    kzgraph.errors.RdfError: a.ttl:1:27: . is not a valid RDF object (RDF syntax error)
    """
    if rdf_format == ox.RdfFormat.RDF_XML:
        _check_entities(data, where)
    try:
        return list(ox.parse(data, format=rdf_format))
    except SyntaxError as error:
        raise _syntax_error(error, where) from None


def _check_entities(data: bytes, where: str) -> None:
    """Refuse external, parameter and nested entities, and too large an expansion."""
    total = 0
    for match in _ENTITY.finditer(data):
        parameter, name, external = match.group(1), match.group(2), match.group(3)
        value = match.group(4) if match.group(4) is not None else match.group(5)
        if external or parameter:
            raise RdfError(f"the entity {name.decode()!r} refers to an external resource, which "
                           "kzgraph never reads; write its value inline", location=where)
        if b"&" in value or b"%" in value:
            raise RdfError(f"the entity {name.decode()!r} refers to other entities; kzgraph "
                           "refuses nested entities (they can expand without bound)",
                           location=where)
        total += data.count(b"&" + name + b";") * len(value)
    if total > MAX_ENTITY_EXPANSION:
        raise RdfError(f"entities would expand to {total} bytes, over the "
                       f"{MAX_ENTITY_EXPANSION} byte limit; write the values out",
                       location=where)


def _syntax_error(error: SyntaxError, where: str) -> RdfError:
    line, column, detail = syntax_position(error)
    detail = detail.splitlines()[0] if detail.strip() else ""
    if "LoadDocumentCallback" in detail or "remote context" in detail.lower():
        return RdfError("the JSON-LD @context is a URL, and kzgraph never fetches one; put the "
                        "context inline in the document", location=where)
    if line is not None:
        return RdfError(f"{detail} (RDF syntax error)", location=f"{where}:{line}:{column}")
    return RdfError(f"{detail or 'not valid RDF'} (RDF syntax error)", location=where)
