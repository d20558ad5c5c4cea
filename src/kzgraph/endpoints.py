"""Remote triple stores: their URLs by server dialect, credentials, and one HTTP call.

A server has a query URL (SPARQL 1.1 Protocol), a Graph Store URL (SPARQL 1.1 Graph Store HTTP
Protocol) and often an update URL; each product puts them at its own paths. ``--endpoint`` takes
the query URL and the others are guessed from its shape (``--graph-store`` overrides the guess):

=========  ====================================  ========================================
dialect    query URL                             Graph Store URL
=========  ====================================  ========================================
oxigraph   ``http://host:7878/query``            ``http://host:7878/store``
fuseki     ``http://host:3030/DATASET/sparql``   ``http://host:3030/DATASET/data``
graphdb    ``http://host:7200/repositories/R``   ``.../repositories/R/rdf-graphs/service``
virtuoso   ``http://host:8890/sparql``           ``http://host:8890/sparql-graph-crud``
qlever     ``http://host:7001/``                 ``http://host:7001/``
=========  ====================================  ========================================

Credentials come from the environment only (``KZGRAPH_TOKEN`` for a bearer token, else
``KZGRAPH_USER`` and ``KZGRAPH_PASSWORD`` for HTTP basic); they are sent as a header and appear
in no URL, message or error. HTTP goes through the standard library's ``urllib``: uploads are
iterables of bytes, sent with chunked transfer encoding, so nothing large is built in memory.
"""

from __future__ import annotations

import base64
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .errors import RemoteError

DEFAULT_TIMEOUT = 60.0
"""Seconds to wait for a server to accept a connection or send the next bytes."""

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KZGRAPH_USER", "KZGRAPH_PASSWORD", "KZGRAPH_TOKEN"


@dataclass(frozen=True)
class Endpoint:
    """Where one server takes queries, updates and Graph Store requests."""

    dialect: str
    query: str
    store: str | None
    update: str | None

    def graph_url(self, graph: str) -> str:
        """The Graph Store URL of one named graph.

        >>> endpoint("http://localhost:7878/query").graph_url("https://w3id.org/kzgraph/graph/a")
        'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkzgraph%2Fgraph%2Fa'
        """
        if self.store is None:
            raise RemoteError("cannot guess the Graph Store URL of this server; give it with "
                              "--graph-store URL (see the README for each server's path)",
                              location=self.query)
        name = "graph-uri" if self.dialect == "virtuoso" else "graph"
        glue = "&" if "?" in self.store else "?"
        return f"{self.store}{glue}{urllib.parse.urlencode({name: graph})}"


