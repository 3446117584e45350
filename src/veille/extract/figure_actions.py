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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc

from ..models import Evidence
from .actions import CounterAction
from .figures import Figure

__all__ = ["ACT_KINDS", "without_action_counts"]

ACT_KINDS: Final = frozenset({"arrest", "charge"})
"""Actions whose count a ``detained`` figure can repeat."""


def _spans(evidence_field: str, evidence: Sequence[Evidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence if e.field == evidence_field]


def _one_act(figure: Figure) -> bool:
    """A detained count with no period, undated or dated to the day."""
    return (
        figure.category == "detained"
        and figure.period is None
        and (figure.as_of is None or figure.as_of.precision == "day")
    )


def _told_by_a_verb(action: CounterAction, doc: Doc) -> bool:
    """Whether the action's word is a verb ("arrested at least 15", "detaining 23 people"):
    one act. "made 216 arrests in the year to June 30" counts arrests, a tally."""
    for start, end in _spans("kind", action.evidence):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.pos_ in {"VERB", "AUX"}:
            return True
    return False


def without_action_counts(
    figures: Sequence[Figure], actions: Sequence[CounterAction], doc: Doc
) -> list[Figure]:
    """``figures`` less those whose quantity is the count of one of ``actions`` (arrests and
    charges told by their verb) and which count no period: the action reports them."""
    counts = [
        span
        for action in actions
        if action.kind in ACT_KINDS and action.count is not None and _told_by_a_verb(action, doc)
        for span in _spans("count", action.evidence)
    ]
    if not counts:
        return list(figures)
    kept: list[Figure] = []
    for figure in figures:
        quantity = _spans("quantity", figure.evidence)
        repeated = any(s < ce and cs < e for s, e in quantity for cs, ce in counts)
        if not (repeated and _one_act(figure)):
            kept.append(figure)
    return kept
