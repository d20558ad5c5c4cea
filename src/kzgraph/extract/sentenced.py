"""The company a project's sentence names for it, by the words around them: "whose", an owner's
possessive, a loan's borrower, a name attached after the project ("a plant of X", "owned by X"),
one the facility is built for, else the sentence's first business that is no other project's and
no other party's (a supplier, a buyer, a lender, a seller, a contractor).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference, shares

if TYPE_CHECKING:
    from .mentions import Mentions

# Rules only, the words before a company that deals with a project without building, owning
# or running it: a supplier ("rubber from X"), a buyer ("sold to X", "will supply X"), a lender
# ("loans from X"), a seller ("from its first owner, X", "from the bankruptcy estate of X"), a
# maker of its equipment ("the furnace is being manufactured by X").
_OTHER_PARTY = re.compile(r"\b(?:from|to|for|supply|supplies|supplying)\s+(?:the\s+|"
                          r"(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:owner|founder|seller|buyer)"
                          r",?\s+)?$|\bfrom\s+the\s+(?-i:[a-z-]+\s+){1,2}of\s+(?:the\s+)?$"
                          r"|\b(?:manufactured|supplied|delivered)\s+by\s+(?:the\s+)?$",
                          re.IGNORECASE)  # "from the bankruptcy estate of X", "supplied by X"
# the other party of a memorandum or an agreement ("signed a memorandum with X on a plant"),
# whom, as the parties of one signed before a project, a builder the next sentence names beats
# (``statements``)
SIGNED_WITH = re.compile(r"\b(?:memorandum|agreement|deal)s?\s+with\s+(?:the\s+)?$")
# a memorandum or an agreement signed on a project before it in its sentence: its parties
SIGNED = re.compile(r"\b(?:signed|finali[sz]ed|concluded)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?"
                    r"(?:memorandum|agreement|deal)s?\b[^.;]*$")  # "an investment agreement"
# Rules only, the words between a project and the company that builds, owns or runs it:
# "a feed mill of X", "the plant, owned by X", "a mine operated by X", "a plant by X".
_ATTACHED = re.compile(r",?\s*(?:(?:which|that)\s+(?:is|was|will be)\s+|being\s+)?"
                       r"(?:(?:(?:owned|operated|run|built|constructed|developed)\s+)?by|of)\s+"
                       r"(?:the\s+)?$")
# the operator of a facility, which comes before its owner: "is owned by X and operated by Y"
_OPERATED_BY = re.compile(r"\b(?:operated|run)\s+by\s+(?:the\s+|its\s+)?"
                          r"(?:operating\s+company\s+)?$")
# a business the clause after a facility says builds it: "a plant in Y, which X had promised to
# build", "the complex that X was preparing"
_WHICH = re.compile(r"(?:\s+(?:in|near|at)\s+[^,.;]{1,40}?)?,?\s+(?:which|that)\s+"
                    r"(?:[A-Z][a-z]+['’]s\s+)?")
_BUILDS_IT = re.compile(r"\s+(?:(?:was|is|were|had|has|will)\s+)?(?:(?:to|promised\s+to|planned\s+"
                        r"to|plans\s+to|agreed\s+to|intended\s+to|intends\s+to)\s+)?(?:build|"
                        r"construct|develop|prepar|implement)\w*\b")
# a business a facility is built for, right after it: "a cement plant for X LLP"
_FOR_IT = re.compile(r"\s+for\s+(?:the\s+)?$")
# a contractor that built a facility, whose client may follow: "was built by X for Y LLP"
_BUILT_BY = re.compile(r"\b(?:built|constructed|erected|installed)\s+by\s+(?:the\s+)?$")
# Rules only, a company right before a project's "whose": "X LLP, whose new plant ..."
_WHOSE = re.compile(r",?\s*whose\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a business whose project a possessive says it is, whatever the sentence says of the business:
# "supplied from X Holding's Zhalyn-Tobe mine", "X LLP's KZT 4 billion dairy plant"
_POSSESSED = re.compile(r"['’]s?\s+(?:(?:new|KZT|USD|EUR|tenge|million|billion|bn|mln|"
                        r"[$€₸]?\d[\d.,]*)\s+){0,4}")
# a business (and what it is) which builds or owns the project: "X LLP, a joint venture that will
# build a", "a joint venture, X LLP, which will build a", "X LLP, which owns an idle"
_APPOSED_BUILDER = re.compile(r",(?:\s+an?\s+[^.;,()]{1,60}?)?\s+(?:that|which)\s+"
                              r"(?:will\s+|is\s+to\s+|plans\s+to\s+|is\s+|has\s+)?"
                              r"(?:build|construct|develop|operat|run|own)\w*\s+"
                              r"(?:(?:an?|the|its)\s+)?(?:[a-z-]+\s+)?")  # "an idle"


def built_for(text: str, m: Mention, found: Mentions) -> tuple[Mention, str] | None:
    """The business a facility is built for, named right after it: "X is building a cement
    plant for Y LLP" (Y's plant; X is the contractor)."""
    return next(((o, "project-company-for") for o in found.organizations
                 if o.start >= m.end and o.key.startswith("company:")
                 and _FOR_IT.match(text, m.end, o.start)), None)


