"""How a sentence hangs together: a project's company from the dependency parse.

The company comes from possessives, compounds, ``by``/``of`` attachments, the agent of a
participle or passive, the subject of the verb that builds it, the owner a copula names, "its"
before the project (a later sentence that calls the project by its bare noun: ``later``; its
status: ``statuses``). Each relation keeps the path that gave it as its rule: ``dep:poss``...
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import ours, reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def head_token(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head of a mention's words (None where they are not whole tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def company(doc: Doc, project: Mention, organizations: list[Mention],
            title: str = "") -> tuple[Mention, str] | None:
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
    org_at = ours.company_at(doc, organizations, title)
    return _climb(head, org_at) or _its_owner(head, org_at)


def _climb(head: Token, org_at) -> tuple[Mention, str] | None:
    """The owner the parse names above a project's head (``company``), at most six steps up."""
    node, steps, work, listed = head, 0, False, False
    building = reference.rules()["verb_status"]["building_nouns"]
    while steps < 6:
        # the owner attached to a noun the project is listed after is that noun's ("a farm of
        # X LLP and a plant": the plant is not X's); a verb over both is both's
        found = None if listed and node.pos_ in ("NOUN", "PROPN") else owner_of(
            node, org_at, verbs=steps > 0 or node.pos_ in ("VERB", "AUX"), work=work)
        work = work or node.lemma_.lower() in building  # "the construction of the plant"
        if found:
            return found
        if steps == 0 and _owned_by_unnamed(node):
            return None  # "a plant of the company X" where X is no organization: not another's
        if node.dep_ == "ROOT" or node.dep_ not in _CLIMB and not (
                node.lemma_.lower() in _words("value_adjectives") and steps):
            return None  # "X plans a mill worth $5 million": the parse hangs the mill from "worth"
        if at_something_else(node):
            return None  # "X opened a line at the Y plant": the line is X's, not the plant
        listed = node.dep_ == "conj"
        node, steps = node.head, steps + 1
    return None


