"""References to past attacks, linked to the known-incident knowledge base.

Input: a Doc from veille's pipeline and its Article. A sentence refers to a past incident when it
holds an attack word and either recalls it ("ten years since", "anniversary", "memorial") or dates
it well before the article's publication. Such sentences create no incident (see
:mod:`veille.extract.incidents`); here each one that :class:`~veille.fuse.known.KnownIncidents`
can tie to exactly one known incident becomes a :class:`Reference` with its evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..fuse.known import (
    ATTACK_WORDS,
    KnownIncident,
    KnownIncidents,
    KnownMatch,
    default_known_incidents,
    fold,
)
from ..models import Article, DateValue, Evidence, Incident, Place, distance_km
from ..nlp.dates import DateMention
from ..nlp.numbers import find_quantities
from ..nlp.places import PlaceMention, default_gazetteer
from ..nlp.text import doc_text
from .incident_dates import (
    act_after_date,
    counted_just_before,
    days_before,
    period_end,
    sentence_date,
    years_to_the_day,
)
from .incident_patterns import after_dateline
from .incident_places import sentence_place
from .told_attacks import ToldAttack, told_attack
from .triggers import Trigger, find_triggers

_AFTER_DAYS = 3  # how long before an act an attack it came "after" may be
_AND_PARTS: Final = re.compile(r",\s+and\s+")


@dataclass(frozen=True, slots=True)
class Reference:
    """An article's mention of a past incident: a known one (``known``), or one the knowledge
    base does not hold, kept in the sentence's own words (``told``)."""

    known: KnownIncident | None
    reason: str
    article: str
    evidence: tuple[Evidence, ...]
    told: ToldAttack | None = None

    @property
    def by_name(self) -> bool:
        """Whether the known incident was matched by its name (see ``KnownIncidents.match``)."""
        return self.known is not None and self.reason.startswith("name:")


