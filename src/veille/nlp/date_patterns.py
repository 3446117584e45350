"""Word tables and compiled regular expressions for :mod:`veille.nlp.dates`.

Everything here is data: the names of months and weekdays, number words, news-agency names and
the patterns built from them. The patterns are compiled once, at import, and are all
case-insensitive, so the same tables serve ordinary text and the all-lower-case MUC-4 newswire.

Every pattern names its pieces with groups (``day``, ``month``, ``year``, ``wday``...) that the
resolution functions in :mod:`veille.nlp.dates` read; no pattern decides a value by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from .number_words import TENS, UNITS

# --- word tables -------------------------------------------------------------------------------

MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    }
)
"""Month names and their usual newspaper abbreviations ("Sept.", "Nov."), lower case."""

FULL_MONTHS: Final[frozenset[str]] = frozenset(
    name for name in MONTHS if len(name) > 4 or name in {"may", "june", "july"}
)
"""Month names written in full: only these may stand without a day or a year ("in March")."""

WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "monday": 0,
        "mon": 0,
        "tuesday": 1,
        "tues": 1,
        "tue": 1,
        "wednesday": 2,
        "wed": 2,
        "thursday": 3,
        "thurs": 3,
        "thur": 3,
        "thu": 3,
        "friday": 4,
        "fri": 4,
        "saturday": 5,
        "sat": 5,
        "sunday": 6,
        "sun": 6,
    }
)
"""Weekday names (``datetime.date.weekday()`` numbering) and abbreviations, lower case."""

FULL_WEEKDAYS: Final[frozenset[str]] = frozenset(name for name in WEEKDAYS if name.endswith("day"))
"""Weekday names written in full: abbreviations ("Sun", "Sat", "Wed") are words in their own
right, so they are read only in front of a date ("Tue November 17, 2015")."""

NOT_A_WEEKDAY_BEFORE: Final[frozenset[str]] = frozenset(
    {"good", "black", "bloody", "easter", "palm", "ash", "holy", "maundy", "super", "cyber"}
    | {"a", "every", "each"}
)
"""Words that turn a weekday into a name ("Bloody Sunday", "the Good Friday Agreement") or into
no day in particular ("around midday on a Sunday", "every Friday")."""

NEWSPAPER_WORDS_AFTER_A_WEEKDAY: Final[frozenset[str]] = frozenset(
    {"times", "telegraph", "guardian", "mirror", "express", "mail", "post", "herald"}
    | {"observer", "independent", "tribune", "star", "sun", "age", "world", "people"}
    | {"nation", "standard", "record", "news", "newspaper", "edition", "paper"}
)
"""Capitalised words that make a weekday the name of a newspaper ("the Sunday Guardian put the
number ... at close to 120", "the Sunday Times")."""

NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {"a": 1, "an": 1, **{w: n for w, n in UNITS.items() if n}, **TENS}
)
"""Number words for "two days ago", "ten years ago"; tens combine with units ("twenty-five")."""

VAGUE_NUMBERS: Final[frozenset[str]] = frozenset(
    {"a few", "few", "several", "some", "many", "a couple of", "a couple", "couple of"}
)
"""Amounts that give no number: "a few days ago" is a mention with an unknown date."""

RELATIVE_DAY_OFFSETS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "the day before yesterday": -2,
        "yesterday": -1,
        "last night": -1,
        "last evening": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }
)
"""Days counted from the reference date (whitespace normalised to one space, lower case)."""

NEWS_AGENCIES: Final[tuple[str, ...]] = (
    "AFP",
    "AP",
    "Reuters",
    "Xinhua",
    "Associated Press",
    "Agence France-Presse",
    "Agence France Presse",
    "UPI",
    "PTI",
    "IANS",
    "ANI",
    "dpa",
    "EFE",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "TASS",
    "ITAR-TASS",
    "RIA Novosti",
    "Interfax",
    "Anadolu",
    "Bernama",
    "Antara",
    "KUNA",
    "IRNA",
    "MENA",
    "Notimex",
    "Prensa Latina",
    "Bloomberg",
    "BBC",
    "CNN",
    "Al Jazeera",
)
"""News agencies and broadcasters whose name marks a dateline ("AFP · 23 Mar 2015")."""

DATELINE_MARKERS: Final[tuple[str, ...]] = (
    "published",
    "updated",
    "posted",
    "modified",
    "first published",
    "last updated",
    "last modified",
    "publication date",
    "date",
    "dated",
)
"""Words that introduce a page's date ("Published: 23 Mar 2015", "Updated 10:02 AM ET, ...")."""

