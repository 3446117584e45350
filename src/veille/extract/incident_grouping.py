"""Which incident an event sentence joins, while an article's incidents are assembled.

Used by :mod:`veille.extract.incidents`, whose module docstring gives the rules. A
:class:`Group` holds the sentences of one incident while it is assembled. :func:`group_for`
gives the incident a sentence joins: unless something announces another incident
(:func:`other_incident`: "another attack"; :func:`other_perpetrator`: an attack by an unrelated
group), the one in focus when the sentence's place and date are :func:`compatible` with it (or
when only the headline told it, in the same country); else an earlier one of the same place or
day. :func:`group_sentence_date` dates one of a group's sentences. Once every sentence is read,
:func:`headline_told_by_the_lead` and :func:`bound_to_the_day_told` join groups that tell one
incident; :func:`named_by_its_target` finds the incident a sentence names by what it struck.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, TypeVar

from spacy.tokens import Doc, Span, Token

from ..models import IncidentStatus
from ..nlp.actors import ActorKB
from ..nlp.dates import DateMention
from ..nlp.places import PlaceMention
from .action_patterns import sentence_link
from .incident_dates import date_or_none, sentence_date
from .incident_patterns import OTHER_INCIDENT
from .incident_places import is_same_place, same_country
from .incident_units import an_earlier_attack_part
from .lexicon import BARRICADE, STATE_ACTOR_TYPES
from .tolls import find_tolls
from .triggers import Trigger, agent_groups

__all__ = [
    "Group",
    "bound_to_the_day_told",
    "compatible",
    "group_for",
    "group_sentence_date",
    "headline_told_by_the_lead",
    "named_by_its_target",
    "other_incident",
    "other_perpetrator",
    "past_attacks_told_to_the_day",
    "same_kind",
    "the_one_told_so",
]


@dataclass(slots=True)
class Group:
    """Sentences of one incident while it is being assembled."""

    sentences: list[Span] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    statuses: list[IncidentStatus] = field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    claim_sentences: list[Span] = field(default_factory=list)
    attacker_sentences: list[Span] = field(default_factory=list)
    title_only: bool = False  # the group holds only the article's headline so far
    vague_date: bool = False  # the attack word's own date is vague ("this week's attack")
    # the date is that of an act told after the attack ("ordered him held on Saturday after
    # three women were stabbed"): the attack came that day or before, so an earlier day told
    # later is its own
    date_bound: bool = False
    # an attack the one in focus "came a week after": told as background, never news
    background: bool = False
    # sentences telling a later part of a rampage ("He then drove to a supermarket in Trebes,
    # where he killed a butcher and a customer"): their dead are a part of the toll
    part_sentences: list[Span] = field(default_factory=list)
    first_index: int = -1  # the index of its first sentence in the article


def group_for(
    groups: list[Group],
    focus: Group | None,
    place: PlaceMention | None,
    date: DateMention | None,
    new_incident: bool = False,
    sentence: str = "",
    *,
    carried_out: bool = False,
) -> Group | None:
    if focus is None:
        return None
    if (
        not new_incident
        and focus.date is None
        and place is None
        and date is not None
        and date.value.precision == "day"
        # not "Breivik was arrested on Utoya on Friday evening": the focus's place, named
        and (focus.place is None or focus.place.text not in sentence)
    ):
        # "... killed at least 12 people in the town of Kizlyar" (undated), then "the two women
        # who blew themselves up on trains ... during Monday's morning rush hour": the day of
        # the one incident told before with that day, not a day for the one in focus
        same_day = [
            g
            for g in groups
            if g is not focus and g.date is not None and g.date.value.value == date.value.value
        ]
        if len(same_day) == 1:
            return same_day[0]
    if not new_incident and compatible(focus, place, date):
        return focus
    if not new_incident and focus.title_only and same_country(focus.place, place):
        return focus  # "concert hall near Moscow" then "in Krasnogorsk": one event
    for group in groups:
        if group is focus or not compatible(group, place, date) or not (place or date):
            continue
        if carried_out and group.statuses and set(group.statuses) <= {"plot", "foiled"}:
            continue  # "Another suicide bombing had been planned for June 26", then "On June
            # 26, ... a gunman killed 38 people at a beach hotel in Sousse": not the plot
        same_place = place and group.place and is_same_place(place, group.place)
        same_date = date and group.date and date.value.value == group.date.value.value
        if same_place or same_date:
            return group
    return None


def compatible(group: Group, place: PlaceMention | None, date: DateMention | None) -> bool:
    if not is_same_place(place, group.place):
        return False
    if date is not None and group.date is not None:
        a, b = date.value, group.date.value
        if a.precision == "day" and b.precision == "day" and a.value != b.value:
            # "at about 5 p.m. on Friday", after "ordered him held on Saturday after ..."
            return group.date_bound and bool(a.value and b.value and a.value < b.value)
        if (
            a.value
            and b.value
            and "day" in {a.precision, b.precision}
            and not (a.value.startswith(b.value) or b.value.startswith(a.value))
        ):
            # "In August, a raid on Bariire ... killed 10 civilians", after a bombing of Oct. 14:
            # a month that does not hold the day tells another event
            return False
    return True


def another_time(focus: Group, date: DateMention | None, triggers: Sequence[Trigger]) -> bool:
    """Whether the sentence tells an attack of a month or day outside the incident in focus's
    date, with no attack word that refers back ("Last month a bomb attack on riot police ... in
    Istanbul", after the New Year shooting of 1 January; not "A thirteenth victim died in 1977
    of injuries suffered during the attack")."""
    if date is None or focus.date is None or date.value.precision not in {"day", "month"}:
        return False
    if focus.date.value.precision != "day":
        return False  # "since 2017", then "in March 2019": a year says too little to part them
    a, b = date.value.value, focus.date.value.value
    if focus.date_bound and a and b and a < b:
        return False  # the day of an act after the attack: an earlier day is the attack's
    if siege_began_before(focus, date, triggers):
        return False
    if not a or not b or a.startswith(b) or b.startswith(a):
        return False
    return not any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another"}
        for t in triggers
        for c in t.token.children
    )


