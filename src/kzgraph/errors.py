"""Errors the library raises; ``cli.py`` turns them into one-line messages and exit codes."""

from __future__ import annotations


class KzgraphError(Exception):
    """Base class: an expected failure with a message that says how to fix it.

    ``location`` is where the problem is (a file, ``file:line`` or ``file:line:col``).
    """

    exit_code = 1

    def __init__(self, message: str, *, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class ArticleError(KzgraphError):
    """An article file cannot be read or has no text."""


class QueryError(KzgraphError):
    """A saved query cannot be found, parsed, bound or run."""

    exit_code = 2


class ParameterError(QueryError):
    """A ``--param`` is unknown, missing or not a valid RDF term."""


class StoreError(KzgraphError):
    """The store cannot be opened or written."""


class RemoteError(KzgraphError):
    """A remote SPARQL or Graph Store server cannot be reached or refuses a request."""


class ServeError(KzgraphError):
    """``kzgraph serve`` cannot start: no ``oxigraph`` command, a bad address, a port in use."""
