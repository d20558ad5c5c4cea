"""One SPARQL query to a remote server, answered in full, whatever the server's habits.

``sparql`` sends a query over the SPARQL 1.1 Protocol as the server takes it (a form for
Virtuoso, else a ``application/sparql-query`` body; Oxigraph is asked for the union of its graphs
as the default graph) and parses the answer with pyoxigraph, so ``format_results`` prints it as
for a local query. Two habits of real servers are undone on the way:

* a cap on the rows of one answer (Virtuoso's ``ResultSetMaxRows``, 10,000 by default, which it
  announces in an ``X-SPARQL-MaxRows`` header): a ``SELECT`` without its own ``LIMIT`` or
  ``OFFSET`` that comes back capped is asked again in pages (``LIMIT cap OFFSET n``) until a
  page comes back short, and ``warn`` hears of it; a query that cannot be paged is returned cut,
  and ``warn`` says so;
* blank node labels that are not valid SPARQL labels (Virtuoso's ``nodeID://b10223``): they
  become labels pyoxigraph reads, one per distinct label, so the answer parses.

``remote_query`` runs a saved query there, its parameters bound exactly as for the embedded
store (a ``VALUES`` block of terms serialised by pyoxigraph) and checked as a local query is.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable

import pyoxigraph as ox

from ..errors import RemoteError
from ..namespaces import SPARQL_PREFIXES
from ..query.guard import check_query, tokens
from ..query.results import Answer as QueryAnswer
from ..query.saved import SavedQuery, bind, check_syntax, with_values
from .endpoints import DEFAULT_TIMEOUT, Answer, Endpoint, call

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "application/n-triples;q=0.8, text/turtle;q=0.7")
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
MAX_PAGES = 1_000
"""Pages fetched at most for one answer (10 million rows at Virtuoso's default cap)."""


def sparql(endpoint: Endpoint, text: str, *, timeout: float = DEFAULT_TIMEOUT,
           warn: Callable[[str], None] | None = None):
    """Send a query; the whole answer as pyoxigraph query results."""
    answer = _send(endpoint, text, timeout)
    media = answer.kind.split(";")[0].strip().lower()
    if media in ("application/sparql-results+json", "application/json"):
        document = _json(endpoint, answer.body)
        bindings = document.get("results", {}).get("bindings")
        cap = _cap(answer, bindings)
        if cap:
            bindings.extend(_more_pages(endpoint, text, cap, len(bindings), timeout, warn))
        return _parse_json(endpoint, document)
    try:
        if media in _RESULT_FORMATS:
            body = answer.body
            if media.endswith("+xml"):
                body = _BNODE_XML.sub(lambda m: f"<bnode>{label(m.group(1))}</bnode>",
                                      body.decode("utf-8")).encode("utf-8")
            return ox.parse_query_results(body, _RESULT_FORMATS[media])
        if media in _GRAPH_FORMATS:
            found = ox.Store()
            found.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                         for t in ox.parse(answer.body, format=_GRAPH_FORMATS[media]))
            return found.query("CONSTRUCT WHERE { ?s ?p ?o }")
    except SyntaxError as error:
        raise RemoteError(f"the server's answer is not valid {media} ({error})",
                          location=endpoint.query) from None
    raise RemoteError(f"the server answered in {media or 'no declared format'}, which kzgraph "
                      "does not read; is this a SPARQL query URL?", location=endpoint.query)


def _send(endpoint: Endpoint, text: str, timeout: float) -> Answer:
    url = endpoint.query
    if endpoint.dialect == "oxigraph":
        url += ("&" if "?" in url else "?") + "union-default-graph"
    if endpoint.form_queries:
        body = urllib.parse.urlencode({"query": text}).encode("ascii")
        kind = "application/x-www-form-urlencoded"
    else:
        body, kind = text.encode("utf-8"), "application/sparql-query"
    return call(url, method="POST", body=body, timeout=timeout, what="the query",
                headers={"Content-Type": kind, "Accept": ACCEPT})


def _cap(answer: Answer, bindings: list | None) -> int:
    """The server's row cap if this answer hit it, else 0."""
    if bindings is None:
        return 0
    said = answer.headers.get("X-SPARQL-MaxRows", "")
    cap = int(said) if said.isdigit() else 0
    return cap if cap and len(bindings) >= cap else 0


