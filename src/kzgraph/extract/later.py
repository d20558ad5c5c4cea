"""What a later sentence says of a project it calls by its bare head noun ("The project is
being implemented by X", "X is building the plant near Y") or by "it": its company, as the parse
ties them (``relations.owner_of``), or as the words around them say, where the parse ties none
(``told_after``), or a group's part that runs it (``subsidiary_after``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import ours, reference
from .context import builds_it, called_heads
from .orgnames import SEATS
from .relations import owner_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def company(doc: Doc, start: int, end: int, organizations: list[Mention],
            project: Mention, title: str = "") -> tuple[Mention, str, int] | None:
    """The company a later sentence gives ``project`` where it calls it by its bare head noun
    (its own, or one that may call any: ``context.called_heads``), maybe with its
    price: "The project is being implemented by X", "The plant will be built by X", "The
    27-billion-tenge facility of X will produce" (between ``start`` and ``end``, where no other
    project is named; not "the deposit belongs to X" after a plant), how, and where that
    sentence's "The project" starts (the evidence is that sentence, not the text between).
    """
    heads = called_heads(project)
    org_at = ours.company_at(doc, organizations, title)
    span = doc.char_span(start, end, alignment_mode="contract")
    markers = reference.rules()["verb_status"]
    building = [*markers["building"], *markers["launched"]]  # "X built it", "X launched it"
    for token in span if span is not None else ():
        if _it_built(token, building, heads) and (found := owner_of(_builder(
                token.head, building), org_at, verbs=True)):
            it = "it-" if token.lower_ == "it" else ""  # or "X is building the plant"
            return found[0], f"dep:later-{it}" + found[1].split(":", 1)[1], token.idx
        if token.lemma_.lower() not in heads or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        children = list(token.children)
        if any(c.dep_ in ("compound", "amod", "poss") and not _priced(c) for c in children) or (
                not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children)):
            continue  # not "the project" alone (or with its price): another one
        # "The project of X will cost", "The plant will be built by X"
        if found := owner_of(token, org_at, verbs=False) or owner_of(token.head, org_at,
                                                                       verbs=True):
            anaphor = min(c.idx for c in (token, *children) if c.dep_ == "det" or c is token)
            return found[0], "dep:later-" + found[1].split(":", 1)[1], anaphor
    return None


def _priced(token: Token) -> bool:
    """Whether a modifier is a price ("The 27-billion-tenge facility", "the $40m plant")."""
    return any(t.like_num or t.text[:1] in "$€₸" for t in token.subtree)


def _it_built(token: Token, building: list[str], heads: set[str]) -> bool:
    """Whether a token is the "It" that opens a sentence as what a passive of building has
    built ("It is being built by X", "It will be constructed by X") or the "it" (or "the
    plant" alone) a business builds ("X, a joint venture of Y and Z, will build it", "X is
    building the plant near Y", "X will build and operate the station"): the project before
    it."""
    if _builder(token.head, building).lemma_.lower() not in building:
        return False
    if token.lower_ != "it":
        return token.dep_ == "dobj" and token.lemma_.lower() in heads and any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) and not any(
            c.dep_ in ("compound", "amod", "poss") for c in token.children)
    return token.is_sent_start and token.dep_ == "nsubjpass" or token.dep_ == "dobj"


def _builder(verb: Token, building: list[str]) -> Token:
    """The verb of building another verb joins in "build and operate" (whose subject the second
    shares), or the verb itself."""
    return verb.head if verb.lemma_.lower() not in building and verb.dep_ == "conj" and (
        verb.head.lemma_.lower() in building) else verb


def told_after(text: str, m: Mention, projects: list[Mention], organizations: list[Mention],
               end: int) -> Mention | None:
    """The company the sentence after a project's (which ends at ``end``) gives it, by its words,
    where it names no other project before X: "The plant belongs to X", "It is being built by
    X", "This one will be built by X", "The plant will be restarted by X", "X will build it", "X
    is investing 26 billion tenge in the facility", "..., director of X, which will implement
    it", or the owner it or the one after names
    (``_owner_is_after``); with the model, ``company`` reads the parse first.

    >>> from kzgraph.model import Mention
    >>> t = "A mill is planned. It will be built by Orda LLP."
    >>> mill = Mention(2, 6, "mill", "project", "t", "mill")
    >>> orda = Mention(39, 47, "Orda LLP", "organization", "t", "company:Orda")
    >>> told_after(t, mill, [mill], [orda], 18) == orda, told_after(t, mill, [mill], [orda], 0)
    (True, None)
    """
    stop = _NEXT_SENTENCE.match(text, end).end()  # the next sentence's end, or its line's
    stop = min([p.start for p in projects if end <= p.start < stop and p.key != m.key] + [stop])
    told = next((o for o in organizations if end <= o.start < stop and o.key.startswith(
        "company:") and ((said := _TOLD_BY.match(text, end, o.start)) and (
            said["noun"] in (None, "one") or said["noun"] in called_heads(m)) or not text[
                end:o.start].strip() and (builds_it().search(text, o.end, stop)
                                          or _INVESTS_IN_IT.match(text, o.end, stop))
            or (which := _WHICH_WILL.match(text, o.end)) and builds_it().match(
                text, which.end()))), None)
    return told or _owner_is_after(text, m, projects, organizations, end)


def _owner_is_after(text: str, m: Mention, projects: list[Mention],
                    organizations: list[Mention], end: int) -> Mention | None:
    """The owner one of the four sentences after a project's names ("The investor is X", "The
    facility is being built by X"), where that sentence and those between name no other
    project."""
    begin = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    at = end
    for _ in range(4):
        stop = _NEXT_SENTENCE.match(text, at).end()
        if any(begin <= p.start < stop and p.key != m.key for p in projects):
            return None
        if found := next((o for o in organizations if at <= o.start < stop and o.key.startswith(
                "company:") and (_owner_is().fullmatch(text, at, o.start) or (
                    said := _TOLD_BY.match(text, at, o.start)) and said["noun"] in (
                    called_heads(m)))), None):
            return found
        at = stop
    return None


@cache
def _owner_is() -> re.Pattern:
    """A sentence that opens by naming a project's owner (``owner_nouns``): "The investor is
    Abu Dhabi-based X"."""
    nouns = "|".join(reference.rules()["owner_nouns"])
    seats = "|".join(SEATS)
    return re.compile(rf"\s*(?:The|Its)\s+(?:{nouns})\s+is\s+(?:the\s+)?"
                      rf"(?:(?:[A-Z][\w]*\s+)?[A-Z][\w]*(?:-(?:{seats})|['’]s)\s+)?")  # "Korea's"


# "..., director of X LLP, which will implement it"
_WHICH_WILL = re.compile(r",?\s+which\s+(?:will\s+|is\s+to\s+|is\s+)?")
_NEXT_SENTENCE = re.compile(r"\s*[^\n]*?(?:\.(?=\s)|(?=\n)|$)")


def subsidiary_after(text: str, m: Mention, projects: list[Mention],
                     organizations: list[Mention], end: int) -> Mention | None:
    """The group's part one of the three sentences after a project's (which ends at ``end``)
    says runs or builds it, where no other project is named before: "The plant is operated by
    Y LLP, a wholly owned subsidiary of X", "The project is being implemented by Y LLP, the
    Kazakh subsidiary of the Chinese group", "Construction of the facility, owned by the
    subsidiary Y LLP,", "The plant, which the group's subsidiary Y LLP is building". It, not
    the group, is the project's business.

    >>> from kzgraph.model import Mention
    >>> t = "Orda opened a mill. It is run by Ak LLP, a subsidiary of Orda."
    >>> mill = Mention(14, 18, "mill", "project", "t", "mill")
    >>> ak = Mention(33, 39, "Ak LLP", "organization", "t", "company:Ak")
    >>> subsidiary_after(t, mill, [mill], [ak], 19) == ak
    True
    """
    words, run_by, part_of, part = _parts()
    if not any(word in text for word in words):
        return None  # no group's part named at all: the usual case, told at once
    stop = end
    for _ in range(3):
        stop = _NEXT_SENTENCE.match(text, stop).end()
    stop = min([p.start for p in projects if end <= p.start < stop and p.key != m.key] + [stop])
    return next((o for o in organizations if end <= o.start < stop and o.key.startswith(
        "company:") and ((run := run_by.search(text, max(end, o.start - 80), o.start)) and (
            run["part"] or part_of.match(text, o.end)) or part.search(
            text, max(end, o.start - 60), o.start) and _BUILDS.match(text, o.end))), None)


@cache
def _parts() -> tuple[tuple[str, ...], re.Pattern, re.Pattern, re.Pattern]:
    """A group's part (``org_part_nouns``): the words a text must hold for one to be named, the
    words before it as what runs or builds a project ("is operated by X, a subsidiary of",
    "owned by the subsidiary X"), after it ("X, a wholly owned subsidiary of") and before it
    as a clause's subject ("which the group's subsidiary X is building")."""
    words = tuple(reference.rules()["org_part_nouns"])
    parts = "|".join(map(re.escape, words))
    noun = rf"(?:the|its|the\s+group['’]s|the\s+company['’]s)\s+(?:[\w-]+\s+)?(?:{parts})"
    return ((*words, "venture"),
            re.compile(r"(?:\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?|,\s*)(?:operated|"
                       r"implemented|built|run|constructed|developed|owned)\s+by\s+"
                       rf"(?P<part>{noun},?\s+)?(?:the\s+)?$"),
            re.compile(rf",\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{parts}|daughter\s+company|"
                       r"joint\s+venture)\b"),
            re.compile(rf"\b{noun},?\s+$"))


_BUILDS = re.compile(r"\s+(?:(?:is|are|was|will\s+be)\s+(?:building|constructing|implementing|"
                     r"operating|running)|builds|operates|runs|will\s+(?:build|operate|run))\b")


# "X LLP is investing 26 billion tenge in the facility": the business that pays for it
_INVESTS_IN_IT = re.compile(r"\s+(?:(?:is|are|has|have|had|will|was)\s+)?(?:been\s+)?invest\w*\s+"
                            r"[^.;]{0,60}?\bin\s+(?:the|this|its)\s+(?:[a-z-]+\s+)?"
                            r"(?:facility|plant|project|factory|complex|mill)\b")
# a sentence that says whose a project is ("It belongs to the group's unit X", "The mill belongs
# to another subsidiary, X LLP", "The plant in Y, idle since 2022, was bought in May by X", "The
# $150 million smelter will belong to X")
_TOLD_BY = re.compile(r"\s*(?:(?:The|This|Its)(?:\s+(?:[a-z-]+|[$€₸]?\d[\d.,]*)){0,3}\s+"
                      r"(?P<noun>[a-z-]+)|It)"
                      r"(?:\s+(?:in|near|at)\s+[^,.;]{1,40}?)?(?:,[^,.;]{1,40},)?\s+"  # an aside
                      r"(?:belongs\s+to|will\s+belong\s+to|(?:is|was|will\s+be)\s+(?:being\s+)?"
                      r"(?:owned|built|"
                      r"constructed|run|operated|implemented|bought|acquired|purchased|taken\s+"
                      r"over|restarted|relaunched)"
                      r"(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s+by)\s+"
                      r"(?:the\s+|(?:the\s+[a-z]+['’]s|its|our|their|another)\s+(?:[a-z-]+\s+)?"
                      r"(?:subsidiary|unit|affiliate),?\s+)?$")
