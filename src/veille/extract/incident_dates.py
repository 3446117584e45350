"""The date of an event sentence: the date that dates its attack, not a statement or another act.

Used by :mod:`veille.extract.incidents` and :mod:`veille.extract.references`.
:func:`sentence_date` gives the resolved date nearest the attack word, skipping dates of
statements ("said on Sunday") and period bounds ("since 2017"), preferring the date the parse
attaches to the attack word and leaving out the date of an act that takes the attack as its topic
("condemned the attacks on Wednesday") or of a toll. An attack word that sits only in a phrase
tying another act to it (:func:`only_linked`: "struck Raqqa on Sunday, two days after the attacks
in Paris") takes its own date (:func:`own_date`) or the day counted back from the other act's
(:func:`days_before`, :func:`counted_back`); :func:`vague_attack_date` tells an attack word with
a date too vague to resolve ("this week's truck attack"). :func:`period_end` gives the last day
of a partial date, by which an event is judged past.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import DateValue, period_end
from ..nlp.dates import DateMention
from ..nlp.numbers import find_quantities
from ..nlp.text import doc_text
from .action_patterns import sentence_link
from .incident_mentions import a_few_attacks
from .incident_patterns import (
    DAYS_APART,
    DAYS_LATER,
    HOURS_LATER,
    PERIOD_BEFORE,
    PERIOD_WORDS,
    SPEECH_BEFORE,
    SPEECH_VERBS,
    WHEN_AFTER,
    YEARS_TO_THE_DAY,
)
from .lexicon import ATTACKER_NOUNS, KILL_WORDS, TOPIC_VERBS, TRIGGER_LEMMAS
from .triggers import Trigger, find_triggers

__all__ = [
    "act_after_date",
    "counted_back",
    "counted_just_before",
    "date_or_none",
    "days_before",
    "judging_verb",
    "killing_date",
    "mourned_attack",
    "only_linked",
    "own_date",
    "period_end",
    "scene_arrest_date",
    "sentence_date",
    "took_place_date",
    "vague_attack_date",
    "years_to_the_day",
]


def _present_perfect(verb: Token) -> bool:
    """ "have blamed", "has said": a verb whose time is now, which no past date can modify."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in verb.children
    )


