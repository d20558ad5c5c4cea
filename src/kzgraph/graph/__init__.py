"""Article graphs and the store: statements become quads, quads go into a store and out as RDF.

``triples`` (an extraction as one named graph per article, with its evidence ``spans``),
``layout`` (how a store keeps shared facts once), ``store`` (the embedded pyoxigraph store),
``rdfio`` (the one RDF reader), ``export`` (every RDF format, deterministically) and ``build``
(folders of articles into a store, in parallel and incrementally).

May import: the base modules (``kzgraph.errors``, ``namespaces``, ``model``...) and ``extract``.

An article into a store in memory (``GraphStore("kz.store")`` keeps one on disk), then a saved
query over it; ``model="none"`` extracts with the rules alone:

>>> from kzgraph.articles import read_article
>>> from kzgraph.graph.store import GraphStore
>>> from kzgraph.graph.triples import extract_graph
>>> from kzgraph.query.saved import find_query, run
>>> from kzgraph.resources import sample_dir
>>> article = read_article(sample_dir() / "tca-2016-12-07-industrialization-map.txt")
>>> store = GraphStore()
>>> store.add_article(extract_graph(article, model="none")) > 0  # quads written
True
>>> answer = run(store, find_query("sectors"))
>>> answer.variables[:2], len(answer.rows) > 0
(('sector', 'name'), True)
"""
