"""Query results as text: a table that fits the terminal, W3C CSV and TSV, JSON, JSON lines, XML.

Whatever a table shows can be pasted back into a query or a ``--param``: an IRI is printed as a
prefixed name that SPARQL accepts (``region:akmola``, ``project:a16\\/glass-plant``) or in
``<...>``. CSV and TSV follow the W3C "SPARQL 1.1 Query Results CSV and TSV Formats": CSV gives
full IRIs and plain values, TSV gives every term in its N-Triples form under ``?name`` headers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from enum import Enum

import pyoxigraph as ox

from ..errors import QueryError
from ..namespaces import KIND_PREFIXES, PREFIXES, XSD

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "sparql-json", "xml")
"""Formats for SELECT and ASK answers; ``json`` is an array of objects (one per row)."""
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
"""Formats for CONSTRUCT and DESCRIBE answers (``table`` prints Turtle)."""
ALIASES = {"srj": "sparql-json", "nq": "nquads", "n-quads": "nquads", "n-triples": "ntriples",
           "srx": "xml", "ndjson": "jsonl", "ttl": "turtle",
           "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml", "owl": "rdfxml",
           "text": "table"}


class ResultFormat(Enum):
    """How ``format_results`` writes an answer; the value is the name ``--format`` takes.

    >>> ResultFormat.named("Srj"), ResultFormat.named("ttl")
    (<ResultFormat.SPARQL_JSON: 'sparql-json'>, <ResultFormat.TURTLE: 'turtle'>)
    """

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    JSONL = "jsonl"
    SPARQL_JSON = "sparql-json"
    XML = "xml"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @classmethod
    def named(cls, name: str) -> ResultFormat:
        """The format a name means, in any case and by its usual alias (``format_name``)."""
        try:
            return cls(format_name(name))
        except ValueError:
            raise QueryError(f"unknown format {name!r}; use one of "
                             f"{', '.join(f.value for f in cls)}") from None


class Form(Enum):
    """The three kinds of answer: SELECT rows, an ASK boolean, CONSTRUCT or DESCRIBE triples."""

    ROWS = "rows"
    BOOLEAN = "boolean"
    GRAPH = "graph"


@dataclass(frozen=True)
class Answer:
    """A query's answer, one type whatever the query's form: ``rows`` (one term or ``None`` per
    name in ``variables``) for SELECT, ``boolean`` for ASK, ``triples`` for CONSTRUCT and
    DESCRIBE; ``form`` says which.

    >>> answer = Answer.of(ox.Store().query("SELECT ?s WHERE { VALUES ?s { <x:a> } }"))
    >>> answer.form, answer.variables, answer.rows
    (<Form.ROWS: 'rows'>, ('s',), ((<NamedNode value=x:a>,),))
    >>> Answer.of(ox.Store().query("ASK { ?s ?p ?o }")).boolean
    False
    """

    form: Form
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...] = ()
    boolean: bool = False
    triples: tuple[ox.Triple, ...] = ()

    @classmethod
    def of(cls, results) -> Answer:
        """pyoxigraph's answer (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples`` or a
        list of triples), read in full."""
        if isinstance(results, ox.QueryBoolean):
            return cls(Form.BOOLEAN, boolean=bool(results))
        if isinstance(results, (ox.QueryTriples, list)):
            return cls(Form.GRAPH, triples=tuple(results))
        names = tuple(v.value for v in results.variables)
        return cls(Form.ROWS, names, tuple(tuple(row[n] for n in names) for row in results))

    def records(self) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        """Each row as a dict of the names it binds.

        >>> Answer(Form.ROWS, ("a", "b"), ((ox.Literal("1"), None),)).records()
        [{'a': <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>}]
        """
        return [{n: t for n, t in zip(self.variables, row, strict=True) if t is not None}
                for row in self.rows]


_LOCAL = re.compile(r"[\w:]([\w:.\-]*[\w:\-])?")
_ESCAPE = re.compile(r"/")


def format_name(name: str) -> str:
    """The format a user means, in any case and by its usual alias.

    >>> format_name("TTL"), format_name("Csv"), format_name("srj")
    ('turtle', 'csv', 'sparql-json')
    """
    lowered = name.strip().lower()
    return ALIASES.get(lowered, lowered)


def paste_back(iri: str) -> str:
    """An IRI in the shortest form a SPARQL query (and ``--param``) accepts as it is.

    >>> paste_back("https://w3id.org/kzgraph/id/region/akmola")
    'region:akmola'
    >>> paste_back("https://w3id.org/kzgraph/id/project/a16/glass-plant")
    'project:a16\\\\/glass-plant'
    >>> paste_back("https://w3id.org/kzgraph/ontology#Launched")
    'kz:Launched'
    >>> paste_back("http://example.org/x")
    '<http://example.org/x>'
    """
    spaces = {**PREFIXES, **KIND_PREFIXES}
    best = max((p for p, ns in spaces.items() if iri.startswith(ns)),
               key=lambda p: len(spaces[p]), default=None)
    if best is not None:
        local = iri[len(spaces[best]):]
        escaped = local[0] + _ESCAPE.sub(lambda m: "\\" + m.group(), local[1:]) if local else ""
        if local and local[0] not in ".-" and _LOCAL.fullmatch(local.replace("/", "_")):
            return f"{best}:{escaped}"
    return f"<{iri}>"


def _shown(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return paste_back(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _csv_cell(term) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _plain(term):
    """A term as a JSON value: IRIs in full, numbers as numbers, other literals as text."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value.endswith("#integer"):
        return int(term.value)
    return _csv_cell(term)