def sentence_date(
    sent: Span,
    dates: Sequence[DateMention],
    anchor: int | None = None,
    triggers: Sequence[Token] = (),
) -> DateMention | None:
    """The resolved date of the sentence that dates an event, not a statement: the one nearest
    the attack word ``anchor`` (a character offset), else the first."""
    found = _event_dates(sent, dates)
    if not found:
        return None
    if anchor is None:
        # "A Marine and a police officer ... remained in hospital on Saturday": the day of the
        # wounded's stay, not of an attack
        leaving = [t for t in sent if _left_hospital(t) or _died_of_wounds(t)]
        found = [
            m for m in found if not any(_attached_to(sent.doc, m, v, direct=True) for v in leaving)
        ]
        return found[0] if found else None
    # "hunted on Thursday after gunmen shot dead 12 ... on Wednesday": the date the parse
    # attaches to the attack word (or to the verb an attack noun belongs to) dates the attack.
    # ("condemned the attacks on Wednesday" dates the condemning, not the attacks)
    aims = {v for v in map(_topic_verb, triggers) if v is not None}
    heads = {t for t in triggers} | {
        t.head
        for t in triggers
        if t.pos_ in {"NOUN", "PROPN"}
        and t.head.lemma_.lower() not in TOPIC_VERBS
        and t.head not in aims  # "marched on Sunday to denounce the bombings, the worst ..."
    }
    # "An officer who was stabbed ... was released from hospital early on Tuesday": the day a
    # victim left hospital, however the parse hangs it
    # "He was shot and stabbed and died of his wounds early on Saturday": the day a victim died
    leaving = [t for t in sent if _left_hospital(t) or _died_of_wounds(t)]
    found = [
        m for m in found if not any(_attached_to(sent.doc, m, v, direct=True) for v in leaving)
    ]
    # "The number of people killed by seven bombs ... rose to at least 183 on Wednesday": the
    # day of the count (not "rose 80 percent in 2014": a year's tally)
    rises = [v for v in map(_number_rose, triggers) if v is not None]
    found = [
        m
        for m in found
        if not (
            m.value.precision == "day"
            and any(_attached_to(sent.doc, m, v, direct=True) for v in rises)
        )
    ]
    # "The FBI on Sunday identified the man who held four people hostage ...": the day the
    # attacker was named, however the parse hangs the attack under it
    naming = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in _NAMING_VERBS]
    found = [m for m in found if not any(_attached_to(sent.doc, m, v, direct=True) for v in naming)]
    if not found:
        return None
    # "The gunman, Man Haron Monis, 50, an Iranian-born self-styled cleric who was granted
    # political asylum in Australia in 1996, walked into the Lindt Chocolat Cafe ... on Monday":
    # a date that describes the subject does not date the attack when another date is told
    describing = [m for m in found if _in_the_subject_s_clause(sent.doc, m, triggers)]
    if describing and len(describing) < len(found):
        found = [m for m in found if m not in describing]
    attached = [m for m in found if any(_attached_to(sent.doc, m, h) for h in heads)]
    if attached:
        found = attached
    else:
        # "Trump on Wednesday seized on the New York truck attack": the date of the act that
        # takes the attack as its topic does not date the attack.
        # (not "the network that was blamed for the bombings of Paddy's Bar and the Sari Club
        # in Kuta on Oct. 12, 2002": a group described by its past attack, dated after it)
        topics = [
            v
            for t in triggers
            if (v := _topic_verb(t)) is not None and not _described_by_a_dated_attack(v, t, found)
        ]
        # "The death toll from the attacks ... rose to 359 on Wednesday": the day of the toll
        topics += [v for v in map(_toll_verb, triggers) if v is not None]
        # "Yudhoyono, who toured the bomb sites on Sunday, said ...": the day of the visit
        topics += [v for v in map(_visit_to_the_site, triggers) if v is not None]
        # "An Iraqi woman arrested in Jordan on Sunday confessed ... that she had tried to blow
        # herself up ...": the day of what the subject's own clause tells of her
        found = [m for m in found if not _in_the_subject_s_clause(sent.doc, m, triggers)]
        # "Molins told a news conference on Aug. 23 that the evidence supported the terrorist
        # nature of the attack": the day of the statement about an attack told before
        topics += [v for v in map(_speech_about, triggers) if v is not None]
        # "On Saturday night, thousands of protesters gathered ..., accusing the government of
        # hiding what it knew about who was behind the bombings": the day of what was done
        # about an attack told before
        topics += [v for t in triggers for v in _about_who_was_behind(t)]
        # "was sentenced on Wednesday ... for the murder of Jo Cox, who was shot and stabbed
        # outside a library": the day of the sentence, not of the attack it punishes
        topics += [v for v in map(judging_verb, triggers) if v is not None]
        # "A judge on Saturday ordered a man held ... after three women were stabbed": the day
        # of the act that followed the attack
        topics += [v for v in map(_act_after, triggers) if v is not None]
        # "The man accused of killing a passer-by in a knife attack ... was placed under formal
        # investigation on Wednesday": the day of an act on the accused
        topics += [v for v in map(_act_on_the_accused, triggers) if v is not None]
        # "Officials have blamed members of the Maute group for a bombing ... in September
        # last year": a present perfect takes no past month or year, however the parse hangs
        # it (a weekday may still be the act's: "has been charged ... during Friday prayers");
        # nor does a claim, made in the days after ("had claimed the bombings at ... Taba ...
        # in October last year, which killed 34 people")
        # "claimed an attack in Tajikistan on July 29 last year, when men rammed a car into
        # ... cyclists": the day a "when" clause after it tells of the attack
        text = doc_text(sent.doc)
        found = [
            m
            for m in found
            if _WHEN_AFTER.match(text, m.end)
            or any(_after_a_claim_told_again(v, m) for v in topics)
            or not any(
                _attached_to(sent.doc, m, v, direct=True)
                and not (
                    (_present_perfect(v) or v.lemma_.lower() in _LATER_WORDS)
                    and m.value.precision in {"month", "year"}
                )
                for v in topics
            )
        ]
        # "prosecutors took over on Tuesday the investigation into a man who rammed his car
        # into two police motorcyclists": the day of the act the attacker's clause hangs under,
        # told before the man ("The man who stabbed ... on Friday had watched videos" keeps it;
        # "In December 2016 police shot dead Anis Amri, the Tunisian who drove a truck into a
        # Christmas market" keeps a month, near enough to date a recalled attack)
    for trigger in triggers:
        if _reported_done_before(trigger):
            # "In a video obtained on Monday, Shekau said his fighters had seized the girls":
            # the day of how it was told, another act's; a day on the saying itself ("On
            # Wednesday, the PKK's armed wing said it had killed two police officers") may
            # still be the act's
            lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
            found = [
                m
                for m in found
                if lo <= m.start < hi or _attached_to(sent.doc, m, trigger.head, direct=True)
            ]
        above = _above_the_doer_s_clause(trigger)
        if above is not None:
            found = [
                m
                for m in found
                if not (
                    m.value.precision == "day"
                    and m.end <= trigger.head.idx
                    and _attached_to(sent.doc, m, above, direct=True)
                )
            ]
    if not found:
        return None
    return min(found, key=lambda m: min(abs(m.start - anchor), abs(m.end - anchor)))


_NAMING_VERBS = frozenset({"identify", "name"})