TIME_ZONES: Final[tuple[str, ...]] = (
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "WET",
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "IST",
    "PKT",
    "AEST",
    "AEDT",
    "JST",
    "KST",
    "HKT",
    "SGT",
    "MSK",
)
"""Time-zone abbreviations that may follow a dateline's time."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of whitespace."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


# --- pattern fragments -------------------------------------------------------------------------

_FLAGS: Final = re.IGNORECASE

# The dot after a month belongs to it only when the month is abbreviated ("Nov.", "Sept."): the
# one after "march" or "may" ends the sentence. Abbreviations have three letters, or are "sept".
_ABBREVIATION_DOT: Final = r"(?:(?:(?<![a-z]{4})(?<!may)|(?<=sept))\.)?"
_MONTH: Final = rf"(?P<month>{alternation(MONTHS)})(?![a-z]){_ABBREVIATION_DOT}"
_FULL_MONTH: Final = rf"(?P<month>{alternation(FULL_MONTHS)})(?![a-z])"
_WDAY_PREFIX: Final = rf"(?:(?P<wday>{alternation(WEEKDAYS)})(?![a-z])\.?,?\s+)?"
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR: Final = r"(?P<year>(?:18|19|20)\d\d)(?!\d)"
_MOD: Final = r"(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)"
_PREP: Final = (
    r"(?P<prep>in|since|during|until|till|through|throughout|by|from|before|after|at|around)"
)
_NUMBER: Final = (
    rf"(?P<num>\d{{1,3}}|{alternation(VAGUE_NUMBERS)}|"
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|"
    rf"six|seven|eight|nine)|{alternation(NUMBER_WORDS)})"
)

# --- patterns read by find_dates ---------------------------------------------------------------

# "on Feb. 19 last year": the year told relative to the publication's
_RELATIVE_YEAR: Final = r"\s+(?:of\s+)?(?P<yearrel>last|this|next|that)\s+year\b"

DAY_MONTH_YEAR: Final = re.compile(
    rf"(?<![\w/.:-]){_WDAY_PREFIX}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}"
    rf"(?:,?\s+{_YEAR}|{_RELATIVE_YEAR})?",
    _FLAGS,
)
"""Matches "13 November 2015", "Friday 13 Nov. 2015", "the 13th of November", "on 2 february",
"19 February last year"."""

MONTH_DAY_YEAR: Final = re.compile(
    rf"(?<![\w/.:-]){_WDAY_PREFIX}{_MONTH}\s+{_DAY}(?![\w%:])(?!,\d{{3}}\b)"
    rf"(?:,?\s+{_YEAR}|{_RELATIVE_YEAR})?",
    _FLAGS,
)
"""Matches "November 13, 2015", "Nov. 13", "Friday, Nov. 13", "Tue November 17, 2015", "Feb. 19
last year"."""

MONTH_YEAR: Final = re.compile(
    rf"(?<![\w-])(?:{_MOD}(?:-|\s+))?{_MONTH}(?:\s+of)?,?\s+{_YEAR}",
    _FLAGS,
)
"""Matches "November 2015", "Nov. 2015", "mid-January 2015", "March of 2004"."""

MONTH_ALONE: Final = re.compile(
    rf"\b(?:{_PREP}\s+)?(?:(?P<rel>last|this|next|past|coming)\s+)?(?:{_MOD}(?:-|\s+))?"
    rf"{_FULL_MONTH}(?!\.?,?\s*\d)"
    r"(?:\s+(?P<yearrel>last|this|next)\s+year\b|\s+(?P<thatyear>(?:of\s+)?that\s+year)\b)?",
    _FLAGS,
)
"""Matches "in March", "last October", "mid-January", "by the end of June", "in March last year",
"in November of that year"; a month with no word in front ("March") is matched but rejected by
the resolver."""

YEAR_EDGE: Final = re.compile(
    r"\b(?:in\s+)?the\s+(?P<edge>first|opening|last|closing|final)\s+"
    rf"(?P<part>hours|minutes|days|weeks)\s+of\s+{_YEAR}",
    _FLAGS,
)
"""Matches "in the first hours of 2017" (New Year's Day) and "the last days of 2016" (its
December)."""

