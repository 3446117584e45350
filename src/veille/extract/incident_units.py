"""The units of a sentence that may tell different attacks.

Used by :mod:`veille.extract.incidents`, which reads each unit as a sentence of its own.
:func:`sentence_units` cuts a sentence's attack words apart: those of a "when" clause that tells
another day's event ("since July 22, 2011, when Breivik killed 77 people"), of a past attack
recalled ", almost three years after", of an earlier attack of the same day told ", hours
after" (with a closing "who was killed ... earlier in the morning", which
:func:`an_earlier_clause` tells), and of other places (``incident_places.split_by_place``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Span, Token

from ..nlp.dates import DateMention
from ..nlp.places import PlaceMention
from ..nlp.text import doc_text
from .incident_dates import dated_when_clause, when_clause_date
from .incident_places import split_by_place
from .triggers import Trigger

__all__ = [
    "an_earlier_attack_part",
    "an_earlier_clause",
    "sentence_units",
]


def sentence_units(
    sent: Span,
    triggers: list[Trigger],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
) -> list[tuple[Span, list[Trigger]]]:
    """The sentence's units, each with its attack words, in text order (without a definite
    one a gap phrase names, when others tell the act: :func:`_without_the_one_it_is_dated_by`)."""
    return [
        (unit, _without_the_one_it_is_dated_by(unit, unit_triggers))
        for dated, dated_triggers in _apart_by_their_days(sent, triggers, dates)
        for whole, kept in _apart_from_dated_when(dated, dated_triggers, dates)
        for part, part_triggers in _apart_from_years_after(whole, kept)
        for hours, hours_triggers in _apart_from_hours_after(part, part_triggers)
        for clause, clause_triggers in _apart_from_earlier_clause(hours, hours_triggers)
        for unit, unit_triggers in split_by_place(clause, clause_triggers, places)
    ]


_YEARS_AFTER: Final = re.compile(
    r"(?i),\s+(?:(?:almost|nearly|about|more than|some|exactly)\s+)?\S+\s+"
    r"(?:years?|decades?)\s+(?:after|since)\b"
)


def _apart_from_years_after(
    sent: Span, triggers: list[Trigger]
) -> list[tuple[Span, list[Trigger]]]:
    """The attack words told before ", almost three years after ..." apart from those of the
    past attack the phrase recalls: "Three suicide bombers blew themselves up in crowded
    restaurants ... on Saturday night, killing at least 19 people ..., almost three years after
    nightclub bombings on the island killed 202 people" is news, and the 202 are another
    attack's."""
    text = doc_text(sent.doc)
    match = _YEARS_AFTER.search(text, sent.start_char, sent.end_char)
    if match is None:
        return [(sent, triggers)]
    now = [t for t in triggers if t.token.idx < match.start()]
    then = [t for t in triggers if t.token.idx >= match.end()]
    part = sent.doc.char_span(match.start() + 1, sent.end_char, alignment_mode="expand")
    if not now or part is None or part.start <= sent.start:
        return [(sent, triggers)]
    return [(sent.doc[sent.start : part.start], now), (part, then)]


_HOURS_AFTER: Final = re.compile(
    r"(?i)(?:,|\b(?:came|comes))\s+(?P<gap>(?:(?:just|only|some|about|a few|several|two|three"
    r"|four|five|six)\s+)?(?:hours?|minutes?)\s+after\b)"
)


def an_earlier_attack_part(unit: Span) -> bool:
    """Whether the unit is the part of a sentence cut at ", hours after" that tells an earlier
    attack of the same day (:func:`_apart_from_hours_after`)."""
    return unit.start > unit.sent.start and _HOURS_AFTER_PART.match(unit.text) is not None


# The part such a cut leaves: "hours after the head of the bar association was shot dead"
_HOURS_AFTER_PART: Final = re.compile(r"(?i)^\W*(?:\S+\s+)?(?:hours?|minutes?)\s+after\b")


def _apart_from_hours_after(
    sent: Span, triggers: list[Trigger]
) -> list[tuple[Span, list[Trigger]]]:
    """The attack words told before ", hours after ..." apart from those of the earlier attack
    of the same day the clause tells: "A suicide bomber blew himself up ... at the main
    government hospital ..., killing at least 70 people, hours after the head of the provincial
    bar association was shot dead" tells two attacks, the shooting its own incident. A clause
    whose attack word is a noun ("hours after the attack") names the one told, and stays."""
    text = doc_text(sent.doc)
    match = _HOURS_AFTER.search(text, sent.start_char, sent.end_char)
    if match is None:
        return [(sent, triggers)]
    now = [t for t in triggers if t.token.idx < match.start()]
    then = [t for t in triggers if t.token.idx >= match.end()]
    part = sent.doc.char_span(match.start("gap"), sent.end_char, alignment_mode="expand")
    if (
        not now
        # "hours after a bomb tore through a crowded bus station": an attack told anew, by
        # its verb or an indefinite noun; "hours after the attack" names the one told
        or not any(t.token.pos_ == "VERB" or _indefinite(t.token) for t in then)
        or part is None
        or part.start <= sent.start
    ):
        return [(sent, triggers)]
    return [(sent.doc[sent.start : part.start], now), (part, then)]


def _indefinite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


