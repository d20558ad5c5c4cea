"""Other triple stores and serving this one: SPARQL endpoints, loading, ``kzgraph serve``.

``endpoints`` (a server's URLs and dialect, found by a probe), ``protocol`` (SPARQL 1.1 Protocol
queries and their answers; saved queries on a remote endpoint), ``load`` (the store's graphs
onto a server, one ``PUT`` each), ``bulk`` (Oxigraph's faster path for the same), ``graphs`` (the
graphs a load moves, counted on both sides) and ``serve`` (the Oxigraph server read-only on the
store, with ``serve_page.html``).

May import: the base modules, ``graph`` and ``query``.
"""
