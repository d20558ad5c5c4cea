"""What the sentences and paragraphs around a project say of it: the region a paragraph's
heading names or the one region it names before the project, the lead that introduces a list,
the sentence a "The largest of them" refers back to, the work a sentence after it names
("Construction is to begin in August"), the project of its sentence a figure is told of, and
the asides of a clause (brackets, a quotation) that speak of something else.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import markers, reference


def clause(text: str, m: Mention, begin: int, end: int,
           projects: list[Mention]) -> tuple[int, int]:
    """Where the clause of a mention in the sentence from ``begin`` to ``end`` starts and ends:
    at semicolons, but one that goes on of them all is theirs ("a plant and a line; both are
    under construction"), and before a speaker's clause (", and we will buy the rest"); a list's
    item of one project is its clause whole, its fields apart by semicolons ("2. Meat plant,
    Beskaragai; X LLP, Turkey; 12 bn tenge; 75%.").

    >>> from kzgraph.model import Mention
    >>> t = "X opened a plant; a mill and a farm; both are new; prices rose"
    >>> mill = Mention(t.index("mill"), t.index("mill") + 4, "mill", "project", "t", "mill")
    >>> t[slice(*clause(t, mill, 0, len(t), [mill]))]
    ' a mill and a farm; both are new'
    """
    line = text.rfind("\n", 0, m.start) + 1
    if begin <= line and _LIST_ITEM.match(text, line) and not any(
            begin <= p.start < end and p.key != m.key for p in projects):
        return begin, end
    start = text.rfind(";", begin, m.start)
    stop = text.find(";", m.end, end)
    while stop >= 0 and OF_THEM_ALL.match(text, stop):
        stop = text.find(";", stop + 1, end)
    start, stop = (start + 1 if start >= 0 else begin), (stop if stop >= 0 else end)
    if said := _SPEAKER_AFTER.search(text, m.end, stop):  # "X opened a line, and we will buy"
        stop = said.start()
    return max([start, *(s.end() for s in _SPEAKER_AFTER.finditer(text, start, m.start))]), stop


# a clause of its own after a comma, whose subject is a speaker: ", and we will buy the rest"
_SPEAKER_AFTER = re.compile(r",\s+(?:and|but|while)\s+(?=(?:we|he|she|I)\s)")


OF_THEM_ALL = re.compile(r";\s*(?:both|all|each|they)\b", re.IGNORECASE)
"""A clause that goes on of all the projects before it: "; both are under construction"."""


def sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the sentence that holds ``offset`` (the last one past the end)."""
    for i, (begin, end) in enumerate(spans):
        if begin <= offset < end:
            return i
    return max(0, len(spans) - 1)


def heading_region(text: str, at: int, regions: list[Mention]) -> Mention | None:
    """The region a paragraph opens with as its heading, before a colon or a full stop
    ("Pavlodar Region: 14 projects. ... a plant in Ekibastuz", "Abai Region. In Semey ..."), in
    capitals before a dash ("ABAI REGION - In Semey ..."), or alone on the first line of a block
    of lines ("Almaty Region" above "3. ..." and "4. ..."): where a release reports by region,
    each paragraph's projects are in its region.

    >>> from kzgraph.model import Mention
    >>> t = "Abai Region: 6 projects. In Semey, a shoe factory opened.\\nIn Aral, a mill."
    >>> r = Mention(0, 11, "Abai Region", "region", "t", "abai")
    >>> [heading_region(t, t.index(w), [r]) for w in ("shoe", "mill")] == [r, None]
    True
    >>> t = "Abai Region\\n1. A shoe factory.\\n2. A mill.\\n\\nA farm."
    >>> [heading_region(t, t.index(w), [r]) for w in ("shoe", "mill", "farm")] == [r, r, None]
    True
    >>> t = "Abai Region\\n\\n- A shoe factory.\\n\\n- A mill.\\n\\nA farm."
    >>> [heading_region(t, t.index(w), [r]) for w in ("shoe", "mill", "farm")] == [r, r, None]
    True

    A region in capitals on a line of its own heads every paragraph after it, to the next:

    >>> t = "ABAI REGION\\n\\nIn Semey, a shoe factory.\\n\\nIn Ayagoz, a mill."
    >>> heading_region(t, t.index("mill"), [Mention(0, 11, "ABAI REGION", "region", "t", "abai")])
    Mention(start=0, end=11, text='ABAI REGION', kind='region', rule='t', key='abai')
    """
    start = text.rfind("\n", 0, at) + 1
    start += len(text[start:at]) - len(text[start:at].lstrip())
    inline = next((r for r in regions if r.start == start and r.end < at
                   and (text[r.end:r.end + 2].lstrip()[:1] in (":", ".") and text[r.end] != "\n"
                        or text[r.start:r.end].isupper() and text[r.end:r.end + 2].lstrip()[:1]
                        in ("-", "—"))),
                  None)
    if inline is not None:
        return inline
    # a region alone on the first line of the block of lines ("Almaty Region\n3. ...\n4. ..."),
    # or on a line of its own above items each a block ("ABAI REGION\n\n- ...\n\n- ...")
    blank = text.rfind("\n\n", 0, at)
    block = _BLANKS.match(text, blank + 2 if blank >= 0 else 0).end()
    line_end = text.find("\n", block, at)
    alone = next((r for r in regions if r.start == block and line_end != -1
                  and text[r.end:line_end].strip() in ("", ":")), None)
    while alone is None and blank > 0 and _LIST_ITEM.match(text, block):
        blank = text.rfind("\n\n", 0, blank)
        block = _BLANKS.match(text, blank + 2 if blank >= 0 else 0).end()
        line_end = text.find("\n", block)
        alone = next((r for r in regions if r.start == block and text[r.end:line_end].strip()
                      in ("", ":")), None)
    return alone or _section_region(text, at, regions)


def _section_region(text: str, at: int, regions: list[Mention]) -> Mention | None:
    """The region of the section ``at`` is in: the last line in capitals before it, where that
    line is a region ("ZHAMBYL REGION" above paragraphs, to the next "ALMATY REGION" or "STATUS
    SUMMARY")."""
    heading = next(reversed(list(_CAPITALS_LINE.finditer(text, 0, at))), None)
    if heading is None:
        return None
    return next((r for r in regions if r.start == heading.start("words")
                 and text[r.end:heading.end()].strip() in ("", ":")), None)


_CAPITALS_LINE = re.compile(  # (a line's end, not where the search stops)
    r"^[ \t]*(?P<words>[A-Z][A-Z0-9 ,.'’&/-]*)(?:\([^()\n]*\))?[ \t]*:?[ \t]*(?=\n)", re.MULTILINE)


def list_lead(text: str, at: int) -> str:
    """The paragraph that introduces a list, where ``at`` is in one of its items ("This year 95
    projects were commissioned. Among the largest are:" before "- a glass plant of X in Y"),
    past the short headings between its parts ("Akmola Region"): what it says of them all.
    Empty where ``at`` is in no item or the paragraph ends in no colon.

    >>> t = "Ten plants were opened. Among them:\\n\\n- a mill in Aral;\\n- a farm in Taraz."
    >>> list_lead(t, t.index("farm")), list_lead(t, t.index("Ten"))
    ('Ten plants were opened. Among them:', '')
    >>> list_lead("Launches:\\n\\nAbai Region\\n1. A mill.\\n\\nAral\\n2. A farm.", 40)
    'Launches:'
    """
    start = text.rfind("\n", 0, at) + 1
    if not _LIST_ITEM.match(text, start):
        return ""
    lines = text[:start].splitlines()
    while lines and (not lines[-1].strip() or _LIST_ITEM.match(lines[-1])
                     or _SUBHEADING.fullmatch(lines[-1])):  # "Akmola Region" above its items
        lines.pop()
    paragraph = []
    while lines and lines[-1].strip():
        paragraph.insert(0, lines.pop())
    lead = " ".join(paragraph).strip()
    return lead if lead.endswith(":") else ""


def referred(text: str, spans: list[tuple[int, int]], at: int,
             counts: list[Mention] = ()) -> tuple[int, int] | None:
    """The sentence a sentence refers back to, where the one at ``at`` opens by referring back
    to what was counted ("Ten plants were opened in Abai Region. The largest of them, a X";
    ``back_reference_openers``): the nearest of the three before it that holds one of
    ``counts`` (the counts of projects: "14 projects were put into operation. Manufacturing
    grew. The largest of them is"), else the one right before.

    >>> t = "Abai Region opened 9 plants. The biggest is a mill. A farm opened."
    >>> spans = [(0, 29), (29, 52), (52, len(t))]
    >>> referred(t, spans, t.index("mill")), referred(t, spans, t.index("farm"))
    ((0, 29), None)
    """
    i = sentence_at(spans, at)
    if not i or not _back_reference().match(text, spans[i][0]):
        return None
    return next((spans[j] for j in range(i - 1, max(-1, i - 4), -1)
                 if any(spans[j][0] <= c.start < spans[j][1] for c in counts)), spans[i - 1])


def continued(text: str, spans: list[tuple[int, int]], m: Mention,
               mentions: list[Mention]) -> str:
    """One of the two sentences after a project's, or any of the rest of its line where it is a
    list's item ("1. A wind farm, X Region. Investor: Y. Launched in May 2025."), where it and
    those between name no other project and (outside an item) it opens with the work on the
    last one named ("a loan for a flour mill of X. The mill will grind grain. Construction is
    to begin in August.", "Its launch is scheduled for 2027") or with that project itself ("The
    project was put into operation in May", ``project_anaphors``), or calls it by its bare noun
    with what was done to it ("The plant was relaunched in April"), or builds or launches "it"
    ("X will build it"): what it says of that project. Empty otherwise.

    >>> from kzgraph.model import Mention
    >>> t = "A loan for a mill. It is big. Construction is to begin in May. Prices rose."
    >>> mill = Mention(12, 16, "mill", "project", "t", "flour mill")
    >>> spans = [(0, 19), (19, 30), (30, 62), (62, len(t))]
    >>> continued(t, spans, mill, [mill]), continued(t, spans[:1] + spans[3:], mill, [mill])
    ('Construction is to begin in May.', '')
    """
    i = sentence_at(spans, m.start)
    line_end = item_end(text, m.end)  # a list item's line: all its sentences
    item = _LIST_ITEM.match(text, text.rfind("\n", 0, m.start) + 1) is not None
    said = []  # each such sentence (the project's worth and jobs, then its construction)
    for begin, end in spans[i:] if item else spans[i:i + 3]:
        if markers.halted(text[begin:end]):  # "The Board decided to suspend construction. The
            break  # foundations were poured in 2022, but ...": what was done before it
        if begin <= m.start:
            continue
        if item and begin >= line_end:
            break
        if any(p.start >= m.end and p.start < end for p in mentions if p.key != m.key):
            break
        if item or _work_opener().match(text, begin) or builds_it().search(text, begin, end):
            said.append(text[begin:end].strip())  # a list's item tells only of its project
        # or a clause of it does: "The akimat calls it its flagship, and construction is due"
        elif joined := next((j for j in _JOINED.finditer(text, begin, end)
                             if _work_opener().match(text, j.end())), None):
            said.append(text[joined.end():end].strip())
    return " ".join(said)


_JOINED = re.compile(r"(?:,\s+(?:and|but|while)|;)(?=\s)")


def rest_of_item(text: str, spans: list[tuple[int, int]], m: Mention,
                 mentions: list[Mention]) -> list[tuple[int, int]]:
    """The sentences after a project's in its list item, up to one naming another project: the
    item's story of it, in the order it happened ("was started in 2020 and frozen in 2022. This
    spring it was taken over by Y. Works resumed in August.")."""
    if not _LIST_ITEM.match(text, text.rfind("\n", 0, m.start) + 1):
        return []
    line_end, i = item_end(text, m.end), sentence_at(spans, m.start)
    rest = []
    for begin, end in spans[i + 1:]:
        if begin >= line_end or any(begin <= p.start < end and p.key != m.key for p in mentions):
            break
        rest.append((begin, end))
    return rest


def item_end(text: str, offset: int) -> int:
    """Where the list item an offset is in ends: at its line's end, but a heading's (a line with
    no full stop: "4. Taiynsha slaughterhouse, North Kazakhstan region") goes on over the
    paragraph below it, unless that is an item of its own."""
    end = text.find("\n", offset) % (len(text) + 1)
    if text[:end].rstrip().endswith((".", "!", "?", ";", ":")) or end == len(text):
        return end
    below = _BLANKS.match(text, end).end()
    if _LIST_ITEM.match(text, below):
        return end
    return text.find("\n", below) % (len(text) + 1)


def of_its_head(text: str, spans: list[tuple[int, int]], m: Mention,
                mentions: list[Mention]) -> str:
    """The two sentences after a project's, up to one naming another project, that call it by
    its head noun after "the" or "its" ("The main building of the concentrator is 70% complete"
    after "the launch of the X Copper Concentrator was put off").

    >>> from kzgraph.model import Mention
    >>> t = "A new mill is delayed. The mill is half built. Prices rose."
    >>> mill = Mention(6, 10, "mill", "project", "t", "new mill")
    >>> of_its_head(t, [(0, 22), (23, 46), (47, len(t))], mill, [mill])
    'The mill is half built.'
    """
    head = re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+{re.escape(head_noun(m.key))}\b")
    said, i = [], sentence_at(spans, m.start)
    for begin, end in spans[i + 1:i + 3]:
        if any(begin <= p.start < end for p in mentions):
            break
        if head.search(text, begin, end):
            said.append(text[begin:end].strip())
    return " ".join(said)


def called_heads(project: Mention) -> set[str]:
    """The bare nouns that call a project again: its own head, or one that may call any
    (``project_calling_heads``): "mill" or "plant" for "a mill for processing of X", not
    "deposit"; and "station" for a power plant ("Y will build and operate the station").

    >>> from kzgraph.model import Mention
    >>> sorted(called_heads(Mention(0, 6, "a mill", "project", "t", "mill for processing of X")))
    ['complex', 'enterprise', 'facility', 'mill', 'plant', 'project']
    """
    power = _POWER.search(project.key) is not None
    return {head_noun(project.key), *reference.rules()["project_calling_heads"], *(
        ["station"] if power else [])}


_POWER = re.compile(r"\b(?:power|solar|wind|hydropower|thermal)\b.*\bplant\b", re.IGNORECASE)


def head_noun(label: str) -> str:
    """A project label's head noun, before what it makes and past the number of another with
    the same head.

    >>> head_noun("plant for processing of oilseeds"), head_noun("sugar plant #2")
    ('plant', 'plant')
    """
    return _HEAD_END.split(label.lower().split(" #")[0])[0].split()[-1]


_HEAD_END = re.compile(r" (?:for|of|producing|making|on) ")


@cache
def builds_it() -> re.Pattern:
    """A verb of building or launching whose object is "it" or the facility by its bare noun
    ("X will build it", "We are building it now", "X launched it in May", "X is building the
    facility"; "put" launches only "into operation"), or that starts or ends its construction
    ("X began construction in 2023")."""
    markers = reference.rules()["verb_status"]
    verbs = "|".join([*markers["building"], *(v for v in markers["launched"] if v != "put")])
    # or the facility by its bare noun ("X is building the facility")
    bare = "|".join([*reference.rules()["project_heads"], *reference.rules()["project_anaphors"]])
    # or its construction without saying of what ("X began construction in 2023")
    starting = "|".join(markers["starting"] + markers["finishing"] + ["began", "begun"])
    return re.compile(rf"\b(?:(?:{verbs}|built)\w*[ \t]+(?:it|the[ \t]+(?:{bare}))\b|"
                      rf"(?:{starting})\w*[ \t]+(?:the[ \t]+)?construction\b(?![ \t]+(?:of|on)\b))",
                      re.IGNORECASE)


@cache
def _work_opener() -> re.Pattern:
    markers = reference.rules()["verb_status"]
    nouns = "|".join(markers["building_nouns"] + markers["opening_nouns"])
    itself = "|".join(reference.rules()["project_anaphors"])  # "The project, worth N, was ..."
    heads = "|".join(reference.rules()["project_heads"])
    now = "|".join(reference.rules()["work_openers"])  # "At present, construction works are"
    # also the facility by its bare noun and what was or is done to it ("The plant was
    # relaunched", "The plant, worth N, is being built"),
    # what was done to it without it, as a list item says it ("Launched in May 2025."), or
    # with "it" ("It was commissioned in 2016", "It opened in 2023", "It is being built by X"),
    # and its foundations ("The foundations were poured in November")
    done = "|".join(v + ("d" if v.endswith("e") else "ed") for v in markers["launched"]
                    if v not in ("put", "begin"))
    return re.compile(rf"\s*(?:(?:{now}),?\s+)?(?:(?:(?:its|the)\s+)?(?:{nouns})\b(?!\s+of\b)|the\s+(?:{itself})\b|"
                      rf"(?:its|the)\s+(?:{heads})(?:,(?:[^,.;]|\.(?=\d)){{1,60}},)?\s+"
                      rf"(?:was|were|has|have|had|is|are|will)\b|"
                      rf"(?:{done}|under\s+construction)\b|"
                      rf"it\s+(?:(?:has\s+been|was|is)\s+)?(?:{done}|under\s+construction|in\s+"
                      r"(?:commercial\s+|full\s+)?operation)\b|"  # "It has been in operation since"
                      r"it\s+is\s+being\s+(?:built|constructed|erected)\b|"  # "It opened in 2023"
                      r"(?:the\s+)?equipment\s+(?:is|are)\s+(?:now\s+)?being\s+"
                      r"(?:installed|mounted)\b|"  # "Equipment is being installed"
                      r"(?:the\s+)?foundations?\s+(?:was|were|has|have|had|is|are)\b)",
                      re.IGNORECASE)


@cache
def _back_reference() -> re.Pattern:
    openers = "|".join(map(re.escape, reference.rules()["back_reference_openers"]))
    return re.compile(rf"\s*(?:{openers})(?![\w-])", re.IGNORECASE)


_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s")
_BLANKS = re.compile(r"\s*")
_SUBHEADING = re.compile(r"[ \t]*[A-Z][^.:;!?\n]{0,40}")  # a short line with no sentence in it


def figure_of(text: str, own: list[Mention], figure: Mention) -> Mention:
    """The project of its sentence a figure is told of: the one a clause after it holds it in
    ("a plant in X, which processes 20,000 tonnes a year, and a complex"), else the nearest."""
    before = [p for p in own if p.end <= figure.start]
    told = before and _CLAUSE_AFTER.search(text, before[-1].end, figure.start)
    return before[-1] if told else min(own, key=lambda p: abs(p.start - figure.start))


_CLAUSE_AFTER = re.compile(r",\s*(?:which|that)\s")


def no_asides(clause: str, project: Mention) -> str:
    """A project's clause without its asides, which speak of something else: brackets, and a
    quotation that does not hold the project ("'Our copper will stay here': cable plant opens").

    >>> plant = Mention(0, 7, "a plant", "project", "t")
    >>> no_asides("a plant (the company plans to export) under construction", plant)
    'a plant  under construction'
    >>> no_asides('"We will grow": a plant opens', plant), no_asides('"We will open a plant"', plant)
    (': a plant opens', '"We will open a plant"')
    """
    return _QUOTED.sub(lambda q: q.group() if project.text in q.group() else "",
                       _ASIDE.sub("", clause))


_ASIDE = re.compile(r"\([^()]*\)")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def paragraph_region(text: str, at: int, regions: list[Mention]) -> Mention | None:
    """The one region a project's paragraph names before it ("The Koktal pit, north of
    Zhezkazgan in the Ulytau region, ... In June the company switched on a solar plant"): a
    journalist names the region once and then tells of what is built there.

    >>> t = "The mine is in the Ulytau region. Its new plant opened.\\nAnother plant opened."
    >>> r = Mention(19, 32, "Ulytau region", "region", "t", "ulytau")
    >>> [paragraph_region(t, t.index(w), [r]) for w in ("new plant", "Another")] == [r, None]
    True
    """
    start = text.rfind("\n", 0, at) + 1
    named = {r.key: r for r in regions if start <= r.start < at}
    return next(iter(named.values())) if len(named) == 1 else None
