"""What of a sentence that names several projects is each one's own: from the project before
it to the project after it, with what they share (the lead before the first, a plural predicate
after the last), and past a project it is part of or stands at; ``statements`` reads a
project's status and company in it where the parse says nothing.
"""

from __future__ import annotations

import re

from ..model import Mention
from . import context

# where a project stands, right after it: "in the Zhylyoi district of Atyrau Region"
PLACE_AFTER = (r"(?:\s+(?:in|near|at)(?:\s+(?!(?:which|that|where|is|are|was|were|being)\b)"
               r"[\w'’-]+){1,7})?")


def others_in(mentions: list[Mention], m: Mention, begin: int, end: int) -> bool:
    """Whether a span names a project other than ``m``."""
    return any(begin <= p.start < end and p.key != m.key for p in mentions)


def own_part(text: str, m: Mention, mentions: list[Mention], begin: int, end: int) -> str:
    """The words of a span that may speak of one project where it lists several: from the
    project before it to the project after it, with what they all share: the lead before the
    first project ("They opened a mill, a farm under construction and a plant") and a plural
    predicate after the last ("a mill and a farm were put into operation", "a mill and a farm
    in X; both are under construction").

    >>> from kzgraph.model import Mention
    >>> t = "They opened a mill, a farm under construction and a plant."
    >>> ps = [Mention(t.index(w), t.index(w) + len(w), w, "project", "t", w)
    ...       for w in ("mill", "farm", "plant")]
    >>> [own_part(t, p, ps, 0, len(t)) for p in ps]
    ['They opened a mill, a ', 'They opened a , a farm under construction and a ', 'They opened a  under construction and a plant.']
    """
    others = [p for p in mentions if begin <= p.start < end and p.key != m.key]
    before = [p.end for p in others if p.end <= m.start]
    after = [p.start for p in others  # not one the project is of or at: "the paint shop of the
             if p.start >= m.end and not _WITHIN.fullmatch(text, m.end, p.start)]  # X plant"
    first = min((p.start for p in others), default=m.start)
    lead = text[begin:min(first, m.start)] if before else ""
    last = max((p.end for p in others), default=m.end)
    tail = ""
    if after and _PLURAL_PREDICATE.match(text, last, end):
        tail = text[last:end]
    elif after and (of_all := context.OF_THEM_ALL.search(text, last, end)):
        tail = text[of_all.start():end]  # "a plant and a line; both are under construction"
    start = own_start(text, m, others, begin) if before else begin
    stop = min(after, default=end)  # "were put into operation, and construction of a Y plant
    joined = _CLAUSE_JOIN.search(text, m.end, stop) if after else None  # began": Y's clause
    return lead + text[start:joined.start() if joined else stop] + tail


def own_start(text: str, m: Mention, others: list[Mention], begin: int) -> int:
    """Where a project's own words start in a sentence that names others: after the project
    before it, and after the clause of that one (", and the launch of a wind farm ... slipped":
    what comes before the comma is the other project's).

    >>> from kzgraph.model import Mention
    >>> t = "A mill in Aral is under construction, and the launch of a farm slipped."
    >>> mill, farm = (Mention(t.index(w), t.index(w) + 4, w, "project", "t", w)
    ...               for w in ("mill", "farm"))
    >>> t[own_start(t, farm, [mill], 0):]
    'the launch of a farm slipped.'
    """
    start = max((p.end for p in others if p.end <= m.start), default=begin)
    joins = list(_CLAUSE_JOIN.finditer(text, start, m.start))
    return joins[-1].end() if joins else start


# where a clause of its own starts: after a comma ("..., and construction of Y began") or at a
# second verb of the same subject ("X opened a terminal in 2023 and is now building a Y")
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:is|are|has|have|"
                          r"will)\s)")
# the words from a project to one it is part of or stands at, whose verb is the first's: "the
# painting complex of the automobile plant was commissioned", "a solar plant with storage at the
# Zhartas mine started operating"
_WITHIN = re.compile(r"(?:\s+(?!(?:is|are|was|were|will|has|have|had|which|that)\b)"
                     r"[\w'’-]+){0,8}?\s+(?:of|at)\s+(?:the\s+|its\s+)?")
# what the projects a sentence lists do together: "a workshop in X and a line in Y were put
# into operation"
_PLURAL_PREDICATE = re.compile(  # also past a business and a size: "the dairy plant of X LLP in
    # Y district with a capacity of 60 tonnes a day were launched", "..., were also put"
    rf"(?:\s+of\s+[^.;:,]{{1,40}}?)?{PLACE_AFTER}(?:\s+with\s+[^.;:,]{{1,60}}?)?\s*,?\s*"
    r"(?:were|are|will|would|shall|have|had)\b")
