"""What the statistical model reads: names it has never seen.

The model's PERSON and ORG entities are candidates that this module cleans (a leading "the",
a possessive, a title or a place stuck to a name) and types; the rules' mentions take
precedence where both read the same words (``mentions.prefer``). The dependency parse adds
the organizations that build facilities (``builders``, and ``facilities.parsed`` the
facilities named as proper nouns); ``surnamed`` the persons the model calls something else.
How the mentions are related (a project's company and status) is ``relations.py`` and
``statuses.py``.

Every mention keeps the component that found it as its rule: ``ner:PERSON``, ``dep:poss``...
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference, surnamed, terms
from .orgnames import SEATS, core_name, org_kind
from .owned import owns_facility
from .surnamed import NAME_TOKEN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


NAME_PARTS = ("compound", "nmod")
_OWNER_LABELS = frozenset({"PERSON", "NORP", "FAC", "WORK_OF_ART"})  # what a plant's owner is read


@cache
def rule_words() -> dict[str, frozenset[str]]:
    rules = reference.rules()
    titles = {w for t in rules["role_titles"] for w in t.split()}
    return {
        "titles": frozenset(w.lower() for w in titles) | frozenset(
            w.lower() for w in rules["model_title_words"]),
        "stop": frozenset(rules["name_stop_words"]) | frozenset(rules["countries"]),
        "generic": frozenset(w.lower() for w in rules["org_generic_words"]),
        "legal": frozenset(rules["org_legal_forms"] + rules["org_prefix_forms"]),
        "kinds": frozenset(w for ws in rules["org_kind_words"].values() for w in ws),
        "places": frozenset(rules["org_place_words"]), "countries": frozenset(rules["countries"]),
        "not_org": frozenset(rules["org_not_words"]), "alone": reference.place_names() | set(rules["term_acronyms"]),
        "business": frozenset(rules["org_name_words"]),
        "no_person": frozenset(rules["org_name_words"] + rules["media_name_words"]),
        "patronymic": frozenset(rules["patronymic_endings"]),
        "cues": frozenset(rules["org_cue_nouns"]), "parts": frozenset(rules["org_part_nouns"]),
        "project_heads": frozenset(rules["project_heads"]),
        "towns": frozenset(n for r in reference.regions() for n in (*r.names, *r.blocked)),
    }


def persons(doc: Doc) -> list[Mention]:
    """People the model names, cleaned: two or more capitalised words, no title, no place.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The plant was opened, said Yerbol Kanafin, Deputy Chairperson.")
    >>> [(m.text, m.rule, m.key) for m in persons(doc)]
    [('Yerbol Kanafin', 'ner:PERSON', 'name:Yerbol Kanafin')]
    """
    words = rule_words()
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        tokens = [t for t in ent if not t.is_punct and t.text not in ("'s", "’s")]
        while tokens and (tokens[0].text in words["stop"] or tokens[0].lower_ in words["titles"]
                          or tokens[0].ent_type_ in ("GPE", "LOC", "NORP")
                          or tokens[0].tag_ != "NNP"):
            tokens.pop(0)
        while tokens and (tokens[-1].tag_ != "NNP" or tokens[-1].lower_ in words["titles"]):
            tokens.pop()
        before = doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
        if before is not None and tokens[0].text.endswith(tuple(words["patronymic"])) and (
                before.tag_ == "NNP" and NAME_TOKEN.match(before.text)
                and before.text not in words["stop"] and before.lower_ not in words["titles"]):
            tokens.insert(0, before)  # "Nurlan Abdulovich Nogayev": the first name too
        if len(tokens) < 2 or len(tokens) > 4 or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            continue
        if not all(NAME_TOKEN.match(t.text) for t in tokens):
            continue
        if any(t.text in words["legal"] or t.text in words["kinds"] or t.lower_ in words["titles"]
               for t in tokens) or any(t.text in words["no_person"] for t in ent) or owns_facility(
                   tokens, words["project_heads"]) or tokens[-1].text in words["countries"]:
            continue  # "Kazakh Invest", "Jushi Kazakhstan", "Semey Today": no person
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        end = min(ent.end_char, m.end()) if (m := _LOWER_PART.match(doc.text, end)) else end
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "person", "ner:PERSON", f"name:{text}"))
    return found + surnamed.persons(doc)


def organizations(doc: Doc, publisher: str = "") -> list[Mention]:
    """Organizations the model names, cleaned and typed (company, ministry, agency, other).

    ``publisher`` is the article's outlet as a lowercase word (see ``publisher_word``): a news
    agency's own name is a byline, not an organization of the story.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The plant was built by Tatneft, a Russian oil company.")
    >>> [(m.text, m.rule, m.key) for m in organizations(doc)]
    [('Tatneft', 'ner:ORG', 'company:Tatneft')]
    """
    words, persons_named = rule_words(), surnamed.surnames(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and any(
                t.text in words["business"] for t in ent) or ent.label_ in _OWNER_LABELS
                and owns_facility(list(ent), words["project_heads"])):  # or owns a plant
            continue  # a name with a business word is an organization's, whatever the model says
        tokens = list(ent)
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")
                          or tokens[0].text in words["stop"] and not (
                              len(tokens) > 1 and tokens[1].text in words["business"])
                          and not _country_named(tokens)):
            tokens.pop(0)  # but "Kazakh Invest" and "Korea Eximbank" keep their first word
        while tokens and (tokens[-1].is_punct or tokens[-1].text in ("'s", "’s")):
            tokens.pop()
        if not tokens or surnamed.name_at_end(tokens) or terms.heading(tokens) or len(tokens) == 1 \
                and (tokens[0].text in persons_named or tokens[0].pos_ == "PRON") or any(
                    "\n" in t.whitespace_ or "\n" in t.text for t in tokens[:-1]):
            continue  # a person's, a pronoun, a line break in it, a heading ("FARMER TO FARMER")
        if not tokens[0].text[:1].isupper() or not tokens[-1].text[:1].isupper():
            continue
        if any(_NOT_IN_NAME.search(t.text) or (t.is_lower and t.lower_ not in _CONNECTORS)
               for t in tokens):
            continue  # a date, a web address, a credit line, a headline's words
        if {tokens[0].text, tokens[-1].text} & words["places"]:
            continue  # "FEZ Qyzyljar", "Saran industrial zone": a place
        if len(tokens) == 1 and (tokens[0].text in words["alone"] or terms.no_business(tokens[0])
                                 or not (stands_as_company(tokens[0])
                                         or _acts_as_company(tokens[0]))):  # "Kostanay", "PVC"
            continue
        if (len(tokens) == 3 and tokens[1].text == "-" and not tokens[1].whitespace_
                and tokens[2].text not in words["business"]):  # but "Samruk-Energy"
            continue  # "Borzhakty-Yersai", "Kassym-Jomart": a route or a double first name
        if any(t.text in words["not_org"] for t in tokens) or (
                tokens[0].lower_ in words["generic"] and tokens[0].lower_ != "ministry"):
            continue  # a program, an event, "the Government of Kazakhstan"
        if publisher and publisher in "".join(t.lower_ for t in tokens):
            continue  # the outlet that published the article
        body = any(t.text in words["kinds"] for t in tokens)  # "Institute of X", "Bank of Y"
        if any(t.lower_ in words["titles"] and t.text not in words["kinds"]
               and not (body and t.lower_ in _CONNECTORS) for t in tokens):
            continue  # "Head of Government", "Akim of Almaty": a role, not a body
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if doc.text.startswith(tuple(f"-{seat}" for seat in SEATS), end):
            continue  # "Abu Dhabi-based X": a place
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "organization", "ner:ORG",
                             f"{org_kind(text)}:{core_name(text)}"))
    return found


def called_companies(doc: Doc) -> list[Mention]:
    """Proper names the sentence calls a business, whatever the model tagged them: a cue noun
    (``org_cue_nouns``) before the name or in apposition to it, also after a coordination
    ("Russian carmaker Kamaz", "its French partner Orano", "X, a copper and gold producer").

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("Russian carmaker Kamaz opened an assembly line.")
    >>> [(m.text, m.rule, m.key) for m in called_companies(doc)]
    [('Kamaz', 'dep:called-company', 'company:Kamaz')]

    A name right before the cue noun is one too: "the Kazphosphate company".

    A part of a business (``org_part_nouns``) and its parent are companies too: "Kazzinc, a
    subsidiary of Glencore", "Glencore's unit Kazzinc".
    """
    words = rule_words()
    cues, parts = words["cues"], words["parts"]
    found = []
    for token in doc:
        # a name's last word, also before a cue noun ("the X company", "the X Y wealth fund")
        cued = token.dep_ in NAME_PARTS and before_cue(token) or token.dep_ == "compound" and (
            token.head.lemma_ in cues and token.head.is_lower and token.i > 0
            and doc[token.i - 1].head == token and token.ent_type_ not in ("GPE", "LOC"))
        if token.tag_ != "NNP" or token.dep_ in NAME_PARTS and not cued:
            continue
        near = [c for c in token.children if c.dep_ in ("compound", "appos")] + [token.head] * cued
        near += [c for a in near if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"]
        if token.dep_ == "appos":
            near.append(token.head)
        if not any(t.is_lower and t.lemma_ in cues for t in near) and not (
                (_parent(token) or any(t.is_lower and t.lemma_ in parts for t in near))
                and token.ent_type_ not in ("GPE", "LOC", "NORP")):
            continue  # "Astana, a unit of ...": a place
        first = token
        while first.i > 0 and doc[first.i - 1].head.i == token.i and (
                doc[first.i - 1].tag_ in ("NNP", "HYPH")) and not doc[first.i - 1].is_lower:
            first = doc[first.i - 1]
        tokens = [t for t in doc[first.i:token.i + 1] if t.tag_ != "HYPH"]
        if tokens[0].lower_ in words["generic"] or any(  # not "the company Sunway Energy"
                t.text in words["stop"] or t.lower_ in words["titles"] or t.text in words["places"]
                or t.text in words["not_org"] or not NAME_TOKEN.match(t.text)
                and not t.text.isupper() for t in tokens):
            continue  # "Kazakh company X" starts after "Kazakh"; no place, title or country
        start, end = first.idx, token.idx + len(token)
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "organization", "dep:called-company",
                             f"{org_kind(text)}:{core_name(text)}"))
    return found


def listed_with(doc: Doc, orgs: list[Mention]) -> list[Mention]:
    """Proper names listed with an organization found elsewhere ("QazMunaiHim and TATNEFT"):
    organizations too, whatever the model tagged them, but no place, person or common word.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("Aral Copper LLP and Glencore signed it.")
    >>> [(m.text, m.rule) for m in listed_with(doc, [Mention(0, 15, "Aral Copper LLP",
    ...                                                      "organization", "org-legal-suffix")])]
    [('Glencore', 'dep:conj-org')]
    """
    words = rule_words()
    found = []
    for org in orgs:
        last = doc.char_span(org.start, org.end, alignment_mode="expand")[-1]
        listed = [c for c in last.children if c.dep_ == "conj"]
        if last.dep_ == "conj":
            listed += [last.head, *(c for c in last.head.children if c.dep_ == "conj")]
        for token in listed:
            if token is last or not token.text[:1].isupper() or any(
                    o.start <= token.idx < o.end for o in orgs) or any(
                    c.dep_ == "det" for c in token.children):
                continue  # "X LLP and the Ekibastuz GRES": a thing the article points at
            first = token
            while first.i > 0 and doc[first.i - 1].head.i == token.i and (
                    doc[first.i - 1].tag_ in ("NNP", "HYPH") or doc[first.i - 1].text == "-"):
                first = doc[first.i - 1]
            tokens = [t for t in doc[first.i:token.i + 1] if t.text != "-"]
            odd = len(tokens) == 1 and stands_as_company(token)  # "TATNEFT", "KazMunayGas"
            if any(t.text in words["stop"] or t.lower_ in words["generic"] or t.lower_ in
                   words["titles"] or t.text in words["places"] or t.text in words["not_org"]
                   or not NAME_TOKEN.match(t.text) and not t.text.isupper() for t in tokens
                   ) or token.ent_type_ in ("PERSON", "DATE", "MONEY", "CARDINAL") or len(
                    tokens) == 1 and token.text in words["alone"] or (
                    token.ent_type_ in ("GPE", "LOC", "NORP") and not odd):
                continue  # a place, a person, a title, a common word or a term ("and KZT")
            start, end = first.idx, token.idx + len(token)
            text = doc.text[start:end]
            found.append(Mention(start, end, text, "organization", "dep:conj-org",
                                 f"{org_kind(text)}:{core_name(text)}"))
    return found


def before_cue(token: Token) -> bool:
    """The last word of a name right before the cue noun it modifies, or an adjective on it
    ("the Kazphosphate company", "the Kyzyl Tan agricultural cooperative"), where no name
    follows the noun ("the Aral company Orda Leather") and the name is no place or nationality."""
    cue, words = token.head, rule_words()
    between = token.doc[token.i + 1:cue.i] if cue.i > token.i else ()
    return (len(between) <= 1 and all(t.dep_ == "amod" and t.is_lower for t in between)
            and cue.i > token.i and cue.is_lower and cue.lemma_ in words["cues"]
            and token.ent_type_ not in ("GPE", "NORP") and token.text not in words["towns"]
            and not (cue.i + 1 < len(token.doc) and token.doc[cue.i + 1].tag_ == "NNP"))


def _parent(token: Token) -> bool:
    """The name is the business another is a part of: "a subsidiary of X", "X's unit"."""
    of, parts = token.head, rule_words()["parts"]
    return of.lemma_ in parts if token.dep_ == "poss" else (
        token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in parts
        and of.head.dep_ in ("appos", "attr"))


_LOWER_PART = re.compile(r"-[a-z]+(?![\w-])")  # "Lee Sang-hoon": the model's person
_NOT_IN_NAME = re.compile(r"\d|/|\.[a-z]{2,3}$|^[a-z]+\.[a-z]")
_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "&", "-"})


def _country_named(tokens: list[Token]) -> bool:
    """A country that starts a name of proper nouns, of two words the other no name alone ("Korea
    Eximbank"), or longer ("Kazakhstan Temir Zholy"): part of the name, not a place before it."""
    return len(tokens) >= 2 and tokens[0].text in rule_words()["countries"] and all(
        t.tag_ == "NNP" for t in tokens[1:]) and (
            len(tokens) > 2 or not stands_as_company(tokens[1]))


def stands_as_company(token: Token) -> bool:
    """A one-word name is an organization only when it looks like no ordinary word (an acronym,
    capitals inside: "TATNEFT", "QazMunaiHim") or the sentence calls it a company ("Tatneft,
    the oil company"); a lone capitalised word is as often a town or a brand.

    Its words may not be generic ("Government", "State").
    """
    words = rule_words()
    text = token.text
    if token.lower_ in words["generic"] or len(text) < 3:
        return False
    if text.isupper() or any(c.isupper() and text[i] != "-" for i, c in enumerate(text[1:])):
        return True  # capitals inside, not after a hyphen ("Borzhakty-Yersai" is a route)
    if _parent(token):
        return True  # "a subsidiary of Glencore", "Polymetal's unit"
    kinds = {w.lower() for w in words["kinds"]} | words["parts"]
    near = [*token.children, token.head]
    return any(t.lemma_.lower() in kinds and t.dep_ in ("appos", "compound") or
               t.lemma_.lower() in kinds and token.dep_ in ("appos", "compound")
               for t in near if t is not token)


def _acts_as_company(token: Token) -> bool:
    """A one-word name the model reads as an organization whose sentence treats it as a
    business: a country's ("Germany's Knauf"), the subject of a verb of building or investing in
    a facility or an amount ("Knauf will invest €40m in a plant"), or listed with another
    organization that stands as one ("Allur Group and Hyundai", "X, Kazzinc and ENRC")."""
    words = rule_words()
    if any(c.dep_ == "poss" and c.text in words["countries"] for c in token.children):
        return True
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ in reference.building_verbs():
        subject = set(token.subtree)
        if any(t.lemma_.lower() in words["project_heads"] or t.ent_type_ == "MONEY"
               for t in verb.subtree if t not in subject):
            return True  # a facility or an amount: not "Temirtau will build a school"
    listed = [c for c in token.children if c.dep_ in ("conj", "appos")]
    if token.dep_ in ("conj", "appos"):
        listed.append(token.head)
    places = rule_words()["places"]
    for t in listed:
        entity = next(e for e in t.doc.ents if e.start <= t.i < e.end) if t.ent_type_ == "ORG" \
            else ()  # the model's entity through t
        if entity and not any(w.text in places for w in entity) and (
                len(entity) > 1 or stands_as_company(t)):
            return True  # not "the city of Saran, Karaganda Region"
    return False
