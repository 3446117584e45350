"""Official terrorism alert levels: the schemes, the level changes news reports, timelines.

The schemes (France's Vigipirate plan in its three eras, the UK national and Northern Ireland
threat levels, Belgium's OCAM/CUTA levels, the Netherlands' NCTV levels, the US NTAS and the older
colour-coded HSAS) live in ``veille/kb/alert_levels.json``, whose ``_format`` key documents the
format, and are read by :mod:`veille.extract.alert_schemes`. :class:`AlertExtractor` reads a
processed spaCy ``Doc`` (veille's pipeline: ``doc._.veille_dates`` and ``doc._.veille_places``)
and returns one :class:`AlertLevelChange` per sentence that states a level;
:func:`build_timeline` sorts them per country.

How a sentence is read:

1. It talks about alert levels when it names a scheme ("Vigipirate", "NCTV", "MI5"), a level on
   its own ("urgence attentat"), or an alert phrase ("threat level", "terror alert", "level of
   alert"). "High levels of pollution" is no alert phrase. A sentence saying "the level" right
   after an alert sentence (within :data:`FOCUS_WINDOW` sentences) continues it.
2. The scheme comes from the scheme or level named, else from the country the sentence names
   (the subject or possessor first: "Belgium raised its ..."; a demonym counts: "the Dutch threat
   level"), else from the alert sentence just before, else from the one country the whole article
   names. A sentence about a country without a scheme here yields nothing. Where a country had
   several schemes over time, the date picks the era.
3. The level is a name or alias of that scheme, a number for numbered schemes ("level 4", "to 4
   out of 5", "at 4 (substantial)"), or a rank phrase resolved with the scheme's ranks ("its
   highest level", "the maximum of four", "second-highest"). Ordinary words ("severe", "red")
   count only where they name a level: after to/at/from/is/remains near an alert word, in quotes
   or brackets, or before "level". The level after "to" wins over one after "at", which wins
   over a bare mention; "from X" gives the previous level. Two different levels in the same
   position, or a level that does not fit the scheme ("maximum of four" for a five-level scheme),
   yield nothing: **no level is ever guessed**. One exception is told by the text: right after
   a sentence counting the times a level was reached ("It is the second time the national
   level has been put at orange since ..."), "It was raised on Sept. 10 last year" is a raise
   to that level.
4. The change comes from the verb nearest the level: raise/increase/elevate/step up → raised;
   lower/reduce/downgrade/cut/ease → lowered; keep/maintain/extend/remain/stay → maintained;
   set/put on/place/declare/issue/move/change → set (raised or lowered when "from X to Y" gives
   both ranks); be/stand/use, "in force", "in place" → in force. Hypothetical changes ("could be
   raised", "no plans to lower", "calls to raise") yield nothing. A negated change ("has not
   been lowered", "the threat level has not changed") is *maintained* when a current level can be
   read (in the sentence, after at/from/is, or from the alert sentence just before) and yields
   nothing otherwise.
5. The date is the sentence's own: "from October until mid-January" gives the effective date and
   the period end (a period whose end resolves before its start moves the yearless bound by one
   year), "since 2017" starts a level in force, "until 15 January" ends it; otherwise the date
   nearest the verb, leaving out dates of statements ("said on Sunday") and of other events
   ("after the attacks of 13 November"). Precision stays what the text gives ("in March" is a
   month). A sentence without a date leaves the date unknown and bounds it by the publication
   date (``date_source`` "publication", ``not_after``): the change happened on or before it.

Every record cites its evidence: the span naming the country (or scheme), the level, the verb
and the date, each with its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import Article, DateValue, Evidence
from ..nlp.dates import REFERENCE_KEY, DateMention, parse_reference
from ..nlp.places import Gazetteer, PlaceMention, default_gazetteer
from ..nlp.text import doc_text
from . import alert_patterns as pat
from .alert_dates import AlertDateSource, cite, dates_of, era_date, lasting_until
from .alert_level_hits import LevelHit, level_hits
from .alert_patterns import ChangeKind
from .alert_schemes import (
    AlertLevel,
    AlertScheme,
    AlertSchemes,
    default_alert_schemes,
    fold,
    load_alert_schemes,
)
from .alert_timeline import build_timeline, change_key, drop_undated_repeats
from .alert_verbs import ChangeVerb, change_verbs, main_verb
from .headline import drop_headline_repeats, headline_end
from .incident_places import dateline_city
from .tolls import speaker_of

__all__ = [
    "FOCUS_WINDOW",
    "AlertDateSource",
    "AlertExtractor",
    "AlertLevel",
    "AlertLevelChange",
    "AlertScheme",
    "AlertSchemes",
    "ChangeKind",
    "build_timeline",
    "default_alert_schemes",
    "fold",
    "load_alert_schemes",
]


FOCUS_WINDOW: Final = 3
_GENERIC_ALERT_WORDS: Final = re.compile(r"(?i)\b(?:levels?|threat|alert)\b")
"""How many sentences after an alert sentence "the level" still refers to its level."""

# --------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class AlertLevelChange:
    """One statement of an official alert level: the level set, kept or recalled, and when.

    ``level`` is the level's id in the scheme ("urgence-attentat", "severe", "4"), ``level_name``
    its official English name and ``level_local_name`` its name in the country's language;
    ``rank`` runs from 1 (lowest) to ``levels`` (highest). ``effective`` is when the level took
    effect (or, for "maintained" and "in force", when the text places it); ``period_end`` is the
    end of a recalled period ("until mid-January"). ``date_source`` says where the date came
    from: the sentence, or the publication date, in which case ``effective`` stays unknown and
    ``not_after`` holds the publication date (the change happened on or before it), or nowhere.
    ``region`` is the part of the country the level is set for ("the province of Utrecht"), or
    ``None`` for the whole country. ``evidence`` holds the spans for the fields "country",
    "region", "level", "previous_level", "change", "date" and "period_end" (those read from the
    text).
    """

    country: str
    scheme: str
    level: str
    level_name: str
    level_local_name: str
    rank: int
    levels: int
    change: ChangeKind
    effective: DateValue
    period_end: DateValue | None = None
    previous_level: str | None = None
    date_source: AlertDateSource = "sentence"
    not_after: str | None = None  # ISO date the change happened on or before, when undated
    said_by: str | None = None
    evidence: tuple[Evidence, ...] = ()
    region: str | None = None  # the part of the country the level is set for; None: all of it


@dataclass(frozen=True, slots=True)
class _CountryCue:
    country: str
    start: int
    end: int
    preferred: bool


@dataclass(frozen=True, slots=True)
class _PendingChange:
    """A change told without its level ("the threat level would stay unchanged"), which the
    next sentence may name ("It stands at three on a scale of four")."""

    sent: Span
    index: int
    verb: ChangeVerb
    dates: tuple[DateMention, ...]
    # "lowered its Vigipirate alert from the highest level": the level left, when told
    source: LevelHit | None = None


@dataclass(slots=True)
class _Focus:
    """The last alert sentence read: "the level" in the next sentences refers to it."""

    scheme: AlertScheme
    level: AlertLevel | None
    index: int
    country_evidence: Evidence | None
    level_evidence: tuple[Evidence, ...] = ()
    pending: _PendingChange | None = None
    # "It is the second time the national level has been put at orange since ...": the
    # earlier times the next sentence recalls were changes to this level
    times_counted: bool = False


@dataclass(frozen=True, slots=True)
class _Clause:
    """The part of a sentence one record is read from (absolute character offsets)."""

    sent: Span
    index: int
    folded: str  # fold(sent.text)
    start: int
    end: int


@dataclass(slots=True)
class _Choice:
    scheme: AlertScheme
    country_cue: tuple[int, int] | None  # span naming the country or scheme in this sentence
    from_focus: bool = False
    hits: list[LevelHit] = field(default_factory=list)


# ---------------------------------------------------------------------------- the extractor


class AlertExtractor:
    """Reads official alert-level changes from processed articles. Create once; call per doc.

    ``schemes``: the alert-level schemes (default: the packaged file); ``gazetteer``: for
    demonyms and country names the NER missed; ``focus_window``: see :data:`FOCUS_WINDOW`.
    """

    def __init__(
        self,
        schemes: AlertSchemes | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        focus_window: int = FOCUS_WINDOW,
    ) -> None:
        self.schemes = schemes if schemes is not None else default_alert_schemes()
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.focus_window = focus_window

    def __call__(self, doc: Doc, article: Article) -> list[AlertLevelChange]:
        reference = parse_reference(article.published or doc.user_data.get(REFERENCE_KEY))
        dates: list[DateMention] = list(doc._.get("veille_dates") or [])
        places: list[PlaceMention] = list(doc._.get("veille_places") or [])
        article_countries = {
            m.place.country for m in places if m.place.country in self.schemes.countries
        }
        article_place = (
            next(m for m in places if m.place.country in article_countries)
            if len(article_countries) == 1
            else None
        )
        if article_place is None:
            # "CHARLEROI, Belgium (Reuters) -": where the article names several countries,
            # an alert sentence naming none is about the dateline's
            dateline = dateline_city(doc, gazetteer=self.gazetteer)
            if dateline is not None and dateline.place.country in self.schemes.countries:
                article_place = dateline
        changes: list[AlertLevelChange] = []
        focus: _Focus | None = None
        told: _Focus | None = None  # the focus of the last sentence that told a change
        told_index = -2
        for index, sent in enumerate(doc.sents):
            if focus is not None and index - focus.index > self.focus_window:
                focus = None
            if focus is None and told is not None and pat.TOLD_AGAIN.search(fold(sent.text)):
                # "The capital was raised to level four early on Saturday", paragraphs after
                # the lead told Brussels's lowering: the scheme of the changes told before
                focus = replace(told, index=index, pending=None)
            found, focus = self._sentence(
                sent, index, article, reference, dates, places, focus, article_place
            )
            if not found and focus is not None and _names_its_levels(sent, focus.scheme):
                # "Substantial is the middle of Britain's five levels, which run from low and
                # moderate to substantial, severe and critical": still the scheme in focus
                focus = replace(focus, index=index)
            if found:
                told = focus
                told_index = index
            if not found and changes and told_index == index - 1 and focus is not None:
                changes[-1] = _left_level_told_after(changes[-1], focus, index, article)
            if not found and changes:
                changes[-1] = _dated_by_the_change_told(changes[-1], sent, dates, article)
                if told_index == index - 1:
                    changes[-1] = _lasting_told_after(changes[-1], sent, dates, article)
            changes.extend(found)
        changes = drop_headline_repeats(
            changes,
            evidence=lambda c: c.evidence,
            key=change_key,
            end=headline_end(doc, article),
        )
        return drop_undated_repeats(changes)

    # ------------------------------------------------------------------------- one sentence

    def _sentence(
        self,
        sent: Span,
        index: int,
        article: Article,
        reference: dt.date | None,
        dates: Sequence[DateMention],
        places: Sequence[PlaceMention],
        focus: _Focus | None,
        article_place: PlaceMention | None,
    ) -> tuple[list[AlertLevelChange], _Focus | None]:
        text = sent.text
        folded = fold(text)
        base = sent.start_char
        named = self.schemes.schemes_named(text, folded)
        identifying = self.schemes.identifying(folded)
        anaphoric = focus is not None and bool(
            pat.ANAPHOR.search(folded) or pat.TOLD_AGAIN.search(folded)
        )
        if not (named or identifying or pat.CONTEXT.search(folded) or anaphoric):
            return [], focus
        verbs = change_verbs(sent)
        if any(v.hypothetical for v in verbs) and not any(
            not v.hypothetical and v.kind != "in force" for v in verbs
        ):
            return [], focus  # "could be raised", "no plans to lower": nothing happened
        verbs = [v for v in verbs if not v.hypothetical]
        if _FIRST_TIME_SINCE.search(text) and not any(
            v.kind in {"raised", "lowered"} for v in verbs
        ):
            # "It was the first time the level had stood at medium since Aug. 13, 2010": the
            # level was not in force since then
            return [], focus
        sent_dates = [m for m in dates if base <= m.start and m.end <= sent.end_char]
        era = era_date(sent_dates, base, text, reference)

        choices = self._choices(sent, named, identifying, places, focus, article_place)
        choices = [c for c in choices if c.scheme.in_use(era)]
        for choice in choices:
            choice.hits = level_hits(self.schemes, choice.scheme, sent, folded)
        with_levels = [c for c in choices if c.hits]
        if len(with_levels) > 1:
            named_ids = {s.id for s, _, _ in named} | {s.id for s, _, _, _ in identifying}
            kept = [c for c in with_levels if c.scheme.id in named_ids]
            if not kept:
                # "The capital was raised to level four ..., after ... an attack similar to the
                # ones that killed 130 people in Paris": no scheme named, the one in focus
                kept = [c for c in with_levels if c.from_focus]
            if len(kept) != 1:
                return [], focus  # two schemes fit: which one is meant is not known
            with_levels = kept
        if with_levels:
            choice = with_levels[0]
        elif len(choices) == 1 or (choices and all(c.from_focus for c in choices)):
            choice = choices[0]
        else:
            return [], focus
        # "stood at 'increased'": a level's name that is also a verb changes nothing
        verbs = [v for v in verbs if not any(h.start <= v.token.idx < h.end for h in choice.hits)]
        records: list[AlertLevelChange] = []
        recalled = (
            focus is not None
            and focus.scheme.id == choice.scheme.id
            and _recalls_a_time(focus, index)
        )
        for start, end in _clauses(sent, choice.hits, verbs, recalled=recalled):
            record = self._record(
                choice,
                [h for h in choice.hits if start <= h.start < end],
                _Clause(sent, index, folded, start, end),
                article,
                reference,
                [m for m in sent_dates if start <= m.start < end],
                [v for v in verbs if start <= v.token.idx < end],
                focus,
            )
            if record is None:
                continue
            region = _region(sent, places, choice.scheme.country, start, end)
            if region is not None:
                record = replace(
                    record,
                    region=region.place.name,
                    evidence=(
                        *record.evidence,
                        cite(article, sent, "region", region.start_char, region.end_char),
                    ),
                )
            if focus is not None and focus.pending is not None:
                record = _with_pending_change(record, focus, index, article, reference)
            records.append(record)
            level = choice.scheme.by_id(record.level)
            country_ev = next((e for e in record.evidence if e.field == "country"), None)
            level_ev = tuple(e for e in record.evidence if e.field == "level")
            focus = _Focus(choice.scheme, level, index, country_ev, level_ev)
        since = _standing_since(sent, choice.hits, verbs)
        if records and since is not None:
            # "..., at three, ..., where it has stood since it was lowered from four in March
            # last year": the change that brought the level, told after it
            (start, end), held = since
            record = self._record(
                choice,
                [*held, *(h for h in choice.hits if start <= h.start < end)],
                _Clause(sent, index, folded, start, end),
                article,
                reference,
                [m for m in sent_dates if start <= m.start < end],
                [v for v in verbs if start <= v.token.idx < end],
                None,
            )
            if record is not None and record.change in {"raised", "lowered"}:
                records.append(record)
        left_only = bool(choice.hits) and all(h.role == "source" for h in choice.hits)
        if not records and (not choice.hits or left_only):
            changing = [v for v in verbs if v.kind != "in force" and not v.negated]
            if changing and (choice.country_cue is not None or choice.from_focus):
                # "the national threat level ... would stay unchanged", "lowered its alert from
                # the highest level": the level reached may follow
                country_ev = self._country_evidence(choice, sent, article, focus)
                source = choice.hits[0] if left_only and len(choice.hits) == 1 else None
                pending = _PendingChange(sent, index, changing[0], tuple(sent_dates), source)
                level = focus.level if focus is not None and choice.from_focus else None
                focus = _Focus(choice.scheme, level, index, country_ev, pending=pending)
            elif named:
                # "Vigipirate" named without a level: later sentences may say "the level". The
                # scheme named ("JTAC, which formally reviews the level") tells its country.
                country_ev = self._country_evidence(choice, sent, article, None)
                if country_ev is None:
                    own = [(a, b) for scheme, a, b in named if scheme.id == choice.scheme.id]
                    if own:
                        country_ev = cite(
                            article, sent, "country", base + own[0][0], base + own[0][1]
                        )
                focus = _Focus(choice.scheme, None, index, country_ev)
        if _NTH_TIME.match(text):
            # "It is the fifth time the national level has been raised to orange since the
            # colour-coded system was set up in March 2002": a count of changes, none of them
            # dated by the system's start (its level stays in focus for the next sentence)
            if focus is not None and focus.level is not None and focus.index == index:
                focus = replace(focus, times_counted=True)
            return [], focus
        return records, focus

    def _choices(
        self,
        sent: Span,
        named: Sequence[tuple[AlertScheme, int, int]],
        identifying: Sequence[tuple[AlertScheme, AlertLevel, int, int]],
        places: Sequence[PlaceMention],
        focus: _Focus | None,
        article_place: PlaceMention | None,
    ) -> list[_Choice]:
        """The schemes the sentence may be about, most explicit cue first."""
        base = sent.start_char
        cues = [
            c
            for c in self._country_cues(sent, places)
            if (c.preferred or not _in_a_clause_about_else(sent, c.start, c.end))
            and not _in_a_time_clause(sent, c.start, c.end)
        ]
        # "Britain's national terrorism threat level": a scheme's generic name ("National
        # Terrorism Threat Level", Australia's) owned by another country names that country's.
        text = sent.text
        named = [
            (scheme, start, end)
            for scheme, start, end in named
            if not any(
                c.country != scheme.country
                and c.country in self.schemes.countries
                and (
                    0 <= base + start - c.end <= 3
                    # "Britain raised its national terrorism threat level"
                    or (c.end <= base + start and bool(pat.OWNER_PRONOUN.search(text[:start])))
                    # "Sweden's security service lowered the national terrorism threat level":
                    # the country that acts owns the generic name
                    or (c.preferred and self._generic_name(text[start:end], scheme.country))
                )
                for c in cues
            )
        ]
        if named or identifying:
            spans: dict[str, tuple[int, int]] = {}
            schemes: dict[str, AlertScheme] = {}
            for scheme, start, end in named:
                schemes.setdefault(scheme.id, scheme)
                spans.setdefault(scheme.id, (base + start, base + end))
            for scheme, _, start, end in identifying:
                # "France ... to 'urgence attentat'": the country named is the better evidence.
                same = [c for c in cues if c.country == scheme.country]
                cue = min(same, key=lambda c: not c.preferred) if same else None
                schemes.setdefault(scheme.id, scheme)
                spans.setdefault(
                    scheme.id, (cue.start, cue.end) if cue else (base + start, base + end)
                )
            # A scheme named outright beats the country's default one (Northern Ireland).
            special = {s.country for s in schemes.values() if s.requires_alias}
            return [
                _Choice(s, spans[s.id])
                for s in schemes.values()
                if s.requires_alias or s.country not in special
            ]
        known = self.schemes.countries
        if any(c.preferred and c.country not in known for c in cues):
            return []  # "Germany raised its threat level": a scheme veille does not know
        cues = [c for c in cues if c.country in known]
        preferred = {c.country for c in cues if c.preferred}
        countries = preferred or {c.country for c in cues}
        if len(countries) > 1:
            return []
        if countries:
            (country,) = countries
            cue = next(c for c in cues if c.country == country and (c.preferred or not preferred))
            return [_Choice(s, (cue.start, cue.end)) for s in self.schemes.for_country(country)]
        if focus is not None:
            return [_Choice(focus.scheme, None, from_focus=True)]
        if article_place is not None and article_place.place.country is not None:
            span = (article_place.start_char, article_place.end_char)
            schemes_of = self.schemes.for_country(article_place.place.country)
            return [_Choice(s, span) for s in schemes_of]
        return []

    def _generic_name(self, name: str, country: str) -> bool:
        """Whether a scheme's name says nothing of its country ("national terrorism threat
        level"), unlike "Sweden's terrorism threat level" or "Swedish Security Service". An
        authority's own name ("JTAC", "Joint Terrorism Analysis Centre") is no generic name."""
        if not _GENERIC_ALERT_WORDS.search(name):
            return False
        if any(m.place.country == country for m in self.gazetteer.find_in_text(name)):
            return False
        return not any(self.gazetteer.country_of_demonym(w) == country for w in name.split())

    def _country_cues(self, sent: Span, places: Sequence[PlaceMention]) -> list[_CountryCue]:
        doc = sent.doc
        start, end = sent.start_char, sent.end_char
        mentions = [m for m in places if start <= m.start_char and m.end_char <= end]
        # countries the recogniser missed ("VIENNA (Reuters) - Austria raised its ..."), read
        # in the text by the gazetteer
        mentions += [
            PlaceMention(start + m.start_char, start + m.end_char, m.text, m.place)
            for m in self.gazetteer.find_in_text(sent.text)
            if m.place.precision == "country"
            and not any(
                n.start_char < start + m.end_char and start + m.start_char < n.end_char
                for n in mentions
            )
        ]
        cues: list[_CountryCue] = []
        for mention in mentions:
            if mention.place.country is None:
                continue
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            preferred = span is not None and _governs(span.root)
            cues.append(
                _CountryCue(mention.place.country, mention.start_char, mention.end_char, preferred)
            )
        taken = [(m.start_char, m.end_char) for m in mentions]
        for token in sent:
            if not token.text[:1].isupper() or token.pos_ not in {"ADJ", "PROPN", "NOUN"}:
                continue
            if any(a <= token.idx < b for a, b in taken):
                continue
            code = self.gazetteer.country_of_demonym(token.text)
            if code is not None:
                end_char = token.idx + len(token.text)
                cues.append(_CountryCue(code, token.idx, end_char, _governs(token)))
        return cues

    # ------------------------------------------------------------------------------ record

    def _record(
        self,
        choice: _Choice,
        hits: list[LevelHit],
        clause: _Clause,
        article: Article,
        reference: dt.date | None,
        sent_dates: Sequence[DateMention],
        verbs: Sequence[ChangeVerb],
        focus: _Focus | None,
    ) -> AlertLevelChange | None:
        scheme, sent, index = choice.scheme, clause.sent, clause.index
        base = sent.start_char
        anchor = hits[0].start if hits else clause.start
        verb = main_verb(verbs, anchor)
        kind: ChangeKind | None = verb.kind if verb is not None else None
        negated = verb is not None and verb.negated
        if kind is None and pat.IN_FORCE.search(
            clause.folded, clause.start - base, clause.end - base
        ):
            kind = "in force"
        if kind is None:
            return None
        if negated:
            kind = "maintained"
            hits = [h for h in hits if h.role != "target"]  # "not raised to critical"
        sources = [h for h in hits if h.role == "source"]
        level_hits: list[LevelHit] = []
        for role in ("target", "state", "plain"):
            level_hits = [h for h in hits if h.role == role]
            if level_hits:
                break
        if negated and not level_hits:
            level_hits = sources
            sources = []
        level_evidence: list[Evidence] = []
        previous: AlertLevel | None = None
        if level_hits:
            if len({h.level.id for h in level_hits}) > 1:
                return None  # two different levels in the same position: which one is unsure
            level = level_hits[0].level
            level_hits += [h for h in hits if h.role == "plain" and h.level.id == level.id]
            seen: set[int] = set()
            for hit in level_hits:
                if hit.start not in seen:
                    seen.add(hit.start)
                    level_evidence.append(cite(article, sent, "level", hit.start, hit.end))
            if len({h.level.id for h in sources}) == 1:
                previous = sources[0].level
        elif (
            (
                kind in {"maintained", "in force"}
                or (kind == "raised" and _recalls_a_time(focus, index))
            )
            and focus is not None
            and focus.level is not None
            and focus.scheme.id == scheme.id
            and index - focus.index <= self.focus_window
        ):
            level = focus.level  # "The level was used from October until mid-January."
            window = (clause.folded, clause.start - base, clause.end - base)
            match = pat.ANAPHOR.search(*window) or pat.CONTEXT.search(*window)
            if match is None:
                # "ASIO's chief said there were still people with the intent to attack": the
                # agency is named, but no level is spoken of
                return None
            if not pat.NAMES_A_LEVEL.search(match.group()):
                return None  # "we are in a new phase in the global terrorist threat"
            start, end = base + match.start(), base + match.end()
            level_evidence.append(cite(article, sent, "level", start, end))
            level_evidence.extend(focus.level_evidence)
        else:
            return None  # no level can be read: nothing is invented
        if previous is not None and kind in {"raised", "lowered", "set"}:
            if previous.rank == level.rank:
                return None
            by_rank: ChangeKind = "raised" if level.rank > previous.rank else "lowered"
            if kind != "set" and kind != by_rank:
                return None  # "raised from severe to substantial": the reading is wrong
            kind = by_rank
        elif previous is None and kind == "set" and level.rank == choice.scheme.size > 1:
            # "It went to critical again": set to the top of the scale is a raise
            kind = "raised"
        effective, period_end, date_evidence, source = dates_of(
            sent, sent_dates, verb.token.idx if verb is not None else anchor, kind, article
        )
        not_after: str | None = None
        if source == "none" and reference is not None:
            # The article only tells us the level held by then: a bound, not a date.
            source, not_after = "publication", reference.isoformat()
        # The known date, or the publication date the change happened by: for checking, never
        # published as the effective date.
        held_by = effective if not_after is None else DateValue(not_after, "day")
        if (
            period_end is not None
            and period_end.value is not None
            and held_by.value is not None
            and period_end.value[:10] < held_by.value[: len(period_end.value)]
        ):
            # "until at least Monday" read as the Monday before: the end is not known.
            period_end = DateValue(None, "unknown", period_end.expression)
        if not scheme.in_use(held_by):
            return None
        evidence: list[Evidence] = []
        country_ev = self._country_evidence(choice, sent, article, focus)
        if country_ev is not None:
            evidence.append(country_ev)
        evidence.extend(level_evidence)
        if previous is not None:
            for hit in sources:
                evidence.append(cite(article, sent, "previous_level", hit.start, hit.end))
        if verb is not None:
            start = verb.token.idx
            evidence.append(cite(article, sent, "change", start, start + len(verb.token)))
        evidence.extend(date_evidence)
        return AlertLevelChange(
            country=scheme.country,
            scheme=scheme.id,
            level=level.id,
            level_name=level.name,
            level_local_name=level.local_name,
            rank=level.rank,
            levels=scheme.size,
            change=kind,
            effective=effective,
            period_end=period_end,
            previous_level=previous.id if previous is not None else None,
            date_source=source,
            not_after=not_after,
            said_by=speaker_of(sent) or (_decided_by(verb.token) if verb is not None else None),
            evidence=tuple(evidence),
        )

    def _country_evidence(
        self, choice: _Choice, sent: Span, article: Article, focus: _Focus | None
    ) -> Evidence | None:
        if choice.country_cue is not None:
            start, end = choice.country_cue
            doc = sent.doc
            if sent.start_char <= start < sent.end_char:
                return cite(article, sent, "country", start, end)
            holder = doc.char_span(start, end, alignment_mode="expand")
            if holder is not None:  # the one country the article names, in another sentence
                return cite(article, holder.sent, "country", start, end)
        if focus is not None and focus.scheme.country == choice.scheme.country:
            return focus.country_evidence
        return None


