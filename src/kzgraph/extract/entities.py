"""Mentions -> entities: which mentions name one thing, its IRI key, label and other names.

An entity is referred to by a typed ``Ref`` (its kind and IRI key), never by a string with the
kind packed in. Reference resources keep their reference key (``region/akmola`` -> ``akmola``);
persons and organizations are keyed by their name; projects by their article and label, since
two articles' "cement plant" are two plants.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import NamedTuple

from ..model import Article, Entity, Mention
from . import reference
from .text import slug

KINDS = ("region", "person", "program", "sector", "organization", "project")
_ORG_KINDS = ("name:", "company:", "ministry:", "agency:", "other:")


class Ref(NamedTuple):
    """An entity's kind and IRI key: ``Ref("region", "akmola")``."""

    kind: str
    key: str


def ref(kind: str, key: str) -> Ref:
    """The entity a mention key names: a reference key, ``name:...`` or ``<orgkind>:...``.

    >>> ref("region", "region/akmola"), ref("organization", "company:Asia Trafo")
    (Ref(kind='region', key='akmola'), Ref(kind='organization', key='asia-trafo'))
    """
    if "/" in key and not key.startswith(_ORG_KINDS):
        return Ref(kind, key.split("/", 1)[1]) if key.startswith(kind + "/") else Ref(kind, slug(key))
    return Ref(kind, slug(key.split(":", 1)[1] if ":" in key else key))


def project_ref(article: Article, mention: Mention) -> Ref:
    """Projects are keyed within their article: two articles' "cement plant" are two plants."""
    return Ref("project", f"{slug(article.key)}/{slug(mention.key)}")


def resolve(article: Article, mentions: dict[str, list[Mention]]) -> tuple[Entity, ...]:
    """Group the mentions of each kind into entities, sorted by reference."""
    groups: dict[Ref, list[Mention]] = defaultdict(list)
    labels: dict[Ref, str] = {}
    for kind in KINDS:
        for m in mentions[kind]:
            r = project_ref(article, m) if kind == "project" else ref(kind, m.key)
            groups[r].append(m)
            labels.setdefault(r, _label(kind, m))
    return tuple(
        Entity(kind=r.kind, key=r.key, label=labels[r],
               alt_labels=tuple(sorted({" ".join(m.text.split()) for m in ms}
                                       - {labels[r]} - reference.generic_words())),
               mentions=tuple(ms))
        for r, ms in sorted(groups.items())
    )


def _label(kind: str, m: Mention) -> str:
    label = _reference_labels().get((kind, m.key))
    if label is not None:
        return label
    value = m.key.split(":", 1)[1] if ":" in m.key else m.key
    if kind == "project":  # "plant #2": the article's second plant named by its head alone
        value = value.split(" #")[0]
    return " ".join(value.split())


@cache
def _reference_labels() -> dict[tuple[str, str], str]:
    """(kind, key) -> label of the regions, persons, programs and sectors in the reference data."""
    labels: dict[tuple[str, str], str] = {}
    for kind, table in (("region", reference.regions()), ("person", reference.persons()),
                        ("program", reference.programs()), ("sector", reference.sectors())):
        for item in table:
            labels.setdefault((kind, item.key), item.label)
    return labels