def counted_just_before(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The month or day of the sentence before, when it counts a few attacks the sentence then
    tells one by one: "Canada was shaken by two attacks in October 2014. A man ... ran down two
    soldiers with his car ..., and two days later a gunman shot dead a soldier ..."."""
    if sent.sent.start == 0:
        return None
    before = sent.doc[sent.sent.start - 1].sent
    if not any(a_few_attacks(t) for t in before):
        return None
    if any(not a_few_attacks(t.token) for t in find_triggers(before)):
        return None  # "A gunman killed two people ... in two shootings in Copenhagen, first at
        # a cafe ... on Saturday afternoon": the sentence tells the attacks itself
    date = sentence_date(before, dates)
    if date is None or date.value.precision not in {"day", "month"}:
        return None
    return date


# a claim, or the blame laid for an attack, comes in the days after it: the month or year it
# came in is the attack's too ("Last month, the government blamed ISWAP for an attack on a
# Catholic church in Owo")
_LATER_WORDS = frozenset({"claim", "blame"})


def _after_a_claim_told_again(verb: Token, mention: DateMention) -> bool:
    """ "It also claimed a bomb that killed two French soldiers in Mali, near the border with
    Niger, on Feb. 21": a claim told again ("also") is an old claim, whose day nobody reports;
    a day after the attack it names dates the attack."""
    if verb.lemma_.lower() != "claim" or not any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "prep"} and c.i > verb.i]
    return any(mention.start > o.idx and any(t.dep_ == "relcl" for t in o.subtree) for o in objects)


def days_before(sent: Span, triggers: Sequence[Trigger], stated: DateMention) -> DateMention | None:
    """The date of an attack told as "N days after" it by a sentence dated by another act
    ("struck Raqqa on Sunday, three days after a man drove a truck into crowds in Nice"): the
    sentence's day minus N days (weeks count seven); "N days before" it, plus N days. ``None``
    when the gap cannot be counted back from a day; ``stated`` when no such phrase precedes the
    attack words."""
    text = doc_text(sent.doc)
    first = _first_act(triggers)
    for match in DAYS_APART.finditer(text, sent.start_char, first):
        if not stated.end <= match.start() or first - match.end() > 80:
            continue
        days = _days_counted(match)
        value = stated.value
        if days is None or value.precision != "day" or value.value is None:
            return None
        if match.group("way").lower() == "before":
            days = -days  # "released on Sept. 29, five days before the stabbing": 4 October
        day = dt.date.fromisoformat(value.value) - dt.timedelta(days=days)
        phrase = DateValue(day.isoformat(), "day", match.group(0))
        return DateMention(match.start(), match.end(), match.group(0), phrase)
    return stated


def days_later(sent: Span, before: DateMention | None) -> DateMention | None:
    """The day of an attack a sentence opens with "Four days later" after an event of a known
    day (the incident told just before): that day plus the days counted."""
    if before is None or before.value.precision != "day":
        return None
    hours = HOURS_LATER.match(sent.text)
    if hours is not None:
        # "About two hours after the truck bomb, ...": that day
        start = sent.start_char + hours.start()
        told = hours.group(0).strip()
        return DateMention(
            start, sent.start_char + hours.end(), told, DateValue(before.value.value, "day", told)
        )
    match = DAYS_LATER.match(sent.text)
    if match is None:
        return None
    days = _days_counted(match)
    if days is None or before.value.value is None:
        return None
    day = dt.date.fromisoformat(before.value.value) + dt.timedelta(days=days)
    start = sent.start_char + match.start("n")
    end = sent.start_char + match.end()
    return DateMention(
        start,
        end,
        match.group(0).strip(),
        DateValue(day.isoformat(), "day", match.group(0).strip()),
    )


def years_to_the_day(
    sent: Span, triggers: Sequence[Trigger], anchor: DateMention | None
) -> DateMention | None:
    """The day of an attack told as "N years to the day after" it by the attack in focus, of a
    known day (``anchor``): "The Burgas attack came 18 years to the day after the bombing of a
    Jewish community centre in Buenos Aires" (18 July 2012, so 18 July 1994)."""
    if anchor is None or anchor.value.precision != "day" or anchor.value.value is None:
        return None
    text = doc_text(sent.doc)
    whole = sent.sent  # the phrase may end the part of the sentence split off before
    for match in YEARS_TO_THE_DAY.finditer(text, whole.start_char, whole.end_char):
        if not any(0 <= t.token.idx - match.end() <= 80 for t in triggers):
            continue  # the attack it counts from comes after the phrase
        amounts = find_quantities(match.group("n"))
        if not amounts or amounts[0].value is None:
            return None
        years = amounts[0].value * (-1 if match.group("way").lower() == "before" else 1)
        day = dt.date.fromisoformat(anchor.value.value)
        year = day.year - years
        told = match.group(0)
        try:
            value = DateValue(day.replace(year=year).isoformat(), "day", told)
        except ValueError:  # 29 February in a year that has none
            value = DateValue(f"{year:04d}-{day.month:02d}", "month", told)
        return DateMention(match.start(), match.end(), told, value)
    return None


# "The attack in Bamako came a week after ...": the attack in focus is the subject that came
_FOCUS_CAME = re.compile(r"(?i)\b(?:came|comes|happened|occurred)\s+(?:just\s+|only\s+|about\s+)?$")