def _more_pages(endpoint, text, cap, have, timeout, warn) -> list:
    paged = page(text, cap, 0)
    if paged is None:
        if warn:
            warn(f"the server stops at {cap} rows per answer and this query cannot be paged "
                 f"(it has its own LIMIT or OFFSET, or is no SELECT): only {cap} rows shown")
        return []
    rows: list = []
    for number in range(1, MAX_PAGES):
        answer = _send(endpoint, page(text, cap, number * cap), timeout)
        found = _json(endpoint, answer.body).get("results", {}).get("bindings", [])
        rows.extend(found)
        if len(found) < cap:
            break
    if warn:
        warn(f"the server stops at {cap} rows per answer; {have + len(rows)} rows were fetched "
             f"in {number + 1} pages")
    return rows


def page(text: str, limit: int, offset: int) -> str | None:
    """The query with ``LIMIT``/``OFFSET`` added, or ``None`` where paging would change it
    (not a ``SELECT``, or its own ``LIMIT``/``OFFSET``). A final ``VALUES`` block stays last.

    >>> page("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", 10, 20)
    'SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 20'
    >>> page("SELECT ?s { ?s ?p ?o } VALUES ?s { <x:a> }", 5, 0)
    'SELECT ?s { ?s ?p ?o } LIMIT 5 OFFSET 0 VALUES ?s { <x:a> }'
    >>> page("SELECT * { ?s ?p ?o } LIMIT 3", 5, 0) is None
    True
    """
    found = tokens(text)
    words = [t.text.upper() for t in found if t.kind == "word"]
    if "SELECT" not in words or {"LIMIT", "OFFSET"} & set(words) \
            or {"ASK", "CONSTRUCT", "DESCRIBE"} & set(words[:words.index("SELECT")]):
        return None
    depth, end = 0, len(text.rstrip())
    for token in found:
        if token.text == "{":
            depth += 1
        elif token.text == "}":
            depth -= 1
        elif depth == 0 and token.kind == "word" and token.text.upper() == "VALUES":
            end = token.start
            break
    head, tail = text[:end].rstrip(), text[end:]
    return f"{head} LIMIT {limit} OFFSET {offset}" + (f" {tail}" if tail else "")


_BNODE_XML = re.compile(r"<bnode>([^<]*)</bnode>")


def label(value: str) -> str:
    """A blank node label pyoxigraph reads, for any label a server sends (distinct labels stay
    distinct: other characters than letters and digits are written as their code).

    >>> label("nodeID://b10223"), label("b0")
    ('nodeID_3a_2f_2fb10223', 'b0')
    """
    if re.fullmatch(r"[A-Za-z0-9]+", value):
        return value
    return re.sub(r"[^A-Za-z0-9]", lambda m: "".join(f"_{b:02x}" for b in m.group().encode()),
                  value)


def _json(endpoint: Endpoint, body: bytes) -> dict:
    try:
        document = json.loads(body)
    except ValueError as error:
        raise RemoteError(f"the server's answer is not valid JSON ({error})",
                          location=endpoint.query) from None
    if not isinstance(document, dict):
        raise RemoteError("the server's answer is not SPARQL JSON results", location=endpoint.query)
    return document


def _parse_json(endpoint: Endpoint, document: dict):
    for row in document.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "bnode":
                term["value"] = label(term["value"])
    try:
        return ox.parse_query_results(json.dumps(document).encode("utf-8"),
                                      ox.QueryResultsFormat.JSON)
    except SyntaxError as error:
        raise RemoteError(f"the server's answer is not valid SPARQL JSON ({error})",
                          location=endpoint.query) from None


def remote_query(endpoint: Endpoint, query: SavedQuery, values: dict[str, str] | None = None,
                 *, timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False,
                 warn: Callable[[str], None] | None = None) -> QueryAnswer:
    """Run a saved query on a remote endpoint with its parameters bound as RDF terms; read-only,
    like a local query (updates refused; SERVICE and foreign FROM only with ``allow_service``).
    ``warn`` hears when the server capped the rows (see ``protocol.sparql``)."""
    check_syntax(query)
    check_query(query.text, allow_service=allow_service, where=str(query.path))
    text = with_values(query.text, bind(query, values or {}))
    check_query(text, allow_service=allow_service, where=str(query.path))
    return QueryAnswer.of(sparql(endpoint, SPARQL_PREFIXES + text,
                                 timeout=timeout or DEFAULT_TIMEOUT, warn=warn))
