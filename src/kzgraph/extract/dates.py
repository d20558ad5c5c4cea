"""Dates and periods, normalised to the values the text means: "December 6" in an article
published 2016-12-07 is 2016-12-06; "2010-2014" is a period. ``dates`` returns (Mention, Value)
pairs.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Mention, Value
from ..namespaces import XSD
from .months import MONTHS, period, year_of
from .months import number as _month_number
from .scan import Starts, matches, scan

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"

_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


def _day(year: int, month: int, day: int) -> Value | None:
    try:
        return Value(date(year, month, day).isoformat(), XSD + "date")
    except ValueError:
        return None


# (rule id, pattern), in order: a span an earlier rule took is not matched again. Each starts
# with a look-ahead on its first character, which only makes the search faster.
_M = "(?=[ADFJMNOS])"  # the initials of _MONTH
_DATE_PATTERNS = [(rule, re.compile(source)) for rule, source in [
    ("date-quarter", r"(?=[fst1-4Q])\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+)?|Q(?P<qn>[1-4])\s+|(?P<nq>[1-4])Q\s+)(?P<y>(?:19|20)\d\d)\b"),
    ("date-month-period", rf"{_M}\b{_MONTH}\.?(?:\s*[-–—]\s*|\s+(?P<to>to|and|till|until|through)\s+){_MONTH.replace('<month>', '<month2>')}\b(?:\.?,?\s+(?P<y>(?:19|20)\d\d)\b)?"),
    ("date-iso", r"(?=[12])(?<![\d.,/-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    ("date-day-month-year", rf"(?=\d)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    ("date-month-day-year", rf"{_M}\b{_MONTH}\.?[^\S\n]?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?P<y>(?:19|20)\d\d)\b"),
    ("date-numeric", r"(?=\d)(?<![\d.,])(?P<d>\d{1,2})([/. ])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d\d)\b"),
    ("date-period", r"(?=[b12])\b(?<![-–])(?:between\s+)?(?P<y>(?:19|20)\d\d)\s*(?:[-–—]|and|to|till|until|through)\s*(?:(?P<y2>(?:19|20)\d\d)|(?<=[-–])(?P<yy>\d\d))\b(?![-–/.]\d)"),
    ("date-month-year", rf"{_M}\b{_MONTH}\.?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    ("date-month-day", rf"{_M}\b{_MONTH}\.?[^\S\n]?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|tons|million|billion))"),
    ("date-day-month", rf"(?=\d)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b"),
    ("date-this-month", rf"(?=t)\bthis\s+{_MONTH}\b"),
    # a month alone after a preposition is the publication year's: "since March", "in early May"
    ("date-month", rf"(?=[ABEFILMSTUabefilmstu])\b(?i:in|since|by|until|till|from|(?:in\s+)?(?:early|mid-|late)|(?:at\s+)?the\s+(?:end|beginning)\s+of)\s*{_MONTH}\b(?!\.?[^\S\n]?\d)"),
    ("date-year", r"(?i:(?=[abdefhilmostuwy]))\b(?i:in|since|by|until|till|from|of|for|during|before|after|end of|beginning of|early|late|year|H[12]|spring|summer|autumn|fall|winter|fiscal)\s+(?:the\s+)?(?:mid-|end-)?(?P<y>(?:19|20)\d\d)\b(?![-–]\d)"),
]]
_DAY_MONTH_YEAR = re.compile(r"\b\d{1,2} \d{1,2} \d{4}\b")
# The words each date pattern can start at (``scan``): a month's name (every name in _MONTH
# starts with its first three letters), the words before a month or a year, an ordinal; None:
# where a run of digits starts.
_MONTHS = Starts.of(m[:3].title() for m in MONTHS)
_DATE_STARTS = {
    "date-quarter": Starts.of(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
                               *(f"Q{n}" for n in "1234"), *(f"{n}Q" for n in "1234")]),
    "date-iso": None, "date-day-month-year": None, "date-numeric": None, "date-day-month": None,
    "date-period": Starts.of(["between", "19", "20"]),
    "date-this-month": Starts.of(["this"]),
    "date-month": Starts.of(["in", "since", "by", "until", "till", "from", "early", "mid",
                             "late", "at", "the"], caseless=True),
    "date-year": Starts.of(["in", "since", "by", "until", "till", "from", "of", "for", "during",
                            "before", "after", "end", "beginning", "early", "late", "year", "H1",
                            "H2", "spring", "summer", "autumn", "fall", "winter", "fiscal"],
                           caseless=True),
}


def dates(text: str, published: date | None) -> list[tuple[Mention, Value]]:
    """Dates and periods, with a year taken from the publication date where the text omits it.

    A period (``2010-2014``, a quarter) has its start as ``lexical`` and its end as ``end``.

    >>> [(m.text, v.lexical, v.end) for m, v in dates(
    ...     "On December 6, the program implemented in 2010-2014; from April 2015", date(2016, 12, 7))]
    [('December 6', '2016-12-06', ''), ('2010-2014', '2010', '2014'), ('April 2015', '2015-04', '')]
    >>> [(v.lexical, v.end) for m, v in dates("Since 2019, and in the 2nd quarter of 2021", None)]
    [('2019', ''), ('2021-04', '2021-06')]
    """
    year = published.year if published else None
    found: list[tuple[Mention, Value]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, value: Value | None, rule: str, group: int | str = 0) -> None:
        start, end = match.start(group), match.end(group)
        if value is None or any(start < e and end > s for s, e in taken):
            return
        taken.append((start, end))
        found.append((Mention(start, end, text[start:end], "date", rule, value.lexical), value))

    words = scan(text)
    for rule, pattern in _DATE_PATTERNS:
        starts = _DATE_STARTS.get(rule, _MONTHS)
        for match in matches(pattern, text, words.digits if starts is None else words.at(starts)):
            g = match.groupdict()
            if rule == "date-quarter":
                number = g["qn"] or g["nq"]
                last = 3 * (int(number) if number else 1 + [
                    "first", "second", "third", "fourth"].index(_ORDINALS.get(g["q"], g["q"])))
                add(match, Value(f"{g['y']}-{last - 2:02d}", XSD + "gYearMonth",
                                 end=f"{g['y']}-{last:02d}"), rule)
                continue
            if rule == "date-month-period":
                if g["to"] != "and" or text[:match.start()].endswith("between "):
                    add(match, period(g, year, published), rule)  # not "in March and May"
                continue
            if rule == "date-period":
                g["y2"] = g["y2"] or g["y"][:2] + g["yy"]  # "2025-26"
                if int(g["y2"]) <= int(g["y"]):
                    continue
                add(match, Value(g["y"], XSD + "gYear", end=g["y2"]), rule)
            elif rule == "date-year":
                add(match, Value(g["y"], XSD + "gYear"), rule, "y")
            elif rule == "date-iso":
                add(match, _day(int(g["y"]), int(g["m"]), int(g["d"])), rule)
            elif rule == "date-numeric":
                if match.group(0).count(" ") and not _DAY_MONTH_YEAR.search(match.group(0)):
                    continue
                add(match, _day(int(g["y"]), int(g["m"]), int(g["d"])), rule)
            elif rule == "date-month-year":
                add(match, Value(f"{g['y']}-{_month_number(g['month']):02d}", XSD + "gYearMonth"), rule)
            elif rule in ("date-this-month", "date-month"):
                month = _month_number(g["month"])
                said = year if rule == "date-this-month" else year_of(  # "was opened in
                    text, match.start(), month, published)  # December", in January: last year's
                if said:
                    add(match, Value(f"{said}-{month:02d}", XSD + "gYearMonth"), rule)
            elif "y" in g and g.get("y"):
                add(match, _day(int(g["y"]), _month_number(g["month"]), int(g["d"])), rule)
            elif year:
                month = _month_number(g["month"])
                add(match, _day(year_of(text, match.start(), month, published), month, int(g["d"])),
                    rule)
    return sorted(found, key=lambda pair: pair[0].start)
