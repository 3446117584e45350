"""Word tables used by :mod:`veille.nlp.numbers`.

Everything here is read-only: frozensets, tuples and :class:`types.MappingProxyType` views.
All words are lower-case; the parser lower-cases the text before looking words up.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

# --- Cardinal number words --------------------------------------------------------------------

UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)

TENS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fourty": 40,  # common misspelling
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)

HUNDRED: Final = "hundred"
DOZEN: Final = "dozen"

# Multipliers that close a group ("two thousand", "1.5 million", "3 lakh").
BIG_SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "thousand": 1_000,
        "million": 1_000_000,
        "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
        "lakh": 100_000,
        "lakhs": 100_000,
        "crore": 10_000_000,
        "crores": 10_000_000,
    }
)

# A scale word on its own, as ``word_to_number`` reads it ("hundred" -> 100).
LONE_SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {HUNDRED: 100, DOZEN: 12, **{k: v for k, v in BIG_SCALES.items() if not k.endswith("s")}}
)

# --- Vague amounts ----------------------------------------------------------------------------

# Plural scale words read as "at least two of them": "dozens" >= 24, "hundreds" >= 200.
VAGUE_PLURALS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "tens": 10,  # only in "tens of thousands/millions"
        "dozens": 12,
        "scores": 20,  # only in "scores of ..."
        "hundreds": 100,
        "thousands": 1_000,
        "millions": 1_000_000,
        "billions": 1_000_000_000,
    }
)

# Scale words that may follow "several", "a few", "many": "several hundred", "a few dozen".
VAGUE_SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "dozen": 12,
        "dozens": 12,
        "hundred": 100,
        "hundreds": 100,
        "thousand": 1_000,
        "thousands": 1_000,
        "million": 1_000_000,
        "millions": 1_000_000,
    }
)

# --- Qualifiers -------------------------------------------------------------------------------

QualifierKind = Literal[
    "lower_incl",  # "at least 5": minimum 5
    "lower_excl",  # "more than 5": minimum 6
    "upper_incl",  # "up to 5", "nearly 5": maximum 5
    "upper_excl",  # "fewer than 5": maximum 4
    "approx",  # "about 5": no bound
    "exact",  # "exactly 5": minimum = maximum = 5
]

_LOWER_INCL = (
    "at least",
    "at the very least",
    "at the least",
    "no fewer than",
    "not fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    "at a minimum",
    "at minimum",
)
_LOWER_EXCL_BASE = (
    "more than",
    "over",
    "above",
    "greater than",
    "in excess of",
)
_LOWER_EXCL_OTHER = ("upwards of", "upward of")
_UPPER_INCL = (
    "up to",
    "as many as",
    "at most",
    "at the most",
    "no more than",
    "not more than",
    "a maximum of",
    "at a maximum",
    "at maximum",
    # Decision: "nearly/almost N" says the count approaches N from below. N is kept as an
    # (inclusive) upper bound; no lower bound is invented.
    "nearly",
    "almost",
    "not quite",
    "just short of",
)
_UPPER_EXCL_BASE = ("fewer than", "less than", "under", "below")
_APPROX = (
    "about",
    "around",
    "some",
    "approximately",
    "approx",
    "roughly",
    "an estimated",
    "estimated",
    "an approximate",
    # Decision: "close to N" may fall on either side of N, so it gets no bound.
    "close to",
    "circa",
    "more or less",
    "perhaps",
    "possibly",
    "maybe",
    "probably",
    "as few as",
    "in the region of",
    "in the neighbourhood of",
    "in the neighborhood of",
    "on the order of",
    "of the order of",
    "something like",
    "somewhere around",
    "round about",
)
_EXACT = ("exactly", "precisely", "a total of")

# Words that sharpen a comparison: "well over", "just under", "a little more than".
_INTENSIFIERS = (
    "well",
    "just",
    "slightly",
    "far",
    "much",
    "somewhat",
    "considerably",
    "significantly",
    "a little",
    "a bit",
)


def _with_intensifiers(bases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{i} {b}" for i in _INTENSIFIERS for b in bases)


def _qualifier_table() -> tuple[tuple[str, QualifierKind], ...]:
    rows: list[tuple[str, QualifierKind]] = []
    rows += [(p, "lower_incl") for p in _LOWER_INCL]
    rows += [(p, "lower_excl") for p in _LOWER_EXCL_BASE + _LOWER_EXCL_OTHER]
    rows += [(p, "lower_excl") for p in _with_intensifiers(_LOWER_EXCL_BASE)]
    rows += [(p, "upper_incl") for p in _UPPER_INCL]
    rows += [(p, "upper_excl") for p in _UPPER_EXCL_BASE]
    rows += [(p, "upper_excl") for p in _with_intensifiers(_UPPER_EXCL_BASE)]
    rows += [(p, "approx") for p in _APPROX]
    rows += [(p, "exact") for p in _EXACT]
    return tuple(rows)


# Prefix qualifiers: the phrase as it is written (lower-case, one space between words) and its
# kind. The phrase itself is the ``Quantity.qualifier`` that veille publishes.
PREFIX_QUALIFIERS: Final[tuple[tuple[str, QualifierKind], ...]] = _qualifier_table()

# Abbreviated qualifiers that may carry a full stop: "approx. 50".
ABBREVIATED_QUALIFIERS: Final = frozenset({"approx", "est"})

# Qualifiers written after the number: "30 or more", "20 or so", "100-plus", "20-odd".
POSTFIX_OR: Final[Mapping[str, QualifierKind]] = MappingProxyType(
    {
        "more": "lower_incl",
        "so": "approx",
        "thereabouts": "approx",
        "fewer": "upper_incl",
        "less": "upper_incl",
    }
)

# --- Context that makes a number something other than a count of people ----------------------

MONTHS: Final = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

# Words after which "May 5" / "March 12" is not a day ("in May 5 people died").
MONTH_ONLY_BEFORE: Final = frozenset(
    {"in", "during", "early", "late", "mid", "last", "this", "next"}
)

# Words before a number that make "5 may" a date in lower-case text ("on 5 may").
DATE_PREPOSITIONS: Final = frozenset(
    {"on", "of", "since", "until", "till", "by", "from", "before", "after", "between", "the"}
)

TIME_UNITS: Final = frozenset(
    {
        "second",
        "seconds",
        "sec",
        "secs",
        "minute",
        "minutes",
        "min",
        "mins",
        "hour",
        "hours",
        "hr",
        "hrs",
        "h",
        "day",
        "days",
        "night",
        "nights",
        "morning",
        "mornings",
        "evening",
        "evenings",
        "afternoon",
        "afternoons",
        "weekend",
        "weekends",
        "week",
        "weeks",
        "fortnight",
        "fortnights",
        "month",
        "months",
        "year",
        "years",
        "yr",
        "yrs",
        "decade",
        "decades",
        "century",
        "centuries",
        "millennium",
        "millennia",
        "time",
        "times",
        "o'clock",
        "am",
        "pm",
        "gmt",
        "utc",
        "bst",
        "cet",
    }
)

MEASURE_UNITS: Final = frozenset(
    {
        "km",
        "kms",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "mile",
        "miles",
        "metre",
        "metres",
        "meter",
        "meters",
        "m",
        "cm",
        "mm",
        "ft",
        "feet",
        "foot",
        "inch",
        "inches",
        "yard",
        "yards",
        "kg",
        "kgs",
        "kilo",
        "kilos",
        "kilogram",
        "kilograms",
        "kilogramme",
        "kilogrammes",
        "gram",
        "grams",
        "g",
        "lb",
        "lbs",
        "ounce",
        "ounces",
        "oz",
        "ton",
        "tons",
        "tonne",
        "tonnes",
        "kiloton",
        "kilotons",
        "megaton",
        "megatons",
        "litre",
        "litres",
        "liter",
        "liters",
        "gallon",
        "gallons",
        "barrel",
        "barrels",
        "degree",
        "degrees",
        "°",
        "hectare",
        "hectares",
        "acre",
        "acres",
        "mph",
        "kph",
        "kmh",
        "knot",
        "knots",
        "calibre",
        "caliber",
        "sq",
        "square",
        "cubic",
        "storey",
        "storeys",
        "floors",
        "point",
        "points",
        "percent",
        "pct",
        "percentage",
        "magnitude",
    }
)

CURRENCY_WORDS: Final = frozenset(
    {
        "dollar",
        "dollars",
        "usd",
        "euro",
        "euros",
        "eur",
        "pound",
        "pounds",
        "sterling",
        "gbp",
        "yen",
        "yuan",
        "renminbi",
        "rupee",
        "rupees",
        "rs",
        "inr",
        "peso",
        "pesos",
        "colon",
        "colones",
        "quetzal",
        "quetzales",
        "sucre",
        "sucres",
        "inti",
        "intis",
        "sol",
        "soles",
        "bolivar",
        "bolivares",
        "bolivars",
        "cordoba",
        "cordobas",
        "lempira",
        "lempiras",
        "real",
        "reais",
        "franc",
        "francs",
        "mark",
        "marks",
        "deutschmark",
        "deutschmarks",
        "dinar",
        "dinars",
        "dirham",
        "dirhams",
        "riyal",
        "riyals",
        "rial",
        "rials",
        "ruble",
        "rubles",
        "rouble",
        "roubles",
        "lira",
        "lire",
        "shekel",
        "shekels",
        "shilling",
        "shillings",
        "naira",
        "rand",
        "cedi",
        "cedis",
        "kwacha",
        "taka",
        "afghani",
        "afghanis",
        "cent",
        "cents",
        "centavo",
        "centavos",
        "bucks",
        "baht",
        "ringgit",
        "rupiah",
        "hryvnia",
        "hryvnias",
        "zloty",
        "zlotys",
        "krona",
        "kronor",
        "krone",
        "kroner",
        "forint",
        "chf",
    }
)

# Written before a number: "$5", "US$ 5", "Rs. 500", "EUR 10".
CURRENCY_SYMBOLS: Final = frozenset({"$", "£", "€", "¥", "₹", "₦", "₩", "₽", "₪", "₺"})
CURRENCY_PREFIXES: Final = frozenset(
    {"usd", "eur", "gbp", "rs", "inr", "rp", "chf", "sfr", "dm", "jpy", "cny"}
)

# Words naming a numbered thing: "article 5", "flight 9268", "zone 1", "calle 45", "aged 25".
LABEL_WORDS: Final = frozenset(
    {
        "article",
        "articles",
        "art",
        "section",
        "sections",
        "sec",
        "paragraph",
        "para",
        "clause",
        "chapter",
        "ch",
        "resolution",
        "resolutions",
        "law",
        "decree",
        "bill",
        "amendment",
        "rule",
        "regulation",
        "no",
        "nos",
        "number",
        "num",
        "page",
        "pages",
        "pp",
        "flight",
        "route",
        "highway",
        "interstate",
        "motorway",
        "line",
        "bus",
        "train",
        "room",
        "km",
        "kilometre",
        "kilometer",
        "channel",
        "gate",
        "terminal",
        "platform",
        "phase",
        "level",
        "grade",
        "apartment",
        "apt",
        "building",
        "block",
        "zone",
        "sector",
        "precinct",
        "ward",
        "code",
        "version",
        "model",
        "type",
        "class",
        "category",
        "item",
        "annex",
        "appendix",
        "protocol",
        "case",
        "file",
        "docket",
        "vol",
        "volume",
        "issue",
        "episode",
        "season",
        "part",
        "step",
        "round",
        "stage",
        "calle",
        "carrera",
        "avenida",
        "avenue",
        "street",
        "exit",
        "pier",
        "figure",
        "fig",
        "table",
        "tel",
        "phone",
        "ext",
        "aged",
        "age",
        "ages",
        "unit",
        "population",
        "score",
        "scored",
    }
)

# Labels that are abbreviated with a full stop: "No. 5", "Art. 16", "Rs. 500".
ABBREVIATED_LABELS: Final = frozenset(
    {"no", "nos", "art", "sec", "para", "ch", "p", "pp", "vol", "fig", "rs", "apt", "ext", "tel"}
)

# "no one", "any one of", "every one of" is not a count of one.
ONE_PRONOUN_BEFORE: Final = frozenset({"no", "any", "every", "each", "which", "this", "that"})

# Words that may stand between a number and its unit: "five more days", "three long years".
UNIT_MODIFIERS: Final = frozenset(
    {
        "more",
        "long",
        "full",
        "straight",
        "consecutive",
        "whole",
        "additional",
        "extra",
        "further",
        "other",
        "last",
        "next",
        "previous",
        "past",
        "successive",
        "short",
    }
)

# A bare four-digit number from 1900 to 2099 is read as a year unless a qualifier precedes it
# ("at least 2000") or one of these nouns follows it ("2015 people").
COUNT_NOUNS: Final = frozenset(
    {
        "people",
        "persons",
        "civilians",
        "soldiers",
        "troops",
        "policemen",
        "police",
        "officers",
        "men",
        "women",
        "children",
        "students",
        "victims",
        "deaths",
        "casualties",
        "hostages",
        "refugees",
        "members",
        "militants",
        "fighters",
        "rebels",
        "guerrillas",
        "insurgents",
        "terrorists",
        "peasants",
        "workers",
        "residents",
        "inhabitants",
        "passengers",
        "pilgrims",
        "worshippers",
        "protesters",
        "demonstrators",
        "prisoners",
        "detainees",
        "migrants",
        "families",
        "bodies",
        "nationals",
        "citizens",
        "tourists",
        "agents",
        "guards",
        "employees",
        "others",
    }
)
