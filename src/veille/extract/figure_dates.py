"""When a figure holds: its ``as_of`` day or its ``period``, from the date words of its clause.

Used by :mod:`veille.extract.figures`. A count is dated by a date phrase in its own words ("as of
March", "by the end of 2018", "since 2012", "over the past year", "in the year to March 2023");
the day a count was said ("..., the minister said on Monday") dates only a count the text gives
in the present ("5,000 have gone", "800 are held"), or a number someone "put at" then, which
stands on that day; a past act said on Monday happened before it. A count drawn from reports of
a date ("according to the answer, which is based on intelligence reports dated Oct. 30") is as
of that date, in its own sentence or the one before; one "said then", in an undated sentence,
takes the date of the sentence before ("In April last year, ...", then "Dillon said then that
about 40 of them were children"). Relative periods are resolved against the publication date
and stay unknown without one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc, Span, Token

from ..models import DateValue
from ..nlp.dates import DateMention, dates_in, shift_month
from ..nlp.numbers import word_to_number
from ..nlp.text import doc_text
from .headline import lead_sentence

__all__ = [
    "Period",
    "now_day",
    "put_at",
    "put_at_root",
    "said_day",
    "said_then_day",
    "said_with_the_lead",
    "source_day",
    "standing",
    "when",
]

Period = tuple[DateValue, DateValue | None]
"""``(start, end)``; ``end`` is ``None`` for a period that runs to the time of writing."""

_YEAR_TO: Final = re.compile(r"(?i)\b(?:year|12 months|twelve months)\s+(?:to|ending|until)\s*$")
_AS_OF_BEFORE: Final = re.compile(
    r"(?:\bas (?:of|at)|\bby|\bat the (?:end|start|beginning) of|\buntil|\btill|\bup to)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_EARLIER: Final = re.compile(
    r"(?i)[^,;.]{0,60}?\b(?P<phrase>(?:a|one) year (?:earlier|before)|the (?:year before|"
    r"previous year|prior year))\b"
)
"""A count told with "a year earlier" after it, in its own clause ("against four killed and 14
wounded a year earlier")."""
_SPEECH_BEFORE: Final = re.compile(
    r"\b(?:said|says|told \w+(?: \w+){0,4}|announced|added|reported|stated|wrote|estimated|"
    # "In a report on Islamic State's foreign fighters published in October 2017"
    r"published|released)"
    r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?\w+)?"  # "said in a report on Friday"
    # "told a parliamentary committee in February that about 180 people were abroad"
    r"\s*,?\s*(?:on|in|late|early)?\s*$",
    re.IGNORECASE,
)
_FIRST_MONTHS: Final = re.compile(
    r"(?i)\bthe first (?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven) months of "
    r"(?P<year>(?:19|20)\d\d)\b"
)
_PERIOD_PHRASE: Final = re.compile(
    r"\b(?:since|from) the (?:start|beginning) of (?:(?P<this>the|this) year|(?P<year>(?:19|20)"
    r"\d\d))"
    r"|\b(?:over|in|during|within) the (?:past|last) (?:(?P<n>\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|eighteen|few|several) )?(?P<unit>years?|months?|decades?|weeks?|"
    r"days?)"
    r"|\bso far this year\b",
    re.IGNORECASE,
)


