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
    nationals counted as fighters/jihadists/recruits ("British jihadists");
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
people-like, and parts of a count that is no figure ("hundreds of them children").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, get_args

from spacy.tokens import Doc, Span, Token

from ..models import Article, DateValue, Evidence, Place, Quantity
from ..nlp.dates import parse_reference
from ..nlp.numbers import find_quantities, find_shares
from ..nlp.places import Gazetteer, PlaceMention, default_gazetteer
from ..nlp.text import doc_text
from .figure_dates import Period, said_day, standing, when
from .headline import drop_headline_repeats, headline_end
from .lexicon import KILL_WORDS, PEOPLE_NOUNS, RAID_SIZE, TERROR_CUE, WOUND_WORDS
from .quotes import Quote, QuoteExtractor
from .tolls import find_tolls, speaker_of

__all__ = ["CATEGORIES", "Figure", "FigureCategory", "FigureExtractor", "Period"]

FigureCategory = Literal[
    "foreign_fighters_left",
    "foreign_fighters_returned",
    "foreign_fighters_killed",
    "detained",
    "under_watch",
    "radicalised",
    "networks_dismantled",
    "plots_foiled",
    "victims_total",
    "other",
]
CATEGORIES: Final[tuple[FigureCategory, ...]] = get_args(FigureCategory)
"""Every category a figure can have (see the module docstring for how one is chosen)."""

"""``(start, end)``; ``end`` is ``None`` when the period runs to the time of writing."""


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


# --- word lists ------------------------------------------------------------------------------

_EXTRA_PEOPLE: Final = frozenset(
    {
        "jihadist",
        "jihadists",
        "jihadi",
        "jihadis",
        "detainee",
        "detainees",
        "prisoner",
        "prisoners",
        "inmate",
        "inmates",
        "suspect",
        "suspects",
        "returnee",
        "returnees",
        "foreigner",
        "foreigners",
        "minor",
        "minors",
        "orphan",
        "orphans",
        "family",
        "families",
        "wife",
        "wives",
        "widow",
        "widows",
        "relative",
        "relatives",
        "adult",
        "adults",
        "baby",
        "babies",
        "infant",
        "infants",
        "kid",
        "kids",
        "supporter",
        "supporters",
        "sympathiser",
        "sympathisers",
        "sympathizer",
        "sympathizers",
        "extremist",
        "extremists",
        "radical",
        "radicals",
        "hostage",
        "hostages",
        "captive",
        "captives",
        "refugee",
        "refugees",
        "migrant",
        "migrants",
        "westerner",
        "westerners",
        "convert",
        "converts",
        "volunteer",
        "volunteers",
        "mercenary",
        "mercenaries",
        "europeans",
        "women",
        "men",
    }
)
_NOT_PEOPLE: Final = frozenset({"security", "force", "forces", "dead", "injured", "wounded"})
PEOPLE_HEADS: Final = (PEOPLE_NOUNS - _NOT_PEOPLE) | _EXTRA_PEOPLE
"""Head nouns of counted people."""

THING_HEADS: Final = frozenset(
    {
        "plot",
        "plots",
        "attack",
        "attacks",
        "attempt",
        "attempts",
        "network",
        "networks",
        "cell",
        "cells",
        "arrest",
        "arrests",
        "case",
        "cases",
        "investigation",
        "investigations",
        "file",
        "files",
        "prosecution",
        "prosecutions",
        "conviction",
        "convictions",
        "death",
        "deaths",
        "return",
        "returns",
        "departure",
        "departures",
        "repatriation",
        "repatriations",
    }
)
"""Head nouns of counted things analysts track."""

# Words that can be demonyms in the gazetteer but also name an ethnic group in this news.
_NOT_NATIONALITY: Final = frozenset(
    {"turkmen", "persian", "kurd", "kurds", "kurdish", "arab", "arabs", "arabic", "yazidi"}
    | {"yazidis", "muslim", "muslims", "christian", "christians", "jewish", "jews", "sunni"}
    | {"shia", "shiite", "alawite", "druze", "assyrian", "chechen", "chechens", "uighur"}
    | {"uyghur", "pashtun", "hazara", "rohingya", "berber", "baloch", "islamic", "islamist"}
)
_CONTRAST_WORDS: Final = frozenset({"while", "whereas", "whilst", ";"})
_SUBSET_BEFORE: Final = frozenset({"whom", "which", "them", "including", "those", "these"})
_SUBSET_AFTER: Final = frozenset({"them", "whom", "those", "these", "which"})
_FOREIGN_WORDS: Final = frozenset(
    {"nationals", "national", "citizens", "citizen", "foreign", "foreigners", "foreign-born"}
    | {"expatriates", "westerners", "europeans", "nationality"}
)
_COMBATANTS: Final = frozenset(
    {"fighters", "militants", "jihadists", "jihadis", "insurgents", "terrorists", "members"}
    | {"soldiers", "troops", "rebels", "guerrillas", "recruits", "extremists"}
)
_CUT_PUNCT: Final = frozenset({";", ":", "(", ")", "—", "–", "“", "”", '"', "‘", "’", "["})
_NP_MODIFIER_DEPS: Final = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
_MAX_COUNTED = 22
_MIN_OTHER = 10
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_NUMBER_NOUNS = frozenset({"number", "total", "tally", "count"})
_CHANGE_VERBS = frozenset(
    {"rise", "fall", "climb", "drop", "increase", "decrease", "reach", "stand", "hit", "grow"}
    | {"jump", "soar", "double", "be", "decline"}
)
# "Up to 5,000 children in the camps are believed to be foreign nationals".
_FROM_COUNTRIES_TEXT = r"\bfrom (?:more than |at least |some )?\d+ (?:countries|nations)\b"
_FROM_COUNTRIES = re.compile(_FROM_COUNTRIES_TEXT, re.IGNORECASE)
_FROM_COUNTRIES_NEXT = re.compile(r"\s*" + _FROM_COUNTRIES_TEXT, re.IGNORECASE)
_FOREIGN_CUE = re.compile(r"\bforeign(?:ers?)?\b|" + _FROM_COUNTRIES_TEXT, re.IGNORECASE)
_POPULATION_SIZE = 100_000  # "3 million people live there" is a population, not a figure

