"""Numbers and hedged quantities in news text: "at least 129", "two or three thousand", "dozens".

The parser reads a figure as the text states it and never invents one. Every quantity is a
:class:`~veille.models.Quantity` whose ``text``/``start``/``end`` cover the whole phrase,
qualifier included. ``N`` is the number written; ``qualifier`` is the hedge as written,
lower-cased ("at least", "more than", "or more", "plus", "odd").

* Plain figure ("129", "1,200", "1.5 million", "twenty-one", "a dozen", "3 dozen"):
  value N, qualifier None, no bounds.
* "exactly", "precisely", "a total of" N: value N, minimum N, maximum N.
* Lower bound, inclusive ("at least", "no fewer than", "not less than", "a minimum of" N;
  "N or more", "N-plus", "N+"): value N, minimum N.
* Lower bound, exclusive ("more than", "over", "above", "greater than", "upwards of",
  "in excess of", "well over", "just over" N): value N, minimum N + 1.
* Upper bound, inclusive ("up to", "as many as", "at most", "no more than", "a maximum of" N;
  "N or fewer"; and "nearly", "almost", "not quite", "just short of" N): value N, maximum N.
* Upper bound, exclusive ("fewer than", "less than", "under", "below", "just under" N):
  value N, maximum N - 1.
* Approximation ("about", "around", "some", "approximately", "roughly", "an estimated",
  "close to", "perhaps" N; "N or so", "N-odd"): value N, no bounds.
* Range ("between A and B", "from A to B", "A to B", "A-B", "A or B", "two or three thousand"):
  value None, qualifier "range", minimum A, maximum B. A scale word on B alone applies to A
  too when A is the smaller mantissa ("two or three thousand" is 2000-3000).
* Vague plurals: "dozens" (minimum 24), "scores of" (40), "hundreds" (200), "thousands"
  (2000), "millions" (2,000,000), "tens of thousands" (20,000), "hundreds of thousands"
  (200,000): value None, qualifier the words, minimum two of the unit, no maximum.
* "several", "a few": value None, minimum 2; with a scale ("several hundred", "a few dozen",
  "many thousands") minimum two of the scale. "many", "numerous", "a handful": no bound.
* "a couple" (of hundred): value 2 (200), qualifier "a couple", no bounds.

Decisions: "nearly/almost N" keeps N as an inclusive upper bound (the text says the count
approaches N from below) and gets no lower bound; "close to N" may fall on either side of N and
gets no bound. "several" and "a few" mean more than one, so their minimum is 2 (times the
scale); "many", "numerous" and "a handful" get no bound. A plain figure carries its number in
``value`` only; bounds are filled only where the text states one. A qualifier before a range
("about 20 to 30") is absorbed by the range, except an upper qualifier ("up to 20-30": maximum
30) or a lower one ("at least 20-30": minimum 20). A qualifier before a vague amount is
prefixed to its name ("perhaps thousands"); an upper one drops its minimum. Zero tolls written
as words ("no one was hurt", "nobody") are not quantities here: "no one" is never read as 1.

:func:`find_quantities` skips numbers that are not counts: years ("in 2015"; a bare four-digit
1900-2099 is a year unless a qualifier precedes it or a people noun follows), times ("20:50",
"8 pm", "0800 GMT"), dates ("13 November", "Nov. 13"), ordinals ("second", "3rd",
"twenty-first"), bare decimals ("6.5", "5.000"), percentages, money ("$5 million", "5
million dollars"), measures and durations ("5 km", "three days", "12-year-old"), labels ("article
5", "flight 9268", "zone 1", "aged 25"), ratios ("one in five") and codes ("AK-47", "G20",
"COVID-19"). :func:`is_countable_context` exposes the same test for a span.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

from ..models import Quantity
from .number_words import (
    ABBREVIATED_LABELS,
    ABBREVIATED_QUALIFIERS,
    BIG_SCALES,
    COUNT_NOUNS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DATE_PREPOSITIONS,
    DOZEN,
    HUNDRED,
    LABEL_WORDS,
    LONE_SCALES,
    MEASURE_UNITS,
    MONTH_ONLY_BEFORE,
    MONTHS,
    ONE_PRONOUN_BEFORE,
    POSTFIX_OR,
    PREFIX_QUALIFIERS,
    TENS,
    TIME_UNITS,
    UNIT_MODIFIERS,
    UNITS,
    VAGUE_PLURALS,
    VAGUE_SCALES,
    QualifierKind,
)

__all__ = [
    "find_quantities",
    "find_shares",
    "is_countable_context",
    "parse_quantity",
    "word_to_number",
]

# Digit runs (with inner separators kept, so "20:50" and "13/11/2015" stay one token), words
# (with inner apostrophes: "o'clock") and any other single non-space character.
_TOKEN_RE: Final = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,:/]\d)"  # "12 000", "1 200 000"
    r"|\d+(?:[.,:/]\d+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|\S"
)
# A digit token that can be a count: "129", "1,200", "12 000", "1.5", "12,500.5".
_COUNT_DIGITS_RE: Final = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
)
_GROUP_SEPARATORS: Final = str.maketrans("", "", ", \u00a0\u202f\u2009")
_YEAR_RE: Final = re.compile(r"(?:19|20)\d\d")

_HYPHENS: Final = frozenset({"-", "‐", "‑"})
_RANGE_DASHES: Final = _HYPHENS | {"–"}
# Characters that, written right before a number, make it something other than a count.
_ATTACHED_BEFORE: Final = (
    frozenset({"-", "‐", "‑", "−", "+", "#", "/", ":", ".", "'", "’", "@", "§", "№"})
    | CURRENCY_SYMBOLS
)
_AFTER_UNITS: Final = TIME_UNITS | MEASURE_UNITS | CURRENCY_WORDS
_SYMBOLS_BEFORE: Final = CURRENCY_SYMBOLS | {"#", "№", "§"}
_VAGUE_MODIFIERS: Final = frozenset({"several", "many", "numerous"})
_MANY_NOT_COUNT_BEFORE: Final = frozenset({"how", "as", "twice", "thrice"})

_TokKind = Literal["num", "word", "punct"]
_Kind = QualifierKind


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    kind: _TokKind


@dataclass(frozen=True, slots=True)
class _Num:
    """One reading of a number expression starting at a token."""

    value: Fraction
    end: int  # exclusive token index
    base: Fraction  # the part before trailing scale words ("three" in "three thousand")
    mult: int  # product of the trailing scale words, 1 when none
    year_shaped: bool
    one_word: bool  # exactly the word "one"
    whole: bool = True  # False for a bare decimal ("1.5", "5.000"): never a count by itself


@dataclass(frozen=True, slots=True)
class _Core:
    """A number or a range, before qualifiers are applied."""

    end: int
    lo: int | None = None  # the number, or the low end of a range
    hi: int | None = None  # the high end of a range; None for a single number
    year_shaped: bool = False
    one_word: bool = False
    reject: bool = False  # a number-like run that is not a count ("3-1", "2015-11", "6.5")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int  # first token of the span (qualifier included)
    core: int  # first token of the number itself
    end: int  # exclusive
    value: int | None = None
    qualifier: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    year_shaped: bool = False
    qualified: bool = False
    small: bool = False  # could be a day of the month
    one_word: bool = False
    reject: bool = False


_QualRow = tuple[tuple[str, ...], str, _Kind]  # words, phrase, kind


def _build_qualifier_index() -> Mapping[str, tuple[_QualRow, ...]]:
    """Prefix qualifiers by their first word, longest first."""
    index: dict[str, list[_QualRow]] = {}
    for phrase, kind in PREFIX_QUALIFIERS:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, phrase, kind))
    return MappingProxyType(
        {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in index.items()}
    )


_QUALIFIERS: Final = _build_qualifier_index()

_START_WORDS: Final = frozenset(
    set(UNITS)
    | set(TENS)
    | set(_QUALIFIERS)
    | set(VAGUE_PLURALS)
    | _VAGUE_MODIFIERS
    | {"a", "an", "half", "between", "from"}
)


# --- Tokens -----------------------------------------------------------------------------------


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        first = word[0]
        kind: _TokKind = "num" if first.isdigit() else ("word" if first.isalpha() else "punct")
        toks.append(_Tok(word, word.lower(), m.start(), m.end(), kind))
    return toks


def _low(toks: list[_Tok], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _adjacent(toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` follows token ``i - 1`` with no space between them."""
    return 0 < i < len(toks) and toks[i - 1].end == toks[i].start