def when(
    doc: Doc,
    lo: int,
    hi: int,
    counted: Span,
    reference: dt.date | None,
    number: Span | None = None,
) -> tuple[DateValue | None, Period | None, tuple[int, int] | None]:
    """``as_of`` or ``period`` from the date words in ``[lo, hi)`` outside the counted phrase.

    The day a count was said ("..., the commissioner said on Monday") is no date of it here: it
    dates only a :func:`standing` count, through :func:`said_day`. With the count's own
    ``number``, a year told right after it is its own ("142 attacks in 2016 and 211 in 2015"),
    and one told right after another number before it is that number's ("compared with 10 in
    2017, while 16 plots were foiled")."""
    text = doc_text(doc)
    inside = (counted.start_char, counted.end_char)
    for m in _FIRST_MONTHS.finditer(text, lo, hi):
        # "in the first six months of 2015": from January to the sixth month
        months = word_to_number(m.group("n").lower()) or 0
        if 1 <= months <= 11:
            year = m.group("year")
            first = DateValue(f"{year}-01", "month", m.group(0))
            last = DateValue(f"{year}-{months:02d}", "month", m.group(0))
            return None, (first, last), (m.start(), m.end())
    for m in _PERIOD_PHRASE.finditer(text, lo, hi):
        if inside[0] <= m.start() < inside[1]:
            continue
        return None, _relative_period(m, reference), (m.start(), m.end())
    mentions: list[DateMention] = dates_in(doc, lo, hi)
    if number is not None:
        earlier = _year_earlier(doc, number)
        if earlier is not None:
            return earlier
        mentions = _own_dates_first(doc, mentions, number)
    for mention in mentions:
        if inside[0] <= mention.start < inside[1]:
            continue
        value = mention.value
        if value.value is None:
            continue  # "last week", "recently": no date to give
        before = text[max(0, mention.start - 40) : mention.start]
        words = mention.text.lower()
        if _SPEECH_BEFORE.search(before) or (
            _opens_a_saying(counted.sent, mention) and not _what_was_reported(counted)
        ):
            continue
        if text.startswith(("'s", "’s"), mention.end) or _NAMES_AN_ATTACK.match(text, mention.end):
            # "in connection with Monday's attack", "held over the July 21 attempts": the date
            # of another thing
            continue
        if number is not None and _in_an_aside(doc, mention, number):
            continue  # "The Taliban, the deadliest group in 2013, came third with 3,477 deaths"
        if _describes_a_thing(doc, mention, counted):
            continue  # "both before and after an amnesty offered in 2015": the amnesty's year
        if _WHEN_SAID.match(text, mention.end):
            # "The estimates show a rise since August, when David Irvine ... said about 60
            # Australians were fighting": the month the count was said, not a period from it
            return value, None, (mention.start, mention.end)
        if words.startswith(("since", "from", "after")) or _OPENING_BEFORE.search(before):
            end = _range_end(doc, mention, mentions)
            return None, (value, end), (mention.start, mention.end)
        if value.precision == "month" and _YEAR_TO.search(before):
            # "in the year to March 2023": the twelve months that end with that month
            return None, (_year_before(value), value), (mention.start, mention.end)
        if words.startswith(("by", "until", "till")) or _AS_OF_BEFORE.search(before):
            return value, None, (mention.start, mention.end)
        if value.precision in {"year", "month"} or words.startswith(("this ", "last ")):
            return None, (value, value), (mention.start, mention.end)
        if value.precision == "day":
            return value, None, (mention.start, mention.end)
    return None, None, None


# ", when David Irvine, then director-general of ..., said": the date of a saying
_WHEN_SAID: Final = re.compile(
    r",\s+when\s+(?:[^,.;]{1,60}|[^,.;]{1,60},[^.;]{1,120}?,)\s+(?:said|told|reported|estimated)\b"
)
# "since 2012", "since the summer of 2012": the date opens a period
_OPENING_BEFORE: Final = re.compile(
    r"\b(?:since|from|after)(?:\s+the\s+(?:summer|spring|autumn|fall|winter|start|beginning|"
    r"end|middle)\s+of)?\s*$"
)


