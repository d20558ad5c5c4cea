"""Other triple stores and serving this one: SPARQL endpoints, loading, ``kzgraph serve``.

``endpoints`` (a server's URLs and dialect, found by a probe), ``protocol`` (SPARQL 1.1 Protocol
requests and answers), ``load`` (the store's graphs onto a server; saved queries on a remote
endpoint) and ``serve`` (the Oxigraph server read-only on the store, with ``serve_page.html``).

May import: the base modules, ``graph`` and ``query``.
"""
