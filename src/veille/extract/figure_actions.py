"""Figures that only repeat the count of an action the article tells.

"Police in six European countries arrested at least 15 suspected members of a Kurdish Islamist
network": the action extractor reports one arrest of at least 15 people, dated by the article,
and the figure extractor, reading the same words, a count of detained people. A count of people
detained over a period ("arrested 1,077 suspects in 2015") or held at a date is a figure
analysts track; the count of one arrest, undated or dated to the day, is the action's and is
reported once, as the action's count. The figure extractor's own rule for this
(:func:`veille.extract.figure_categories.one_arrest`) reads the parse and misses arrests the
parser misreads ("countries arrested ..." taken for a reduced relative clause); the action
extractor, which found the arrest, settles it.

Three readings, all for ``detained`` figures with no period, undated or dated to the day, and
for arrests and charges told by their verb ("arrested", "detaining"; "made 216 arrests in the
year to June 30" counts arrests and stays a figure):

* the figure's quantity is the action's count;
* it is listed after such a count, sharing its verb ("detained 86 people in Istanbul, 39 in
  Ankara and 20 in Izmir");
* it counts fewer than a raid takes (:data:`~.lexicon.RAID_SIZE`) in a sentence that tells the
  arrests ("Two other men were in police custody on Sunday: an acquaintance who was
  arrested ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc

from ..nlp.text import doc_text
from .actions import CounterAction
from .figure_dates import Period
from .figures import Figure
from .lexicon import RAID_SIZE

__all__ = ["ACT_KINDS", "without_action_counts"]

ACT_KINDS: Final = frozenset({"arrest", "charge"})
"""Actions whose count a ``detained`` figure can repeat."""


_PART_OF_THE_ACTS: Final = re.compile(
    r"\s+of\s+(?:the|these|those)\s+(?:arrests|detentions|raids|searches)\b", re.IGNORECASE
)


def _spans(evidence_field: str, record: Figure | CounterAction) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in record.evidence if e.field == evidence_field]


def _one_act(figure: Figure) -> bool:
    """A detained count with no period, undated or dated to the day, or dated to one month
    ("Last month police arrested nine people": the month of one arrest, not a tally over it)."""
    return (
        figure.category == "detained"
        and (figure.period is None or _one_month(figure.period))
        and (figure.as_of is None or figure.as_of.precision == "day")
    )


def _one_month(period: Period) -> bool:
    start, end = period
    return start.precision == "month" and (end is None or end.value == start.value)


def _an_order_to_detain(action: CounterAction) -> bool:
    """Whether the action is an order to hold people ("issued warrants to detain 12 people"),
    whose count a ``detained`` figure would repeat."""
    return action.kind == "other" and any(
        e.field == "kind"
        and e.text.lower() in {"detain", "detained", "held", "hold", "jailed", "remanded"}
        for e in action.evidence
    )


def _told_by_a_verb(action: CounterAction, doc: Doc) -> bool:
    """Whether the action's word is a verb ("arrested at least 15", "detaining 23 people"):
    one act. "made 216 arrests in the year to June 30" counts arrests, a tally."""
    for start, end in _spans("kind", action):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.pos_ in {"VERB", "AUX"}:
            return True
    return False


def without_action_counts(
    figures: Sequence[Figure], actions: Sequence[CounterAction], doc: Doc
) -> list[Figure]:
    """``figures`` less those whose quantity is the count of one of ``actions`` (arrests and
    charges told by their verb) and which count no period: the action reports them."""
    told = [
        a
        for a in actions
        if (a.kind in ACT_KINDS or _an_order_to_detain(a)) and _told_by_a_verb(a, doc)
    ]
    counts = [
        span for action in told if action.count is not None for span in _spans("count", action)
    ]
    # "Two other Sudanese men were in police custody on Sunday: an acquaintance who was
    # arrested at the suspect's home, and a young man who ... was detained": the few held
    # over the arrests the sentence tells are those arrests' people
    arrest_sentences = {e.sentence for a in told for e in a.evidence if e.field == "kind"}
    figures = [
        f
        for f in figures
        if not (
            _one_act(f)
            and (f.quantity.value or f.quantity.minimum or 0) < RAID_SIZE
            and any(e.field == "quantity" and e.sentence in arrest_sentences for e in f.evidence)
        )
    ]
    if not counts:
        return list(figures)
    # "West Midlands police made two of the arrests", after "arresting 21 people": a part of the
    # action's count, no figure
    text = doc_text(doc)
    figures = [
        f
        for f in figures
        if not any(_PART_OF_THE_ACTS.match(text, end) for _, end in _spans("quantity", f))
    ]
    kept: list[Figure] = []
    # sentence -> where the first action count dropped from it starts
    dropped: dict[str, int] = {}
    for figure in figures:
        quantity = _spans("quantity", figure)
        repeated = any(s < ce and cs < e for s, e in quantity for cs, ce in counts)
        if repeated and _one_act(figure):
            for evidence in figure.evidence:
                if evidence.field == "quantity":
                    dropped.setdefault(evidence.sentence, evidence.start)
            continue
        kept.append(figure)
    # "Police detained 86 people in Istanbul, 39 in the capital Ankara and 20 in ... Izmir":
    # the counts listed after the action's own, sharing its verb, are its parts
    return [
        f
        for f in kept
        if not (
            _one_act(f)
            and any(
                e.field == "quantity" and dropped.get(e.sentence, e.start) < e.start
                for e in f.evidence
            )
        )
    ]
