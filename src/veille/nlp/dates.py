"""Dates in news text: the page's dateline and every date a story mentions.

Three rules hold everywhere in this module:

* **No value is ever invented.** A date that cannot be read is ``None`` with precision
  ``"unknown"``; nothing here reads the clock, and "today" is never the day the code runs.
* **Relative dates are resolved against an explicit reference**, the article's publication date.
  Without a reference, relative expressions ("on Friday", "yesterday", "in March", "last year")
  are kept as mentions with an unknown value, while absolute ones ("13 November 2015",
  "in 2004") still resolve.
* **Precision follows the text**: "13 November 2015" is a day, "mid-January" a month,
  "last year" a year, "last week" unknown.

Resolution rules, chosen for news reporting, which mostly tells of the recent past:

* A bare weekday ("on Friday", "Friday night") is the most recent such day **on or before** the
  reference date, the same day included. News uses a bare weekday for the past few days (AP style
  names the day for events within the last week) and an article published on a Friday evening
  says "on Friday" of that same day; "last Friday" is the most recent one strictly before,
  "this coming Friday" the first strictly after. "this Friday" and "next Friday" are ambiguous in
  English (this week's or the next?) and stay unknown. Inside a parsed pipeline, a bare weekday
  whose verb is in the future tense ("will vote on Thursday", "would be deployed by Monday") is
  the first such day on or after the reference instead.
* A day and month without a year ("on 13 November", "Nov. 3") is the most recent such day not
  more than :data:`FUTURE_TOLERANCE` (seven days) after the reference: an article can announce
  an event a few days ahead, but a date further ahead is last year's.
* A month without a year ("in March", "mid-January") is the most recent such month, the
  reference's own month included; "last October" is the most recent one strictly before the
  reference's month, "next October" the first one after.
* Numbers written ``a/b/yyyy`` are read day first ("13/11/2015"), unless that reading is not a
  date and the month-first one is ("11/13/2015"); ``day_first=False`` reverses the preference.
* A date that does not exist ("31 February 2015") is not a date: it yields no mention, and it
  hides the shorter readings inside it ("February 2015").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from veille.models import DateValue
from veille.nlp import date_patterns as pat
from veille.nlp.numbers import word_to_number

__all__ = [
    "EXTENSION",
    "FUTURE_TOLERANCE",
    "REFERENCE_KEY",
    "DateMention",
    "DateNormaliser",
    "Dateline",
    "dates_in",
    "find_dateline",
    "find_dates",
    "make_date_normaliser",
    "parse_reference",
    "resolve_date",
    "shift_month",
]

FUTURE_TOLERANCE: Final = dt.timedelta(days=7)
"""How far after the reference a day-and-month without a year may fall ("on 13 November")."""

EXTENSION: Final = "veille_dates"
"""Name of the ``Doc`` and ``Span`` extensions that hold the date mentions."""

REFERENCE_KEY: Final = "veille_published"
"""Key of ``Doc.user_data`` holding the article's publication date (ISO string or ``None``)."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """The publication date printed at the top of an article.

    ``date`` is ``YYYY-MM-DD``; ``start`` and ``end`` are the character offsets of the date
    expression in the text, and ``text`` is that expression (``text[start:end]``).
    """

    date: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text: its character offsets, its words and its resolved value."""

    start: int
    end: int
    text: str
    value: DateValue


# --- small helpers -----------------------------------------------------------------------------

_Outcome = DateValue | Literal["invalid"] | None
"""What a resolver makes of a match: a value (maybe unknown), ``"invalid"`` for a date that does
not exist (it still hides the shorter matches inside it), or ``None`` when the words are not a
date after all ("may" the verb, "Good Friday")."""

_Resolver = Callable[["re.Match[str]", str, "dt.date | None", bool], _Outcome]

_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)\W*$")
_MAY_PREPOSITIONS: Final = frozenset(
    {"on", "of", "the", "since", "until", "till", "by", "from", "before", "after", "between"}
    | {"and", "to", "early", "mid", "late", "in", "last", "next", "through", "during"}
)
_PUNCTUATION_AFTER: Final = re.compile(r"\s*(?:[,.;:)\]]|$)")
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_NOT_BEFORE_MONTH_DAY: Final = frozenset({"in", "during", "throughout"})
_AMBIGUOUS_MONTH_WORDS: Final = frozenset({"may", "march"})
_YEAR_PREPOSITIONS_NEEDING_MOD: Final = frozenset({"at", "around"})
_INVALID: Final[Literal["invalid"]] = "invalid"


_CAPITALISED_WORD_AFTER: Final = re.compile(r"\s+([A-Z][a-z]+)\b")
# "(2215 GMT on Friday)": a time zone's clock for a moment told in local time just before
_TIME_ZONE_BEFORE: Final = re.compile(
    rf"\(\s*\d{{1,2}}[:.]?\d\d\s*(?:{pat.alternation(pat.TIME_ZONES)})\s+(?:on\s+)?$"
)


def _word_before(text: str, index: int) -> str:
    """The word just before ``index`` in ``text``, lower case ("" at the start)."""
    found = _WORD_BEFORE.search(text, max(0, index - 40), index)
    return found.group(1).lower() if found else ""


def _valid(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)``, or ``None`` when no such day exists."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _unknown(expression: str) -> DateValue:
    return DateValue(None, "unknown", expression)


def _day_value(day: dt.date, expression: str) -> DateValue:
    return DateValue(day.isoformat(), "day", expression)