def format_results(answer: Answer, fmt: ResultFormat | str = ResultFormat.TABLE, *,
                   limit: int | None = None, max_width: int | None = None) -> str:
    """SELECT rows, an ASK answer or CONSTRUCT triples as text in ``fmt`` (a ``ResultFormat``,
    or its name as ``--format`` takes it; rows and booleans take ``FORMATS``, triples
    ``GRAPH_FORMATS``).

    ``limit`` keeps the first rows (a table says how many it left out); ``max_width`` cuts a
    table's long cells with ``…`` so that each line fits in that many characters. JSON and XML
    end with a newline.

    >>> format_results(Answer(Form.ROWS, ("n",), ((ox.Literal("3"),),)), "csv")
    'n\\r\\n3\\r\\n'
    >>> format_results(Answer(Form.BOOLEAN, boolean=True), ResultFormat.JSON)
    '{"head": {}, "boolean": true}\\n'
    """
    fmt = (fmt if isinstance(fmt, ResultFormat) else ResultFormat.named(fmt)).value
    if answer.form is Form.BOOLEAN:
        text = "true" if answer.boolean else "false"
        if fmt in ("json", "jsonl", "sparql-json"):
            return json.dumps({"head": {}, "boolean": answer.boolean}) + "\n"
        if fmt == "xml":
            return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f"<head/><boolean>{text}</boolean></sparql>\n")
        return text + "\n"
    if answer.form is Form.GRAPH:
        return _graph(list(answer.triples)[:limit], fmt)
    names = list(answer.variables)
    terms = [list(row) for row in answer.rows]
    shown = terms if limit is None else terms[:limit]
    if fmt == "table":
        return _table(names, [[_shown(t) for t in row] for row in shown], len(terms) - len(shown),
                      max_width)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerows([names, *([_csv_cell(t) for t in row] for row in shown)])
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in shown]
        return "\n".join(lines) + "\n"
    if fmt in ("json", "jsonl"):
        objects = [{n: _plain(t) for n, t in zip(names, row, strict=True)} for row in shown]
        if fmt == "jsonl":
            return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)
        return json.dumps(objects, ensure_ascii=False, indent=1) + "\n"
    if fmt in ("sparql-json", "xml"):
        data = json.dumps({"head": {"vars": names}, "results": {"bindings": [
            {n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None}
            for row in shown]}}, ensure_ascii=False)
        if fmt == "xml":
            parsed = ox.parse_query_results(data.encode("utf-8"), ox.QueryResultsFormat.JSON)
            data = parsed.serialize(format=ox.QueryResultsFormat.XML).decode("utf-8")
        return data if data.endswith("\n") else data + "\n"
    raise QueryError(f"unknown format {fmt!r} for SELECT results; use one of "
                     f"{', '.join(FORMATS)}")


def _json_term(term) -> dict[str, str]:
    """One term in the W3C SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value != XSD + "string":
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "literal", "value": term.value}


def _graph(triples: list, fmt: str) -> str:
    if fmt in ("table", "turtle"):
        fmt = "turtle"
    elif fmt == "json":
        fmt = "jsonld"
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"a CONSTRUCT or DESCRIBE answer is a graph: --format {fmt} does not "
                         f"apply; use one of {', '.join(GRAPH_FORMATS)} (or json for JSON-LD)")
    text = ox.serialize(triples, format=GRAPH_FORMATS[fmt]).decode("utf-8")
    return text if text.endswith("\n") or not text else text + "\n"


def _cut(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[:max(width - 1, 0)] + "…"


def _table(names: list[str], rows: list[list[str]], hidden: int, max_width: int | None) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    if max_width:
        widths = _fit(widths, [len(n) for n in names], max_width)
    rows = [[_cut(c, w) for c, w in zip(r, widths, strict=True)] for r in rows]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(_cut(n, w).ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
           line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    total = len(rows) + hidden
    count = f"({total} row{'s' if total != 1 else ''}"
    out.append(count + (f", {hidden} not shown: raise --limit)" if hidden else ")"))
    return "\n".join(out) + "\n"


def _fit(widths: list[int], headers: list[int], total: int) -> list[int]:
    """Column widths that fit ``total`` characters: the widest column gives way first.

    >>> _fit([10, 40, 5], [4, 4, 4], 40)
    [10, 21, 5]
    """
    widths = list(widths)
    floor = [min(w, max(h, 6)) for w, h in zip(widths, headers, strict=True)]
    while sum(widths) + 2 * (len(widths) - 1) > total:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floor[i])
        if widths[widest] <= floor[widest]:
            break
        widths[widest] -= 1
    return widths
