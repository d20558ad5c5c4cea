"""Scoring the extractor against gold annotations (``kzgraph evaluate``).

``gold`` (reading and pairing gold files with articles), ``assignment`` (the one-to-one matching
of gold items to predictions), ``matching`` (text folded and compared as the corpus README
says), ``evaluate`` (an article's graph against its gold) and ``scores`` (precision, recall and
F1 per category, as a table or JSON).

May import: the base modules, ``extract`` and ``graph``.
"""
