"""Checking the graph: SHACL shapes, ``*-violation.rq`` checks, OWL consistency and reasoning.

``validate`` (the three parts of ``kzgraph validate``), ``shacl`` (the shapes), ``findings``
(what a check found and the validation report as text, JSON or Turtle), ``hermit`` (HermiT
through owlready2, run in a child process) and ``reason`` (``kzgraph reason``: what the ontology
implies, into a graph of its own).

May import: the base modules, ``graph`` and ``query``. owlready2 and pySHACL only inside
functions, so that importing this package stays cheap.
"""