def client(text: str, org: Mention, organizations: list[Mention]) -> Mention | None:
    """The business a contractor built a project for, named right after it: "It was built by X
    for Y LLP" (Y's; X is the contractor)."""
    if not _BUILT_BY.search(text, max(0, org.start - 40), org.start):
        return None
    return next((o for o in organizations if o.start >= org.end and o.key.startswith("company:")
                 and _FOR_IT.match(text, org.end, o.start)), None)


def operator(text: str, m: Mention, found: Mentions, end: int) -> Mention | None:
    """The business its sentence (to ``end``) says runs a facility, after it, which comes before
    its owner: "The refinery is owned by X and operated by Y LLP", "a plant run by its operating
    company Y LLP" (Y's)."""
    return next((o for o in found.organizations if m.end <= o.start < end and o.key.startswith(
        "company:") and _OPERATED_BY.search(text, max(m.end, o.start - 50), o.start)
        and not any(m.end <= p.start < o.start and p.key != m.key for p in found.projects)), None)


def company(text: str, m: Mention, found: Mentions, begin: int,
            end: int) -> tuple[Mention, str] | None:
    """The company a project's sentence names for it, by the words around them: "whose" or an
    owner's possessive, a loan's borrower, a name attached after the project, else the
    sentence's first business that is no other project's and no other party's ("from", "to",
    "for")."""
    companies = [o for o in found.organizations
                 if begin <= o.start < end and o.key.startswith("company:")
                 and not _called_other_party().search(text, begin, o.start)
                 and not (_OTHER_PARTY.search(text, begin, o.start)
                          and not _belongs_to().search(text, begin, o.start)
                          and not _lent_to().search(text, begin, o.start))]
    others = [p for p in found.projects if begin <= p.start < end and p.key != m.key]
    if others:  # a sentence that names several: the lead's company, or one in its own words
        first = min(p.start for p in [m, *others])
        own = (shares.own_start(text, m, others, begin),
               min((p.start for p in others if p.start >= m.end), default=end))
        companies = [o for o in companies if o.start < first or own[0] <= o.start < own[1]]
    attached = [o for o in companies
                if o.start >= m.end and (_ATTACHED.match(text, m.end, o.start) or _WHICH.fullmatch(
                    text, m.end, o.start) and _BUILDS_IT.match(text, o.end))]
    others = [o for o in companies if any(  # "a farm of X LLP and a plant": X is the farm's
        p.key != m.key and p.end <= o.start and _ATTACHED.match(text, p.end, o.start)
        for p in found.projects)]
    whose = [o for o in found.organizations if o.key.startswith("company:")
             and begin <= o.end <= m.start and (_WHOSE.match(text, o.end, m.start)
                                                or _APPOSED_BUILDER.fullmatch(text, o.end, m.start)
                                                or _POSSESSED.fullmatch(text, o.end, m.start))]
    lent = [o for o in companies if _lent_to().search(text, begin, o.start)]
    owner = built_for(text, m, found) or ((whose[0], "project-company-whose") if whose else
             (lent[0], "project-company-lent-to") if lent else
             (attached[0], "project-company-attached") if attached else
             next(((o, "project-company-sentence") for o in companies if o not in others),
                  None))
    return owner


@cache
def _belongs_to() -> re.Pattern:
    """Rules only, "belongs to" right before a company (``belonging_verbs``): its owner, not
    another party ("the plant belongs to X")."""
    verbs = "|".join(re.escape(v) for v in reference.rules()["belonging_verbs"])
    return re.compile(rf"\b(?:{verbs})(?:s|ed)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _called_other_party() -> re.Pattern:
    """A cue right before a name that calls it a builder, a supplier, a lender or a customer
    ("the contractor X", ``contractor_nouns`` and ``other_party_nouns``), not the owner."""
    words = "|".join(re.escape(w) for w in (*reference.rules()["contractor_nouns"],
                                            *reference.rules()["other_party_nouns"]))
    return re.compile(rf"\b(?:{words})s?,?[ \t]+$", re.IGNORECASE)


@cache
def _lent_to() -> re.Pattern:
    """Rules only, a loan's "to" right before a company (``lending_words``): the borrower, who
    builds ("the bank lent N to X for a plant"), not another party."""
    words = "|".join(re.escape(w) for w in reference.rules()["lending_words"])
    return re.compile(rf"\b(?:{words})\b[^;]{{0,60}}\bto\s+(?:the\s+)?$", re.IGNORECASE)