class ReferenceExtractor:
    """Create once; call per document."""

    def __init__(self, known: KnownIncidents | None = None, *, historical_days: int = 45) -> None:
        self.known = known or default_known_incidents()
        self.historical_days = historical_days

    def __call__(self, doc: Doc, article: Article) -> list[Reference]:
        reference = _date(article.published)
        dates: list[DateMention] = list(doc._.veille_dates or [])
        places: list[PlaceMention] = list(doc._.veille_places or [])
        found: list[Reference] = []
        seen: set[str] = set()
        news_day: DateMention | None = None  # the day of the first attack told as news
        for sent in doc.sents:
            triggers = find_triggers(sent)
            tokens = [t.token for t in triggers]
            # "raised to critical on May 23, after a suicide bomber killed 22 people ...":
            # the day of the act the attack came before, at most a few days after it
            after = act_after_date(sent, dates, tokens) if tokens else None
            date = after or sentence_date(sent, dates, tokens[0].idx if tokens else None, tokens)
            if date is not None and after is None and tokens:
                # "It launched an offensive ... in June 2014, and ... after Taliban gunmen killed
                # more than 140 people ... in December 2014": the date an attack word is told of
                dating = [
                    m
                    for m in dates
                    if sent.start_char <= m.start < sent.end_char
                    and any(_in_the_clause_of(t, m) for t in tokens)
                ]
                if dating and not any(_in_the_clause_of(t, date) for t in tokens):
                    date = dating[0]
            if date is None and triggers:
                # "The Burgas attack came 18 years to the day after the bombing of a Jewish
                # community centre in Buenos Aires": counted back from the news attack's day
                date = years_to_the_day(sent, triggers, news_day)
            if date is None and triggers:
                # "Canada was shaken by two attacks in October 2014. A man ... ran down two
                # soldiers ...": the month of the attacks counted just before
                date = counted_just_before(sent, dates)
            past_date = date.value if date and self._historical(date.value, reference) else None
            past = past_date is not None
            if triggers and not past and news_day is None and date is not None:
                news_day = date if date.value.precision == "day" else None
            names = [p.text for p in places if sent.start_char <= p.start_char < sent.end_char]
            names += [
                p.place.name for p in places if sent.start_char <= p.start_char < sent.end_char
            ]
            if past_date is not None and past_date.precision == "day":
                # "the bombings of Paddy's Bar and the Sari Club in Kuta on Oct. 12, 2002": a
                # town the table files under its region ("Bali, Indonesia"); a day and the
                # country are specific enough
                names += [
                    p.place.country_name
                    for p in places
                    if sent.start_char <= p.start_char < sent.end_char and p.place.country_name
                ]
            # Names are specific enough anywhere; place and date only for a dated past event.
            # "LONDON (Reuters) - Hashem Abedi, who helped ... in Manchester in 2017": the
            # dateline says where the story was filed, not which attack it names
            matches = [
                self.known.match(
                    after_dateline(sent.text),
                    places=names if past else (),
                    date=past_date,
                    attack=bool(triggers),
                    days_before=_AFTER_DAYS if after is not None else 0,
                )
            ]
            parts = (
                self.each_dated_part(sent, dates, places, reference, triggers) if triggers else []
            )
            matches += [m for m, _ in parts]
            if matches[0] is None and past_date is not None and past_date.precision == "month":
                matches[0] = self._by_country_and_toll(sent, places, past_date, bool(triggers))
            # "In October 2018, a gunman killed 11 worshippers at the Tree of Life synagogue in
            # Pittsburgh, and in April 2019 a gunman killed a woman at a synagogue in Poway":
            # a part no known incident fits may still tell one
            if past and date is not None and (not any(matches) or parts):
                whole = matches[0]
                for attack in self._told(sent, triggers, date, dates, places, reference):
                    if any(lo <= attack.trigger.idx < hi for _, (lo, hi) in parts):
                        continue
                    told_when = attack.when.value or ""
                    if whole is not None and whole.incident.date.startswith(told_when):
                        continue  # the known incident the whole sentence names, told again
                    if (key := _told_key(attack)) not in seen:
                        seen.add(key)
                        found.append(_told_reference(attack, article, sent))
            for match in matches:
                if match is None or match.incident.id in seen:
                    continue
                if _placed_elsewhere(sent, places, tokens, match.incident):
                    continue  # "the Notre-Dame basilica in Nice" is not the Notre Dame of Paris
                if _dated_otherwise(sent, date, past, match.incident):
                    continue  # "On Friday a car bomb exploded ... northwest of Mogadishu"
                if not self._long_ago(match.incident.date, reference):
                    continue  # the article's own news event, not a reference to the past
                seen.add(match.incident.id)
                start, end = _mention(sent, match.incident, tokens)
                evidence = Evidence(
                    article.id, "known_incident", start, end, sent.text, doc_text(doc)[start:end]
                )
                found.append(Reference(match.incident, match.reason, article.id, (evidence,)))
        return found

    def _by_country_and_toll(
        self, sent: Span, places: Sequence[PlaceMention], month: DateValue, attack: bool
    ) -> KnownMatch | None:
        """ "In October 2015, Islamic State's Sinai affiliate said it had brought down a
        Russian airliner ... after taking off from Sharm el-Sheikh, killing all 224 people on
        board": a month and a country fit one known incident only with the very toll the
        sentence tells (the table files it under "Sinai, Egypt", a region the town is far
        from)."""
        countries = {
            p.place.country_name
            for p in places
            if sent.start_char <= p.start_char < sent.end_char and p.place.country_name
        }
        if not countries:
            return None
        match = self.known.match(
            after_dateline(sent.text), places=sorted(countries), date=month, attack=attack
        )
        if match is None or match.incident.killed is None:
            return None
        told = {q.value for q in find_quantities(sent.text) if q.value is not None}
        return match if match.incident.killed in told else None

    def each_dated_part(
        self,
        sent: Span,
        dates: Sequence[DateMention],
        places: Sequence[PlaceMention],
        reference: dt.date | None,
        triggers: Sequence[Trigger] = (),
    ) -> list[tuple[KnownMatch, tuple[int, int]]]:
        """The known incidents of a sentence that tells two past attacks, each with its own
        date and place ("In March that year, gunmen killed 22 people ... at the Bardo museum in
        Tunis, and in June a gunman shot dead 38 ... at a beach hotel near Sousse"): each date
        with the places told after it, up to the next date, with the character range of its
        part of the sentence."""
        own = [
            m
            for m in dates
            if sent.start_char <= m.start < sent.end_char
            and m.value.precision in {"day", "month"}
            and self._historical(m.value, reference)
        ]
        if len(own) < 2:
            return []
        matches: list[tuple[KnownMatch, tuple[int, int]]] = []
        previous = [None, *own[:-1]]
        for mention, following, before in zip(own, [*own[1:], None], previous, strict=True):
            # the places told after the date ("in March, gunmen killed 22 people ... at the
            # Bardo museum in Tunis"), else before it, since the last date ("a gun attack on the
            # Bardo museum in Tunis in March and a shooting at a beach hotel near Sousse in June")
            end = following.start if following is not None else sent.end_char
            start = before.end if before is not None else sent.start_char
            for lo, hi in ((mention.end, end), (start, mention.start)):
                part = [p for p in places if lo <= p.start_char < hi]
                names = [p.text for p in part] + [p.place.name for p in part]
                if not names:
                    continue
                first, last = min(lo, mention.start), max(hi, mention.end)
                told = [t for t in triggers if first <= t.token.idx < last]
                if told and not any(_in_the_clause_of(t.token, mention) for t in told):
                    # "It launched an offensive ... in June 2014, and the government adopted a
                    # national plan ... after Taliban gunmen killed more than 140 people ... in
                    # December 2014": June is the offensive's
                    continue
                # the part's own words up to the next date: its toll ("and in March another
                # blew himself up on the busy Istiklal shopping street, killing four people")
                text = doc_text(sent.doc)[first : max(last, end)]
                found = self.known.match(text, places=names, date=mention.value, attack=True)
                if found is not None:
                    matches.append((found, (first, last)))
                    break
        return matches

    def _told(
        self,
        sent: Span,
        triggers: Sequence[Trigger],
        date: DateMention,
        dates: Sequence[DateMention],
        places: Sequence[PlaceMention],
        reference: dt.date | None,
    ) -> list[ToldAttack]:
        """The past attacks the sentence tells that no known incident fits: the one of its
        date, or, when it tells several past dates, the one each date's part tells ("including
        the attack on the JW Marriott hotel in Jakarta in August 2003 and the Bali restaurant
        bombings of October 2005"), each part running from its date to the next one, or from
        the date before to its own, as the sentence tells dates before or after attacks."""
        if not triggers:
            return []
        if not sent.start_char <= date.start < sent.end_char:
            # the month of the attacks the sentence before counted ("two attacks in October
            # 2014"): each part joined by ", and" tells one of them
            text = doc_text(sent.doc)
            cuts = [m.start() for m in _AND_PARTS.finditer(text, sent.start_char, sent.end_char)]
            bounds = [sent.start_char, *cuts, sent.end_char]
            attacks = [
                told_attack(sent, triggers, date, places, (lo, hi), dated_before=True)
                for lo, hi in pairwise(bounds)
            ]
            return [a for a in attacks if a is not None]
        told = sorted(
            (m for m in dates if sent.start_char <= m.start < sent.end_char and m.value.value),
            key=lambda m: m.start,
        )
        past = [
            m for m in told if self._historical(m.value, reference) and not _BOUND.match(m.text)
        ]
        if len(past) < 2:
            # "passed in 2003, a year after the Bali bombings killed 202 people": not 2003
            own = days_before(sent, triggers, date)
            attack = told_attack(sent, triggers, own, places) if own is not None else None
            return [attack] if attack is not None else []
        # "In March 2004, bombs killed 191 ..., and in July 2005 ...": each date opens its part;
        # "a bomb attack ... in July 2008 and ... a blast at a cafe ... in 2005": each closes it
        opening = told[0].start < min(t.token.idx for t in triggers)
        found = []
        for mention in past:
            at = told.index(mention)
            if opening:
                lo = mention.start
                hi = told[at + 1].start if at + 1 < len(told) else sent.end_char
            else:
                lo = told[at - 1].end if at > 0 else sent.start_char
                hi = mention.end
            attack = told_attack(sent, triggers, mention, places, (lo, hi))
            if attack is not None:
                found.append(attack)
        return found

    def _long_ago(self, known_date: str, reference: dt.date | None) -> bool:
        if reference is None:
            return True  # an undated article: a named past incident is a reference
        try:
            when = dt.date.fromisoformat(known_date[:10])
        except ValueError:
            return True
        return (reference - when).days >= self.historical_days

    def _historical(self, value: DateValue, reference: dt.date | None) -> bool:
        if reference is None or value.value is None:
            return False
        end = period_end(value)
        return end is not None and (reference - end).days >= self.historical_days


