"""Counts a report lists country by country, and where each belongs.

Reports on foreign fighters list counts by country: "Russia was the largest source, with
3,417 fighters, followed by Saudi Arabia with 3,244, Jordan with about 3,000 and Tunisia with
2,926"; "France was the leading Western source, with 1,910"; "Turkey has seen the most fighters
come back, about 900, followed by Tunisia with 800". Each count is placed by the country told
right before "with" or by the subject of the clause, and counts what the first one counts:
fighters who come from a country told as a "source" went abroad, and "the most fighters come
back" counts those who returned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..nlp.places import Gazetteer, PlaceMention
from ..nlp.text import doc_text
from .figure_phrases import Cand
from .figure_words import RETURNED, FigureCategory

__all__ = [
    "A_SOURCE",
    "CAME_BACK",
    "FIGHTER_HEADS",
    "given_with",
    "listed_category",
    "the_most_counted",
    "the_subject_s_country",
    "told_with",
    "whose_most",
]


CAME_BACK: Final = re.compile(r"\b(?:come|came|coming|gone|went)\s+(?:back|home)\b", re.I)
FIGHTER_HEADS: Final = frozenset({"fighters", "jihadists", "recruits", "foreigners"})
# A country told as where fighters came from: "the largest source", "the leading Western source".
A_SOURCE: Final = re.compile(
    r"\b(?:largest|biggest|main|leading|top|second|third)\s+(?:[\w-]+\s+)?sources?\b",
    re.IGNORECASE,
)


def the_most_counted(span: Span) -> Token | None:
    """The plural noun "the most" counts in the clause the count follows ("has seen the most
    fighters come back, about 900")."""
    verb = span.root.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"}), None)
    if subject is None or subject.tag_ != "NNS" or subject.i > span.start:
        return None
    if not any(c.lower_ == "most" for c in subject.children):
        return None
    return subject


def listed_category(cand: Cand, doc: Doc, category: FigureCategory | None) -> FigureCategory | None:
    """The category of a count told by "the most" ("the most fighters come back, about 900":
    those who returned), and of the counts listed after it with "with" ("followed by Tunisia
    with 800"), which count what it counts."""
    span = cand.span
    if category is None or span.start < 1:
        return category
    most = the_most_counted(span) if doc[span.start - 1].text == "," else None
    if most is not None:
        clause = doc_text(doc)[most.idx : span.start_char].lower()
        if RETURNED.search(clause):
            return "foreign_fighters_returned"
    source = cand.source
    if (
        cand.inherited
        and doc[span.start - 1].lower_ == "with"
        and source is not None
        and source.category is not None
        and source.category.startswith("foreign_fighters")
    ):
        return source.category
    return category


def whose_most(span: Span, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """ "Turkey has seen the most fighters come back, about 900": the country that saw them."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].text != ",":
        return None
    most = the_most_counted(span)
    if most is None:
        return None
    told = most.head.head if most.head.dep_ in {"ccomp", "xcomp"} else most.head
    return _country_subject(told, places)


def _country_subject(verb: Token, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The country the verb's subject is, when it is one by itself."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "GPE" or subject.conjuncts:
        return None
    return next(
        (
            m
            for m in places
            if m.start_char <= subject.idx < m.end_char and m.place.precision == "country"
        ),
        None,
    )


def given_with(
    span: Span, places: Sequence[PlaceMention], gazetteer: Gazetteer
) -> PlaceMention | None:
    """The country a listed count is given to ("followed by Saudi Arabia with 3,244, Jordan
    with about 3,000", "made in France, with 93, Spain, with 46"): the country named right
    before "with", also where the entity
    recogniser missed the name ("and Saudi Arabia with 760." at the end of a sentence)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "with":
        return None
    last = doc[span.start - 2]
    if last.is_punct and last.text == "," and span.start >= 3:
        # "most jihadist arrests were made in France, with 93, Spain, with 46"
        last = doc[span.start - 3]
    end = last.idx + len(last)
    found = next(
        (m for m in places if m.end_char == end and m.place.precision == "country"),
        None,
    )
    if found is not None or last.pos_ != "PROPN":
        return found
    first = last
    while first.i > span.sent.start and doc[first.i - 1].pos_ == "PROPN":
        first = doc[first.i - 1]
    name = doc[first.i : last.i + 1]
    # a code is no name here ("IS with 500" is no count for Iceland)
    place = gazetteer.country(name.text) if len(name.text) > 3 else None
    if place is None:
        return None
    return PlaceMention(name.start_char, name.end_char, name.text, place)


def told_with(span: Span, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """ "Russia was the largest source, with 3,417 fighters", "France was the leading Western
    source, with 1,910": the country the sentence's subject is."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ != "with":
        return None
    told = doc[span.start - 1].head
    if told.dep_ == "attr" and told.head.pos_ in {"VERB", "AUX"}:
        told = told.head  # "Russia was the largest source, with ...": the verb "was"
    return _country_subject(told, places)


_HAD_OR_REPORTED: Final = frozenset({"have", "report", "record", "register"})


def the_subject_s_country(head: Token, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The country that "had" or "reported" the count or is told "with" it ("Iraq remained the
    worst-hit, with 9,929 deaths", "Britain ... reported another 62 terrorist incidents and 185
    arrests"): the subject of the count's verb, when it is a country by itself."""
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "reported another 62 terrorist incidents and 185 arrests"
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
    elif head.dep_ != "dobj" or verb.lemma_.lower() not in _HAD_OR_REPORTED:
        return None
    return _country_subject(verb, places)