# ------------------------------------------------------------------------------ functions


_FIRST_TIME_SINCE = re.compile(
    r"(?i)\bfirst time\s+(?:that\s+)?(?:[\w']+\s+){0,4}?(?:had|has|have)\s+(?:stood|been)\s+at\b"
    r"[^.;]*\bsince\b"
)
_NTH_TIME = re.compile(
    r"(?i)^\s*(?:it|this)\s+(?:is|was)\s+(?:only\s+)?the\s+(?:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+time\b[^.;]*\bsince\b"
)
_THE_CHANGE_MADE = re.compile(
    r"(?i)^\s*(?:the|this|that)\s+(?:change|increase|raise|rise|decision|lowering|cut)\s+"
    r"(?:was|had been)\s+(?:made|taken|decided)\b"
)


# "Patel said the Joint Terrorism Analysis Centre (JTAC) ... had taken the decision last
# Thursday": the day of the change the sentence before told
_TOOK_THE_DECISION = re.compile(
    r"(?i)\b(?:had|has)\s+(?:taken|made)\s+(?:the|its|that)\s+decision\b"
)


def _names_its_levels(sent: Span, scheme: AlertScheme) -> bool:
    """Whether the sentence names two or more of the scheme's levels by their English names."""
    words = set(re.findall(r"[a-z]+", sent.text.lower()))
    named = {level.id for level in scheme.levels if level.name.lower() in words}
    return len(named) >= 2