def endpoint(query_url: str, *, graph_store: str | None = None) -> Endpoint:
    """The server's URLs, guessed from the shape of its query URL.

    >>> endpoint("http://h:7878/query")
    Endpoint(dialect='oxigraph', query='http://h:7878/query', store='http://h:7878/store', \
update='http://h:7878/update')
    >>> endpoint("http://h:3030/kz/sparql").store
    'http://h:3030/kz/data'
    >>> endpoint("http://h:7200/repositories/kz").update
    'http://h:7200/repositories/kz/statements'
    >>> endpoint("http://h:8890/sparql").store
    'http://h:8890/sparql-graph-crud'
    >>> endpoint("http://h:7001").dialect
    'qlever'
    >>> endpoint("http://h/odd/path/x", graph_store="http://h/gsp")
    Endpoint(dialect='generic', query='http://h/odd/path/x', store='http://h/gsp', update=None)
    """
    parts = urllib.parse.urlsplit(query_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError("the endpoint must be an http:// or https:// URL of a SPARQL query "
                          "service", location=redact(query_url))
    if parts.username or parts.password:
        raise RemoteError(f"put credentials in ${USER_ENV} and ${PASSWORD_ENV} (or ${TOKEN_ENV}),"
                          " not in the URL", location=redact(query_url))
    root = f"{parts.scheme}://{parts.netloc}"
    segments = [s for s in parts.path.split("/") if s]
    dialect, store, update = "generic", None, None
    if segments == ["query"]:
        dialect, store, update = "oxigraph", f"{root}/store", f"{root}/update"
    elif len(segments) == 2 and segments[0] == "repositories":
        base = f"{root}/repositories/{segments[1]}"
        dialect, store, update = "graphdb", f"{base}/rdf-graphs/service", f"{base}/statements"
    elif len(segments) == 2 and segments[1] in ("sparql", "query"):
        base = f"{root}/{segments[0]}"
        dialect, store, update = "fuseki", f"{base}/data", f"{base}/update"
    elif segments == ["sparql"]:
        dialect, store, update = "virtuoso", f"{root}/sparql-graph-crud", f"{root}/sparql"
    elif not segments:
        dialect, store, update = "qlever", f"{root}/", f"{root}/"
    return Endpoint(dialect, query_url, graph_store or store, update)


def redact(url: str) -> str:
    """A URL without user, password or query string, fit for a message.

    >>> redact("http://me:secret@h:7878/store?graph=x")
    'http://h:7878/store'
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return urllib.parse.urlunsplit((parts.scheme, host + port, parts.path, "", ""))


def auth_headers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``Authorization`` header the environment asks for (none without credentials).

    >>> auth_headers({"KZGRAPH_TOKEN": "t0k"})
    {'Authorization': 'Bearer t0k'}
    >>> auth_headers({"KZGRAPH_USER": "ann", "KZGRAPH_PASSWORD": "pw"})
    {'Authorization': 'Basic YW5uOnB3'}
    >>> auth_headers({})
    {}
    """
    env = os.environ if environ is None else environ
    if env.get(TOKEN_ENV):
        return {"Authorization": f"Bearer {env[TOKEN_ENV]}"}
    if env.get(USER_ENV):
        pair = f"{env[USER_ENV]}:{env.get(PASSWORD_ENV, '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


_HINTS = {
    401: f"set ${USER_ENV} and ${PASSWORD_ENV}, or ${TOKEN_ENV}",
    403: "the credentials lack the right for this, or the server is read-only",
    404: "check the URL (--endpoint, --graph-store)",
    405: "this URL does not take this request; check --endpoint and --graph-store",
    406: "the server cannot answer in a format kzgraph reads",
    415: "the server rejects the content type kzgraph sends",
}


def call(url: str, *, method: str = "GET", body: bytes | Iterable[bytes] | None = None,
         headers: Mapping[str, str] | None = None, what: str = "request",
         timeout: float = DEFAULT_TIMEOUT) -> tuple[str, bytes]:
    """Send one request; returns the response's content type and body.

    Any failure (refused, timed out, an HTTP error status) is a ``RemoteError`` whose one line
    names the URL, the status and ``what`` was being done.
    """
    all_headers = {**auth_headers(), **(headers or {})}
    request = urllib.request.Request(url, data=body, headers=all_headers, method=method)
    where = redact(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        detail = _first_line(error.read())
        hint = _HINTS.get(error.code) or ("the server failed; its log says why"
                                          if error.code >= 500 else "")
        message = f"HTTP {error.code} {error.reason} for {what}"
        message += f" ({detail})" if detail else ""
        message += f"; {hint}" if hint else ""
        raise RemoteError(message, location=where) from None
    except urllib.error.URLError as error:
        raise RemoteError(_reason(error.reason, what, timeout), location=where) from None
    except (TimeoutError, OSError) as error:
        raise RemoteError(_reason(error, what, timeout), location=where) from None


def _reason(reason: object, what: str, timeout: float) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused for {what} (is the server running at this address?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s for {what}"
    if isinstance(reason, socket.gaierror):
        return f"unknown host for {what}; check the URL"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"connection failed for {what} ({text})"


def _first_line(data: bytes) -> str:
    """The start of a server's error body, on one line.

    >>> _first_line(b"Parse error\\nat line 2")
    'Parse error'
    """
    text = data.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else ""
    return line[:157] + "..." if len(line) > 160 else line