def _describes_a_thing(doc: Doc, mention: DateMention, counted: Span) -> bool:
    """Whether the date sits in a participle describing a point in time the count is told
    from ("had come back ..., both before and after an amnesty offered in 2015"), not the
    count's own date (a report "published in June" dates what it counts)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span.root
    for _ in range(4):
        node = node.head
        if node.dep_ == "acl" and node.tag_ == "VBN":
            noun = node.head
            return (
                noun.i not in range(counted.start, counted.end)
                and noun.dep_ == "pobj"
                and noun.head.lower_ in {"before", "after", "since", "until"}
            )
        if node.pos_ == "VERB" or node.head == node:
            return False
    return False


_NAMES_AN_ATTACK: Final = re.compile(
    r"\s+(?:attacks?|attempts?|bombings?|shootings?|blasts?|stabbings?|killings?)\b"
)


def _year_earlier(doc: Doc, number: Span) -> tuple[None, Period, tuple[int, int]] | None:
    """ "Eight police officers were killed ... this year, against four killed and 14 wounded a
    year earlier": the year before the year the sentence told last before the count (or, with
    none, before the publication's year)."""
    text = doc_text(doc)
    sent = number.sent
    m = _YEAR_EARLIER.match(text, number.end_char, sent.end_char)
    if m is None:
        return None
    years = [
        int(mention.value.value[:4])
        for mention in dates_in(doc, sent.start_char, number.start_char)
        if mention.value.value is not None and mention.value.precision != "unknown"
    ]
    if not years:
        return None  # the year before which? A report's year is not always the publication's
    year = years[-1] - 1
    value = DateValue(f"{year:04d}", "year", m.group("phrase"))
    return None, (value, value), (m.start("phrase"), m.end("phrase"))


def _in_an_aside(doc: Doc, mention: DateMention, number: Span) -> bool:
    """Whether the date stands in an apposition that does not hold the count ("The Taliban,
    the deadliest group in 2013, came third with 3,477 deaths"): it describes someone."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span.root
    for _ in range(6):
        if node.dep_ == "appos":
            aside = list(node.subtree)
            inside = aside[0].i <= number.start < aside[-1].i + 1
            # "a total of 119 completed, failed or foiled terrorist attacks in 2019", parsed
            # with the attacks in apposition to the total: the count's own phrase
            described = node.head
            counts_it = described == number.root or described in number.root.ancestors
            return not inside and not counts_it
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_ATTACHED_GAP: Final = re.compile(r"\s*(?:in|during)?\s*")
_SAID_BETWEEN: Final = re.compile(r",[^,]*\b(?:said|told|says|tells)\b[^,]*,\s*(?:adding|and)\b")


def _own_dates_first(doc: Doc, mentions: Sequence[DateMention], number: Span) -> list[DateMention]:
    """The mentions with one told right after ``number`` first, without those told right after
    another number before it."""
    text = doc_text(doc)
    own: list[DateMention] = []
    rest: list[DateMention] = []
    for mention in mentions:
        if mention.start >= number.end_char:
            gap = text[number.end_char : mention.start]
            (own if _ATTACHED_GAP.fullmatch(gap) and "," not in gap else rest).append(mention)
            continue
        other = next(
            (
                t
                for t in reversed(doc[: number.start])
                if t.idx + len(t) <= mention.start and (t.like_num or t.is_punct)
            ),
            None,
        )
        attached = (
            other is not None
            and other.like_num
            and _ATTACHED_GAP.fullmatch(text[other.idx + len(other) : mention.start]) is not None
        )
        # "... since March 2013, Interior Minister Hedi Majdoub told a parliamentary inquiry on
        # Friday, adding that about 800 Tunisian fighters had already come home": the date of
        # the clause before the saying, not of the count added after it
        said_between = _SAID_BETWEEN.search(text, mention.end, number.start_char) is not None
        if not attached and not said_between:
            rest.append(mention)
    return own + rest


def _opening_a_saying(sent: Span, mention: DateMention) -> bool:
    """Whether the date opens a sentence whose root is a saying verb."""
    # the preposition stays outside the mention: "In July 2014, ... told parliament that"
    before = doc_text(sent.doc)[sent.start_char : mention.start].strip(' \n"“')
    # a month or year after its preposition: "In July 2014, ... told parliament that" (a day,
    # "On Saturday, he said ...", dates the count itself, as it always has)
    opening = not before or (
        before.lower() in {"in", "on"} and mention.value.precision in {"month", "year"}
    )
    root = sent.root
    # "In November 2014, the KNB's chief ... put the number of Kazakhs ... at more than 300"
    return opening and (root.lemma_.lower() in _SAYING or put_at_root(root))


def put_at_root(verb: Token) -> bool:
    """Whether the verb puts a number at a count ("put the number of ... at 300")."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _A_NUMBER for c in verb.children
    )