def gap_before_the_focus(
    sent: Span, triggers: Sequence[Trigger], anchor: DateMention | None
) -> DateMention | None:
    """The day of an attack the attack in focus, of a known day (``anchor``), "came a week
    after": "The attack in Bamako came a week after Islamic State gunmen ... attacked ... in
    Paris" (20 November 2015, so 13 November)."""
    if anchor is None or anchor.value.precision != "day" or anchor.value.value is None:
        return None
    text = doc_text(sent.doc)
    whole = sent.sent  # the phrase may end the part of the sentence split off before
    first = _first_act(triggers)
    for match in DAYS_APART.finditer(text, whole.start_char, first):
        if first - match.end() > 80 or match.group("way").lower() != "after":
            continue
        if (
            _FOCUS_CAME.search(text[max(whole.start_char, match.start() - 20) : match.start()])
            is None
        ):
            continue
        days = _days_counted(match)
        if days is None:
            return None
        day = dt.date.fromisoformat(anchor.value.value) - dt.timedelta(days=days)
        told = match.group(0)
        return DateMention(
            match.start(), match.end(), told, DateValue(day.isoformat(), "day", told)
        )
    return None


def _first_act(triggers: Sequence[Trigger]) -> int:
    """Where the first attack word that tells an act starts: the doers told before ("troops
    fought on Sunday to end a siege ..., where gunmen ... were holding hostages a day after an
    attack") name the attack the phrase counts from, they do not tell another act."""
    acts = [t.token.idx for t in triggers if t.token.lower_ not in ATTACKER_NOUNS]
    return min(acts or [t.token.idx for t in triggers])


def _days_counted(match: re.Match[str]) -> int | None:
    """The days a ``DAYS_APART`` or ``DAYS_LATER`` phrase counts (a week is seven)."""
    count = _gap(match)
    if count is None:
        return None
    return count * (7 if match.group("unit").lower().startswith("week") else 1)


def _gap(match: re.Match[str]) -> int | None:
    """How many days or weeks a ``DAYS_APART`` phrase counts ("a day after": one)."""
    if match.group("n").lower() in {"a", "one"}:
        return 1
    amounts = find_quantities(match.group("n"))
    return amounts[0].value if amounts else None


_WEEK_SLACK = 3  # "three weeks after" may be two or three days more or less


def counted_from_now(
    sent: Span, triggers: Sequence[Trigger], reference: dt.date
) -> DateMention | None:
    """The date of an attack told as "N days (weeks) after" it by a sentence in the present
    ("The bill comes three weeks after Islamist gunmen killed 17 people in Paris"), counted back
    from the publication date: the day for days; for weeks only the month, when every day a
    few days either side falls in it."""
    root = sent.root
    if root.tag_ not in {"VBZ", "VBP"}:
        return None
    text = doc_text(sent.doc)
    first = min(t.token.idx for t in triggers)
    for match in DAYS_APART.finditer(text, sent.start_char, first):
        if first - match.end() > 80 or match.group("way").lower() != "after":
            continue
        count = _gap(match)
        if count is None:
            return None
        if not match.group("unit").lower().startswith("week"):
            day = reference - dt.timedelta(days=count)
            value = DateValue(day.isoformat(), "day", match.group(0))
        else:
            middle = reference - dt.timedelta(days=7 * count)
            early = middle - dt.timedelta(days=_WEEK_SLACK)
            late = middle + dt.timedelta(days=_WEEK_SLACK)
            if (early.year, early.month) != (late.year, late.month):
                return None
            value = DateValue(middle.isoformat()[:7], "month", match.group(0))
        return DateMention(match.start(), match.end(), match.group(0), value)
    return None


def counted_back(
    sent: Span, dates: Sequence[DateMention], triggers: Sequence[Trigger]
) -> DateMention | None:
    """The attack's day from the nearest day before an "N days after" phrase, if any."""
    first = min(t.token.idx for t in triggers)
    days = [
        m
        for m in dates
        if sent.start_char <= m.start < first and m.value.precision == "day" and m.value.value
    ]
    for stated in sorted(days, key=lambda m: -m.start):
        back = days_before(sent, triggers, stated)
        if back is not None and back is not stated:
            return back
    return None


