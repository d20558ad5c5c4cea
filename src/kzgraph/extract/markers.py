"""The status a clause's words give a project ("is being built", "will be commissioned",
"was launched"), without the parse: what the rules alone read, and what the statements fall
back on where the parse says nothing (``statuses`` reads the parse).
"""

from __future__ import annotations

import re
from functools import cache

from . import reference


def status(clause: str) -> tuple[str, str] | None:
    """The status a clause gives a project, and the marker that says so.

    Plans win over everything ("are planned to be put into operation"), then finished
    construction ("completed the construction of", a launch), then construction ("launched
    the construction of"), then completion, then an agreement signed (a plan where nothing else
    is said); work stopped ("was suspended") gives ``""`` unless a marker after it says more.

    >>> status("The projects launched during the teleconference include a plant")
    ('launched', 'launched')
    >>> status("the Head of State has launched the construction of a cement plant")[0]
    'under construction'
    >>> status("are planned to be put into operation in the same district")[0]
    'planned'
    >>> status("Qarmet completed the construction of a rolling mill")
    ('launched', 'completed the construction')
    >>> status("Construction of the flour mill in Aral was completed in May.")
    ('launched', 'construction was completed')
    >>> status("A memorandum on the construction of a sugar plant was signed on Monday")
    ('planned', 'memorandum was signed')
    >>> status("The region signed an agreement with X on the construction of a 90 MW plant")
    ('planned', 'signed an agreement')
    >>> status("the dam foundations of the 24 MW Kora hydropower plant have been poured")
    ('under construction', 'foundations were poured')
    >>> status("construction of the terminal by X LLP started in 2022, but its launch was delayed")
    ('under construction', 'construction started')
    >>> status("the construction of the plant for copper rod is being completed")[0]
    'under construction'

    A plan after work said to be under way is the work's end, not a plan for the project:

    >>> status("the plant is being built by X and will be completed in 2027")
    ('under construction', 'is being built')
    >>> status("the plant will be built after the plant under construction")[0]
    'planned'

    A launch put off says only that a plant is not working: being built where the rest says so,
    else a plan (which a later sentence that says it is being built overrules: ``statements``):

    >>> status("the commissioning of the plant was postponed to 2027 due to late equipment")
    ('planned', 'launch put off')
    >>> status("its launch was postponed to 2023, the works are completed by 85 percent")[0]
    'under construction'
    >>> status("construction should have been completed in 2024, but was delayed")[0]
    'under construction'

    So does a completion or a launch to come (a plan that such a later sentence overrules):

    >>> status("Seven projects are to be commissioned in the region in 2024")
    ('planned', 'completion to come')

    Jobs to come tell whom a plant will employ, not how far it is: a plan only where nothing
    else is said:

    >>> status("It is worth KZT 14 billion and will give 160 jobs. Construction is 90% done.")
    ('under construction', 'construction is')
    >>> status("The plant will create 300 new jobs.")
    ('planned', 'will')

    An adverb after the auxiliary says nothing of how far a project is:

    >>> status("Burabay Astyk LLP is already building a grain terminal that will ship grain")
    ('under construction', 'is building')
    """
    lowered = _output().sub(" ", clause.lower())  # "which will produce 5,000 trucks": no plan
    lowered = _ADVERB.sub(r"\1 ", lowered)  # "is already building", "was officially opened"
    lowered = _PERCENT.sub(" percent", lowered)  # "is 60% complete": "percent complete"
    if "percent" in lowered:  # "completed by 85 percent", "completed 60% of construction"
        lowered = _DONE_BY.sub("percent complete", lowered)
    if " work on" in lowered:  # "started work on the plant": its construction, not its output
        lowered = _WORK_ON.sub(r"\1 construction of", lowered)
    if "construction" in lowered:  # "construction of X began": "construction began"
        lowered = _WORK_OF.sub(r"\1 \2", lowered)
    if "signed" in lowered:  # "a memorandum on the construction of X was signed", "signed
        # an agreement with Y on the construction of X": no work yet
        lowered = _AGREEMENT_ON.sub(r"\1 \2", _AGREED_WORK.sub(r"\1 on", lowered))
    if "foundation" in lowered:  # "the foundations of X have been poured": "foundations were
        lowered = _FOUNDATIONS_OF.sub(r"\1 were poured", lowered)  # poured"
    if _NOT_COMPLETED.search(lowered):  # "the plant has not been completed": being built
        return "under construction", "not completed"
    ongoing = _ongoing_first().search(lowered)
    if any(w in lowered for w in _PUTTING_OFF) and (put_off := _LAUNCH_PUT_OFF.search(
            lowered)) and not (ongoing and ongoing.start() < put_off.start()):
        # "the launch was postponed to 2027": not launched; being built if the rest says so
        rest = status(lowered[:put_off.start()] + " " + lowered[put_off.end():])
        return rest if rest and rest[0] == "under construction" else ("planned", "launch put off")
    halted = _ongoing_first("status_halted_markers").search(lowered)
    if halted and not (_ongoing_first().search(lowered, halted.end()) or any(
            first_at.search(lowered, halted.end()) for *_, first_at in _status_markers())):
        return "", halted.group(1)  # "construction was suspended in 2025": none, not resumed
    for name, markers, first_at in _status_markers():
        matches = list(first_at.finditer(lowered))
        if name == "planned" and matches and ongoing and ongoing.start() < matches[0].start():
            return "under construction", ongoing.group(1)
        if name == "planned" and matches and (done := _TO_BE_COMPLETED.search(lowered)) and (
                done.start() <= matches[0].start() < done.end()):
            return "planned", "completion to come"  # "is to be completed in May", "are to be
            # commissioned this year": not working, maybe being built
        found = {match.group(1) for match in matches}
        if found:
            return ({"finished construction": "launched", "agreed": "planned"}.get(name, name),
                    next(marker for marker in markers if marker in found))
    if _SHARE_DONE_LAST.search(lowered):  # a list's item whose last field is how much of it
        return "under construction", "share done"  # is done: "...; 140 jobs; 75%."
    if jobs := _future_jobs().search(clause.lower()):  # only jobs to come: a plan
        return "planned", jobs.group().split()[0]
    return None


