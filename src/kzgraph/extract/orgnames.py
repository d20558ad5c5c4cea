"""What an organization's name says: the kind of body it is ("Ministry of Energy": a ministry),
its core without legal forms and quotes (the key its mentions share), and whether it is the
article's own outlet naming itself.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference

SEATS = ("based", "registered", "headquartered")
"""The words after a place that say a business's seat ("Swiss-registered X", "the Astana-based
developer"): no part of its name."""


def org_kind(name: str) -> str:
    """The kind of organization a name says it is by its words; a company where it says none.

    >>> org_kind("Ministry of Energy"), org_kind("Kazakh Invest"), org_kind("Nur Otan Party")
    ('ministry', 'company', 'other')
    >>> org_kind("National Bank of Kazakhstan")
    'agency'
    """
    kinds = reference.rules()["org_kind_words"]
    if name.startswith("Ministry"):
        return "ministry"
    last = of_country(name).split()[-1] if name.split() else ""
    for kind in ("agency", "other"):
        if last in kinds[kind]:
            return kind
    return "company"


def of_country(name: str) -> str:
    """A name without the country it says it is of ("National Bank" of "National Bank of the
    Republic of Kazakhstan")."""
    return _of_country_pattern().sub("", name)


@cache
def _of_country_pattern() -> re.Pattern:
    countries = "|".join(re.escape(c) for c in reference.rules()["countries"])
    return re.compile(rf"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:{countries})$")


def core_name(label: str) -> str:
    """An organization's name without legal forms and quotes: the key its mentions share.

    >>> core_name('JSC NC Temir Oil'), core_name('"Orda Glass Ltd"'), core_name("Aqua Pty Ltd.")
    ('Temir Oil', 'Orda Glass', 'Aqua')
    """
    core = _legal_forms().sub("", _QUOTES.sub("", label).strip())
    return " ".join(core.split()) or label


_QUOTES = re.compile(r"[\"“”«»]")


@cache
def _legal_forms() -> re.Pattern:
    """Legal forms at the start or the end of a name."""
    forms = reference.escaped("org_legal_forms", "org_prefix_forms")
    return re.compile(rf"^(?:(?:{forms})\s+)+|(?:\s+(?:{forms}))+\.?$")


def publisher_word(url: str | None, outlet: str | None) -> str:
    """The word that names an article's publisher: its outlet, else its web site's name.

    >>> publisher_word("https://en.inform.kz/news/x", None), publisher_word(None, "Kapital.kz")
    ('inform', 'kapital')
    """
    host = (outlet or "").lower() if outlet else re.sub(r"^\w+://", "", url or "").split("/")[0]
    labels = [p for p in re.split(r"[.\s]+", host.lower()) if p and p not in _HOST_WORDS]
    return labels[0] if labels and len(labels[0]) >= 4 else ""


_HOST_WORDS = frozenset({"www", "en", "eng", "amp", "m", "news", "the"})


def outlets_own(m: Mention, publisher: str) -> bool:
    """Whether an organization the rules found is the article's outlet naming itself: with its
    publisher word, a name with capitals inside ("KazTAG") or one with a media word
    ("Kazinform News Agency": ``media_name_words``), not a business that shares the word.

    >>> kazinform = Mention(0, 21, "Kazinform News Agency", "organization", "org-kind")
    >>> outlets_own(kazinform, "inform"), outlets_own(kazinform, "kapital")
    (True, False)
    """
    return bool(publisher) and publisher in m.text.lower() and (
        m.rule == "org-camel" or not set(m.text.split()).isdisjoint(
            reference.rules()["media_name_words"]))
