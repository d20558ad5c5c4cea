"""Organizations the dependency parse shows building, launching or running a facility, where
the model tagged no entity for them or a person a cue noun calls a business (``parse`` cleans
and types the model's own entities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention
from . import reference
from .orgnames import core_name
from .parse import NAME_PARTS, before_cue, rule_words, stands_as_company

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def builders(doc: Doc) -> list[Mention]:
    """Organizations the parse shows building, launching or running something: the proper-noun
    subject (no pronoun) of a building verb whose object is a facility ("QazMunaiHim will build
    a plant", "Tatneft plans to build a plant") or the agent of its passive ("built by X"), where
    the model tagged no entity or a person a cue noun calls a business ("the company X Y").

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("TATNEFT is constructing a tire plant in Karaganda region.")
    >>> [(m.text, m.rule, m.key) for m in builders(doc)]
    [('TATNEFT', 'dep:nsubj-builder', 'company:TATNEFT')]
    """
    words = rule_words()
    heads = words["project_heads"]
    found = []
    for verb in doc:
        if verb.lemma_ not in reference.building_verbs() or verb.pos_ not in ("VERB", "AUX"):
            continue
        built = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(t.lemma_.lower() in heads for t in (*built, *_acl_head(verb))):
            continue
        for subject, how in _builders_of(verb):
            tokens = [*(c for c in subject.subtree if c.dep_ in NAME_PARTS and c.i < subject.i
                        and c.ent_type_ not in _WHEN), subject]  # "Aktobe Chrome Compounds"
            called, tokens = _called(subject, tokens)
            if (subject.ent_type_ or any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tokens)
                    ) and not (called and all(t.ent_type_ in ("PERSON", "") for t in tokens)):
                continue  # a person the sentence calls a business builds all the same
            if not all(t.text[:1].isupper() for t in tokens) or tokens[0].is_sent_start and (
                    len(tokens) == 1 and not stands_as_company(subject)):
                continue
            if tokens[0].lower_ in words["generic"] or subject.pos_ == "PRON" or any(
                    t.text in words["stop"] for t in tokens) or tokens == [subject] and (
                    subject.text in words["alone"]):
                continue  # "You are building a kiln line", "The JV, X LLP, will build": no name
            start, end = tokens[0].idx, subject.idx + len(subject)
            text = doc.text[start:end]
            found.append(Mention(start, end, text, "organization", f"dep:{how}-builder",
                                 f"company:{core_name(text)}"))
    return found


_WHEN = frozenset({"DATE", "TIME"})


def _called(name: Token, tokens: list[Token]) -> tuple[bool, list[Token]]:
    """Whether a cue noun calls a builder's name a business, in apposition ("the company X Y")
    or compounded before it ("the Kazakh company X Y"), and the name's words after that noun."""
    cues = rule_words()["cues"]
    at = [k for k, t in enumerate(tokens) if t.is_lower and t.lemma_ in cues]
    if name.dep_ == "appos" and name.head.is_lower and name.head.lemma_ in cues or (
            name.dep_ in NAME_PARTS and before_cue(name)):
        return True, tokens  # "the company X Y", "the X Y cooperative"
    return (True, tokens[at[-1] + 1:]) if at and tokens[at[-1] + 1:] else (False, tokens)


def _acl_head(verb: Token) -> tuple[Token, ...]:
    """The noun a participle describes ("a plant built by ..."), if it is one."""
    return (verb.head,) if verb.dep_ == "acl" else ()


def _builders_of(verb: Token) -> list[tuple[Token, str]]:
    """Who does what a building verb says: its subject, or that of the verb of intent it
    completes ("plans to build"), and the agent of its passive ("built by")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    return [(_named(s), "nsubj") for s in subjects] + [(_named(a), "agent") for a in agents]


def _named(token: Token) -> Token:
    """The name in apposition to a common noun ("the Kazakh-Chinese company Asia Auto"), or
    right before the cue noun ("the Kyzyl Tan agricultural cooperative"), or the token itself."""
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" or (
                    child.dep_ in NAME_PARTS and child.pos_ == "PROPN" and before_cue(child)):
                return child
    return token
