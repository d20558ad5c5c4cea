"""Saved queries: find them, read their headers, bind parameters as RDF terms, run, format.

A saved query is ``queries/NAME.rq`` with a comment header::

    # title: Sectors and their projects
    # description: Each sector with its projects and the regions they are in.
    # param: region (iri, optional) a region IRI, e.g. kzid:region/akmola

Parameters become RDF terms of their declared type, serialised by pyoxigraph (so IRIs are
validated and literals escaped by the library, never pasted by hand), and enter the query as a
``VALUES`` block at the top of its ``WHERE`` group: the same text runs on the embedded store and
on a remote endpoint. A parameter constrains the query wherever its variable appears; an optional
one is written ``FILTER (!BOUND(?region) || ?r = ?region)`` so that leaving it out keeps every row.
An IRI parameter may also be given by label or key (``lookup``), resolved in the store the
query runs on. Results are formatted by ``results``; syntax errors are explained by ``syntax``.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import ParameterError, QueryError
from ..namespaces import KIND_PREFIXES, PREFIXES, SPARQL_PREFIXES, XSD, compact
from ..resources import queries_dir
from .guard import check_query
from .results import FORMATS, Answer, ResultFormat, format_results
from .runner import call_with_timeout

_PARAM = re.compile(r"^(?P<name>\w+)\s*\((?P<type>\w+)(?P<optional>,\s*optional)?\)\s*(?P<doc>.*)$")
_TYPES = ("iri", "string", "integer", "decimal", "date")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str
    description: str
    params: tuple[Param, ...]


def read_query(path: Path) -> SavedQuery:
    """Read a ``.rq`` file (``-``: standard input, named ``<stdin>`` in errors) and its header."""
    try:
        if str(path) == "-":
            path = Path("<stdin>")  # named so before reading, for the error below too
            stream = getattr(sys.stdin, "buffer", None)
            text = stream.read().decode("utf-8") if stream else sys.stdin.read()
        else:
            text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise QueryError(f"the query is not UTF-8 ({error.reason} at byte {error.start}); save "
                         "it as UTF-8", location=str(path)) from None
    except OSError as error:
        raise QueryError(f"cannot read the query: {error}", location=str(path)) from None
    return parse_query(text, path)


def parse_query(text: str, path: Path = Path("<query>")) -> SavedQuery:
    r"""A query from its text (``--query``), header included; ``path`` names it in errors.

    >>> parse_query("# title: Count\nSELECT (COUNT(*) AS ?n) { ?s ?p ?o }").title
    'Count'
    """
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = re.match(r"#\s*(\w+):\s*(.*)", line)
        if match:
            header.setdefault(match.group(1), []).append(match.group(2).strip())
    params = []
    for number, spec in enumerate(header.get("param", []), 1):
        match = _PARAM.match(spec)
        if not match or match.group("type") not in _TYPES:
            raise QueryError(
                f"param line {number} must read 'NAME (TYPE[, optional]) description' "
                f"with TYPE one of {', '.join(_TYPES)}",
                location=str(path),
            )
        params.append(Param(match.group("name"), match.group("type"),
                            bool(match.group("optional")), match.group("doc")))
    return SavedQuery(
        name=path.stem,
        path=path,
        text=text,
        title=(header.get("title") or [path.stem])[0],
        description=" ".join(header.get("description", [])),
        params=tuple(params),
    )


def saved_queries() -> list[SavedQuery]:
    """Every saved query that ships with kzgraph, by name.

    >>> [q.name for q in saved_queries()][:3]
    ['articles', 'companies', 'evidence']
    """
    return [read_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def find_query(name: str) -> SavedQuery:
    """A saved query by name (``sectors`` or ``sectors.rq``), any ``.rq`` file by path, or
    ``-`` for a query read from standard input.

    >>> query = find_query("sectors.rq")
    >>> query.title, [p.name for p in query.params]
    ('Sectors and their projects', ['region'])
    """
    path = Path(name)
    if name == "-" or path.suffix == ".rq" and path.is_file():
        return read_query(path)
    stem = path.name[:-3] if path.name.endswith(".rq") else path.name
    saved = queries_dir() / f"{stem}.rq"
    if saved.is_file():
        return read_query(saved)
    known = [q.name for q in saved_queries()]
    near = difflib.get_close_matches(stem, known, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(near)}?" if near else f"saved queries: {', '.join(known)}"
    raise QueryError(f"no saved query or .rq file named {name!r}; {hint}", location=name)


def bind(query: SavedQuery, values: dict[str, str], store=None,
         ) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Turn ``--param NAME=VALUE`` strings into RDF terms of the declared types.

    With a ``store``, an IRI parameter's value may also be a label or key, looked up there
    (``lookup.resolve``), and an IRI of kzgraph's that the store does not hold is an error.

    >>> q = SavedQuery("q", Path("q.rq"), "", "", "", (Param("region", "iri", True, ""),))
    >>> bind(q, {"region": "region:akmola"})
    {<Variable value=region>: <NamedNode value=https://w3id.org/kzgraph/id/region/akmola>}
    """
    check_names(query, values)
    declared = {p.name: p for p in query.params}
    terms = {}
    for name, value in values.items():
        param = declared[name]
        if param.type == "iri" and store is not None:
            terms[ox.Variable(name)] = ox.NamedNode(_look_up(store, param, value, query))
        else:
            terms[ox.Variable(name)] = _term(param, value, query)
    return terms