# --- Number expressions -----------------------------------------------------------------------


def _numbers_at(toks: list[_Tok], j: int) -> list[_Num]:
    """Every reading of a number starting at token ``j``, longest first."""
    if j >= len(toks):
        return []
    if toks[j].kind == "num":
        return _digit_numbers(toks, j)
    if toks[j].kind == "word":
        return _word_numbers(toks, j)
    return []


def _digit_numbers(toks: list[_Tok], j: int) -> list[_Num]:
    text = toks[j].text
    if not _COUNT_DIGITS_RE.fullmatch(text):
        return []
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return []  # "0800": a time or a code
    base = Fraction(text.translate(_GROUP_SEPARATORS))
    year = bool(_YEAR_RE.fullmatch(text))
    # A decimal needs a scale word: "1.5 million" is a count, "6.5" is a measure and "5.000"
    # may be a European "five thousand"; neither is read as a count on its own.
    out = [_Num(base, j + 1, base, 1, year, False, "." not in text)]
    value, mult, k = base, 1, j + 1
    last_big: int | None = None
    if _low(toks, k) == HUNDRED:
        value, mult, k = value * 100, mult * 100, k + 1
        out.append(_Num(value, k, base, mult, False, False))
    while _low(toks, k) in BIG_SCALES:
        scale = BIG_SCALES[_low(toks, k)]
        if last_big is not None and scale >= last_big:
            break
        value, mult, k, last_big = value * scale, mult * scale, k + 1, scale
        out.append(_Num(value, k, base, mult, False, False))
    if mult == 1 and _low(toks, k) == DOZEN:
        out.append(_Num(value * 12, k + 1, base, 12, False, False))
    out.reverse()
    return out


