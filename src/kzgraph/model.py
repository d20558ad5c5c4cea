"""Frozen values passed between the extraction stages: text -> mentions -> entities -> statements.

Offsets are character offsets into ``Article.text`` (the body after the header), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article: its key (file stem), body text and header fields."""

    key: str
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None  # the file it was read from
    outlet: str | None = None  # the publication that published it


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of the text that names something, and the rule that found it."""

    start: int
    end: int
    text: str
    kind: str
    rule: str
    key: str = ""


@dataclass(frozen=True)
class Entity:
    """A thing the article talks about; ``kind`` is person, region, project, ..."""

    kind: str
    key: str
    label: str
    alt_labels: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Value:
    """A literal: a quantity (``unit`` set) or a date (``datatype`` set)."""

    lexical: str
    datatype: str = ""
    unit: str = ""
    qualifier: str = ""
    end: str = ""  # for a period, the lexical value of its end


@dataclass(frozen=True)
class Statement:
    """``subject prop object``; the object is an entity (kind, key) or a literal Value."""

    subject: tuple[str, str]
    prop: str
    obj: tuple[str, str] | Value
    evidence: Mention


@dataclass(frozen=True)
class Extraction:
    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...] = field(default_factory=tuple)