# What is heard while a siege goes on: "Bursts of gunfire rang out on Sunday as soldiers ...
# moved towards the building", the day after gunmen stormed the mall.
_SIEGE_SOUNDS = frozenset(
    {"gunfire", "shots", "shooting", "explosion", "explosions", "blast", "blasts", "fighting"}
)
_SIEGE_DAYS = 4


def siege_goes_on(focus: Group, date: DateMention | None, triggers: Sequence[Trigger]) -> bool:
    """Whether gunfire or blasts told a few days after a hostage siege began are the siege
    going on, not another attack: their day is not the attack's."""
    if date is None or focus.date is None or date.value.precision != "day":
        return False
    if not any(t.attack_type == BARRICADE for t in focus.triggers):
        return False
    if not triggers or not all(t.token.lower_ in _SIEGE_SOUNDS for t in triggers):
        return False
    start, later = date_or_none(focus.date.value.value), date_or_none(date.value.value)
    return start is not None and later is not None and 0 < (later - start).days <= _SIEGE_DAYS


# "... stormed a cafe ..., ending a siege that had lasted about 16 hours", "to end 16-hour siege"
_SIEGE_ENDED: Final = re.compile(
    r"(?i)\bend(?:s|ed|ing)?\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}siege\b"
)


def siege_began_before(focus: Group, date: DateMention | None, triggers: Sequence[Trigger]) -> bool:
    """Whether the sentence tells hostages taken a few days before the day a siege told as
    ended ("walked into the Lindt Chocolat Cafe ... on Monday and took 17 people hostage", after
    police stormed it "early on Tuesday, ending a siege"): the siege began that day."""
    if date is None or focus.date is None or date.value.precision != "day":
        return False
    if not any(t.attack_type == BARRICADE for t in triggers):
        return False
    if not any(_SIEGE_ENDED.search(s.sent.text) for s in focus.sentences):
        return False
    start, end = date_or_none(date.value.value), date_or_none(focus.date.value.value)
    return start is not None and end is not None and 0 < (end - start).days <= _SIEGE_DAYS


def other_incident(sent: Span, triggers: Sequence[Trigger]) -> bool:
    """ "In another attack, ...": the sentence reports a second event. The attack word of the
    phrase must be one the sentence reports ("another attack may be imminent" reports none)."""
    starts = {t.token.idx - sent.start_char: t.token for t in triggers}
    for match in OTHER_INCIDENT.finditer(sent.text):
        last_word = match.end() - len(match.group().split()[-1])
        if (
            last_word in starts
            and not _names_the_act_told(starts[last_word])
            and not (
                _NEXT_BLAST.match(match.group())
                and (_MINUTES_LATER.match(sent.text) or not _dated(sent))
            )
        ):
            return True
    if an_earlier_attack_part(sent):
        return True  # the part ", hours after the head of the bar association was shot dead"
    return _a_new_one_after_the_one_told(sent, triggers)


