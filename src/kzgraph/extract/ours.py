"""The company a word of the text stands for: a name, or "we" and "our" (an interview's answers,
a company's own release) and "you" and "your" (an interview's questions) outside quotation
marks, which stand for the company the text names most often."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b")  # "you": an interview's question


_OURS = frozenset({"we", "our", "you", "your"})


def company_at(doc: Doc, organizations: list[Mention]) -> Callable[[Token], Mention | None]:
    """The company at a token: the name it is part of, or the text's own for "we" / "our",
    but the one named in apposition to what "our" qualifies ("Our neighbour, X LLP, is
    building a plant": X's)."""
    companies = [o for o in organizations if o.key.startswith("company:")]
    ours = most_named(companies)

    def named(token: Token) -> Mention | None:
        return next((o for o in companies if o.start <= token.idx < o.end), None)

    def at(token: Token) -> Mention | None:
        if (found := named(token)) or token.lower_ not in _OURS or quoted_at(doc.text, token.idx):
            return found
        apposed = (named(c) for c in token.head.children if c.dep_ == "appos")
        return (next((o for o in apposed if o), None) if token.dep_ == "poss" else None) or ours
    return at


def before(text: str, begin: int, offset: int, organizations: list[Mention]) -> Mention | None:
    """Rules only, the company a "we" or "our" between ``begin`` and a project outside
    quotation marks stands for ("we opened a plant").

    >>> from kzgraph.model import Mention
    >>> orda = Mention(0, 4, "Orda", "organization", "t", "company:Orda")
    >>> text = 'Orda grew. Last year we opened a mill. "We opened a farm," he said.'
    >>> before(text, 11, 33, [orda]).text, before(text, 40, 51, [orda])
    ('Orda', None)
    """
    if not _WE.search(text, begin, offset) or quoted_at(text, offset):
        return None
    return most_named([o for o in organizations if o.key.startswith("company:")])


def most_named(companies: list[Mention]) -> Mention | None:
    """The company a text names most often, the first of a tie."""
    keys = [o.key for o in companies]
    return max(companies, key=lambda o: (keys.count(o.key), -o.start), default=None)


def quoted_at(text: str, offset: int) -> bool:
    """Whether an offset is inside quotation marks in its paragraph."""
    before = text[text.rfind("\n", 0, offset) + 1:offset]
    return sum(before.count(q) for q in '"“”') % 2 == 1


def titled(title: str, organizations: list[Mention]) -> Mention | None:
    """The business an article is about: the one its title names, alone, that its text names
    most often and twice at least (a company's release, a prospectus, a results statement:
    "QazKhim Holding seeks KZT 25 billion to finish Zhanatas acid plant"); not a bank or a fund,
    which lend to projects rather than own them.

    >>> from kzgraph.model import Mention
    >>> qaz = [Mention(i, i + 7, "QazKhim", "organization", "t", "company:QazKhim") for i in (0, 9)]
    >>> titled("QazKhim opens a plant", qaz).text, titled("A plant opens", qaz)
    ('QazKhim', None)
    """
    companies = [o for o in organizations if o.key.startswith("company:")]
    top = most_named(companies)
    keys = [o.key for o in companies]
    if top is None or top.key.split()[-1] in ("Bank", "Fund") or keys.count(top.key) < 2 or sum(
            keys.count(k) == keys.count(top.key) for k in set(keys)) > 1:
        return None
    named = {o.key for o in companies if o.text in title or o.key.split(":", 1)[1] in title}
    return top if named == {top.key} else None
