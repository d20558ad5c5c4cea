"""A business named again without the word that ends its name ("Ertis Metals Group ...
Ertis Metals, which is listed in Astana") is the same organization: its mentions take the full
name's key (``org_group_words``). A module of its own because mentions.py is at the line limit.
"""

from __future__ import annotations

from dataclasses import replace

from . import reference


def grouped(found):
    """``found`` (a ``mentions.Mentions``) with each short name keyed as the full one.

    >>> from types import SimpleNamespace
    >>> from kzgraph.model import Mention
    >>> full = Mention(0, 18, "Ertis Metals Group", "organization", "t", "company:Ertis Metals Group")
    >>> short = Mention(30, 42, "Ertis Metals", "organization", "t", "company:Ertis Metals")
    >>> [m.key for m in _rekeyed([full, short])]
    ['company:Ertis Metals Group', 'company:Ertis Metals Group']
    """
    return replace(found, organizations=_rekeyed(found.organizations))


def _rekeyed(organizations: list) -> list:
    keys = {m.key for m in organizations}
    words = reference.rules()["org_group_words"]
    full = {key: longer for key in keys for word in words
            if (longer := f"{key} {word}") in keys}
    return [replace(m, key=full[m.key]) if m.key in full else m for m in organizations]
