"""A picture as Graphviz DOT, and DOT through the ``dot`` program to SVG or PNG.

Each node is named by its compact IRI (the ``<title>`` of its group in Graphviz's SVG) and
carries ``id="nI"`` (edges ``id="eI"``), so the interactive HTML page can find them. The label
is an HTML-like table: the English label in bold, then the folded facts in small type.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap

from ..errors import ShowError
from ..namespaces import compact
from .picture import Picture

STYLE = {  # kind: (shape, fill colour, border colour)
    "project": ("box", "#fde9c8", "#b9770e"),
    "region": ("hexagon", "#d6eaf8", "#2874a6"),
    "sector": ("tab", "#d5f5e3", "#1e8449"),
    "program": ("folder", "#e8daef", "#7d3c98"),
    "organization": ("component", "#fadbd8", "#b03a2e"),
    "person": ("ellipse", "#fcf3cf", "#9a7d0a"),
    "article": ("note", "#eaeded", "#566573"),
    "other": ("ellipse", "#ffffff", "#808b96"),
}
INSTALL_HINT = ("Graphviz's `dot` program is not installed; install it (Debian/Ubuntu: apt-get "
                "install graphviz; macOS: brew install graphviz; conda: conda install graphviz) "
                "or write a .dot file with -o FILE.dot")
_WIDTH = 30
_FACT_WIDTH = 44


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(label: str, facts: tuple[tuple[str, str], ...]) -> str:
    """An HTML-like label: the name in bold (wrapped), then one small line per fact.

    >>> _label("Akmola Region", (("Wikidata", "wd:Q485056"),))
    '<<b>Akmola Region</b><br/><font point-size="9">Wikidata: wd:Q485056</font>>'
    """
    wrapped = textwrap.wrap(label, _WIDTH, break_long_words=False, break_on_hyphens=False)
    lines = [f"<b>{_html(line)}</b>" for line in wrapped or [label]]
    for name, value in facts:
        text = textwrap.shorten(f"{name}: {value}", _FACT_WIDTH, placeholder="...")
        lines.append(f'<font point-size="9">{_html(text)}</font>')
    return "<" + "<br/>".join(lines) + ">"


def to_dot(picture: Picture) -> str:
    """The picture as a DOT digraph, in a stable order.

    >>> from kzgraph.pages.picture import Edge, Node
    >>> p = Picture("t", (Node("https://w3id.org/kzgraph/id/region/r", "R", "region"),), ())
    >>> line = to_dot(p).splitlines()[-2]
    >>> line.split(", ")[:2], line.split(", ")[-1]
    (['  "kzid:region/r" [id="n0"', 'shape=hexagon'], 'label=<<b>R</b>>];')
    """
    out = [
        "digraph kzgraph {",
        f"  graph [rankdir=LR, label={_quote(picture.title)}, labelloc=t, fontsize=16, "
        'fontname="Helvetica", nodesep=0.25, ranksep=0.9, bgcolor="white"];',
        '  node [style="filled,rounded", fontname="Helvetica", fontsize=12, penwidth=1.4];',
        '  edge [fontname="Helvetica", fontsize=10, color="#566573", fontcolor="#34495e"];',
    ]
    linked = {e.source for e in picture.edges} | {e.target for e in picture.edges}
    lines = {True: [], False: []}
    for i, node in enumerate(picture.nodes):
        shape, fill, border = STYLE.get(node.kind, STYLE["other"])
        lines[node.iri in linked or not linked].append(
            f"  {_quote(compact(node.iri))} [id=\"n{i}\", shape={shape}, fillcolor=\"{fill}\", "
            f"color=\"{border}\", label={_label(node.label, node.facts)}];")
    out += lines[True]
    if lines[False]:
        out.append('  subgraph cluster_alone { label="mentioned, without relations"; '
                   'style="dashed,rounded"; color="#aab7b8"; fontsize=11;')
        out += ["  " + line for line in lines[False]]
        out.append("  }")
    for i, edge in enumerate(picture.edges):
        out.append(f"  {_quote(compact(edge.source))} -> {_quote(compact(edge.target))} "
                   f"[id=\"e{i}\", label={_quote(edge.label)}];")
    out.append("}")
    return "\n".join(out) + "\n"


def run_dot(dot: str, fmt: str) -> bytes:
    """Lay out DOT text with Graphviz's ``dot`` program; ``fmt`` is ``svg`` or ``png``."""
    program = shutil.which("dot")
    if program is None:
        raise ShowError(INSTALL_HINT)
    try:
        done = subprocess.run([program, f"-T{fmt}"], input=dot.encode("utf-8"),
                              capture_output=True, check=False, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ShowError(f"Graphviz's dot failed: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ShowError(f"Graphviz's dot failed: {message[0] if message else done.returncode}")
    return done.stdout