def _apart_from_earlier_clause(
    sent: Span, triggers: list[Trigger]
) -> list[tuple[Span, list[Trigger]]]:
    """The attack words of a relative clause that ends the sentence and tells what befell a
    person earlier ("More than 100 people were wounded in the blast ..., where lawyers had come
    with the body of Bilal Anwar Kasi, ..., who was killed by gunmen near his home earlier in
    the morning") apart from the rest: another attack's, the one a ", hours after" part told."""
    for trigger in triggers:
        clause = next((a for a in trigger.token.ancestors if a.dep_ == "relcl"), None)
        if trigger.token.dep_ == "relcl":
            clause = trigger.token
        if clause is None or not any(t.lower_ == "earlier" for t in clause.subtree):
            continue
        who = clause.left_edge
        rest = sent.doc[clause.right_edge.i + 1 : sent.end]
        if who.lower_ not in {"who", "whom"} or any(not (t.is_punct or t.is_space) for t in rest):
            continue
        now = [t for t in triggers if t.token.i < who.i]
        then = [t for t in triggers if t.token.i >= who.i]
        if now and who.i > sent.start:
            return [(sent.doc[sent.start : who.i], now), (sent.doc[who.i : sent.end], then)]
    return [(sent, triggers)]


def an_earlier_clause(unit: Span) -> bool:
    """Whether the unit is a relative clause cut by :func:`_apart_from_earlier_clause` (the
    earlier attack of the day is its incident)."""
    return unit.start > unit.sent.start and unit[0].lower_ in {"who", "whom"}


def _apart_by_their_days(
    sent: Span, triggers: list[Trigger], dates: Sequence[DateMention]
) -> list[tuple[Span, list[Trigger]]]:
    """Two attacks joined by ", and", each with its attack word and a day of its own: "A bomb at
    a bus station in the suburb of Nyanya killed 75 people on April 14, and a car bomb near the
    same spot killed at least 19 people on May 1" tells two, cut at the "and"."""
    doc = sent.doc
    for token in sent:
        if token.lower_ != "and" or token.i == sent.start or doc[token.i - 1].text != ",":
            continue
        cut = token.i + 1
        before = [t for t in triggers if t.token.i < cut]
        after = [t for t in triggers if t.token.i >= cut]
        days_before = _days_in(dates, sent.start_char, token.idx)
        days_after = _days_in(dates, token.idx, sent.end_char)
        if (
            before
            and after
            # an attack told anew: by its verb or an indefinite noun ("a car bomb")
            and any(t.token.pos_ == "VERB" or _indefinite(t.token) for t in after)
            and len(days_before) == 1
            and len(days_after) == 1
            and days_before != days_after
        ):
            return [(doc[sent.start : cut], before), (doc[cut : sent.end], after)]
    return [(sent, triggers)]


def _days_in(dates: Sequence[DateMention], lo: int, hi: int) -> set[str]:
    return {
        m.value.value
        for m in dates
        if lo <= m.start < hi and m.value.precision == "day" and m.value.value
    }


def _apart_from_dated_when(
    sent: Span, triggers: list[Trigger], dates: Sequence[DateMention]
) -> list[tuple[Span, list[Trigger]]]:
    """The sentence's attack words apart from those of a "when" clause that tells another day's
    event, when some are left: "The attack was the deadliest in Norway since July 22, 2011,
    when Breivik killed 77 people with a car bomb ...": the bomb is of that day, not the news.
    When the clause ends the sentence and its date follows "since", it is a part of its own,
    from its date on ("since 2002, when a suicide bomber drove a truck ... into a synagogue on
    the island of Djerba and killed 21 people"): the past attack a comparison recalls, with its
    own date, place and toll ("the shooting in Vienna on Nov. 2, when a gunman killed four" is
    one event)."""
    now = [t for t in triggers if dated_when_clause(t.token) is None]
    then = [t for t in triggers if t not in now]
    if not now or not then:
        return [(sent, triggers)]
    doc = sent.doc
    clause = dated_when_clause(then[0].token)
    assert clause is not None  # then holds only words of such a clause
    when = next(c for c in clause.children if c.lower_ == "when")
    # the date the clause tells of, with its preposition ("since 2002"), opens the part
    told = when_clause_date(then[0].token, dates)
    rest = doc[clause.right_edge.i + 1 : sent.end]
    part = doc.char_span(told.start, sent.end_char, alignment_mode="expand") if told else None
    if (
        part is None
        or part.start <= sent.start
        or any(not t.is_punct for t in rest)
        # "the shooting in Vienna on Nov. 2, when a gunman killed four people": the same event
        or not (part[0].lower_ == "since" or doc[part.start - 1].lower_ == "since")
    ):
        return [(sent, now)]
    # the date stays in the first part too: "the deadliest ... in Tunisia since 2002" compares
    return [(doc[sent.start : when.i], now), (part, then)]


def _without_the_one_it_is_dated_by(unit: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The unit's attack words without a definite one a gap phrase names ("and on Sunday, hours
    before the Ansbach blast, a Syrian asylum seeker killed a woman"), when others tell the act:
    the attack the gap counts from is another."""
    text = doc_text(unit.doc)
    named = [
        t
        for t in triggers
        if t.token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.token.children)
        and _GAP_THE.search(text[max(unit.start_char, t.token.left_edge.idx - 30) : t.token.idx])
    ]
    kept = [t for t in triggers if t not in named]
    return kept if kept else triggers


# "hours before the Ansbach blast": a gap, then a definite attack named by its place
_GAP_THE: Final = re.compile(r"(?i)\b(?:hours?|days?|weeks?|minutes?)\s+(?:before|after)\s+the\b")