def not_told_as_news(
    references: Sequence[Reference],
    stored: Sequence[Incident],
    news: Sequence[Incident],
    *,
    headline: str | None = None,
) -> list[Reference]:
    """The references whose sentence does not tell an incident the article stores instead
    (``stored``: the article's incidents stored, new or merged; ``news``: those it reports as
    news). A past attack told in a sentence an incident holds is that incident, and so is a
    known incident of that incident's date named by such a sentence; a known
    incident's name with no year in the headline of an article with news ("Toll from Mumbai
    train bombings rises to 183") names the news event, not the "2003 Mumbai train bombing"."""
    kept = []
    for reference in references:
        sentence = reference.evidence[0].sentence
        if reference.told is not None and any(
            e.sentence == sentence for i in stored for e in i.evidence
        ):
            continue
        known = reference.known
        if known is not None and any(
            i.date.value is not None
            and known.date.startswith(i.date.value)
            and any(e.sentence == sentence for e in i.evidence)
            for i in stored
        ):
            # "On Sept. 23, an 18-year-old, Numan Haider, stabbed two counter-terrorism officers
            # ...": the incident the article stores from that sentence, of the known one's day
            continue
        if (
            reference.by_name
            and news
            and headline
            and sentence.strip() == headline.strip()
            and _YEAR.search(sentence) is None
        ):
            continue
        kept.append(reference)
    return kept


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
# a date that bounds a period ("since 2003"), not the day of an attack
_BOUND: Final = re.compile(r"(?i)(?:since|until|till|before|by|from|after)\b")


