"""Tests for veille.nlp.numbers: counts, hedges, ranges and the numbers that are not counts."""

from __future__ import annotations

import pytest

from veille.models import Quantity
from veille.nlp.numbers import (
    find_quantities,
    is_countable_context,
    parse_quantity,
    word_to_number,
)

Row = tuple[int | None, str | None, int | None, int | None]


def _row(q: Quantity | None) -> Row | None:
    return None if q is None else (q.value, q.qualifier, q.minimum, q.maximum)


def _spans(text: str) -> list[str]:
    found = find_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text, q
    return [q.text for q in found]


# --- word_to_number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("zero", 0),
        ("one", 1),
        ("three", 3),
        ("eleven", 11),
        ("nineteen", 19),
        ("twenty", 20),
        ("twenty-one", 21),
        ("Twenty-One", 21),
        ("twenty one", 21),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("one hundred", 100),
        ("hundred", 100),
        ("one hundred and twenty", 120),
        ("two thousand five hundred and six", 2506),
        ("a thousand", 1000),
        ("eleven hundred", 1100),
        ("a dozen", 12),
        ("dozen", 12),
        ("three dozen", 36),
        ("3 dozen", 36),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("two million five hundred thousand", 2_500_000),
        ("129", 129),
        ("1,200", 1200),
        ("1,234,567", 1_234_567),
        ("1.5 million", 1_500_000),
        ("2 thousand", 2000),
        ("  seven  ", 7),
        ("THIRTY", 30),
        ("one hundred and twenty-five", 125),
        ("a hundred and fifty", 150),
        ("nine hundred ninety-nine thousand", 999_000),
        ("12 000", 12_000),
    ],
)
def test_word_to_number(word: str, expected: int) -> None:
    assert word_to_number(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        "",
        "second",
        "third",
        "twenty-first",
        "first",
        "dozens",
        "hundreds",
        "several",
        "no one",
        "none",
        "2.5",
        "1.5",
        "twenty people",
        "one two",
        "a",
        "and",
        "20:50",
        "0800",
        "5.0",
    ],
)
def test_word_to_number_rejects(word: str) -> None:
    assert word_to_number(word) is None


