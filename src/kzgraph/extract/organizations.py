"""Mentions of organizations: companies, ministries and agencies, found by their shape (legal
forms, quotes, acronyms, kind words), never by a list of names.
"""

from __future__ import annotations

import re
from calendar import month_name
from functools import cache
from string import ascii_uppercase

from ..model import Mention
from . import reference
from .alternation import UPPER, starts_with
from .names import stop_words
from .orgnames import SEATS, core_name, of_country
from .regions import regions
from .text import longest, word_starts

# white space within one line: a name does not run on from a heading ("About X") into the next
# paragraph, where articles start a new line
_BLANKS = r"[^\S\n]+"


# a word that says who owns or where a business is, not its name: "Chinese-owned X LLP"
_OWNER_WORD = re.compile(r"-(?:owned|based|backed|controlled|registered|listed|funded)$")


@cache
def _org_patterns() -> list[tuple[str, re.Pattern, tuple[str, ...]]]:
    """(rule id, pattern, the words of which a text must have one for the pattern to match)."""
    rules = reference.rules()
    legal = reference.escaped("org_legal_forms")
    prefix = "|".join(re.escape(f) for f in rules["org_prefix_forms"])
    kinds = rules["org_kind_words"]
    kind_words = "|".join(re.escape(w) for ws in kinds.values() for w in ws)
    agency_words = kinds["agency"] + kinds["other"]
    agency = "|".join(re.escape(w) for w in agency_words)
    word = rf"(?:[{UPPER}][\w&’'-]*|\([A-Z][\w ]*\))"  # "Tesis İnşaat", "Ölmez Süt"
    plain = rf"(?!(?:{legal})(?![\w.]))(?:[{UPPER}][\w&’'-]*)"
    countries = "|".join(re.escape(c) for c in rules["countries"])
    terms = "(?:" + "|".join(map(re.escape, rules["term_acronyms"])) + ")"  # "and KZT 12 billion"
    bodies = ("Ministry", "Association", "Union", "Federation", "Institute",
              "University")  # "X of Y" names
    quotes = '"“«'
    joins = "(?:&|ve|und|et)"  # inside a name: "Sungjin Engineering & Construction Co., Ltd."
    ends = "|".join(["group", *rules["org_name_ends"]])  # "X Group", "X Meat Company"
    facility = "|".join(h.title() for h in rules["project_heads"] if " " not in h)
    # look-aheads on the first character, which only make the search faster
    capital = starts_with([*UPPER, "("])
    capital_or_prefix = starts_with([*UPPER, "(", *rules["org_prefix_forms"]])
    quoted = rf"[{quotes}](?P<qname>[^\"”»\n]{{2,60}})[\"”»]"
    return [
        ("org-quoted", re.compile(
            rf"(?:(?P<prefix>{prefix})\s+)?{quoted}(?:\s+(?P<suffix>{legal}|{kind_words}))?"),
         tuple(quotes)),
        ("org-legal-suffix", re.compile(
            rf"{capital_or_prefix}(?<![\w-])"
            rf"(?P<name>(?:(?:{prefix})\s+)?{word}(?:(?:{_BLANKS}{joins})?{_BLANKS}{word}){{0,5}}"
            rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:{countries}))?)"  # "X of Kazakhstan JSC"
            rf"{_BLANKS}(?P<suffix>{legal})(?![\w])"),
         tuple(rules["org_legal_forms"])),
        ("org-legal-prefix", re.compile(
            rf"{starts_with(rules['org_prefix_forms'])}(?<![\w-])"
            rf"(?P<suffix>{prefix})\s+(?P<name>{plain}(?:\s+{plain}){{0,5}})"),
         tuple(rules["org_prefix_forms"])),
        ("org-acronym", re.compile(
            rf"{capital}(?<![\w-])(?P<name>{word}(?:\s+(?:of|and|for|on|{word})){{1,7}})"
            r"\s+\((?P<abbr>[A-Z][A-Z0-9&-]{1,11})\)"), ("(",)),
        ("org-acronym-first", re.compile(  # "KTZ (Kazakhstan Temir Zholy)"
            r"(?=[A-Z])(?<![\w-])(?P<abbr>[A-Z][A-Z0-9&-]{1,11})\s+\("
            rf"(?P<name>{plain}(?:\s+(?:of|and|for|on|{plain})){{1,7}})\)"), ("(",)),
        ("org-country", re.compile(
            rf"{capital}(?<![\w-])(?P<name>{plain}(?:\s+{plain}){{0,3}})\s+\((?:{countries})\)"),
         ("(",)),
        ("org-ministry", re.compile(  # also "the Association of Oil Refiners of Kazakhstan",
            # "the Kazakhstan Association of X", "the Association of X of Akmola Region"
            rf"(?=[A-Z])(?<![\w-])(?P<name>(?:(?:{countries})\s+)?(?:{'|'.join(bodies)})\s+of"
            rf"\s+(?:the\s+)?[A-Z][\w-]*"
            rf"(?:(?:\s+and|\s*,(?!\s+(?:{countries})\b))?\s+[A-Z][\w-]*){{0,6}}"
            rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:{countries})"
            rf"|\s+of\s+[A-Z][\w-]*\s+[Rr]egion)?)"), bodies),
        ("org-ministry", re.compile(  # "the Industry Ministry", "Kazakhstan's Energy Ministry"
            r"(?=[A-Z])(?<![\w-])(?P<name>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?\s+Ministry)"
            r"(?![\w-])(?!\s+of\b)"), ("Ministry",)),
        ("org-agency", re.compile(  # "Development Bank of Kazakhstan"
            rf"{capital}(?<![\w-])(?P<name>(?:{word}\s+){{1,4}}(?:{agency})"
            rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:{countries})"
            rf"|(?:(?<=University)|(?<=Institute))\s+of\s+{plain}(?:\s+(?:and\s+)?{plain}){{0,4}}"
            rf"|\s+for\s+{plain}(?:\s+(?:and\s+)?(?!{terms}\b){plain}){{0,4}}"  # "X Bank for Y
            # and Z", not "and KZT 12 billion"
            rf"|[ \t]+(?:{countries})(?![\w’'-]))?)(?![\w-])"),  # "Shinhan Bank Kazakhstan"
         tuple(agency_words)),
        ("org-agency", re.compile(  # "the Agency for Protection and Development of Competition"
            r"(?=[AC])(?<![\w-])(?P<name>(?:Agency|Committee)\s+(?:for|of|on)\s+[A-Z][\w-]*"
            r"(?:(?:\s+(?:and|of|for|on))?\s+[A-Z][\w-]*){0,6})"), ("Agency", "Committee")),
        ("org-camel", re.compile(  # "KazMunayGas", "ArcelorMittal": capitals inside one word
            r"(?=[A-Z])(?<![\w.’'-])(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)+)(?![\w’'-]|\.[a-z])"),
         tuple(ascii_uppercase)),
        ("org-group", re.compile(  # within a line; not in "Aral Mining (and Processing) Plant"
            rf"(?=[{UPPER}])(?<![\w-])"
            rf"(?P<name>[{UPPER}][\w-]*(?:{_BLANKS}(?:&{_BLANKS})?[{UPPER}][\w-]*){{0,3}}"
            rf"{_BLANKS}(?:&{_BLANKS})?(?:{ends}))"  # "Pak & Partners"
            rf"(?![\w-])(?!{_BLANKS}(?:and{_BLANKS}[A-Z]\w*{_BLANKS})?(?:{facility})(?![\w-]))"
            r"(?!\s+of\s+(?!compan)[a-z]+s\b)"),  # not "the Amangeldy group of fields"
         ("group", *rules["org_name_ends"])),
    ]


