"""Alert records over time: an article's repeats of one change, and each country's timeline.

Used by :mod:`veille.extract.alerts`. :func:`change_key` is what two tellings of one change in
an article share (the extractor also drops a headline's repeat of its body by it); an undated
telling of a change the article also tells with its day is dropped; across articles, the same
statement is one entry of the timeline, with the evidence of every article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # alerts.py imports this module
    from .alerts import AlertLevelChange

__all__ = ["build_timeline", "change_key", "drop_undated_repeats"]

_CHANGE_ORDER: Final[Mapping[str, int]] = {
    "raised": 0,
    "lowered": 0,
    "set": 0,
    "maintained": 1,
    "in force": 2,
}


def change_key(change: AlertLevelChange) -> tuple[str, str, str, str]:
    """What two tellings of one change in one article share; not the region, which a headline
    or a shorter telling may leave out ("Belgium lowers threat level to 3" over "lowered its
    threat level for Brussels to 3")."""
    return change.country, change.scheme, change.level, change.change


def drop_undated_repeats(changes: Sequence[AlertLevelChange]) -> list[AlertLevelChange]:
    """``changes`` without an undated one that a dated change of the same article repeats:
    "France raised its alert to the highest level on Friday ... the Vigipirate level was raised
    to 'urgence attentat'" tells one change, and its day is known; an undated "set", "in force"
    or "maintained" at the level a dated raise or lowering reached tells it again, and so does a
    "set" to that level on the same day."""
    dated = {change_key(c) for c in changes if c.effective.precision != "unknown"}
    # "as France raised its security alert to the highest level" and "had moved the Vigipirate
    # alert to its top level", both on Wednesday: the "set" is the raise told again
    moved_on = {
        (c.country, c.scheme, c.level, c.effective.value)
        for c in changes
        if c.effective.precision != "unknown" and c.change in {"raised", "lowered"}
    }
    # "It is the first time Sweden has been placed at level four", after "raised ... to four on
    # Wednesday": an undated "set" at the level a dated raise or lowering reached repeats it
    moved = {key[:3] for key in moved_on}
    # "as France raised its security alert to the highest level" and "had moved the Vigipirate
    # alert to its top level", both on Wednesday and both raises: one change, told first
    told: set[tuple[str, str, str, str, str | None, str | None]] = set()
    once: list[AlertLevelChange] = []
    for c in changes:
        day = (*change_key(c), c.effective.value, c.region)
        if c.effective.precision == "unknown" or day not in told:
            once.append(c)
        told.add(day)
    kept = [
        c
        for c in once
        if (
            c.effective.precision != "unknown"
            and not (
                c.change == "set" and (c.country, c.scheme, c.level, c.effective.value) in moved_on
            )
        )
        or (
            c.effective.precision == "unknown"
            and change_key(c) not in dated
            # "The threat now stands at level four", after "lowered ... on Wednesday ... to
            # high": the level the change reached, told again
            and not (
                c.change in {"set", "in force", "maintained"}
                and (c.country, c.scheme, c.level) in moved
                and not _kept_before_the_change(c, changes)
            )
        )
    ]
    return [_filled_by_repeats(c, [d for d in changes if d not in kept]) for c in kept]


def _kept_before_the_change(change: AlertLevelChange, changes: Sequence[AlertLevelChange]) -> bool:
    """Whether an undated decision to keep a level is told before every dated raise or
    lowering to it ("... had decided to keep Belgium's terrorism threat level at three", then
    "Belgium raised its threat level to three in January last year"): a decision of its own,
    not the change told again."""
    if change.change != "maintained" or not change.evidence:
        return False
    start = min(e.start for e in change.evidence)
    moves = [
        c
        for c in changes
        if c.effective.precision != "unknown"
        and c.change in {"raised", "lowered"}
        and (c.country, c.scheme, c.level) == (change.country, change.scheme, change.level)
        and c.evidence
    ]
    return all(min(e.start for e in c.evidence) > start for c in moves)


def _filled_by_repeats(
    change: AlertLevelChange, dropped: Sequence[AlertLevelChange]
) -> AlertLevelChange:
    """The dated raise or lowering with the level it left, and its speaker, taken from an
    undated telling of it dropped ("raised its terrorism threat level to critical ... on
    Thursday", then "JTAC raised the threat to critical from severe at 2 a.m., Reid said")."""
    if change.effective.precision == "unknown" or change.change not in {"raised", "lowered"}:
        return change
    for repeat in dropped:
        if change_key(repeat) != change_key(change) or repeat.effective.precision != "unknown":
            continue
        fields = [e for e in repeat.evidence if e.field == "previous_level"]
        if change.previous_level is None and repeat.previous_level is not None and fields:
            change = replace(
                change,
                previous_level=repeat.previous_level,
                evidence=(*change.evidence, *fields),
            )
        if change.said_by is None and repeat.said_by is not None:
            # "Home Secretary Jacqui Smith announced ... that the threat level had been raised
            # to critical from severe": who made the change known
            change = replace(change, said_by=repeat.said_by)
    return change


def build_timeline(changes: Iterable[AlertLevelChange]) -> dict[str, list[AlertLevelChange]]:
    """The changes per country (ISO alpha-2), oldest first, unknown dates last.

    The same statement read in several articles (same scheme, level, change, dates) is kept once,
    with the evidence of every article and the first speaker named.
    """
    merged: dict[tuple[str | None, ...], AlertLevelChange] = {}
    for change in changes:
        end = change.period_end.value if change.period_end is not None else None
        key = (*change_key(change), change.region)
        full = (*key, change.effective.value, end)
        if change.effective.value is None:
            full = (*key, f"#{len(merged)}", end)  # unknown dates are never merged
        held = merged.get(full)
        if held is None:
            merged[full] = change
            continue
        extra = tuple(e for e in change.evidence if e not in held.evidence)
        merged[full] = replace(
            held, evidence=held.evidence + extra, said_by=held.said_by or change.said_by
        )
    timeline: dict[str, list[AlertLevelChange]] = {}
    for change in merged.values():
        timeline.setdefault(change.country, []).append(change)
    for entries in timeline.values():
        entries.sort(
            key=lambda c: (
                c.effective.value is None,
                c.effective.value or "",
                _CHANGE_ORDER[c.change],
                c.scheme,
                c.rank,
            )
        )
    return dict(sorted(timeline.items()))
