"""Remote triple stores: which server answers, its URLs, credentials, and one HTTP call.

A server has a query URL (SPARQL 1.1 Protocol), a Graph Store URL (SPARQL 1.1 Graph Store HTTP
Protocol) and often an update URL; each product puts them at its own paths. ``--endpoint`` takes
the query URL. Which server it is comes from the server itself (``discover`` asks it a probe
query, ``ASK {}``, and reads its ``Server:`` header), or from ``--server``; the path only when
the server does not say. The other URLs follow from the server and the query URL
(``--graph-store`` overrides):

=========  ====================================  ========================================
server     query URL                             Graph Store URL
=========  ====================================  ========================================
oxigraph   ``http://host:7878/query``            ``http://host:7878/store``
fuseki     ``http://host:3030/DATASET/sparql``   ``http://host:3030/DATASET/data``
graphdb    ``http://host:7200/repositories/R``   ``.../repositories/R/rdf-graphs/service``
virtuoso   ``http://host:8890/sparql``           ``http://host:8890/sparql-graph-crud``
qlever     ``http://host:7001/``                 ``http://host:7001/``
=========  ====================================  ========================================

Each server then gets requests it accepts: Virtuoso its queries as a form (it never answers a
``POST`` of ``application/sparql-query``), Oxigraph a ``union-default-graph`` parameter and the
bulk path; every body goes with a ``Content-Length`` (Virtuoso answers a chunked ``PUT`` with
``201 Created`` and stores nothing).

Credentials come from the environment only (``KZGRAPH_TOKEN`` for a bearer token, else
``KZGRAPH_USER`` and ``KZGRAPH_PASSWORD`` for HTTP basic); they are sent as a header and appear
in no URL, message or error. HTTP goes through the standard library's ``urllib``.
"""

from __future__ import annotations

import base64
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

from ..errors import RemoteError

DEFAULT_TIMEOUT = 60.0
"""Seconds to wait for a server to accept a connection or send the next bytes."""

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KZGRAPH_USER", "KZGRAPH_PASSWORD", "KZGRAPH_TOKEN"
CONFLICT_PAUSE = 0.2
"""Seconds before a request the server rolled back for a conflict is sent again."""
SERVERS = ("oxigraph", "fuseki", "virtuoso", "graphdb", "qlever", "generic")


@dataclass(frozen=True)
class Endpoint:
    """Where one server takes queries, updates and Graph Store requests, and what it needs."""

    dialect: str
    query: str
    store: str | None
    update: str | None

    @property
    def form_queries(self) -> bool:
        """Queries go as ``application/x-www-form-urlencoded`` (Virtuoso needs it)."""
        return self.dialect == "virtuoso"

    @property
    def bulk(self) -> bool:
        """The server has a bulk path over HTTP (Oxigraph's ``/store?no_transaction``)."""
        return self.dialect == "oxigraph"

    def graph_url(self, graph: str) -> str:
        """The Graph Store URL of one named graph.

        >>> endpoint("http://localhost:7878/query").graph_url("https://w3id.org/kzgraph/graph/a")
        'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkzgraph%2Fgraph%2Fa'
        """
        if self.store is None:
            raise RemoteError("cannot guess the Graph Store URL of this server; give it with "
                              "--graph-store URL, or name the server with --server (see the "
                              "README for each server's path)", location=self.query)
        name = "graph-uri" if self.dialect == "virtuoso" else "graph"
        glue = "&" if "?" in self.store else "?"
        return f"{self.store}{glue}{urllib.parse.urlencode({name: graph})}"


def endpoint(query_url: str, *, graph_store: str | None = None,
             server: str | None = None) -> Endpoint:
    """The server's URLs for ``server`` (by default guessed from the query URL's path alone;
    ``discover`` asks the server instead).

    >>> endpoint("http://h:7878/query")
    Endpoint(dialect='oxigraph', query='http://h:7878/query', store='http://h:7878/store', \
update='http://h:7878/update')
    >>> endpoint("http://h:3030/kz/sparql").store
    'http://h:3030/kz/data'
    >>> endpoint("http://h:7200/repositories/kz").update
    'http://h:7200/repositories/kz/statements'
    >>> endpoint("http://h:8890/sparql").store
    'http://h:8890/sparql-graph-crud'
    >>> endpoint("http://h:8890/sparql", server="oxigraph").store
    'http://h:8890/store'
    >>> endpoint("http://h:7001").dialect
    'qlever'
    >>> endpoint("http://h/odd/path/x", graph_store="http://h/gsp")
    Endpoint(dialect='generic', query='http://h/odd/path/x', store='http://h/gsp', update=None)
    """
    parts = split_url(query_url)
    root = f"{parts.scheme}://{parts.netloc}"
    segments = [s for s in parts.path.split("/") if s]
    chosen = server or guess_server(segments)
    if chosen not in SERVERS:
        raise RemoteError(f"unknown server {chosen!r}; choose one of {', '.join(SERVERS)}")
    parent = root + "".join(f"/{s}" for s in segments[:-1])
    whole = root + "".join(f"/{s}" for s in segments)
    store, update = {
        "oxigraph": (f"{parent}/store", f"{parent}/update"),
        "fuseki": (f"{parent}/data", f"{parent}/update"),
        "graphdb": (f"{whole}/rdf-graphs/service", f"{whole}/statements"),
        "virtuoso": (f"{root}/sparql-graph-crud", f"{root}/sparql"),
        "qlever": (query_url, query_url),
        "generic": (None, None),
    }[chosen]
    return Endpoint(chosen, query_url, graph_store or store, update)