@cache
def _quote_cue() -> re.Pattern:
    """A word before a quoted name that makes it a company ("company", "LLP"...)."""
    return re.compile(rf"\b(?:{'|'.join(reference.rules()['org_quote_cues'])})\s*$")


def organizations(text: str) -> list[Mention]:
    """Companies, ministries and agencies found by their shape, never by a list of names.

    ``key`` is ``<kind>:<name>`` where kind is company, ministry, agency or other and the name
    has no legal form or quotes, so "JSC NC Temir Oil" and "Temir Oil JSC" are one company.

    >>> [m.key for m in organizations('"Orda Glass Ltd" LLP and Asia Trafo LLP')]
    ['company:Orda Glass', 'company:Asia Trafo']
    >>> [m.key for m in organizations("approved by the Ministry of Industry and New Technologies.")]
    ['ministry:Ministry of Industry and New Technologies']
    >>> [m.key for m in organizations("Nomad Textile (Kazakhstan) and Astana (Kazakhstan)")]
    ['company:Nomad Textile']
    >>> [(m.text, m.key) for m in organizations("The Steppe Glass Works (SGW) said SGW will")]
    [('Steppe Glass Works', 'company:Steppe Glass Works'), ('SGW', 'company:Steppe Glass Works'), ('SGW', 'company:Steppe Glass Works')]
    """
    rules = reference.rules()
    stop = stop_words()
    nationality = set(rules["name_nationality_words"])
    countries = set(rules["countries"])  # "Turkey's Orda Kimya A.S." is not Turkey's name
    multiword_countries = [f"{c}'s " for c in countries if " " in c] + [
        f"{c}’s " for c in countries if " " in c]
    agency_words = rules["org_kind_words"]["agency"]
    company_words = {*rules["org_kind_words"]["company"], *rules["org_name_ends"]}
    agency_first = set(rules["org_agency_first_words"])
    quote_cue = _quote_cue()
    found: list[Mention] = []
    acronyms: dict[str, str] = {}
    for rule, pattern, needs in _org_patterns():
        if not any(word in text for word in needs):
            continue  # the pattern cannot match
        for match in pattern.finditer(text):
            if rule == "org-camel" and (NAME_BEFORE.search(text, 0, match.start())
                                        or NAME_AFTER.match(text, match.end())):
                continue  # a word of a longer name ("Saryarka AvtoProm plant")
            if rule == "org-quoted":
                if not match.group("suffix") and not match.group("prefix") and not quote_cue.search(
                    text[max(0, match.start() - 14):match.start()]
                ):
                    continue
                label = match.group("qname").strip()
                if match.group("suffix") in ("Holding", "holding", "Group", "group"):
                    label = f"{label} {match.group('suffix').title()}"
                start, end = match.start(), match.end()
            else:
                words = match.group("name").split()
                for owner in (c for c in multiword_countries if match.group("name").startswith(c)):
                    words = words[len(owner.split()):]  # "South Korea's X Co., Ltd."
                if "-" in match.group("name") and (owned := [
                        i for i, w in enumerate(words) if _OWNER_WORD.search(w)]):
                    words = words[owned[-1] + 1:]  # "Hong Kong-registered X Ltd" is X Ltd
                if "\n" in match.group("name"):  # a name is on one line: "PRESS RELEASE\n\nX Bank"
                    words = words[len(words) - len(match.group("name").rsplit("\n", 1)[1].split()):]
                dropped = ""
                while words and (words[0] in stop or words[0] in _MONTHS
                                 or words[0].endswith(tuple(f"-{w}" for w in SEATS))
                                 or _POSSESSIVE.search(words[0])
                                 and _POSSESSIVE.sub("", words[0]) in countries) and not (
                        rule == "org-agency" and words[0] in agency_first
                        or "abbr" in match.groupdict() and words[0][0] == match["abbr"][0]):
                    dropped = words.pop(0)  # but "the National Bank", "KTW (Kazakh Tractor Works)"
                if dropped in nationality and _nationality_kept(rule, dropped, words):
                    words.insert(0, dropped)
                acronym = rule in ("org-acronym", "org-acronym-first")
                if not words or (acronym and not _initials_fit(words, match["abbr"])):
                    continue
                if rule == "org-group" and len(words) == 1:
                    continue  # "The group, founded in 2012": the word alone names no one
                end = match.end("name") if acronym else match.end()
                starts = [w.start() for w in _WORD.finditer(match.group("name"))]
                name_start = match.start("name") + starts[len(starts) - len(words)]
                start = match.start() if rule == "org-legal-prefix" else name_start
                if rule == "org-country":
                    end = match.end("name")
                    if regions(match.group("name")) or words[0] in rules["countries"]:
                        continue  # "Astana (Kazakhstan)" is a place
                label = " ".join(words) if acronym else text[name_start:end].strip()
                if acronym and words[-1] in rules["org_acronym_not_heads"]:
                    continue
            kind = "company"
            if rule == "org-ministry":
                kind = "ministry" if "Ministry" in label else "other"
                if " of " in of_country(label):  # "the Ministry of Energy of the Republic of X"
                    label = of_country(label)
            elif rule in ("org-agency", "org-acronym", "org-acronym-first"):
                kind = "agency" if any(of_country(label).endswith(w) for w in agency_words) else (
                    "company" if of_country(label).rpartition(" ")[2] in company_words
                    else "other")  # "Saryarka Steel Group (SSG)", "X Glass Works (XGW)"
            key = f"{kind}:{core_name(label)}"
            found.append(Mention(start, end, text[start:end], "organization", rule, key))
            if rule in ("org-acronym", "org-acronym-first"):
                acronyms[match["abbr"]] = key
    companies = {m.key.split(":", 1)[1] for m in found if m.key.startswith("company:")}
    for abbr, key in acronyms.items():
        if key.split(":", 1)[1] in companies:  # "Ekibastuz Komir Mining JSC (EKM)": a business's
            key = f"company:{key.split(':', 1)[1]}"
        for start in word_starts(abbr, text):
            found.append(Mention(start, start + len(abbr), abbr, "organization", "org-acronym",
                                 key))
    found += _before_officers(text)
    found = longest(found)
    return longest(found + named_again(text, found))


