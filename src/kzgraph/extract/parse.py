"""What the statistical model reads: names it has never seen, and how a sentence hangs together.

The model's PERSON and ORG entities are candidates that this module cleans (a leading "the",
a possessive, a title or a place stuck to a name) and types; the rules' mentions take
precedence where both read the same words (``pipeline``'s policy). The dependency parse gives
a project's company (possessives, compounds, ``by``/``of`` attachments, the subject of the verb
that builds it) and its status (the governing verb's lemma, tense and modality).

Every mention keeps the component that found it as its rule: ``ner:PERSON``, ``ner:ORG``,
``dep:poss``...
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..model import Mention
from . import reference
from .organizations import core_name, org_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAME_TOKEN = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’-]+)*$")


@cache
def _words() -> dict[str, frozenset[str]]:
    rules = reference.rules()
    titles = {w for t in rules["role_titles"] for w in t.split()}
    return {
        "titles": frozenset(w.lower() for w in titles) | frozenset(
            w.lower() for w in rules["model_title_words"]),
        "stop": frozenset(rules["name_stop_words"]) | frozenset(rules["countries"]),
        "generic": frozenset(w.lower() for w in rules["org_generic_words"]),
        "legal": frozenset(rules["org_legal_forms"] + rules["org_prefix_forms"]),
        "kinds": frozenset(w for ws in rules["org_kind_words"].values() for w in ws),
        "places": frozenset(rules["org_place_words"]),
        "not_org": frozenset(rules["org_not_words"]),
        "business": frozenset(rules["org_name_words"]),
    }


def persons(doc: Doc) -> list[Mention]:
    """People the model names, cleaned: two or more capitalised words, no title, no place.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The plant was opened, said Yerbol Kanafin, Deputy Chairperson.")
    >>> [(m.text, m.rule, m.key) for m in persons(doc)]
    [('Yerbol Kanafin', 'ner:PERSON', 'name:Yerbol Kanafin')]
    """
    words = _words()
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
        if len(tokens) < 2 or len(tokens) > 4 or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            continue
        if not all(_NAME_TOKEN.match(t.text) for t in tokens):
            continue
        if any(t.text in words["legal"] or t.text in words["kinds"] or t.lower_ in words["titles"]
               or t.text in words["business"] for t in tokens):
            continue  # "Kazakh Invest", "Air Astana": the model's person is an organization
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "person", "ner:PERSON", f"name:{text}"))
    return found


def organizations(doc: Doc, publisher: str = "") -> list[Mention]:
    """Organizations the model names, cleaned and typed (company, ministry, agency, other).

    ``publisher`` is the article's outlet as a lowercase word (see ``publisher_word``): a news
    agency's own name is a byline, not an organization of the story.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The plant was built by Tatneft, a Russian oil company.")
    >>> [(m.text, m.rule, m.key) for m in organizations(doc)]
    [('Tatneft', 'ner:ORG', 'company:Tatneft')]
    """
    words = _words()
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and any(
                t.text in words["business"] for t in ent)):
            continue  # a name with a business word is an organization's, whatever the model says
        tokens = list(ent)
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")
                          or tokens[0].text in words["stop"] and not (
                              len(tokens) > 1 and tokens[1].text in words["business"])):
            tokens.pop(0)  # but "Kazakh Invest" keeps its first word
        while tokens and (tokens[-1].is_punct or tokens[-1].text in ("'s", "’s")):
            tokens.pop()
        if not tokens or any("\n" in t.whitespace_ or "\n" in t.text for t in tokens[:-1]):
            continue
        if not tokens[0].text[:1].isupper() or not tokens[-1].text[:1].isupper():
            continue
        if any(_NOT_IN_NAME.search(t.text) or (t.is_lower and t.lower_ not in _CONNECTORS)
               for t in tokens):
            continue  # a date, a web address, a credit line, a headline's words
        if {tokens[0].text, tokens[-1].text} & words["places"]:
            continue  # "FEZ Qyzyljar", "Saran industrial zone": a place
        if len(tokens) == 1 and not _stands_as_company(tokens[0]):
            continue
        if len(tokens) == 3 and tokens[1].text == "-" and not tokens[1].whitespace_:
            continue  # "Borzhakty-Yersai", "Kassym-Jomart": a route or a double first name
        if any(t.text in words["not_org"] for t in tokens) or (
                tokens[0].lower_ in words["generic"] and tokens[0].lower_ != "ministry"):
            continue  # a program, an event, "the Government of Kazakhstan"
        if publisher and publisher in "".join(t.lower_ for t in tokens):
            continue  # the outlet that published the article
        if any(t.lower_ in words["titles"] and t.text not in words["kinds"] for t in tokens):
            continue  # "Head of Government", "Akim of Almaty": a role, not a body
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "organization", "ner:ORG",
                             f"{org_kind(text)}:{core_name(text)}"))
    return found


def facilities(doc: Doc) -> list[Mention]:
    """Facilities named as proper nouns: capitalised words before a capitalised facility noun
    ("Sastobe Innovation Complex", "Aktobe Copper Mine"), as the parse compounds them.

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("The Sastobe Innovation Complex was launched in 2021.")
    >>> [(m.text, m.rule) for m in facilities(doc)]
    [('Sastobe Innovation Complex', 'dep:named-facility')]
    """
    heads = _facility_heads()
    found = []
    for token in doc:
        if token.lower_ not in heads or not token.text[:1].isupper() or token.tag_ != "NNP":
            continue
        words = [token]
        while words[0].i > 0 and (before := doc[words[0].i - 1]).head.i in (
                token.i, *(w.i for w in words)) and before.dep_ in ("compound", "amod") \
                and before.text[:1].isupper() and not before.is_sent_start:
            words.insert(0, before)
        if len(words) < 2 or words[0].ent_type_ in ("GPE", "NORP") and len(words) == 2:
            continue  # "Almaty Plant" is a place and a word
        start, end = words[0].idx, token.idx + len(token)
        text = doc.text[start:end]
        found.append(Mention(start, end, text, "project", "dep:named-facility", text))
    return found


def builders(doc: Doc) -> list[Mention]:
    """Organizations the parse shows building, launching or running something: the proper-noun
    subject of a building verb whose object is a facility ("QazMunaiHim will build a plant"),
    where the model tagged no entity (the small model misses capitals-inside names).

    >>> from kzgraph.extract.language import load, choose
    >>> doc = load(choose())("TATNEFT is constructing a tire plant in Karaganda region.")
    >>> [(m.text, m.rule, m.key) for m in builders(doc)]
    [('TATNEFT', 'dep:nsubj-builder', 'company:TATNEFT')]
    """
    words = _words()
    heads = set(reference.rules()["project_heads"])
    found = []
    for verb in doc:
        if verb.lemma_ not in _building_verbs() or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in heads for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            tokens = [*(c for c in subject.children if c.dep_ == "compound"
                        and c.i < subject.i), subject]
            if subject.ent_type_ or any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tokens):
                continue
            if not all(t.text[:1].isupper() for t in tokens) or tokens[0].is_sent_start and (
                    len(tokens) == 1 and not _stands_as_company(subject)):
                continue
            if any(t.text in words["stop"] or t.lower_ in words["generic"] for t in tokens):
                continue
            start, end = tokens[0].idx, subject.idx + len(subject)
            text = doc.text[start:end]
            found.append(Mention(start, end, text, "organization", "dep:nsubj-builder",
                                 f"company:{core_name(text)}"))
    return found


@cache
def _facility_heads() -> frozenset[str]:
    return frozenset(reference.rules()["named_facility_heads"])


def business_name(text: str) -> bool:
    """Whether a name has a word that names a business ("Air Astana", "Astana Motors").

    >>> business_name("Air Astana"), business_name("Astana Akimat")
    (True, False)
    """
    return any(w in _words()["business"] for w in text.split())


def publisher_word(url: str | None, outlet: str | None) -> str:
    """The word that names an article's publisher: its outlet, else its web site's name.

    >>> publisher_word("https://en.inform.kz/news/x", None), publisher_word(None, "Kapital.kz")
    ('inform', 'kapital')
    """
    host = (outlet or "").lower() if outlet else re.sub(r"^\w+://", "", url or "").split("/")[0]
    labels = [p for p in re.split(r"[.\s]+", host.lower()) if p and p not in _HOST_WORDS]
    return labels[0] if labels and len(labels[0]) >= 4 else ""


_HOST_WORDS = frozenset({"www", "en", "eng", "amp", "m", "news", "the"})
_NOT_IN_NAME = re.compile(r"\d|/|\.[a-z]{2,3}$|^[a-z]+\.[a-z]")
_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "&", "-"})


def _stands_as_company(token: Token) -> bool:
    """A one-word name is an organization only when it looks like no ordinary word (an acronym,
    capitals inside: "TATNEFT", "QazMunaiHim") or the sentence calls it a company ("Tatneft,
    the oil company"); a lone capitalised word is as often a town or a brand.

    Its words may not be generic ("Government", "State").
    """
    words = _words()
    text = token.text
    if token.lower_ in words["generic"] or len(text) < 3:
        return False
    if text.isupper() or any(c.isupper() and text[i] != "-" for i, c in enumerate(text[1:])):
        return True  # capitals inside, not after a hyphen ("Borzhakty-Yersai" is a route)
    kinds = {w.lower() for w in words["kinds"]}
    near = [*token.children, token.head]
    return any(t.lemma_.lower() in kinds and t.dep_ in ("appos", "compound") or
               t.lemma_.lower() in kinds and token.dep_ in ("appos", "compound")
               for t in near if t is not token)


# Relations from the parse ----------------------------------------------------------------------


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
    "X and Y were implementing the initiative to build the plant").
    """
    head = head_token(doc, project)
    if head is None:
        return None
    companies = [o for o in organizations if o.key.startswith("company:")]

    def org_at(token: Token) -> Mention | None:
        return next((o for o in companies if o.start <= token.idx < o.end), None)

    node, steps = head, 0
    while steps < 6:
        found = _owner_of(node, org_at, verbs=steps > 0 or node.pos_ in ("VERB", "AUX"))
        if found:
            return found
        if node.dep_ == "ROOT" or node.dep_ not in _CLIMB:
            return None
        node, steps = node.head, steps + 1
    return None


def later_company(doc: Doc, start: int, end: int,
                  organizations: list[Mention]) -> tuple[Mention, str] | None:
    """The company a later sentence gives a project it calls by its bare head noun: "The
    project is being implemented by X", "The plant will be built by X" (between ``start`` and
    ``end``, where no other project is named).
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
            return found[0], "dep:later-" + found[1].split(":", 1)[1]
    return None


# The relations along which a project's company is looked for above its head.
_CLIMB = frozenset({"dobj", "pobj", "prep", "appos", "conj", "acl", "xcomp", "relcl", "nsubjpass",
                    "attr", "advcl", "nsubj", "oprd", "npadvmod"})


def _owner_of(node: Token, org_at, *, verbs: bool) -> tuple[Mention, str] | None:
    """The organization one node of the climb names as owner or builder."""
    for child in node.children:
        if child.dep_ in ("poss", "compound", "nmod", "appos") and (org := _org_in(child, org_at)):
            return org, f"dep:{child.dep_}"
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from") and node.pos_ != "VERB":
            for obj in child.children:
                if obj.dep_ == "pobj" and (org := _org_in(obj, org_at)):
                    return org, f"dep:prep-{child.lower_}"
        if child.dep_ == "acl" and child.lemma_ in _building_verbs():  # "a mill built by X"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in agent.children:
                    if obj.dep_ == "pobj" and (org := _org_in(obj, org_at)):
                        return org, "dep:acl-agent"
    if not verbs or node.pos_ not in ("VERB", "AUX") or node.lemma_ not in _building_verbs():
        return None
    for child in node.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and (org := _org_in(obj, org_at)):
                    return org, "dep:agent"
        if child.dep_ == "nsubj" and (org := _org_in(child, org_at)):
            return org, "dep:nsubj"
    return None


def _org_in(token: Token, org_at) -> Mention | None:
    """The organization a token, its compounds or its coordinated nouns name (the first)."""
    for t in (token, *(c for c in token.children if c.dep_ in ("compound", "poss", "conj"))):
        if org := org_at(t):
            return org
    return None


def _governor(token: Token) -> tuple[Token | None, Token | None]:
    """The verb a noun phrase hangs from, through prepositions, conjunctions and appositions,
    and the event noun passed on the way ("the opening of the plant took place")."""
    seen, event = 0, None
    events = _event_nouns()
    while token.dep_ != "ROOT" and seen < 8:
        token = token.head
        seen += 1
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":  # not "including"
            return token, event
        if event is None and token.pos_ == "NOUN" and token.lemma_.lower() in events:
            event = token
    return (token if token.pos_ in ("VERB", "AUX") else None), event


@cache
def _event_nouns() -> frozenset[str]:
    markers = reference.rules()["verb_status"]
    return frozenset(markers["building_nouns"] + markers["opening_nouns"])


@cache
def _building_verbs() -> frozenset[str]:
    return frozenset(reference.rules()["building_verbs"])


def status(doc: Doc, project: Mention) -> tuple[str, str] | None:
    """A project's status from the verb that governs it: ``(status, marker)``.

    Modality and the future say planned ("will be commissioned", "is scheduled to open");
    the progressive of building, or construction as the verb's object, says under
    construction ("is being built", "started the construction of"); a finished launch says
    launched ("was launched", "has opened").
    """
    head = head_token(doc, project)
    if head is None:
        return None
    markers = reference.rules()["verb_status"]
    making = {*markers["building"], *markers["launched"], *markers["starting"]}
    for clause in head.children:  # "a plant, which was built in 2020", "a plant launched in May"
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in making:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return "planned", f"dep:{clause.lemma_}-to-be"  # "a plant to be built"
            if found := verb_status(clause):
                return found
    verb, event = _governor(head)
    if verb is None:
        return None
    return verb_status(verb, event) or (event is not None and event_status(verb, event)) or None


def event_status(verb: Token, event: Token) -> tuple[str, str] | None:
    """The status an event noun and its verb give: construction that is or continues is under
    way; an opening that took place was a launch ("the opening of the plant took place")."""
    markers = reference.rules()["verb_status"]
    noun = event.lemma_.lower()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in aux)
    if noun in markers["building_nouns"] and not past and (
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
        if lemmas & set(markers["planned"]) or any(c.tag_ == "MD" for c in aux):
            return "planned", f"dep:{v.lemma_}-planned"
    lemma = verb.lemma_.lower()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = (verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux)
                   or any(c.lower_ == "being" for c in aux))  # "is building", "is being built"
    if lemma in markers["building"] and progressive:
        return "under construction", f"dep:{lemma}-progressive"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if event is not None:
        objects.append(event)
    if lemma in markers["starting"] and any(o.lemma_ in markers["building_nouns"]
                                            for o in objects):
        return "under construction", f"dep:{lemma}-construction"
    if lemma in markers["launched"] and verb.tag_ in ("VBD", "VBN"):
        return "launched", f"dep:{lemma}-past"
    if lemma in markers["building"] and verb.tag_ in ("VBD", "VBN"):
        return "launched", f"dep:{lemma}-past"
    return None

