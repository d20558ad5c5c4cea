"""kzgraph: news about Kazakhstan's industrial development as a queryable knowledge graph.

The library in six lines::

    from kzgraph.articles import read_article
    from kzgraph.graph.store import GraphStore
    from kzgraph.graph.triples import extract_graph
    from kzgraph.query.saved import find_query, format_results, run
    store = GraphStore("kz.store"); store.add_article(extract_graph(read_article("article.txt")))
    print(format_results(run(store, find_query("sectors")), "table"))

Heavy modules (the extractor, owlready2) are imported only where they are used, so that
``kzgraph --help`` and ``kzgraph query`` start fast.
"""

from . import old_paths

__version__ = "0.1.0"

old_paths.install()  # kzgraph 0.1's module paths (kzgraph.store...) still import, until 0.3