# --- parse_quantity: hedges -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # exact figures
        ("129", (129, None, None, None)),
        ("1,200", (1200, None, None, None)),
        ("1.5 million", (1_500_000, None, None, None)),
        ("three", (3, None, None, None)),
        ("twenty-one", (21, None, None, None)),
        ("a hundred", (100, None, None, None)),
        ("one hundred and twenty", (120, None, None, None)),
        ("eleven", (11, None, None, None)),
        ("3 dozen", (36, None, None, None)),
        ("a dozen", (12, None, None, None)),
        ("half a dozen", (6, None, None, None)),
        ("a score of people", (20, None, None, None)),
        ("exactly 12", (12, "exactly", 12, 12)),
        ("a total of 30", (30, "a total of", 30, 30)),
        # lower bounds
        ("at least 129", (129, "at least", 129, None)),
        ("At least 129", (129, "at least", 129, None)),
        ("AT LEAST 129", (129, "at least", 129, None)),
        ("no fewer than 20", (20, "no fewer than", 20, None)),
        ("not less than 20", (20, "not less than", 20, None)),
        ("a minimum of 8", (8, "a minimum of", 8, None)),
        ("at least a dozen", (12, "at least", 12, None)),
        ("at least one", (1, "at least", 1, None)),
        ("30 or more", (30, "or more", 30, None)),
        ("100-plus", (100, "plus", 100, None)),
        ("100+", (100, "plus", 100, None)),
        ("more than 100", (100, "more than", 101, None)),
        ("More than 100", (100, "more than", 101, None)),
        ("over 100", (100, "over", 101, None)),
        ("upwards of 300", (300, "upwards of", 301, None)),
        ("in excess of 300", (300, "in excess of", 301, None)),
        ("well over 100", (100, "well over", 101, None)),
        ("just over 100", (100, "just over", 101, None)),
        ("a little more than 40", (40, "a little more than", 41, None)),
        ("more than a dozen", (12, "more than", 13, None)),
        ("more than one", (1, "more than", 2, None)),
        ("more than two thousand", (2000, "more than", 2001, None)),
        # upper bounds
        ("up to 30", (30, "up to", None, 30)),
        ("as many as 30", (30, "as many as", None, 30)),
        ("at most 30", (30, "at most", None, 30)),
        ("no more than 30", (30, "no more than", None, 30)),
        ("a maximum of 30", (30, "a maximum of", None, 30)),
        ("10 or fewer", (10, "or fewer", None, 10)),
        ("nearly 50", (50, "nearly", None, 50)),
        ("almost 50", (50, "almost", None, 50)),
        ("just short of 50", (50, "just short of", None, 50)),
        ("fewer than 10", (10, "fewer than", None, 9)),
        ("less than 10", (10, "less than", None, 9)),
        ("under 10", (10, "under", None, 9)),
        ("just under 100", (100, "just under", None, 99)),
        ("up to a hundred", (100, "up to", None, 100)),
        # approximations: no bound
        ("about 50", (50, "about", None, None)),
        ("around 50", (50, "around", None, None)),
        ("some 50", (50, "some", None, None)),
        ("close to 50", (50, "close to", None, None)),
        ("roughly 50", (50, "roughly", None, None)),
        ("approximately 50", (50, "approximately", None, None)),
        ("approx. 50", (50, "approx", None, None)),
        ("an estimated 500", (500, "an estimated", None, None)),
        ("perhaps 40", (40, "perhaps", None, None)),
        ("more or less 40", (40, "more or less", None, None)),
        ("20 or so", (20, "or so", None, None)),
        ("20-odd", (20, "odd", None, None)),
        ("sixty-odd", (60, "odd", None, None)),
        ("some 2000", (2000, "some", None, None)),
        ("about a thousand", (1000, "about", None, None)),
        ("close to 50 French nationals", (50, "close to", None, None)),
    ],
)
def test_parse_quantity(phrase: str, expected: Row) -> None:
    assert _row(parse_quantity(phrase)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between 20 and 30", (None, "range", 20, 30)),
        ("Between 20 and 30", (None, "range", 20, 30)),
        ("20 to 30", (None, "range", 20, 30)),
        ("20-30", (None, "range", 20, 30)),
        ("20–30", (None, "range", 20, 30)),
        ("from 20 to 30", (None, "range", 20, 30)),
        ("20 or 30", (None, "range", 20, 30)),
        ("one or two", (None, "range", 1, 2)),
        ("two or three", (None, "range", 2, 3)),
        ("two or three thousand", (None, "range", 2000, 3000)),
        ("five or six hundred", (None, "range", 500, 600)),
        ("2 or 3 thousand", (None, "range", 2000, 3000)),
        ("between 5 and 10 million", (None, "range", 5_000_000, 10_000_000)),
        ("1.5 to 2 million", (None, "range", 1_500_000, 2_000_000)),
        ("between 500 and 2 thousand", (None, "range", 500, 2000)),
        ("between one hundred and two hundred", (None, "range", 100, 200)),
        ("twenty-five to thirty", (None, "range", 25, 30)),
        ("twenty or twenty-five thousand", (None, "range", 20_000, 25_000)),
        ("between one and two hundred", (None, "range", 100, 200)),
        ("three or four dozen", (None, "range", 36, 48)),
        ("1,000 to 1,500", (None, "range", 1000, 1500)),
        ("about 20 to 30", (None, "range", 20, 30)),
        ("up to 20-30", (None, "up to", None, 30)),
        ("at least 20 to 30", (None, "at least", 20, None)),
    ],
)
def test_parse_range(phrase: str, expected: Row) -> None:
    assert _row(parse_quantity(phrase)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("dozens", (None, "dozens", 24, None)),
        ("Dozens", (None, "dozens", 24, None)),
        ("scores of people", (None, "scores", 40, None)),
        ("hundreds", (None, "hundreds", 200, None)),
        ("thousands", (None, "thousands", 2000, None)),
        ("millions", (None, "millions", 2_000_000, None)),
        ("tens of thousands", (None, "tens of thousands", 20_000, None)),
        ("hundreds of thousands", (None, "hundreds of thousands", 200_000, None)),
        ("several", (None, "several", 2, None)),
        ("several hundred", (None, "several hundred", 200, None)),
        ("several dozen", (None, "several dozen", 24, None)),
        ("a few", (None, "a few", 2, None)),
        ("a few dozen", (None, "a few dozen", 24, None)),
        ("a few hundred", (None, "a few hundred", 200, None)),
        ("many", (None, "many", None, None)),
        ("many thousands", (None, "many thousands", 2000, None)),
        ("numerous", (None, "numerous", None, None)),
        ("a handful", (None, "a handful", None, None)),
        ("a handful of", (None, "a handful", None, None)),
        ("a couple", (2, "a couple", None, None)),
        ("a couple of hundred", (200, "a couple", None, None)),
        ("perhaps thousands", (None, "perhaps thousands", 2000, None)),
        ("up to several hundred", (None, "up to several hundred", None, None)),
    ],
)
def test_parse_vague(phrase: str, expected: Row) -> None:
    assert _row(parse_quantity(phrase)) == expected


