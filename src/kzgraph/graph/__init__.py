"""Article graphs and the store: statements become quads, quads go into a store and out as RDF.

``triples`` (an extraction as one named graph per article, with its evidence ``spans``),
``layout`` (how a store keeps shared facts once), ``store`` (the embedded pyoxigraph store),
``rdfio`` (the one RDF reader), ``export`` (every RDF format, deterministically) and ``build``
(folders of articles into a store, in parallel and incrementally).

May import: the base modules (``kzgraph.errors``, ``namespaces``, ``model``...) and ``extract``.
"""