def killing_date(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """A resolved date the parse attaches to a killing verb of the sentence."""
    verbs = [
        t
        for t in sent
        if t.pos_ == "VERB" and (t.lemma_.lower() in KILL_WORDS or t.lower_ in KILL_WORDS)
    ]
    return _date_on(sent, dates, verbs)


_AT_THE_SCENE_VERBS = frozenset({"arrest", "detain", "overpower", "shoot", "kill", "apprehend"})


def scene_arrest_date(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The day an attacker was held or shot "at the scene" ("was arrested at the scene on
    Monday by municipal police officers"): the attack's own day."""
    verbs = [
        t
        for t in sent
        if t.lemma_.lower() in _AT_THE_SCENE_VERBS
        and any(
            c.lower_ == "at" and any(g.lower_ == "scene" for g in c.children) for c in t.children
        )
    ]
    found = _date_on(sent, dates, verbs)
    return found if found is not None and found.value.precision == "day" else None


_HAPPENING_VERBS = frozenset({"happen", "occur", "unfold", "take"})


def took_place_date(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The day of "The attack took place shortly before 4 p.m. on Saturday": an attack noun told
    before ("the", "this", "that"), the subject of a verb of happening."""
    verbs = [
        t
        for t in sent
        if t.pos_ == "VERB"
        and t.lemma_.lower() in _HAPPENING_VERBS
        and (t.lemma_.lower() != "take" or any(c.lower_ == "place" for c in t.children))
        and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in TRIGGER_LEMMAS
            and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)
            for c in t.children
        )
    ]
    found = _date_on(sent, dates, verbs)
    return found if found is not None and found.value.precision == "day" else None


_HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "die"})


def harm_date(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The one resolved day that hangs, however deep, on a verb of killing or hurting ("were
    injured when a black BMW accelerated into them as they left ... on Aug. 9"), not on a
    verb of saying or of a toll rising on the way ("the toll rose to 30 on Wednesday")."""
    found: list[DateMention] = []
    for mention in dates:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        if mention.value.precision != "day":
            continue
        span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for node in span.root.ancestors:
            lemma = node.lemma_.lower()
            if lemma in SPEECH_VERBS or lemma in {"rise", "climb", "reach"}:
                break
            if node.pos_ == "VERB" and lemma in _HARM_VERBS:
                found.append(mention)
                break
    return found[0] if len(found) == 1 else None


_ATTACK_NAMED_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|shootings?|stabbings?|blasts?|massacre)\b"
)


def opening_date(sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The event date that opens the sentence before a comma ("On June 26, a suicide bomber
    killed 27 people ... and a gunman killed 38 people ..."), which dates every clause."""
    text = doc_text(sent.doc)
    for mention in _event_dates(sent, dates):
        opening = text[sent.start_char : mention.start].strip().lower()
        if opening in {"", "on", "in"} and text[mention.end : mention.end + 1] == ",":
            return mention
    return None


def _event_dates(sent: Span, dates: Sequence[DateMention]) -> list[DateMention]:
    """The sentence's resolved dates that may date an event: not the day of a statement ("said
    on Sunday") nor a period's bound ("since 2015")."""
    found: list[DateMention] = []
    text = doc_text(sent.doc)
    said_on = [
        m
        for m in dates
        if sent.start_char <= m.start < sent.end_char
        and m.value.precision == "day"
        and SPEECH_BEFORE.search(text[max(sent.start_char, m.start - 40) : m.start])
    ]
    for mention in dates:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        if mention.value.precision == "unknown":
            continue
        if said_on and _today_in_a_quote(text, sent, mention):
            # '"What happened today was despicable," Ardern said on Friday': the day she spoke
            mention = replace(mention, value=said_on[0].value)
        before = text[max(sent.start_char, mention.start - 40) : mention.start]
        # "had stood at three since March 2016, when suicide bombers killed 32 people": the
        # period starts on the day of the event the "when" clause tells
        when = WHEN_AFTER.match(text, mention.end) is not None
        # "before the July 7 bombings": the day names the attack after the bound word
        named = before.endswith("the ") and _ATTACK_NAMED_AFTER.match(text, mention.end)
        if SPEECH_BEFORE.search(before) or (
            (PERIOD_WORDS.match(mention.text) or (PERIOD_BEFORE.search(before) and not named))
            and not when
        ):
            continue
        if _OTHER_EVENT_BEFORE.search(before):
            continue  # "a month before Australia's general election on Oct. 9": the vote's day
        if _in_a_since_clause(sent, mention):
            continue  # "where forces have been fighting the PKK since a ceasefire collapsed in
            # July": the start of a period, not the day of the event
        found.append(mention)
    return found


_TODAY: Final = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def _today_in_a_quote(text: str, sent: Span, mention: DateMention) -> bool:
    """Whether the date is "today" (or "tonight") said inside quotation marks in the sentence."""
    if mention.text.lower() not in _TODAY:
        return False
    before = text[sent.start_char : mention.start]
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


# Events of public life whose day a date right after them tells ("the election on Oct. 9").
_OTHER_EVENT_BEFORE: Final = re.compile(
    r"(?i)\b(?:elections?|vote|run-?off|referendum|summit|polls?|inauguration)\s+(?:on|in)\s+"
    r"(?:the\s+)?$"
)


def since_clause(sent: Span, mention: DateMention) -> Token | None:
    """The head of the clause "since" opens that holds the date ("since a ceasefire collapsed
    in July"), if any."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _in_a_since_clause(sent: Span, mention: DateMention) -> bool:
    """Whether the date lies in a clause "since" opens ("since a ceasefire collapsed in July");
    not "the deadliest since al Qaeda bombed the U.S. embassy in Nairobi in 1998": the day of
    an attack the clause tells is that attack's."""
    clause = since_clause(sent, mention)
    return clause is not None and not any(
        t.lemma_.lower() in TRIGGER_LEMMAS or t.lemma_.lower() in KILL_WORDS for t in clause.subtree
    )


def _date_on(
    sent: Span, dates: Sequence[DateMention], tokens: Sequence[Token]
) -> DateMention | None:
    """The first resolved date of the sentence that the parse attaches to one of ``tokens``."""
    for mention in dates:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        if mention.value.precision == "unknown":
            continue
        if any(_attached_to(sent.doc, mention, t) for t in tokens):
            return mention
    return None


def _act_on_the_accused(trigger: Token) -> Token | None:
    """The verb whose subject is accused or suspected of the attack ("The Algerian man accused
    of killing a passer-by ... was placed under formal investigation")."""
    for node in list(trigger.ancestors)[:6]:
        if node.lemma_.lower() in {"accuse", "suspect"} and node.dep_ in {"acl", "amod"}:
            person = node.head
            verb = person.head
            if person.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
                return verb
            return None
    return None


def _above_the_doer_s_clause(trigger: Token) -> Token | None:
    """The verb above the noun a relative clause of attack describes ("an investigation into
    a man who rammed his car into ..."): another act, whose day is its own. An attack noun
    counts through its verb ("The FBI on Sunday identified the man who held four people
    hostage")."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ == "VERB":
        trigger = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in trigger.children):
        return None  # "on Sunday, March 9, when a soldier was shot": the clause tells the day
    for node in list(trigger.head.ancestors)[:5]:
        if node.pos_ == "VERB":
            return node
    return None


def _topic_verb(trigger: Token) -> Token | None:
    """The verb an attack noun is the topic of ("seized on the attack", "condemned the
    attack"), if it is one of :data:`~.lexicon.TOPIC_VERBS`."""
    # "for the New Year shooting": the parser may tag a named gerund a verb
    named = trigger.dep_ == "pcomp" and any(
        c.dep_ in {"det", "compound", "amod"} for c in trigger.children
    )
    if trigger.pos_ not in {"NOUN", "PROPN"} and not named:
        return None
    node = trigger
    # "claimed responsibility for the shooting": through the claim's object too
    for _ in range(4):
        # "called the knife attack ... an act of terrorism" parses the attack as "oprd"
        if node.dep_ not in {"pobj", "pcomp", "dobj", "prep", "oprd"} or node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            if node.lemma_.lower() not in TOPIC_VERBS:
                return None
            if (
                node.dep_ in {"advcl", "xcomp"}
                and node.head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            ):
                # "Thousands of Jordanians marched in Amman on Sunday to denounce the
                # bombings": the day of the march the denouncing is the aim of
                return node.head
            return node
    return None


def _in_the_subject_s_clause(doc: Doc, mention: DateMention, triggers: Sequence[Token]) -> bool:
    """Whether the date lies in a clause that describes the subject of a verb ("An Iraqi woman
    arrested in Jordan on Sunday confessed ...") and no attack word lies in that clause."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for node in [span.root, *span.root.ancestors]:
        if node.dep_ in {"acl", "relcl"} and _the_subject(node.head):
            inside = {t.i for t in node.subtree}
            return not any(t.i in inside for t in triggers)
    return False


def _the_subject(noun: Token) -> bool:
    """Whether the noun is a verb's subject or stands in apposition to one ("The gunman, Man
    Haron Monis, 50, an Iranian-born self-styled cleric who ...")."""
    for _ in range(4):
        if noun.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if noun.dep_ != "appos":
            return False
        noun = noun.head
    return False


def _visit_to_the_site(trigger: Token) -> Token | None:
    """The verb of a visit to the attack's site ("toured the bomb sites on Sunday", "visited the
    blast site"), whose day is the visit's."""
    site = trigger.head
    if trigger.dep_ != "compound" or site.lemma_.lower() not in {"site", "scene"}:
        return None
    verb = site.head
    if site.dep_ == "pobj":
        verb = verb.head
    return verb if verb.pos_ == "VERB" and site.dep_ in {"dobj", "pobj"} else None


def _described_by_a_dated_attack(verb: Token, trigger: Token, dates: Sequence[DateMention]) -> bool:
    """Whether the topic verb is a relative clause that describes someone by the attack it was
    blamed for or claimed, and a date with its year follows the attack's words right away ("the
    network ... that was blamed for the bombings of Paddy's Bar ... in Kuta on Oct. 12, 2002")."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in {"blame", "claim"}:
        return False
    edge = trigger.right_edge
    after = edge.idx + len(edge)
    text = doc_text(trigger.doc)
    return any(
        m.value.precision in {"day", "month"}
        and re.search(r"\b(?:19|20)\d\d\b", m.text) is not None
        and not text[after : m.start].strip(" ,on")
        for m in dates
    )


_JUDGING_LEMMAS = frozenset({"sentence", "jail", "imprison", "convict", "charge", "indict"})


def judging_verb(trigger: Token) -> Token | None:
    """The court's verb the attack word hangs under ("sentenced ... for the murder of Jo Cox,
    who was shot"), within six steps."""
    for node in list(trigger.ancestors)[:6]:
        if node.pos_ == "VERB" and node.lemma_.lower() in _JUDGING_LEMMAS:
            return node
        if node.lemma_.lower() == "find" and any(c.lower_ == "guilty" for c in node.children):
            return node  # "A jury found him guilty in March of ... causing an explosion"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return None  # "In 2012, she was sentenced ... after police found a bomb": linked
    return None


def act_after_date(
    sent: Span, dates: Sequence[DateMention], triggers: Sequence[Token]
) -> DateMention | None:
    """The day of the act the attack came before ("A judge on Saturday ordered ... after three
    women were stabbed"): the attack's day at the latest."""
    acts = [v for v in map(_act_after, triggers) if v is not None]
    return _date_on(sent, _event_dates(sent, dates), acts) if acts else None


def _left_hospital(verb: Token) -> bool:
    """Whether the verb tells someone leaving hospital ("was released from hospital") or still
    there ("remained in hospital on Saturday with wounds")."""
    lemma = verb.lemma_.lower()
    if lemma in {"remain", "stay"}:
        return any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ == "hospital" for g in c.children)
            for c in verb.children
        )
    return lemma in {"release", "discharge"} and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ == "hospital" for g in c.children)
        for c in verb.children
    )


def _died_of_wounds(verb: Token) -> bool:
    """Whether the verb tells a victim dying of the wounds an attack gave ("died of his wounds",
    "succumbed to her injuries", "A U.S. Navy sailor wounded when a gunman attacked two
    military sites ... died early on Saturday")."""
    if verb.lemma_.lower() not in {"die", "succumb"}:
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "from", "to"}
        and any(g.lemma_.lower() in {"wound", "injury"} for g in c.children)
        for c in verb.children
    ):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _WOUNDING:
        return True  # the parse may make "wounded" the main verb and "died" its complement
    return any(
        c.dep_ == "nsubj"
        and any(a.dep_ == "acl" and a.lemma_.lower() in _WOUNDING for a in c.children)
        for c in verb.children
    )


