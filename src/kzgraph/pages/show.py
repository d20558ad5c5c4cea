"""``kzgraph show``: pictures of one article's graph, an entity's neighbourhood or a CONSTRUCT.

Three sources give a :class:`~kzgraph.pages.picture.Picture` and :func:`write_picture` draws it:

- :func:`article_picture`: extract one article (a path, or ``-`` for stdin) and draw its graph;
- :func:`entity_picture`: an entity found by IRI, ``prefix:name`` or label (case-insensitive)
  in a store, with everything up to ``depth`` relations away;
- :func:`query_picture`: the triples a saved or ``.rq`` CONSTRUCT query returns.

Output by file extension: ``.dot`` (no tool needed), ``.svg`` and ``.png`` through Graphviz's
``dot``, ``.html`` for one self-contained interactive page (see ``render_html``).
"""

from __future__ import annotations

import difflib
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import ShowError
from ..graph.spans import parse_span
from ..namespaces import KZ, PREFIXES, RDFS, SKOS, article_graph, compact
from .picture import NOT_DRAWN, Picture, picture_from

if TYPE_CHECKING:
    from ..graph.store import GraphStore



class PictureFormat(Enum):
    """What ``write_picture`` draws, named by the output file's extension."""

    SVG = "svg"
    PNG = "png"
    HTML = "html"
    DOT = "dot"


FORMATS = tuple(f.value for f in PictureFormat)
_SKIP_WALK = NOT_DRAWN | {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                           "http://www.w3.org/2002/07/owl#sameAs"}
_HUBS = {KZ + "inCountry", SKOS + "broader"}
_FIND = f"""SELECT DISTINCT ?s ?q WHERE {{
  {{ ?s <{RDFS}label> ?l }} UNION {{ ?s <{SKOS}altLabel> ?l }} UNION {{ ?s <{SKOS}prefLabel> ?l }}
  FILTER (LCASE(STR(?l)) = LCASE(STR(?q)))
  FILTER (!STRSTARTS(STR(?s), "{KZ}"))
}} ORDER BY ?s"""