def _dated_by_the_change_told(
    change: AlertLevelChange, sent: Span, dates: Sequence[DateMention], article: Article
) -> AlertLevelChange:
    """ "Canada has raised its terrorism threat level to 'medium' ..., a spokesman said on
    Tuesday. The change was made on Friday, according to an internal document", "... said JTAC
    had taken the decision last Thursday": the day of an undated raise or lowering, told in the
    next sentence."""
    if change.effective.precision != "unknown" or change.change not in {"raised", "lowered"}:
        return change
    if _THE_CHANGE_MADE.match(sent.text) is None and _TOOK_THE_DECISION.search(sent.text) is None:
        return change
    own = [
        m
        for m in dates
        if sent.start_char <= m.start
        and m.end <= sent.end_char
        and m.value.value is not None
        and m.value.precision == "day"
    ]
    if len(own) != 1:
        return change
    day = own[0]
    evidence = tuple(e for e in change.evidence if e.field != "date")
    return replace(
        change,
        effective=day.value,
        date_source="sentence",
        not_after=None,
        evidence=(*evidence, cite(article, sent, "date", day.start, day.end)),
    )


def _lasting_told_after(
    change: AlertLevelChange, sent: Span, dates: Sequence[DateMention], article: Article
) -> AlertLevelChange:
    """The end of the period a change just told lasts, and who said it, told in the next
    sentence ("Johnson said the bulletin ... would stay in force for six months, until June
    16")."""
    if change.period_end is not None or change.change not in {"set", "raised", "lowered"}:
        return change
    found = lasting_until(sent, dates, change.level, change.effective, article)
    if found is None:
        return change
    end, evidence = found
    return replace(
        change,
        period_end=end,
        said_by=change.said_by or speaker_of(sent),
        evidence=(*change.evidence, evidence),
    )


