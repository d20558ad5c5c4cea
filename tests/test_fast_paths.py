"""The extractor's shortcuts find exactly what the plain regular expressions they replace find.

Each shortcut (a name alternation grouped by initial, patterns tried only where a number starts
or only at the words they can start with, a word found with ``str.find``, the abbreviation
check on the end of a sentence) is compared
with its plain definition on generated texts, including the characters that case-insensitive
matching treats specially (the Kelvin sign, long s, dotted and dotless i); and the status a
clause gives a project is the one its markers, searched for one by one, give.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kzgraph.extract import (
    called,
    dates,
    markers,
    names,
    numbers,
    programs,
    projects,
    reference,
    scan,
    sectors,
)
from kzgraph.extract import regions as region_names
from kzgraph.extract.alternation import alternation, flex
from kzgraph.extract.scan import Cued, Starts
from kzgraph.extract.text import _END, _NO_BREAK_BEFORE, sentences, word_starts

SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
SPECIAL = "Kk\u212aSs\u017fIi\u0130\u0131"  # letters that match others when case is ignored
LETTERS = st.sampled_from(list("abAB" + SPECIAL + "«'’-_ .,Ö0") + ["\u00e9"])
NAMES = st.lists(st.text(LETTERS, min_size=1, max_size=5), min_size=1, max_size=6)
TEXTS = st.text(LETTERS, max_size=60)


def _plain(names: list[str]) -> str:
    return "|".join(flex(n) for n in sorted(set(names), key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, flags)]


@SETTINGS
@given(NAMES, TEXTS, st.sampled_from([0, re.IGNORECASE]))
def test_a_grouped_alternation_matches_what_the_plain_one_matches(names, text, flags):
    text = " ".join([text, *names, text[::-1]])
    assert _spans(alternation(names), text, flags) == _spans(_plain(names), text, flags)


@SETTINGS
@given(NAMES, TEXTS, st.sampled_from([0, re.IGNORECASE]))
def test_a_name_alternation_tried_at_its_words_starts_matches_as_a_scan_would(names, text, flags):
    text = " ".join([text, *names, text[::-1], *(n.upper() for n in names)])
    pattern = re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])", flags)
    cued = Cued(pattern, Starts.of_names(names, caseless=bool(flags)))
    assert [m.span() for m in cued.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def _cued() -> dict[str, Cued]:
    """The extractor's patterns that the shared pass tries only at the words they start with."""
    role, role_comma, _, gazetteer = names._person_patterns()
    regions = region_names._region_patterns()
    return {"sectors": sectors._sector_patterns().name, "regions with a word": regions.with_word,
            "regions alone": regions.alone, "persons": gazetteer, "title name": role,
            "title, name": role_comma, "said": names._said_pattern(),
            "honorific": names._honorific_pattern(),
            "head of state": names._head_of_state_pattern(),
            **{f"called {i}": p for i, (p, _) in enumerate(called._called_patterns())
               if isinstance(p, Cued)}}


def _vocabulary() -> list[str]:
    rules = reference.rules()
    words = [*rules["role_titles"][:12], *rules["person_honorifics"], *rules["project_heads"][:8],
             *rules["head_of_state_phrases"], "peasant farm", "a.s.", "built", "by", "the", "The",
             "said", "Marat", "Nurov", "Aidar", "Orda", "Glass", "company", "of", "region", ",",
             ".", "-", "’", "\u0130", "\u0131", "\u017f", "\u212a", "\u0345", "Ö"]
    for region in reference.regions()[:6]:
        words += region.names[:4]
    for sector in reference.sectors()[:6]:
        words += sector.names[:3]
    for person in reference.persons()[:2]:
        words += person.names
    return words


@SETTINGS
@given(st.lists(st.sampled_from(_vocabulary()), max_size=12),
       st.sampled_from([" ", "", "-"]), st.booleans())
def test_patterns_tried_at_their_words_match_as_a_scan_would(words, joint, upper):
    text = joint.join(words)
    text = text.upper() if upper else text
    for name, cued in _cued().items():
        assert [m.span() for m in cued.finditer(text)] == [
            m.span() for m in cued.pattern.finditer(text)], name


PROGRAM_TEXTS = st.lists(st.sampled_from(
    ["the", "The", "THIRD", "first", "Five-Year", "F\u0131ve-year", "five", "year", "Plan", "plan",
     "the first F\u0131ve-year plan", "second five-year programme",
     "program", "programme", "Program", "Programme", "Strategy", "Concept", "for", "of",
     "Development", "Industrialization", "Map", "«Road»", "\"Road\"", "Comfortable", "School",
     "Nurly", "Zhol", "State", "2020", "-", ",", "."]),
    max_size=12).map(" ".join)


@SETTINGS
@given(PROGRAM_TEXTS)
def test_a_program_alternative_left_out_where_its_words_are_not_changes_nothing(text):
    fast = programs._program_pattern(*programs._possible(text, text.lower()))
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in programs._program_pattern().finditer(text)]


DATE_TEXTS = st.lists(st.sampled_from(
    ["May", "May5", "Mayor", "Sept.", "December", "IN", "in", "since", "mid-", "the", "end", "of",
     "H1", "first", "quarter", "Q2", "3Q", "between", "2019", "2019-05-06", "a2019", "5/6/2021",
     "12", "1st", "this", "early", "-", "–", ",", ".", "/", "\u0130N", "\u0131n", "\u017fince"]),
    max_size=12).map(" ".join)


