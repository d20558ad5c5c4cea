"""How a sentence hangs together: a project's company and status from the dependency parse.

The company comes from possessives, compounds, ``by``/``of`` attachments, the agent of a
participle or passive, the subject of the verb that builds it, or a later sentence that calls
the project by its bare noun; the status from the governing verb's lemma, tense, aspect and
modality, a building clause after the project, or an event noun ("the opening of").
Each relation keeps the path that gave it as its rule: ``dep:poss``, ``dep:launch-past``...
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference
from .parse import building_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def head_token(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head of a mention's words (None where they are not whole tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def company(doc: Doc, project: Mention, organizations: list[Mention]) -> tuple[Mention, str] | None:
    """The organization that builds, owns or runs a project, as the parse ties them, and how.

    From the project's head up the tree, at most a few steps: a possessive or compound
    ("Maslodel LLP's dairy plant"), an ``of``/``by`` attachment ("facilities of Qarmet JSC,
    including the metallurgical plant"), the agent of a passive ("built by Qarmet") or the
    subject of an active verb that builds, launches or runs it ("Qarmet will build a plant",
    "X and Y were implementing the initiative to build the plant"); not the subject of a verb
    whose object is something else at the project ("Kamaz opened a line at the Y plant").
    Failing those, the company "its" before the project stands for.
    """
    head = head_token(doc, project)
    if head is None:
        return None
    companies = [o for o in organizations if o.key.startswith("company:")]

    def org_at(token: Token) -> Mention | None:
        return next((o for o in companies if o.start <= token.idx < o.end), None)

    return _climb(head, org_at) or _its_owner(head, org_at)


def _climb(head: Token, org_at) -> tuple[Mention, str] | None:
    """The owner the parse names above a project's head (``company``), at most six steps up."""
    node, steps, work = head, 0, False
    building = reference.rules()["verb_status"]["building_nouns"]
    while steps < 6:
        found = _owner_of(node, org_at, verbs=steps > 0 or node.pos_ in ("VERB", "AUX"),
                          work=work)
        work = work or node.lemma_.lower() in building  # "the construction of the plant"
        if found:
            return found
        if node.dep_ == "ROOT" or node.dep_ not in _CLIMB:
            return None
        if _at_something_else(node):
            return None  # "X opened a line at the Y plant": the line is X's, not the plant
        node, steps = node.head, steps + 1
    return None


def _its_owner(head: Token, org_at) -> tuple[Mention, str] | None:
    """The company "its" stands for before a project ("X said its new plant...", "X was
    founded in 2015. Its new plant..."): the subject of a verb above the project in its
    sentence, else the subject of the sentence before."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    node = head
    while node.dep_ != "ROOT":
        node = node.head
        if (found := _subject_org(node, org_at)) is not None:
            return found, "dep:its-subject"
    sentence = head.sent
    if sentence.start == 0:
        return None
    before = head.doc[sentence.start - 1].sent.root
    found = _subject_org(before, org_at)
    return found and (found, "dep:its-before")


def _subject_org(verb: Token, org_at) -> Mention | None:
    """The organization that is a verb's subject."""
    return next((org for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (org := _org_in(c, org_at))), None)


def later_company(doc: Doc, start: int, end: int,
                  organizations: list[Mention]) -> tuple[Mention, str, int] | None:
    """The company a later sentence gives a project it calls by its bare head noun: "The
    project is being implemented by X", "The plant will be built by X" (between ``start`` and
    ``end``, where no other project is named), how, and where that sentence's "The project"
    starts (the evidence is that sentence, not the text between).
    """
    companies = [o for o in organizations if o.key.startswith("company:")]
    heads = set(reference.rules()["project_heads"])

    def org_at(token: Token) -> Mention | None:
        return next((o for o in companies if o.start <= token.idx < o.end), None)

    span = doc.char_span(start, end, alignment_mode="contract")
    for token in span if span is not None else ():
        if token.lemma_.lower() not in heads or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        children = list(token.children)
        if any(c.dep_ in ("compound", "amod", "poss") for c in children) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in children):
            continue  # not "the project" alone: another one
        if found := _owner_of(token.head, org_at, verbs=True):
            anaphor = min(c.idx for c in (token, *children) if c.dep_ == "det" or c is token)
            return found[0], "dep:later-" + found[1].split(":", 1)[1], anaphor
    return None


def _at_something_else(token: Token) -> bool:
    """Whether a token is an ``at`` that places what a verb acts on at the project: "opened a
    line at the plant", "started a shop at the plant" (the line and the shop are what is
    opened and started, not the plant), but not the plant's own work ("launched production at
    the plant")."""
    if token.dep_ != "prep" or token.lower_ != "at":
        return False
    objects = [token.head] if token.head.dep_ == "dobj" else [
        c for c in token.head.children if c.dep_ == "dobj"]
    rules = reference.rules()
    own_work = {*rules["production_words"], *rules["verb_status"]["work_nouns"]}
    return any(o.lemma_.lower() not in own_work for o in objects)


