"""What makes a facility a new one: a production line a sentence adds ("launched a second
pasta line", "started a line producing juice", "a line for oncology drugs is planned": its
status is read where ``projects`` reads one; not a "credit line" nor "the new line" told of
before), a later stage of a facility ("the second stage of its smelter"), and the words that
create a facility ("will establish an industrial park", "the zone will be built", "commissioned
a plant").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference

_ADDED = re.compile(r"(?i:\b(?:an?\s+(?:second|third|fourth|fifth|new|further|additional)|another"
                    r"|(?:start|launch|open|commission)\w*\s+an?)\s+)$")
_THE = re.compile(r"(?i:\bthe\s+(?:new\s+)?)$")


def of_a_product(modifiers: list[str], product: str) -> bool:
    """Whether a line's words name what it makes: modifiers ("pasta line") or a product after
    it ("a line for X"), but none of ``line_not_modifiers`` ("credit line").

    >>> of_a_product(["pasta"], ""), of_a_product([], "oncology drugs"), of_a_product(["credit"], "")
    (True, True, False)
    """
    return bool(modifiers or product) and _not_line_words().isdisjoint(
        m.lower() for m in modifiers)


def added(sentence: str, start: int, said: str) -> bool:
    """Whether a sentence adds the line starting at ``start``: the words before it ("a second",
    "another", "started a"), or the status ``said`` of a line it does not call "the" line.

    >>> added("Orda launched a second pasta line", 23, ""), added("The new pasta line", 8, "")
    (True, False)
    >>> added("A pasta line is planned", 2, "planned"), added("the new line was launched", 8, "launched")
    (True, False)
    """
    return _ADDED.search(sentence, 0, start) is not None or bool(said) and (
        _THE.search(sentence, 0, start) is None)


@cache
def _not_line_words() -> frozenset[str]:
    return frozenset(reference.rules()["line_not_modifiers"])


def created(sentence: str, match: re.Match, first: int) -> bool:
    """Whether a sentence says the facility a match names is being created: a creating word
    before it ("will establish an industrial park", "the creation of the X technology park")
    or after it ("the industrial zone will be built")."""
    before, after, _ = creating()
    return bool(before.search(sentence, 0, match.start("mods") + first)
                or after.match(sentence, match.end("head")))


@cache
def creating() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A creating word before a facility, after it, and a creating verb right before "a (new)"
    and the facility ("commissioned a plant": a new one, not one told of before), or one that
    enlarges "its" facility ("has expanded its slaughterhouse": the expansion is a project)."""
    words = "|".join(w.replace(" ", r"\s+") for w in reference.rules()["creating_words"])
    nouns = r"creation|construction|establishment|opening|launch"
    before = re.compile(rf"(?i:\b(?:(?:{words})\w*|(?:{nouns})\s+of)\s+(?:(?:a|an|the|new)\s+)*)$")
    after = re.compile(rf"(?i:,?\s+(?:(?:will|would|is|are|was|were|has|have|had|to)\s+)?"
                       rf"(?:(?:be|been|being)\s+)?(?:{words})\w*)\b")
    made = re.compile(rf"(?i:\b(?:(?:{words}|commission|inaugurat)\w*\s+an?\s+(?:new\s+)?"
                      r"|(?:expand|moderni[sz]|upgrad|reconstruct)\w*\s+(?:its|their)\s+))$")
    return before, after, made


def stages(text: str, begin: int, sentence: str) -> list[Mention]:
    """A later stage of a facility named as such, a project of its own: "is building the second
    stage of its smelter", "the third phase of the Khromtau ferrochrome smelter" (its label
    keeps the stage: the stage, not the facility that runs already, is what is built).

    >>> t = "X JSC is building the second stage of its smelter in Oskemen."
    >>> [(m.text, m.key) for m in stages(t, 0, t)]
    [('second stage of its smelter', 'second stage of smelter')]
    """
    found = []
    for match in _stage().finditer(sentence):
        rest = f"{sentence[:match.start()]} {sentence[match.end():]}"
        if match["head"] == "project" and not match["name"] and re.search(
                rf"(?<![\w-])(?:{_heads()})(?![\w-])", rest):
            continue  # "As the second stage of the project, X will build a storage facility"
        start, end = begin + match.start(), begin + match.end()
        words = [match["stage"], "of", *match["name"].split(), match["head"]]
        found.append(Mention(start, end, text[start:end], "project", "project-stage",
                             " ".join(" ".join(words).split())))
    return found


@cache
def _stage() -> re.Pattern:
    return re.compile(r"(?<![\w-])(?P<stage>(?:second|third|fourth|next|new)\s+(?:stage|phase))"
                      r"\s+of\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?P<name>(?:(?:[A-Z][\w-]*|[a-z][a-z-]+)\s+){0,4})"
                      rf"(?P<head>{_heads()})(?![\w-])")


@cache
def _heads() -> str:
    return "|".join(sorted(map(re.escape, reference.rules()["project_heads"]), key=len,
                           reverse=True))
