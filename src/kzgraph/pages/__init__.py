"""Pictures and pages: ``kzgraph show`` and ``kzgraph docs``.

``show`` (a picture of an article, an entity's neighbourhood or a CONSTRUCT result),
``picture`` (a graph as nodes and edges to draw), ``render_dot`` and ``render_html`` (Graphviz
and one interactive page), ``ontodocs`` and ``refdocs`` (the documentation pages), ``docpage``
(what those pages share) and ``templates/``.

May import: the base modules, ``graph`` and ``query``.
"""