def test_parse_quantity_offsets_and_text() -> None:
    q = parse_quantity("  at least 129 people")
    assert q is not None
    assert (q.text, q.start, q.end) == ("at least 129", 2, 14)


@pytest.mark.parametrize(
    "phrase",
    ["", "people", "no one", "nobody", "second", "in 2015", "$5 million", "50%", "20:50"],
)
def test_parse_quantity_none(phrase: str) -> None:
    assert parse_quantity(phrase) is None


# --- find_quantities: spans and offsets -------------------------------------------------------


def test_offsets_cover_the_qualifier() -> None:
    text = "The attacks killed at least 129 people and wounded more than 350."
    found = find_quantities(text)
    assert [_row(q) for q in found] == [
        (129, "at least", 129, None),
        (350, "more than", 351, None),
    ]
    assert [(q.start, q.end) for q in found] == [(19, 31), (51, 64)]
    assert [text[q.start : q.end] for q in found] == ["at least 129", "more than 350"]


def test_a_change_gives_the_count_before_and_after_not_a_range() -> None:
    text = "The number of soldiers would rise from 3,000 to 7,000, and from 20 to 30 were hurt."
    assert [_row(q) for q in find_quantities(text)] == [
        (3000, None, None, None),
        (7000, None, None, None),
        (None, "range", 20, 30),
    ]


def test_range_offsets() -> None:
    text = "Police said between 20 and 30 people died, and two or three thousand fled."
    found = find_quantities(text)
    assert [q.text for q in found] == ["between 20 and 30", "two or three thousand"]
    assert found[0].start == text.index("between")
    assert found[1].end == text.index(" fled")
    assert [(q.minimum, q.maximum) for q in found] == [(20, 30), (2000, 3000)]


def test_spans_in_a_long_sentence() -> None:
    text = (
        "On 13 November 2015, at 21:20, gunmen armed with AK-47 rifles killed 130 people, "
        "including 90 at the Bataclan, and injured 413, about 100 of them seriously; "
        "$5 million in damage was reported, 50% of it at the stadium."
    )
    assert _spans(text) == ["130", "90", "413", "about 100"]


def test_offsets_of_every_match_slice_back() -> None:
    text = "Dozens were hurt, a dozen were killed, hundreds fled and 1,200 troops were sent."
    assert _spans(text) == ["Dozens", "a dozen", "hundreds", "1,200"]