def _with_pending_change(
    record: AlertLevelChange,
    focus: _Focus,
    index: int,
    article: Article,
    reference: dt.date | None,
) -> AlertLevelChange:
    """A level told as in force, undated, right after a change told without a level ("would
    stay unchanged for the time being. It stands at three on a scale of four"): the change, its
    date and its speaker are the sentence before's."""
    pending = focus.pending
    if pending is None or index - pending.index > 1 or record.scheme != focus.scheme.id:
        return record
    if record.change == "set" and pending.verb.kind in {"raised", "lowered"}:
        return _set_after_change(record, pending, article)
    if record.change != "in force" or record.date_source == "sentence":
        return record
    verb = pending.verb
    effective, period_end, date_evidence, source = dates_of(
        pending.sent, pending.dates, verb.token.idx, verb.kind, article
    )
    not_after: str | None = None
    if source == "none" and reference is not None:
        source, not_after = "publication", reference.isoformat()
    start = verb.token.idx
    change_ev = cite(article, pending.sent, "change", start, start + len(verb.token))
    kept = [e for e in record.evidence if e.field not in {"change", "date", "period_end"}]
    return replace(
        record,
        change=verb.kind,
        effective=effective,
        period_end=period_end,
        date_source=source,
        not_after=not_after,
        said_by=record.said_by or speaker_of(pending.sent),
        evidence=(*kept, change_ev, *date_evidence),
    )