YEAR_ALONE: Final = re.compile(
    rf"\b(?:{_PREP}\s+)?(?:(?P<yearword>(?:the\s+)?year\s+(?:of\s+)?))?(?:{_MOD}(?:-|\s+))?"
    rf"{_YEAR}(?!'?s\b|,\d|\.\d|\s*(?:hours|hrs|h|gmt|utc|local\s+time)\b)",
    _FLAGS,
)
"""Matches "in 2004", "since 1989", "in early 2015", "mid-2015", "the year 2000"; a year with no
word in front is matched but rejected by the resolver."""

NUMERIC_DATE: Final = re.compile(
    r"(?<![\w/.:-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>(?:18|19|20)\d\d)(?![\w/:-]|\.\d)",
    _FLAGS,
)
"""Matches "13/11/2015", "13.11.2015", "13-11-2015" (read day first by default)."""

ISO_DATE: Final = re.compile(
    r"(?<![\w/.:-])(?P<year>(?:18|19|20)\d\d)(?P<sep>[-/])(?P<month>\d\d)(?P=sep)(?P<day>\d\d)"
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-]|\.\d)",
    _FLAGS,
)
"""Matches "2015-11-17", "2015/11/17", "2015-11-17T20:50:00Z" (the date as written)."""

RELATIVE_DAY: Final = re.compile(
    rf"\b(?:(?P<pre>earlier|later|early|late)\s+)?(?P<word>{alternation(RELATIVE_DAY_OFFSETS)})"
    r"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b",
    _FLAGS,
)
"""Matches "today", "tonight", "this morning", "yesterday evening", "late last night"."""

EASTER: Final = re.compile(
    r"\b(?:on\s+)?(?:(?:last|this)\s+)?(?:Easter\s+(?P<day>Sunday|Monday|Day)|"
    r"(?P<moved>Palm\s+Sunday))(?:,?\s+(?:in\s+)?(?P<year>(?:19|20)\d\d))?\b"
)
"""Matches "on Easter Sunday", "last Easter Monday", "on Palm Sunday", "on Easter Sunday in
2016" (case kept: "easter" is rarely the feast; not "Good Friday", mostly the name of the 1998
Agreement)."""
EASTER_OFFSETS: Final[Mapping[str, int]] = MappingProxyType(
    {"sunday": 0, "day": 0, "monday": 1, "palm sunday": -7}
)
"""Days from Easter Sunday of the days :data:`EASTER` matches."""

FEASTS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "boxing day": (12, 26),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "bastille day": (7, 14),
    }
)
"""Feasts on a fixed day of the year, lower case with a straight apostrophe: (month, day)."""

FEAST: Final = re.compile(
    r"\b(?:on\s+)?(?:(?:last|this)\s+)?(?P<feast>Christmas\s+(?:Eve|Day)|Boxing\s+Day"
    r"|New\s+Year['’]s\s+(?:Eve|Day)|Bastille\s+Day)(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
"""Matches "on Christmas Eve", "New Year's Eve 2016" (case kept, like :data:`EASTER`)."""

WEEKDAY: Final = re.compile(
    r"\b(?:(?P<rel>this\s+coming|this\s+past|last|next|this|past|coming)\s+"
    r"|(?P<mod>early|late)\s+(?:on\s+)?)?"
    rf"(?P<wday>{alternation(FULL_WEEKDAYS)})(?![a-z])"
    r"(?:\s+(?P<tod>morning|afternoon|evening|night))?",
    _FLAGS,
)
"""Matches "Friday", "on Friday", "Friday night", "late Friday", "last Friday", "next Monday"."""

RELATIVE_PERIOD: Final = re.compile(
    r"\b(?:(?P<pre>earlier|later)\s+(?:in\s+)?)?(?<!the\s)(?P<which>this|last|next)\s+"
    r"(?P<unit>weekend|week|month|year)\b",
    _FLAGS,
)
"""Matches "earlier this month", "last year", "next month", "last week" (the weeks stay unknown)."""

AGO: Final = re.compile(
    r"\b(?:(?P<approx>about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over"
    rf"|under|at\s+least|at\s+most)\s+)?{_NUMBER}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"
    r"(?:\s+(?P<samemonth>this\s+month)\b)?",
    _FLAGS,
)
"""Matches "two days ago", "ten years ago", "a decade ago", "two years ago this month"; "a few
days ago" stays unknown."""

PAST_SPAN: Final = re.compile(
    rf"\b(?:in|over|during)\s+the\s+(?:past|last)\s+{_NUMBER}\s+(?P<unit>day|week|month)s\b",
    _FLAGS,
)
"""Matches "in the past two days", "over the last three weeks": the span up to publication."""

VAGUE: Final = re.compile(
    r"\b(?:recently|lately|in\s+recent\s+(?:days|weeks|months|years)"
    r"|(?:over|at|during)\s+the\s+weekend"
    r"|in\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months|years))\b",
    _FLAGS,
)
"""Matches "recently", "in recent weeks", "over the weekend": mentions whose date is unknown."""

# --- patterns read by find_dateline ------------------------------------------------------------

SHORT_YEAR_DATELINE: Final = re.compile(
    rf"(?<![\w/.:-]){_WDAY_PREFIX}{_DAY}\s+{_MONTH}\s+(?P<yy>\d\d)(?!\d)"
    r"(?=\s*(?:\([^()\n]{1,60}\)\s*)?(?:--|—|–))",
    _FLAGS,
)
"""The MUC-4 wire dateline "bogota, 7 jan 90 (efe) --": a two-digit year, only before a dash
(maybe after a source in brackets)."""

STORY_START: Final = re.compile(
    rf"^[ \t]*[^\W\d][^\n]{{0,80}}?\(\s*(?:{alternation(NEWS_AGENCIES)})\s*\)\s*(?:--|—|–|-)",
    re.MULTILINE | re.IGNORECASE,
)
"""A wire-story opening ("LONDON, Oct. 3 (Reuters) -"): the story text follows, so dates after
it are not the page's date."""

MARKER_BEFORE: Final = re.compile(
    rf"(?P<lead>[^\n]*)\b(?:{alternation(DATELINE_MARKERS)})\b"
    r"(?P<between>(?:(?![.!?]\s)[^\n]){0,40})$",
    _FLAGS,
)
"""A dateline marker shortly before the date on the same line, with no sentence end between;
``lead`` is what precedes the marker on the line, ``between`` what separates it from the date."""

AGENCY_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(NEWS_AGENCIES)})\b(?:(?![.!?]\s)[^\n]){{0,30}}$",
    _FLAGS,
)
"""A news agency's name shortly before the date on the same line ("AFP · 23 Mar 2015")."""

