"""The dates of an alert sentence: when its level took effect and until when; used by
:mod:`veille.extract.alerts`.

"from October until mid-January" gives the effective date and the period end (a period whose end
resolves before its start moves the yearless bound by one year), "since 2017" starts a level in
force, "until 15 January" ends it; otherwise the date nearest the verb, leaving out dates of
statements ("said on Sunday") and of other events ("after the attacks of 13 November").
:func:`era_date` gives the date that picks a scheme's era; :func:`cite` makes the evidence an
alert record cites.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, Literal

from spacy.tokens import Span

from ..models import Article, DateValue, Evidence
from ..nlp.dates import DateMention
from ..nlp.text import doc_text
from . import alert_patterns as pat
from .alert_patterns import ChangeKind
from .incident_dates import since_clause

__all__ = ["AlertDateSource", "cite", "dates_of", "era_date", "lasting_until"]

AlertDateSource = Literal["sentence", "publication", "none"]


def cite(article: Article, sent: Span, name: str, start: int, end: int) -> Evidence:
    """The evidence for the field ``name``: the text at document offsets ``start``-``end``, with
    the sentence ``sent`` it stands in."""
    text = doc_text(sent.doc)
    return Evidence(article.id, name, start, end, sent.text, text[start:end])


def _lead(text: str, base: int, mention: DateMention) -> str:
    """The preposition that introduces a date: its own first word or the word before it."""
    own = pat.LEAD.match(mention.text)
    if own is not None:
        return own.group(1).lower()
    found = pat.WORD_BEFORE.search(text, max(0, mention.start - base - 40), mention.start - base)
    return found.group(1).lower() if found else ""


def _is_statement_date(text: str, base: int, mention: DateMention) -> bool:
    before = text[max(0, mention.start - base - 40) : mention.start - base]
    return bool(pat.SPEECH_BEFORE.search(before))


def era_date(
    sent_dates: Sequence[DateMention], base: int, text: str, reference: dt.date | None
) -> DateValue | None:
    """A date to choose a scheme's era by: the sentence's first own date, else publication."""
    for mention in sent_dates:
        if (
            mention.value.value is not None
            and not _is_statement_date(text, base, mention)
            and _lead(text, base, mention) not in pat.OTHER_EVENT_LEADS
        ):
            return mention.value
    return DateValue(reference.isoformat(), "day", "") if reference is not None else None


def _in_a_since_clause(sent: Span, mention: DateMention, anchor: int) -> bool:
    """Whether the date lies in a clause "since" opens that does not hold the change word at
    ``anchor`` ("since the level was first published in 2010"; not "where it has stood since
    it was lowered from four in March")."""
    clause = since_clause(sent, mention)
    return clause is not None and not any(t.idx == anchor for t in clause.subtree)


def dates_of(
    sent: Span,
    sent_dates: Sequence[DateMention],
    anchor: int,
    kind: ChangeKind,
    article: Article,
) -> tuple[DateValue, DateValue | None, list[Evidence], AlertDateSource]:
    """Effective date, period end, their evidence and where the effective date came from."""
    text, base = sent.text, sent.start_char
    own = [m for m in sent_dates if not _is_statement_date(text, base, m)]
    leads = [_lead(text, base, m) for m in own]
    for i in range(len(own) - 1):
        first, second = own[i], own[i + 1]
        gap = text[first.end - base : second.start - base]
        if (
            leads[i] in {"from", "between"}
            and leads[i + 1] in {"until", "till", "through", "to", "and", "-"}
            and (len(gap) <= 12 or pat.WHEN_ASIDE.fullmatch(gap) is not None)
        ):
            start, end = _ordered(first.value, second.value)
            return (
                start,
                end,
                [
                    cite(article, sent, "date", first.start, first.end),
                    cite(article, sent, "period_end", second.start, second.end),
                ],
                "sentence",
            )
    ends = [m for m, lead in zip(own, leads, strict=True) if lead in {"until", "till", "through"}]
    period_end = ends[0].value if ends else None
    evidence: list[Evidence] = []
    if ends:
        evidence.append(cite(article, sent, "period_end", ends[0].start, ends[0].end))
    usable = [
        m
        for m, lead in zip(own, leads, strict=True)
        if lead not in pat.OTHER_EVENT_LEADS | {"until", "till", "through"}
        and not _ATTACKS_DATED.search(text[max(0, m.start - base - 60) : m.start - base])
        # "the first change since the level was first published in 2010": the start of what
        # went before, not the change's date
        and not (kind in {"raised", "lowered"} and _in_a_since_clause(sent, m, anchor))
        and (
            lead != "since"
            or kind in {"maintained", "in force"}
            or pat.WHEN_FOLLOWS.match(text, m.end - base) is not None
        )
    ]
    if not usable and kind == "maintained":
        # "said on Friday that the threat level ... would stay unchanged": a level kept is
        # kept on the day it is said to be
        usable = [m for m in sent_dates if _is_statement_date(text, base, m)][:1]
    if not usable and kind == "maintained":
        after = _month_of_the_attack_before(sent, article)
        if after is not None:
            value, cited = after
            return value, period_end, [cited, *evidence], "sentence"
    if not usable:
        return DateValue.unknown(), period_end, evidence, "none"
    best = min(usable, key=lambda m: min(abs(m.start - anchor), abs(m.end - anchor)))
    evidence.insert(0, cite(article, sent, "date", best.start, best.end))
    return best.value, period_end, evidence, "sentence"


# "the momentum of attacks in Europe since those seen between September and November 2020":
# a date of the attacks the sentence speaks of, not of the change
_ATTACKS_DATED = re.compile(r"(?i)\battacks\b[^.;:]{0,45}\b(?:between|since|in|of)\b[^.;:]*$")


_AFTER_THE_ATTACK = re.compile(
    r"(?i)\bafter (?:the|that|this) (?:attack|attacks|bombing|bombings|shooting|shootings|"
    r"stabbing|stabbings|assault)\b(?! (?:on|of|in) \w)"
)


_ATTACK_TOLD = re.compile(
    r"(?i)\b(?:attack\w*|bomb\w*|explo\w*|shoot\w*|stabb\w*|killing|killed|driven into|"
    r"rammed)\b"
)


def _month_of_the_attack_before(sent: Span, article: Article) -> tuple[DateValue, Evidence] | None:
    """ "On April 7, a hijacked beer truck was driven into shoppers ... Sweden's security police
    kept its own threat level unchanged after the attack": a level kept after the attack told
    with its day in one of the three sentences before is kept that month (the decision's own day
    is not told)."""
    if _AFTER_THE_ATTACK.search(sent.text) is None:
        return None
    doc = sent.doc
    before = sent
    mentions: list[DateMention] = []
    for _ in range(3):  # the attack, what became of its attacker, then the level kept
        if before.start == 0:
            return None
        before = doc[before.start - 1].sent
        mentions = [
            m
            for m in doc._.get("veille_dates") or []
            if before.start_char <= m.start
            and m.end <= before.end_char
            and m.value.precision == "day"
            and m.value.value is not None
        ]
        if mentions:
            break
    if len(mentions) != 1 or _ATTACK_TOLD.search(before.text) is None:
        return None
    mention = mentions[0]
    assert mention.value.value is not None
    value = DateValue(mention.value.value[:7], "month", mention.text)
    return value, cite(article, before, "date", mention.start, mention.end)


_LASTS: Final = frozenset({"stay", "remain", "last", "run", "expire"})
_THE_LEVEL_WORDS: Final = frozenset({"level", "alert", "advisory", "bulletin", "warning"})


def lasting_until(
    sent: Span, dates: Sequence[DateMention], level_id: str, effective: DateValue, article: Article
) -> tuple[DateValue, Evidence] | None:
    """ "U.S. security officials issued the first bulletin ... on Wednesday. Johnson said the
    bulletin ... would stay in force for six months, until June 16": the end of the period of
    the level just told, said in the next sentence by a verb of lasting whose subject names that
    level. A yearless end that would fall before the level took effect is the next year's."""
    if effective.value is None:
        return None
    own_words = set(level_id.split("-")) | _THE_LEVEL_WORDS
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in _LASTS:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and token.dep_ == "conj":
            # "The bulletin ... took effect immediately and will expire on April 30"
            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not any(s.lemma_.lower() in own_words for s in subjects):
            continue
        ends = {"until", "till", "through"} | (
            {"on"} if token.lemma_.lower() == "expire" else set()
        )
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ends:
                continue
            start, end = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
            inside = [
                m
                for m in dates
                if start <= m.start
                and m.end <= end
                and m.value.value is not None
                and m.value.precision in {"day", "month"}
            ]
            if len(inside) != 1:
                continue
            value = inside[0].value
            assert value.value is not None
            if value.value < effective.value[: len(value.value)] and not re.search(
                r"\d{4}", value.expression
            ):
                value = _shift_year(value, 1)
            if value.value is None or value.value < effective.value[: len(value.value)]:
                return None
            return value, cite(article, sent, "period_end", inside[0].start, inside[0].end)
    return None


def _ordered(start: DateValue, end: DateValue) -> tuple[DateValue, DateValue]:
    """A period's bounds; when the end resolved before the start ("from October until
    mid-January" read in December), the bound written without a year moves by one year."""
    if start.value is None or end.value is None:
        return start, end
    if end.value[:7] >= start.value[:7]:
        return start, end
    if not re.search(r"\d{4}", start.expression):
        return _shift_year(start, -1), end
    if not re.search(r"\d{4}", end.expression):
        return start, _shift_year(end, 1)
    return start, end


def _shift_year(value: DateValue, delta: int) -> DateValue:
    if value.value is None or value.value.endswith("-02-29"):
        return value
    year = int(value.value[:4]) + delta
    return replace(value, value=f"{year:04d}{value.value[4:]}")
