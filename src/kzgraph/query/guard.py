"""What a query run by ``kzgraph query`` may do: read the store, nothing else, for a bounded time.

A query comes from a user or a download, so before it reaches the store it is scanned by a
SPARQL tokenizer (comments, strings, IRIs, variables and prefixed names are tokens of their own,
so a keyword inside them counts for nothing) and refused when it is

- a SPARQL Update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``, ``CREATE``, ``ADD``,
  ``MOVE``, ``COPY``, ``WITH``): the store's query API cannot run updates either, this check
  only gives the clear message;
- federated (``SERVICE``: pyoxigraph would send HTTP requests to an endpoint the query author
  chose), unless the caller allows it;
- reading a graph that is not kzgraph's (``FROM`` / ``FROM NAMED`` with an IRI outside
  ``https://w3id.org/kzgraph/``: a remote SPARQL endpoint may fetch it), unless allowed.

The time limit is ``runner``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from ..errors import QueryRefused
from ..namespaces import PREFIXES

KZGRAPH_IRIS = "https://w3id.org/kzgraph/"
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                          "COPY", "WITH"})

_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>\#[^\n]*)
    |(?P<string>\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''
        |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$]\w+)
    |(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w:%-]|\.(?=[\w:%-]))*)
    |(?P<word>[A-Za-z_]\w*)
    |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """The SPARQL tokens of ``text``, without spaces and comments.

    >>> [(t.kind, t.text) for t in tokens('SELECT * { ?s ex:p "SERVICE" } # DROP')]
    [('word', 'SELECT'), ('other', '*'), ('other', '{'), ('var', '?s'), ('pname', 'ex:p'), \
('string', '"SERVICE"'), ('other', '}')]
    """
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("space", "comment"):
            found.append(Token(kind, match.group(), match.start()))
    return found


def check_query(text: str, *, allow_service: bool = False, where: str | None = None) -> None:
    """Refuse an update, a ``SERVICE`` call or a ``FROM`` of a foreign graph (``QueryRefused``).

    ``where`` (a file name) is the location; line and column are added to it.

    >>> check_query("SELECT * WHERE { ?s ?p 'DROP ALL' }")
    >>> check_query("DROP ALL", where="q.rq")
    Traceback (most recent call last):
    kzgraph.errors.QueryRefused: q.rq:1:1: DROP makes this a SPARQL Update; kzgraph query \
only reads: run read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE)
    """
    found = tokens(text)
    prefixes = dict(PREFIXES)
    base = ""
    for index, token in enumerate(found):
        if token.kind != "word":
            continue
        word = token.text.upper()
        after = found[index + 1: index + 3]
        if word == "PREFIX" and len(after) == 2 and after[1].kind == "iri":
            prefixes[after[0].text[:-1]] = urljoin(base, after[1].text[1:-1])
        elif word == "BASE" and after and after[0].kind == "iri":
            base = urljoin(base, after[0].text[1:-1])
        elif word in UPDATE_WORDS:
            raise _refused(text, token, where, f"{word} makes this a SPARQL Update; kzgraph query "
                           "only reads: run read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")
        elif word == "SERVICE" and not allow_service:
            raise _refused(text, token, where, "SERVICE would send requests to another SPARQL "
                           "endpoint chosen by the query; pass --allow-service if you trust it")
        elif word == "FROM" and not allow_service:
            graph = _graph_iri(found[index + 1:], prefixes, base)
            if graph is not None and not graph.startswith(KZGRAPH_IRIS):
                raise _refused(text, token, where, f"FROM <{graph}> names a graph that is not "
                               "kzgraph's and may be fetched from the web; name a graph of the "
                               f"store ({KZGRAPH_IRIS}graph/...) or pass --allow-service")


def _graph_iri(rest: list[Token], prefixes: dict[str, str], base: str) -> str | None:
    if rest and rest[0].kind == "word" and rest[0].text.upper() == "NAMED":
        rest = rest[1:]
    if not rest:
        return None
    if rest[0].kind == "iri":
        return urljoin(base, rest[0].text[1:-1])
    if rest[0].kind == "pname":
        prefix, _, local = rest[0].text.partition(":")
        return prefixes.get(prefix, f"{prefix}:") + local
    return None


def _refused(text: str, token: Token, where: str | None, message: str) -> QueryRefused:
    line = text.count("\n", 0, token.start) + 1
    column = token.start - (text.rfind("\n", 0, token.start) + 1) + 1
    return QueryRefused(message, location=f"{where}:{line}:{column}" if where else None)