def halted(text: str) -> bool:
    """Whether a text says that work on a project stopped ("construction was suspended")."""
    return _ongoing_first("status_halted_markers").search(text.lower()) is not None


@cache
def _output() -> re.Pattern:
    """The future of a verb of output (``output_verbs``: "which will produce 5,000 trucks a
    year"), of a lender's (``lending_verbs``: "the bank will lend KZT 27 billion to X for") or
    of jobs (``_future_jobs``: "and will give 160 jobs"), which says what a plant makes, who pays
    or whom it employs, not that it is still to be built."""
    rules = reference.rules()
    verbs = "|".join(map(re.escape, [*rules["output_verbs"], *rules["lending_verbs"]]))
    return re.compile(rf"\b(?:will|would|shall)\s+(?:be\s+able\s+to\s+)?(?:{verbs})\b"
                      rf"|{_future_jobs().pattern}")


@cache
def _future_jobs() -> re.Pattern:
    """Jobs to come (``job_verbs``, ``job_nouns``): "will create 300 jobs", "will also employ
    about 40 people"; a plan only where the clause says nothing else of the project."""
    rules = reference.rules()
    verbs = "|".join(map(re.escape, rules["job_verbs"]))
    nouns = "|".join(map(re.escape, rules["job_nouns"]))
    return re.compile(rf"\b(?:will|would|shall)\s+(?:also\s+)?(?:{verbs})\s+"
                      rf"(?:[\w,.-]+\s+){{0,4}}?(?:{nouns})\b")


@cache
def _ongoing_first(key: str = "status_ongoing_markers") -> re.Pattern:
    """The markers of work under way (``status_ongoing_markers``) that a plan after them does
    not overrule ("is being built and will be completed in 2027"), or of work stopped; not
    where what is under way is the planning (``planning_nouns``: "are finishing a feasibility
    study", "the environmental impact assessment")."""
    markers = sorted(reference.rules()[key], key=len, reverse=True)
    planning = "|".join(reference.rules()["verb_status"]["planning_nouns"])
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, markers))})(?![\w-])"
                      rf"(?!\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}(?:{planning})\b)")


