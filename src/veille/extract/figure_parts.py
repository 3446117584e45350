"""Parts of a count told with the whole they belong to, in one sentence.

"Of the 850 people who left Britain, about 425 have returned"; "Only seven of the 129 people who
went from the United States have returned"; "Some 5,000 left the countries of Central Asia, of
whom about 500 have come back". The part counts what the whole counts; a whole whose own phrase
says its people left ("who left Britain") counts departures, whatever the part's verb says of
the part; a part whose own words name no place is where its whole is. A count told of another
place ("compared with about 300 in Germany") counts the same people, but not the place the
phrase it took names ("people who left Britain" is cut to "people"). A colon splits a count by
sex or age ("330 Bosnians had travelled ...: 188 men, 61 women and 81 children"), and "At least
50 of the men" in the next sentence is a part of those fighters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span, Token

from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .figure_phrases import Cand
from .figure_words import FigureCategory

__all__ = [
    "FIGHTERS_TOLD_AGAIN",
    "SEX_AND_AGE",
    "WHO_LEFT",
    "counted_here",
    "leaving_whole",
    "of_the_next",
    "own_departure",
    "split_after_a_colon",
    "told_as_a_whole",
    "without_post_modifiers",
]

WHO_LEFT: Final = re.compile(
    r"\bwho (?:had |have |has )?(?:left|travel+ed|went|gone|joined)\b", re.IGNORECASE
)
SEX_AND_AGE: Final = frozenset({"men", "women", "children", "minors", "adults"})
"""What a count of people is split into by sex or age."""
# What a colon splits a count of people into: "330 Bosnians ...: 188 men, 61 women and 81
# children".
_SPLIT_WORDS: Final = SEX_AND_AGE | {"boys", "girls"}
FIGHTERS_TOLD_AGAIN: Final = SEX_AND_AGE | {"fighters", "jihadists", "returnees"}
"""What "N of the ..." may call fighters counted in the sentence before: "At least 50 of the
men had been killed", after "330 Bosnians had travelled ...: 188 men, 61 women and 81
children"."""
_LEAVING: Final = frozenset({"leave", "go", "travel", "come"})
_PARTS: Final = frozenset({"foreign_fighters_returned", "foreign_fighters_killed"})


def of_the_next(cand: Cand, following: Cand) -> bool:
    """Whether a count with no noun of its own is told as a part of the count right after it
    ("Only seven of the 129 people who went from the United States have returned")."""
    if cand.counted is not None or following.counted is None:
        return False
    doc = cand.span.doc
    between = [t.lower_ for t in doc[cand.span.end : following.span.start]]
    # "Morocco says 742 of its 1,659 fighters died"
    return between in (["of", "the"], ["of"], ["of", "its"], ["of", "their"])


def told_as_a_whole(cand: Cand) -> bool:
    """Whether a count is told as the whole of a part: "of the 850 people who left Britain"."""
    doc = cand.span.doc
    before = [t.lower_ for t in doc[max(0, cand.span.start - 2) : cand.span.start]]
    return before[-1:] == ["of"] or before in (["of", "the"], ["of", "its"], ["of", "their"])


def leaving_whole(
    part: FigureCategory, whole: FigureCategory, whole_counted: str
) -> FigureCategory:
    """The category of a whole told as such ("of the 850 people who left Britain", "742 of its
    1,659 fighters died") one of whose parts returned or died: the people "who left" a country,
    or who the part's verb would make all returned or dead, counted as they left."""
    if part in _PARTS and whole in {"other", part} and WHO_LEFT.search(whole_counted):
        return "foreign_fighters_left"
    if part in _PARTS and whole == part:
        # "742 of its 1,659 fighters died": not all of them died, or came back; the fighters
        # counted as they left
        return "foreign_fighters_left"
    return whole


def own_departure(span: Span) -> bool:
    """Whether a bare count is the subject of its own leaving from somewhere ("Some 5,000 left
    the countries of Central Asia", "roughly 5,000 went from the European Union"), or of a
    perfect of leaving ("more than 100 had gone")."""
    node = span.root
    verb = node.head
    if node.dep_ != "nsubj" or verb.lemma_.lower() not in _LEAVING:
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children):
        return True
    # "told broadcaster DR that more than 100 had gone": a perfect of its own, not "of them"
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() != "come"  # "87 had come back": a return, not a departure
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children)
    )


def without_post_modifiers(counted: Span, head: Token) -> Span:
    """The counted phrase up to its head noun ("people who left Britain" -> "people")."""
    if not counted.start <= head.i < counted.end:
        return counted
    return counted.doc[counted.start : head.i + 1]


def counted_here(
    span: Span, counted: Span, head: Token, place: PlaceMention, places: Sequence[PlaceMention]
) -> Span:
    """The counted phrase a count took from another, without the words after its head noun
    when they name another country than the place the count is given to ("about 300 in
    Germany", "Tunisia with 800"); not where the people went ("52 went to Syria")."""
    if not counted.start <= head.i < counted.end - 1:
        return counted
    text = doc_text(span.doc)
    after = text[span.end_char : place.start_char] if place.start_char >= span.end_char else None
    before = text[place.end_char : span.start_char] if place.end_char <= span.start_char else None
    if after != " in " and before != " with ":
        return counted
    after_head = (counted.doc[head.i + 1].idx, counted.end_char)
    elsewhere = any(
        after_head[0] <= m.start_char
        and m.end_char <= after_head[1]
        and m.place.country != place.place.country
        for m in places
    )
    return without_post_modifiers(counted, head) if elsewhere else counted


def split_after_a_colon(cand: Cand, earlier: Sequence[Cand]) -> Cand | None:
    """The count a colon splits by sex or age ("330 Bosnians had travelled to Syria and Iraq
    since 2012: 188 men, 61 women and 81 children"): the whole each part belongs to."""
    if cand.head is None or cand.head.lower_ not in _SPLIT_WORDS or not earlier:
        return None
    doc = cand.span.doc
    for before in reversed(earlier):
        head = before.head
        split = head is not None and head.lower_ in _SPLIT_WORDS
        if any(t.text == ":" for t in doc[before.span.end : cand.span.start]):
            return None if split else before
        if not split:
            return None
    return None
