"""How a sentence tells of the attack already in focus, rather than of a new one; used by
:mod:`veille.extract.incidents`.

A plural attack word may refer to a set of attacks rather than name one ("those attacks", "140
terrorist attacks", "All the jihadist attacks", "65 of the attacks", bare "attacks on government
facilities"), and a sentence whose attack verbs all have a pronoun for subject goes on about the
attacker the story named before.

A definite attack word ("the attack", "the Minya attack") in a sentence dated by a statement
names the attack told before; "the site of the truck bombing" names it as a scene; a day a toll
was raised, or that an attack went on to, is no day of the attack; a group blamed in a sentence of
its own is the article's main attack's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span, Token

from ..nlp.dates import DateMention
from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .incident_patterns import ATTACK_CATEGORIES, EVENT_LEMMAS, SHARE_WORDS, SPEECH_VERBS
from .lexicon import STATE_ACTOR_TYPES
from .triggers import Trigger

__all__ = [
    "a_definite_reference",
    "a_few_attacks",
    "a_telling_date",
    "all_the_attacks",
    "bare_plural",
    "blames_a_group",
    "many_attacks",
    "near_in_the_parse",
    "plural_reference",
    "scene_of_the_attack",
    "that_one",
    "the_attack_told_before",
    "told_by_pronoun",
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
        # "The count of wounded was raised on Thursday to 21 from 17"
        and any(
            c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in {"toll", "tally", "count"}
            for c in verb.children
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


def told_by_pronoun(triggers: Sequence[Trigger]) -> bool:
    """Whether every attack word is a verb whose subject is a personal pronoun ("He opened fire
    shortly after the train crossed into France"): the sentence goes on about someone the story
    named before, in the time it was telling."""
    for trigger in triggers:
        verb = trigger.token
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        if not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children):
            return False
    return True


def many_attacks(token: Token) -> bool:
    """Whether a plural attack word counts ten attacks or more ("140 terrorist attacks"; not "21
    bombs had gone off in Belfast", the weapons of one attack), or sums up "separate" ones;
    counts listed with such a tally ("at least 10 suicide bombings, seven bomb attacks and
    four armed attacks") and the words naming their kind ("bomb attacks") are part of it."""
    if token.dep_ == "compound" and token.head.tag_ in {"NNS", "NNPS"}:
        return many_attacks(token.head)  # "seven bomb attacks"
    if token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() in EVENT_LEMMAS:
        first = token
        while first.dep_ in {"conj", "appos"} and first.head is not first:
            first = first.head
        listed, todo = [], [first]
        while todo:
            item = todo.pop()
            listed.append(item)
            todo.extend(c for c in item.children if c.dep_ in {"conj", "appos"})
        if any(_counts_ten(t) for t in listed if t is not token):
            return True
    return _counts_ten(token)


def all_the_attacks(token: Token) -> bool:
    """ "All the jihadist attacks were carried out by individuals acting alone": every attack
    of a tally (undated), not one incident."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        and token.lemma_.lower() in EVENT_LEMMAS
        and any(c.dep_ in {"predet", "det"} and c.lower_ == "all" for c in token.children)
    )


def _counts_ten(token: Token) -> bool:
    if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in EVENT_LEMMAS:
        return False
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ == "separate":
            # "two Canadian soldiers were killed in separate attacks at home": several
            # incidents summed up, each told on its own
            return True
        if child.dep_ == "nummod" and _ten_or_more(child):
            return True
    return _counted_share(token)


_FEW: Final = frozenset({"two", "three", "four", "2", "3", "4"})


def a_few_attacks(token: Token) -> bool:
    """Whether a plural attack word counts two to four attacks ("Canada was shaken by two
    attacks in October 2014"): a sentence that announces attacks told one by one next."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        and token.lemma_.lower() in EVENT_LEMMAS
        and any(c.dep_ == "nummod" and c.lower_ in _FEW for c in token.children)
    )


def _ten_or_more(number: Token) -> bool:
    digits = number.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 10


def _counted_share(token: Token) -> bool:
    """Whether a plural attack word is the set a share of ten or more, or "most", is counted out
    of ("Separatist groups were behind 65 of the attacks")."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head is head:
        return False
    share = head.head
    return share.lower_ in SHARE_WORDS or _ten_or_more(share)


def plural_reference(token: Token, *, bare: bool = False) -> bool:
    """Whether a plural attack word refers to a set of attacks rather than names one: "those
    attacks", "six attacks", "jihadist attacks"; with ``bare``, any plural without a determiner
    ("conducting car bombings and night operations", in a sentence that gives no toll)."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in {"det", "poss"}]
    # "carried out six attacks" counts attacks; "set off two bombs" tells one attack
    counted = token.lemma_.lower() == "attack" and any(c.dep_ == "nummod" for c in token.children)
    kind = any(
        c.dep_ in {"amod", "compound"} and c.lower_ in ATTACK_CATEGORIES for c in token.children
    )
    generic = (kind or bare) and not dets
    return counted or generic or any(d in {"those", "these", "such"} for d in dets)


def bare_plural(token: Token) -> bool:
    """Whether an attack noun is a plural with nothing that counts or points at it ("carried
    out attacks on government facilities"), not "the attacks", "two bombings", "Friday's
    attacks", "attacks in Paris"."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"det", "nummod", "poss", "compound", "amod"} for c in token.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in token.children)