# --- lower-case newswire (MUC-4) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 12 people were killed", ["at least 12"]),
        ("five peasants were murdered by the death squad", ["five"]),
        ("the army said 12 guerrillas died in the clash", ["12"]),
        ("THE ARMY SAID 12 PEASANTS DIED", ["12"]),
        ("one of the attackers was killed", ["one"]),
        ("twenty-one soldiers and forty five civilians died", ["twenty-one", "forty five"]),
        ("some 300 people were detained on 5 may", ["some 300"]),
        ("more than a hundred policemen were hurt", ["more than a hundred"]),
        ("a dynamite attack on 13 november 1989 killed two", ["two"]),
        ("dozens of peasants fled", ["dozens"]),
        ("the bomb exploded at 2050 hours, killing 3", ["3"]),
        ("five may have died", ["five"]),
    ],
)
def test_lower_case_text(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


# --- find_quantities: not counts --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # years
        "The attack happened in 2015.",
        "in 1990 and 1991",
        "between 2010 and 2015",
        "the 2015 attacks",
        "a 2014-15 campaign",
        "the 1990s",
        "the 1990's",
        "in the '90s",
        # times
        "at 20:50",
        "at 21:20 local time",
        "at 1430 local time",
        "at 8 pm",
        "at 8 p.m.",
        "at 10am",
        "at 8.30 pm",
        "at 0800 GMT",
        "at 10 o'clock",
        # dates
        "on 13 November",
        "on 13 november",
        "13 Nov.",
        "on November 13",
        "on Nov. 13",
        "on May 5",
        "on 5 May",
        "on 5 may",
        "5 may 2015",
        "between 13 and 14 november",
        "13-14 November",
        "2015-11-13",
        "13/11/2015",
        "9/11",
        # ordinals
        "the second gunman",
        "the 3rd floor",
        "the twenty-first victim",
        "on the 13th",
        # percentages
        "50% of the victims",
        "50 % of the victims",
        "50 per cent",
        "50 percent",
        "between 5 and 10 percent",
        # money
        "$5 million",
        "US$ 5 million",
        "£20",
        "€ 300",
        "5 million dollars",
        "20,000 pesos",
        "Rs. 500",
        "USD 40",
        "between 5 and 10 million dollars",
        "thousands of dollars",
        "a 2.5 billion euro fund",
        # article numbers and labels
        "article 5",
        "Article 16 of the constitution",
        "Art. 16",
        "No. 5",
        "Security Council resolution 2249",
        "flight 9268",
        "zone 1 of Guatemala city",
        "calle 45 with carrera 13",
        "kilometer 40 of the highway",
        "page 3",
        "a man aged 25",
        # measures, durations, ages, codes
        "a 12-year-old boy",
        "a three-day siege",
        "5 km away",
        "three days later",
        "24 hours",
        "for five more days",
        "hundreds of miles",
        "dozens of times",
        "an AK-47",
        "COVID-19",
        "an A320",
        "the G20",
        "a magnitude 6.5 quake",
        "6.5",
        "-5 degrees",
        "3-1",
        "one in five",
        "one out of ten",
        "one another",
        "one by one",
        "one day",
        "at one point",
        # not one
        "no one was hurt",
        "No one was hurt",
        "no-one was killed",
        "any one of them",
        "every one of them",
        "how many died is unknown",
        "twice as many",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2015, 130 people were killed.", ["130"]),
        ("killed 5 in 2015", ["5"]),
        ("at least 2000 people", ["at least 2000"]),
        ("2015 people were evacuated", ["2015"]),
        ("in May 5 people died", ["5"]),
        ("on 13 November 2015 130 people died", ["130"]),
        ("a 5,000-strong force", ["5,000"]),
        ("1,500+ people", ["1,500+"]),
        ("every one of the 30 passengers", ["30"]),
        ("killed 5 - 10 more were hurt", ["5", "10"]),
        ("they were 12 (including 3 children)", ["12", "3"]),
        ("so many people", ["many"]),
    ],
)
def test_counts_next_to_non_counts(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


def test_no_one_is_not_one_but_one_of_is() -> None:
    assert _spans("No one was killed but one of the attackers was wounded.") == ["one"]
    [q] = find_quantities("one of the attackers")
    assert _row(q) == (1, None, None, None)


def test_hyphenated_words() -> None:
    text = "Twenty-one people died and ninety-nine were hurt; a half-dozen fled."
    assert [_row(q) for q in find_quantities(text)] == [
        (21, None, None, None),
        (99, None, None, None),
        (6, None, None, None),
    ]


def test_a_dozen_and_dozens() -> None:
    text = "a dozen soldiers and dozens of civilians"
    assert [_row(q) for q in find_quantities(text)] == [
        (12, None, None, None),
        (None, "dozens", 24, None),
    ]


def test_two_or_three_thousand_in_a_sentence() -> None:
    text = "witnesses said two or three thousand people had gathered"
    [q] = find_quantities(text)
    assert _row(q) == (None, "range", 2000, 3000)
    assert q.text == "two or three thousand"
    assert (q.start, q.end) == (15, 36)


def test_invalid_range_is_skipped_whole() -> None:
    assert _spans("the score was 3-1 and 4 died") == ["4"]


def test_empty_and_plain_text() -> None:
    assert find_quantities("") == []
    assert find_quantities("Nobody claimed the attack.") == []


def test_results_are_models_quantity() -> None:
    [q] = find_quantities("some 50 people")
    assert isinstance(q, Quantity)


# --- is_countable_context ---------------------------------------------------------------------


def test_is_countable_context() -> None:
    text = "In 2015, 130 people were killed at 21:20 on 13 November, costing $5 million."
    assert not is_countable_context(text, 3, 7)  # 2015
    assert is_countable_context(text, 9, 12)  # 130
    at = text.index("21:20")
    assert not is_countable_context(text, at, at + 5)
    at = text.index("13 Nov")
    assert not is_countable_context(text, at, at + 2)
    at = text.index("5 million")
    assert not is_countable_context(text, at, at + 9)
    assert not is_countable_context(text, 0, 2)  # no number there


def test_is_countable_context_with_qualifier() -> None:
    text = "at least 129 people"
    assert is_countable_context(text, 0, 12)
    assert is_countable_context(text, 9, 12)


def test_ratio_needs_a_larger_denominator() -> None:
    assert _spans("they killed 30 in two bombings") == ["30", "two"]
    assert _spans("one in five residents fled") == []


@pytest.mark.parametrize("text", ["5.000 people", "1.500 people", "6.5", "5.000 to 6.000 people"])
def test_bare_decimals_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 000 soldiers", 12_000),
        ("12\u00a0000 soldiers", 12_000),
        ("12\u202f000 soldiers", 12_000),
        ("some 1 200 000 refugees.", 1_200_000),
        ("they counted 12 000.", 12_000),
    ],
)
def test_space_grouped_thousands(text: str, value: int) -> None:
    [q] = find_quantities(text)
    assert q.value == value
    assert text[q.start : q.end] == q.text