def format_for(path: str) -> PictureFormat:
    """The output format a file name asks for.

    >>> format_for("graph.SVG")
    <PictureFormat.SVG: 'svg'>
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ShowError(f"cannot tell the picture format from {path!r}; end the file name with "
                        f"one of {', '.join('.' + f for f in FORMATS)}", location=path)
    return PictureFormat(suffix)


def article_picture(path: str) -> Picture:
    """Extract one article (``-``: stdin) and fold its graph into a picture."""
    from ..articles import read_article
    from ..graph.store import GraphStore
    from ..graph.triples import extract_graph

    article = read_article(path)
    quads = extract_graph(article).quads()  # self-contained: every entity's labels with it
    store = GraphStore()
    store.replace_graph(article_graph(article.key), quads)
    title = article.title or article.key
    return picture_from(quads, title=title, context=store)


def resolve_entity(store: GraphStore, name: str) -> str:
    """The IRI of an entity named by IRI, ``prefix:name`` or label (case-insensitive)."""
    text = name.strip().removeprefix("<").removesuffix(">")
    prefix, sep, local = text.partition(":")
    iri = PREFIXES[prefix] + local if sep and prefix in PREFIXES else text
    if ":" in iri and _known(store, iri):
        return iri
    rows = store.query(_FIND, substitutions={ox.Variable("q"): ox.Literal(text)})
    found = [row["s"].value for row in rows if isinstance(row["s"], ox.NamedNode)]
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{compact(i)}" for i in found[:8])
        raise ShowError(f"{len(found)} entities are called {name!r}: {listed}; "
                        "give one of these IRIs to --entity")
    labels = {o.object.value for p in (RDFS + "label", SKOS + "altLabel")
              for o in store.quads_for_pattern(None, ox.NamedNode(p), None)
              if isinstance(o.object, ox.Literal)}
    near = difflib.get_close_matches(text, sorted(labels), n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else (
        "give an IRI, a prefix:name such as kzid:region/akmola, or an English label")
    raise ShowError(f"no entity called {name!r} in the store; {hint}")


def _known(store: GraphStore, iri: str) -> bool:
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return False
    return any(True for _ in store.quads_for_pattern(node, None, None))


def entity_picture(graph_store, name: str, *, depth: int = 1, max_nodes: int = 150) -> Picture:
    """An entity of a ``GraphStore`` and everything up to ``depth`` relations away.

    Relations are followed in both directions; amounts, statuses and evidence are not steps.

    >>> from kzgraph.graph.store import sample_store
    >>> picture = entity_picture(sample_store(), "Akmola Region")
    >>> picture.title, len(picture.nodes) > 1
    ('Akmola Region (depth 1)', True)
    """
    store = graph_store
    if depth < 0:
        raise ShowError(f"--depth must be 0 or more, not {depth}")
    start = resolve_entity(store, name)
    seen = {start}
    frontier = [start]
    truncated = False
    for _ in range(depth):
        step: list[str] = []
        for iri in frontier:
            for other in sorted(_neighbours(store, iri, backwards_to_all=iri == start)):
                if other in seen:
                    continue
                if len(seen) >= max_nodes:
                    truncated = True
                    break
                seen.add(other)
                step.append(other)
        frontier = step
    triples = set()
    for iri in seen:
        for quad in store.quads_for_pattern(ox.NamedNode(iri), None, None):
            obj = quad.object
            if isinstance(obj, ox.NamedNode) and obj.value not in seen \
                    and quad.predicate.value not in _SKIP_WALK and _is_entity(store, obj):
                continue
            triples.add(ox.Triple(quad.subject, quad.predicate, obj))
            if isinstance(obj, ox.NamedNode) and quad.predicate.value not in _SKIP_WALK \
                    and not _is_entity(store, obj):
                triples.update(ox.Triple(q.subject, q.predicate, q.object)
                               for q in store.quads_for_pattern(obj, None, None))
    title = f"{_label(store, start) or compact(start)} (depth {depth})"
    if truncated:
        title += f", first {max_nodes} nodes"
    return picture_from(sorted(triples, key=str), title=title, context=store)


def _label(store: GraphStore, iri: str) -> str:
    labels = [q.object.value for q in store.quads_for_pattern(
        ox.NamedNode(iri), ox.NamedNode(RDFS + "label"), None)]
    return min(labels, default="")


def _is_entity(store: GraphStore, node: ox.NamedNode) -> bool:
    """A resource drawn as a node of its own (not an amount, a status or an evidence node)."""
    types = {q.object.value for q in store.quads_for_pattern(
        node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)}
    if node.value.startswith(KZ) or parse_span(node.value):
        return False
    return not any(t.startswith("https://schema.org/") and t.endswith(("Amount", "Value"))
                   for t in types)


def _neighbours(store: GraphStore, iri: str, *, backwards_to_all: bool) -> set[str]:
    """Entities one relation away; a hub (a country, a broad sector) lists its members only
    when it is the entity asked for, so that depth 2 from a region is not every region."""
    node = ox.NamedNode(iri)
    found = set()
    for quad in store.quads_for_pattern(node, None, None):
        if quad.predicate.value not in _SKIP_WALK and isinstance(quad.object, ox.NamedNode) \
                and _is_entity(store, quad.object):
            found.add(quad.object.value)
    for quad in store.quads_for_pattern(None, None, node):
        if quad.predicate.value in _HUBS and not backwards_to_all:
            continue
        if quad.predicate.value not in _SKIP_WALK and isinstance(quad.subject, ox.NamedNode) \
                and _is_entity(store, quad.subject):
            found.add(quad.subject.value)
    return found


def query_picture(store, name: str) -> Picture:
    """The result of a CONSTRUCT query (saved name or ``.rq`` path) as a picture."""
    from ..query.results import Form
    from ..query.saved import find_query, run

    query = find_query(name)
    answer = run(store, query)
    if answer.form is not Form.GRAPH:
        raise ShowError("kzgraph show draws CONSTRUCT queries only; this query returns "
                        f"{'rows' if answer.form is Form.ROWS else 'true/false'}"
                        "; rewrite it as CONSTRUCT { ... } WHERE { ... }",
                        location=str(query.path))
    return picture_from(list(answer.triples), title=query.title, context=store)


def write_picture(picture: Picture, output: str) -> int:
    """Draw the picture into ``output`` (format from its extension); returns bytes written."""
    from ..graph.export import write_atomically
    from .render_dot import run_dot, to_dot

    fmt = format_for(output)
    dot = to_dot(picture)
    if fmt is PictureFormat.DOT:
        data = dot.encode("utf-8")
    elif fmt is PictureFormat.HTML:
        from .render_html import html_page

        data = html_page(picture, run_dot(dot, "svg").decode("utf-8")).encode("utf-8")
    else:
        data = run_dot(dot, fmt.value)
    write_atomically(output, data)
    return len(data)