# The relations along which a project's company is looked for above its head.
_CLIMB = frozenset({"dobj", "pobj", "prep", "appos", "conj", "acl", "xcomp", "relcl", "nsubjpass",
                    "attr", "advcl", "nsubj", "oprd", "npadvmod"})


def _owner_of(node: Token, org_at, *, verbs: bool,
              work: bool = False) -> tuple[Mention, str] | None:
    """The organization one node of the climb names as owner or builder; ``work``: the climb
    passed the building of the project ("the construction of the plant is carried out by X")."""
    for child in node.children:
        if child.dep_ in ("poss", "compound", "nmod", "appos") and (org := _org_in(child, org_at)):
            return org, f"dep:{child.dep_}"
        if child.dep_ == "appos" and (org := _org_of(child, org_at)):
            return org, "dep:appos-of"  # "the factory, a joint venture of X and Y"
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from") and node.pos_ != "VERB":
            for obj in child.children:  # a name, not a thing named after one ("of PVC pipes")
                if obj.dep_ == "pobj" and obj.text[:1].isupper() and (
                        org := _org_in(obj, org_at)):
                    return org, f"dep:prep-{child.lower_}"
        for clause in _clauses(node, child):
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for obj in agent.children:  # "a mill built by X", "which is being built by X"
                    if obj.dep_ == "pobj" and (org := _org_in(obj, org_at) or _org_of(obj, org_at)):
                        return org, f"dep:{clause.dep_}-agent"
    if verbs and node.lemma_ == "be" and (found := _owner_named(node, org_at)):
        return found
    if not verbs or node.pos_ not in ("VERB", "AUX") or not (
            node.lemma_ in building_verbs() or _phrase_status(node)
            or work and node.lemma_.lower() in _words("doing_verbs")):
        return None
    for child in node.children:
        if child.dep_ == "nsubj" and child.lower_ in ("it", "they") and node.dep_ == "ccomp":
            for said in node.head.children:  # "X said it had commissioned a plant"
                if said.dep_ == "nsubj" and (org := _org_in(said, org_at)):
                    return org, "dep:ccomp-nsubj"
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and (org := _org_in(obj, org_at) or _org_of(obj, org_at)):
                    return org, "dep:agent"
        if child.dep_ == "nsubj" and (org := _org_in(child, org_at)):
            return org, "dep:nsubj"
        if child.dep_ == "nsubj" and (org := _org_of(child, org_at)):
            return org, "dep:nsubj-of"
    if node.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in node.children):
        for child in node.head.children:  # "X plans to build a plant"
            if child.dep_ == "nsubj" and (org := _org_in(child, org_at)):
                return org, "dep:nsubj-intent"
    if node.dep_ == "acl" and node.head.dep_ == "dobj" and (
            node.head.lemma_.lower() in _words("intent_nouns")):
        for child in node.head.head.children:  # "X announced plans to build a plant"
            if child.dep_ == "nsubj" and (org := _org_in(child, org_at)):
                return org, "dep:nsubj-plans"
    return None


def _clauses(node: Token, child: Token) -> list[Token]:
    """The participle or relative clauses of building, owning or running a child of a noun
    says: its own ("a mill built by X"), or, set off by a comma, those the parse hangs from
    the place after it ("the plant in Ekibastuz, owned by X")."""
    if child.dep_ in ("acl", "relcl"):
        return [child] if child.lemma_ in building_verbs() else []
    if child.dep_ != "prep" or child.lower_ not in ("in", "near", "at"):
        return []
    return [c for place in child.children if place.dep_ == "pobj" and place.pos_ == "PROPN"
            for c in place.children if c.dep_ in ("acl", "relcl")
            and c.lemma_ in building_verbs() and c.i > 0 and c.doc[c.i - 1].text == ","]


def _org_in(token: Token, org_at) -> Mention | None:
    """The organization a token, its compounds, its coordinated nouns or the name in apposition
    to it ("the Aktobe-based company X") name (the first)."""
    for t in (token, *(c for c in token.children
                       if c.dep_ in ("compound", "poss", "conj", "appos"))):
        if org := org_at(t):
            return org
    return None


def _org_of(token: Token, org_at) -> Mention | None:
    """The organization a common noun for a business belongs to: "the joint venture of X and
    Y", "a venture between X and Y", "a subsidiary of X", "a project of X" (the first it
    names)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _words("business_nouns"):
        return None
    return _org_after_of(token, org_at)


def _org_after_of(token: Token, org_at) -> Mention | None:
    """The first organization in the ``of`` (or ``between``) attachment of a noun."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "between")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if org := _org_in(obj, org_at):
                return org
    return None


