"""With the model, a company written right after a project's words with "of", where the parse
hangs it from the product rather than the facility, as translated releases write it ("a plant
for the production of concrete products of JSC "X"").
"""

from __future__ import annotations

import re

from ..model import Mention

_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z]{2,4}\s+)?[\"“«]?$")


def company(text: str, m: Mention, organizations: list[Mention]) -> tuple[Mention, str] | None:
    """The company right after the project ``m`` with "of", and the rule that says so.

    >>> t = 'a plant for the production of pipes of JSC "Orda Tube" in Taraz'
    >>> plant = Mention(2, 35, "plant for the production of pipes", "project", "t", "pipe plant")
    >>> org = Mention(44, 53, "Orda Tube", "organization", "org", "company:Orda Tube")
    >>> company(t, plant, [org])[1]
    'dep:of-after-the-project'
    >>> company(t, plant, [Mention(44, 53, "Orda Tube", "organization", "org", "other:Orda Tube")])
    """
    for org in organizations:
        if org.start >= m.end and org.key.startswith("company:") and _OF.fullmatch(
                text, m.end, org.start):
            return org, "dep:of-after-the-project"
    return None