def _word_numbers(toks: list[_Tok], j: int) -> list[_Num]:
    """Readings of a spelled-out number: "one hundred and twenty", "twenty-one", "a dozen",
    "half a million", "three thousand five hundred"."""
    out: list[_Num] = []
    total = Fraction(0)
    cur = Fraction(0)
    last = "start"
    last_big: int | None = None
    base: Fraction | None = None  # value before the first scale word
    pure = True  # only scale words since the base
    k = j
    n = len(toks)
    while k < n:
        tok = toks[k]
        low = tok.low
        scaled = False
        if low in ("a", "an"):
            nxt = _low(toks, k + 1)
            ok_next = nxt in (HUNDRED, DOZEN, "half") or nxt in BIG_SCALES
            if last != "start" or not (ok_next or (nxt == "score" and _low(toks, k + 2) == "of")):
                break
            cur, last = Fraction(1), "a"
            k += 1
            continue
        if low == "score":
            if last == "a" and _low(toks, k + 1) == "of":
                out.append(_Num(Fraction(20), k + 1, Fraction(1), 20, False, False))
            break
        if low == "half":
            if last not in ("start", "a"):
                break
            k += 1
            if _low(toks, k) == "a" or (_low(toks, k) in _HYPHENS and _adjacent(toks, k)):
                k += 1
            nxt = _low(toks, k)
            if nxt != DOZEN and nxt not in BIG_SCALES:
                break
            cur, last = Fraction(1, 2), "half"
            continue
        if low in UNITS:
            v = UNITS[low]
            joined = last == "tens" and 1 <= v <= 9
            if not (last in ("start", "hundred", "big", "and") or joined):
                break
            if v == 0:
                if last == "start":
                    out.append(_Num(Fraction(0), k + 1, Fraction(0), 1, False, False))
                break
            cur += v
            last = "unit" if v < 10 else "teen"
        elif low in TENS:
            if last not in ("start", "hundred", "big", "and"):
                break
            cur += TENS[low]
            last = "tens"
        elif low in _HYPHENS:
            nxt = _low(toks, k + 1)
            if (
                last == "tens"
                and _adjacent(toks, k)
                and _adjacent(toks, k + 1)
                and 1 <= UNITS.get(nxt, 0) <= 9
            ):
                k += 1
                continue
            break
        elif low == HUNDRED:
            if last not in ("unit", "teen", "a") or not 0 < cur < 100:
                break
            if base is None:
                base = cur
            cur *= 100
            last, scaled = "hundred", True
        elif low in BIG_SCALES:
            scale = BIG_SCALES[low]
            if last not in ("unit", "teen", "tens", "hundred", "a", "half") or cur <= 0:
                break
            if last_big is not None and scale >= last_big:
                break
            if base is None:
                base = cur
            total += cur * scale
            cur, last, last_big, scaled = Fraction(0), "big", scale, True
        elif low == DOZEN:
            if last not in ("unit", "teen", "tens", "a", "half") or total:
                break
            if base is None:
                base = cur
            cur *= 12
            value = total + cur
            out.append(_Num(value, k + 1, base, int(value / base) if pure else 1, False, False))
            break
        elif low == "and":
            nxt = _low(toks, k + 1)
            if last in ("hundred", "big") and (UNITS.get(nxt, 0) > 0 or nxt in TENS):
                last = "and"
                k += 1
                continue
            break
        else:
            break
        if base is not None and not scaled:
            pure = False
        k += 1
        value = total + cur
        if base is not None and pure and base:
            out.append(_Num(value, k, base, int(value / base), False, False))
        else:
            one = k == j + 1 and low == "one"
            out.append(_Num(value, k, value, 1, False, one))
    out.reverse()
    return out