_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"\S+")
_MONTHS = frozenset(month_name[1:])  # "In September Saryarka Steel JSC opened": no name's word


def _before_officers(text: str) -> list[Mention]:
    """A name before an officer's title and a person's name is the officer's business: "Orda
    Gubre chairman Aidar Nurov", "Hanjin Cathode President Park Min-soo" (not a country's, a
    region's or a title's words: "Kazakhstan President X", "Deputy Chairman X").

    >>> [m.key for m in _before_officers("said Steppe Kimya chairman Aidar Nurov.")]
    ['company:Steppe Kimya']
    >>> _before_officers("Turkish President Aidar Nurov and Deputy Chairman Ivan Petrov")
    []
    >>> [m.key for m in _before_officers("and Kazakh Invest chairman Aidar Nurov")]
    ['company:Kazakh Invest']
    >>> [m.text for m in _before_officers("said Orda Cable's chairman Aidar Nurov.")]
    ['Orda Cable']
    """
    rules = reference.rules()
    not_names = {*stop_words(), *rules["countries"], *rules["model_title_words"],
                 *rules["name_nationality_words"]}
    found = []
    nationalities = frozenset(rules["name_nationality_words"])
    for match in _officer_pattern().finditer(text):
        words = match.group("name").split()
        while words and words[0] in not_names and not (  # but "Kazakh Invest chairman X"
                words[0] in nationalities and words[1:] and words[1] in _business_words()):
            words.pop(0)
        if words:  # "Orda Cable's chairman X": the name without its possessive
            words[-1] = _POSSESSIVE.sub("", words[-1])
        while words and words[-1] in not_names:
            words.pop()
        name = " ".join(words)
        if not words or set(words[1:]) & not_names or regions(name) or (
                len(name) < 3 and name.isupper()):
            continue
        start = match.start("name") + match.group("name").find(name)
        found.append(Mention(start, start + len(name), name, "organization",
                             "org-before-officer", f"company:{core_name(name)}"))
    return found


