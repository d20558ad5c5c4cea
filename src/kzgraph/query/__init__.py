"""Saved queries and what keeps them safe: find, bind, check, run with a time limit, format.

``saved`` (find a query, read its header, bind parameters as RDF terms, run it), ``guard`` (the
safety check: no updates, no SERVICE or foreign FROM unless allowed), ``runner`` (a forked child
stopped at the time limit), ``syntax`` (a parse error explained at line and column),
``results`` (rows, booleans and triples as text: table, CSV, JSON...) and ``lookup`` (an IRI
parameter given by label).

May import: the base modules only. A store comes in as an argument; nothing here opens one.
"""