def _integral(value: Fraction) -> int | None:
    return int(value) if value.denominator == 1 else None


def _core_at(toks: list[_Tok], j: int, intro: str | None, *, ranges: bool = True) -> _Core | None:
    """A number or range at token ``j``. ``intro`` is "between" or "from" when one came first;
    then only a range is accepted. ``ranges=False`` reads a single number only."""
    firsts = _numbers_at(toks, j)
    if not firsts:
        return None
    if not ranges:
        firsts = firsts[:1]
    if intro == "between":
        connectors = frozenset({"and"}) | _RANGE_DASHES
    elif intro == "from":
        connectors = frozenset({"to"}) | _RANGE_DASHES
    else:
        connectors = frozenset({"to", "or"}) | _RANGE_DASHES
    candidates = firsts if intro is not None else firsts[:1]
    for first in candidates if ranges else ():
        conn = _low(toks, first.end)
        if conn not in connectors:
            continue
        tight = _adjacent(toks, first.end) and _adjacent(toks, first.end + 1)
        if conn in _HYPHENS and not tight:
            continue  # "killed 5 - 10 more were hurt": a dash, not a range
        seconds = _numbers_at(toks, first.end + 1)
        for second in seconds:
            lo_f = first.value
            if first.mult == 1 and second.mult > 1 and first.value <= second.base:
                lo_f = first.value * second.mult  # "two or three thousand"
            if not second.whole or not (first.whole or lo_f != first.value):
                continue
            lo, hi = _integral(lo_f), _integral(second.value)
            if lo is not None and hi is not None and lo < hi:
                return _Core(
                    end=second.end,
                    lo=lo,
                    hi=hi,
                    year_shaped=first.year_shaped or second.year_shaped,
                )
        if seconds and conn in _RANGE_DASHES:
            return _Core(end=seconds[0].end, reject=True)  # "3-1", "2015-11-13"
    if intro is not None:
        return None
    for first in firsts:
        value = _integral(first.value) if first.whole else None
        if value is not None:
            return _Core(
                end=first.end, lo=value, year_shaped=first.year_shaped, one_word=first.one_word
            )
    return _Core(end=firsts[0].end, reject=True)  # "6.5"


# --- Vague amounts ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Vague:
    name: str
    end: int
    value: int | None = None
    minimum: int | None = None


