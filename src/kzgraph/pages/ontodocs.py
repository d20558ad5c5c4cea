"""``kzgraph docs``: HTML documentation of the ontology, the reference data and the saved queries.

Our own generator (Python string templates, no extra dependency): pyLODE would add five
packages (httpx among them) and documents only the ontology, not the reference data or the
queries. Output, all self-contained (inline CSS, no script, nothing fetched; links to Wikidata
and sources are plain links)::

    index.html      the ontology's header and a table of contents
    ontology.html   every class, property and individual, one anchor each (#Project)
    regions.html    regions with ISO 3166-2 codes and Wikidata links
    sectors.html    the SKOS sector scheme as a tree
    programs.html   the state programs and their periods
    persons.html    the persons of the reference data
    queries.html    the saved queries with descriptions and parameters

This module reads the ontology and writes the pages; ``refdocs`` renders the reference data and
query pages.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import ShowError
from ..namespaces import KZ, ONTOLOGY_GRAPH, OWL, RDF, RDFS, SKOS, compact
from .docpage import DCT, PAGES, Graph, esc, page

KINDS = (("Classes", OWL + "Class"), ("Object properties", OWL + "ObjectProperty"),
         ("Datatype properties", OWL + "DatatypeProperty"),
         ("Annotation properties", OWL + "AnnotationProperty"),
         ("Individuals", OWL + "NamedIndividual"))
ONTOLOGY_IRI = "https://w3id.org/kzgraph/ontology"
_SHOWN = (("subclass of", RDFS + "subClassOf"), ("equivalent to", OWL + "equivalentClass"),
          ("disjoint with", OWL + "disjointWith"), ("subproperty of", RDFS + "subPropertyOf"),
          ("domain", RDFS + "domain"), ("range", RDFS + "range"),
          ("property chain", OWL + "propertyChainAxiom"), ("type", RDF + "type"))


def term_link(term, graph: Graph, page: str = "ontology.html") -> str:
    """A term as HTML: a link to its anchor for kz: terms, a class expression in words.

    >>> term_link(ox.NamedNode(KZ + "Region"), Graph(ox.Store()))
    '<a href="ontology.html#Region"><code>kz:Region</code></a>'
    """
    if isinstance(term, ox.Literal):
        return esc(term.value)
    if isinstance(term, ox.BlankNode):
        for word, prop in (("or", OWL + "unionOf"), ("and", OWL + "intersectionOf"),
                           ("one of", OWL + "oneOf")):
            members = [term_link(m, graph, page) for m in graph.items(
                (graph.objects(term, prop) or [ox.NamedNode(RDF + "nil")])[0])]
            if members:
                joined = f" {word} ".join(members) if word != "one of" else ", ".join(members)
                return f"({word} {joined})" if word == "one of" else f"({joined})"
        chain = graph.items(term)
        if chain:
            return " / ".join(term_link(m, graph, page) for m in chain)
        return "(an anonymous class)"
    name = compact(term.value)
    if term.value.startswith(KZ):
        return f'<a href="{page}#{esc(term.value[len(KZ):])}"><code>{esc(name)}</code></a>'
    return f'<a href="{esc(term.value)}"><code>{esc(name)}</code></a>'


def ontology_terms(graph: Graph) -> dict[str, list[ox.NamedNode]]:
    """Named terms declared in the ontology graph, by kind; kz: terms first, then external."""
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    out = {}
    for title, kind in KINDS:
        quads = graph.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"),
                                              ox.NamedNode(kind), onto)
        terms = {q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}
        out[title] = sorted(terms, key=lambda t: (not t.value.startswith(KZ), t.value))
    return out


def _term_section(term: ox.NamedNode, graph: Graph) -> str:
    anchor = term.value[len(KZ):]
    rows = [f"<tr><th>IRI</th><td><code>{esc(term.value)}</code></td></tr>"]
    for name, prop in _SHOWN:
        values = [v for v in graph.objects(term, prop)
                  if not (prop == RDF + "type" and v.value.startswith(OWL))]
        if prop == OWL + "disjointWith":
            values += graph.subjects(prop, term)
        if values:
            cells = ", ".join(term_link(v, graph) for v in values)
            rows.append(f"<tr><th>{name}</th><td>{cells}</td></tr>")
    if graph.objects(term, RDF + "type") and ox.NamedNode(OWL + "FunctionalProperty") in \
            graph.objects(term, RDF + "type"):
        rows.append("<tr><th>characteristics</th><td>functional</td></tr>")
    users = graph.subjects(RDFS + "domain", term)
    if users:
        rows.append("<tr><th>properties with this domain</th><td>"
                    + ", ".join(term_link(u, graph) for u in users) + "</td></tr>")
    members = graph.subjects(RDF + "type", term)
    if members:
        rows.append("<tr><th>instances</th><td>"
                    + ", ".join(term_link(m, graph) for m in members) + "</td></tr>")
    comment = graph.text(term, RDFS + "comment")
    return (f'<section class="term" id="{esc(anchor)}"><h3>{esc(graph.label(term) or anchor)} '
            f'<code>kz:{esc(anchor)}</code></h3>'
            f'<p class="definition">{esc(graph.text(term, SKOS + "definition"))}</p>'
            + (f'<p class="comment">{esc(comment)}</p>' if comment else "")
            + f'<table class="facts">{"".join(rows)}</table></section>')


def ontology_page(graph: Graph) -> str:
    terms = ontology_terms(graph)
    toc, parts = [], []
    for title, found in terms.items():
        own = [t for t in found if t.value.startswith(KZ)]
        external = [t for t in found if not t.value.startswith(KZ)]
        slug = title.lower().replace(" ", "-")
        toc.append(f'<li><a href="#{slug}">{esc(title)}</a>: '
                   + ", ".join(term_link(t, graph) for t in own) + "</li>")
        parts.append(f'<h2 id="{slug}">{esc(title)}</h2>')
        parts += [_term_section(t, graph) for t in own]
        if external:
            parts.append(f'<p class="external" id="{slug}-external">Used from other vocabularies '
                         "(declared, not defined here): "
                         + ", ".join(term_link(t, graph) for t in external) + "</p>")
    body = "<h1>The kz: ontology</h1><ul class='toc'>" + "".join(toc) + "</ul>" + "".join(parts)
    return page("kzgraph ontology", body, "ontology.html")


def index_page(graph: Graph, counts: dict[str, int]) -> str:
    onto = ox.NamedNode(ONTOLOGY_IRI)
    rows = [
        ("version", graph.text(onto, OWL + "versionInfo")),
        ("version IRI", " ".join(o.value for o in graph.objects(onto, OWL + "versionIRI"))),
        ("namespace", KZ),
        ("licence", " ".join(o.value for o in graph.objects(onto, DCT + "license"))),
        ("creator", graph.text(onto, DCT + "creator")),
        ("modified", graph.text(onto, DCT + "modified")),
    ]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    listing = "".join(f'<li><a href="{name}">{esc(text)}</a>'
                      f'{f" ({counts[name]})" if name in counts else ""}</li>'
                      for name, text in PAGES[1:])
    body = (f"<h1>{esc(graph.text(onto, DCT + 'title'))}</h1>"
            f"<p>{esc(graph.text(onto, DCT + 'description'))}</p>"
            f'<table class="facts">{table}</table>'
            f"<p>{esc(graph.text(onto, RDFS + 'comment'))}</p><ul>{listing}</ul>")
    return page("kzgraph documentation", body, "index.html")


def write_docs(out_dir: str | Path) -> list[Path]:
    """Write the documentation pages into ``out_dir`` (created if needed); returns their paths."""
    from ..graph.store import GraphStore
    from .refdocs import persons_page, programs_page, queries_page, regions_page, sectors_page

    graph = Graph(GraphStore())
    target = Path(out_dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ShowError(f"cannot create the folder ({error.strerror})",
                        location=str(target)) from None
    pages = {"ontology.html": ontology_page(graph)}
    counts = {"ontology.html": sum(len(v) for v in ontology_terms(graph).values())}
    for name, make in (("regions.html", regions_page), ("sectors.html", sectors_page),
                       ("programs.html", programs_page), ("persons.html", persons_page),
                       ("queries.html", queries_page)):
        pages[name], counts[name] = make(graph)
    pages["index.html"] = index_page(graph, counts)
    written = []
    for name, text in pages.items():
        path = target / name
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            raise ShowError(f"cannot write ({error.strerror})", location=str(path)) from None
        written.append(path)
    return written