_WOUNDING: Final = frozenset({"wound", "injure", "hurt"})


_ACTS_OVER_AN_ATTACK = frozenset(
    {"arrest", "detain", "hold", "charge", "question", "jail", "convict", "sentence", "extradite"}
)


def _act_after(trigger: Token) -> Token | None:
    """The verb of the main clause when the attack word lies in its "after" clause ("ordered
    ... held in custody after three women were stabbed to death"), or the arrest or charge it
    is the ground of ("arrested three Moroccans ... on Saturday over the Madrid train
    bombings")."""
    over = trigger.head
    if (
        trigger.dep_ == "pobj"
        and over.lower_ == "with"
        and over.head.lower_ == "connection"
        and over.head.dep_ == "pobj"
    ):
        over = over.head.head  # "charged six people in connection with those attacks"
    if (
        trigger.dep_ == "pobj"
        and over.lower_ in {"over", "for", "in"}
        and over.head.pos_ == "VERB"
        and over.head.lemma_.lower() in _ACTS_OVER_AN_ATTACK
    ):
        return over.head
    for node in [trigger, *list(trigger.ancestors)[:5]]:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in node.children
        ):
            head = node.head
            attack = head.lemma_.lower() in TRIGGER_LEMMAS or head.lemma_.lower() in KILL_WORDS
            return head if head.pos_ in {"VERB", "AUX"} and not attack else None
    return None


