"""Names of businesses set right once all are found: one the model read across an opening bracket
is the part inside it ("Semey (Semey Et Onimderi" in "a plant in Semey (Semey Et Onimderi)"),
and one named again without the word that ends its name ("Ertis Metals Group ... Ertis Metals,
which is listed in Astana") is the same organization: its mentions take the full name's key
(``org_group_words``); no name starts with a unit ("MW Ereymentau" in "150 MW Ereymentau wind
farm"), nor is a place the parse lists with a business ("In the city of Karaganda, X Ltd"); a
name the model or a cue found, said again where nothing else is read, and a company's long
name by its first words ("Hebei Zhongtai" after "Hebei Zhongtai Building Materials Group");
and a person addressed by first name and patronymic ("Bauyrzhan Amanovich" after "Bauyrzhan
Zhaksylykov") is the one named in full with that first name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from . import reference
from .organizations import NAME_AFTER, NAME_BEFORE, business_name
from .orgnames import core_name
from .text import word_starts


def grouped(found):
    """``found`` (a ``mentions.Mentions``) with each short name keyed as the full one.

    >>> full = Mention(0, 18, "Ertis Metals Group", "organization", "t", "company:Ertis Metals Group")
    >>> short = Mention(30, 42, "Ertis Metals", "organization", "t", "company:Ertis Metals")
    >>> [m.key for m in _rekeyed([full, short])]
    ['company:Ertis Metals Group', 'company:Ertis Metals Group']
    """
    units = set(reference.rules()["project_modifier_units"])  # "150 MW Ereymentau": no name
    return replace(found, organizations=_rekeyed([
        _inside(m) for m in found.organizations if m.text.split()[0] not in units
        and not (" " not in m.text and business_name(m.text))  # "Construction" alone: no name
        and not (m.rule == "dep:conj-org"  # "In the city of Karaganda, X Ltd"
                 and m.text in reference.place_names())]), persons=_addressed(found.persons))


def _addressed(persons: list[Mention]) -> list[Mention]:
    """Persons named by first name and patronymic keyed as the one named in full with that
    first name, where there is one (``patronymic_endings``).

    >>> full = Mention(0, 21, "Bauyrzhan Zhaksylykov", "person", "t", "name:Bauyrzhan Zhaksylykov")
    >>> asked = Mention(40, 59, "Bauyrzhan Amanovich", "person", "t", "name:Bauyrzhan Amanovich")
    >>> [m.key for m in _addressed([full, asked])]
    ['name:Bauyrzhan Zhaksylykov', 'name:Bauyrzhan Zhaksylykov']
    """
    endings = tuple(reference.rules()["patronymic_endings"])

    def addressed(name: str) -> bool:
        words = name.split()
        return len(words) == 2 and words[1].endswith(endings)

    firsts: dict[str, set[str]] = {}
    for m in persons:
        if " " in m.text and not addressed(m.text):
            firsts.setdefault(m.text.split()[0], set()).add(m.key)
    return [replace(m, key=next(iter(keys))) if addressed(m.text) and len(
        keys := firsts.get(m.text.split()[0], set())) == 1 else m for m in persons]


def _inside(m: Mention) -> Mention:
    """The part of a name after an opening bracket it does not close.

    >>> _inside(Mention(3, 16, "Aksu (Orda Un", "organization", "ner:ORG", "company:Aksu (Orda Un"))
    Mention(start=9, end=16, text='Orda Un', kind='organization', rule='ner:ORG', key='company:Orda Un')
    """
    if "(" not in m.text or ")" in m.text:
        return m
    cut = m.text.rindex("(") + 1
    inner = m.text[cut:].strip()
    if not inner:
        return m
    start = m.start + m.text.index(inner, cut)
    return replace(m, start=start, text=inner, key=f"{m.key.split(':')[0]}:{core_name(inner)}")


def _rekeyed(organizations: list) -> list:
    """Each name keyed as the one longer name it starts, its group word ("Ertis Metals" and
    "Ertis Metals Group") or any ("Anadolu Kimya", "Anadolu Kimya Sanayi"; "Daesan", "Daesan
    Plant Engineering"), where only one longer name starts with it, or the one it writes with
    initials after its first word ("Sungjin E&C").

    >>> full = Mention(0, 20, "Anadolu Kimya Sanayi", "organization", "t", "company:Anadolu Kimya Sanayi")
    >>> short = Mention(40, 53, "Anadolu Kimya", "organization", "t", "company:Anadolu Kimya")
    >>> other = Mention(60, 79, "Anadolu Kimya Trade", "organization", "t", "company:Anadolu Kimya Trade")
    >>> [m.key.split(":")[1] for m in _rekeyed([full, short])]
    ['Anadolu Kimya Sanayi', 'Anadolu Kimya Sanayi']
    >>> [m.key.split(":")[1] for m in _rekeyed([full, short, other])][1]
    'Anadolu Kimya'
    >>> word = Mention(90, 97, "Anadolu", "organization", "t", "company:Anadolu")
    >>> [m.key.split(":")[1] for m in _rekeyed([full, word])]
    ['Anadolu Kimya Sanayi', 'Anadolu Kimya Sanayi']
    >>> initials = Mention(99, 109, "Anadolu KS", "organization", "t", "company:Anadolu KS")
    >>> [m.key.split(":")[1] for m in _rekeyed([full, initials])]
    ['Anadolu Kimya Sanayi', 'Anadolu Kimya Sanayi']
    """
    keys = {m.key for m in organizations}
    words = reference.rules()["org_group_words"]
    full = {key: longer for key in keys for word in words
            if (longer := f"{key} {word}") in keys}
    for key in keys - set(full):
        longer = [k for k in keys if k.startswith(f"{key} ")]
        if len(longer) == 1:
            full[key] = longer[0]
    for key in keys - set(full):  # the rest of a name by its initials: "Sungjin E&C"
        longer = [k for k in keys if k != key and _initialled(key.split(":", 1)[1],
                                                              k.split(":", 1)[1])]
        if len(longer) == 1:
            full[key] = full.get(longer[0], longer[0])
    return [replace(m, key=full[m.key]) if m.key in full else m for m in organizations]


def _initialled(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` with the words after its first written as their initials.

    >>> _initialled("Sungjin E&C", "Sungjin Engineering & Construction")
    True
    >>> _initialled("Sungjin EC", "Sungjin Cement"), _initialled("Sungjin", "Sungjin Cement")
    (False, False)
    """
    first, _, rest = short.partition(" ")
    words = [w for w in name.split()[1:] if w not in ("&", "and", "of", "the")]
    letters = [c for c in rest if c.isalpha()]
    return (bool(rest) and name.split()[0] == first and len(words) >= 2 and rest.upper() == rest
            and letters == [w[0].upper() for w in words])


def said_again(text: str, found: list[Mention], others: list[Mention]) -> list[Mention]:
    """A name of two words or more that the model or a cue word found once, where the text
    says it again and nothing else is read there ("Batys Foods opened ... Batys Foods is"): the
    rules' names by their shape have ``organizations.named_again``.

    >>> org = Mention(0, 11, "Batys Foods", "organization", "ner:ORG", "company:Batys Foods")
    >>> [(m.start, m.rule) for m in said_again("Batys Foods grew. Batys Foods is", [org], [])]
    [(18, 'org-named-again')]
    """
    again: list[Mention] = []
    names = {m.text: m.key for m in found if " " in m.text
             and (m.rule == "org-called" or m.rule.startswith(("ner:", "dep:")))}
    for name, key in names.items():
        for start in word_starts(name, text):
            end = start + len(name)
            if not any(o.start < end and start < o.end for o in [*found, *others, *again]):
                again.append(Mention(start, end, name, "organization", "org-named-again", key))
    return again + _said_shorter(text, [*found, *again], others)


def _said_shorter(text: str, found: list[Mention], others: list[Mention]) -> list[Mention]:
    """A company's name of three words or more said again by its first two or more, standing
    alone (no capitalised word right before or after it) where nothing but a person's title is
    read: "Hebei Zhongtai Building Materials Group ... said Zhang Wenbo, vice president of
    Hebei Zhongtai".

    >>> org = Mention(0, 15, "Orda Qant Glass", "organization", "t", "company:Orda Qant Glass")
    >>> text = "Orda Qant Glass grew. Orda Qant said. Orda Qant Steel is"
    >>> [(m.start, m.key) for m in _said_shorter(text, [org], [])]
    [(22, 'company:Orda Qant Glass')]
    """
    generic = set(reference.rules()["org_generic_words"])
    shorter: dict[str, str] = {}
    for m in found:
        words = m.text.split()
        if m.key.startswith("company:") and len(words) >= 3 and words[0] not in generic:
            for size in range(len(words) - 1, 1, -1):
                if all(w[:1].isupper() for w in words[:size]):
                    shorter.setdefault(" ".join(words[:size]), m.key)
    again: list[Mention] = []
    for name, key in shorter.items():
        for start in word_starts(name, text):
            end = start + len(name)
            if not (NAME_BEFORE.search(text, max(0, start - 40), start)
                    or NAME_AFTER.match(text, end) or any(o.start < end and start < o.end and (
                        o.kind != "role") for o in [*found, *others, *again])):
                again.append(Mention(start, end, name, "organization", "org-named-shorter", key))
    return again


def defined(text: str, found: list[Mention], others: list[Mention]) -> list[Mention]:
    """``found`` (organizations) with the short names a text defines for one in brackets
    (``Mugalzhar Mining Group PLC ("MMG" or "the Group")``, ``X LLP (the "Company")``) keyed
    as it, where they stand again; the defined names' own mentions added where nothing else
    is read ("the Group's smelter").

    >>> t = 'Ak Su Mining PLC ("ASM" or "the Group") grew. The Group’s mill and ASM opened.'
    >>> org = Mention(0, 16, "Ak Su Mining PLC", "organization", "t", "company:Ak Su Mining")
    >>> asm = Mention(t.rindex("ASM"), t.rindex("ASM") + 3, "ASM", "organization", "t", "company:ASM")
    >>> [(m.text, m.key) for m in defined(t, [org, asm], []) if m.start > 40]
    [('ASM', 'company:Ak Su Mining'), ('Group', 'company:Ak Su Mining')]
    """
    terms: dict[str, str] = {}
    for m in found:
        if (brackets := _DEFINED.match(text, m.end)) is not None:
            for term in _TERM.finditer(brackets.group()):
                terms.setdefault(term.group("term"), m.key)
    if not terms:
        return found
    named = [replace(m, key=terms[m.text]) if m.text in terms else m for m in found]
    for term, key in terms.items():
        for start in word_starts(term, text):
            end = start + len(term)
            if not any(o.start < end and start < o.end for o in [*named, *others]) and (
                    term[:1].isupper() and (term.isupper() or text[max(0, start - 4):start] in (
                        "the ", "The "))):  # "the Group", not any "Group"
                named.append(Mention(start, end, term, "organization", "org-defined", key))
    return named


# the names a text defines for a business in brackets after it: ("MMG" or "the Group")
_DEFINED = re.compile(r"\s*\((?:hereinafter\s+)?(?:(?:the\s+)?[\"“][^\"”()\n]{1,30}[\"”]"
                      r"(?:\s*(?:,|or|and)\s*)?){1,3}\)")
_TERM = re.compile(r"[\"“](?:the\s+)?(?P<term>[A-Z][^\"”()\n]{0,29})[\"”]")