def guess_server(segments: list[str]) -> str:
    """The server a query URL's path suggests, for when the server does not say.

    >>> guess_server(["query"]), guess_server(["kz", "sparql"]), guess_server([])
    ('oxigraph', 'fuseki', 'qlever')
    """
    if segments == ["query"]:
        return "oxigraph"
    if len(segments) == 2 and segments[0] == "repositories":
        return "graphdb"
    if len(segments) == 2 and segments[1] in ("sparql", "query"):
        return "fuseki"
    if segments == ["sparql"]:
        return "virtuoso"
    return "qlever" if not segments else "generic"


def server_name(header: str) -> str | None:
    """The server a ``Server:`` header names, if kzgraph knows it.

    >>> server_name("Oxigraph/0.5.13"), server_name("Virtuoso/07.20.3229 (Linux) x86_64")
    ('oxigraph', 'virtuoso')
    >>> server_name("Apache Jena Fuseki (5.1.0)"), server_name("nginx") is None
    ('fuseki', True)
    """
    lowered = header.lower()
    for word, name in (("oxigraph", "oxigraph"), ("virtuoso", "virtuoso"), ("fuseki", "fuseki"),
                       ("jena", "fuseki"), ("graphdb", "graphdb"), ("qlever", "qlever")):
        if word in lowered:
            return name
    return None


def discover(query_url: str, *, graph_store: str | None = None, server: str | None = None,
             timeout: float = DEFAULT_TIMEOUT) -> Endpoint:
    """The server's URLs and needs, from ``server`` if given, else from what the server says
    when asked ``ASK {}`` (its ``Server:`` header), else from the URL's path."""
    split_url(query_url)
    if server is None:
        glue = "&" if "?" in query_url else "?"
        answer = call(f"{query_url}{glue}query=ASK%7B%7D", timeout=timeout,
                      headers={"Accept": "application/sparql-results+json"},
                      what="the probe query (ASK {})")
        server = server_name(answer.headers.get("Server", ""))
    return endpoint(query_url, graph_store=graph_store, server=server)


def split_url(url: str) -> urllib.parse.SplitResult:
    """The parts of an http(s) URL, or a ``RemoteError`` saying what is wrong with it.

    >>> split_url("http://h:99999/query")
    Traceback (most recent call last):
    kzgraph.errors.RemoteError: http://h:99999/query: the port must be 1-65535
    """
    shown = url.split("?")[0]
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as error:
        if "Port" in str(error):
            raise RemoteError("the port must be 1-65535", location=shown) from None
        raise RemoteError(f"not a valid URL ({error}); an IPv6 host goes in brackets: "
                          "http://[::1]:7878/query", location=shown) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError("the endpoint must be an http:// or https:// URL of a SPARQL query "
                          "service", location=redact(url))
    if port == 0:
        raise RemoteError("the port must be 1-65535", location=shown)
    if parts.username or parts.password:
        raise RemoteError(f"put credentials in ${USER_ENV} and ${PASSWORD_ENV} (or ${TOKEN_ENV}),"
                          " not in the URL", location=redact(url))
    return parts


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


class Answer(NamedTuple):
    """A server's successful answer: its media type, body and headers."""

    kind: str
    body: bytes
    headers: Mapping[str, str]


