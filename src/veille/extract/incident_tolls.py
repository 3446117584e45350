"""Which of the tolls a sentence states belong to the incident being assembled.

Used by :mod:`veille.extract.incidents`. A toll told in the clause that dates the incident by an
earlier attack ("two weeks to the day after suicide bombers killed 52 people") is that attack's
(:func:`of_the_attack_it_came_after`), and so is its killing when the incident's status is read
(:func:`in_a_time_clause`); a toll that sums up several attacks ("in the two attacks") is none's
own (:func:`sums_up_attacks`); a toll told of another place than the incident's, in a sentence
naming both, is the other place's (:func:`told_of_another_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span, Token

from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .incident_dates import mourned_attack
from .incident_grouping import Group
from .incident_patterns import A_GAP_BEFORE
from .incident_places import is_same_place
from .tolls import TollFinding
from .triggers import Trigger

__all__ = [
    "counts_several_attacks",
    "in_a_time_clause",
    "of_a_conjoined_act",
    "of_the_attack_it_came_after",
    "sums_up_attacks",
    "told_of_another_place",
]

_TIME_MARKS: Final = frozenset({"after", "since", "before"})


def in_a_time_clause(token: Token) -> bool:
    """Whether the attack word tells another attack, the one a clause dates this by ("They
    came two weeks after four suicide bombers killed 52 people")."""
    for node in (token, *token.ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children)
    return False


def of_the_attack_it_came_after(
    finding: TollFinding, sent: Span, triggers: Sequence[Trigger]
) -> bool:
    """Whether the toll is told in a clause that dates the incident by another, earlier attack
    ("Attackers tried to set off bombs ... on Thursday, two weeks to the day after suicide
    bombers killed 52 people ..., but ... no one was killed"): that attack's toll, not this
    one's, when the sentence tells this incident outside the clause."""
    token = sent.doc.char_span(
        finding.quantity.start, finding.quantity.end, alignment_mode="expand"
    )
    if token is None:
        return False
    clause = next(
        (
            node
            for node in token.root.ancestors
            if node.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children)
        ),
        None,
    )
    if clause is None:
        return False
    mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS)
    text = doc_text(sent.doc)
    if not A_GAP_BEFORE.search(text[max(0, mark.idx - 40) : mark.idx]):
        # "police have detained 46 people ... after an explosion ... killed six people": the
        # attack the sentence is about, not one of another day
        return False
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    came = clause.head if clause.head.lemma_.lower() in {"come", "follow"} else None
    here = [
        t
        for t in triggers
        if sent.start <= t.token.i < sent.end
        # "The shooting came two days after ...": the subject is the attack that came after
        and not (came is not None and t.token.dep_ == "nsubj" and t.token.head.i == came.i)
    ]
    if here and all(t.token.i in inside for t in here):
        # "It came less than three weeks after Islamic State gunmen ... killed 130 people in
        # Paris", "The shooting came two days after Martin Couture-Rouleau ... ran down two
        # soldiers ..., killing Warrant Officer Patrice Vincent": the toll of the attack the
        # clause tells, when that is the incident read
        return False
    if clause.head.lemma_.lower() in {"come", "follow"} and any(
        c.dep_ == "nsubj" and c.lower_ in {"they", "it", "this", "these"}
        for c in clause.head.children
    ):
        # "They came two weeks after four suicide bombers killed 52 people": the attempts told
        # before came after that attack, whose toll it is
        return True
    return any(
        sent.start <= t.token.i < sent.end
        and t.token.i not in inside
        # not "..., an attack claimed by Islamic State": the clause's attack named again
        and not any(n.dep_ == "appos" for n in (t.token, *t.token.ancestors))
        # nor "burying the victims of a Taliban assault ..., a day after gunmen killed 141"
        and not mourned_attack(t.token)
        for t in triggers
    )


_IN_THE_ATTACKS: Final = re.compile(
    r"(?i)\s+(?:people\s+|dead\s+)?in\s+(?:the\s+)?(?:two|three|four|both)\s+"
    r"(?:\w+\s+)?(?:attacks|bombings|shootings|incidents)\b"
)


def told_of_another_place(
    finding: TollFinding, sent: Span, group: Group, places: Sequence[PlaceMention]
) -> bool:
    """Whether the first place named after the toll, before the next number, is somewhere other
    than the incident's ("at least 84 people had been killed on the island of Utoya and seven
    in the blast in Oslo": the 84 are not the Oslo bombing's)."""
    if group.place is None:
        return False
    end = finding.quantity.end
    stop = next(
        (t.idx for t in sent if t.idx >= end and t.like_num),
        sent.end_char,
    )
    named = [m for m in places if end <= m.start_char < stop]
    if not named:
        return False
    first = min(named, key=lambda m: m.start_char)
    between = doc_text(sent.doc)[end : first.start_char]
    if "," in between or len(between.split()) > 8:
        # "killed 32 people, most of them young activists planning to help rebuild the Syrian
        # town of Kobani, in the border town of Suruc": not the toll's own place
        return False
    # only where the sentence names the incident's place too: one sentence, two places' tolls
    here = group.place.place.name
    told_here = any(
        m.place.name == here and sent.start_char <= m.start_char < sent.end_char for m in places
    )
    return (
        told_here and first.place.precision != "country" and not is_same_place(first, group.place)
    )


def sums_up_attacks(text: str, end: int) -> bool:
    """Whether the words after a toll ending at ``end`` sum up several attacks ("killing at
    least 91 people in the two attacks"): a toll of them all, none's own."""
    return _IN_THE_ATTACKS.match(text, end) is not None


# "attacked two Coptic churches", "church bombings", "the twin blasts": several attacks
_SEVERAL_TARGETS: Final = re.compile(
    r"(?i)\b(?:two|three|four|both|twin)\s+(?:[\w-]+\s+){0,2}"
    r"(?:churches|mosques|synagogues|attacks|bombings|blasts|explosions|sites|hotels|stations)\b"
)


def counts_several_attacks(sent: Span, triggers: Sequence[Trigger]) -> bool:
    """Whether the sentence tells the attack with others as one: a plural attack word of the
    incident ("church bombings kill 44") or several targets ("attacked two Coptic churches")."""
    mine = [t for t in triggers if sent.start <= t.token.i < sent.end]
    plural = any(t.token.tag_ in {"NNS", "NNPS"} and t.token.lower_ not in _DOERS for t in mine)
    return bool(mine) and (plural or _SEVERAL_TARGETS.search(sent.text) is not None)


_DOERS: Final = frozenset({"bombers", "gunmen", "attackers", "militants", "assailants"})


_ACTS_ON_A_PERSON: Final = frozenset({"killing", "murder", "assassination", "shooting"})
_OTHER_ATTACK_NOUNS: Final = frozenset({"bombing", "attack", "blast", "explosion", "bombings"})


def of_a_conjoined_act(finding: TollFinding, sent: Span) -> bool:
    """Whether the one person the toll counts is the victim of a second act coordinated with an
    attack ("said it had carried out the bombing and the killing of Kasi"): that act's toll,
    told beside the attack's, not one of its dead."""
    span = sent.doc.char_span(finding.quantity.start, finding.quantity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    act = root.head.head
    return (
        act.lower_ in _ACTS_ON_A_PERSON
        and act.dep_ == "conj"
        and act.head.lower_ in _OTHER_ATTACK_NOUNS
    )
