"""The ``kzgraph`` command line: one click group, thin commands, one place for errors.

``group`` (the group: errors become one line and an exit code), ``options`` (the options that
repeat: ``--format``, ``-o/--output``, ``--store``, ``--model``, ``--server``), and one module of
commands per family, registered on the group here. A command imports the library inside its
function, so that ``kzgraph --help`` and ``kzgraph query`` load no extractor or reasoner.

May import: everything.
"""

from . import check, evaluation, graph, pages, query, remote
from .group import main

for _command in (graph.extract, graph.build, graph.export, query.query, query.queries,
                 remote.load_command, remote.serve, check.validate, check.reason,
                 evaluation.evaluate, pages.show, pages.docs):
    main.add_command(_command)

__all__ = ["main"]