def call(url: str, *, method: str = "GET",
         body: bytes | BinaryIO | Iterator[bytes] | None = None,
         headers: Mapping[str, str] | None = None, what: str = "request",
         timeout: float = DEFAULT_TIMEOUT, retries: int = 0) -> Answer:
    """Send one request; returns the answer's content type, body and headers.

    A body is bytes or a file open for reading at its start; either way it is sent with its
    ``Content-Length`` (every server takes that; not all take a chunked body). An iterator of
    bytes is sent chunked, as it comes: only for a server that reads chunked bodies (Oxigraph),
    and never sent again (``retries`` does not apply). Any failure
    (refused, timed out, an HTTP error status) is a ``RemoteError`` whose one line names the
    URL, the status and ``what`` was being done. ``retries``: how many times a request the
    server rolled back for a conflict with a concurrent one (``conflicted``) is sent again (only
    for requests that can be repeated, such as a ``PUT``).
    """
    all_headers = {**auth_headers(), **(headers or {})}
    start = 0
    if body is not None and not isinstance(body, bytes) and not hasattr(body, "read"):
        retries = 0  # an iterator, sent chunked: it cannot be read twice
    elif body is not None and not isinstance(body, bytes):
        start = body.tell()
        all_headers["Content-Length"] = str(body.seek(0, os.SEEK_END) - start)
        body.seek(start)
    request = urllib.request.Request(url, data=body, headers=all_headers, method=method)
    where = redact(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.headers.get("Content-Type", ""), response.read(),
                          response.headers)
    except urllib.error.HTTPError as error:
        text = error.read()
        if retries > 0 and conflicted(error.code, text):
            if body is not None and not isinstance(body, bytes):
                body.seek(start)
            time.sleep(CONFLICT_PAUSE)
            return call(url, method=method, body=body, headers=headers, what=what,
                        timeout=timeout, retries=retries - 1)
        detail = _first_line(text)
        hint = _hint(error.code, error.headers.get("WWW-Authenticate", ""),
                     "Authorization" in all_headers)
        message = f"HTTP {error.code} {error.reason} for {what}"
        message += f" ({detail})" if detail and error.code != 401 else ""
        message += f"; {hint}" if hint else ""
        raise RemoteError(message, location=where) from None
    except urllib.error.URLError as error:
        raise RemoteError(_reason(error.reason, what, timeout), location=where) from None
    except (TimeoutError, OSError) as error:
        raise RemoteError(_reason(error, what, timeout), location=where) from None


def _hint(status: int, challenge: str, sent_credentials: bool) -> str:
    """What to do about an HTTP error status.

    >>> _hint(401, 'Digest realm="SPARQL"', True)
    'the server wants HTTP Digest authentication, which kzgraph does not send; use a URL of it \
that takes basic auth or a bearer token'
    >>> _hint(401, 'Basic realm="x"', True)
    'the server refused the credentials in $KZGRAPH_USER/$KZGRAPH_PASSWORD or $KZGRAPH_TOKEN'
    """
    if status == 401 and challenge.lower().startswith("digest"):
        return ("the server wants HTTP Digest authentication, which kzgraph does not send; use a "
                "URL of it that takes basic auth or a bearer token")
    if status == 401 and sent_credentials:
        return (f"the server refused the credentials in ${USER_ENV}/${PASSWORD_ENV} or "
                f"${TOKEN_ENV}")
    if status in _HINTS:
        return _HINTS[status]
    return "the server failed; its log says why" if status >= 500 else ""


def _reason(reason: object, what: str, timeout: float) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused for {what} (is the server running at this address?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s for {what}"
    if isinstance(reason, socket.gaierror):
        return f"unknown host for {what}; check the URL"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"connection failed for {what} ({text})"


def conflicted(status: int, body: bytes) -> bool:
    """Whether the server rolled the request's transaction back because a concurrent one
    conflicted with it, so that sending the same request again is the cure: a deadlock (SQL
    state 40001), or two writes registering the same new language tag or datatype at once
    (Virtuoso's SR197 on ``RDF_LANGUAGE`` or ``RDF_DATATYPE``, SQL state 23000: the tag is
    registered by the time the request comes again).

    >>> conflicted(500, b"<h3>Error 40001</h3><xmp>SR172: Transaction deadlocked</xmp>")
    True
    >>> conflicted(500, b"Error 23000 SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE.")
    True
    >>> conflicted(500, b"Error 23000 SR197: Non unique primary key on DB.DBA.MY_TABLE.")
    False
    >>> conflicted(500, b"Error 42000")
    False
    """
    return status == 500 and (b"40001" in body or b"23000" in body and (
        b"RDF_LANGUAGE" in body or b"RDF_DATATYPE" in body))


def _first_line(data: bytes) -> str:
    """The start of a server's error body, on one line (an HTML page's text, after its title).

    >>> _first_line(b"Parse error\\nat line 2")
    'Parse error'
    >>> _first_line(b"<html><head><title>Failed</title></head><body><h1>HTTP 500</h1>\\n"
    ...             b"<h3>Error 40001</h3>\\n<xmp>SR172: deadlocked</xmp></body></html>")
    'HTTP 500 Error 40001 SR172: deadlocked'
    """
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("<"):
        text = re.sub(r"(?is)<!DOCTYPE[^>]*>|<head>.*?</head>", "", text)
        text = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    line = text.splitlines()[0] if text else ""
    return line[:157] + "..." if len(line) > 160 else line