def _vague_at(toks: list[_Tok], i: int) -> _Vague | None:
    low = _low(toks, i)
    if low in VAGUE_PLURALS:
        unit = VAGUE_PLURALS[low]
        name, k = low, i + 1
        outer = _low(toks, k + 1)
        if (
            _low(toks, k) == "of"
            and outer in VAGUE_PLURALS
            and VAGUE_PLURALS[outer] > max(unit, 20)
        ):
            unit *= VAGUE_PLURALS[outer]
            name, k = f"{low} of {outer}", k + 2
        elif low == "tens" or (low == "scores" and _low(toks, k) != "of"):
            return None
        return _Vague(name, k, None, 2 * unit)
    if low in _VAGUE_MODIFIERS or (low == "a" and _low(toks, i + 1) == "few"):
        if low == "many" and _low(toks, i - 1) in _MANY_NOT_COUNT_BEFORE:
            return None
        k = i + 1 if low != "a" else i + 2
        name = low if low != "a" else "a few"
        scale = VAGUE_SCALES.get(_low(toks, k)) if low != "numerous" else None
        if scale is not None:
            return _Vague(f"{name} {_low(toks, k)}", k + 1, None, 2 * scale)
        minimum = 2 if name in ("several", "a few") else None
        return _Vague(name, k, None, minimum)
    if low == "a" and _low(toks, i + 1) == "handful":
        return _Vague("a handful", i + 2)
    if low == "a" and _low(toks, i + 1) == "couple":
        k = i + 2
        after_of = _low(toks, k + 1)
        if _low(toks, k) == "of" and after_of in VAGUE_SCALES:
            return _Vague("a couple", k + 2, 2 * VAGUE_SCALES[after_of])
        return _Vague("a couple", k, 2)
    return None


# --- Matching at a token ----------------------------------------------------------------------


def _bounds(value: int, kind: _Kind) -> tuple[int | None, int | None]:
    if kind == "lower_incl":
        return value, None
    if kind == "lower_excl":
        return value + 1, None
    if kind == "upper_incl":
        return None, value
    if kind == "upper_excl":
        return None, (value - 1 if value > 0 else None)
    if kind == "exact":
        return value, value
    return None, None


def _postfix(toks: list[_Tok], k: int) -> tuple[int, str, _Kind] | None:
    """A qualifier written after the number at token ``k``: "or more", "100+", "20-odd"."""
    low = _low(toks, k)
    if low == "or" and _low(toks, k + 1) in POSTFIX_OR:
        word = _low(toks, k + 1)
        return k + 2, f"or {word}", POSTFIX_OR[word]
    if low == "+" and _adjacent(toks, k):
        return k + 1, "plus", "lower_incl"
    if low in _HYPHENS and _adjacent(toks, k) and _adjacent(toks, k + 1):
        nxt = _low(toks, k + 1)
        if nxt == "plus":
            return k + 2, "plus", "lower_incl"
        if nxt == "odd":
            return k + 2, "odd", "approx"
    if low == "odd" and not _adjacent(toks, k):
        return k + 1, "odd", "approx"
    return None


def _from_core(
    start: int, core_tok: int, core: _Core, qual: tuple[str, _Kind] | None, toks: list[_Tok]
) -> _Match:
    if core.reject or core.lo is None:
        return _Match(start, core_tok, core.end, reject=True)
    qualified = qual is not None
    end = core.end
    if core.hi is not None:
        lo, hi = core.lo, core.hi
        small = lo >= 1 and hi <= 31
        if qual is not None and qual[1] in ("upper_incl", "upper_excl"):
            _, maximum = _bounds(hi, qual[1])
            return _Match(
                start,
                core_tok,
                end,
                None,
                qual[0],
                None,
                maximum,
                core.year_shaped,
                qualified,
                small,
            )
        if qual is not None and qual[1] in ("lower_incl", "lower_excl"):
            minimum, _ = _bounds(lo, qual[1])
            return _Match(
                start,
                core_tok,
                end,
                None,
                qual[0],
                minimum,
                None,
                core.year_shaped,
                qualified,
                small,
            )
        return _Match(
            start, core_tok, end, None, "range", lo, hi, core.year_shaped, qualified, small
        )
    value = core.lo
    post = _postfix(toks, end)
    if post is not None:
        end = post[0]
        if qual is None:
            qual = (post[1], post[2])
    minimum = maximum = None
    name = None
    if qual is not None:
        name = qual[0]
        minimum, maximum = _bounds(value, qual[1])
    return _Match(
        start,
        core_tok,
        end,
        value,
        name,
        minimum,
        maximum,
        core.year_shaped,
        qualified,
        1 <= value <= 31,
        core.one_word and qual is None,
    )


