"""A name the model calls a person where the parse says it owns a facility or supplies one: "a
pipe plant of Taraz Polymer" is a company's plant, so the name is left to the rules, which read
it as the plant's company (a reading of ``parse.persons``), and "the equipment was supplied by
Tetra Pak" names a supplier. A farm or a project "of" a person stays a person's: farmers and
founders own those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import reference

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERSONAL = frozenset({"farm", "project"})


def owns_facility(tokens: list[Token], heads: frozenset[str]) -> bool:
    """Whether the name ``tokens`` is the object of an ``of`` hanging on a facility noun
    (one of ``heads``, the rules' project heads) or its possessive: "the brick factory of Sary
    Arka Keramika", "Tobol Lubricants' base oil plant"; or the agent of a verb of supply
    (``supplying_verbs``)."""
    root = next((t for t in tokens if t.head not in tokens or t.head is t), None)
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "by" and (
            root.head.head.lemma_.lower() in reference.rules()["supplying_verbs"]):
        return True  # "equipment supplied by X", "is being delivered from Poland by X"
    if root is not None and root.dep_ == "poss":  # "Tobol Lubricants' base oil plant"
        return root.head.lemma_.lower() in heads - _PERSONAL
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.lemma_.lower() in heads - _PERSONAL or noun.lower_ in heads - _PERSONAL