@SETTINGS
@given(DATE_TEXTS)
def test_date_patterns_tried_at_their_words_match_as_a_scan_would(text):
    words = scan.Scan(text)
    for rule, pattern in dates._DATE_PATTERNS:
        starts = dates._DATE_STARTS.get(rule, dates._MONTHS)
        fast = scan.matches(pattern, text, words.digits if starts is None else words.at(starts))
        assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)], rule


NUMBER_TEXTS = st.lists(st.sampled_from(
    ["5", "1,450", "4.6", "197 000", "two", "Twenty-six", "tons", "t", "tenge", "USD", "people",
     "jobs", "new jobs", "million", "bln", ".", ",", "=", "$", "a1", "x", "per year", "Onerous",
     "\u0130", "\u017fix", "-"]),
    max_size=14).map(" ".join)


@SETTINGS
@given(NUMBER_TEXTS)
def test_quantity_patterns_tried_where_a_number_starts_match_as_a_scan_would(text):
    starts = [m.start() for m in numbers._NUMBER_START.finditer(text)]
    assert numbers.number_starts(text) == starts
    for rule, pattern in numbers._quantity_patterns():
        if rule != "money-symbol":
            fast = [m.span() for m in scan.matches(pattern, text, starts)]
            assert fast == [m.span() for m in pattern.finditer(text)], rule


@SETTINGS
@given(st.text(st.sampled_from(list("ab-_ .Ö1")), min_size=1, max_size=3),
       st.text(st.sampled_from(list("ab-_ .Ö1")), max_size=40))
def test_word_starts_are_where_the_word_pattern_matches(word, text):
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    assert list(word_starts(word, text)) == [m.start() for m in re.finditer(pattern, text)]


def _sentences_with_whole_slices(text: str) -> list[tuple[int, int]]:
    """sentences() as first written: the abbreviation check on the whole sentence so far."""
    spans, start = [], 0
    for match in _END.finditer(text):
        end = match.end() if text[match.start()] in ".!?" else match.start()
        if text[match.start()] == "." and _NO_BREAK_BEFORE.search(text[start:match.start() + 1]):
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    return [(b + len(text[b:e]) - len(text[b:e].lstrip()), e - len(text[b:e]) + len(
        text[b:e].rstrip())) for b, e in spans if text[b:e].strip()]


@SETTINGS
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "approx.", "N.", "He", "came", "x.", "e.g.",
                                 "Sept.", "\n\n", "\n", "A.", "7.", "!", '"', "B.V."]),
                max_size=20).map(" ".join))
def test_abbreviations_read_at_the_end_of_a_sentence_split_as_before(text):
    assert [(s.start, s.end) for s in sentences(text)] == _sentences_with_whole_slices(text)


def _status_plainly(clause: str) -> tuple[str, str] | None:
    """status() as first written: each marker searched for on its own, the longest first."""
    by_status = reference.rules()["status_markers"]
    for name in ("planned", "finished construction", "under construction", "launched", "agreed"):
        for marker in sorted(by_status[name], key=len, reverse=True):
            if re.search(rf"(?<![\w-]){re.escape(marker)}(?![\w-])", clause.lower()):
                return {"finished construction": "launched", "agreed": "planned"}.get(
                    name, name), marker
    return None


MARKER_WORDS = sorted({word for markers in reference.rules()["status_markers"].values()
                       for marker in markers for word in marker.split()})


@SETTINGS
@given(st.lists(st.sampled_from([*MARKER_WORDS, "plant", "-", "the", "Launched", "x"]),
                max_size=12).map(" ".join))
def test_the_status_of_a_clause_is_the_first_marker_found_as_before(clause):
    # work under way or stopped, a marker negated ("not opened"), a launch put off, a completion
    # to come, an agreement on the construction, foundations of a plant and a share done are
    # read apart
    lowered = clause.lower()
    assume("not " not in lowered and "n't " not in lowered
           and not markers._ongoing_first().search(lowered)
           and not markers._ongoing_first("status_halted_markers").search(lowered)
           and not markers._NOT_COMPLETED.search(lowered)
           and not any(pattern.search(lowered) for pattern in (
               markers._LAUNCH_PUT_OFF, markers._TO_BE_COMPLETED, markers._AGREEMENT_ON,
               markers._AGREED_WORK, markers._FOUNDATIONS_OF, markers._DONE_BY,
               markers._SHARE_DONE_LAST)))
    assert markers.status(clause) == _status_plainly(clause)


HEAD_WORDS = ["plant", "xplant", "plants", "cement", "and", "for", "production", "of", ",",
              '"Orda', 'Glass"', "«Aral»", "2cement", "_mill", "-", "the", "which", "will",
              "produce", "complex", "Kazakh-Turkish", "500", "1,5", ".5", "kV", "MW", "power",
              "line"]


@SETTINGS
@given(st.lists(st.sampled_from(HEAD_WORDS), max_size=8).map(" ".join), st.integers(0, 12))
def test_the_first_head_noun_match_is_the_one_a_search_finds(sentence, position):
    headed, _, _, _, head_start = projects._patterns()
    heads = [m.start() for m in head_start.finditer(sentence)]
    starts = sorted({*heads, *(m.start() for m in projects._WORD_OR_QUOTE.finditer(sentence))})
    fast = projects._first_headed(headed, sentence, position, starts)
    plain = headed.search(sentence, position)
    assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(),
                                                                     plain.groupdict()))