def _month_value(year: int, month: int, expression: str) -> DateValue:
    if not 1 <= year <= 9999:
        return _unknown(expression)
    return DateValue(f"{year:04d}-{month:02d}", "month", expression)


def _year_value(year: int, expression: str) -> DateValue:
    if not 1 <= year <= 9999:
        return _unknown(expression)
    return DateValue(f"{year:04d}", "year", expression)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The month ``delta`` months after ``year-month`` (``delta`` may be negative)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _add_days(day: dt.date, days: int) -> dt.date | None:
    """``day`` plus ``days`` days, or ``None`` outside the calendar ``datetime`` knows."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _day_or_unknown(day: dt.date | None, expression: str) -> DateValue:
    return _unknown(expression) if day is None else _day_value(day, expression)


def _recent_month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` not after ``reference + FUTURE_TOLERANCE``.

    29 February looks back through the previous leap years; ``None`` when no year fits.
    """
    limit = _add_days(reference, FUTURE_TOLERANCE.days) or dt.date.max
    for year in range(limit.year, limit.year - 9, -1):
        candidate = _valid(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _parse_number(words: str) -> int | None:
    """``"two"`` → 2, ``"twenty-five"`` → 25, ``"10"`` → 10; ``None`` for vague amounts."""
    words = " ".join(words.lower().split())
    if words in {"a", "an"}:  # "a decade ago"
        return 1
    return word_to_number(words)


def _month_word_is_month(match: re.Match[str], text: str) -> bool:
    """Whether a lower-case "may" or "march" without a year is the month, not the verb or noun.

    Capitalised ("May") or with a year, it is the month. Lower case, as in MUC-4 newswire,
    it must follow a preposition ("on 2 may", "since may") or precede punctuation ("13 may.").
    """
    word = match.group("month")
    if word.lower() not in _AMBIGUOUS_MONTH_WORDS or not word.islower():
        return True
    if match.groupdict().get("year"):
        return True
    if _word_before(text, match.start()) in _MAY_PREPOSITIONS:
        return True
    return _PUNCTUATION_AFTER.match(text, match.end()) is not None


# --- resolvers: one per pattern ----------------------------------------------------------------


def _resolve_day_month(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "13 November 2015", "Nov. 13, 2015", "on 13 November", "Friday, Nov. 13"."""
    expression = match.group(0)
    month = pat.MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    year = match.group("year")
    if year is not None:
        found = _valid(int(year), month, day)
        return _INVALID if found is None else _day_value(found, expression)
    if not _month_word_is_month(match, text):
        return None
    if (
        match.start("month") < match.start("day")
        and _word_before(text, match.start()) in _NOT_BEFORE_MONTH_DAY
        and _PUNCTUATION_AFTER.match(text, match.end()) is None
    ):
        return None  # "in May 5 people died": a month, then a count
    if _valid(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
        return _INVALID
    if reference is None:
        return _unknown(expression)
    year_relation = (match.group("yearrel") or "").lower()
    if year_relation:
        # "on Feb. 19 last year", "raised the level on Nov. 18 that year"
        year = _year_told(year_relation, text, match.start(), reference)
        if year is None:
            return _unknown(expression)
        told = _valid(year, month, day)
        return _INVALID if told is None else _day_value(told, expression)
    found = _recent_month_day(month, day, reference)
    return _day_or_unknown(found, expression)


def _resolve_month_year(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "November 2015", "mid-January 2015"."""
    month = pat.MONTHS[match.group("month").lower()]
    return _month_value(int(match.group("year")), month, match.group(0))


_YEAR_BEFORE: Final = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEAR_SHIFTS: Final = {"last": -1, "this": 0, "next": 1}


def _year_told(relation: str, text: str, start: int, reference: dt.date) -> int | None:
    """The year "last year", "this year" or "next year" names against the publication, or the
    one "that year" names: the last year written in the 200 characters before ``start`` ("since
    2015, the deadliest in November of that year"); ``None`` when none is written there."""
    if relation != "that":
        return reference.year + _YEAR_SHIFTS[relation]
    years = _YEAR_BEFORE.findall(text, max(0, start - 200), start)
    return int(years[-1]) if years else None


# "the July bombings of two Jakarta hotels": a capitalised month naming the attacks after it
_ATTACKS_AFTER: Final = re.compile(
    r"\s+(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|massacres?|attackers?|"
    r"bombers?)\b"
)


def _names_an_attack(match: re.Match[str], text: str) -> bool:
    """Whether a bare month, after "the", names the attacks of that month ("the July bombings")."""
    word = match.group("month")
    return (
        word[:1].isupper()
        and _word_before(text, match.start()) == "the"
        and _ATTACKS_AFTER.match(text, match.end()) is not None
    )


def _resolve_month_alone(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "in March", "last October", "mid-January", "by the end of June"."""
    prep, rel, mod = match.group("prep"), match.group("rel"), match.group("mod")
    if prep is None and rel is None and mod is None and not _names_an_attack(match, text):
        return None  # a bare month name is too often something else ("the Arab Spring", "May")
    if rel is not None and prep is None and _word_before(text, match.start()) in _DETERMINERS:
        return None  # "the last march", "a coming may"
    word = match.group("month")
    if (
        word.islower()
        and word in _AMBIGUOUS_MONTH_WORDS
        and prep is None
        and mod is None
        and rel not in {"last", "next"}
        and _PUNCTUATION_AFTER.match(text, match.end()) is None
    ):
        return None  # "this may be", "this march was peaceful"
    expression = match.group(0)
    if reference is None:
        return _unknown(expression)
    month = pat.MONTHS[word.lower()]
    relation = (rel or "").lower()
    year_relation = "that" if match.group("thatyear") else (match.group("yearrel") or "").lower()
    if year_relation:
        # "in March last year", "in June next year", "in November of that year"
        year = _year_told(year_relation, text, match.start(), reference)
        return _unknown(expression) if year is None else _month_value(year, month, expression)
    if relation in {"last", "past"}:
        year = reference.year if month < reference.month else reference.year - 1
    elif relation in {"next", "coming"}:
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return _month_value(year, month, expression)


def _resolve_year_edge(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "the first hours of 2017" to its first day and "the last days of 2016" to its
    last month: hours and minutes name the day, days and weeks only the month."""
    year = int(match.group("year"))
    first = match.group("edge").lower() in {"first", "opening"}
    expression = match.group(0)
    if match.group("part").lower() in {"hours", "minutes"}:
        return _day_value(dt.date(year, 1, 1) if first else dt.date(year, 12, 31), expression)
    return _month_value(year, 1 if first else 12, expression)


def _resolve_year_alone(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "in 2004", "since 1989", "in early 2015", "mid-2015", "the year 2000"."""
    prep, mod = match.group("prep"), match.group("mod")
    if prep is None and mod is None and match.group("yearword") is None:
        if _year_as_modifier(match, text) or _year_of_event(match, text):
            return _year_value(int(match.group("year")), match.group(0))
        return None  # a bare four-digit number may be a count
    if mod is None and prep is not None and prep.lower() in _YEAR_PREPOSITIONS_NEEDING_MOD:
        return None  # "around 2000 people", "at 1800"
    return _year_value(int(match.group("year")), match.group(0))


# "a 1963 church bombing", "the 2015 Paris attacks": a year between an article and what it dates.
_ARTICLE_BEFORE: Final = re.compile(r"(?:\b(?:a|an|the)|['’]s)\s+$", re.IGNORECASE)
_WORD_AFTER: Final = re.compile(r"\s+([A-Za-z][\w-]*)")
_COUNTED_AFTER: Final = frozenset(
    {"people", "persons", "troops", "soldiers", "men", "women", "children", "police", "officers"}
    | {"members", "fighters", "residents", "votes", "dead", "killed", "died", "wounded", "others"}
    | {"of", "to", "and", "or", "tonnes", "tons", "km", "kilometres", "miles", "metres", "feet"}
    | {"tonne", "ton", "kg", "kilogram", "pound", "metre", "meter", "mile", "foot", "strong"}
)


# "the Bali bombings of 2002", "the riots of 2005": an event named by its year after "of".
_EVENT_OF: Final = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|killings?|riots?"
    r"|hijackings?|sieges?|uprising|war|crisis|elections?|summer|spring|autumn|winter)"
    r"\s+of\s+$",
    re.IGNORECASE,
)


def _year_of_event(match: re.Match[str], text: str) -> bool:
    """Whether a bare year dates an event named before it with "of" ("the Bali bombings of
    2002"), and counts nothing after it ("the attacks of 2000 people" is no date)."""
    if not _EVENT_OF.search(text[max(0, match.start() - 20) : match.start()]):
        return False
    after = _WORD_AFTER.match(text, match.end())
    return after is None or after.group(1).lower() not in _COUNTED_AFTER


def _year_as_modifier(match: re.Match[str], text: str) -> bool:
    """Whether a bare year sits between an article and the thing it dates ("a 1963 church
    bombing"), not before what it counts ("the 2000 people")."""
    if not _ARTICLE_BEFORE.search(text[max(0, match.start() - 6) : match.start()]):
        return False
    after = _WORD_AFTER.match(text, match.end())
    return after is not None and after.group(1).lower() not in _COUNTED_AFTER


def _easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _resolve_easter(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "on Easter Sunday" (or Monday, or Palm Sunday) to the last one before
    (or just after) the reference."""
    expression = match.group(0)
    told = match.group("day") or match.group("moved")
    offset = pat.EASTER_OFFSETS[" ".join(told.lower().split())]
    if match.group("year"):
        # "on Easter Sunday in 2016": that year's
        day = _easter_sunday(int(match.group("year"))) + dt.timedelta(days=offset)
        return _day_value(day, expression)
    if reference is None:
        return _unknown(expression)
    day = _easter_sunday(reference.year) + dt.timedelta(days=offset)
    if day > reference + FUTURE_TOLERANCE:
        day = _easter_sunday(reference.year - 1) + dt.timedelta(days=offset)
    return _day_value(day, expression)


def _resolve_feast(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "on Christmas Eve" to its year's day when a year is written, else to the last one
    before (or within a week after) the reference."""
    expression = match.group(0)
    feast = " ".join(match.group("feast").lower().replace("’", "'").split())
    month, day_of_month = pat.FEASTS[feast]
    if match.group("year"):
        return _day_value(dt.date(int(match.group("year")), month, day_of_month), expression)
    if reference is None:
        return _unknown(expression)
    return _day_or_unknown(_recent_month_day(month, day_of_month, reference), expression)


def _resolve_numeric(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "13/11/2015", "13.11.2015": day first unless only the month-first reading exists."""
    first, second = int(match.group("first")), int(match.group("second"))
    year = int(match.group("year"))
    day_month = (first, second)
    month_day = (second, first)
    for day, month in (day_month, month_day) if day_first else (month_day, day_month):
        found = _valid(year, month, day)
        if found is not None:
            return _day_value(found, match.group(0))
    return _INVALID


def _resolve_iso(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "2015-11-17", "2015-11-17T20:50:00Z": the date as written, time zone not applied."""
    found = _valid(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    return _INVALID if found is None else _day_value(found, match.group(0))


def _resolve_relative_day(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "today", "tonight", "this morning", "yesterday", "last night", "tomorrow"."""
    expression = match.group(0)
    if reference is None:
        return _unknown(expression)
    offset = pat.RELATIVE_DAY_OFFSETS[" ".join(match.group("word").lower().split())]
    return _day_or_unknown(_add_days(reference, offset), expression)


def _resolve_weekday(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "Friday", "Friday night", "late Friday", "last Friday" (see the weekday rule)."""
    rel, mod = match.group("rel"), match.group("mod")
    before = _word_before(text, match.start())
    if rel is None and mod is None and before in pat.NOT_A_WEEKDAY_BEFORE:
        return None  # "Good Friday", "Bloody Sunday"
    after = _CAPITALISED_WORD_AFTER.match(text, match.end())
    if after is not None and after.group(1).lower() in pat.NEWSPAPER_WORDS_AFTER_A_WEEKDAY:
        return None  # "the Sunday Guardian put the number ... at close to 120"
    if _TIME_ZONE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None  # "at about 1:15 a.m. (2215 GMT on Friday)": the local day is told before
    if rel is not None and before in _DETERMINERS:
        return None  # "the last Friday of the month"
    expression = match.group(0)
    relation = " ".join((rel or "").lower().split())
    if reference is None or relation in {"this", "next"}:
        return _unknown(expression)
    weekday = pat.WEEKDAYS[match.group("wday").lower()]
    if relation in {"last", "past", "this past"}:
        back = (reference.weekday() - weekday - 1) % 7 + 1
    elif relation in {"coming", "this coming"}:
        back = -((weekday - reference.weekday() - 1) % 7 + 1)
    else:
        back = (reference.weekday() - weekday) % 7
    return _day_or_unknown(_add_days(reference, -back), expression)


def _resolve_relative_period(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "earlier this month", "last month", "this year", "last year"; weeks stay unknown."""
    expression = match.group(0)
    unit = match.group("unit").lower()
    if reference is None or unit in {"week", "weekend"}:
        return _unknown(expression)
    delta = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
    if unit == "month":
        year, month = shift_month(reference.year, reference.month, delta)
        return _month_value(year, month, expression)
    return _year_value(reference.year + delta, expression)


def _resolve_ago(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "two days ago" (day), "three months ago" (month), "ten years ago" (year).

    Weeks, vague amounts ("a few days ago") and hedged ones ("about ten years ago") stay unknown:
    the text does not say which day, month or year.
    """
    expression = match.group(0)
    number = _parse_number(match.group("num"))
    unit = match.group("unit").lower()
    if reference is None or number is None or match.group("approx") or unit == "week":
        return _unknown(expression)
    if unit == "day":
        return _day_or_unknown(_add_days(reference, -number), expression)
    if unit == "month":
        year, month = shift_month(reference.year, reference.month, -number)
        return _month_value(year, month, expression)
    years = number * 10 if unit == "decade" else number
    if match.group("samemonth") and unit == "year":
        # "Two years ago this month": the publication's month, that many years back
        return _month_value(reference.year - years, reference.month, expression)
    return _year_value(reference.year - years, expression)


def _resolve_past_span(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "in the past two days" to the month that holds the whole span up to the
    publication date (else its year); a span over two years, or vague, stays unknown."""
    expression = match.group(0)
    number = _parse_number(match.group("num"))
    if reference is None or number is None:
        return _unknown(expression)
    unit = match.group("unit").lower()
    if unit == "month":
        start_year, start_month = shift_month(reference.year, reference.month, -number)
    else:
        start = _add_days(reference, -number * (7 if unit == "week" else 1))
        if start is None:
            return _unknown(expression)
        start_year, start_month = start.year, start.month
    if (start_year, start_month) == (reference.year, reference.month):
        return _month_value(reference.year, reference.month, expression)
    if start_year == reference.year:
        return _year_value(reference.year, expression)
    return _unknown(expression)


def _resolve_vague(
    match: re.Match[str], text: str, reference: dt.date | None, day_first: bool
) -> _Outcome:
    """Resolves "recently", "in recent weeks", "over the weekend": a mention with no date."""
    return _unknown(match.group(0))


_RESOLVERS: Final[tuple[tuple[re.Pattern[str], _Resolver], ...]] = (
    (pat.ISO_DATE, _resolve_iso),
    (pat.NUMERIC_DATE, _resolve_numeric),
    (pat.DAY_MONTH_YEAR, _resolve_day_month),
    (pat.MONTH_DAY_YEAR, _resolve_day_month),
    (pat.MONTH_YEAR, _resolve_month_year),
    (pat.RELATIVE_DAY, _resolve_relative_day),
    (pat.EASTER, _resolve_easter),
    (pat.FEAST, _resolve_feast),
    (pat.WEEKDAY, _resolve_weekday),
    (pat.MONTH_ALONE, _resolve_month_alone),
    (pat.YEAR_EDGE, _resolve_year_edge),
    (pat.YEAR_ALONE, _resolve_year_alone),
    (pat.RELATIVE_PERIOD, _resolve_relative_period),
    (pat.AGO, _resolve_ago),
    (pat.PAST_SPAN, _resolve_past_span),
    (pat.VAGUE, _resolve_vague),
)
"""Patterns and their resolvers; on equal spans the earlier pattern wins."""


# --- public API --------------------------------------------------------------------------------


def parse_reference(value: object) -> dt.date | None:
    """A reference date from what a caller holds: a ``date``, a ``datetime`` or an ISO string
    (``"2015-11-17"``, ``"2015-11-17T20:50:00Z"``). Anything else, or an ISO string naming no
    real day, gives ``None``: relative dates then stay unknown rather than being guessed."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def find_dates(
    text: str, reference: dt.date | None, *, day_first: bool = True
) -> list[DateMention]:
    """Every date expression in ``text``, in text order, resolved against ``reference``.

    ``reference`` is the article's publication date; with ``None``, relative expressions are
    returned with an unknown value. Overlapping readings are settled longest first, so
    "on Friday, Nov. 13" is one mention, not a weekday and a date. Expressions with no date
    behind them ("last week", "recently") come back with precision ``"unknown"``; dates that do
    not exist ("31 February 2015") do not come back at all.
    """
    ref = parse_reference(reference)
    candidates: list[tuple[int, int, DateValue | None]] = []
    for pattern, resolve in _RESOLVERS:
        for match in pattern.finditer(text):
            outcome = resolve(match, text, ref, day_first)
            if outcome is None:
                continue
            value = outcome if isinstance(outcome, DateValue) else None
            candidates.append((match.start(), match.end(), value))
    candidates.sort(key=lambda item: (item[0] - item[1], item[0]))  # stable: pattern order
    kept: list[tuple[int, int, DateValue | None]] = []
    for start, end, value in candidates:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, value))
    kept.sort(key=lambda item: item[0])
    mentions = [
        DateMention(start, end, text[start:end], value)
        for start, end, value in kept
        if value is not None
    ]
    return _year_carried(mentions, text)


_STATED_YEAR: Final = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEAR_CARRY_CHARS: Final = 400  # how far back a stated year carries: the sentence before
_YEAR_CARRY_DAYS: Final = 60
_MONTH_CARRY_CHARS: Final = 200  # a month's year carries within the sentence
_GOES_ON: Final = re.compile(
    r"(?i)\b(?:(?:first|second|third|next|last) time|again|then|later|that year|the same year)\b"
)
_RELATIVE_WORDS: Final = re.compile(r"(?i)\b(?:year|last|next|this|past|coming)\b")
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]|\n")


_IN_YEAR: Final = re.compile(r"(?i)(?:in|during)\s+(?:1[89]|20)\d\d")
# "the attacks of 2023": events named by their year
_OF_YEAR: Final = re.compile(
    r"(?i)\b(?:attacks|bombings|killings|arrests|events|incidents)\s+of\s+(?:1[89]|20)\d\d\b"
)


def _bare_month_day(text: str) -> bool:
    """A month's day told without its year ("on May 23"), not a weekday or a relative day."""
    return (
        not _STATED_YEAR.search(text)
        and "year" not in text.lower()
        and any(ch.isdigit() for ch in text)
    )


def _year_carried(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Dates told without their year take the year the text told before them:

    - a day told again ("the Nov. 13 attacks" after "on Nov. 13, 2015") is that day;
    - a day in a sentence that names the events of a year before it ("The jihadist attacks of
      2023 included ... on Dec. 2") is of that year;
    - a day told after "in 2017" in the sentences just before, in the same paragraph, is of
      that year when it would otherwise fall in a later one ("It was raised twice to critical
      ... in 2017. The first time was on May 23");
    - a later month in the sentence of a month told with its year is of that year ("In March
      that year, gunmen killed 22 people ..., and in June a gunman shot dead 38");
    - a day right after a day told with its year, and within two months after it, is of that
      year ("shot dead a paratrooper in Toulouse on March 11, 2012, and two more ... on March
      15": 2012-03-15, not the March 15 before the publication five years later).
    """
    carried: list[DateMention] = []
    for mention in mentions:
        carried.append(
            _day_told_again(mention, carried)
            or _day_in_the_year_named(mention, carried, text)
            or _day_after_in_year(mention, carried, text)
            or _month_later_in_sentence(mention, carried, text)
            or _day_soon_after(mention, carried)
            or mention
        )
    return carried


def _last_told(
    carried: list[DateMention],
    mention: DateMention,
    within: int,
    keep: Callable[[DateMention], bool],
) -> DateMention | None:
    """The last mention before ``mention``, at most ``within`` characters back, with a value,
    that ``keep`` keeps."""
    return next(
        (
            m
            for m in reversed(carried)
            if m.value.value is not None and mention.start - m.end <= within and keep(m)
        ),
        None,
    )


def _with_value(mention: DateMention, value: DateValue) -> DateMention:
    return DateMention(mention.start, mention.end, mention.text, value)


def _in_year(mention: DateMention, year: int) -> DateMention | None:
    """The mention's day in ``year``, or ``None`` when it has no such day (29 February)."""
    assert mention.value.value is not None
    told = dt.date.fromisoformat(mention.value.value)
    same = _valid(year, told.month, told.day)
    return _with_value(mention, _day_value(same, mention.value.expression)) if same else None


def _bare_day(mention: DateMention) -> bool:
    return (
        mention.value.precision == "day"
        and mention.value.value is not None
        and _bare_month_day(mention.text)
    )


def _day_told_again(mention: DateMention, carried: list[DateMention]) -> DateMention | None:
    if not _bare_day(mention):
        return None
    value = mention.value.value or ""
    same_day = next(
        (
            m
            for m in carried
            if m.value.precision == "day"
            and m.value.value is not None
            and _STATED_YEAR.search(m.text)
            and m.value.value[5:] == value[5:]
            and m.value.value != value
        ),
        None,
    )
    if same_day is None or same_day.value.value is None:
        return None
    return _in_year(mention, int(same_day.value.value[:4]))


def _day_after_in_year(
    mention: DateMention, carried: list[DateMention], text: str
) -> DateMention | None:
    if not _bare_day(mention):
        return None
    in_year = _last_told(
        carried,
        mention,
        _YEAR_CARRY_CHARS,
        lambda m: (
            m.value.precision == "year"
            and _IN_YEAR.fullmatch(m.text) is not None
            and "\n" not in text[m.end : mention.start]
        ),  # in the same paragraph
    )
    if in_year is None or in_year.value.value is None:
        return None
    opening = max(
        (m.end() for m in _SENTENCE_BREAK.finditer(text, in_year.end, mention.start)), default=0
    )
    if not _GOES_ON.search(text, max(opening - 1, in_year.end), mention.start):
        # "... with the YPG in 2015, said his solicitor. Robinson was arrested on 22 July": a
        # new event of its own time; "The first time was on May 23", "It went to critical
        # again on Sept. 15" go on telling the year's events
        return None
    if any(m.end > in_year.end and _STATED_YEAR.search(m.text) for m in carried):
        return None  # a day told with its year since: the rule of the day after it
    paragraph = text.rfind("\n", 0, in_year.start)
    if any(paragraph < m.start < in_year.start and _bare_month_day(m.text) for m in carried):
        # "On Sept. 25, a man ... wounded two people outside the former offices of Charlie
        # Hebdo, whose staff were massacred ... in 2015. On Oct. 16, ...": the paragraph tells
        # days of its own time; the year is an aside's
        return None
    year = int(in_year.value.value[:4])
    moved = _in_year(mention, year)
    later = moved is not None and year < int((mention.value.value or "0")[:4])
    return moved if later else mention


def _day_in_the_year_named(
    mention: DateMention, carried: list[DateMention], text: str
) -> DateMention | None:
    """A day of a sentence that names the events of a year before it ("The jihadist attacks
    of 2023 included ... on Oct. 13 ... and ... on Dec. 2") is of that year."""
    if not _bare_day(mention):
        return None
    named = _last_told(
        carried,
        mention,
        _MONTH_CARRY_CHARS * 2,
        lambda m: (
            m.value.precision == "year"
            and _OF_YEAR.search(text, max(0, m.start - 12), m.end) is not None
            and not _SENTENCE_BREAK.search(text, m.end, mention.start + 1)
        ),
    )
    if named is None or named.value.value is None:
        return None
    moved = _in_year(mention, int(named.value.value[:4]))
    if moved is None or moved.value.value is None or mention.value.value is None:
        return None
    return moved if moved.value.value < mention.value.value else None


def _month_later_in_sentence(
    mention: DateMention, carried: list[DateMention], text: str
) -> DateMention | None:
    value = mention.value
    if (
        value.precision != "month"
        or value.value is None
        or _STATED_YEAR.search(mention.text)
        or _RELATIVE_WORDS.search(mention.text)  # "last October" is told from now
    ):
        return None
    stated = _last_told(
        carried,
        mention,
        _MONTH_CARRY_CHARS,
        lambda m: (
            m.value.precision == "month"
            and bool(_STATED_YEAR.search(m.text) or "year" in m.text.lower())
            and not _SENTENCE_BREAK.search(text, m.end, mention.start + 1)
        ),
    )
    if stated is None or stated.value.value is None:
        return None
    year, month = (int(x) for x in stated.value.value.split("-")[:2])
    told_month = int(value.value[5:7])
    if told_month <= month or int(value.value[:4]) == year:
        return mention
    return _with_value(
        mention, DateValue(f"{year:04d}-{told_month:02d}", "month", value.expression)
    )


def _day_soon_after(mention: DateMention, carried: list[DateMention]) -> DateMention | None:
    if not _bare_day(mention):  # not "Feb. 19 last year", not "on Monday"
        return None
    stated = _last_told(
        carried,
        mention,
        _YEAR_CARRY_CHARS,
        lambda m: m.value.precision == "day" and _STATED_YEAR.search(m.text) is not None,
    )
    if stated is None or stated.value.value is None:
        return None
    before = dt.date.fromisoformat(stated.value.value)
    moved = _in_year(mention, before.year)
    if moved is None or moved.value == mention.value or moved.value.value is None:
        return None
    days = (dt.date.fromisoformat(moved.value.value) - before).days
    return moved if 0 <= days <= _YEAR_CARRY_DAYS else None


def resolve_date(
    expression: str, reference: dt.date | None, *, day_first: bool = True
) -> DateValue:
    """The value of one date expression ("on Friday", "13 November 2015") against
    ``reference``; an unknown value when the expression holds no date."""
    mentions = find_dates(expression, reference, day_first=day_first)
    if not mentions:
        return DateValue(None, "unknown", expression.strip())
    return max(mentions, key=lambda mention: mention.end - mention.start).value


_DATELINE_PATTERNS: Final[tuple[tuple[re.Pattern[str], _Resolver], ...]] = (
    (pat.ISO_DATE, _resolve_iso),
    (pat.NUMERIC_DATE, _resolve_numeric),
    (pat.DAY_MONTH_YEAR, _resolve_day_month),
    (pat.MONTH_DAY_YEAR, _resolve_day_month),
)
"""Patterns that can give a whole day with its year, as a dateline must."""

_MAX_OWN_LINE_WORDS: Final = 1
_MAX_WORDS_BESIDE_TIME: Final = 5
_MAX_WORDS_BEFORE_MARKER: Final = 2
_MAX_WORDS_AFTER_MARKER: Final = 1


def _count_words(fragment: str) -> int:
    """Words in ``fragment`` besides what a dateline may hold (times, zones, weekdays, markers,
    agency names)."""
    return len(pat.WORD.findall(pat.LINE_NOISE.sub(" ", fragment)))


def _short_year(match: re.Match[str]) -> dt.date | None:
    """The day of a MUC-4 wire dateline "7 jan 90": two-digit years read as POSIX ``%y`` does
    (69-99 → 1900s, 00-68 → 2000s)."""
    short = int(match.group("yy"))
    year = 1900 + short if short >= 69 else 2000 + short
    return _valid(year, pat.MONTHS[match.group("month").lower()], int(match.group("day")))


def _looks_like_dateline(head: str, start: int, end: int, is_iso: bool) -> bool:
    """Whether the date at ``head[start:end]`` is the page's dateline, not a story's date.

    A dateline follows a marker ("Published", "Updated") or an agency ("AFP ·"), is followed by an
    agency in brackets, closes a "CITY, Country," wire opening before a dash, is written in ISO
    form or next to a clock time on a short line, or stands on a line of its own. A date right
    after a preposition ("On 13 November 2015 gunmen attacked") is in a sentence and never a
    dateline unless a marker precedes it.
    """
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    if line_end < 0:
        line_end = len(head)
    before, after = head[line_start:start], head[end:line_end]
    marker = pat.MARKER_BEFORE.match(before)
    if (
        marker is not None
        and _count_words(pat.BYLINE.sub(" ", marker.group("lead"))) <= _MAX_WORDS_BEFORE_MARKER
        and _count_words(pat.BYLINE.sub(" ", marker.group("between"))) <= _MAX_WORDS_AFTER_MARKER
    ):
        return True  # "Published: 23 Mar 2015", not "the figures were updated on 13 May 2015"
    if pat.PREPOSITION_BEFORE.search(before):
        return False
    if pat.AGENCY_BEFORE.search(before) or pat.AGENCY_AFTER.match(after):
        return True
    if pat.CITY_BEFORE.match(before) and pat.DASH_AFTER.match(after):
        return True
    words = _count_words(pat.BYLINE.sub(" ", before) + " " + after)
    if is_iso or pat.TIME_AFTER.match(after) or pat.TIME_BEFORE.search(before):
        return words <= _MAX_WORDS_BESIDE_TIME  # not "2015-12-21, Special Agent ... killed"
    return words <= _MAX_OWN_LINE_WORDS


def find_dateline(text: str, *, window: int = 400, day_first: bool = True) -> Dateline | None:
    """The publication date printed in the first ``window`` characters of a plain-text article.

    Reads the forms pages and wires print: "17/11/2015 20:50", "Published: 23 Mar 2015 08:31",
    "AFP · 23 Mar 2015, 08:31", "Updated 10:02 AM ET, Tue November 17, 2015", a date on a line of
    its own, "2015-11-17T20:50:00Z", "KANDAHAR, Afghanistan, Oct. 3, 2017 (Xinhua) --". The
    earliest date that looks like a dateline wins; a date inside a sentence does not count, nor
    does any date after a wire opening ("LONDON, Oct. 3 (Reuters) -"), whose missing year leaves
    the page's date unknown. ``None`` when no dateline with a full date is found.
    """
    head = text[: max(0, window)]
    story = pat.STORY_START.search(head)
    limit = story.end() if story else len(head)
    candidates: list[tuple[int, int, str, bool]] = []
    for pattern, resolve in _DATELINE_PATTERNS:
        for match in pattern.finditer(head, 0, limit):
            outcome = resolve(match, head, None, day_first)
            if isinstance(outcome, DateValue) and outcome.precision == "day" and outcome.value:
                is_iso = pattern is pat.ISO_DATE
                candidates.append((match.start(), match.end(), outcome.value, is_iso))
    for match in pat.SHORT_YEAR_DATELINE.finditer(head, 0, limit):
        found = _short_year(match)
        if found is not None:
            candidates.append((match.start(), match.end(), found.isoformat(), False))
    for start, end, iso, is_iso in sorted(candidates):
        if _looks_like_dateline(head, start, end, is_iso):
            return Dateline(iso, start, end, text[start:end])
    return None


# --- spaCy --------------------------------------------------------------------------------------


def dates_in(doc: Doc, start_char: int, end_char: int) -> list[DateMention]:
    """The date mentions of ``doc`` lying wholly within ``[start_char, end_char)``.

    Reads ``doc._.veille_dates`` as set by the ``veille_dates`` component; on a doc that has not
    been through it, finds the dates afresh (against ``doc.user_data["veille_published"]``)
    without storing them.
    """
    mentions: list[DateMention] | None = doc._.get(EXTENSION)
    if mentions is None:
        mentions = find_dates(doc.text, parse_reference(doc.user_data.get(REFERENCE_KEY)))
    return [m for m in mentions if m.start >= start_char and m.end <= end_char]


def _span_dates(span: Span) -> list[DateMention]:
    return dates_in(span.doc, span.start_char, span.end_char)


def _register_extensions() -> None:
    """Declare ``Doc._.veille_dates`` and ``Span._.veille_dates`` once per process."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    if not Span.has_extension(EXTENSION):
        Span.set_extension(EXTENSION, getter=_span_dates)


_register_extensions()


class DateNormaliser:
    """Pipeline component that finds and resolves the dates of a document.

    Reads the reference date from ``doc.user_data[reference_key]`` (an ISO date string, or
    ``None`` when the publication date is unknown) and sets ``doc._.veille_dates`` to the list of
    :class:`DateMention` found in ``doc.text``, offsets in characters. ``span._.veille_dates``
    gives the mentions inside a span. The component needs no other component and no model: it
    works on ``spacy.blank("en")``.

    Note that ``DateMention`` values are not msgpack-serialisable: exclude ``user_data`` when
    calling ``Doc.to_bytes`` and run ``nlp.pipe`` in a single process.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "veille_dates",
        *,
        day_first: bool = True,
        reference_key: str = REFERENCE_KEY,
    ) -> None:
        """Initialise the component.

        nlp (Language): The shared pipeline.
        name (str): The component's name in the pipeline.
        day_first (bool): Read ``a/b/yyyy`` as day/month/year when both readings exist.
        reference_key (str): Key of ``Doc.user_data`` holding the publication date.
        """
        _register_extensions()
        self.name = name
        self.day_first = day_first
        self.reference_key = reference_key

    def __call__(self, doc: Doc) -> Doc:
        """Find the dates of one document.

        doc (Doc): The document to process; ``doc.user_data[reference_key]`` is its
            publication date as an ISO string, or absent / ``None``.
        RETURNS (Doc): The same document, with ``doc._.veille_dates`` set to a list of
            :class:`DateMention` in text order.
        """
        reference = parse_reference(doc.user_data.get(self.reference_key))
        mentions = find_dates(doc.text, reference, day_first=self.day_first)
        if reference is not None and doc.has_annotation("DEP"):
            mentions = [_ahead_if_future(doc, m, reference) for m in mentions]
            mentions = [_year_of_its_noun(doc, m, mentions) for m in mentions]
        doc._.set(EXTENSION, mentions)
        return doc


def _ahead_if_future(doc: Doc, mention: DateMention, reference: dt.date) -> DateMention:
    """A bare weekday told in the future tense ("the Assembly will vote on Thursday", "would be
    deployed by Monday evening") is the first such day on or after the reference, not the last
    one before it. Needs the parse, so it applies inside a pipeline with a parser."""
    match = pat.WEEKDAY.fullmatch(mention.text)
    if match is None or match.group("rel") or match.group("mod") or mention.value.value is None:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    node = span.root
    scheduled = False
    for _ in range(5):
        if node.head is node:
            return mention
        node = node.head
        infinitive = node.dep_ in {"advcl", "xcomp"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        )
        if node.dep_ == "acl" and node.tag_ == "VBG":
            continue  # "a bill strengthening ... on Wednesday": the parse's misplaced date
        if infinitive and node.head.lower_ in _SCHEDULED:
            scheduled = True  # "is due to present a bill to ministers on Wednesday"
            break
        if node.pos_ in {"VERB", "AUX"} and not infinitive:
            break  # "deployed to secure Sunday's vote": the purpose takes its verb's tense
    else:
        return mention
    if not scheduled and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _FUTURE_AUX for c in node.children
    ):
        return mention
    weekday = pat.WEEKDAYS[match.group("wday").lower()]
    ahead = _add_days(reference, (weekday - reference.weekday()) % 7)
    value = _day_or_unknown(ahead, mention.value.expression)
    return DateMention(mention.start, mention.end, mention.text, value)


def _year_of_its_noun(doc: Doc, mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """A day told without its year that names an event whose year the same noun phrase tells
    ("the July 7 bombings in London last year") is of that year. Needs the parse."""
    if not _bare_day(mention):
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in {"nmod", "compound", "npadvmod"}:
        return mention
    noun = span.root.head
    if noun.pos_ != "NOUN":
        return mention
    for other in mentions:
        if other is mention or other.value.precision != "year" or other.value.value is None:
            continue
        year_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if year_span is None or year_span.sent != span.sent:
            continue
        root = year_span.root
        if root.head == noun or (root.head.dep_ == "prep" and root.head.head == noun):
            return _in_year(mention, int(other.value.value[:4])) or mention
    return mention


_FUTURE_AUX: Final = frozenset({"will", "'ll", "shall", "would"})
# Words before an infinitive that put it ahead: "is due to present", "is set to vote".
_SCHEDULED: Final = frozenset({"due", "set", "scheduled", "expected", "poised", "going"})


@Language.factory(
    "veille_dates",
    default_config={"day_first": True, "reference_key": REFERENCE_KEY},
)
def make_date_normaliser(
    nlp: Language, name: str, day_first: bool, reference_key: str
) -> DateNormaliser:
    """Build the ``veille_dates`` component: ``nlp.add_pipe("veille_dates")``.

    nlp (Language): The shared pipeline.
    name (str): The component's name.
    day_first (bool): Read ``a/b/yyyy`` as day/month/year when both readings exist.
    reference_key (str): Key of ``Doc.user_data`` holding the publication date.
    RETURNS (DateNormaliser): The component.
    """
    return DateNormaliser(nlp, name, day_first=day_first, reference_key=reference_key)