def _left_level_told_after(
    record: AlertLevelChange, focus: _Focus, index: int, article: Article
) -> AlertLevelChange:
    """The change told just before, with the level it left when this sentence tells the same
    change again from that level alone ("raised the national terrorism threat level to
    'extraordinary' ... The PST security service lifted the level from 'moderate'")."""
    pending = focus.pending
    if (
        pending is None
        or pending.index != index
        or pending.source is None
        or record.previous_level is not None
        or record.scheme != focus.scheme.id
        or pending.verb.kind not in {record.change, "set"}  # "lifted the level from"
        or record.change not in {"raised", "lowered"}
    ):
        return record
    source = pending.source
    if (source.level.rank < record.rank) != (record.change == "raised"):
        return record  # the level left must lie below a raised one, above a lowered one
    evidence = cite(article, pending.sent, "previous_level", source.start, source.end)
    return replace(record, previous_level=source.level.id, evidence=(*record.evidence, evidence))


def _set_after_change(
    record: AlertLevelChange, pending: _PendingChange, article: Article
) -> AlertLevelChange:
    """A level set right after a change told without the level reached ("France lowered its
    Vigipirate alert from the highest level on Friday. ... to place the whole country on the
    middle of the plan's three levels ... from March 5"): the setting is that change, from the
    level it left when the sentence before named it. A direction the two levels contradict
    leaves the record as it was."""
    source = pending.source
    if source is not None and source.level.rank == record.rank:
        return record
    if source is not None and (source.level.rank > record.rank) != (pending.verb.kind == "lowered"):
        return record
    verb = pending.verb.token
    # the change is cited where it is told; the level, country and date stay the record's own
    evidence = [e for e in record.evidence if e.field != "change"]
    evidence.append(cite(article, pending.sent, "change", verb.idx, verb.idx + len(verb)))
    previous = record.previous_level
    if source is not None and previous is None:
        previous = source.level.id
        evidence.append(cite(article, pending.sent, "previous_level", source.start, source.end))
    return replace(
        record, change=pending.verb.kind, previous_level=previous, evidence=tuple(evidence)
    )


