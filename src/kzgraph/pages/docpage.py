"""What the documentation pages share: escaping, a reader over the store and the page template.

``ontodocs`` (the ontology and the index) and ``refdocs`` (reference data, saved queries) both
build on it; neither imports the other for these pieces.
"""

from __future__ import annotations

import html
from importlib.resources import files
from string import Template

import pyoxigraph as ox

from ..namespaces import RDF, RDFS, SKOS

DCT = "http://purl.org/dc/terms/"
PAGES = (("index.html", "Overview"), ("ontology.html", "Ontology"),
         ("regions.html", "Regions"), ("sectors.html", "Sectors"),
         ("programs.html", "Programs"), ("persons.html", "Persons"),
         ("queries.html", "Saved queries"))
_TEMPLATES = files("kzgraph.pages") / "templates"


def esc(text: str) -> str:
    """HTML-escape text (quotes too, so it can sit in an attribute).

    >>> esc('a < "b"')
    'a &lt; &quot;b&quot;'
    """
    return html.escape(text, quote=True)


class Graph:
    """Small read helpers over a store (the union of its graphs)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def objects(self, subject, prop: str) -> list:
        quads = self.store.quads_for_pattern(subject, ox.NamedNode(prop), None)
        return sorted({q.object for q in quads}, key=str)

    def subjects(self, prop: str, obj) -> list:
        quads = self.store.quads_for_pattern(None, ox.NamedNode(prop), obj)
        return sorted({q.subject for q in quads}, key=str)

    def text(self, subject, prop: str) -> str:
        values = [o for o in self.objects(subject, prop) if isinstance(o, ox.Literal)]
        english = [o for o in values if o.language in ("en", None)]
        return (english or values)[0].value if values else ""

    def texts(self, subject, prop: str) -> list[str]:
        return sorted({o.value for o in self.objects(subject, prop) if isinstance(o, ox.Literal)})

    def label(self, node) -> str:
        return self.text(node, RDFS + "label") or self.text(node, SKOS + "prefLabel")

    def items(self, node) -> list:
        """The members of an RDF list."""
        out = []
        while node != ox.NamedNode(RDF + "nil"):
            first = self.objects(node, RDF + "first")
            rest = self.objects(node, RDF + "rest")
            if not first or not rest:
                break
            out.append(first[0])
            node = rest[0]
        return out


def page(title: str, body: str, current: str) -> str:
    """One page: the shared template with its navigation, inline CSS and ``body``."""
    nav = " ".join(f'<a href="{name}"{" aria-current=page" if name == current else ""}>'
                   f"{esc(text)}</a>" for name, text in PAGES)
    template = Template((_TEMPLATES / "docs.html").read_text(encoding="utf-8"))
    return template.substitute(title=esc(title), nav=nav, body=body,
                               style=(_TEMPLATES / "docs.css").read_text(encoding="utf-8"))
