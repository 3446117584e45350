"""Figures analysts track: how many left, returned, died, are detained or watched, and so on.

A figure is a quantity stated in a sentence (:func:`~veille.nlp.numbers.find_quantities`: "close
to 50", "two or three thousand", "dozens of"), or a whole percentage that is a share of a group
counted elsewhere (:func:`~veille.nlp.numbers.find_shares`: "about 40 percent of them have
returned", kept as ``Quantity.percent`` with no count), together with

* ``counted``: the noun phrase of what is counted, as written ("French nationals who left to join
  militants in Syria and Iraq"), cut at the first comma that does not continue a list. A bare
  number that counts a part of an earlier group ("of whom about 300", "30 of them") counts that
  group, and cites it; so does a bare count opening the next sentence ("He said 142 have been
  killed"), which counts the group of the last figure before it, cited in its own sentence;
* ``category``, one of :data:`CATEGORIES`, chosen from the words of the clause (see below);
* ``country``: the ISO code of the people counted when the text gives their nationality ("French
  nationals", "Britons", "UK citizens", "from Britain", "Britain's ...") through the gazetteer's
  demonyms. Words naming an ethnic or religious group are never read as a nationality, and
  nothing is inferred from a person's name;
* ``place``: the first place named in the clause that is not the nationality ("in Syria");
* ``as_of`` ("as of March", "by the end of 2018") or ``period`` ("since 2012", "since the start of
  the year", "over the past year", "in 2018"). A period is ``(start, end)``; ``end`` is ``None``
  for a period that runs to the time of writing. Relative periods are resolved against the
  publication date (``doc.user_data["veille_published"]``) and stay unknown without one (the
  dating rules are in :mod:`veille.extract.figure_dates`);
* ``said_by``: the quote's speaker when the figure is inside an attributed quote, else who the
  sentence attributes it to ("the interior ministry said", "according to ...");
* ``evidence``: the quantity, the counted phrase and every other filled field, with offsets.

Categories. The clause around the quantity is read in groups, in this order: the verb governing
the counted noun (with its auxiliaries, and the verb of "are believed to have ..."), the four
words after the counted phrase, the three words before the quantity, the rest of the governing
clause and the words to the next quantity, the words before the quantity back to a comma, the
verbs said of the noun inside its own phrase ("British men killed fighting ..."), the counted
phrase itself. Death and injury words count only in the close groups (the first three and the
noun's own verbs). The first group holding a cue decides:

``foreign_fighters_killed``  a death word, and the people counted have a nationality other than
    Syrian or Iraqi, or are called foreign, or "who left/travelled/joined"; not children;
``victims_total``  a death or injury word otherwise, only when the sentence gives a period or a
    total ("since 2015", "in total", "over the past year"). Any other death or injury count is
    a toll and no figure (tolls are read by :mod:`.tolls`): so is one tied to a kill/wound word in
    a sentence naming a single attack ("a bomb"), or killed by an attack ("airstrikes killed 120
    fighters", "were killed in a clash"). Combatants killed over a period ("60,000 Isis fighters
    have died since 2014") are ``other``;
``radicalised``  radicalised, radicalisation;
``under_watch``  watch list, monitored, under surveillance, known to the security services;
``foreign_fighters_returned``  returned, returnees, came back, repatriated, brought back, in a
    sentence about militants or of people with a foreign cue; not refugees or civilians;
``detained``  detained, held, arrested, captured, jailed, custody, prisoners, detainees;
``plots_foiled``  plots or attacks that were foiled, thwarted, disrupted, prevented, averted;
``networks_dismantled``  networks or cells dismantled, broken up, disrupted;
``foreign_fighters_left``  people with a foreign cue who left, travelled, went, joined or
    departed towards Syria, Iraq, the region, Isis/IS, the caliphate; or "foreign fighters", or
    nationals counted as fighters/jihadists/recruits ("British jihadists"); not those said to be
    still there ("112 of them were believed to be still in the conflict zone", "450 French
    jihadists are still in Syria"), who are ``other``: what remains, not who left;
``other``  none of these: kept only for a people noun (or a tracked thing) and at least 10
    (or a vague amount whose bound is at least 10: "dozens", "hundreds"), in a sentence about
    terrorism or political violence or about foreigners (:data:`~.lexicon.TERROR_CUE`): camp
    capacities, famine and visa numbers are not figures of the field.

A period or total is a cue such as "since 2015", "in total", "a total of", "this year"; "since"
after a superlative ("the deadliest attack since 2001") and "a year" as a duration ("for more than
a year") or a sentence ("to a year in prison") are not. A death count in a relative clause of an
attack noun ("a truck attack that killed eight people") is that attack's toll.

Also skipped: people counted as the subject of a reporting verb ("two officials confirmed": the
sources of the report), troops, police and officials counted with no other cue (deployments are
actions), a ``victims_total`` that counts no people ("several attacks ... killed"), and a count
introduced by "the"/"these"/"those" whose amount the article already gave ("the two men" after
"two British militants were captured"), which restates it.
Also skipped: money, percentages that are no share of a group counted here, years, ages, times
and measures (never quantities here),
exactly one ("one suspected member"), vague amounts with no bound ("many", "a handful"),
populations ("a province of 2 million people", from 100,000 up), numbers that count nothing
people-like, and parts of a count that is no figure ("hundreds of them children"); people
ordered held ("ordered five suspects held": the action's), named ("names two ... bombers": who
they are) or "living in" a country; and, as ``other``, vague amounts ("Hundreds of Europeans")
and counts of a million or more ("22 million passengers").

The word lists and patterns are in :mod:`veille.extract.figure_words`; what a quantity counts and
the words of its clause are read in :mod:`veille.extract.figure_phrases`, the nationality of the
people counted in :mod:`veille.extract.figure_nationality`, the category in
:mod:`veille.extract.figure_categories`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final, get_args

from spacy.tokens import Doc, Span, Token

from ..models import Article, DateValue, Evidence, Place, Quantity
from ..nlp.dates import DateMention, dates_in, parse_reference
from ..nlp.numbers import find_quantities, find_shares
from ..nlp.places import Gazetteer, PlaceMention, default_gazetteer
from ..nlp.text import doc_text
from .figure_categories import (
    WANTED_LIST,
    about_the_field,
    after_a_year_s_deaths,
    brought_home,
    category_of,
    counts_people,
    custody_ordered,
    is_event_toll,
    is_single_event,
    is_source,
    is_total,
    killed_by_attackers,
    one_arrest,
    one_attack_toll,
    own_verbs,
    part_of_toll,
)
from .figure_dates import (
    Period,
    now_day,
    put_at,
    put_at_root,
    said_day,
    said_then_day,
    said_with_the_lead,
    source_day,
    standing,
    when,
)
from .figure_lists import (
    A_SOURCE,
    CAME_BACK,
    FIGHTER_HEADS,
    given_with,
    listed_category,
    the_most_counted,
    the_subject_s_country,
    told_with,
    whose_most,
)
from .figure_nationality import breakdown, country_of, is_demonym_head, is_foreign
from .figure_parts import (
    FIGHTERS_TOLD_AGAIN,
    SEX_AND_AGE,
    counted_here,
    leaving_whole,
    of_the_next,
    own_departure,
    split_after_a_colon,
    told_as_a_whole,
    without_post_modifiers,
)
from .figure_phrases import (
    Cand,
    after_participles,
    counted_span,
    counts_attacks,
    governor_words,
    head_noun,
    is_age_or_label,
    left_start,
    left_words,
    lower,
    number_of_phrase,
    right_words,
)
from .figure_words import (
    A_PLACE_HAS,
    ABDUCTED,
    AMONG_THE_DEAD,
    ANOTHER,
    ATTACK_VERBS,
    BEING_HELD,
    CHANGE_VERBS,
    CONTRAST_WORDS,
    DEPORTING,
    DISPLACED,
    EVENT_NOUNS,
    FEW,
    FROM_COUNTRIES_NEXT,
    HELD_OVER_AN_ATTACK,
    LOCAL_COUNTRIES,
    MIN_OTHER,
    NUMBER_NOUNS,
    ONE_ATTACK_DOERS,
    ONE_EVENT_DEATHS,
    PART_BEFORE,
    PEOPLE_HEADS,
    PLACE_OF_SIZE,
    POPULATION_SIZE,
    PREVENTED,
    RELEASED,
    REMOVAL_STEPS,
    REMOVAL_VERBS,
    RESTATED,
    STILL_THERE,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    THING_HEADS,
    VOTES,
    WANTED,
    FigureCategory,
)
from .headline import drop_headline_repeats, headline_end
from .lexicon import ATTACKER_NOUNS, KILL_WORDS, RAID_SIZE
from .quotes import Quote, QuoteExtractor
from .tolls import NEWS_AGENCIES, find_tolls, speaker_of
from .triggers import find_triggers

__all__ = [
    "CATEGORIES",
    "PEOPLE_HEADS",
    "THING_HEADS",
    "Figure",
    "FigureCategory",
    "FigureExtractor",
    "Period",
]

CATEGORIES: Final[tuple[FigureCategory, ...]] = get_args(FigureCategory)
"""Every category a figure can have (see the module docstring for how one is chosen)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One tracked figure. Offsets in ``quantity`` and ``evidence`` are in the article text."""

    quantity: Quantity
    counted: str
    category: FigureCategory
    country: str | None = None
    place: Place | None = None
    as_of: DateValue | None = None
    period: Period | None = None
    said_by: str | None = None
    evidence: tuple[Evidence, ...] = field(default=())


_HOSTAGE_AFTER: Final = re.compile(r"\s*hostages?\b", re.IGNORECASE)
# What became of fighters counted before: their citizenship taken, charges faced
_WHAT_BEFELL_THEM: Final = re.compile(
    r"(?i)(?:\s+of\s+(?:them|those))?\s+(?:had|have|has)\s+(?:been\s+)?"
    r"(?:stripped|deprived|lost|faced|losing)\b"
)
# People counted where they met: a crowd, not a tally
_A_CROWD: Final = re.compile(r"\b(?:gathered|gathering|assembled|rallied|marched|attended)\b")
# Those who act in a raid, counted as its subject
_FORCE_HEADS: Final = frozenset({"officers", "police", "policemen", "troops", "agents"})
_RESIDENTS: Final = re.compile(r"\b(?:living|resident|residents|residing)\b")
_POPULATION_OF: Final = re.compile(r"\bpopulation of\s*$")
_CAPACITY: Final = re.compile(r"\b(?:carries|carry|carried|carrying|seats|holds)\s*$")
# "About 70 of Vinnell's American staff lived in a four-storey building there"
_LIVES_THERE: Final = re.compile(r"\s+(?:lived|live|lives)\s+(?:in|at|there)\b")
_FIGHTERS_ABROAD: Final = frozenset(
    {"foreign_fighters_left", "foreign_fighters_returned", "foreign_fighters_killed"}
)
_ANOTHER_TIME: Final = re.compile(
    r"(?i)\s*(?:(?:in|during) (?:19|20)\d\d\b|(?:in |during )?(?:the )?(?:a|one|the) "
    r"(?:year|month)s? (?:earlier|before)|(?:in |during )?(?:the )?(?:previous|prior|same) "
    r"(?:year|month|period)|last year\b)"
)
"""The time told right after the count a figure is compared with ("up from 380 the year
before"); without one ("fell slightly to 27,200 from 27,480") the older count is no figure."""


_COUNTRY_HEADS: Final = frozenset({"countries", "nations", "states"})


def _counts_countries(cand: Cand) -> bool:
    """Whether the count is of countries ("from more than 90 countries")."""
    return cand.head is not None and cand.head.lower_ in _COUNTRY_HEADS


class FigureExtractor:
    """Turns one processed article into figures. Create once; call per document.

    The doc must have been through veille's pipeline (``veille_dates`` and ``veille_places``);
    ``doc.user_data["veille_published"]`` resolves relative periods.
    """

    def __init__(
        self, *, gazetteer: Gazetteer | None = None, quotes: QuoteExtractor | None = None
    ) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.quotes = quotes or QuoteExtractor()

    def __call__(
        self, doc: Doc, article: Article, *, quotes: Sequence[Quote] | None = None
    ) -> list[Figure]:
        # Quotes give speakers; a caller that already extracted them passes them in.
        quotes = self.quotes(doc, article) if quotes is None else quotes
        places: list[PlaceMention] = list(doc._.veille_places or [])
        reference = parse_reference(doc.user_data.get("veille_published") or article.published)
        figures: list[Figure] = []
        text = doc_text(doc)
        carried: list[Cand] = []
        told: list[Cand] = []  # every count kept so far, which "Of the 222," may name again
        gap = 0
        anchor: Figure | None = None  # the dated figure the last sentence broke down
        for sent in doc.sents:
            found, cands = self._sentence(
                sent, article, quotes, places, reference, carried, told=told
            )
            told.extend(c for c in cands if c.kept)
            opened = _broken_down(sent, figures, carried)
            if opened is not None:
                anchor = opened
            elif not any(c.kept and c.inherited and not c.compared for c in cands):
                anchor = None  # the breakdown ends with a sentence that counts others
            for figure in found:
                if anchor is not None and figure is not anchor:
                    figure = _dated_as(figure, anchor)
                if not _restates(figure, figures, text):
                    figures.append(figure)
            # "Cazeneuve said 142 have been killed": a bare count at the start of the next
            # sentence counts the group the last figure counted (a whole, not one of its parts:
            # "..., including 4,640 children. At least 7,366 of them"). One sentence that counts
            # nothing tracked ("The fighters came from at least 86 countries") does not break
            # the thread: "About 5,000 of them came from the European Union" follows it.
            kept = [
                c for c in cands if c.kept and (c.source is None or c.inherited) and not c.compared
            ]
            # "the 56 were 19 men, 12 women, 17 boys and eight girls": the whole broken down,
            # which "Twenty-seven of them" in the next sentence counts, not the boys listed last
            whole = next(
                (
                    c
                    for c in kept
                    if any(
                        o.span.start > c.span.start
                        and _A_BREAKDOWN.fullmatch(text, c.span.end_char, o.span.start_char)
                        for o in kept
                    )
                ),
                None,
            )
            kept = [whole] if whole is not None else kept[-1:]
            gap = 0 if kept else gap + 1
            if kept or gap > 1:
                carried = kept
        # "MI5 says 43 plots foiled" in the headline, told again in the body with its speaker
        end = headline_end(doc, article)
        figures = _in_the_report_s_time(figures, doc, end)
        figures = drop_headline_repeats(
            figures, evidence=lambda f: f.evidence, key=_repeat_key, end=end
        )
        figures = _without_body_repeats(figures)
        return [f for f in figures if not _rounded_in_headline(f, figures, end)]

    # ------------------------------------------------------------------------------ sentence

    def _sentence(
        self,
        sent: Span,
        article: Article,
        quotes: Sequence[Quote],
        places: Sequence[PlaceMention],
        reference: dt.date | None,
        carried: Sequence[Cand] = (),
        *,
        told: Sequence[Cand] = (),
    ) -> tuple[list[Figure], list[Cand]]:
        """The sentence's figures, and its quantities (``carried`` are the previous sentence's
        kept ones, which a bare count here may refer to)."""
        doc = sent.doc
        base = sent.start_char
        found = sorted(find_quantities(sent.text) + find_shares(sent.text), key=lambda q: q.start)
        if not found:
            return [], []
        tolls = [(f.quantity.start, f.quantity.end) for f in find_tolls(sent)]
        single_event = is_single_event(sent) and not is_total(sent.text)
        cands: list[Cand] = []
        for q in found:
            start, end = base + q.start, base + q.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0 or (cands and span.start < cands[-1].span.end):
                continue
            if _places_named(span):
                continue  # "people from the five former Soviet republics of Central Asia"
            if q.percent is not None and _a_change_rate(span):
                continue  # "rose 80 percent in 2014 to 32,685", "up 317 percent": a change
            quantity = Quantity(
                q.value, q.qualifier, q.minimum, q.maximum, q.text, start, end, q.percent
            )
            cands.append(Cand(quantity, span))
        for k, cand in enumerate(cands):
            limit = cands[k + 1].span.start if k + 1 < len(cands) else sent.end
            self._find_counted(cand, cands[:k], limit, carried, told)
            if _a_threshold(cand):
                cand.skip = True  # "The number of countries with more than 500 deaths"
            start, end = cand.quantity.start, cand.quantity.end
            if single_event and any(s < end and start < e for s, e in tolls):
                cand.skip = True
            if k and part_of_toll(cand, cands[k - 1], tolls):
                cand.skip = True  # "killed at least 85 people, including 13 U.S. service members"
            if k and breakdown(cand, cands[k - 1], self.gazetteer):
                cand.skip = True  # "four people, three Moroccans and a Spaniard": a part
            if cand.inherited and _in_one_event(cand):
                cand.skip = True  # "more than 400 people ..., among them 67 in the siege of
                # the Westgate shopping mall": one attack's dead, part of the tally
        for cand, following in pairwise(cands):
            if of_the_next(cand, following):
                self._inherit(cand, [following])  # "seven of the 129 people who went ..."
        made: dict[int, Figure] = {}  # the figure each kept quantity of the sentence gave
        order = list(range(len(cands)))
        for k in range(len(cands) - 1):
            if cands[k].source is cands[k + 1]:
                order[k], order[k + 1] = k + 1, k  # "seven of the 129 ...": the whole first
        for k in order:
            cand = cands[k]
            if cand.skip or cand.counted is None or cand.head is None:
                continue
            if cand.source is not None and not cand.source.kept:
                continue  # a part of a count that is no figure ("hundreds of them children")
            prev_end = cands[k - 1].span.end if k > 0 else sent.start
            next_start = cands[k + 1].span.start if k + 1 < len(cands) else sent.end
            others = [c.span for c in cands if c is not cand]
            figure = self._figure(
                cand, sent, prev_end, next_start, article, quotes, places, reference, others
            )
            # a count of dead foreign fighters is itself a figure, no attack's toll
            fighters_dead = {
                (f.quantity.start, f.quantity.end)
                for f in made.values()
                if f.category == "foreign_fighters_killed"
            }
            attack_tolls = [t for t in tolls if t not in fighters_dead]
            if (
                figure is not None
                and (single_event or (attack_tolls and not counts_attacks(cand)))
                and figure.category == "other"
                # not "More than 1,700 of them have been put on an international wanted list,
                # about 500 have been killed in the fighting": a part of a figure kept
                and not (cand.inherited and cand.source is not None and cand.source.kept)
            ):
                # "a synagogue where more than 50 worshippers were": the scene; but "205 ...
                # attacks in 2017, in which 68 people were killed" counts attacks, with tolls
                continue
            if (
                figure is not None
                and figure.category == "detained"
                and _part_of_arrests(cand)
                and not any(c.kept and c.category == "detained" for c in cands[:k])
            ):
                continue  # "Twenty-three of the arrests", after an action's 25 arrests
            if (
                figure is not None
                and cand.compared
                and figure.as_of is None
                and figure.period is None
            ):
                continue  # "up from six a year before" in a sentence that tells no year
            if figure is not None:
                whole = _whole_of(cand, made)
                if whole is not None:
                    # "287 people ... as of July 1 last year, of whom ... 87 had come back":
                    # a part counted as the whole was is as of its date
                    figure = _dated_as(figure, whole)
                cand.kept = True
                cand.category = figure.category
                made[id(cand)] = figure
        _with_their_wholes(cands, made)
        return [made[id(c)] for c in cands if id(c) in made], cands

    # --------------------------------------------------------------------------- counted NP

    def _find_counted(
        self,
        cand: Cand,
        earlier: Sequence[Cand],
        limit: int,
        carried: Sequence[Cand] = (),
        told: Sequence[Cand] = (),
    ) -> None:
        """Find what ``cand`` counts: its own noun phrase, or the group of an ``earlier``
        quantity of the sentence; only a bare count with its verb ("142 have been killed")
        may count the group of the previous sentence's last figure (``carried``)."""
        span = cand.span
        doc = span.doc
        j = span.end
        first = span.sent.start
        before = doc[span.start - 1].lower_ if span.start > first else ""
        before2 = doc[span.start - 2].lower_ if span.start - 1 > first else ""
        after = doc[j].lower_ if j < limit else ""
        after2 = doc[j + 1].lower_ if j + 1 < limit else ""
        subset = before in SUBSET_BEFORE and before2 in {"of", "among"}
        opening = [t.lower_ for t in doc[first : span.start] if not t.is_space]
        # ``told`` holds every kept count, those ``carried`` from the sentence before too
        told_before = any(c.quantity.value == cand.quantity.value for c in told)
        # "Of the 34 who have returned, 13 are in prison": the whole's own clause before the comma
        whose = after in {"who", "that"} and told_before and _clause_to_comma(doc, j, limit)
        if (after == "," or whose) and (
            opening in (["of", "those"], ["of", "these"])
            or (opening == ["of", "the"] and told_before)
        ):
            # "Of those 1,659, who joined Islamic State ..., 742 had died", "Of the 222, 199 are
            # men": the count told before, named again as the whole of the next
            cand.skip = True
            return
        if (
            earlier
            and earlier[0].skip
            and [t.lower_ for t in doc[first : earlier[0].span.start]]
            in (["of", "those"], ["of", "these"], ["of", "the"])
            and told
        ):
            same = [c for c in told if c.quantity.value == earlier[0].quantity.value]
            self._inherit(cand, same or carried)  # "... 742 had died": a part of that count
            cand.source = None  # a part of a count of the sentence before, already a figure
            cand.whole = same[-1] if same else None
            if after in {"are", "were"} and after2 in SEX_AND_AGE:
                # "199 are men and 23 are women": the part counts men
                cand.head = doc[j + 1]
                cand.counted = doc[j + 1 : j + 2]
            return
        if len(opening) == 3 and opening in (
            ["of", w, ","] for w in ("those", "them", "these", "whom")
        ):
            # "Of those, 1,310 were referred because of ...": a part of the last group counted
            self._inherit(cand, earlier or carried)
            return
        last = next((c for c in reversed(earlier) if counts_people(c)), None)
        noun = span.root.head if span.root.dep_ == "nummod" else span.root
        # "..., and about 30 children were taken to the region": a clause of its own
        own_clause = noun.dep_ in {"nsubj", "nsubjpass"}
        if (
            last is not None
            and not last.skip
            and (
                before == "including"
                or (before == "and" and last.source is not None and not own_clause)
            )
        ):
            # "41,490 people ..., including up to 4,761 women and 4,640 children": parts of
            # that count, counted as they are ("women") but tracked as the whole was
            cand.source = last.source or last
        if (after == "of" and after2 in SUBSET_AFTER) or subset:
            # "of whom about 300", "30 of them"; "Around 425 of them have returned" may open the
            # sentence after the one that counted them
            pronoun = after2 in {"them", "these", "those"}
            self._inherit(cand, earlier or (carried if pronoun else ()))
            if (
                cand.counted is None
                and after2 == "those"
                and j + 2 < limit
                and doc[j + 2].lower_ == "who"
            ):
                # "Sapo said in February that it believed about 150 of those who had left
                # Sweden had returned", no count before it: the relative clause says who
                those = doc[j + 1]
                end = max(t.i for t in those.subtree) + 1
                cand.head, cand.counted = those, doc[j + 1 : min(end, limit)]
            return
        if (
            before == "with"
            and span.start - 2 >= first
            and (doc[span.start - 2].ent_type_ == "GPE" or doc[span.start - 2].pos_ == "PROPN")
            and (earlier or carried)
        ):
            # "followed by Saudi Arabia with 3,244, Jordan with about 3,000 and Tunisia with
            # 2,926": each country's count of what the first one counts (not "and Tunisia")
            self._inherit(cand, earlier or carried)
            return
        if after == "of":
            j += 1  # "dozens of Isis members", "300 of the 850 Britons"
            if j < limit and doc[j].lower_ in {"the", "these", "those", "their", "its"}:
                j += 1
                if (
                    not earlier
                    and carried
                    and carried[-1].category in _FIGHTERS_ABROAD
                    and j < limit
                    and doc[j].lower_ in FIGHTERS_TOLD_AGAIN
                ):
                    # "330 Bosnians had travelled to Syria and Iraq ...: 188 men, ...", then
                    # "At least 50 of the men had been killed": a part of the fighters told
                    cand.source = carried[-1]
        j = after_participles(doc, j, limit)
        if before == "at":
            # "put the number of travellers at 62 and the number of possible returnees at 19":
            # the phrase before "at" says what is counted, not the noun after the count
            number_of = number_of_phrase(span)
            if number_of is not None and number_of[1].end == span.start - 1:
                cand.head, cand.counted = number_of
                return
        if (
            earlier
            and span.start - 2 >= first
            and doc[span.start - 1].ent_type_ == "GPE"
            and before2 in {",", "and"}
            and (j >= limit or doc[j].is_punct or doc[j].lower_ in {"and", "in"})
        ):
            # "Afghanistan had 4,505 deaths, Pakistan 1,760 and Syria 1,698": a list of counts
            # given to countries, each counting what the first one counts
            self._inherit(cand, earlier)
            return
        if (
            earlier
            and (before in {"from", "against"} or (before == "with" and before2 == "compared"))
            and _ANOTHER_TIME.match(doc_text(doc), span.end_char)
        ):
            # "arrested 426 people ... in 2023, up from 380 the year before", "against 21 a
            # year earlier", "compared with 10 in 2017": the same count at another time
            self._inherit(cand, earlier)
            cand.compared = True
            return
        head = head_noun(doc, span, j, limit)
        if head is not None and head.ent_type_ in {"DATE", "TIME"}:
            head = None  # "rose to 10,800 last year": a time, not what is counted
        if (
            head is None
            and before == "the"
            and j < limit
            and doc[j].lower_ == "who"
            and doc[j].head.dep_ == "relcl"
        ):
            # "Of the 800 who have returned, 190 are in prison": people told by what they did
            end = max(t.i for t in doc[j].head.subtree) + 1
            cand.head, cand.counted = doc[j], doc[j : min(end, limit)]
            return
        if head is None and before == "with" and before2 == "compared" and earlier:
            # "about 425 have returned, ..., compared with about 300 in Germany": the same count
            # for another place
            self._inherit(cand, earlier)
            return
        most = the_most_counted(span) if head is None and before == "," else None
        if most is not None:
            # "Turkey has seen the most fighters come back, about 900": how many the most are
            cand.head, cand.counted = most, doc[most.i : most.i + 1]
            return
        if head is None:
            number_of = number_of_phrase(span)
            if number_of is not None:
                # "The number of people referred to Prevent rose to 6,817"
                cand.head, cand.counted = number_of
                return
            k = j + 1 if j < limit and doc[j].is_quote else j  # '"two or three thousand" are'
            # "142 have been killed"; not "reported 205 foiled ..." (a verb that modifies it)
            elliptic = k < limit and doc[k].pos_ in {"AUX", "VERB"} and doc[k].dep_ != "acl"
            # "about 4,000 Tunisians were in Syria, 1,000 to 1,500 in Libya and 200 in Iraq"
            listed = (
                before == "and" and after in {"over", "for", "because", "in", "on", "with", "to"}
            ) or (before == "," and after == "in")
            # "Belgium, with some 470, had ...": a count given to a country of the group
            given = before == "with" and after in {",", ")", ".", ""} and bool(earlier)
            if before == "with" and not earlier and A_SOURCE.search(span.sent.text):
                # "France was the leading Western source, with 1,910", after counts of fighters
                self._inherit(cand, carried)
                return
            if before == "at" and _the_number_put(doc[span.start - 1]):
                # "The Soufan Group ... put the number at 200 in a report in December 2015":
                # the number counted in the sentences before
                self._inherit(cand, earlier or carried)
                return
            if (
                before in {"including", "among", "whom", "them"}
                or given
                or after == "from"
                or elliptic
                or (listed and earlier)
            ):
                # "including at least 10 from Britain", "..., and 120 have returned", "1,310
                # were referred over Islamism and 1,350 over far-right views"
                self._inherit(cand, earlier or (carried if elliptic else ()))
                if cand.counted is not None and cand.head is not None and own_departure(span):
                    # "Some 5,000 left the countries of Central Asia", after "129 people who
                    # went from the United States": the people, not where those left from
                    cand.counted = without_post_modifiers(cand.counted, cand.head)
            return
        if head.pos_ == "PRON":
            self._inherit(cand, earlier)
            return
        if head.lower_ in NUMBER_NOUNS and doc[j].lower_ == "the":
            # "He put at 760 the number of Tunisians killed in Syria": what the number counts
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if counted is not None:
                j, head = counted.left_edge.i, counted
        cand.head = head
        cand.counted = counted_span(doc, j, head, limit)
        whole = split_after_a_colon(cand, earlier)
        if whole is not None:
            cand.source = whole  # "330 Bosnians had travelled ...: 188 men, 61 women and ..."

    @staticmethod
    def _inherit(cand: Cand, earlier: Sequence[Cand]) -> None:
        # "more than 20,000 foreign fighters from more than 90 countries ..., at least 3,400
        # of them": the people counted, not the countries they came from
        earlier = [p for p in earlier if not _counts_countries(p)] or earlier
        for prev in reversed(earlier):
            if prev.counted is not None or prev.skip:
                cand.head, cand.counted = prev.head, prev.counted
                cand.skip = prev.skip
                cand.inherited = True
                cand.source = prev
                if (
                    prev.inherited
                    and prev.source is not None
                    and prev.span.sent.start == cand.span.sent.start
                    and _of_them(prev.span)
                ):
                    # "More than 1,700 of them have been put on ... a wanted list, about 500
                    # have been killed ...": the parts listed after one part are the whole's
                    cand.source = prev.source
                return

    # ------------------------------------------------------------------------------- figure

    def _figure(
        self,
        cand: Cand,
        sent: Span,
        prev_end: int,
        next_start: int,
        article: Article,
        quotes: Sequence[Quote],
        places: Sequence[PlaceMention],
        reference: dt.date | None,
        others: Sequence[Span],
    ) -> Figure | None:
        assert cand.counted is not None and cand.head is not None
        doc = sent.doc
        quantity = cand.quantity
        head = cand.head
        counted = cand.counted
        if quantity.value == 1 and quantity.qualifier is None:
            return None
        if is_age_or_label(cand.span):
            return None
        right = right_words(cand, next_start)
        left = left_words(cand.span, prev_end)
        verb_near, verb_far, clause = governor_words(cand, others)
        counted_text = lower(counted)
        country, country_at = country_of(cand, self.gazetteer)
        # "41,490 people from 80 countries", with the countries counted apart
        from_countries = FROM_COUNTRIES_NEXT.match(doc_text(doc), counted.end_char)
        foreign = (
            country is not None
            or is_foreign(cand, self.gazetteer)
            or from_countries is not None
            # "Russia was the largest source, with 3,417 fighters", "the most fighters come
            # back": fighters from a country, who went abroad
            or (
                head.lower_ in FIGHTER_HEADS
                and (A_SOURCE.search(sent.text) or CAME_BACK.search(sent.text)) is not None
            )
            # "Some 5,000 left ..., of whom about 500 have come back": a part of fighters
            or (cand.source is not None and cand.source.category in _FIGHTERS_ABROAD)
        ) and (country not in LOCAL_COUNTRIES)
        right_short = " ".join(right.split()[:4])
        left_tail = " ".join(left.split()[-3:])
        if one_attack_toll(cand):
            return None  # "the attack on London Bridge on June 3, in which eight were killed"
        if custody_ordered(cand):
            return None  # "A Kenyan court on Friday ordered five suspects held for 30 days"
        if killed_by_attackers(cand):
            return None  # one attack's toll, told "since" which something holds
        if _killed_with_someone_named(cand) or _dead_including_someone_named(cand):
            return None  # "killed Bilal al-Sudani ... and about 10 other fighters in a raid"
        if ONE_EVENT_DEATHS.search(counted.text):
            return None  # "49 people killed when U.S. warplanes bombed a ... camp": one act's toll
        if AMONG_THE_DEAD.match(sent.text, counted.end_char - sent.start_char) and not is_total(
            sent.text
        ):
            # "Nine Italians, seven Japanese, an Indian and three Bangladeshis were among those
            # killed": who one attack's dead were
            return None
        if _breakdown_of_a_count(cand):
            return None  # "Eight of the suspects, six men and two women, were due ...": who
            # the eight are
        if WANTED.search(left):
            return None  # "arrest warrants for 17 people": wanted, neither held nor a tally
        after = doc_text(doc)[cand.span.end_char : min(sent.end_char, cand.span.end_char + 80)]
        if _SOUGHT.search(f"{counted_text} {after}"):
            return None  # "the names of 19 men they were seeking", "19 suspected militants ...
            # who have been on the run": people sought, no tally
        if PLACE_OF_SIZE.search(left):
            return None  # "Kongsberg, a town of about 26,000 people": how big a place is
        if VOTES.search(f"{verb_near} {right_short} {counted_text}"):
            return None  # "445 backed the mission, 146 voted against it": a vote's count
        groups = [
            (verb_near, True),
            (right_short, True),
            (left_tail, True),
            (verb_far + " " + right, False),
            (left, False),
            (own_verbs(cand), True),
            (counted_text, False),
        ]

        def category_from(words: list[tuple[str, bool]]) -> FigureCategory | None:
            return category_of(
                words,
                head,
                foreign=foreign,
                sentence=sent.text.lower(),
                counted=counted_text,
                event_toll=is_event_toll(cand),
                size=max(quantity.value or 0, quantity.minimum or 0, quantity.maximum or 0),
            )

        category = listed_category(cand, doc, category_from(groups))
        if category is None:
            return None
        if category == "victims_total" and quantity.percent is not None and quantity.value is None:
            return None  # "51 percent of all deaths claimed by a group": a share, no tally
        if head.lower_ in _INMATES and category in {"other", "detained"}:
            return None  # "freed more than 700 inmates", "had held about 994 inmates": a
            # prison's people, whom an attack freed or who escaped (not "400 inmates have been
            # radicalised")
        after_counted = doc_text(doc)[counted.end_char : min(sent.end_char, counted.end_char + 80)]
        if _ONE_PLACE_S_PEOPLE.match(after_counted):
            return None  # "About 180 people, many of them foreign workers, took refuge at the
            # Amarula hotel": who one attack drove somewhere
        # "driven nearly 800,000 from their homes": displaced, not dead
        displaced = _FROM_THEIR_HOMES.match(after) is not None
        if category == "victims_total" and displaced:
            category = "other"
        if category == "other" and (head.lower_ in DISPLACED or "hostage" in counted_text):
            # "Thousands of residents have fled", "up to 14 other people from the church
            # hostage": who one attack drove out or took, nothing tracked
            return None
        if (
            category == "other"
            and not foreign
            and (
                head.lower_ in ONE_ATTACK_DOERS
                or (ABDUCTED.search(f"{verb_far} {right}") and not _a_tally_since(sent))
            )
        ):
            # "276 girls had been abducted, of whom 53 had escaped", "Between 25 and 30 gunmen
            # arrived": one attack's hostages or doers; not "has kidnapped more than 1,000
            # children since 2013", a tally
            return None
        if category in {"detained", "other"} and _HOSTAGE_AFTER.match(
            doc_text(doc), counted.end_char
        ):
            return None  # "held four people hostage", "took 17 people hostage": an attack's
            # hostages, not detainees
        if category == "other" and _A_CROWD.search(f"{verb_near} {right_short}"):
            return None  # "where more than 50 people had gathered for evening prayers": who
            # was there, nothing tracked
        if category == "detained" and head.lower_ in _FORCE_HEADS and head.dep_ == "nsubj":
            return None  # "more than 800 police officers raided homes ... and detained 15
            # people": who acted, not who was held
        if (
            head.dep_ == "dobj"
            and head.head.tag_ == "VBD"
            and not _a_tally_since(sent)
            and any(t.token.i == head.head.i for t in find_triggers(sent))
        ):
            return None  # "ran down two soldiers with his car": one attack's victims (not
            # "attackers have killed 239 people in France", a tally)
        if _to_be_hired(head):
            return None  # "3,000 more staff would be recruited for the Interior Ministry"
        if category == "detained" and (
            _HOUSE_ARREST_ORDERED.search(sent.text)
            or (_WANTED.search(sent.text) and not _held(head))
        ):
            # "had also ordered 92 people placed under house arrest": an order the action
            # extractor reports; "named three men ... and offered a reward for information
            # leading to their arrest": men sought, not held
            return None
        who_they_are = (quantity.percent is not None or _a_share_of(cand.span)) and _what_they_are(
            cand.span
        )
        if quantity.percent is not None and cand.inherited and not who_they_are:
            # "About 80 percent could be linked to Islamic State", after "analysed 267 people
            # who travelled": a share whose own words count nothing is who they are, not
            # what the people counted before did
            who_they_are = category_from(groups[:-1]) in {None, "other"}
        if who_they_are:
            # "about 17 percent of the fighters are women", "About 20 of those who left were
            # women": who they are
            category = "other"
        if category == "other" and foreign and cand.inherited and own_departure(cand.span):
            category = "foreign_fighters_left"  # "and roughly 5,000 went from the European Union"
        # "and that 195 had been stripped of Azerbaijani citizenship", "that 84 of them had
        # faced criminal charges": what became of some who left, not who left
        befell = _WHAT_BEFELL_THEM.match(doc_text(doc), cand.span.end_char) is not None
        if category == "foreign_fighters_left" and befell:
            category = "other"
        source = cand.source
        # "Another 60 are still thought to be in the conflict zone", after "130 have returned":
        # a new sentence about others; "4,000 ... traveled, and another 5,000 from ..." shares
        # its verb and what it counts
        another = cand.span.start > sent.start and doc[cand.span.start - 1].lower_ in ANOTHER
        if (
            category == "other"
            and not who_they_are
            and source is not None
            and source.category is not None
            and not (another and source.span.sent.start != sent.start)
            # "90 had returned ... and 51 had been stopped before they could leave": not gone
            and not PREVENTED.search(verb_far + " " + right)
            # "112 of them were believed to be still in the conflict zone": those who stayed
            and not STILL_THERE.search(verb_far + " " + right)
            # "Of the 379 people arrested, ... 189 were released without charge": let go
            and not RELEASED.search(verb_near + " " + right_short)
            # "More than 1,700 of them have been put on an international wanted list": sought
            and not WANTED_LIST.search(verb_far + " " + right)
            # "killed about 3,000 people and driven nearly 800,000 from their homes"
            and not displaced
            and not befell
        ):
            # "About 5,000 of them came from the European Union": a part of the fighters
            # counted before is counted as they were, whatever its own verb says
            category = source.category
        head_word = head.lower_
        is_people = head_word in PEOPLE_HEADS or is_demonym_head(head, self.gazetteer)
        if not is_people and (
            head_word not in THING_HEADS or (category == "victims_total" and head_word != "deaths")
        ):
            return None  # "several major attacks ... killed" counts attacks, not victims
        if category == "under_watch" and not is_people:
            category = "other"  # "500 live investigations involving 3,000 people": the 3,000
        if is_source(cand):
            return None
        if head.dep_ == "dobj" and not cand.inherited:
            verb_lemma = head.head.lemma_.lower()
            if verb_lemma in ATTACK_VERBS:
                return None  # "a man freed from prison stabbed two people": an attack's victims
            if verb_lemma in REMOVAL_VERBS:
                return None  # "Germany deported 28 Afghan nationals": an action's count
            if verb_lemma in {"name", "identify"}:
                return None  # "Turkey names two Istanbul airport bombers": who they are
        if (
            head.dep_ == "nsubj"
            and not cand.inherited
            and head_word in ATTACKER_NOUNS
            and (head.head.lemma_.lower() in ATTACK_VERBS or head.head.lower_ in KILL_WORDS)
        ):
            return None  # "four suicide bombers killed 52 people": the doers of one attack
        if head.dep_ in {"nsubj", "nsubjpass"} and not cand.inherited and _removed(head.head):
            # "Turkey deported an American ... and 11 French and two Irish nationals were being
            # processed": people of the removals, an action's count
            return None
        vague = (
            quantity.value is None and quantity.minimum is None and quantity.maximum is None
        ) or (quantity.value is None and quantity.text.lower() in FEW)
        if vague and quantity.percent is None:
            return None  # "many", "numerous", "a handful": nothing to track
        if (
            category == "victims_total"
            and not about_the_field(sent)
            and not _WAR_CUE.search(sent.text)
            and not after_a_year_s_deaths(head)
        ):
            # "20,000 Americans were killed by fentanyl last year": deaths of another field
            return None
        if category == "other":
            big = max(quantity.value or 0, quantity.minimum or 0, quantity.maximum or 0)
            if big < MIN_OTHER and not _a_country_s_attacks(cand):
                return None
            if quantity.value is None and quantity.percent is None and quantity.maximum is None:
                return None  # "Hundreds of Europeans remain in detention camps": no number
            lives = _LIVES_THERE.match(doc_text(doc), counted.end_char) is not None
            # "each nine-car train carries more than 4,500 people": a capacity; "the pre-war
            # population of 9,000": how many lived there
            before = doc_text(doc)[
                max(sent.start_char, cand.span.start_char - 30) : cand.span.start_char
            ]
            lives = lives or any(p.search(before) for p in (_CAPACITY, _POPULATION_OF))
            if big >= 1_000_000 or _RESIDENTS.search(counted_text) or lives:
                # "handled more than 22 million passengers last year", "the 6,000 French
                # citizens living in Mali": how many there are, not a figure of the field
                return None
            # a part of a count kept sentences before ("Of the 222, 199 are men") is of the field
            told_again = cand.inherited and cand.source is None
            # "More than 1,700 of them have been put on an international wanted list", after
            # 1,900 who went to join Islamic State: a part of a figure of the field
            part = (
                cand.inherited
                and cand.source is not None
                and cand.source.category is not None
                and _of_them(cand.span)
            )
            # "92 Tajik children were stranded in Iraq", "43 Tajik women were serving prison
            # terms in Iraq": the families of those who went, held where the war was
            families = (
                head.lower_ in _FAMILIES
                and _HELD_ABROAD.search(sent.text) is not None
                # not "Unicef prepared for 4,000 school-age children in al-Hawl camp": a plan
                and not (head.dep_ == "pobj" and head.head.lower_ == "for")
            )
            if (
                not foreign
                and not told_again
                and not part
                and not families
                and not about_the_field(sent)
            ):
                return None  # "around 300 children had severe malnutrition"
        evidence: list[Evidence] = []
        sentence = sent.text

        def cite(name: str, start: int, end: int) -> None:
            # a counted group taken from the sentence before is cited in that sentence
            held = sentence
            if not sent.start_char <= start < sent.end_char:
                other = doc.char_span(start, end, alignment_mode="expand")
                held = other.sent.text if other is not None else sentence
            evidence.append(Evidence(article.id, name, start, end, held, doc_text(doc)[start:end]))

        cite("quantity", quantity.start, quantity.end)
        cite("counted", counted.start_char, counted.end_char)
        if country is not None and country_at is not None:
            cite("country", *country_at)
        lo = left_start(cand.span, prev_end)
        # "760 from Germany, while Belgium, with some 470, ...": the place is in the count's
        # own clause, not in a contrasting one
        next_start = next(
            (t.i for t in doc[cand.span.end : next_start] if t.lower_ in CONTRAST_WORDS),
            next_start,
        )
        hi = doc[next_start - 1].idx + len(doc[next_start - 1].text)
        following = min(
            (o for o in others if o.start >= cand.span.end), key=lambda o: o.start, default=None
        )
        listed_next = (
            given_with(following, places, self.gazetteer) if following is not None else None
        )
        if listed_next is not None:
            hi = min(hi, listed_next.start_char)  # "266 ..., made in France, with 93": France's
        if cand.compared:
            # "compared with 1,077 the year before, and France alone made 456 arrests": the
            # count compared with is placed by its own words, not by the clause after them
            told = _ANOTHER_TIME.match(doc_text(doc), cand.span.end_char)
            hi = min(hi, told.end() if told is not None else cand.span.end_char)
        # the country a listed count is given to, unless its nationality is told already
        place = (
            None
            if country is not None
            else given_with(cand.span, places, self.gazetteer)
            or told_with(cand.span, places)
            or whose_most(cand.span, places)
        )
        if country is not None and category not in _FIGHTERS_ABROAD:
            # "most jihadist arrests were made in France, with 93, Spain, with 46": where the
            # arrests were made, not the people's nationality
            listed = given_with(cand.span, places, self.gazetteer)
            if listed is not None and listed.place.country == country:
                place, country = listed, None
                evidence[:] = [e for e in evidence if e.field != "country"]
        if place is None:
            place = _place_in(places, lo, hi, counted, country_at, cand.span)
        if place is None and clause is not None:
            first, last = doc[clause[0]], doc[clause[1] - 1]
            place = _place_in(places, first.idx, last.idx + len(last), counted, country_at)
        if place is None and not cand.inherited:
            place = the_subject_s_country(head, places)
        if place is not None:
            cite("place", place.start_char, place.end_char)
            if cand.inherited:
                # "compared with about 300 in Germany", after "people who left Britain"
                here = counted_here(cand.span, counted, head, place, places)
                if here is not counted:
                    counted = here
                    evidence[:] = [e for e in evidence if e.field != "counted"]
                    cite("counted", counted.start_char, counted.end_char)
        date_lo = min(lo, doc[prev_end].idx if prev_end < len(doc) else lo)
        verb = next((t for t in cand.span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if cand.span.root.pos_ == "ADP":
            # "between 2,000 and 4,000 people ... had left": the parse may hang a range's
            # preposition on the saying verb; the first verb after the counted words is theirs
            verb = next((t for t in doc[counted.end : sent.end] if t.pos_ == "VERB"), verb)
        if verb is not None and verb.dep_ == "conj":
            # "X was detained on Christmas Eve, and police arrested three people on Saturday":
            # a clause joined by "and" has its own day
            date_lo = max(date_lo, verb.left_edge.idx)
        as_of, period, date_at = when(doc, date_lo, hi, counted, reference, cand.span)
        if (
            period is not None
            and period[1] == period[0]
            and verb is not None
            and (
                (verb.lemma_.lower() == "count" and counts_people(cand))
                or _the_number_put(doc[cand.span.start - 1])
            )
        ):
            # "the ministry had counted 186 people a year earlier, in November 2016", "put the
            # number at 200 in a report in December 2015": how many there were then, not how
            # many came in that month
            as_of, period = period[0], None
        if (
            period is not None
            and period[0] == period[1]
            and standing(verb)
            and said_day(doc, sent)[0] == period[0]
        ):
            # "In September this year, PET chief Jens Madsen told broadcaster DR that more than
            # 100 had gone": the month of the saying, which the parse hung on the count's verb
            as_of, period = period[0], None
        if as_of is None and period is None and (standing(verb) or put_at(cand.span.root)):
            # "900 have travelled, and 40 percent of them have returned, X said on Monday"
            as_of, date_at = said_day(doc, sent)
        period_end_at: tuple[int, int] | None = None
        if period is not None and period[1] is None and (standing(verb) or put_at(cand.span.root)):
            # "At least 110 people have travelled ... since the summer of 2012 ..., PET said on
            # Friday": from 2012 to the day it was said
            said, period_end_at = said_day(doc, sent)
            if said is None and _on_its_own(cand):
                # "120 Malaysians are known to have travelled to Syria since 2014, Ayob Khan
                # said", after a lead said on Thursday
                said, period_end_at = said_with_the_lead(
                    doc, sent, _dates_besides(doc, sent, date_at)
                )
            if said is not None and (said.value or "") > (period[0].value or ""):
                period = (period[0], said)
            else:
                period_end_at = None  # "Since January, his ministry has dismantled ...": the
                # date that opens the sentence is the period's start, not the saying's day
        if as_of is None and period is None:
            # "..., according to the answer, which is based on intelligence reports dated Oct. 30"
            as_of, date_at = source_day(doc, sent)
        if as_of is None and period is None and not dates_in(doc, sent.start_char, sent.end_char):
            # "In April last year, ... a security report naming about 105 ...", then "Dillon
            # said then that about 40 of them were children" (not "It said then that 287 people
            # ... were being watched ... as of July 1 last year, of whom ... 87 had come back")
            as_of, date_at = said_then_day(doc, sent)
        if as_of is None and period is None:
            # "said police currently classed 774 Islamists as Gefaehrder": the present, though
            # the saying puts its verb in the past
            as_of, date_at = now_day(doc, date_lo, hi, reference)
        if (
            as_of is None
            and period is None
            and (standing(verb) or put_at(cand.span.root))
            and _on_its_own(cand)
        ):
            # "Twenty-seven of them were in the al-Hol camp ...", after a lead said on Thursday:
            # a count said with no time of its own stands on the day the lead was said
            as_of, date_at = said_with_the_lead(doc, sent, _dates_besides(doc, sent, None))
        undated_or_day = period is None and (as_of is None or as_of.precision == "day")
        # "an anti-terrorism court there charged seven suspects in November": one act's month
        one_month = (
            period is not None
            and period[0].precision == "month"
            and period[1] == period[0]
            and _charged(cand)
        )
        if (quantity.value or 0) >= POPULATION_SIZE and A_PLACE_HAS.search(
            doc_text(doc)[max(sent.start_char, cand.span.start_char - 40) : cand.span.start_char]
        ):
            return None  # "the Maldives, which has about 350,000 citizens": a population
        if brought_home(cand):
            return None  # "Albania brought five women and 14 children home": a repatriation
        if (
            category == "detained"
            and (undated_or_day or one_month)
            and (one_arrest(cand) or _arrests_announced(cand))
        ):
            return None  # "police detained four men in a raid": an arrest (an action)
        if category == "detained" and HELD_OVER_AN_ATTACK.match(
            doc_text(doc)[cand.span.end_char : sent.end_char]
        ):
            return None  # "Ten people are being held ... over the Nov. 2 attack": the case's
            # custody, which the action extractor reports
        if (
            category == "detained"
            and (quantity.value or RAID_SIZE) < RAID_SIZE
            and BEING_HELD.match(doc_text(doc)[cand.span.end_char : sent.end_char])
        ):
            return None  # "three suspects were being held and ... had admitted their guilt":
            # the custody of one arrest, which the action extractor reports
        if category == "detained" and _people_told_of(cand):
            return None  # "the two men held in Austria and Italy are to be handed over"
        if date_at is not None:
            cite("as_of" if as_of is not None else "period", *date_at)
        if period_end_at is not None and period is not None:
            cite("period", *period_end_at)
        said_by, said_at = _speaker(sent, quantity, quotes)
        if said_at is not None:
            cite("said_by", *said_at)
        return Figure(
            quantity=quantity,
            counted=_normalise(counted.text),
            category=category,
            country=country,
            place=place.place if place is not None else None,
            as_of=as_of,
            period=period,
            said_by=said_by,
            evidence=tuple(evidence),
        )


# --- helpers: restated figures ----------------------------------------------------------------


_PLACE_NOUNS: Final = frozenset(
    {"republics", "countries", "states", "nations", "provinces", "regions", "cities"}
)


_RATE_WORDS: Final = frozenset({"up", "down", "by"})


def _a_change_rate(span: Span) -> bool:
    """Whether a percentage tells how much a count changed ("rose 80 percent", "up 317
    percent", "rose by more than 300 percent"), not a share of people."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in {"up", "down"}:
        return True
    if before.lower_ == "by":
        before = doc[before.i - 1] if before.i > 0 else before
    return before.pos_ == "VERB" and before.lemma_.lower() in CHANGE_VERBS


_BOUNDS: Final = frozenset({"more than", "over", "above", "at least", "fewer than", "less than"})


def _a_threshold(cand: Cand) -> bool:
    """Whether the count is a bound that describes something else ("countries with more than
    500 deaths"): a class of things, not a count of its own, nor one a later count repeats."""
    head = cand.head
    return (
        head is not None
        and not cand.inherited
        and cand.quantity.qualifier in _BOUNDS
        and head.dep_ == "pobj"
        and head.head.lower_ == "with"
        and head.head.head.pos_ in {"NOUN", "PROPN"}
    )


# Words of armed conflict: its dead are political violence's ("air strikes by Syrian planes have
# killed more than 600 civilians in Ghouta"), unlike those of an overdose or of the cold
_WAR_CUE: Final = re.compile(
    r"(?i)\b(?:air ?strikes?|airstrikes?|shelling|offensive|bombardment|war|conflict|fighting|"
    r"onslaught|siege|military|rebels?|insurgen\w*|clashes)\b"
)
_HOUSE_ARREST_ORDERED: Final = re.compile(r"(?i)\bordered\b[^.;]{0,40}\bunder house arrest\b")


def _of_them(span: Span) -> bool:
    """Whether a count is told as a part of the group before ("More than 1,700 of them")."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and doc[span.end + 1].lower_ in {"them", "those", "these", "whom"}
    )


_SOUGHT: Final = re.compile(
    r"(?i)\b(?:(?:were|are|was|is) (?:still )?(?:seeking|hunting|looking for)|on the run|"
    r"at large)\b"
)
_FAMILIES: Final = frozenset({"children", "women", "wives", "widows", "orphans", "families"})
_HELD_ABROAD: Final = re.compile(
    r"(?i)\b(?:camps?|prisons?|jails?|detention|custody|stranded|held)\b"
    r"|\bserving (?:prison )?(?:terms|sentences)\b"
)
_WANTED: Final = re.compile(
    r"(?i)\bleading to (?:their|his|her|the) (?:arrest|capture)\b"
    r"|\bwanted (?:over|for|in connection with)\b"  # "names three men wanted over ... bombing"
)
_HELD_LEMMAS: Final = frozenset({"arrest", "detain", "hold", "capture", "jail"})


def _held(head: Token) -> bool:
    """Whether the counted people are the subject or object of a verb of holding."""
    return head.head.lemma_.lower() in _HELD_LEMMAS


def _a_country_s_attacks(cand: Cand) -> bool:
    """Whether the count is of the attacks a country reported ("Greece reported six attacks,
    Germany five, Belgium four and the Netherlands one"): a report's count, however small."""
    head = cand.head
    if head is None or head.lower_ not in {"attacks", "plots"}:
        return False
    if cand.inherited:
        return cand.span.start > 0 and cand.span.doc[cand.span.start - 1].ent_type_ == "GPE"
    verb = head.head
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)


def _a_tally_since(sent: Span) -> bool:
    """Whether the sentence counts "since" a time ("since 2013"), a tally over a period."""
    return any(t.lower_ == "since" for t in sent)


def _to_be_hired(head: Token) -> bool:
    """Whether the counted people are staff or troops yet to be hired ("3,000 more staff would
    be recruited next year"): a plan, no figure."""
    verb = head.head
    return (
        head.dep_ in {"nsubjpass", "dobj"}
        and verb.lemma_.lower() in {"recruit", "hire", "enlist"}
        and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "to"} for c in verb.children)
    )


def _places_named(span: Span) -> bool:
    """Whether the number only names the places it goes with ("from the five former Soviet
    republics", "in the 27 member states"): a description, not a count tracked."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "the":
        return False
    if doc[span.start - 2].lower_ not in {"from", "of", "in", "across", "among"}:
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else None
    return noun is not None and noun.lower_ in _PLACE_NOUNS


def _charged(cand: Cand) -> bool:
    """Whether the count is of people a court or prosecutors charged ("charged seven
    suspects")."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.head.lemma_.lower() in {"charge", "indict"}


def _in_one_event(cand: Cand) -> bool:
    """Whether the words right after the count place it in one attack ("67 in the siege of the
    Westgate shopping mall")."""
    doc = cand.span.doc
    after = doc[cand.span.end : cand.span.end + 5]
    if not len(after) or after[0].lower_ not in {"in", "at", "during"}:
        return False
    return any(t.lemma_.lower() in EVENT_NOUNS for t in after[1:])


def _broken_down(
    sent: Span, earlier: Sequence[Figure], carried: Sequence[Cand] = ()
) -> Figure | None:
    """The dated figure a sentence opens by breaking down: "Of the 296 foreign fighters, 90 had
    returned ...", after "knew of 296 people ... by the end of last year"."""
    if _OF_THOSE.match(sent.text):
        # "Police in the EU arrested 426 people ... in 2023, up from 380 the year before. Of
        # those, 334 were held ...": the last dated figure of the sentence before that a part
        # may count (not a count it was compared with)
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        wholes = {c.quantity.start for c in carried}
        return next(
            (
                f
                for f in reversed(earlier)
                if (f.as_of is not None or f.period is not None)
                and before is not None
                and any(e.sentence == before.text for e in f.evidence)
                and (not wholes or f.quantity.start in wholes)
            ),
            None,
        )
    match = _OF_THE.match(sent.text)
    if match is None:
        return None
    amounts = find_quantities(match.group(1))
    if not amounts:
        return None
    value = amounts[0].value
    return next(
        (
            f
            for f in reversed(earlier)
            if f.quantity.value == value and (f.as_of is not None or f.period is not None)
        ),
        None,
    )


_OF_THE: Final = re.compile(r"\s*Of (?:the|those|these) ([\d,]+|[a-z-]+(?: [a-z-]+)?)\b")
_OF_THOSE: Final = re.compile(r"\s*Of (?:those|these|them),")


def _with_their_wholes(cands: Sequence[Cand], made: dict[int, Figure]) -> None:
    """A part and the whole of the same sentence it was told of ("Of the 850 people who left
    Britain, about 425 have returned"): the whole counts who left, the part is where the whole
    is when its own words place nothing (see :mod:`.figure_parts`)."""
    for cand in cands:
        part, source = made.get(id(cand)), cand.source
        if part is None or source is None or source.span.sent.start != cand.span.sent.start:
            continue
        whole = made.get(id(source))
        if whole is None or not told_as_a_whole(source):
            continue
        category = leaving_whole(part.category, whole.category, whole.counted)
        if category != whole.category:
            whole = made[id(source)] = replace(whole, category=category)
            source.category = category
        if part.place is None and part.country is None and (whole.place or whole.country):
            where = [e for e in whole.evidence if e.field in {"place", "country"}]
            made[id(cand)] = replace(
                part,
                place=whole.place,
                country=whole.country,
                evidence=(*part.evidence, *where),
            )


def _clause_to_comma(doc: Doc, start: int, limit: int) -> bool:
    """Whether a short clause runs from ``start`` to a comma with no number in it."""
    for token in doc[start : min(limit, start + 8)]:
        if token.text == ",":
            return True
        if token.like_num:
            return False
    return False


def _whole_of(cand: Cand, made: Mapping[int, Figure]) -> Figure | None:
    """The dated figure of the same sentence whose counted phrase ``cand`` took, following
    the chain of parts ("of whom 44 ..., 87 ..."), or the count told before that the
    sentence names again as its whole ("Of those 1,659,")."""
    source = cand.source
    while source is not None and source.span.sent.start == cand.span.sent.start:
        whole = made.get(id(source))
        if whole is not None and (whole.as_of is not None or whole.period is not None):
            return whole
        source = source.source
    told = made.get(id(cand.whole)) if cand.whole is not None else None
    if told is not None and (told.as_of is not None or told.period is not None):
        return told  # "Of those 1,659, ..., 742 had died": as of the day the 1,659 stood
    return None


_REPORT_YEAR: Final = re.compile(r"(?i)^in (?:19|20)\d\d$")
_OTHER_TIME: Final = re.compile(
    r"(?i)\b(?:year before|year earlier|last year|previous year|this year|previous|earlier)\b"
)
_STATISTICS: Final = frozenset({"other", "detained", "plots_foiled", "victims_total"})


_A_REPORT_SAID: Final = re.compile(
    r"(?i)\b(?:said|says)\b[^.;]{0,30}\b(?:in|on releasing) (?:a|an|its|the) (?:new )?"
    r"(?:annual )?(?:report|study|survey|assessment)\b"
)


def _in_the_report_s_time(figures: list[Figure], doc: Doc, end: int) -> list[Figure]:
    """The counts of a report told after its lead with no time of their own take the lead's:
    its year ("European Union countries reported 120 terrorist attacks in 2023, ... Europol
    said", then "Separatist militants carried out 70 completed attacks"), or the day it came
    out ("..., the Soufan Center said in a report on Tuesday", then "Russia was the largest
    source, with 3,417 fighters")."""
    body = [f for f in figures if any(e.start >= end for e in f.evidence)]
    if not body or body[0].said_by is None:
        return figures
    lead = body[0]
    year = tuple(e for e in lead.evidence if e.field == "period")
    day = tuple(e for e in lead.evidence if e.field == "as_of")
    if lead.period is not None and len(year) == 1 and _REPORT_YEAR.match(year[0].text.strip()):
        cited, categories = year, _STATISTICS
    elif (
        lead.period is None
        and lead.as_of is not None
        and lead.as_of.precision == "day"
        and len(day) == 1
        and _A_REPORT_SAID.search(day[0].sentence)
    ):
        cited, categories = day, frozenset(CATEGORIES)
    else:
        return figures
    lead_sentence = next((e.sentence for e in lead.evidence if e.field == "quantity"), None)
    out: list[Figure] = []
    for figure in figures:
        sentence = next((e for e in figure.evidence if e.field == "quantity"), None)
        if (
            figure is lead
            or figure.as_of is not None
            or figure.period is not None
            or figure.category not in categories
            or sentence is None
            or sentence.start < end
            # "28 ... attacks in 2022, of which 16 were completed, and four people were
            # killed, Europol said on Wednesday": the lead's own sentence tells one time
            or (sentence.sentence != lead_sentence and _time_of_its_own(sentence, doc, figures))
        ):
            out.append(figure)
        elif cited is year:
            out.append(replace(figure, period=lead.period, evidence=figure.evidence + cited))
        else:
            out.append(replace(figure, as_of=lead.as_of, evidence=figure.evidence + cited))
    return out


def _time_of_its_own(evidence: Evidence, doc: Doc, figures: Sequence[Figure]) -> bool:
    """Whether the sentence of the evidence tells a time ("Last week", however vague; "the
    year before") other than that of a count it compares with ("rose to 17 from 12 in 2017":
    the 2017 is the 12's)."""
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None:
        return True
    sent = span.sent
    others = [
        (e.start, e.end)
        for f in figures
        for e in f.evidence
        if e.field in {"period", "as_of"} and sent.start_char <= e.start < sent.end_char
    ]

    # "The Taliban, the deadliest group in 2013, came third with 3,477 deaths": the time in
    # an apposition of the subject tells what the subject was, not when it was counted
    others += [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
        for t in sent
        if t.dep_ == "appos" and t.head.dep_ in {"nsubj", "nsubjpass"}
    ]

    def elsewhere(start: int) -> bool:
        return not any(lo <= start < hi for lo, hi in others)

    text = doc_text(doc)
    return any(
        elsewhere(m.start()) for m in _OTHER_TIME.finditer(text, sent.start_char, sent.end_char)
    ) or any(elsewhere(m.start) for m in dates_in(doc, sent.start_char, sent.end_char))


def _dated_as(figure: Figure, anchor: Figure) -> Figure:
    """The undated part of a broken-down figure takes the whole's date, citing it there
    ("90 had returned" is as of the end of last year, like the 296 it is part of)."""
    if figure.as_of is not None or figure.period is not None:
        return figure
    cited = tuple(e for e in anchor.evidence if e.field in {"as_of", "period"})
    if not cited:
        return figure
    return replace(
        figure, as_of=anchor.as_of, period=anchor.period, evidence=figure.evidence + cited
    )


def _dead_including_someone_named(cand: Cand) -> bool:
    """Whether the dead counted include a person named ("six people had died in all,
    including Zarqawi"): one act's toll, not a tally."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    if verb.lemma_.lower() not in KILL_WORDS | {"die"}:
        return False
    if any(t.ent_type_ == "DATE" for t in verb.sent):
        return False  # "Since 2015, 250 people have died ..., including Samuel Paty": a tally
    return any(
        c.dep_ == "prep"
        and c.lower_ == "including"
        and any(g.ent_type_ == "PERSON" or g.pos_ == "PROPN" for g in c.children)
        for c in verb.children
    )


# "the 56 were 19 men, 12 women, ...": a count broken down into its parts
_A_BREAKDOWN: Final = re.compile(r"\s+(?:were|are|included|include|comprised|comprise)\s")
_INMATES: Final = frozenset({"inmate", "inmates"})
# what people did at one place in one attack
_ONE_PLACE_S_PEOPLE: Final = re.compile(
    r"(?i)^\W*(?:,[^,]{0,60},\s*)?(?:took refuge|sheltered|were sheltering|were trapped|"
    r"were evacuated|hid)\b"
)
_FROM_THEIR_HOMES: Final = re.compile(
    r"(?i)^\W*(?:people\s+)?(?:from|out of) (?:their|his|her) homes?\b"
)


def _killed_with_someone_named(cand: Cand) -> bool:
    """Whether the count is joined to a person named as the object of one killing ("U.S.
    special forces killed Bilal al-Sudani ... and about 10 other fighters"): that act's
    toll, not a tally."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ != "conj":
        return False
    first = head.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ == "VERB":
        # the parse may join the count to the verb itself
        verb = first
        first = next((c for c in verb.children if c.dep_ == "dobj"), verb)
    verb = first.head
    return (
        first.dep_ == "dobj"
        and first.ent_type_ == "PERSON"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in KILL_WORDS
    )


def _breakdown_of_a_count(cand: Cand) -> bool:
    """Whether the count is joined to a bare number told just before it, as a list of who that
    number is ("Eight of the suspects, six men and two women")."""
    head = cand.head
    if head is None or cand.inherited:
        return False
    while head.dep_ == "conj" and head.head.i != head.i and not head.head.like_num:
        head = head.head
    number = head.head
    return (
        head.dep_ in {"conj", "appos"}
        and number.like_num
        and number.i < head.i
        # set off by a comma: not the range "Between 5,000 and 6,000 Europeans"
        and any(t.text == "," for t in head.doc[number.i + 1 : head.i])
    )


def _people_told_of(cand: Cand) -> bool:
    """Whether a count of people detained points at a few people the article tells of ("the
    two men held in Austria and Italy"), not at a tally."""
    doc = cand.span.doc
    start = cand.span.start
    value = cand.quantity.value
    definite = start > 0 and doc[start - 1].lower_ in {"the", "these", "those"}
    return definite and value is not None and value < RAID_SIZE


def _part_of_arrests(cand: Cand) -> bool:
    """Whether the count is a part of "the arrests" ("Twenty-three of the arrests were made in
    Germany"): a part of the tally beside it ("arrested 975 people ..., with 705 of the arrests
    linked to jihadist terrorism") or of arrests the article told as an action."""
    doc = cand.span.doc
    end = cand.span.end
    return (
        end + 2 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_ in {"the", "these", "those"}
        and doc[end + 2].lemma_.lower() in {"arrest", "detention", "raid", "search"}
    )


def _restates(figure: Figure, earlier: Sequence[Figure], text: str) -> bool:
    """Whether ``figure`` refers back to a count the article already gave: a definite "the two
    men" after "two British militants were captured" is the same two people, not a new figure."""
    start = figure.quantity.start
    if not RESTATED.search(text[max(0, start - 8) : start]):
        return False
    q = figure.quantity
    return any(
        (f.quantity.value, f.quantity.minimum, f.quantity.maximum)
        == (q.value, q.minimum, q.maximum)
        for f in earlier
    )


def _rounded_in_headline(figure: Figure, figures: Sequence[Figure], end: int) -> bool:
    """Whether ``figure`` is a headline's rounding of a body figure of the same category:
    "nearly 1,000 arrests" in the headline, "arrested 975 people" in the body."""
    q = figure.quantity
    if end <= 0 or q.value is None or not all(e.start < end for e in figure.evidence):
        return False
    if q.qualifier is None and q.value % 100:
        return False  # neither hedged nor round: a figure of its own
    value = q.value
    return any(
        other.category == figure.category
        and _near(other.quantity, value)
        and any(e.start >= end for e in other.evidence)
        for other in figures
    )


def _near(body: Quantity, value: int) -> bool:
    """Whether a headline's ``value`` rounds the body's quantity: another value within a tenth,
    or a bound of the body's range ("up to 6,000" for "between 5,000 and 6,000")."""
    if body.value is not None:
        return body.value != value and abs(body.value - value) <= value / 10
    bounds = [b for b in (body.minimum, body.maximum) if b is not None]
    return any(abs(b - value) <= value / 10 for b in bounds)


def _arrests_announced(cand: Cand) -> bool:
    """Whether the count is of arrests someone announced or made ("the authorities announced
    nine arrests"): one operation's arrests, which the action extractor reports."""
    head = cand.head
    if head is None or cand.inherited or head.lemma_.lower() != "arrest" or head.dep_ != "dobj":
        return False
    value = cand.quantity.value
    return (
        head.head.lemma_.lower() in {"announce", "make", "report", "confirm"}
        and value is not None
        and value < RAID_SIZE
    )


def _the_number_put(at: Token) -> bool:
    """Whether "at" follows "put the number" (or "the figure", "the total") with nothing saying
    what was counted: "put the number at 200"."""
    verb = at.head
    return (
        at.dep_ == "prep"
        and put_at_root(verb)
        and not any(
            p.dep_ == "prep" and p.lower_ == "of"
            for c in verb.children
            if c.dep_ == "dobj"
            for p in c.children
        )
    )


def _without_body_repeats(figures: Sequence[Figure]) -> list[Figure]:
    """The figures without an undated one that tells an earlier one again, word for word ("about
    30 more Albanians were still in the camps", then "Gledis Nano ... said about 30 Albanians
    remained in the camps"); the earlier one takes the speaker the repeat names."""
    kept: list[Figure] = []
    for figure in figures:
        q = figure.quantity
        earlier = next(
            (
                k
                for k, other in enumerate(kept)
                if (
                    figure.as_of is None
                    and figure.period is None
                    # the first telling dated: a tweet quoted twice in a live blog stays twice
                    and (other.as_of is not None or other.period is not None)
                    and q.value is not None
                    and (other.category, other.quantity.value, other.quantity.qualifier)
                    == (figure.category, q.value, q.qualifier)
                    and other.country == figure.country
                    and other.counted.split()[-1:] == figure.counted.split()[-1:]
                )
                or _said_again(figure, other)
            ),
            None,
        )
        if earlier is None:
            kept.append(figure)
            continue
        first = kept[earlier]
        if first.said_by is None and figure.said_by is not None:
            told = tuple(e for e in figure.evidence if e.field == "said_by")
            kept[earlier] = replace(first, said_by=figure.said_by, evidence=first.evidence + told)
    return kept


def _said_again(figure: Figure, first: Figure) -> bool:
    """Whether an undated figure of no category is a dated one its speaker says again in his
    own words ("About 130 citizens ... have left ..., National Security Minister Edmund Dillon
    told the Senate on Tuesday", then '"... there are approximately 130 nationals who have
    left," Dillon said')."""
    return (
        figure.as_of is None
        and figure.period is None
        and figure.category == "other"
        and (first.as_of is not None or first.period is not None)
        and figure.quantity.value is not None
        and figure.quantity.value == first.quantity.value
        and figure.said_by is not None
        and first.said_by is not None
        and figure.said_by.split()[-1] == first.said_by.split()[-1]
    )


def _repeat_key(figure: Figure) -> tuple[object, ...]:
    """What a headline figure and its telling in the body share: "119 attacks" and "a total of
    119 attacks" are one figure."""
    q = figure.quantity
    if q.value is not None and q.value >= _DISTINCTIVE:
        # "Austria knows of 296 foreign fighters, says returnees pose greatest threat": a count
        # this precise is the body's 296 whatever the headline's other words make of it
        return (q.value,)
    if q.value is not None:
        return (figure.category, q.value)
    return (figure.category, q.minimum, q.maximum)


_DISTINCTIVE = 100  # counts from which a headline's number is the body's, whatever its words


# --- helpers: place, dates, speaker --------------------------------------------------------


def _place_in(
    places: Sequence[PlaceMention],
    lo: int,
    hi: int,
    counted: Span,
    country_at: tuple[int, int] | None,
    number: Span | None = None,
) -> PlaceMention | None:
    doc = counted.doc
    if number is not None:
        # "1,000 to 1,500 in Libya and 200 in Iraq": the place told right after the count
        text = doc_text(doc)
        own = next(
            (
                m
                for m in places
                if m.start_char >= number.end_char
                and _RIGHT_AFTER.fullmatch(text[number.end_char : m.start_char])
            ),
            None,
        )
        if own is not None:
            return own
    for mention in places:
        if not lo <= mention.start_char < hi:
            continue
        if country_at is not None and mention.start_char < country_at[1] <= mention.end_char:
            continue  # the nationality, not the place
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if (
            span is not None
            and span.root.dep_ in {"compound", "amod", "poss", "nmod"}
            and span.root.head.i >= span.end
            and span.root.head.pos_ in {"NOUN", "PROPN"}
        ):
            continue  # "UK nationals", "Britain's jihadists", "Nigeria's Boko Haram": who
        prev = doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
        if prev == "from":
            continue
        if span is not None and len(span.root.conjuncts) >= 2:
            return None  # "Belgium, France, Germany and Britain account for 2,838": no one place
        if span is not None and _in_the_speaker(span):
            continue  # "..., said the research centre, which is based in The Hague"
        if span is not None and PART_BEFORE.search(doc_text(doc)[lo : mention.start_char]):
            return None  # "1,004 people ..., most of them in Britain": where a part is
        if doc_text(doc)[mention.end_char : mention.end_char + 1] in {"-", "‐"}:
            continue  # "US-run facilities": a modifier, not where
        return mention
    return None


_RIGHT_AFTER: Final = re.compile(r"\s+in\s+(?:the\s+)?")


def _removed(verb: Token) -> bool:
    """Whether the verb is a step of a removal the sentence tells ("Turkey deported an American
    ... 11 French ... were being processed"); "60 people have been repatriated in total" is a
    tally."""
    return verb.lemma_.lower() in REMOVAL_STEPS and any(
        t.lemma_.lower() in DEPORTING for t in verb.sent
    )


def _a_share_of(span: Span) -> bool:
    """Whether the count is told as a share of a group: "20 of those who left"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children)


def _what_they_are(share: Span) -> bool:
    """Whether a share is told by what its people are ("17 percent of the fighters are
    women", "converts make up 6 percent"), not by what they did."""
    token = share.root
    while token.dep_ not in {"nsubj", "nsubjpass"} and token.head.i != token.i:
        token = token.head
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    )


# Verbs of saying whose subject is the speaker of a count.
_SAYING: Final = frozenset({"say", "tell", "add", "state", "report", "estimate"})


def _inner_speaker(sent: Span, quantity: Quantity) -> tuple[str, tuple[int, int]] | None:
    """The named speaker of the clause that holds the count ("The new figures show a rise
    since March, when PET said that at least 115 people had gone"): PET said the 115."""
    doc = sent.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span.root.ancestors:
        if verb.lemma_ not in _SAYING or verb.dep_ == "ROOT":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.lower_ in NEWS_AGENCIES:
            # "THE HAGUE (Reuters) - Eight European Union countries reported 142 ...": the
            # agency of the dateline, which the parse may make the subject, speaks for no one
            return None
        words = doc[subject.left_edge.i : subject.i + 1]
        return words.text, (words.start_char, words.end_char)
    return None


def _in_the_speaker(span: Span) -> bool:
    """Whether the words belong to who speaks: the subject of "said" and its clauses."""
    for token in span.root.ancestors:
        if token.dep_ == "nsubj" and token.head.lemma_ in _SAYING:
            return True
    return False


def _speaker(
    sent: Span, quantity: Quantity, quotes: Sequence[Quote]
) -> tuple[str | None, tuple[int, int] | None]:
    for quote in quotes:
        if quote.start <= quantity.start < quote.end:
            if quote.speaker is None:
                return None, None
            at = next(((e.start, e.end) for e in quote.evidence if e.field == "speaker"), None)
            return quote.speaker, at
    inner = _inner_speaker(sent, quantity)
    if inner is not None:
        return inner
    who = speaker_of(sent)
    if who is None and sent.start > 0 and _pronoun_speaks(sent):
        # "..., he told France 2 television": the one person the sentence before named as
        # its speaker, never a guess between two
        before = sent.doc[sent.start - 1].sent
        named = [e for e in (*before.ents, *sent.ents) if e.label_ == "PERSON"]
        who = speaker_of(before)
        if (
            who is None
            and len(named) == 1
            and named[0].start < before.end
            and named[0].root.dep_ == "nsubj"
        ):
            # "Peter Gridling, director of the BVT, gave the figures ...", then "..., he said":
            # the one person the sentence before is about
            who = named[0].text
        if who is None or len(named) != 1 or named[0].text not in who:
            return None, None
        sent = before
    if who is None:
        return None, None
    k = sent.text.find(who)
    if k < 0:
        return who, None
    return who, (sent.start_char + k, sent.start_char + k + len(who))


_SPEAKING_PRONOUNS: Final = frozenset({"he", "she"})


def _pronoun_speaks(sent: Span) -> bool:
    """Whether a speech verb of the sentence has "he" or "she" for subject."""
    return any(
        t.dep_ == "nsubj" and t.lower_ in _SPEAKING_PRONOUNS and t.head.lemma_ in {"say", "tell"}
        for t in sent
    )


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _dates_besides(doc: Doc, sent: Span, told: tuple[int, int] | None) -> list[DateMention]:
    """The sentence's dates other than the one at ``told`` (its count's period); a vague word
    that dates nothing ("recently") is none."""
    return [
        m
        for m in dates_in(doc, sent.start_char, sent.end_char)
        if m.value.precision != "unknown"
        and (told is None or m.end <= told[0] or m.start >= told[1])
    ]


def _on_its_own(cand: Cand) -> bool:
    """Whether the count is no part of a count told before ("Of those, about 100 are believed
    to have died", "Of the 296 foreign fighters, 90 had returned", "141 of the 396 suspects"
    take the time of the whole they count out of)."""
    text = cand.span.sent.text
    return (
        cand.source is None
        and cand.whole is None
        and not cand.inherited
        and _OF_THE.match(text) is None
        and _A_PART_OF.search(text) is None
    )


_A_PART_OF: Final = re.compile(r"(?i)\b[\d,]+ of (?:the|those|them|whom)\b")