def _dated(sent: Span) -> bool:
    """Whether the sentence tells a date of its own."""
    return any(
        sent.start_char <= m.start < sent.end_char for m in sent.doc._.get("veille_dates") or []
    )


# "Almost an hour later a fourth blast ripped the roof off a bus", "About 10 to 15 minutes
# later, a second blast went off in a side street", "A fourth blast hit the offices of a
# U.S.-Saudi maintenance company" (no day of its own): the next blast of one attack
_MINUTES_LATER: Final = re.compile(
    r"(?i)^\W*(?:(?:about|almost|nearly|some|around|just|only)\s+)?"
    r"(?:(?:\d+|a few|few|several|ten|five|fifteen|twenty)(?:\s+to\s+\d+)?\s+minutes|"
    r"an hour|half an hour|moments|minutes)\s+later\b"
)
_NEXT_BLAST: Final = re.compile(
    r"(?i)^(?:second|third|fourth)\s+(?:\w+\s+)?(?:blast|explosion|bomb|bombing)s?$"
)


def _names_the_act_told(token: Token) -> bool:
    """Whether "the second attack" names the act its own clause told ("A bomb tore apart a
    trolleybus ..., killing 14 people in the second attack blamed on a suicide bomber in the
    city in less than 24 hours"): the killing happened in it, it is no other one."""
    prep = token.head
    if token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        # "The bombing was the fourth violent attack in southern Germany in a week": what the
        # act told is, counted among others
        return True
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in {"kill", "die", "wound", "injure"}
    )


_OPENING_CHARS = 24


def _a_new_one_after_the_one_told(sent: Span, triggers: Sequence[Trigger]) -> bool:
    """ "About two hours after the truck bomb, a car bomb exploded in the city's Madina
    district": an attack told as new (an indefinite noun, the subject of its verb) in the
    clause a link to the attack told before opens."""
    link = sentence_link(sent)
    if link is None or link[0] - sent.start_char > _OPENING_CHARS:
        return False  # the link must open the sentence ("About two hours after ...,")
    return any(
        t.token.idx >= link[1]
        and t.token.pos_ == "NOUN"
        and t.token.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.token.children)
        for t in triggers
    )


def other_perpetrator(
    doc: Doc, triggers: Sequence[Trigger], focus: Group, *, actors: ActorKB
) -> bool:
    """Whether the sentence's attack is "by" a group unrelated to every group named in the
    sentences of the incident in focus (a branch and its parent are related)."""
    agents = {span.kb_id_ for trigger in triggers for span in agent_groups(trigger.token)}
    if not agents:
        return False
    sentences = (*focus.sentences, *focus.claim_sentences)
    named = {
        s.kb_id_
        for s in doc.spans.get("veille_actors", [])
        if s.label_ not in STATE_ACTOR_TYPES and any(f.start <= s.start < f.end for f in sentences)
    }
    return bool(named) and not any(actors.related(a, b) for a in agents for b in named)


def group_sentence_date(
    sent: Span, dates: Sequence[DateMention], group: Group
) -> DateMention | None:
    """:func:`~.incident_dates.sentence_date` of one of the group's sentences, anchored on its
    attack words."""
    words = [t.token for t in group.triggers if sent.start <= t.token.i < sent.end]
    return sentence_date(sent, dates, words[0].idx if words else None, words)


def past_attacks_told_to_the_day(
    told_before: Sequence[tuple[Span, list[Trigger], DateMention]],
    groups: Sequence[Group],
    places: Sequence[PlaceMention],
    sentences: Sequence[Span],
) -> list[Group]:
    """Past attacks an article tells with their day, one place and a toll ("They included the
    shooting in Vienna on Nov. 2, when a gunman killed four people", told the next June): each
    its own group, to be read as a recalled incident, which only adds its claims to the stored
    incident it matches. A sentence already in a group, or naming more than one place or no
    toll, tells none."""
    held = {s.start for g in groups for s in g.sentences}
    found: list[Group] = []
    for sent, triggers, day in told_before:
        if day.value.precision != "day" or sent.start in held or not triggers:
            continue
        named = [m for m in places if sent.start_char <= m.start_char < sent.end_char]
        if len({m.place.name for m in named}) != 1 or not find_tolls(sent):
            continue
        found.append(
            Group(
                sentences=[sent],
                triggers=list(triggers),
                statuses=["attack"],
                place=named[0],
                date=day,
                first_index=next((i for i, s in enumerate(sentences) if s.start == sent.start), -1),
            )
        )
        held.add(sent.start)
    return found