def _in_a_clause_about_else(sent: Span, start: int, end: int) -> bool:
    """Whether the place is told in a relative clause about something else ("an attack similar
    to the ones that killed 130 people in Paris"), which says nothing of whose level it is."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(a.dep_ in {"relcl", "acl"} for a in span.root.ancestors)


def _in_a_time_clause(sent: Span, start: int, end: int) -> bool:
    """Whether the place is told in a clause that dates the change by another event ("raised
    its terrorism alert to orange ... on Thursday after bombs struck London's transport
    system"), which says nothing of whose level it is."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for node in span.root.ancestors:
        if node.pos_ in {"VERB", "AUX"}:
            return node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"after", "since", "before", "as", "when"}
                for c in node.children
            )
    return False


def _region(
    sent: Span, places: Sequence[PlaceMention], country: str, start: int, end: int
) -> PlaceMention | None:
    """The part of ``country`` the level of the clause (``start``-``end``, document offsets) is
    set for: "the threat level for the province of Utrecht", "the level in Brussels"."""
    text = doc_text(sent.doc)
    for mention in places:
        place = mention.place
        if not start <= mention.start_char < end or place.country != country:
            continue
        if place.precision not in {"region", "city", "site"}:
            continue
        window = pat.LEVEL_WORD.finditer(
            text, max(start, mention.start_char - 60), mention.start_char
        )
        if any(pat.FOR_A_REGION.fullmatch(text, w.end(), mention.start_char) for w in window):
            return mention
    return None