def test_shares_are_percentages_without_a_count() -> None:
    from veille.nlp.numbers import find_shares

    found = find_shares("about 40 percent of them have returned; 12% more; 12.5% less")
    assert [(q.text, q.percent, q.qualifier, q.value) for q in found] == [
        ("about 40 percent", 40, "about", None),
        ("12%", 12, None, None),
    ]
    assert find_shares("a 300 percent rise") == []  # no share of a group above a hundred
    fractions = find_shares("about half of them returned; a third of them died; half an hour")
    assert [(q.text, q.percent, q.qualifier) for q in fractions] == [("about half", 50, "about")]
    # counts never include percentages
    assert [q.value for q in find_quantities("about 40 percent of 900 people")] == [900]


def test_a_year_then_a_count_is_no_range() -> None:
    # "rose 80 percent in 2014 to 32,685": the year dates the count after it
    assert [(q.text, q.value) for q in find_quantities("rose in 2014 to 32,685, a record")] == [
        ("32,685", 32685)
    ]
    assert [(q.minimum, q.maximum) for q in find_quantities("between 10 to 20 people")] == [
        (10, 20)
    ]


def test_a_change_by_a_number_to_another_is_no_range() -> None:
    found = [(q.text, q.value, q.qualifier) for q in find_quantities("had risen by one to eight")]
    assert found == [("one", 1, None), ("eight", 8, None)]
    assert all(q.value != 5 for q in find_quantities("prices rose by 5 to 10 percent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number rose to 10,800 last year.", ["10,800"]),  # a count, then when
        ("Police killed 5 last week.", ["5"]),
        ("for three more days", []),  # a duration
        ("in the past five years", []),
    ],
)
def test_a_count_before_last_year_is_a_count(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected
