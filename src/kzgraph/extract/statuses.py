"""A project's status from the dependency parse: the governing verb's lemma, tense, aspect and
modality, a building clause after the project, or an event noun ("the opening of"). Each
status keeps the path that gave it as its rule: ``dep:launch-past``, ``dep:near-phrase``...
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from . import reference, relations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..model import Mention


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
def _not_building() -> frozenset[str]:
    """Verbs whose future says what a plant makes or who pays for it, not that it is planned
    (``output_verbs``, ``lending_verbs``)."""
    return frozenset([*reference.rules()["output_verbs"], *reference.rules()["lending_verbs"]])


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
    head = relations.head_token(doc, project)
    if head is None:
        return None
    markers = reference.rules()["verb_status"]
    making = {*markers["building"], *markers["launched"], *markers["starting"]}
    if any(p.dep_ == "prep" and p.lower_ == "under" and any(
            o.dep_ == "pobj" and o.lemma_ in markers["building_nouns"] for o in p.children)
           for p in head.children):  # "the plant under construction near X will produce"
        return "under construction", "dep:noun-under-construction"
    verb, event = _governor(head)
    if verb is not None and not any(c.dep_ == "neg" for c in verb.children) and any(
            w.lemma_.lower() in markers["halting"]
            for w in (verb, *(c for c in verb.children if c.dep_ == "acomp"))):
        # "construction was suspended", "work on the plant is frozen": none ("is not stalled")
        return "", f"dep:{verb.lemma_.lower()}-halted"
    if verb is not None and (study := _planning(head, verb)) is not None:
        # "finished the feasibility study for a plant": the plant is still a plan
        return "planned", f"dep:{study.lemma_.lower()}-of-a-plan"
    if verb is not None and verb.lemma_.lower() in markers["trading"]:
        return "", f"dep:{verb.lemma_.lower()}-traded"  # "agreed to sell its plant": no plan of it
    if verb is not None and (late := _late(verb)):
        return late
    if verb is not None and verb.lemma_.lower() in markers["putting_off"] and any(
            t.lemma_.lower() in markers["ending_nouns"] for t in _path(head, verb)):
        return "planned", "dep:launch-put-off"  # "the launch of the plant was postponed": not
        # working, and being built only where another sentence says so (``statements``)
    main = verb and (verb_status(verb, event) or event is not None and event_status(verb, event))
    if main and main == ("planned", f"dep:{verb.lemma_}-phrase") and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children) and not any(
            c.lower_ in _NEW for c in head.children):
        main = None  # "signed loans to double output at its plant": the signer's plant is there
    if not main and head.dep_ == "dobj" and head.head.i == verb.i and verb.tag_ in (
            "VBZ", "VBP") and verb.lemma_.lower() in markers["holding"]:
        # "X, which owns the mill, plans to double its output": the plan is X's, not the mill's
        main = ("", f"dep:{verb.lemma_.lower()}-held")
    if main and main[0] != "planned" and head.dep_ == "nsubj" and head.head.i == verb.i and (
            _acts_on_something_else(verb)):
        # "the plant has launched a new line": what is launched is the line, and no other
        # reading of the sentence may say the plant is
        main = ("", f"dep:{verb.lemma_}-subject")
    if main and main[0] and head.dep_ == "pobj" and relations.at_something_else(head.head) and (
            verb.lemma_.lower() not in markers["producing"]):  # but "began producing X at"
        # "launched a new line at the plant"; but "has completed 60% of construction at its
        # terminal" tells how far the plant is, which the markers read
        main = None if _share_of_work(verb) else ("", f"dep:{verb.lemma_}-at")
    if (clause := _operating(head)) is not None:  # "a plant, which has been operating since"
        found = verb_status(clause)
        return found if found and found[0] == "planned" else ("launched", "dep:operating")
    for clause in (c for node in (head, *_places(head)) for c in node.children):
        # "a plant, which was built in 2020", "a plant in X Region, launched in May"
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in making:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return "planned", f"dep:{clause.lemma_}-to-be"  # "a plant to be built"
            if found := verb_status(clause):
                if found[0] == "launched" and main and main[0] == "under construction":
                    return main  # "a plant built by X is almost complete": not finished
                if found[0] == "launched" and main and main[0] == "planned" and not any(
                        c.dep_ in ("aux", "auxpass") for c in clause.children) and (
                        _plans_the_project(verb, making | set(markers["planned"]))):
                    return main  # "the farm, developed by X, is scheduled to be commissioned"
                return found
    return main or None


_NEW = frozenset({"new", "future", "planned", "second", "another"})


def _path(head: Token, verb: Token) -> list[Token]:
    """The words between a facility and the verb that governs it, up the parse."""
    path, token = [], head
    while token.i != verb.i and token.dep_ != "ROOT":
        token = token.head
        path.append(token)
    return path


def _planning(head: Token, verb: Token) -> Token | None:
    """The noun of a plan between a facility and its verb ("the feasibility study for the
    plant was completed", ``planning_nouns``): what the verb did is the plan's."""
    nouns = reference.rules()["verb_status"]["planning_nouns"]
    return next((t for t in _path(head, verb) if t.pos_ == "NOUN" and t.lemma_.lower() in nouns),
                None)


def _late(verb: Token) -> tuple[str, str] | None:
    """A facility not completed is being built ("the plant has not been completed"); one whose
    construction has not started is planned; one not launched has no launch ("was not
    launched"). A launch put off ("the commissioning of the plant has slipped to 2026") stays a
    plan, read as such by ``verb_status``."""
    markers = reference.rules()["verb_status"]
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    if lemma in markers["finishing"]:
        return "under construction", f"dep:not-{lemma}"
    if lemma in markers["starting"] and any(  # "has not yet started construction": a plan
            c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in markers["building_nouns"]
            for c in verb.children):
        return "planned", f"dep:not-{lemma}-construction"
    return ("", f"dep:not-{lemma}") if lemma in markers["launched"] else None


def _operating(head: Token) -> Token | None:
    """A clause that says a facility runs ("which has been operating since 2016", "operating in
    X since 2019"), on it or on the place after it, where the parse hangs it ("a plant in
    Talgar, Almaty region, which has been operating"): no places run."""
    markers = reference.rules()["verb_status"]
    return next((c for node in (head, *_places(head)) for c in node.children
                 if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in markers["operating"]
                 and not any(x.dep_ in ("dobj", "nsubj", "agent") and x.tag_ != "WDT"
                             for x in c.children)  # not "that X operates", "operated by X"
                 and (c.tag_ != "VBN" or any(x.lemma_ == "have" for x in c.children))), None)


def _places(head: Token) -> list[Token]:
    """The places after a facility's noun ("a plant in Talgar, Almaty region"), where the parse
    hangs a clause that tells of the facility."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "near", "at")
            for o in p.subtree if o.dep_ == "pobj"]


def _acts_on_something_else(verb: Token) -> bool:
    """Whether a verb's object is another thing than its subject's own work: "the plant has
    launched a new line" (the line), not "the plant started production", "started work" or
    "is nearing completion" (a phrase of the rules' ``verb_status.phrases``)."""
    markers = reference.rules()["verb_status"]
    own_work = ({*reference.rules()["production_words"], *markers["work_nouns"],
                 *markers["operation_nouns"]} if verb.lemma_.lower() in markers["starting"]
                else set())
    return relations.phrase_status(verb) is None and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in own_work for c in verb.children)


def _part_done(token: Token) -> bool:
    """Whether a token says a share below the whole: "60 percent", "60%", "almost" (of
    "complete")."""
    if token.dep_ == "advmod" and token.lower_ in ("almost", "nearly", "virtually", "largely"):
        return True
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


def _opens_itself(verb: Token, markers: dict) -> bool:
    """Whether a launch to come has no object: "the plant will now open in 2026" says when it
    starts, not that it is not being built ("X will open a plant" is a plan)."""
    return verb.lemma_.lower() in markers["launched"] and verb.tag_ == "VB" and not any(
        c.dep_ in ("dobj", "obj") for c in verb.children)


def _starts_output(verb: Token, markers: dict) -> bool:
    """Whether a verb starts a plant's output: "(are expected) to start production this year"
    says when it starts, not that it is not being built."""
    output = {"production", *markers["operation_nouns"]}
    return verb.lemma_.lower() in markers["starting"] and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in output for c in verb.children)


def _share_of_work(verb: Token) -> bool:
    """Whether a verb's object is a share of the work ("completed about 60% of construction")."""
    markers = reference.rules()["verb_status"]
    work = {*markers["building_nouns"], *markers["work_nouns"]}
    return any(c.dep_ == "dobj" and any(t.text in ("%", "percent") for t in c.subtree) and any(
        t.lemma_.lower() in work for t in c.subtree) for c in verb.children)


def verb_status(verb: Token, event: Token | None = None) -> tuple[str, str] | None:
    """The status a verb (with its auxiliaries and the verbs above it) gives what it governs;
    ``event`` is the event noun between them, if any ("began the construction of")."""
    markers = reference.rules()["verb_status"]
    if any(p.dep_ == "prep" and p.lower_ == "on" and any(
            o.lemma_.lower() in markers["paused_nouns"] for o in p.children) for p in verb.children):
        return "planned", f"dep:{verb.lemma_.lower()}-on-hold"  # "was put on hold": not begun
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "acl", "relcl", "advcl") and len(chain) < 4:
        chain.append(chain[-1].head)
    for v in chain:
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        lemmas = {c.lemma_.lower() for c in aux} | {v.lemma_.lower()}
        # "is set to open", or with the adjective as the verb's complement, "is due to be completed"
        before = [v, *(c for c in v.children if c.dep_ == "acomp")]
        modal = any(c.tag_ == "MD" for c in aux)
        if modal and v.lemma_.lower() in markers["building"] and any(
                c.dep_ == "neg" for c in v.children):
            return "", f"dep:not-to-{v.lemma_.lower()}"  # "will not be built": given up
        if modal and v.lemma_.lower() in _not_building() and not (
                lemmas - {c.lemma_.lower() for c in aux if c.tag_ == "MD"} - {v.lemma_.lower()}
        ) & set(markers["planned"]):
            continue  # "the new shop will supply body parts": what it makes, not a plan;
            # "the bank will lend X to Y for a plant": who pays
        if any(c.lower_ == "should" for c in aux) and "have" in lemmas and (
                v.lemma_.lower() in {*markers["finishing"], *markers["launched"]}):
            return "under construction", f"dep:should-have-{v.lemma_}"  # "should have been
            # completed in 2024": it is not, and is still being built
        if lemmas & set(markers["planned"]) or modal or any(
                b.lemma_.lower() in markers["before_infinitive"]
                and any(c.dep_ == "xcomp" for c in b.children) for b in before):
            return "planned", ("dep:completion-to-come" if v.lemma_.lower() in
                               markers["finishing"] or _opens_itself(v, markers) or any(
                c.dep_ == "xcomp" and _starts_output(c, markers) for c in v.children)
                               else f"dep:{v.lemma_}-planned")
        if v.lemma_ == "be" and (to := next((  # "was to be completed in 2025": what was planned
                c for c in v.children if c.dep_ == "xcomp" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)):
            return "planned", ("dep:completion-to-come" if to.lemma_.lower() in
                               markers["finishing"] else "dep:be-to")
    lemma = verb.lemma_.lower()
    # the infinitive, active or passive ("to build", "are to be launched"): not done yet
    if verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in verb.children) and (
            lemma in {*markers["building"], *markers["launched"]}):
        if start := next((v for v in chain[1:] if v.lemma_.lower() in markers["starting"]), None):
            return "under construction", f"dep:{start.lemma_}-to-{lemma}"  # "began to build"
        # "signed an agreement to build", but "were implementing the initiative to build" says
        # what is done to the initiative
        above = _governor(verb.head)[0] if verb.dep_ in ("acl", "relcl") else None
        return (above is not None and verb_status(above)) or ("planned", f"dep:to-{lemma}")
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and lemma in markers["building"] and (
            verb.head.lemma_.lower() in markers["starting"]) and verb.head.tag_ in (
                "VBD", "VBN", "VBZ", "VBP") and not any(  # not "expect X to start building"
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children):
        return "under construction", f"dep:{verb.head.lemma_}-{lemma}ing"  # "began building"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = (verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux)
                   or any(c.lower_ == "being" for c in aux))  # "is building", "is being built"
    built = lemma in markers["building"] or any(  # "is putting up a plant"
        c.dep_ == "prt" and c.lower_ in markers["building_particles"].get(lemma, ())
        for c in verb.children)
    if (built or lemma in markers["finishing"]) and progressive:
        return "under construction", f"dep:{lemma}-progressive"  # also "is being completed"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if lemma in markers["starting"] and (
            any(o.lemma_ in markers["building_nouns"] for o in objects)
            or event is not None and event.lemma_.lower() in {*markers["building_nouns"],
                                                              *markers["work_nouns"]}):
        return "under construction", f"dep:{lemma}-construction"
    if (phrase := relations.phrase_status(verb)) and not (phrase == "planned" and any(
            t.lemma_.lower() in _event_nouns() and t != event for t in verb.sent if t.i > verb.i)):
        return phrase, f"dep:{lemma}-phrase"  # but "signed an agreement on X, construction of
        # which began in May": the rest of the sentence tells
    if lemma == "be" and any(p.dep_ == "prep" and p.lower_ == "under" and any(
            o.dep_ == "pobj" and o.lemma_ in markers["building_nouns"] for o in p.children)
                             for p in verb.children):
        return "under construction", "dep:under-construction"  # "is under construction"
    if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in markers["finishing"]
                             and any(_part_done(p) for p in c.children) for c in verb.children):
        return "under construction", "dep:percent-complete"  # "is 60 percent complete"
    if verb.tag_ in ("VBD", "VBN") and (lemma in markers["launched"] or any(
            c.dep_ in ("prt", "prep") and c.lower_ in markers["launching_particles"].get(lemma, ())
            for c in verb.children)):  # also "switched on a solar plant"
        return "launched", f"dep:{lemma}-past"
    if lemma in markers["producing"] and verb.dep_ == "xcomp" and verb.head.tag_ in (
            "VBD", "VBN") and verb.head.lemma_.lower() in markers["starting"]:
        return "launched", f"dep:{verb.head.lemma_.lower()}-{lemma}"  # "began producing X at"
    if built and verb.tag_ in ("VBD", "VBN"):
        return "launched", f"dep:{lemma}-past"
    return None