def _its_owner(head: Token, org_at) -> tuple[Mention, str] | None:
    """The company "its" stands for before a project ("X said its new plant...", "X was
    founded in 2015. Its new plant..."): the subject of a verb above the project in its
    sentence, else the subject of the sentence before (or what that sentence says its subject
    is); "whose" stands for the name before it."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is not None:  # "X LLP, whose plant in Y was launched": the name before it
        before = head.doc[max(whose.i - 1 - head.doc[max(whose.i - 1, 0)].is_punct, 0)]
        found = org_at(before) if before.i < whose.i else None
        return found and (found, "dep:whose")
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
    found = _subject_org(before, org_at) or (before.lemma_ == "be" and next(  # or what it is:
        (org for c in before.children if c.dep_ == "attr" and (org := _org_in(c, org_at))),
        None))  # "The newest resident is X LLP. Its plant ..."
    return found and (found, "dep:its-before")


def _the_company_before(subject: Token, org_at) -> Mention | None:
    """The company "the company" stands for as a subject ("X is building a mill. ... Last year
    the company opened a plant"): the organization that is the subject of one of the two
    sentences before, or of what one of them reports."""
    if subject.lemma_.lower() not in _words("org_cue_nouns") or [
            c.lower_ for c in subject.children] != ["the"]:
        return None
    sentence = subject.sent
    for _ in range(2):
        if sentence.start == 0:
            return None
        sentence = subject.doc[sentence.start - 1].sent
        # also the subject of what is reported ("X plans a mine, its chief executive said")
        said = [c for c in sentence.root.children if c.dep_ == "ccomp"]
        if found := next(filter(None, (_subject_org(v, org_at) for v in [sentence.root, *said])),
                         None):
            return found
    return None


def _subject_org(verb: Token, org_at) -> Mention | None:
    """The organization that is a verb's subject."""
    return next((org for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (org := _org_in(c, org_at))), None)


def at_something_else(token: Token) -> bool:
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


def owner_of(node: Token, org_at, *, verbs: bool,
              work: bool = False) -> tuple[Mention, str] | None:
    """The organization one node of the climb names as owner or builder; ``work``: the climb
    passed the building of the project ("the construction of the plant is carried out by X")."""
    for child in node.children:
        if child.dep_ in ("poss", "compound", "nmod", "appos") and (org := _org_in(child, org_at)):
            return org, f"dep:{child.dep_}"
        if child.dep_ == "appos" and (org := _org_of(child, org_at)):
            return org, "dep:appos-of"  # "the factory, a joint venture of X and Y"
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from") and node.pos_ != "VERB":
            for obj in child.children:  # a name, not a thing named after one ("of PVC pipes"),
                # or a business whose name ends in lowercase words ("of the X peasant farm"), or
                # a cue noun its name is attached to ("of the X company")
                if obj.dep_ == "pobj" and (obj.text[:1].isupper() or org_at(obj) or (
                        obj.is_lower and obj.lemma_ in _words("org_cue_nouns"))) and (
                        org := _org_in(obj, org_at)):
                    return org, f"dep:prep-{child.lower_}"
        if (org := _place_appos_of(child, org_at)) is not None:
            return org, "dep:place-appos-of"  # "a plant near X in Y Region, a project of Z"
        if child.dep_ == "prep" and child.lower_ == "under" and (org := next(
                (o for obj in child.children if obj.dep_ == "pobj"
                 and obj.lemma_.lower() in _words("owner_nouns") and (o := _org_in(obj, org_at))),
                None)):
            return org, "dep:under-owner"  # "resumed production under a new owner, X"
        for clause in _clauses(node, child):
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for obj in agent.children:  # "a mill built by X", "which is being built by X"
                    if obj.dep_ == "pobj" and (org := _org_in(obj, org_at) or _org_of(obj, org_at)):
                        return org, f"dep:{clause.dep_}-agent"
            if clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for x in (
                    clause, *(x for x in clause.children if x.dep_ == "xcomp")) for c in x.children):
                for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                    if org := _org_in(subject, org_at) or _org_of(subject, org_at):
                        return org, "dep:relcl-nsubj"  # "a plant, which X is building", "that X plans to build"
    if verbs and node.lemma_ in ("be", "become") and (found := _owner_named(node, org_at)):
        return found
    if verbs and node.lemma_.lower() in _words("belonging_verbs"):
        for obj in (o for p in node.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"):
            if org := _org_in(obj, org_at):  # "the plant belongs to X"
                return org, "dep:belongs-to"
    if (org := _borrower(node, org_at)) is not None:
        return org, "dep:lent-to"  # "the bank lent N to X for a plant"
    for done in (c for c in node.children if verbs and node.lemma_ == "be" and c.dep_ == "xcomp"):
        if found := owner_of(done, org_at, verbs=True, work=work):
            return found  # "the plant was to be built by X"
    if not verbs or node.pos_ not in ("VERB", "AUX") or not (
            node.lemma_ in reference.building_verbs() or phrase_status(node)
            or work and node.lemma_.lower() in _words("doing_verbs")):
        return None
    if org := next((o for p in node.children if p.dep_ == "prep" and p.lower_ == "through"
                    for b in p.children if b.dep_ == "pobj" and (o := _org_in(b, org_at))), None):
        return org, "dep:through"  # "X will build a plant through its subsidiary Y": Y builds
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
            return _client(node, child, org_at) or (org, "dep:nsubj")
        if child.dep_ == "nsubj" and (org := _org_of(child, org_at)):
            return org, "dep:nsubj-of"
        if child.dep_ == "nsubj" and (org := _the_company_before(child, org_at)):
            return org, "dep:the-company-before"
    for plant in (o for p in node.children if p.dep_ == "prep" and p.lower_ == "at" for o in
                  p.children if o.dep_ == "pobj" and o.lemma_.lower() in _words("project_heads")):
        if found := owner_of(plant, org_at, verbs=False):  # "a line opened at the plant of X"
            return found[0], "dep:at-plant-" + found[1].split(":", 1)[1]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and (
            org := _fronted_subject(node, org_at)):
        return org, "dep:fronted-appos"
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


def _client(verb: Token, subject: Token, org_at) -> tuple[Mention, str] | None:
    """The business a contractor builds for (``contractor_nouns``): "contractor X is building
    a plant in Y for Z LLP" (Z owns it)."""
    called = any(t.lemma_.lower() in _words("contractor_nouns") for t in subject.subtree)
    return next(((org, "dep:built-for") for t in verb.subtree if called and t.dep_ == "pobj"
                 and t.head.lower_ == "for" and (org := _org_in(t, org_at))), None)


def _borrower(node: Token, org_at) -> Mention | None:
    """The business a loan above a project goes to (``lending_words``): "the bank lent N to X
    for a plant", "a loan to X for the construction of", "granted X a loan for a plant"."""
    lending = _words("lending_words")
    if node.lemma_.lower() in lending or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lending for c in node.children):
        to = [o for c in node.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        dative = [c for c in node.children if c.dep_ == "dative"]
        return next(filter(None, (_org_in(t, org_at) for t in (*dative, *to))), None)
    return None


def _fronted_subject(verb: Token, org_at) -> Mention | None:
    """The subject the parse hangs in apposition to the place before a verb that has none ("In
    X Region, the Y cooperative, which ..., opened a plant": Y is read as the region's)."""
    return next((org for p in verb.children if p.dep_ == "prep" and p.i < verb.i
                 for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos" and (org := _org_in(a, org_at))), None)


def _clauses(node: Token, child: Token) -> list[Token]:
    """The participle or relative clauses of building, owning or running a child of a noun
    says: its own ("a mill built by X"), or, set off by a comma or with an agent, those the
    parse hangs from the place after it or its region in apposition ("the plant in Ekibastuz,
    owned by X", "a plant in Saran, Karaganda Region, which X is building"; not a business in
    apposition, "In X Region, Y LLP, owned by Z, launched a plant")."""
    if child.dep_ in ("acl", "relcl"):
        return [child] if child.lemma_ in reference.building_verbs() else []
    if child.dep_ != "prep" or child.lower_ not in ("in", "near", "at"):
        return []
    places = [p for place in child.children if place.dep_ == "pobj" and _named_place(place)
              for p in (place, *(a for a in place.children  # "in Saran, Karaganda Region, which"
                                 if a.dep_ == "appos" and _named_place(a) and (
                                     a.ent_type_ in ("GPE", "LOC")
                                     or a.lemma_.lower() in _words("place_nouns"))))]
    return [c for place in places for c in place.children if c.dep_ in ("acl", "relcl")
            and c.lemma_ in reference.building_verbs() and c.left_edge.i > 0 and (
                c.doc[c.left_edge.i - 1].text == "," or any(a.dep_ == "agent" for a in c.children))]


def _named_place(token: Token) -> bool:
    """A place's name ("Ekibastuz", "Sairam district"; not "the Ontustik zone", which a company
    may run): no company builds one, so what is built by X after it is the facility before it
    ("a complex in Sairam district built by X")."""
    return token.pos_ == "PROPN" or token.lemma_.lower() in _words("place_nouns") and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _owned_by_unnamed(head: Token) -> bool:
    """Whether a project's ``of`` attachment calls its owner a business ("a plant of the company
    X"): then it has one, found or not, and no other the climb meets is it."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.is_lower and o.lemma_ in _words("org_cue_nouns")
        for o in p.children) for p in head.children)


def _place_appos_of(child: Token, org_at) -> Mention | None:
    """The business a noun in apposition names where the parse hangs it from the place after a
    facility, set off by a comma ("a solar plant near Konaev in Almaty Region, a project of X":
    the apposition is the plant's, not the region's)."""
    if child.dep_ != "prep" or child.lower_ not in ("in", "near", "at"):
        return None
    return next((org for place in child.children if place.dep_ == "pobj" and place.pos_ == "PROPN"
                 for c in place.children if c.dep_ == "appos" and c.i > 1
                 and c.doc[c.left_edge.i - 1].text == "," and (org := _org_of(c, org_at))), None)


def _org_in(token: Token, org_at) -> Mention | None:
    """The organization a token, its compounds, its coordinated nouns or the name in apposition
    to it ("the Aktobe-based company X") name (the first), also a name the parse hangs from a
    cue noun as a modifier ("the X agricultural cooperative")."""
    for t in (token, *(c for c in token.children
                       if c.dep_ in ("compound", "poss", "conj", "appos", "nmod"))):
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
    plant is X", "X is (has become) the owner of the plant" (the rules' ``owner_nouns``)."""
    sides = [c for c in copula.children if c.dep_ in ("nsubj", "attr")]
    if len(sides) != 2 or not any(s.lemma_.lower() in _words("owner_nouns") for s in sides):
        return None
    for side in sides:
        if side.lemma_.lower() not in _words("owner_nouns") and (org := _org_in(side, org_at)):
            return org, "dep:be-owner"
    return None


def phrase_status(verb: Token) -> str | None:
    """The status a verb says with its object (also as a passive's subject) or the object of its
    preposition: "broke ground on", "laid the foundation stone of", "foundations are being poured
    for" (under construction), "came on stream" (launched); the pairs are the rules'
    ``verb_status.phrases``."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
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