@cache
def _officer_pattern() -> re.Pattern:
    titles = [t for t in reference.rules()["officer_titles"]]
    spelled = {v for t in titles for v in (t, t.capitalize(), t.title())}
    alt = "|".join(re.escape(t) for t in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?=[A-Z])(?<![\w-])(?P<name>[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){{0,3}})"
                      rf"[ \t]+(?:{alt})[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][\w-]+)+")


def named_again(text: str, found: list[Mention]) -> list[Mention]:
    """A name the rules found by its shape (a legal form, quotes, an officer), said again
    without it: "Saryarka Steel JSC opened ... Saryarka Steel said" (a name of one word only
    where it is no common word, region or country: "Qarmet JSC ... Qarmet").

    >>> first = organizations("Orda Steel JSC opened a mill; Orda Steel said.")
    >>> [(m.text, m.rule) for m in first]
    [('Orda Steel JSC', 'org-legal-suffix'), ('Orda Steel', 'org-named-again')]
    """
    rules = reference.rules()
    common = {*stop_words(), *rules["countries"], *rules["org_generic_words"],
              *rules["name_nationality_words"]}
    again = []
    for name, key in {core_name(m.text): m.key for m in found if m.rule in _SHAPED}.items():
        if not name[:1].isupper() or (" " not in name and (
                len(name) < 4 or name in common or regions(name))):
            continue
        for start in word_starts(name, text):
            end = start + len(name)
            if not any(m.start < end and start < m.end for m in found + again):
                again.append(Mention(start, end, name, "organization", "org-named-again", key))
    return again