def _opens_a_saying(sent: Span, mention: DateMention) -> bool:
    """ "In December, Majdoub said the authorities had barred 3,970 Tunisians ... in 2016
    alone": the date that opens a sentence told by its saying verb is the saying's."""
    if not _opening_a_saying(sent, mention):
        return False
    # "Since January, his ministry has dismantled eight cells ..., Majdoub said": the date of
    # the act told, which the parse hangs on that act's verb
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.i == sent.root.i


def _what_was_reported(counted: Span) -> bool:
    """ "In 2022, member states had reported 28 attacks": the count is what the saying verb
    reports, so the date that opens the sentence is the count's own."""
    root = counted.root
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head
    return root.dep_ == "dobj" and root.head.i == counted.sent.root.i


def said_day(doc: Doc, sent: Span) -> tuple[DateValue | None, tuple[int, int] | None]:
    """The day (or month, or year: "said in its own assessment early last year") the sentence
    says its words were said ("..., the minister said on Monday"): the date a standing count
    ("5,000 have gone", "800 are held") stands on. A past act said on Monday happened before
    it, so only :func:`standing` counts take it."""
    text = doc_text(doc)
    for mention in dates_in(doc, sent.start_char, sent.end_char):
        before = text[max(sent.start_char, mention.start - 40) : mention.start]
        if mention.value.precision == "unknown":
            continue
        # "In July 2016, the then interior minister told a parliamentary committee that ...":
        # the date that opens a sentence told by its saying verb
        if _SPEECH_BEFORE.search(before) or _opening_a_saying(sent, mention):
            return mention.value, (mention.start, mention.end)
    return None, None


# a saying told with no time of its own: "..., Ayob Khan said, but no one had tried ..."
_BARE_SAYING: Final = re.compile(r"\b(?:said|says|told (?:reporters|lawmakers|parliament))\b")


def said_with_the_lead(
    doc: Doc, sent: Span, own: Sequence[DateMention]
) -> tuple[DateValue | None, tuple[int, int] | None]:
    """The day the lead's words were said ("Fifty-six Malaysians ... remain in Syria, ... the
    country's top counter-terrorism police officer said on Thursday"), for a count a later
    sentence says with no time of its own ("In all, 120 Malaysians are known to have travelled
    to Syria since 2014, Ayob Khan said"): wire copy tells one briefing, dated once. Only a day
    counts; a sentence with any date (``own``) other than its count's period keeps its own."""
    if own or not _BARE_SAYING.search(sent.text):
        return None, None
    lead = lead_sentence(doc)
    if lead is None or sent.start <= lead.start:
        return None, None  # the headline and the lead tell their own time
    said, at = said_day(doc, lead)
    if said is None or said.precision != "day":
        return None, None
    return said, at


# "police currently classed 774 Islamists as Gefaehrder": the count stands at the time of writing
# "... and were now in prison": where they are now
_NOW: Final = re.compile(
    r"(?i)\b(?:currently|presently|at present|right now"
    r"|(?<=\bis )now|(?<=\bare )now|(?<=\bwas )now|(?<=\bwere )now)\b"
)


def now_day(
    doc: Doc, lo: int, hi: int, reference: dt.date | None
) -> tuple[DateValue | None, tuple[int, int] | None]:
    """The publication day, for a count its clause (``[lo, hi)``) says holds "currently" and
    whose saying is given no day of its own: the word that says so is the date's evidence."""
    if reference is None:
        return None, None
    found = _NOW.search(doc_text(doc), lo, hi)
    if found is None:
        return None, None
    return DateValue(reference.isoformat(), "day", found.group(0)), (found.start(), found.end())


