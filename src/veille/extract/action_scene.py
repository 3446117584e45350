"""Arrests made "at the scene" of the attack an article reports take the attack's day and place.

Used by the service layer after both extractors ran on an article: "a 25-year-old man had been
arrested at the scene" carries no date of its own, but the scene is the attack's, so the arrest
was made on the attack's day and in its place. So is an arrest made minutes or a few hours
"after" or "later" ("arrested in the street at 6:47 p.m., a little over half an hour after police
received the first report"), which takes the day only. An action of any kind whose sentence
opens "A day after the attack" (or "Two days after the bombings") is dated so many days after
the attack's day, and one told "hours after the bombing" is dated that day. Only an article that
reports one attack dated to the day, and no other undated one, is read so (an attack dated only
to a month, as a recalled one often is, does not count; of several, the one its headline tells
is the attack, unless the headline tells several); the date and place cite the words that say
so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from spacy.tokens import Doc

from ..models import DateValue, Evidence, Incident
from ..nlp.numbers import word_to_number
from ..nlp.text import doc_text
from .actions import CounterAction
from .headline import first_line_end

__all__ = ["at_the_scene"]

AT_THE_SCENE: Final = re.compile(r"\bat the scene\b", re.IGNORECASE)
# "half an hour after police received the first report", "minutes later", "three hours after"
SOON_AFTER: Final = re.compile(
    r"\b(?:(?:a\s+few|several|some|\d+|one|two|three|four|five|six|(?:a\s+little\s+)?(?:over|"
    r"under)?\s*half\s+an|an)\s+)?(?:minutes?|hours?)\s+(?:after|later)\b"
    r"|\bwithin\s+(?:(?:a\s+few|several|\d+|two|three|five|ten)\s+)?(?:seconds|minutes)\b"
    # "Police detained the attacker shortly afterwards", "held her until officers arrived"
    r"|\b(?:shortly|soon|moments|immediately)\s+(?:afterwards|afterward|after|later)\b",
    re.IGNORECASE,
)
# "Two customers overpowered the attacker and held her until officers arrived and arrested
# her": on the spot, wherever the sentence tells it
UNTIL_POLICE_CAME: Final = re.compile(
    r"\buntil\s+(?:the\s+)?(?:police|officers|policemen)\s+arrived\b", re.IGNORECASE
)
# Kinds that are done to a person on the spot; a charge or a sentence never is.
_ON_THE_SPOT: Final = frozenset({"arrest"})
# "A day after the attack the presidency announced nine arrests": counted from the attack's day
DAYS_AFTER_THE_ATTACK: Final = re.compile(
    r"(?i)^\W*(?:on\s+)?(?P<told>(?:(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?|the\s+"
    r"day)\s+after\s+the\s+(?:attacks?|bombings?|shootings?|blasts?|massacre|killings?))\b"
)
# "Turkish jets struck PKK camps ... hours after the bombing": the attack's own day
HOURS_AFTER_THE_ATTACK: Final = re.compile(
    r"(?i)\b(?:(?:a\s+few|several|some|two|three|\d+)\s+)?hours\s+after\s+the\s+"
    r"(?:attacks?|bombings?|shootings?|blasts?|massacre|killings?)\b"
)


def at_the_scene(
    actions: Sequence[CounterAction], incidents: Sequence[Incident], doc: Doc
) -> list[CounterAction]:
    """The actions, those made "at the scene" of the article's one attack dated with its day
    (and its place, when they have none)."""
    attack = _the_attack(incidents, doc)
    if attack is None:
        return list(actions)
    return [_dated(action, attack, doc) for action in actions]


def _the_attack(incidents: Sequence[Incident], doc: Doc) -> Incident | None:
    """The article's one attack dated to the day, or of several so dated the one its headline
    (the first line) tells; None when there is no such one attack."""
    # an attack dated only to a month or a year is a recalled one; an undated one may be today's
    attacks = [
        i for i in incidents if i.status == "attack" and i.date.precision in {"day", "unknown"}
    ]
    if len(attacks) <= 1:
        return attacks[0] if attacks and attacks[0].date.precision == "day" else None
    end = first_line_end(doc)
    if _SEVERAL_ATTACKS.search(doc_text(doc), 0, end):
        return None  # "Spain raises alert after attacks in France, Tunisia and Kuwait"
    told = [a for a in attacks if any(e.start < end for e in a.evidence)]
    return told[0] if len(told) == 1 and told[0].date.precision == "day" else None


_SEVERAL_ATTACKS: Final = re.compile(
    r"(?i)\b(?:attacks|bombings|shootings|blasts|killings|stabbings)\b"
)


def _dated(action: CounterAction, attack: Incident, doc: Doc) -> CounterAction:
    if action.date.value is not None:
        return action
    kind = next((e for e in action.evidence if e.field == "kind"), None)
    if kind is None:
        return action
    span = doc.char_span(kind.start, kind.end, alignment_mode="expand")
    if span is None:
        return action
    sent = span.sent
    after = DAYS_AFTER_THE_ATTACK.match(sent.text)
    if after is not None and sent.start_char + after.end() <= span.start_char:
        return _days_after(action, attack, sent.start_char, after)
    hours = HOURS_AFTER_THE_ATTACK.search(sent.text)
    if hours is not None and action.kind not in _ON_THE_SPOT:
        return _that_day(action, attack, sent.start_char, hours)
    if action.kind not in _ON_THE_SPOT:
        return action
    # the words right after the verb: "arrested at the scene", not "police at the scene said"
    match = AT_THE_SCENE.match(sent.text, span.end_char - sent.start_char + 1)
    soon = (
        None
        if match is not None
        else SOON_AFTER.search(sent.text, span.end_char - sent.start_char)
        or UNTIL_POLICE_CAME.search(sent.text)
    )
    if match is None and soon is None:
        return action
    found = match or soon
    assert found is not None
    start, end = sent.start_char + found.start(), sent.start_char + found.end()

    def cite(field: str) -> Evidence:
        return Evidence(action.article, field, start, end, sent.text, found.group(0))

    date = DateValue(attack.date.value, "day", found.group(0))
    evidence = [*action.evidence, cite("date")]
    place = action.place
    # "arrested at the scene", "arrested within minutes": where the attack was
    on_the_spot = match is not None or found.group(0).lower().startswith(("within", "until"))
    if on_the_spot and place is None and attack.place is not None:
        place = attack.place
        evidence.append(cite("place"))
    return replace(action, date=date, place=place, evidence=tuple(evidence))


def _days_after(
    action: CounterAction, attack: Incident, base: int, after: re.Match[str]
) -> CounterAction:
    """The action dated so many days after the article's attack, as its sentence opens."""
    assert attack.date.value is not None
    n = after.group("n")
    days = 1 if n is None else word_to_number(n.lower()) or 1  # "a day", "the day after"
    day = dt.date.fromisoformat(attack.date.value) + dt.timedelta(days=days)
    told = after.group("told")
    start = base + after.start("told")
    sentence = next(e.sentence for e in action.evidence if e.field == "kind")
    cite = Evidence(action.article, "date", start, start + len(told), sentence, told)
    return replace(
        action, date=DateValue(day.isoformat(), "day", told), evidence=(*action.evidence, cite)
    )


def _that_day(
    action: CounterAction, attack: Incident, base: int, hours: re.Match[str]
) -> CounterAction:
    """The action dated on the attack's day, as "hours after the bombing" says."""
    start = base + hours.start()
    sentence = next(e.sentence for e in action.evidence if e.field == "kind")
    cite = Evidence(action.article, "date", start, base + hours.end(), sentence, hours.group(0))
    date = DateValue(attack.date.value, "day", hours.group(0))
    return replace(action, date=date, evidence=(*action.evidence, cite))