_DEATH: Final = re.compile(
    r"\b(?:" + "|".join(sorted(KILL_WORDS - {"life", "body"}, key=len, reverse=True)) + r"|"
    r"perished|lost their lives|were? slain)\b"
)
_WOUND: Final = re.compile(r"\b(?:" + "|".join(sorted(WOUND_WORDS, key=len, reverse=True)) + r")\b")
_POPULATION: Final = re.compile(
    r"\b(?:live|lives|living|lived|inhabitants|population|home to|reside\w*|"
    r"(?:province|city|town|region|country|area|enclave) of)\b"
)
_STATE_FORCES: Final = re.compile(
    r"\b(?:troops|soldiers|forces|personnel|servicem[ae]n|diplomats|officials|police\w*|"
    r"officers|aid workers|journalists)\b"
)
_RETURNED: Final = re.compile(
    r"\b(?:return(?:ed|ing|s)?|returnees?|c[oa]me back|coming back|brought back|repatriat\w+|"
    r"back (?:home|in (?:the )?(?:uk|britain|france|europe)))\b"
)
_DETAINED: Final = re.compile(
    # not a bare "hold": "there are thousands of Isis fighters; they hold a small area"
    r"\b(?:detain\w*|detention|held|holding|arrest\w*|captured?|jail\w*|imprison\w*|"
    r"custody|prisons?|prisoners?|incarcerat\w+|behind bars|locked up|convicted|charged)\b"
)
_WATCH: Final = re.compile(
    r"\b(?:watch ?lists?|watchlists?|monitor\w*|under (?:watch|surveillance)|surveillance|"
    r"subjects? of interest|on file|fiche s|flagged|known to (?:the )?(?:security|police|"
    r"intelligence|authorities|mi5)|investigations? involving|"
    r"(?:classed|classified|considered|rated) as (?:posing )?a (?:potential )?threat|gefährder)\b"
)
_RADICAL: Final = re.compile(r"\bradicali[sz]\w*\b")
_FOILED: Final = re.compile(r"\b(?:foil\w*|thwart\w*|disrupt\w*|prevent\w*|avert\w*|stopped)\b")
_PART_BEFORE: Final = re.compile(r"\b(?:most|many|some|half|several) of (?:them|whom)\b[^.]*$")
_ANOTHER: Final = frozenset({"another", "other", "further"})
# Verbs whose object counts the victims of one attack ("stabbed two people"), not a figure.
_ATTACK_VERBS: Final = frozenset({"stab", "shoot", "attack", "behead", "hurt", "injure", "wound"})
# an action's count: "Germany deported 28 Afghan nationals", "Jordan hanged two jihadists"
_REMOVAL_VERBS: Final = frozenset({"deport", "expel", "extradite", "repatriate", "hang", "execute"})
_APPROXIMATORS: Final = frozenset(
    {"around", "about", "some", "nearly", "almost", "approximately", "roughly", "over"}
)
_COMPLETED: Final = re.compile(r"\b(?:completed|carried out|successful)\b")
_PLOTS: Final = re.compile(r"\b(?:plots?|attacks?|attempts?|conspirac\w+)\b")
_DISMANTLED: Final = re.compile(
    r"\b(?:dismantl\w+|broken up|broke up|break up|disrupt\w*|smash\w*|bust\w*|uncovered)\b"
)
_NETWORKS: Final = re.compile(r"\b(?:networks?|cells?|rings?)\b")
_ATTEMPTS: Final = frozenset({"attempt", "attempts"})
_LEFT: Final = re.compile(
    r"\b(?:left|leave|leaving|travel+ed|travel+ing|travel|went|gone|go|going|joined|join|"
    r"joining|depart\w*|flocked|head(?:ed)? (?:to|for)|affiliated with|fighting)\b"
)
_DESTINATION: Final = re.compile(
    r"\b(?:syria|iraq|the region|caliphate|isis|isil|daesh|islamic state|is|jihad|war zones?|"
    r"conflict zones?|battlefields?|join|fight|abroad|militants)\b"
)
_JOINED: Final = re.compile(r"\bjoin(?:ed|ing|s)?\b|\baffiliated with\b")
# Leaving to join a group says the people went abroad, with or without a nationality named.
_LEFT_TO_JOIN: Final = re.compile(
    r"\b(?:left|leave|leaving|travel|travel+ed|gone|went)\b(?:\W+\w+){0,8}?\W+to (?:join|fight)\b"
)
_FOREIGN_FIGHTERS: Final = re.compile(
    r"\bforeign (?:fighters|jihadists|militants|recruits|members)\b"
)
_AGGREGATE: Final = re.compile(
    r"\b(?:in total|in all|a total of|so far|to date|since|"
    r"(?:over|in|during) the (?:past|last)(?! (?:\d+|few|several|twenty-four) (?:hours|days))|"
    r"this year|last year|each year|every year|(?<!than )(?<!for )(?<!to )a year|per year|"
    r"over (?:\w+ )?(?:years|months|decades?)|altogether|overall|cumulative|combined)\b",
    re.IGNORECASE,
)
# "the deadliest attack since 2001" compares one event with the past: no period, no total.
_SUPERLATIVE_SINCE: Final = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|first|most \w+)\b[^,.;]{0,60}?\bsince\b",
    re.IGNORECASE,
)
# "20 years since the Madrid train bombings, in which militants killed 191 people": one event
# recalled, no period.
_SINCE_EVENT: Final = re.compile(
    r"\bsince (?:the|a|an|last|this) (?:[\w'’-]+ ){0,3}?"
    r"(?:attacks?|bombings?|shootings?|massacres?|explosions?|blasts?|assault|killings?)\b",
    re.IGNORECASE,
)
# A count that is the subject of one of these verbs counts the sources of a report ("two
# officials confirmed"), not people an analyst tracks.
_REPORTING: Final = frozenset(
    {"say", "tell", "confirm", "report", "add", "state", "announce", "deny", "speak", "brief"}
)
_RESTATED: Final = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_MILITANT_CONTEXT: Final = re.compile(
    r"\b(?:isis|isil|daesh|islamic state|jihad\w*|fighters?|militants?|caliphate|extremis\w+|"
    r"terror\w*|radicali[sz]\w+|al-qaida|al-qaeda)\b",
    re.IGNORECASE,
)
_DISPLACED: Final = frozenset(
    {"refugees", "refugee", "migrants", "migrant", "displaced", "civilians", "residents"}
    | {"villagers", "asylum", "seekers", "pilgrims", "tourists"}
)
_STRIKE_WORDS: Final = frozenset(
    {"airstrike", "strike", "jet", "drone", "missile", "bombardment", "offensive", "shell"}
    | {"clash", "counterattack", "counter-attack", "battle", "firefight", "skirmish"}
    | {"operation", "barrage", "artillery", "plane", "aircraft", "warplane", "helicopter"}
)
_LOCAL_COUNTRIES: Final = frozenset({"SY", "IQ"})  # nationals of the war's own countries
_NOT_FOREIGN_FIGHTERS: Final = frozenset(
    {"babies", "baby", "infants", "children", "kids", "orphans", "pupils", "students"}
)
_EVENT_NOUNS: Final = frozenset(
    {"bomb", "bombing", "blast", "explosion", "attack", "shooting", "stabbing", "strike"}
    | {"airstrike", "raid", "ambush", "massacre", "assault", "bomber", "siege", "shelling"}
)


