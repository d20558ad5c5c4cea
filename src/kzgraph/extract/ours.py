"""The company a word of the text stands for: a name, or "we" and "our" (an interview's answers,
a company's own release) and "you" and "your" (an interview's questions) outside quotation
marks, which stand for the company the text names most often, and in a quotation for its
speaker's; an owner's word before a project ("the holding's plant"), "the group", and "It"
building a project after a sentence that names a joint venture."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b")  # "you": an interview's question


_OURS = frozenset({"we", "our", "you", "your"})


def company_at(doc: Doc, organizations: list[Mention],
               title: str = "") -> Callable[[Token], Mention | None]:
    """The company at a token: the name it is part of, or the text's own for "we" / "our"
    (``texts``), but the one named in apposition to what "our" qualifies ("Our neighbour, X
    LLP, is building a plant": X's)."""
    companies = [o for o in organizations if o.key.startswith("company:")]
    ours = texts(companies, title)

    def named(token: Token) -> Mention | None:
        return next((o for o in companies if o.start <= token.idx < o.end), None)

    def at(token: Token) -> Mention | None:
        if (found := named(token)) or token.lower_ not in _OURS or quoted_at(doc.text, token.idx):
            return found
        apposed = (named(c) for c in token.head.children if c.dep_ == "appos")
        return (next((o for o in apposed if o), None) if token.dep_ == "poss" else None) or ours
    return at


def before(text: str, begin: int, offset: int, organizations: list[Mention],
           title: str = "") -> Mention | None:
    """The company a "we" or "our" between ``begin`` and a project stands for ("we opened a
    plant"): the text's (the one its ``title`` names, else the one it names most), or in a
    quotation its speaker's (``speakers``); with the model, where the parse ties no company
    (``company_at`` reads it there).

    >>> from kzgraph.model import Mention
    >>> orda = Mention(0, 4, "Orda", "organization", "t", "company:Orda")
    >>> text = 'Orda grew. Last year we opened a mill. "We opened a farm," he said.'
    >>> before(text, 11, 33, [orda]).text, before(text, 40, 51, [orda])
    ('Orda', None)
    """
    if not _WE.search(text, begin, offset):
        return None
    companies = [o for o in organizations if o.key.startswith("company:")]
    return speakers(text, offset, companies) if quoted_at(text, offset) else texts(companies,
                                                                                   title)


def speakers(text: str, offset: int, companies: list[Mention]) -> Mention | None:
    """The company of whoever says the quotation an offset is in: the one company its words of
    attribution name, after it to the sentence's end ('"We will build it," said X, head of
    Orda LLP.') or before it from the sentence's start ('X, head of Orda LLP, said: "We ...').

    >>> from kzgraph.model import Mention
    >>> text = '"We build a mill," said Ed Li of Orda LLP. Asel LLP grew.'
    >>> speakers(text, 12, [Mention(33, 41, "Orda LLP", "organization", "t", "company:Orda")]).text
    'Orda LLP'
    """
    paragraph = text.rfind("\n", 0, offset) + 1
    opening = max(text.rfind(q, paragraph, offset) for q in '"“')
    closing = min((i for q in '"”' if (i := text.find(q, offset)) >= 0), default=-1)
    if opening < 0 or closing < 0:
        return None
    sentence = text.rfind(". ", paragraph, opening) + 1 or paragraph
    said = _SENTENCE_END.search(text, closing + 1)
    end = said.start() if said else len(text)
    named = ([o for o in companies if closing < o.start < end]
             or [o for o in companies if sentence <= o.start and o.end <= opening])
    return named[0] if len({o.key for o in named}) == 1 else None


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def owners_word(text: str, m: Mention, organizations: list[Mention]) -> Mention | None:
    """The company an owner's word right before a project stands for ("The holding's KZT 8.7
    billion block plant", "Its new plant"): the one named with that word ("the group's" a
    group's), the last one named before it in its paragraph for "its", else the first there
    (the paragraph's: "the company's ferrosilicon plant"); so is the business whose money a
    project is ("The money will finance a 50 MW solar plant").

    >>> from kzgraph.model import Mention
    >>> text = "Orda LLP grew. The group's new mill opens."
    >>> orda = Mention(0, 8, "Orda LLP", "organization", "t", "company:Orda")
    >>> owners_word(text, Mention(31, 35, "mill", "project", "t"), [orda]).text
    'Orda LLP'
    """
    word = _OWNERS_WORD.search(text, max(0, m.start - 60), m.start)
    financed = _FINANCED.search(text, max(0, m.start - 80), m.start)
    if not (word or financed):
        return None
    if word and word.group(1) in ("group", "holding") and (
            named := _named_with(word.group(1), organizations)):
        return named  # "the group's X refinery": the one business named a group
    paragraph = text.rfind("\n", 0, m.start) + 1
    before = [o for o in organizations if paragraph <= o.start and o.end <= m.start
              and o.key.startswith("company:")]
    if word and word.group(1) is None:  # "Its new plant": the last one named
        return max(before, key=lambda o: o.start, default=None)
    return min(before, key=lambda o: o.start, default=None)  # "the company's": the paragraph's


_OWNERS_WORD = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+(company|group|holding|firm|investor|owner|"
                          r"producer|maker)['’]s)(?:\s+(?:new|KZT|USD|EUR|tenge|million|billion|"
                          r"bn|mln|[$€₸]?\d[\d.,]*))*\s+$")
# what money raised pays for: "The money will finance a 50 MW solar plant"
_FINANCED = re.compile(r"\b[Tt]he\s+(?:money|funds|proceeds|loan|bonds)\s+will\s+(?:finance|pay\s+"
                       r"for|be\s+used\s+(?:for|to\s+build))\s+(?:an?\s+|the\s+)?"
                       r"(?:[$€₸]?[\w.,-]+\s+){0,3}?$")


def _named_with(word: str, organizations: list[Mention]) -> Mention | None:
    """The one business whose name has a word ("group": "Eurasian Light Metals Group")."""
    named = [o for o in organizations if o.key.startswith("company:")
             and word.capitalize() in o.text.split()]
    return named[0] if len({o.key for o in named}) == 1 else None


def group_word(text: str, begin: int, end: int, projects: list[Mention],
               organizations: list[Mention]) -> Mention | None:
    """The business "the group" or "the holding" stands for in a project's sentence (from
    ``begin`` to ``end``) or the next where that names no other project: the one the text
    names with that word ("Alem Agro Group ... a hatchery near Uralsk. The group signed a
    memorandum").

    >>> from kzgraph.model import Mention
    >>> alem = Mention(0, 15, "Alem Agro Group", "organization", "t", "company:Alem Agro Group")
    >>> text = "Alem Agro Group grew. A hatchery is planned. The group signed a memorandum."
    >>> group_word(text, 22, 44, [], [alem]).text
    'Alem Agro Group'
    """
    said = _SENTENCE_END.search(text, end + 1)
    after = said.end() if said else len(text)
    if any(end <= p.start < after for p in projects) or not (
            word := _GROUP_WORD.search(text, begin, after)):
        return None
    return _named_with(word.group(1), organizations)


_GROUP_WORD = re.compile(r"\b[Tt]he\s+(group|holding)\b(?!['’])")


def venture(text: str, begin: int, m: Mention, organizations: list[Mention]) -> Mention | None:
    """The business "It" stands for where a project's sentence (from ``begin``) opens with it
    building the project: the last one the sentence before names after what it is ("... agreed
    to set up a joint venture, Orda Pipe LLP. It will build a pipe plant").

    >>> from kzgraph.model import Mention
    >>> text = "We set up a venture, Orda LLP. It will build a mill."
    >>> orda = Mention(21, 29, "Orda LLP", "organization", "t", "company:Orda")
    >>> venture(text, 31, Mention(45, 49, "mill", "project", "t"), [orda]).text
    'Orda LLP'
    """
    if not _IT_BUILDS.fullmatch(text, begin, m.start):
        return None
    return max((o for o in organizations if o.end <= begin and o.key.startswith("company:")
                and _PREVIOUS.fullmatch(text, o.end, begin)
                and _what_it_is().search(text, max(0, o.start - 30), o.start)),
               key=lambda o: o.start, default=None)


@cache
def _what_it_is() -> re.Pattern:
    """What a business is, right before its name (``business_nouns``): "a joint venture, "."""
    nouns = "|".join(map(re.escape, reference.rules()["business_nouns"]))
    return re.compile(rf"\b(?:{nouns}|company),\s+$")


_IT_BUILDS = re.compile(r"It\s+(?:will\s+|is\s+to\s+|plans\s+to\s+|is\s+)?(?:build|construct|"
                        r"open|launch)\w*\s+(?:(?:an?|the|its)\s+)?")
_PREVIOUS = re.compile(r"[^.!?\n]*[.!?]\s*")  # the rest of the sentence before


def texts(companies: list[Mention], title: str) -> Mention | None:
    """The company a text's "we" stands for: the one its title names, alone, that the text
    gives with its legal form (an interview, a release), else the one it names most.

    >>> from kzgraph.model import Mention
    >>> orda, ak = (Mention(0, 8, f"{n} LLP", "organization", "t", f"company:{n}")
    ...             for n in ("Orda", "Ak"))
    >>> texts([orda, ak, ak], "Orda's CEO on its plans").text, texts([orda, ak, ak], "").text
    ('Orda LLP', 'Ak LLP')
    >>> texts([orda, orda, ak], "Akmola's new plants").text
    'Orda LLP'
    """
    named = {o.key: o for o in companies if len(o.text) > len(o.key.split(":", 1)[1])
             and _in_title(o.key.split(":", 1)[1], title)}  # "X LLP" in the text, not a port
    return next(iter(named.values())) if len(named) == 1 else most_named(companies)


def _in_title(name: str, title: str) -> bool:
    """Whether a title names ``name`` as words of its own ("Ak" is not in "Akmola")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


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
    named = {o.key for o in companies if _in_title(o.text, title)
             or _in_title(o.key.split(":", 1)[1], title)}
    return top if named == {top.key} else None
