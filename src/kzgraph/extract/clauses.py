"""Whether the parse puts a business and a project in clauses of their own: "X launched a
furnace, and a plant of Y was brought into operation" (the plant is not X's). The company a
project's sentence names by the words around it is kept only where they share a clause; an
acronym inside a project's words that names its product ("PVC pipe plant") is no company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention
from .relations import head_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubjpass")


def apart(doc: Doc, organization: Mention, project: Mention) -> bool:
    """Whether a project hangs from a clause with its own subject coordinated under the
    organization's, or the organization's words are the project's own ("a plant for the
    production of PVC pipes": "PVC" is a product)."""
    if project.start <= organization.start and organization.end <= project.end:
        return True
    head, org = head_token(doc, project), head_token(doc, organization)
    if head is None or org is None:
        return False
    node = head
    while node.dep_ != "ROOT" and node not in org.ancestors and node != org:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in _SUBJECTS for c in node.children):
            return True
        node = node.head
    return False


def a_product(organization: Mention, project: Mention) -> bool:
    """Whether an acronym inside a project's words names its product, not its owner: "PVC" in
    "PVC pipe plant" (a product's word before the head), not "KEGOC" in "KEGOC substation".

    >>> plant = Mention(0, 14, "PVC pipe plant", "project", "t")
    >>> a_product(Mention(0, 3, "PVC", "organization", "ner:ORG"), plant)
    True
    >>> a_product(Mention(0, 5, "KEGOC", "organization", "ner:ORG"),
    ...           Mention(0, 16, "KEGOC substation", "project", "t"))
    False
    """
    inside = project.start <= organization.start and organization.end <= project.end
    after = project.text[organization.end - project.start:].split()
    return inside and organization.text.isupper() and len(organization.text) <= 5 and len(after) > 1
