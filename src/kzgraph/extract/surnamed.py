"""Persons the model calls something else. The small model often reads a Kazakh or Russian
name it has never seen as an organization ("Gaukhar Tleubayeva opened a plant"), or runs a
title's organization into the name ("the head of the Department of Industry Saule Ismagulova").
A first name and a surname that ends as such surnames do (``surname_endings_alone``: "-ova",
"-yev", "-uly"...) are a person's wherever the model puts them; the surname alone is that
person's too, not an organization's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME_TOKEN = re.compile(r"[A-ZÀ-ÞĀ-ſ][a-zà-ÿĀ-ſ'’-]+(?:-[A-ZĀ-ſ][a-zà-ÿĀ-ſ'’-]+)*$")
"""A capitalised word with small letters after the first ("Aydın", "Şahin", "Jae-won")."""
_STEM = 3
"""Letters a surname has before its ending: "Tleubayeva", not "Nova" ("Kassa Nova")."""


@cache
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(the surname endings, the words that are no part of a person's name)."""
    rules = reference.rules()
    titles = {w for t in rules["role_titles"] for w in t.split()} | set(rules["model_title_words"])
    not_names = {*rules["name_stop_words"], *rules["countries"], *rules["org_legal_forms"],
                 *rules["org_name_words"], *rules["org_place_words"], *rules["media_name_words"],
                 *(w for ws in rules["org_kind_words"].values() for w in ws),
                 *(n for r in reference.regions() for n in (*r.names, *r.blocked)),
                 *(t.capitalize() for t in titles), *titles}
    return tuple(rules["surname_endings_alone"]), frozenset(not_names)


def is_surname(word: str) -> bool:
    """Whether a capitalised word ends as a surname does, after a stem of its own.

    >>> is_surname("Tleubayeva"), is_surname("Kairzhanov"), is_surname("Nova"), is_surname("Kazan")
    (True, True, False, False)
    """
    endings, not_names = _words()
    return (word not in not_names and bool(NAME_TOKEN.match(word))
            and any(word.endswith(e) and len(word) - len(e) >= _STEM for e in endings))


def name_at_end(tokens: list[Token]) -> int:
    """How many of the last tokens are a person's first name and surname: 2, or 0."""
    if len(tokens) < 2:
        return 0
    first, last = tokens[-2], tokens[-1]
    if not is_surname(last.text) or first.text in _words()[1] or not NAME_TOKEN.match(first.text):
        return 0
    return 2 if last.i == first.i + 1 and first.whitespace_ == " " else 0


def persons(doc: Doc) -> list[Mention]:
    """The persons whose names end an entity the model gives another label (an organization,
    a place, a work of art): "Gaukhar Tleubayeva", "... Development Saule Ismagulova"."""
    found = []
    for ent in doc.ents:
        tokens = [t for t in ent if not t.is_punct]
        if ent.label_ == "PERSON" or not name_at_end(tokens):
            continue
        start, end = tokens[-2].idx, tokens[-1].idx + len(tokens[-1].text)
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "person", f"ner:{ent.label_}-name", f"name:{text}"))
    return found


def surnames(doc: Doc) -> frozenset[str]:
    """The surnames of the persons the model names anywhere in a text, under any label."""
    names = set()
    for ent in doc.ents:
        tokens = [t for t in ent if not t.is_punct]
        if name_at_end(tokens) or ent.label_ == "PERSON" and len(tokens) > 1:
            names.add(tokens[-1].text)
    return frozenset(names)
