"""Quantities (money, counts, capacities), normalised to the values the text means: "4.6
trillion tenge" is 4600000000000 KZT (dates are ``dates.py``'s). Each function returns
(Mention, Value) pairs.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..model import Mention, Value
from ..namespaces import XSD
from . import reference
from .scan import Starts, matches, scan

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_SCALES = {
    "thousand": 10**3, "thousands": 10**3, "thou": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "trln": 10**12, "tn": 10**12,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_BELOW_100 = (
    rf"(?:(?:{_TENS})[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(sorted(set(_WORDS) - {"hundred"}, key=len, reverse=True)) + ")"
)
_WORD_NUMBER = (rf"(?:(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+)?hundred"
                rf"(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})")  # "two hundred and fifty"
_DIGITS = r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
NUMBER = rf"(?P<num>{_DIGITS}|{_WORD_NUMBER})(?:[\s-]?(?P<scale>thousand|million|billion|trillion|trln|bln|mln|mn|bn|tn)\b\.?)?"
_CURRENCY_BEFORE = {"tg": "KZT", "us$": "USD", "$": "USD", "usd": "USD", "kzt": "KZT", "₸": "KZT", "t": "KZT",
                    "€": "EUR", "eur": "EUR", "rub": "RUB", "cny": "CNY", "rmb": "CNY", "huf": "HUF", "krw": "KRW", "₩": "KRW"}
_CURRENCY_AFTER = {"tenge": "KZT", "kzt": "KZT", "tg": "KZT", "dollars": "USD", "usd": "USD", "euros": "EUR",
                   "euro": "EUR", "eur": "EUR", "rubles": "RUB", "roubles": "RUB", "rub": "RUB",
                   "yuan": "CNY", "cny": "CNY", "forints": "HUF", "huf": "HUF", "won": "KRW", "krw": "KRW"}


_GROUPED = re.compile(r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?")
_GROUP_SEPARATOR = re.compile(r"[,\u00a0 ]")
_SPACES = re.compile(r"[\s-]+")


def parse_number(num: str, scale: str | None = None) -> Decimal:
    """The value of a number as written.

    >>> parse_number("4.6", "trillion")
    Decimal('4600000000000.0')
    >>> parse_number("197 000"), parse_number("1,450"), parse_number("Twenty-six")
    (Decimal('197000'), Decimal('1450'), Decimal('26'))
    >>> parse_number("two hundred and fifty"), parse_number("hundred")
    (Decimal('250'), Decimal('100'))
    """
    text = num.strip().lower()
    if text[0].isdigit():
        if _GROUPED.fullmatch(text):
            value = Decimal(_GROUP_SEPARATOR.sub("", text))
        else:
            value = Decimal(text.replace(",", "."))
    else:
        value = Decimal(0)
        for word in (w for w in _SPACES.split(text) if w != "and"):
            value = (value or Decimal(1)) * 100 if word == "hundred" else value + _WORDS[word]
    if scale:
        value *= _SCALES[scale.lower().rstrip(".")]
    return value


def plain(value: Decimal) -> str:
    """A number as the graph writes it: no exponent, no trailing zeros (``4.6E+12`` ->
    ``4600000000000``)."""
    return format(value.normalize(), "f")


def _qualifier(text: str, start: int) -> str:
    before = text[max(0, start - 25) : start].lower()
    any_phrase, phrases = _qualifier_patterns()
    if any_phrase.search(before):  # then find which phrase, in the order of the rules
        return next(meaning for pattern, meaning in phrases if pattern.search(before))
    return ""


@cache
def _qualifier_patterns() -> tuple[re.Pattern, tuple[tuple[re.Pattern, str], ...]]:
    """A pattern for any qualifying phrase right before a figure, and each phrase's own pattern
    with what it means, in the order of the rules."""
    qualifiers = reference.rules()["quantity_qualifiers"]
    alternation = "|".join(map(re.escape, qualifiers))
    return re.compile(rf"\b(?:{alternation})\s*$"), tuple(
        (re.compile(rf"\b{re.escape(phrase)}\s*$"), meaning)
        for phrase, meaning in qualifiers.items())


# what kind of projects a count counts, beyond the listed modifiers: "27 agro-industrial
# projects", "Eleven new engineering plants"
_KIND = r"[a-z]+-[a-z]+|[a-z]+(?:al|ing)"
# "a year" after the product, also after another or what it holds: "trucks and buses a year",
# "gondola cars and hopper wagons a year", "bottles of saline and glucose solutions a year"
_OR_OF = r"(?:\s+(?:and|or)\s+[a-z]+(?:\s+[a-z]+)?|\s+of\s+[a-z]+(?:\s+[a-z]+){0,3})?"


@cache
def _quantity_patterns() -> list[tuple[str, re.Pattern]]:
    rules = reference.rules()
    nouns = {noun: unit for unit, ns in rules["count_nouns"].items() for noun in ns}
    noun_re = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    mods = "|".join(re.escape(m) for m in rules["count_modifiers"])
    not_products = "|".join(rules["count_not_products"])
    product_re = "|".join(re.escape(n) for n in sorted(rules["count_nouns"]["units"], key=len,
                                                        reverse=True))
    measures = "|".join(re.escape(w) for w in sorted(_measures(), key=len, reverse=True))
    # "T12.5bn" (a tenge's T, as some outlets write it) only glued to a number with its scale
    before = r"(?:(?P<cur>US\$|\$|USD|KZT|KZt|Tg|₸|€|EUR|RUB|CNY|RMB|HUF|KRW|₩)\s?|(?P<tee>(?-i:T))(?=[\d.,]+\s?(?:bn|mln|m|b|billion|million|trillion|trln)\b))"
    # a range after the currency is its upper bound: "$200-250 million"
    lower = rf"(?:(?:{_DIGITS})\s?[-–]\s?(?=\d))?"
    after = (r"[\s-]?(?P<cur2>tenges?|tg|KZT|(?:US\s|U\.S\.\s)?dollars?|USD|euros?|EUR|rubles|roubles"
             r"|RUB|(?:Chinese\s)?yuan|CNY|forints?|HUF|(?:Korean\s|(?<=[a-z]\s))won|KRW)\b")
    return [  # money-symbol's look-ahead on the currency's first character only makes it faster
        # a currency first may glue a one-letter scale to the number: "€40m", "$2b"
        ("money-symbol", re.compile(rf"(?=[$€₸₩eukrcth])(?<![\w$]){before}{lower}{NUMBER}(?:(?P<short>[mbk])\b)?",
                                    re.IGNORECASE)),
        ("money-word", re.compile(rf"(?<![\w.,]){NUMBER}{after}", re.IGNORECASE)),
        # also glued, and in million tonnes, as the trade press writes them: "5,000t", "2.1Mt"
        ("capacity-tons", re.compile(
            rf"(?<![\w.,]){NUMBER}(?:\s+|-)?(?:metric\s+)?(?:(?P<mt>(?-i:Mt))|(?P<unit>tons|tonnes"
            rf"|tonne|ton|t))\b", re.IGNORECASE)),
        ("capacity-power", re.compile(rf"(?<![\w.,]){NUMBER}[\s-]?(?P<unit>MW|GW|kW)\b")),
        ("capacity-kg", re.compile(
            rf"(?<![\w.,]){NUMBER}\s+(?:kilograms?|kg)\s+(?:a|per)\s+year\b", re.IGNORECASE)),
        # volumes, areas, lengths, energy, ounces ("measure_units"): "4 billion cubic metres of
        # gas a year", "a 47-kilometre pipeline", "96,000 MWh of electricity a year"
        ("capacity-measure", re.compile(
            rf"(?<![\w.,]){NUMBER}[\s-]?(?P<measure>{measures})(?![\w-])", re.IGNORECASE)),
        ("count-noun", re.compile(
            rf"(?<![\w.,]){NUMBER}\s+(?:(?:{mods}|{_KIND})\s+){{0,4}}(?P<noun>{noun_re})(?![\w-])",
            re.IGNORECASE)),
        # a product counted with a word of its own before it: "150,000 car batteries a year"
        ("count-product", re.compile(
            rf"(?<![\w.,]){NUMBER}\s+(?-i:[a-z]+(?:-[a-z]+)?)\s+(?P<noun>{product_re})(?![\w-])",
            re.IGNORECASE)),
        ("count-people", re.compile(
            rf"(?<![\w.,]){NUMBER}\s+(?:(?:{mods})\s+){{0,2}}"
            r"(?:people|persons|workers|employees|staff|residents|locals)\b", re.IGNORECASE)),
        ("count-per-year", re.compile(  # any product a year, no time: "12 million bricks annually"
            rf"(?<![\w.,]){NUMBER}\s+(?:(?!(?:{not_products})\b)(?-i:[a-z]+)\s+)?"
            rf"(?!(?:{not_products})\b)(?-i:[a-z]+s)(?={_OR_OF}(?:\s+(?:a|per)\s+"
            r"(?:year|annum)\b|\s+annually\b))", re.IGNORECASE)),
    ]


@cache
def _measures() -> dict[str, str]:
    """Lowercased words of a measure ("cubic metres", "MWh") -> their unit (``measure_units``)."""
    return {word.lower(): unit for unit, words in reference.rules()["measure_units"].items()
            for word in words}


@cache
def _count_nouns() -> dict[str, str]:
    """Lowercased count nouns ("jobs", "workplaces"...) -> their unit."""
    return {noun.lower(): unit for unit, ns in reference.rules()["count_nouns"].items()
            for noun in ns}


_NUMBER_START = re.compile(
    rf"(?<![\w.,])(?=[\d{''.join(sorted({w[0] for w in _WORDS}))}])(?=\d|{_WORD_NUMBER})",
    re.IGNORECASE)
"""Where a figure may start: where the quantity patterns but money-symbol can match (a digit
or a number word; the look-ahead on their first letters makes the search faster)."""
_NUMBER_WORDS = Starts.of([*_WORDS, *"0123456789"], caseless=True)


def number_starts(text: str) -> list[int]:
    """Where ``_NUMBER_START`` matches, tried only at the words that start with a digit or a
    number word's first letters (``scan``).

    >>> number_starts("Some 5 plants, 1,5 t, twenty-one jobs, a1 and .5")
    [5, 15, 22, 29]
    """
    words = scan(text).at(_NUMBER_WORDS)
    if words is None:
        return [match.start() for match in _NUMBER_START.finditer(text)]
    return [start for start in words if _NUMBER_START.match(text, start)]


_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+[a-z]+){0,3}")


@cache
def _power_followers() -> frozenset[str]:
    """Words after "50 MW" that leave it a capacity (a facility, "a 50 MW wind farm", a
    preposition, an auxiliary), or a facility in the three after ("50 MW gas turbine plant")."""
    rules = reference.rules()
    return frozenset({*rules["project_heads"], *rules["power_capacity_followers"]})


@cache
def _project_heads() -> frozenset[str]:
    return frozenset(reference.rules()["project_heads"])


_EQUALS = re.compile(r"\s*=")
_AWAY = re.compile(r"\s+(?:from|away|off|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b")
_PER_YEAR_AFTER = re.compile(rf"{_OR_OF}(?:\s+(?:a|per)\s+year|\s+annually)")
# tons a day or an hour, also of a product ("60 tons of milk per day", "8 tons of feed an
# hour"), or every day said before them in the sentence ("Every day it turns 15 tons of milk")
_PER_TIME_AFTER = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:an?|per)\s+(day|hour)\b"
                             r"|/(d)(?:ay)?\b|/(h)(?:our)?\b")  # also "t/day", "5,000t/d"


def _per_time(text: str, end: int) -> str:
    """ "day" or "hour" where the words after a figure say so ("a day", "per hour", "/d"); "". """
    if (per := _PER_TIME_AFTER.match(text, end)) is None:
        return ""
    word = per.group(per.lastindex)
    return {"d": "day", "h": "hour"}.get(word, word)


_PER_DAY_BEFORE = re.compile(r"\b(?:every\s+day|each\s+day|daily)\b[^.;]*$", re.IGNORECASE)
_PER_YEAR_BEFORE = re.compile(r"\b(?:annually|annual|per year|a year)\b[^.;]*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_HAS_STAFF = re.compile(r"\b(?:have|has|had|employs?)\s+(?:about\s+|around\s+|some\s+|over\s+|"
                        r"nearly\s+|almost\s+)?$", re.IGNORECASE)
_STAFF_OF = re.compile(rf"\bstaff\s+of\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?"
                       rf"(?P<num>{_DIGITS})(?![\w.,]*\s*(?:%|percent))")


def quantities(text: str) -> list[tuple[Mention, Value]]:
    """Money, counts and capacities with their normalised value and unit.

    >>> [(m.text, v.lexical, v.unit, v.qualifier) for m, v in quantities(
    ...     "more than 1 thousand projects worth 4.6 trillion tenge and $2 billion")]
    [('1 thousand projects', '1000', 'projects', 'more than'), ('4.6 trillion tenge', '4600000000000', 'KZT', ''), ('$2 billion', '2000000000', 'USD', '')]
    >>> [(v.lexical, v.unit) for m, v in quantities("197 000 tons of glass a year; 500 people will be employed")]
    [('197000', 't/year'), ('500', 'jobs')]
    >>> [(v.lexical, v.unit) for m, v in quantities("a 50 MW farm, 300 kilograms per year, 9 metric tons")]
    [('50', 'MW'), ('300', 'kg/year'), ('9', 't/year')]
    >>> [(v.lexical, v.unit) for m, v in quantities("10 kW transformers and a 5 MW solar plant")]
    [('5', 'MW')]
    >>> [(v.lexical, v.unit) for m, v in quantities("60 tons of raw milk per day, 5 tons a day")]
    [('60', 't/day'), ('5', 't/day')]
    >>> [(v.lexical, v.unit) for m, v in quantities(
    ...     "4 billion cubic metres of gas a year through a 38 km pipeline; 65 MWh of storage")]
    [('4000000000', 'm3/year'), ('38', 'km'), ('65', 'MWh')]
    >>> quantities("the deposit 25 km from the village")
    []
    """
    rules = reference.rules()
    nouns = _count_nouns()
    found: list[tuple[Mention, Value]] = []
    taken: list[tuple[int, int]] = []
    starts = number_starts(text)
    for rule, pattern in _quantity_patterns():
        # every pattern but the one with a currency symbol first starts with a number
        found_here = (pattern.finditer(text) if rule == "money-symbol"
                      else matches(pattern, text, starts))
        for match in found_here:
            start, end = match.start(), match.end()
            if any(start < e and end > s for s, e in taken):
                continue
            if text[max(0, start - 3) : start].strip().endswith("=") or _EQUALS.match(
                text[end : end + 3]
            ):
                continue  # an exchange rate note: "(1 USD = 427.86 tenge)"
            groups = match.groupdict()
            value = parse_number(groups["num"], groups.get("scale") or groups.get("short"))
            if rule.startswith("money"):
                cur = (groups.get("cur") or groups.get("tee") or groups.get("cur2") or "").lower()
                cur = cur.split()[-1].rstrip("s") if cur else ""  # "U.S. dollars": dollars
                unit = _CURRENCY_BEFORE.get(cur) or _CURRENCY_AFTER.get(cur) or _CURRENCY_AFTER.get(cur + "s")
                if not unit:
                    continue
            elif rule == "capacity-tons":
                value *= 10**6 if groups["mt"] else 1
                per = _per_time(text, end)
                unit = f"t/{per}" if per else "t/day" if _PER_DAY_BEFORE.search(
                    text, max(0, start - 80), start) else "t/year"
            elif rule == "capacity-power":
                after = _NEXT_WORDS.match(text, end)
                if after and not (after.group(1) in _power_followers()
                                  or set(after.group().split()[1:]) & _project_heads()):
                    continue  # "220 kW transformers": what a product is rated, not a capacity
                unit = groups["unit"]
            elif rule == "capacity-kg":
                unit = "kg/year"
            elif rule == "capacity-measure":
                unit = _measures()[_SPACES.sub(" ", groups["measure"]).lower()]
                per = _per_time(text, end)
                yearly = _PER_YEAR_AFTER.match(text[end : end + 60])
                if not (per or yearly) and unit in rules["measure_units_per_time_only"] or (
                        _AWAY.match(text, end)):
                    continue  # "a 300-metre conveyor": a size; "30 km from Taraz": a distance
                unit = f"{unit}/{per}" if per else f"{unit}/year" if yearly else unit
            elif rule == "count-people":
                # around the figure, not in it ("workers")
                window = (text[max(0, start - 60) : start] + " " + text[end : end + 60]).lower()
                if not any(w in window for w in rules["employment_words"]) and not (
                        _HAS_STAFF.search(text, max(0, start - 30), start)):
                    continue  # but "we have 160 employees": the staff it has
                unit = "jobs"
            else:
                unit = nouns[groups["noun"].lower()] if groups.get("noun") else "units"
                if unit == "units" and (
                    _PER_YEAR_AFTER.match(text[end : end + 60])
                    or _PER_YEAR_BEFORE.search(text[max(0, start - 80) : start])
                ):
                    unit = "units/year"
            if unit in ("projects", "units", "companies") and (
                value == 1 or _YEAR.fullmatch(groups["num"]) and not groups.get("scale")
            ):
                continue  # "one project has been ...", "2020 projects" (a year): not figures
            taken.append((start, end))
            mention = Mention(start, end, text[start:end], "quantity", rule, unit)
            found.append((mention, Value(plain(value), XSD + "decimal", unit,
                                         _qualifier(text, start))))
    for match in _STAFF_OF.finditer(text) if "staff" in text else ():  # "a staff of 210"
        start, end = match.span("num")
        if not any(start < e and end > s for s, e in taken) and match["num"][:1].isdigit():
            found.append((Mention(start, end, text[start:end], "quantity", "count-staff", "jobs"),
                          Value(plain(parse_number(match["num"])), XSD + "decimal", "jobs",
                                _qualifier(text, start))))
    return sorted(found, key=lambda pair: pair[0].start)