# What an attack is named after when it is named by what it struck ("the synagogue bombings",
# "the embassy attack").
_TARGET_NOUNS: Final = frozenset(
    {"synagogue", "mosque", "church", "consulate", "embassy", "hotel", "bank", "school"}
    | {"market", "museum", "airport", "nightclub", "cafe", "restaurant", "stadium", "temple"}
)


def named_by_its_target(triggers: Sequence[Trigger], groups: Sequence[Group]) -> Group | None:
    """The one incident told before whose sentences name the target the sentence's first attack
    noun is named after ("the synagogue bombings", "the synagogue bombers"), if the others name
    it nowhere."""
    first = min(triggers, key=lambda t: t.token.i, default=None)
    if first is None or first.token.pos_ != "NOUN" or len(groups) < 2:
        return None
    names = {
        c.lemma_.lower()
        for c in first.token.children
        if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _TARGET_NOUNS
    }
    if not names:
        return None
    fits = [g for g in groups if any(t.lemma_.lower() in names for s in g.sentences for t in s)]
    return fits[0] if len(fits) == 1 else None


_T = TypeVar("_T")
_BOUND_DAYS = 7  # how long before an act told "over" an attack that attack may lie


def bound_to_the_day_told(groups: list[Group]) -> list[Group]:
    """The groups, one dated only by an act after it joined to the one attack of its place told
    with its own day a few days before ("on Wednesday a court charged six people in connection
    with those attacks", then "On Saturday, suicide bombers drove two pickup trucks ... up to
    the Neve Shalom and Beth Israel synagogues")."""
    kept = list(groups)
    for group in groups:
        bound = date_or_none(group.date.value.value) if group.date_bound and group.date else None
        if bound is None:
            continue
        fits = [
            g
            for g in kept
            if g is not group
            and not g.date_bound
            and g.date is not None
            and g.date.value.precision == "day"
            and (day := date_or_none(g.date.value.value)) is not None
            and 0 < (bound - day).days <= _BOUND_DAYS
            and _within(group.place, g.place)
        ]
        if len(fits) != 1:
            continue
        _join(group, fits[0])
        kept.remove(group)
    return kept


def _join(group: Group, target: Group, *, first: bool = False) -> None:
    """Adds what ``group`` told to ``target`` (before what it told, with ``first``)."""
    _add(group.sentences, target.sentences, first)
    _add(group.triggers, target.triggers, first)
    _add(group.statuses, target.statuses, first)
    _add(group.claim_sentences, target.claim_sentences, first)
    _add(group.attacker_sentences, target.attacker_sentences, first)


def _add(items: list[_T], to: list[_T], first: bool) -> None:
    if first:
        to[:0] = items
    else:
        to.extend(items)


def _within(place: PlaceMention | None, other: PlaceMention | None) -> bool:
    """Whether ``other`` is ``place`` or lies in it (a country holds its towns); any place lies
    in an unknown one."""
    if place is None:
        return True
    if other is None:
        return False
    if place.place.precision == "country":
        return other.place.country == place.place.country
    return other.place == place.place


def headline_told_by_the_lead(groups: list[Group]) -> list[Group]:
    """The groups, the undated headline joined to the one dated group of its place when the
    lead began another ("Belarus leader says suspects have confessed to Minsk metro bombing
    that killed 12", then a lead that tells Monday's bombing and two earlier ones)."""
    headline = next(
        (g for g in groups if g.title_only and len(g.sentences) == 1 and g.date is None), None
    )
    if headline is None or headline.place is None:
        return groups
    same = [
        g
        for g in groups
        if g is not headline
        and g.date is not None
        and g.place is not None
        and g.place.place == headline.place.place
    ]
    if len(same) != 1:
        return groups
    _join(headline, same[0], first=True)
    return [g for g in groups if g is not headline]


def the_one_told_so(groups: Sequence[Group], triggers: Sequence[Trigger]) -> Group | None:
    """The last incident told with an attack word of the same kind ("the bombing", after
    "suspected of bombing the ... team bus" and another attack told since; "that blast", after
    "a bomb tore through a crowded bus station")."""
    return next(
        (g for g in reversed(groups) if any(same_kind(t, g.triggers) for t in triggers)),
        None,
    )


def same_kind(trigger: Trigger, others: Sequence[Trigger]) -> bool:
    lemma = trigger.token.lemma_.lower()
    return any(
        o.token.lemma_.lower() == lemma
        or (trigger.attack_type is not None and o.attack_type == trigger.attack_type)
        for o in others
    )