_SAID_THEN: Final = re.compile(r"\b(?:said|told \w+|added|estimated) then\b")


def said_then_day(doc: Doc, sent: Span) -> tuple[DateValue | None, tuple[int, int] | None]:
    """The date of the sentence before, when the count was "said then" ("In April last year,
    ... a security report naming about 105 ...", then "Dillon said then that about 40 of them
    were children"): the first date that sentence tells."""
    if sent.start == 0 or not _SAID_THEN.search(sent.text):
        return None, None
    before = doc[sent.start - 1].sent
    for mention in dates_in(doc, before.start_char, before.end_char):
        if mention.value.value is not None:
            return mention.value, (mention.start, mention.end)
    return None, None


def standing(verb: Token | None) -> bool:
    """Whether the count's verb is in the present or present perfect ("have gone", "are
    held", "remain"), so that the count stands on the day it is said."""
    if verb is None:
        return False
    tenses = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if _backshifted(verb, tenses):
        return True
    if any(t.tag_ in {"VBD", "MD"} for t in tenses):
        return False
    return any(t.tag_ in {"VBP", "VBZ"} for t in tenses)


_DATED_SOURCE: Final = re.compile(
    r"(?i)\b(?:based on|from|according to|drawn from)\b[^.;]{0,60}?\b(?:reports?|data|figures|"
    r"statistics|information|records|assessments?)\s+(?:dated|as of|up to|from)\s*$"
)
_TOLD_BACK_SOURCE: Final = re.compile(
    r"(?i)\b(?:according to|in) (?:the|its|their) (?:answer|reply|report|figures|data|statistics)\b"
)


def source_day(doc: Doc, sent: Span) -> tuple[DateValue | None, tuple[int, int] | None]:
    """The date of the reports a count is drawn from ("according to the answer, which is based
    on intelligence reports dated Oct. 30"), told in the count's sentence or in the next one
    when that one names the same source again ("according to the answer")."""
    text = doc_text(doc)
    found = _source_date(doc, text, sent)
    if found[0] is not None or sent.end >= len(doc):
        return found
    following = doc[sent.end].sent
    if _TOLD_BACK_SOURCE.search(text, following.start_char, following.end_char):
        return _source_date(doc, text, following)
    return None, None


def _source_date(
    doc: Doc, text: str, sent: Span
) -> tuple[DateValue | None, tuple[int, int] | None]:
    for mention in dates_in(doc, sent.start_char, sent.end_char):
        if mention.value.value is None or mention.value.precision == "unknown":
            continue
        if _DATED_SOURCE.search(text[sent.start_char : mention.start]):
            return mention.value, (mention.start, mention.end)
    return None, None


def put_at(number: Token) -> bool:
    """Whether the count is the number someone "put at" ("as officials put the number of
    Moroccans who had joined the groups at 1,659"): it stands on the day it was said, though
    the parse may hang it on the verb of the counted phrase."""
    return any(put_at_root(t) for t in number.ancestors)


_SAYING: Final = frozenset({"say", "tell", "report", "estimate", "announce", "state", "write"})
_BELIEVING: Final = frozenset({"believe", "think", "estimate"})
_A_NUMBER: Final = frozenset({"number", "figure", "total", "count", "tally"})
_KNOWN: Final = frozenset({"know", "believe", "think", "estimate", "say", "report"})


