"""The reference gazetteers as a spaCy ``SpanRuler`` in the model's pipeline.

One phrase pattern per known name and spelling, in the style of spaCy's rule files:
``{"label": "region", "pattern": "Akmola Region", "id": "region/akmola"}``; the ``id`` is the
reference key, so every spelling of a region ("Aktyubinskaya oblast", "Aktobe Region") gives one
entity. Labels:

- ``region``: the names safe to match alone (cities, names with their region word, multi-word
  names that denote no other unit: ``regions.bare_region_names``), case as written;
- ``person``: heads of state and the other persons of the reference data, case as written;
- ``sector``: every name of the sector scheme, in any case (whether a common word such as
  "construction" names a sector in its context stays ``sectors.sectors``' decision).

The ruler only finds (``doc.spans["kzgraph"]``, overlaps kept); ``gazetteer`` turns its spans into
mentions, the finders (``names.py``, ``sectors.py``) keep the longest, and ``mentions.prefer``
decides between them and the model's entities. Names in context (a core name with a region word or
in a list, titled persons, programs with their suffixes and ordinals) stay patterns over the text
(``names.py``, ``programs.py``), and so does the whole rules-only extractor (``--model none``),
which neither imports spaCy nor tokenises.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference, regions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "kzgraph_gazetteer"
SPANS_KEY = "kzgraph"
LABELS = ("region", "person", "sector")


@cache
def patterns() -> tuple[dict, ...]:
    """The ruler's phrase patterns: every name in the spellings ``alternation.flex`` allows (a
    hyphen or a space between words, either apostrophe, "-skaya" or "-skaja"), each with its
    reference key as ``id``.

    >>> spellings = {p["pattern"] for p in patterns() if p["id"] == "region/west-kazakhstan"}
    >>> sorted(s for s in spellings if s.startswith("West"))[:3]
    ['West Kazakhstan', 'West Kazakhstan Province', 'West Kazakhstan Region']
    """
    found = []
    for name, key in sorted(regions.bare_region_names().items()):
        found += _patterns("region", name, key)
    for person in reference.persons():
        for name in person.names:
            if name[:1].isupper():
                found += _patterns("person", name, person.key)
    for sector in reference.sectors():
        for name in sector.names:
            found += _patterns("sector", name.lower(), sector.key)
    return tuple(found)


def _patterns(label: str, name: str, key: str) -> list[dict]:
    """One phrase pattern per spelling of a name.

    >>> [p["pattern"] for p in _patterns("region", "Akmolinskaya oblast’", "k")]
    ["Akmolinskaja oblast'", 'Akmolinskaja oblast’', "Akmolinskaja-oblast'", 'Akmolinskaja-oblast’', "Akmolinskaya oblast'", 'Akmolinskaya oblast’', "Akmolinskaya-oblast'", 'Akmolinskaya-oblast’']
    """
    words = re.split(r"[\s-]+", name.strip())
    spellings = {""}
    for i, word in enumerate(words):
        forms = {word, _YA.sub("ja", word), _YA.sub("ya", word)}
        forms = {f.replace("’", "'") for f in forms} | {f.replace("'", "’") for f in forms}
        joins = ("",) if i == 0 else (" ", "-")
        spellings = {s + j + f for s in spellings for j in joins for f in forms}
    return [{"label": label, "pattern": s, "id": key} for s in sorted(spellings)]


_YA = re.compile(r"(?<=[a-z])[jy]a")


def add_to(nlp: Language) -> None:
    """Add the gazetteer rulers to a pipeline (after its entity recogniser), once: one for the
    names matched as written (regions, persons), one for those matched in any case (sectors).
    Overlapping spans are all kept: the finders choose among them."""
    if NAME in nlp.pipe_names:
        return
    for name, attr, labels in ((NAME, "ORTH", ("region", "person")),
                               (NAME + "_lower", "LOWER", ("sector",))):
        ruler = nlp.add_pipe("span_ruler", name=name, config={
            "spans_key": SPANS_KEY, "annotate_ents": False, "validate": False,
            "overwrite": False, "phrase_matcher_attr": attr})
        with nlp.select_pipes(enable=[]):  # a phrase pattern of ORTH or LOWER needs only
            # the tokenizer; spaCy would otherwise run the whole model over every pattern
            ruler.add_patterns([p for p in patterns() if p["label"] in labels])


def gazetteer(doc: Doc, label: str) -> list[Mention]:
    """The ruler's mentions of one label, each with its reference key and ``ruler:<label>``;
    a name joined by a hyphen to another word is part of that word ("mining-processing plant").

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("Plants in Shymkent and the Karaganda region; a mining-processing "
    ...                      "plant, a mining plant.")
    >>> [(m.text, m.key, m.rule) for m in gazetteer(doc, "region")][0]
    ('Shymkent', 'region/shymkent', 'ruler:region')
    >>> [(m.start, m.key) for m in gazetteer(doc, "sector")]
    [(74, 'sector/mining')]
    """
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ()
    text = doc.text
    return [Mention(s.start_char, s.end_char, s.text, label, f"ruler:{label}", s.id_)
            for s in spans if s.label_ == label
            and text[s.start_char - 1 : s.start_char] != "-" and text[s.end_char:][:1] != "-"]