def _owner_named(copula: Token, org_at) -> tuple[Mention, str] | None:
    """The organization a copula says owns, runs or started a project: "the investor in the
    plant is X", "X is the owner of the plant" (the rules' ``owner_nouns``)."""
    sides = [c for c in copula.children if c.dep_ in ("nsubj", "attr")]
    if len(sides) != 2 or not any(s.lemma_.lower() in _words("owner_nouns") for s in sides):
        return None
    for side in sides:
        if side.lemma_.lower() not in _words("owner_nouns") and (org := _org_in(side, org_at)):
            return org, "dep:be-owner"
    return None


def _phrase_status(verb: Token) -> str | None:
    """The status a verb says with its object or the object of its preposition: "broke ground
    on", "laid the foundation stone of" (under construction), "came on stream" (launched);
    the pairs are the rules' ``verb_status.phrases``."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    lemma = verb.lemma_.lower()
    for name, pairs in reference.rules()["verb_status"]["phrases"].items():
        if any(o.lemma_.lower() in pairs.get(lemma, ()) for o in objects):
            return name
    return None


@cache
def _words(name: str) -> frozenset[str]:
    """One list of words of ``rules.json``."""
    return frozenset(reference.rules()[name])


def _governor(token: Token) -> tuple[Token | None, Token | None]:
    """The verb a noun phrase hangs from, through prepositions, conjunctions and appositions,
    and the event noun passed on the way ("the opening of the plant took place", "work on the
    plant began": work is an event only with "on", not in "the plant started work")."""
    seen, event = 0, None
    events = _event_nouns()
    works = reference.rules()["verb_status"]["work_nouns"]
    while token.dep_ != "ROOT" and seen < 8:
        below, token = token, token.head
        seen += 1
        # not "including"; nor a subject tagged as a verb ("Work on the plant began", "Work on
        # the plant is 60 percent complete")
        subject = token.dep_ in ("nsubj", "nsubjpass", "csubj")
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep" and not subject:
            return token, event
        if event is None and (token.pos_ == "NOUN" or subject) and (token.lemma_.lower() in events or (
                token.lemma_.lower() in works and below.lower_ == "on")):
            event = token
    return (token if token.pos_ in ("VERB", "AUX") else None), event


@cache
def _event_nouns() -> frozenset[str]:
    markers = reference.rules()["verb_status"]
    return frozenset(markers["building_nouns"] + markers["opening_nouns"])


def status(doc: Doc, project: Mention) -> tuple[str, str] | None:
    """A project's status from the verb that governs it: ``(status, marker)``.

    Modality and the future say planned ("will be commissioned", "is scheduled to open");
    the progressive of building, or construction as the verb's object, says under
    construction ("is being built", "started the construction of"); a finished launch says
    launched ("was launched", "has opened"). ``("", marker)`` where the parse says that the
    verb's status is not the project's.
    """
    head = head_token(doc, project)
    if head is None:
        return None
    markers = reference.rules()["verb_status"]
    making = {*markers["building"], *markers["launched"], *markers["starting"]}
    verb, event = _governor(head)
    if verb is not None and verb.lemma_.lower() in markers["halting"]:
        return "", f"dep:{verb.lemma_.lower()}-halted"  # "construction was suspended": none
    main = verb and (verb_status(verb, event) or event is not None and event_status(verb, event))
    if main and main[0] != "planned" and head.dep_ == "nsubj" and head.head.i == verb.i and (
            _acts_on_something_else(verb)):
        # "the plant has launched a new line": what is launched is the line, and no other
        # reading of the sentence may say the plant is
        main = ("", f"dep:{verb.lemma_}-subject")
    if main and main[0] and head.dep_ == "pobj" and _at_something_else(head.head):
        main = ("", f"dep:{verb.lemma_}-at")  # "launched a new line at the plant"
    for clause in head.children:  # "a plant, which was built in 2020", "a plant launched in May"
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in making:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return "planned", f"dep:{clause.lemma_}-to-be"  # "a plant to be built"
            if found := verb_status(clause):
                if found[0] == "launched" and main and main[0] == "planned" and not any(
                        c.dep_ in ("aux", "auxpass") for c in clause.children) and (
                        _plans_the_project(verb, making | set(markers["planned"]))):
                    return main  # "the farm, developed by X, is scheduled to be commissioned"
                return found
    return main or None


def _acts_on_something_else(verb: Token) -> bool:
    """Whether a verb's object is another thing than its subject's own work: "the plant has
    launched a new line" (the line), not "the plant started production", "started work" or
    "is nearing completion" (a phrase of the rules' ``verb_status.phrases``)."""
    markers = reference.rules()["verb_status"]
    own_work = ({*reference.rules()["production_words"], *markers["work_nouns"],
                 *markers["operation_nouns"]} if verb.lemma_.lower() in markers["starting"]
                else set())
    return _phrase_status(verb) is None and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in own_work for c in verb.children)


