"""How a sentence tells of the attack already in focus, rather than of a new one; used by
:mod:`veille.extract.incidents`.

A definite attack word ("the attack", "the Minya attack") in a sentence dated by a statement
names the attack told before; "the site of the truck bombing" names it as a scene; a day a toll
was raised, or that an attack went on to, is no day of the attack; a group blamed in a sentence of
its own is the article's main attack's.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Span, Token

from ..nlp.dates import DateMention
from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .incident_patterns import SPEECH_VERBS
from .lexicon import STATE_ACTOR_TYPES

__all__ = [
    "a_definite_reference",
    "a_telling_date",
    "blames_a_group",
    "near_in_the_parse",
    "scene_of_the_attack",
    "that_one",
    "the_attack_told_before",
    "went_on_to",
]

_TOLL_UPDATE_VERBS: Final = frozenset(
    {"raise", "rise", "revise", "climb", "increase", "put", "update"}
)


def went_on_to(sent: Span, date: DateMention | None) -> bool:
    """Whether the sentence's date is the day something went on to ("lasted into Monday"), or
    the day a toll was counted ("Authorities raised the death toll to 29 from 28 on
    Saturday"): no day of the attack either way."""
    if date is None:
        return False
    before = doc_text(sent.doc)[max(sent.start_char, date.start - 20) : date.start]
    if re.search(r"\b(?:into|until|through)\s*$", before) is not None:
        return True
    span = sent.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return (
        verb is not None
        and verb.lemma_.lower() in _TOLL_UPDATE_VERBS
        and any(
            c.dep_ in {"dobj", "nsubj"} and c.lower_ in {"toll", "tally"} for c in verb.children
        )
    )


def blames_a_group(sent: Span) -> bool:
    """Whether the sentence's main verb blames a non-state group named as its object."""
    root = sent.root
    if root.lemma_.lower() not in {"blame", "accuse"}:
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return any(
        s.label_ not in STATE_ACTOR_TYPES and any(s.start <= o.i < s.end for o in objects)
        for s in sent.doc.spans.get("veille_actors", [])
    )


_TELLING_NOUNS: Final = frozenset({"statement", "briefing", "conference", "interview", "address"})


def a_telling_date(sent: Span, date: DateMention) -> bool:
    """Whether the date is that of a statement ("In a statement on Saturday, the army said",
    "police said on Monday"), not of an act."""
    span = sent.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        lemma = token.lemma_.lower()
        if lemma in _TELLING_NOUNS or lemma in SPEECH_VERBS:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


_DEFINITE: Final = frozenset({"the", "this", "that"})
_NAMING_DEPS: Final = frozenset({"compound", "amod", "nmod"})


def _definite(token: Token) -> bool:
    """Whether the noun has a definite determiner ("the", "this", "that")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def the_attack_told_before(token: Token) -> bool:
    """ "the attack was revenge for the bombing of Syria", in a report whose only attack so far
    is a past one: that attack, named again."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in {"attack", "stabbing", "shooting", "bombing"}
        and _definite(token)
        and not any(c.dep_ in _NAMING_DEPS for c in token.children)
    )


def a_definite_reference(token: Token, place: PlaceMention | None) -> bool:
    """Whether the attack word names an attack already told ("the attack", "the Minya
    attack"): a singular attack noun with a definite determiner, named at most by its place."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in {"attack", "stabbing", "shooting", "bombing", "blast"}
        and _definite(token)
        and all(
            place is not None and place.start_char <= c.idx < place.end_char
            for c in token.children
            if c.dep_ in _NAMING_DEPS
        )
    )


_SCENE_NOUNS: Final = frozenset({"site", "scene", "wreckage", "rubble"})


def scene_of_the_attack(token: Token) -> bool:
    """Whether the attack word names the scene of an attack already told ("at the site of the
    truck bombing", "around the blast sites"), where something else goes on (not "in the wake
    of" an attack, which may be another)."""
    prep = token.head
    if (
        token.dep_ in {"compound", "amod"}
        and token.head.lemma_.lower() in _SCENE_NOUNS
        and _definite(token.head)
    ):
        return True  # "the sections around the blast sites stayed shut"
    if (
        token.dep_ == "amod"
        and token.tag_ == "VBN"
        and token.head.pos_ == "NOUN"
        and _definite(token.head)
        and token.head.dep_ in {"pobj", "dobj"}
    ):
        return True  # "Hundreds of Jordanians rallied outside the bombed hotels on Thursday"
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _SCENE_NOUNS
        and _definite(token)
    )


def that_one(token: Token) -> bool:
    """ "that blast", "this attack": an attack noun pointing back at one told."""
    return token.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"that", "this"} for c in token.children
    )


def near_in_the_parse(trigger: Token, place: PlaceMention) -> bool:
    """Whether the place hangs within three steps of the attack word or of the verb it hangs
    on ("the bombing in Dortmund", "was killed in the bombing in Berlin")."""
    span = trigger.doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if span is None:
        return True
    anchors = {trigger.i, trigger.head.i}
    token = span.root
    for _ in range(4):
        if token.i in anchors:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
