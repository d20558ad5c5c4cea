"""SPARQL syntax errors in the user's terms: their own line numbers, and a misspelt keyword named.

kzgraph runs every query with its prefixes declared in front (``namespaces.SPARQL_PREFIXES``),
so pyoxigraph's line numbers count those lines too; ``user_position`` takes them off. The
parser also reports a misspelt keyword late and obscurely (``SELEC ?s WHERE ...`` gives
"expected CONSTRUCT" at the ``WHERE``), so ``explain`` first looks for a bare word that is no
SPARQL keyword or function and names it, with the nearest keyword.
"""

from __future__ import annotations

import difflib
import re

from ..errors import syntax_position
from ..namespaces import KIND_PREFIXES, PREFIXES, SPARQL_PREFIXES
from .guard import tokens

KEYWORDS = frozenset("""
BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK DISTINCT REDUCED AS FROM NAMED WHERE GROUP BY HAVING
ORDER ASC DESC LIMIT OFFSET VALUES UNDEF OPTIONAL GRAPH UNION MINUS FILTER BIND SERVICE SILENT
EXISTS NOT IN A TRUE FALSE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG
LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE
ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS
TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM
ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE INSERT DELETE DATA LOAD CLEAR DROP
CREATE ADD MOVE COPY WITH INTO TO DEFAULT ALL USING LATERAL TRIPLE SUBJECT PREDICATE OBJECT
ISTRIPLE ADJUST
""".split())
_SUGGESTED = sorted(KEYWORDS - {"A", "TRUE", "FALSE", "TZ", "AS", "BY", "IN", "TO", "IF"})


def user_position(line: int, column: int, prelude: str = SPARQL_PREFIXES) -> tuple[int, int]:
    """A parser's ``line:column`` in ``prelude + text`` as a position in ``text``.

    The prelude is whole lines, so only the line moves (the ``serve`` page can call this too).

    >>> user_position(len(PREFIXES) + 3, 7, "".join(f"PREFIX {p}: <x>\\n" for p in PREFIXES))
    (3, 7)
    """
    return line - prelude.count("\n"), column


def unknown_keyword(text: str) -> tuple[int, int, str, str | None] | None:
    """The first bare word of ``text`` that SPARQL does not know: (line, column, word, the
    nearest keyword or None); None when every bare word is a keyword.

    >>> unknown_keyword("SELEC ?s WHERE { ?s ?p ?o }")
    (1, 1, 'SELEC', 'SELECT')
    >>> unknown_keyword("SELECT ?s WHERE {\\n ?s ?p 1e5 FILTR(?s) }")
    (2, 12, 'FILTR', 'FILTER')
    """
    for token in tokens(text):
        before = text[token.start - 1] if token.start else " "
        if token.kind != "word" or before.isalnum() or before in "\\.":
            continue  # the exponent of 1e5, the rest of an escaped local name
        word = token.text.upper()
        if word in KEYWORDS:
            continue
        line = text.count("\n", 0, token.start) + 1
        column = token.start - (text.rfind("\n", 0, token.start) + 1) + 1
        near = difflib.get_close_matches(word, _SUGGESTED, n=1, cutoff=0.6)
        return line, column, token.text, near[0] if near else None
    return None


def explain(text: str, message: str, prelude: str = SPARQL_PREFIXES) -> tuple[int | None,
                                                                             int | None, str]:
    """pyoxigraph's syntax error for ``prelude + text`` as (line, column, one-line detail) in
    the user's ``text``; line and column are None when the message has no position.

    >>> explain("SELEC ?s WHERE { ?s ?p ?o }", "error at 12:10: expected CONSTRUCT")
    (1, 1, "unknown keyword 'SELEC'; did you mean SELECT?")
    """
    line, column, detail = syntax_position(SyntaxError(message))
    if line is None or column is None:
        return None, None, detail.splitlines()[0]
    line, column = user_position(line, column, prelude)
    if "Prefix not found" in detail:
        source = text.splitlines()[line - 1] if 0 < line <= text.count("\n") + 1 else ""
        names = re.findall(r"([A-Za-z][\w.-]*)?:", source[:column + 1])
        prefix = names[-1] if names else ""
        known = ", ".join(f"{p}:" for p in {**PREFIXES, **KIND_PREFIXES})
        return line, column, (f"prefix '{prefix}:' is not declared; add PREFIX {prefix}: <...> "
                              f"to the query or use one of {known}")
    unknown = unknown_keyword(text)
    if unknown is not None:
        line, column, word, near = unknown
        return line, column, f"unknown keyword {word!r}" + (f"; did you mean {near}?"
                                                             if near else "")
    if "\n" in detail or len(detail) > 160:
        detail = "unexpected text here"
    return line, column, detail