def _told_key(attack: ToldAttack) -> str:
    """One reference per past attack an article tells, however many sentences tell it."""
    place = attack.where.name if attack.where is not None else ""
    killed = attack.killed.value if attack.killed is not None else ""
    return f"told:{attack.when.value}:{place}:{killed}"


def _told_reference(attack: ToldAttack, article: Article, sent: Span) -> Reference:
    doc = sent.doc
    text = doc_text(doc)
    spans = [("told", attack.trigger.idx, attack.trigger.idx + len(attack.trigger))]
    spans.append(("date", attack.date.start, attack.date.end))
    if attack.place is not None:
        spans.append(("place", attack.place.start_char, attack.place.end_char))
    for field_name, amount in (("killed", attack.killed), ("wounded", attack.wounded)):
        if amount is not None:
            spans.append((field_name, amount.start, amount.end))
    # the date told in the sentence before ("two attacks in October 2014") cites that sentence
    dated = doc.char_span(attack.date.start, attack.date.end, alignment_mode="expand")
    date_sentence = dated.sent.text if dated is not None else sent.text
    evidence = tuple(
        Evidence(
            article.id,
            field_name,
            start,
            end,
            date_sentence if field_name == "date" else sent.text,
            text[start:end],
        )
        for field_name, start, end in spans
    )
    reason = "told as a past attack; no known incident fits"
    return Reference(None, reason, article.id, evidence, told=attack)