def _from_vague(start: int, core_tok: int, vague: _Vague, qual: tuple[str, _Kind] | None) -> _Match:
    name, minimum, maximum = vague.name, vague.minimum, None
    if qual is not None:
        name = f"{qual[0]} {vague.name}"
        if vague.value is not None:
            minimum, maximum = _bounds(vague.value, qual[1])
        elif qual[1] in ("upper_incl", "upper_excl"):
            minimum = None  # "up to several hundred" does not promise 200
    return _Match(
        start, core_tok, vague.end, vague.value, name, minimum, maximum, qualified=qual is not None
    )


# Verbs of change: "rose from 3,000 to 7,000" gives the count before and the count after.
_CHANGE_WORDS: Final = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases"}
    | {"grow", "grew", "grown", "growing", "jump", "jumped", "climb", "climbed", "go", "went"}
    | {"fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "up", "down"}
    | {"raise", "raised", "cut", "reduced", "reduce", "double", "doubled", "boost", "boosted"}
)


def _match_at(toks: list[_Tok], i: int) -> _Match | None:
    """The quantity starting at token ``i`` (context not yet checked), if any."""
    tok = toks[i]
    if tok.kind == "punct" or (tok.kind == "word" and tok.low not in _START_WORDS):
        return None
    low = tok.low
    for words, phrase, kind in _QUALIFIERS.get(low, ()):
        k = i + len(words)
        if tuple(t.low for t in toks[i:k]) != words:
            continue
        if words[-1] in ABBREVIATED_QUALIFIERS and _low(toks, k) == ".":
            k += 1
        core = _core_at(toks, k, None)
        if core is not None:
            return _from_core(i, k, core, (phrase, kind), toks)
        vague = _vague_at(toks, k)
        if vague is not None:
            return _from_vague(i, k, vague, (phrase, kind))
    if low == "from" and _word_before(toks, i) in _CHANGE_WORDS:
        # "would rise from 3,000 to 7,000": two counts, before and after, not a range
        core = _core_at(toks, i + 1, None, ranges=False)
        if core is not None:
            return _from_core(i + 1, i + 1, core, None, toks)
    elif (
        _word_before(toks, i) == "by"
        and _word_before(toks, i - 1) in _CHANGE_WORDS
        and _low(toks, i + 3) not in {"percent", "%", "per", "pc"}  # "by 5 to 10 percent"
    ):
        # "had risen by one to eight": the change, then the count, not a range
        core = _core_at(toks, i, None, ranges=False)
        if core is not None:
            return _from_core(i, i, core, None, toks)
    elif low in ("between", "from"):
        core = _core_at(toks, i + 1, low)
        if core is not None:
            return _from_core(i, i + 1, core, None, toks)
    vague = _vague_at(toks, i)
    if vague is not None:
        return _from_vague(i, i, vague, None)
    core = _core_at(toks, i, None)
    if core is not None:
        return _from_core(i, i, core, None, toks)
    return None


# --- Context ----------------------------------------------------------------------------------


def _word_before(toks: list[_Tok], i: int) -> str:
    """The word before token ``i``, looking through the full stop of "No. 5" or "Art. 16"."""
    prev = _low(toks, i - 1)
    if prev == "." and _low(toks, i - 2) in ABBREVIATED_LABELS:
        return _low(toks, i - 2)
    return prev


def _countable(toks: list[_Tok], m: _Match) -> bool:
    """Whether a match reads as a count, judging by the words around it."""
    n = len(toks)
    core, start, end = m.core, m.start, m.end
    # Glued on the left: "A320", "AK-47", "$5", "#3", "'90s", "-5".
    if _adjacent(toks, core):
        before = toks[core - 1]
        if before.kind != "punct" or before.low in _ATTACHED_BEFORE:
            return False
    prev = _word_before(toks, start)
    if prev in LABEL_WORDS or prev in CURRENCY_PREFIXES or prev in _SYMBOLS_BEFORE:
        return False
    if m.one_word and prev in ONE_PRONOUN_BEFORE:
        return False
    if m.small and _month_before(toks, start):
        return False  # "November 13", "Nov. 13"
    if end < n:
        nxt = toks[end]
        # Glued on the right: "1990s", "3rd", "10am", "5%", "90's", "12-year-old", "24/7".
        if _adjacent(toks, end):
            if nxt.kind != "punct":
                return False
            if nxt.low in ("%", "'", "’", "/", ":", "°"):
                return False
            if nxt.low in _HYPHENS and _low(toks, end + 1) != "strong":
                return False
        if not _after_ok(toks, m):
            return False
    if m.year_shaped and not m.qualified:
        return _low(toks, end) in COUNT_NOUNS
    return True