_SHAPED = frozenset({"org-quoted", "org-legal-suffix", "org-legal-prefix", "org-before-officer"})


NAME_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")
NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def business_name(text: str) -> bool:
    """Whether a name has a word that names a business ("Air Astana", "Astana Motors").

    >>> business_name("Air Astana"), business_name("Astana Akimat")
    (True, False)
    """
    return any(w in _business_words() for w in text.split())


def _nationality_kept(rule: str, dropped: str, words: list[str]) -> bool:
    """Whether the nationality a name's words start with is part of the name: "Kazakh Leather
    LLP" is not "Leather", "Kazakh Invest National Company JSC" not "Invest National Company",
    "Kazakh Cable Works" not "Cable Works"; the home country's word (``home_nationality_words``)
    starts many a registered name ("Kazakh Copper Rod LLP") where another's describes one, and
    in "the Turkish group X" the nationality and "group" name no one ("Kazakh Invest" does, but
    "the Kazakh Ertis Copper Corporation" is "Ertis Copper Corporation")."""
    if rule == "org-group":
        return len(words) > 1 and words[0] in _business_words() or len(words) == 1 and (
            words[0][:1].isupper() and dropped in reference.rules()["home_nationality_words"])
    return rule == "org-legal-suffix" and (
        len(words) == 1 or words[0] in _business_words()
        or dropped in reference.rules()["home_nationality_words"])


@cache
def _business_words() -> frozenset[str]:
    return frozenset(reference.rules()["org_name_words"])


def _initials_fit(words: list[str], abbr: str) -> bool:
    """An acronym fits a name when it starts with the name's first initial and at least two
    thirds of its letters are initials of the name's words.

    >>> _initials_fit(["Commonwealth", "of", "Independent", "States"], "CIS")
    True
    >>> _initials_fit(["Kazakhstan", "Railways"], "CIS")
    False
    """
    initials = {w[0].upper() for w in re.split(r"[\s-]+", " ".join(words)) if w}
    letters = [c for c in abbr if c.isalpha()]
    fitting = sum(c in initials for c in letters)
    return bool(letters) and letters[0] == words[0][0].upper() and 3 * fitting >= 2 * len(letters)