# --- internal records ------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    """A quantity of one sentence on its way to becoming a figure."""

    quantity: Quantity  # offsets in the article text
    span: Span  # its tokens
    head: Token | None = None  # head noun of the counted phrase
    counted: Span | None = None
    skip: bool = False  # a toll or a part of one: it and its subsets are no figures
    inherited: bool = False  # counted phrase taken from an earlier quantity
    source: _Cand | None = None  # the quantity whose counted phrase this one took
    kept: bool = False  # became a figure
    category: FigureCategory | None = None  # the kept figure's category


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
        carried: list[_Cand] = []
        gap = 0
        for sent in doc.sents:
            found, cands = self._sentence(sent, article, quotes, places, reference, carried)
            for figure in found:
                if not _restates(figure, figures, text):
                    figures.append(figure)
            # "Cazeneuve said 142 have been killed": a bare count at the start of the next
            # sentence counts the group the last figure counted (a whole, not one of its parts:
            # "..., including 4,640 children. At least 7,366 of them"). One sentence that counts
            # nothing tracked ("The fighters came from at least 86 countries") does not break
            # the thread: "About 5,000 of them came from the European Union" follows it.
            kept = [c for c in cands if c.kept and (c.source is None or c.inherited)][-1:]
            gap = 0 if kept else gap + 1
            if kept or gap > 1:
                carried = kept
        # "MI5 says 43 plots foiled" in the headline, told again in the body with its speaker
        end = headline_end(doc, article)
        figures = drop_headline_repeats(
            figures, evidence=lambda f: f.evidence, key=_repeat_key, end=end
        )
        return [f for f in figures if not _rounded_in_headline(f, figures, end)]

    # ------------------------------------------------------------------------------ sentence

    def _sentence(
        self,
        sent: Span,
        article: Article,
        quotes: Sequence[Quote],
        places: Sequence[PlaceMention],
        reference: dt.date | None,
        carried: Sequence[_Cand] = (),
    ) -> tuple[list[Figure], list[_Cand]]:
        """The sentence's figures, and its quantities (``carried`` are the previous sentence's
        kept ones, which a bare count here may refer to)."""
        doc = sent.doc
        base = sent.start_char
        found = sorted(find_quantities(sent.text) + find_shares(sent.text), key=lambda q: q.start)
        if not found:
            return [], []
        tolls = [(f.quantity.start, f.quantity.end) for f in find_tolls(sent)]
        single_event = _single_event(sent) and not _is_total(sent.text)
        cands: list[_Cand] = []
        for q in found:
            start, end = base + q.start, base + q.end
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0 or (cands and span.start < cands[-1].span.end):
                continue
            quantity = Quantity(
                q.value, q.qualifier, q.minimum, q.maximum, q.text, start, end, q.percent
            )
            cands.append(_Cand(quantity, span))
        for k, cand in enumerate(cands):
            limit = cands[k + 1].span.start if k + 1 < len(cands) else sent.end
            self._find_counted(cand, cands[:k], limit, carried)
            start, end = cand.quantity.start, cand.quantity.end
            if single_event and any(s < end and start < e for s, e in tolls):
                cand.skip = True
            if k and _part_of_toll(cand, cands[k - 1], tolls):
                cand.skip = True  # "killed at least 85 people, including 13 U.S. service members"
            if k and _breakdown(cand, cands[k - 1], self.gazetteer):
                cand.skip = True  # "four people, three Moroccans and a Spaniard": a part
        figures: list[Figure] = []
        for k, cand in enumerate(cands):
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
            if (
                figure is not None
                and (single_event or (tolls and not _counts_attacks(cand)))
                and figure.category == "other"
            ):
                # "a synagogue where more than 50 worshippers were": the scene; but "205 ...
                # attacks in 2017, in which 68 people were killed" counts attacks, with tolls
                continue
            if figure is not None:
                cand.kept = True
                cand.category = figure.category
                figures.append(figure)
        return figures, cands

    # --------------------------------------------------------------------------- counted NP

    def _find_counted(
        self, cand: _Cand, earlier: Sequence[_Cand], limit: int, carried: Sequence[_Cand] = ()
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
        subset = before in _SUBSET_BEFORE and before2 in {"of", "among"}
        opening = [t.lower_ for t in doc[first : span.start] if not t.is_space]
        if len(opening) == 3 and opening in (
            ["of", w, ","] for w in ("those", "them", "these", "whom")
        ):
            # "Of those, 1,310 were referred because of ...": a part of the last group counted
            self._inherit(cand, earlier or carried)
            return
        last = next((c for c in reversed(earlier) if _is_people(c)), None)
        if (
            last is not None
            and not last.skip
            and (before == "including" or (before == "and" and last.source is not None))
        ):
            # "41,490 people ..., including up to 4,761 women and 4,640 children": parts of
            # that count, counted as they are ("women") but tracked as the whole was
            cand.source = last.source or last
        if (after == "of" and after2 in _SUBSET_AFTER) or subset:
            # "of whom about 300", "30 of them"; "Around 425 of them have returned" may open the
            # sentence after the one that counted them
            pronoun = after2 in {"them", "these", "those"}
            self._inherit(cand, earlier or (carried if pronoun else ()))
            return
        if after == "of":
            j += 1  # "dozens of Isis members", "300 of the 850 Britons"
            if j < limit and doc[j].lower_ in {"the", "these", "those", "their", "its"}:
                j += 1
        j = _after_participles(doc, j, limit)
        head = _head_noun(doc, span, j, limit)
        if head is None:
            number_of = _number_of(span)
            if number_of is not None:
                # "The number of people referred to Prevent rose to 6,817"
                cand.head, cand.counted = number_of
                return
            k = j + 1 if j < limit and doc[j].is_quote else j  # '"two or three thousand" are'
            # "142 have been killed"; not "reported 205 foiled ..." (a verb that modifies it)
            elliptic = k < limit and doc[k].pos_ in {"AUX", "VERB"} and doc[k].dep_ != "acl"
            listed = before == "and" and after in {"over", "for", "because", "in", "on", "with"}
            # "Belgium, with some 470, had ...": a count given to a country of the group
            given = before == "with" and after in {",", ")"} and bool(earlier)
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
            return
        if head.pos_ == "PRON":
            self._inherit(cand, earlier)
            return
        cand.head = head
        cand.counted = _counted_span(doc, j, head, limit)

    @staticmethod
    def _inherit(cand: _Cand, earlier: Sequence[_Cand]) -> None:
        for prev in reversed(earlier):
            if prev.counted is not None or prev.skip:
                cand.head, cand.counted = prev.head, prev.counted
                cand.skip = prev.skip
                cand.inherited = True
                cand.source = prev
                return

    # ------------------------------------------------------------------------------- figure

    def _figure(
        self,
        cand: _Cand,
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
        if _is_age_or_label(cand.span):
            return None
        right = _right_words(cand, next_start)
        left = _left_words(cand.span, prev_end)
        verb_near, verb_far, clause = _governor_words(cand, others)
        counted_text = _lower(counted)
        country, country_at = self._country(cand)
        # "41,490 people from 80 countries", with the countries counted apart
        from_countries = _FROM_COUNTRIES_NEXT.match(doc_text(doc), counted.end_char)
        foreign = (
            country is not None or _foreign(cand, self.gazetteer) or from_countries is not None
        ) and (country not in _LOCAL_COUNTRIES)
        right_short = " ".join(right.split()[:4])
        left_tail = " ".join(left.split()[-3:])
        category = _category(
            [
                (verb_near, True),
                (right_short, True),
                (left_tail, True),
                (verb_far + " " + right, False),
                (left, False),
                (_own_verbs(cand), True),
                (counted_text, False),
            ],
            head,
            foreign=foreign,
            sentence=sent.text.lower(),
            counted=counted_text,
            event_toll=_event_toll(cand),
            size=max(quantity.value or 0, quantity.minimum or 0, quantity.maximum or 0),
        )
        if category is None:
            return None
        source = cand.source
        # "Another 60 are still thought to be in the conflict zone", after "130 have returned":
        # a new sentence about others; "4,000 ... traveled, and another 5,000 from ..." shares
        # its verb and what it counts
        another = cand.span.start > sent.start and doc[cand.span.start - 1].lower_ in _ANOTHER
        if (
            category == "other"
            and source is not None
            and source.category is not None
            and not (another and source.span.sent.start != sent.start)
        ):
            # "About 5,000 of them came from the European Union": a part of the fighters
            # counted before is counted as they were, whatever its own verb says
            category = source.category
        head_word = head.lower_
        is_people = head_word in PEOPLE_HEADS or _is_demonym_head(head, self.gazetteer)
        if not is_people and (head_word not in THING_HEADS or category == "victims_total"):
            return None  # "several major attacks ... killed" counts attacks, not victims
        if category == "under_watch" and not is_people:
            category = "other"  # "500 live investigations involving 3,000 people": the 3,000
        if _is_source(cand):
            return None
        if head.dep_ == "dobj" and not cand.inherited:
            verb_lemma = head.head.lemma_.lower()
            if verb_lemma in _ATTACK_VERBS:
                return None  # "a man freed from prison stabbed two people": an attack's victims
            if verb_lemma in _REMOVAL_VERBS:
                return None  # "Germany deported 28 Afghan nationals": an action's count
        vague = quantity.value is None and quantity.minimum is None and quantity.maximum is None
        if vague and quantity.percent is None:
            return None  # "many", "numerous", "a handful": nothing to track
        if category == "other":
            big = max(quantity.value or 0, quantity.minimum or 0, quantity.maximum or 0)
            if big < _MIN_OTHER:
                return None
            if not foreign and not _about_the_field(sent):
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
        lo = _left_start(cand.span, prev_end)
        # "760 from Germany, while Belgium, with some 470, ...": the place is in the count's
        # own clause, not in a contrasting one
        next_start = next(
            (t.i for t in doc[cand.span.end : next_start] if t.lower_ in _CONTRAST_WORDS),
            next_start,
        )
        hi = doc[next_start - 1].idx + len(doc[next_start - 1].text)
        place = _place_in(places, lo, hi, counted, country_at)
        if place is None and clause is not None:
            first, last = doc[clause[0]], doc[clause[1] - 1]
            place = _place_in(places, first.idx, last.idx + len(last), counted, country_at)
        if place is not None:
            cite("place", place.start_char, place.end_char)
        date_lo = min(lo, doc[prev_end].idx if prev_end < len(doc) else lo)
        verb = next((t for t in cand.span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and verb.dep_ == "conj":
            # "X was detained on Christmas Eve, and police arrested three people on Saturday":
            # a clause joined by "and" has its own day
            date_lo = max(date_lo, verb.left_edge.idx)
        as_of, period, date_at = when(doc, date_lo, hi, counted, reference)
        if as_of is None and period is None and standing(verb):
            # "900 have travelled, and 40 percent of them have returned, X said on Monday"
            as_of, date_at = said_day(doc, sent)
        undated_or_day = period is None and (as_of is None or as_of.precision == "day")
        if category == "detained" and undated_or_day and _one_arrest(cand):
            return None  # "police detained four men in a raid": an arrest (an action)
        if date_at is not None:
            cite("as_of" if as_of is not None else "period", *date_at)
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

    # ------------------------------------------------------------------------------- country

    def _country(self, cand: _Cand) -> tuple[str | None, tuple[int, int] | None]:
        """The nationality of the people counted, when the text states it."""
        assert cand.counted is not None and cand.head is not None
        doc = cand.span.doc
        gaz = self.gazetteer
        found: dict[str, tuple[int, int]] = {}
        counted = cand.counted
        head = cand.head
        for token in counted:
            if token.i > head.i:
                break
            code = _nationality(token, gaz)
            if code is not None:
                found.setdefault(code, (token.idx, token.idx + len(token.text)))
        # "from Britain" inside the phrase or right after the quantity ("at least 10 from Britain")
        tails = [t for t in counted if t.i > head.i]
        if cand.span.end < cand.span.sent.end and doc[cand.span.end].lower_ == "from":
            tails = [doc[cand.span.end], *doc[cand.span.end + 1 : cand.span.end + 4]]
            if cand.inherited:
                found.clear()
        for k, token in enumerate(tails[:-1]):
            if token.lower_ == "from":
                named = _gpe_country(tails[k + 1], gaz)
                if named is not None:
                    found.setdefault(*named)
                break
        # "Around 1,700 came from France, 760 from Britain": the first "from" of the count's
        # own verb says where they came from (the later ones belong to the later counts)
        own_verb = cand.span.root.head
        if not found and cand.inherited and own_verb.lemma_.lower() in {"come", "be"}:
            froms = [
                obj
                for prep in own_verb.children
                if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i >= cand.span.end
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
            named = _gpe_country(froms[0], gaz) if froms else None
            if named is not None:
                found[named[0]] = named[1]
        # "Belgium, with some 470, had the highest number": the country the count is given to
        start = cand.span.start
        if (
            not found
            and cand.inherited
            and start >= 3
            and doc[start - 1].lower_ == "with"
            and doc[start - 2].text == ","
        ):
            named = _gpe_country(doc[start - 3], gaz)
            if named is not None:
                found[named[0]] = named[1]
        # "Britain's 900 jihadists"
        if not found and start >= 2 and doc[start - 1].lower_ in {"'s", "’s"}:
            named = _gpe_country(doc[start - 2], gaz)
            if named is not None:
                found[named[0]] = named[1]
        # "Australia believes more than 100 of its citizens were fighting": the country whose
        # citizens they are is the subject the possessive refers to
        if not found and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            named = _subject_country(head, gaz)
            if named is not None:
                found[named[0]] = named[1]
        # "270 people have travelled from the Netherlands to Syria": the country they left
        verb = head.head
        if not found and verb.pos_ == "VERB" and _LEFT.fullmatch(verb.lower_):
            sources = [
                obj
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "from"
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
            # "1,050 Islamists had left Germany for Syria"
            sources += [obj for obj in verb.children if obj.dep_ == "dobj"]
            for obj in sources:
                named = _gpe_country(obj, gaz)
                if named is not None:
                    found[named[0]] = named[1]
        if len(found) != 1:
            return None, None
        code, at = next(iter(found.items()))
        return code, at


def _subject_country(token: Token, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    """The country named as the subject of the nearest clause above ``token``."""
    node = token
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.i < token.i and token not in child.subtree:
                return _gpe_country(child, gaz)
    return None


def _gpe_country(token: Token, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    """The country a GPE entity at ``token`` names, with the entity's character offsets."""
    ent = _ent_at(token)
    if ent is None or ent.label_ != "GPE":
        return None
    place = gaz.country(ent.text)
    if place is None or place.country is None:
        return None
    return place.country, (ent.start_char, ent.end_char)


# --- helpers: counted phrase -------------------------------------------------------------------


def _head_noun(doc: Doc, qspan: Span, j: int, limit: int) -> Token | None:
    """The head noun of the phrase a quantity counts: the parse's head of the number when it
    follows the number, else the first noun that is not a pre-modifier."""
    for token in qspan:
        head = token.head
        if (
            token.dep_ in {"nummod", "quantmod", "amod", "compound"}
            and head.i >= j
            and head.i < min(limit, j + 7)
            and head.pos_ in {"NOUN", "PROPN"}
            and all(not _breaks_np(t) for t in doc[j : head.i])
        ):
            return _climb_compound(head, limit)
    for k in range(j, min(limit, j + 7)):
        token = doc[k]
        if _breaks_np(token):
            return None
        if token.pos_ == "PRON":
            return token if token.lower_ in _SUBSET_AFTER else None
        if token.pos_ in {"NOUN", "PROPN"}:
            nxt = doc[k + 1] if k + 1 < limit else None
            if (
                token.dep_ in _NP_MODIFIER_DEPS
                and token.head.i > k
                and token.head.i < min(limit, j + 8)
            ):
                continue
            if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ != "appos":
                continue
            return token
    return None


def _after_participles(doc: Doc, j: int, limit: int) -> int:
    """Past a list of participles or adjectives before the counted noun ("205 foiled, failed
    or completed terrorist attacks"), which the parse reads as verbs; ``j`` when there is none."""
    k, words = j, 0
    while k < limit and doc[k].tag_ in {"VBN", "VBD", "JJ"}:
        words += 1
        following = k + 1
        if following < limit and doc[following].text == ",":
            following += 1
        if following < limit and doc[following].lower_ in {"or", "and"}:
            following += 1
        if following == k + 1:
            return k + 1 if words > 1 else j
        k = following
    return j


def _climb_compound(token: Token, limit: int) -> Token:
    """From a pre-modifier to the noun it modifies ("Isis" in "Isis foreign fighters")."""
    while (
        token.dep_ in {"compound", "nmod", "amod"}
        and token.i < token.head.i < limit
        and token.head.pos_ in {"NOUN", "PROPN"}
        and all(not _breaks_np(t) for t in token.doc[token.i + 1 : token.head.i])
    ):
        token = token.head
    return token


def _breaks_np(token: Token) -> bool:
    if token.is_punct and token.text not in {"-", "‐", "'s", "’s"}:
        return True
    if token.pos_ in {"AUX", "ADP", "SCONJ", "PART"} and token.lower_ not in {"'s", "’s"}:
        return True
    return token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}


def _number_of(span: Span) -> tuple[Token, Span] | None:
    """What "the number of ..." before the quantity counts, when the sentence says that number
    rose, fell or stood at the quantity ("The number of people referred to Britain's Prevent
    programme rose to 6,817")."""
    for token in span.sent:
        if token.i >= span.start:
            return None
        if token.lower_ not in _NUMBER_NOUNS:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is None or noun.lower_ not in PEOPLE_HEADS:
            continue
        # the parse of such long subjects is unreliable: look for "rose to", "stood at",
        # "reached" right before the quantity
        doc = span.doc
        k = span.start - 1
        if k > noun.i and doc[k].lower_ in {"to", "at"}:
            k -= 1
            while k > noun.i + 1 and doc[k].pos_ == "ADV":
                k -= 1  # "fell slightly to 27,200"
            if k - 1 > noun.i and doc[k].like_num and doc[k - 1].lower_ == "from":
                k -= 2  # "rose from 6,000 to 6,817": the count now, not the one before
        if k <= noun.i or doc[k].lemma_.lower() not in _CHANGE_VERBS:
            continue
        end = k
        while end > noun.i + 1 and (
            doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "DET", "AUX"}
        ):
            end -= 1  # "extremists considered violent had risen to": not "had"
        return noun, doc[noun.left_edge.i : end]
    return None


def _counted_span(doc: Doc, j: int, head: Token, limit: int) -> Span:
    """From the first word after the quantity to the end of the head's phrase: its
    complements and relative clauses, cut at a comma that does not continue a list."""
    members = {t.i for t in head.subtree}
    end = head.i + 1
    k = head.i + 1
    stop = min(limit, head.i + _MAX_COUNTED)
    while k < stop and k in members:
        token = doc[k]
        if token.text in _CUT_PUNCT:
            break
        if token.text == ",":
            nxt = doc[k + 1 : min(stop, k + 4)]
            if not any(t.dep_ == "conj" and t.head.i in range(j, k) for t in nxt):
                break
        if _AGGREGATE.fullmatch(token.lower_) or token.lower_ in {"since", "including"}:
            break
        if token.head.i == head.i and _time_phrase(token):
            break  # "attacks in 2017": when they were counted is the period, not what
        if token.tag_ in {"VBD", "VBZ", "VBP"} and token.head.i == head.i and token.dep_ != "relcl":
            break  # a finite verb the parser hung on the noun: the sentence's own predicate
        k += 1
        if not token.is_punct and token.pos_ not in {"CCONJ", "ADP", "DET", "SCONJ"}:
            end = k
    return doc[j:end]


def _time_phrase(token: Token) -> bool:
    """Whether ``token`` opens a phrase of time: "in 2017", "during the last year"."""
    if token.pos_ != "ADP":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ == "DATE" or _YEAR.fullmatch(o.text) is not None for o in objects
    )


def _counts_attacks(cand: _Cand) -> bool:
    head = cand.head
    return head is not None and head.tag_ == "NNS" and head.lemma_.lower() in _EVENT_NOUNS


def _is_age_or_label(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    return before in {"aged", "age", "ages", "number", "no", "no."}


# --- helpers: clause words --------------------------------------------------------------------


def _lower(span: Span) -> str:
    return " ".join(t.lower_ for t in span)


def _right_words(cand: _Cand, next_start: int) -> str:
    """Up to eight words after the counted phrase, not past the next quantity or a semicolon."""
    assert cand.counted is not None
    doc = cand.span.doc
    start = max(cand.counted.end, cand.span.end)
    if cand.inherited:
        start = cand.span.end
    holding = _holding_verb(cand)
    out: list[str] = []
    for token in doc[start:next_start]:
        if token.text in {";", ":"} or len(out) >= 10:
            break
        if holding is None or token.i != holding.i:
            out.append(token.lower_)
    return " ".join(out)


def _holding_verb(cand: _Cand) -> Token | None:
    """The verb of "35,000 fighters held 17,500 square miles": the counted hold something,
    nobody holds them, so the verb is no detention cue."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.lemma_ == "hold" and any(c.dep_ == "dobj" for c in verb.children):
        return verb
    return None


def _left_start(span: Span, prev_end: int) -> int:
    doc = span.doc
    k = span.start
    count = 0
    while k > prev_end and count < 8:
        if doc[k - 1].text in {",", ";", ":", "(", "—", "–"}:
            break
        k -= 1
        count += 1
    return doc[k].idx


def _left_words(span: Span, prev_end: int) -> str:
    doc = span.doc
    start_char = _left_start(span, prev_end)
    return " ".join(t.lower_ for t in doc[prev_end : span.start] if t.idx >= start_char)


def _governor_words(cand: _Cand, others: Sequence[Span]) -> tuple[str, str, tuple[int, int] | None]:
    """The verb the counted noun hangs from (with its particles and auxiliaries), then its
    complements and prepositional objects; clauses holding another quantity are left out."""
    head = cand.head
    if head is None or cand.inherited:
        head = _number_token(cand.span)
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    if verb.i == head.i - 1 and verb.lower_ in _APPROXIMATORS and verb.head.i != verb.i:
        # "Around 200 of those who went are believed to have been killed", with "Around"
        # parsed as the number's head: the verb is above it
        head, verb = verb, verb.head
    if verb.lower_ in {"percent", "%", "cent"} and verb.head.i != verb.i:
        head, verb = verb, verb.head  # "About 20 percent of those ... are believed killed"
    if verb.i == head.i:
        return "", "", None
    holding = _holding_verb(cand)
    near: list[Token] = [] if holding is not None and holding.i == verb.i else [verb]
    far: list[Token] = []
    for child in verb.children:
        if child.i == head.i:
            continue
        sub = list(child.subtree)
        if any(o.start >= sub[0].i and o.end <= sub[-1].i + 1 for o in others):
            continue
        if child.dep_ in {"prt", "aux", "auxpass", "neg", "acomp"}:
            near.extend(sub)
        elif child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            # "are known to have been killed", "are believed to have travelled"
            close = [child] + [
                c for c in child.children if c.dep_ in {"prt", "aux", "auxpass", "neg"}
            ]
            near.extend(close)
            far.extend(t for t in sub if t not in close)
        elif child.dep_ in {"attr", "oprd", "dobj", "xcomp", "ccomp", "prep", "agent", "advcl"}:
            far.extend(sub)
    own = {t.i for t in head.subtree}
    doc = cand.span.doc

    def words(tokens: list[Token]) -> str:
        kept = sorted({t.i for t in tokens if t.i not in own})
        return " ".join(doc[i].lower_ for i in kept)

    span = (min(t.i for t in near + far), max(t.i for t in near + far) + 1)
    return words(near), words(far), span


def _number_token(span: Span) -> Token:
    for token in reversed(span):
        if token.like_num or token.pos_ == "NUM":
            return token
    return span.root


# --- helpers: category -------------------------------------------------------------------------


def _category(
    groups: Sequence[tuple[str, bool]],
    head: Token,
    *,
    foreign: bool,
    sentence: str,
    counted: str,
    event_toll: bool = False,
    size: int = 0,
) -> FigureCategory | None:
    """The category from the first group of words holding a cue (see the module docstring).
    Each group is ``(words, close)``: death words count only in close groups (the governing
    verb, the words right after the counted phrase or right before the quantity, the phrase
    itself). ``None`` for a death or injury count that is neither about foreign fighters, nor
    about combatants, nor a total over a period."""
    head_word = head.lower_
    militant_context = bool(_MILITANT_CONTEXT.search(sentence)) or foreign
    not_fighters = head_word in _DISPLACED or bool(_STATE_FORCES.search(counted))
    total = _is_total(sentence)
    for words, close in groups:
        if not words.strip():
            continue
        if close and _DEATH.search(words):
            if event_toll and not total:
                return None  # "airstrikes killed 120 fighters": a toll
            if foreign and not not_fighters and head_word not in _NOT_FOREIGN_FIGHTERS:
                return "foreign_fighters_killed"
            if not total:
                return None  # a toll, not a figure tracked over time
            return "other" if head_word in _COMBATANTS else "victims_total"
        if close and _WOUND.search(words):
            return "victims_total" if total and not foreign else None
        if close and size >= _POPULATION_SIZE and _POPULATION.search(words):
            return None  # "a province of 2 million people", "where 3 million people live"
        if _RADICAL.search(words):
            return "radicalised"
        if _WATCH.search(words):
            return "under_watch"
        if _RETURNED.search(words) and militant_context and not not_fighters:
            return "foreign_fighters_returned"
        if _DETAINED.search(words):
            return "detained"
        if (
            _FOILED.search(words)
            and (_PLOTS.search(words) or head_word in THING_HEADS)
            and not _COMPLETED.search(sentence)
        ):
            return "plots_foiled"  # not "119 completed, failed or foiled attacks": all of them
        if _DISMANTLED.search(words) and (
            _NETWORKS.search(words) or (head_word in THING_HEADS and head_word not in _ATTEMPTS)
        ):
            # not "three attempts to dismantle Obamacare": what was dismantled is named
            return "networks_dismantled"
        if (
            foreign
            and _LEFT.search(words)
            and (
                _DESTINATION.search(words)
                or _DESTINATION.search(sentence)
                or _JOINED.search(words)
                or _FOREIGN_FIGHTERS.search(sentence)
            )
            and militant_context
            and not not_fighters
            and head_word not in _NOT_FOREIGN_FIGHTERS
        ):
            return "foreign_fighters_left"
        if (
            _LEFT_TO_JOIN.search(words)
            and militant_context
            and not not_fighters
            and head_word not in _NOT_FOREIGN_FIGHTERS
        ):
            return "foreign_fighters_left"  # "5,000 people have left to join militant groups"
        if _FOREIGN_FIGHTERS.search(words):
            return "foreign_fighters_left"
    fighters = {"fighters", "jihadists", "jihadis", "recruits", "militants"}
    if foreign and head_word in fighters and not not_fighters:
        return "foreign_fighters_left"
    if (
        foreign
        and militant_context
        and _JOINED.search(sentence)
        and not not_fighters
        and head_word not in _NOT_FOREIGN_FIGHTERS
    ):
        return "foreign_fighters_left"  # "41,490 people from 80 countries became affiliated"
    if _STATE_FORCES.search(counted):
        return None  # troops deployed, officials: actions and sources, not tracked figures
    return "other"


def _about_the_field(sent: Span) -> bool:
    """Whether the sentence, or the one before it (when that one is not about a single attack),
    is about terrorism or political violence or about foreigners ("Between 1,000 and 1,500 men
    are believed to be still inside the pocket" after a sentence on the Isis enclave)."""
    if TERROR_CUE.search(sent.text) or _FOREIGN_CUE.search(sent.text):
        return True
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    # "The shooting took place ... near the stadium. Some 35,000 spectators were kept inside":
    # after a sentence on one attack, a count of others is a detail of its scene
    return bool(TERROR_CUE.search(before.text)) and not _single_event(before)


def _is_total(sentence: str) -> bool:
    """Whether the sentence gives a period or a total, not counting "since" after a
    superlative ("the deadliest attack since 2001") nor "since" an event ("since the attack")."""
    return bool(_AGGREGATE.search(_SINCE_EVENT.sub(" ", _SUPERLATIVE_SINCE.sub(" ", sentence))))


def _restates(figure: Figure, earlier: Sequence[Figure], text: str) -> bool:
    """Whether ``figure`` refers back to a count the article already gave: a definite "the two
    men" after "two British militants were captured" is the same two people, not a new figure."""
    start = figure.quantity.start
    if not _RESTATED.search(text[max(0, start - 8) : start]):
        return False
    q = figure.quantity
    return any(
        (f.quantity.value, f.quantity.minimum, f.quantity.maximum)
        == (q.value, q.minimum, q.maximum)
        for f in earlier
    )


def _part_of_toll(cand: _Cand, previous: _Cand, tolls: Sequence[tuple[int, int]]) -> bool:
    """Whether ``cand`` counts some of the dead or hurt of the toll just before it."""
    doc = cand.span.doc
    before = doc[cand.span.start - 1].lower_ if cand.span.start > 0 else ""
    start, end = previous.quantity.start, previous.quantity.end
    return before in {"including", "among"} and any(s < end and start < e for s, e in tolls)


def _single_event(sent: Span) -> bool:
    """Whether the sentence reports one attack: a singular attack noun ("a bomb", "the
    attack"), or an attack verb in the simple past with an attack noun as subject."""
    return any(t.lemma_.lower() in _EVENT_NOUNS and t.tag_ in {"NN", "NNP"} for t in sent)


def _foreign(cand: _Cand, gaz: Gazetteer) -> bool:
    """Whether the counted people are described as foreign: a nationality or "foreign" before
    the head noun ("British citizens", "foreign fighters"), or "who left/travelled/joined"."""
    assert cand.counted is not None and cand.head is not None
    head = cand.head
    before = [t for t in cand.counted if t.i <= head.i]
    if any(t.lower_ in _FOREIGN_WORDS for t in before):
        return True
    if any(_nationality(t, gaz) is not None for t in before):
        return True
    text = _lower(cand.counted)
    if _FROM_COUNTRIES.search(text):
        return True  # "41,490 people from 80 countries"
    return bool(re.search(r"\bwho (?:had |have |has )?(?:left|travel+ed|went|gone|joined)\b", text))


def _own_verbs(cand: _Cand) -> str:
    """The verbs said of the counted noun inside its own phrase ("British men killed fighting",
    "nationals who left"), not those of another subject ("children whose parents died")."""
    head = cand.head
    if head is None or cand.inherited:
        return ""
    words: list[str] = []
    for child in head.children:
        if child.dep_ not in {"acl", "relcl", "amod"} or child.i < head.i:
            continue
        subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(c.lower_ not in {"who", "that", "which"} for c in subjects):
            continue
        words.append(child.lower_)
        words.extend(
            c.lower_ for c in child.children if c.dep_ in {"aux", "auxpass", "prt", "neg", "xcomp"}
        )
    return " ".join(words)


def _event_toll(cand: _Cand) -> bool:
    """Whether the count is the object of a killing done by an attack ("airstrikes killed 120
    fighters", "a series of raids killed ..."): a toll, not a tracked figure."""
    head = cand.head if cand.head is not None and not cand.inherited else None
    if head is None:
        return False
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    if verb.lower_ not in KILL_WORDS and verb.lemma_ not in KILL_WORDS:
        return False
    events = _EVENT_NOUNS | _STRIKE_WORDS
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in events:
        return True  # "a truck attack this week that killed eight people"
    if head.dep_ == "dobj":  # "airstrikes killed 120 fighters"
        return any(
            c.dep_ == "nsubj" and any(t.lemma_.lower() in events for t in c.subtree)
            for c in verb.children
        )
    if head.dep_ == "nsubjpass":  # "200 were killed by a counterattack", "in a clash"
        return any(
            child.dep_ in {"agent", "prep"}
            and child.lower_ in {"by", "in", "during"}
            and any(t.lemma_.lower() in events for t in child.children if t.dep_ == "pobj")
            for child in verb.children
        )
    return False


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


def _repeat_key(figure: Figure) -> tuple[object, ...]:
    """What a headline figure and its telling in the body share: "119 attacks" and "a total of
    119 attacks" are one figure."""
    q = figure.quantity
    if q.value is not None:
        return (figure.category, q.value)
    return (figure.category, q.minimum, q.maximum)


def _is_people(cand: _Cand) -> bool:
    return cand.head is not None and cand.head.lower_ in PEOPLE_HEADS


def _breakdown(cand: _Cand, previous: _Cand, gaz: Gazetteer) -> bool:
    """Whether the count gives the nationalities of the people the previous count counted,
    right after it ("four people, three Moroccans and a Spaniard")."""
    counted, head = previous.counted, cand.head
    if counted is None or head is None or previous.inherited or cand.inherited:
        return False
    start = cand.span.start
    return (
        counted.end == start - 1
        and cand.span.doc[start - 1].text == ","
        and _is_demonym_head(head, gaz)
    )


def _is_source(cand: _Cand) -> bool:
    """Whether the counted people are the subject of a reporting verb: "two officials said"."""
    head = cand.head
    if head is None or cand.inherited:
        return False
    return head.dep_ == "nsubj" and head.head.lemma_ in _REPORTING


def _nationality(token: Token, gaz: Gazetteer) -> str | None:
    """Country of a nationality word ("French", "Britons", "UK" in "UK nationals")."""
    word = token.lower_
    if word in _NOT_NATIONALITY or not token.text[:1].isupper():
        return None
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in {"-", "‐"} and doc[token.i - 2].lower_ == "non":
        return None  # "non-Syrians"
    if token.i >= 1 and doc[token.i - 1].lower_.startswith("non-"):
        return None
    code = gaz.country_of_demonym(token.text)
    if code is not None:
        return code
    if token.ent_type_ == "GPE" and token.dep_ in {"compound", "amod", "nmod"}:
        place = gaz.country(token.text)
        if place is not None:
            return place.country
    return None


def _is_demonym_head(head: Token, gaz: Gazetteer) -> bool:
    return head.lower_ not in _NOT_NATIONALITY and (
        gaz.country_of_demonym(head.text) is not None
        or (head.ent_type_ == "NORP" and head.text.endswith("s"))
    )


def _ent_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


# --- helpers: place, dates, speaker --------------------------------------------------------


def _place_in(
    places: Sequence[PlaceMention],
    lo: int,
    hi: int,
    counted: Span,
    country_at: tuple[int, int] | None,
) -> PlaceMention | None:
    doc = counted.doc
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
            and span.root.head.pos_ == "NOUN"
        ):
            continue  # "UK nationals", "Britain's jihadists": who, not where
        prev = doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
        if prev == "from":
            continue
        if span is not None and _PART_BEFORE.search(doc_text(doc)[lo : mention.start_char]):
            return None  # "1,004 people ..., most of them in Britain": where a part is
        if doc_text(doc)[mention.end_char : mention.end_char + 1] in {"-", "‐"}:
            continue  # "US-run facilities": a modifier, not where
        return mention
    return None


_ARREST_LEMMAS: Final = frozenset({"arrest", "detain", "capture", "apprehend", "charge"})


def _one_arrest(cand: _Cand) -> bool:
    """Whether the count is the object of one arrest or charge told in the past ("police
    detained four more men", "charged two men"): the action extractor reports it; a tally over
    a period is a figure."""
    head = cand.head
    if head is None or cand.inherited or head.dep_ != "dobj":
        return False
    verb = head.head
    size = max(q for q in (cand.quantity.value, cand.quantity.maximum, 0) if q is not None)
    # a raid takes a handful; "arrested nearly 1,000 people" is a tally even undated
    return verb.lemma_.lower() in _ARREST_LEMMAS and verb.tag_ == "VBD" and size < RAID_SIZE


def _speaker(
    sent: Span, quantity: Quantity, quotes: Sequence[Quote]
) -> tuple[str | None, tuple[int, int] | None]:
    for quote in quotes:
        if quote.start <= quantity.start < quote.end:
            if quote.speaker is None:
                return None, None
            at = next(((e.start, e.end) for e in quote.evidence if e.field == "speaker"), None)
            return quote.speaker, at
    who = speaker_of(sent)
    if who is None:
        return None, None
    k = sent.text.find(who)
    if k < 0:
        return who, None
    return who, (sent.start_char + k, sent.start_char + k + len(who))


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