def _month_before(toks: list[_Tok], i: int) -> bool:
    """Whether a month name stands right before token ``i`` as a date ("May 5", "Nov. 13"),
    not as a time frame ("in May 5 people died")."""
    k = i - 2 if _low(toks, i - 1) == "." else i - 1
    if k < 0 or toks[k].low not in MONTHS:
        return False
    return _low(toks, k - 1) not in MONTH_ONLY_BEFORE


_TIME_DEICTICS: Final = frozenset({"last", "next", "past", "previous", "this"})
_SINGULAR_TIME_UNITS: Final = frozenset({"year", "month", "week", "day", "night", "weekend"})


def _after_ok(toks: list[_Tok], m: _Match) -> bool:
    end = m.end
    word = _low(toks, end)
    if word == "%":
        return False
    k = end + 1 if word in UNIT_MODIFIERS else end
    unit = _low(toks, k)
    if word in _TIME_DEICTICS and unit in _SINGULAR_TIME_UNITS:
        return True  # "rose to 10,800 last year": a count, then when (not "five last years")
    if unit in _AFTER_UNITS or (unit == "per" and _low(toks, k + 1) in ("cent", "centum")):
        return False
    if word == "of" and _low(toks, end + 1) in _AFTER_UNITS:
        return False  # "thousands of dollars", "hundreds of miles"
    if word == "local" and _low(toks, end + 1) == "time":
        return False
    if word in ("a", "p") and _low(toks, end + 1) == "." and _low(toks, end + 2) == "m":
        return False  # "8 a.m."
    if m.small and word in MONTHS:
        if word != "may" or toks[end].text == "May":
            return False
        following = toks[end + 1].text if end + 1 < len(toks) else ""
        if _YEAR_RE.fullmatch(following) or _word_before(toks, m.start) in DATE_PREPOSITIONS:
            return False
    if _ratio_end(toks, m) is not None:
        return False
    return not (m.one_word and word == "another")  # "one another"


def _ratio_end(toks: list[_Tok], m: _Match) -> int | None:
    """The token after the denominator when the match is the numerator of a ratio ("one in
    five", "one out of ten", "one by one"), else ``None``."""
    word = _low(toks, m.end)
    if word == "in":
        k = m.end + 1
    elif word == "out" and _low(toks, m.end + 1) == "of":
        k = m.end + 2
    elif word == "by" and m.one_word and _low(toks, m.end + 1) == "one":
        return m.end + 2
    else:
        return None
    nums = _numbers_at(toks, k)
    if m.value is None or not nums or nums[-1].year_shaped:
        return None
    if not m.value < nums[0].value <= 1000:
        return None  # "killed 30 in two bombings" is no ratio
    return nums[0].end


# --- Public API -------------------------------------------------------------------------------


