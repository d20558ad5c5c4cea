"""kzgraph: news about Kazakhstan's industrial development as a queryable knowledge graph.

The library in five lines::

    from kzgraph.articles import read_article
    from kzgraph.store import GraphStore
    store = GraphStore()                      # in memory; GraphStore("path") on disk
    store.add_article(read_article("article.txt"))
    rows = store.run_saved_query("sectors")

Heavy modules (the extractor, owlready2) are imported only where they are used, so that
``kzgraph --help`` and ``kzgraph query`` start fast.
"""

__version__ = "0.1.0"