def _about_who_was_behind(trigger: Token) -> list[Token]:
    """The verbs over "who was behind the bombings", an attack told before."""
    if not (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "behind"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in trigger.children)
    ):
        return []
    return [t for t in trigger.ancestors if t.pos_ in {"VERB", "AUX"}]


def _reported_done_before(trigger: Token) -> bool:
    """Whether the attack verb is told in the past perfect in a reported clause ("Shekau said
    his fighters had seized the girls"): done before the telling."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
    )


def _speech_about(trigger: Token) -> Token | None:
    """The saying verb whose reported clause holds "the attack", an attack told before."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children
    ):
        return None
    reported = False
    for node in trigger.ancestors:
        if node.pos_ == "VERB" and node.lemma_.lower() in SPEECH_VERBS and reported:
            return node
        # the parse may hang the reported clause's second verb on the saying verb
        reported = reported or node.dep_ == "ccomp" or (node.dep_ == "conj" and node.pos_ == "VERB")
    return None


def _toll_verb(trigger: Token) -> Token | None:
    """The verb of a toll the attack word belongs to ("the death toll from the attacks rose")."""
    for node in list(trigger.ancestors)[:4]:
        if node.lemma_.lower() in {"toll", "tally"}:
            return node.head if node.head.pos_ in {"VERB", "AUX"} else None
    return None