def _governs(token: Token) -> bool:
    """Whether a country word is who sets the level or whose level it is: "Belgium raised",
    "Britain's threat level", "the Dutch threat level", "British authorities raised", "the
    threat level in Ireland"."""
    if token.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if token.dep_ in {"compound", "amod", "nmod"}:
        head = token.head
        return head.dep_ in {"nsubj", "nsubjpass", "poss"} or head.lower_ in pat.LEVEL_NOUNS
    # "the threat level in Ireland was moderate"
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"in", "for"}
        and token.head.head.lower_ in pat.LEVEL_NOUNS
    )


def _standing_since(
    sent: Span, hits: Sequence[LevelHit], verbs: Sequence[ChangeVerb]
) -> tuple[tuple[int, int], list[LevelHit]] | None:
    """The clause "where it has stood since it was lowered from four ..." after a level, and
    the level it stood at: the change that brought that level, told with only the level left."""
    where = next(
        (
            t
            for t in sent
            if t.lower_ == "where"
            and t.head.dep_ == "relcl"
            and t.head.lemma_ in {"stand", "be", "remain", "stay"}
        ),
        None,
    )
    if where is None:
        return None
    start, end = where.idx, sent.end_char
    own = [h for h in hits if start <= h.start < end]
    held = [h for h in hits if h.start < start and h.role != "source"]
    changing = [v for v in verbs if start <= v.token.idx < end and v.kind in {"raised", "lowered"}]
    if not changing or not held or not own or any(h.role != "source" for h in own):
        return None
    return (start, end), held


