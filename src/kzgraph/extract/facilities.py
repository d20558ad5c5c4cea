"""Facilities named as proper nouns ("the Aktogay Mining and Processing Plant", "Pavlodar
Aluminium Smelter"), and where such a name stands for the business that runs the facility.

The same words name a plant and, often, the company that runs it. A sentence that builds,
launches or places the facility means the facility; one where it signs, says, invests or builds
something else means the business ("Ust-Kamenogorsk Titanium-Magnesium Plant signed a
contract"). With a legal form ("JSC Kazakhstan Electrolysis Plant") the name is a business's.
With the model, ``parsed`` reads such names as the dependency parse compounds them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference

if TYPE_CHECKING:  # spaCy is imported by the model's loader only
    from spacy.tokens import Doc


def named(text: str, begin: int, sentence: str) -> list[Mention]:
    """Facilities a sentence (at ``begin`` in ``text``) names as proper nouns: capitalised
    words, two of them maybe joined by "and", before a capitalised facility noun; none with a
    legal form before or after it, none acting as a business (a possessive or a verb of
    business after it), and without the words that start sentences ("The", "Kazakh").

    >>> t = "The Aktogay Mining and Processing Plant and Steppe Glass Factory LLP opened."
    >>> [m.key for m in named(t, 0, t)]
    ['Aktogay Mining and Processing Plant']
    >>> t = "Ust-Kamenogorsk Titanium-Magnesium Plant signed a contract."
    >>> named(t, 0, t)
    []
    >>> t = "The Dry Port of the Khorgos Dry Port opened."  # a head of two words alone is none
    >>> [m.key for m in named(t, 0, t)]
    ['Khorgos Dry Port']
    >>> t = "X commissions the 150 MW Tupkaragan Wind Farm."
    >>> [m.key for m in named(t, 0, t)]
    ['Tupkaragan Wind Farm']
    """
    pattern, legal_before, acting_after = _patterns()
    # no unit is a name's first word ("the 150 MW Tupkaragan Wind Farm")
    stop = {*reference.rules()["name_stop_words"], *reference.rules()["project_modifier_units"]}
    found = []
    for match in pattern.finditer(sentence):
        words = match.group("name").split()
        while words and words[0] in stop:
            words.pop(0)
        if (len(words) <= len(match.group("head").split()) or words[0] == "and"
                or legal_before.search(sentence, 0, match.start())
                or acting_after.match(sentence, match.end())):
            continue
        start, end = begin + match.end() - len(" ".join(words)), begin + match.end()
        found.append(Mention(start, end, text[start:end], "project", "project-named",
                             " ".join(text[start:end].split())))
    return found


def acting(doc: Doc, facility: Mention) -> bool:
    """Whether the parse has a named facility act as a business: the subject of a verb of
    business (``business_act_verbs``: "X Plant signed"), or of a verb of building with an
    object of its own ("X Plant will build a new shop"), or an owner ("X Plant's director").

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The Ekibastuz Steel Plant will be built by 2026.")
    >>> acting(doc, Mention(4, 25, "Ekibastuz Steel Plant", "project", "project-named"))
    False
    """
    span = doc.char_span(facility.start, facility.end, alignment_mode="expand")
    if span is None:
        return False
    head = span[-1]
    if head.dep_ == "poss" or head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS":
        return True
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    return verb.lemma_ in _business_acts() or verb.lemma_ in reference.building_verbs() and any(
        c.dep_ == "dobj" for c in verb.children)


def parsed(doc: Doc) -> list[Mention]:
    """Facilities named as proper nouns: capitalised words before a capitalised facility noun
    ("Sastobe Innovation Complex", "Aktobe Copper Mine"), as the parse compounds them.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The Sastobe Innovation Complex was launched in 2021.")
    >>> [(m.text, m.rule) for m in parsed(doc)]
    [('Sastobe Innovation Complex', 'dep:named-facility')]
    """
    heads = frozenset(reference.rules()["named_facility_heads"])
    found = []
    for token in doc:
        if not token.text[:1].isupper() or token.tag_ != "NNP":
            continue
        first = doc[token.i - 1] if token.i else None  # a head of two words: "Dry Port"
        if first is not None and f"{first.lower_} {token.lower_}" in heads and (
                first.text[:1].isupper() and not first.is_sent_start):
            words = [first, token]
        elif token.lower_ in heads:
            words = [token]
        else:
            continue
        head = len(words)
        while words[0].i > 0 and (before := doc[words[0].i - 1]).head.i in (
                token.i, *(w.i for w in words)) and before.dep_ in ("compound", "amod") \
                and before.text[:1].isupper() and not before.is_sent_start:
            words.insert(0, before)
        if len(words) <= head or words[0].ent_type_ in ("GPE", "NORP") and len(words) == head + 1:
            continue  # "Almaty Plant" is a place and a word
        start, end = words[0].idx, token.idx + len(token)
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "project", "dep:named-facility", text))
    return found


@cache
def _business_acts() -> frozenset[str]:
    return frozenset(reference.rules()["business_act_verbs"])  # the lemmas


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A run of capitalised words ending in a capitalised facility noun, with no legal form
    after it; a legal form just before where such a run starts; a possessive or a verb of
    business right after a name."""
    rules = reference.rules()
    heads = "|".join(sorted((h.title() for h in rules["named_facility_heads"]), key=len,
                            reverse=True))
    legal = reference.escaped("org_legal_forms")
    word = r"[A-Z][\w-]*"
    pattern = re.compile(rf"(?<![\w-])(?P<name>(?:{word}\s+(?:and\s+)?){{1,5}}(?P<head>{heads}))"
                         rf"(?![\w-])(?!\s+(?:{legal})(?![\w-]))")
    legal_before = re.compile(rf"(?<![\w-])(?:{legal})\s*[\"“«]?$")
    acts = "|".join(f for forms in rules["business_act_verbs"].values() for f in forms)
    acting_after = re.compile(rf"(?:['’]s\b|,?\s+(?:(?:has|have|had|will|would|is|was)\s+)?"
                              rf"(?:{acts})\b)")
    return pattern, legal_before, acting_after