def _number_rose(trigger: Token) -> Token | None:
    """The verb by which the number of an attack's dead rose ("The number of people killed by
    seven bombs ... rose to at least 183 on Wednesday")."""
    for node in list(trigger.ancestors)[:6]:
        if node.lemma_.lower() == "number" and node.dep_ in {"nsubj", "nsubjpass"}:
            verb = node.head
            if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _TOLL_RISES:
                return verb
    return None


_TOLL_RISES = frozenset({"rise", "climb", "reach", "increase", "jump", "grow", "stand", "hit"})


def _attached_to(doc: Doc, mention: DateMention, trigger: Token, *, direct: bool = False) -> bool:
    """Whether the parse hangs the date on ``trigger`` (within six steps); ``direct``: through
    no other verb ("said on Sunday", not "said [he] had watched videos on Friday")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(6):
        if node == trigger:
            return True
        if node.head == node:
            return False
        if (
            node.dep_ == "conj"
            and node.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        ):
            # "the two synagogue bombers were Turks ..., and on Wednesday a court charged six
            # people": a clause joined with a subject of its own has its own day
            return False
        node = node.head
        if direct and node != trigger and node.pos_ in {"VERB", "AUX"}:
            return False
    return False


def only_linked(sent: Span, triggers: Sequence[Trigger]) -> bool:
    """Whether every attack word of the sentence sits in a phrase tying something else to an
    earlier attack ("struck Raqqa on Sunday, two days after the attacks in Paris"): the
    sentence's date is then that of the other act, not of the attack."""
    link = sentence_link(sent)
    if link is None:
        return False
    start, end = link
    return all(start <= t.token.idx < end or mourned_attack(t.token) for t in triggers)


# Nouns of the dead of an attack and of what is done for them.
_MOURNING_NOUNS: Final = frozenset({"victim", "body", "funeral", "survivor", "coffin", "grave"})


def mourned_attack(token: Token) -> bool:
    """Whether the attack word names the attack whose dead another act concerns ("Pakistan
    began burying the victims of a Taliban assault on an army-run school ... on Wednesday, a
    day after gunmen went from classroom to classroom shooting pupils"): the attack the
    sentence's time clause tells, not one of the day of the burials."""
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in _MOURNING_NOUNS
    )


def own_date(
    sent: Span, dates: Sequence[DateMention], triggers: Sequence[Trigger]
) -> DateMention | None:
    """A resolved date the parse attaches to an attack word itself ("Friday's bombing", "the
    bombing on Friday"), not to the verb of another act the sentence reports."""
    return _date_on(sent, dates, [t.token for t in triggers])


def vague_attack_date(sent: Span, dates: Sequence[DateMention], triggers: Sequence[Token]) -> bool:
    """Whether the attack word carries a date too vague to resolve ("this week's truck attack"):
    then another date of the sentence ("on Thursday", when a statement was made) is not its
    date."""
    heads = set(triggers) | {t.head for t in triggers if t.pos_ in {"NOUN", "PROPN"}}
    told = [m for m in dates if sent.start_char <= m.start < sent.end_char]
    # "The country's deadliest Islamist attacks in recent years came in August 2017": the
    # verb an attack noun "came" by tells its time
    acts = [t for t in triggers if t.pos_ == "VERB"] + [
        t.head for t in triggers if t.dep_ == "nsubj" and t.head.lemma_.lower() in _CAME_VERBS
    ]
    if any(
        m.value.precision != "unknown"
        and any(_attached_to(sent.doc, m, t, direct=True) for t in acts)
        for m in told
    ):
        # "last week's attack in London, when a man drove a car into pedestrians ... on March
        # 22": the attack's own day, told by its verb
        return False
    return any(
        m.value.precision == "unknown" and any(_attached_to(sent.doc, m, h) for h in heads)
        for m in told
    )


_CAME_VERBS: Final = frozenset({"come", "happen", "occur"})


def date_or_none(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_WHEN_AFTER: Final = re.compile(r",?\s+when\b")


def when_clause_date(token: Token, dates: Sequence[DateMention]) -> DateMention | None:
    """The date told right before the dated "when" clause that holds ``token`` ("since July 22,
    2011, when Breivik killed 77 people"), if any."""
    clause = dated_when_clause(token)
    if clause is None:
        return None
    when = next(c for c in clause.children if c.lower_ == "when")
    return next((m for m in dates if 0 <= when.idx - m.end <= 2), None)


def dated_when_clause(token: Token) -> Token | None:
    """The verb of the "when" clause that holds ``token`` and tells what happened on a date
    named just before it ("since July 22, 2011, when Breivik killed 77 people"), if any. ("The
    attack happened when a gunman opened fire" names no date: its clause tells the same event.)"""
    for verb in [token, *token.ancestors]:  # "since December 2023, when a man stabbed"
        if verb.dep_ not in {"advcl", "relcl"}:
            continue
        when = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
        if when is None:
            continue
        before = when.nbor(-1) if when.i > when.sent.start else None
        if before is not None and before.is_punct and before.i > when.sent.start:
            before = before.nbor(-1)
        return verb if before is not None and before.ent_type_ == "DATE" else None
    return None
