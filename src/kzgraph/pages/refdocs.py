"""Documentation pages for the reference data (regions, sectors, programs, persons) and the
saved queries; each function returns the page's HTML and how many items it lists.
"""

from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import KZ, OWL, RDF, SCHEMA, SKOS, WD, compact
from .docpage import DCT, Graph, esc, page

_ID = "https://w3id.org/kzgraph/id/"


def anchor(iri: str) -> str:
    """The anchor of a reference resource on its page: its key.

    >>> anchor("https://w3id.org/kzgraph/id/region/akmola")
    'akmola'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _instances(graph: Graph, cls: str) -> list[ox.NamedNode]:
    found = graph.subjects(RDF + "type", ox.NamedNode(KZ + cls))
    return sorted((n for n in found if isinstance(n, ox.NamedNode)),
                  key=lambda n: graph.label(n).lower())


def _sources(graph: Graph, node) -> str:
    links = [f'<a href="{esc(o.value)}">{i}</a>'
             for i, o in enumerate(graph.objects(node, DCT + "source"), 1)]
    return f'<span class="sources">sources: {" ".join(links)}</span>' if links else ""


def _wikidata(graph: Graph, node) -> str:
    return ", ".join(f'<a href="{esc(o.value)}">{esc(compact(o.value))}</a>'
                     for o in graph.objects(node, OWL + "sameAs") if o.value.startswith(WD))


def _header(graph: Graph, name: str) -> str:
    onto = ox.NamedNode(f"https://w3id.org/kzgraph/ontology/reference/{name}")
    return (f"<h1>{esc(graph.text(onto, DCT + 'title'))}</h1>"
            f"<p>{esc(graph.text(onto, DCT + 'description'))}</p>")


def _name_cell(graph: Graph, node) -> str:
    """A table row's opening: the anchored row and a cell with the label and the short IRI."""
    return (f'<tr id="{esc(anchor(node.value))}"><td><b>{esc(graph.label(node))}</b>'
            f"<br><code>{esc(compact(node.value))}</code></td>")


def _names_cell(graph: Graph, node) -> str:
    """A table row's closing: the other names, the definition and the sources."""
    return (f"<td>{esc('; '.join(graph.texts(node, SKOS + 'altLabel')))}"
            f"<p class='definition'>{esc(graph.text(node, SKOS + 'definition'))} "
            f"{_sources(graph, node)}</p></td></tr>")


def regions_page(graph: Graph) -> tuple[str, int]:
    rows = []
    nodes = _instances(graph, "Country") + _instances(graph, "Region")
    for node in nodes:
        rows.append(
            _name_cell(graph, node)
            + f"<td>{esc(', '.join(graph.texts(node, KZ + 'isoCode')))}</td>"
            f"<td>{esc(', '.join(graph.texts(node, KZ + 'formerIsoCode')))}</td>"
            f"<td>{_wikidata(graph, node)}</td>"
            f"<td>{esc(', '.join(graph.texts(node, KZ + 'administrativeCentre')))}</td>"
            + _names_cell(graph, node))
    body = (_header(graph, "regions")
            + '<table class="data"><tr><th>region</th><th>ISO 3166-2</th><th>former codes</th>'
              "<th>Wikidata</th><th>centre</th><th>other names</th></tr>"
            + "".join(rows) + "</table>")
    return page("kzgraph regions", body, "regions.html"), len(nodes)


def sectors_page(graph: Graph) -> tuple[str, int]:
    concepts = _instances(graph, "Sector")
    children: dict[str, list[ox.NamedNode]] = {}
    for node in concepts:
        for parent in graph.objects(node, SKOS + "broader"):
            children.setdefault(parent.value, []).append(node)
    tops = [n for n in concepts if not graph.objects(n, SKOS + "broader")]

    def key(node):
        return (graph.text(node, SKOS + "notation") or "~", graph.label(node).lower())

    def item(node) -> str:
        notation = graph.text(node, SKOS + "notation")
        alts = graph.texts(node, SKOS + "altLabel")
        close = ", ".join(f'<a href="#{esc(anchor(o.value))}">{esc(graph.label(o))}</a>'
                          for o in graph.objects(node, SKOS + "closeMatch"))
        below = sorted(children.get(node.value, []), key=key)
        return (f'<li id="{esc(anchor(node.value))}">'
                + (f"<code>{esc(notation)}</code> " if notation else "")
                + f"<b>{esc(graph.label(node))}</b>"
                + (f' <span class="alt">also: {esc("; ".join(alts))}</span>' if alts else "")
                + (f' <span class="alt">close match: {close}</span>' if close else "")
                + (f"<ul>{''.join(item(c) for c in below)}</ul>" if below else "") + "</li>")

    body = (_header(graph, "sectors") + '<ul class="tree">'
            + "".join(item(n) for n in sorted(tops, key=key)) + "</ul>")
    return page("kzgraph sectors", body, "sectors.html"), len(concepts)


def programs_page(graph: Graph) -> tuple[str, int]:
    nodes = _instances(graph, "Program")
    rows = [_name_cell(graph, n)
            + f"<td>{esc(graph.text(n, SCHEMA + 'startDate'))}&ndash;"
            f"{esc(graph.text(n, SCHEMA + 'endDate'))}</td>" + _names_cell(graph, n)
            for n in nodes]
    body = (_header(graph, "programs") + '<table class="data"><tr><th>program</th>'
            "<th>period</th><th>other names</th></tr>" + "".join(rows) + "</table>")
    return page("kzgraph programs", body, "programs.html"), len(nodes)


def persons_page(graph: Graph) -> tuple[str, int]:
    nodes = _instances(graph, "Person")
    rows = [_name_cell(graph, n)
            + f"<td>{esc('; '.join(graph.texts(n, KZ + 'role')))}</td>"
            f"<td>{_wikidata(graph, n)}</td>" + _names_cell(graph, n)
            for n in nodes]
    body = (_header(graph, "persons") + '<table class="data"><tr><th>person</th><th>role</th>'
            "<th>Wikidata</th><th>other names</th></tr>" + "".join(rows) + "</table>")
    return page("kzgraph persons", body, "persons.html"), len(nodes)


def queries_page(graph: Graph) -> tuple[str, int]:
    from ..query.saved import saved_queries

    parts = []
    found = saved_queries()
    for q in found:
        params = "".join(
            f"<tr><td><code>{esc(p.name)}</code></td><td>{esc(p.type)}</td>"
            f"<td>{'optional' if p.optional else 'required'}</td><td>{esc(p.doc)}</td></tr>"
            for p in q.params)
        example = " ".join([f"kzgraph query {q.name}"] + [
            f"--param {p.name}=..." for p in q.params if not p.optional])
        parts.append(
            f'<section class="term" id="{esc(q.name)}"><h2>{esc(q.title)} '
            f"<code>{esc(q.name)}</code></h2><p>{esc(q.description)}</p>"
            + (f'<table class="data"><tr><th>parameter</th><th>type</th><th></th>'
               f"<th>meaning</th></tr>{params}</table>" if params else
               "<p class='alt'>No parameters.</p>")
            + f"<p><code>{esc(example)}</code></p><pre>{esc(q.text)}</pre></section>")
    toc = ", ".join(f'<a href="#{esc(q.name)}">{esc(q.name)}</a>' for q in found)
    body = (f"<h1>Saved queries</h1><p>Run one with <code>kzgraph query NAME</code>; list them "
            f"with <code>kzgraph queries</code>. {toc}</p>" + "".join(parts))
    return page("kzgraph saved queries", body, "queries.html"), len(found)
