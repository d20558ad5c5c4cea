"""Errors the library raises; ``cli.py`` turns them into one-line messages and exit codes."""

from __future__ import annotations

import re

_POSITION = re.compile(r"(?:Parser )?error at (?:line (\d+) (?:column|between columns) (\d+)"
                       r"(?: and \d+)?|(\d+):(\d+)):?\s*")


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


class BuildInterrupted(KzgraphError):
    """A build stopped by a signal: exit 130 for Ctrl-C (SIGINT), 143 for SIGTERM.

    What was written before it is kept, every article whole; the same command finishes the job.
    """

    def __init__(self, message: str, *, signal_number: int) -> None:
        super().__init__(message)
        self.exit_code = 128 + signal_number


class SkippedFiles(ArticleError):
    """Files a build left out (each already reported as `file: reason`); the exit status is 1."""


class ModelError(KzgraphError):
    """A spaCy pipeline that is missing, broken or unfit for kzgraph's extractor."""


class QueryError(KzgraphError):
    """A saved query cannot be found, parsed, bound or run."""

    exit_code = 2


class ParameterError(QueryError):
    """A ``--param`` is unknown, missing or not a valid RDF term."""


class StoreError(KzgraphError):
    """The store cannot be opened or written."""


class GoldError(KzgraphError):
    """A gold annotation file or folder cannot be read, or does not follow the gold schema."""


class EvaluationError(KzgraphError):
    """The extractor scored below the ``--min-f1`` a CI job asked for."""


class ShowError(KzgraphError):
    """A picture or documentation page cannot be made (bad input, or a missing tool)."""


class QueryRefused(QueryError):
    """A query that would write, call another endpoint or fetch a graph: refused, not run."""


class QueryTimeout(QueryError):
    """A query that ran past its time limit and was stopped."""

    exit_code = 3


class RdfError(KzgraphError):
    """An RDF file that cannot be parsed, or that asks for something kzgraph will not do."""


class ReasonerError(KzgraphError):
    """An OWL reasoner cannot run (no Java runtime, or the reasoner itself failed)."""

    exit_code = 2


class ValidationError(KzgraphError):
    """The shapes, checks or rules that ship with kzgraph cannot be read or run."""

    exit_code = 2


class RemoteError(KzgraphError):
    """A remote SPARQL or Graph Store server cannot be reached or refuses a request."""


class ServeError(KzgraphError):
    """``kzgraph serve`` cannot start: no ``oxigraph`` command, a bad address, a port in use."""


def syntax_position(error: SyntaxError) -> tuple[int | None, int | None, str]:
    """Where a pyoxigraph parse error (RDF or SPARQL) is, and what it says there: (line,
    column, the rest of the message); line and column are None where the error has none.

    >>> syntax_position(SyntaxError("error at 3:7: expected one of LATERAL"))
    (3, 7, 'expected one of LATERAL')
    >>> syntax_position(SyntaxError("Parser error at line 1 column 27: . is not an object"))
    (1, 27, '. is not an object')
    >>> syntax_position(SyntaxError("@id value must be a string"))
    (None, None, '@id value must be a string')
    """
    text = error.msg if isinstance(error.msg, str) and error.msg else str(error)
    match = _POSITION.match(text)
    if not match:
        return None, None, text
    return (int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4)),
            text[match.end():])


def cannot_read(error: OSError | UnicodeDecodeError) -> str:
    """What a message says about a file that cannot be read (or decoded).

    >>> cannot_read(PermissionError(13, "Permission denied"))
    'cannot read it (Permission denied)'
    """
    return f"cannot read it ({getattr(error, 'strerror', None) or error})"