def _placed_elsewhere(
    sent: Span, places: Sequence[PlaceMention], triggers: Sequence[Token], known: KnownIncident
) -> bool:
    """Whether the sentence places its attack in a town of the known incident's country other
    than the known incident's own ("killed three people at the Notre-Dame basilica in Nice",
    not the Paris attack named "Notre Dame"): a name shared by two places is no reference."""
    *towns, country = known.places or ("",)
    if not towns:
        return False
    where, _ = sentence_place(sent, places, False, triggers)
    if where is None or where.place.precision not in {"city", "site"}:
        return False
    same_country = fold(where.place.country_name or "") == country
    named = {fold(where.text), fold(where.place.name)}
    # "the Paris attacks ... at the Stade de France in Saint-Denis" still names Paris
    told = fold(after_dateline(sent.text))
    return (
        same_country
        and not named & set(towns)
        and not any(t in told for t in towns)
        and not _in_the_region(where.place, towns)
    )


# How far from a region's centre a town still counts as in it (Bali is about 150 km wide)
_REGION_KM: Final = 120.0
# How far from a city's centre a district still counts as in it ("City of Westminster")
_CITY_KM: Final = 15.0


def _in_the_region(place: Place, towns: Sequence[str]) -> bool:
    """Whether the place lies in a region the known incident is filed under ("Kuta" in "Bali,
    Indonesia"), or in the city ("on Westminster Bridge" in "London, United Kingdom"); the
    gazetteer holds no region of a town, so its distance to the region's centre decides."""
    gazetteer = default_gazetteer()
    for town in towns:
        region = gazetteer.resolve(town, context_countries=[place.country or ""])
        if region is None or region.country != place.country:
            continue
        reach = {"region": _REGION_KM, "city": _CITY_KM}.get(region.precision)
        far = distance_km(place, region)
        if reach is not None and far is not None and far <= reach:
            return True
    return False


# Words that recall a past attack in a sentence dated by today's event ("Spain marked 20 years
# since the Madrid train bombings on Monday")
_RECALLED: Final = re.compile(
    r"(?i)\b(?:since|anniversary|ago|after|before|memorial|commemorat\w*|marks?|marked|"
    r"marking|remember\w*|recall\w*)\b"
)


def _dated_otherwise(
    sent: Span, date: DateMention | None, past: bool, known: KnownIncident
) -> bool:
    """Whether the sentence tells a recent attack on a day of its own, other than the known
    incident's ("On Friday a car bomb exploded at about noon in the village of Markaz,
    about 20 km northwest of Mogadishu" is not the Mogadishu car bombing of November 2016)."""
    if date is None or past or _RECALLED.search(sent.text):
        return False
    return told_on_another_day(date.value, known)


def told_on_another_day(told: DateValue, known: KnownIncident) -> bool:
    """Whether a day told for an attack is not the known incident's day."""
    return (
        told.precision == "day" and told.value is not None and not known.date.startswith(told.value)
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _mention(sent: Span, known: KnownIncident, triggers: list[Token]) -> tuple[int, int]:
    """Character offsets of the words naming the incident ("the Madrid train bombings")."""
    keys = known.key_words
    named = [t for t in sent if t.lower_ in keys or t.norm_ in keys]
    if named:
        first, last = named[0], named[-1]
        if last.i + 1 < sent.end and last.nbor(1).lower_ in ATTACK_WORDS:
            last = last.nbor(1)
        return first.idx, last.idx + len(last.text)
    token = triggers[0] if triggers else sent[0]
    return token.idx, token.idx + len(token.text)


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause the token stands in (itself, if it is one)."""
    for node in (token, *token.ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _in_the_clause_of(attack: Token, date: DateMention) -> bool:
    """Whether the date stands in the clause of the attack word, or on the word itself ("gunmen
    killed ... at a school in Peshawar in December 2014"), not in another clause of the sentence
    ("It launched an offensive ... in June 2014, and ...")."""
    span = attack.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if any(a.i == attack.i for a in span.root.ancestors):
        return True
    verb, own = _clause_verb(span.root), _clause_verb(attack)
    return verb is not None and own is not None and verb.i == own.i