def _backshifted(verb: Token, tenses: Sequence[Token]) -> bool:
    """ "said ... that at least 40 people had fought in Syria or were fighting there": the
    present perfect or present of what was said, put in the past by the past saying verb."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "had fought ... or were fighting"
    believed = node.dep_ == "ccomp" and node.head.lemma_.lower() in _BELIEVING
    if believed:
        node = node.head  # "said in February that it believed about 150 ... had returned"
    # "Afghan security forces estimated in March that about 6,500 foreign fighters were
    # active", the estimating verb parsed as a participle of the subject: it says it itself
    said_here = (
        believed
        and node.lemma_.lower() in _SAYING
        and node.tag_ in {"VBD", "VBN"}
        and node.dep_ in {"ROOT", "acl"}
    )
    # "told a parliamentary inquiry on Friday, adding that about 800 ... had already come home"
    adding = node.head.lemma_.lower() == "add" and node.head.tag_ == "VBG"
    root = verb.sent.root
    # "the KNB said about 800 ... had gone ..., and that 120 men ... were with militant groups
    # there": a "that" clause of the saying verb, however the parse hangs it
    that_clause = (
        any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and root.lemma_.lower() in _SAYING
        and _past_tense(root)
    )
    if (
        not said_here
        and not that_clause
        and (
            node.dep_ != "ccomp"
            or not (adding or (node.head.lemma_.lower() in _SAYING and _past_tense(node.head)))
        )
    ):
        return False
    words = {t.lower_ for t in tenses if t is not verb}
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and not words:
        return True  # "told ... that about 180 people were abroad": where they are
    if "had" in words and verb.tag_ == "VBN":
        return True  # had fought, had gone
    if words & {"was", "were"} and verb.tag_ == "VBN" and verb.lemma_.lower() in _KNOWN:
        # "said 115 people were known to have left Spain": what was known then
        return any(c.dep_ == "xcomp" for c in verb.children)
    return bool(words & {"was", "were"}) and verb.tag_ == "VBG"  # were fighting


def _past_tense(verb: Token) -> bool:
    """Whether a saying verb is in the simple past ("reported", which the tagger may read as
    a participle when it heads the sentence with no auxiliary)."""
    if verb.tag_ == "VBD":
        return True
    # ("Radio Liberty's Tajik service reported in March that ...", after a dateline, may be
    # parsed as a participle of its subject)
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"ROOT", "acl"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _year_before(end: DateValue) -> DateValue:
    """The first month of the twelve that end with the month ``end``."""
    assert end.value is not None
    year, month = (int(part) for part in end.value.split("-")[:2])
    year, month = shift_month(year, month, -11)
    return DateValue(f"{year:04d}-{month:02d}", "month", end.expression)


def _range_end(doc: Doc, start: DateMention, mentions: Sequence[DateMention]) -> DateValue | None:
    for other in mentions:
        if other.start > start.end and re.fullmatch(
            r"\s*(?:to|until|till|and|-|–)\s*", doc_text(doc)[start.end : other.start]
        ):
            return other.value
        if other.text.lower().startswith(("to ", "until ")) and other.start - start.end < 5:
            return other.value
    return None


def _relative_period(m: re.Match[str], reference: dt.date | None) -> Period:
    expression = m.group(0)
    if m.group("year"):
        return DateValue(f"{m.group('year')}-01-01", "day", expression), None
    if reference is None:
        return DateValue(None, "unknown", expression), None
    if m.group("this") or expression.lower().startswith("so far"):
        return DateValue(f"{reference.year:04d}-01-01", "day", expression), None
    unit = (m.group("unit") or "").lower().rstrip("s")
    n_text = (m.group("n") or "").lower()
    if n_text in {"few", "several"}:
        return DateValue(None, "unknown", expression), None
    n = word_to_number(n_text) or 1  # "the past two years", "the last 18 months"
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 - n
        year, month = divmod(months, 12)
        return DateValue(f"{year:04d}-{month + 1:02d}", "month", expression), None
    if unit in {"week", "day"}:
        days = n * 7 if unit == "week" else n
        return DateValue((reference - dt.timedelta(days=days)).isoformat(), "day", expression), None
    years = n * 10 if unit == "decade" else n
    year = reference.year - years
    return DateValue(f"{year:04d}-{reference.month:02d}", "month", expression), None