@cache
def _status_markers() -> tuple[tuple[str, tuple[str, ...], re.Pattern], ...]:
    """For each status, in the order ``status`` tries them: its markers, the longest first, and
    a pattern that gives, at every place where some stand, the first of them. The first marker
    found anywhere is then among those: one pass over the clause instead of one per marker."""
    found = []
    for name in ("planned", "finished construction", "under construction", "launched", "agreed"):
        markers = tuple(sorted(reference.rules()["status_markers"][name], key=len, reverse=True))
        alternation = "|".join(map(re.escape, markers))
        found.append((name, markers, re.compile(  # not "has not been completed"
            rf"(?=(?<![\w-])(?<!not )(?<!n't )(?<!not been )(?<!n't been )({alternation})(?![\w-]))")))
    return tuple(found)


# an adverb between an auxiliary and its verb, which the markers do not hold; not "now" ("runs
# a plant and is now expanding it" tells of a plant at work as often as of works under way)
_ADVERB = re.compile(r"\b(is|are|was|were|has|have|had|will|be|been)\s+(?:currently|already|"
                     r"still|also|just|finally|officially|successfully)\s+")
_WORK_ON = re.compile(r"\b(start(?:ed|s)?|began|begun|begin)\s+work\s+on\b")
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)")
_TO_BE_COMPLETED = re.compile(r"\b(?:(?:is|are)\s+(?:to|due\s+to|expected\s+to|scheduled\s+to|"
                              r"set\s+to)|will|shall)\s+be\s+(?:completed|finished|commissioned|"
                              r"launched)\b|\bwill\s+(?:now\s+|only\s+)?(?:open|start\s+operating)"
                              r"(?!\s+(?:an?|its|their|the|new)\b)|"  # "will now open in 2026"
                              r"\b(?:is|are)\s+expected\s+to\s+(?:start|begin)\s+(?:production|"
                              r"operations?)\b")  # "are expected to start production this year"
_SHARE_DONE_LAST = re.compile(r";\s+percent\s*\.?\s*$")
_DONE_BY = re.compile(r"\b(?:completed|complete|finished|ready)\s+(?:by|to|at)\s+percent\b|"
                      r"\b(?:completed|finished|done)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                      r"over\s+|almost\s+)?\s*percent\s+of\s+(?:the\s+)?(?:construction|works?)\b")
# work on a facility named before its verb ("construction of the mill in Aral was completed",
# "construction of the terminal by X LLP started in 2022"), read as the markers have it
_WORK_OF = re.compile(r"\b((?:re)?construction)\s+(?:of|on)\s+[^.;:,]{1,80}?\s+((?:(?:has|have)\s+"
                      r"been\s+|was\s+|were\s+|has\s+|have\s+)?(?<!being )(?<!be )(?<!not )"
                      r"(?:started|began|begun|completed|finished|resumed))\b")
_AGREEMENT_ON = re.compile(r"\b(memorandum|agreement)\s+(?:on|for|with)\s+[^.;]{1,120}?\s+"
                           r"((?:has\s+been|have\s+been|was|were)\s+signed)\b")
_AGREED_WORK = re.compile(r"\b(signed\s+an?\s+(?:agreement|memorandum|contract)\b[^;]{0,200}?)\s+"
                          r"(?:on|for)\s+(?:the\s+)?construction\s+of\b")
_FOUNDATIONS_OF = re.compile(r"\b(foundations?)\s+(?:of|under|for)\s+[^.;:,]{1,80}?\s+"
                             r"(?:(?:has|have)\s+been|was|were|is|are)\s+(?:poured|laid)\b")
_NOT_COMPLETED = re.compile(r"\b(?:not\s+(?:yet\s+)?been|should\s+have\s+been)\s+"
                            r"(?:completed|finished|commissioned)\b")
# a launch put off, not the start of the work ("the start of construction was postponed": a plan)
_PUTTING_OFF = ("postpone", "delay", "pushed", "put off", "defer", "slipped")
_LAUNCH_PUT_OFF = re.compile(
    r"\b(?:(?:launch|commissioning|start-up|startup|opening|completion|inauguration)(?!\s+of\s+"
    r"(?:the\s+)?(?:construction|works?)\b)|completed|commissioned|launched)\b[^.;]{0,120}?\b"
    r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:postponed|delayed|pushed\s+back|put\s+off"
    r"|deferred)\b|\b(?:launch|commissioning|start-up|completion)\s+(?:(?:has|have|had)\s+)?"
    r"slipped\b")