def check_names(query: SavedQuery, values: dict[str, str]) -> None:
    """Every parameter given is declared, and every required one is given."""
    declared = {p.name: p for p in query.params}
    for name in values:
        if name not in declared:
            allowed = ", ".join(declared) or "none"
            raise ParameterError(f"unknown parameter {name!r}; this query takes: {allowed}",
                                 location=_location(query))
    for param in query.params:
        if not param.optional and param.name not in values:
            raise ParameterError(f"missing --param {param.name}=VALUE ({param.doc})",
                                 location=_location(query))


def _location(query: SavedQuery) -> str:
    """How errors name a query: a saved one by its name, any other by its path."""
    return query.name if query.path.parent == queries_dir() else str(query.path)


def _look_up(store, param: Param, value: str, query: SavedQuery) -> str:
    from . import lookup
    from .results import paste_back

    try:
        iri = _expand(value)
    except ValueError:
        try:
            return lookup.resolve(store, param.name, value, paste_back)
        except ParameterError as error:
            raise ParameterError(error.message, location=_location(query)) from None
    try:
        lookup.check_exists(store, param.name, iri, paste_back)
    except ParameterError as error:
        raise ParameterError(error.message, location=_location(query)) from None
    return iri


def _term(param: Param, value: str, query: SavedQuery) -> ox.NamedNode | ox.Literal:
    try:
        if param.type == "iri":
            return ox.NamedNode(_expand(value))
        if param.type == "string":
            return ox.Literal(value)
        if param.type == "integer" and re.fullmatch(r"[+-]?\d+", value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
        if param.type == "decimal" and re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
        if param.type == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    except ValueError:
        pass
    raise ParameterError(f"--param {param.name}={value!r} is not a valid {param.type}"
                         + (" (write an IRI or prefix:name)" if param.type == "iri" else ""),
                         location=_location(query))


def _expand(value: str) -> str:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, _, local = value.partition(":")
    spaces = {**PREFIXES, **KIND_PREFIXES}
    if prefix in spaces and not local.startswith("//"):
        value = spaces[prefix] + re.sub(r"\\(.)", r"\1", local)  # project:a\/b is project:a/b
    if not re.match(r"[a-zA-Z][\w+.-]*:", value) or re.search(r"[\s<>\"{}|\\^`]", value):
        raise ValueError(value)
    return value


def with_values(text: str, terms: dict[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    r"""The query text with ``VALUES ?name { term }`` opening its ``WHERE`` group.

    The block goes on the line of the first ``{`` that is not in a comment, string or IRI, so
    line numbers in syntax errors stay those of the file.

    >>> with_values("SELECT ?s # {\nWHERE { ?s ?p ?o }", {ox.Variable("p"): ox.Literal('a"}')})
    'SELECT ?s # {\nWHERE { VALUES ?p { "a\\"}" } ?s ?p ?o }'
    """
    if not terms:
        return text
    block = " ".join(f"VALUES {var} {{ {term} }}" for var, term in terms.items())
    brace = _first_brace(text)
    if brace < 0:
        raise QueryError("the query has no WHERE { ... } group to bind parameters in")
    return f"{text[:brace + 1]} {block}{text[brace + 1:]}"


_SKIP = re.compile(r'#[^\n]*|"""(?:[^\\]|\\.)*?"""|\'\'\'(?:[^\\]|\\.)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                   r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|\{")


def _first_brace(text: str) -> int:
    for match in _SKIP.finditer(text):
        if match.group() == "{":
            return match.start()
    return -1


def run(store, query: SavedQuery, values: dict[str, str] | None = None, *,
        allow_service: bool = False) -> Answer:
    """Run a saved query on ``store`` (a ``GraphStore``) in this process, parameters bound.

    The query is checked first (``guard.check_query``): updates are refused, and so are
    ``SERVICE`` and foreign ``FROM`` graphs unless ``allow_service``. The answer is read in full,
    so every error surfaces here. ``run_with_timeout`` is the same with a time limit.

    >>> from kzgraph.graph.store import sample_store
    >>> answer = run(sample_store(), find_query("sectors"))
    >>> answer.variables[:2], len(answer.rows) > 0
    (('sector', 'name'), True)
    """
    return run_with_timeout(lambda: store, query, values, timeout=None,
                            allow_service=allow_service)


def run_with_timeout(open_store: Callable[[], object], query: SavedQuery,
                     values: dict[str, str] | None = None, *, timeout: float | None,
                     allow_service: bool = False) -> Answer:
    """``run``, stopped after ``timeout`` seconds (``QueryTimeout``); ``None``: no limit.

    The query runs in a forked child process that is killed at the limit, and ``open_store``
    (a function that returns a ``GraphStore``) is called there: a process that forks with a
    RocksDB store open can hand the child a lock that one of RocksDB's background threads held,
    and the child then waits for it forever. The answer comes back as SPARQL JSON (rows,
    boolean) or N-Triples (triples).

    >>> from kzgraph.graph.store import sample_store
    >>> pavlodar = {"region": "region:pavlodar"}
    >>> answer = run_with_timeout(sample_store, find_query("sectors"), pavlodar, timeout=30)
    >>> [record["name"].value for record in answer.records()][:1]
    ['aluminum industry']
    """
    if not callable(open_store):
        raise ValueError("with a timeout, pass a function that opens the store on disk "
                         "(e.g. lambda: GraphStore(path)), not the open store")
    check_query(query.text, allow_service=allow_service, where=str(query.path))
    check_names(query, values or {})

    def work() -> bytes:
        opened = open_store()
        # Bound here, where the store is open: a label is looked up in it.
        text = with_values(query.text, bind(query, values or {}, opened))
        check_query(text, allow_service=allow_service, where=str(query.path))

        def answer() -> bytes:
            results = opened.query(SPARQL_PREFIXES + text)
            if isinstance(results, ox.QueryTriples):
                return b"T" + ox.serialize(results, format=ox.RdfFormat.N_TRIPLES)
            return b"S" + results.serialize(format=ox.QueryResultsFormat.JSON)

        return _evaluate(query, answer)

    data = call_with_timeout(work, timeout, where=str(query.path))
    if data[:1] == b"T":
        return Answer.of(list(ox.parse(data[1:], format=ox.RdfFormat.N_TRIPLES)))
    return Answer.of(ox.parse_query_results(data[1:], format=ox.QueryResultsFormat.JSON))


def _evaluate(query: SavedQuery, evaluate):
    """``evaluate()``, with pyoxigraph's errors turned into ``QueryError`` at the query file."""
    try:
        return evaluate()
    except SyntaxError as error:
        raise _syntax_error(query, error) from None
    except (RuntimeError, OSError) as error:
        raise QueryError(f"{error}; check the query", location=str(query.path)) from None


def check_syntax(query: SavedQuery) -> None:
    """Parse a query without running it; raises ``QueryError`` with ``file:line:col``."""
    try:
        ox.Store().query(SPARQL_PREFIXES + query.text)
    except SyntaxError as error:
        raise _syntax_error(query, error) from None


def _syntax_error(query: SavedQuery, error: SyntaxError) -> QueryError:
    """pyoxigraph's parse error as one line at ``file:line:col`` of the query file."""
    from .syntax import explain

    line, column, detail = explain(query.text, str(error))
    where_ = str(query.path) if line is None else f"{query.path}:{line}:{column}"
    return QueryError(f"{detail} (SPARQL syntax error)", location=where_)


def as_json_rows(answer: Answer) -> list[dict[str, str]]:
    """SELECT rows as plain dicts of strings (for tests and the library user).

    >>> from kzgraph.query.results import Form
    >>> as_json_rows(Answer(Form.ROWS, ("r",), ((ox.NamedNode(KIND_PREFIXES["region"] + "x"),),)))
    [{'r': 'kzid:region/x'}]
    """
    return [{n: _cell(t) for n, t in record.items()} for record in answer.records()]


def _cell(term) -> str:
    return compact(term.value) if isinstance(term, ox.NamedNode) else term.value


__all__ = ["FORMATS", "Answer", "ResultFormat", "SavedQuery", "bind", "find_query",
           "format_results", "run", "run_with_timeout",
           "saved_queries", "with_values"]