def _part_done(token: Token) -> bool:
    """Whether a token says a share below the whole: "60 percent", "60%" (of "complete")."""
    number = next((c.text for c in token.children if c.dep_ == "nummod"), "")
    return token.dep_ == "npadvmod" and token.lower_ in ("%", "percent") and (
        number.replace(".", "", 1).isdigit() and float(number) < 100)


def _plans_the_project(verb: Token, lemmas: set[str]) -> bool:
    """Whether a verb, or the verb it governs, is one of building, launching or planning
    ("is scheduled to be commissioned"), not any verb in the future ("will produce")."""
    return verb.lemma_.lower() in lemmas or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lemmas for c in verb.children)


def event_status(verb: Token, event: Token) -> tuple[str, str] | None:
    """The status an event noun and its verb give: construction that is or continues is under
    way; an opening that took place was a launch ("the opening of the plant took place")."""
    markers = reference.rules()["verb_status"]
    noun = event.lemma_.lower()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in aux)
    if noun in {*markers["building_nouns"], *markers["work_nouns"]} and not past and (
            verb.lemma_.lower() in markers["ongoing_verbs"]):
        return "under construction", f"dep:{noun}-{verb.lemma_.lower()}"
    if noun in markers["opening_nouns"] and past:
        return "launched", f"dep:{noun}-past"
    return None


def verb_status(verb: Token, event: Token | None = None) -> tuple[str, str] | None:
    """The status a verb (with its auxiliaries and the verbs above it) gives what it governs;
    ``event`` is the event noun between them, if any ("began the construction of")."""
    markers = reference.rules()["verb_status"]
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "acl", "relcl", "advcl") and len(chain) < 4:
        chain.append(chain[-1].head)
    for v in chain:
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        lemmas = {c.lemma_.lower() for c in aux} | {v.lemma_.lower()}
        # "is set to open", or with the adjective as the verb's complement, "is due to be completed"
        before = [v, *(c for c in v.children if c.dep_ == "acomp")]
        if lemmas & set(markers["planned"]) or any(c.tag_ == "MD" for c in aux) or any(
                b.lemma_.lower() in markers["before_infinitive"]
                and any(c.dep_ == "xcomp" for c in b.children) for b in before):
            return "planned", f"dep:{v.lemma_}-planned"
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            lemma in {*markers["building"], *markers["launched"]}):
        if start := next((v for v in chain[1:] if v.lemma_.lower() in markers["starting"]), None):
            return "under construction", f"dep:{start.lemma_}-to-{lemma}"  # "began to build"
        # "signed an agreement to build", but "were implementing the initiative to build" says
        # what is done to the initiative
        above = _governor(verb.head)[0] if verb.dep_ in ("acl", "relcl") else None
        return (above is not None and verb_status(above)) or ("planned", f"dep:to-{lemma}")
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = (verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux)
                   or any(c.lower_ == "being" for c in aux))  # "is building", "is being built"
    if (lemma in markers["building"] or lemma in markers["finishing"]) and progressive:
        return "under construction", f"dep:{lemma}-progressive"  # also "is being completed"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if lemma in markers["starting"] and (
            any(o.lemma_ in markers["building_nouns"] for o in objects)
            or event is not None and event.lemma_.lower() in {*markers["building_nouns"],
                                                              *markers["work_nouns"]}):
        return "under construction", f"dep:{lemma}-construction"
    if phrase := _phrase_status(verb):
        return phrase, f"dep:{lemma}-phrase"
    if lemma == "be" and any(p.dep_ == "prep" and p.lower_ == "under" and any(
            o.dep_ == "pobj" and o.lemma_ in markers["building_nouns"] for o in p.children)
                             for p in verb.children):
        return "under construction", "dep:under-construction"  # "is under construction"
    if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in markers["finishing"]
                             and any(_part_done(p) for p in c.children) for c in verb.children):
        return "under construction", "dep:percent-complete"  # "is 60 percent complete"
    if lemma in markers["launched"] and verb.tag_ in ("VBD", "VBN"):
        return "launched", f"dep:{lemma}-past"
    if lemma in markers["building"] and verb.tag_ in ("VBD", "VBN"):
        return "launched", f"dep:{lemma}-past"
    return None

