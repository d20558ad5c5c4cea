"""One self-contained interactive HTML page for a picture: nothing is fetched from a network.

Graphviz lays the graph out at generation time; its SVG is embedded in the page with the facts
and evidence of every node and edge as JSON, and a small script of our own (``templates/
show.js``) adds pan, zoom and click-for-details. A Content-Security-Policy forbids the page from
loading anything that is not inline.
"""

from __future__ import annotations

import html
import json
import re
from importlib.resources import files
from string import Template

from ..namespaces import compact
from .picture import Picture
from .render_dot import STYLE

_TEMPLATES = files("kzgraph.pages") / "templates"


def page_data(picture: Picture) -> dict:
    """What the page's script shows on a click, keyed by the SVG ids ``nI`` and ``eI``."""
    ids = {node.iri: f"n{i}" for i, node in enumerate(picture.nodes)}
    return {
        "nodes": {ids[n.iri]: {"iri": compact(n.iri), "label": n.label, "kind": n.kind,
                               "facts": [list(f) for f in n.facts], "alt": list(n.alt_labels),
                               "evidence": list(n.evidence)} for n in picture.nodes},
        "edges": {f"e{i}": {"source": ids[e.source], "target": ids[e.target], "label": e.label,
                            "prop": compact(e.prop), "evidence": list(e.evidence)}
                  for i, e in enumerate(picture.edges)},
        "colours": {kind: fill for kind, (_, fill, _) in STYLE.items()},
    }


def inline_svg(svg: str) -> str:
    """Graphviz's SVG document as an element to embed: no prolog, no doctype, no fixed size.

    >>> inline_svg('<?xml version="1.0"?>\\n<!DOCTYPE svg>\\n<svg width="8pt" height="4pt" '
    ...            'viewBox="0 0 8 4"><!-- x --><g/></svg>\\n')
    '<svg viewBox="0 0 8 4"><g/></svg>'
    """
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    head, rest = svg.split(">", 1)
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    return (head + ">" + rest).strip()


def _json_for_script(value: dict) -> str:
    """JSON that cannot close the ``<script>`` element it sits in.

    >>> _json_for_script({"a": "</script>"})
    '{"a": "<\\\\/script>"}'
    """
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def html_page(picture: Picture, svg: str) -> str:
    """The page: the laid-out SVG, the data behind it, our CSS and script, all inline."""
    template = Template((_TEMPLATES / "show.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(picture.title),
        style=(_TEMPLATES / "show.css").read_text(encoding="utf-8"),
        script=(_TEMPLATES / "show.js").read_text(encoding="utf-8"),
        svg=inline_svg(svg),
        data=_json_for_script(page_data(picture)),
    )