def _recalls_a_time(focus: _Focus | None, index: int) -> bool:
    """Whether the sentence before (``index`` is this one's) counted the times a level was
    reached, so that "It was raised on Sept. 10 last year" recalls a raise to that level."""
    return (
        focus is not None
        and focus.times_counted
        and focus.level is not None
        and focus.index == index - 1
    )


def _clauses(
    sent: Span, hits: Sequence[LevelHit], verbs: Sequence[ChangeVerb], *, recalled: bool = False
) -> list[tuple[int, int]]:
    """The parts of the sentence that each state a level: split at ";", at a conjunction joining
    two verbs and at "until" opening a clause, when both sides name a level and a change
    ("raised to critical on Monday and lowered to severe on Saturday"); otherwise the whole
    sentence. With ``recalled`` (the sentence before counted the times a level was reached), a
    raise told without its level is a part of its own: "It was raised on Sept. 10 last year, ...,
    and lowered back to yellow on Sept. 24"."""
    cuts = [
        t.idx
        for t in sent
        if t.text == ";"
        or (t.dep_ == "cc" and t.head.pos_ in {"VERB", "AUX"} and t.i > sent.start)
        # "that setting became 'probable', where it stayed until ASIO cut it to 'possible' on
        # Nov. 28, 2022": the clause of the next change
        or (t.lower_ == "until" and t.dep_ == "mark" and t.head.pos_ == "VERB")
        # "kept its own threat level unchanged ..., at three, ..., where it has stood since it
        # was lowered from four in March last year": the clause of the change before
        or (t.lower_ == "where" and t.head.dep_ == "relcl" and t.head.pos_ in {"VERB", "AUX"})
    ]
    bounds = [sent.start_char, *cuts, sent.end_char]
    pieces = list(pairwise(bounds))

    def complete(piece: tuple[int, int]) -> bool:
        start, end = piece
        return any(start <= h.start < end for h in hits) and any(
            start <= v.token.idx < end for v in verbs
        )

    def another_change(piece: tuple[int, int]) -> bool:
        # "Sapo raised the level on Nov. 18 that year and lowered it again to three on March
        # 2, 2016": a change told without its level, whose date is not the other's
        start, end = piece
        return not complete(piece) and any(
            start <= v.token.idx < end and v.kind in {"raised", "lowered"} for v in verbs
        )

    def recalled_raise(piece: tuple[int, int]) -> bool:
        start, end = piece
        return recalled and any(start <= v.token.idx < end and v.kind == "raised" for v in verbs)

    told = sum(complete(p) for p in pieces)
    if told == 0 or (told == 1 and not any(another_change(p) for p in pieces)):
        return [(sent.start_char, sent.end_char)]
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for piece in pieces:
        if another_change(piece):
            pending_start = None
            if recalled_raise(piece):
                merged.append(piece)
            continue
        if complete(piece):
            merged.append((pending_start if pending_start is not None else piece[0], piece[1]))
            pending_start = None
        elif merged:
            merged[-1] = (merged[-1][0], piece[1])
        else:
            pending_start = piece[0] if pending_start is None else pending_start
    return merged


# The bodies that set a level themselves ("The U.S. Department of Homeland Security issued a
# National Terrorism Advisory System bulletin"), not a country ("Britain raised its level")
_DECIDING_BODIES: Final = frozenset(
    {"department", "ministry", "minister", "secretary", "office", "agency", "service"}
    | {"centre", "center", "committee", "coordinator", "council", "government", "police"}
)


def _decided_by(verb: Token) -> str | None:
    """The body the change verb's subject names, when it is one that sets levels."""
    for child in verb.children:
        if child.dep_ != "nsubj" or child.lemma_.lower() not in _DECIDING_BODIES:
            continue
        words = list(child.subtree)
        if any(t.dep_ == "relcl" or t.pos_ == "VERB" for t in words):
            return None
        while words and words[-1].is_punct:
            words.pop()  # "The national counter-terrorism coordinator, Pieter-Jaap Aalbersberg,"
        return child.doc[words[0].i : words[-1].i + 1].text
    return None
