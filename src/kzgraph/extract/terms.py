"""One-word names the model calls organizations that name none: a heading alone on its line in
capitals ("PROFILE", "INTERVIEW" above a story), and a technical term's acronym its sentence
spells out in lowercase words ("UAN (urea ammonium nitrate) solution"; a business's acronym is
spelled out in capitals: "KTZ (Kazakhstan Temir Zholy)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPELLED_OUT = re.compile(r"\s*\(\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+\s*\)")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def no_business(token: Token) -> bool:
    """Whether a one-word name is a heading or a term's acronym (see the module docstring)."""
    text, start = token.doc.text, token.idx
    end = start + len(token.text)
    if _SPELLED_OUT.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return token.text.isupper() and not text[line_start:start].strip() and bool(
        _LINE_END.match(text, end))