AGENCY_AFTER: Final = re.compile(
    rf"^\s*\(\s*(?:{alternation(NEWS_AGENCIES)})\s*\)",
    _FLAGS,
)
"""An agency in brackets right after the date ("Oct. 3, 2017 (Xinhua)")."""

_TIME: Final = r"(?:\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)"

TIME_AFTER: Final = re.compile(rf"^\s*(?:,|\bat\b|-|–|—|·|\|)?\s*{_TIME}", _FLAGS)
"""A clock time right after the date ("17/11/2015 20:50", "23 Mar 2015, 08:31")."""

TIME_BEFORE: Final = re.compile(
    rf"{_TIME}(?:\s*(?:{alternation(TIME_ZONES)}))?\s*[,·|-]?\s*$",
    _FLAGS,
)
"""A clock time right before the date ("20:50 17/11/2015", "10:02 AM ET, Tue November 17")."""

PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:on|in|since|until|till|by|from|before|after|during|of|to|between|and|that|than|"
    r"around|for|at)\s*(?:the\s*)?$",
    _FLAGS,
)
"""A preposition right before the date: the date is part of a sentence ("On 13 November 2015
gunmen attacked ..."), not a dateline."""

CITY_BEFORE: Final = re.compile(r"^\s*[^\W\d][^\n.!?]{0,60},\s*$")
"""A city (and region) and a comma, alone before the date on its line ("KANDAHAR, Iraq,")."""

DASH_AFTER: Final = re.compile(r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:--|—|–|-)(?:\s|$)")
"""A dash after the date, maybe after an agency in brackets ("Oct. 3, 2017 (Xinhua) --")."""

LINE_NOISE: Final = re.compile(
    rf"{_TIME}|\b(?:{alternation(TIME_ZONES)})\b(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?"
    rf"|\b(?:{alternation(WEEKDAYS)})\b\.?|\b(?:{alternation(DATELINE_MARKERS)})\b"
    rf"|\b(?:{alternation(NEWS_AGENCIES)})\b|\bby\b|\bon\b|\bat\b",
    _FLAGS,
)
"""What a dateline line may hold besides the date: times, zones, weekdays, markers, agencies."""

BYLINE: Final = re.compile(
    r"\bby\s+[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,2}\s*[,|·-]?",
    _FLAGS,
)
"""A byline ("By Jane Doe |", "Posted by Jane Doe on"), allowed beside a dateline's date."""

WORD: Final = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more, to count what is left on a line once the noise is removed."""