def _to_quantity(text: str, toks: list[_Tok], m: _Match) -> Quantity:
    start, end = toks[m.start].start, toks[m.end - 1].end
    return Quantity(
        value=m.value,
        qualifier=m.qualifier,
        minimum=m.minimum,
        maximum=m.maximum,
        text=text[start:end],
        start=start,
        end=end,
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every count stated in ``text``, in order, with character offsets into ``text``.

    Years, times, dates, ordinals, percentages, money, measures, durations, labels ("article 5")
    and codes are skipped (see the module docstring), so what is returned can count people.
    """
    toks = _tokenize(text)
    found: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        m = _match_at(toks, i)
        if m is None:
            i += 1
            continue
        if not m.reject and _countable(toks, m):
            found.append(_to_quantity(text, toks, m))
            i = max(m.end, i + 1)
        elif _year_to_count(m):
            i = m.core + 1  # "rose 80 percent in 2014 to 32,685": a year, then the count
        else:
            i = max(_ratio_end(toks, m) or m.end, i + 1)
    return found


def _year_to_count(m: _Match) -> bool:
    """Whether a rejected range runs from a year to a count that is no year ("in 2014 to
    32,685"): the year dates the count after it, no range."""
    if m.minimum is None or m.maximum is None:
        return False
    return 1900 <= m.minimum <= 2100 < m.maximum


_SHARE: Final = re.compile(
    r"(?i)\b(?:(about|around|some|roughly|approximately|nearly|almost|more than|over|at least|"
    r"less than|fewer than|up to)\s+)?(\d{1,3})\s*(?:%|percent\b|per\s+cent\b)"
)


# Fractions that are a whole percentage, said of a group: "half of them", "a quarter of those".
# "A third" (33.3...) has no whole percentage and is left out rather than rounded.
_FRACTION_SHARE: Final = re.compile(
    r"(?i)\b(?:(about|around|some|roughly|nearly|almost|more than|over|at least|less than|"
    r"up to)\s+)?(half|a quarter|one quarter|three[- ]quarters|a fifth|one fifth|a tenth|"
    r"one tenth)(?=\s+of\b)"
)
_FRACTION_PERCENT: Final = {
    "half": 50,
    "a quarter": 25,
    "one quarter": 25,
    "three quarters": 75,
    "three-quarters": 75,
    "a fifth": 20,
    "one fifth": 20,
    "a tenth": 10,
    "one tenth": 10,
}


def find_shares(text: str) -> list[Quantity]:
    """Whole percentages stated in ``text`` ("about 40 percent", "12%", "per cent", "half of
    them", "a quarter of those"), as quantities with ``percent`` set and no count: the share of
    a group counted elsewhere. A decimal ("12.5%"), a figure above 100 or a fraction with no
    whole percentage ("a third") is left out rather than rounded."""
    found: list[Quantity] = []
    for match in _FRACTION_SHARE.finditer(text):
        qualifier = match.group(1).lower() if match.group(1) else None
        percent = _FRACTION_PERCENT[" ".join(match.group(2).lower().split())]
        found.append(
            Quantity(
                None, qualifier, None, None, match.group(0), match.start(), match.end(), percent
            )
        )
    for match in _SHARE.finditer(text):
        if match.start(2) > 0 and text[match.start(2) - 1] in ".,":
            continue  # "12.5%": the 5 of a decimal
        percent = int(match.group(2))
        if percent > 100:
            continue
        qualifier = match.group(1).lower() if match.group(1) else None
        found.append(
            Quantity(
                None, qualifier, None, None, match.group(0), match.start(), match.end(), percent
            )
        )
    return sorted(found, key=lambda q: q.start)


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a short phrase ("at least 129", "dozens", "two or three thousand"),
    or ``None``. Offsets are into ``text``; the same exclusions as :func:`find_quantities`
    apply, so "2015" or "$5 million" give ``None``."""
    found = find_quantities(text)
    return found[0] if found else None


def is_countable_context(text: str, start: int, end: int) -> bool:
    """Whether the number written at ``text[start:end]`` reads as a count in its sentence.

    ``False`` for years, times, dates, ordinals, percentages, money, measures, durations, labels
    ("article 5") and codes, and when no number starts at ``start``.
    """
    toks = _tokenize(text)
    for i, tok in enumerate(toks):
        if tok.start >= end:
            break
        if tok.start >= start:
            m = _match_at(toks, i)
            return m is not None and not m.reject and _countable(toks, m)
    return False


def word_to_number(word: str) -> int | None:
    """The whole number a word or number phrase writes, or ``None``.

    "three" -> 3, "twenty-one" -> 21, "eleven" -> 11, "one hundred and twenty" -> 120,
    "a dozen" -> 12, "1,200" -> 1200, "1.5 million" -> 1500000, "hundred" -> 100. Ordinals
    ("second"), vague words ("dozens"), "no one" and non-whole values ("2.5") give ``None``.
    """
    toks = _tokenize(word.strip())
    if not toks:
        return None
    if len(toks) == 1 and toks[0].low in LONE_SCALES:
        return LONE_SCALES[toks[0].low]
    for reading in _numbers_at(toks, 0):
        if reading.end == len(toks):
            return _integral(reading.value) if reading.whole else None
    return None
